import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  createClient,
  decodeState,
  directoriesKey,
  marker,
  readPreviousAudit
} from "./chunk-YITDKGOM.js";
import {
  messageOf
} from "./chunk-GXLTFKQW.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";

// src/action/history.ts
async function readHistory(inputs, event, log) {
  try {
    const client = createClient(inputs.githubToken, log);
    const key = marker("issue", directoriesKey(inputs.workingDirectories));
    const target = { owner: event.owner, repo: event.repo, label: inputs.issueLabel };
    const found = await readPreviousAudit(client, target, key);
    const issue = found.issue ? { number: found.issue.number, url: found.issue.url } : void 0;
    if (!found.stateText) return issue ? { issue } : {};
    const { state, problem } = decodeState(found.stateText);
    if (problem) log.warning(`Driftwatch: ${problem}.`);
    return {
      ...issue ? { issue } : {},
      ...state ? { state } : {},
      ...problem ? { problem } : {}
    };
  } catch (error) {
    log.warning(
      `Driftwatch could not read the audit history from the audit issue (${messageOf(error)}); every finding counts as new.`
    );
    return {};
  }
}
export {
  readHistory
};
//# sourceMappingURL=history-OJUHMQAM.js.map

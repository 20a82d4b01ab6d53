import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  decodeState,
  directoriesKey,
  marker,
  readPreviousAudit
} from "./chunk-TSRS4VHP.js";
import {
  createClient
} from "./chunk-MYSML5RH.js";
import {
  messageOf
} from "./chunk-FFYNXMZ5.js";

// src/collect/github/previous-audit.ts
async function readHistory(inputs, repository, log, issueKey = directoriesKey(inputs.workingDirectories)) {
  try {
    const client = createClient(inputs.githubToken, log);
    const key = marker("issue", issueKey);
    const target = { owner: repository.owner, repo: repository.repo, label: inputs.issueLabel };
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
//# sourceMappingURL=chunk-M2SYWST6.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AUDIT_EVENTS,
  historyKind,
  readEventContext,
  readRunContext
} from "./chunk-4T6RNRIA.js";
import {
  actionsCache,
  audit,
  checkReportFiles,
  failureReason,
  initIsCurrent,
  initWillRun,
  readInputs,
  renderJson,
  renderSarif,
  renderSummary,
  renderText,
  reportFiles,
  restorePluginCache,
  savePluginCache,
  writeInputFile
} from "./chunk-EB6DBMST.js";
import "./chunk-FGLJQXZR.js";
import "./chunk-QIEDJXMD.js";
import "./chunk-IRTPNFO5.js";
import "./chunk-PXOIFRMI.js";
import "./chunk-TWFAX4VC.js";
import {
  UserError,
  messageOf
} from "./chunk-GXLTFKQW.js";
import "./chunk-QNIVMOOM.js";

// src/action/toolkit.ts
var loading;
function loadCore() {
  return loading ??= import("./core-UB47YUSB.js");
}
var DeferredLog = class {
  core;
  waiting = [];
  /** The toolkit, once every line written before it was loaded is out. */
  async load() {
    const core = await loadCore();
    this.core = core;
    for (const write of this.waiting.splice(0)) write(core);
    return core;
  }
  info(message) {
    this.write((core) => core.info(message));
  }
  notice(message) {
    this.write((core) => core.notice(message));
  }
  warning(message) {
    this.write((core) => core.warning(message));
  }
  secret(value) {
    this.write((core) => core.setSecret(value));
  }
  write(line) {
    if (this.core) line(this.core);
    else this.waiting.push(line);
  }
};

// src/action/main.ts
function loadRest(log) {
  return Promise.all([log.load(), import("./outputs-UJTZY5S4.js"), import("./results-JO7KF47B.js")]);
}
async function historyOptions(inputs, log) {
  const event = await readEventContext();
  const kind = historyKind(inputs, event);
  let markStarted;
  const started = new Promise((resolve) => markStarted = resolve);
  const scoped = kind && event && inputs.issuePer === "directory" ? { kind, event } : void 0;
  const options = kind && event && !scoped ? {
    kind,
    previous: started.then(() => import("./history-DWVXLTOJ.js")).then(({ readHistory }) => readHistory(inputs, event, log))
  } : void 0;
  return { options, scoped, terraformStarted: markStarted };
}
function attributionWanted(inputs) {
  if (inputs.attribution === "always") return true;
  return inputs.attribution === "audit" && AUDIT_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? "");
}
async function run() {
  const log = new DeferredLog();
  let rest;
  const startLoading = () => {
    if (rest) return rest;
    rest = loadRest(log);
    rest.catch(() => void 0);
    return rest;
  };
  try {
    const inputs = readInputs();
    if (inputs.notifyWebhookUrl) log.secret(inputs.notifyWebhookUrl);
    await checkReportFiles(reportFiles(inputs));
    const initRuns = inputs.terraformInit && await initWillRun(inputs.workingDirectories, inputs.initArgs, initIsCurrent);
    if (initRuns) void startLoading();
    const cacheLog = { info: (m) => log.info(m), notice: (m) => log.notice(m) };
    const providers = initRuns ? await restorePluginCache({
      workingDirectories: inputs.workingDirectories,
      env: process.env,
      cache: actionsCache,
      log: cacheLog
    }) : void 0;
    const history = await historyOptions(inputs, log);
    const audited = await audit(inputs, readRunContext(), log, {
      terraformStarted: () => {
        void startLoading();
        history.terraformStarted();
      },
      ...history.options ? { history: history.options } : {},
      attribution: attributionWanted(inputs)
    });
    const { scrubber } = audited;
    const scoped = history.scoped;
    const { report, scopes } = scoped ? await import("./history-DWVXLTOJ.js").then(
      ({ scopedHistory }) => scopedHistory(audited.report, scoped.kind, inputs, scoped.event, log)
    ) : { report: audited.report, scopes: [{ report: audited.report, state: audited.auditState }] };
    const [core, { setOutputs, writeJobSummary }, { publishResults }] = await startLoading();
    const unwritten = [];
    const write = (input, path, text) => writeInputFile(input, path, text).catch((error) => {
      unwritten.push(messageOf(error));
      return void 0;
    });
    core.info(scrubber.scrub(renderText(report)));
    const reportPath = await write(
      "report-path",
      inputs.reportPath,
      scrubber.scrub(renderJson(report))
    );
    setOutputs(report, reportPath ?? "");
    await writeJobSummary(scrubber.scrub(renderSummary(report)));
    if (reportPath) core.info(`JSON report: ${reportPath}`);
    if (inputs.sarifPath) {
      const sarifPath = await write(
        "sarif-path",
        inputs.sarifPath,
        scrubber.scrub(renderSarif(report))
      );
      if (sarifPath) core.info(`SARIF log: ${sarifPath}`);
    }
    const failure = failureReason(report, inputs.failOn, inputs.failOnSeverity);
    await publishResults(report, inputs, scrubber, failure, scopes);
    if (providers) await savePluginCache(providers, actionsCache, cacheLog);
    const reasons = failure ? [...unwritten, failure] : unwritten;
    if (reasons.length > 0) core.setFailed(reasons.join(" "));
  } catch (error) {
    const core = await log.load();
    if (error instanceof UserError) {
      core.setFailed(error.message);
    } else {
      core.debug(error instanceof Error ? error.stack ?? "" : "");
      core.setFailed(`Driftwatch failed unexpectedly: ${messageOf(error)}`);
    }
  }
}

// src/index.ts
await run();
//# sourceMappingURL=src-W5UAADHC.js.map

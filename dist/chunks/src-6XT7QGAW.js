import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AUDIT_EVENTS,
  historyKind,
  readEventContext,
  readRunContext
} from "./chunk-F2GUMGWZ.js";
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
} from "./chunk-JLSQB7LY.js";
import "./chunk-HGBFW3Z5.js";
import "./chunk-JYENYS22.js";
import "./chunk-YOBR7N4Q.js";
import "./chunk-VDN5SZHK.js";
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
  return Promise.all([log.load(), import("./outputs-UJTZY5S4.js"), import("./results-K6KYUBD3.js")]);
}
async function historyOptions(inputs, log) {
  const event = await readEventContext();
  const kind = historyKind(inputs, event);
  let markStarted;
  const started = new Promise((resolve) => markStarted = resolve);
  const scoped = kind && event && inputs.issuePer === "directory" ? { kind, event } : void 0;
  const options = kind && event && !scoped ? {
    kind,
    previous: started.then(() => import("./history-OQKFFVJC.js")).then(({ readHistory }) => readHistory(inputs, event, log))
  } : void 0;
  return { options, scoped, terraformStarted: markStarted };
}
function remediationSteps(inputs, request) {
  const event = process.env.GITHUB_EVENT_NAME ?? "";
  const wanted = request !== void 0 || inputs.remediate.length > 0 && AUDIT_EVENTS.has(event);
  return wanted ? import("./remediation-steps-XEJIJUHU.js") : Promise.resolve(void 0);
}
async function withRemediationLinks(audit2, inputs, log) {
  const { linkRemediations } = await import("./remediation-steps-XEJIJUHU.js");
  const [report, ...scopes] = await linkRemediations(
    [audit2.report, ...audit2.scopes.map((s) => s.report)],
    inputs,
    log
  );
  return { ...audit2, report, scopes: audit2.scopes.map((s, i) => ({ ...s, report: scopes[i] })) };
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
    const commands = process.env.GITHUB_EVENT_NAME === "issue_comment" ? await import("./remediation-steps-XEJIJUHU.js").then(
      (steps) => steps.commandsBeforeAudit(inputs, log)
    ) : void 0;
    if (commands && !commands.audit) {
      await log.load();
      return;
    }
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
    const inScopes = scoped ? await import("./history-OQKFFVJC.js").then(
      ({ scopedHistory }) => scopedHistory(audited.report, scoped.kind, inputs, scoped.event, log)
    ) : { report: audited.report, scopes: [{ report: audited.report, state: audited.auditState }] };
    const { report, scopes } = await withRemediationLinks(inScopes, inputs, log);
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
    const failure = commands?.request ? void 0 : failureReason(report, inputs.failOn, inputs.failOnSeverity);
    await publishResults(report, inputs, scrubber, failure, scopes);
    await remediationSteps(inputs, commands?.request).then(
      (steps) => steps?.remediateAfterPublish(report, inputs, scrubber, commands?.request, log)
    );
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
//# sourceMappingURL=src-6XT7QGAW.js.map

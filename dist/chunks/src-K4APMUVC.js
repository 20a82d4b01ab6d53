import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AUDIT_EVENTS,
  historyKind,
  readEventContext,
  readRunContext
} from "./chunk-XWYP7US7.js";
import {
  checkReportFiles,
  failureReason,
  renderSummary,
  renderText,
  reportFiles,
  writeReportFiles
} from "./chunk-YFIGM5MO.js";
import {
  audit,
  reportFileTexts
} from "./chunk-7GBZAHWI.js";
import "./chunk-K43CLM6B.js";
import {
  actionsCache,
  initIsCurrent,
  initWillRun,
  readInputs,
  restorePluginCache,
  savePluginCache
} from "./chunk-FBRGTV5C.js";
import "./chunk-BWOIZBIC.js";
import "./chunk-N6OVI5OJ.js";
import "./chunk-L3EXT3UP.js";
import "./chunk-AEWH75CH.js";
import "./chunk-DTM4YSV2.js";
import "./chunk-PXOIFRMI.js";
import "./chunk-WBAT22HC.js";
import "./chunk-UEO5CBCT.js";
import {
  UserError,
  messageOf
} from "./chunk-FFYNXMZ5.js";
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
function loadDeliveryModules(log) {
  return Promise.all([log.load(), import("./outputs-XJ6PVS4J.js"), import("./results-ZZB4D7LX.js")]);
}
async function historyOptions(inputs, log) {
  const event = await readEventContext();
  const kind = historyKind(inputs, event);
  let markStarted;
  const started = new Promise((resolve) => markStarted = resolve);
  const scoped = kind && event && inputs.issuePer === "directory" ? { kind, event } : void 0;
  const options = kind && event && !scoped ? {
    kind,
    previous: started.then(() => import("./previous-audit-QQBNTAEA.js")).then(({ readHistory }) => readHistory(inputs, event, log))
  } : void 0;
  return { options, scoped, terraformStarted: markStarted };
}
function remediationSteps(inputs, request) {
  const event = process.env.GITHUB_EVENT_NAME ?? "";
  const wanted = request !== void 0 || inputs.remediate.length > 0 && AUDIT_EVENTS.has(event);
  return wanted ? import("./remediation-steps-PNRIGMP7.js") : Promise.resolve(void 0);
}
async function withRemediationLinks(audit2, inputs, log) {
  const { linkRemediations } = await import("./remediation-steps-PNRIGMP7.js");
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
function deliveryLoader(log) {
  let loading2;
  return () => {
    if (loading2) return loading2;
    loading2 = loadDeliveryModules(log);
    loading2.catch(() => void 0);
    return loading2;
  };
}
async function restoreCache(inputs, log, loadDelivery) {
  const initRuns = inputs.terraformInit && await initWillRun(inputs.workingDirectories, inputs.initArgs, initIsCurrent);
  if (!initRuns) return { save: async () => void 0 };
  void loadDelivery();
  const cacheLog = { info: (m) => log.info(m), notice: (m) => log.notice(m) };
  const providers = await restorePluginCache({
    workingDirectories: inputs.workingDirectories,
    env: process.env,
    cache: actionsCache,
    log: cacheLog
  });
  return { save: () => savePluginCache(providers, actionsCache, cacheLog) };
}
async function auditRun(inputs, log, loadDelivery) {
  const history = await historyOptions(inputs, log);
  const audited = await audit(inputs, readRunContext(), log, {
    terraformStarted: () => {
      void loadDelivery();
      history.terraformStarted();
    },
    ...history.options ? { history: history.options } : {},
    attribution: attributionWanted(inputs)
  });
  const { scrubber } = audited;
  const scoped = history.scoped;
  if (!scoped) {
    const scopes = [{ report: audited.report, state: audited.auditState }];
    return { report: audited.report, scopes, scrubber };
  }
  const { scopedHistory } = await import("./issue-scopes-LRFHL4S7.js");
  return {
    ...await scopedHistory(audited.report, scoped.kind, inputs, scoped.event, log),
    scrubber
  };
}
async function deliver({ report, scopes, scrubber }, inputs, failure, [core, { setOutputs, writeJobSummary }, { publishResults }]) {
  core.info(scrubber.scrub(renderText(report)));
  const { paths, failed } = await writeReportFiles(
    reportFiles(inputs),
    reportFileTexts(report, scrubber)
  );
  setOutputs(report, paths["report-path"] ?? "");
  await writeJobSummary(scrubber.scrub(renderSummary(report)));
  if (paths["report-path"]) core.info(`JSON report: ${paths["report-path"]}`);
  if (paths["sarif-path"]) core.info(`SARIF log: ${paths["sarif-path"]}`);
  await publishResults(report, inputs, scrubber, failure, scopes);
  return failed.map(({ error }) => messageOf(error));
}
async function verdict(log, reasons) {
  const failed = reasons.filter((reason) => Boolean(reason));
  if (failed.length > 0) (await log.load()).setFailed(failed.join(" "));
}
async function failOnError(log, error) {
  const core = await log.load();
  if (error instanceof UserError) {
    core.setFailed(error.message);
  } else {
    core.debug(error instanceof Error ? error.stack ?? "" : "");
    core.setFailed(`Driftwatch failed unexpectedly: ${messageOf(error)}`);
  }
}
async function run() {
  const log = new DeferredLog();
  const loadDelivery = deliveryLoader(log);
  try {
    const inputs = readInputs();
    if (inputs.notifyWebhookUrl) log.secret(inputs.notifyWebhookUrl);
    const commands = process.env.GITHUB_EVENT_NAME === "issue_comment" ? await import("./remediation-steps-PNRIGMP7.js").then(
      (steps) => steps.commandsBeforeAudit(inputs, log)
    ) : void 0;
    if (commands && !commands.audit) {
      await log.load();
      return;
    }
    await checkReportFiles(reportFiles(inputs));
    const cache = await restoreCache(inputs, log, loadDelivery);
    const audited = await withRemediationLinks(
      await auditRun(inputs, log, loadDelivery),
      inputs,
      log
    );
    const failure = commands?.request ? void 0 : failureReason(audited.report, inputs.failOn, inputs.failOnSeverity);
    const unwritten = await deliver(audited, inputs, failure, await loadDelivery());
    await remediationSteps(inputs, commands?.request).then(
      (steps) => steps?.remediateAfterPublish(audited.report, inputs, audited.scrubber, commands?.request, log)
    );
    await cache.save();
    await verdict(log, [...unwritten, failure]);
  } catch (error) {
    await failOnError(log, error);
  }
}

// src/index.ts
await run();
//# sourceMappingURL=src-K4APMUVC.js.map

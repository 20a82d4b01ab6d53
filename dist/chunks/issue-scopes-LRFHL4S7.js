import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  readHistory
} from "./chunk-M2SYWST6.js";
import {
  reportKey
} from "./chunk-TSRS4VHP.js";
import "./chunk-MYSML5RH.js";
import {
  countFindings,
  withAuditHistory,
  withBaseline
} from "./chunk-N6OVI5OJ.js";
import "./chunk-L3EXT3UP.js";
import "./chunk-AEWH75CH.js";
import "./chunk-DTM4YSV2.js";
import "./chunk-XLWJYSYU.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";

// src/report/scope.ts
function part(report, directories, withUnmanaged) {
  const unmanaged = withUnmanaged ? report.unmanaged : void 0;
  const paths = new Set(directories.map((d) => `working-directory ${d.path}`));
  const regionErrors = new Set((unmanaged?.regionErrors ?? []).map((e) => e.message));
  const scoped = {
    ...report,
    directories,
    counts: countFindings(directories, unmanaged),
    errors: report.errors.filter((e) => paths.has(e.scope) || regionErrors.has(e.message))
  };
  if (!unmanaged) delete scoped.unmanaged;
  return scoped;
}
function issueScopes(report) {
  const scopes = report.directories.map((dir) => part(report, [dir], false));
  if (report.unmanaged) scopes.push(part(report, [], true));
  return scopes;
}
function mergedHistory(parts) {
  const histories = parts.map((p) => p.history).filter((h) => h !== void 0);
  if (histories.length === 0) return void 0;
  const previous = histories.map((h) => h.previousAudit).filter((d) => Boolean(d));
  const notes = histories.map((h) => h.note).filter((n) => Boolean(n));
  return {
    kind: histories[0].kind,
    ...previous.length > 0 ? { previousAudit: previous.sort()[previous.length - 1] } : {},
    audits: Math.max(...histories.map((h) => h.audits)),
    newCount: histories.reduce((n, h) => n + h.newCount, 0),
    resolved: histories.flatMap((h) => h.resolved),
    ...notes.length > 0 ? { note: notes[0] } : {}
  };
}
function mergeScopes(report, parts) {
  const byPath = new Map(parts.flatMap((p) => p.directories).map((d) => [d.path, d]));
  const unmanaged = parts.find((p) => p.unmanaged)?.unmanaged ?? report.unmanaged;
  const history = mergedHistory(parts);
  return {
    ...report,
    directories: report.directories.map((d) => byPath.get(d.path) ?? d),
    ...unmanaged ? { unmanaged } : {},
    ...history ? { history } : {}
  };
}

// src/action/issue-scopes.ts
async function scopedHistory(report, kind, inputs, event, log) {
  const parts = issueScopes(report);
  const previous = await Promise.all(
    parts.map((part2) => readHistory(inputs, event, log, reportKey(part2)))
  );
  const scopes = parts.map((part2, i) => {
    if (kind === "pull-request") return { report: withBaseline(part2, previous[i]) };
    const { report: advanced, state } = withAuditHistory(part2, previous[i]);
    return { report: advanced, state };
  });
  return {
    report: mergeScopes(
      report,
      scopes.map((s) => s.report)
    ),
    scopes
  };
}
export {
  scopedHistory
};
//# sourceMappingURL=issue-scopes-LRFHL4S7.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/history/state.ts
function dayNumber(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return void 0;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayOf(ms) === day ? ms / 864e5 : void 0;
}
function dayFromNumber(n) {
  return dayOf(n * 864e5);
}
function dayOf(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function auditDay(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}

// src/model/report.ts
var REPORT_SCHEMA_VERSION = 3;
function directoryLabel(dir) {
  const flat = dir.replace(/\\/g, "/").replace(/\/+$/, "").replace(/^(\.\/)+/, "");
  return flat === "" ? "." : flat;
}
function errorText(error) {
  return error.message.startsWith(error.scope) ? error.message : `${error.scope}: ${error.message}`;
}

export {
  REPORT_SCHEMA_VERSION,
  directoryLabel,
  errorText,
  dayNumber,
  dayFromNumber,
  auditDay
};
//# sourceMappingURL=chunk-RZVL7GST.js.map

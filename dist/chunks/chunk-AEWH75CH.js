import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  normaliseArn
} from "./chunk-UEO5CBCT.js";

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

// src/history/keys.ts
var DRIFT_PREFIX = "drift:";
var UNMANAGED_PREFIX = "unmanaged:";
function isFindingKey(key) {
  return key.startsWith(DRIFT_PREFIX) || key.startsWith(UNMANAGED_PREFIX);
}
function driftKey(directory, finding) {
  return `${DRIFT_PREFIX}${directoryLabel(directory)}:${finding.address}`;
}
function unmanagedKey(resource) {
  return resource.arn ? `${UNMANAGED_PREFIX}${normaliseArn(resource.arn)}` : `${UNMANAGED_PREFIX}${resource.type}:${resource.id}`;
}
function parseKey(key) {
  if (key.startsWith(UNMANAGED_PREFIX))
    return { kind: "unmanaged", resource: key.slice(UNMANAGED_PREFIX.length) };
  if (!key.startsWith(DRIFT_PREFIX)) return void 0;
  const colon = key.indexOf(":", DRIFT_PREFIX.length);
  if (colon < 0) return void 0;
  return {
    kind: "drift",
    directory: key.slice(DRIFT_PREFIX.length, colon),
    address: key.slice(colon + 1)
  };
}

export {
  REPORT_SCHEMA_VERSION,
  directoryLabel,
  errorText,
  DRIFT_PREFIX,
  UNMANAGED_PREFIX,
  isFindingKey,
  driftKey,
  unmanagedKey,
  parseKey,
  dayNumber,
  dayFromNumber,
  auditDay
};
//# sourceMappingURL=chunk-AEWH75CH.js.map

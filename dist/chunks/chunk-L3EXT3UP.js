import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  DRIFT_PREFIX,
  UNMANAGED_PREFIX,
  directoryLabel,
  driftKey,
  unmanagedKey
} from "./chunk-AEWH75CH.js";
import {
  severityRank
} from "./chunk-DTM4YSV2.js";
import {
  parseArn
} from "./chunk-UEO5CBCT.js";
import {
  compareCodeUnits
} from "./chunk-FFYNXMZ5.js";

// src/history/advance.ts
var RESOLVED_AUDITS = 10;
var MAX_RESOLVED = 1e3;
function currentFindings(directories, unmanaged) {
  return [
    ...directories.flatMap(
      (dir) => dir.drift.map((f) => ({ key: driftKey(dir.label, f), severity: f.severity }))
    ),
    ...unmanaged.map((r) => ({
      key: unmanagedKey(r),
      ...r.severity ? { severity: r.severity } : {}
    }))
  ];
}
function byKey(current) {
  const out = /* @__PURE__ */ new Map();
  for (const { key, severity } of current) {
    const had = out.get(key);
    const higher = had && (!severity || severityRank(had) >= severityRank(severity));
    out.set(key, higher ? had : severity);
  }
  return out;
}
function uncheckedScope(unchecked) {
  const prefixes = (unchecked.directories ?? []).map((d) => `${DRIFT_PREFIX}${directoryLabel(d)}:`);
  const regions = new Set(unchecked.regions ?? []);
  return (key) => {
    if (prefixes.some((prefix) => key.startsWith(prefix))) return true;
    if (!key.startsWith(UNMANAGED_PREFIX)) return false;
    if (unchecked.account) return true;
    const arn = parseArn(key.slice(UNMANAGED_PREFIX.length));
    return arn !== void 0 && regions.has(arn.region);
  };
}
function advance(previous, current, today, unchecked = () => false) {
  const audit = (previous?.audits ?? 0) + 1;
  const before = previous?.findings ?? {};
  const lastResolved = new Map((previous?.resolved ?? []).map((r) => [r.key, r.resolvedOn]));
  const findings = {};
  const perFinding = /* @__PURE__ */ new Map();
  const newKeys = [];
  for (const [key, severity] of byKey(current)) {
    const had = Object.hasOwn(before, key) ? before[key] : void 0;
    const first = had?.first ?? today;
    const audits = (had?.audits ?? 0) + 1;
    findings[key] = { first, last: today, audits, ...severity ? { severity } : {} };
    const returnedAfter = had ? void 0 : lastResolved.get(key);
    perFinding.set(key, { first, audits, isNew: !had, ...returnedAfter ? { returnedAfter } : {} });
    if (!had) newKeys.push(key);
  }
  const resolved = [];
  for (const [key, had] of Object.entries(before)) {
    if (Object.hasOwn(findings, key)) continue;
    if (unchecked(key)) findings[key] = had;
    else resolved.push({ key, first: had.first });
  }
  resolved.sort((a, b) => compareCodeUnits(a.key, b.key));
  newKeys.sort(compareCodeUnits);
  const state = {
    version: 1,
    audits: audit,
    lastAudit: today,
    findings,
    resolved: recentResolutions(
      resolved.map((r) => ({ ...r, resolvedOn: today, audit })),
      (previous?.resolved ?? []).filter((r) => !Object.hasOwn(findings, r.key)),
      audit
    )
  };
  return { state, perFinding, resolved, newKeys };
}
function recentResolutions(now, earlier, audit) {
  const resolvedNow = new Set(now.map((r) => r.key));
  const kept = earlier.filter((r) => audit - r.audit < RESOLVED_AUDITS && !resolvedNow.has(r.key));
  return [...now, ...kept].slice(0, MAX_RESOLVED);
}
function baseline(state, keys) {
  const out = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const had = state && Object.hasOwn(state.findings, key) ? state.findings[key] : void 0;
    if (had) out.set(key, { known: true, since: had.first });
    else if (state?.truncated) out.set(key, { known: false, uncertain: true });
    else out.set(key, { known: false });
  }
  return out;
}

export {
  MAX_RESOLVED,
  currentFindings,
  uncheckedScope,
  advance,
  baseline
};
//# sourceMappingURL=chunk-L3EXT3UP.js.map

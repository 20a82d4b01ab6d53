import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  DRIFT_PREFIX,
  UNMANAGED_PREFIX,
  driftKey,
  parseKey,
  unmanagedKey
} from "./chunk-CRIOT66F.js";
import {
  REPORT_SCHEMA_VERSION,
  auditDay,
  directoryLabel
} from "./chunk-RZVL7GST.js";
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
function uncheckedScope(unchecked2) {
  const prefixes = (unchecked2.directories ?? []).map((d) => `${DRIFT_PREFIX}${directoryLabel(d)}:`);
  const regions = new Set(unchecked2.regions ?? []);
  return (key) => {
    if (prefixes.some((prefix) => key.startsWith(prefix))) return true;
    if (!key.startsWith(UNMANAGED_PREFIX)) return false;
    if (unchecked2.account) return true;
    const arn = parseArn(key.slice(UNMANAGED_PREFIX.length));
    return arn !== void 0 && regions.has(arn.region);
  };
}
function advance(previous, current, today, unchecked2 = () => false) {
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
    if (unchecked2(key)) findings[key] = had;
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

// src/history/compare.ts
function copied(report) {
  const next = { ...report, directories: report.directories.map((d) => ({ ...d })) };
  if (report.unmanaged) next.unmanaged = { ...report.unmanaged };
  return next;
}
function keyed(report) {
  const out = [];
  for (const dir of report.directories) {
    dir.drift = dir.drift.map((finding) => ({ ...finding }));
    for (const finding of dir.drift) {
      out.push({ key: driftKey(dir.path, finding), set: (h) => finding.history = h });
    }
  }
  if (report.unmanaged) {
    report.unmanaged.resources = report.unmanaged.resources.map((resource) => ({ ...resource }));
    for (const resource of report.unmanaged.resources) {
      out.push({ key: unmanagedKey(resource), set: (h) => resource.history = h });
    }
  }
  return out;
}
function unchecked(report) {
  const unmanaged = report.unmanaged;
  const regions = (unmanaged?.regionErrors ?? []).map((e) => /^region (\S+)/.exec(e.scope)?.[1]).filter((region) => region !== void 0);
  for (const missed of unmanaged?.notListed ?? []) regions.push(missed.region ?? "");
  return uncheckedScope({
    directories: report.directories.filter((d) => d.status === "error").map((d) => d.path),
    regions,
    account: !unmanaged || unmanaged.skipped !== void 0 || unmanaged.coverage === null
  });
}
function resolvedFinding(key, firstSeen) {
  const parsed = parseKey(key);
  if (!parsed) return void 0;
  return parsed.kind === "drift" ? { kind: "drift", directory: parsed.directory, name: parsed.address, firstSeen } : { kind: "unmanaged", name: parsed.resource, firstSeen };
}
function withAuditHistory(report, previous, now = new Date(report.generatedAt)) {
  const next = copied(report);
  const findings = keyed(next);
  const current = currentFindings(
    next.directories.map((d) => ({ label: d.path, drift: d.drift })),
    next.unmanaged?.resources ?? []
  );
  const advanced = advance(previous.state, current, auditDay(now), unchecked(next));
  for (const { key, set } of findings) {
    const age = advanced.perFinding.get(key);
    if (age) set({ status: age.isNew ? "new" : "known", firstSeen: age.first, audits: age.audits });
  }
  next.history = {
    kind: "audit",
    ...previous.issue ? { issue: previous.issue } : {},
    ...previous.state ? { previousAudit: previous.state.lastAudit } : {},
    audits: advanced.state.audits,
    newCount: advanced.newKeys.length,
    resolved: advanced.resolved.map((r) => resolvedFinding(r.key, r.first)).filter((r) => r !== void 0),
    ...previous.problem ? { note: previous.problem } : {}
  };
  return { report: next, state: advanced.state };
}
function withBaseline(report, previous) {
  const next = copied(report);
  const findings = keyed(next);
  const known = baseline(
    previous.state,
    findings.map((f) => f.key)
  );
  let newCount = 0;
  for (const { key, set } of findings) {
    const entry = known.get(key);
    if (entry?.known) {
      set({ status: "known", ...entry.since ? { firstSeen: entry.since } : {} });
    } else {
      newCount++;
      set({ status: "new", ...entry?.uncertain ? { uncertain: true } : {} });
    }
  }
  next.history = {
    kind: "pull-request",
    ...previous.issue ? { issue: previous.issue } : {},
    ...previous.state ? { previousAudit: previous.state.lastAudit } : {},
    audits: previous.state?.audits ?? 0,
    newCount,
    resolved: [],
    ...previous.problem ? { note: previous.problem } : {}
  };
  return next;
}

// src/report/build.ts
function directoryReport(dir) {
  const base = { path: dir.label, durationMs: dir.durationMs };
  if ("error" in dir) {
    return {
      ...base,
      status: "error",
      error: dir.error,
      drift: [],
      pending: [],
      managedResources: 0
    };
  }
  return {
    ...base,
    status: "ok",
    ...dir.terraformVersion ? { terraformVersion: dir.terraformVersion } : {},
    drift: dir.drift,
    pending: dir.pending,
    managedResources: dir.managedResources
  };
}
function countFindings(directories, unmanaged) {
  const drift = directories.flatMap((d) => d.drift);
  return {
    drifted: drift.length,
    changed: drift.filter((d) => d.kind === "changed").length,
    deleted: drift.filter((d) => d.kind === "deleted").length,
    pending: directories.reduce((n, d) => n + d.pending.length, 0),
    unmanaged: unmanaged?.resources.length ?? 0,
    ownedByOthers: unmanaged?.ownedByOthers.length ?? 0,
    ignored: unmanaged?.ignored ?? 0,
    madeByAws: Object.values(unmanaged?.madeByAws ?? {}).reduce((n, count) => n + count, 0),
    errors: directories.filter((d) => d.status === "error").length + (unmanaged?.regionErrors.length ?? 0)
  };
}
function buildReport(input) {
  const directories = input.directories.map(directoryReport);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "driftwatch", version: input.version },
    generatedAt: (input.now ?? /* @__PURE__ */ new Date()).toISOString(),
    run: input.run,
    directories,
    counts: countFindings(directories, input.unmanaged),
    ...input.unmanaged ? { unmanaged: input.unmanaged } : {},
    errors: [
      ...directories.filter((d) => d.status === "error").map((d) => ({ scope: `working-directory ${d.path}`, message: d.error })),
      ...input.unmanaged?.regionErrors ?? []
    ]
  };
}

export {
  countFindings,
  buildReport,
  withAuditHistory,
  withBaseline
};
//# sourceMappingURL=chunk-L2FALJPE.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  advance,
  baseline,
  currentFindings,
  uncheckedScope
} from "./chunk-L3EXT3UP.js";
import {
  REPORT_SCHEMA_VERSION,
  auditDay,
  driftKey,
  parseKey,
  unmanagedKey
} from "./chunk-AEWH75CH.js";

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
  const scope = unchecked(next);
  const day = auditDay(now);
  const advanced = advance(previous.state, current, day, scope);
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
  const over = (fresher) => advance(fresher, current, day, scope).state;
  return { report: next, state: { state: advanced.state, over } };
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
//# sourceMappingURL=chunk-N6OVI5OJ.js.map

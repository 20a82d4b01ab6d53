import type { AnalysedDirectory } from '../analyse/directory.js'
import type { DirectoryReport, Report, ReportCounts, RunContext } from '../model/report.js'
import type { UnmanagedReport } from '../model/findings.js'
import { REPORT_SCHEMA_VERSION } from '../model/report.js'

/** Assembles the one Report from what analysis found; it analyses nothing itself. */

function directoryReport(dir: AnalysedDirectory): DirectoryReport {
  const base = { path: dir.label, durationMs: dir.durationMs }
  if ('error' in dir) {
    return {
      ...base,
      status: 'error',
      error: dir.error,
      drift: [],
      pending: [],
      managedResources: 0
    }
  }
  return {
    ...base,
    status: 'ok',
    ...(dir.terraformVersion ? { terraformVersion: dir.terraformVersion } : {}),
    drift: dir.drift,
    pending: dir.pending,
    managedResources: dir.managedResources
  }
}

export function countFindings(
  directories: DirectoryReport[],
  unmanaged?: UnmanagedReport
): ReportCounts {
  const drift = directories.flatMap(d => d.drift)
  return {
    drifted: drift.length,
    changed: drift.filter(d => d.kind === 'changed').length,
    deleted: drift.filter(d => d.kind === 'deleted').length,
    pending: directories.reduce((n, d) => n + d.pending.length, 0),
    unmanaged: unmanaged?.resources.length ?? 0,
    ownedByOthers: unmanaged?.ownedByOthers.length ?? 0,
    ignored: unmanaged?.ignored ?? 0,
    madeByAws: Object.values(unmanaged?.madeByAws ?? {}).reduce((n, count) => n + count, 0),
    errors:
      directories.filter(d => d.status === 'error').length + (unmanaged?.regionErrors.length ?? 0)
  }
}

export function buildReport(input: {
  directories: AnalysedDirectory[]
  version: string
  run: RunContext
  /** Absent when the inventory was not asked for (`scan-unmanaged: false`). */
  unmanaged?: UnmanagedReport
  now?: Date
}): Report {
  const directories = input.directories.map(directoryReport)
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'driftwatch', version: input.version },
    generatedAt: (input.now ?? new Date()).toISOString(),
    run: input.run,
    directories,
    counts: countFindings(directories, input.unmanaged),
    ...(input.unmanaged ? { unmanaged: input.unmanaged } : {}),
    errors: [
      ...directories
        .filter(d => d.status === 'error')
        .map(d => ({ scope: `working-directory ${d.path}`, message: d.error as string })),
      ...(input.unmanaged?.regionErrors ?? [])
    ]
  }
}

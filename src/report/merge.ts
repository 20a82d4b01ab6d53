import { coverage } from '../analyse/unmanaged.js'
import { UserError } from '../errors.js'
import { countFindings } from './build.js'
import type { DirectoryReport, Report } from '../model/report.js'
import type { UnmanagedReport } from '../model/findings.js'
import { REPORT_SCHEMA_VERSION } from '../model/report.js'

/**
 * One report from many: the JSON reports of a matrix of jobs (roots × accounts × regions) merged
 * into one, whose counts, summary and verdict are those of the whole fleet. Pure: reading the
 * files is the caller's job.
 */

export interface NamedReport {
  /** Where it came from (a file name), to tell apart two jobs that checked the same path. */
  name: string
  report: Report
}

/** Throws a one-line UserError unless `value` looks like a Driftwatch JSON report. */
export function asReport(name: string, value: unknown): Report {
  const report = value as Partial<Report> | null
  if (
    !report ||
    typeof report !== 'object' ||
    report.tool?.name !== 'driftwatch' ||
    typeof report.schemaVersion !== 'number' ||
    !Array.isArray(report.directories)
  ) {
    throw new UserError(`'${name}' is not a Driftwatch JSON report (the file report-path names).`)
  }
  if (report.schemaVersion > REPORT_SCHEMA_VERSION) {
    throw new UserError(
      `'${name}' has report schema ${report.schemaVersion}, newer than this Driftwatch reads (${REPORT_SCHEMA_VERSION}): update the CLI.`
    )
  }
  return report as Report
}

function labelled(reports: NamedReport[]): DirectoryReport[] {
  const seen = new Map<string, number>()
  for (const { report } of reports)
    for (const dir of report.directories) seen.set(dir.path, (seen.get(dir.path) ?? 0) + 1)
  return reports.flatMap(({ name, report }) =>
    report.directories.map(dir =>
      (seen.get(dir.path) ?? 0) > 1 ? { ...dir, path: `${dir.path} (${name})` } : dir
    )
  )
}

/**
 * Inventories, a resource once however many jobs listed it. Two jobs that scan the same account
 * and region with different roots each see the other's resources as unmanaged, so give one job
 * per account every root of that account (the Action takes several working directories).
 */
function mergeUnmanaged(parts: UnmanagedReport[]): UnmanagedReport | undefined {
  if (parts.length === 0) return undefined
  // Resources without an ARN (access keys, inline policies) are known by type and import id.
  const once = <T extends { arn?: string; type: string; id: string }>(items: T[]): T[] => [
    ...new Map(items.map(item => [item.arn ?? `${item.type} ${item.id}`, item])).values()
  ]
  const scanned = parts.filter(part => !part.skipped)
  const resources = once(parts.flatMap(part => part.resources))
  const managed = parts.reduce((n, part) => n + part.managed, 0)
  const madeByAws: Record<string, number> = {}
  for (const part of parts) {
    for (const [rule, count] of Object.entries(part.madeByAws ?? {})) {
      madeByAws[rule] = Math.max(madeByAws[rule] ?? 0, count)
    }
  }
  return {
    inventory: parts.some(part => part.inventory === 'deep') ? 'deep' : 'tagging',
    regions: [...new Set(parts.flatMap(part => part.regions))],
    ...(scanned.length === 0 && parts[0].skipped ? { skipped: parts[0].skipped } : {}),
    listedTypes: [...new Set(parts.flatMap(part => part.listedTypes ?? []))].sort(),
    notListed: parts.flatMap(part => part.notListed ?? []),
    regionErrors: parts.flatMap(part => part.regionErrors),
    resources,
    ownedByOthers: once(parts.flatMap(part => part.ownedByOthers)),
    managed,
    ignored: parts.reduce((n, part) => n + part.ignored, 0),
    // The same account seen by several jobs: each counts the same defaults.
    madeByAws,
    coverage: scanned.length === 0 ? null : coverage(managed, resources.length),
    blindSpots: parts[0].blindSpots,
    durationMs: Math.max(...parts.map(part => part.durationMs))
  }
}

export function mergeReports(
  reports: NamedReport[],
  options: { version: string; now?: Date }
): Report {
  if (reports.length === 0) throw new UserError('merge needs at least one JSON report.')
  const directories = labelled(reports)
  const unmanaged = mergeUnmanaged(
    reports.flatMap(({ report }) => (report.unmanaged ? [report.unmanaged] : []))
  )
  const first = reports[0].report
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'driftwatch', version: options.version },
    generatedAt: (options.now ?? new Date()).toISOString(),
    // The jobs of one matrix share their run; otherwise the first report's stands for all.
    run: first.run,
    directories,
    counts: countFindings(directories, unmanaged),
    ...(unmanaged ? { unmanaged } : {}),
    errors: reports.flatMap(({ report }) => report.errors)
  }
}

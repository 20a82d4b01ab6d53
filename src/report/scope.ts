import { countFindings } from './build.js'
import type { DirectoryReport, HistorySummary, Report } from '../model/report.js'

/**
 * One report per audit issue, for `issue-per: directory`: each working directory's drift on its
 * own, and the account's unmanaged resources (which belong to no directory) on their own. Each
 * part has its own issue and history; the whole run is put back together for the summary, the
 * outputs and the report file.
 */

function part(report: Report, directories: DirectoryReport[], withUnmanaged: boolean): Report {
  const unmanaged = withUnmanaged ? report.unmanaged : undefined
  const paths = new Set(directories.map(d => `working-directory ${d.path}`))
  const regionErrors = new Set((unmanaged?.regionErrors ?? []).map(e => e.message))
  const scoped: Report = {
    ...report,
    directories,
    counts: countFindings(directories, unmanaged),
    errors: report.errors.filter(e => paths.has(e.scope) || regionErrors.has(e.message))
  }
  if (!unmanaged) delete scoped.unmanaged
  return scoped
}

/** A report per working directory, then one for the unmanaged resources when there are any. */
export function issueScopes(report: Report): Report[] {
  const scopes = report.directories.map(dir => part(report, [dir], false))
  if (report.unmanaged) scopes.push(part(report, [], true))
  return scopes
}

function mergedHistory(parts: Report[]): HistorySummary | undefined {
  const histories = parts.map(p => p.history).filter((h): h is HistorySummary => h !== undefined)
  if (histories.length === 0) return undefined
  const previous = histories.map(h => h.previousAudit).filter((d): d is string => Boolean(d))
  const notes = histories.map(h => h.note).filter((n): n is string => Boolean(n))
  return {
    kind: histories[0].kind,
    ...(previous.length > 0 ? { previousAudit: previous.sort()[previous.length - 1] } : {}),
    audits: Math.max(...histories.map(h => h.audits)),
    newCount: histories.reduce((n, h) => n + h.newCount, 0),
    resolved: histories.flatMap(h => h.resolved),
    ...(notes.length > 0 ? { note: notes[0] } : {})
  }
}

/** The whole run again, its findings carrying what each part's history said of them. */
export function mergeScopes(report: Report, parts: Report[]): Report {
  const byPath = new Map(parts.flatMap(p => p.directories).map(d => [d.path, d]))
  const unmanaged = parts.find(p => p.unmanaged)?.unmanaged ?? report.unmanaged
  const history = mergedHistory(parts)
  return {
    ...report,
    directories: report.directories.map(d => byPath.get(d.path) ?? d),
    ...(unmanaged ? { unmanaged } : {}),
    ...(history ? { history } : {})
  }
}

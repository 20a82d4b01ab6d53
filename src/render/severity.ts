import { SEVERITIES } from '../model/severity.js'
import type { Report } from '../model/report.js'
import type { Severity } from '../model/severity.js'

/** Severity as every renderer shows it, so the summary, comment, issue and log agree. */

const MARKS: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '⚪'
}

/** `🔴 critical`; empty for a finding that was never assessed. */
export function severityLabel(severity: Severity | undefined): string {
  return severity ? `${MARKS[severity]} ${severity}` : ''
}

/** Findings per severity, highest first: drift and, when scanned, unmanaged resources. */
function severityCounts(report: Report): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 }
  for (const dir of report.directories)
    for (const finding of dir.drift) if (finding.severity) counts[finding.severity]++
  for (const resource of report.unmanaged?.resources ?? [])
    if (resource.severity) counts[resource.severity]++
  return counts
}

/** `**Severity:** 🔴 1 critical · 🟠 2 high`, only the levels present; empty when none are. */
export function severityLine(report: Report): string {
  const counts = severityCounts(report)
  const parts = [...SEVERITIES]
    .reverse()
    .filter(severity => counts[severity] > 0)
    .map(severity => `${MARKS[severity]} ${counts[severity]} ${severity}`)
  return parts.length > 0 ? `**Severity:** ${parts.join(' · ')}` : ''
}

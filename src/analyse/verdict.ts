import type { FailOn } from '../inputs.js'
import type { Report } from '../report/model.js'

/**
 * Whether the step fails, and the one line that says why. Working directories that could not be
 * checked always fail it: a broken audit must not pass as a clean one.
 */
export function failureReason(report: Report, failOn: FailOn): string | undefined {
  const reasons: string[] = []
  if (report.counts.errors > 0) {
    reasons.push(
      `${report.counts.errors} working director${report.counts.errors === 1 ? 'y' : 'ies'} could not be checked: ${report.errors.map(e => e.message).join('; ')}`
    )
  }
  const drift = report.directories.flatMap(d => d.drift)
  if ((failOn === 'drift' || failOn === 'any') && drift.length > 0) {
    const names = drift.slice(0, 5).map(d => `${d.address} (${d.kind})`)
    const more = drift.length > 5 ? ` and ${drift.length - 5} more` : ''
    reasons.push(
      `Drift detected in ${drift.length} resource${drift.length === 1 ? '' : 's'}: ${names.join(', ')}${more}`
    )
  }
  if ((failOn === 'unmanaged' || failOn === 'any') && report.counts.unmanaged > 0) {
    reasons.push(
      `${report.counts.unmanaged} unmanaged resource${report.counts.unmanaged === 1 ? '' : 's'} found`
    )
  }
  return reasons.length > 0 ? reasons.join('. ') : undefined
}

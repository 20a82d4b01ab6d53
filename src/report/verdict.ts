import type { FailOn, FailOnSeverity } from '../inputs/options.js'
import type { Report, Severity } from './model.js'
import { plural } from '../text.js'
import { atLeast } from './severity.js'

/**
 * Whether the step fails, and the one line that says why. Working directories that could not be
 * checked always fail it: a broken audit must not pass as a clean one.
 */
export function failureReason(
  report: Report,
  failOn: FailOn,
  failOnSeverity: FailOnSeverity = 'none'
): string | undefined {
  // `fail-on` picks the kinds of finding that fail the step; `fail-on-severity` the least
  // severity a finding needs to count. Errors fail it whatever either says.
  const counts = (severity: Severity | undefined) =>
    failOnSeverity === 'none' || (severity !== undefined && atLeast(severity, failOnSeverity))
  const atOrAbove = failOnSeverity === 'none' ? '' : ` of severity ${failOnSeverity} or above`
  const reasons: string[] = []
  const failed = report.directories.filter(d => d.status === 'error')
  if (failed.length > 0) {
    reasons.push(
      `${failed.length} working director${failed.length === 1 ? 'y' : 'ies'} could not be checked: ${failed.map(d => d.error).join('; ')}`
    )
  }
  // An incomplete inventory must not pass as a clean one, for those who asked to fail on it.
  const scanFaults = report.unmanaged?.regionErrors ?? []
  if ((failOn === 'unmanaged' || failOn === 'any') && scanFaults.length > 0) {
    reasons.push(
      `The unmanaged-resource scan is incomplete: ${scanFaults.map(e => e.message).join('; ')}`
    )
  }
  const drift = report.directories.flatMap(d => d.drift).filter(d => counts(d.severity))
  if ((failOn === 'drift' || failOn === 'any') && drift.length > 0) {
    const names = drift.slice(0, 5).map(d => `${d.address} (${d.kind}, ${d.severity})`)
    const more = drift.length > 5 ? ` and ${drift.length - 5} more` : ''
    reasons.push(
      `Drift${atOrAbove} detected in ${plural(drift.length, 'resource')}: ${names.join(', ')}${more}`
    )
  }
  const unmanaged =
    failOnSeverity === 'none'
      ? report.counts.unmanaged
      : (report.unmanaged?.resources ?? []).filter(r => counts(r.severity)).length
  if ((failOn === 'unmanaged' || failOn === 'any') && unmanaged > 0) {
    reasons.push(`${plural(unmanaged, 'unmanaged resource')}${atOrAbove} found`)
  }
  return reasons.length > 0 ? reasons.join('. ') : undefined
}

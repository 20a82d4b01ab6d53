import type { FailOn, FailOnSeverity } from '../inputs/options.js'
import type { FindingHistory } from '../model/findings.js'
import type { Report } from '../model/report.js'
import type { Severity } from '../model/severity.js'
import { plural } from '../text.js'
import { atLeast } from '../model/severity.js'

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
  // `new`: only what the last audit did not know; with no history to compare with, all is new.
  const onlyNew = failOn === 'new'
  const isNew = (finding: { history?: FindingHistory }) =>
    !onlyNew || finding.history?.status !== 'known'
  const newly = onlyNew ? ' new since the last audit' : ''
  const drift = report.directories.flatMap(d => d.drift).filter(d => counts(d.severity) && isNew(d))
  if ((failOn === 'drift' || failOn === 'any' || onlyNew) && drift.length > 0) {
    const names = drift.slice(0, 5).map(d => `${d.address} (${d.kind}, ${d.severity})`)
    const more = drift.length > 5 ? ` and ${drift.length - 5} more` : ''
    reasons.push(
      `Drift${atOrAbove}${newly} detected in ${plural(drift.length, 'resource')}: ${names.join(', ')}${more}`
    )
  }
  const unmanaged =
    failOnSeverity === 'none' && !onlyNew
      ? report.counts.unmanaged
      : (report.unmanaged?.resources ?? []).filter(r => counts(r.severity) && isNew(r)).length
  if ((failOn === 'unmanaged' || failOn === 'any' || onlyNew) && unmanaged > 0) {
    reasons.push(`${plural(unmanaged, 'unmanaged resource')}${atOrAbove}${newly} found`)
  }
  return reasons.length > 0 ? reasons.join('. ') : undefined
}

import { readHistory } from '../collect/github/previous-audit.js'
import type { HistoryLog } from '../collect/github/previous-audit.js'
import { reportKey } from '../github/markers.js'
import type { KeptHistory } from '../history/compare.js'
import { withAuditHistory, withBaseline } from '../history/compare.js'
import type { Inputs } from '../inputs/options.js'
import type { Report } from '../model/report.js'
import type { EventContext } from '../publish/github/context.js'
import { issueScopes, mergeScopes } from '../report/scope.js'

export interface ScopedAudit {
  report: Report
  /** One per audit issue: its part of the report and, after an audit, the history to keep. */
  scopes: { report: Report; state?: KeptHistory }[]
}

/**
 * `issue-per: directory`: each part (a working directory, the unmanaged resources) against its
 * own issue's history, read side by side; the whole report then carries what each part found.
 */
export async function scopedHistory(
  report: Report,
  kind: 'audit' | 'pull-request',
  inputs: Inputs,
  event: EventContext,
  log: HistoryLog
): Promise<ScopedAudit> {
  const parts = issueScopes(report)
  const previous = await Promise.all(
    parts.map(part => readHistory(inputs, event, log, reportKey(part)))
  )
  const scopes = parts.map((part, i) => {
    if (kind === 'pull-request') return { report: withBaseline(part, previous[i]) }
    const { report: advanced, state } = withAuditHistory(part, previous[i])
    return { report: advanced, state }
  })
  return {
    report: mergeScopes(
      report,
      scopes.map(s => s.report)
    ),
    scopes
  }
}

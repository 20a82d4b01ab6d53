import { decodeState } from '../history/decode.js'
import { readPreviousAudit } from '../github/audit-issue.js'
import { createClient } from '../github/client.js'
import { messageOf } from '../errors.js'
import type { Inputs } from '../inputs/options.js'
import type { EventContext } from '../publish/github/context.js'
import type { AuditState } from '../history/state.js'
import type { PreviousHistory } from '../history/compare.js'
import { withAuditHistory, withBaseline } from '../history/compare.js'
import type { Report } from '../model/report.js'
import { issueScopes, mergeScopes } from '../report/scope.js'
import { directoriesKey, marker, reportKey } from '../github/markers.js'

/**
 * The audit history, read from the audit issue while terraform plans (loaded only then: it
 * brings Octokit). Reading never fails the step: without a history every finding is new.
 */

export interface HistoryLog {
  info(message: string): void
  warning(message: string): void
}

export async function readHistory(
  inputs: Inputs,
  event: EventContext,
  log: HistoryLog,
  issueKey = directoriesKey(inputs.workingDirectories)
): Promise<PreviousHistory> {
  try {
    const client = createClient(inputs.githubToken, log)
    const key = marker('issue', issueKey)
    const target = { owner: event.owner, repo: event.repo, label: inputs.issueLabel }
    const found = await readPreviousAudit(client, target, key)
    const issue = found.issue ? { number: found.issue.number, url: found.issue.url } : undefined
    if (!found.stateText) return issue ? { issue } : {}
    const { state, problem } = decodeState(found.stateText)
    if (problem) log.warning(`Driftwatch: ${problem}.`)
    return {
      ...(issue ? { issue } : {}),
      ...(state ? { state } : {}),
      ...(problem ? { problem } : {})
    }
  } catch (error) {
    log.warning(
      `Driftwatch could not read the audit history from the audit issue (${messageOf(error)}); every finding counts as new.`
    )
    return {}
  }
}

export interface ScopedAudit {
  report: Report
  /** One per audit issue: its part of the report and, after an audit, the history to keep. */
  scopes: { report: Report; state?: AuditState }[]
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

import * as core from '@actions/core'
import type { Scrubber } from '../redact/sensitive.js'
import { messageOf } from '../errors.js'
import type { Inputs } from '../inputs/options.js'
import { emitAnnotations } from '../publish/annotations.js'
import { readEventContext } from './context.js'
import type { IssueState } from '../publish/github/issue.js'
import { publishToGitHub } from '../publish/github/publish.js'
import type { Report } from '../model/report.js'
import { renderAnnotations, renderCheckRun } from '../render/annotations.js'
import { renderComment } from '../render/comment.js'
import {
  renderIssue,
  renderIssueDuplicate,
  renderIssueResolved,
  renderIssueReturned
} from '../render/issue.js'
import { marker, reportKey } from '../github/markers.js'
import type { KeptHistory } from '../history/compare.js'
import type { AuditState } from '../history/state.js'
import { sendWebhook } from '../publish/webhook.js'
import { stateComment } from '../history/encode.js'
import { findingsChange, findingsChanged, renderSlackMessage } from '../render/slack.js'
import { plural } from '../text.js'

/**
 * Where results appear on GitHub, after the summary, outputs and report file are written:
 * annotations first, then the comment, issue and check run. Every text passes the scrubber on
 * its way out. Nothing here can fail the step; that is the findings' decision alone.
 */

export function issueState(report: Report): IssueState {
  if (report.counts.drifted > 0 || report.counts.unmanaged > 0) return 'findings'
  return report.counts.errors > 0 ? 'incomplete' : 'clean'
}

/**
 * The webhook hears about an audit that changed what is open: new findings or resolved ones.
 * Its URL is a secret (masked as soon as it was read); nothing here logs it.
 */
async function notify(
  report: Report,
  inputs: Inputs,
  title: string,
  scrub: (text: string) => string
): Promise<void> {
  if (!inputs.notifyWebhookUrl || report.history?.kind !== 'audit') return
  const change = findingsChange(report, title, report.history.issue?.url)
  if (!findingsChanged(change)) {
    core.info('Driftwatch: the findings did not change since the last audit; no notification.')
    return
  }
  const payload = { text: scrub(renderSlackMessage(change).text) }
  const log = { warning: (message: string) => core.warning(message) }
  if (await sendWebhook(inputs.notifyWebhookUrl, payload, log)) {
    core.info(
      `Driftwatch notified the webhook: ${plural(change.added.length, 'new finding')}, ${change.resolved.length} resolved.`
    )
  }
}

/** An audit issue's part of the report and, after an audit, the history to keep with it. */
export interface IssueScope {
  report: Report
  state?: KeptHistory
}

/** The history comment's body, and the same audit's over a history another audit wrote since. */
function historyTexts(history: KeptHistory | undefined) {
  if (!history) return {}
  return {
    state: stateComment(history.state),
    restate: (fresher: AuditState) => stateComment(history.over(fresher))
  }
}

export async function publishResults(
  report: Report,
  inputs: Inputs,
  scrubber: Scrubber,
  failure: string | undefined,
  scopes: IssueScope[] = [{ report }]
): Promise<void> {
  try {
    const scrub = (text: string) => scrubber.scrub(text)
    const annotations = inputs.annotations
      ? renderAnnotations(report).map(a => ({
          ...a,
          title: scrub(a.title),
          message: scrub(a.message)
        }))
      : []
    const { overflow } = emitAnnotations(annotations)
    const key = reportKey(report)
    const issues = scopes.map(scope => ({ scope, text: renderIssue(scope.report) }))
    const check = renderCheckRun(report, annotations)
    await publishToGitHub(
      {
        comment: { marker: marker('comment', key), body: scrub(renderComment(report)) },
        issues: issues.map(({ scope, text }) => ({
          marker: marker('issue', reportKey(scope.report)),
          state: issueState(scope.report),
          texts: {
            title: scrub(text.title),
            body: scrub(text.body),
            resolved: scrub(renderIssueResolved(scope.report)),
            returned: scrub(renderIssueReturned(scope.report)),
            // Not scrubbed: it holds only keys and days, and a replaced run of its base64
            // would make the history unreadable.
            ...historyTexts(scope.state),
            duplicate: kept => scrub(renderIssueDuplicate(kept))
          }
        })),
        check: {
          name: 'Driftwatch',
          title: scrub(check.title),
          summary: scrub(check.summary),
          conclusion: failure ? 'failure' : 'neutral'
        },
        annotations,
        annotationOverflow: overflow
      },
      inputs,
      await readEventContext(),
      { info: message => core.info(message), warning: message => core.warning(message) }
    )
    // Each issue's history changes on its own, and so does what the webhook hears.
    for (const { scope, text } of issues)
      await notify(scope.report, inputs, scrub(text.title), scrub)
  } catch (error) {
    core.debug(error instanceof Error ? (error.stack ?? '') : '')
    core.warning(
      `Driftwatch could not publish to GitHub: ${messageOf(error)}. The findings are in the job summary and the report file.`
    )
  }
}

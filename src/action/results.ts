import * as core from '@actions/core'
import type { Scrubber } from '../redact/sensitive.js'
import { messageOf } from '../errors.js'
import type { Inputs } from '../inputs/options.js'
import { emitAnnotations } from '../publish/annotations.js'
import { readEventContext } from './context.js'
import type { IssueState } from '../publish/github/issue.js'
import { publishToGitHub } from '../publish/github/publish.js'
import type { Report } from '../report/model.js'
import { renderAnnotations, renderCheckRun } from '../render/annotations.js'
import { renderComment } from '../render/comment.js'
import { renderIssue, renderIssueResolved, renderIssueReturned } from '../render/issue.js'
import { marker, reportKey } from '../render/markers.js'

/**
 * Where results appear on GitHub, after the summary, outputs and report file are written:
 * annotations first, then the comment, issue and check run. Every text passes the scrubber on
 * its way out. Nothing here can fail the step; that is the findings' decision alone.
 */

export function issueState(report: Report): IssueState {
  if (report.counts.drifted > 0 || report.counts.unmanaged > 0) return 'findings'
  return report.counts.errors > 0 ? 'incomplete' : 'clean'
}

export async function publishResults(
  report: Report,
  inputs: Inputs,
  scrubber: Scrubber,
  failure: string | undefined
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
    const issue = renderIssue(report)
    const check = renderCheckRun(report, annotations)
    await publishToGitHub(
      {
        comment: { marker: marker('comment', key), body: scrub(renderComment(report)) },
        issue: {
          marker: marker('issue', key),
          state: issueState(report),
          texts: {
            title: scrub(issue.title),
            body: scrub(issue.body),
            resolved: scrub(renderIssueResolved(report)),
            returned: scrub(renderIssueReturned(report))
          }
        },
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
  } catch (error) {
    core.debug(error instanceof Error ? (error.stack ?? '') : '')
    core.warning(
      `Driftwatch could not publish to GitHub: ${messageOf(error)}. The findings are in the job summary and the report file.`
    )
  }
}

import type { Inputs } from '../../inputs/options.js'
import type { Annotation } from '../../render/annotations.js'
import type { GitHubClient } from './client.js'
import { createClient, statusOf } from './client.js'
import { publishCheckRun } from './checks.js'
import type { CheckRunText } from './checks.js'
import { upsertComment } from './comment.js'
import type { EventContext } from './context.js'
import { publishTargets } from './context.js'
import type { IssueState, IssueTexts } from './issue.js'
import { syncIssue } from './issue.js'

/**
 * Sends the rendered bodies to GitHub: the pull request comment, the audit issue and the check
 * run. Runs after the summary, outputs and report file are written, and never throws: a missing
 * permission or an API that stays down becomes a warning, and the step's result is left to the
 * findings.
 */

export interface PublishLog {
  info(message: string): void
  warning(message: string): void
}

/** Everything already rendered and scrubbed; this module adds no text of its own to GitHub. */
export interface Rendered {
  comment: { marker: string; body: string }
  issue: { marker: string; state: IssueState; texts: IssueTexts }
  check: CheckRunText
  annotations: Annotation[]
  /** More annotations than workflow commands show: they go to a check run as well. */
  annotationOverflow: boolean
}

type Permission = 'pull-requests: write' | 'issues: write' | 'checks: write'

function describeFailure(
  what: string,
  permission: Permission,
  error: unknown,
  context: EventContext
): string {
  const status = statusOf(error)
  // Octokit appends the documentation URL to the server's message; the message is what helps.
  const detail = (error instanceof Error ? error.message : String(error))
    .split('\n')[0]
    .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
  if ((status === 403 || status === 404) && !/rate limit/i.test(detail)) {
    const fork = context.fromFork
      ? ' Pull requests from forks get a read-only token, so there the job summary is the report.'
      : ''
    return (
      `Driftwatch could not ${what}: the token lacks the \`${permission}\` permission ` +
      `(HTTP ${status}: ${detail}). Add \`permissions: ${permission}\` to the job.${fork} ` +
      `The findings are in the job summary and the report file.`
    )
  }
  if (status === 401) {
    return `Driftwatch could not ${what}: GitHub rejected the token (HTTP 401). Check the github-token input.`
  }
  return (
    `Driftwatch could not ${what} (${status ? `HTTP ${status}: ` : ''}${detail}), even after ` +
    `retrying. The findings are in the job summary, the step outputs and the report file.`
  )
}

export async function publishToGitHub(
  rendered: Rendered,
  inputs: Pick<Inputs, 'githubToken' | 'publish' | 'issueLabel'>,
  context: EventContext | undefined,
  log: PublishLog,
  makeClient: (token: string) => GitHubClient = token => createClient(token, log)
): Promise<void> {
  const targets = publishTargets(inputs.publish, context?.eventName ?? '')
  const wantComment = targets.comment
  const wantCheck = rendered.annotationOverflow
  if (!wantComment && !targets.issue && !wantCheck) return
  if (!context) {
    log.info('Not running in a GitHub repository (GITHUB_REPOSITORY unset): nothing to publish.')
    return
  }
  if (!inputs.githubToken) {
    log.warning(
      'The github-token input is empty: no pull request comment, audit issue or check run. ' +
        'The findings are in the job summary.'
    )
    return
  }
  const client = makeClient(inputs.githubToken)
  const { owner, repo } = context

  const guard = async (what: string, permission: Permission, action: () => Promise<void>) => {
    try {
      await action()
    } catch (error) {
      log.warning(describeFailure(what, permission, error, context))
    }
  }

  if (wantComment) {
    const number = context.pullNumber
    if (number === undefined) {
      log.info(
        `publish asks for a pull request comment, but the ${context.eventName} event has no pull request.`
      )
    } else {
      await guard(`comment on pull request #${number}`, 'pull-requests: write', async () => {
        const result = await upsertComment(
          client,
          { owner, repo, issueNumber: number },
          rendered.comment.marker,
          rendered.comment.body
        )
        log.info(`Pull request comment ${result.action}: ${result.url}`)
      })
    }
  }

  if (targets.issue) {
    await guard('update the audit issue', 'issues: write', async () => {
      const result = await syncIssue(
        client,
        { owner, repo, label: inputs.issueLabel },
        rendered.issue.marker,
        rendered.issue.state,
        rendered.issue.texts
      )
      log.info(
        result.action === 'none'
          ? 'Audit issue: nothing to open or close.'
          : `Audit issue #${result.number} ${result.action}: ${result.url}`
      )
    })
  }

  if (wantCheck) {
    const headSha = context.headSha
    if (!headSha) {
      log.info(
        'No commit SHA (GITHUB_SHA unset): the annotations beyond the first ten are only in the job summary.'
      )
    } else {
      await guard(
        `publish all ${rendered.annotations.length} annotations as a check run`,
        'checks: write',
        async () => {
          const result = await publishCheckRun(
            client,
            { owner, repo, headSha },
            rendered.check,
            rendered.annotations
          )
          log.info(
            `Check run with ${result.annotations} annotations in ${result.requests} request(s): ${result.url}`
          )
        }
      )
    }
  }
}

import { messageOf } from '../../errors.js'
import type { Inputs } from '../../inputs/options.js'
import type { Annotation } from '../../render/annotations.js'
import type { GitHubClient } from '../../github/client.js'
import { createClient, githubFault, statusOf } from '../../github/client.js'
import { publishCheckRun } from './checks.js'
import type { CheckRunText } from './checks.js'
import { upsertComment } from './comment.js'
import type { EventContext, Targets } from './context.js'
import { publishTargets } from './context.js'
import type { IssueResult, IssueState, IssueTexts } from './issue.js'
import { StateNotWritten, syncIssue } from './issue.js'

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

/** One audit issue: a run that keeps one issue per directory has several, each its own marker. */
export interface RenderedIssue {
  marker: string
  state: IssueState
  texts: IssueTexts
}

/** Everything already rendered and scrubbed; this module adds no text of its own to GitHub. */
export interface Rendered {
  comment: { marker: string; body: string }
  issues: RenderedIssue[]
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
  const fault = githubFault(error)
  // Whatever its status: a proxy's or an outage page is no word from GitHub on the token.
  if (fault.kind === 'foreign') {
    return (
      `Driftwatch could not ${what}: the answer was ${fault.detail}, not GitHub's API ` +
      `(a proxy in between, or an outage page). The findings are in the job summary, the step ` +
      `outputs and the report file.`
    )
  }
  const status = statusOf(error)
  // Octokit appends the documentation URL to the server's message; the message is what helps.
  const detail = messageOf(error)
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

/** What every step needs: where to publish, with what, and where to say how it went. */
interface Session {
  client: GitHubClient
  context: EventContext
  log: PublishLog
}

export async function publishToGitHub(
  rendered: Rendered,
  inputs: Pick<Inputs, 'githubToken' | 'publish' | 'issueLabel'>,
  context: EventContext | undefined,
  log: PublishLog,
  makeClient: (token: string) => GitHubClient = token => createClient(token, log)
): Promise<void> {
  const wanted = wantedTargets(rendered, inputs.publish, context)
  if (!wanted.comment && !wanted.issue && !wanted.checkRun) return
  const session = openSession(context, inputs.githubToken, log, makeClient)
  if (!session) return
  // One after another, each on its own: a step that fails leaves the others to run.
  if (wanted.comment) await publishComment(session, rendered.comment)
  if (wanted.issue) await publishIssues(session, rendered.issues, inputs.issueLabel)
  if (wanted.checkRun) await publishAllAnnotations(session, rendered)
}

/**
 * The comment and issue as the publish input and the event ask; a check run only when there are
 * more annotations than workflow commands show.
 */
function wantedTargets(
  rendered: Rendered,
  publish: Inputs['publish'],
  context: EventContext | undefined
): Targets & { checkRun: boolean } {
  const targets = publishTargets(publish, context?.eventName ?? '')
  return { ...targets, checkRun: rendered.annotationOverflow }
}

/** A client for the run's repository, or undefined (having said why) when there can be none. */
function openSession(
  context: EventContext | undefined,
  token: string,
  log: PublishLog,
  makeClient: (token: string) => GitHubClient
): Session | undefined {
  if (!context) {
    log.info('Not running in a GitHub repository (GITHUB_REPOSITORY unset): nothing to publish.')
    return undefined
  }
  if (!token) {
    log.warning(
      'The github-token input is empty: no pull request comment, audit issue or check run. ' +
        'The findings are in the job summary.'
    )
    return undefined
  }
  return { client: makeClient(token), context, log }
}

/** Runs one step, turning its failure into a warning: publishing never fails the run. */
async function attempt(
  session: Session,
  what: string,
  permission: Permission,
  action: () => Promise<void>
): Promise<void> {
  try {
    await action()
  } catch (error) {
    warn(session, what, permission, error)
  }
}

function warn(session: Session, what: string, permission: Permission, error: unknown): void {
  session.log.warning(describeFailure(what, permission, error, session.context))
}

async function publishComment(session: Session, comment: Rendered['comment']): Promise<void> {
  const { client, context, log } = session
  const number = context.pullNumber
  if (number === undefined) {
    log.info(
      `publish asks for a pull request comment, but the ${context.eventName} event has no pull request.`
    )
    return
  }
  const { owner, repo } = context
  await attempt(session, `comment on pull request #${number}`, 'pull-requests: write', async () => {
    const result = await upsertComment(
      client,
      { owner, repo, issueNumber: number },
      comment.marker,
      comment.body
    )
    log.info(`Pull request comment ${result.action}: ${result.url}`)
  })
}

/** Each issue on its own: one that fails leaves the others to be synced. */
async function publishIssues(
  session: Session,
  issues: RenderedIssue[],
  label: string
): Promise<void> {
  for (const issue of issues) await publishIssue(session, issue, label)
}

/** Named by title when nothing was done: with one issue per directory there are several. */
function describeIssue(result: IssueResult, title: string): string {
  if (result.action === 'none') return `Audit issue "${title}": nothing to open or close.`
  const history = result.state ? ` (history comment ${result.state})` : ''
  return `Audit issue #${result.number} ${result.action}: ${result.url}${history}`
}

async function publishIssue(session: Session, issue: RenderedIssue, label: string): Promise<void> {
  const { client, context, log } = session
  const { owner, repo } = context
  const named = `the audit issue "${issue.texts.title}"`
  await attempt(session, `update ${named}`, 'issues: write', async () => {
    try {
      const result = await syncIssue(
        client,
        { owner, repo, label },
        issue.marker,
        issue.state,
        issue.texts
      )
      log.info(describeIssue(result, issue.texts.title))
    } catch (error) {
      if (!(error instanceof StateNotWritten)) throw error
      // The issue is right; only its history is a run behind, so the warning names just that.
      log.info(describeIssue(error.issue, issue.texts.title))
      warn(session, `save the history of ${named} (#${error.issue.number})`, 'issues: write', error)
    }
  })
}

/**
 * Workflow commands show only the first annotations: the rest go to a check run, which needs the
 * commit they belong to.
 */
async function publishAllAnnotations(session: Session, rendered: Rendered): Promise<void> {
  const { client, context, log } = session
  const headSha = context.headSha
  if (!headSha) {
    log.info(
      'No commit SHA (GITHUB_SHA unset): the annotations beyond the first ten are only in the job summary.'
    )
    return
  }
  const { owner, repo } = context
  await attempt(
    session,
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

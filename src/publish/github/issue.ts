import { messageOf } from '../../errors.js'
import type { IssueTarget } from '../../github/audit-issue.js'
import { findClosed, findOpen, findStateComment } from '../../github/audit-issue.js'
import type { GitHubClient } from '../../github/client.js'
import { statusOf } from '../../github/client.js'

/**
 * The audit issue: one open issue per repository and marker, carrying the label. An audit with
 * findings creates it, or refreshes the open one, or reopens the last one it closed; a clean
 * audit closes it with a comment. Its history lives in one bot comment on it, edited by each
 * audit. Text comes from the renderers; this only sends it.
 */

export type IssueState = 'findings' | 'clean' | 'incomplete'

export interface IssueTexts {
  title: string
  body: string
  /** Comment posted before closing. */
  resolved: string
  /** Comment posted on reopening. */
  returned: string
  /** The whole body of the comment holding the encoded history (history/encode.ts). */
  state?: string
}

export type StateAction = 'created' | 'updated' | 'unchanged'

export interface SyncedIssue {
  action: 'created' | 'updated' | 'reopened' | 'closed'
  number: number
  url: string
  /** What happened to the history comment, when there was one to write. */
  state?: StateAction
}

export type IssueResult = SyncedIssue | { action: 'none' }

/**
 * The issue is synced but its history comment could not be written. Kept apart so the warning
 * says the issue itself is up to date; `status` is the failed request's, for the permission hint.
 */
export class StateNotWritten extends Error {
  readonly status: number | undefined

  constructor(
    readonly issue: SyncedIssue,
    cause: unknown
  ) {
    super(messageOf(cause), { cause })
    this.status = statusOf(cause)
  }
}

const LABEL_COLOUR = 'd93f0b'

async function ensureLabel(client: GitHubClient, target: IssueTarget): Promise<void> {
  try {
    await client.rest.issues.getLabel({
      owner: target.owner,
      repo: target.repo,
      name: target.label
    })
    return
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
  try {
    await client.rest.issues.createLabel({
      owner: target.owner,
      repo: target.repo,
      name: target.label,
      color: LABEL_COLOUR,
      description: 'Infrastructure drift found by Driftwatch'
    })
  } catch (error) {
    // Another run created it in between.
    if (statusOf(error) !== 422) throw error
  }
}

/** The issue as this audit leaves it, without its history comment. */
async function syncIssueOnly(
  client: GitHubClient,
  target: IssueTarget,
  marker: string,
  state: IssueState,
  texts: IssueTexts
): Promise<IssueResult> {
  const { owner, repo } = target
  const open = await findOpen(client, target, marker)

  if (state === 'clean') {
    if (!open) return { action: 'none' }
    // Closed first: a note saying "closing" on an issue whose close then failed would be posted
    // again by every later clean audit.
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: open.number,
      // The description keeps the drift this issue was about; the comment says it is resolved.
      state: 'closed',
      state_reason: 'completed'
    })
    await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: open.number,
      body: texts.resolved
    })
    return { action: 'closed', number: open.number, url: open.html_url }
  }

  if (open) {
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: open.number,
      title: texts.title,
      body: texts.body
    })
    return { action: 'updated', number: open.number, url: open.html_url }
  }
  // An audit that could not check everything neither opens nor closes anything.
  if (state === 'incomplete') return { action: 'none' }

  const closed = await findClosed(client, target, marker)
  if (closed) {
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: closed.number,
      title: texts.title,
      body: texts.body,
      state: 'open'
    })
    await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: closed.number,
      body: texts.returned
    })
    return { action: 'reopened', number: closed.number, url: closed.html_url }
  }

  await ensureLabel(client, target)
  const { data } = await client.rest.issues.create({
    owner,
    repo,
    title: texts.title,
    body: texts.body,
    labels: [target.label]
  })
  return { action: 'created', number: data.number, url: data.html_url }
}

/**
 * Edits the history comment in place, or creates it: one per issue, so the issue's timeline
 * does not grow by an audit's worth of hidden text each run. A new issue has no comments to
 * look through.
 */
async function upsertStateComment(
  client: GitHubClient,
  target: IssueTarget,
  issue: SyncedIssue,
  body: string
): Promise<StateAction> {
  const { owner, repo } = target
  const existing =
    issue.action === 'created' ? undefined : await findStateComment(client, target, issue.number)
  if (!existing) {
    await client.rest.issues.createComment({ owner, repo, issue_number: issue.number, body })
    return 'created'
  }
  if (existing.body === body) return 'unchanged'
  await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
  return 'updated'
}

/**
 * Syncs the issue, then its history comment. The history goes last, after a close too: it
 * records what this audit resolved, and a failure to write it leaves the issue already right
 * (thrown as StateNotWritten).
 */
export async function syncIssue(
  client: GitHubClient,
  target: IssueTarget,
  marker: string,
  state: IssueState,
  texts: IssueTexts
): Promise<IssueResult> {
  const result = await syncIssueOnly(client, target, marker, state, texts)
  if (result.action === 'none' || texts.state === undefined) return result
  try {
    return { ...result, state: await upsertStateComment(client, target, result, texts.state) }
  } catch (error) {
    throw new StateNotWritten(result, error)
  }
}

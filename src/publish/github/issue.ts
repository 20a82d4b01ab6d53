import { messageOf } from '../../errors.js'
import type { IssueTarget } from '../../github/audit-issue.js'
import { findClosed, findOpen, findStateComments } from '../../github/audit-issue.js'
import type { StateComment } from '../../github/audit-issue.js'
import type { GitHubClient } from '../../github/client.js'
import { statusOf } from '../../github/client.js'
import { decodeState } from '../../history/decode.js'
import { stateComment } from '../../history/encode.js'
import { mergeStates } from '../../history/merge.js'
import type { AuditState } from '../../history/state.js'
import { deleteComment } from './comment.js'

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
  /**
   * This audit's findings advanced over a fresher history than the one it read (another audit
   * wrote in between), as the whole comment body.
   */
  restate?: (fresher: AuditState) => string
  /** Comment posted on a duplicate a racing audit opened, before closing it. */
  duplicate?: (kept: number) => string
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

/** The states the comments hold, joined; undefined when none can be read. */
function joinedState(comments: StateComment[]): AuditState | undefined {
  const states = comments
    .map(comment => decodeState(comment.body).state)
    .filter((state): state is AuditState => state !== undefined)
  return states.length > 0 ? states.reduce(mergeStates) : undefined
}

/** Rounds of reconciling after a write; each round only writes when a racing audit did. */
const RECONCILE_ROUNDS = 3

/**
 * After writing: GitHub has no compare-and-swap, so an audit that raced this one may have left a
 * second state comment, or edited the same version over this one's. Both become one comment,
 * the oldest, holding the join of every history (history/merge.ts), which is the same whichever
 * audit reconciles first; the others are deleted.
 */
async function reconcileStateComments(
  client: GitHubClient,
  target: IssueTarget,
  issueNumber: number,
  written: string
): Promise<void> {
  const mine = decodeState(written).state
  for (let round = 0; round < RECONCILE_ROUNDS; round++) {
    const comments = await findStateComments(client, target, issueNumber)
    const [kept, ...extra] = comments
    if (!kept) return
    // No audit raced this one.
    if (extra.length === 0 && kept.body === written) return
    const theirs = joinedState(comments)
    // A history that moved past this audit's was advanced over it; one at the same audit count
    // was written beside it and joins it.
    const joinMine = mine && (!theirs || theirs.audits <= mine.audits)
    const joined = joinMine && theirs ? mergeStates(theirs, mine) : (theirs ?? mine)
    if (!joined) return
    const body = stateComment(joined)
    if (extra.length === 0 && body === kept.body) return
    if (body !== kept.body) {
      await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: kept.id,
        body
      })
    }
    for (const comment of extra) await deleteComment(client, target, comment.id)
  }
}

/**
 * Writes the history comment, one per issue, so the issue's timeline does not grow by an audit's
 * worth of hidden text each run. It is read again just before writing: when another audit wrote
 * since this one read, this audit's findings are advanced over that fresher history instead.
 * A new issue has no comments to look through.
 */
async function upsertStateComment(
  client: GitHubClient,
  target: IssueTarget,
  issue: SyncedIssue,
  texts: IssueTexts & { state: string }
): Promise<StateAction> {
  const { owner, repo } = target
  const comments =
    issue.action === 'created' ? [] : await findStateComments(client, target, issue.number)
  const fresher = joinedState(comments)
  const body = fresher && texts.restate ? texts.restate(fresher) : texts.state
  const [existing] = comments
  let action: StateAction
  if (!existing) {
    await client.rest.issues.createComment({ owner, repo, issue_number: issue.number, body })
    action = 'created'
  } else if (existing.body === body && comments.length === 1) {
    return 'unchanged'
  } else {
    if (existing.body !== body)
      await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
    action = 'updated'
  }
  await reconcileStateComments(client, target, issue.number, body)
  return action
}

/**
 * After opening an issue: a racing audit may have opened one too. The oldest stays, so every
 * racing audit reaches the same issue whichever lists first; the audit that opened a newer one
 * closes it as not planned (so no audit reopens it) with a note pointing at the kept one, and
 * writes its history to the kept one.
 */
async function reconcileIssues(
  client: GitHubClient,
  target: IssueTarget,
  marker: string,
  synced: SyncedIssue,
  texts: IssueTexts
): Promise<SyncedIssue> {
  const kept = await findOpen(client, target, marker)
  if (!kept || kept.number >= synced.number) return synced
  const { owner, repo } = target
  await client.rest.issues.update({
    owner,
    repo,
    issue_number: synced.number,
    state: 'closed',
    state_reason: 'not_planned'
  })
  if (texts.duplicate) {
    await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: synced.number,
      body: texts.duplicate(kept.number)
    })
  }
  return { action: 'updated', number: kept.number, url: kept.html_url }
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
  const synced = await syncIssueOnly(client, target, marker, state, texts)
  if (synced.action === 'none') return synced
  const result =
    synced.action === 'created' || synced.action === 'reopened'
      ? await reconcileIssues(client, target, marker, synced, texts)
      : synced
  if (texts.state === undefined) return result
  const withState = { ...texts, state: texts.state }
  try {
    return { ...result, state: await upsertStateComment(client, target, result, withState) }
  } catch (error) {
    throw new StateNotWritten(result, error)
  }
}

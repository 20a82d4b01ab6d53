import { STATE_MARKER_START } from '../history/format.js'
import type { GitHubClient } from './client.js'

/**
 * Finding the audit issue and the comment that holds its history, for reading and writing alike:
 * collect reads the history through these (collect/github/previous-audit.ts) and
 * publish/github/issue.ts finds the issue to update with them, so the history read is the
 * history the next audit writes over.
 */

export interface IssueTarget {
  owner: string
  repo: string
  label: string
}

export interface FoundIssue {
  number: number
  body?: string | null
  html_url: string
  state_reason?: string | null
  pull_request?: unknown
}

export interface StateComment {
  id: number
  body: string
  html_url: string
}

export interface PreviousAudit {
  issue?: { number: number; url: string; open: boolean }
  /** The whole body of the comment holding the state, for decodeState. */
  stateText?: string
}

/** A pull request is an issue to the API; a labelled copy without the marker is someone else's. */
export function isOurs(issue: FoundIssue, marker: string): boolean {
  return !issue.pull_request && (issue.body ?? '').includes(marker)
}

/** The open issue with our label and marker; the oldest, should a race have made two. */
export async function findOpen(
  client: GitHubClient,
  target: IssueTarget,
  marker: string
): Promise<FoundIssue | undefined> {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    state: 'open',
    labels: target.label,
    sort: 'created',
    direction: 'asc',
    per_page: 100
  })
  return issues.find(issue => isOurs(issue, marker))
}

/**
 * The issue to reopen: the most recently updated closed one, unless someone closed it as not
 * planned, which is a decision to respect by starting a fresh issue instead.
 */
export async function findClosed(
  client: GitHubClient,
  target: IssueTarget,
  marker: string
): Promise<FoundIssue | undefined> {
  const { data } = await client.rest.issues.listForRepo({
    owner: target.owner,
    repo: target.repo,
    state: 'closed',
    labels: target.label,
    sort: 'updated',
    direction: 'desc',
    per_page: 100
  })
  const last = data.find(issue => isOurs(issue, marker))
  return last && last.state_reason !== 'not_planned' ? last : undefined
}

/** Every comment holding a state, oldest first as GitHub lists them. */
export async function findStateComments(
  client: GitHubClient,
  target: Omit<IssueTarget, 'label'>,
  issueNumber: number
): Promise<StateComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: issueNumber,
    per_page: 100
  })
  return comments
    .filter(comment => comment.body?.includes(STATE_MARKER_START))
    .map(found => ({ id: found.id, body: found.body ?? '', html_url: found.html_url }))
}

/**
 * The comment holding the state. Should a race have left two that no run reconciled, the newest
 * is the one read; the next audit's write joins them (publish/github/issue.ts).
 */
export async function findStateComment(
  client: GitHubClient,
  target: Omit<IssueTarget, 'label'>,
  issueNumber: number
): Promise<StateComment | undefined> {
  return (await findStateComments(client, target, issueNumber)).at(-1)
}

/**
 * The issue the next audit will write to (the open one, else the one it would reopen) and the
 * state kept there. API errors are thrown: the caller makes them one warning line and carries on
 * without a history.
 */
export async function readPreviousAudit(
  client: GitHubClient,
  target: IssueTarget,
  marker: string
): Promise<PreviousAudit> {
  const open = await findOpen(client, target, marker)
  const issue = open ?? (await findClosed(client, target, marker))
  if (!issue) return {}
  const comment = await findStateComment(client, target, issue.number)
  return {
    issue: { number: issue.number, url: issue.html_url, open: open !== undefined },
    ...(comment ? { stateText: comment.body } : {})
  }
}

import type { GitHubClient } from './client.js'
import { statusOf } from './client.js'

/**
 * The audit issue: one open issue per repository and marker, carrying the label. An audit with
 * findings creates it, or refreshes the open one, or reopens the last one it closed; a clean
 * audit closes it with a comment. Text comes from the issue renderer; this only sends it.
 */

export interface IssueTarget {
  owner: string
  repo: string
  label: string
}

export type IssueState = 'findings' | 'clean' | 'incomplete'

export interface IssueTexts {
  title: string
  body: string
  /** Comment posted before closing. */
  resolved: string
  /** Comment posted on reopening. */
  returned: string
}

export type IssueResult =
  | { action: 'created' | 'updated' | 'reopened' | 'closed'; number: number; url: string }
  | { action: 'none' }

interface FoundIssue {
  number: number
  body?: string | null
  html_url: string
  state_reason?: string | null
  pull_request?: unknown
}

const LABEL_COLOUR = 'd93f0b'

function isOurs(issue: FoundIssue, marker: string): boolean {
  return !issue.pull_request && (issue.body ?? '').includes(marker)
}

async function findOpen(
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
async function findClosed(
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

export async function syncIssue(
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

import type { OpenPull, RepositoryTarget } from '../../github/remediation.js'
import { findOpenPull } from '../../github/remediation.js'
import type { GitHubClient } from '../../github/client.js'
import { statusOf } from '../../github/client.js'
import { messageOf } from '../../errors.js'
import type { RemedyFile } from '../../model/remedy.js'

/**
 * One remedy's branch and pull request, through the git data API: a blob per file, a tree on the
 * base branch's tree, a commit on the base branch's tip, then the branch created or moved to it
 * (forced: the branch is Driftwatch's, rebuilt from the base each time); then the open pull
 * request from that branch updated, or one created. GitHub allows one open pull request per
 * branch, so there is never a second for the same remedy. Text arrives rendered; nothing here
 * formats.
 */

export type Permission = 'contents: write' | 'pull-requests: write'

/** A 403 or 404 on a write: the token lacks `permission` (GitHub says "Resource not accessible by integration"). */
export class MissingPermission extends Error {
  constructor(
    readonly permission: Permission,
    readonly status: number,
    cause: unknown
  ) {
    super(
      messageOf(cause)
        .split('\n')[0]
        .replace(/ - https:\/\/docs\.github\.com\S*$/, ''),
      { cause }
    )
  }
}

function denied(error: unknown): boolean {
  const status = statusOf(error)
  return (status === 403 || status === 404) && !/rate limit/i.test(messageOf(error))
}

/** Runs a write, turning a refusal into MissingPermission for the permission it needs. */
async function needing<T>(permission: Permission, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (denied(error)) throw new MissingPermission(permission, statusOf(error) ?? 403, error)
    throw error
  }
}

export interface RemedyPullRequest {
  branch: string
  /** The branch it goes to; the repository's default when the caller does not know better. */
  base: string
  files: RemedyFile[]
  title: string
  body: string
  commitMessage: string
  reviewers: { users: string[]; teams: string[] }
  assignees: string[]
}

export interface PublishedPull {
  action: 'created' | 'updated' | 'unchanged'
  number: number
  url: string
  branch: string
  /** What did not go through (a reviewer GitHub refused), each in one line; the pull request stands. */
  notes: string[]
}

interface BranchCommit {
  sha: string
  /** The branch already held exactly these files on this base. */
  unchanged: boolean
}

async function branchTip(
  client: GitHubClient,
  target: RepositoryTarget,
  branch: string
): Promise<string | undefined> {
  try {
    const { data } = await client.rest.git.getRef({ ...target, ref: `heads/${branch}` })
    return data.object.sha
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

/** The remedy's files as a commit on the base branch's tip, and the branch pointing at it. */
async function commitBranch(
  client: GitHubClient,
  target: RepositoryTarget,
  request: RemedyPullRequest
): Promise<BranchCommit> {
  const baseSha = await branchTip(client, target, request.base)
  if (!baseSha) throw new Error(`the base branch ${request.base} does not exist`)
  const { data: baseCommit } = await client.rest.git.getCommit({ ...target, commit_sha: baseSha })
  const tree = await needing('contents: write', async () => {
    const entries = []
    for (const file of request.files) {
      const { data: blob } = await client.rest.git.createBlob({
        ...target,
        content: Buffer.from(file.content, 'utf8').toString('base64'),
        encoding: 'base64'
      })
      entries.push({
        path: file.path,
        mode: '100644' as const,
        type: 'blob' as const,
        sha: blob.sha
      })
    }
    const { data } = await client.rest.git.createTree({
      ...target,
      base_tree: baseCommit.tree.sha,
      tree: entries
    })
    return data.sha
  })
  const existing = await branchTip(client, target, request.branch)
  if (existing) {
    const { data: tip } = await client.rest.git.getCommit({ ...target, commit_sha: existing })
    if (tip.tree.sha === tree && tip.parents.length === 1 && tip.parents[0].sha === baseSha)
      return { sha: existing, unchanged: true }
  }
  return needing('contents: write', async () => {
    const { data: commit } = await client.rest.git.createCommit({
      ...target,
      message: request.commitMessage,
      tree,
      parents: [baseSha]
    })
    if (existing) {
      await client.rest.git.updateRef({
        ...target,
        ref: `heads/${request.branch}`,
        sha: commit.sha,
        force: true
      })
    } else {
      await client.rest.git.createRef({
        ...target,
        ref: `refs/heads/${request.branch}`,
        sha: commit.sha
      })
    }
    return { sha: commit.sha, unchanged: false }
  })
}

/** Reviewers and assignees not yet on the pull request; a refusal is a note, not a failure. */
async function addPeople(
  client: GitHubClient,
  target: RepositoryTarget,
  number: number,
  request: RemedyPullRequest,
  existing: OpenPull | undefined
): Promise<string[]> {
  const notes: string[] = []
  const users = request.reviewers.users.filter(u => !existing?.reviewers.includes(u))
  const teams = request.reviewers.teams.filter(t => !existing?.teams.includes(t))
  if (users.length > 0 || teams.length > 0) {
    await client.rest.pulls
      .requestReviewers({ ...target, pull_number: number, reviewers: users, team_reviewers: teams })
      .catch((error: unknown) => {
        notes.push(
          `Reviewers from CODEOWNERS could not be requested (${new MissingPermission('pull-requests: write', statusOf(error) ?? 0, error).message}).`
        )
      })
  }
  const assignees = request.assignees.filter(a => !existing?.assignees.includes(a))
  if (assignees.length > 0) {
    await client.rest.issues
      .addAssignees({ ...target, issue_number: number, assignees })
      .catch((error: unknown) => {
        notes.push(`The pull request could not be assigned (${messageOf(error).split('\n')[0]}).`)
      })
  }
  return notes
}

export async function publishRemedyPullRequest(
  client: GitHubClient,
  target: RepositoryTarget,
  request: RemedyPullRequest
): Promise<PublishedPull> {
  const commit = await commitBranch(client, target, request)
  const existing = await findOpenPull(client, target, request.branch)
  let number: number
  let url: string
  let action: PublishedPull['action']
  if (existing) {
    number = existing.number
    url = existing.url
    const same = existing.title === request.title && existing.body === request.body
    if (!same) {
      await needing('pull-requests: write', () =>
        client.rest.pulls.update({
          ...target,
          pull_number: number,
          title: request.title,
          body: request.body
        })
      )
    }
    action = same && commit.unchanged ? 'unchanged' : 'updated'
  } else {
    const { data } = await needing('pull-requests: write', () =>
      client.rest.pulls.create({
        ...target,
        head: request.branch,
        base: request.base,
        title: request.title,
        body: request.body,
        maintainer_can_modify: true
      })
    )
    number = data.number
    url = data.html_url
    action = 'created'
  }
  const notes = await addPeople(client, target, number, request, existing)
  return { action, number, url, branch: request.branch, notes }
}

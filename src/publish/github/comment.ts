import type { GitHubClient } from '../../github/client.js'
import { statusOf } from '../../github/client.js'

/**
 * The pull request comment: one per pull request and marker, created once and then edited in
 * place. A clean run edits it to say so; only a duplicate a racing run left is deleted.
 */

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export type CommentResult = { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }

const DIGEST = /<!-- driftwatch:digest:([0-9a-f]+) -->/

/**
 * Whether an existing body already says what the new one says. Bodies carry a digest of their
 * content without the run link and time but with the commit they reflect: a re-run on the same
 * commit that finds the same thing edits nothing, and a push edits the comment so it names the
 * new commit (an edit notifies no one).
 */
export function sameContent(existing: string, wanted: string): boolean {
  const a = DIGEST.exec(existing)?.[1]
  const b = DIGEST.exec(wanted)?.[1]
  return a !== undefined && b !== undefined ? a === b : existing === wanted
}

/** Deletes a comment a race left behind; one the racing run deleted first is gone already. */
export async function deleteComment(
  client: GitHubClient,
  target: { owner: string; repo: string },
  id: number
): Promise<void> {
  try {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id
    })
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
}

async function ourComments(client: GitHubClient, target: CommentTarget, marker: string) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })
  // Oldest first, as GitHub lists them.
  return comments.filter(comment => comment.body?.includes(marker))
}

/**
 * After creating: a run that raced this one (two matrix jobs, a re-run) may have created one
 * too. The oldest stays, whichever run lists first; the run that created a newer one deletes it.
 */
async function keepOldest(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  created: CommentResult
): Promise<CommentResult> {
  const [kept] = await ourComments(client, target, marker)
  if (!kept || kept.id >= created.id) return created
  await deleteComment(client, target, created.id)
  return { action: 'unchanged', id: kept.id, url: kept.html_url }
}

export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string
): Promise<CommentResult> {
  const { owner, repo, issueNumber } = target
  // Should a race have left two, the oldest is the living one.
  const [existing] = await ourComments(client, target, marker)
  if (!existing) {
    const { data } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body
    })
    const created: CommentResult = { action: 'created', id: data.id, url: data.html_url }
    return keepOldest(client, target, marker, created)
  }
  if (sameContent(existing.body ?? '', body)) {
    return { action: 'unchanged', id: existing.id, url: existing.html_url }
  }
  const { data } = await client.rest.issues.updateComment({
    owner,
    repo,
    comment_id: existing.id,
    body
  })
  return { action: 'updated', id: data.id, url: data.html_url }
}

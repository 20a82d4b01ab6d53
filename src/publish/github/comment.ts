import type { GitHubClient } from '../../github/client.js'

/**
 * The pull request comment: one per pull request and marker, created once and then edited in
 * place. Never deleted: a clean run edits it to say so.
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

export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string
): Promise<CommentResult> {
  const { owner, repo, issueNumber } = target
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })
  // Oldest first, as GitHub lists them: if a race ever left two, the first stays the living one.
  const existing = comments.find(comment => comment.body?.includes(marker))
  if (!existing) {
    const { data } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body
    })
    return { action: 'created', id: data.id, url: data.html_url }
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

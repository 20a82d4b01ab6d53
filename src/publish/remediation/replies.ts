import type { RepositoryTarget } from '../../github/remediation.js'
import type { GitHubClient } from '../../github/client.js'

/**
 * Driftwatch's side of a conversation about a command: 👀 on the command comment as soon as it
 * is read, then one reply on the same issue or pull request. The reply arrives rendered.
 */

export async function acknowledge(
  client: GitHubClient,
  target: RepositoryTarget,
  commentId: number
): Promise<void> {
  await client.rest.reactions.createForIssueComment({
    ...target,
    comment_id: commentId,
    content: 'eyes'
  })
}

export async function reply(
  client: GitHubClient,
  target: RepositoryTarget,
  issueNumber: number,
  body: string
): Promise<{ url: string }> {
  const { data } = await client.rest.issues.createComment({
    ...target,
    issue_number: issueNumber,
    body
  })
  return { url: data.html_url }
}

import type { Annotation } from '../../render/annotations.js'
import type { GitHubClient } from '../../github/client.js'

/**
 * A check run carrying every annotation, for when workflow commands are not enough (GitHub shows
 * only 10 warnings and 10 errors of a step). The Checks API takes at most 50 annotations per
 * request; later updates append to the earlier ones.
 */

export const ANNOTATIONS_PER_REQUEST = 50

export interface CheckRunTarget {
  owner: string
  repo: string
  headSha: string
}

export interface CheckRunText {
  name: string
  title: string
  summary: string
  conclusion: 'success' | 'neutral' | 'failure'
}

interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
}

/** Only placed annotations can go to the Checks API: it requires a path and a line. */
function toCheckAnnotations(annotations: Annotation[]): CheckAnnotation[] {
  return annotations.flatMap(a =>
    a.file && a.line
      ? [
          {
            path: a.file,
            start_line: a.line,
            end_line: a.line,
            annotation_level: a.level === 'error' ? 'failure' : 'warning',
            title: a.title,
            message: a.message
          } satisfies CheckAnnotation
        ]
      : []
  )
}

export async function publishCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  text: CheckRunText,
  annotations: Annotation[]
): Promise<{ id: number; url: string; annotations: number; requests: number }> {
  const all = toCheckAnnotations(annotations)
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < all.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(all.slice(i, i + ANNOTATIONS_PER_REQUEST))
  if (batches.length === 0) batches.push([])

  const output = (batch: CheckAnnotation[]) => ({
    title: text.title,
    summary: text.summary,
    annotations: batch
  })
  const finished = { status: 'completed' as const, conclusion: text.conclusion }
  const only = batches.length === 1
  const { data } = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: text.name,
    head_sha: target.headSha,
    ...(only ? finished : { status: 'in_progress' as const }),
    output: output(batches[0])
  })
  try {
    for (let i = 1; i < batches.length; i++) {
      const last = i === batches.length - 1
      await client.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: data.id,
        ...(last ? finished : {}),
        output: output(batches[i])
      })
    }
  } catch (error) {
    // A run left in_progress shows as pending on the pull request forever: complete it with what
    // it has before reporting the failure.
    await client.rest.checks
      .update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: data.id,
        ...finished,
        output: { title: text.title, summary: text.summary }
      })
      .catch(() => undefined)
    throw error
  }
  return {
    id: data.id,
    url: data.html_url ?? '',
    annotations: all.length,
    requests: batches.length
  }
}

import type { GitHubClient } from './client.js'
import { statusOf } from './client.js'

/**
 * What remediation reads from GitHub: Driftwatch's remediation pull requests (known by their
 * branch and the hidden marker their description starts with), a commenter's permission on the
 * repository, and a file of a branch. The marker is written and read here, so the two agree.
 */

export interface RepositoryTarget {
  owner: string
  repo: string
}

/** Every remediation branch lies under this prefix: `driftwatch/adopt/infra-prod`. */
export const BRANCH_PREFIX = 'driftwatch/'

const MARKER_START = '<!-- driftwatch:remedy:'
const MARKER = /<!-- driftwatch:remedy:([A-Za-z0-9+/=]+) -->/

/** What the marker holds: the remedy and root, and the findings it addresses, by history key. */
export interface RemedyMarker {
  kind: string
  root: string
  keys: string[]
}

/** Base64 of JSON: nothing a root or an ARN holds can end the HTML comment early. */
export function encodeRemedyMarker(marker: RemedyMarker): string {
  const json = JSON.stringify({ kind: marker.kind, root: marker.root, keys: marker.keys })
  return `${MARKER_START}${Buffer.from(json, 'utf8').toString('base64')} -->`
}

/** A description anyone with write access can edit: what does not parse is no marker. */
export function decodeRemedyMarker(body: string | null | undefined): RemedyMarker | undefined {
  const encoded = MARKER.exec(body ?? '')?.[1]
  if (!encoded) return undefined
  try {
    const value = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as unknown
    if (!value || typeof value !== 'object') return undefined
    const { kind, root, keys } = value as Record<string, unknown>
    if (typeof kind !== 'string' || typeof root !== 'string' || !Array.isArray(keys))
      return undefined
    return { kind, root, keys: keys.filter((k): k is string => typeof k === 'string') }
  } catch {
    return undefined
  }
}

export interface RemediationPull extends RemedyMarker {
  number: number
  url: string
  branch: string
  state: 'open' | 'closed'
  merged: boolean
}

/** Pull requests looked through for remediation ones: the most recently updated first. */
const RECENT_PULLS = 100

/**
 * Driftwatch's remediation pull requests among the repository's most recently updated: the open
 * ones to link, the merged ones to say which finding they resolved.
 */
export async function listRemediationPulls(
  client: GitHubClient,
  target: RepositoryTarget
): Promise<RemediationPull[]> {
  const { data } = await client.rest.pulls.list({
    ...target,
    state: 'all',
    sort: 'updated',
    direction: 'desc',
    per_page: RECENT_PULLS
  })
  return data.flatMap(pull => {
    const marker = pull.head.ref.startsWith(BRANCH_PREFIX)
      ? decodeRemedyMarker(pull.body)
      : undefined
    if (!marker) return []
    return [
      {
        ...marker,
        number: pull.number,
        url: pull.html_url,
        branch: pull.head.ref,
        state: pull.state === 'open' ? ('open' as const) : ('closed' as const),
        merged: Boolean(pull.merged_at)
      }
    ]
  })
}

export interface OpenPull {
  number: number
  url: string
  title: string
  body: string
  reviewers: string[]
  teams: string[]
  assignees: string[]
}

/** The open pull request from `branch`, if any: GitHub allows one per head and base. */
export async function findOpenPull(
  client: GitHubClient,
  target: RepositoryTarget,
  branch: string
): Promise<OpenPull | undefined> {
  const { data } = await client.rest.pulls.list({
    ...target,
    head: `${target.owner}:${branch}`,
    state: 'open',
    per_page: 10
  })
  const pull = data[0]
  if (!pull) return undefined
  return {
    number: pull.number,
    url: pull.html_url,
    title: pull.title,
    body: pull.body ?? '',
    reviewers: (pull.requested_reviewers ?? []).map(user => user.login),
    teams: (pull.requested_teams ?? []).map(team => team.slug),
    assignees: (pull.assignees ?? []).map(user => user.login)
  }
}

/** Roles that may ask Driftwatch to open pull requests. */
const WRITERS = new Set(['admin', 'maintain', 'write'])

/**
 * Whether `user` may write to the repository, as the API says (its `role_name` names maintain,
 * which `permission` reports as write); a user the API does not know may not.
 */
export async function canWrite(
  client: GitHubClient,
  target: RepositoryTarget,
  user: string
): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
      ...target,
      username: user
    })
    return WRITERS.has(data.permission) || WRITERS.has(data.role_name)
  } catch (error) {
    if (statusOf(error) === 404) return false
    throw error
  }
}

/** A file of a branch as text, or undefined where the branch or the file is not there. */
export async function readBranchFile(
  client: GitHubClient,
  target: RepositoryTarget,
  path: string,
  branch: string
): Promise<string | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...target, path, ref: branch })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined
    return Buffer.from(data.content, 'base64').toString('utf8')
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

/** The branch pull requests go to when the event names none: the repository's default. */
export async function defaultBranch(
  client: GitHubClient,
  target: RepositoryTarget
): Promise<string> {
  const { data } = await client.rest.repos.get({ owner: target.owner, repo: target.repo })
  return data.default_branch
}

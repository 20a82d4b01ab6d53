import { readFileSync } from 'node:fs'
import type { Publish } from '../../inputs.js'

/**
 * Which repository, event and pull request a run belongs to, from the variables and the event
 * payload file every runner provides; and, from that and the `publish` input, where results go.
 */

export const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])
export const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch'])

export interface EventContext {
  eventName: string
  owner: string
  repo: string
  pullNumber?: number
  /** The commit a check run belongs to: a pull request's head, not the merge commit. */
  headSha?: string
  /** A pull request from another repository: its `pull_request` token is read-only. */
  fromFork: boolean
}

interface Payload {
  pull_request?: {
    number?: number
    head?: { sha?: string; repo?: { full_name?: string } | null }
    base?: { repo?: { full_name?: string } }
  }
}

/** Read synchronously: the run context needs it before anything asynchronous starts. */
function readPayload(path: string | undefined): Payload {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Payload
  } catch {
    return {}
  }
}

/** For a pull request GITHUB_SHA is a merge commit GitHub made; the head is what was pushed. */
function headShaOf(payload: Payload, env: NodeJS.ProcessEnv): string | undefined {
  return payload.pull_request?.head?.sha ?? env.GITHUB_SHA
}

/** The commit a run reflects: a pull request's head, else GITHUB_SHA. */
export function headCommit(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return headShaOf(readPayload(env.GITHUB_EVENT_PATH), env)
}

export async function readEventContext(
  env: NodeJS.ProcessEnv = process.env
): Promise<EventContext | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return undefined
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pr = payload.pull_request
  const headRepo = pr?.head?.repo?.full_name
  const baseRepo = pr?.base?.repo?.full_name ?? `${owner}/${repo}`
  const headSha = headShaOf(payload, env)
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    ...(typeof pr?.number === 'number' ? { pullNumber: pr.number } : {}),
    ...(headSha ? { headSha } : {}),
    fromFork: headRepo !== undefined && headRepo !== baseRepo
  }
}

export interface Targets {
  comment: boolean
  issue: boolean
}

/** `auto`: pull request events comment, scheduled and manual runs keep the audit issue. */
export function publishTargets(publish: Publish[], eventName: string): Targets {
  if (publish.includes('none')) return { comment: false, issue: false }
  if (publish.includes('auto')) {
    return {
      comment: PULL_REQUEST_EVENTS.has(eventName),
      issue: AUDIT_EVENTS.has(eventName)
    }
  }
  return { comment: publish.includes('comment'), issue: publish.includes('issue') }
}

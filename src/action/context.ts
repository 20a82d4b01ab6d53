import { readFileSync } from 'node:fs'
import type { Inputs } from '../inputs/options.js'
import type { EventContext } from '../publish/github/context.js'
import { publishTargets } from '../publish/github/context.js'
import type { RunContext } from '../model/report.js'

/**
 * Which repository, event, pull request and commit a run belongs to, from the variables and the
 * event payload file every runner provides.
 */

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
function headCommit(env: NodeJS.ProcessEnv = process.env): string | undefined {
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

/**
 * Where the run comes from, from the variables every GitHub runner sets; for a pull request, the
 * head commit from the event payload.
 */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const sha = headCommit(env)
  return {
    ...(env.GITHUB_EVENT_NAME ? { event: env.GITHUB_EVENT_NAME } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    ...(sha ? { sha } : {})
  }
}

/**
 * How a run uses the audit history: one that keeps the audit issue advances it (`audit`); a pull
 * request run that comments compares its findings with it; other runs (and runs without a token
 * or repository) have none.
 */
export function historyKind(
  inputs: Inputs,
  event: EventContext | undefined
): 'audit' | 'pull-request' | undefined {
  if (!event || !inputs.githubToken) return undefined
  const targets = publishTargets(inputs.publish, event.eventName)
  if (targets.issue) return 'audit'
  return targets.comment && event.pullNumber !== undefined ? 'pull-request' : undefined
}

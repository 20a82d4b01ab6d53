import { getOctokit } from '@actions/github'
import type { Octokit } from '@octokit/core'
import Bottleneck from 'bottleneck/light.js'
import { randomUUID } from 'node:crypto'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { FaultKind } from '../faults.js'
import { foreignDetail, isHtmlPage, isLasting } from '../faults.js'

/**
 * The one Octokit client: @actions/github's (GITHUB_API_URL honoured, so GitHub Enterprise
 * Server works, proxy settings of the runner applied), with the retry plugin for 5xx and other
 * transient failures, the throttling plugin for rate limits, and the rule every client shares
 * (faults.ts) for what no retry heals. It sits below the stages because both use it: collect
 * reads the audit issue's history (collect/github/previous-audit.ts) and publish writes the
 * comment, the issue and the check run.
 */

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientLog {
  info(message: string): void
}

/** Retries after a server error; GitHub's own guidance is a few, spaced out. */
const RETRIES = 3
/** Rate-limit retries: a bounded few, and only for waits a CI job can afford. */
const RATE_LIMIT_RETRIES = 2
const RATE_LIMIT_MAX_WAIT_S = 60

/**
 * Base of every back-off and spacing, in ms. The plugins' default is 1 s; DRIFTWATCH_RETRY_BASE_MS
 * lets the test suite keep the real retry and spacing logic while waiting milliseconds.
 */
export function retryBaseMs(env: NodeJS.ProcessEnv): number {
  const value = Number(env.DRIFTWATCH_RETRY_BASE_MS)
  return Number.isFinite(value) && value >= 0 && env.DRIFTWATCH_RETRY_BASE_MS !== '' ? value : 1000
}

/**
 * The throttling plugin's spacing of writes (1 s apart) and of requests that notify people
 * (issues and comments created: 3 s apart), as GitHub asks of integrations, in units of the base
 * above. Made once per base, like the plugin's own groups; each client is its own key in them.
 */
const spacingGroups = new Map<
  number,
  { write: Bottleneck.Group; notifications: Bottleneck.Group }
>()

function spacing(base: number) {
  let groups = spacingGroups.get(base)
  if (!groups) {
    groups = {
      write: new Bottleneck.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: base }),
      notifications: new Bottleneck.Group({
        id: 'octokit-notifications',
        maxConcurrent: 1,
        minTime: 3 * base
      })
    }
    spacingGroups.set(base, groups)
  }
  return groups
}

export interface GitHubFault {
  kind: FaultKind
  /** The HTTP status, when GitHub (or something in between) answered. */
  status?: number
  /** For a foreign answer, what it was: `HTTP 502, an HTML page`. */
  detail?: string
}

/**
 * What a failed request met, in the kinds every client shares. GitHub's API answers JSON, errors
 * included; an HTML page or a body that does not parse is a proxy's or an outage page's, however
 * transient its status looks. A 403 is a rate limit when GitHub says so (message or headers).
 */
export function githubFault(error: unknown): GitHubFault {
  const e = error as {
    message?: string
    response?: { headers?: Record<string, string | undefined>; data?: unknown }
    cause?: unknown
  }
  // An error of Driftwatch's own about a failed request (StateNotWritten) carries it as cause.
  if (!e?.response && e?.cause && statusOf(e.cause) !== undefined) return githubFault(e.cause)
  const status = statusOf(error)
  // Octokit gives a request that got no answer (network, abort) status 500 and no response.
  if (!e?.response) return { kind: 'unreachable' }
  const headers = e.response.headers ?? {}
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (/rate limit/i.test(e.message ?? '') || headers['x-ratelimit-remaining'] === '0'))
  if (rateLimited) return { kind: 'throttled', status }
  const data = e.response.data
  const html = typeof data === 'string' && isHtmlPage(data)
  if (html || typeof data !== 'object' || data === null || data instanceof ArrayBuffer) {
    return { kind: 'foreign', status, detail: foreignDetail(status, html) }
  }
  if (status === 401) return { kind: 'expired', status }
  if (status === 403) return { kind: 'denied', status }
  return { kind: status !== undefined && status >= 500 ? 'failing' : 'other', status }
}

/**
 * plugin-retry retries every status its `doNotRetry` list does not name, a proxy's HTML 502 too.
 * This hook runs inside it (a plugin given before it) and sets `request.retries`, which it reads
 * for that one request, to 0 for a fault no retry heals. Rate limits stay the throttling plugin's.
 */
function failFast(octokit: Octokit): void {
  octokit.hook.error('request', (error, options) => {
    if (isLasting(githubFault(error).kind)) options.request = { ...options.request, retries: 0 }
    throw error
  })
}

export function createClient(
  token: string,
  log: ClientLog,
  env: NodeJS.ProcessEnv = process.env
): GitHubClient {
  const base = retryBaseMs(env)
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _: unknown, count: number) => {
      const retrying = count < RATE_LIMIT_RETRIES && retryAfter <= RATE_LIMIT_MAX_WAIT_S
      log.info(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}: ${
          retrying ? `retrying in ${retryAfter} s` : 'giving up'
        }`
      )
      return retrying
    }
  return getOctokit(
    token,
    {
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL.replace(/\/+$/, '') } : {}),
      retry: { retries: RETRIES, retryAfterBaseValue: base },
      throttle: {
        // The plugin spaces writes per id across every client of the process; one id per client
        // keeps that spacing for each run's own requests without clients waiting on each other.
        id: randomUUID(),
        ...spacing(base),
        retryAfterBaseValue: base,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary')
      }
    },
    failFast,
    retry,
    throttling
  )
}

/** The HTTP status of a failed request, when it was one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' ? status : undefined
}

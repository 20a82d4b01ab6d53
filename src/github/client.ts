import { getOctokit } from '@actions/github'
import Bottleneck from 'bottleneck/light.js'
import { randomUUID } from 'node:crypto'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/**
 * The one Octokit client: @actions/github's (GITHUB_API_URL honoured, so GitHub Enterprise
 * Server works, proxy settings of the runner applied), with the retry plugin for 5xx and other
 * transient failures and the throttling plugin for rate limits. It sits below the stages because
 * both use it: collect reads the audit issue's history (collect/github/previous-audit.ts) and
 * publish writes the comment, the issue and the check run.
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
    retry,
    throttling
  )
}

/** The HTTP status of a failed request, when it was one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' ? status : undefined
}

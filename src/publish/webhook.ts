import type { WebhookPayload } from '../render/slack.js'

/**
 * Posts the notification to a Slack-compatible incoming webhook (the notify-webhook-url secret).
 * Never throws: a webhook that fails costs one warning, and the step's result is left to the
 * findings. The URL is the credential (Slack's embeds a token), so no line this writes contains
 * it, nor any message from fetch, which can quote it.
 */

export interface WebhookLog {
  warning(message: string): void
}

export interface WebhookOptions {
  /** Per attempt, from sending to the end of the answer. */
  timeoutMs?: number
  /** A 429 asking for a longer wait is given up on: the job should not idle for the chat. */
  maxRetryAfterMs?: number
  /** Retries after a 429. */
  rateLimitRetries?: number
  /** Retries after a 5xx. */
  serverErrorRetries?: number
  /** The first wait after a 5xx, doubled each time; also the wait for a 429 without Retry-After. */
  backoffMs?: number
  sleep?: (ms: number) => Promise<void>
}

const DEFAULTS: Required<WebhookOptions> = {
  timeoutMs: 10_000,
  maxRetryAfterMs: 30_000,
  rateLimitRetries: 2,
  serverErrorRetries: 2,
  backoffMs: 1_000,
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

const PREFIX = 'Driftwatch could not notify the webhook'

type Attempt =
  | { kind: 'answer'; status: number; retryAfterMs: number | undefined; detail: string }
  | { kind: 'timeout' }
  | { kind: 'network'; code: string }

/** Retry-After in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/**
 * Slack answers an error with a short code such as `no_service` or `channel_is_archived`, which
 * says what to fix. Anything longer or freer is dropped: the body is the server's, not ours.
 */
function errorCode(body: string, url: string): string {
  const text = body.trim()
  return /^[a-z_]{1,40}$/.test(text) && !url.includes(text) ? text : ''
}

/** undici reports a refused or unresolvable host as a TypeError whose cause carries the code. */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause
  const code = cause?.code
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : ''
}

async function attempt(url: string, body: string, timeoutMs: number): Promise<Attempt> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
      signal: AbortSignal.timeout(timeoutMs)
    })
    const text = await response.text()
    return {
      kind: 'answer',
      status: response.status,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
      detail: errorCode(text, url)
    }
  } catch (error) {
    // A DOMException, which is not an Error of every realm (Jest's included): read its name.
    if ((error as { name?: unknown } | null)?.name === 'TimeoutError') return { kind: 'timeout' }
    return { kind: 'network', code: networkCode(error) }
  }
}

function seconds(ms: number): number {
  return Number((ms / 1000).toFixed(1))
}

function httpStatus(answer: Extract<Attempt, { kind: 'answer' }>): string {
  return `HTTP ${answer.status}${answer.detail ? `: ${answer.detail}` : ''}`
}

function describeFailure(result: Attempt, attempts: number, options: Required<WebhookOptions>) {
  if (result.kind === 'timeout')
    return `${PREFIX}: it did not answer within ${seconds(options.timeoutMs)} s.`
  if (result.kind === 'network')
    return (
      `${PREFIX} (${result.code || 'network error'}): check the notify-webhook-url secret and ` +
      `that the runner can reach it.`
    )
  if (result.status === 429) {
    const wait =
      result.retryAfterMs === undefined ? '' : `, asked to wait ${seconds(result.retryAfterMs)} s`
    return `${PREFIX} (${httpStatus(result)}${wait}): it is rate limited; this change is not announced.`
  }
  if (result.status >= 500)
    return `${PREFIX} (${httpStatus(result)}, ${attempts} attempts): the service seems to be down.`
  if ([401, 403, 404, 410].includes(result.status))
    return `${PREFIX} (${httpStatus(result)}): check the notify-webhook-url secret.`
  return `${PREFIX} (${httpStatus(result)}): it refused the message.`
}

/**
 * The wait before the next attempt, or undefined to stop. Written by hand because a webhook is
 * one POST with no SDK to lean on: a 429 is retried after Retry-After (Slack's documented
 * answer), a 5xx after a short doubling backoff, and nothing else, since a POST that timed out
 * may have been delivered and a 4xx will not change.
 */
function nextWait(
  result: Attempt,
  retried: { rateLimit: number; serverError: number },
  options: Required<WebhookOptions>
): number | undefined {
  if (result.kind !== 'answer') return undefined
  if (result.status === 429) {
    const wait = result.retryAfterMs ?? options.backoffMs
    if (retried.rateLimit >= options.rateLimitRetries || wait > options.maxRetryAfterMs)
      return undefined
    retried.rateLimit++
    return wait
  }
  if (result.status >= 500 && retried.serverError < options.serverErrorRetries) {
    return options.backoffMs * 2 ** retried.serverError++
  }
  return undefined
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) && URL.canParse(url)
}

/** Posts `payload` as JSON; true once the webhook accepted it. */
export async function sendWebhook(
  url: string,
  payload: WebhookPayload,
  log: WebhookLog,
  options: WebhookOptions = {}
): Promise<boolean> {
  const given = Object.entries(options).filter(([, setting]) => setting !== undefined)
  const settings: Required<WebhookOptions> = { ...DEFAULTS, ...Object.fromEntries(given) }
  if (!isHttpUrl(url)) {
    log.warning(`${PREFIX}: the notify-webhook-url secret is not an http(s) URL.`)
    return false
  }
  const body = JSON.stringify(payload)
  const retried = { rateLimit: 0, serverError: 0 }
  for (let attempts = 1; ; attempts++) {
    const result = await attempt(url, body, settings.timeoutMs)
    if (result.kind === 'answer' && result.status >= 200 && result.status < 300) return true
    const wait = nextWait(result, retried, settings)
    if (wait === undefined) {
      log.warning(describeFailure(result, attempts, settings))
      return false
    }
    await settings.sleep(wait)
  }
}

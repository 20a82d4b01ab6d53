import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Loopback } from './loopback.js'
import { listenOnLoopback } from './loopback.js'

/**
 * A stand-in for a Slack-compatible incoming webhook, on loopback. It records every post with its
 * body parsed and answers `ok` as Slack does, or, in turn, the answers queued with `answerNext`,
 * so tests drive the real fetch through rate limits, outages and a revoked webhook.
 */

export interface RecordedPost {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  /** Parsed JSON, or the raw text when it is not JSON. */
  body: unknown
  status: number
}

export interface QueuedAnswer {
  status: number
  headers?: Record<string, string>
  /** Slack answers errors with a short code such as `no_service`. */
  body?: string
  /** Waits this long before answering, to outlast a client's timeout. */
  delayMs?: number
}

/** Shaped like a Slack webhook URL: the path is the credential, so tests can look for its leak. */
export const WEBHOOK_PATH = '/services/T0DRIFT/B0WATCH/s3cr3tW3bh00kT0k3nDoNotLeak'
export const WEBHOOK_TOKEN = 's3cr3tW3bh00kT0k3nDoNotLeak'

export class WebhookStandIn {
  readonly posts: RecordedPost[] = []
  /** The full webhook URL, secret path included. */
  url = ''
  private queue: QueuedAnswer[] = []
  private loopback: Loopback | undefined

  private constructor() {}

  static async start(): Promise<WebhookStandIn> {
    const instance = new WebhookStandIn()
    instance.loopback = await listenOnLoopback((req, res) => void instance.handle(req, res))
    instance.url = `${instance.loopback.url}${WEBHOOK_PATH}`
    return instance
  }

  async stop(): Promise<void> {
    await this.loopback?.close()
  }

  /** Forgets posts and queued answers, between tests. */
  reset(): void {
    this.posts.length = 0
    this.queue = []
  }

  /** The next requests get these answers, one each, in order; later ones get 200 `ok`. */
  answerNext(...answers: QueuedAnswer[]): void {
    this.queue.push(...answers)
  }

  /** The `text` of every post, in order. */
  texts(): string[] {
    return this.posts.map(post => String((post.body as { text?: unknown } | undefined)?.text))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const record: RecordedPost = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: parse(text),
      status: 0
    }
    this.posts.push(record)
    const answer = this.answerFor(record)
    if (answer.delayMs) await lingering(res, answer.delayMs)
    if (res.destroyed) return
    record.status = answer.status
    res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers })
    res.end(answer.body ?? (answer.status < 400 ? 'ok' : ''))
  }

  /** What a real webhook would say to a request the queue does not decide. */
  private answerFor(record: RecordedPost): QueuedAnswer {
    const queued = this.queue.shift()
    if (queued) return queued
    if (record.method !== 'POST') return { status: 405, body: 'invalid_method' }
    if (record.path !== WEBHOOK_PATH) return { status: 404, body: 'no_service' }
    const body = record.body as { text?: unknown } | undefined
    if (typeof body?.text !== 'string' || body.text === '') return { status: 400, body: 'no_text' }
    return { status: 200 }
  }
}

/** Waits `ms`, or less once the client hangs up, so no timer outlives the test that set it. */
function lingering(res: ServerResponse, ms: number): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(resolve, ms)
    res.once('close', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return text
  }
}

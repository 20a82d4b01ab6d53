import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Loopback } from './loopback.js'
import { listenOnLoopback } from './loopback.js'

/**
 * A stand-in for the parts of GitHub's REST API Driftwatch uses, on loopback, in memory: issues
 * (pull requests are issues too, as on GitHub), issue comments, labels and check runs, with
 * Link-header pagination. It records every request and can be told to fail, so tests drive the
 * real Octokit client (retry and throttling plugins included) and assert on what a user would see.
 */

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  body: unknown
  status: number
}

export interface StoredComment {
  id: number
  issueNumber: number
  body: string
  createdAt: string
  updatedAt: string
}

export interface StoredIssue {
  number: number
  title: string
  body: string
  labels: string[]
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | null
  pullRequest: boolean
  /** As on GitHub, an edit or a new comment makes it more recent; `sort=updated` lists by it. */
  updatedAt: string
}

export interface StoredCheckRun {
  id: number
  name: string
  headSha: string
  status: string
  conclusion: string | null
  title: string
  summary: string
  annotations: Record<string, unknown>[]
  /** Annotation counts of each request that carried some: proves the 50-per-request limit. */
  batches: number[]
}

/** Requests held back until `count` matching ones are in (see hold). */
interface Hold {
  method: string
  path: RegExp
  count: number
  waiting: (() => void)[]
}

interface Fault {
  method: string
  path: RegExp
  status: number
  times: number
  message: string
  headers: Record<string, string>
  /** An HTML page instead of GitHub's JSON, as a proxy or an outage page answers. */
  html?: string
}

/** What a proxy in front of GitHub answers when GitHub does not: nginx's 502 page. */
export const PROXY_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

const BODY_LIMIT = 65_536
const ANNOTATIONS_PER_REQUEST = 50

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

export class GitHubServer {
  readonly requests: RecordedRequest[] = []
  readonly issues = new Map<number, StoredIssue>()
  readonly comments: StoredComment[] = []
  readonly labels = new Map<string, { name: string; color: string; description: string }>()
  readonly checkRuns: StoredCheckRun[] = []
  /** Every write answers 403, as with a fork pull request's read-only token. */
  readOnly = false
  url = ''
  private faults: Fault[] = []
  private holds: Hold[] = []
  private nextIssue = 1
  private nextId = 1000
  private clock = Date.parse('2026-11-24T09:00:00Z')

  private loopback: Loopback | undefined

  private constructor() {}

  static async start(): Promise<GitHubServer> {
    const instance = new GitHubServer()
    instance.loopback = await listenOnLoopback((req, res) => void instance.handle(req, res))
    instance.url = instance.loopback.url
    return instance
  }

  async stop(): Promise<void> {
    await this.loopback?.close()
  }

  /** Forgets everything but the address, between tests. */
  reset(): void {
    this.requests.length = 0
    this.issues.clear()
    this.comments.length = 0
    this.labels.clear()
    this.checkRuns.length = 0
    this.faults = []
    this.holds = []
    this.readOnly = false
    this.nextIssue = 1
  }

  /**
   * The next `times` requests matching method and path answer `status`. A 429 or a 403 whose
   * message says "secondary rate limit" carries `retry-after: 1`; a 403 otherwise says
   * "Resource not accessible by integration", as GitHub does for a token without the permission.
   * With `html`, the answer is that page (text/html) instead of GitHub's JSON.
   */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    times = 1,
    options: { message?: string; headers?: Record<string, string>; html?: string } = {}
  ): void {
    const message =
      options.message ??
      (status === 429
        ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        : status === 403
          ? 'Resource not accessible by integration'
          : 'Server Error')
    const headers = {
      ...(status === 429 || /secondary rate limit/.test(message) ? { 'retry-after': '1' } : {}),
      ...options.headers
    }
    this.faults.push({
      method: method.toUpperCase(),
      path,
      status,
      times,
      message,
      headers,
      ...(options.html !== undefined ? { html: options.html } : {})
    })
  }

  /**
   * The next `count` requests matching method and path are held until the last of them is in,
   * then answered in the order they came: two runs racing to write have then both read, with no
   * timing involved. A test whose runs never send `count` of them times out.
   */
  hold(method: string, path: RegExp, count = 2): void {
    this.holds.push({ method: method.toUpperCase(), path, count, waiting: [] })
  }

  private async held(record: RecordedRequest): Promise<void> {
    const hold = this.holds.find(
      h => h.waiting.length < h.count && h.method === record.method && h.path.test(record.path)
    )
    if (!hold) return
    const released = new Promise<void>(resolve => hold.waiting.push(resolve))
    if (hold.waiting.length === hold.count) {
      this.holds = this.holds.filter(h => h !== hold)
      for (const release of hold.waiting) release()
    }
    await released
  }

  addPullRequest(number?: number): number {
    const n = number ?? this.nextIssue
    this.nextIssue = Math.max(this.nextIssue, n + 1)
    this.issues.set(n, {
      number: n,
      title: `Pull request ${n}`,
      body: '',
      labels: [],
      state: 'open',
      stateReason: null,
      pullRequest: true,
      updatedAt: this.tick()
    })
    return n
  }

  addIssue(fields: Partial<StoredIssue> & { title: string }): StoredIssue {
    const issue: StoredIssue = {
      number: this.nextIssue++,
      body: '',
      labels: [],
      state: 'open',
      stateReason: null,
      pullRequest: false,
      updatedAt: this.tick(),
      ...fields
    }
    this.issues.set(issue.number, issue)
    return issue
  }

  addComment(issueNumber: number, body: string): StoredComment {
    const now = this.tick()
    const comment = { id: this.nextId++, issueNumber, body, createdAt: now, updatedAt: now }
    this.comments.push(comment)
    const issue = this.issues.get(issueNumber)
    if (issue) issue.updatedAt = now
    return comment
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter(c => c.issueNumber === issueNumber)
  }

  /** Requests that changed something, as `METHOD /path`, for asserting what a run did. */
  /** Driftwatch's audit issues, known by the hidden marker their description starts with. */
  auditIssues(): StoredIssue[] {
    return [...this.issues.values()].filter(i => i.body.startsWith('<!-- driftwatch:issue:'))
  }

  writes(): string[] {
    return this.requests
      .filter(r => r.method !== 'GET' && r.status < 400)
      .map(r => `${r.method} ${r.path}`)
  }

  private tick(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString()
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    let body: unknown = undefined
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      status: 0
    }
    this.requests.push(record)
    await this.held(record)

    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        ...headers
      })
      res.end(payload === undefined ? '' : JSON.stringify(payload))
    }

    const fault = this.faults.find(
      f => f.times > 0 && f.method === record.method && f.path.test(record.path)
    )
    if (fault?.html !== undefined) {
      fault.times--
      record.status = fault.status
      res.writeHead(fault.status, { 'content-type': 'text/html', ...fault.headers })
      res.end(fault.html)
      return
    }
    if (fault) {
      fault.times--
      send(
        fault.status,
        { message: fault.message, documentation_url: 'https://docs.github.com/rest' },
        fault.headers
      )
      return
    }
    if (!/^(token|Bearer) \S+/.test(String(req.headers.authorization ?? ''))) {
      send(401, { message: 'Requires authentication' })
      return
    }
    if (this.readOnly && record.method !== 'GET') {
      send(403, { message: 'Resource not accessible by integration' })
      return
    }
    try {
      const result = this.route(record, url)
      if (result.page) {
        const { items, link } = this.paginate(result.page, url)
        send(200, items, link ? { link } : {})
      } else {
        send(result.status ?? 200, result.data)
      }
    } catch (error) {
      if (error instanceof HttpError) send(error.status, { message: error.message })
      else send(500, { message: String(error) })
    }
  }

  private paginate(all: unknown[], url: URL): { items: unknown[]; link?: string } {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30))
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const items = all.slice((page - 1) * perPage, page * perPage)
    const at = (n: number) => {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(n))
      next.searchParams.set('per_page', String(perPage))
      return next.toString()
    }
    const links: string[] = []
    if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`)
    if (page > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`)
    return { items, ...(links.length > 0 ? { link: links.join(', ') } : {}) }
  }

  private route(
    req: RecordedRequest,
    url: URL
  ): { status?: number; data?: unknown; page?: unknown[] } {
    const m = (pattern: RegExp) => pattern.exec(req.path)
    const body = (req.body ?? {}) as Record<string, unknown>
    let match: RegExpExecArray | null

    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const issue = this.issue(Number(match[1]))
      if (req.method === 'GET')
        return { page: this.commentsOn(issue.number).map(c => this.commentJson(c)) }
      if (req.method === 'POST') {
        const comment = this.addComment(issue.number, this.text(body.body))
        return { status: 201, data: this.commentJson(comment) }
      }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      const comment = this.comments.find(c => c.id === Number(match?.[1]))
      if (!comment) throw new HttpError(404, 'Not Found')
      if (req.method === 'PATCH') {
        comment.body = this.text(body.body)
        comment.updatedAt = this.tick()
      }
      if (req.method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(comment), 1)
        return { status: 204 }
      }
      return { data: this.commentJson(comment) }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/issues$/))) {
      if (req.method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open'
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
        let list = [...this.issues.values()].filter(
          i => (state === 'all' || i.state === state) && labels.every(l => i.labels.includes(l))
        )
        if (url.searchParams.get('sort') === 'updated')
          list.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.number - b.number)
        else list.sort((a, b) => a.number - b.number)
        if (url.searchParams.get('direction') !== 'asc') list = list.reverse()
        return { page: list.map(i => this.issueJson(i)) }
      }
      if (req.method === 'POST') {
        const labels = (Array.isArray(body.labels) ? body.labels : []).map(String)
        for (const name of labels)
          if (!this.labels.has(name))
            this.labels.set(name, { name, color: 'ededed', description: '' })
        const issue = this.addIssue({
          title: this.text(body.title),
          body: this.text(body.body),
          labels
        })
        return { status: 201, data: this.issueJson(issue) }
      }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/))) {
      const issue = this.issue(Number(match[1]))
      if (req.method === 'PATCH') {
        if (body.title !== undefined) issue.title = String(body.title)
        if (body.body !== undefined) issue.body = this.text(body.body)
        if (body.state === 'closed') {
          issue.state = 'closed'
          issue.stateReason = (body.state_reason as StoredIssue['stateReason']) ?? 'completed'
        } else if (body.state === 'open' && issue.state === 'closed') {
          issue.state = 'open'
          issue.stateReason = 'reopened'
        }
        issue.updatedAt = this.tick()
      }
      return { data: this.issueJson(issue) }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/labels\/(.+)$/)) && req.method === 'GET') {
      const label = this.labels.get(decodeURIComponent(match[1]))
      if (!label) throw new HttpError(404, 'Not Found')
      return { data: label }
    }
    if (m(/^\/repos\/[^/]+\/[^/]+\/labels$/) && req.method === 'POST') {
      const name = String(body.name)
      if (this.labels.has(name)) throw new HttpError(422, 'Validation Failed')
      const label = {
        name,
        color: String(body.color ?? 'ededed'),
        description: String(body.description ?? '')
      }
      this.labels.set(name, label)
      return { status: 201, data: label }
    }
    if (m(/^\/repos\/[^/]+\/[^/]+\/check-runs$/) && req.method === 'POST') {
      const run: StoredCheckRun = {
        id: this.nextId++,
        name: String(body.name),
        headSha: String(body.head_sha),
        status: String(body.status ?? 'queued'),
        conclusion: (body.conclusion as string) ?? null,
        title: '',
        summary: '',
        annotations: [],
        batches: []
      }
      if (!body.head_sha) throw new HttpError(422, 'head_sha is required')
      this.applyOutput(run, body.output)
      this.checkRuns.push(run)
      return { status: 201, data: this.checkJson(run) }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/)) && req.method === 'PATCH') {
      const run = this.checkRuns.find(r => r.id === Number(match?.[1]))
      if (!run) throw new HttpError(404, 'Not Found')
      if (body.status) run.status = String(body.status)
      if (body.conclusion) {
        run.conclusion = String(body.conclusion)
        run.status = 'completed'
      }
      this.applyOutput(run, body.output)
      return { data: this.checkJson(run) }
    }
    throw new HttpError(404, `Not Found: ${req.method} ${req.path}`)
  }

  private text(value: unknown): string {
    const text = String(value ?? '')
    if (text.length > BODY_LIMIT)
      throw new HttpError(422, `body is too long (maximum is ${BODY_LIMIT} characters)`)
    return text
  }

  private applyOutput(run: StoredCheckRun, output: unknown): void {
    if (!output || typeof output !== 'object') return
    const o = output as {
      title?: string
      summary?: string
      annotations?: Record<string, unknown>[]
    }
    const annotations = o.annotations ?? []
    if (annotations.length > ANNOTATIONS_PER_REQUEST)
      throw new HttpError(
        422,
        `Only ${ANNOTATIONS_PER_REQUEST} annotations are allowed per request`
      )
    for (const a of annotations) {
      if (!a.path || !a.start_line || !a.end_line || !a.annotation_level || !a.message)
        throw new HttpError(422, 'Invalid annotation')
    }
    if (o.title !== undefined) run.title = o.title
    if (o.summary !== undefined) run.summary = o.summary
    run.annotations.push(...annotations)
    if (annotations.length > 0) run.batches.push(annotations.length)
  }

  private issue(number: number): StoredIssue {
    const issue = this.issues.get(number)
    if (!issue) throw new HttpError(404, 'Not Found')
    return issue
  }

  private commentJson(c: StoredComment) {
    return {
      id: c.id,
      body: c.body,
      html_url: `https://github.test/o/r/issues/${c.issueNumber}#issuecomment-${c.id}`,
      user: { login: 'github-actions[bot]' },
      created_at: c.createdAt,
      updated_at: c.updatedAt
    }
  }

  private issueJson(i: StoredIssue) {
    return {
      id: i.number + 500_000,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.stateReason,
      labels: i.labels.map(name => ({ name })),
      updated_at: i.updatedAt,
      html_url: `https://github.test/o/r/${i.pullRequest ? 'pull' : 'issues'}/${i.number}`,
      ...(i.pullRequest ? { pull_request: { url: `${this.url}/repos/o/r/pulls/${i.number}` } } : {})
    }
  }

  private checkJson(r: StoredCheckRun) {
    return {
      id: r.id,
      name: r.name,
      head_sha: r.headSha,
      status: r.status,
      conclusion: r.conclusion,
      html_url: `https://github.test/o/r/runs/${r.id}`,
      output: { title: r.title, summary: r.summary, annotations_count: r.annotations.length }
    }
  }
}

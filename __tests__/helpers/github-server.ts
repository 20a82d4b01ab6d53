import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Loopback } from './loopback.js'
import { listenOnLoopback } from './loopback.js'
import type { Role, StoredPull } from './github-repo.js'
import { GitRepository, HttpError } from './github-repo.js'

/**
 * A stand-in for the parts of GitHub's REST API Driftwatch uses, on loopback, in memory: issues
 * (pull requests are issues too, as on GitHub), issue comments and their reactions, labels,
 * check runs, and for remediation the repository itself (git data, contents, pull requests,
 * collaborators: github-repo.ts), with Link-header pagination. It records every request and can be told to fail, so tests drive the
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
  /** Who wrote it: the token's bot for what Driftwatch posts. */
  user: string
  /** Reactions' `content` (`eyes`, `+1`), one per user and content as on GitHub. */
  reactions: string[]
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
  assignees: string[]
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

export class GitHubServer {
  readonly requests: RecordedRequest[] = []
  readonly issues = new Map<number, StoredIssue>()
  readonly comments: StoredComment[] = []
  readonly labels = new Map<string, { name: string; color: string; description: string }>()
  readonly checkRuns: StoredCheckRun[] = []
  /** The repository: its branches' files, collaborators and their roles. */
  readonly repo = new GitRepository()
  readonly pulls = new Map<number, StoredPull>()
  /** Every write answers 403, as with a fork pull request's read-only token. */
  readOnly = false
  /**
   * Token permissions left out of the workflow's `permissions:`: writes needing them answer 403
   * "Resource not accessible by integration" (`contents`: git data; `pull-requests`: pulls).
   */
  readonly denied = new Set<'contents' | 'pull-requests' | 'issues'>()
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
    this.repo.reset()
    this.pulls.clear()
    this.denied.clear()
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
      assignees: [],
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
      assignees: [],
      updatedAt: this.tick(),
      ...fields
    }
    this.issues.set(issue.number, issue)
    return issue
  }

  addComment(issueNumber: number, body: string, user = 'github-actions[bot]'): StoredComment {
    const now = this.tick()
    const comment = {
      id: this.nextId++,
      issueNumber,
      body,
      user,
      reactions: [],
      createdAt: now,
      updatedAt: now
    }
    this.comments.push(comment)
    const issue = this.issues.get(issueNumber)
    if (issue) issue.updatedAt = now
    return comment
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter(c => c.issueNumber === issueNumber)
  }

  /** Someone with this role on the repository (`read` is what anyone else has). */
  addCollaborator(login: string, role: Role): void {
    this.repo.collaborators.set(login.toLowerCase(), role)
  }

  /** Pull requests with their issue fields, as a reader of the repository sees them. */
  pullRequests(): (StoredPull & StoredIssue)[] {
    return [...this.pulls.values()].map(p => ({ ...this.issue(p.number), ...p }))
  }

  /** Merges a pull request: its head's files become the base branch's, as a squash merge would. */
  mergePull(number: number): void {
    const pull = this.pulls.get(number)
    const issue = this.issues.get(number)
    if (!pull || !issue) throw new Error(`no pull request #${number}`)
    const head = this.repo.refs.get(`heads/${pull.head}`) ?? ''
    const tree = this.repo.commitJson(head).tree.sha
    const base = this.repo.refs.get(`heads/${pull.base}`) ?? ''
    this.repo.refs.set(`heads/${pull.base}`, this.repo.commit(tree, [base], issue.title))
    pull.merged = true
    pull.mergedAt = this.tick()
    issue.state = 'closed'
    issue.updatedAt = pull.mergedAt
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
    if (record.method !== 'GET' && (this.readOnly || this.deniedScope(record.path))) {
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

  private deniedScope(path: string): boolean {
    const scope = /^\/repos\/[^/]+\/[^/]+\/(git|contents|pulls|issues)\b/.exec(path)?.[1]
    if (scope === 'git' || scope === 'contents') return this.denied.has('contents')
    if (scope === 'pulls') return this.denied.has('pull-requests')
    return scope === 'issues' && this.denied.has('issues')
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
    const repository = this.routeRepository(req, url, body)
    if (repository) return repository
    throw new HttpError(404, `Not Found: ${req.method} ${req.path}`)
  }

  /** Git data, contents, pull requests, reactions, assignees and permissions (remediation). */
  private routeRepository(
    req: RecordedRequest,
    url: URL,
    body: Record<string, unknown>
  ): { status?: number; data?: unknown; page?: unknown[] } | undefined {
    const m = (pattern: RegExp) => pattern.exec(req.path)
    const repo = this.repo
    let match: RegExpExecArray | null
    const get = req.method === 'GET'
    const post = req.method === 'POST'

    if (m(/^\/repos\/[^/]+\/[^/]+$/) && get)
      return { data: { full_name: 'o/r', default_branch: repo.defaultBranch, private: false } }
    if (m(/^\/repos\/[^/]+\/[^/]+\/git\/blobs$/) && post) {
      if (typeof body.content !== 'string') throw new HttpError(422, 'content is required')
      const content =
        body.encoding === 'base64'
          ? Buffer.from(body.content, 'base64').toString('utf8')
          : body.content
      return { status: 201, data: { sha: repo.blob(content) } }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/git\/blobs\/([0-9a-f]+)$/)) && get) {
      const content = repo.blobs.get(match[1])
      if (content === undefined) throw new HttpError(404, 'Not Found')
      return {
        data: {
          sha: match[1],
          encoding: 'base64',
          content: Buffer.from(content).toString('base64')
        }
      }
    }
    if (m(/^\/repos\/[^/]+\/[^/]+\/git\/trees$/) && post) return repo.createTree(body)
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/git\/trees\/([0-9a-f]+)$/)) && get)
      return { data: repo.treeJson(match[1]) }
    if (m(/^\/repos\/[^/]+\/[^/]+\/git\/commits$/) && post) return repo.createCommit(body)
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/git\/commits\/([0-9a-f]+)$/)) && get)
      return { data: repo.commitJson(match[1]) }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/git\/ref\/(.+)$/)) && get)
      return { data: repo.refJson(decodeURIComponent(match[1])) }
    if (m(/^\/repos\/[^/]+\/[^/]+\/git\/refs$/) && post) return repo.createRef(body)
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/git\/refs\/(.+)$/)) && req.method === 'PATCH')
      return repo.updateRef(decodeURIComponent(match[1]), body)
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/)) && get)
      return { data: repo.contents(decodeURIComponent(match[1]), url.searchParams.get('ref')) }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/)) && get)
      return { data: repo.permission(decodeURIComponent(match[1])) }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)\/reactions$/)) && post) {
      const comment = this.comments.find(c => c.id === Number(match?.[1]))
      if (!comment) throw new HttpError(404, 'Not Found')
      const content = String(body.content ?? '')
      if (!['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'].includes(content))
        throw new HttpError(422, 'content is not a reaction')
      const had = comment.reactions.includes(content)
      if (!had) comment.reactions.push(content)
      return {
        status: had ? 200 : 201,
        data: { id: this.nextId++, content, user: { login: 'github-actions[bot]' } }
      }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/assignees$/)) && post) {
      const issue = this.issue(Number(match[1]))
      // GitHub silently leaves out whoever cannot be assigned (no access to the repository).
      const assignable = (Array.isArray(body.assignees) ? body.assignees : [])
        .map(String)
        .filter(login => repo.collaborators.has(login.toLowerCase()))
      for (const login of assignable)
        if (!issue.assignees.includes(login)) issue.assignees.push(login)
      return { status: 201, data: this.issueJson(issue) }
    }
    if (m(/^\/repos\/[^/]+\/[^/]+\/pulls$/)) {
      if (get) return { page: this.listPulls(url).map(p => this.pullJson(p)) }
      if (post) return { status: 201, data: this.pullJson(this.createPull(body)) }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/))) {
      const pull = this.pulls.get(Number(match[1]))
      if (!pull) throw new HttpError(404, 'Not Found')
      if (req.method === 'PATCH') {
        const issue = this.issue(pull.number)
        if (body.title !== undefined) issue.title = String(body.title)
        if (body.body !== undefined) issue.body = this.text(body.body)
        if (body.state === 'closed' || body.state === 'open') issue.state = body.state
        issue.updatedAt = this.tick()
      }
      return { data: this.pullJson(pull) }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/requested_reviewers$/)) && post) {
      const pull = this.pulls.get(Number(match[1]))
      if (!pull) throw new HttpError(404, 'Not Found')
      const reviewers = (Array.isArray(body.reviewers) ? body.reviewers : []).map(String)
      const teams = (Array.isArray(body.team_reviewers) ? body.team_reviewers : []).map(String)
      const stranger = reviewers.find(login => !repo.collaborators.has(login.toLowerCase()))
      if (stranger !== undefined)
        throw new HttpError(
          422,
          'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the o/r repository.'
        )
      for (const login of reviewers)
        if (!pull.requestedReviewers.includes(login)) pull.requestedReviewers.push(login)
      for (const slug of teams)
        if (!pull.requestedTeams.includes(slug)) pull.requestedTeams.push(slug)
      return { status: 201, data: this.pullJson(pull) }
    }
    return undefined
  }

  private listPulls(url: URL): StoredPull[] {
    const state = url.searchParams.get('state') ?? 'open'
    const head = url.searchParams.get('head')
    const base = url.searchParams.get('base')
    let list = [...this.pulls.values()].filter(p => {
      const issue = this.issue(p.number)
      return (
        (state === 'all' || issue.state === state) &&
        (head === null || head === `o:${p.head}`) &&
        (base === null || base === p.base)
      )
    })
    if (url.searchParams.get('sort') === 'updated')
      list.sort((a, b) =>
        this.issue(a.number).updatedAt.localeCompare(this.issue(b.number).updatedAt)
      )
    else list.sort((a, b) => a.number - b.number)
    // GitHub's default direction is `desc` for `sort=updated` and `asc` for creation order.
    const direction =
      url.searchParams.get('direction') ??
      (url.searchParams.get('sort') === 'updated' ? 'desc' : 'asc')
    if (direction === 'desc') list = list.reverse()
    return list
  }

  private createPull(body: Record<string, unknown>): StoredPull {
    const head = String(body.head ?? '').replace(/^o:/, '')
    const base = String(body.base ?? '')
    const headSha = this.repo.refs.get(`heads/${head}`)
    const baseSha = this.repo.refs.get(`heads/${base}`)
    if (!headSha || !baseSha)
      throw new HttpError(422, 'Validation Failed: head or base does not exist')
    if (headSha === baseSha) throw new HttpError(422, `No commits between ${base} and ${head}`)
    const open = [...this.pulls.values()].find(
      p => p.head === head && this.issue(p.number).state === 'open'
    )
    if (open) throw new HttpError(422, `A pull request already exists for o:${head}.`)
    const number = this.addPullRequest()
    const issue = this.issue(number)
    issue.title = this.text(body.title)
    issue.body = this.text(body.body)
    const pull: StoredPull = {
      number,
      head,
      base,
      merged: false,
      mergedAt: null,
      requestedReviewers: [],
      requestedTeams: []
    }
    this.pulls.set(number, pull)
    return pull
  }

  private pullJson(p: StoredPull) {
    const issue = this.issue(p.number)
    return {
      id: p.number + 700_000,
      number: p.number,
      state: issue.state,
      title: issue.title,
      body: issue.body,
      html_url: `https://github.test/o/r/pull/${p.number}`,
      user: { login: 'github-actions[bot]' },
      head: {
        ref: p.head,
        label: `o:${p.head}`,
        sha: this.repo.refs.get(`heads/${p.head}`) ?? null
      },
      base: { ref: p.base, label: `o:${p.base}` },
      merged: p.merged,
      merged_at: p.mergedAt,
      updated_at: issue.updatedAt,
      assignees: issue.assignees.map(login => ({ login })),
      requested_reviewers: p.requestedReviewers.map(login => ({ login })),
      requested_teams: p.requestedTeams.map(slug => ({ slug }))
    }
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
      user: { login: c.user },
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
      assignees: i.assignees.map(login => ({ login })),
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

import { describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import { STATE_MARKER_START } from '../../src/history/format.js'
import type { EventContext } from '../../src/publish/github/context.js'
import type { IssueState } from '../../src/publish/github/issue.js'
import type { Rendered } from '../../src/publish/github/publish.js'
import { publishToGitHub } from '../../src/publish/github/publish.js'
import type { Annotation } from '../../src/render/annotations.js'
import { GitHubServer, PROXY_PAGE } from '../helpers/github-server.js'

/**
 * Issue 6, GitHub's side: a 500 that persists, GitHub's JSON 502 and a proxy's HTML 502, a 429
 * and a secondary rate limit with retry-after, a 401 and a 403 on every endpoint the publishers
 * call, through the real Octokit client against the stand-in server. Each is survived: nothing
 * thrown, at most one one-line warning (naming the permission on a 403), the expected number of
 * attempts (one for what no retry heals), and every other channel still published. The
 * (endpoint × fault) pairs already covered in github-api tests are not repeated; the end-to-end
 * files test no transport fault but one (publish-pr: a 5xx that persists leaves the findings
 * everywhere else).
 */

interface Logs {
  info: string[]
  warning: string[]
}

/** A client of one case's own server: cases run concurrently, each against its own. */
const client = (server: GitHubServer, logs: Logs): GitHubClient =>
  createClient(
    'test-token',
    { info: m => logs.info.push(m) },
    { GITHUB_API_URL: server.url, DRIFTWATCH_RETRY_BASE_MS: '5' }
  )

const PR = 7
const MARKER = '<!-- driftwatch:comment:abc123 -->'
const ISSUE_MARKER = '<!-- driftwatch:issue:abc123 -->'
const commentBody = (digest: string) =>
  `${MARKER}\n\n<!-- driftwatch:digest:${digest} -->\n\ndrift ${digest}\n`
/** Two check-run requests: a create with 50 and an update with 10 that completes the run. */
const ANNOTATIONS = 60

const annotations: Annotation[] = Array.from({ length: ANNOTATIONS }, (_, i) => ({
  level: i % 2 ? 'error' : 'warning',
  title: `Drift: aws_sns_topic.t[${i}] changed outside Terraform`,
  message: 'Changed outside Terraform',
  file: 'infra/main.tf',
  line: 3
}))

const ISSUE_TITLE = 'Driftwatch: infrastructure drift'
/** The history comment; only its marker matters here, the format is history.test.ts's. */
const stateBody = (audit: string) => `History.\n\n${STATE_MARKER_START}v1:${audit} -->\n`

const rendered = (state: IssueState): Rendered => ({
  comment: { marker: MARKER, body: commentBody('dddd') },
  issues: [
    {
      marker: ISSUE_MARKER,
      state,
      texts: {
        title: ISSUE_TITLE,
        body: `${ISSUE_MARKER}\nnew audit`,
        resolved: '✅ no drift, closing',
        returned: '🔴 drift is back',
        state: stateBody('new')
      }
    }
  ],
  check: { name: 'Driftwatch', title: 't', summary: 's', conclusion: 'failure' },
  annotations,
  annotationOverflow: true
})

const pullRequest: EventContext = {
  eventName: 'pull_request',
  owner: 'o',
  repo: 'r',
  pullNumber: PR,
  headSha: 'abc',
  fromFork: false
}
const schedule: EventContext = {
  eventName: 'schedule',
  owner: 'o',
  repo: 'r',
  headSha: 'abc',
  fromFork: false
}

type Channel = 'comment' | 'issue' | 'check'

interface Endpoint {
  name: string
  method: string
  path: RegExp
  channel: Channel
  event: EventContext
  state: IssueState
  setup(s: GitHubServer): void
  /** The channel's own result once the request got through. */
  done(s: GitHubServer): void
  /** The warning's "could not …", when not the channel's. */
  what?: string
  /** What the channel must have done even when this request failed for good. */
  survived?(s: GitHubServer): void
}

const openIssue = (s: GitHubServer) =>
  s.addIssue({ title: 'old', body: `${ISSUE_MARKER}\nold audit`, labels: ['drift'] })
const theIssue = (s: GitHubServer) => [...s.issues.values()].filter(i => !i.pullRequest)
const ourComment = (s: GitHubServer) => s.commentsOn(PR).filter(c => c.body.includes(MARKER))
const isState = (body: string) => body.includes(STATE_MARKER_START)
const notes = (s: GitHubServer) =>
  s
    .commentsOn(theIssue(s)[0].number)
    .map(c => c.body)
    .filter(body => !isState(body))
const states = (s: GitHubServer) =>
  s
    .commentsOn(theIssue(s)[0].number)
    .map(c => c.body)
    .filter(isState)
const issueUpdated = (s: GitHubServer) =>
  expect(theIssue(s)).toMatchObject([{ state: 'open', body: `${ISSUE_MARKER}\nnew audit` }])
const historyDone = (s: GitHubServer) => {
  issueUpdated(s)
  expect(states(s)).toEqual([stateBody('new')])
}
const HISTORY_WHAT = `save the history of the audit issue "${ISSUE_TITLE}" (#1)`

const commentDone = (s: GitHubServer) => {
  expect(ourComment(s)).toHaveLength(1)
  expect(ourComment(s)[0].body).toBe(commentBody('dddd'))
}
const checkDone = (s: GitHubServer) => {
  expect(s.checkRuns).toHaveLength(1)
  expect(s.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
  expect(s.checkRuns[0].batches).toEqual([50, 10])
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'list comments',
    method: 'GET',
    path: /\/issues\/\d+\/comments$/,
    channel: 'comment',
    event: pullRequest,
    state: 'findings',
    setup: s => void s.addPullRequest(PR),
    done: commentDone
  },
  {
    name: 'create comment',
    method: 'POST',
    path: /\/issues\/\d+\/comments$/,
    channel: 'comment',
    event: pullRequest,
    state: 'findings',
    setup: s => void s.addPullRequest(PR),
    done: commentDone
  },
  {
    name: 'update comment',
    method: 'PATCH',
    path: /\/issues\/comments\/\d+$/,
    channel: 'comment',
    event: pullRequest,
    state: 'findings',
    setup: s => {
      s.addPullRequest(PR)
      s.addComment(PR, commentBody('0000'))
    },
    done: commentDone
  },
  {
    name: 'list issues',
    method: 'GET',
    path: /\/issues$/,
    channel: 'issue',
    event: schedule,
    state: 'findings',
    setup: () => undefined,
    done: s =>
      expect(theIssue(s)).toMatchObject([{ state: 'open', body: `${ISSUE_MARKER}\nnew audit` }])
  },
  {
    name: 'create issue',
    method: 'POST',
    path: /\/issues$/,
    channel: 'issue',
    event: schedule,
    state: 'findings',
    setup: () => undefined,
    done: s => expect(theIssue(s)).toMatchObject([{ state: 'open', labels: ['drift'] }])
  },
  {
    name: 'update issue (close)',
    method: 'PATCH',
    path: /\/issues\/\d+$/,
    channel: 'issue',
    event: schedule,
    state: 'clean',
    setup: s => void openIssue(s),
    done: s => expect(theIssue(s)).toMatchObject([{ state: 'closed', stateReason: 'completed' }])
  },
  {
    name: 'update issue (reopen)',
    method: 'PATCH',
    path: /\/issues\/\d+$/,
    channel: 'issue',
    event: schedule,
    state: 'findings',
    setup: s => {
      const issue = openIssue(s)
      issue.state = 'closed'
      issue.stateReason = 'completed'
    },
    done: s => {
      historyDone(s)
      expect(notes(s)).toEqual(['🔴 drift is back'])
    }
  },
  {
    name: 'create issue comment (close note)',
    method: 'POST',
    path: /\/issues\/\d+\/comments$/,
    channel: 'issue',
    event: schedule,
    state: 'clean',
    setup: s => void openIssue(s),
    done: s => {
      expect(theIssue(s)).toMatchObject([{ state: 'closed' }])
      expect(notes(s)).toEqual(['✅ no drift, closing'])
      expect(states(s)).toEqual([stateBody('new')])
    }
  },
  {
    name: 'list issue comments (history)',
    method: 'GET',
    path: /\/issues\/\d+\/comments$/,
    channel: 'issue',
    event: schedule,
    state: 'findings',
    setup: s => void openIssue(s),
    done: historyDone,
    what: HISTORY_WHAT,
    survived: issueUpdated
  },
  {
    name: 'create history comment',
    method: 'POST',
    path: /\/issues\/\d+\/comments$/,
    channel: 'issue',
    event: schedule,
    state: 'findings',
    setup: s => void openIssue(s),
    done: historyDone,
    what: HISTORY_WHAT,
    survived: issueUpdated
  },
  {
    name: 'update history comment',
    method: 'PATCH',
    path: /\/issues\/comments\/\d+$/,
    channel: 'issue',
    event: schedule,
    state: 'findings',
    setup: s => void s.addComment(openIssue(s).number, stateBody('old')),
    done: historyDone,
    what: HISTORY_WHAT,
    survived: s => {
      issueUpdated(s)
      expect(states(s)).toEqual([stateBody('old')])
    }
  },
  {
    name: 'create check run',
    method: 'POST',
    path: /\/check-runs$/,
    channel: 'check',
    event: pullRequest,
    state: 'findings',
    setup: s => void s.addPullRequest(PR),
    done: checkDone
  },
  {
    name: 'update check run (annotation batch)',
    method: 'PATCH',
    path: /\/check-runs\/\d+$/,
    channel: 'check',
    event: pullRequest,
    state: 'findings',
    setup: s => void s.addPullRequest(PR),
    done: checkDone
  }
]

const PERMISSION: Record<Channel, string> = {
  comment: 'pull-requests: write',
  issue: 'issues: write',
  check: 'checks: write'
}
const WHAT: Record<Channel, string> = {
  comment: `comment on pull request #${PR}`,
  issue: `update the audit issue "${ISSUE_TITLE}"`,
  check: `publish all ${ANNOTATIONS} annotations as a check run`
}

interface Fault {
  /** How COVERED names it. */
  id: string
  name: string
  status: number
  times: number
  /** The message of GitHub's JSON answer, when not the stand-in's default for the status. */
  message?: string
  /** A proxy's HTML page instead of GitHub's JSON. */
  html?: string
  /** Statuses the endpoint answered, in order. */
  attempts: number[]
  /** The warning, given what could not be done and the permission; none when retried through. */
  warning?: (what: string, permission: string) => RegExp
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&')
/**
 * What can heal is retried by the plugins (a JSON 5xx from GitHub, a rate limit); what cannot (a
 * proxy's HTML page, whatever its status; a token GitHub rejects or that lacks the permission) is
 * asked once, though it is answered again and again.
 */
const FAULTS: Fault[] = [
  {
    id: '500',
    name: '500 that persists (retried, then given up)',
    status: 500,
    times: 100,
    attempts: [500, 500, 500, 500],
    warning: what =>
      new RegExp(
        `^Driftwatch could not ${escape(what)} \\(HTTP 500: Server Error\\), even after retrying\\. The findings are in the job summary`
      )
  },
  {
    id: 'json-502',
    name: "GitHub's JSON 502 (retried, then succeeds)",
    status: 502,
    times: 1,
    attempts: [502, 200]
  },
  {
    id: 'html-502',
    name: "a proxy's HTML 502 that persists (asked once)",
    status: 502,
    times: 100,
    html: PROXY_PAGE,
    attempts: [502],
    warning: what =>
      new RegExp(
        `^Driftwatch could not ${escape(what)}: the answer was HTTP 502, an HTML page, not GitHub's API \\(a proxy in between, or an outage page\\)\\. The findings are in the job summary`
      )
  },
  {
    id: '429',
    name: '429 with retry-after (waited out, then succeeds)',
    status: 429,
    times: 1,
    attempts: [429, 200]
  },
  {
    id: 'secondary-403',
    name: '403 secondary rate limit (waited out, then succeeds)',
    status: 403,
    times: 1,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
    attempts: [403, 200]
  },
  {
    id: '401',
    name: '401 (not retried, a warning naming the token)',
    status: 401,
    times: 1,
    message: 'Bad credentials',
    attempts: [401],
    warning: what =>
      new RegExp(
        `^Driftwatch could not ${escape(what)}: GitHub rejected the token \\(HTTP 401\\)\\. Check the github-token input\\.$`
      )
  },
  {
    id: '403',
    name: '403 (not retried, a warning naming the permission)',
    status: 403,
    times: 1,
    attempts: [403],
    warning: (what, permission) =>
      new RegExp(
        `^Driftwatch could not ${escape(what)}: the token lacks the \`${escape(permission)}\` permission \\(HTTP 403: Resource not accessible by integration\\)\\. Add \`permissions: ${escape(permission)}\``
      )
  }
]

/** Already covered, through the same client, by github-api.test.ts. */
const COVERED = new Set([
  'list comments × 429',
  'create comment × 403',
  'create comment × secondary-403',
  'create issue × 403'
])

const CASES = ENDPOINTS.flatMap(endpoint =>
  FAULTS.filter(f => !COVERED.has(`${endpoint.name} × ${f.id}`)).map(fault => ({
    endpoint,
    fault
  }))
)

const inputs = { githubToken: 'test-token', publish: ['auto' as const], issueLabel: 'drift' }

/** Runs the publishers once against a fresh server set up by `setup`, failing as `fail` says. */
async function publishWith(
  endpoint: Endpoint,
  fail: (server: GitHubServer) => void
): Promise<{ server: GitHubServer; logs: Logs }> {
  const server = await GitHubServer.start()
  const logs: Logs = { info: [], warning: [] }
  const log = {
    info: (m: string) => logs.info.push(m),
    warning: (m: string) => logs.warning.push(m)
  }
  try {
    endpoint.setup(server)
    fail(server)
    await expect(
      publishToGitHub(rendered(endpoint.state), inputs, endpoint.event, log, () =>
        client(server, logs)
      )
    ).resolves.toBeUndefined()
    return { server, logs }
  } finally {
    await server.stop()
  }
}

// The throttling plugin spaces each client's writes about a second apart: cases run side by side.
describe('GitHub faults on each endpoint', () => {
  it.concurrent.each(CASES.map(c => [c.endpoint.name, c.fault.name, c] as const))(
    '%s × %s',
    async (_e, _f, { endpoint, fault }) => {
      const { server, logs } = await publishWith(endpoint, s =>
        s.failNext(endpoint.method, endpoint.path, fault.status, fault.times, {
          ...(fault.message ? { message: fault.message } : {}),
          ...(fault.html ? { html: fault.html } : {})
        })
      )

      // The endpoint was tried the expected number of times. A check run whose annotation batch
      // failed is then completed without annotations: that request is counted apart, below.
      const isCompletion = (body: unknown) =>
        endpoint.channel === 'check' &&
        endpoint.method === 'PATCH' &&
        !(body as { output?: { annotations?: unknown } } | undefined)?.output?.annotations
      const tried = server.requests.filter(
        r => r.method === endpoint.method && endpoint.path.test(r.path) && !isCompletion(r.body)
      )
      const statuses = tried.slice(0, fault.attempts.length).map(r => r.status)
      expect(statuses.map(s => (s < 300 ? 200 : s))).toEqual(fault.attempts)
      // Once a fault gives way, later requests to the same endpoint are the run's own.
      if (fault.warning) expect(tried).toHaveLength(fault.attempts.length)

      // One clear, one-line warning; none when the retry got through.
      if (fault.warning) {
        expect(logs.warning).toHaveLength(1)
        expect(logs.warning[0]).not.toContain('\n')
        expect(logs.warning[0]).toMatch(
          fault.warning(endpoint.what ?? WHAT[endpoint.channel], PERMISSION[endpoint.channel])
        )
        endpoint.survived?.(server)
      } else {
        expect(logs.warning).toEqual([])
        endpoint.done(server)
      }

      // Nothing found is lost: the other channels were published all the same.
      if (endpoint.channel !== 'check') checkDone(server)
      if (endpoint.channel === 'check') commentDone(server)
    }
  )
})

describe('what a failure leaves behind', () => {
  // A check run with more than 50 annotations is created in_progress and completed by its last
  // update. When a batch fails for good, the run must still be completed, or the pull request
  // shows a Driftwatch check "in progress" forever.
  it('a check run whose later batch fails is still completed, not left in progress', async () => {
    const endpoint = ENDPOINTS.find(e => e.name === 'update check run (annotation batch)')
    if (!endpoint) throw new Error('no such endpoint')
    const { server } = await publishWith(endpoint, s =>
      // One try and three retries fail; the completing update after them goes through.
      s.failNext(endpoint.method, endpoint.path, 500, 4)
    )
    expect(server.checkRuns).toHaveLength(1)
    expect(server.checkRuns[0].annotations).toHaveLength(50)
    expect(server.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
  })

  // The "no drift, closing" note follows a successful close: were it posted first, a failing
  // close would leave an open issue saying it is closing, and every later audit would repeat it.
  it('a close that fails does not leave a "closing" note on an open issue', async () => {
    const server = await GitHubServer.start()
    const logs: Logs = { info: [], warning: [] }
    const log = {
      info: (m: string) => logs.info.push(m),
      warning: (m: string) => logs.warning.push(m)
    }
    try {
      const issue = openIssue(server)
      server.failNext('PATCH', /\/issues\/\d+$/, 403, 2)
      for (let run = 0; run < 2; run++)
        await publishToGitHub(rendered('clean'), inputs, schedule, log, () => client(server, logs))
      expect(logs.warning).toHaveLength(2)
      expect(issue.state).toBe('open')
      expect(server.commentsOn(issue.number)).toEqual([])
    } finally {
      await server.stop()
    }
  })
})

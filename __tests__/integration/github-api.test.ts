import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/publish/github/client.js'
import type { GitHubClient } from '../../src/publish/github/client.js'
import { publishCheckRun } from '../../src/publish/github/checks.js'
import { upsertComment } from '../../src/publish/github/comment.js'
import type { EventContext } from '../../src/publish/github/context.js'
import type { IssueTexts } from '../../src/publish/github/issue.js'
import { syncIssue } from '../../src/publish/github/issue.js'
import type { Rendered } from '../../src/publish/github/publish.js'
import { publishToGitHub } from '../../src/publish/github/publish.js'
import type { Annotation } from '../../src/render/annotations.js'
import { GitHubServer } from '../helpers/github-server.js'

/**
 * The GitHub publishers against the stand-in server through the real Octokit client, retry and
 * throttling plugins included (back-off shortened by DRIFTWATCH_RETRY_BASE_MS).
 */

let server: GitHubServer
const logs: { info: string[]; warning: string[] } = { info: [], warning: [] }
const log = {
  info: (m: string) => logs.info.push(m),
  warning: (m: string) => logs.warning.push(m)
}

function client(): GitHubClient {
  return createClient('test-token', log, {
    GITHUB_API_URL: server.url,
    DRIFTWATCH_RETRY_BASE_MS: '5'
  })
}

const MARKER = '<!-- driftwatch:comment:abc123 -->'
const body = (digest: string, text: string) =>
  `${MARKER}\n\n<!-- driftwatch:digest:${digest} -->\n\n${text}\n`

const texts = (body: string): IssueTexts => ({
  title: 'Driftwatch: infrastructure drift in infra/prod',
  body,
  resolved: '✅ no drift, closing',
  returned: '🔴 drift is back'
})
const ISSUE_MARKER = '<!-- driftwatch:issue:abc123 -->'
const target = { owner: 'o', repo: 'r', label: 'drift' }

function annotations(count: number, level: Annotation['level'] = 'warning'): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({
    level,
    title: `Drift: aws_sns_topic.t[${i}] changed outside Terraform`,
    message: 'Changed outside Terraform',
    file: 'infra/main.tf',
    line: 3
  }))
}

beforeAll(async () => {
  server = await GitHubServer.start()
})
afterAll(async () => {
  await server.stop()
})
beforeEach(() => {
  server.reset()
  logs.info.length = 0
  logs.warning.length = 0
})

describe('pull request comment', () => {
  it('creates one comment, then finds it past the first page and edits it in place', async () => {
    const pr = server.addPullRequest(7)
    const first = await upsertComment(
      client(),
      { owner: 'o', repo: 'r', issueNumber: pr },
      MARKER,
      body('aaaa', 'drift')
    )
    expect(first.action).toBe('created')

    // 130 comments from people after ours would hide it from a client that reads one page.
    for (let i = 0; i < 130; i++) server.addComment(pr, `looks good ${i}`)
    server.requests.length = 0
    const again = await upsertComment(
      client(),
      { owner: 'o', repo: 'r', issueNumber: pr },
      MARKER,
      body('bbbb', 'clean')
    )
    expect(again).toMatchObject({ action: 'updated', id: first.id })
    const comments = server.commentsOn(pr).filter(c => c.body.includes(MARKER))
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('clean')

    const lists = server.requests.filter(r => r.method === 'GET')
    expect(lists.map(r => r.query.page ?? '1')).toEqual(['1', '2'])
    expect(lists.every(r => r.query.per_page === '100')).toBe(true)
    expect(server.requests.every(r => r.headers.authorization === 'token test-token')).toBe(true)
  })

  it('edits nothing when the content is unchanged, whatever the run link says', async () => {
    const pr = server.addPullRequest(8)
    server.addComment(pr, `${body('cccc', 'drift')}run 1`)
    const result = await upsertComment(
      client(),
      { owner: 'o', repo: 'r', issueNumber: pr },
      MARKER,
      `${body('cccc', 'drift')}run 2`
    )
    expect(result.action).toBe('unchanged')
    expect(server.writes()).toEqual([])
  })
})

describe('audit issue', () => {
  it('opens, refreshes, closes with a comment, reopens when drift returns', async () => {
    const opened = await syncIssue(
      client(),
      target,
      ISSUE_MARKER,
      'findings',
      texts(`${ISSUE_MARKER}\naudit 1`)
    )
    expect(opened.action).toBe('created')
    const issue = [...server.issues.values()][0]
    expect(issue).toMatchObject({ state: 'open', labels: ['drift'] })
    expect(server.labels.get('drift')?.description).toBe('Infrastructure drift found by Driftwatch')

    const updated = await syncIssue(
      client(),
      target,
      ISSUE_MARKER,
      'findings',
      texts(`${ISSUE_MARKER}\naudit 2`)
    )
    expect(updated).toMatchObject({ action: 'updated', number: issue.number })
    expect(server.issues.size).toBe(1)
    expect(issue.body).toContain('audit 2')

    const closed = await syncIssue(
      client(),
      target,
      ISSUE_MARKER,
      'clean',
      texts(`${ISSUE_MARKER}\nclean`)
    )
    expect(closed.action).toBe('closed')
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' })
    expect(server.commentsOn(issue.number).map(c => c.body)).toEqual(['✅ no drift, closing'])
    // The description keeps the drift the issue was about.
    expect(issue.body).toContain('audit 2')

    const clean = await syncIssue(client(), target, ISSUE_MARKER, 'clean', texts('x'))
    expect(clean.action).toBe('none')

    const reopened = await syncIssue(
      client(),
      target,
      ISSUE_MARKER,
      'findings',
      texts(`${ISSUE_MARKER}\naudit 4`)
    )
    expect(reopened).toMatchObject({ action: 'reopened', number: issue.number })
    expect(issue).toMatchObject({ state: 'open', body: `${ISSUE_MARKER}\naudit 4` })
    expect(server.commentsOn(issue.number).map(c => c.body)).toEqual([
      '✅ no drift, closing',
      '🔴 drift is back'
    ])
    expect(server.issues.size).toBe(1)
  })

  it('leaves issues of other directory sets, other labels and pull requests alone', async () => {
    server.addPullRequest()
    const other = server.addIssue({
      title: 'other',
      body: '<!-- driftwatch:issue:ffffff -->',
      labels: ['drift']
    })
    const unlabelled = server.addIssue({ title: 'copy', body: ISSUE_MARKER, labels: [] })
    const result = await syncIssue(
      client(),
      target,
      ISSUE_MARKER,
      'findings',
      texts(`${ISSUE_MARKER}\nnew`)
    )
    expect(result.action).toBe('created')
    expect(other.body).toBe('<!-- driftwatch:issue:ffffff -->')
    expect(unlabelled.body).toBe(ISSUE_MARKER)
  })

  it('starts a new issue when a person closed the last one as not planned', async () => {
    const declined = server.addIssue({
      title: 'old',
      body: ISSUE_MARKER,
      labels: ['drift'],
      state: 'closed',
      stateReason: 'not_planned'
    })
    const result = await syncIssue(
      client(),
      target,
      ISSUE_MARKER,
      'findings',
      texts(`${ISSUE_MARKER}\nnew`)
    )
    expect(result.action).toBe('created')
    expect(declined.state).toBe('closed')
  })

  it('neither opens nor closes on an audit that could not check everything', async () => {
    const result = await syncIssue(
      client(),
      target,
      ISSUE_MARKER,
      'incomplete',
      texts(ISSUE_MARKER)
    )
    expect(result.action).toBe('none')
    expect(server.issues.size).toBe(0)
  })
})

describe('check run', () => {
  it('sends all annotations, 50 per request, and completes the run with the last batch', async () => {
    const result = await publishCheckRun(
      client(),
      { owner: 'o', repo: 'r', headSha: 'abc' },
      { name: 'Driftwatch', title: 't', summary: 's', conclusion: 'failure' },
      [...annotations(100), ...annotations(20, 'error')]
    )
    expect(result).toMatchObject({ annotations: 120, requests: 3 })
    const [run] = server.checkRuns
    expect(run).toMatchObject({ headSha: 'abc', status: 'completed', conclusion: 'failure' })
    expect(run.batches).toEqual([50, 50, 20])
    expect(run.annotations.filter(a => a.annotation_level === 'failure')).toHaveLength(20)
  })
})

describe('failures', () => {
  const context: EventContext = {
    eventName: 'pull_request',
    owner: 'o',
    repo: 'r',
    pullNumber: 7,
    headSha: 'abc',
    fromFork: true
  }
  const rendered = (overflow = false): Rendered => ({
    comment: { marker: MARKER, body: body('dddd', 'drift') },
    issue: { marker: ISSUE_MARKER, state: 'findings', texts: texts(ISSUE_MARKER) },
    check: { name: 'Driftwatch', title: 't', summary: 's', conclusion: 'neutral' },
    annotations: annotations(overflow ? 12 : 1),
    annotationOverflow: overflow
  })
  const inputs = { githubToken: 'test-token', publish: ['auto' as const], issueLabel: 'drift' }
  const publish = (r: Rendered, ctx = context) =>
    publishToGitHub(r, inputs, ctx, log, () => client())

  it('a read-only token: a warning naming each missing permission, nothing thrown', async () => {
    server.addPullRequest(7)
    server.readOnly = true
    await publish(rendered(true))
    expect(logs.warning).toHaveLength(2)
    expect(logs.warning[0]).toMatch(
      /could not comment on pull request #7: the token lacks the `pull-requests: write` permission \(HTTP 403: Resource not accessible by integration/
    )
    expect(logs.warning[0]).toContain('Pull requests from forks get a read-only token')
    expect(logs.warning[1]).toContain('`checks: write`')
  })

  it('a 403 on the issue names issues: write', async () => {
    server.failNext('POST', /\/issues$/, 403)
    await publish(rendered(), { ...context, eventName: 'schedule', fromFork: false })
    expect(logs.warning).toEqual([
      expect.stringContaining('the token lacks the `issues: write` permission')
    ])
  })

  it('retries a 500 and succeeds', async () => {
    server.addPullRequest(7)
    server.failNext('POST', /\/comments$/, 500, 2)
    await publish(rendered())
    expect(logs.warning).toEqual([])
    expect(server.requests.filter(r => r.method === 'POST').map(r => r.status)).toEqual([
      500, 500, 201
    ])
    expect(server.commentsOn(7)).toHaveLength(1)
  })

  it('gives up on a 500 that persists with a warning that the findings are elsewhere', async () => {
    server.addPullRequest(7)
    server.failNext('POST', /\/comments$/, 502, 10)
    await publish(rendered())
    expect(server.requests.filter(r => r.method === 'POST')).toHaveLength(4)
    expect(logs.warning).toEqual([
      expect.stringMatching(
        /could not comment on pull request #7 \(HTTP 502: Server Error\), even after retrying\. The findings are in the job summary/
      )
    ])
  })

  it('retries a 429 and succeeds', async () => {
    server.addPullRequest(7)
    server.failNext('GET', /\/comments$/, 429, 1)
    await publish(rendered())
    expect(logs.warning).toEqual([])
    expect(server.requests.filter(r => r.method === 'GET').map(r => r.status)).toEqual([429, 200])
    expect(server.commentsOn(7)).toHaveLength(1)
  })

  it('waits out a secondary rate limit answered as 403 with retry-after', async () => {
    server.addPullRequest(7)
    server.failNext('POST', /\/comments$/, 403, 1, {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes.'
    })
    await publish(rendered())
    expect(logs.warning).toEqual([])
    expect(logs.info).toContainEqual(
      expect.stringMatching(/secondary rate limit .* retrying in 1 s/)
    )
    expect(server.commentsOn(7)).toHaveLength(1)
  })

  it('gives up on a rate limit that does not lift, without throwing', async () => {
    server.addPullRequest(7)
    server.failNext('GET', /\/comments$/, 429, 20)
    await publish(rendered())
    expect(logs.warning).toEqual([expect.stringContaining('HTTP 429')])
    expect(server.commentsOn(7)).toHaveLength(0)
  })
})

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { AuditState } from '../../src/history/state.js'
import { decodeState } from '../../src/history/decode.js'
import { STATE_MARKER_START } from '../../src/history/format.js'
import { readPreviousAudit } from '../../src/github/audit-issue.js'
import { createClient } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import { publishCheckRun } from '../../src/publish/github/checks.js'
import { upsertComment } from '../../src/publish/github/comment.js'
import type { EventContext } from '../../src/publish/github/context.js'
import type { IssueTexts } from '../../src/publish/github/issue.js'
import { syncIssue } from '../../src/publish/github/issue.js'
import type { Rendered } from '../../src/publish/github/publish.js'
import { publishToGitHub } from '../../src/publish/github/publish.js'
import type { Annotation } from '../../src/render/annotations.js'
import { encodeState } from '../../src/history/encode.js'
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

/** A state comment as the renderer writes one: a line of prose and the hidden marker. */
function stateBody(audits: number): string {
  const state: AuditState = {
    version: 1,
    audits,
    lastAudit: '2026-11-24',
    findings: {
      'drift:infra/prod:aws_sns_topic.t': { first: '2026-11-02', last: '2026-11-24', audits }
    },
    resolved: []
  }
  return `Driftwatch keeps its audit history here.\n\n${encodeState(state)}\n`
}
const withState = (body: string, audits: number): IssueTexts => ({
  ...texts(body),
  state: stateBody(audits)
})
/** Comments holding a state, as opposed to notes and people's comments. */
const stateComments = (issue: number) =>
  server.commentsOn(issue).filter(c => c.body.includes(STATE_MARKER_START))

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
    issues: [{ marker: ISSUE_MARKER, state: 'findings', texts: texts(ISSUE_MARKER) }],
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

  it('one issue failing leaves the others synced, with a warning naming its title', async () => {
    const other = '<!-- driftwatch:issue:ffffff -->'
    const issues: Rendered['issues'] = [
      { marker: ISSUE_MARKER, state: 'findings', texts: withState(ISSUE_MARKER, 1) },
      {
        marker: other,
        state: 'findings',
        texts: { ...withState(other, 1), title: 'Driftwatch: infrastructure drift in infra/dev' }
      }
    ]
    server.failNext('POST', /\/issues$/, 403)
    await publish({ ...rendered(), issues }, { ...context, eventName: 'schedule', fromFork: false })
    expect(logs.warning).toEqual([
      expect.stringMatching(
        /^Driftwatch could not update the audit issue "Driftwatch: infrastructure drift in infra\/prod": the token lacks the `issues: write` permission/
      )
    ])
    const [created] = [...server.issues.values()]
    expect(server.issues.size).toBe(1)
    expect(created).toMatchObject({
      body: other,
      title: 'Driftwatch: infrastructure drift in infra/dev'
    })
    expect(stateComments(created.number)).toHaveLength(1)
    expect(logs.info).toContainEqual(
      `Audit issue #${created.number} created: https://github.test/o/r/issues/${created.number} (history comment created)`
    )
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
    // The list before creating, retried; the list after, for a comment a racing run created.
    expect(server.requests.filter(r => r.method === 'GET').map(r => r.status)).toEqual([
      429, 200, 200
    ])
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

describe('audit history comment', () => {
  const sync = (
    state: 'findings' | 'clean' | 'incomplete',
    issueTexts: IssueTexts,
    marker = ISSUE_MARKER
  ) => syncIssue(client(), target, marker, state, issueTexts)

  it('is created with a new issue, edited in place by the next audit, left alone when unchanged', async () => {
    const opened = await sync('findings', withState(`${ISSUE_MARKER}\naudit 1`, 1))
    expect(opened).toMatchObject({ action: 'created', state: 'created' })
    const issue = [...server.issues.values()][0]
    // A new issue has no comments to look through before writing; once, after, for a racing audit's.
    const listed = server.requests.filter(r => r.method === 'GET' && /comments/.test(r.path))
    expect(server.requests.indexOf(listed[0])).toBeGreaterThan(
      server.requests.findIndex(r => r.method === 'POST' && /comments/.test(r.path))
    )
    expect(listed).toHaveLength(1)
    const [first] = stateComments(issue.number)
    expect(first.body).toBe(stateBody(1))

    const updated = await sync('findings', withState(`${ISSUE_MARKER}\naudit 2`, 2))
    expect(updated).toMatchObject({ action: 'updated', state: 'updated' })
    expect(stateComments(issue.number)).toEqual([
      expect.objectContaining({ id: first.id, body: stateBody(2) })
    ])

    server.requests.length = 0
    const again = await sync('findings', withState(`${ISSUE_MARKER}\naudit 2`, 2))
    expect(again).toMatchObject({ action: 'updated', state: 'unchanged' })
    expect(server.writes()).toEqual([`PATCH /repos/o/r/issues/${issue.number}`])
    expect(server.commentsOn(issue.number)).toHaveLength(1)
  })

  it('is written after a close, so it records what was resolved, and kept on reopening', async () => {
    const issue = server.addIssue({ title: 'old', body: ISSUE_MARKER, labels: ['drift'] })
    const kept = server.addComment(issue.number, stateBody(1))

    const closed = await sync('clean', withState(ISSUE_MARKER, 2))
    expect(closed).toMatchObject({ action: 'closed', state: 'updated' })
    expect(server.writes()).toEqual([
      `PATCH /repos/o/r/issues/${issue.number}`,
      `POST /repos/o/r/issues/${issue.number}/comments`,
      `PATCH /repos/o/r/issues/comments/${kept.id}`
    ])
    expect(issue.state).toBe('closed')
    expect(kept.body).toBe(stateBody(2))

    const reopened = await sync('findings', withState(`${ISSUE_MARKER}\nback`, 3))
    expect(reopened).toMatchObject({ action: 'reopened', state: 'updated' })
    expect(stateComments(issue.number)).toEqual([expect.objectContaining({ id: kept.id })])
    expect(kept.body).toBe(stateBody(3))
    expect(server.commentsOn(issue.number).map(c => c.body)).toEqual([
      stateBody(3),
      '✅ no drift, closing',
      '🔴 drift is back'
    ])
  })

  it('is not written when the audit neither opens nor updates an issue', async () => {
    expect(await sync('incomplete', withState(ISSUE_MARKER, 1))).toEqual({ action: 'none' })
    expect(await sync('clean', withState(ISSUE_MARKER, 1))).toEqual({ action: 'none' })
    expect(server.writes()).toEqual([])
  })

  it("leaves a person's comments alone, past the first page too", async () => {
    const issue = server.addIssue({ title: 'old', body: ISSUE_MARKER, labels: ['drift'] })
    const before = server.addComment(issue.number, 'I will look at this')
    const kept = server.addComment(issue.number, stateBody(1))
    for (let i = 0; i < 130; i++) server.addComment(issue.number, `still there ${i}`)
    const people = server.commentsOn(issue.number).filter(c => c.id !== kept.id)
    const snapshot = people.map(c => ({ ...c }))

    server.requests.length = 0
    await sync('findings', withState(`${ISSUE_MARKER}\naudit 2`, 2))
    expect(kept.body).toBe(stateBody(2))
    expect(people.map(c => ({ ...c }))).toEqual(snapshot)
    expect(before.body).toBe('I will look at this')
    expect(server.commentsOn(issue.number)).toHaveLength(132)
    const lists = server.requests.filter(r => r.method === 'GET' && /comments$/.test(r.path))
    // Both pages, read again just before writing and once after, for a racing audit's comment.
    expect(lists.map(r => [r.query.page ?? '1', r.query.per_page])).toEqual([
      ['1', '100'],
      ['2', '100'],
      ['1', '100'],
      ['2', '100']
    ])
  })

  it('two markers, as one issue per directory gives: two issues, each its own history', async () => {
    const other = '<!-- driftwatch:issue:ffffff -->'
    await sync('findings', withState(`${ISSUE_MARKER}\nprod`, 1))
    await sync('findings', withState(`${other}\ndev`, 5), other)
    await sync('findings', withState(`${ISSUE_MARKER}\nprod`, 2))

    const [prod, dev] = [...server.issues.values()]
    expect(server.issues.size).toBe(2)
    expect(stateComments(prod.number).map(c => c.body)).toEqual([stateBody(2)])
    expect(stateComments(dev.number).map(c => c.body)).toEqual([stateBody(5)])
    expect((await readPreviousAudit(client(), target, ISSUE_MARKER)).stateText).toBe(stateBody(2))
    expect((await readPreviousAudit(client(), target, other)).stateText).toBe(stateBody(5))
  })
})

describe('readPreviousAudit', () => {
  const read = () => readPreviousAudit(client(), target, ISSUE_MARKER)
  const audits = (text: string | undefined) => decodeState(text ?? '').state?.audits

  it('nothing to read without an issue', async () => {
    server.addIssue({
      title: 'not ours',
      body: '<!-- driftwatch:issue:ffffff -->',
      labels: ['drift']
    })
    expect(await read()).toEqual({})
  })

  it('the open issue and its state, the newest state comment if a race left two', async () => {
    const issue = server.addIssue({ title: 'audit', body: ISSUE_MARKER, labels: ['drift'] })
    server.addComment(issue.number, stateBody(3))
    server.addComment(issue.number, 'a person')
    server.addComment(issue.number, stateBody(4))
    const previous = await read()
    expect(previous).toEqual({
      issue: {
        number: issue.number,
        url: `https://github.test/o/r/issues/${issue.number}`,
        open: true
      },
      stateText: stateBody(4)
    })
    expect(audits(previous.stateText)).toBe(4)
  })

  it('an open issue without a state comment: the issue, no state', async () => {
    const issue = server.addIssue({ title: 'audit', body: ISSUE_MARKER, labels: ['drift'] })
    server.addComment(issue.number, 'a person')
    expect(await read()).toEqual({
      issue: { number: issue.number, url: expect.any(String), open: true }
    })
  })

  it('the most recently updated closed issue: the one the next audit would reopen', async () => {
    const closed = {
      labels: ['drift'],
      state: 'closed' as const,
      stateReason: 'completed' as const
    }
    const older = server.addIssue({ title: 'older', body: ISSUE_MARKER, ...closed })
    const newer = server.addIssue({ title: 'newer', body: ISSUE_MARKER, ...closed })
    server.addComment(newer.number, stateBody(1))
    // A comment makes the older issue the more recently updated one: that counts, not numbers.
    server.addComment(older.number, stateBody(7))
    const previous = await read()
    expect(previous.issue).toEqual({ number: older.number, url: expect.any(String), open: false })
    expect(audits(previous.stateText)).toBe(7)
  })

  it('nothing from an issue closed as not planned: the next audit starts a fresh issue', async () => {
    const declined = server.addIssue({
      title: 'declined',
      body: ISSUE_MARKER,
      labels: ['drift'],
      state: 'closed',
      stateReason: 'not_planned'
    })
    server.addComment(declined.number, stateBody(9))
    expect(await read()).toEqual({})
  })

  it('throws on an API error, for the caller to make one warning of', async () => {
    server.failNext('GET', /\/issues$/, 403)
    await expect(read()).rejects.toMatchObject({ status: 403 })
  })
})

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { decodeState } from '../../src/history/decode.js'
import { stateComment } from '../../src/history/encode.js'
import { STATE_MARKER_START } from '../../src/history/format.js'
import { withAuditHistory } from '../../src/history/compare.js'
import { driftKey } from '../../src/history/keys.js'
import { readPreviousAudit } from '../../src/github/audit-issue.js'
import { createClient } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import { marker, reportKey } from '../../src/github/markers.js'
import type { Report } from '../../src/model/report.js'
import { upsertComment } from '../../src/publish/github/comment.js'
import { syncIssue } from '../../src/publish/github/issue.js'
import { renderComment } from '../../src/render/comment.js'
import {
  renderIssue,
  renderIssueDuplicate,
  renderIssueResolved,
  renderIssueReturned
} from '../../src/render/issue.js'
import { GitHubServer } from '../helpers/github-server.js'
import { directory, finding, report } from '../helpers/reports.js'

/**
 * Two audits publishing at once (a schedule and a workflow_dispatch, two matrix jobs), each with
 * its own findings, against the GitHub stand-in through the real Octokit client. The stand-in
 * holds the racing requests until both runs have sent theirs, so both have read before either
 * writes: the race happens on every run, with no timing involved.
 */

let server: GitHubServer
const logs: string[] = []
const log = { info: (m: string) => logs.push(m), warning: (m: string) => logs.push(m) }
const client = (): GitHubClient =>
  createClient('test-token', log, { GITHUB_API_URL: server.url, DRIFTWATCH_RETRY_BASE_MS: '5' })

const target = { owner: 'o', repo: 'r', label: 'drift' }
const DIR = 'infra/network'
const audit = (...addresses: string[]): Report =>
  report([
    directory(
      DIR,
      addresses.map(a => finding(a))
    )
  ])
const key = (address: string) => driftKey(DIR, { address })
const ISSUE = marker('issue', reportKey(audit()))

/** What the history comment on an issue holds, as the next audit would read it. */
function histories(issue: number) {
  return server
    .commentsOn(issue)
    .filter(c => c.body.includes(STATE_MARKER_START))
    .map(c => decodeState(c.body).state)
}

/** One audit, as the Action runs it: read the history, compare, then publish the issue. */
async function readAudit(found: Report) {
  const read = await readPreviousAudit(client(), target, ISSUE)
  const state = read.stateText ? decodeState(read.stateText).state : undefined
  return withAuditHistory(found, state ? { state } : {})
}

function publishAudit({ report: found, state: kept }: Awaited<ReturnType<typeof readAudit>>) {
  const text = renderIssue(found)
  return syncIssue(client(), target, ISSUE, 'findings', {
    title: text.title,
    body: text.body,
    resolved: renderIssueResolved(found),
    returned: renderIssueReturned(found),
    state: stateComment(kept.state),
    restate: fresher => stateComment(kept.over(fresher)),
    duplicate: renderIssueDuplicate
  })
}

beforeAll(async () => {
  server = await GitHubServer.start()
})
afterAll(async () => {
  await server.stop()
})
beforeEach(() => {
  server.reset()
  logs.length = 0
})

describe('two audits at once', () => {
  const first = ['aws_security_group.app', 'aws_s3_bucket.logs']
  const second = ['aws_security_group.app', 'aws_iam_role.ci']

  it('with no issue yet: one issue, one history with both runs’ findings', async () => {
    const runs = await Promise.all([readAudit(audit(...first)), readAudit(audit(...second))])
    // Both look for an issue before either opens one, and both write a history comment on the
    // kept issue before either lists its comments again.
    server.hold('GET', /\/issues$/)
    server.hold('POST', /\/issues\/1\/comments$/)
    const results = await Promise.all(runs.map(publishAudit))

    expect(results.map(r => 'number' in r && r.number)).toEqual([1, 1])
    const issues = server.auditIssues()
    expect(issues.map(i => [i.number, i.state, i.stateReason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'not_planned']
    ])
    expect(server.commentsOn(2).map(c => c.body)).toEqual([renderIssueDuplicate(1)])
    const [history, ...others] = histories(1)
    expect(others).toEqual([])
    expect(Object.keys(history?.findings ?? {}).sort()).toEqual(
      [...new Set([...first, ...second])].map(key).sort()
    )
    expect(histories(2)).toEqual([])
    expect(logs).toEqual([])
  })

  it('over an existing history: both runs’ findings, first seen kept, no comment lost', async () => {
    const earlier = withAuditHistory(
      { ...audit('aws_security_group.app'), generatedAt: '2026-11-10T10:00:00.000Z' },
      {}
    ).state.state
    const issue = server.addIssue({ title: 'drift', body: ISSUE, labels: ['drift'] })
    server.addComment(issue.number, 'I will look at this')
    const stored = server.addComment(issue.number, stateComment(earlier))
    const runs = await Promise.all([readAudit(audit(...first)), readAudit(audit(...second))])
    // Both read the comment again just before writing, then both edit it.
    server.hold('PATCH', /\/issues\/comments\/\d+$/)
    await Promise.all(runs.map(publishAudit))

    expect(server.auditIssues()).toHaveLength(1)
    expect(server.commentsOn(issue.number).map(c => c.id)).toEqual([stored.id - 1, stored.id])
    const [history] = histories(issue.number)
    expect(history).toMatchObject({ audits: 2, lastAudit: '2026-11-24', resolved: [] })
    expect(history?.findings).toEqual({
      [key('aws_security_group.app')]: expect.objectContaining({
        first: '2026-11-10',
        last: '2026-11-24',
        audits: 2
      }),
      [key('aws_s3_bucket.logs')]: expect.objectContaining({ first: '2026-11-24' }),
      [key('aws_iam_role.ci')]: expect.objectContaining({ first: '2026-11-24' })
    })
    expect(logs).toEqual([])
  })

  it('on one pull request: one comment, whichever run created first', async () => {
    const pr = server.addPullRequest(7)
    const comment = marker('comment', reportKey(audit()))
    const bodies = [audit(...first), audit(...second)].map(
      r => `${comment}\n${renderComment({ ...r, run: { ...r.run, event: 'pull_request' } })}`
    )
    server.hold('POST', /\/issues\/7\/comments$/)
    const results = await Promise.all(
      bodies.map(body =>
        upsertComment(client(), { owner: 'o', repo: 'r', issueNumber: pr }, comment, body)
      )
    )
    const [kept, ...others] = server.commentsOn(pr)
    expect(others).toEqual([])
    expect(results.map(r => r.id)).toEqual([kept.id, kept.id])
    expect(bodies).toContain(kept.body)
  })
})

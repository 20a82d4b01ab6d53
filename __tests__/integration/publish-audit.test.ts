import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { startMoto } from '../../scripts/lib/moto.mjs'
import type { MotoServer } from '../../scripts/lib/moto.d.mts'
import { openSecurityGroup, retagBucket } from '../../scripts/lib/tamper.mjs'
import { decodeState } from '../../src/history/decode.js'
import { REPO_ROOT } from '../helpers/action.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'
import { GitHubServer } from '../helpers/github-server.js'
import type { StoredIssue } from '../helpers/github-server.js'
import type { Workspace } from '../helpers/publish-env.js'
import { runFor, workspace } from '../helpers/publish-env.js'

/**
 * Scheduled and manual audits end to end: one labelled issue per repository and directory set,
 * opened on drift, refreshed by later audits, closed with a comment by a clean audit and reopened
 * when drift returns; never a second open issue.
 */

const PREFIX = 'dw-audit'
let moto: MotoServer
let github: GitHubServer
let ws: Workspace

const audit = (
  inputs: Record<string, string> = {},
  name: 'schedule' | 'workflow_dispatch' = 'schedule'
) => runFor(ws, github.url, { name }, inputs)

/** What people wrote or read on an issue: the history comment Driftwatch keeps is left out. */
function talk(issueNumber: number) {
  return github.commentsOn(issueNumber).filter(c => !c.body.includes('<!-- driftwatch:state:'))
}

const driftIssues = (): StoredIssue[] => github.auditIssues()

beforeAll(async () => {
  moto = await startMoto()
  github = await GitHubServer.start()
  ws = await workspace(join(REPO_ROOT, 'examples', 'demo'), moto.endpoint, { name_prefix: PREFIX })
})

afterAll(async () => {
  await github?.stop()
  await moto?.stop()
})

describe('audit issue', () => {
  it('a clean first audit opens nothing', async () => {
    const run = await audit()
    expect(run.code).toBe(0)
    expect(driftIssues()).toEqual([])
    expect(github.writes()).toEqual([])
  })

  it('an audit that finds drift opens one labelled issue', async () => {
    await retagBucket(
      `${PREFIX}-assets`,
      { Environment: 'production' },
      { endpoint: moto.endpoint }
    )
    const run = await audit()
    expect(run.code).toBe(1)
    const issues = driftIssues()
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      title: 'Driftwatch: drift in infra/demo',
      state: 'open',
      labels: ['drift']
    })
    const text = visibleText(issues[0].body)
    expect(text).toMatch(/^🔴 Drift detected: 1 resource changed outside Terraform/)
    expect(text).toMatch(/^aws_s3_bucket\.assets \| changed .*\| tags\.Environment \|/m)
    expect(liveMarkup(issues[0].body, ['https://github.test/o/r/actions/runs/4242'])).toEqual([])
    expect(github.labels.get('drift')).toBeDefined()
    // No pull request here: nothing is commented but the issue's own history.
    expect(github.comments.map(c => c.issueNumber)).toEqual([issues[0].number])
    expect(github.comments[0].body).toMatch(/^_Driftwatch keeps this audit's history here/)
  })

  it('a later audit refreshes the same issue instead of opening another', async () => {
    await openSecurityGroup(`${PREFIX}-web`, 22, { endpoint: moto.endpoint })
    const run = await audit({}, 'workflow_dispatch')
    expect(run.code).toBe(1)
    const issues = driftIssues()
    expect(issues).toHaveLength(1)
    expect(issues[0].body).toContain('2 resources changed outside Terraform')
    expect(issues[0].body).toMatch(/Security-relevant drift/)
  })

  it('a clean audit closes it with a short comment', async () => {
    await ws.reconcile()
    const run = await audit()
    expect(run.code).toBe(0)
    const [issue] = driftIssues()
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' })
    const comments = talk(issue.number)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toMatch(/^✅ The audit of .* found no drift/)
    expect(comments[0].body).toContain('[Workflow run](https://github.test/o/r/actions/runs/4242)')

    // Clean again: nothing to do.
    github.requests.length = 0
    await audit()
    expect(github.writes()).toEqual([])
  })

  it('drift returning reopens the same issue, with a comment', async () => {
    await retagBucket(`${PREFIX}-assets`, { Owner: 'bob' }, { endpoint: moto.endpoint })
    await audit()
    const issues = driftIssues()
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ state: 'open', stateReason: 'reopened' })
    expect(visibleText(issues[0].body)).toMatch(/\| tags\.Owner \|/)
    expect(talk(issues[0].number).map(c => c.body)).toEqual([
      expect.stringMatching(/^✅/),
      expect.stringMatching(/^🔴 Drift is back: the audit of .* found 1 drifted resource/)
    ])
  })

  it('a custom label keeps a separate issue; publish none touches nothing', async () => {
    await audit({ 'issue-label': 'infra-drift' })
    const labelled = driftIssues().filter(i => i.labels.includes('infra-drift'))
    expect(labelled).toHaveLength(1)
    expect(driftIssues().filter(i => i.state === 'open')).toHaveLength(2)

    github.requests.length = 0
    await audit({ publish: 'none' })
    expect(github.requests).toEqual([])
  })

  it('a push event publishes nothing by default; publish: issue opts in', async () => {
    github.requests.length = 0
    await runFor(ws, github.url, { name: 'push' })
    expect(github.requests).toEqual([])
    await runFor(ws, github.url, { name: 'push' }, { publish: 'issue' })
    // The issue, then its history (one more audit).
    expect(github.writes()).toEqual([
      `PATCH /repos/o/r/issues/${driftIssues()[0].number}`,
      expect.stringMatching(/^PATCH \/repos\/o\/r\/issues\/comments\/\d+$/)
    ])
  })
})

describe('two audits at once', () => {
  it('one issue, one history with both runs’ findings', async () => {
    await retagBucket(`${PREFIX}-assets`, { Owner: 'carol' }, { endpoint: moto.endpoint })
    await openSecurityGroup(`${PREFIX}-web`, 3389, { endpoint: moto.endpoint })
    github.reset()
    // Both look for an issue and open one; both then write a history comment on the first
    // before either lists its comments again. Each plans part of the root, so each finds
    // something the other does not.
    github.hold('POST', /\/repos\/o\/r\/issues$/)
    github.hold('POST', /\/issues\/1\/comments$/)
    const runs = await Promise.all([
      audit({ 'plan-args': '-target=aws_s3_bucket.assets' }),
      audit({ 'plan-args': '-target=aws_security_group.web' }, 'workflow_dispatch')
    ])
    expect(runs.map(r => r.code)).toEqual([1, 1])
    const issues = driftIssues()
    expect(issues.map(i => [i.number, i.state, i.stateReason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'not_planned']
    ])
    expect(talk(2).map(c => c.body)).toEqual([
      expect.stringMatching(/^Closed as a duplicate of #1/)
    ])
    const history = github.commentsOn(1).filter(c => c.body.includes('<!-- driftwatch:state:'))
    expect(history).toHaveLength(1)
    const keys = Object.keys(decodeState(history[0].body).state?.findings ?? {})
    expect(keys).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/:aws_s3_bucket\.assets$/),
        expect.stringMatching(/:aws_security_group\.web$/)
      ])
    )
  })
})

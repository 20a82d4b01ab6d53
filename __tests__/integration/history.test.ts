import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startMoto } from '../../scripts/lib/moto.mjs'
import type { MotoServer } from '../../scripts/lib/moto.d.mts'
import {
  createUnmanagedBucket,
  deleteTopic,
  openSecurityGroup,
  retagBucket
} from '../../scripts/lib/tamper.mjs'
import type { CloudTrailStandIn, TrailEvent } from '../helpers/cloudtrail-standin.js'
import {
  assumedRoleRecord,
  iamUserRecord,
  startCloudTrailStandIn
} from '../helpers/cloudtrail-standin.js'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT } from '../helpers/action.js'
import { visibleText } from '../helpers/gfm.js'
import { GitHubServer } from '../helpers/github-server.js'
import type { StoredIssue } from '../helpers/github-server.js'
import type { Workspace } from '../helpers/publish-env.js'
import { runFor, workspace } from '../helpers/publish-env.js'
import { WEBHOOK_TOKEN, WebhookStandIn } from '../helpers/webhook-standin.js'

/**
 * A living audit end to end (issue 13): three scheduled audits in a row on moto (drift appears;
 * more drift and one fix; all fixed), with pull request runs between them, through the bundled
 * action, the real Octokit client against the stand-in GitHub server and a stand-in webhook.
 * The history is kept in one bot comment on the audit issue and read back by the next run.
 */

const PREFIX = 'dw-history'
let moto: MotoServer
let github: GitHubServer
let webhook: WebhookStandIn
let ws: Workspace
let trail: CloudTrailStandIn
/** What the CloudTrail stand-in answers, by region; tests add to it as they change AWS. */
const trailEvents: Record<string, TrailEvent[]> = { 'us-east-1': [] }
const PR = 31
const TODAY = new Date().toISOString().slice(0, 10)
const STATE_MARKER = '<!-- driftwatch:state:'

const target = () => ({ endpoint: moto.endpoint })
const audit = () =>
  runFor(
    ws,
    github.url,
    { name: 'schedule' },
    { 'notify-webhook-url': webhook.url, attribution: 'audit' }
  )
const pullRequest = (inputs: Record<string, string> = {}) =>
  runFor(ws, github.url, { name: 'pull_request', number: PR }, { 'fail-on': 'new', ...inputs })

const auditIssues = (): StoredIssue[] => github.auditIssues()

function stateComments(issue: StoredIssue) {
  return github.commentsOn(issue.number).filter(c => c.body.includes(STATE_MARKER))
}

interface Finding {
  address: string
  history?: { status: string; firstSeen?: string; audits?: number }
}

interface JsonReport {
  directories: { drift: Finding[] }[]
  history?: {
    kind: string
    audits: number
    newCount: number
    previousAudit?: string
    resolved: { kind: string; name: string; firstSeen: string }[]
    issue?: { number: number }
  }
}

function jsonReport(run: ActionRun): JsonReport {
  return JSON.parse(readFileSync(run.outputs.report, 'utf8')) as JsonReport
}

function drifted(report: JsonReport): Finding[] {
  return report.directories.flatMap(d => d.drift)
}

function pullRequestComment(): string {
  const ours = github.commentsOn(PR).filter(c => c.body.startsWith('<!-- driftwatch:comment:'))
  expect(ours).toHaveLength(1)
  return ours[0].body
}

beforeAll(async () => {
  moto = await startMoto()
  github = await GitHubServer.start()
  webhook = await WebhookStandIn.start()
  trail = await startCloudTrailStandIn({ events: trailEvents })
  github.addPullRequest(PR)
  ws = await workspace(join(REPO_ROOT, 'examples', 'demo'), moto.endpoint, { name_prefix: PREFIX })
  // Only CloudTrail goes to the stand-in (moto has no LookupEvents); the rest stays on moto.
  ws.env.AWS_ENDPOINT_URL_CLOUDTRAIL = trail.url
})

afterAll(async () => {
  await trail?.close()
  await webhook?.stop()
  await github?.stop()
  await moto?.stop()
})

describe('a living audit', () => {
  it('audit 1: drift appears; the issue opens with its history and the webhook hears of it', async () => {
    await retagBucket(`${PREFIX}-assets`, { Environment: 'production' }, target())
    const run = await audit()
    expect(run.code).toBe(1)

    const [issue] = auditIssues()
    expect(auditIssues()).toHaveLength(1)
    expect(stateComments(issue)).toHaveLength(1)
    const body = visibleText(issue.body)
    expect(body).toContain('First audit with a history')
    expect(body).toMatch(/aws_s3_bucket\.assets \| changed · ⚪ low · new/)

    const report = jsonReport(run)
    expect(report.history).toMatchObject({ kind: 'audit', audits: 1, newCount: 1, resolved: [] })
    expect(drifted(report)).toEqual([
      expect.objectContaining({
        address: 'aws_s3_bucket.assets',
        history: { status: 'new', firstSeen: TODAY, audits: 1 }
      })
    ])

    expect(webhook.posts).toHaveLength(1)
    const [message] = webhook.texts()
    expect(message).toContain('`aws_s3_bucket.assets`')
    expect(message).not.toContain(WEBHOOK_TOKEN)
    expect(run.everything).not.toContain(WEBHOOK_TOKEN)
  })

  it('a pull request that adds nothing: the drift is known since the audit, and fail-on: new passes', async () => {
    const run = await pullRequest()
    expect(run.code).toBe(0)
    const text = visibleText(pullRequestComment())
    expect(text).toMatch(/Against the last audit \(\d{4}-\d\d-\d\d, #\d+\): 0 new, 1 known/)
    expect(text).toContain(`known since ${TODAY}`)
    // A pull request reads the history and never writes it.
    const [issue] = auditIssues()
    expect(stateComments(issue)).toHaveLength(1)
    expect(webhook.posts).toHaveLength(1)
  })

  it('audit 2: more drift and one fix; the new group comes first, the fix is listed as resolved', async () => {
    await ws.reconcile()
    await openSecurityGroup(`${PREFIX}-web`, 22, target())
    const run = await audit()
    expect(run.code).toBe(1)

    const [issue] = auditIssues()
    expect(stateComments(issue)).toHaveLength(1)
    const body = visibleText(issue.body)
    const newAt = body.indexOf('New since the last audit')
    expect(newAt).toBeGreaterThanOrEqual(0)
    expect(body.indexOf('aws_security_group.web')).toBeGreaterThan(newAt)
    expect(body).toMatch(
      /Resolved since the last audit: 1\s+aws_s3_bucket\.assets in infra\/demo \(first seen \d{4}-\d\d-\d\d\)/
    )

    const report = jsonReport(run)
    expect(report.history).toMatchObject({ kind: 'audit', audits: 2, newCount: 1 })
    expect(report.history?.resolved).toEqual([
      { kind: 'drift', directory: 'infra/demo', name: 'aws_s3_bucket.assets', firstSeen: TODAY }
    ])

    expect(webhook.posts).toHaveLength(2)
    const message = webhook.texts()[1]
    expect(message).toContain('`aws_security_group.web`')
    expect(message).toMatch(/[Rr]esolved[\s\S]*`aws_s3_bucket\.assets`/)
  })

  it('audit 2 again, nothing changed: ages grow, and no notification', async () => {
    const run = await audit()
    expect(run.code).toBe(1)
    const report = jsonReport(run)
    expect(report.history).toMatchObject({ audits: 3, newCount: 0, resolved: [] })
    expect(drifted(report)).toEqual([
      expect.objectContaining({
        address: 'aws_security_group.web',
        history: { status: 'known', firstSeen: TODAY, audits: 2 }
      })
    ])
    expect(visibleText(auditIssues()[0].body)).toContain(`since ${TODAY}, 2 audits`)
    expect(webhook.posts).toHaveLength(2)
  })

  it('a pull request that brings new drift fails with fail-on: new, naming only the new', async () => {
    await deleteTopic(`${PREFIX}-alerts-ops`, target())
    const run = await pullRequest()
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::Drift new since the last audit detected in 1 resource: aws_sns_topic\.alerts\["ops"\]/m
    )
    const text = visibleText(pullRequestComment())
    expect(text).toMatch(/1 new, 1 known/)
  })

  it('audit 3: all fixed; the issue closes and keeps the history of what was resolved', async () => {
    await ws.reconcile()
    const run = await audit()
    expect(run.code).toBe(0)
    const [issue] = auditIssues()
    expect(issue.state).toBe('closed')
    expect(stateComments(issue)).toHaveLength(1)
    const report = jsonReport(run)
    // The deleted topic was only ever seen by a pull request: audits never knew it.
    expect(report.history?.resolved.map(r => r.name)).toEqual(['aws_security_group.web'])
    expect(webhook.posts).toHaveLength(3)
    expect(webhook.texts()[2]).toMatch(/[Rr]esolved/)
  })

  it('a manual audit names who made the drift and the unmanaged bucket, from CloudTrail', async () => {
    const groupId = await openSecurityGroup(`${PREFIX}-web`, 22, target())
    await createUnmanagedBucket(`${PREFIX}-console-dump`, undefined, target())
    const when = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z')
    trailEvents['us-east-1'].push(
      {
        resources: [{ type: 'AWS::EC2::SecurityGroup', name: groupId }],
        record: iamUserRecord('alice', {
          eventName: 'AuthorizeSecurityGroupIngress',
          eventTime: when,
          console: true
        })
      },
      {
        resources: [{ type: 'AWS::S3::Bucket', name: `${PREFIX}-console-dump` }],
        record: assumedRoleRecord('deploy', 'bob', {
          eventName: 'CreateBucket',
          eventSource: 's3.amazonaws.com',
          eventTime: when
        })
      }
    )
    const run = await runFor(
      ws,
      github.url,
      { name: 'workflow_dispatch' },
      {
        'scan-unmanaged': 'true',
        'aws-regions': 'us-east-1',
        'inventory-types': 'aws_s3_bucket',
        attribution: 'audit'
      }
    )
    expect(run.code).toBe(1)
    expect(trail.requests.length).toBeGreaterThan(0)
    const body = visibleText(auditIssues()[0].body)
    expect(body).toContain('Who changed it')
    expect(body).toMatch(
      /aws_security_group\.web: AuthorizeSecurityGroupIngress by alice \(console\) on \d{4}-\d\d-\d\d \d\d:\d\d UTC/
    )
    expect(body).toMatch(
      new RegExp(
        `arn:aws:s3:::${PREFIX}-console-dump: CreateBucket by role deploy \\(session bob\\)`
      )
    )
    expect(run.stdout).toMatch(/last change: AuthorizeSecurityGroupIngress by alice \(console\)/)
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
      attribution?: { found: number }
    }
    expect(report.attribution?.found).toBe(2)
  })

  it('the next audit asks about the unmanaged resources it already knew while terraform plans', async () => {
    const asked = trail.requests.length
    const run = await runFor(
      ws,
      github.url,
      { name: 'workflow_dispatch' },
      {
        'scan-unmanaged': 'true',
        'aws-regions': 'us-east-1',
        'inventory-types': 'aws_s3_bucket',
        attribution: 'audit'
      }
    )
    expect(run.code).toBe(1)
    const early = run.stdout.indexOf('while terraform planned')
    const plansDone = run.stdout.search(/infra\/demo: init \d+ ms, plan \d+ ms/)
    expect(early).toBeGreaterThan(0)
    expect(early).toBeLessThan(plansDone)
    const names = trail.requests.slice(asked).map(r => r.attributes[0]?.AttributeValue)
    expect(names).toContain(`${PREFIX}-console-dump`)
    expect(visibleText(auditIssues()[0].body)).toMatch(
      new RegExp(
        `arn:aws:s3:::${PREFIX}-console-dump: CreateBucket by role deploy \\(session bob\\)`
      )
    )
  })
})

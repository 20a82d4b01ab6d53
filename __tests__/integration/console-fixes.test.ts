import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import { openSecurityGroup, retagBucket } from '../../scripts/lib/tamper.mjs'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import type { Workspace } from '../helpers/publish-env.js'
import { workspace } from '../helpers/publish-env.js'

/**
 * No false drift, as a new user would meet it: a root written the way the provider advises
 * (security group rules and role policies as resources of their own, a bucket ignoring its tags)
 * is applied to moto, and the bundled action runs on it. Right after apply `resource_drift`
 * lists the groups, the role and the managed policy (their computed attributes mirror the other
 * resources) although Terraform plans no change: that is not drift. Nor is a change to tags the
 * code ignores. A rule added to the group whose rules are inline is.
 */

const PREFIX = 'dw-nfd'
const target = () => ({ endpoint: moto.endpoint, region: 'us-east-1' })
let moto: MotoServer
let ws: Workspace

interface ReportJson {
  counts: Record<string, number>
  directories: {
    status: string
    managedResources: number
    drift: {
      address: string
      kind: string
      severity: string
      changes: { path: string; before: unknown; after: unknown }[]
    }[]
    pending: unknown[]
  }[]
}

function check(): Promise<ActionRun> {
  return runAction({
    cwd: ws.dir,
    env: { ...ws.env, GITHUB_WORKSPACE: ws.dir },
    inputs: { 'working-directory': ws.root, 'scan-unmanaged': 'false', publish: 'none' }
  })
}

function report(run: ActionRun): ReportJson {
  return JSON.parse(readFileSync(run.outputs.report, 'utf8')) as ReportJson
}

/** The job summary as read, without Markdown's escapes (`aws\_iam\_role`). */
function summaryText(run: ActionRun): string {
  return run.summary.replace(/\\(.)/g, '$1')
}

function expectNoDrift(run: ActionRun): void {
  const json = report(run)
  // What was drifted is the first thing to read when this fails.
  expect(json.directories[0].drift.map(d => d.address)).toEqual([])
  expect(json.directories[0]).toMatchObject({ status: 'ok', managedResources: 13, pending: [] })
  expect(json.counts).toMatchObject({ drifted: 0, pending: 0, errors: 0 })
  expect(run.outputs).toMatchObject({ 'drift-detected': 'false', 'drifted-count': '0' })
  expect(summaryText(run)).toContain('No drift in 13 managed resources')
  expect(summaryText(run)).not.toContain('aws_')
  expect(run.code).toBe(0)
}

beforeAll(async () => {
  moto = await startMoto()
  ws = await workspace(join(REPO_ROOT, '__tests__', 'roots', 'separate-rules'), moto.endpoint, {
    prefix: PREFIX
  })
})

afterAll(async () => {
  await moto?.stop()
})

describe('no false drift on a root with rules and policies as separate resources', () => {
  it('reports the root as clean right after apply', async () => {
    expectNoDrift(await check())
  })

  it('reports no drift when tags under ignore_changes are changed outside Terraform', async () => {
    const tags = await retagBucket(
      `${PREFIX}-uploads`,
      { Team: 'data', CostCenter: 'finance' },
      target()
    )
    expect(tags).toMatchObject({ Team: 'data', CostCenter: 'finance' })
    expectNoDrift(await check())
  })

  it('reports a rule added to the inline-rules group, and only that', async () => {
    await openSecurityGroup(`${PREFIX}-inline`, 22, target())
    // Added to the separate-rules group too: there it is an unmanaged rule, not the group's drift.
    await openSecurityGroup(`${PREFIX}-app`, 3389, target())
    const run = await check()

    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ 'drift-detected': 'true', 'drifted-count': '1' })
    const json = report(run)
    expect(json.counts).toMatchObject({ drifted: 1, changed: 1, pending: 0 })
    expect(json.directories[0].drift).toEqual([
      expect.objectContaining({
        address: 'aws_security_group.inline',
        kind: 'changed',
        severity: 'critical',
        changes: [
          {
            path: 'ingress[0]',
            before: null,
            after: expect.objectContaining({ cidr_blocks: ['0.0.0.0/0'], from_port: 22 }),
            sensitive: false
          }
        ]
      })
    ])
    const summary = summaryText(run)
    expect(summary).toContain('1 resource drifted of 13 managed')
    expect(summary).toContain(
      'aws_security_group.inline</code>: ingress open to 0.0.0.0/0 (tcp 22)'
    )
    for (const quiet of ['aws_security_group.app', 'aws_iam_role.app', 'aws_s3_bucket.uploads'])
      expect(summary).not.toContain(quiet)
  })
})

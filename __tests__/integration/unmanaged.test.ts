import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import {
  createUnmanagedBucket,
  createUnmanagedQueue,
  createUnmanagedSecurityGroup
} from '../../scripts/lib/tamper.mjs'
import { applyRoot, awsEnv, copyRoot } from '../../scripts/lib/terraform-env.mjs'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'

/**
 * Unmanaged resources end to end, in two regions: terraform applies examples/demo to moto, the
 * SDK then creates what someone would click into the console, and the bundled action must report
 * exactly those: nothing Terraform manages, nothing missed.
 */

const PREFIX = 'dw-unmanaged'
const ACCOUNT = '123456789012'
const HOME = 'us-east-1'
const OTHER = 'eu-west-1'
/** A tag value written to break Markdown, mention people and end the import block's fence. */
const HOSTILE = '<img src=x onerror=alert(1)> @admin ``` | #1'

let moto: MotoServer
let root: string
let env: Record<string, string>
let first: ActionRun
const made = { securityGroupId: '', legacyQueue: '', consoleJobs: '' }

interface ReportJson {
  schemaVersion: number
  counts: Record<string, number>
  unmanaged: {
    regions: string[]
    regionErrors: unknown[]
    resources: {
      arn: string
      type: string
      region: string
      id: string
      tags: Record<string, string>
      importBlock?: { to: string; id: string }
    }[]
    ownedByOthers: { arn: string; owner: string; rule: string }[]
    managed: number
    ignored: number
    coverage: number | null
  }
}

const report = (run: ActionRun): ReportJson =>
  JSON.parse(readFileSync(run.outputs.report, 'utf8')) as ReportJson

function check(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    cwd: root,
    env: { ...env, GITHUB_WORKSPACE: root },
    inputs: {
      'working-directory': '.',
      'plan-args': `-var name_prefix=${PREFIX}`,
      'aws-regions': `${HOME}, ${OTHER}`,
      publish: 'none',
      annotations: 'false',
      ...inputs
    }
  })
}

beforeAll(async () => {
  moto = await startMoto()
  env = awsEnv({ endpoint: moto.endpoint, region: HOME })
  root = copyRoot(join(REPO_ROOT, 'examples', 'demo'))
  await applyRoot(root, env, { name_prefix: PREFIX })

  const home = { endpoint: moto.endpoint, region: HOME }
  const other = { endpoint: moto.endpoint, region: OTHER }
  await createUnmanagedBucket(`${PREFIX}-console-uploads`, { Owner: 'alice', Note: HOSTILE }, home)
  made.consoleJobs = await createUnmanagedQueue(
    `${PREFIX}-console-jobs`,
    { CreatedBy: 'console' },
    other
  )
  made.securityGroupId = await createUnmanagedSecurityGroup(
    `${PREFIX}-console-debug`,
    { CreatedBy: 'console' },
    other
  )
  // Matched by the ignore file: one by ARN glob, one by tag rule.
  await createUnmanagedBucket(`${PREFIX}-legacy-logs`, { Owner: 'ops' }, home)
  made.legacyQueue = await createUnmanagedQueue(
    `${PREFIX}-old-jobs`,
    { Team: 'legacy-billing' },
    home
  )
  // What a CloudFormation stack owns.
  await createUnmanagedQueue(
    `${PREFIX}-stack-jobs`,
    { 'aws:cloudformation:stack-name': 'web-stack' },
    other
  )
  writeFileSync(
    join(root, '.driftignore'),
    `# Resources we know about and keep out of Terraform on purpose
arn:aws:s3:::${PREFIX}-legacy-*
tag:Team=legacy-*
# driftctl's field rules are accepted
aws_s3_bucket.${PREFIX}-assets.tags.Owner
`
  )

  first = await check()
}, 240_000)

afterAll(async () => {
  await moto?.stop()
})

describe('unmanaged resources in two regions', () => {
  /** Sorted by ARN. */
  const expected = () => [
    {
      arn: `arn:aws:ec2:${OTHER}:${ACCOUNT}:security-group/${made.securityGroupId}`,
      type: 'aws_security_group',
      region: OTHER,
      id: made.securityGroupId,
      tags: { CreatedBy: 'console' },
      importBlock: { to: `aws_security_group.${made.securityGroupId}`, id: made.securityGroupId }
    },
    {
      arn: `arn:aws:s3:::${PREFIX}-console-uploads`,
      type: 'aws_s3_bucket',
      // Listed by both regions (moto lists buckets everywhere); once, under the first region asked.
      region: HOME,
      id: `${PREFIX}-console-uploads`,
      tags: { Owner: 'alice', Note: HOSTILE },
      importBlock: {
        to: `aws_s3_bucket.${PREFIX}-console-uploads`,
        id: `${PREFIX}-console-uploads`
      }
    },
    {
      arn: `arn:aws:sqs:${OTHER}:${ACCOUNT}:${PREFIX}-console-jobs`,
      type: 'aws_sqs_queue',
      region: OTHER,
      id: `${PREFIX}-console-jobs`,
      tags: { CreatedBy: 'console' },
      importBlock: {
        to: `aws_sqs_queue.${PREFIX}-console-jobs`,
        // The queue's URL as SQS lists it (moto's own host here; sqs.REGION.amazonaws.com on AWS).
        id: made.consoleJobs
      }
    }
  ]

  it('reports exactly the resources made outside Terraform', () => {
    const { unmanaged, counts, schemaVersion } = report(first)
    expect(schemaVersion).toBe(3)
    expect(unmanaged.regions).toEqual([HOME, OTHER])
    expect(unmanaged.regionErrors).toEqual([])
    // As a set: same length and, per resource, these fields (other analyses may add their own).
    const found = [...unmanaged.resources].sort((x, y) => x.arn.localeCompare(y.arn))
    expect(found).toMatchObject(expected())
    expect(found.map(r => [r.arn, r.tags, r.importBlock])).toEqual(
      expected().map(r => [r.arn, r.tags, r.importBlock])
    )
    // The demo's bucket, security group, two log groups, two topics, parameter and table, and
    // the group's one rule, which the listing sees and the group's inline ingress accounts for.
    expect(unmanaged.managed).toBe(9)
    expect(unmanaged.ignored).toBe(2)
    expect(unmanaged.ownedByOthers).toEqual([
      {
        arn: `arn:aws:sqs:${OTHER}:${ACCOUNT}:${PREFIX}-stack-jobs`,
        type: 'aws_sqs_queue',
        region: OTHER,
        id: `${PREFIX}-stack-jobs`,
        owner: 'CloudFormation stack web-stack',
        rule: 'cloudformation'
      }
    ])
    expect(unmanaged.coverage).toBe(75)
    expect(counts).toMatchObject({
      drifted: 0,
      unmanaged: 3,
      ownedByOthers: 1,
      ignored: 2,
      errors: 0
    })
  })

  it('sets the outputs and fails the step under fail-on any', () => {
    expect(first.outputs).toMatchObject({
      'unmanaged-count': '3',
      coverage: '75',
      'drift-detected': 'true',
      'drifted-count': '0'
    })
    expect(first.code).toBe(1)
    expect(first.stdout).toContain('::error::3 unmanaged resources found')
  })

  it('puts the resources and their import blocks in the job summary, inert', () => {
    const summary = visibleText(first.summary)
    expect(summary).toContain(
      '🟠 No drift, but 3 resources in the account are in no Terraform state'
    )
    expect(summary).toContain('\nUnmanaged resources\n')
    expect(summary).toMatch(/ · 1 owned by other tools · /)
    expect(summary).toMatch(
      /^Coverage: .*; 75% of the resources seen in AWS are in a Terraform state \(9 of 12\)\.$/m
    )
    expect(summary.match(/coverage/gi)).toHaveLength(1)
    expect(summary).toContain(
      `import {\n  to = aws_sqs_queue.${PREFIX}-console-jobs\n  id = "${made.consoleJobs}"\n}`
    )
    expect(summary).toContain(`import {\n  to = aws_s3_bucket.${PREFIX}-console-uploads\n`)
    expect(summary).toContain(`id = "${made.securityGroupId}"`)
    expect(summary).toContain('terraform plan -generate-config-out=generated.tf')
    expect(summary).toContain('CloudFormation stack web-stack')
    expect(summary).toContain('Blind spots:')
    // The hostile tag shows as written, and nothing in it is live.
    expect(summary).toContain(`Note=${HOSTILE}`)
    expect(liveMarkup(first.summary)).toEqual([])
    expect(summary).not.toContain(`${PREFIX}-legacy-logs`)
    expect(summary).not.toContain(`${PREFIX}-assets`)
  })

  it('logs the plan and scan times and their overlap', () => {
    const timing =
      /Terraform plans took (\d+) ms, the inventory scan of us-east-1, eu-west-1 (\d+) ms; they overlapped (\d+) ms/.exec(
        first.stdout
      )
    expect(timing).not.toBeNull()
    const [plans, scan, overlap] = (timing as RegExpExecArray).slice(1).map(Number)
    // Started together, so they overlap. How much is the bench's to measure: the scan's thread
    // runs at idle priority, and the other test worker's terraform may keep it waiting.
    expect(overlap).toBeGreaterThan(0)
    expect(overlap).toBeLessThanOrEqual(Math.min(plans, scan))
    expect(first.stdout).toMatch(/Field rules .* \.driftignore:5$/m)
  })

  it('assumes a role, takes another ignore file and lets an ownership rule be switched off', async () => {
    writeFileSync(join(root, 'other.driftignore'), `aws_sqs_queue.${PREFIX}-old-*\n`)
    const run = await check({
      'terraform-init': 'false',
      'role-to-assume': `arn:aws:iam::${ACCOUNT}:role/drift-audit`,
      'ignore-file': 'other.driftignore',
      'disable-ownership-rules': 'cloudformation',
      'fail-on': 'drift'
    })
    expect(run.code).toBe(0)
    const { unmanaged } = report(run)
    expect(unmanaged.regionErrors).toEqual([])
    expect(unmanaged.ownedByOthers).toEqual([])
    expect(unmanaged.ignored).toBe(1)
    expect(unmanaged.resources.map(r => r.id).sort()).toEqual(
      [
        `${PREFIX}-console-jobs`,
        `${PREFIX}-console-uploads`,
        `${PREFIX}-legacy-logs`,
        `${PREFIX}-stack-jobs`,
        made.securityGroupId
      ].sort()
    )
    expect(run.outputs['unmanaged-count']).toBe('5')
  })

  it('stops on an invalid ignore line, naming the file and line', async () => {
    writeFileSync(join(root, 'bad.driftignore'), `# fine\naws_s3_bucket.*\ntag:Owner\n`)
    const run = await check({ 'terraform-init': 'false', 'ignore-file': 'bad.driftignore' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::bad.driftignore:3: a tag rule needs a value: write tag:Owner=value (the value may be *)'
    )
  })

  it('skips the scan when asked', async () => {
    const run = await check({
      'terraform-init': 'false',
      'scan-unmanaged': 'false',
      'fail-on': 'any'
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      'unmanaged-count': '0',
      coverage: '',
      'drift-detected': 'false'
    })
    expect(run.summary).not.toContain('Unmanaged resources')
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs'
import { CreateSecurityGroupCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { CreateAccessKeyCommand, IAMClient } from '@aws-sdk/client-iam'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import type { UntaggedGlobal } from '../../scripts/lib/tamper.mjs'
import { createUntaggedGlobal, openSecurityGroup, retagBucket } from '../../scripts/lib/tamper.mjs'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import { visibleText } from '../helpers/gfm.js'
import type { Workspace } from '../helpers/publish-env.js'
import { workspace } from '../helpers/publish-env.js'

/**
 * Console fixes around a well-written root, as a new user would meet them. The root follows the
 * provider's advice (security group rules and role policies as resources of their own, a bucket
 * ignoring its tags) and is applied to moto once; the bundled action runs on it.
 *
 * No false drift: right after apply `resource_drift` lists the groups, the role and the managed
 * policy (their computed attributes mirror the other resources) although Terraform plans no
 * change: that is not drift. Nor is a change to tags the code ignores. A rule added to the group
 * whose rules are inline is.
 *
 * The deep inventory: what someone then makes in the console, never tagged (a group open on 22,
 * a rule on the separate-rules group, an IAM user with a key, a second key on the managed user, a
 * role with an inline `*` policy, a bucket in the second region, a log group) is reported exactly,
 * and nothing managed, inline or made by AWS is. The Tagging API alone sees none of it.
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

/** The job summary as a reader sees it. */
function summaryText(run: ActionRun): string {
  return visibleText(run.summary)
}

function expectNoDrift(run: ActionRun): void {
  const json = report(run)
  // What was drifted is the first thing to read when this fails.
  expect(json.directories[0].drift.map(d => d.address)).toEqual([])
  expect(json.directories[0]).toMatchObject({ status: 'ok', managedResources: 15, pending: [] })
  expect(json.counts).toMatchObject({ drifted: 0, pending: 0, errors: 0 })
  expect(run.outputs).toMatchObject({ 'drift-detected': 'false', 'drifted-count': '0' })
  expect(summaryText(run)).toContain('No drift in 15 managed resources')
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
    expect(summary).toContain('1 resource drifted of 15 managed')
    expect(summary).toContain('aws_security_group.inline: ingress open to 0.0.0.0/0 (tcp 22)')
    for (const quiet of ['aws_security_group.app', 'aws_iam_role.app', 'aws_s3_bucket.uploads'])
      expect(summary).not.toContain(quiet)
  })
})

const OTHER = 'eu-west-1'

interface UnmanagedJson {
  unmanaged: {
    inventory: string
    listedTypes: string[]
    notListed: unknown[]
    madeByAws: Record<string, number>
    blindSpots: string
    resources: {
      arn?: string
      type: string
      region: string
      id: string
      seenBy: string
      severity: string
      importBlock?: { to: string; id: string }
    }[]
  }
}

function scan(inventory: 'deep' | 'tagging'): Promise<ActionRun> {
  return runAction({
    cwd: ws.dir,
    env: { ...ws.env, GITHUB_WORKSPACE: ws.dir },
    inputs: {
      'working-directory': ws.root,
      'aws-regions': `us-east-1, ${OTHER}`,
      inventory,
      // One file per mode: each run's report is read after both ran.
      'report-path': `driftwatch-${inventory}.json`,
      publish: 'none',
      annotations: 'false'
    }
  })
}

/** What someone makes by hand, never tagged: the ids the report must name. */
async function consoleFixes(): Promise<{ global: UntaggedGlobal; [name: string]: unknown }> {
  const home = target()
  const other = { ...home, region: OTHER }
  const clients = {
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  }
  const ec2 = new EC2Client({ ...clients, region: home.region })
  const { Vpcs = [] } = await ec2.send(
    new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] })
  )
  const { GroupId: debugGroup } = await ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: `${PREFIX}-debug`,
      Description: 'just for now',
      VpcId: Vpcs[0]?.VpcId
    })
  )
  await openSecurityGroup(debugGroup as string, 22, home)
  ec2.destroy()
  const iam = new IAMClient({ ...clients, region: home.region })
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: `${PREFIX}-ci` }))
  iam.destroy()
  const s3 = new S3Client({ ...clients, region: OTHER, forcePathStyle: true })
  await s3.send(
    new CreateBucketCommand({
      Bucket: `${PREFIX}-dump-eu`,
      CreateBucketConfiguration: { LocationConstraint: OTHER }
    })
  )
  s3.destroy()
  const logs = new CloudWatchLogsClient({ ...clients, region: home.region })
  await logs.send(new CreateLogGroupCommand({ logGroupName: `/${PREFIX}/hotfix` }))
  logs.destroy()
  return {
    global: await createUntaggedGlobal(PREFIX, home),
    debugGroup,
    ciKey: AccessKey?.AccessKeyId,
    other
  }
}

describe('the deep inventory of console fixes around the root', () => {
  let made: Awaited<ReturnType<typeof consoleFixes>>
  let deep: ActionRun
  let tagging: ActionRun

  beforeAll(async () => {
    made = await consoleFixes()
    ;[deep, tagging] = [await scan('deep'), await scan('tagging')]
  }, 240_000)

  const unmanaged = (run: ActionRun) => (report(run) as unknown as UnmanagedJson).unmanaged

  it('reports every never-tagged console fix, found by listing, with its severity', () => {
    const { global } = made
    const rows = unmanaged(deep).resources.map(r => `${r.type} ${r.region} ${r.id} ${r.severity}`)
    const ruleRow = rows.find(row => row.startsWith('aws_vpc_security_group_ingress_rule'))
    expect(rows.sort()).toEqual(
      [
        `aws_cloudwatch_log_group us-east-1 /${PREFIX}/hotfix low`,
        `aws_iam_access_key global ${global.accessKeyId} high`,
        `aws_iam_access_key global ${made.ciKey} high`,
        `aws_iam_group global ${global.group} high`,
        `aws_iam_instance_profile global ${global.instanceProfile} high`,
        `aws_iam_policy global ${PREFIX}-read high`,
        `aws_iam_role global ${global.role} critical`,
        `aws_iam_role_policy global ${global.role}:everything critical`,
        `aws_iam_role_policy_attachment global ${global.role}/${global.policyArn} high`,
        `aws_iam_user global ${global.user} high`,
        `aws_iam_user_policy global ${global.user}:read high`,
        `aws_iam_user_policy_attachment global ${global.user}/${global.policyArn} high`,
        `aws_route53_zone global ${global.zoneId} low`,
        `aws_s3_bucket ${OTHER} ${PREFIX}-dump-eu medium`,
        `aws_security_group us-east-1 ${made.debugGroup} critical`,
        // The 3389 rule added to the separate-rules group above.
        ruleRow
      ].sort()
    )
    expect(ruleRow).toMatch(/^aws_vpc_security_group_ingress_rule us-east-1 sgr-\S+ critical$/)
    expect(unmanaged(deep).resources.every(r => r.seenBy === 'listed')).toBe(true)
    const summary = summaryText(deep)
    expect(summary).toContain('never tagged, found by listing')
    expect(summary).toContain('ingress open to 0.0.0.0/0 (tcp 22)')
  })

  it('reports nothing managed, nothing inline and nothing AWS made, in either region', () => {
    const { resources, madeByAws, notListed, inventory } = unmanaged(deep)
    expect(inventory).toBe('deep')
    expect(notListed).toEqual([])
    const ids = resources.map(r => r.id).join(' ')
    for (const managed of ['-app', '-legacy', '-inline', '-uploads', '-ci ', 'endpoint'])
      expect(`${ids} `).not.toContain(`${PREFIX}${managed}`)
    for (const aws of ['vpc-', 'subnet-', 'igw-', 'rtb-', 'acl-']) expect(ids).not.toContain(aws)
    expect(madeByAws).toMatchObject({
      'default-vpc': expect.any(Number),
      'vpc-defaults': expect.any(Number),
      'default-security-group': expect.any(Number)
    })
    // A default VPC, its subnets and gateway in each of the two regions.
    expect(madeByAws['default-vpc']).toBeGreaterThanOrEqual(2 * 3)
    expect(summaryText(deep)).toMatch(/\d+ made by AWS/)
  })

  it('prints import blocks with the id each type takes', () => {
    const blocks = Object.fromEntries(
      unmanaged(deep).resources.map(r => [`${r.type} ${r.id}`, r.importBlock?.id])
    )
    expect(blocks).toMatchObject({
      [`aws_iam_role_policy ${made.global.role}:everything`]: `${made.global.role}:everything`,
      [`aws_iam_access_key ${made.ciKey}`]: made.ciKey,
      [`aws_iam_policy ${PREFIX}-read`]: made.global.policyArn,
      [`aws_security_group ${made.debugGroup}`]: made.debugGroup
    })
  })

  it('sees none of them through the Tagging API alone, and says why', () => {
    const section = unmanaged(tagging)
    expect(section.inventory).toBe('tagging')
    expect(section.listedTypes).toEqual([])
    expect(section.resources.map(r => r.id)).toEqual([])
    expect(section.blindSpots).toContain('resources that were never tagged')
    expect(summaryText(tagging)).toContain('Set inventory to deep')
  })
})

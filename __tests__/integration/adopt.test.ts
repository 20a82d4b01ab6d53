import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs'
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import {
  createUnmanagedBucket,
  createUnmanagedQueue,
  createUnmanagedSecurityGroup,
  openSecurityGroup
} from '../../scripts/lib/tamper.mjs'
import { applyInitialised, planJson } from '../../scripts/lib/terraform-env.mjs'
import type { CliRun } from '../helpers/action.js'
import { REPO_ROOT, runCli } from '../helpers/action.js'
import { plannedChanges } from '../helpers/planned-changes.js'
import type { Workspace } from '../helpers/publish-env.js'
import { workspace } from '../helpers/publish-env.js'
import type { Report } from '../../src/model/report.js'

/**
 * The adopt round trip, as a user at a terminal makes it: resources made by hand in the account
 * (a security group with two rules, a role with an inline policy, a bucket, a queue, a log group)
 * → `driftwatch fix --adopt` writes the import and resource blocks into the root → a copy of the
 * root plans exactly what the remedy promised → the test applies it (Driftwatch itself never
 * does) → the next audit finds those resources managed.
 */

const PREFIX = 'dw-adopt'
const HOME = 'us-east-1'
const TEMPLATES = { sg: 'cost ${var.x} %{ if true }', bucket: '${jndi} %{x}' }

let moto: MotoServer
let ws: Workspace
let fix: CliRun
let groupId: string

function cli(args: string[]): Promise<CliRun> {
  return runCli(args, { cwd: ws.dir, env: ws.env })
}

const rootDir = () => join(ws.dir, ws.root)

async function handMade(): Promise<void> {
  const target = { endpoint: moto.endpoint, region: HOME }
  const client = {
    region: HOME,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  }
  groupId = await createUnmanagedSecurityGroup(`${PREFIX}-web`, { Note: TEMPLATES.sg }, target)
  await openSecurityGroup(groupId, 22, target)
  await openSecurityGroup(groupId, 443, target)
  const iam = new IAMClient(client)
  const trust = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }
    ]
  }
  const read = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }]
  }
  const RoleName = `${PREFIX}-app`
  await iam.send(
    new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: JSON.stringify(trust) })
  )
  await iam.send(
    new PutRolePolicyCommand({ RoleName, PolicyName: 'read', PolicyDocument: JSON.stringify(read) })
  )
  iam.destroy()
  await createUnmanagedBucket(`${PREFIX}-uploads`, { Owner: TEMPLATES.bucket }, target)
  // moto makes it with 1 MiB messages, which hashicorp/aws 5.x does not validate.
  await createUnmanagedQueue(`${PREFIX}-jobs`, {}, target)
  const logs = new CloudWatchLogsClient(client)
  await logs.send(new CreateLogGroupCommand({ logGroupName: `/${PREFIX}/app` }))
  logs.destroy()
}

/** The audit's unmanaged findings, by id. */
async function unmanagedIds(): Promise<string[]> {
  const run = await cli([ws.root, '--json', '--fail-on', 'never', '--no-init'])
  expect(run.code).toBe(0)
  return (JSON.parse(run.stdout) as Report).unmanaged!.resources.map(r => r.id)
}

const ADOPTED = [
  'aws_cloudwatch_log_group.dw-adopt_app',
  'aws_iam_role.dw-adopt-app',
  'aws_iam_role_policy.dw-adopt-app_read',
  'aws_s3_bucket.dw-adopt-uploads',
  'aws_sqs_queue.dw-adopt-jobs'
]

beforeAll(async () => {
  moto = await startMoto()
  ws = await workspace(join(REPO_ROOT, '__tests__', 'roots', 'adopt'), moto.endpoint, {
    name_prefix: PREFIX
  })
  await handMade()
  fix = await cli(['fix', ws.root, '--adopt', '--regions', HOME])
}, 300_000)

afterAll(async () => {
  await moto?.stop()
})

describe('driftwatch fix --adopt', () => {
  const file = () => join(rootDir(), 'adopted.tf')

  it('writes the blocks into the root and prints the validation plan', () => {
    expect(fix.stderr).not.toMatch(/^driftwatch/m)
    expect(fix.code).toBe(0)
    const addresses = [...ADOPTED, `aws_security_group.${groupId}`].sort()
    expect(fix.stdout).toContain(
      `Adopt into ${ws.root}: 6 resources\n  writes ${ws.root}/adopted.tf\n`
    )
    expect(fix.stdout).toContain(
      'Validation plan (terraform plan in a copy of the root): Plan: 6 to import, 0 to add, 0 to change, 0 to destroy.'
    )
    for (const address of addresses) expect(fix.stdout).toContain(`  import  ${address}\n`)
    expect(fix.stdout).not.toContain('Left out')
    const text = readFileSync(file(), 'utf8')
    for (const address of addresses) {
      const [type, name] = address.split('.')
      expect(text).toContain(`import {\n  to = ${address}\n`)
      expect(text).toContain(`resource "${type}" "${name}" {`)
    }
    // The generator's clean-up: no computed or empty arguments left.
    expect(text).not.toMatch(/tags_all|= null|name_prefix/)
    // The queue keeps its 1 MiB, said why.
    expect(text).toContain('ignore_changes = [max_message_size]')
    // Nothing else of the root was touched, nor left behind.
    expect(readFileSync(join(rootDir(), 'main.tf'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, '__tests__', 'roots', 'adopt', 'main.tf'), 'utf8')
    )
    expect(existsSync(join(rootDir(), 'driftwatch-adopt-generated.tf'))).toBe(false)
  })

  it('keeps tag values holding ${ and %{ inert', () => {
    const text = readFileSync(file(), 'utf8')
    expect(text).toContain('Note = "cost $${var.x} %%{ if true }"')
    expect(text).toContain('Owner = "$${jndi} %%{x}"')
  })

  it('plans in a copy of the root exactly what it promised, and after apply they are managed', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'driftwatch-adopted-'))
    cpSync(rootDir(), copy, { recursive: true, verbatimSymlinks: true })
    expect(await plannedChanges(copy, ws.env)).toEqual(
      [...ADOPTED, `aws_security_group.${groupId}`].sort().map(a => [a, 'no-op', true])
    )
    await applyInitialised(rootDir(), ws.env)
    // Applied: the state holds them, and the root plans nothing more.
    expect((await planJson(rootDir(), ws.env, {})).exitCode).toBe(0)
    const after = await unmanagedIds()
    for (const id of [
      groupId,
      `${PREFIX}-app`,
      `${PREFIX}-app:read`,
      `${PREFIX}-uploads`,
      `${PREFIX}-jobs`,
      `/${PREFIX}/app`
    ])
      expect(after).not.toContain(id)
  })

  it('says what to change when the command is incomplete, before terraform runs', async () => {
    const run = await cli(['fix', ws.root])
    expect(run).toMatchObject({
      code: 2,
      stderr: 'driftwatch: fix needs one of --adopt or --codify.\n'
    })
    const both = await cli(['fix', ws.root, '--adopt', '--codify'])
    expect(both).toMatchObject({
      code: 2,
      stderr: 'driftwatch: fix needs one of --adopt or --codify.\n'
    })
  })
})

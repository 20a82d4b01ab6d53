import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CloudWatchLogsClient, PutRetentionPolicyCommand } from '@aws-sdk/client-cloudwatch-logs'
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DriftFinding } from '../../src/model/findings.js'
import { findTerraform } from '../../src/collect/terraform/run.js'
import type { CodifyRemedy } from '../../src/remediate/codify/index.js'
import { codify } from '../../src/remediate/codify/index.js'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import {
  deleteTopic,
  openSecurityGroup,
  retagBucket,
  rotateSecret
} from '../../scripts/lib/tamper.mjs'
import { planJson, terraform } from '../../scripts/lib/terraform-env.mjs'
import type { ActionRun } from '../helpers/action.js'

import { REPO_ROOT, runAction, runCli } from '../helpers/action.js'
import type { Workspace } from '../helpers/publish-env.js'
import { workspace } from '../helpers/publish-env.js'

/**
 * The codify remedy's round trip against moto. The root is applied, then the console changes it:
 * a log group's retention (a literal), a bucket's tags (a new one carries text that would be a
 * template if written raw), a rule added to a group whose rules are inline, the retention of a log
 * group that a variable sets, a SecureString's value, and a topic deleted. The Action (dist/)
 * audits it; codify rewrites the code from the report's findings; this test checks the files,
 * plans a copy of the root with them itself (those resources plan no change, the topic is only
 * forgotten), accepts the refreshed state (`apply -refresh-only`, which changes nothing in AWS),
 * and a fresh audit finds the codified resources neither drifted nor asking for a change.
 */

const PREFIX = 'dw-cod'
const target = () => ({ endpoint: moto.endpoint, region: 'us-east-1' })
/** A tag value that HCL would read as a template if it were not escaped. */
const HOSTILE = 'fin-${var.prefix}-%{ if true }x'
const ROTATED = 'rotated-token-VALUE-7'

let moto: MotoServer
let ws: Workspace
let rootDir: string
let findings: DriftFinding[]
let result: CodifyRemedy

interface ReportJson {
  directories: { status: string; drift: DriftFinding[]; pending: { address: string }[] }[]
}

function audit(): Promise<ActionRun> {
  return runAction({
    cwd: ws.dir,
    env: { ...ws.env, GITHUB_WORKSPACE: ws.dir },
    inputs: { 'working-directory': ws.root, 'scan-unmanaged': 'false', publish: 'none' }
  })
}

function report(run: ActionRun): ReportJson['directories'][number] {
  return (JSON.parse(readFileSync(run.outputs.report, 'utf8')) as ReportJson).directories[0]
}

async function setRetention(logGroupName: string, retentionInDays: number): Promise<void> {
  const logs = new CloudWatchLogsClient({
    ...target(),
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  })
  try {
    await logs.send(new PutRetentionPolicyCommand({ logGroupName, retentionInDays }))
  } finally {
    logs.destroy()
  }
}

const CODIFIED = [
  'aws_cloudwatch_log_group.app',
  'aws_s3_bucket.data',
  'aws_security_group.web',
  'aws_sns_topic.alerts'
]

beforeAll(async () => {
  moto = await startMoto()
  ws = await workspace(join(REPO_ROOT, '__tests__', 'roots', 'codify'), moto.endpoint, {
    prefix: PREFIX
  })
  rootDir = join(ws.dir, ws.root)
  await setRetention(`/${PREFIX}/app`, 30)
  await setRetention(`/${PREFIX}/audit`, 90)
  await retagBucket(`${PREFIX}-data`, { CostCenter: HOSTILE }, target())
  await openSecurityGroup(`${PREFIX}-web`, 22, target())
  await rotateSecret(`/${PREFIX}/token`, ROTATED, target())
  await deleteTopic(`${PREFIX}-alerts`, target())

  const run = await audit()
  findings = report(run).drift
  result = await codify({
    directory: rootDir,
    drift: findings,
    repoRoot: ws.dir,
    terraform: {
      binary: await findTerraform(),
      init: false,
      initArgs: [],
      planArgs: [],
      varFiles: [],
      env: { ...process.env, ...ws.env },
      scrub: text => text
    }
  })
})

afterAll(async () => {
  await moto?.stop()
})

describe('codify: accepting drift into the code', () => {
  it('starts from the audit finding every console change', () => {
    expect(findings.map(f => [f.address, f.kind, f.changes.map(c => c.path)])).toEqual([
      ['aws_cloudwatch_log_group.app', 'changed', ['retention_in_days']],
      ['aws_cloudwatch_log_group.audit', 'changed', ['retention_in_days']],
      ['aws_s3_bucket.data', 'changed', ['tags.CostCenter']],
      ['aws_security_group.web', 'changed', [expect.stringMatching(/^ingress\[\d\]$/)]],
      ['aws_sns_topic.alerts', 'deleted', []],
      // The version follows the value: Terraform computes it.
      ['aws_ssm_parameter.token', 'changed', ['value', 'version']]
    ])
  })

  it('rewrites main.tf in place: comments and layout kept, the live values written inert', () => {
    expect(result.files.map(f => f.path)).toEqual(['infra/codify/main.tf'])
    const original = readFileSync(
      join(REPO_ROOT, '__tests__', 'roots', 'codify', 'main.tf'),
      'utf8'
    )
    const expected = original
      .replace('retention_in_days = 7 # one week', 'retention_in_days = 30 # one week')
      .replace(
        '    Team = "data" # who is paged\n',
        // A function: in a replacement string `$$` would stand for one `$`.
        () =>
          '    Team       = "data" # who is paged\n    CostCenter = "fin-$${var.prefix}-%%{ if true }x"\n'
      )
      .replace(
        '    cidr_blocks = ["10.0.0.0/8"]\n  }\n',
        [
          '    cidr_blocks = ["10.0.0.0/8"]',
          '  }',
          '',
          '  ingress {',
          '    cidr_blocks = ["0.0.0.0/0"]',
          '    description = "temporary debug access"',
          '    from_port   = 22',
          '    protocol    = "tcp"',
          '    self        = false',
          '    to_port     = 22',
          '  }',
          ''
        ].join('\n')
      )
      .replace(
        'resource "aws_sns_topic" "alerts" {\n  name = "${var.prefix}-alerts"\n}',
        'removed {\n  from = aws_sns_topic.alerts\n\n  lifecycle {\n    destroy = false\n  }\n}'
      )
    expect(result.files[0].content).toBe(expected)
    expect(result.files[0].content).not.toContain(ROTATED)
  })

  it('says what it wrote, what it removed and what it left, with where', () => {
    expect(result.codify.changes.map(c => [c.address, c.path, c.after])).toEqual([
      ['aws_cloudwatch_log_group.app', 'retention_in_days', 30],
      ['aws_s3_bucket.data', 'tags.CostCenter', HOSTILE],
      [
        'aws_security_group.web',
        expect.stringMatching(/^ingress/),
        expect.objectContaining({ from_port: 22 })
      ]
    ])
    expect(result.codify.removed).toEqual([
      { address: 'aws_sns_topic.alerts', file: 'infra/codify/main.tf', line: expect.any(Number) }
    ])
    expect(result.codify.notCodified).toEqual([
      {
        address: 'aws_cloudwatch_log_group.audit',
        path: 'retention_in_days',
        reason: 'expression',
        detail: 'set by `var.audit_retention`: change it there',
        file: 'infra/codify/main.tf',
        line: 34,
        live: 90
      },
      {
        address: 'aws_ssm_parameter.token',
        path: 'value',
        reason: 'sensitive',
        detail: 'sensitive: set by hand',
        file: 'infra/codify/main.tf',
        line: 62
      },
      {
        address: 'aws_ssm_parameter.token',
        path: 'version',
        reason: 'invalid',
        detail: expect.stringContaining(
          'taken back: terraform validate: Value for unconfigurable attribute'
        ),
        file: 'infra/codify/main.tf',
        live: 2
      }
    ])
    expect(JSON.stringify(result)).not.toContain(ROTATED)
  })

  it('shows with its validation plan that the codified resources plan no change', () => {
    expect(result.plan).toEqual({
      import: 0,
      add: 0,
      // What was left for a person is still planned back.
      change: 2,
      destroy: 0,
      resources: [
        { address: 'aws_cloudwatch_log_group.app', action: 'no-op', remedy: true },
        { address: 'aws_cloudwatch_log_group.audit', action: 'update', remedy: false },
        { address: 'aws_s3_bucket.data', action: 'no-op', remedy: true },
        { address: 'aws_security_group.web', action: 'no-op', remedy: true },
        { address: 'aws_sns_topic.alerts', action: 'forget', remedy: true },
        { address: 'aws_ssm_parameter.token', action: 'update', remedy: false }
      ]
    })
    expect(result).toMatchObject({
      kind: 'codify',
      root: 'infra/codify',
      addressed: CODIFIED.map(address => ({ finding: address, address }))
    })
    expect(result.skipped.map(s => s.reason)).toEqual([
      '`retention_in_days` (infra/codify/main.tf:34): set by `var.audit_retention`: change it there; live value 90',
      '`value` (infra/codify/main.tf:62): sensitive: set by hand',
      expect.stringMatching(
        /^`version` \(infra\/codify\/main.tf\): written, then taken back: terraform validate: Value for unconfigurable attribute.*; live value 2$/
      )
    ])
  })

  it('plans no change for them in a copy of the root holding the files', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'driftwatch-codified-'))
    cpSync(rootDir, copy, { recursive: true, filter: src => !src.endsWith('.terraform') })
    symlinkSync(join(rootDir, '.terraform'), join(copy, '.terraform'))
    writeFileSync(join(copy, 'main.tf'), result.files[0].content)
    const { plan } = await planJson(copy, ws.env)
    const actions = Object.fromEntries(
      (plan.resource_changes as { address: string; change: { actions: string[] } }[]).map(rc => [
        rc.address,
        rc.change.actions
      ])
    )
    for (const address of CODIFIED.slice(0, 3))
      expect([address, actions[address]]).toEqual([address, ['no-op']])
    expect(actions['aws_sns_topic.alerts']).toEqual(['forget'])
    // What was left for a person is still planned back.
    expect(actions['aws_cloudwatch_log_group.audit']).toEqual(['update'])
    expect(actions['aws_ssm_parameter.token']).toEqual(['update'])
  })

  it('driftwatch fix --codify writes the same files into the working tree, with the validation plan', async () => {
    const fix = await runCli(['fix', ws.root, '--codify', '--no-unmanaged'], {
      cwd: ws.dir,
      env: ws.env
    })
    expect(fix.stderr).not.toMatch(/^driftwatch/m)
    expect(fix.code).toBe(0)
    expect(readFileSync(join(rootDir, 'main.tf'), 'utf8')).toBe(result.files[0].content)
    expect(fix.stdout).toContain(`Codify into ${ws.root}: ${CODIFIED.length} resources\n`)
    expect(fix.stdout).toContain(
      'Validation plan (terraform plan in a copy of the root): Plan: 0 to import, 0 to add, 2 to change, 0 to destroy.'
    )
  })

  it('leaves a fresh audit with nothing to say about the codified resources', async () => {
    writeFileSync(join(rootDir, 'main.tf'), result.files[0].content)
    // The state takes what AWS has now; AWS itself is not touched.
    const refreshed = await terraform(['apply', '-refresh-only', '-auto-approve', '-no-color'], {
      cwd: rootDir,
      env: ws.env
    })
    expect(refreshed.stderr).toBe('')
    const directory = report(await audit())
    expect(directory.status).toBe('ok')
    expect(directory.drift.map(d => d.address)).toEqual([])
    // The values left for a person: the code still asks for its own.
    expect(directory.pending.map(p => p.address).sort()).toEqual([
      'aws_cloudwatch_log_group.audit',
      'aws_ssm_parameter.token'
    ])
  })
})

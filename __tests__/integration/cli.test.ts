import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Log } from 'sarif'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import { driftDemo, INITIAL_SECRET, ROTATED_SECRET } from '../../scripts/lib/tamper.mjs'
import type { CliRun } from '../helpers/action.js'
import { REPO_ROOT, runCli } from '../helpers/action.js'
import type { Workspace } from '../helpers/publish-env.js'
import { workspace } from '../helpers/publish-env.js'
import type { Report } from '../../src/model/report.js'

/**
 * The local CLI as a user runs it: dist/cli/index.js (what package.json's `bin` points at) in a
 * checkout, against a real root applied to moto, with no GitHub variables anywhere.
 */

const PREFIX = 'dw-cli'
let moto: MotoServer
let ws: Workspace

function cli(args: string[]): Promise<CliRun> {
  return runCli(args, { cwd: ws.dir, env: ws.env })
}

function expectNoSecrets(run: CliRun): void {
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toContain(INITIAL_SECRET)
    expect(text).not.toContain(ROTATED_SECRET)
  }
}

beforeAll(async () => {
  moto = await startMoto()
  ws = await workspace(join(REPO_ROOT, 'examples', 'demo'), moto.endpoint, { name_prefix: PREFIX })
})

afterAll(async () => {
  await moto?.stop()
})

describe('driftwatch CLI on a real root', () => {
  it('exits 0 on a clean root and prints plain text to a pipe', async () => {
    const run = await cli([ws.root, '--no-unmanaged'])
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^No drift\n/) })
    expect(run.stdout).not.toContain('\u001b[')
    // No Actions workflow commands outside a runner.
    expect(run.stdout + run.stderr).not.toMatch(/^::/m)
  })

  it('exits 1 on drift, --json prints the report with severities, --sarif writes the log', async () => {
    await driftDemo(PREFIX, { endpoint: moto.endpoint, region: 'us-east-1' })
    const sarifPath = join(ws.dir, 'out', 'drift.sarif')
    const run = await cli([ws.root, '--json', '--no-unmanaged', '--no-init', '--sarif', sarifPath])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^driftwatch: Drift detected in 4 resources: /m)
    const report = JSON.parse(run.stdout) as Report
    expect(report.counts).toMatchObject({ drifted: 4, changed: 3, deleted: 1 })
    const severity = Object.fromEntries(
      report.directories[0].drift.map(d => [d.address, d.severity])
    )
    expect(severity).toEqual({
      'aws_s3_bucket.assets': 'low',
      'aws_security_group.web': 'critical',
      'aws_sns_topic.alerts["billing"]': 'medium',
      'aws_ssm_parameter.db_password': 'high'
    })
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as Log
    expect(sarif.runs[0].results?.[0]).toMatchObject({
      ruleId: 'open-ingress-admin-port',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `${ws.root}/main.tf` },
            region: { startLine: expect.any(Number) }
          }
        }
      ]
    })
    expectNoSecrets(run)
    expect(readFileSync(sarifPath, 'utf8')).not.toContain(ROTATED_SECRET)
  })

  it('follows --fail-on and --fail-on-severity, and shows severity in the text', async () => {
    const never = await cli([ws.root, '--no-unmanaged', '--no-init', '--fail-on', 'never'])
    expect(never.code).toBe(0)
    expect(never.stdout).toMatch(
      /aws_security_group\.web {2}changed outside Terraform {2}\[critical\]/
    )
    expect(never.stdout).toContain('! ingress open to 0.0.0.0/0 (tcp 22)')
    expect(never.stdout).toMatch(/^Severity: 🔴 1 critical · 🟠 1 high · 🟡 1 medium · ⚪ 1 low$/m)
    const severe = await cli([
      ws.root,
      '--no-unmanaged',
      '--no-init',
      '--fail-on',
      'drift',
      '--fail-on-severity',
      'critical',
      '--color'
    ])
    expect(severe.code).toBe(1)
    expect(severe.stderr).toMatch(
      /^driftwatch: Drift of severity critical or above detected in 1 resource: aws_security_group\.web \(changed, critical\)$/m
    )
    expect(severe.stdout).toContain('\u001b[31m')
    expectNoSecrets(never)
  })

  it('exits 2 on bad usage, before running terraform', async () => {
    const run = await cli([ws.root, '--fail-on-severity', 'urgent'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      "driftwatch: Option '--fail-on-severity' must be one of none, low, medium, high, critical; got 'urgent'.\n"
    )
  })
})

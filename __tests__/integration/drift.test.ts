import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import { driftDemo, INITIAL_SECRET, ROTATED_SECRET } from '../../scripts/lib/tamper.mjs'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import { visibleText } from '../helpers/gfm.js'
import type { Workspace } from '../helpers/publish-env.js'
import { workspace } from '../helpers/publish-env.js'

/**
 * The drift core end to end: real terraform applies examples/demo to moto, the AWS SDK changes
 * it behind Terraform's back, and the bundled action runs as a runner would.
 */

const PREFIX = 'dw-core'
let moto: MotoServer
let ws: Workspace

interface ReportJson {
  schemaVersion: number
  counts: Record<string, number>
  directories: {
    path: string
    status: string
    error?: string
    drift: {
      address: string
      kind: string
      changes: { path: string; before: unknown; after: unknown }[]
    }[]
    pending: unknown[]
  }[]
}

function check(
  inputs: Record<string, string> = {},
  env: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  return runAction({
    cwd: ws.dir,
    env: { ...ws.env, GITHUB_WORKSPACE: ws.dir, ...env },
    inputs: { 'working-directory': ws.root, 'scan-unmanaged': 'false', ...inputs }
  })
}

function report(run: ActionRun): ReportJson {
  return JSON.parse(readFileSync(run.outputs.report, 'utf8')) as ReportJson
}

function expectNoSecrets(run: ActionRun): void {
  expect(run.everything).not.toContain(INITIAL_SECRET)
  expect(run.everything).not.toContain(ROTATED_SECRET)
}

beforeAll(async () => {
  moto = await startMoto()
  ws = await workspace(join(REPO_ROOT, 'examples', 'demo'), moto.endpoint, { name_prefix: PREFIX })
})

afterAll(async () => {
  await moto?.stop()
})

describe('drift core on a real root', () => {
  it('reports a freshly applied root as clean', async () => {
    const run = await check()
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ 'drift-detected': 'false', 'drifted-count': '0' })
    expect(run.summary).toContain('No drift')
    expect(report(run).directories[0]).toMatchObject({
      path: ws.root,
      status: 'ok',
      drift: [],
      pending: []
    })
    expectNoSecrets(run)
  })

  it('reports changed and deleted resources, attribute by attribute, and fails the step', async () => {
    await driftDemo(PREFIX, { endpoint: moto.endpoint, region: 'us-east-1' })
    const run = await check()
    // Both the old and the new secret are registered with the runner's masking.
    expect(run.masked).toEqual(expect.arrayContaining([INITIAL_SECRET, ROTATED_SECRET]))

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::Drift detected in 4 resources: .*aws_sns_topic\.alerts\["billing"\] \(deleted[,)]/m
    )
    expect(run.outputs).toMatchObject({ 'drift-detected': 'true', 'drifted-count': '4' })

    const json = report(run)
    expect(json.counts).toMatchObject({ drifted: 4, changed: 3, deleted: 1, pending: 0, errors: 0 })
    const drift = Object.fromEntries(json.directories[0].drift.map(d => [d.address, d]))
    expect(Object.keys(drift).sort()).toEqual([
      'aws_s3_bucket.assets',
      'aws_security_group.web',
      'aws_sns_topic.alerts["billing"]',
      'aws_ssm_parameter.db_password'
    ])
    expect(drift['aws_sns_topic.alerts["billing"]'].kind).toBe('deleted')
    expect(drift['aws_security_group.web'].changes).toContainEqual(
      expect.objectContaining({
        before: null,
        after: expect.objectContaining({ cidr_blocks: ['0.0.0.0/0'] })
      })
    )
    // The rotated secret is drift, reported by path with both values redacted.
    expect(drift['aws_ssm_parameter.db_password'].changes).toContainEqual(
      expect.objectContaining({ path: 'value', before: '(sensitive)', after: '(sensitive)' })
    )

    // The summary a user reads: the table, the deleted topic called out, the open ingress readable.
    const summary = visibleText(run.summary)
    expect(summary).toContain('Drift detected')
    expect(summary).toContain('aws_sns_topic.alerts["billing"] | deleted outside Terraform')
    expect(summary).toContain('aws_security_group.web: ingress open to 0.0.0.0/0 (tcp 22)')
    expect(summary).toMatch(/tags\.Owner \|.*alice/)
    expectNoSecrets(run)
  })

  it("passes with fail-on: never, calling the real terraform behind setup-terraform's wrapper", async () => {
    // The wrapper prints its own lines around terraform's output, which breaks `show -json`.
    const bin = mkdtempSync(join(tmpdir(), 'setup-terraform-'))
    writeFileSync(
      join(bin, 'terraform'),
      '#!/bin/sh\necho "[command]terraform $*"\necho "::debug::wrapped"\nexit 0\n'
    )
    chmodSync(join(bin, 'terraform'), 0o755)
    const real = (process.env.PATH ?? '')
      .split(':')
      .map(dir => join(dir, 'terraform'))
      .find(path => existsSync(path)) as string
    symlinkSync(real, join(bin, 'terraform-bin'))
    const run = await check(
      { 'fail-on': 'never', 'terraform-init': 'false' },
      { PATH: `${bin}:${process.env.PATH}` }
    )
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ 'drift-detected': 'true', 'drifted-count': '4' })
    expect(run.stdout).not.toMatch(/^::error::/m)
    expectNoSecrets(run)
  })

  it('keeps the results of good working directories when another one is bad', async () => {
    const broken = join(ws.dir, 'infra', 'broken')
    mkdirSync(broken, { recursive: true })
    writeFileSync(
      join(broken, 'main.tf'),
      'resource "aws_sns_topic" "t" {\n  name = var.missing\n}\n'
    )
    const run = await check({
      'working-directory': `${ws.root}\ninfra/nowhere\ninfra/broken`,
      'fail-on': 'never'
    })
    expect(run.code).toBe(1)
    const json = report(run)
    expect(json.directories.map(d => [d.path, d.status])).toEqual([
      [ws.root, 'ok'],
      ['infra/nowhere', 'error'],
      ['infra/broken', 'error']
    ])
    expect(json.directories[0].drift).toHaveLength(4)
    expect(json.directories[1].error).toBe(
      "working-directory 'infra/nowhere' does not exist (paths are relative to the repository root)."
    )
    expect(json.directories[2].error).toMatch(
      /^terraform (init|plan) failed in 'infra\/broken': Error: /
    )
    expect(run.summary).toContain('4 resources drifted')
    // One line per fault, never a stack trace.
    expect(run.stdout).toMatch(/^::error::2 working directories could not be checked: /m)
    expect(run.everything).not.toMatch(/\n\s+at .*\.(js|ts):\d+/)
  })

  it('says in one line that terraform is missing', async () => {
    const run = await check({}, { PATH: '/usr/bin/nonexistent' })
    expect(run.code).toBe(1)
    expect(
      run.stdout
        .trim()
        .split('\n')
        .filter(l => l.startsWith('::error::'))
    ).toEqual([
      '::error::terraform was not found on PATH: add a hashicorp/setup-terraform step before Driftwatch.'
    ])
  })

  it('is clean again once terraform apply reconciles the account', async () => {
    await ws.reconcile()
    const run = await check({ 'terraform-init': 'false' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ 'drift-detected': 'false', 'drifted-count': '0' })
    expect(report(run).counts.drifted).toBe(0)
    expectNoSecrets(run)
  })
})

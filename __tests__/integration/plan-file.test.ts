import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import {
  deleteTopic,
  openSecurityGroup,
  retagBucket,
  rotateSecret
} from '../../scripts/lib/tamper.mjs'
import { planJson, terraform } from '../../scripts/lib/terraform-env.mjs'
import { accountedParts } from '../../src/analyse/accounted.js'
import { analysePlan } from '../../src/analyse/drift.js'
import { managedSet } from '../../src/analyse/managed.js'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import { readersDiffer } from '../../src/collect/terraform/plan-file/check.js'
import { readPlanFile } from '../../src/collect/terraform/plan-file/read.js'
import { readRootFiles } from '../../src/collect/terraform/module-files.js'
import { loadSchemas } from '../../src/collect/terraform/plan-file/schema.js'
import { collectSecrets } from '../../src/collect/terraform/secrets.js'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import { readInChunks } from '../helpers/plans.js'
import type { Workspace } from '../helpers/publish-env.js'
import { workspace } from '../helpers/publish-env.js'

/**
 * Issue 14: the plan read straight from the plan file, never with `terraform show -json`, and
 * the same findings as show's. One real plan with every shape the reader must get right
 * (__tests__/roots/differential): drift of a fractional number, an opened ingress rule, a rotated
 * secret, retagged buckets (one under ignore_changes), topics deleted from modules called with
 * for_each and count, a pending tag from the code, sensitive variables (tfvars and a default) and
 * a sensitive output. Every other suite's first run on each root reads its plan both ways too
 * (helpers/action.ts), so every kind of plan the suites make is compared.
 */

const PREFIX = 'dw-plan-file'
const TOKEN = 'DIFF-TOKEN-1-4e0b'
const ROTATED = 'DIFF-TOKEN-2-91aa'
const DEFAULT_SECRET = 'DIFF-DEFAULT-7c1f0a'
const SECRETS = [TOKEN, ROTATED, DEFAULT_SECRET]
let moto: MotoServer
let ws: Workspace
let rootDir: string

/** Changes the alarm's threshold as another apply would: from a copy of the root and its state. */
async function changeThresholdElsewhere(threshold: string): Promise<void> {
  const other = mkdtempSync(join(tmpdir(), 'driftwatch-other-'))
  cpSync(rootDir, other, { recursive: true })
  const result = await terraform(
    [
      'apply',
      '-auto-approve',
      '-input=false',
      '-no-color',
      `-var=threshold=${threshold}`,
      '-target=aws_cloudwatch_metric_alarm.cpu'
    ],
    { cwd: other, env: ws.env }
  )
  rmSync(other, { recursive: true, force: true })
  if (result.code !== 0) throw new Error(`terraform apply failed: ${result.stderr}`)
}

beforeAll(async () => {
  moto = await startMoto()
  ws = await workspace(join(REPO_ROOT, '__tests__', 'roots', 'differential'), moto.endpoint, {
    prefix: PREFIX,
    api_token: TOKEN
  })
  rootDir = join(ws.dir, ws.root)
  const target = { endpoint: moto.endpoint, region: 'us-east-1' }
  await changeThresholdElsewhere('0.3')
  await openSecurityGroup(`${PREFIX}-web`, 22, target)
  await rotateSecret(`/${PREFIX}/token`, ROTATED, target)
  await retagBucket(`${PREFIX}-assets`, { Team: 'data', Owner: 'bob' }, target)
  await retagBucket(`${PREFIX}-ignored`, { Team: 'data' }, target)
  await deleteTopic(`${PREFIX}-beta`, target)
  await deleteTopic(`${PREFIX}-numbered-1`, target)
}, 240_000)

afterAll(async () => {
  await moto?.stop()
})

/** A shim in front of the real terraform that writes each command it runs to a log. */
function recordingTerraform(): { path: string; commands: () => string[] } {
  const bin = mkdtempSync(join(tmpdir(), 'driftwatch-shim-'))
  const log = join(bin, 'commands.log')
  writeFileSync(log, '')
  const real = process.env.PATH?.split(':')
    .map(dir => join(dir, 'terraform'))
    .find(file => existsSync(file))
  writeFileSync(join(bin, 'terraform'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`)
  chmodSync(join(bin, 'terraform'), 0o755)
  return {
    path: `${bin}:${process.env.PATH}`,
    commands: () => readFileSync(log, 'utf8').split('\n').filter(Boolean)
  }
}

function audit(env: NodeJS.ProcessEnv, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    cwd: ws.dir,
    env: { ...ws.env, GITHUB_WORKSPACE: ws.dir, ...env },
    inputs: { 'working-directory': ws.root, 'scan-unmanaged': 'false', ...inputs }
  })
}

function driftedAddresses(run: ActionRun): string[] {
  const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
    directories: { drift: { address: string }[] }[]
  }
  return report.directories[0].drift.map(d => d.address).sort()
}

const EXPECTED_DRIFT = [
  'aws_cloudwatch_metric_alarm.cpu',
  'aws_s3_bucket.assets',
  'aws_security_group.web',
  'aws_ssm_parameter.token',
  'module.numbered[1].aws_sns_topic.this',
  'module.topics["beta"].aws_sns_topic.this'
]

describe('the plan read from the plan file', () => {
  it('gives the findings show gives, finding by finding, with the same secrets', async () => {
    const { plan: shown } = await planJson(rootDir, ws.env, { extra_tag: 'new' })
    const fromShow = readInChunks(JSON.stringify(shown))
    const lock = readFileSync(join(rootDir, '.terraform.lock.hcl'), 'utf8')
    const schemas = await loadSchemas(lock, {
      cacheDir: mkdtempSync(join(tmpdir(), 'driftwatch-schemas-')),
      fetch: async () => {
        const result = await terraform(['providers', 'schema', '-json'], {
          cwd: rootDir,
          env: ws.env
        })
        return result.code === 0 ? result.stdout : undefined
      }
    })
    expect(schemas).toBeDefined()
    const files = await readRootFiles(rootDir)
    const fromFile: Plan = await readPlanFile(join(rootDir, 'driftwatch.tfplan'), files, schemas!)

    const mine = analysePlan(fromFile)
    const theirs = analysePlan(fromShow)
    expect(mine.drift.map(d => d.address).sort()).toEqual(EXPECTED_DRIFT)
    for (const [i, finding] of theirs.drift.entries()) expect(mine.drift[i]).toEqual(finding)
    expect(mine).toEqual(theirs)
    // cty writes 0.3 as the decimal string "0.3"; the schema says it is a number, as JSON has it.
    expect(mine.drift.find(d => d.type === 'aws_cloudwatch_metric_alarm')?.changes).toEqual([
      expect.objectContaining({ path: 'threshold', before: 0.9, after: 0.3 })
    ])
    // The code's own change (a new tag) rides on the bucket's revert, as show has it.
    expect(mine.drift.find(d => d.address === 'aws_s3_bucket.assets')?.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'tags.Owner', after: 'bob' })])
    )

    expect([...collectSecrets(fromFile)].sort()).toEqual([...collectSecrets(fromShow)].sort())
    expect([...collectSecrets(fromFile)]).toEqual(expect.arrayContaining(SECRETS))
    expect(managedSet([fromFile])).toEqual(managedSet([fromShow]))
    expect(accountedParts([fromFile])).toEqual(accountedParts([fromShow]))
    expect(readersDiffer(fromFile, fromShow)).toBeUndefined()
    // The reader's own check is not blind: a variable or an output it took for plain differs,
    // and the message about a missed secret holds counts, never the secret.
    const plainVariable = structuredClone(fromFile)
    plainVariable.configuration!.root_module!.variables!.api_token.sensitive = false
    expect(readersDiffer(plainVariable, fromShow)).toBe(
      '/sensitiveVariables/1: nothing ≠ "api_token"'
    )
    const plainOutput = structuredClone(fromFile)
    Object.assign(plainOutput.output_changes!.token, {
      before_sensitive: false,
      after_sensitive: false
    })
    delete plainOutput.prior_state!.values!.outputs!.token.sensitive
    const missed = readersDiffer(plainOutput, fromShow)
    expect(missed).toMatch(/^\/secrets: (\d+) sensitive values from the plan file, \d+ from show$/)
    for (const secret of SECRETS) expect(missed).not.toContain(secret)
  }, 120_000)

  it('runs no terraform show, fetches the schema once, and leaks nothing', async () => {
    const shim = recordingTerraform()
    const cache = mkdtempSync(join(tmpdir(), 'driftwatch-cold-'))
    const env = { PATH: shim.path, TF_PLUGIN_CACHE_DIR: cache, DRIFTWATCH_CHECK_PLAN_READER: '' }

    const cold = await audit(env)
    expect(cold.code).toBe(1)
    expect(driftedAddresses(cold)).toEqual(EXPECTED_DRIFT)
    expect(cold.stdout).toMatch(
      /infra\/differential: init \d+ ms, plan \d+ ms, read plan file \d+ ms/
    )
    const coldCommands = shim.commands()
    expect(coldCommands.filter(c => c.startsWith('providers schema -json'))).toHaveLength(1)
    expect(coldCommands.filter(c => c.startsWith('show'))).toEqual([])

    const warm = await audit(env)
    expect(driftedAddresses(warm)).toEqual(EXPECTED_DRIFT)
    const warmCommands = shim.commands().slice(coldCommands.length)
    expect(warmCommands.map(c => c.split(' ')[0])).toEqual(['plan'])

    for (const run of [cold, warm])
      for (const secret of SECRETS) expect(run.everything).not.toContain(secret)
  }, 180_000)

  it('falls back to terraform show with one notice when the configuration is in JSON syntax', async () => {
    writeFileSync(join(rootDir, 'extra.tf.json'), JSON.stringify({ locals: { unused: 1 } }))
    try {
      const run = await audit({ DRIFTWATCH_CHECK_PLAN_READER: '' })
      expect(driftedAddresses(run)).toEqual(EXPECTED_DRIFT)
      const notices = run.stdout.split('\n').filter(line => line.startsWith('::notice::'))
      expect(notices.filter(line => line.includes('terraform show'))).toEqual([
        expect.stringMatching(
          /^::notice::infra\/differential: read the plan with terraform show -json, as the plan file could not be read directly \(extra\.tf\.json is configuration in JSON syntax.*\)\.$/
        )
      ])
      expect(run.stdout).toMatch(/infra\/differential: init \d+ ms, plan \d+ ms, show \d+ ms/)
      for (const secret of SECRETS) expect(run.everything).not.toContain(secret)
    } finally {
      rmSync(join(rootDir, 'extra.tf.json'))
    }
  }, 120_000)
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import type { PlanRewrite } from '../../scripts/lib/plan-rewrite.mjs'
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
import { VERSION } from '../../src/version.js'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import { readInChunks, rewritingTerraform } from '../helpers/plans.js'
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
    expect(readersDiffer(plainVariable, fromShow)).toEqual({
      path: '/sensitiveVariables/1',
      detail: '/sensitiveVariables/1: nothing ≠ "api_token"'
    })
    const plainOutput = structuredClone(fromFile)
    Object.assign(plainOutput.output_changes!.token, {
      before_sensitive: false,
      after_sensitive: false
    })
    delete plainOutput.prior_state!.values!.outputs!.token.sensitive
    const missed = readersDiffer(plainOutput, fromShow)
    expect(missed?.path).toBe('/secrets')
    expect(missed?.detail).toMatch(
      /^\/secrets: (\d+) sensitive values from the plan file, \d+ from show$/
    )
    for (const secret of SECRETS) expect(JSON.stringify(missed)).not.toContain(secret)
  }, 120_000)

  it('runs no terraform show, fetches the schema once, and leaks nothing', async () => {
    const shim = rewritingTerraform()
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

/** What a run reported of the root, less what differs between any two runs (time, version). */
function findings(run: ActionRun): unknown {
  const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
    directories: Record<string, unknown>[]
    counts: unknown
  }
  const directory = { ...report.directories[0] }
  delete directory.durationMs
  delete directory.terraformVersion
  return { directory, counts: report.counts }
}

function terraformVersionOf(run: ActionRun): unknown {
  const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
    directories: { terraformVersion?: string }[]
  }
  return report.directories[0].terraformVersion
}

/** The notice and warning lines about how the plan was read. */
function readerLines(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter(line => /^::(notice|warning)::/.test(line) && /terraform show|Terraform \d/.test(line))
}

const hex = (text: string) => Buffer.from(text, 'latin1').toString('hex')

describe('a plan from a Terraform version the reader was not verified on, or one it does not know', () => {
  /** The findings of the plan read from the plan file, as terraform 1.11 (verified) wrote it. */
  let baseline: unknown

  beforeAll(async () => {
    baseline = findings(await audit({ DRIFTWATCH_CHECK_PLAN_READER: '' }))
  }, 120_000)

  /**
   * Runs with a terraform that rewrites each plan it saves, and a plugin cache of their own
   * (where schemas and verdicts are kept); each run's terraform commands, by their first word.
   */
  function rewritten(rewrite: PlanRewrite) {
    const shim = rewritingTerraform(rewrite)
    const cache = mkdtempSync(join(tmpdir(), 'driftwatch-verdicts-'))
    const verdicts = join(cache, 'driftwatch-plan-reader')
    let seen = 0
    return {
      verdicts,
      verdict: (version: string) => join(verdicts, `terraform-${version}.json`),
      run: async () => {
        const run = await audit({
          PATH: shim.path,
          TF_PLUGIN_CACHE_DIR: cache,
          DRIFTWATCH_CHECK_PLAN_READER: ''
        })
        const commands = shim.commands().slice(seen)
        seen += commands.length
        for (const secret of SECRETS) expect(run.everything).not.toContain(secret)
        return { run, shows: commands.filter(c => c.startsWith('show ')).length }
      }
    }
  }

  it('reads it both ways on first contact, keeps the verdict, then reads the plan file alone', async () => {
    const terraform = rewritten({ version: '1.99.0' })
    const first = await terraform.run()
    expect(first.shows).toBe(1)
    expect(findings(first.run)).toEqual(baseline)
    expect(terraformVersionOf(first.run)).toBe('1.99.0')
    expect(readerLines(first.run)).toEqual([
      '::notice::infra/differential: Terraform 1.99.0 is not one the plan-file reader was verified on (1.11.x); its plan was read both ways, from the plan file and with terraform show -json, and they agree: plans from Terraform 1.99.0 are read from the plan file from now on.'
    ])
    expect(JSON.parse(readFileSync(terraform.verdict('1.99.0'), 'utf8'))).toEqual({
      format: 1,
      driftwatch: VERSION,
      terraform: '1.99.0',
      reader: 'plan-file'
    })

    const second = await terraform.run()
    expect(second.shows).toBe(0)
    expect(findings(second.run)).toEqual(baseline)
    expect(readerLines(second.run)).toEqual([])
    expect(second.run.stdout).toMatch(
      /infra\/differential: init \d+ ms, plan \d+ ms, read plan file \d+ ms/
    )
  }, 180_000)

  it('reads it with show from then on when the readings differ, says where once, and loses nothing', async () => {
    // The bucket's Owner tag, set by hand to "bob", reads "bof" in the plan file (a MessagePack
    // string of 3 bytes); terraform show reads the plan as terraform wrote it.
    const terraform = rewritten({ version: '1.99.0', replace: [[hex('\xa3bob'), hex('\xa3bof')]] })
    const first = await terraform.run()
    expect(first.shows).toBe(1)
    const where = '/changes/aws_s3_bucket.assets/change/before/tags/Owner'
    const lines = readerLines(first.run)
    expect(lines).toEqual([
      `::warning::infra/differential: Terraform 1.99.0 is not one the plan-file reader was verified on (1.11.x), and its plan file reads differently from terraform show -json at ${where}: plans from Terraform 1.99.0 are read with terraform show -json from now on.`
    ])
    // A path, never a value: neither reading's, nor any secret (checked on every run).
    for (const value of ['bob', 'bof']) expect(lines.join('\n')).not.toContain(value)
    // Show's plan is the one analysed: the findings, redactions included, are the verified ones.
    expect(findings(first.run)).toEqual(baseline)
    expect(first.run.stdout).toMatch(/infra\/differential: init \d+ ms, plan \d+ ms, show \d+ ms/)
    expect(JSON.parse(readFileSync(terraform.verdict('1.99.0'), 'utf8'))).toEqual({
      format: 1,
      driftwatch: VERSION,
      terraform: '1.99.0',
      reader: 'show',
      difference: where
    })

    const second = await terraform.run()
    expect(second.shows).toBe(1)
    expect(readerLines(second.run)).toEqual([])
    expect(findings(second.run)).toEqual(baseline)
  }, 180_000)

  it('reads a plan with a field it does not know, in a resource change, with show', async () => {
    const terraform = rewritten({ field: { within: 18, number: 15 } })
    const { run, shows } = await terraform.run()
    expect(shows).toBe(1)
    expect(readerLines(run)).toEqual([
      '::notice::infra/differential: read the plan with terraform show -json, as the plan file could not be read directly (it has field 15 in a resource change, which this reader does not know).'
    ])
    expect(findings(run)).toEqual(baseline)
  }, 120_000)

  it.each([
    [
      // Its version number is in the verified window: OpenTofu's overlap Terraform's.
      'an OpenTofu plan',
      {
        version: '1.11.0',
        replace: [[hex('registry.terraform.io'), hex('registry.opentofu.org')]]
      } as PlanRewrite,
      'OpenTofu wrote it: its providers come from registry.opentofu.org'
    ],
    [
      'an encrypted plan, not a zip',
      { encrypt: true },
      "it is encrypted: OpenTofu's plan encryption"
    ]
  ])(
    'reads %s with show',
    async (_, rewrite, why) => {
      const terraform = rewritten(rewrite)
      const { run, shows } = await terraform.run()
      expect(shows).toBe(1)
      expect(readerLines(run)).toEqual([
        `::notice::infra/differential: read the plan with terraform show -json, as the plan file could not be read directly (${why}).`
      ])
      expect(findings(run)).toEqual(baseline)
      // No verdict: a plan the reader does not know says nothing of the version it records.
      expect(existsSync(terraform.verdicts)).toBe(false)
    },
    120_000
  )
})

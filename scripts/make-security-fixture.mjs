// Regenerates __tests__/fixtures/security-drift.plan.json: the drift the severity rules rank, made
// by real Terraform against a private moto. Usage: node scripts/make-security-fixture.mjs
//
// scripts/security-fixture is applied once; a copy of the root, state included, is then applied
// with `tampered = true`, which changes the real resources behind the first state's back. The
// first root's plan then shows every change as drift.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMoto } from './lib/moto.mjs'
import { applyRoot, awsEnv, copyRoot, planJson } from './lib/terraform-env.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(repo, '__tests__', 'fixtures', 'security-drift.plan.json')
const EXPECTED_DRIFT = 14

const moto = await startMoto()
const original = copyRoot(join(repo, 'scripts', 'security-fixture'))
const tamperer = mkdtempSync(join(tmpdir(), 'driftwatch-tamperer-'))
try {
  const env = awsEnv({ endpoint: moto.endpoint, region: 'us-east-1' })
  await applyRoot(original, env)
  cpSync(original, tamperer, { recursive: true })
  await applyRoot(tamperer, env, { tampered: 'true' })
  const { exitCode, plan } = await planJson(original, env)
  const drift = (plan.resource_drift ?? []).map(r => `${r.address} ${r.change.actions.join('+')}`)
  console.log(`plan exit ${exitCode}, ${drift.length} drifted:\n  ${drift.join('\n  ')}`)
  if (exitCode !== 2 || drift.length !== EXPECTED_DRIFT) {
    throw new Error(`expected exit 2 and ${EXPECTED_DRIFT} drifted; nothing written`)
  }
  writeFileSync(out, JSON.stringify(plan, null, 2) + '\n')
  console.log(`wrote ${out}`)
} finally {
  await moto.stop()
  rmSync(original, { recursive: true, force: true })
  rmSync(tamperer, { recursive: true, force: true })
}

// Regenerates __tests__/fixtures/*.plan.json from real Terraform against a private moto server.
// Usage: node scripts/make-fixtures.mjs   (see __tests__/fixtures/README.md)
import { rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMoto } from './lib/moto.mjs'
import { driftDemo } from './lib/tamper.mjs'
import { applyRoot, awsEnv, copyRoot, planJson } from './lib/terraform-env.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = join(repo, '__tests__', 'fixtures')
const prefix = 'driftwatch-demo'

// What a pull request adding a resource looks like: one new file in the root.
const PENDING_TF = `# A pull request adds a topic for deploy notifications.
resource "aws_sns_topic" "deploys" {
  name = "\${var.name_prefix}-deploys"

  tags = {
    Name = "\${var.name_prefix}-deploys"
  }
}
`

async function capture(name, dir, env, expect) {
  const started = Date.now()
  const { exitCode, plan } = await planJson(dir, env)
  const drift = plan.resource_drift ?? []
  const pending = plan.resource_changes.filter(c => !c.change.actions.includes('no-op'))
  const summary = `exit ${exitCode}, ${drift.length} drifted, ${pending.length} planned`
  // Terraform or moto behaving differently would silently change what the fixtures mean.
  if (
    exitCode !== expect.exitCode ||
    drift.length !== expect.drift ||
    pending.length !== expect.pending
  ) {
    throw new Error(
      `${name}: expected exit ${expect.exitCode}, ${expect.drift} drifted, ${expect.pending} planned; got ${summary}`
    )
  }
  writeFileSync(join(fixtures, name), JSON.stringify(plan, null, 2) + '\n')
  console.log(`${name}: ${summary} (plan+show ${Date.now() - started} ms)`)
}

const moto = await startMoto()
const dir = copyRoot(join(repo, 'examples', 'demo'))
try {
  const target = { endpoint: moto.endpoint, region: 'us-east-1' }
  const env = awsEnv(target)
  const started = Date.now()
  await applyRoot(dir, env, { name_prefix: prefix })
  console.log(`applied examples/demo in ${Date.now() - started} ms (moto ${moto.endpoint})`)

  // Plans never write state, so every scenario starts from the same apply.
  await capture('clean.plan.json', dir, env, { exitCode: 0, drift: 0, pending: 0 })
  writeFileSync(join(dir, 'deploys.tf'), PENDING_TF)
  await capture('pending.plan.json', dir, env, { exitCode: 2, drift: 0, pending: 1 })
  rmSync(join(dir, 'deploys.tf'))
  await driftDemo(prefix, target)
  await capture('drift.plan.json', dir, env, { exitCode: 2, drift: 4, pending: 4 })
  writeFileSync(join(dir, 'deploys.tf'), PENDING_TF)
  await capture('drift-and-pending.plan.json', dir, env, { exitCode: 2, drift: 4, pending: 5 })
} finally {
  await moto.stop()
  rmSync(dir, { recursive: true, force: true })
}

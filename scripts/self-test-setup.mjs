// For the self-test workflow: apply a root in place against the AWS endpoint of the environment
// (moto in CI), then drift it the way the demo does, so `uses: ./` has something to find.
import { resolve } from 'node:path'
import { createUnmanaged, driftDemo } from './lib/tamper.mjs'
import { applyRoot, findProviderMirror, writeTerraformrc } from './lib/terraform-env.mjs'

const dir = resolve(process.argv[2] ?? 'examples/demo')
const env = { ...process.env }
try {
  findProviderMirror()
  env.TF_CLI_CONFIG_FILE = writeTerraformrc(dir)
} catch {
  // No local mirror: the registry is reachable on a hosted runner.
}
await applyRoot(dir, env)
await driftDemo('driftwatch-demo')
await createUnmanaged('driftwatch-demo')
console.log(`Applied and drifted ${dir}`)

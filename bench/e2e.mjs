// End to end on examples/demo against moto: the bundled Action's wall time divided by what
// `terraform plan` + `terraform show -json` alone take on the same root: the median of N
// interleaved pairs' ratios.
// The root is already initialised, as on a runner that restored it or ran init in an earlier
// step; the Action's first run (not counted) initialises it the Action's way, after which its
// init is skipped while the lock file is unchanged. The unmanaged-resource scan is on: it
// overlaps the plan, so it should cost nothing here.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMoto } from '../scripts/lib/moto.mjs'
import { driftDemo } from '../scripts/lib/tamper.mjs'
import { applyRoot, awsEnv } from '../scripts/lib/terraform-env.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PREFIX = 'dw-bench'

function timed(command, args, options) {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stdout.resume()
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', fail)
    child.on('close', code => done({ code, ms: performance.now() - started, stderr }))
  })
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export async function runE2eBench({ runs, log = console.log }) {
  const action = join(repo, 'dist', 'index.js')
  if (!existsSync(action)) throw new Error('dist/index.js is missing: run `npm run bundle` first.')
  const moto = await startMoto()
  const workspace = mkdtempSync(join(tmpdir(), 'driftwatch-bench-ws-'))
  const root = join(workspace, 'infra', 'demo')
  mkdirSync(root, { recursive: true })
  cpSync(join(repo, 'examples', 'demo'), root, {
    recursive: true,
    filter: src => !/(^|\/)(\.terraform|terraform\.tfstate.*|.*\.tfplan)$/.test(src)
  })
  writeFileSync(join(root, 'terraform.tfvars'), `name_prefix = "${PREFIX}"\n`)
  const pluginCache = mkdtempSync(join(tmpdir(), 'driftwatch-bench-plugins-'))
  const env = {
    ...process.env,
    ...awsEnv({ endpoint: moto.endpoint }),
    TF_PLUGIN_CACHE_DIR: pluginCache
  }
  for (const name of Object.keys(env)) if (name.startsWith('GITHUB_')) delete env[name]
  try {
    await applyRoot(root, env)
    await driftDemo(PREFIX, { endpoint: moto.endpoint, region: 'us-east-1' })

    const runner = mkdtempSync(join(tmpdir(), 'driftwatch-bench-runner-'))
    const actionEnv = {
      ...env,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runner,
      GITHUB_OUTPUT: join(runner, 'output'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
      'INPUT_WORKING-DIRECTORY': 'infra/demo',
      'INPUT_AWS-REGIONS': 'us-east-1',
      'INPUT_FAIL-ON': 'never',
      'INPUT_REPORT-PATH': join(runner, 'report.json'),
      'INPUT_SARIF-PATH': join(runner, 'drift.sarif')
    }
    const runAction = async () => {
      writeFileSync(actionEnv.GITHUB_OUTPUT, '')
      writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '')
      const result = await timed(process.execPath, [action], { cwd: workspace, env: actionEnv })
      if (result.code !== 0) throw new Error(`the Action exited ${result.code}: ${result.stderr}`)
      return result.ms
    }
    const planFile = join(runner, 'bench.tfplan')
    const runTerraform = async () => {
      const plan = await timed(
        'terraform',
        [
          'plan',
          '-detailed-exitcode',
          '-input=false',
          '-lock=false',
          '-no-color',
          `-out=${planFile}`
        ],
        { cwd: root, env }
      )
      if (plan.code !== 0 && plan.code !== 2)
        throw new Error(`plan exited ${plan.code}: ${plan.stderr}`)
      const show = await timed('terraform', ['show', '-json', '-no-color', planFile], {
        cwd: root,
        env
      })
      if (show.code !== 0) throw new Error(`show exited ${show.code}: ${show.stderr}`)
      return plan.ms + show.ms
    }

    const warmUp = await runAction()
    log(`  warm-up Action run (initialises the root its way): ${Math.round(warmUp)} ms`)
    const actionMs = []
    const terraformMs = []
    // Interleaved, so drift in the machine's load touches both sides alike.
    for (let i = 0; i < runs; i++) {
      terraformMs.push(await runTerraform())
      actionMs.push(await runAction())
      log(
        `  run ${i + 1}/${runs}: terraform plan+show ${Math.round(terraformMs.at(-1))} ms, Action ${Math.round(actionMs.at(-1))} ms`
      )
    }
    // Each run's two sides ran back to back, so their ratio is the fairest figure: a slow patch
    // of the machine touches one pair, and the median of the pairs leaves it out.
    const ratios = actionMs.map((ms, i) => ms / terraformMs[i])
    return {
      runs,
      terraformMs: Math.round(median(terraformMs)),
      actionMs: Math.round(median(actionMs)),
      ratios: ratios.map(r => Math.round(r * 1000) / 1000),
      ratio: median(ratios)
    }
  } finally {
    await moto.stop()
    rmSync(workspace, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runE2eBench({ runs: Number(process.env.BENCH_RUNS || 3) })
  console.log(JSON.stringify(result))
}

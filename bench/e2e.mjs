// End to end on examples/demo against moto: the bundled Action's wall time divided by what
// `terraform plan` + `terraform show -json` alone take on the same root: the median of N
// interleaved pairs' ratios.
// The root is already initialised, as on a runner that restored it or ran init in an earlier
// step; the Action's first run (not counted) initialises it the Action's way, after which its
// init is skipped while the lock file is unchanged. The unmanaged-resource scan is on, with the
// default `inventory: deep`: it overlaps the plan, but its CPU competes with terraform's.
// runE2eInventoryBench puts the two inventories side by side on the same root: the Action with
// `inventory: deep` (the default: the Tagging API and the direct listing) and with `tagging`,
// each beside terraform alone, interleaved in triples.
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMoto } from '../scripts/lib/moto.mjs'
import { driftDemo } from '../scripts/lib/tamper.mjs'
import { applyRoot, awsEnv } from '../scripts/lib/terraform-env.mjs'
import { median, medianInterval, range } from './stats.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PREFIX = 'dw-bench'

export function timed(command, args, options) {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', fail)
    child.on('close', code => done({ code, ms: performance.now() - started, stdout, stderr }))
  })
}

const round3 = value => Math.round(value * 1000) / 1000

/**
 * examples/demo copied into a fresh workspace (as infra/demo, where the Action is pointed; with
 * `roots` > 1, as infra/demo-1 … infra/demo-N, each with its own name prefix), applied on moto and
 * drifted the demo's way. All roots share one plugin cache, as one job's roots do. `env` reaches
 * moto; `remove` deletes the copies.
 */
export async function demoOnMoto(endpoint, { roots: count = 1 } = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'driftwatch-bench-ws-'))
  const labels =
    count === 1 ? ['infra/demo'] : Array.from({ length: count }, (_, i) => `infra/demo-${i + 1}`)
  const prefixes = count === 1 ? [PREFIX] : labels.map((_, i) => `${PREFIX}-${i + 1}`)
  const roots = labels.map(label => join(workspace, label))
  roots.forEach((root, i) => {
    mkdirSync(root, { recursive: true })
    cpSync(join(repo, 'examples', 'demo'), root, {
      recursive: true,
      filter: src => !/(^|\/)(\.terraform|terraform\.tfstate.*|.*\.tfplan)$/.test(src)
    })
    writeFileSync(join(root, 'terraform.tfvars'), `name_prefix = "${prefixes[i]}"\n`)
  })
  const pluginCache = mkdtempSync(join(tmpdir(), 'driftwatch-bench-plugins-'))
  const env = {
    ...process.env,
    ...awsEnv({ endpoint }),
    TF_PLUGIN_CACHE_DIR: pluginCache
  }
  for (const name of Object.keys(env)) if (name.startsWith('GITHUB_')) delete env[name]
  const remove = () => {
    rmSync(workspace, { recursive: true, force: true })
    rmSync(pluginCache, { recursive: true, force: true })
  }
  try {
    for (const [i, root] of roots.entries()) {
      await applyRoot(root, env)
      await driftDemo(prefixes[i], { endpoint, region: 'us-east-1' })
    }
  } catch (error) {
    remove()
    throw error
  }
  return { workspace, root: roots[0], roots, labels, env, pluginCache, remove }
}

/** `terraform plan` alone, as the Action runs it: its wall time in ms. */
export async function timePlan(root, env, planFile) {
  const plan = await timed(
    'terraform',
    ['plan', '-detailed-exitcode', '-input=false', '-lock=false', '-no-color', `-out=${planFile}`],
    { cwd: root, env }
  )
  if (plan.code !== 0 && plan.code !== 2)
    throw new Error(`plan exited ${plan.code}: ${plan.stderr}`)
  return plan.ms
}

/**
 * `terraform plan` + `terraform show -json`: what the Action is compared with. Several roots are
 * planned and shown one after another, as a hand-rolled job does: the sum of each root's pair.
 */
async function timeTerraform(roots, env, planFile, shows = [], plans = []) {
  let total = 0
  let planned = 0
  for (const root of roots) {
    const planMs = await timePlan(root, env, planFile)
    planned += planMs
    const show = await timed('terraform', ['show', '-json', '-no-color', planFile], {
      cwd: root,
      env
    })
    if (show.code !== 0) throw new Error(`show exited ${show.code}: ${show.stderr}`)
    shows.push(show.ms)
    total += planMs + show.ms
  }
  plans.push(planned)
  return total
}

/** `abc1234`, or `abc1234, with uncommitted changes` in `path`: which code a figure is for. */
export function treeState(path) {
  const git = args => spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout?.trim()
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'no git'
  return `${commit}${git(['status', '--porcelain', '--', path]) ? ', with uncommitted changes' : ''}`
}

/**
 * The bundled Action, copied out of dist/ once per section: the working tree may be shared, and
 * a rebuild in the middle of a run would time two different Actions. Logs which one it is.
 */
function copyAction(log) {
  const dist = join(repo, 'dist')
  if (!existsSync(join(dist, 'index.js')))
    throw new Error('dist/index.js is missing: run `npm run bundle` first.')
  // Outside the workspace, where the Action looks for Terraform sources.
  const copy = mkdtempSync(join(tmpdir(), 'driftwatch-bench-action-'))
  cpSync(dist, copy, { recursive: true })
  log(`  the Action: dist/ at ${treeState('dist')}, copied before the first run`)
  return {
    path: join(copy, 'index.js'),
    remove: () => rmSync(copy, { recursive: true, force: true })
  }
}

/**
 * A runner of the bundled Action on the demo workspace, with its own runner directory (outputs,
 * summary, JSON report) and any extra inputs. Each call returns its wall time and stdout.
 */
function actionOn({ workspace, env }, action, inputs = {}) {
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
    'INPUT_SARIF-PATH': join(runner, 'drift.sarif'),
    ...inputs
  }
  const run = async () => {
    writeFileSync(actionEnv.GITHUB_OUTPUT, '')
    writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '')
    const result = await timed(process.execPath, [action.path], {
      cwd: workspace,
      env: actionEnv
    })
    if (result.code !== 0) throw new Error(`the Action exited ${result.code}: ${result.stderr}`)
    return result
  }
  run.report = () => JSON.parse(readFileSync(actionEnv['INPUT_REPORT-PATH'], 'utf8'))
  run.remove = () => rmSync(runner, { recursive: true, force: true })
  return run
}

/** Each file in the schema cache and when it was written: a warm run must leave it as it was. */
function cacheFiles(dir) {
  if (!existsSync(dir)) return ''
  return readdirSync(dir)
    .map(name => `${name}@${statSync(join(dir, name)).mtimeMs}`)
    .sort()
    .join(' ')
}

/**
 * The Action against terraform plan + show -json alone, on examples/demo (or `roots` copies of it
 * sharing one provider cache, the Action given all of them). Per run: terraform alone, then the
 * Action with its schema cache warm and with the cache emptied just before (cold), the two in
 * turns. A run that fell back to `show` would measure the wrong reader, and a warm run that
 * fetched the schema the wrong cache: either stops the bench.
 */
export async function runE2eBench({ runs, roots = 1, log = console.log }) {
  const moto = await startMoto()
  let demo
  let action
  let runAction
  try {
    demo = await demoOnMoto(moto.endpoint, { roots })
    action = copyAction(log)
    runAction = actionOn(demo, action, { 'INPUT_WORKING-DIRECTORY': demo.labels.join('\n') })
    const planFile = join(demo.workspace, 'bench.tfplan')
    const schemaCache = join(demo.pluginCache, 'driftwatch-schemas')
    const timeAction = async cache => {
      if (cache === 'cold') rmSync(schemaCache, { recursive: true, force: true })
      const before = cacheFiles(schemaCache)
      const result = await runAction()
      const read = [
        ...result.stdout.matchAll(/: init \d+ ms, plan \d+ ms, read plan file (\d+) ms/g)
      ]
      if (read.length !== roots)
        throw new Error(`${roots - read.length} of ${roots} roots were not read from the plan file`)
      const after = cacheFiles(schemaCache)
      if (!after) throw new Error('the Action left no schema cache')
      if (cache === 'warm' && after !== before)
        throw new Error('a warm run fetched the schema again')
      readMs[cache].push(...read.map(match => Number(match[1])))
      return result.ms
    }

    const warmUp = await runAction()
    log(`  warm-up Action run (initialises the roots its way): ${Math.round(warmUp.ms)} ms`)
    const ms = { terraform: [], warm: [], cold: [] }
    // Per run: the roots' `terraform plan` alone, the floor the Action cannot go under (the
    // refresh is the work), measured inside the same plan + show pair.
    const planMs = []
    // Per root: terraform show's time, and the Action's reading of the plan file as it logs it.
    const showMs = []
    const readMs = { warm: [], cold: [] }
    // Interleaved, so drift in the machine's load touches every side alike.
    for (let i = 0; i < runs; i++) {
      ms.terraform.push(await timeTerraform(demo.roots, demo.env, planFile, showMs, planMs))
      for (const cache of i % 2 ? ['cold', 'warm'] : ['warm', 'cold'])
        ms[cache].push(await timeAction(cache))
      log(
        `  run ${i + 1}/${runs} (load average ${loadavg()[0].toFixed(1)}): terraform plan+show ${Math.round(ms.terraform.at(-1))} ms, Action with a warm schema cache ${Math.round(ms.warm.at(-1))} ms, cold ${Math.round(ms.cold.at(-1))} ms`
      )
    }
    // Each run's sides ran back to back, so their ratio is the fairest figure: a slow patch of
    // the machine touches one run, and the median of the runs leaves it out.
    const side = cache => {
      const ratios = ms[cache].map((value, i) => value / ms.terraform[i])
      const overPlan = ms[cache].map((value, i) => value / planMs[i])
      return {
        ms: Math.round(median(ms[cache])),
        ratios: ratios.map(round3),
        ratio: median(ratios),
        planRatios: overPlan.map(round3),
        planRatio: median(overPlan),
        planInterval: medianInterval(overPlan)
      }
    }
    return {
      runs,
      roots,
      terraformMs: Math.round(median(ms.terraform)),
      planMs: Math.round(median(planMs)),
      showMs: Math.round(median(showMs)),
      showRange: range(showMs),
      readMs: Math.round(median(readMs.warm)),
      readRange: range(readMs.warm),
      warm: side('warm'),
      cold: side('cold')
    }
  } finally {
    await moto.stop()
    runAction?.remove()
    demo?.remove()
    action?.remove()
  }
}

/** What the Action logs about its own run: the plan's and the listing's times inside it. */
function actionTimings(stdout) {
  const plans =
    /Terraform plans took (\d+) ms, the inventory scan of .* (\d+) ms; they overlapped (\d+) ms/.exec(
      stdout
    )
  const listed = /Listed (\d+) types directly in (\d+) ms[^(]*\((\d+) resources/.exec(stdout)
  return {
    planMs: plans ? Number(plans[1]) : undefined,
    taggingMs: plans ? Number(plans[2]) : undefined,
    listingMs: listed ? Number(listed[2]) : undefined,
    listedTypes: listed ? Number(listed[1]) : undefined,
    listedResources: listed ? Number(listed[3]) : undefined
  }
}

/**
 * The Action with `inventory: deep` and with `inventory: tagging` on the same demo root, each
 * beside terraform alone: per run terraform plan + show first, then both Actions, in turns
 * (deep first on even runs, tagging first on odd ones) so neither always follows the other.
 */
export async function runE2eInventoryBench({ runs, log = console.log }) {
  const moto = await startMoto()
  let demo
  const actions = {}
  let action
  try {
    demo = await demoOnMoto(moto.endpoint)
    const planFile = join(demo.workspace, 'bench.tfplan')
    action = copyAction(log)
    for (const mode of ['deep', 'tagging']) {
      actions[mode] = actionOn(demo, action, { INPUT_INVENTORY: mode })
      // The first run initialises the root the Action's way; not counted.
      const warmUp = await actions[mode]()
      const seen = actions[mode].report().unmanaged
      // A misspelt input would measure the default twice: check what the report says it did.
      if (seen?.inventory !== mode) throw new Error(`inventory: ${mode} ran as ${seen?.inventory}`)
      const timings = actionTimings(warmUp.stdout)
      log(
        `  warm-up Action run, inventory: ${mode}: ${Math.round(warmUp.ms)} ms${timings.listingMs === undefined ? '' : ` (listed ${timings.listedTypes} types, ${timings.listedResources} resources)`}`
      )
    }
    const ms = { terraform: [], deep: [], tagging: [] }
    const inside = { deep: [], tagging: [] }
    for (let i = 0; i < runs; i++) {
      ms.terraform.push(await timeTerraform(demo.roots, demo.env, planFile))
      for (const mode of i % 2 ? ['tagging', 'deep'] : ['deep', 'tagging']) {
        const result = await actions[mode]()
        ms[mode].push(result.ms)
        inside[mode].push(actionTimings(result.stdout))
      }
      const deep = inside.deep.at(-1)
      log(
        `  run ${i + 1}/${runs} (load average ${loadavg()[0].toFixed(1)}): terraform plan+show ${Math.round(ms.terraform.at(-1))} ms, deep ${Math.round(ms.deep.at(-1))} ms (its plan ${deep.planMs} ms, listing ${deep.listingMs} ms, tag scan ${deep.taggingMs} ms), tagging ${Math.round(ms.tagging.at(-1))} ms (its plan ${inside.tagging.at(-1).planMs} ms); deep/tagging ${(ms.deep.at(-1) / ms.tagging.at(-1)).toFixed(3)}`
      )
    }
    const ratiosOf = (a, b) => a.map((value, i) => value / b[i])
    const deepToTagging = ratiosOf(ms.deep, ms.tagging)
    const deepToTerraform = ratiosOf(ms.deep, ms.terraform)
    const taggingToTerraform = ratiosOf(ms.tagging, ms.terraform)
    const medianOf = (mode, key) => Math.round(median(inside[mode].map(t => t[key] ?? 0)))
    return {
      runs,
      terraformMs: Math.round(median(ms.terraform)),
      deepMs: Math.round(median(ms.deep)),
      taggingMs: Math.round(median(ms.tagging)),
      deepToTagging: {
        ratios: deepToTagging.map(round3),
        ratio: median(deepToTagging),
        interval: medianInterval(deepToTagging)
      },
      deepToTerraform: { ratios: deepToTerraform.map(round3), ratio: median(deepToTerraform) },
      taggingToTerraform: {
        ratios: taggingToTerraform.map(round3),
        ratio: median(taggingToTerraform)
      },
      inside: {
        deepPlanMs: medianOf('deep', 'planMs'),
        taggingPlanMs: medianOf('tagging', 'planMs'),
        listingMs: medianOf('deep', 'listingMs'),
        listingRange: range(inside.deep.map(t => t.listingMs ?? 0)),
        tagScanMs: medianOf('deep', 'taggingMs')
      }
    }
  } finally {
    await moto.stop()
    for (const run of Object.values(actions)) run.remove()
    demo?.remove()
    action?.remove()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.env.BENCH_RUNS || 3)
  const result =
    process.env.BENCH_ONLY === 'e2e-inventory'
      ? await runE2eInventoryBench({ runs })
      : await runE2eBench({ runs })
  console.log(JSON.stringify(result))
}

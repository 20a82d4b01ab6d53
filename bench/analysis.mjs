// Analysis and rendering alone, without terraform: generated plans of growing size and an
// inventory of 50,000 ARNs in 4 regions, each size in a child process for its own peak RSS.
// Environment: BENCH_SIZES (default 1000,5000,20000), BENCH_INVENTORY (default 50000),
// BENCH_WORK (where the compiled modules and generated inputs go).
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeInventory, makePlan } from './generate.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// Inside node_modules so the compiled modules resolve the project's packages, and git ignores it.
export const work =
  process.env.BENCH_WORK || join(repo, 'node_modules', '.cache', 'driftwatch-bench')

/** The analysis modules compiled to plain ESM (the imports already end in .js). */
export function compile() {
  const entries = [
    'collect/terraform/plan-reader',
    'collect/terraform/secrets',
    'redact/sensitive',
    'analyse/directory',
    'analyse/unmanaged',
    'report/verdict',
    'report/build',
    'render/text',
    'render/json',
    'render/summary',
    'render/comment',
    'render/issue',
    'render/annotations',
    'render/sarif'
  ].map(entry => join(repo, 'src', `${entry}.ts`))
  const tsc = spawnSync(
    process.execPath,
    [
      join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--outDir',
      join(work, 'build'),
      '--rootDir',
      repo,
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--target',
      'ES2022',
      '--types',
      'node',
      '--skipLibCheck',
      '--esModuleInterop',
      '--resolveJsonModule',
      '--ignoreConfig',
      ...entries
    ],
    { encoding: 'utf8' }
  )
  if (tsc.status !== 0) throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`)
  return join(work, 'build')
}

/**
 * What this machine needs for the plan text before any reader's work: its bytes piped from
 * another process into Node and dropped (as the Action gets `terraform show -json`), and
 * JSON.parse of the whole text (the plain way to read it). Each in a fresh process.
 */
function floors(planPath) {
  const time = script => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, planPath], {
      encoding: 'utf8',
      maxBuffer: 1 << 20
    })
    if (child.status !== 0) throw new Error(`floor failed:\n${child.stderr}`)
    return Number(child.stdout.trim())
  }
  const pipe = `
    import { spawn } from 'node:child_process'
    const started = performance.now()
    const cat = spawn('cat', [process.argv[1]], { stdio: ['ignore', 'pipe', 'inherit'] })
    for await (const chunk of cat.stdout);
    console.log(Math.round(performance.now() - started))`
  const parse = `
    import { readFileSync } from 'node:fs'
    const text = readFileSync(process.argv[1], 'utf8')
    const started = performance.now()
    JSON.parse(text)
    console.log(Math.round(performance.now() - started))`
  const median = values => values.sort((a, b) => a - b)[1]
  return {
    pipeMs: median([time(pipe), time(pipe), time(pipe)]),
    parseMs: median([time(parse), time(parse), time(parse)])
  }
}

/** Each size `runs` times in a fresh process; the run with the median analysis time is kept. */
export function runAnalysisBench({ sizes, inventorySize, runs = 3 }) {
  mkdirSync(work, { recursive: true })
  const build = compile()
  const rows = []
  for (const size of sizes) {
    const plan = makePlan(size)
    const planPath = join(work, `plan-${size}.json`)
    const inventoryPath = join(work, `inventory-${size}.json`)
    // Compact, as `terraform show -json` prints it.
    writeFileSync(planPath, JSON.stringify(plan))
    writeFileSync(inventoryPath, JSON.stringify(makeInventory(plan, inventorySize)))
    const results = []
    for (let run = 0; run < runs; run++) {
      const child = spawnSync(
        process.execPath,
        [join(repo, 'bench', 'analysis-child.mjs'), build, planPath, inventoryPath],
        { encoding: 'utf8', maxBuffer: 1 << 24 }
      )
      if (child.status !== 0) throw new Error(`size ${size} failed:\n${child.stderr}`)
      results.push(JSON.parse(child.stdout.trim().split('\n').at(-1)))
    }
    results.sort((a, b) => a.analysisMs - b.analysisMs)
    const median = results[Math.floor(results.length / 2)]
    rows.push({
      size,
      runs,
      ...median,
      // Only the largest plan's floors are printed.
      floor: size === Math.max(...sizes) ? floors(planPath) : undefined,
      analysisRangeMs: [results[0].analysisMs, results.at(-1).analysisMs],
      maxRssMb: Math.max(...results.map(r => r.maxRssMb))
    })
  }
  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = (process.env.BENCH_SIZES || '1000,5000,20000').split(',').map(Number)
  const inventorySize = Number(process.env.BENCH_INVENTORY || 50000)
  const runs = Number(process.env.BENCH_RUNS || 3)
  for (const row of runAnalysisBench({ sizes, inventorySize, runs }))
    console.log(JSON.stringify(row))
}

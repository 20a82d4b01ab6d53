// `npm run demo`: the action against a local emulated AWS account, showing real drift.
// Starts moto (installing it into node_modules/.cache/driftwatch-moto first if it is missing),
// applies examples/demo, changes the account behind Terraform's back the way a person in the
// console would, runs the committed dist/index.js as a runner does (no bundling: CI proves dist/
// current), prints what a user sees; then adopts the unmanaged resources with the CLI's
// `driftwatch fix --adopt` and prints the file it wrote and its validation plan; accepts the drift
// into the code with `driftwatch fix --codify` and prints what it changed in the .tf files and
// what it left for a person; and cleans up.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { markdownToTerminal } from './lib/markdown-terminal.mjs'
import { ensureMoto, startMoto } from './lib/moto.mjs'
import { createConsoleFixes, createUnmanaged, driftDemo } from './lib/tamper.mjs'
import { applyRoot, awsEnv, copyRoot } from './lib/terraform-env.mjs'
import { staleness } from './dist-stamp.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const colour = process.stdout.isTTY
const say = text => console.log(colour ? `\u001b[36m▶ ${text}\u001b[0m` : `▶ ${text}`)
const rule = title =>
  console.log(`\n${'─'.repeat(20)} ${title} ${'─'.repeat(Math.max(4, 58 - title.length))}`)

/**
 * The step log as a runner shows it: `::add-mask::` commands consumed and their values shown as
 * ***, annotations and errors as readable lines rather than raw workflow commands.
 */
function asRunnerShowsIt(log) {
  const masks = [...log.matchAll(/^::add-mask::(.*)$/gm)]
    .map(m => m[1])
    .sort((a, b) => b.length - a.length)
  const unescape = text =>
    text.replace(/%0A/g, '\n    ').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
  let shown = log
    .replace(/^::add-mask::.*\n/gm, '')
    .replace(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm, (_, level, props = '', message) => {
      const p = Object.fromEntries(
        props
          .split(',')
          .filter(Boolean)
          .map(kv => kv.split('='))
      )
      const where = p.file ? ` [${p.file}:${p.line}]` : ''
      const title = p.title ? `${unescape(p.title)}${where}\n    ` : where ? `${where.trim()} ` : ''
      return `${level[0].toUpperCase()}${level.slice(1)}: ${title}${unescape(message)}`
    })
  for (const secret of masks) shown = shown.split(secret).join('***')
  return shown
}

function runAction(env, cwd, entry = join(repo, 'dist', 'index.js'), args = []) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let log = ''
    child.stdout.on('data', chunk => (log += chunk))
    child.stderr.on('data', chunk => (log += chunk))
    child.on('error', fail)
    child.on('close', code => done({ code: code ?? 1, log }))
  })
}

/** The lines of `after` that `before` lacks and the other way round, as `diff -u` shows them. */
function changedLines(before, after) {
  const old = join(work, 'before.tf')
  const now = join(work, 'after.tf')
  writeFileSync(old, before)
  writeFileSync(now, after)
  const diff = spawnSync('diff', ['-u', '--label', 'before', '--label', 'after', old, now], {
    encoding: 'utf8'
  })
  return diff.stdout ? diff.stdout.trimEnd() : '(diff is not installed: compare the file by hand)'
}

/** A one-line note when dist/ may not reflect src/ here (the demo runs dist/ as it is). */
function distNote() {
  try {
    const stamp = join(repo, 'node_modules', '.cache', 'driftwatch', 'dist-stamp.json')
    const why = existsSync(stamp)
      ? staleness()
      : spawnSync('git', ['status', '--porcelain', '--', 'src'], {
            cwd: repo,
            encoding: 'utf8'
          }).stdout?.trim()
        ? 'src/ has changes that are not committed'
        : undefined
    if (why)
      console.log(
        `Note: ${why}; the demo runs dist/ as it is (\`npm run bundle\` first to include them).`
      )
  } catch {
    // Only a hint.
  }
}

if (!existsSync(join(repo, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run bundle` first.')
  process.exit(1)
}
distNote()
try {
  ensureMoto({ log: say })
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
const moto = await startMoto()
const work = mkdtempSync(join(tmpdir(), 'driftwatch-demo-run-'))
let root
try {
  const env = { ...process.env, ...awsEnv({ endpoint: moto.endpoint, region: 'us-east-1' }) }
  say(`moto (emulated AWS) listening on ${moto.endpoint}`)
  root = copyRoot(join(repo, 'examples', 'demo'))
  say(
    'terraform apply examples/demo (security group, SecureString parameter, bucket, topics, table, log groups)'
  )
  await applyRoot(root, env)

  say("Changing the account behind Terraform's back:")
  const prefix = 'driftwatch-demo'
  const target = { endpoint: moto.endpoint, region: 'us-east-1' }
  await driftDemo(prefix, target)
  console.log('   • opened the web security group to 0.0.0.0/0 on port 22')
  console.log('   • rotated the database password in SSM')
  console.log('   • retagged the assets bucket')
  console.log('   • deleted the "billing" alerts topic')
  await createUnmanaged(prefix, target)
  console.log('   • created a bucket, a queue and a security group in the "console", tagged')
  await createConsoleFixes(prefix, target)
  console.log(
    '   • and, never tagged (only a direct listing sees them): a security group open on 22, an IAM user with an access key'
  )

  const summaryFile = join(work, 'summary.md')
  const outputFile = join(work, 'output')
  const reportPath = join(tmpdir(), 'driftwatch-demo-report.json')
  const sarifPath = join(tmpdir(), 'driftwatch-demo.sarif')
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  say('Running dist/index.js as a GitHub runner would\n')
  const result = await runAction(
    {
      ...env,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: work,
      GITHUB_WORKSPACE: root,
      'INPUT_WORKING-DIRECTORY': '.',
      'INPUT_REPORT-PATH': reportPath,
      'INPUT_SARIF-PATH': sarifPath,
      'INPUT_FAIL-ON': 'any'
    },
    root
  )
  rule('step log')
  console.log(asRunnerShowsIt(result.log).trimEnd())
  rule('job summary')
  console.log(markdownToTerminal(readFileSync(summaryFile, 'utf8'), { colour }))
  rule('step outputs')
  console.log(
    readFileSync(outputFile, 'utf8')
      .replace(/^ghadelimiter_.*\n/gm, '')
      .replace(/<<ghadelimiter_.*\n/g, ' = ')
      .trimEnd()
  )
  rule('result')
  console.log(
    `The step ${result.code === 0 ? 'passed' : `failed (exit ${result.code}), as fail-on: any asks when drift is found`}.`
  )
  console.log(`JSON report: ${reportPath}`)
  console.log(`SARIF log (for code scanning): ${sarifPath}`)

  say('Adopting the unmanaged resources: driftwatch fix --adopt (the CLI, dist/cli/index.js)\n')
  const fixed = await runAction(env, root, join(repo, 'dist', 'cli', 'index.js'), [
    'fix',
    '.',
    '--adopt',
    '--regions',
    'us-east-1'
  ])
  rule('driftwatch fix --adopt')
  console.log(fixed.log.trimEnd())
  const adopted = join(root, 'adopted.tf')
  if (existsSync(adopted)) {
    rule('adopted.tf (written into the root)')
    console.log(readFileSync(adopted, 'utf8').trimEnd())
  }

  say('Accepting the drift into the code: driftwatch fix --codify (the CLI)\n')
  const tfFiles = () =>
    Object.fromEntries(
      readdirSync(root)
        .filter(name => name.endsWith('.tf'))
        .map(name => [name, readFileSync(join(root, name), 'utf8')])
    )
  const before = tfFiles()
  const codified = await runAction(env, root, join(repo, 'dist', 'cli', 'index.js'), [
    'fix',
    '.',
    '--codify',
    '--regions',
    'us-east-1'
  ])
  rule('driftwatch fix --codify')
  console.log(codified.log.trimEnd())
  for (const [name, text] of Object.entries(tfFiles())) {
    if (before[name] === text) continue
    rule(`${name}: what codify changed`)
    console.log(changedLines(before[name] ?? '', text))
  }
} finally {
  await moto.stop()
  rmSync(work, { recursive: true, force: true })
  if (root) rmSync(root, { recursive: true, force: true })
}

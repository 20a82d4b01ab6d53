import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { INPUTS } from '../../src/inputs/options.js'
import { withWarmProvider } from './warm-provider.js'

/**
 * Runs the bundled action (dist/index.js, what users run) the way a GitHub runner does: inputs as
 * INPUT_* variables, outputs and the job summary through the files the runner provides.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const ACTION_ENTRY = join(REPO_ROOT, 'dist', 'index.js')

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /**
   * Every byte the action wrote anywhere a user could see it, for leak checks. `::add-mask::`
   * commands are left out: the runner consumes them (they are how secrets get masked) and never
   * shows them.
   */
  everything: string
  /** The values the action asked the runner to mask. */
  masked: string[]
}

/** Parses the runner's GITHUB_OUTPUT file (`name<<DELIMITER ... DELIMITER` records). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i])
      outputs[heredoc[1]] = value.join('\n')
      continue
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[i])
    if (plain) outputs[plain[1]] = plain[2]
  }
  return outputs
}

/** Roots whose plan this test file has already had read both ways. */
const checkedRoots = new Set<string>()

/**
 * The first run on each root of a test file reads its plan both from the plan file and with
 * `terraform show -json`, and fails on any difference (DRIFTWATCH_CHECK_PLAN_READER): every kind
 * of plan the suites make is checked once, without paying for show on every run.
 */
function checkReader(options: { inputs: Record<string, string>; cwd?: string }): NodeJS.ProcessEnv {
  const root = `${options.cwd ?? REPO_ROOT}|${options.inputs['working-directory'] ?? ''}`
  if (checkedRoots.has(root)) return {}
  checkedRoots.add(root)
  return { DRIFTWATCH_CHECK_PLAN_READER: '1' }
}

export async function runAction(options: {
  inputs: Record<string, string>
  env?: NodeJS.ProcessEnv
  cwd?: string
}): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'driftwatch-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const inputEnv = Object.fromEntries(
    Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  )
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...checkReader(options),
    ...options.env,
    ...inputEnv
  }
  const cwd = options.cwd ?? REPO_ROOT
  // The roots as the Action reads its input, for the provider they may share.
  const spec = INPUTS.workingDirectories
  const roots = spec
    .parse(options.inputs[spec.input] ?? spec.default, { key: 'workingDirectories', env })
    .map(dir => resolve(cwd, dir))
  const { code, stdout, stderr } = await withWarmProvider(env, roots, env =>
    runNode(ACTION_ENTRY, [], { cwd, env })
  )
  const outputText = await readFile(outputFile, 'utf8')
  const summary = await readFile(summaryFile, 'utf8')
  const outputs = parseOutputFile(outputText)
  let reportText = ''
  if (outputs.report) reportText = await readFile(outputs.report, 'utf8').catch(() => '')
  const maskCommand = /^::add-mask::(.*)$/gm
  const masked = [...stdout.matchAll(maskCommand)].map(m => m[1])
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary,
    everything: [stdout.replace(maskCommand, ''), stderr, outputText, summary, reportText].join(
      '\n'
    ),
    masked
  }
}

export const CLI_ENTRY = join(REPO_ROOT, 'dist', 'cli', 'index.js')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the bundled CLI (what package.json's `bin` points at) as a user would in a terminal:
 * outside Actions, so every GITHUB_ variable of the test process is dropped.
 */
export function runCli(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env }
  for (const name of Object.keys(env)) if (name.startsWith('GITHUB_')) delete env[name]
  // The roots: the arguments before the first option, after `fix` (none for `merge`, which runs
  // no terraform).
  const rest = args[0] === 'fix' ? args.slice(1) : args
  const first = rest.findIndex(arg => arg.startsWith('-'))
  const roots = args[0] === 'merge' ? [] : rest.slice(0, first < 0 ? undefined : first)
  return withWarmProvider(
    env,
    roots.map(root => resolve(options.cwd, root)),
    env => runNode(CLI_ENTRY, args, { cwd: options.cwd, env })
  )
}

/** Runs a bundled entry point with this Node, collecting what it prints. */
function runNode(
  entry: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', fail)
    child.on('close', code => done({ code: code ?? 1, stdout, stderr }))
  })
}

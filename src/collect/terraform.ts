import { access, constants, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { oneLine, UserError } from '../errors.js'
import { runProcess } from './process.js'

/**
 * Collect stage for Terraform: init, plan and `show -json` in one working directory. Returns
 * raw plan JSON text; reading it is the analysis stage's job.
 */

export interface TerraformOptions {
  binary: string
  init: boolean
  initArgs: string[]
  planArgs: string[]
  varFiles: string[]
  env: NodeJS.ProcessEnv
  /** Redacts known secrets from terraform's messages before they become errors. */
  scrub: (text: string) => string
}

export interface TerraformRun {
  planJson: string
  /** `terraform plan -detailed-exitcode`: 0 nothing to do, 2 changes present. */
  planExitCode: 0 | 2
  timings: { initMs: number; planMs: number; showMs: number }
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK)
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/**
 * The terraform binary to run. hashicorp/setup-terraform's wrapper (a node script named
 * `terraform`, the real binary beside it as `terraform-bin`) adds its own lines to stdout and so
 * corrupts `show -json`: prefer the real binary whenever it is there.
 */
export async function findTerraform(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const wrapped = join(dir, 'terraform-bin')
    if (await isExecutable(wrapped)) return wrapped
    const plain = join(dir, 'terraform')
    if (await isExecutable(plain)) return plain
  }
  throw new UserError(
    'terraform was not found on PATH: add a hashicorp/setup-terraform step before Driftwatch.'
  )
}

/** The lines of terraform's stderr that say what went wrong, as one line. */
export function terraformError(stderr: string, stdout = ''): string {
  const text = stderr.trim() ? stderr : stdout
  const lines = text
    .split('\n')
    .map(line => line.replace(/^[\s│╷╵]+/, '').trim())
    .filter(Boolean)
  const first = lines.findIndex(line => line.startsWith('Error:'))
  const relevant = first >= 0 ? lines.slice(first, first + 4) : lines.slice(-4)
  return oneLine(relevant.join(' '), 500) || 'no error message'
}

/** Rejects a working directory that cannot be a Terraform root, before terraform says so obscurely. */
export async function checkWorkingDirectory(dir: string, label: string): Promise<string> {
  const absolute = resolve(dir)
  let entries: string[]
  try {
    if (!(await stat(absolute)).isDirectory()) {
      throw new UserError(`working-directory '${label}' is a file, not a directory.`)
    }
    entries = await readdir(absolute)
  } catch (error) {
    if (error instanceof UserError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      throw new UserError(
        `working-directory '${label}' does not exist (paths are relative to the repository root).`
      )
    }
    throw new UserError(`working-directory '${label}' cannot be read (${code ?? 'unknown error'}).`)
  }
  if (!entries.some(name => name.endsWith('.tf') || name.endsWith('.tf.json'))) {
    throw new UserError(
      `working-directory '${label}' has no .tf files: point it at a Terraform root module.`
    )
  }
  return absolute
}

export async function runTerraform(
  dir: string,
  label: string,
  options: TerraformOptions
): Promise<TerraformRun> {
  const cwd = await checkWorkingDirectory(dir, label)
  const run = (args: string[]) => runProcess(options.binary, args, { cwd, env: options.env })
  const fail = (step: string, stderr: string, stdout?: string): never => {
    throw new UserError(
      `terraform ${step} failed in '${label}': ${options.scrub(terraformError(stderr, stdout))}`
    )
  }

  const timings = { initMs: 0, planMs: 0, showMs: 0 }
  let started = Date.now()
  if (options.init) {
    const init = await run(['init', '-input=false', '-no-color', ...options.initArgs])
    if (init.code !== 0) fail('init', init.stderr, init.stdout)
    timings.initMs = Date.now() - started
  }

  const workDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'driftwatch-'))
  const planFile = join(workDir, 'drift.tfplan')
  try {
    started = Date.now()
    const varFileArgs = options.varFiles.map(file => `-var-file=${file}`)
    const plan = await run([
      'plan',
      '-detailed-exitcode',
      '-input=false',
      '-lock=false',
      '-no-color',
      `-out=${planFile}`,
      ...varFileArgs,
      ...options.planArgs
    ])
    timings.planMs = Date.now() - started
    if (plan.code !== 0 && plan.code !== 2) fail('plan', plan.stderr, plan.stdout)

    started = Date.now()
    const show = await run(['show', '-json', '-no-color', planFile])
    timings.showMs = Date.now() - started
    if (show.code !== 0) fail('show -json', show.stderr, show.stdout)
    return { planJson: show.stdout, planExitCode: plan.code as 0 | 2, timings }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

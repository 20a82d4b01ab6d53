import { createHash } from 'node:crypto'
import {
  access,
  constants,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, isAbsolute, join, resolve } from 'node:path'
import type { Plan, StateValues } from './plan-json.js'
import { PlanReader } from './plan-reader.js'
import { readersDiffer } from './plan-file/check.js'
import { openPlanFile, UnknownPlanFile } from './plan-file/read.js'
import type { RootFiles } from './module-files.js'
import { readRootFiles } from './module-files.js'
import type { Schemas } from './plan-file/schema.js'
import { loadSchemas } from './plan-file/schema.js'
import type { Trust } from './plan-file/trust.js'
import { recordVerdict, trustIn, VERIFIED_WINDOW } from './plan-file/trust.js'
import { collectSecrets } from './secrets.js'
import { clipToLine, UserError } from '../../errors.js'
import { InputError } from '../../inputs/options.js'
import { runProcess } from './process.js'

/**
 * Collect stage for Terraform: init and plan in one working directory. Returns the plan as
 * analysis reads it, from the saved plan file itself (plan-file/), with the providers' schemas
 * from a cache or fetched while terraform plans; from `terraform show -json` when the file is not
 * one that reader knows, or comes from a Terraform version the reader is not trusted on
 * (plan-file/trust.ts).
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
  /** Learns secrets found outside a plan (the state's, when plan fails) before `scrub` runs. */
  addSecrets?: (values: Iterable<string>) => void
  /** Called whenever a terraform process has started. */
  onStarted?: () => void
  /** Where reduced provider schemas are cached: the provider cache, saved with it. */
  schemaCacheDir?: string
  /** One line the user should see (a root read with `show` after all, and why). */
  onNotice?: (message: string) => void
  /**
   * One line that warns: the plan-file reader read a new Terraform version's plan differently
   * from `terraform show -json`. `onNotice` when absent.
   */
  onWarning?: (message: string) => void
  /** Keep the no-op changes that import an object in the plan's `resource_changes`. */
  keepImports?: boolean
}

export interface TerraformRun {
  /** What analysis reads of the plan (show -json's shape, see plan-json.ts). */
  plan: Plan
  /** `terraform plan -detailed-exitcode`: 0 nothing to do, 2 changes present. */
  planExitCode: 0 | 2
  /** Reading the plan: `readMs` from the plan file, or `showMs` with terraform show. */
  timings: { initMs: number; planMs: number; readMs: number; showMs: number }
  /** How the plan was read. */
  reader: 'plan-file' | 'show'
  /** The root's `.tf` files as read after the plan: source locations read them too. */
  files: RootFiles
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
  const raw = text.split('\n')
  const start = raw.findIndex(line => /^│?\s*Error:/.test(line))
  if (start < 0) {
    const lines = raw.map(line => line.replace(/^[\s│╷╵]+/, '').trim()).filter(Boolean)
    return clipToLine(lines.slice(-4).join(' '), 500) || 'no error message'
  }
  // The first diagnostic's summary and detail. The source excerpt terraform shows between them
  // (file and line, the line itself, the values it used) is left out: the detail is what says
  // what to do, and it would otherwise be cut off behind the excerpt.
  const kept: string[] = []
  for (let i = start; i < raw.length; i++) {
    if (i > start && raw[i].startsWith('╵')) break
    // The frame, when there is one, is the first column; what follows keeps its indentation.
    const body = raw[i].replace(/^[╷╵│]/, '')
    if (/^\s+(on \S.* line \d+|\d+:|├|│)/.test(body)) continue
    const line = body.trim()
    if (line) kept.push(line)
  }
  return clipToLine(kept.join(' '), 500)
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

/**
 * Rejects a var file terraform could not read, before init: terraform would only say so once
 * init is done, without naming the input. Paths are resolved from the working directory, as
 * terraform resolves `-var-file`.
 */
export async function checkVarFiles(cwd: string, label: string, varFiles: string[]): Promise<void> {
  for (const file of varFiles) {
    const where = isAbsolute(file) ? '' : ` in working-directory '${label}'`
    const named = `names '${file}', which`
    try {
      if ((await stat(resolve(cwd, file))).isDirectory()) {
        throw new InputError(
          'varFiles',
          `${named} is a directory${where}: name the variables file itself.`
        )
      }
      await access(resolve(cwd, file), constants.R_OK)
    } catch (error) {
      if (error instanceof UserError) throw error
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new InputError(
          'varFiles',
          where
            ? `${named} does not exist${where} (var files are relative to each working directory).`
            : `${named} does not exist.`
        )
      }
      throw new InputError('varFiles', `${named} cannot be read${where} (${code}).`)
    }
  }
}

/** Written into `.terraform` after each init: the fingerprint that init was made for. */
export const INIT_MARKER = 'driftwatch-init'

/** Plan errors that a fresh `terraform init` cures: a new module, backend or provider. */
const NEEDS_INIT =
  /terraform init|Module not installed|Backend initialization required|Inconsistent dependency lock file|Required plugins are not installed/i

/**
 * What init's outcome depends on that can be read cheaply: the lock file (providers and their
 * checksums) and init's own arguments (backend configuration). Undefined without a lock file,
 * whose absence means init would choose providers itself.
 */
async function initFingerprint(cwd: string, initArgs: string[]): Promise<string | undefined> {
  let lock: Buffer
  try {
    lock = await readFile(join(cwd, '.terraform.lock.hcl'))
  } catch {
    return undefined
  }
  return createHash('sha256').update(lock).update('\0').update(initArgs.join('\0')).digest('hex')
}

export async function initIsCurrent(cwd: string, initArgs: string[]): Promise<boolean> {
  const fingerprint = await initFingerprint(cwd, initArgs)
  if (!fingerprint) return false
  try {
    return (await readFile(join(cwd, '.terraform', INIT_MARKER), 'utf8')).trim() === fingerprint
  } catch {
    return false
  }
}

async function markInitialised(cwd: string, initArgs: string[]): Promise<void> {
  const fingerprint = await initFingerprint(cwd, initArgs)
  if (!fingerprint) return
  // Only a speed-up: a root that cannot take the marker is initialised every time.
  await writeFile(join(cwd, '.terraform', INIT_MARKER), `${fingerprint}\n`).catch(() => undefined)
}

/** Every sensitive value of the current state (`terraform show -json` without a plan). */
async function stateSecrets(
  run: (args: string[]) => Promise<{ code: number; stdout: string }>
): Promise<Set<string>> {
  const show = await run(['show', '-json', '-no-color']).catch(() => undefined)
  if (!show || show.code !== 0) return new Set()
  try {
    const state = JSON.parse(show.stdout) as { values?: StateValues }
    return collectSecrets({ format_version: '', prior_state: { values: state.values } })
  } catch {
    return new Set()
  }
}

/** One root's terraform: where it runs, how its failures read, and what each step took. */
interface Root {
  cwd: string
  label: string
  options: TerraformOptions
  timings: TerraformRun['timings']
  run(args: string[]): ReturnType<typeof runProcess>
  fail(step: string, stderr: string, stdout?: string): never
}

function rootOf(cwd: string, label: string, options: TerraformOptions): Root {
  return {
    cwd,
    label,
    options,
    timings: { initMs: 0, planMs: 0, readMs: 0, showMs: 0 },
    run: args =>
      runProcess(options.binary, args, { cwd, env: options.env, onSpawn: options.onStarted }),
    fail: (step, stderr, stdout) => {
      throw new UserError(
        `terraform ${step} failed in '${label}': ${options.scrub(terraformError(stderr, stdout))}`
      )
    }
  }
}

async function init(root: Root): Promise<void> {
  const started = Date.now()
  const result = await root.run(['init', '-input=false', '-no-color', ...root.options.initArgs])
  if (result.code !== 0) root.fail('init', result.stderr, result.stdout)
  await markInitialised(root.cwd, root.options.initArgs)
  root.timings.initMs += Date.now() - started
}

/**
 * `terraform plan -detailed-exitcode` into `planFile`. Init costs seconds even when it has
 * nothing to do, so a root this Action initialised with the same lock file and arguments skips
 * it, and a plan that still asks for init gets one and runs again.
 */
async function plan(root: Root, planFile: string, initSkipped: boolean): Promise<0 | 2> {
  const { options } = root
  const planArgs = [
    'plan',
    '-detailed-exitcode',
    '-input=false',
    '-lock=false',
    '-no-color',
    `-out=${planFile}`,
    ...options.varFiles.map(file => `-var-file=${file}`),
    ...options.planArgs
  ]
  const runPlan = () =>
    runProcess(options.binary, planArgs, {
      cwd: root.cwd,
      env: options.env,
      onSpawn: options.onStarted
    })
  let started = Date.now()
  let result = await runPlan()
  if (initSkipped && result.code === 1 && NEEDS_INIT.test(result.stderr)) {
    await init(root)
    started = Date.now()
    result = await runPlan()
  }
  root.timings.planMs = Date.now() - started
  if (result.code !== 0 && result.code !== 2) {
    // No plan means no list of secrets, yet terraform's message may quote one (a provider
    // error, a precondition's message): learn the state's secrets before scrubbing it.
    if (options.addSecrets) options.addSecrets(await stateSecrets(root.run))
    root.fail('plan', result.stderr, result.stdout)
  }
  return result.code as 0 | 2
}

/** `terraform show -json`, read as it streams: a large plan's JSON is never held whole. */
async function show(root: Root, planFile: string): Promise<Plan> {
  const started = Date.now()
  const reader = new PlanReader({ keepImports: root.options.keepImports })
  let unreadable: unknown
  const result = await runProcess(root.options.binary, ['show', '-json', '-no-color', planFile], {
    cwd: root.cwd,
    env: root.options.env,
    onStdout: chunk => {
      if (unreadable) return
      try {
        reader.write(chunk)
      } catch (error) {
        unreadable = error
      }
    }
  })
  root.timings.showMs = Date.now() - started
  if (result.code !== 0) root.fail('show -json', result.stderr)
  if (unreadable) throw unreadable
  return reader.end()
}

/**
 * The providers' schemas for reading the plan file: from the cache, else from `terraform
 * providers schema -json`, which runs beside the plan (both load the providers; the schema's
 * answer is megabytes). Never rejects: without schemas the plan is read with `show`.
 */
function schemasFor(root: Root): Promise<Schemas | undefined> {
  const { options } = root
  if (!options.schemaCacheDir) return Promise.resolve(undefined)
  const cacheDir = options.schemaCacheDir
  return readFile(join(root.cwd, '.terraform.lock.hcl'), 'utf8')
    .catch(() => undefined)
    .then(lock =>
      loadSchemas(lock, {
        cacheDir,
        fetch: async () => {
          const result = await root.run(['providers', 'schema', '-json'])
          return result.code === 0 ? result.stdout : undefined
        }
      })
    )
    .catch(() => undefined)
}

/** Fails the root when the plan file's reading differs from show's (see plan-file/check.ts). */
async function checkReader(root: Root, planFile: string, plan: Plan): Promise<void> {
  const started = Date.now()
  const difference = readersDiffer(plan, await show(root, planFile))
  root.timings.showMs = Date.now() - started
  if (difference) {
    throw new UserError(
      `the plan file and terraform show -json disagree in '${root.label}' at ${root.options.scrub(difference.detail)}.`
    )
  }
}

type ReadPlan = { plan: Plan; reader: TerraformRun['reader'] }

/** The plan read with `show`, and one line saying why the plan file was not. */
async function showInstead(root: Root, planFile: string, why: string): Promise<ReadPlan> {
  root.options.onNotice?.(
    `${root.label}: read the plan with terraform show -json, as the plan file could not be read directly (${root.options.scrub(clipToLine(why, 200))}).`
  )
  return { plan: await show(root, planFile), reader: 'show' }
}

/**
 * A plan from a Terraform version the reader was not verified on, met for the first time: read
 * with `show` too, and the verdict kept for that version (plan-file/trust.ts). Where the readings
 * differ, show's plan is the one analysed, and the user is told once where they differed: a
 * path, never a value.
 */
async function firstContact(
  root: Root,
  cacheDir: string,
  planFile: string,
  plan: Plan
): Promise<ReadPlan> {
  const version = plan.terraform_version as string
  const shown = await show(root, planFile)
  const difference = readersDiffer(plan, shown)
  const news = await recordVerdict(cacheDir, version, difference?.path)
  const outside = `Terraform ${version} is not one the plan-file reader was verified on (${VERIFIED_WINDOW})`
  if (!difference) {
    if (news)
      root.options.onNotice?.(
        `${root.label}: ${outside}; its plan was read both ways, from the plan file and with terraform show -json, and they agree: plans from Terraform ${version} are read from the plan file from now on.`
      )
    return { plan, reader: 'plan-file' }
  }
  if (news) {
    const where = root.options.scrub(clipToLine(difference.path, 200))
    ;(root.options.onWarning ?? root.options.onNotice)?.(
      `${root.label}: ${outside}, and its plan file reads differently from terraform show -json at ${where}: plans from Terraform ${version} are read with terraform show -json from now on.`
    )
  }
  return { plan: shown, reader: 'show' }
}

/**
 * The plan as analysis reads it: from the plan file when the reader knows it and is trusted on
 * the Terraform version that wrote it, else with `show`.
 */
async function readPlan(
  root: Root,
  planFile: string,
  schemas: Promise<Schemas | undefined>,
  files: Promise<RootFiles>
): Promise<ReadPlan> {
  const started = Date.now()
  const cacheDir = root.options.schemaCacheDir
  // A plan that had to initialise first left the schemas' first try without providers.
  const loaded = (await schemas) ?? (await schemasFor(root))
  if (!loaded || !cacheDir)
    return showInstead(root, planFile, "the providers' schemas could not be had from terraform")
  const checked = Boolean(root.options.env.DRIFTWATCH_CHECK_PLAN_READER)
  let plan: Plan
  let trust: Trust
  try {
    const file = await openPlanFile(planFile)
    trust = checked ? 'verified' : await trustIn(cacheDir, file.terraformVersion)
    if (trust === 'show') return { plan: await show(root, planFile), reader: 'show' }
    plan = await file.read(await files, loaded, { keepImports: root.options.keepImports })
  } catch (error) {
    if (!(error instanceof UnknownPlanFile)) throw error
    return showInstead(root, planFile, error.message)
  }
  root.timings.readMs = Date.now() - started
  if (checked) await checkReader(root, planFile, plan)
  if (trust === 'unseen') return firstContact(root, cacheDir, planFile, plan)
  return { plan, reader: 'plan-file' }
}

export async function runTerraform(
  dir: string,
  label: string,
  options: TerraformOptions
): Promise<TerraformRun> {
  const cwd = await checkWorkingDirectory(dir, label)
  await checkVarFiles(cwd, label, options.varFiles)
  const root = rootOf(cwd, label, options)
  const initSkipped = options.init && (await initIsCurrent(cwd, options.initArgs))
  if (options.init && !initSkipped) await init(root)
  const workDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'driftwatch-'))
  const planFile = join(workDir, 'drift.tfplan')
  try {
    const schemas = schemasFor(root)
    const planExitCode = await plan(root, planFile, initSkipped)
    // Read once init is done (the modules it installed included), while the schemas load.
    const files = readRootFiles(cwd)
    const { plan: read, reader } = await readPlan(root, planFile, schemas, files)
    return { plan: read, planExitCode, timings: root.timings, reader, files: await files }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

/**
 * A plan another step saved with `-out` in `dir`, read as runTerraform reads its own: from the
 * plan file, or with `show` when that cannot be.
 */
export async function readSavedPlan(
  dir: string,
  label: string,
  planFile: string,
  options: TerraformOptions
): Promise<Plan> {
  const root = rootOf(dir, label, options)
  return (await readPlan(root, planFile, schemasFor(root), readRootFiles(dir))).plan
}

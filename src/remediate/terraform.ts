import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../errors.js'
import type { Plan } from '../collect/terraform/plan-json.js'
import { pluginCacheDir } from '../collect/terraform/plugin-cache.js'
import { runProcess } from '../collect/terraform/process.js'
import { readSavedPlan, terraformError } from '../collect/terraform/run.js'
import type { Diagnostic } from '../collect/terraform/ui-json.js'
import { uiDiagnostics } from '../collect/terraform/ui-json.js'
import type { PlannedAction, ValidationPlan } from '../model/remedy.js'
import type { Scratch } from './scratch.js'

/**
 * Terraform as a remedy runs it, in a scratch copy: `init` (only when the copy has none), and
 * `plan`, with the root's own init and plan arguments and var files. Nothing else: a remedy never
 * applies or imports, and makes no call that writes to AWS.
 */

export interface RemedyTerraform {
  binary: string
  env: NodeJS.ProcessEnv
  initArgs: string[]
  planArgs: string[]
  varFiles: string[]
  /** Redacts known secrets from terraform's messages. */
  scrub: (text: string) => string
}

/** Init for a copy of a root that was never initialised; nothing when it was. */
export async function initScratch(scratch: Scratch, tf: RemedyTerraform): Promise<void> {
  if (scratch.initialised) return
  await rm(join(scratch.dir, '.terraform'), { recursive: true, force: true })
  const args = ['init', '-input=false', '-no-color', ...tf.initArgs]
  const result = await runProcess(tf.binary, args, { cwd: scratch.dir, env: tf.env })
  if (result.code !== 0) {
    throw new UserError(
      `terraform init failed in a copy of the root: ${tf.scrub(terraformError(result.stderr, result.stdout))}`
    )
  }
  scratch.initialised = true
}

/** `terraform fmt` on one file of the copy. */
export async function fmtScratch(
  scratch: Scratch,
  tf: RemedyTerraform,
  file: string
): Promise<void> {
  const result = await runProcess(tf.binary, ['fmt', '-no-color', file], {
    cwd: scratch.dir,
    env: tf.env
  })
  if (result.code !== 0) {
    throw new UserError(
      `terraform fmt failed on ${file}: ${tf.scrub(terraformError(result.stderr, result.stdout))}`
    )
  }
}

export interface PlanRun {
  ok: boolean
  /** Errors, as terraform's -json output gives them (scrubbed). */
  errors: Diagnostic[]
}

/** `terraform plan -json` with `extra` arguments (`-generate-config-out=`, `-out=`). */
export async function planScratch(
  scratch: Scratch,
  tf: RemedyTerraform,
  extra: string[]
): Promise<PlanRun> {
  const args = [
    'plan',
    '-input=false',
    '-lock=false',
    '-no-color',
    '-json',
    ...extra,
    ...tf.varFiles.map(file => `-var-file=${file}`),
    ...tf.planArgs
  ]
  const result = await runProcess(tf.binary, args, { cwd: scratch.dir, env: tf.env })
  const errors = uiDiagnostics(result.stdout)
    .filter(d => d.severity === 'error')
    .map(d => ({ ...d, summary: tf.scrub(d.summary), detail: tf.scrub(d.detail) }))
  if (result.code !== 0 && errors.length === 0) {
    // Not terraform's own error (a crash, a signal): what it printed is all there is.
    const message = tf.scrub(terraformError(result.stderr, result.stdout))
    errors.push({ severity: 'error', summary: message, detail: '' })
  }
  return { ok: result.code === 0, errors }
}

/** The saved plan, read by the project's own plan reader, with the imports kept. */
export function readScratchPlan(
  scratch: Scratch,
  tf: RemedyTerraform,
  planFile: string
): Promise<Plan> {
  return readSavedPlan(scratch.dir, 'a copy of the root', planFile, {
    binary: tf.binary,
    init: false,
    initArgs: tf.initArgs,
    planArgs: tf.planArgs,
    varFiles: tf.varFiles,
    env: tf.env,
    scrub: tf.scrub,
    schemaCacheDir: pluginCacheDir(tf.env),
    keepImports: true
  })
}

function plannedAction(actions: string[], importing: boolean): PlannedAction {
  if (actions.includes('delete') && actions.includes('create')) return 'replace'
  for (const action of ['create', 'update', 'delete'] as const)
    if (actions.includes(action)) return action
  return importing ? 'import' : 'no-op'
}

/**
 * What the plan does, counted as terraform's summary line counts (a replacement adds and
 * destroys), with each resource it imports or changes; `ours` are the remedy's addresses.
 */
export function validationPlan(plan: Plan, ours: ReadonlySet<string>): ValidationPlan {
  const summary: ValidationPlan = { import: 0, add: 0, change: 0, destroy: 0, resources: [] }
  for (const resource of plan.resource_changes ?? []) {
    if (resource.mode !== 'managed') continue
    const { actions, importing } = resource.change
    const action = plannedAction(actions, Boolean(importing))
    if (importing) summary.import++
    if (actions.includes('create')) summary.add++
    if (actions.includes('update')) summary.change++
    if (actions.includes('delete')) summary.destroy++
    if (action === 'no-op') continue
    summary.resources.push({
      address: resource.address,
      action,
      remedy: ours.has(resource.address)
    })
  }
  return summary
}

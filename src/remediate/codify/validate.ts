import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, sep } from 'node:path'
import { analysePlan, pathPattern, touches } from '../../analyse/drift.js'
import { topAttribute } from '../../analyse/diff.js'
import type { Plan } from '../../collect/terraform/plan-json.js'
import { runProcess } from '../../collect/terraform/process.js'
import type { TerraformOptions } from '../../collect/terraform/run.js'
import { runTerraform, terraformError } from '../../collect/terraform/run.js'
import { clipToLine, UserError } from '../../errors.js'
import type { PlannedEdit } from './locate.js'
import type { PlannedAction, ValidationPlan } from '../../model/remedy.js'

/**
 * The validation plan: the rewritten files in a scratch copy of the root, `terraform fmt`, then
 * `terraform plan` there, read with the collect stage's own reader. The root's `.terraform`
 * (providers, modules, backend) is linked, not copied, and the rest of the repository around the
 * root is linked, so `../modules/x` still resolves. Only plan, show and fmt run: nothing applied.
 */

/** A scratch directory, and the root's copy inside it. */
export interface Scratch {
  dir: string
  root: string
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

/**
 * `scratch/<root's path in the repository>`: every directory on the way down holds links to the
 * repository's other entries; the root itself is a copy, but for its `.terraform`, linked.
 */
export async function scratchCopy(rootDir: string, repoRoot: string): Promise<Scratch> {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'driftwatch-codify-'))
  const inside = relative(repoRoot, rootDir)
  const steps = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split(sep) : []
  let from = steps.length > 0 ? repoRoot : rootDir
  let to = dir
  for (const step of steps) {
    for (const entry of await readdir(from)) {
      if (entry !== step && entry !== '.git') await symlink(join(from, entry), join(to, entry))
    }
    from = join(from, step)
    to = join(to, step)
    await mkdir(to)
  }
  const root = steps.length > 0 ? to : join(dir, 'root')
  await cp(rootDir, root, {
    recursive: true,
    filter: source => relative(rootDir, source) !== '.terraform'
  })
  if (await exists(join(rootDir, '.terraform')))
    await symlink(join(rootDir, '.terraform'), join(root, '.terraform'))
  return { dir, root }
}

/** An error `terraform validate` found in a file of the root. */
export interface Diagnostic {
  /** The file's absolute path in the root (not in the scratch copy). */
  file: string
  line: number
  /** `Value for unconfigurable attribute: Can't configure a value for "version"...`, one line. */
  message: string
}

/** A scratch copy of the root that takes rewritten files, checks them and plans them. */
export interface ScratchRoot {
  /**
   * Writes the files (a file written before and not given again gets its own text back), formats
   * them, and returns each as `terraform fmt` left it.
   */
  write(contents: Map<string, string>): Promise<Map<string, string>>
  validate(): Promise<Diagnostic[]>
  plan(): Promise<Plan>
  remove(): Promise<void>
}

interface ValidateJson {
  diagnostics?: {
    severity?: string
    summary?: string
    detail?: string
    range?: { filename?: string; start?: { line?: number } }
  }[]
}

export async function openScratch(
  rootDir: string,
  repoRoot: string,
  label: string,
  options: TerraformOptions
): Promise<ScratchRoot> {
  const scratch = await scratchCopy(rootDir, repoRoot)
  const inScratch = (path: string) => join(scratch.root, relative(rootDir, path))
  const written = new Set<string>()
  const run = (args: string[]) =>
    runProcess(options.binary, args, { cwd: scratch.root, env: options.env })
  const fail = (step: string, stderr: string, stdout: string): never => {
    throw new UserError(
      `terraform ${step} failed on the rewritten files of '${label}': ${options.scrub(terraformError(stderr, stdout))}`
    )
  }
  return {
    async write(contents) {
      for (const path of written)
        if (!contents.has(path)) await writeFile(inScratch(path), await readFile(path, 'utf8'))
      for (const [path, text] of contents) {
        await writeFile(inScratch(path), text)
        written.add(path)
      }
      const files = [...contents.keys()].map(inScratch)
      const fmt = await run(['fmt', '-no-color', '-list=false', ...files])
      if (fmt.code !== 0) fail('fmt', fmt.stderr, fmt.stdout)
      const formatted = new Map<string, string>()
      for (const path of contents.keys())
        formatted.set(path, await readFile(inScratch(path), 'utf8'))
      return formatted
    },
    async validate() {
      const result = await run(['validate', '-json', '-no-color'])
      let parsed: ValidateJson
      try {
        parsed = JSON.parse(result.stdout) as ValidateJson
      } catch {
        return fail('validate', result.stderr, result.stdout)
      }
      return (parsed.diagnostics ?? [])
        .filter(d => d.severity === 'error')
        .map(d => ({
          file: join(rootDir, d.range?.filename ?? ''),
          line: d.range?.start?.line ?? 0,
          message: options.scrub(clipToLine([d.summary, d.detail].filter(Boolean).join(': '), 300))
        }))
    },
    async plan() {
      return (await runTerraform(scratch.root, label, options)).plan
    },
    remove: () => rm(scratch.dir, { recursive: true, force: true })
  }
}

/** Whether two attribute paths overlap, element indexes aside (see analyse/drift.ts). */
function overlap(a: string, b: string): boolean {
  return touches(pathPattern(a), pathPattern(b))
}

export interface Verdict {
  /** Planned edits the plan still undoes, each with the reason in words. */
  failed: Map<PlannedEdit, string>
  plan: ValidationPlan
}

function plannedAction(actions: string[]): PlannedAction {
  if (actions.includes('create') && actions.includes('delete')) return 'replace'
  for (const action of ['create', 'delete', 'update', 'forget'] as const)
    if (actions.includes(action)) return action
  return 'no-op'
}

/**
 * The plan as the Remedy model counts it: every resource it changes, and the remedy's own
 * resources whatever their action (a resource the plan file leaves out plans no-op).
 */
function validationPlan(plan: Plan, own: Set<string>): ValidationPlan {
  const actions = new Map(
    (plan.resource_changes ?? [])
      .filter(rc => rc.mode === 'managed')
      .map(rc => [rc.address, plannedAction(rc.change.actions)])
  )
  const addresses = [...new Set([...own, ...actions.keys()])].sort()
  const resources = addresses
    .map(address => ({
      address,
      action: actions.get(address) ?? 'no-op',
      remedy: own.has(address)
    }))
    .filter(resource => resource.remedy || resource.action !== 'no-op')
  const count = (...kinds: PlannedAction[]) =>
    resources.filter(r => kinds.includes(r.action)).length
  return {
    import: 0,
    add: count('create', 'replace'),
    change: count('update'),
    destroy: count('delete', 'replace'),
    resources
  }
}

/**
 * What the plan does to each rewritten resource. A codified attribute fails when the plan still
 * changes it (drift it would put back, or a change the code asks for); a removed resource fails
 * unless the plan only forgets it.
 */
export function judge(plan: Plan, planned: PlannedEdit[]): Verdict {
  const analysis = analysePlan(plan)
  const changes = new Map((plan.resource_changes ?? []).map(rc => [rc.address, rc]))
  const failed = new Map<PlannedEdit, string>()
  for (const edit of planned) {
    const actions = changes.get(edit.address)?.change.actions ?? []
    const action = plannedAction(actions)
    if (edit.removed) {
      if (action !== 'forget' && action !== 'no-op') failed.set(edit, `the plan would ${action} it`)
      continue
    }
    if (action === 'create' || action === 'delete' || action === 'replace') {
      failed.set(edit, `the plan would ${action} the resource`)
      continue
    }
    const drift = analysis.drift.find(d => d.address === edit.address)
    const pending = analysis.pending.find(p => p.address === edit.address)
    for (const change of edit.changes) {
      const undone = drift?.changes.find(d => overlap(d.path, change.path))
      const asked = pending?.attributes.find(name => name === topAttribute(change.path))
      if (undone) failed.set(edit, `the plan still changes \`${undone.path}\``)
      else if (asked) failed.set(edit, `the plan still changes \`${asked}\``)
    }
  }
  return { failed, plan: validationPlan(plan, new Set(planned.map(edit => edit.address))) }
}

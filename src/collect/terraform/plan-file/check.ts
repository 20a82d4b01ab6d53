import type { ConfigModule, Plan, PlanChange, ResourceChange } from '../plan-json.js'
import { markedPaths, walkModules } from '../plan-json.js'
import { redactValue } from '../../../redact/sensitive.js'
import { collectSecrets } from '../secrets.js'

/**
 * The plan-file reader checked against `terraform show -json` on a real plan: everything
 * analysis reads, compared as analysis sees it (values after redaction, unknown parts, which
 * variables and outputs are sensitive, the secrets, the arguments each resource block writes).
 * Differences in form alone (key order, how an empty mask is written) are not differences.
 * Run on a plan from a Terraform version the reader was not verified on, the first time it meets
 * that version (trust.ts), and on every plan when DRIFTWATCH_CHECK_PLAN_READER is set: the test
 * suites set it, and a user who doubts a result can too.
 */

function change(c: PlanChange): unknown {
  return {
    actions: c.actions,
    before: redactValue(c.before, c.before_sensitive),
    after: redactValue(c.after, c.after_sensitive),
    unknown: markedPaths(c.after_unknown, (at, key) => `${at}/${key}`).sort()
  }
}

/**
 * Resources by address (a deposed object's with its key): a difference is then named by the
 * resource it is in, not by a position in a list.
 */
function resources(list: ResourceChange[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const r of list ?? []) {
    if (r.change.actions.join() === 'no-op') continue
    out[r.deposed ? `${r.address} deposed ${r.deposed}` : r.address] = {
      module: r.module_address ?? '',
      mode: r.mode,
      type: r.type,
      name: r.name,
      index: r.index ?? null,
      change: change(r.change)
    }
  }
  return out
}

function written(root: ConfigModule | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const visit = (mod: ConfigModule | undefined, prefix: string): void => {
    for (const r of mod?.resources ?? [])
      out[prefix + r.address] = Object.keys(r.expressions ?? {}).sort()
    for (const [name, call] of Object.entries(mod?.module_calls ?? {}))
      visit(call.module, `${prefix}module.${name}.`)
  }
  visit(root, '')
  return out
}

/** What analysis reads of a plan, in a form two readers of one plan must agree on. */
export function comparable(plan: Plan): Record<string, unknown> {
  const prior: Record<string, unknown> = {}
  for (const mod of walkModules(plan.prior_state?.values?.root_module))
    for (const r of mod.resources ?? []) {
      const key = r.deposed_key ? `${r.address} deposed ${r.deposed_key}` : r.address
      prior[key] = redactValue(r.values, r.sensitive_values)
    }
  const outputs = Object.fromEntries(
    Object.entries(plan.output_changes ?? {}).map(([name, c]) => [
      name,
      {
        sensitive: [c.before_sensitive === true, c.after_sensitive === true],
        ...(change(c) as object)
      }
    ])
  )
  const variables = Object.entries(plan.configuration?.root_module?.variables ?? {})
    .filter(([, v]) => v.sensitive)
    .map(([name]) => name)
    .sort()
  return {
    drift: resources(plan.resource_drift),
    changes: resources(plan.resource_changes),
    prior,
    outputs,
    sensitiveVariables: variables,
    written: written(plan.configuration?.root_module)
  }
}

/** Where two values first differ, and what each holds there. */
interface Difference {
  /** JSON-pointer-like: `/drift/aws_s3_bucket.assets/change/after/tags/Owner`. */
  path: string
  mine: unknown
  theirs: unknown
}

/**
 * The first place two values differ. Keys are visited in a stable order (sorted), so that
 * two readers that list the same things in another order agree on where they differ.
 */
function difference(a: unknown, b: unknown, at = ''): Difference | undefined {
  if (a === b) return undefined
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return { path: at || '/', mine: a, theirs: b }
  if (Array.isArray(a) !== Array.isArray(b)) return { path: at || '/', mine: a, theirs: b }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  if (!Array.isArray(a)) keys.sort()
  for (const key of keys) {
    const found = difference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${at}/${key}`
    )
    if (found) return found
  }
  return undefined
}

function short(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

/** Where the plan-file reader's plan and show's differ in what analysis reads. */
export interface ReadersDifference {
  /** Where, with no value: safe to print anywhere (a notice, a cache file). */
  path: string
  /** Where, and both values there: for DRIFTWATCH_CHECK_PLAN_READER's error, scrubbed. */
  detail: string
}

/**
 * Where the plan-file reader's plan differs from show's in what analysis reads. Secrets are
 * compared apart, and a difference in them is told by count: neither form may hold one.
 */
export function readersDiffer(fromFile: Plan, fromShow: Plan): ReadersDifference | undefined {
  const [mine, theirs] = [collectSecrets(fromFile), collectSecrets(fromShow)]
  if (mine.size !== theirs.size || [...mine].some(secret => !theirs.has(secret)))
    return {
      path: '/secrets',
      detail: `/secrets: ${mine.size} sensitive values from the plan file, ${theirs.size} from show`
    }
  const found = difference(comparable(fromFile), comparable(fromShow))
  if (!found) return undefined
  return {
    path: found.path,
    detail: `${found.path}: ${short(found.mine)} ≠ ${short(found.theirs)}`
  }
}

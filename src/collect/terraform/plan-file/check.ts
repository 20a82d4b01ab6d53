import type { ConfigModule, Plan, PlanChange, ResourceChange } from '../plan-json.js'
import { markedPaths, walkModules } from '../plan-json.js'
import { redactValue } from '../../../redact/sensitive.js'
import { collectSecrets } from '../secrets.js'

/**
 * The plan-file reader checked against `terraform show -json` on a real plan: everything
 * analysis reads, compared as analysis sees it (values after redaction, unknown parts, which
 * variables and outputs are sensitive, the secrets, the arguments each resource block writes).
 * Differences in form alone (key order, how an empty mask is written) are not differences.
 * Run when DRIFTWATCH_CHECK_PLAN_READER is set: the test suites set it, and a user who doubts a
 * result can too.
 */

function change(c: PlanChange): unknown {
  return {
    actions: c.actions,
    before: redactValue(c.before, c.before_sensitive),
    after: redactValue(c.after, c.after_sensitive),
    unknown: markedPaths(c.after_unknown, (at, key) => `${at}/${key}`).sort()
  }
}

function resources(list: ResourceChange[] | undefined): unknown {
  return (list ?? [])
    .filter(r => r.change.actions.join() !== 'no-op')
    .map(r => ({
      address: r.address,
      module: r.module_address ?? '',
      mode: r.mode,
      type: r.type,
      name: r.name,
      index: r.index ?? null,
      change: change(r.change)
    }))
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0))
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
  const prior = [...walkModules(plan.prior_state?.values?.root_module)]
    .flatMap(mod => mod.resources ?? [])
    .map(r => ({ address: r.address, values: redactValue(r.values, r.sensitive_values) }))
    .sort((a, b) => (a.address < b.address ? -1 : 1))
  const outputs = Object.entries(plan.output_changes ?? {})
    .map(([name, c]) => ({
      name,
      sensitive: [c.before_sensitive === true, c.after_sensitive === true],
      ...(change(c) as object)
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
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

/** The first place two values differ, as a path; undefined when they do not. */
export function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (a === b) return undefined
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return `${at || '/'}: ${short(a)} ≠ ${short(b)}`
  if (Array.isArray(a) !== Array.isArray(b)) return `${at || '/'}: a list ≠ not a list`
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    const found = firstDifference(
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

/**
 * Where the plan-file reader's plan differs from show's in what analysis reads. Secrets are
 * compared apart, and a difference in them is told by count: the message must not hold one.
 */
export function readersDiffer(fromFile: Plan, fromShow: Plan): string | undefined {
  const secrets = [collectSecrets(fromFile), collectSecrets(fromShow)]
  const [mine, theirs] = secrets
  if (mine.size !== theirs.size || [...mine].some(secret => !theirs.has(secret)))
    return `/secrets: ${mine.size} sensitive values from the plan file, ${theirs.size} from show`
  return firstDifference(comparable(fromFile), comparable(fromShow))
}

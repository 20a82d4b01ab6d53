import type { SensitiveMask } from '../../redact/sensitive.js'
import type { Plan } from './plan-json.js'
import { walkModules } from './plan-json.js'

/**
 * Every value a plan marks sensitive, gathered as soon as the plan is read, so the scrubber knows
 * each secret before any text could carry it.
 */

function collectLeaves(value: unknown, into: Set<string>): void {
  if (value === null || value === undefined) return
  if (typeof value === 'object') {
    for (const item of Object.values(value as object)) collectLeaves(item, into)
    return
  }
  into.add(String(value))
  // A JSON-encoded secret (e.g. a policy document) is also a secret in its decoded parts.
  if (typeof value === 'string' && /^[[{]/.test(value)) {
    try {
      collectLeaves(JSON.parse(value), into)
    } catch {
      // not JSON: the whole string was collected
    }
  }
}

function collectMasked(value: unknown, mask: SensitiveMask | undefined, into: Set<string>): void {
  if (mask === true) return collectLeaves(value, into)
  if (!mask || typeof mask !== 'object' || value === null || typeof value !== 'object') return
  // Masks are sparse (mostly `{}` and `false`): walking the mask's keys, not the value's, skips
  // the bulk of a large state without looking at it.
  const values = value as Record<string, unknown>
  for (const key in mask) {
    const child = (mask as Record<string, SensitiveMask>)[key]
    if (child) collectMasked(values[key], child, into)
  }
}

/** Every value the plan marks sensitive anywhere, as strings. */
export function collectSecrets(plan: Plan): Set<string> {
  const found = new Set<string>()
  for (const change of [...(plan.resource_drift ?? []), ...(plan.resource_changes ?? [])]) {
    collectMasked(change.change.before, change.change.before_sensitive, found)
    collectMasked(change.change.after, change.change.after_sensitive, found)
  }
  for (const values of [plan.planned_values, plan.prior_state?.values]) {
    for (const mod of walkModules(values?.root_module)) {
      for (const resource of mod.resources ?? []) {
        collectMasked(resource.values, resource.sensitive_values, found)
      }
    }
    for (const output of Object.values(values?.outputs ?? {})) {
      if (output.sensitive) collectLeaves(output.value, found)
    }
  }
  for (const change of Object.values(plan.output_changes ?? {})) {
    if (change.before_sensitive === true) collectLeaves(change.before, found)
    if (change.after_sensitive === true) collectLeaves(change.after, found)
  }
  const configVariables = plan.configuration?.root_module?.variables ?? {}
  for (const [name, variable] of Object.entries(configVariables)) {
    if (!variable.sensitive) continue
    collectLeaves(variable.default, found)
    collectLeaves(plan.variables?.[name]?.value, found)
  }
  return found
}

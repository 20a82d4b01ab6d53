/**
 * The parts of Terraform's JSON plan format (`terraform show -json PLANFILE`) that Driftwatch reads.
 * https://developer.hashicorp.com/terraform/internals/json-format
 */

import type { SensitiveMask } from '../../redact/sensitive.js'

export type { SensitiveMask }

export interface PlanChange {
  actions: string[]
  before: unknown
  after: unknown
  after_unknown?: unknown
  before_sensitive?: SensitiveMask
  after_sensitive?: SensitiveMask
  /** Set when the plan imports the object (an `import` block): the id it imports. */
  importing?: { id: string }
}

export interface ResourceChange {
  address: string
  module_address?: string
  mode: 'managed' | 'data'
  type: string
  name: string
  index?: string | number
  provider_name?: string
  change: PlanChange
  action_reason?: string
  deposed?: string
}

export interface StateResource {
  address: string
  mode: 'managed' | 'data'
  type: string
  name: string
  index?: string | number
  provider_name?: string
  values?: Record<string, unknown>
  sensitive_values?: SensitiveMask
  deposed_key?: string
}

export interface StateModule {
  address?: string
  resources?: StateResource[]
  child_modules?: StateModule[]
}

export interface StateOutput {
  sensitive?: boolean
  value?: unknown
}

export interface StateValues {
  outputs?: Record<string, StateOutput>
  root_module?: StateModule
}

export interface ConfigVariable {
  default?: unknown
  sensitive?: boolean
}

export interface ConfigResource {
  address: string
  mode: 'managed' | 'data'
  type: string
  name: string
  /** The arguments and blocks written in the resource block, by name (values not read). */
  expressions?: Record<string, unknown>
}

export interface ConfigModule {
  resources?: ConfigResource[]
  variables?: Record<string, ConfigVariable>
  outputs?: Record<string, { sensitive?: boolean }>
  module_calls?: Record<string, { source?: string; module?: ConfigModule }>
}

export interface Plan {
  format_version: string
  terraform_version?: string
  variables?: Record<string, { value?: unknown }>
  planned_values?: StateValues
  prior_state?: { values?: StateValues }
  resource_drift?: ResourceChange[]
  resource_changes?: ResourceChange[]
  output_changes?: Record<string, PlanChange>
  configuration?: { root_module?: ConfigModule }
}

/**
 * The paths a mask (`after_unknown`, a `*_sensitive`) marks `true`, each step joined by `join`
 * (an array's index as a number).
 */
export function markedPaths(
  mask: unknown,
  join: (parent: string, key: string | number) => string,
  at = ''
): string[] {
  if (mask === true) return [at]
  if (!mask || typeof mask !== 'object') return []
  return Object.entries(mask).flatMap(([key, inner]) =>
    markedPaths(inner, join, join(at, Array.isArray(mask) ? Number(key) : key))
  )
}

/** Depth-first walk of a module tree (root first), so callers never recurse themselves. */
export function* walkModules(root: StateModule | undefined): Generator<StateModule> {
  if (!root) return
  const stack: StateModule[] = [root]
  while (stack.length > 0) {
    const mod = stack.pop() as StateModule
    yield mod
    for (const child of mod.child_modules ?? []) stack.push(child)
  }
}

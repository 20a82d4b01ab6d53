import type { SensitiveMask } from '../../../redact/sensitive.js'
import type { Value } from './msgpack.js'
import { UNKNOWN } from './msgpack.js'

/**
 * Terraform's JSON shapes for a value's sensitive parts and unknown parts, built as `terraform
 * show -json` builds them (jsonstate.SensitiveAsBool, jsonplan's unknownAsBool and omitUnknowns),
 * so a plan read from the plan file carries the same masks as one read from `show`.
 */

/** One step into a value: an attribute or map key, or a list index. */
export type Step = string | number

/** A schema path: attribute names, `*` for any element of a list, set or map. */
export type Pattern = string[]

/** Marked paths as a tree; `marked` ends a path. */
interface Marks {
  marked?: boolean
  children?: Map<Step, Marks>
}

function addPath(root: Marks, path: Step[]): void {
  let node = root
  for (const step of path) {
    node.children ??= new Map()
    let child = node.children.get(step)
    if (!child) node.children.set(step, (child = {}))
    node = child
  }
  node.marked = true
}

/** Every concrete path of `value` that `pattern` names (a `*` matches every element). */
export function expand(value: unknown, pattern: Pattern, from = 0, at: Step[] = []): Step[][] {
  if (from === pattern.length) return [at]
  if (value === null || typeof value !== 'object') return []
  const step = pattern[from]
  if (step === '*') {
    const keys: Step[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
    return keys.flatMap(key =>
      expand((value as Record<Step, unknown>)[key], pattern, from + 1, [...at, key])
    )
  }
  if (Array.isArray(value) || !(step in value)) return []
  return expand((value as Record<string, unknown>)[step], pattern, from + 1, [...at, step])
}

function sensitiveAsBool(value: unknown, marks: Marks | undefined): SensitiveMask {
  if (marks?.marked) return true
  if (value === null || value === undefined || value === UNKNOWN || typeof value !== 'object')
    return false
  if (Array.isArray(value))
    return value.map((item, i) => sensitiveAsBool(item, marks?.children?.get(i)))
  const out: Record<string, SensitiveMask> = {}
  for (const [key, item] of Object.entries(value)) {
    const inner = sensitiveAsBool(item, marks?.children?.get(key))
    if (inner !== false) out[key] = inner
  }
  return out
}

/** The mask of `value` with `paths` and the schema's `patterns` marked sensitive. */
export function sensitiveMask(
  value: unknown,
  paths: Step[][],
  patterns: Pattern[] = []
): SensitiveMask {
  const root: Marks = {}
  for (const path of paths) addPath(root, path)
  for (const pattern of patterns) for (const path of expand(value, pattern)) addPath(root, path)
  return sensitiveAsBool(value, root)
}

/** `after` as show writes it: unknown attributes left out, unknown elements null. */
export function omitUnknowns(value: Value): unknown {
  if (value === UNKNOWN) return undefined
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(item => (item === UNKNOWN ? null : omitUnknowns(item)))
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value))
    if (item !== UNKNOWN) out[key] = omitUnknowns(item)
  return out
}

/**
 * `after_unknown` as show writes it: true where unknown; an object keeps only the entries that
 * hold something unknown, a list is false when nothing in it is.
 */
export function unknownAsBool(value: Value): unknown {
  if (value === UNKNOWN) return true
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return hasUnknown(value) ? value.map(unknownAsBool) : false
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value))
    if (hasUnknown(item)) out[key] = unknownAsBool(item)
  return out
}

/** Whether any part of the value is unknown. */
export function hasUnknown(value: Value): boolean {
  if (value === UNKNOWN) return true
  if (value === null || typeof value !== 'object') return false
  return Object.values(value).some(hasUnknown)
}

/**
 * Numbers cty wrote as decimal strings (beyond float64's precision, such as 0.1) back to numbers,
 * where the schema says the attribute is a number: JSON has them as numbers.
 */
export function restoreNumbers(value: Value, patterns: Pattern[]): void {
  for (const pattern of patterns) {
    for (const path of expand(value, pattern)) {
      const parent = path
        .slice(0, -1)
        .reduce<unknown>((v, step) => (v as Record<Step, unknown>)[step], value)
      const key = path[path.length - 1]
      const current = (parent as Record<Step, unknown>)[key]
      if (typeof current === 'string' && current.trim() !== '' && Number.isFinite(Number(current)))
        (parent as Record<Step, unknown>)[key] = Number(current)
    }
  }
}

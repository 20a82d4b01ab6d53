import type { AttributeChange } from '../model/findings.js'
import type { SensitiveMask } from '../collect/terraform/plan-json.js'
import { maskAt, redactValue } from '../redact/sensitive.js'

/**
 * Attribute-level differences between two resource values, each already redacted by its own
 * mask. Maps and objects are followed to their leaves (`tags.Env`); lists of blocks are matched
 * by content first, so a rule added to a set shows as one added element rather than a cascade of
 * shifted indexes; lists of plain values are shown whole.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/

export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`
  const part = IDENTIFIER.test(key) ? key : JSON.stringify(key)
  if (!parent) return part
  return IDENTIFIER.test(key) ? `${parent}.${part}` : `${parent}[${part}]`
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isSensitive(mask: SensitiveMask | undefined): boolean {
  if (mask === true) return true
  if (!mask || typeof mask !== 'object') return false
  return Object.values(mask).some(child => isSensitive(child))
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a as object)
  const kb = Object.keys(b as object)
  if (ka.length !== kb.length) return false
  return ka.every(k =>
    deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
  )
}

/** Terraform writes absent optional values as null, "" or []; treat them alike. */
export function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && Object.keys(value).length === 0)
  )
}

interface Side {
  value: unknown
  mask: SensitiveMask | undefined
}

function leaf(path: string, before: Side, after: Side): AttributeChange {
  return {
    path,
    before: redactValue(before.value, before.mask),
    after: redactValue(after.value, after.mask),
    sensitive: isSensitive(before.mask) || isSensitive(after.mask)
  }
}

function diffInto(path: string, before: Side, after: Side, out: AttributeChange[]): void {
  const a = before.value
  const b = after.value
  if (deepEqual(a, b)) return
  if (isEmpty(a) && isEmpty(b)) return
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const key of [...keys].sort()) {
      diffInto(
        joinPath(path, key),
        { value: a[key] ?? null, mask: maskAt(before.mask, key) },
        { value: b[key] ?? null, mask: maskAt(after.mask, key) },
        out
      )
    }
    return
  }
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].some(isPlainObject)) {
    diffBlocks(path, before, after, out)
    return
  }
  out.push(leaf(path, before, after))
}

/** Lists of nested blocks: pair equal elements first, then what is left over, index by index. */
function diffBlocks(path: string, before: Side, after: Side, out: AttributeChange[]): void {
  const a = before.value as unknown[]
  const b = after.value as unknown[]
  const unmatchedB = new Set(b.map((_, i) => i))
  const leftA: number[] = []
  a.forEach((item, i) => {
    const j = [...unmatchedB].find(k => deepEqual(item, b[k]))
    if (j === undefined) leftA.push(i)
    else unmatchedB.delete(j)
  })
  const leftB = [...unmatchedB]
  const pairs = Math.max(leftA.length, leftB.length)
  for (let n = 0; n < pairs; n++) {
    const i = leftA[n]
    const j = leftB[n]
    const beforeItem: Side =
      i === undefined ? { value: null, mask: false } : { value: a[i], mask: maskAt(before.mask, i) }
    const afterItem: Side =
      j === undefined ? { value: null, mask: false } : { value: b[j], mask: maskAt(after.mask, j) }
    const itemPath = joinPath(path, j ?? i ?? n)
    if (i === undefined || j === undefined) out.push(leaf(itemPath, beforeItem, afterItem))
    else diffInto(itemPath, beforeItem, afterItem, out)
  }
}

export function diffAttributes(
  before: unknown,
  after: unknown,
  beforeMask?: SensitiveMask,
  afterMask?: SensitiveMask
): AttributeChange[] {
  const out: AttributeChange[] = []
  diffInto(
    '',
    { value: before ?? null, mask: beforeMask },
    { value: after ?? null, mask: afterMask },
    out
  )
  return out
}

/** The top-level attribute a path starts with: `ingress` for `ingress[1].cidr_blocks`. */
export function topAttribute(path: string): string {
  const match = /^[^.[]+/.exec(path)
  return match ? match[0] : path
}

import type { Node } from './hcl.js'
import { childrenOf } from './hcl.js'
import { isPlainObject } from '../../analyse/diff.js'
import { hclString } from '../hcl/write.js'

/**
 * Values between HCL text and JSON: what a literal in the code is worth (so a nested block can be
 * matched with the state's), and how a live value is written back as a literal. Live values are
 * untrusted text: every string is written inert, its `${` and `%{` escaped so that Terraform reads
 * them as characters, not as a template.
 */

export type Literal =
  | { literal: true; value: unknown }
  | { literal: false; /** The first part that is not a literal: `var.retention`. */ node: Node }

const notLiteral = (node: Node): Literal => ({ literal: false, node })

/** `\n`, `\"`, `\u00e9`, `$${`, `%%{` as Terraform reads them in a quoted string. */
export function decodeString(raw: string): string {
  return raw.replace(
    /\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|\$\$\{|%%\{/gs,
    (match, u4: string, u8: string, char: string) => {
      if (match === '$${') return '${'
      if (match === '%%{') return '%{'
      if (u4 || u8) return String.fromCodePoint(parseInt(u4 ?? u8, 16))
      return { n: '\n', r: '\r', t: '\t' }[char] ?? char
    }
  )
}

function stringOf(node: Node): Literal {
  // A quoted string whose every part is literal text: no `${...}` or `%{...}` in it.
  if (
    node.namedChildren.some(
      child => child && !/^(quoted_template_(start|end)|template_literal)$/.test(child.type)
    )
  )
    return notLiteral(node)
  return { literal: true, value: decodeString(node.text.slice(1, -1)) }
}

function literalValueOf(node: Node): Literal {
  const inner = node.namedChildren[0]
  if (!inner) return notLiteral(node)
  switch (inner.type) {
    case 'numeric_lit':
      return { literal: true, value: Number(inner.text) }
    case 'bool_lit':
      return { literal: true, value: inner.text === 'true' }
    case 'null_lit':
      return { literal: true, value: null }
    case 'string_lit':
      return stringOf(inner)
    default:
      return notLiteral(node)
  }
}

/** An object key: a bare name or a literal string. */
export function keyOf(key: Node): string | undefined {
  const inner = key.type === 'expression' ? key.namedChildren : [key]
  if (inner.length !== 1 || !inner[0]) return undefined
  const node = inner[0]
  if (node.type === 'variable_expr') return node.text
  const value = node.type === 'literal_value' ? literalValueOf(node) : undefined
  return value?.literal && typeof value.value === 'string' ? value.value : undefined
}

function collectionOf(node: Node): Literal {
  const inner = node.namedChildren[0]
  if (inner?.type === 'tuple') {
    const values: unknown[] = []
    for (const element of childrenOf(inner, 'expression')) {
      const value = literalOf(element)
      if (!value.literal) return value
      values.push(value.value)
    }
    return { literal: true, value: values }
  }
  if (inner?.type === 'object') {
    const value: Record<string, unknown> = {}
    for (const element of childrenOf(inner, 'object_elem')) {
      const keyNode = element.childForFieldName('key')
      const valNode = element.childForFieldName('val')
      const key = keyNode ? keyOf(keyNode) : undefined
      if (key === undefined || !valNode) return notLiteral(keyNode ?? element)
      const item = literalOf(valNode)
      if (!item.literal) return item
      value[key] = item.value
    }
    return { literal: true, value }
  }
  return notLiteral(node)
}

/**
 * The value of an expression when it is a literal (string, number, bool, null, or a list or
 * object of literals); otherwise the part that is not. A heredoc counts as an expression: written
 * back it would lose its layout.
 */
export function literalOf(node: Node): Literal {
  switch (node.type) {
    case 'expression': {
      const parts = node.namedChildren.filter((child): child is Node => child !== null)
      return parts.length === 1 ? literalOf(parts[0]) : notLiteral(node)
    }
    case 'literal_value':
      return literalValueOf(node)
    case 'collection_value':
      return collectionOf(node)
    case 'template_expr': {
      const quoted = node.namedChildren[0]
      return quoted?.type === 'quoted_template' ? stringOf(quoted) : notLiteral(node)
    }
    case 'operation': {
      // `-1` is a unary operation on a number literal.
      const unary = node.namedChildren[0]
      const operand = unary?.type === 'unary_operation' ? unary.namedChildren[0] : undefined
      const number = operand?.type === 'literal_value' ? literalValueOf(operand) : undefined
      return unary?.text.startsWith('-') && number?.literal && typeof number.value === 'number'
        ? { literal: true, value: -number.value }
        : notLiteral(node)
    }
    default:
      return notLiteral(node)
  }
}

const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/
/** Words an object's bare key cannot be: HCL would read an expression. */
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if'])

/** A key as an object element's key: bare when it is a plain name, quoted otherwise. */
export function objectKey(key: string): string {
  return BARE_KEY.test(key) && !KEYWORDS.has(key) ? key : hclString(key)
}

/**
 * A value as an HCL literal. Objects of more than one element, and lists holding objects, take
 * one line per element at `indent`; `terraform fmt` aligns them afterwards.
 */
export function hclValue(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return hclString(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (!value.some(item => isPlainObject(item) || Array.isArray(item)))
      return `[${value.map(item => hclValue(item)).join(', ')}]`
    return `[\n${value.map(item => `${inner}${hclValue(item, inner)},\n`).join('')}${indent}]`
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const element = ([key, item]: [string, unknown]) =>
      `${objectKey(key)} = ${hclValue(item, inner)}`
    if (entries.length === 1 && !isPlainObject(entries[0][1])) return `{ ${element(entries[0])} }`
    return `{\n${entries.map(entry => `${inner}${element(entry)}\n`).join('')}${indent}}`
  }
  throw new Error(`not a JSON value: ${typeof value}`)
}

import type { Node } from './hcl.js'
import { childrenOf, firstChild } from './hcl.js'
import { isEmpty, isPlainObject } from '../../analyse/diff.js'
import { hclValue, objectKey } from './values.js'

/**
 * Edits to a `.tf` file's text, each made at the nodes of its concrete syntax tree: a value is
 * replaced where it stands, an element or block is added beside its siblings at their
 * indentation, and one is deleted with the lines it stands on. Everything else (comments,
 * blank lines, alignment) is left as written; `terraform fmt` aligns what was added.
 */

/** Replace `source.slice(start, end)` with `text` (an insertion when start = end). */
export interface TextEdit {
  start: number
  end: number
  text: string
}

export class OverlappingEdits extends Error {}

/**
 * Applies edits made against the same text; insertions at one place keep their order. Returns
 * the text, and where each edit's own text starts in it (in the order given).
 */
export function applyEdits(source: string, edits: TextEdit[]): { text: string; offsets: number[] } {
  const order = edits.map((_, i) => i).sort((a, b) => edits[a].start - edits[b].start || a - b)
  const offsets: number[] = new Array<number>(edits.length)
  let text = ''
  let at = 0
  for (const i of order) {
    const edit = edits[i]
    if (edit.start < at) throw new OverlappingEdits(`edits overlap at offset ${edit.start}`)
    text += source.slice(at, edit.start)
    offsets[i] = text.length
    text += edit.text
    at = edit.end
  }
  return { text: text + source.slice(at), offsets }
}

function lineStart(source: string, index: number): number {
  return source.lastIndexOf('\n', index - 1) + 1
}

function lineEnd(source: string, index: number): number {
  const end = source.indexOf('\n', index)
  return end < 0 ? source.length : end
}

/** The indentation of the line `index` is on. */
function indentAt(source: string, index: number): string {
  const start = lineStart(source, index)
  return /^[ \t]*/.exec(source.slice(start))?.[0] ?? ''
}

/** Whether a node has its lines to itself: only blanks before it, and a comma or comment after. */
function onOwnLines(source: string, node: Node): boolean {
  const before = source.slice(lineStart(source, node.startIndex), node.startIndex)
  const after = source.slice(node.endIndex, lineEnd(source, node.endIndex))
  return /^\s*$/.test(before) && /^\s*,?\s*(#.*|\/\/.*|\/\*.*)?$/.test(after)
}

/** A value written in place of the expression `node`. */
export function replaceValue(source: string, node: Node, value: unknown): TextEdit {
  return {
    start: node.startIndex,
    end: node.endIndex,
    text: hclValue(value, indentAt(source, node.startIndex))
  }
}

/**
 * Deletes an attribute, an object element or a block: the lines it stands on (with its trailing
 * comment), or on a line shared with others, the node and the comma that joins it to them.
 */
export function deleteNode(source: string, node: Node): TextEdit {
  if (onOwnLines(source, node)) {
    const end = lineEnd(source, node.endIndex)
    const start = lineStart(source, node.startIndex)
    // A block set off by blank lines leaves one of them, and none before a closing bracket.
    const blankBefore = /\n[ \t]*\n$/.test(source.slice(0, start))
    const next = source.slice(end + 1, lineEnd(source, end + 1))
    if (blankBefore && /^\s*$/.test(next) && end < source.length)
      return { start, end: Math.min(lineEnd(source, end + 1) + 1, source.length), text: '' }
    if (blankBefore && /^\s*[}\]]/.test(next))
      return {
        start: lineStart(source, start - 1),
        end: Math.min(end + 1, source.length),
        text: ''
      }
    return { start, end: Math.min(end + 1, source.length), text: '' }
  }
  const after = /^\s*,[ \t]*/.exec(source.slice(node.endIndex))
  if (after) return { start: node.startIndex, end: node.endIndex + after[0].length, text: '' }
  const before = /,\s*$/.exec(source.slice(0, node.startIndex))
  return { start: node.startIndex - (before?.[0].length ?? 0), end: node.endIndex, text: '' }
}

/**
 * Inserts one line after the line `anchor` ends on, at its indentation; or, with no anchor, as the
 * first line inside the brackets `open` … `close`, one level deeper than the line `open` is on.
 */
/**
 * Inserts `text` on lines of its own after the line `anchor` ends on: at the start of the next
 * line, so that an edit deleting the anchor's lines does not overlap it.
 */
function afterLine(source: string, anchor: Node, text: string): TextEdit {
  const end = lineEnd(source, anchor.endIndex)
  if (end === source.length) return { start: end, end, text: `\n${text}` }
  return { start: end + 1, end: end + 1, text: `${text}\n` }
}

/**
 * Inserts one line after the line `anchor` ends on, at its indentation; or, with no anchor, as the
 * first line inside the brackets `open` … `close`, one level deeper than the line `open` is on.
 */
function insertLine(
  source: string,
  line: (indent: string) => string,
  anchor: Node | undefined,
  open: Node,
  close: Node
): TextEdit {
  if (anchor) return afterLine(source, anchor, line(indentAt(source, anchor.startIndex)))
  const outer = indentAt(source, open.startIndex)
  if (open.startPosition.row === close.startPosition.row) {
    // `{}` on one line opens up: `{\n  line\n}`.
    return {
      start: open.endIndex,
      end: close.startIndex,
      text: `\n${line(`${outer}  `)}\n${outer}`
    }
  }
  const at = lineEnd(source, open.endIndex) + 1
  return { start: at, end: at, text: `${line(`${outer}  `)}\n` }
}

/** The `{` and `}` of a block, and its body when it has one. */
function blockParts(block: Node): { open: Node; close: Node; body?: Node } {
  const open = firstChild(block, 'block_start')
  const close = firstChild(block, 'block_end')
  if (!open || !close) throw new Error(`not a block: ${block.type}`)
  return { open, close, body: firstChild(block, 'body') }
}

/** Adds `name = value` to a block, after its last attribute. */
export function insertAttribute(
  source: string,
  block: Node,
  name: string,
  value: unknown
): TextEdit {
  const { open, close, body } = blockParts(block)
  const attributes = body ? childrenOf(body, 'attribute') : []
  return insertLine(
    source,
    indent => `${indent}${name} = ${hclValue(value, indent)}`,
    attributes.at(-1),
    open,
    close
  )
}

/** Adds `key = value` to an object literal (`collection_value` holding an `object`). */
export function insertElement(
  source: string,
  collection: Node,
  key: string,
  value: unknown
): TextEdit {
  const object = firstChild(collection, 'object')
  const open = object && firstChild(object, 'object_start')
  const close = object && firstChild(object, 'object_end')
  if (!object || !open || !close) throw new Error(`not an object: ${collection.text}`)
  const elements = childrenOf(object, 'object_elem')
  const last = elements.at(-1)
  if (last && open.startPosition.row === close.startPosition.row) {
    // `{ a = 1 }` stays on one line.
    const at = last.endIndex
    return { start: at, end: at, text: `, ${objectKey(key)} = ${hclValue(value)}` }
  }
  return insertLine(
    source,
    indent => `${indent}${objectKey(key)} = ${hclValue(value, indent)}`,
    last,
    open,
    close
  )
}

/** Adds an element to a list literal (`collection_value` holding a `tuple`). */
export function appendElement(source: string, collection: Node, value: unknown): TextEdit[] {
  const tuple = firstChild(collection, 'tuple')
  const open = tuple && firstChild(tuple, 'tuple_start')
  const close = tuple && firstChild(tuple, 'tuple_end')
  if (!tuple || !open || !close) throw new Error(`not a list: ${collection.text}`)
  const last = childrenOf(tuple, 'expression').at(-1)
  if (!last)
    return [{ start: open.endIndex, end: close.startIndex, text: hclValue([value]).slice(1, -1) }]
  if (open.startPosition.row === close.startPosition.row)
    return [{ start: last.endIndex, end: last.endIndex, text: `, ${hclValue(value)}` }]
  const comma = /^\s*,/.test(source.slice(last.endIndex))
  return [
    ...(comma ? [] : [{ start: last.endIndex, end: last.endIndex, text: ',' }]),
    insertLine(source, indent => `${indent}${hclValue(value, indent)},`, last, open, close)
  ]
}

/**
 * A nested block's body from an object as the state holds it: empty arguments (null, "", [], {})
 * are left out, as Terraform reads them alike; lists of objects become nested blocks.
 */
export function blockText(name: string, value: Record<string, unknown>, indent: string): string {
  const inner = `${indent}  `
  const lines: string[] = []
  const blocks: string[] = []
  for (const [key, item] of Object.entries(value)) {
    if (isEmpty(item)) continue
    if (Array.isArray(item) && item.every(isPlainObject)) {
      for (const element of item) blocks.push(blockText(key, element, inner))
      continue
    }
    lines.push(`${inner}${key} = ${hclValue(item, inner)}`)
  }
  const body = [...lines, ...(blocks.length > 0 && lines.length > 0 ? [''] : []), ...blocks]
  return `${indent}${name} {\n${body.map(line => `${line}\n`).join('')}${indent}}`
}

/**
 * Adds a nested block after the last of its siblings, or at the end of the parent's body, set off
 * by a blank line.
 */
export function insertBlock(
  source: string,
  parent: Node,
  siblings: Node[],
  name: string,
  value: Record<string, unknown>
): TextEdit {
  const last = siblings.at(-1)
  if (last)
    return afterLine(source, last, `\n${blockText(name, value, indentAt(source, last.startIndex))}`)
  const { open, close } = blockParts(parent)
  const indent = `${indentAt(source, parent.startIndex)}  `
  if (open.startPosition.row === close.startPosition.row)
    return {
      start: open.endIndex,
      end: close.startIndex,
      text: `\n${blockText(name, value, indent)}\n`
    }
  const at = lineStart(source, close.startIndex)
  return { start: at, end: at, text: `\n${blockText(name, value, indent)}\n` }
}

/**
 * The resource block replaced by a `removed` block: Terraform forgets the resource, which no
 * longer exists, without planning to destroy anything.
 */
export function replaceWithRemoved(resource: Node, address: string): TextEdit {
  return {
    start: resource.startIndex,
    end: resource.endIndex,
    text: `removed {\n  from = ${address}\n\n  lifecycle {\n    destroy = false\n  }\n}`
  }
}

import type { AttributeChange, DriftFinding } from '../../model/findings.js'
import { deepEqual, isEmpty, isPlainObject, topAttribute } from '../../analyse/diff.js'
import { clipToLine } from '../../errors.js'
import type { TextEdit } from './editor.js'
import {
  appendElement,
  deleteNode,
  insertAttribute,
  insertBlock,
  insertElement,
  replaceValue,
  replaceWithRemoved
} from './editor.js'
import type { Node, Tree } from './hcl.js'
import { childrenOf, firstChild, lineOf } from './hcl.js'
import type { NotCodified, NotCodifiedReason } from './types.js'
import { decodeString, keyOf, literalOf } from './values.js'

/**
 * From findings to edits: where in the code each drifted attribute's value is written, and
 * whether it is a literal that can take the live value. Every finding ends as edits or as a
 * NotCodified entry that says where and why.
 */

/** One `.tf` file of the root, parsed. */
export interface HclFile {
  /** Absolute. */
  path: string
  /** Relative to the repository root, forward slashes. */
  repoPath: string
  source: string
  tree: Tree
}

/** The edits that codify one attribute (or a few set together), or remove one resource. */
export interface PlannedEdit {
  file: HclFile
  edits: TextEdit[]
  address: string
  /** The changes it writes; none for a removed resource. */
  changes: AttributeChange[]
  removed?: boolean
}

export type Segment = string | number

const SEGMENT =
  /^(?:\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|("(?:[^"\\]|\\.)*"))/

/** `ingress[1].cidr_blocks` → ['ingress', 1, 'cidr_blocks'] (the paths analyse/diff.ts writes). */
export function parsePath(path: string): Segment[] | undefined {
  const segments: Segment[] = []
  let rest = path
  while (rest) {
    const match = SEGMENT.exec(rest)
    if (!match) return undefined
    const [, name, index, bracketed, quoted] = match
    if (name !== undefined) segments.push(name)
    else if (index !== undefined) segments.push(Number(index))
    else segments.push(JSON.parse(bracketed ?? quoted) as string)
    rest = rest.slice(match[0].length)
  }
  return segments
}

function blockName(block: Node): string | undefined {
  return firstChild(block, 'identifier')?.text
}

function blockLabels(block: Node): string[] {
  return childrenOf(block, 'string_lit').map(label => decodeString(label.text.slice(1, -1)))
}

function bodyOf(block: Node): Node[] {
  const body = firstChild(block, 'body')
  return body ? body.namedChildren.filter((child): child is Node => child !== null) : []
}

function attributeOf(block: Node, name: string): { attribute: Node; value: Node } | undefined {
  for (const node of bodyOf(block)) {
    if (node.type !== 'attribute' || firstChild(node, 'identifier')?.text !== name) continue
    const value = firstChild(node, 'expression')
    if (value) return { attribute: node, value }
  }
  return undefined
}

function nestedBlocks(block: Node, name: string): Node[] {
  return bodyOf(block).filter(
    node => node.type === 'block' && blockName(node) === name && blockLabels(node).length === 0
  )
}

function dynamicBlock(block: Node, name: string): Node | undefined {
  return bodyOf(block).find(
    node => node.type === 'block' && blockName(node) === 'dynamic' && blockLabels(node)[0] === name
  )
}

/** A resource block of the root module. */
export interface ResourceBlock {
  file: HclFile
  block: Node
}

/** Every `resource "TYPE" "NAME"` block of the files, by `TYPE.NAME`. */
export function resourceBlocks(files: HclFile[]): Map<string, ResourceBlock> {
  const index = new Map<string, ResourceBlock>()
  for (const file of files) {
    const body = firstChild(file.tree.rootNode, 'body')
    for (const block of body ? childrenOf(body, 'block') : []) {
      const labels = blockLabels(block)
      if (blockName(block) !== 'resource' || labels.length !== 2) continue
      const key = `${labels[0]}.${labels[1]}`
      if (!index.has(key)) index.set(key, { file, block })
    }
  }
  return index
}

/** Code and state agree: the same value, or both empty; Terraform converts `22` and `"22"`. */
function sameValue(code: unknown, state: unknown): boolean {
  if (isEmpty(code) && isEmpty(state)) return true
  if (Array.isArray(code) && Array.isArray(state))
    return code.length === state.length && code.every((item, i) => sameValue(item, state[i]))
  if (isPlainObject(code) && isPlainObject(state)) {
    const keys = new Set([...Object.keys(code), ...Object.keys(state)])
    return [...keys].every(key => sameValue(code[key], state[key]))
  }
  if (code === null || state === null || typeof code === 'object' || typeof state === 'object')
    return deepEqual(code, state)
  return String(code) === String(state)
}

/** The literal value at `path` inside a block's body, if the code writes one there. */
function literalIn(block: Node, path: Segment[]): { value: unknown } | undefined {
  const [name, ...rest] = path
  if (typeof name !== 'string') return undefined
  const attribute = attributeOf(block, name)
  if (!attribute) return rest.length === 0 ? { value: null } : undefined
  const literal = literalOf(attribute.value)
  if (!literal.literal) return undefined
  let value = literal.value
  for (const segment of rest) {
    if (value === null || typeof value !== 'object') return { value: null }
    value = (value as Record<string | number, unknown>)[segment] ?? null
  }
  return { value }
}

/** Whether a nested block's every literal argument is what the state's element holds. */
function blockMatches(block: Node, element: Record<string, unknown>): boolean {
  const attributes = bodyOf(block).filter(node => node.type === 'attribute')
  return (
    attributes.length > 0 &&
    attributes.every(attribute => {
      const name = firstChild(attribute, 'identifier')?.text ?? ''
      const found = literalIn(block, [name])
      return found !== undefined && sameValue(found.value, element[name])
    })
  )
}

/** Where a step ended: the edits made, or why none could be. */
type Step = { edits: TextEdit[] } | { reason: NotCodifiedReason; detail: string; node?: Node }

const notFound = (detail: string, node?: Node): Step => ({ reason: 'not-found', detail, node })

function fromExpression(node: Node): Step {
  return {
    reason: 'expression',
    detail: `set by \`${clipToLine(node.text, 80)}\`: change it there`,
    node
  }
}

/** Follows one change's path through a block, an expression, or a list of nested blocks. */
class Locator {
  constructor(
    private readonly source: string,
    private readonly change: AttributeChange
  ) {}

  private get after(): unknown {
    return this.change.after
  }

  inBlock(block: Node, path: Segment[]): Step {
    const [name, ...rest] = path
    if (typeof name !== 'string') return notFound('not an argument name', block)
    const attribute = attributeOf(block, name)
    if (attribute) return this.inExpression(attribute.attribute, attribute.value, rest)
    const blocks = nestedBlocks(block, name)
    if (blocks.length > 0) return this.inBlocks(block, blocks, name, rest)
    const dynamic = dynamicBlock(block, name)
    if (dynamic)
      return { reason: 'expression', detail: `made by \`dynamic "${name}"\``, node: dynamic }
    if (rest.length > 0) return notFound(`the code does not set \`${name}\``, block)
    if (isEmpty(this.after)) return notFound(`the code does not set \`${name}\``, block)
    const after = this.after
    if (Array.isArray(after) && after.every(isPlainObject))
      return { edits: after.map(item => insertBlock(this.source, block, [], name, item)) }
    return { edits: [insertAttribute(this.source, block, name, after)] }
  }

  /** `owner` is what holds the expression (an attribute or object element): deleted with it. */
  inExpression(owner: Node, value: Node, path: Segment[]): Step {
    if (path.length === 0) {
      const literal = literalOf(value)
      if (!literal.literal) return fromExpression(literal.node)
      if (this.after === null || this.after === undefined)
        return { edits: [deleteNode(this.source, owner)] }
      return { edits: [replaceValue(this.source, value, this.after)] }
    }
    const collection = value.namedChildren.length === 1 ? value.namedChildren[0] : null
    const inner = collection?.type === 'collection_value' ? collection.namedChildren[0] : null
    const [segment, ...rest] = path
    if (collection && inner?.type === 'object' && typeof segment === 'string') {
      for (const element of childrenOf(inner, 'object_elem')) {
        const key = element.childForFieldName('key')
        const val = element.childForFieldName('val')
        if (!key || !val) continue
        const name = keyOf(key)
        if (name === undefined) return fromExpression(key)
        if (name === segment) return this.inExpression(element, val, rest)
      }
      if (rest.length > 0 || this.after === null)
        return notFound(`the code has no \`${segment}\``, value)
      return { edits: [insertElement(this.source, collection, segment, this.after)] }
    }
    if (collection && inner?.type === 'tuple' && typeof segment === 'number')
      return this.inList(collection, childrenOf(inner, 'expression'), rest)
    const literal = literalOf(value)
    return literal.literal
      ? notFound('the code writes another shape', value)
      : fromExpression(literal.node)
  }

  /** A list literal of objects (`ingress = [{...}]`): elements are matched by content. */
  private inList(collection: Node, elements: Node[], rest: Segment[]): Step {
    const { before, after } = this.change
    if (rest.length === 0) {
      if (before === null && isPlainObject(after))
        return { edits: appendElement(this.source, collection, after) }
      const match = isPlainObject(before)
        ? elements.filter(element => {
            const literal = literalOf(element)
            return literal.literal && sameValue(literal.value, before)
          })
        : []
      if (match.length === 1 && after === null)
        return { edits: [deleteNode(this.source, match[0])] }
      return notFound('no single element of the list matches the state', collection)
    }
    const match = elements.filter(element => {
      const literal = literalOf(element)
      if (!literal.literal) return false
      let value = literal.value
      for (const segment of rest)
        value = (value as Record<string | number, unknown>)?.[segment] ?? null
      return sameValue(value, before)
    })
    if (match.length !== 1)
      return notFound('no single element of the list matches the state', collection)
    return this.inExpression(match[0], match[0], rest)
  }

  /** Nested blocks (`ingress { ... }`): a set's order is not the code's, so they are matched by content. */
  private inBlocks(parent: Node, blocks: Node[], name: string, path: Segment[]): Step {
    const [index, ...rest] = path
    const { before, after } = this.change
    if (typeof index !== 'number') return notFound(`\`${name}\` is written as blocks`, blocks[0])
    if (rest.length === 0) {
      if (before === null && isPlainObject(after))
        return { edits: [insertBlock(this.source, parent, blocks, name, after)] }
      const match = isPlainObject(before) ? blocks.filter(block => blockMatches(block, before)) : []
      if (match.length === 1 && after === null)
        return { edits: [deleteNode(this.source, match[0])] }
      return notFound(`no single \`${name}\` block in the code matches the state's`, blocks[0])
    }
    const match = blocks.filter(block => {
      const found = literalIn(block, rest)
      return found !== undefined && sameValue(found.value, before)
    })
    const block = match.length === 1 ? match[0] : blocks.length === 1 ? blocks[0] : undefined
    if (!block)
      return notFound(`no single \`${name}\` block in the code matches the state's`, blocks[0])
    return this.inBlock(block, rest)
  }
}

/** A resource reference (`aws_sns_topic.alerts`) anywhere in the files but its own block. */
function referenceTo(
  files: HclFile[],
  type: string,
  name: string
): { file: HclFile; node: Node } | undefined {
  for (const file of files) {
    for (const node of file.tree.rootNode.descendantsOfType('variable_expr')) {
      const next = node?.nextNamedSibling
      if (
        node?.text === type &&
        next?.type === 'get_attr' &&
        firstChild(next, 'identifier')?.text === name
      )
        return { file, node }
    }
  }
  return undefined
}

/** Only a plain address is written into a `removed` block. */
const PLAIN_ADDRESS = /^[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*$/

export interface Located {
  planned: PlannedEdit[]
  notCodified: NotCodified[]
}

/** Where a node is, for a NotCodified entry. */
function at(file: HclFile, node: Node | undefined): { file: string; line: number } | object {
  return node ? { file: file.repoPath, line: lineOf(node) } : {}
}

function removal(
  files: HclFile[],
  resource: ResourceBlock,
  finding: DriftFinding
): PlannedEdit | NotCodified {
  const reference = referenceTo(files, finding.type, finding.name)
  if (reference || !PLAIN_ADDRESS.test(finding.address)) {
    return {
      address: finding.address,
      reason: 'referenced',
      detail: 'other code refers to it: remove it and those references by hand',
      ...(reference ? at(reference.file, reference.node) : at(resource.file, resource.block))
    }
  }
  return {
    file: resource.file,
    edits: [replaceWithRemoved(resource.block, finding.address)],
    address: finding.address,
    changes: [],
    removed: true
  }
}

/** The live value of a change, for a NotCodified entry: left out when sensitive. */
function live(change: AttributeChange): { live?: unknown } {
  return change.sensitive ? {} : { live: change.after }
}

/** Changes under an argument the code does not set (`tags.Env` with no `tags`): written as one. */
function unsetArgument(
  resource: ResourceBlock,
  changes: AttributeChange[]
): Map<string, AttributeChange[]> {
  const unset = new Map<string, AttributeChange[]>()
  for (const change of changes) {
    const path = parsePath(change.path)
    if (!path || path.length !== 2 || typeof path[1] !== 'string' || change.sensitive) continue
    const name = path[0] as string
    const { block } = resource
    if (attributeOf(block, name) || nestedBlocks(block, name).length || dynamicBlock(block, name))
      continue
    unset.set(name, [...(unset.get(name) ?? []), change])
  }
  return unset
}

function changed(resource: ResourceBlock, finding: DriftFinding): (PlannedEdit | NotCodified)[] {
  const { file, block } = resource
  const out: (PlannedEdit | NotCodified)[] = []
  const unset = unsetArgument(resource, finding.changes)
  for (const [name, changes] of unset) {
    const value = Object.fromEntries(
      changes.filter(c => c.after !== null).map(c => [parsePath(c.path)?.[1] as string, c.after])
    )
    out.push({
      file,
      edits: [insertAttribute(file.source, block, name, value)],
      address: finding.address,
      changes
    })
  }
  const grouped = new Set([...unset.values()].flat())
  for (const change of finding.changes.filter(c => !grouped.has(c))) {
    const path = parsePath(change.path)
    const skip = (reason: NotCodifiedReason, detail: string, node?: Node): NotCodified => ({
      address: finding.address,
      path: change.path,
      reason,
      detail,
      ...at(file, node ?? block),
      ...live(change)
    })
    if (change.sensitive) {
      const attribute = attributeOf(block, String(path?.[0] ?? topAttribute(change.path)))
      out.push(skip('sensitive', 'sensitive: set by hand', attribute?.attribute))
      continue
    }
    if (!path || path.length === 0) {
      out.push(skip('not-found', 'the change has no attribute path'))
      continue
    }
    if (path[0] === 'tags_all') {
      out.push(
        skip(
          'expression',
          "computed from `tags` and the provider's `default_tags`: change one of them"
        )
      )
      continue
    }
    const step = new Locator(file.source, change).inBlock(block, path)
    if ('edits' in step)
      out.push({ file, edits: step.edits, address: finding.address, changes: [change] })
    else out.push(skip(step.reason, step.detail, step.node))
  }
  return out
}

/** Every finding of a root as planned edits or entries left for a person. */
export function locate(files: HclFile[], findings: DriftFinding[]): Located {
  const resources = resourceBlocks(files)
  const located: Located = { planned: [], notCodified: [] }
  const whole = (
    finding: DriftFinding,
    reason: NotCodifiedReason,
    detail: string
  ): NotCodified => ({
    address: finding.address,
    reason,
    detail,
    ...(finding.location ?? {})
  })
  for (const finding of findings) {
    const resource = resources.get(`${finding.type}.${finding.name}`)
    let outcomes: (PlannedEdit | NotCodified)[]
    if (finding.module)
      outcomes = [
        whole(finding, 'module', `in \`${finding.module}\`: change it in the module or its call`)
      ]
    else if (finding.index !== undefined)
      outcomes = [
        whole(
          finding,
          'instances',
          'one block makes several instances (count or for_each): change it by hand'
        )
      ]
    else if (!resource)
      outcomes = [whole(finding, 'not-found', "no resource block for it in the root's .tf files")]
    else if (finding.kind === 'deleted') outcomes = [removal(files, resource, finding)]
    else outcomes = changed(resource, finding)
    for (const outcome of outcomes) {
      if ('edits' in outcome) located.planned.push(outcome)
      else located.notCodified.push(outcome)
    }
  }
  return located
}

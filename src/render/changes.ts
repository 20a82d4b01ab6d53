import { diffAttributes } from '../analyse/diff.js'
import type { AttributeChange } from '../model/findings.js'
import { REDACTED } from '../redact/sensitive.js'
import { plural } from '../text.js'
import { FULL } from './budget.js'
import { ALL_TRAFFIC, protocolName } from '../model/network-rule.js'
import { parsePolicyDocument, policyStatements } from '../model/policy-document.js'

/**
 * A finding's attribute changes as lines a person reads: a rule added to a security group is one
 * line in the group's own terms, not a JSON blob; a policy document is compared statement by
 * statement; long values are folded with their length. Lines are plain text with no markup, so
 * every medium (Markdown, the step log, annotations) formats and escapes them its own way.
 */

export type ChangeKind = 'added' | 'removed' | 'changed'

export interface ChangeLine {
  kind: ChangeKind
  /**
   * The attribute the line is about, as in the finding: `ingress[0]`, `policy`, `tags.Owner`;
   * `ingress[0].ports` for a from_port and to_port pair read as one range, so a table's Attribute
   * column names what its Before and Now columns show.
   */
  path: string
  /**
   * The whole change in words, without its sign: `ingress tcp 22 from 0.0.0.0/0`,
   * `policy: Allow s3:* on *`, `tags.Owner: null → "alice"`.
   */
  text: string
  /** Each side on its own, for a table's Before and Now columns; '' for a side with nothing. */
  before: string
  after: string
}

export interface DescribeOptions {
  /** Longest value shown before it is folded, in characters. */
  valueLength?: number
}

export const CHANGE_SIGNS: Record<ChangeKind, string> = { added: '+', removed: '-', changed: '~' }

/**
 * Said in place of the lines when a finding has changes but none is a difference (a policy AWS
 * only reformatted): Terraform still counts the resource as drifted, so it is never left blank.
 */
export const FORM_ONLY = 'reformatted only: the same content, written differently'

/** `+ ingress tcp 22 from 0.0.0.0/0`: the line as the step log and annotations show it. */
export function changeLineText(line: ChangeLine): string {
  return `${CHANGE_SIGNS[line.kind]} ${line.text}`
}

export function describeChanges(
  type: string,
  changes: AttributeChange[],
  options: DescribeOptions = {}
): ChangeLine[] {
  const context: Context = { type, limit: options.valueLength ?? FULL.valueLength }
  return describeLeaves(changes.flatMap(expand), context)
}

interface Context {
  type: string
  limit: number
}

type Fields = Record<string, unknown>

// ---------------------------------------------------------------------------------------------
// Values

function isObject(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Terraform writes an absent optional value as null, "", [] or {}: all mean nothing is there. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return isObject(value) && Object.keys(value).length === 0
}

function kindOf(before: unknown, after: unknown): ChangeKind {
  if (isEmpty(before)) return 'added'
  return isEmpty(after) ? 'removed' : 'changed'
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.filter(item => !isEmpty(item))
  return isEmpty(value) ? [] : [value]
}

/** A nested block is a list of one object in Terraform's JSON: its first element, if any. */
function first(value: unknown): Fields {
  const item = list(value)[0]
  return isObject(item) ? item : {}
}

function characters(count: number): string {
  return `${count.toLocaleString('en-US')} characters`
}

/**
 * Counted in code points, so a fold never splits an emoji or a CJK character in two; a value the
 * fold would not make shorter (`null` under a tiny limit) is left whole.
 */
function fold(text: string, limit: number, quote: (text: string) => string): string {
  const chars = [...text]
  const whole = quote(text)
  if (chars.length <= limit) return whole
  const folded = `${quote(`${chars.slice(0, limit).join('')}…`)} (${characters(chars.length)})`
  return folded.length < whole.length ? folded : whole
}

/** A value as compact JSON (strings quoted, so `"1"` and `1` differ), folded past the limit. */
function formatValue(value: unknown, limit: number): string {
  if (value === REDACTED) return REDACTED
  if (typeof value === 'string') return fold(value, limit, text => JSON.stringify(text))
  return fold(JSON.stringify(value ?? null), limit, text => text)
}

/**
 * A word inside a sentence: bare when it reads unambiguously, else quoted; always one line. A
 * control or invisible character keeps it quoted, where JSON escapes ESC and the other C0
 * controls: the step log is a terminal, and an escape sequence in a value would reach it raw.
 */
function word(value: unknown, limit: number): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  if (/^[^\s",;()\p{Cc}\p{Cf}]+$/u.test(text)) return fold(text, limit, t => t)
  return formatValue(value, limit)
}

/** Lists in a sentence show their first few items: the count says how much is left out. */
const LIST_ITEMS = 3

function words(values: unknown[], limit: number): string {
  const shown = values.slice(0, LIST_ITEMS).map(value => word(value, limit))
  const hidden = values.length - shown.length
  return hidden > 0 ? `${shown.join(', ')} +${hidden} more` : shown.join(', ')
}

function sentence(parts: string[]): string {
  return parts.filter(Boolean).join(' ')
}

// ---------------------------------------------------------------------------------------------
// Paths

const BLOCK_PATH = /\[\d+\]$/

/** `rule[0].transition[1]` → `rule[0].transition`: the block list the element belongs to. */
function blockList(path: string): string {
  return path.replace(BLOCK_PATH, '')
}

/** `ingress[0].from_port` → `from_port`. */
function lastKey(path: string): string {
  const match = /(?:^|\.)([^.[\]]+)$/.exec(path)
  return match ? match[1] : ''
}

/** Joins a path diffAttributes wrote from the root (`a.b`, `[0].c`, `"k 1".c`) under `parent`. */
function appendPath(parent: string, sub: string): string {
  if (!parent || !sub) return parent || sub
  if (sub.startsWith('[')) return `${parent}${sub}`
  const quoted = /^"(?:[^"\\]|\\.)*"/.exec(sub)
  if (quoted) return `${parent}[${quoted[0]}]${sub.slice(quoted[0].length)}`
  return `${parent}.${sub}`
}

// ---------------------------------------------------------------------------------------------
// Expanding a change into the smallest changes that say what happened

type Shape = 'empty' | 'object' | 'blocks' | 'scalar'

function shapeOf(value: unknown): Shape {
  if (isEmpty(value)) return 'empty'
  if (isObject(value)) return 'object'
  if (Array.isArray(value) && value.some(isObject)) return 'blocks'
  return 'scalar'
}

/** A whole block appearing or going: described as one line, never taken apart. */
function isBlockChange(change: AttributeChange): boolean {
  const shapes = [shapeOf(change.before), shapeOf(change.after)]
  return BLOCK_PATH.test(change.path) && shapes.includes('empty') && shapes.includes('object')
}

/** Objects and lists of blocks on both sides (or on one, the other empty) can be gone into. */
function containerOf(change: AttributeChange): Shape | undefined {
  const shapes = new Set([shapeOf(change.before), shapeOf(change.after)])
  shapes.delete('empty')
  const [shape] = [...shapes]
  return shapes.size === 1 && shape !== 'scalar' ? shape : undefined
}

/**
 * A change holding a map, an object or a list of blocks, taken down to what differs: a tag map
 * set from null reads as one line per tag, a block whose one key changed as that key alone. The
 * values are already redacted, and a sensitive change is never gone into.
 */
function expand(change: AttributeChange): AttributeChange[] {
  const container = containerOf(change)
  if (change.sensitive || isBlockChange(change) || !container) return [change]
  const empty = container === 'object' ? {} : []
  const before = isEmpty(change.before) ? empty : change.before
  const after = isEmpty(change.after) ? empty : change.after
  return diffAttributes(before, after).flatMap(sub =>
    expand({ ...sub, path: appendPath(change.path, sub.path), sensitive: false })
  )
}

// ---------------------------------------------------------------------------------------------
// Lines

function describeLeaves(changes: AttributeChange[], context: Context): ChangeLine[] {
  const ports = portPairs(changes, context)
  return changes.flatMap(change => {
    if (ports.merged.has(change)) return []
    const pair = ports.pairs.get(change)
    return pair ? [portLine(change, pair)] : describeChange(change, context)
  })
}

function describeChange(change: AttributeChange, context: Context): ChangeLine[] {
  if (change.sensitive) return [sensitiveLine(change)]
  if (isBlockChange(change)) return [blockLine(change, context)]
  const documents = policyDocuments(change)
  if (documents) return policyLines(change.path, documents, context)
  return [valueLine(change, context)]
}

function line(kind: ChangeKind, path: string, text: string, side: string): ChangeLine {
  return {
    kind,
    path,
    text,
    before: kind === 'added' ? '' : side,
    after: kind === 'removed' ? '' : side
  }
}

function changedLine(change: AttributeChange, before: string, after: string): ChangeLine {
  const label = change.path ? `${change.path}: ` : ''
  return {
    kind: kindOf(change.before, change.after),
    path: change.path,
    text: `${label}${before} → ${after}`,
    before,
    after
  }
}

/** Only whether a side is there is shown: the value itself was redacted before it got here. */
function sensitiveLine(change: AttributeChange): ChangeLine {
  const side = (value: unknown) => (isEmpty(value) ? 'null' : REDACTED)
  return changedLine(change, side(change.before), side(change.after))
}

function valueLine(change: AttributeChange, context: Context): ChangeLine {
  const show = (value: unknown) =>
    isNetworkType(context.type) && PROTOCOL_FIELDS.has(lastKey(change.path)) && !isEmpty(value)
      ? protocolName(value)
      : formatValue(value, context.limit)
  return changedLine(change, show(change.before), show(change.after))
}

function blockLine(change: AttributeChange, context: Context): ChangeLine {
  const kind = isEmpty(change.before) ? 'added' : 'removed'
  const block = (kind === 'added' ? change.after : change.before) as Fields
  const name = blockList(change.path)
  const description = describeBlock(name, block, context) || '(empty)'
  return line(kind, change.path, `${name} ${description}`, description)
}

// ---------------------------------------------------------------------------------------------
// Blocks, each in its resource's own terms

type Describer = (block: Fields, name: string, context: Context) => string

/** By resource type and the block's path without indexes: only top-level blocks are known. */
const DESCRIBERS: { type: RegExp; block: RegExp; describe: Describer }[] = [
  { type: /^aws_(default_)?security_group$/, block: /^(ingress|egress)$/, describe: sgRule },
  { type: /^aws_(default_)?network_acl$/, block: /^(ingress|egress)$/, describe: naclEntry },
  { type: /^aws_s3_bucket_lifecycle_configuration$/, block: /^rule$/, describe: lifecycleRule },
  { type: /^aws_s3_bucket$/, block: /^lifecycle_rule$/, describe: lifecycleRule },
  { type: /^aws_iam_role$/, block: /^inline_policy$/, describe: inlinePolicy }
]

function describeBlock(name: string, block: Fields, context: Context): string {
  const pattern = name.replace(/\[\d+\]/g, '')
  const known = DESCRIBERS.find(d => d.type.test(context.type) && d.block.test(pattern))
  return (known?.describe ?? genericBlock)(block, name, context)
}

/** Pairs past this many are left out: a line names a block, it does not list it. */
const GENERIC_FIELDS = 6
const GENERIC_VALUE = 40

/** Any other block: its non-empty plain fields as `key=value`; nested blocks are left out. */
function genericBlock(block: Fields, _name: string, context: Context): string {
  const limit = Math.min(context.limit, GENERIC_VALUE)
  const pairs = Object.entries(block)
    .filter(([, value]) => !isEmpty(value) && ['scalar', 'empty'].includes(shapeOf(value)))
    .map(
      ([key, value]) => `${key}=${Array.isArray(value) ? words(value, limit) : word(value, limit)}`
    )
  const hidden = pairs.length - GENERIC_FIELDS
  return sentence([...pairs.slice(0, GENERIC_FIELDS), hidden > 0 ? `+${hidden} more` : ''])
}

// Security group rules and network ACL entries

const NETWORK_TYPE = /security_group|network_acl/
const PROTOCOL_FIELDS = new Set(['protocol', 'ip_protocol'])
function isNetworkType(type: string): boolean {
  return NETWORK_TYPE.test(type)
}

function portRange(from: unknown, to: unknown): string {
  if (isEmpty(from) && isEmpty(to)) return 'null'
  if (isEmpty(to) || from === to) return String(from)
  return `${from}-${to}`
}

/** ICMP rules put the ICMP type and code where other protocols put ports; -1 means any. */
function icmp(name: string, type: unknown, code: unknown): string {
  if (isEmpty(type) || Number(type) === -1) return name
  const withCode = !isEmpty(code) && Number(code) !== -1 ? ` code ${code}` : ''
  return `${name} type ${type}${withCode}`
}

function traffic(protocol: unknown, from: unknown, to: unknown): string {
  const name = protocolName(protocol)
  if (name === ALL_TRAFFIC) return name
  if (name.startsWith('icmp')) return icmp(name, from, to)
  return isEmpty(from) ? name : `${name} ${portRange(from, to)}`
}

function peers(direction: string, values: unknown[], context: Context): string {
  if (values.length === 0) return ''
  return `${direction === 'egress' ? 'to' : 'from'} ${words(values, context.limit)}`
}

function description(value: unknown, context: Context): string {
  return isEmpty(value) ? '' : `(${formatValue(value, context.limit)})`
}

/** `tcp 22 from 0.0.0.0/0 ("temporary debug access")`, `all traffic to ::/0`. */
function sgRule(rule: Fields, name: string, context: Context): string {
  const sources = [
    ...list(rule.cidr_blocks),
    ...list(rule.ipv6_cidr_blocks),
    ...list(rule.prefix_list_ids),
    ...list(rule.security_groups),
    ...(rule.self === true ? ['self'] : [])
  ]
  return sentence([
    traffic(rule.protocol, rule.from_port, rule.to_port),
    peers(name, sources, context),
    description(rule.description, context)
  ])
}

/** `#100 allow tcp 22 from 0.0.0.0/0`: entries are read in rule number order, so it comes first. */
function naclEntry(entry: Fields, name: string, context: Context): string {
  const protocol = protocolName(entry.protocol)
  const what = protocol.startsWith('icmp')
    ? icmp(protocol, entry.icmp_type, entry.icmp_code)
    : traffic(entry.protocol, entry.from_port, entry.to_port)
  return sentence([
    isEmpty(entry.rule_no) ? '' : `#${entry.rule_no}`,
    isEmpty(entry.action) ? '' : String(entry.action),
    what,
    peers(name, [...list(entry.cidr_block), ...list(entry.ipv6_cidr_block)], context)
  ])
}

interface PortPairs {
  /** from_port change → its to_port twin. */
  pairs: Map<AttributeChange, AttributeChange>
  merged: Set<AttributeChange>
}

/** A rule widened from port 22 to all ports changes both ends: one line says `22 → 0-65535`. */
function portPairs(changes: AttributeChange[], context: Context): PortPairs {
  const found: PortPairs = { pairs: new Map(), merged: new Set() }
  if (!isNetworkType(context.type)) return found
  for (const from of changes.filter(c => !c.sensitive && lastKey(c.path) === 'from_port')) {
    const parent = from.path.slice(0, -'from_port'.length)
    const to = changes.find(c => !c.sensitive && c.path === `${parent}to_port`)
    if (!to) continue
    found.pairs.set(from, to)
    found.merged.add(to)
  }
  return found
}

function portLine(from: AttributeChange, to: AttributeChange): ChangeLine {
  const parent = from.path.slice(0, -'from_port'.length)
  const change = { ...from, path: `${parent}ports` }
  return changedLine(change, portRange(from.before, to.before), portRange(from.after, to.after))
}

// S3 lifecycle rules (aws_s3_bucket_lifecycle_configuration `rule`, aws_s3_bucket `lifecycle_rule`)

/** The provider writes an unset day count as 0. */
function after(days: unknown, date?: unknown): string {
  if (!isEmpty(days) && days !== 0) return `after ${days} days`
  return isEmpty(date) ? '' : `on ${date}`
}

function ruleScope(rule: Fields, context: Context): string {
  const filter = first(rule.filter)
  const and = first(filter.and)
  const prefix = [filter.prefix, and.prefix, rule.prefix].find(p => !isEmpty(p))
  const tag = first(filter.tag)
  const tags = {
    ...(isObject(rule.tags) ? rule.tags : {}),
    ...(isObject(and.tags) ? and.tags : {})
  }
  if (!isEmpty(tag.key)) tags[String(tag.key)] = tag.value
  const tagged = Object.entries(tags).map(([key, value]) => `${key}=${value}`)
  return sentence([
    prefix === undefined ? '' : `for ${word(prefix, context.limit)}`,
    tagged.length > 0 ? `tagged ${words(tagged, context.limit)}` : ''
  ])
}

function expiry(label: string, days: unknown, date?: unknown): string {
  const when = after(days, date)
  return when ? `${label} ${when}` : ''
}

function transitions(steps: unknown, label: string, context: Context): string[] {
  return list(steps)
    .filter(isObject)
    .map(step =>
      sentence([
        label,
        word(step.storage_class, context.limit),
        after(step.noncurrent_days ?? step.days, step.date)
      ])
    )
}

function ruleActions(rule: Fields, context: Context): string[] {
  const expiration = first(rule.expiration)
  const noncurrent = first(rule.noncurrent_version_expiration)
  const abortDays =
    first(rule.abort_incomplete_multipart_upload).days_after_initiation ??
    rule.abort_incomplete_multipart_upload_days
  return [
    expiry('expire', expiration.days, expiration.date),
    expiration.expired_object_delete_marker === true ? 'remove expired delete markers' : '',
    ...transitions(rule.transition, 'to', context),
    expiry('noncurrent versions expire', noncurrent.noncurrent_days ?? noncurrent.days),
    ...transitions(rule.noncurrent_version_transition, 'noncurrent versions to', context),
    expiry('abort incomplete uploads', abortDays)
  ].filter(Boolean)
}

/** `"logs" for logs/: expire after 90 days, to GLACIER after 30 days`. */
function lifecycleRule(rule: Fields, _name: string, context: Context): string {
  const disabled = rule.status === 'Disabled' || rule.enabled === false
  const head = sentence([
    isEmpty(rule.id) ? '' : formatValue(rule.id, context.limit),
    disabled ? '(disabled)' : '',
    ruleScope(rule, context)
  ])
  const actions = ruleActions(rule, context)
  return actions.length > 0 ? `${head}: ${actions.join(', ')}` : head
}

// ---------------------------------------------------------------------------------------------
// Policy documents

/**
 * `policy`, `assume_role_policy`, `access_policies`. It also matches flags such as
 * `block_public_policy`, whose true or false is no JSON text: policyDocuments passes them by.
 */
const POLICY_KEY = /(^|_)polic(y|ies)$/

/** A statement list shows this many statements in one line; the rest are counted. */
const INLINE_STATEMENTS = 2

type Document = Fields | null

/** An attribute's document: null when it is empty, undefined when it holds no document's text. */
function documentOf(value: unknown): Document | undefined {
  if (isEmpty(value)) return null
  return typeof value === 'string' ? parsePolicyDocument(value) : undefined
}

/** Both sides as parsed JSON objects, when the attribute holds a JSON document on each side. */
function policyDocuments(change: AttributeChange): [Document, Document] | undefined {
  if (!POLICY_KEY.test(lastKey(change.path))) return undefined
  const before = documentOf(change.before)
  const after = documentOf(change.after)
  if (before === undefined || after === undefined || (before === null && after === null))
    return undefined
  return [before, after]
}

/**
 * IAM reads `"s3:*"` and `["s3:*"]` alike, and the order of keys and of a list of names does not
 * matter to it: the form statements are compared in, so AWS reformatting a document is no change.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical)
    if (items.length === 1) return items[0]
    return items.every(item => typeof item === 'string') ? [...items].sort() : items
  }
  if (!isObject(value)) return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map(key => [key, canonical(value[key])])
  )
}

/** Statements of `from` that `against` lacks, each matched at most once. */
function unmatched(from: Fields[], against: Fields[]): Fields[] {
  const left = against.map(s => JSON.stringify(canonical(s)))
  return from.filter(statement => {
    const at = left.indexOf(JSON.stringify(canonical(statement)))
    if (at === -1) return true
    left.splice(at, 1)
    return false
  })
}

function withoutStatements(document: Document): Fields {
  const rest = Object.entries(document ?? {}).filter(([key]) => key !== 'Statement')
  return canonical(Object.fromEntries(rest)) as Fields
}

function principal(statement: Fields, context: Context): string {
  const [key, value] =
    statement.NotPrincipal !== undefined
      ? ['NotPrincipal', statement.NotPrincipal]
      : ['Principal', statement.Principal]
  if (value === undefined) return ''
  const names = isObject(value) ? Object.values(value).flatMap(list) : list(value)
  return `${key} ${words(names, context.limit)}`
}

function condition(statement: Fields, context: Context): string {
  if (!isObject(statement.Condition)) return ''
  const tests = Object.entries(statement.Condition).flatMap(([operator, keys]) =>
    Object.entries(isObject(keys) ? keys : {}).map(
      ([key, value]) => `${key} ${operator} ${words(list(value), context.limit)}`
    )
  )
  return tests.length > 0 ? `when ${tests.join(' and ')}` : ''
}

/** `Allow s3:* on * (Principal *)`: effect, actions and resources first, then who and when. */
function statementText(statement: Fields, context: Context): string {
  const items = (value: unknown) => words(list(value), context.limit)
  const actions =
    statement.NotAction !== undefined
      ? `all actions except ${items(statement.NotAction)}`
      : items(statement.Action) || '(no action)'
  const resources =
    statement.NotResource !== undefined
      ? `on all resources except ${items(statement.NotResource)}`
      : statement.Resource === undefined
        ? ''
        : `on ${items(statement.Resource)}`
  const sid = isEmpty(statement.Sid) ? '' : `Sid ${word(statement.Sid, context.limit)}`
  const details = [principal(statement, context), condition(statement, context), sid].filter(
    Boolean
  )
  return sentence([
    word(statement.Effect ?? '?', context.limit),
    actions,
    resources,
    details.length > 0 ? `(${details.join('; ')})` : ''
  ])
}

/**
 * Only what differs once both documents are read as JSON: each statement removed or added is one
 * line (a statement edited in place is the old one removed and the new one added), then any other
 * key that changed (`Version`; every key of a document with no statements, a redrive policy).
 * A whole policy appearing or going is its statements alone: its `Version` would be noise.
 */
function policyLines(
  path: string,
  [before, after]: [Document, Document],
  context: Context
): ChangeLine[] {
  const statementLine = (kind: ChangeKind) => (statement: Fields) => {
    const text = statementText(statement, context)
    return line(kind, path, `${path}: ${text}`, text)
  }
  const removed = unmatched(policyStatements(before), policyStatements(after)).map(
    statementLine('removed')
  )
  const added = unmatched(policyStatements(after), policyStatements(before)).map(
    statementLine('added')
  )
  const wholePolicy = (!before || !after) && removed.length + added.length > 0
  const others = wholePolicy
    ? []
    : diffAttributes(withoutStatements(before), withoutStatements(after))
        .flatMap(sub => expand({ ...sub, path: appendPath(path, sub.path) }))
        .flatMap(sub => describeChange(sub, context))
  return [...removed, ...added, ...others]
}

/** `"debug": Allow s3:* on *`: the policy's name, then its first statements. */
function inlinePolicy(block: Fields, _name: string, context: Context): string {
  const name = isEmpty(block.name) ? '' : formatValue(block.name, context.limit)
  const document = documentOf(block.policy)
  if (!document)
    return sentence([name, isEmpty(block.policy) ? '' : formatValue(block.policy, context.limit)])
  const statements = policyStatements(document)
  const shown = statements.slice(0, INLINE_STATEMENTS).map(s => statementText(s, context))
  const hidden = statements.length - shown.length
  const more = hidden > 0 ? `; +${plural(hidden, 'more statement')}` : ''
  return `${name}${name && shown.length > 0 ? ': ' : ''}${shown.join('; ')}${more}`
}

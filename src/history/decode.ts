import { brotliDecompressSync } from 'node:zlib'
import { messageOf, clipToLine } from '../errors.js'

/**
 * The audit history as stored with the audit issue, and reading it back. The issue is text any
 * maintainer can edit, so what is read here is untrusted: it is checked field by field, and
 * anything that does not check out starts a fresh history with one line saying so, never an
 * error that stops the audit. The analyse stage advances the history (analyse/history.ts); the
 * render stage writes it (render/audit-state.ts) in the format `fromWire` reads.
 */

/** `YYYY-MM-DD`, UTC. */
export type Day = string

/**
 * The severities of analyse/findings.ts, which collect cannot import. analyse/history.ts stores a
 * Severity as one and render/audit-state.ts ranks one as a Severity: the compiler keeps them equal.
 */
export const STATE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type StateSeverity = (typeof STATE_SEVERITIES)[number]

export interface FindingHistory {
  first: Day
  last: Day
  /** How many audits saw it, this episode: a finding that comes back after a fix starts again. */
  audits: number
  severity?: StateSeverity
}

export interface ResolvedEntry {
  key: string
  first: Day
  resolvedOn: Day
  /** Number of the audit that no longer saw it (`AuditState.audits` of that audit). */
  audit: number
}

export interface AuditState {
  version: 1
  /** Audits this history has seen. */
  audits: number
  lastAudit: Day
  /** By finding key (analyse/history.ts): `drift:<directory>:<address>`, `unmanaged:<arn>`. */
  findings: Record<string, FindingHistory>
  /** Newest audit first, by key within an audit; a bounded list of recent resolutions. */
  resolved: ResolvedEntry[]
  /** Findings the last audit saw that did not fit in the stored state: they will read as new. */
  truncated?: number
}

export const STATE_FORMAT = 1
/** The marker is `<!-- driftwatch:state:v1:<base64 of brotli-compressed JSON> -->`. */
export const STATE_MARKER_START = '<!-- driftwatch:state:'
export const STATE_MARKER_END = ' -->'

/**
 * The JSON inside the marker, shaped for the compressor. Keys are sorted and front-coded. Findings
 * first seen by the same audit share their history (first and last day, audits), so each distinct
 * history is stored once and a finding names its own with a letter or two. Days are ages in days
 * before `d`. The unit test measures 5,000 realistic findings.
 */
export interface WireState {
  /** Audits. */
  n: number
  /** The last audit's day. */
  d: Day
  /** Keys, sorted: the length of the prefix each shares with the key before it... */
  p: number[]
  /** ...and the rest of it. */
  k: string[]
  /**
   * Distinct histories, HISTORY_FIELDS numbers each, the most shared first: age of the first
   * day; age of the last day (0 but for findings an audit could not check); audits that saw it.
   */
  h: number[]
  /** Per key, the index of its history in DIGITS, each index as wide as the largest needs. */
  i: string
  /** Per key, one digit: 0 no severity, 1 low to 4 critical. */
  s: string
  /** Resolutions in state order: prefix lengths, key rests, first-seen ages, resolved ages, audits ago. */
  r: { p: number[]; k: string[]; f: number[]; o: number[]; a: number[] }
  /** Findings left out. */
  x?: number
}

const HISTORY_FIELDS = 3
/** Digits that need no escaping in JSON. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Beyond any state Driftwatch writes (it fits in 65,536 characters); a bigger one is not ours. */
const MAX_DECOMPRESSED = 16 * 1024 * 1024
const MAX_KEY = 4096

/** Days since 1970-01-01 of a `YYYY-MM-DD`, or undefined when it is not a real day. */
export function dayNumber(day: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return undefined
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return dayOf(ms) === day ? ms / 86_400_000 : undefined
}

export function dayFromNumber(n: number): Day {
  return dayOf(n * 86_400_000)
}

function dayOf(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10)
}

function frontCode(keys: string[]): { p: number[]; k: string[] } {
  const p: number[] = []
  const k: string[] = []
  let previous = ''
  for (const key of keys) {
    let shared = 0
    const most = Math.min(previous.length, key.length)
    while (shared < most && previous.charCodeAt(shared) === key.charCodeAt(shared)) shared++
    p.push(shared)
    k.push(key.slice(shared))
    previous = key
  }
  return { p, k }
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function severityCode(severity: StateSeverity | undefined): number {
  return severity ? STATE_SEVERITIES.indexOf(severity) + 1 : 0
}

/** How many digits an index into `size` histories takes. */
function indexWidth(size: number): number {
  let width = 1
  while (DIGITS.length ** width < size) width++
  return width
}

function writeIndex(n: number, width: number): string {
  let out = ''
  for (let i = 0; i < width; i++, n = Math.floor(n / DIGITS.length)) {
    out = DIGITS[n % DIGITS.length] + out
  }
  return out
}

/** The distinct histories, most shared first, and each row's index into them. */
function historyTable(rows: number[][]): { h: number[]; i: string } {
  const tally = new Map<string, { row: number[]; count: number }>()
  for (const row of rows) {
    const id = row.join(',')
    const seen = tally.get(id)
    if (seen) seen.count++
    else tally.set(id, { row, count: 1 })
  }
  const order = [...tally.entries()].sort(([a, x], [b, y]) => y.count - x.count || compare(a, b))
  const width = indexWidth(order.length)
  const index = new Map(order.map(([id], n) => [id, writeIndex(n, width)]))
  return {
    h: order.flatMap(([, { row }]) => row),
    i: rows.map(row => index.get(row.join(','))).join('')
  }
}

export function toWire(state: AuditState): WireState {
  const base = dayNumber(state.lastAudit) ?? 0
  const age = (day: Day): number => base - (dayNumber(day) ?? base)
  const keys = Object.keys(state.findings).sort(compare)
  const rows = keys.map(key => state.findings[key])
  return {
    n: state.audits,
    d: state.lastAudit,
    ...frontCode(keys),
    ...historyTable(rows.map(h => [age(h.first), age(h.last), h.audits])),
    s: rows.map(h => severityCode(h.severity)).join(''),
    r: {
      ...frontCode(state.resolved.map(r => r.key)),
      f: state.resolved.map(r => age(r.first)),
      o: state.resolved.map(r => age(r.resolvedOn)),
      a: state.resolved.map(r => state.audits - r.audit)
    },
    ...(state.truncated ? { x: state.truncated } : {})
  }
}

/** Why the stored state cannot be used; its message becomes the one problem line. */
class Unreadable extends Error {}

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Unreadable(`malformed ${what}`)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function counts(value: unknown, length: number, what: string, min = 0): number[] {
  check(
    Array.isArray(value) &&
      value.length === length &&
      value.every(n => Number.isSafeInteger(n) && (n as number) >= min),
    what
  )
  return value as number[]
}

function ages(value: unknown, length: number, what: string): number[] {
  check(
    Array.isArray(value) &&
      value.length === length &&
      value.every(n => Number.isSafeInteger(n) && Math.abs(n as number) <= 200_000),
    what
  )
  return value as number[]
}

/** Undoes frontCode; every key must look like one Driftwatch makes. */
function frontDecode(p: unknown, k: unknown, what: string): string[] {
  check(Array.isArray(k) && k.every(rest => typeof rest === 'string'), `${what} keys`)
  const shared = counts(p, k.length, `${what} keys`)
  const keys: string[] = []
  let previous = ''
  for (let i = 0; i < k.length; i++) {
    check(shared[i] <= previous.length, `${what} keys`)
    previous = previous.slice(0, shared[i]) + (k[i] as string)
    check(
      previous.length <= MAX_KEY &&
        (previous.startsWith('drift:') || previous.startsWith('unmanaged:')),
      `${what} keys`
    )
    keys.push(previous)
  }
  return keys
}

function historyTableOf(value: unknown, day: (age: number) => Day): FindingHistory[] {
  check(Array.isArray(value) && value.length % HISTORY_FIELDS === 0, 'histories')
  const table: FindingHistory[] = []
  for (let n = 0; n < value.length; n += HISTORY_FIELDS) {
    const [first, last] = ages(value.slice(n, n + 2), 2, 'histories')
    const [audits] = counts([value[n + 2]], 1, 'histories', 1)
    table.push({ first: day(first), last: day(last), audits })
  }
  return table
}

function severitiesOf(value: unknown, keys: number): (StateSeverity | undefined)[] {
  check(typeof value === 'string' && value.length === keys, 'severities')
  return [...value].map(digit => {
    const code = '01234'.indexOf(digit)
    check(code >= 0, 'severities')
    return code === 0 ? undefined : STATE_SEVERITIES[code - 1]
  })
}

/** Each key's history, read from its digits. */
function historiesOf(table: FindingHistory[], index: unknown, keys: number): FindingHistory[] {
  const width = indexWidth(table.length)
  check(typeof index === 'string' && index.length === keys * width, 'history indexes')
  const rows: FindingHistory[] = []
  for (let at = 0; at < index.length; at += width) {
    let n = 0
    for (let i = at; i < at + width; i++) {
      const digit = DIGITS.indexOf(index[i])
      check(digit >= 0, 'history indexes')
      n = n * DIGITS.length + digit
    }
    check(n < table.length, 'history indexes')
    rows.push(table[n])
  }
  return rows
}

export function fromWire(wire: unknown): AuditState {
  check(isObject(wire), 'state')
  check(typeof wire.d === 'string' && dayNumber(wire.d) !== undefined, 'last audit day')
  const base = dayNumber(wire.d) as number
  const day = (age: number): Day => dayFromNumber(base - age)
  const audits = counts([wire.n], 1, 'audit count', 1)[0]

  const keys = frontDecode(wire.p, wire.k, 'finding')
  check(new Set(keys).size === keys.length, 'finding keys')
  const rows = historiesOf(historyTableOf(wire.h, day), wire.i, keys.length)
  const severity = severitiesOf(wire.s, keys.length)
  const findings: Record<string, FindingHistory> = {}
  keys.forEach((key, i) => {
    findings[key] = { ...rows[i], ...(severity[i] ? { severity: severity[i] } : {}) }
  })

  check(isObject(wire.r), 'resolutions')
  const r = wire.r
  const resolvedKeys = frontDecode(r.p, r.k, 'resolved')
  const resolvedFirst = ages(r.f, resolvedKeys.length, 'resolved first-seen days')
  const resolvedOn = ages(r.o, resolvedKeys.length, 'resolved days')
  const ago = counts(r.a, resolvedKeys.length, 'resolving audits')
  check(
    ago.every(a => a < audits),
    'resolving audits'
  )
  const resolved = resolvedKeys.map((key, i) => ({
    key,
    first: day(resolvedFirst[i]),
    resolvedOn: day(resolvedOn[i]),
    audit: audits - ago[i]
  }))

  const truncated = wire.x === undefined ? 0 : counts([wire.x], 1, 'truncated count')[0]
  return {
    version: 1,
    audits,
    lastAudit: wire.d,
    findings,
    resolved,
    ...(truncated ? { truncated } : {})
  }
}

/** The first state marker's version and payload, or undefined when there is none. */
function findMarker(text: string): { version: string; payload: string } | undefined {
  const start = text.indexOf(STATE_MARKER_START)
  if (start < 0) return undefined
  const end = text.indexOf('-->', start)
  const inner = text.slice(start + STATE_MARKER_START.length, end < 0 ? undefined : end).trim()
  const colon = inner.indexOf(':')
  return colon < 0
    ? { version: inner, payload: '' }
    : { version: inner.slice(0, colon), payload: inner.slice(colon + 1) }
}

function decompress(payload: string): string {
  // Buffer.from skips what is not base64 instead of failing: check the alphabet first.
  if (payload === '' || payload.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) {
    throw new Unreadable('not base64')
  }
  try {
    return brotliDecompressSync(Buffer.from(payload, 'base64'), {
      maxOutputLength: MAX_DECOMPRESSED
    }).toString('utf8')
  } catch {
    throw new Unreadable('damaged: it does not decompress')
  }
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json)
  } catch {
    throw new Unreadable('not JSON')
  }
}

function readState(text: string): AuditState {
  const marker = findMarker(text)
  if (!marker) throw new Unreadable('no state marker')
  if (marker.version !== `v${STATE_FORMAT}`) {
    // The version is text from the issue: named only when it is one a Driftwatch would write.
    throw new Unreadable(
      /^v\d{1,4}$/.test(marker.version)
        ? `format ${marker.version}, which this version of Driftwatch does not read`
        : 'unknown format'
    )
  }
  return fromWire(parse(decompress(marker.payload)))
}

/**
 * The state in an issue body or comment body that should hold one. Whatever a person did to it,
 * this never throws: an unreadable state comes back as `problem`, one line to show once, and
 * the caller starts a fresh history.
 */
export function decodeState(text: string): { state?: AuditState; problem?: string } {
  try {
    return { state: readState(text) }
  } catch (error) {
    const reason = error instanceof Unreadable ? error.message : `unexpected: ${messageOf(error)}`
    return {
      problem: `the audit state in the issue could not be read (${clipToLine(reason, 120)}): starting a fresh history`
    }
  }
}

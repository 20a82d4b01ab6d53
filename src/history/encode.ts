import { brotliCompressSync, constants } from 'node:zlib'
import { severityRank } from '../model/severity.js'
import { compareCodeUnits } from '../text.js'
import type { WireState } from './format.js'
import {
  DIGITS,
  indexWidth,
  severityDigit,
  STATE_FORMAT,
  STATE_MARKER_END,
  STATE_MARKER_START
} from './format.js'
import type { AuditState, Day } from './state.js'
import { dayNumber } from './state.js'

/**
 * The audit history as hidden text for the audit issue. The marker must fit in one issue
 * comment (65,536 characters) next to a line of prose; a history too big for that loses its
 * oldest resolutions first, then its least severe findings.
 */

/** Sorted keys as shared-prefix lengths and the rest of each (decode.ts undoes it). */
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
  const order = [...tally.entries()].sort(
    ([a, x], [b, y]) => y.count - x.count || compareCodeUnits(a, b)
  )
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
  const keys = Object.keys(state.findings).sort(compareCodeUnits)
  const rows = keys.map(key => state.findings[key])
  return {
    n: state.audits,
    d: state.lastAudit,
    ...frontCode(keys),
    ...historyTable(rows.map(h => [age(h.first), age(h.last), h.audits])),
    s: rows.map(h => severityDigit(h.severity)).join(''),
    r: {
      ...frontCode(state.resolved.map(r => r.key)),
      f: state.resolved.map(r => age(r.first)),
      o: state.resolved.map(r => age(r.resolvedOn)),
      a: state.resolved.map(r => state.audits - r.audit)
    },
    ...(state.truncated ? { x: state.truncated } : {})
  }
}

/** GitHub's 65,536 characters for a comment, less room for the words around the marker. */
export const STATE_LIMIT = 60_000

export interface FittedState {
  /** The marker text, at most the limit long. */
  text: string
  /** The state as the marker holds it: what the next audit will read. */
  stored: AuditState
  /** How many resolutions were left out; the oldest go first. */
  droppedResolved: number
}

/**
 * Brotli rather than deflate: its window spans the whole state where deflate's 32 KB does not,
 * so a prefix seen far back still compresses; a fifth smaller on 5,000 findings.
 */
function compress(json: string, quality: number): Buffer {
  const bytes = Buffer.from(json, 'utf8')
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
    }
  })
}

const BEST = constants.BROTLI_MAX_QUALITY
/** Some 15% bigger than BEST and 10 to 40 times faster: for measuring, not for storing. */
const FAST = 5

function markerText(state: AuditState, quality = BEST): string {
  const payload = compress(JSON.stringify(toWire(state)), quality).toString('base64')
  return `${STATE_MARKER_START}v${STATE_FORMAT}:${payload}${STATE_MARKER_END}`
}

/** The largest n in [0, max] for which fits(n) holds, given fits(0); fits grows with n. */
function largest(max: number, fits: (n: number) => boolean): number {
  let low = 0
  let high = max
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fits(mid)) low = mid
    else high = mid - 1
  }
  return low
}

/**
 * The most of `candidate(n)`, n up to `max`, whose marker fits in `limit`; `atMax` is the
 * marker of `candidate(max)` when the caller has it already. A search at BEST
 * takes seconds on tens of thousands of findings, so it searches at FAST, scaled by how much
 * smaller BEST made `candidate(max)`, then writes the answer at BEST and steps down in the rare
 * case the estimate was a little too generous.
 */
function most(
  max: number,
  limit: number,
  candidate: (n: number) => AuditState,
  atMax: string = markerText(candidate(max))
): { n: number; text: string } {
  const ratio = atMax.length / markerText(candidate(max), FAST).length
  let n = largest(max, k => markerText(candidate(k), FAST).length * ratio <= limit)
  let text = markerText(candidate(n))
  while (text.length > limit && n > 0) {
    n = Math.floor(n * 0.98)
    text = markerText(candidate(n))
  }
  return { n, text }
}

/** Most severe first, then the longest known: that history is the one worth keeping. */
function keepOrder(state: AuditState): string[] {
  const rank = (key: string): number => {
    const severity = state.findings[key].severity
    return severity ? severityRank(severity) : -1
  }
  return Object.keys(state.findings).sort(
    (a, b) =>
      rank(b) - rank(a) ||
      compareCodeUnits(state.findings[a].first, state.findings[b].first) ||
      compareCodeUnits(a, b)
  )
}

function withResolved(state: AuditState, n: number): AuditState {
  return { ...state, resolved: state.resolved.slice(0, n) }
}

function withFindings(state: AuditState, order: string[], n: number): AuditState {
  const findings = Object.fromEntries(order.slice(0, n).map(key => [key, state.findings[key]]))
  const dropped = order.length - n
  return { ...state, findings, resolved: [], ...(dropped ? { truncated: dropped } : {}) }
}

/**
 * The state as a marker of at most `limit` characters. Resolutions go first (the list is a
 * courtesy), then findings from the least severe: a dropped finding reads as new next time,
 * and the state counts them in `truncated` so a pull request knows its baseline is partial.
 */
export function fitState(state: AuditState, limit = STATE_LIMIT): FittedState {
  const whole = markerText(state)
  if (whole.length <= limit) return { text: whole, stored: state, droppedResolved: 0 }

  const bare = markerText(withResolved(state, 0))
  if (bare.length <= limit) {
    const { n, text } = most(state.resolved.length, limit, k => withResolved(state, k), whole)
    return { text, stored: withResolved(state, n), droppedResolved: state.resolved.length - n }
  }

  const order = keepOrder(state)
  const { n, text } = most(order.length, limit, k => withFindings(state, order, k), bare)
  return {
    text,
    stored: withFindings(state, order, n),
    droppedResolved: state.resolved.length
  }
}

/** The hidden marker that holds the state, within STATE_LIMIT characters (see fitState). */
export function encodeState(state: AuditState): string {
  return fitState(state).text
}

/**
 * The bot comment that keeps the history on the audit issue: one line for the person who finds
 * it, then the hidden state. The marker holds no value, only keys, days and counts.
 */
export function stateComment(state: AuditState): string {
  return [
    `_Driftwatch keeps this audit's history here (${state.audits === 1 ? '1 audit' : `${state.audits} audits`}, the last on ${state.lastAudit}): when each finding was first seen and what was resolved. Editing or deleting this comment starts the history afresh._`,
    '',
    encodeState(state)
  ].join('\n')
}

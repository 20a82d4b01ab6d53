import type { Severity } from '../model/severity.js'
import type { Day } from './state.js'
import { SEVERITIES } from '../model/severity.js'

/**
 * The format the audit history is stored in: a hidden marker in a comment on the audit issue,
 * `<!-- driftwatch:state:v1:<base64 of brotli-compressed JSON> -->`, whose JSON is the WireState
 * below. encode.ts writes it, decode.ts reads it back.
 */

export const STATE_FORMAT = 1
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

export const HISTORY_FIELDS = 3
/** Digits that need no escaping in JSON. */
export const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** How many digits an index into `size` histories takes. */
export function indexWidth(size: number): number {
  let width = 1
  while (DIGITS.length ** width < size) width++
  return width
}

/** A severity as one digit of `WireState.s`: 0 none, then 1 (low) to 4 (critical). */
export function severityDigit(severity: Severity | undefined): number {
  return severity ? SEVERITIES.indexOf(severity) + 1 : 0
}

/** The severity a digit of `WireState.s` stands for; undefined for 0. */
export function digitSeverity(digit: number): Severity | undefined {
  return digit === 0 ? undefined : SEVERITIES[digit - 1]
}

import { brotliCompressSync, constants } from 'node:zlib'
import type { AuditState } from './decode.js'
import { STATE_FORMAT, STATE_MARKER_END, STATE_MARKER_START, toWire } from './decode.js'
import type { BaselineEntry } from './advance.js'
import { severityRank } from '../model/findings.js'

/**
 * The audit history as hidden text for the audit issue, and the words that show a finding's
 * age. The marker must fit in one issue comment (65,536 characters) next to a line of prose;
 * a history too big for that loses its oldest resolutions first, then its least severe findings.
 */

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
      compare(state.findings[a].first, state.findings[b].first) ||
      compare(a, b)
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
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
 * `since 2026-11-02, 4 audits`. One audit reads `since <day>, 1 audit` rather than "new": after
 * a fresh start or a truncated state that is still true, and the "new since the last audit"
 * group already says which findings are new.
 */
export function describeAge(first: string, audits: number): string {
  return `since ${first}, ${audits} ${audits === 1 ? 'audit' : 'audits'}`
}

/** A pull request's finding against the audit: `known since 2026-11-02 (#12)`, or `new`. */
export function describeBaseline(entry: BaselineEntry | undefined, issue?: number): string {
  if (entry?.known && entry.since) {
    return `known since ${entry.since}${issue === undefined ? '' : ` (#${issue})`}`
  }
  return entry?.uncertain ? 'new (the audit history is incomplete)' : 'new'
}

/**
 * The bot comment that keeps the history on the audit issue: one line for the person who finds
 * it, then the hidden state. The marker holds no value, only keys, days and counts.
 */
export function renderStateComment(state: AuditState): string {
  return [
    `_Driftwatch keeps this audit's history here (${state.audits === 1 ? '1 audit' : `${state.audits} audits`}, the last on ${state.lastAudit}): when each finding was first seen and what was resolved. Editing or deleting this comment starts the history afresh._`,
    '',
    encodeState(state)
  ].join('\n')
}

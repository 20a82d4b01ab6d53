import { brotliDecompressSync } from 'node:zlib'
import { clipToLine, messageOf } from '../errors.js'
import { dayFromNumber, dayNumber } from './state.js'
import type { AuditState, Day, StoredFinding } from './state.js'
import { isFindingKey } from './keys.js'
import {
  digitSeverity,
  DIGITS,
  HISTORY_FIELDS,
  indexWidth,
  STATE_FORMAT,
  STATE_MARKER_START
} from './format.js'
import type { Severity } from '../model/severity.js'

/**
 * Reading the audit history back from the audit issue. The issue is text any maintainer can
 * edit, so what is read here is untrusted: it is checked field by field, and anything that does
 * not check out starts a fresh history with one line saying so, never an error that stops the
 * audit.
 */

/** Beyond any state Driftwatch writes (it fits in 65,536 characters); a bigger one is not ours. */
const MAX_DECOMPRESSED = 16 * 1024 * 1024
const MAX_KEY = 4096

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

/** Undoes encode.ts's frontCode; every key must look like one Driftwatch makes. */
function frontDecode(p: unknown, k: unknown, what: string): string[] {
  check(Array.isArray(k) && k.every(rest => typeof rest === 'string'), `${what} keys`)
  const shared = counts(p, k.length, `${what} keys`)
  const keys: string[] = []
  let previous = ''
  for (let i = 0; i < k.length; i++) {
    check(shared[i] <= previous.length, `${what} keys`)
    previous = previous.slice(0, shared[i]) + (k[i] as string)
    check(previous.length <= MAX_KEY && isFindingKey(previous), `${what} keys`)
    keys.push(previous)
  }
  return keys
}

function historyTableOf(value: unknown, day: (age: number) => Day): StoredFinding[] {
  check(Array.isArray(value) && value.length % HISTORY_FIELDS === 0, 'histories')
  const table: StoredFinding[] = []
  for (let n = 0; n < value.length; n += HISTORY_FIELDS) {
    const [first, last] = ages(value.slice(n, n + 2), 2, 'histories')
    const [audits] = counts([value[n + 2]], 1, 'histories', 1)
    table.push({ first: day(first), last: day(last), audits })
  }
  return table
}

function severitiesOf(value: unknown, keys: number): (Severity | undefined)[] {
  check(typeof value === 'string' && value.length === keys, 'severities')
  return [...value].map(digit => {
    const code = '01234'.indexOf(digit)
    check(code >= 0, 'severities')
    return digitSeverity(code)
  })
}

/** Each key's history, read from its digits. */
function historiesOf(table: StoredFinding[], index: unknown, keys: number): StoredFinding[] {
  const width = indexWidth(table.length)
  check(typeof index === 'string' && index.length === keys * width, 'history indexes')
  const rows: StoredFinding[] = []
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
  const findings: Record<string, StoredFinding> = {}
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

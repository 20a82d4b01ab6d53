import type { Severity } from '../model/severity.js'

/**
 * The audit history as it is kept with the audit issue between runs: for every finding, when
 * audits first and last saw it and how many saw it, and which findings recent audits saw
 * resolved. It names findings only by key (keys.ts: addresses, ARNs) and never holds a value:
 * nothing in it is more secret than the issue that shows the same addresses.
 */

/** `YYYY-MM-DD`, UTC. */
export type Day = string

/** What the history stores of one finding. */
export interface StoredFinding {
  first: Day
  last: Day
  /** How many audits saw it, this episode: a finding that comes back after a fix starts again. */
  audits: number
  severity?: Severity
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
  /** By finding key (keys.ts): `drift:<directory>:<address>`, `unmanaged:<arn>`. */
  findings: Record<string, StoredFinding>
  /** Newest audit first, by key within an audit; a bounded list of recent resolutions. */
  resolved: ResolvedEntry[]
  /** Findings the last audit saw that did not fit in the stored state: they will read as new. */
  truncated?: number
}

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

/** The day an audit runs, in UTC, so a run's day does not depend on the runner's zone. */
export function auditDay(now: Date = new Date()): Day {
  return now.toISOString().slice(0, 10)
}

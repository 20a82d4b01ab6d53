import { normaliseArn, parseArn } from '../model/arn.js'
import type { AuditState, Day, FindingHistory, ResolvedEntry } from './decode.js'
import type { DriftFinding, Severity, UnmanagedResource } from '../model/findings.js'
import { severityRank } from '../model/findings.js'

/**
 * The audit history: for every finding, when audits first and last saw it and how many saw it,
 * and which findings recent audits saw resolved. It is kept with the audit issue between runs,
 * so it names findings only by key (addresses, ARNs) and never holds a value: nothing in it is
 * more secret than the issue that shows the same addresses. The state's types live in
 * collect/audit-state.ts, which reads it back from the issue.
 */

export type { AuditState, Day, FindingHistory, ResolvedEntry }

/** What the history holds of a finding: its key and severity, never the finding itself. */
export interface CurrentFinding {
  key: string
  severity?: Severity
}

export interface FindingAge {
  first: Day
  audits: number
  isNew: boolean
  /** When a new finding was last resolved, for one that came back after a fix. */
  returnedAfter?: Day
}

export interface Advanced {
  state: AuditState
  perFinding: Map<string, FindingAge>
  /** Seen by the previous audit and not by this one; sorted by key. */
  resolved: { key: string; first: Day }[]
  /** Sorted. */
  newKeys: string[]
}

export interface BaselineEntry {
  known: boolean
  since?: Day
  /** Not known, but the stored state was truncated, so the last audit may have seen it. */
  uncertain?: boolean
}

/** Resolutions older than this many audits are forgotten: the list answers "what changed lately". */
export const RESOLVED_AUDITS = 10
export const MAX_RESOLVED = 1000

const DRIFT = 'drift:'
const UNMANAGED = 'unmanaged:'

/** A working directory as written once (`./infra/prod/` is `infra/prod`), as render/markers does. */
function directoryLabel(dir: string): string {
  const flat = dir
    .replace(/\\/g, '/')
    .replace(/\/+$/, '')
    .replace(/^(\.\/)+/, '')
  return flat === '' ? '.' : flat
}

export function driftKey(directory: string, finding: Pick<DriftFinding, 'address'>): string {
  return `${DRIFT}${directoryLabel(directory)}:${finding.address}`
}

/** By ARN, in the one normalised form; the few resources AWS gives no ARN by type and import id. */
export function unmanagedKey(resource: Pick<UnmanagedResource, 'arn' | 'type' | 'id'>): string {
  return resource.arn
    ? `${UNMANAGED}${normaliseArn(resource.arn)}`
    : `${UNMANAGED}${resource.type}:${resource.id}`
}

export type ParsedKey =
  | { kind: 'drift'; directory: string; address: string }
  | { kind: 'unmanaged'; resource: string }

/**
 * What a key names, for listing resolved findings the report no longer has. Keys come back from
 * an issue a person can edit: the parts are untrusted text, to be escaped like any other.
 */
export function parseKey(key: string): ParsedKey | undefined {
  if (key.startsWith(UNMANAGED)) return { kind: 'unmanaged', resource: key.slice(UNMANAGED.length) }
  if (!key.startsWith(DRIFT)) return undefined
  // Addresses hold colons (`aws_x.y["a:b"]`); directories, in practice, do not.
  const colon = key.indexOf(':', DRIFT.length)
  if (colon < 0) return undefined
  return {
    kind: 'drift',
    directory: key.slice(DRIFT.length, colon),
    address: key.slice(colon + 1)
  }
}

/**
 * The keys and severities of an audit's findings. Each field is picked by name, so whatever
 * else the caller passes (changes, tags) cannot reach the state.
 */
export function currentFindings(
  directories: { label: string; drift: Pick<DriftFinding, 'address' | 'severity'>[] }[],
  unmanaged: Pick<UnmanagedResource, 'arn' | 'type' | 'id' | 'severity'>[]
): CurrentFinding[] {
  return [
    ...directories.flatMap(dir =>
      dir.drift.map(f => ({ key: driftKey(dir.label, f), severity: f.severity }))
    ),
    ...unmanaged.map(r => ({
      key: unmanagedKey(r),
      ...(r.severity ? { severity: r.severity } : {})
    }))
  ]
}

/** The same key twice (a directory listed twice) is one finding, at its higher severity. */
function byKey(current: CurrentFinding[]): Map<string, Severity | undefined> {
  const out = new Map<string, Severity | undefined>()
  for (const { key, severity } of current) {
    const had = out.get(key)
    const higher = had && (!severity || severityRank(had) >= severityRank(severity))
    out.set(key, higher ? had : severity)
  }
  return out
}

/**
 * Where this audit could not look: a directory that failed to plan, a region the account scans
 * could not list, or the whole account (its scan was skipped or saw nothing). A finding there is
 * not resolved just because it went unseen.
 */
export interface Unchecked {
  directories?: string[]
  regions?: string[]
  account?: boolean
}

export function uncheckedScope(unchecked: Unchecked): (key: string) => boolean {
  const prefixes = (unchecked.directories ?? []).map(d => `${DRIFT}${directoryLabel(d)}:`)
  const regions = new Set(unchecked.regions ?? [])
  return key => {
    if (prefixes.some(prefix => key.startsWith(prefix))) return true
    if (!key.startsWith(UNMANAGED)) return false
    if (unchecked.account) return true
    const arn = parseArn(key.slice(UNMANAGED.length))
    return arn !== undefined && regions.has(arn.region)
  }
}

/**
 * The history after one more audit. A finding keeps its first-seen day for as long as audits
 * keep seeing it; one the previous audit saw and this one did not is resolved, unless
 * `unchecked` says this audit could not have seen it, in which case it is carried as it was.
 */
export function advance(
  previous: AuditState | undefined,
  current: CurrentFinding[],
  today: Day,
  unchecked: (key: string) => boolean = () => false
): Advanced {
  const audit = (previous?.audits ?? 0) + 1
  const before = previous?.findings ?? {}
  const lastResolved = new Map((previous?.resolved ?? []).map(r => [r.key, r.resolvedOn]))
  const findings: Record<string, FindingHistory> = {}
  const perFinding = new Map<string, FindingAge>()
  const newKeys: string[] = []

  for (const [key, severity] of byKey(current)) {
    const had = Object.hasOwn(before, key) ? before[key] : undefined
    const first = had?.first ?? today
    const audits = (had?.audits ?? 0) + 1
    findings[key] = { first, last: today, audits, ...(severity ? { severity } : {}) }
    const returnedAfter = had ? undefined : lastResolved.get(key)
    perFinding.set(key, { first, audits, isNew: !had, ...(returnedAfter ? { returnedAfter } : {}) })
    if (!had) newKeys.push(key)
  }

  const resolved: { key: string; first: Day }[] = []
  for (const [key, had] of Object.entries(before)) {
    if (Object.hasOwn(findings, key)) continue
    if (unchecked(key)) findings[key] = had
    else resolved.push({ key, first: had.first })
  }
  resolved.sort((a, b) => compare(a.key, b.key))
  newKeys.sort(compare)

  const state: AuditState = {
    version: 1,
    audits: audit,
    lastAudit: today,
    findings,
    resolved: recentResolutions(
      resolved.map(r => ({ ...r, resolvedOn: today, audit })),
      (previous?.resolved ?? []).filter(r => !Object.hasOwn(findings, r.key)),
      audit
    )
  }
  return { state, perFinding, resolved, newKeys }
}

/** This audit's resolutions first, then the earlier ones still recent enough to keep. */
function recentResolutions(
  now: ResolvedEntry[],
  earlier: ResolvedEntry[],
  audit: number
): ResolvedEntry[] {
  const resolvedNow = new Set(now.map(r => r.key))
  const kept = earlier.filter(r => audit - r.audit < RESOLVED_AUDITS && !resolvedNow.has(r.key))
  return [...now, ...kept].slice(0, MAX_RESOLVED)
}

/**
 * For a pull request: which of its findings the last audit already knew. A finding the audit
 * did not know is new, even if it was known once and resolved since.
 */
export function baseline(
  state: AuditState | undefined,
  keys: string[]
): Map<string, BaselineEntry> {
  const out = new Map<string, BaselineEntry>()
  for (const key of keys) {
    const had = state && Object.hasOwn(state.findings, key) ? state.findings[key] : undefined
    if (had) out.set(key, { known: true, since: had.first })
    else if (state?.truncated) out.set(key, { known: false, uncertain: true })
    else out.set(key, { known: false })
  }
  return out
}

/** The resolutions of the state's own (most recent) audit. */
export function resolvedByLastAudit(state: AuditState): ResolvedEntry[] {
  return state.resolved.filter(r => r.audit === state.audits)
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The day an audit runs, in UTC, so a run's day does not depend on the runner's zone. */
export function auditDay(now: Date = new Date()): Day {
  return now.toISOString().slice(0, 10)
}

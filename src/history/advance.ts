import { parseArn } from '../model/arn.js'
import type { DriftFinding, UnmanagedResource } from '../model/findings.js'
import { directoryLabel } from '../model/report.js'
import type { Severity } from '../model/severity.js'
import { severityRank } from '../model/severity.js'
import { compareCodeUnits } from '../text.js'
import { driftKey, DRIFT_PREFIX, unmanagedKey, UNMANAGED_PREFIX } from './keys.js'
import type { AuditState, Day, ResolvedEntry, StoredFinding } from './state.js'

/**
 * The audit history moved on by one audit, and a pull request's findings against it. An audit
 * keeps each finding's first-seen day for as long as audits keep seeing it and marks what it no
 * longer sees as resolved; a pull request only asks which of its findings the last audit knew.
 */

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
  const prefixes = (unchecked.directories ?? []).map(d => `${DRIFT_PREFIX}${directoryLabel(d)}:`)
  const regions = new Set(unchecked.regions ?? [])
  return key => {
    if (prefixes.some(prefix => key.startsWith(prefix))) return true
    if (!key.startsWith(UNMANAGED_PREFIX)) return false
    if (unchecked.account) return true
    const arn = parseArn(key.slice(UNMANAGED_PREFIX.length))
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
  const findings: Record<string, StoredFinding> = {}
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
  resolved.sort((a, b) => compareCodeUnits(a.key, b.key))
  newKeys.sort(compareCodeUnits)

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

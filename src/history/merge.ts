import type { Severity } from '../model/severity.js'
import { severityRank } from '../model/severity.js'
import { compareCodeUnits } from '../text.js'
import { MAX_RESOLVED } from './advance.js'
import type { AuditState, Day, ResolvedEntry, StoredFinding } from './state.js'

/**
 * Two histories written by audits that raced (GitHub has no compare-and-swap on comments) made
 * into one. The merge is a join: the same whichever way round and however often it is applied,
 * so two runs that each reconcile reach the same history whichever finishes first. No finding is
 * lost: a finding either history holds stays, with its earliest first-seen day; a finding one
 * holds and the other resolved stays resolved only when the resolving audit came later.
 */

function earlier(a: Day, b: Day): Day {
  return compareCodeUnits(a, b) <= 0 ? a : b
}

function later(a: Day, b: Day): Day {
  return compareCodeUnits(a, b) >= 0 ? a : b
}

function higher(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (!a || !b) return a ?? b
  return severityRank(a) >= severityRank(b) ? a : b
}

function joinFinding(a: StoredFinding, b: StoredFinding): StoredFinding {
  const severity = higher(a.severity, b.severity)
  return {
    first: earlier(a.first, b.first),
    last: later(a.last, b.last),
    audits: Math.max(a.audits, b.audits),
    ...(severity ? { severity } : {})
  }
}

/** Whether `resolution` came from an audit after every audit of the history that kept `finding`. */
function resolvedLater(resolution: ResolvedEntry, finding: StoredFinding, holder: AuditState) {
  return (
    resolution.audit > holder.audits && compareCodeUnits(resolution.resolvedOn, finding.last) >= 0
  )
}

function joinResolutions(a: ResolvedEntry, b: ResolvedEntry): ResolvedEntry {
  if (a.audit !== b.audit) return a.audit > b.audit ? a : b
  return {
    key: a.key,
    first: earlier(a.first, b.first),
    resolvedOn: later(a.resolvedOn, b.resolvedOn),
    audit: a.audit
  }
}

/** Newest audit first, then by key: the order advance() keeps. */
function byAuditThenKey(x: ResolvedEntry, y: ResolvedEntry): number {
  return y.audit - x.audit || compareCodeUnits(x.key, y.key)
}

export function mergeStates(a: AuditState, b: AuditState): AuditState {
  const resolutions = new Map<string, ResolvedEntry>()
  for (const entry of [...a.resolved, ...b.resolved]) {
    const had = resolutions.get(entry.key)
    resolutions.set(entry.key, had ? joinResolutions(had, entry) : entry)
  }

  const findings: Record<string, StoredFinding> = {}
  const keys = [...new Set([...Object.keys(a.findings), ...Object.keys(b.findings)])]
  for (const key of keys.sort(compareCodeUnits)) {
    const inA = Object.hasOwn(a.findings, key) ? a.findings[key] : undefined
    const inB = Object.hasOwn(b.findings, key) ? b.findings[key] : undefined
    const joined = inA && inB ? joinFinding(inA, inB) : (inA ?? inB)
    if (!joined) continue
    const resolution = resolutions.get(key)
    // Held by one history only, resolved by the other's later audit: that audit saw it go.
    const holder = inA && inB ? undefined : inA ? a : b
    if (resolution && holder && resolvedLater(resolution, joined, holder)) continue
    findings[key] = joined
    resolutions.delete(key)
  }

  const truncated = Math.max(a.truncated ?? 0, b.truncated ?? 0)
  return {
    version: 1,
    audits: Math.max(a.audits, b.audits),
    lastAudit: later(a.lastAudit, b.lastAudit),
    findings,
    resolved: [...resolutions.values()].sort(byAuditThenKey).slice(0, MAX_RESOLVED),
    ...(truncated > 0 ? { truncated } : {})
  }
}

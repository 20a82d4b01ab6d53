import type { AuditState } from './state.js'
import { advance, baseline, currentFindings, uncheckedScope } from './advance.js'
import { auditDay } from './state.js'
import { driftKey, parseKey, unmanagedKey } from './keys.js'
import type { FindingHistory } from '../model/findings.js'
import type { Report, ResolvedFinding } from '../model/report.js'

/**
 * The Report against the audit history kept with the audit issue: an audit advances the history
 * (first seen, audits, new, resolved) and returns the state to keep; a pull request only compares
 * its findings with the last audit's. What was read from the issue comes in as `previous`.
 */

/**
 * The history an audit keeps: the state it advanced from the one it read, and the same audit
 * advanced over a fresher state, should another audit have written one in between.
 */
export interface KeptHistory {
  state: AuditState
  over(fresher: AuditState): AuditState
}

export interface PreviousHistory {
  state?: AuditState
  /** Why a stored state could not be used, in one line. */
  problem?: string
  issue?: { number: number; url: string }
}

/** A copy whose findings can take their history without touching the report it came from. */
function copied(report: Report): Report {
  const next: Report = { ...report, directories: report.directories.map(d => ({ ...d })) }
  if (report.unmanaged) next.unmanaged = { ...report.unmanaged }
  return next
}

/** The findings' keys, in report order, each with a function that sets its history. */
function keyed(report: Report): { key: string; set: (history: FindingHistory) => void }[] {
  const out: { key: string; set: (history: FindingHistory) => void }[] = []
  for (const dir of report.directories) {
    dir.drift = dir.drift.map(finding => ({ ...finding }))
    for (const finding of dir.drift) {
      out.push({ key: driftKey(dir.path, finding), set: h => (finding.history = h) })
    }
  }
  if (report.unmanaged) {
    report.unmanaged.resources = report.unmanaged.resources.map(resource => ({ ...resource }))
    for (const resource of report.unmanaged.resources) {
      out.push({ key: unmanagedKey(resource), set: h => (resource.history = h) })
    }
  }
  return out
}

/** Where this run could not look: what it did not see there is not resolved. */
function unchecked(report: Report) {
  const unmanaged = report.unmanaged
  const regions = (unmanaged?.regionErrors ?? [])
    .map(e => /^region (\S+)/.exec(e.scope)?.[1])
    .filter((region): region is string => region !== undefined)
  // A listing that failed for a global type (IAM) leaves resources whose ARNs have no region.
  for (const missed of unmanaged?.notListed ?? []) regions.push(missed.region ?? '')
  return uncheckedScope({
    directories: report.directories.filter(d => d.status === 'error').map(d => d.path),
    regions,
    account: !unmanaged || unmanaged.skipped !== undefined || unmanaged.coverage === null
  })
}

function resolvedFinding(key: string, firstSeen: string): ResolvedFinding | undefined {
  const parsed = parseKey(key)
  if (!parsed) return undefined
  return parsed.kind === 'drift'
    ? { kind: 'drift', directory: parsed.directory, name: parsed.address, firstSeen }
    : { kind: 'unmanaged', name: parsed.resource, firstSeen }
}

/** An audit: each finding's age, what is new and what was resolved; and the state to keep. */
export function withAuditHistory(
  report: Report,
  previous: PreviousHistory,
  now: Date = new Date(report.generatedAt)
): { report: Report; state: KeptHistory } {
  const next = copied(report)
  const findings = keyed(next)
  const current = currentFindings(
    next.directories.map(d => ({ label: d.path, drift: d.drift })),
    next.unmanaged?.resources ?? []
  )
  const scope = unchecked(next)
  const day = auditDay(now)
  const advanced = advance(previous.state, current, day, scope)
  for (const { key, set } of findings) {
    const age = advanced.perFinding.get(key)
    if (age) set({ status: age.isNew ? 'new' : 'known', firstSeen: age.first, audits: age.audits })
  }
  next.history = {
    kind: 'audit',
    ...(previous.issue ? { issue: previous.issue } : {}),
    ...(previous.state ? { previousAudit: previous.state.lastAudit } : {}),
    audits: advanced.state.audits,
    newCount: advanced.newKeys.length,
    resolved: advanced.resolved
      .map(r => resolvedFinding(r.key, r.first))
      .filter((r): r is ResolvedFinding => r !== undefined),
    ...(previous.problem ? { note: previous.problem } : {})
  }
  const over = (fresher: AuditState) => advance(fresher, current, day, scope).state
  return { report: next, state: { state: advanced.state, over } }
}

/** A pull request: which findings the last audit knew; the history itself is left as it was. */
export function withBaseline(report: Report, previous: PreviousHistory): Report {
  const next = copied(report)
  const findings = keyed(next)
  const known = baseline(
    previous.state,
    findings.map(f => f.key)
  )
  let newCount = 0
  for (const { key, set } of findings) {
    const entry = known.get(key)
    if (entry?.known) {
      set({ status: 'known', ...(entry.since ? { firstSeen: entry.since } : {}) })
    } else {
      newCount++
      set({ status: 'new', ...(entry?.uncertain ? { uncertain: true } : {}) })
    }
  }
  next.history = {
    kind: 'pull-request',
    ...(previous.issue ? { issue: previous.issue } : {}),
    ...(previous.state ? { previousAudit: previous.state.lastAudit } : {}),
    audits: previous.state?.audits ?? 0,
    newCount,
    resolved: [],
    ...(previous.problem ? { note: previous.problem } : {})
  }
  return next
}

import type { RemediationPull } from '../github/remediation.js'
import { atLeast } from '../model/severity.js'
import type { ChangedBy, DriftFinding, UnmanagedResource } from '../model/findings.js'
import { unmanagedNames } from '../model/findings.js'
import type { Severity } from '../model/severity.js'
import { driftKey, unmanagedKey } from '../history/keys.js'
import type { FailOnSeverity } from '../inputs/options.js'
import type { Report, ResolvedFinding } from '../model/report.js'
import type { EngineKind, Remedy, SelectedFinding } from '../model/remedy.js'

/**
 * The Report's side of remediation: which findings a remedy may take (all that qualify after an
 * audit, or those a command names), what the report knows of each finding a remedy addresses,
 * and the remediation pull requests seen on GitHub: the open ones linked, the merged ones
 * credited in the history with the findings they resolved.
 */

/** What a remediation pull request says of one finding it addresses. */
export interface FindingFacts {
  kind: 'drift' | 'unmanaged'
  /** The history key: how a later audit recognises it as resolved. */
  key: string
  /** Its address, or the unmanaged resource's ARN (else `type:id`). */
  name: string
  root?: string
  severity?: Severity
  changedBy?: ChangedBy
  /** `changed: tags.Env, tags.Team`, `deleted`, `unmanaged aws_sqs_queue`. */
  what: string
}

function unmanagedName(resource: UnmanagedResource): string {
  return resource.arn ?? `${resource.type}:${resource.id}`
}

function driftFacts(root: string, finding: DriftFinding): FindingFacts {
  const changed = finding.changes.map(change => change.path)
  return {
    kind: 'drift',
    key: driftKey(root, finding),
    name: finding.address,
    root,
    severity: finding.severity,
    ...(finding.changedBy ? { changedBy: finding.changedBy } : {}),
    what:
      finding.kind === 'deleted' ? 'deleted' : `changed: ${changed.join(', ') || '(no attribute)'}`
  }
}

function unmanagedFacts(resource: UnmanagedResource): FindingFacts {
  return {
    kind: 'unmanaged',
    key: unmanagedKey(resource),
    name: unmanagedName(resource),
    ...(resource.severity ? { severity: resource.severity } : {}),
    ...(resource.changedBy ? { changedBy: resource.changedBy } : {}),
    what: `unmanaged ${resource.type}`
  }
}

/** The findings of the report a remedy's subjects name, for its pull request's body. */
export function remedyFacts(
  report: Report,
  remedy: Pick<Remedy, 'root' | 'addressed' | 'skipped'>
): Map<string, FindingFacts> {
  const out = new Map<string, FindingFacts>()
  const wanted = new Set([...remedy.addressed, ...remedy.skipped].map(s => s.finding))
  for (const dir of report.directories) {
    const here = sameRoot(dir.path, remedy.root)
    for (const finding of dir.drift) {
      if (wanted.has(finding.address) && (here || !out.has(finding.address)))
        out.set(finding.address, driftFacts(dir.path, finding))
    }
  }
  for (const resource of report.unmanaged?.resources ?? []) {
    for (const name of unmanagedNames(resource))
      if (wanted.has(name) && !out.has(name)) out.set(name, unmanagedFacts(resource))
  }
  return out
}

/** `./infra/prod/` and `infra/prod` are one root: the history's keys already say so. */
function sameRoot(a: string, b: string): boolean {
  return driftKey(a, { address: '' }) === driftKey(b, { address: '' })
}

function severe(severity: Severity | undefined, minimum: FailOnSeverity): boolean {
  if (minimum === 'none') return true
  return severity !== undefined && atLeast(severity, minimum)
}

/**
 * After an audit: every finding a remedy of `kind` can take, at `minimum` severity or above.
 * Adopt takes unmanaged resources, codify drifted ones (a deleted resource becomes a `removed`
 * block). What the ignore file silenced never reached the report.
 */
export function qualifyingFindings(
  report: Report,
  kind: EngineKind,
  minimum: FailOnSeverity
): SelectedFinding[] {
  if (kind === 'adopt') {
    return (report.unmanaged?.resources ?? [])
      .filter(resource => severe(resource.severity, minimum))
      .map(resource => ({ kind: 'unmanaged', name: unmanagedName(resource) }))
  }
  return report.directories.flatMap(dir =>
    dir.drift
      .filter(finding => severe(finding.severity, minimum))
      .map(finding => ({ kind: 'drift' as const, root: dir.path, address: finding.address }))
  )
}

export interface ResolvedTargets {
  selected: SelectedFinding[]
  /** Targets that name no finding of this audit that the remedy can take. */
  unknown: string[]
}

/**
 * The findings a command names. Adopt takes unmanaged resources by ARN, `type:id`, `type.id`, id
 * or the address their import block gives; codify and waive take drifted resources by address
 * (in every root that has it), and waive unmanaged ones as adopt does.
 */
export function resolveTargets(
  report: Report,
  kind: EngineKind | 'waive',
  targets: string[]
): ResolvedTargets {
  const selected: SelectedFinding[] = []
  const unknown: string[] = []
  for (const target of targets) {
    const found: SelectedFinding[] = []
    if (kind !== 'adopt') {
      for (const dir of report.directories)
        for (const finding of dir.drift)
          if (finding.address === target)
            found.push({ kind: 'drift', root: dir.path, address: finding.address })
    }
    if (kind !== 'codify') {
      const resource = (report.unmanaged?.resources ?? []).find(r =>
        unmanagedNames(r).includes(target)
      )
      if (resource) found.push({ kind: 'unmanaged', name: unmanagedName(resource) })
    }
    if (found.length === 0) unknown.push(target)
    selected.push(...found)
  }
  return { selected, unknown }
}

/** The history keys of the findings a remedy addresses, as its pull request's marker keeps them. */
export function addressedKeys(
  report: Report,
  remedy: Pick<Remedy, 'root' | 'addressed'>
): string[] {
  const facts = remedyFacts(report, { ...remedy, skipped: [] })
  return remedy.addressed
    .map(
      subject =>
        facts.get(subject.finding)?.key ?? driftKey(remedy.root, { address: subject.finding })
    )
    .filter((key, i, all) => all.indexOf(key) === i)
}

/** A resolved finding's history key, as the history made it. */
function resolvedKey(resolved: ResolvedFinding): string {
  return resolved.kind === 'drift'
    ? driftKey(resolved.directory ?? '.', { address: resolved.name })
    : `unmanaged:${resolved.name}`
}

/**
 * The open remediation pull requests, for the audit issue and comment to link; and on an audit,
 * each resolved finding that a merged one addressed credited to it. The most recently merged
 * wins, as the pulls come most recent first.
 */
export function withRemediationPulls(report: Report, pulls: RemediationPull[]): Report {
  const open = pulls
    .filter(pull => pull.state === 'open')
    .map(pull => ({ number: pull.number, url: pull.url, kind: pull.kind, root: pull.root }))
  const next: Report = { ...report, remediation: { open } }
  const history = report.history
  if (!history || history.resolved.length === 0) return next
  const mergedBy = new Map<string, { number: number; url: string }>()
  for (const pull of pulls.filter(p => p.merged))
    for (const key of pull.keys)
      if (!mergedBy.has(key)) mergedBy.set(key, { number: pull.number, url: pull.url })
  next.history = {
    ...history,
    resolved: history.resolved.map(resolved => {
      const by = mergedBy.get(resolvedKey(resolved))
      return by ? { ...resolved, resolvedBy: by } : resolved
    })
  }
  return next
}

/**
 * Why a remedy's validation plan does not do what the remedy says, in one line; undefined when it
 * does. Adopt: its own resources are imported, and nothing of them added, changed or destroyed;
 * codify: its own resources plan no change. A remedy that fails this publishes no pull request.
 */
export function planProblem(
  remedy: Pick<Remedy, 'kind' | 'addressed' | 'plan'>
): string | undefined {
  if (remedy.kind === 'waive') return undefined
  const plan = remedy.plan
  if (!plan) return remedy.addressed.length > 0 ? 'it has no validation plan' : undefined
  const own = plan.resources.filter(r => r.remedy)
  const expected = remedy.kind === 'adopt' ? 'import' : 'no-op'
  const wrong = own.find(r => r.action !== expected)
  if (wrong) return `its validation plan would ${wrong.action} ${wrong.address}`
  if (remedy.kind === 'adopt' && own.length !== remedy.addressed.length)
    return `its validation plan imports ${own.length} resources, not the ${remedy.addressed.length} it adopts`
  return undefined
}

/**
 * The findings of this audit an earlier remediation pull request addressed (its marker's keys),
 * so a later command adds to that pull request rather than replacing what it held. Those no
 * longer found are left out: there is nothing left to remedy there.
 */
export function selectionOfKeys(
  report: Report,
  kind: EngineKind,
  keys: string[]
): SelectedFinding[] {
  const wanted = new Set(keys)
  return qualifyingFindings(report, kind, 'none').filter(selected =>
    wanted.has(
      selected.kind === 'drift'
        ? driftKey(selected.root, selected)
        : ((report.unmanaged?.resources ?? [])
            .filter(r => unmanagedName(r) === selected.name)
            .map(r => unmanagedKey(r))[0] ?? '')
    )
  )
}

import type { FindingHistory } from '../model/findings.js'
import type { Report, ResolvedFinding } from '../model/report.js'
import { plural } from '../text.js'
import { codeSpan, shortList } from './markdown.js'
import { severityLabel } from './severity.js'
import type { BaselineEntry } from '../history/advance.js'
import { resolvedByText } from './remediation/links.js'

/**
 * A finding's age and the audit's changes, as people read them: `since 2026-11-02, 4 audits` next
 * to each finding, the findings new since the last audit first, and a short list of what that
 * audit saw and this one no longer does.
 */

/** `new`, `since 2026-11-02, 4 audits` (audit), `known since 2026-11-02` (pull request). */
export function historyTag(history: FindingHistory | undefined): string {
  if (!history) return ''
  if (history.status === 'new') return history.uncertain ? 'new (history incomplete)' : 'new'
  if (!history.firstSeen) return 'known'
  if (history.audits === undefined) return `known since ${history.firstSeen}`
  return describeAge(history.firstSeen, history.audits)
}

/**
 * `since 2026-11-02, 4 audits`. One audit reads `since <day>, 1 audit` rather than "new": after
 * a fresh start or a truncated state that is still true, and the "new since the last audit"
 * group already says which findings are new.
 */
export function describeAge(first: string, audits: number): string {
  return `since ${first}, ${plural(audits, 'audit')}`
}

/** A pull request's finding against the audit: `known since 2026-11-02 (#12)`, or `new`. */
export function describeBaseline(entry: BaselineEntry | undefined, issue?: number): string {
  if (entry?.known && entry.since) {
    return `known since ${entry.since}${issue === undefined ? '' : ` (#${issue})`}`
  }
  return entry?.uncertain ? 'new (the audit history is incomplete)' : 'new'
}

interface NewFinding {
  name: string
  directory?: string
  severity?: Report['directories'][number]['drift'][number]['severity']
}

function newFindings(report: Report): NewFinding[] {
  return [
    ...report.directories.flatMap(dir =>
      dir.drift
        .filter(f => f.history?.status === 'new')
        .map(f => ({ name: f.address, directory: dir.path, severity: f.severity }))
    ),
    ...(report.unmanaged?.resources ?? [])
      .filter(r => r.history?.status === 'new')
      .map(r => ({ name: r.arn ?? `${r.type}:${r.id}`, severity: r.severity }))
  ]
}

function where(directory: string | undefined): string {
  return directory === undefined ? '' : ` in ${codeSpan(directory)}`
}

function resolvedLine(resolved: ResolvedFinding): string {
  return `${codeSpan(resolved.name)}${where(resolved.directory)} (first seen ${resolved.firstSeen})${resolvedByText(resolved.resolvedBy)}`
}

function issueRef(report: Report): string {
  const issue = report.history?.issue
  return issue ? `, [#${issue.number}](${issue.url})` : ''
}

/** The audit's changes: new findings first, then what was resolved. */
function auditSection(report: Report): string[] {
  const history = report.history
  if (!history) return []
  const since = history.previousAudit ? ` (${history.previousAudit})` : ''
  const fresh = newFindings(report)
  const lines: string[] = []
  if (!history.previousAudit) {
    lines.push(`**First audit with a history**: every finding starts its age today.`)
  } else if (fresh.length > 0) {
    lines.push(`**New since the last audit${since}**: ${fresh.length}`, '')
    lines.push(
      ...shortList(
        fresh,
        f =>
          `${codeSpan(f.name)}${where(f.directory)}${f.severity ? ` · ${severityLabel(f.severity)}` : ''}`
      )
    )
  } else {
    lines.push(`**Nothing new since the last audit${since}.**`)
  }
  if (history.resolved.length > 0) {
    lines.push('', `**Resolved since the last audit**: ${history.resolved.length}`, '')
    lines.push(...shortList(history.resolved, resolvedLine))
  }
  return lines
}

/** A pull request against the last audit: what is new here, and what the audit already knew. */
function pullRequestSection(report: Report): string[] {
  const history = report.history
  if (!history) return []
  const total = report.counts.drifted + report.counts.unmanaged
  if (total === 0) return []
  if (!history.previousAudit) {
    return [`No audit history to compare with: every finding counts as new.`]
  }
  const known = total - history.newCount
  return [
    `**Against the last audit** (${history.previousAudit}${issueRef(report)}): ${history.newCount} new, ${known} known before this pull request.`
  ]
}

/** Empty for a run without a history (a local run). */
export function historySection(report: Report): string {
  const history = report.history
  if (!history) return ''
  const lines = history.kind === 'audit' ? auditSection(report) : pullRequestSection(report)
  if (history.note) lines.push('', `_${history.note}._`)
  return lines.join('\n').trim()
}

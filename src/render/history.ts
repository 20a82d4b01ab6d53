import type { FindingHistory, Report, ResolvedFinding } from '../report/model.js'
import { plural } from '../text.js'
import { codeSpan } from './markdown.js'
import { severityLabel } from './severity.js'
import { resolvedByText } from './remediation/links.js'

/**
 * A finding's age and the audit's changes, as people read them: `since 2026-11-02, 4 audits` next
 * to each finding, the findings new since the last audit first, and a short list of what that
 * audit saw and this one no longer does.
 */

/** Entries in the new and resolved lists; the tables below them show everything. */
const LISTED = 10

/** `new`, `since 2026-11-02, 4 audits` (audit), `known since 2026-11-02` (pull request). */
export function historyTag(history: FindingHistory | undefined): string {
  if (!history) return ''
  if (history.status === 'new') return history.uncertain ? 'new (history incomplete)' : 'new'
  if (!history.firstSeen) return 'known'
  if (history.audits === undefined) return `known since ${history.firstSeen}`
  return `since ${history.firstSeen}, ${plural(history.audits, 'audit')}`
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

function listed<T>(items: T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, LISTED).map(item => `- ${line(item)}`)
  if (items.length > LISTED) shown.push(`- …and ${items.length - LISTED} more`)
  return shown
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
      ...listed(
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
    lines.push(...listed(history.resolved, resolvedLine))
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

/**
 * Who last changed each finding, from CloudTrail, most severe first; what the budget left out
 * is counted. Names are CloudTrail's (user and session names anyone can choose): code spans.
 */
export function changedBySection(report: Report): string {
  const summary = report.attribution
  if (!summary) return ''
  const named = [
    ...report.directories.flatMap(dir =>
      dir.drift.map(f => ({ name: f.address, severity: f.severity, changedBy: f.changedBy }))
    ),
    ...(report.unmanaged?.resources ?? []).map(r => ({
      name: r.arn ?? `${r.type}:${r.id}`,
      severity: r.severity,
      changedBy: r.changedBy
    }))
  ].filter(f => f.changedBy !== undefined)
  const lines = named.length > 0 ? ['**Who changed it** (CloudTrail, the last 90 days)', ''] : []
  lines.push(...listed(named, f => `${codeSpan(f.name)}: ${codeSpan(f.changedBy?.summary ?? '')}`))
  const notes: string[] = []
  if (summary.notLookedUp > 0) {
    notes.push(
      `${plural(summary.notLookedUp, 'finding')} not looked up (the budget of calls went to the most severe)`
    )
  }
  if (summary.warning) notes.push(summary.warning)
  if (notes.length > 0) lines.push('', `_CloudTrail: ${notes.join('; ')}._`)
  return lines.join('\n').trim()
}

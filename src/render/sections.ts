import type { DirectoryReport, DriftFinding, Report } from '../report/model.js'
import { REDACTED } from '../report/model.js'
import { codeSpan, details, escapeText, formatValue, plural, table } from './markdown.js'

/**
 * Markdown building blocks shared by the job summary, the PR comment and the audit issue, so
 * the three say the same thing the same way.
 */

export function displayValue(value: unknown): string {
  return value === REDACTED ? REDACTED : formatValue(value)
}

export function headline(report: Report): string {
  const { counts } = report
  if (counts.drifted > 0) {
    const parts = [
      counts.changed > 0 ? `${counts.changed} changed` : '',
      counts.deleted > 0 ? `${counts.deleted} deleted` : ''
    ].filter(Boolean)
    return `🔴 Drift detected: ${plural(counts.drifted, 'resource')} changed outside Terraform (${parts.join(', ')})`
  }
  if (counts.errors > 0)
    return `⚠️ No drift found, but ${plural(counts.errors, 'working directory', 'working directories')} could not be checked`
  return '✅ No drift: the infrastructure matches the Terraform state'
}

export function countsTable(report: Report): string {
  const { counts } = report
  return table(
    ['Drifted', 'Changed', 'Deleted', 'Pending changes (code)', 'Errors'],
    [[counts.drifted, counts.changed, counts.deleted, counts.pending, counts.errors].map(String)]
  )
}

function findingRows(finding: DriftFinding): string[][] {
  const address = codeSpan(finding.address)
  if (finding.kind === 'deleted') return [[address, '**deleted** outside Terraform', '', '', '']]
  return finding.changes.map((change, i) => [
    i === 0 ? address : '',
    i === 0 ? 'changed' : '',
    codeSpan(change.path),
    codeSpan(displayValue(change.before)),
    codeSpan(displayValue(change.after))
  ])
}

export function driftTable(findings: DriftFinding[]): string {
  return table(
    ['Resource', 'Drift', 'Attribute', 'Before (state)', 'Now (real)'],
    findings.flatMap(findingRows)
  )
}

export function pendingList(dir: DirectoryReport): string {
  return dir.pending
    .map(change => {
      const attrs =
        change.attributes.length > 0
          ? ` (${change.attributes.map(a => codeSpan(a)).join(', ')})`
          : ''
      return `- ${change.action} ${codeSpan(change.address)}${attrs}`
    })
    .join('\n')
}

export function directorySection(dir: DirectoryReport): string {
  const title = `### ${codeSpan(dir.path)}`
  if (dir.status === 'error') return `${title}\n\n❌ ${escapeText(dir.error ?? 'failed')}`
  const parts = [title]
  parts.push(
    dir.drift.length > 0
      ? `${plural(dir.drift.length, 'resource')} drifted of ${dir.managedResources} managed.\n\n${driftTable(dir.drift)}`
      : `No drift in ${plural(dir.managedResources, 'managed resource')}.`
  )
  if (dir.pending.length > 0) {
    parts.push(
      details(
        `${plural(dir.pending.length, 'pending change')} the code asks for (not drift)`,
        pendingList(dir)
      )
    )
  }
  return parts.join('\n\n')
}

export function errorsSection(report: Report): string {
  if (report.errors.length === 0) return ''
  return [
    '#### Errors',
    ...report.errors.map(e => `- ${escapeText(e.scope)}: ${escapeText(e.message)}`)
  ].join('\n')
}

export function runLink(report: Report): string {
  return report.run.runUrl ? `[Workflow run](${report.run.runUrl})` : ''
}

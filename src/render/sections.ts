import type { DirectoryReport, Report } from '../model/report.js'
import type { DriftFinding } from '../model/findings.js'
import { changedBySection } from './changed-by.js'
import { historySection, historyTag } from './since-last-audit.js'
import { securityConcerns } from '../model/severity.js'
import { errorText } from '../model/report.js'
import { plural } from '../text.js'
import type { RenderLimits } from './budget.js'
import { allocate, FULL, TABLE_ROWS } from './budget.js'
import type { ChangeLine } from './changes.js'
import { CHANGE_SIGNS, describeChanges, FORM_ONLY } from './changes.js'
import { cellCode, codeSpan, details, escapeText, table, tableRow } from './markdown.js'
import { severityLabel, severityLine } from './severity.js'
import { coverageText, madeByAwsCount, unmanagedSection } from './unmanaged.js'
import { openRemediationSection } from './remediation/links.js'

/**
 * Markdown building blocks shared by the job summary, the PR comment and the audit issue, so
 * the three say the same thing the same way.
 */

export function headline(report: Report): string {
  const { counts } = report
  if (counts.drifted > 0) {
    const parts = [
      counts.changed > 0 ? `${counts.changed} changed` : '',
      counts.deleted > 0 ? `${counts.deleted} deleted` : ''
    ].filter(Boolean)
    const unmanaged = counts.unmanaged > 0 ? `; ${counts.unmanaged} unmanaged` : ''
    return `🔴 Drift detected: ${plural(counts.drifted, 'resource')} changed outside Terraform (${parts.join(', ')})${unmanaged}`
  }
  // counts.errors also holds inventory faults; the headline speaks of directories only.
  const failed = report.directories.filter(d => d.status === 'error').length
  if (failed > 0)
    return `⚠️ No drift found, but ${plural(failed, 'working directory', 'working directories')} could not be checked`
  if (counts.unmanaged > 0)
    return `🟠 No drift, but ${plural(counts.unmanaged, 'resource')} in the account ${counts.unmanaged === 1 ? 'is' : 'are'} in no Terraform state`
  return '✅ No drift: the infrastructure matches the Terraform state'
}

/** The rows of the longest table, which the size budget counts in. */
export function tableRows(report: Report): number {
  return Math.max(
    report.counts.drifted,
    report.unmanaged?.resources.length ?? 0,
    report.unmanaged?.ownedByOthers.length ?? 0
  )
}

export function countsTable(report: Report): string {
  const { counts } = report
  return table(
    ['Drifted', 'Changed', 'Deleted', 'Pending changes (code)', 'Errors'],
    [[counts.drifted, counts.changed, counts.deleted, counts.pending, counts.errors].map(String)]
  )
}

/**
 * A line's side in a table cell. A side that stands alone (a rule added, a statement removed)
 * carries the line's sign, so the row reads as an addition or removal without the other column.
 * describeChanges already folded each value to `valueLength`; a line joins several values and the
 * fold's own length note, so the cell is only clipped well past that, against runaway sentences.
 */
function sideCell(line: ChangeLine, side: string, alone: boolean, limits: RenderLimits): string {
  if (side === '') return ''
  const value = cellCode(side, limits.valueLength * 2)
  return alone ? `${CHANGE_SIGNS[line.kind]} ${value}` : value
}

function findingRows(finding: DriftFinding, limits: RenderLimits): string[][] {
  const address = cellCode(finding.address)
  const age = historyTag(finding.history)
  const security = `${securityConcerns(finding).length > 0 ? ' ⚠️' : ''}${finding.severity ? ` · ${severityLabel(finding.severity)}` : ''}${age ? ` · ${age}` : ''}`
  if (finding.kind === 'deleted')
    return [[address, `**deleted** outside Terraform${security}`, '', '', '']]
  const lines = describeChanges(finding.type, finding.changes, { valueLength: limits.valueLength })
  const shown = lines.slice(0, limits.changesPerFinding)
  const rows = shown.map((line, i) => {
    const alone = line.before === '' || line.after === ''
    return [
      i === 0 ? address : '',
      i === 0 ? `changed${security}` : '',
      cellCode(line.path, limits.valueLength),
      sideCell(line, line.before, alone, limits),
      sideCell(line, line.after, alone, limits)
    ]
  })
  const hidden = lines.length - shown.length
  if (hidden > 0) rows.push(['', '', `_${plural(hidden, 'more attribute')}_`, '', ''])
  return rows.length > 0 ? rows : [[address, `changed${security}`, `_${FORM_ONLY}_`, '', '']]
}

const DRIFT_HEADER = ['Resource', 'Drift', 'Attribute', 'Before (state)', 'Now (real)']

/**
 * Each finding's table lines, per cell length and attribute limit: fitting a body to a size
 * limit renders the same findings several times with only the row count changing.
 */
const renderedLines = new WeakMap<DriftFinding, Map<string, string[]>>()

function findingLines(finding: DriftFinding, limits: RenderLimits): string[] {
  let byLimits = renderedLines.get(finding)
  if (!byLimits) renderedLines.set(finding, (byLimits = new Map()))
  const key = `${limits.valueLength}/${limits.changesPerFinding}`
  let lines = byLimits.get(key)
  if (!lines) byLimits.set(key, (lines = findingRows(finding, limits).map(tableRow)))
  return lines
}

export function driftTable(findings: DriftFinding[], limits: RenderLimits = FULL): string {
  return [
    table(DRIFT_HEADER, []),
    ...findings.flatMap(finding => findingLines(finding, limits))
  ].join('\n')
}

/** Each report's security lines: fitting a body renders the section several times. */
const securityLines = new WeakMap<Report, string[]>()

function flaggedLines(report: Report): string[] {
  let lines = securityLines.get(report)
  if (!lines) {
    lines = report.directories.flatMap(dir =>
      dir.drift.flatMap(finding => {
        const reasons = securityConcerns(finding)
        return reasons.length === 0
          ? []
          : [
              `- ${codeSpan(finding.address)}: ${reasons.map(reason => escapeText(reason)).join('; ')}`
            ]
      })
    )
    securityLines.set(report, lines)
  }
  return lines
}

/** Security-relevant drift in words (`ingress open to 0.0.0.0/0 (tcp 22)`), above the tables. */
function securitySection(report: Report, limits: RenderLimits): string {
  const flagged = flaggedLines(report)
  if (flagged.length === 0) return ''
  const lines = flagged.slice(0, Math.max(limits.findings, 10))
  if (flagged.length > lines.length)
    lines.push(`- …and ${flagged.length - lines.length} more: ${limits.elsewhere}`)
  return [`#### ⚠️ Security-relevant drift (${flagged.length})`, ...lines].join('\n')
}

function pendingList(dir: DirectoryReport): string {
  const hidden = dir.pending.length - TABLE_ROWS
  return dir.pending
    .slice(0, TABLE_ROWS)
    .map(change => {
      const attrs =
        change.attributes.length > 0
          ? ` (${change.attributes.map(a => codeSpan(a)).join(', ')})`
          : ''
      return `- ${change.action} ${codeSpan(change.address)}${attrs}`
    })
    .concat(hidden > 0 ? [`- …and ${hidden} more: see the JSON report`] : [])
    .join('\n')
}

/**
 * One working directory. `limits.findings` is this directory's share of the rows (see
 * `allocate`); what does not fit is counted, with where to read it.
 */
function directorySection(dir: DirectoryReport, limits: RenderLimits): string {
  const title = `### ${codeSpan(dir.path)}`
  if (dir.status === 'error') return `${title}\n\n❌ ${escapeText(dir.error ?? 'failed')}`
  const parts = [title]
  const shown = dir.drift.slice(0, limits.findings)
  const hidden = dir.drift.length - shown.length
  const intro = `${plural(dir.drift.length, 'resource')} drifted of ${dir.managedResources} managed.`
  parts.push(
    dir.drift.length === 0
      ? `No drift in ${plural(dir.managedResources, 'managed resource')}.`
      : shown.length > 0
        ? `${intro}\n\n${driftTable(shown, limits)}`
        : intro
  )
  if (hidden > 0) {
    parts.push(
      `…and ${plural(hidden, 'more drifted resource')} not shown here: ${limits.elsewhere}.`
    )
  }
  if (!limits.details && dir.pending.length > 0) {
    parts.push(`${plural(dir.pending.length, 'pending change')} the code asks for (not drift).`)
  } else if (dir.pending.length > 0) {
    parts.push(
      details(
        `${plural(dir.pending.length, 'pending change')} the code asks for (not drift)`,
        pendingList(dir)
      )
    )
  }
  return parts.join('\n\n')
}

function errorsSection(report: Report): string {
  if (report.errors.length === 0) return ''
  return ['#### Errors', ...report.errors.map(e => `- ${escapeText(errorText(e))}`)].join('\n')
}

/** How much of what the account scans saw a Terraform state manages; empty when they did not run. */
function unmanagedCoverage(report: Report): string {
  const unmanaged = report.unmanaged
  if (!unmanaged || unmanaged.skipped) return ''
  const seen = unmanaged.managed + unmanaged.resources.length
  return unmanaged.coverage === null
    ? `; coverage of the AWS account ${coverageText(unmanaged)}`
    : `; ${coverageText(unmanaged)} of the resources seen in AWS are in a Terraform state (${unmanaged.managed} of ${seen})`
}

/**
 * What was checked, so a clean result can be trusted: directories, managed resources and, when
 * the account scans ran, the share of the account Terraform manages. Once per body, the only place
 * a body states coverage.
 */
function coverageLine(report: Report): string {
  const checked = report.directories.filter(d => d.status === 'ok')
  const managed = checked.reduce((n, d) => n + d.managedResources, 0)
  const failed = report.directories.length - checked.length
  const parts = [
    `${plural(checked.length, 'working directory', 'working directories')} checked`,
    plural(managed, 'managed resource')
  ]
  if (failed > 0) parts.push(`${failed} could not be checked`)
  return `**Coverage:** ${parts.join(', ')}${unmanagedCoverage(report)}.`
}

/** Counts from the account scans, when they ran: what they found and what they were told to leave out. */
function unmanagedCounts(report: Report): string {
  const unmanaged = report.unmanaged
  if (!unmanaged || unmanaged.skipped) return ''
  return (
    `**Unmanaged:** ${unmanaged.resources.length} · **Ignored:** ${unmanaged.ignored} · ` +
    `**Owned by others:** ${unmanaged.ownedByOthers.length} · ` +
    `**Made by AWS:** ${madeByAwsCount(unmanaged)}`
  )
}

/** The inventory in full, folded away: the visible counts line says whether to open it. */
function foldedUnmanaged(report: Report, limits: RenderLimits): string {
  const section = unmanagedSection(report, limits)
  const found = report.unmanaged?.resources.length ?? 0
  if (!section || found === 0) return section
  return details(
    `${plural(found, 'unmanaged resource')}, with import blocks to adopt them`,
    section
  )
}

/**
 * Where a body is read. The job summary is where the others send readers for the rest: it adds
 * the severity tally and shows the unmanaged tables open, their counts in their first line. A
 * comment or an issue sits in a conversation: the inventory's counts stand under the counts
 * table, its tables folded away.
 */
type BodyKind = 'summary' | 'thread'

/**
 * The sections under a body's heading, in the order every body shows them, each inside `limits`:
 * the directories share `limits.findings` in order (see allocate). Sections with nothing to say
 * are empty strings, for the caller to drop.
 */
export function reportSections(report: Report, limits: RenderLimits, kind: BodyKind): string[] {
  const shares = allocate(
    report.directories.map(d => d.drift.length),
    limits.findings
  )
  const summary = kind === 'summary'
  return [
    countsTable(report),
    historySection(report),
    openRemediationSection(report),
    changedBySection(report),
    summary ? severityLine(report) : unmanagedCounts(report),
    securitySection(report, limits),
    ...report.directories.map((dir, i) =>
      directorySection(dir, { ...limits, findings: shares[i] })
    ),
    summary ? unmanagedSection(report, limits) : foldedUnmanaged(report, limits),
    errorsSection(report),
    coverageLine(report)
  ]
}

export function runLink(report: Report): string {
  return report.run.runUrl ? `[Workflow run](${report.run.runUrl})` : ''
}

export function footer(report: Report): string {
  const link = runLink(report)
  return `<sub>Driftwatch ${report.tool.version} · ${report.generatedAt}${link ? ` · ${link}` : ''}</sub>`
}

/** The commit a body reflects, as its short SHA linking to it; empty when the run names none. */
export function commitLink(report: Report): string {
  const { sha, repository, runUrl } = report.run
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return ''
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return ''
  const url = new URL(`/${repository}/commit/${sha}`, runUrl ?? 'https://github.com')
  return `[${codeSpan(sha.slice(0, 7))}](${url.href})`
}

import type { Report } from '../report/model.js'
import type { RenderLimits } from './budget.js'
import { allocate, fit, SUMMARY_LIMIT, utf8Bytes } from './budget.js'
import { footer } from './comment.js'
import {
  countsTable,
  coverageLine,
  directorySection,
  errorsSection,
  headline,
  securitySection,
  tableRows,
  unmanagedSection
} from './sections.js'
import { severityLine } from './severity.js'

function summaryBody(report: Report, limits: RenderLimits): string {
  const shares = allocate(
    report.directories.map(d => d.drift.length),
    limits.findings
  )
  return [
    `## Driftwatch: ${headline(report)}`,
    countsTable(report),
    severityLine(report),
    securitySection(report, limits),
    ...report.directories.map((dir, i) =>
      directorySection(dir, { ...limits, findings: shares[i] })
    ),
    unmanagedSection(report, limits),
    errorsSection(report),
    coverageLine(report),
    footer(report)
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n')
}

/**
 * The job summary: where a truncated comment points readers, so it shows all it can: every
 * table up to TABLE_ROWS rows, inside GitHub's 1 MiB summary limit; what is left out is counted
 * and the reader pointed to the JSON report.
 */
export function renderSummary(report: Report): string {
  return fit(limits => summaryBody(report, limits), {
    limit: SUMMARY_LIMIT,
    measure: utf8Bytes,
    totalFindings: tableRows(report),
    elsewhere: 'see the JSON report file (the `report` output)',
    fallback: () =>
      [`## Driftwatch: ${headline(report)}`, countsTable(report)].join('\n\n').concat('\n')
  })
}

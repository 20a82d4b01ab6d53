import type { Report } from '../report/model.js'
import type { RenderLimits } from './budget.js'
import { allocate, fit, SUMMARY_LIMIT, utf8Bytes } from './budget.js'
import {
  countsTable,
  directorySection,
  errorsSection,
  headline,
  runLink,
  securitySection,
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
    `<sub>Driftwatch ${report.tool.version} · ${report.generatedAt} ${runLink(report)}</sub>`
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n')
}

/**
 * The job summary: everything, since it is where a truncated comment points readers; only a
 * report beyond GitHub's 1 MiB summary limit is cut, and then it points to the JSON report.
 */
export function renderSummary(report: Report): string {
  return fit(limits => summaryBody(report, limits), {
    limit: SUMMARY_LIMIT,
    measure: utf8Bytes,
    totalFindings: Math.max(report.counts.drifted, report.unmanaged?.resources.length ?? 0),
    elsewhere: 'see the JSON report file (the `report` output)',
    fallback: () =>
      [`## Driftwatch: ${headline(report)}`, countsTable(report)].join('\n\n').concat('\n')
  })
}

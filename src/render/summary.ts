import type { Report } from '../model/report.js'
import type { RenderLimits } from './budget.js'
import { fit, SUMMARY_LIMIT, utf8Bytes } from './budget.js'
import { countsTable, footer, headline, reportSections, tableRows } from './sections.js'

function summaryBody(report: Report, limits: RenderLimits): string {
  return [
    `## Driftwatch: ${headline(report)}`,
    ...reportSections(report, limits, 'summary'),
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

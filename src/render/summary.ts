import type { Report } from '../report/model.js'
import { countsTable, directorySection, errorsSection, headline, runLink } from './sections.js'

/** The job summary: everything, since it is where a truncated comment points readers. */
export function renderSummary(report: Report): string {
  return [
    `## Driftwatch: ${headline(report)}`,
    countsTable(report),
    ...report.directories.map(directorySection),
    errorsSection(report),
    `<sub>Driftwatch ${report.tool.version} · ${report.generatedAt} ${runLink(report)}</sub>`
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n')
}

import type { Report } from '../model/report.js'

/** The JSON report: the Report model itself, whose schema docs/report-schema.md documents. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

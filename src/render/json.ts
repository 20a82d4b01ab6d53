import type { Report } from '../report/model.js'

/** The JSON report: the Report model itself, whose schema docs/report-schema.md documents. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

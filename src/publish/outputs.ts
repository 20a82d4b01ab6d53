import * as core from '@actions/core'
import type { Report } from '../model/report.js'

/**
 * Publishes what needs no GitHub API: step outputs and the job summary (the report files are
 * written by report-files.ts). These go first, so a later API failure never loses the findings.
 */

/** What the outputs are made of: the report, and where its JSON file was written ('' if nowhere). */
export interface OutputSource {
  report: Report
  reportPath: string
}

/**
 * Every output of action.yml, by its name there, with its value for a run: the one list of the
 * outputs' names (a unit test holds it to action.yml). In action.yml's order.
 */
export const OUTPUTS: Record<string, (run: OutputSource) => string> = {
  'drift-detected': ({ report }) => String(report.counts.drifted + report.counts.unmanaged > 0),
  'drifted-count': ({ report }) => String(report.counts.drifted),
  'unmanaged-count': ({ report }) => String(report.counts.unmanaged),
  coverage: ({ report }) =>
    report.unmanaged?.coverage != null ? String(report.unmanaged.coverage) : '',
  report: ({ reportPath }) => reportPath
}

export function setOutputs(report: Report, reportPath: string): void {
  for (const [name, value] of Object.entries(OUTPUTS)) {
    core.setOutput(name, value({ report, reportPath }))
  }
}

export async function writeJobSummary(markdown: string): Promise<void> {
  // Outside a runner (local runs, the CLI) there is no summary file to write.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown).write({ overwrite: false })
}

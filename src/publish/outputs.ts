import * as core from '@actions/core'
import type { Report } from '../model/report.js'

/**
 * Publishes what needs no GitHub API: step outputs and the job summary (the report files are
 * written by report-files.ts). These go first, so a later API failure never loses the findings.
 */

export function setOutputs(report: Report, reportPath: string): void {
  core.setOutput('drift-detected', String(report.counts.drifted + report.counts.unmanaged > 0))
  core.setOutput('drifted-count', String(report.counts.drifted))
  core.setOutput('unmanaged-count', String(report.counts.unmanaged))
  core.setOutput(
    'coverage',
    report.unmanaged?.coverage != null ? String(report.unmanaged.coverage) : ''
  )
  core.setOutput('report', reportPath)
}

export async function writeJobSummary(markdown: string): Promise<void> {
  // Outside a runner (local runs, the CLI) there is no summary file to write.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown).write({ overwrite: false })
}

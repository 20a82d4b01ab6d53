import * as core from '@actions/core'
import { failureReason } from './analyse/verdict.js'
import { audit } from './audit.js'
import {
  actionsCache,
  initWillRun,
  restorePluginCache,
  savePluginCache
} from './collect/plugin-cache.js'
import { initIsCurrent } from './collect/terraform.js'
import { messageOf, UserError } from './errors.js'
import { readInputs, readRunContext } from './inputs.js'
import { setOutputs, writeJobSummary, writeReportFile } from './publish/outputs.js'
import { renderJson } from './render/json.js'
import { renderSarif } from './render/sarif.js'
import { renderSummary } from './render/summary.js'
import { renderText } from './render/text.js'

/** The Action: inputs → audit → renderers → publishers, and the one place the step is failed. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const cacheLog = { info: (m: string) => core.info(m), notice: (m: string) => core.notice(m) }
    // Providers are only worth fetching from the cache when some root will run init.
    const providers =
      inputs.terraformInit &&
      (await initWillRun(inputs.workingDirectories, inputs.initArgs, initIsCurrent))
        ? await restorePluginCache({
            workingDirectories: inputs.workingDirectories,
            env: process.env,
            cache: actionsCache,
            log: cacheLog
          })
        : undefined
    const { report, scrubber } = await audit(inputs, readRunContext(), {
      info: message => core.info(message),
      warning: message => core.warning(message),
      secret: value => core.setSecret(value)
    })
    // Renderers only see the redacted report; scrubbing their output again costs little and
    // covers any text a renderer might add later.
    core.info(scrubber.scrub(renderText(report)))
    const reportPath = await writeReportFile(inputs.reportPath, scrubber.scrub(renderJson(report)))
    setOutputs(report, reportPath)
    await writeJobSummary(scrubber.scrub(renderSummary(report)))
    core.info(`JSON report: ${reportPath}`)
    if (inputs.sarifPath) {
      const sarifPath = await writeReportFile(inputs.sarifPath, scrubber.scrub(renderSarif(report)))
      core.info(`SARIF log: ${sarifPath}`)
    }

    const failure = failureReason(report, inputs.failOn, inputs.failOnSeverity)
    // Octokit loads only once the findings are written, not before terraform can start.
    const { publishResults } = await import('./github-results.js')
    await publishResults(report, inputs, scrubber, failure)
    if (providers) await savePluginCache(providers, actionsCache, cacheLog)
    if (failure) core.setFailed(failure)
  } catch (error) {
    if (error instanceof UserError) {
      core.setFailed(error.message)
    } else {
      core.debug(error instanceof Error ? (error.stack ?? '') : '')
      core.setFailed(`Driftwatch failed unexpectedly: ${messageOf(error)}`)
    }
  }
}

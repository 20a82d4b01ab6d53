import { failureReason } from '../report/verdict.js'
import { AUDIT_EVENTS } from '../publish/github/context.js'
import type { AuditOptions } from '../pipeline.js'
import { audit, reportFileTexts } from '../pipeline.js'
import {
  actionsCache,
  initWillRun,
  restorePluginCache,
  savePluginCache
} from '../collect/terraform/plugin-cache.js'
import { initIsCurrent } from '../collect/terraform/run.js'
import { messageOf, UserError } from '../errors.js'
import type { Inputs } from '../inputs/options.js'
import { readInputs } from '../inputs/options.js'
import { historyKind, readEventContext, readRunContext } from './context.js'
import { checkReportFiles, reportFiles, writeReportFiles } from '../publish/report-files.js'
import { renderSummary } from '../render/summary.js'
import { renderText } from '../render/text.js'
import { DeferredLog } from './toolkit.js'

/**
 * What the run needs once terraform is done: the runner toolkit, the output writers and the
 * GitHub publishers with Octokit. Loaded while terraform plans, so loading them neither delays
 * terraform's start nor adds to the time after it.
 */
function loadDeliveryModules(log: DeferredLog) {
  return Promise.all([log.load(), import('../publish/outputs.js'), import('./results.js')])
}

/**
 * The audit history the run compares with, read from the audit issue once terraform runs (the
 * GitHub client would otherwise delay terraform's start).
 */
async function historyOptions(inputs: Inputs, log: DeferredLog) {
  const event = await readEventContext()
  const kind = historyKind(inputs, event)
  let markStarted!: () => void
  const started = new Promise<void>(resolve => (markStarted = resolve))
  // One issue per directory keeps one history per issue: read once the parts are known.
  const scoped = kind && event && inputs.issuePer === 'directory' ? { kind, event } : undefined
  const options: AuditOptions['history'] =
    kind && event && !scoped
      ? {
          kind,
          previous: started
            .then(() => import('./issue-scopes.js'))
            .then(({ readHistory }) => readHistory(inputs, event, log))
        }
      : undefined
  return { options, scoped, terraformStarted: markStarted }
}

/** `audit`: scheduled and manual runs ask CloudTrail; pull requests (which want speed) do not. */
function attributionWanted(inputs: Inputs): boolean {
  if (inputs.attribution === 'always') return true
  return inputs.attribution === 'audit' && AUDIT_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '')
}

/** The Action: inputs → audit → renderers → publishers, and the one place the step is failed. */
export async function run(): Promise<void> {
  // Terraform starts before the runner toolkit is loaded (see toolkit.ts); the log holds what
  // is written until then.
  const log = new DeferredLog()
  let deliveryModules: ReturnType<typeof loadDeliveryModules> | undefined
  const loadDelivery = () => {
    if (deliveryModules) return deliveryModules
    deliveryModules = loadDeliveryModules(log)
    // Awaited below; a failure before then must not surface as an unhandled rejection.
    deliveryModules.catch(() => undefined)
    return deliveryModules
  }
  try {
    const inputs = readInputs()
    // A webhook URL carries its own token: masked before anything could print it.
    if (inputs.notifyWebhookUrl) log.secret(inputs.notifyWebhookUrl)
    await checkReportFiles(reportFiles(inputs))
    // Providers are only worth fetching from the cache when some root will run init.
    const initRuns =
      inputs.terraformInit &&
      (await initWillRun(inputs.workingDirectories, inputs.initArgs, initIsCurrent))
    // Init takes seconds anyway: no reason to hold the cache's log lines back.
    if (initRuns) void loadDelivery()
    const cacheLog = { info: (m: string) => log.info(m), notice: (m: string) => log.notice(m) }
    const providers = initRuns
      ? await restorePluginCache({
          workingDirectories: inputs.workingDirectories,
          env: process.env,
          cache: actionsCache,
          log: cacheLog
        })
      : undefined
    const history = await historyOptions(inputs, log)
    const audited = await audit(inputs, readRunContext(), log, {
      terraformStarted: () => {
        void loadDelivery()
        history.terraformStarted()
      },
      ...(history.options ? { history: history.options } : {}),
      attribution: attributionWanted(inputs)
    })
    const { scrubber } = audited
    const scoped = history.scoped
    const { report, scopes } = scoped
      ? await import('./issue-scopes.js').then(({ scopedHistory }) =>
          scopedHistory(audited.report, scoped.kind, inputs, scoped.event, log)
        )
      : { report: audited.report, scopes: [{ report: audited.report, state: audited.auditState }] }
    const [core, { setOutputs, writeJobSummary }, { publishResults }] = await loadDelivery()
    // Renderers only see the redacted report; scrubbing their output again costs little and
    // covers any text a renderer might add later.
    core.info(scrubber.scrub(renderText(report)))
    // A file that cannot be written fails the step, but only once the summary, the outputs and
    // the comment are out: the findings are complete and must not be lost with it.
    const { paths, failed } = await writeReportFiles(
      reportFiles(inputs),
      reportFileTexts(report, scrubber)
    )
    const unwritten = failed.map(({ error }) => messageOf(error))
    setOutputs(report, paths['report-path'] ?? '')
    await writeJobSummary(scrubber.scrub(renderSummary(report)))
    if (paths['report-path']) core.info(`JSON report: ${paths['report-path']}`)
    if (paths['sarif-path']) core.info(`SARIF log: ${paths['sarif-path']}`)

    const failure = failureReason(report, inputs.failOn, inputs.failOnSeverity)
    await publishResults(report, inputs, scrubber, failure, scopes)
    if (providers) await savePluginCache(providers, actionsCache, cacheLog)
    const reasons = failure ? [...unwritten, failure] : unwritten
    if (reasons.length > 0) core.setFailed(reasons.join(' '))
  } catch (error) {
    const core = await log.load()
    if (error instanceof UserError) {
      core.setFailed(error.message)
    } else {
      core.debug(error instanceof Error ? (error.stack ?? '') : '')
      core.setFailed(`Driftwatch failed unexpectedly: ${messageOf(error)}`)
    }
  }
}

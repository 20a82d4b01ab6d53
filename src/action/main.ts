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
import type { ScopedAudit } from './issue-scopes.js'
import type { Scrubber } from '../redact/sensitive.js'
import type { Report } from '../model/report.js'

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
            .then(() => import('../collect/github/previous-audit.js'))
            .then(({ readHistory }) => readHistory(inputs, event, log))
        }
      : undefined
  return { options, scoped, terraformStarted: markStarted }
}

/** Remediation after publishing, loaded only for a run that has some: commands, or `remediate` on an audit. */
function remediationSteps(inputs: Inputs, request?: unknown) {
  const event = process.env.GITHUB_EVENT_NAME ?? ''
  const wanted = request !== undefined || (inputs.remediate.length > 0 && AUDIT_EVENTS.has(event))
  return wanted ? import('./remediation-steps.js') : Promise.resolve(undefined)
}

/** The audit issue and comment link open remediation pull requests; merged ones resolve findings. */
async function withRemediationLinks<T extends { report: Report; scopes: { report: Report }[] }>(
  audit: T,
  inputs: Inputs,
  log: DeferredLog
): Promise<T> {
  const { linkRemediations } = await import('./remediation-steps.js')
  const [report, ...scopes] = await linkRemediations(
    [audit.report, ...audit.scopes.map(s => s.report)],
    inputs,
    log
  )
  return { ...audit, report, scopes: audit.scopes.map((s, i) => ({ ...s, report: scopes[i] })) }
}

/** `audit`: scheduled and manual runs ask CloudTrail; pull requests (which want speed) do not. */
function attributionWanted(inputs: Inputs): boolean {
  if (inputs.attribution === 'always') return true
  return inputs.attribution === 'audit' && AUDIT_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '')
}

type DeliveryModules = Awaited<ReturnType<typeof loadDeliveryModules>>

/** Loads the delivery modules on first call, once; later calls share the load. */
function deliveryLoader(log: DeferredLog): () => Promise<DeliveryModules> {
  let loading: Promise<DeliveryModules> | undefined
  return () => {
    if (loading) return loading
    loading = loadDeliveryModules(log)
    // Awaited when the run delivers; a failure before then must not surface as an unhandled
    // rejection.
    loading.catch(() => undefined)
    return loading
  }
}

/**
 * Providers from the Actions cache, when some root will run init (otherwise they are not worth
 * fetching); `save` stores them for the next run once this one has delivered.
 */
async function restoreCache(
  inputs: Inputs,
  log: DeferredLog,
  loadDelivery: () => Promise<DeliveryModules>
): Promise<{ save(): Promise<void> }> {
  const initRuns =
    inputs.terraformInit &&
    (await initWillRun(inputs.workingDirectories, inputs.initArgs, initIsCurrent))
  if (!initRuns) return { save: async () => undefined }
  // Init takes seconds anyway: no reason to hold the cache's log lines back.
  void loadDelivery()
  const cacheLog = { info: (m: string) => log.info(m), notice: (m: string) => log.notice(m) }
  const providers = await restorePluginCache({
    workingDirectories: inputs.workingDirectories,
    env: process.env,
    cache: actionsCache,
    log: cacheLog
  })
  return { save: () => savePluginCache(providers, actionsCache, cacheLog) }
}

/** What the audit found, with each audit issue's part of it (see issue-scopes.ts). */
interface Audited extends ScopedAudit {
  scrubber: Scrubber
}

/**
 * The pipeline with the audit history and attribution this run wants; the delivery modules load
 * once terraform runs. With `issue-per: directory`, each part is then compared with its own
 * issue's history.
 */
async function auditRun(
  inputs: Inputs,
  log: DeferredLog,
  loadDelivery: () => Promise<DeliveryModules>
): Promise<Audited> {
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
  if (!scoped) {
    const scopes = [{ report: audited.report, state: audited.auditState }]
    return { report: audited.report, scopes, scrubber }
  }
  const { scopedHistory } = await import('./issue-scopes.js')
  return {
    ...(await scopedHistory(audited.report, scoped.kind, inputs, scoped.event, log)),
    scrubber
  }
}

/**
 * Everything the run hands over: the log's text, the report files, the outputs, the job summary,
 * then GitHub (annotations, comment, issue, check run; `failure` sets the check's conclusion).
 * Returns why a report file could not be written: that fails the step, but only once the rest
 * is out, for the findings are complete and must not be lost with it.
 */
async function deliver(
  { report, scopes, scrubber }: Audited,
  inputs: Inputs,
  failure: string | undefined,
  [core, { setOutputs, writeJobSummary }, { publishResults }]: DeliveryModules
): Promise<string[]> {
  // Renderers only see the redacted report; scrubbing their output again costs little and
  // covers any text a renderer might add later.
  core.info(scrubber.scrub(renderText(report)))
  const { paths, failed } = await writeReportFiles(
    reportFiles(inputs),
    reportFileTexts(report, scrubber)
  )
  setOutputs(report, paths['report-path'] ?? '')
  await writeJobSummary(scrubber.scrub(renderSummary(report)))
  if (paths['report-path']) core.info(`JSON report: ${paths['report-path']}`)
  if (paths['sarif-path']) core.info(`SARIF log: ${paths['sarif-path']}`)
  await publishResults(report, inputs, scrubber, failure, scopes)
  return failed.map(({ error }) => messageOf(error))
}

/**
 * The step's verdict, the one place it is failed: the findings per `fail-on`, a report file that
 * could not be written, or an error. A UserError's message (an InputError's names the input as
 * the workflow sets it) is the line the user reads; anything else is a bug, with its stack in
 * the debug log.
 */
async function verdict(log: DeferredLog, reasons: (string | undefined)[]): Promise<void> {
  const failed = reasons.filter((reason): reason is string => Boolean(reason))
  if (failed.length > 0) (await log.load()).setFailed(failed.join(' '))
}

async function failOnError(log: DeferredLog, error: unknown): Promise<void> {
  const core = await log.load()
  if (error instanceof UserError) {
    core.setFailed(error.message)
  } else {
    core.debug(error instanceof Error ? (error.stack ?? '') : '')
    core.setFailed(`Driftwatch failed unexpectedly: ${messageOf(error)}`)
  }
}

/** The Action: restore the provider cache → audit → deliver → verdict. */
export async function run(): Promise<void> {
  // Terraform starts before the runner toolkit is loaded (see toolkit.ts); the log holds what
  // is written until then.
  const log = new DeferredLog()
  const loadDelivery = deliveryLoader(log)
  try {
    const inputs = readInputs()
    // A webhook URL carries its own token: masked before anything could print it.
    if (inputs.notifyWebhookUrl) log.secret(inputs.notifyWebhookUrl)
    // A comment's commands are answered, or found to need the audit, before it runs.
    const commands =
      process.env.GITHUB_EVENT_NAME === 'issue_comment'
        ? await import('./remediation-steps.js').then(steps =>
            steps.commandsBeforeAudit(inputs, log)
          )
        : undefined
    if (commands && !commands.audit) {
      await log.load()
      return
    }
    await checkReportFiles(reportFiles(inputs))
    const cache = await restoreCache(inputs, log, loadDelivery)
    const audited = await withRemediationLinks(
      await auditRun(inputs, log, loadDelivery),
      inputs,
      log
    )
    // A command's run answers the command; the findings fail the audits that look for them.
    const failure = commands?.request
      ? undefined
      : failureReason(audited.report, inputs.failOn, inputs.failOnSeverity)
    const unwritten = await deliver(audited, inputs, failure, await loadDelivery())
    await remediationSteps(inputs, commands?.request).then(steps =>
      steps?.remediateAfterPublish(audited.report, inputs, audited.scrubber, commands?.request, log)
    )
    await cache.save()
    await verdict(log, [...unwritten, failure])
  } catch (error) {
    await failOnError(log, error)
  }
}

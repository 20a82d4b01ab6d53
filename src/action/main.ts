import { failureReason } from '../report/verdict.js'
import { AUDIT_EVENTS } from '../publish/github/context.js'
import type { AuditOptions } from '../pipeline.js'
import { audit } from '../pipeline.js'
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
import type { ReportFileInput } from '../publish/report-files.js'
import { checkReportFiles, reportFiles, writeInputFile } from '../publish/report-files.js'
import { renderJson } from '../render/json.js'
import { renderSarif } from '../render/sarif.js'
import { renderSummary } from '../render/summary.js'
import { renderText } from '../render/text.js'
import { DeferredLog } from './toolkit.js'
import type { Report } from '../report/model.js'

/**
 * What the run needs once terraform is done: the runner toolkit, the output writers and the
 * GitHub publishers with Octokit. Loaded while terraform plans, so loading them neither delays
 * terraform's start nor adds to the time after it.
 */
function loadRest(log: DeferredLog) {
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
            .then(() => import('./history.js'))
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

/** The Action: inputs → audit → renderers → publishers, and the one place the step is failed. */
export async function run(): Promise<void> {
  // Terraform starts before the runner toolkit is loaded (see toolkit.ts); the log holds what
  // is written until then.
  const log = new DeferredLog()
  let rest: ReturnType<typeof loadRest> | undefined
  const startLoading = () => {
    if (rest) return rest
    rest = loadRest(log)
    // Awaited below; a failure before then must not surface as an unhandled rejection.
    rest.catch(() => undefined)
    return rest
  }
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
    // Providers are only worth fetching from the cache when some root will run init.
    const initRuns =
      inputs.terraformInit &&
      (await initWillRun(inputs.workingDirectories, inputs.initArgs, initIsCurrent))
    // Init takes seconds anyway: no reason to hold the cache's log lines back.
    if (initRuns) void startLoading()
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
        void startLoading()
        history.terraformStarted()
      },
      ...(history.options ? { history: history.options } : {}),
      attribution: attributionWanted(inputs)
    })
    const { scrubber } = audited
    const scoped = history.scoped
    const inScopes = scoped
      ? await import('./history.js').then(({ scopedHistory }) =>
          scopedHistory(audited.report, scoped.kind, inputs, scoped.event, log)
        )
      : { report: audited.report, scopes: [{ report: audited.report, state: audited.auditState }] }
    const { report, scopes } = await withRemediationLinks(inScopes, inputs, log)
    const [core, { setOutputs, writeJobSummary }, { publishResults }] = await startLoading()
    // A file that cannot be written fails the step, but only once the summary, the outputs and
    // the comment are out: the findings are complete and must not be lost with it.
    const unwritten: string[] = []
    const write = (input: ReportFileInput, path: string, text: string) =>
      writeInputFile(input, path, text).catch((error: unknown) => {
        unwritten.push(messageOf(error))
        return undefined
      })
    // Renderers only see the redacted report; scrubbing their output again costs little and
    // covers any text a renderer might add later.
    core.info(scrubber.scrub(renderText(report)))
    const reportPath = await write(
      'report-path',
      inputs.reportPath,
      scrubber.scrub(renderJson(report))
    )
    setOutputs(report, reportPath ?? '')
    await writeJobSummary(scrubber.scrub(renderSummary(report)))
    if (reportPath) core.info(`JSON report: ${reportPath}`)
    if (inputs.sarifPath) {
      const sarifPath = await write(
        'sarif-path',
        inputs.sarifPath,
        scrubber.scrub(renderSarif(report))
      )
      if (sarifPath) core.info(`SARIF log: ${sarifPath}`)
    }

    // A command's run answers the command; the findings fail the audits that look for them.
    const failure = commands?.request
      ? undefined
      : failureReason(report, inputs.failOn, inputs.failOnSeverity)
    await publishResults(report, inputs, scrubber, failure, scopes)
    await remediationSteps(inputs, commands?.request).then(steps =>
      steps?.remediateAfterPublish(report, inputs, scrubber, commands?.request, log)
    )
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

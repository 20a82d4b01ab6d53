import type { GitHubClient } from '../github/client.js'
import { createClient } from '../github/client.js'
import { messageOf } from '../errors.js'
import type { Inputs } from '../inputs/options.js'
import type { EventContext } from '../publish/github/context.js'
import { publishTargets } from '../publish/github/context.js'
import type { Scrubber } from '../redact/sensitive.js'
import type { Report } from '../model/report.js'
import type { RemedyRunner } from '../model/remedy.js'
import { auditDay } from '../history/state.js'
import { remedyOptions } from '../pipeline.js'
import type { CommandRequest } from './commands.js'
import { acceptCommands, readCommentEvent, runCommands } from './commands.js'
import { readEventContext } from './context.js'
import type { RemediationLog } from './remediation.js'
import { openSession, remediateAudit } from './remediation.js'
import { listRemediationPulls } from '../github/remediation.js'
import { withRemediationPulls } from '../report/remediation.js'

/**
 * Remediation's steps in the Action's run (main.ts): commands read before the audit, the open
 * and merged remediation pull requests read before rendering, and the pull requests opened after
 * publishing. Loaded only by runs that need them.
 */

/**
 * The engines behind adopt and codify (src/remediate/), the same code as `driftwatch fix`: adopt
 * writes into the roots `adopt-into` names, codify into each root of the drift; both run
 * terraform as the audit did and prove each remedy with its validation plan.
 */
export function remedyRunner(
  inputs: Inputs,
  scrubber: Scrubber,
  log: RemediationLog
): RemedyRunner {
  return async (kind, findings, report) => {
    const { remediesFor } = await import('../remediate/index.js')
    const options = await remedyOptions(inputs, scrubber, process.env, message => log.info(message))
    const settings = {
      adoptInto: inputs.adoptInto,
      workingDirectories: inputs.workingDirectories,
      adoptIntoField: "Input 'adopt-into'"
    }
    return remediesFor(kind, findings, report, settings, options)
  }
}

function client(inputs: Pick<Inputs, 'githubToken'>, log: RemediationLog): GitHubClient {
  return createClient(inputs.githubToken, log)
}

/** What the run does about a comment's commands: nothing to do, answered already, or to run after the audit. */
export type CommandStep = { audit: false } | { audit: true; request?: CommandRequest }

/**
 * On `issue_comment`: a comment without a command, or one answered before the audit (refused,
 * malformed, help), skips the audit; one whose commands need the findings runs it first.
 */
export async function commandsBeforeAudit(
  inputs: Pick<Inputs, 'githubToken'>,
  log: RemediationLog,
  env: NodeJS.ProcessEnv = process.env
): Promise<CommandStep> {
  if (env.GITHUB_EVENT_NAME !== 'issue_comment') return { audit: true }
  const event = readCommentEvent(env)
  const context = await readEventContext(env)
  if (typeof event === 'string' || !context) {
    log.info(
      `Driftwatch: nothing to do on this comment (${typeof event === 'string' ? event : 'no repository'}).`
    )
    return { audit: false }
  }
  if (!inputs.githubToken) {
    log.warning('The github-token input is empty: Driftwatch cannot answer commands.')
    return { audit: false }
  }
  const target = { owner: context.owner, repo: context.repo }
  try {
    const accepted = await acceptCommands(event, client(inputs, log), target, auditDay(), log)
    return accepted.state === 'accepted'
      ? { audit: true, request: accepted.request }
      : { audit: false }
  } catch (error) {
    log.warning(`Driftwatch could not answer the command comment: ${messageOf(error)}`)
    return { audit: false }
  }
}

/**
 * Before rendering: the remediation pull requests, when the run publishes an audit issue or a
 * pull request comment that links them.
 */
export async function linkRemediations(
  reports: Report[],
  inputs: Pick<Inputs, 'githubToken' | 'publish'>,
  log: RemediationLog
): Promise<Report[]> {
  const context = await readEventContext()
  if (!context || !inputs.githubToken) return reports
  const targets = publishTargets(inputs.publish, context.eventName)
  if (!targets.comment && !targets.issue) return reports
  try {
    // One read for every report of the run: each audit issue's scope credits its own resolved.
    const pulls = await listRemediationPulls(client(inputs, log), {
      owner: context.owner,
      repo: context.repo
    })
    return reports.map(report => withRemediationPulls(report, pulls))
  } catch (error) {
    log.info(`Driftwatch could not list remediation pull requests (${messageOf(error)}).`)
    return reports
  }
}

/** After publishing: the commands of the comment, or an audit's remediation (`remediate`). */
export async function remediateAfterPublish(
  report: Report,
  inputs: Inputs,
  scrubber: Scrubber,
  request: CommandRequest | undefined,
  log: RemediationLog,
  runner: RemedyRunner = remedyRunner(inputs, scrubber, log)
): Promise<void> {
  const context: EventContext | undefined = await readEventContext()
  if (!context || !inputs.githubToken) return
  const gh = request?.client ?? client(inputs, log)
  const target = { owner: context.owner, repo: context.repo }
  const session = () => openSession(gh, target, report, scrubber, log)
  try {
    if (request) {
      await runCommands(request, await session(), inputs, runner, log, report.run.runUrl)
    } else {
      await remediateAudit(report, inputs, context, session, runner, log)
    }
  } catch (error) {
    log.warning(`Driftwatch could not finish remediation: ${messageOf(error)}`)
  }
}

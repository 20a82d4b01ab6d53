import { assigneesFor, reviewersFor } from '../analyse/owners.js'
import type { GitHubClient } from '../github/client.js'
import type { RepositoryTarget } from '../github/remediation.js'
import { defaultBranch } from '../github/remediation.js'
import type { Owners } from '../collect/owners.js'
import { readOwners } from '../collect/owners.js'
import { messageOf } from '../errors.js'
import type { Inputs } from '../inputs/options.js'
import { AUDIT_EVENTS } from '../publish/github/context.js'
import type { EventContext } from '../publish/github/context.js'
import type { PublishedPull } from '../publish/remediation/pull-request.js'
import { MissingPermission, publishRemedyPullRequest } from '../publish/remediation/pull-request.js'
import type { Scrubber } from '../redact/sensitive.js'
import type { Report } from '../model/report.js'
import {
  addressedKeys,
  planProblem,
  qualifyingFindings,
  remedyFacts
} from '../report/remediation.js'
import type { Remedy, RemedyRunner } from '../model/remedy.js'
import { remedyBranch } from '../render/remediation/branch.js'
import { renderRemedyPullRequest } from '../render/remediation/pull-request.js'

/**
 * Remediation in the Action: a remedy becomes its pull request (rendered, scrubbed, reviewers
 * from CODEOWNERS, assignees from the owners map), after an audit for every finding that
 * qualifies (`remediate`), or for what a command names (commands.ts). A remedy that fails
 * publishes nothing for its root and says why in one line; a token without the permission is one
 * warning for the whole run. The findings were published before any of this starts.
 */

export interface RemediationLog {
  info(message: string): void
  warning(message: string): void
}

/** What every remedy of a run publishes with. */
export interface RemediationSession {
  client: GitHubClient
  target: RepositoryTarget
  /** The branch pull requests go to. */
  base: string
  owners: Owners
  report: Report
  scrubber: Scrubber
}

export async function openSession(
  client: GitHubClient,
  target: RepositoryTarget,
  report: Report,
  scrubber: Scrubber,
  log: RemediationLog,
  checkout = process.env.GITHUB_WORKSPACE || process.cwd()
): Promise<RemediationSession> {
  const [base, owners] = await Promise.all([defaultBranch(client, target), readOwners(checkout)])
  for (const problem of owners.problems) log.warning(`Driftwatch: ${problem}`)
  return { client, target, base, owners, report, scrubber }
}

/** A remedy its validation plan does not bear out: no pull request, and this says why. */
export class RemedyRefused extends Error {}

export interface RemedyExtras {
  requestedBy?: string
  /** Keys of findings earlier commands put on the same branch (a waiver's pull request grows). */
  earlierKeys?: string[]
  waiverLines?: string[]
}

/** One remedy as its branch and pull request. */
export async function openRemedyPull(
  session: RemediationSession,
  remedy: Remedy,
  extras: RemedyExtras = {}
): Promise<PublishedPull & { title: string }> {
  const problem = planProblem(remedy)
  if (problem)
    throw new RemedyRefused(
      `the ${remedy.kind} remedy for ${remedy.root} was not published: ${problem}`
    )
  if (remedy.files.length === 0)
    throw new RemedyRefused(`the ${remedy.kind} remedy for ${remedy.root} has no file to write`)
  const { report, owners, scrubber } = session
  const keys = [...new Set([...(extras.earlierKeys ?? []), ...addressedKeys(report, remedy)])]
  const text = renderRemedyPullRequest(remedy, report, {
    keys,
    ...(extras.requestedBy ? { requestedBy: extras.requestedBy } : {}),
    ...(extras.waiverLines ? { waiverLines: extras.waiverLines } : {})
  })
  const changedBy = [...remedyFacts(report, remedy).values()].flatMap(f =>
    f.changedBy ? [f.changedBy] : []
  )
  const scrub = (value: string) => scrubber.scrub(value)
  const published = await publishRemedyPullRequest(session.client, session.target, {
    branch: remedyBranch(remedy.kind, remedy.root),
    base: session.base,
    files: remedy.files.map(file => ({ path: file.path, content: scrub(file.content) })),
    title: scrub(text.title),
    body: scrub(text.body),
    commitMessage: scrub(text.commitMessage),
    reviewers: reviewersFor(
      remedy.files.map(f => f.path),
      owners.codeowners
    ),
    assignees: assigneesFor(changedBy, owners.map)
  })
  return { ...published, title: scrub(text.title) }
}

/** The one warning for a token that cannot write branches or pull requests. */
export function permissionWarning(
  error: MissingPermission,
  context: Pick<EventContext, 'fromFork'>
): string {
  const fork = context.fromFork ? ' Pull requests from forks get a read-only token.' : ''
  return (
    `Driftwatch could not open remediation pull requests: the token lacks the \`${error.permission}\` ` +
    `permission (HTTP ${error.status}: ${error.message}). Add \`permissions: { contents: write, ` +
    `pull-requests: write }\` to the job.${fork} The findings are published as usual.`
  )
}

/**
 * After a `schedule` or `workflow_dispatch` audit: for each remedy `remediate` names, the findings
 * that qualify go to the engine, and each root's remedy to its pull request.
 */
export async function remediateAudit(
  report: Report,
  inputs: Pick<Inputs, 'remediate' | 'remediateMinSeverity'>,
  context: EventContext,
  makeSession: () => Promise<RemediationSession>,
  runner: RemedyRunner,
  log: RemediationLog
): Promise<PublishedPull[]> {
  if (inputs.remediate.length === 0 || !AUDIT_EVENTS.has(context.eventName)) return []
  const wanted = inputs.remediate
    .map(kind => ({
      kind,
      findings: qualifyingFindings(report, kind, inputs.remediateMinSeverity)
    }))
    .filter(({ kind, findings }) => {
      if (findings.length === 0) log.info(`Remediation: no finding qualifies for ${kind}.`)
      return findings.length > 0
    })
  if (wanted.length === 0) return []
  const published: PublishedPull[] = []
  try {
    const session = await makeSession()
    for (const { kind, findings } of wanted) {
      let remedies: Remedy[]
      try {
        remedies = await runner(kind, findings, report)
      } catch (error) {
        log.warning(`Driftwatch could not build the ${kind} remedy: ${messageOf(error)}`)
        continue
      }
      for (const remedy of remedies) {
        try {
          const pull = await openRemedyPull(session, remedy)
          log.info(`Remediation pull request ${pull.action}: ${pull.url} (${pull.branch})`)
          for (const note of pull.notes) log.warning(`Driftwatch: ${note}`)
          published.push(pull)
        } catch (error) {
          if (error instanceof MissingPermission) throw error
          log.warning(
            `Driftwatch: ${error instanceof RemedyRefused ? error.message : `the ${remedy.kind} pull request for ${remedy.root} failed: ${messageOf(error)}`}`
          )
        }
      }
    }
  } catch (error) {
    if (error instanceof MissingPermission) log.warning(permissionWarning(error, context))
    else log.warning(`Driftwatch could not open remediation pull requests: ${messageOf(error)}`)
  }
  return published
}

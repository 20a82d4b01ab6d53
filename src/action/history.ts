import { decodeState } from '../collect/audit-state.js'
import { readPreviousAudit } from '../collect/github/audit-issue.js'
import { createClient } from '../collect/github/client.js'
import { messageOf } from '../errors.js'
import type { Inputs } from '../inputs/options.js'
import type { EventContext } from '../publish/github/context.js'
import type { PreviousHistory } from '../report/history.js'
import { directoriesKey, marker } from '../render/markers.js'

/**
 * The audit history, read from the audit issue while terraform plans (loaded only then: it
 * brings Octokit). Reading never fails the step: without a history every finding is new.
 */

export interface HistoryLog {
  info(message: string): void
  warning(message: string): void
}

export async function readHistory(
  inputs: Inputs,
  event: EventContext,
  log: HistoryLog
): Promise<PreviousHistory> {
  try {
    const client = createClient(inputs.githubToken, log)
    const key = marker('issue', directoriesKey(inputs.workingDirectories))
    const target = { owner: event.owner, repo: event.repo, label: inputs.issueLabel }
    const found = await readPreviousAudit(client, target, key)
    const issue = found.issue ? { number: found.issue.number, url: found.issue.url } : undefined
    if (!found.stateText) return issue ? { issue } : {}
    const { state, problem } = decodeState(found.stateText)
    if (problem) log.warning(`Driftwatch: ${problem}.`)
    return {
      ...(issue ? { issue } : {}),
      ...(state ? { state } : {}),
      ...(problem ? { problem } : {})
    }
  } catch (error) {
    log.warning(
      `Driftwatch could not read the audit history from the audit issue (${messageOf(error)}); every finding counts as new.`
    )
    return {}
  }
}

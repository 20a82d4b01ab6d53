import { createClient } from '../../github/client.js'
import { readPreviousAudit } from '../../github/audit-issue.js'
import { directoriesKey, marker } from '../../github/markers.js'
import { decodeState } from '../../history/decode.js'
import type { PreviousHistory } from '../../history/compare.js'
import { messageOf } from '../../errors.js'
import type { Inputs } from '../../inputs/options.js'

/**
 * Collect stage for GitHub: the audit history, read from the audit issue while terraform plans
 * (the Action loads this only then: it brings Octokit). Reading never fails the step: without a
 * history every finding is new.
 */

export interface HistoryLog {
  info(message: string): void
  warning(message: string): void
}

/** The repository the audit issue is in. */
export interface Repository {
  owner: string
  repo: string
}

export async function readHistory(
  inputs: Inputs,
  repository: Repository,
  log: HistoryLog,
  issueKey = directoriesKey(inputs.workingDirectories)
): Promise<PreviousHistory> {
  try {
    const client = createClient(inputs.githubToken, log)
    const key = marker('issue', issueKey)
    const target = { owner: repository.owner, repo: repository.repo, label: inputs.issueLabel }
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

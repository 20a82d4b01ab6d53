import type { Publish } from '../../inputs/options.js'

/**
 * Which repository, event and pull request a run belongs to (the Action reads it from the
 * runner: action/context.ts), and, from that and the `publish` input, where results go.
 */

export const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])
export const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch'])

export interface EventContext {
  eventName: string
  owner: string
  repo: string
  pullNumber?: number
  /** The commit a check run belongs to: a pull request's head, not the merge commit. */
  headSha?: string
  /** A pull request from another repository: its `pull_request` token is read-only. */
  fromFork: boolean
}

export interface Targets {
  comment: boolean
  issue: boolean
}

/** `auto`: pull request events comment, scheduled and manual runs keep the audit issue. */
export function publishTargets(publish: Publish[], eventName: string): Targets {
  if (publish.includes('none')) return { comment: false, issue: false }
  if (publish.includes('auto')) {
    return {
      comment: PULL_REQUEST_EVENTS.has(eventName),
      issue: AUDIT_EVENTS.has(eventName)
    }
  }
  return { comment: publish.includes('comment'), issue: publish.includes('issue') }
}

import type { AttributionSubject, Attributions } from '../collect/aws/attribution.js'
import type { PreviousHistory } from '../history/compare.js'
import type { Inputs } from '../inputs/options.js'
import type { Report } from '../model/report.js'
import {
  attributionSubjects,
  knownUnmanagedSubjects,
  mergeAttributions,
  withAttributions
} from './attribution.js'

/**
 * How much CloudTrail is asked, and when: one budget of calls and seconds for the run, part of
 * it spent while terraform plans on the unmanaged resources the last audit knew (most still
 * are), the rest after the plans on the findings not yet asked about, most severe first. The
 * lookups and their SDK load only when a run asks (collect/aws/attribution.ts).
 */

/** Calls and seconds CloudTrail gets: LookupEvents answers 2 requests a second per region. */
const ATTRIBUTION_BUDGET = { calls: 30, ms: 20_000 }

/** Of the budget's calls, those spent while terraform plans, on the last audit's unmanaged. */
const CALLS_WHILE_PLANNING = 10

/** Where to ask, from the inputs: the regions scanned, and the role to audit another account. */
export type AttributionScope = Pick<Inputs, 'awsRegions' | 'roleToAssume'>

export interface AttributionLog {
  info(message: string): void
  warning(message: string): void
}

/** What CloudTrail answered while terraform planned, and which keys it was asked about. */
export interface PlanningAnswers {
  asked: Set<string>
  found: Attributions
}

function attributionRegion(scope: AttributionScope): string {
  return scope.awsRegions[0] ?? process.env.AWS_REGION ?? 'us-east-1'
}

async function lookUp(scope: AttributionScope, subjects: AttributionSubject[], calls: number) {
  const region = attributionRegion(scope)
  const [{ lookUpAttributions, describeAttribution }, { sharedCredentials }] = await Promise.all([
    import('../collect/aws/attribution.js'),
    import('../collect/aws/clients.js')
  ])
  const credentials = sharedCredentials({
    regions: scope.awsRegions.length > 0 ? scope.awsRegions : [region],
    ...(scope.roleToAssume ? { roleToAssume: scope.roleToAssume } : {})
  })
  const budget = { ...ATTRIBUTION_BUDGET, calls }
  const found = await lookUpAttributions(subjects, { credentials, budget })
  return { found, describeAttribution }
}

/**
 * While terraform plans, after an audit's history is read: who changed the unmanaged resources
 * the last audit knew, so those lookups take none of the time after the plans. Never rejects.
 */
export function askWhilePlanning(
  scope: AttributionScope,
  previousAudit: Promise<PreviousHistory>,
  log: AttributionLog
): Promise<PlanningAnswers | undefined> {
  return previousAudit
    .then(async previous => {
      if (!previous.state) return undefined
      const subjects = knownUnmanagedSubjects(previous.state, attributionRegion(scope))
      if (subjects.length === 0) return undefined
      const { found } = await lookUp(scope, subjects, CALLS_WHILE_PLANNING)
      const asked = new Set(subjects.map(s => s.key).filter(k => !found.notLookedUp.includes(k)))
      log.info(
        `Attribution: asked CloudTrail about ${asked.size} unmanaged resources of the last audit while terraform planned`
      )
      return { asked, found }
    })
    .catch(() => undefined)
}

/**
 * Who made each finding, most severe first within what is left of the budget. A denied
 * LookupEvents is one warning and the findings stand without a name.
 */
export async function attribute(
  report: Report,
  scope: AttributionScope,
  log: AttributionLog,
  whilePlanning: Promise<PlanningAnswers | undefined>
): Promise<Report> {
  const subjects = attributionSubjects(report, attributionRegion(scope))
  if (subjects.length === 0) return report
  const answered = await whilePlanning
  const unasked = subjects.filter(s => !answered?.asked.has(s.key))
  const calls = ATTRIBUTION_BUDGET.calls - (answered?.asked.size ?? 0)
  const afterPlans = await lookUp(scope, unasked, Math.max(0, calls))
  const found = answered ? mergeAttributions(answered.found, afterPlans.found) : afterPlans.found
  if (found.warning) log.warning(`Attribution: ${found.warning}`)
  const attributed = withAttributions(report, subjects, found, afterPlans.describeAttribution)
  const summary = attributed.attribution
  if (summary) {
    log.info(
      `Attribution: CloudTrail named who changed ${summary.found} of ${subjects.length} findings${summary.notLookedUp > 0 ? `; ${summary.notLookedUp} not looked up (budget)` : ''}`
    )
  }
  return attributed
}

import type { Event, LookupEventsCommandOutput } from '@aws-sdk/client-cloudtrail'
import type {
  AwsCredentialIdentityProvider,
  FinalizeRequestMiddleware,
  MetadataBearer,
  MiddlewareStack
} from '@aws-sdk/types'
import { setTimeout as sleep } from 'node:timers/promises'
import { AwsClients, failedAction } from './clients.js'
import type { FaultKind } from './faults.js'
import { classifyFault, endpointClause, errorName, EXPIRED_CREDENTIALS } from './faults.js'
import type { Attribution, WhoKind } from '../../model/findings.js'

/**
 * "Who changed it": for each finding, the most recent successful write CloudTrail's event
 * history holds for its resource (LookupEvents, the last 90 days, free of charge, no trail
 * needed). LookupEvents allows 2 requests a second per account and region, so the most severe
 * findings go first and the rest, past a budget of calls and time, are reported as not looked
 * up. A denied or rejected LookupEvents, or an endpoint without CloudTrail (an emulator), costs
 * one attempt and one warning line; every finding is still reported.
 */

export interface AttributionSubject {
  /** The finding's id: the key of its attribution. */
  key: string
  /** Where its events are recorded; `global` for IAM, Route 53 and the like. */
  region: string
  /** Candidates CloudTrail may record it under (id, name, ARN), most likely first. */
  names: string[]
  /** Higher is more severe (severityRank): those are looked up first. */
  severity: number
}

export interface AttributionBudget {
  /** LookupEvents requests at most, across regions; SDK retries are not counted. */
  calls: number
  /** Milliseconds at most, from the start of the lookups. */
  ms: number
}

export interface AttributionOptions {
  credentials: AwsCredentialIdentityProvider
  budget: AttributionBudget
  /** The end of the 90 days looked at. */
  now?: Date
  /** Where `global` subjects' events are recorded; us-east-1 in the aws partition. */
  globalRegion?: string
  /** The run's clients, to share them; else made here and closed when done. */
  clients?: AwsClients
}

export interface Attributions {
  attributions: Map<string, Attribution>
  /** Keys, most severe first, that the budget (or a passing fault) left without an answer. */
  notLookedUp: string[]
  /** One line when LookupEvents was denied or failed somewhere; those findings have no `who`. */
  warning?: string
}

export const GLOBAL = 'global'
const ACTION = 'cloudtrail:LookupEvents'
/** How far back LookupEvents' event history goes. */
const LOOKBACK_MS = 90 * 24 * 60 * 60 * 1000
/** LookupEvents' quota: 2 requests a second per account and region. */
const PER_SECOND = 2
const SPACING_MS = 1000 / PER_SECOND
const PAGE_SIZE = 50
/** Pages of one name that hold only reads (a much-described group): past them, give up on it. */
const MAX_PAGES_PER_NAME = 4
/** Faults that will not go away for the next finding of the same region. */
const REGION_WIDE = new Set<FaultKind>([
  'denied',
  'rejected',
  'expired',
  'foreign',
  'unsupported',
  'throttled',
  'unreachable',
  'failing'
])

// ---------------------------------------------------------------------------------------------
// Reading CloudTrail records

/** The fields of a CloudTrail record read here, as AWS documents them. */
interface TrailRecord {
  eventName?: string
  eventTime?: string
  eventSource?: string
  readOnly?: boolean
  errorCode?: string
  userAgent?: string
  sessionCredentialFromConsole?: string
  userIdentity?: {
    type?: string
    userName?: string
    arn?: string
    accountId?: string
    principalId?: string
    invokedBy?: string
    sessionContext?: { sessionIssuer?: { userName?: string; arn?: string } }
  }
}

function recordOf(event: Event): TrailRecord {
  try {
    const parsed: unknown = JSON.parse(event.CloudTrailEvent ?? '{}')
    return typeof parsed === 'object' && parsed !== null ? (parsed as TrailRecord) : {}
  } catch {
    return {}
  }
}

/** A failed call changed nothing, so only successful writes say who changed a resource. */
function isSuccessfulWrite(event: Event, record: TrailRecord): boolean {
  const write = record.readOnly === undefined ? event.ReadOnly === 'false' : !record.readOnly
  return write && !record.errorCode
}

function lastSegment(arn: string | undefined): string | undefined {
  return arn?.slice(arn.lastIndexOf('/') + 1) || undefined
}

/** `arn:aws:sts::1:assumed-role/deploy/alice` → role `deploy`, session `alice`. */
function assumedRole(arn: string | undefined): { role?: string; session?: string } {
  const match = /:assumed-role\/([^/]+)\/(.+)$/.exec(arn ?? '')
  return match ? { role: match[1], session: match[2] } : {}
}

function identityOf(
  event: Event,
  record: TrailRecord
): Pick<Attribution, 'who' | 'whoKind' | 'session'> {
  const identity = record.userIdentity ?? {}
  const fallback = identity.userName ?? lastSegment(identity.arn) ?? event.Username ?? 'unknown'
  switch (identity.type) {
    case 'AssumedRole': {
      const { role, session } = assumedRole(identity.arn)
      const issuer = identity.sessionContext?.sessionIssuer
      const who = issuer?.userName ?? role ?? lastSegment(issuer?.arn) ?? fallback
      return { who, whoKind: 'role', ...(session ? { session } : {}) }
    }
    case 'Root':
      return { who: 'root', whoKind: 'root' }
    case 'AWSService':
      return { who: identity.invokedBy ?? fallback, whoKind: 'service' }
    default:
      // IAMUser, FederatedUser, IdentityCenterUser and what AWS adds later: a person's name.
      return { who: fallback, whoKind: 'user' }
  }
}

const CONSOLE_AGENT = /\b(console\.[\w.-]*amazonaws\.com|signin\.amazonaws\.com)\b/

/**
 * CloudTrail marks console sessions with `sessionCredentialFromConsole`; older records and some
 * services only show the console in the user agent, or hide it as `AWS Internal` (which a
 * service acting on its own also writes, hence not for services).
 */
function fromConsole(record: TrailRecord, whoKind: WhoKind): boolean {
  if (record.sessionCredentialFromConsole === 'true') return true
  const agent = record.userAgent ?? ''
  return CONSOLE_AGENT.test(agent) || (agent === 'AWS Internal' && whoKind !== 'service')
}

function isoTime(text: string | undefined, fallback: Date | undefined): string | undefined {
  const time = text ? new Date(text) : fallback
  return time && !Number.isNaN(time.getTime()) ? time.toISOString() : undefined
}

/** The attribution an event gives, when it is a successful write with a time. */
export function attributionOf(event: Event): Attribution | undefined {
  const record = recordOf(event)
  if (!isSuccessfulWrite(event, record)) return undefined
  const when = isoTime(record.eventTime, event.EventTime)
  if (!when) return undefined
  const identity = identityOf(event, record)
  return {
    ...identity,
    when,
    action: record.eventName ?? event.EventName ?? 'unknown call',
    console: fromConsole(record, identity.whoKind),
    source: record.eventSource ?? event.EventSource ?? ''
  }
}

/** The most recent of a page's successful writes (AWS sorts pages newest first). */
function newestWrite(events: Event[] | undefined): Attribution | undefined {
  let newest: Attribution | undefined
  for (const event of events ?? []) {
    const found = attributionOf(event)
    if (found && (!newest || found.when > newest.when)) newest = found
  }
  return newest
}

// ---------------------------------------------------------------------------------------------
// Saying it

/** `2026-11-30T14:02:11.000Z` → `2026-11-30 14:02 UTC` */
function minuteUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}

function actor(a: Attribution): string {
  const notes = [...(a.session ? [`session ${a.session}`] : []), ...(a.console ? ['console'] : [])]
  const noted = notes.length > 0 ? ` (${notes.join(', ')})` : ''
  switch (a.whoKind) {
    case 'role':
      return `role ${a.who}${noted}`
    case 'service':
      return `service ${a.who}${noted}`
    case 'root':
      return `the root user${noted}`
    default:
      return `${a.who}${noted}`
  }
}

/** `AuthorizeSecurityGroupIngress by alice (console) on 2026-11-30 14:02 UTC` */
export function describeAttribution(a: Attribution): string {
  return `${a.action} by ${actor(a)} on ${minuteUtc(a.when)}`
}

// ---------------------------------------------------------------------------------------------
// Budget and pace

/** Thrown where the budget ends a lookup: that finding is not looked up, nothing is wrong. */
class BudgetSpent extends Error {
  override name = 'BudgetSpent'
}

/**
 * Paces one region's LookupEvents requests, the SDK's retries included, since AWS counts every
 * request against the quota. Requests start at least SPACING_MS apart, and never within a
 * second of the end of the request PER_SECOND before: a request reaches AWS somewhere between
 * its start and its end, so however slow the network, no second sees more than PER_SECOND.
 * Waiting past the deadline ends the lookup instead.
 */
class RegionPace {
  private lastStart = -Infinity
  /** When the last PER_SECOND requests ended, oldest first. */
  private ends: number[] = []

  constructor(
    private readonly deadline: number,
    private readonly signal: AbortSignal
  ) {}

  async start(): Promise<void> {
    const window = this.ends.length < PER_SECOND ? -Infinity : this.ends[0] + 1000
    const at = Math.max(Date.now(), this.lastStart + SPACING_MS, window)
    if (at >= this.deadline) throw new BudgetSpent('out of time')
    this.lastStart = at
    // Timers may fire a millisecond early.
    while (Date.now() < at) await sleep(at - Date.now(), undefined, { signal: this.signal })
  }

  end(): void {
    this.ends = [...this.ends, Date.now()].slice(-PER_SECOND)
  }
}

/** Runs inside the SDK's retry middleware, so every attempt waits its turn. */
function pacing(pace: RegionPace): FinalizeRequestMiddleware<object, MetadataBearer> {
  return next => async args => {
    await pace.start()
    try {
      return await next(args)
    } finally {
      pace.end()
    }
  }
}

/**
 * Calls past each subject's first: the most severe subjects have their first call set aside up
 * front, so a budget of N calls looks up the N most severe in whatever order regions answer.
 */
class SpareCalls {
  constructor(private left: number) {}

  take(): boolean {
    if (this.left <= 0) return false
    this.left--
    return true
  }
}

// ---------------------------------------------------------------------------------------------
// Looking up

interface RegionFault {
  region: string
  error: unknown
}

interface Run {
  clients: AwsClients
  spare: SpareCalls
  signal: AbortSignal
  deadline: number
  start: Date
  end: Date
  attributions: Map<string, Attribution>
  notLookedUp: Set<string>
  faults: RegionFault[]
}

type Lookup = (
  name: string,
  since: Date,
  token: string | undefined
) => Promise<LookupEventsCommandOutput>

function regionLookup(run: Run, region: string): Lookup {
  const pace = new RegionPace(run.deadline, run.signal)
  return async (name, since, token) => {
    const { sdk, client } = await run.clients.get('cloudtrail', region)
    // One attribute is all LookupEvents takes, so reads are told apart from the answer.
    const command = new sdk.LookupEventsCommand({
      LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: name }],
      StartTime: since,
      EndTime: run.end,
      MaxResults: PAGE_SIZE,
      ...(token ? { NextToken: token } : {})
    })
    const stack = command.middlewareStack as unknown as MiddlewareStack<object, MetadataBearer>
    stack.add(pacing(pace), { step: 'finalizeRequest', priority: 'low', name: 'driftwatchPace' })
    return client.send(command, { abortSignal: run.signal })
  }
}

/** Whether a call may be made: the subject's first is set aside, later ones come from spare. */
function mayCall(run: Run, first: boolean): boolean {
  return first || run.spare.take()
}

/**
 * The newest successful write under any of the subject's names. A name's pages are read until
 * one holds a write (pages are newest first); a later name is only asked for newer events.
 * `complete` is false when the budget ended the lookup early.
 */
async function lookUpSubject(
  run: Run,
  lookup: Lookup,
  subject: AttributionSubject
): Promise<{ found?: Attribution; complete: boolean }> {
  let found: Attribution | undefined
  let first = true
  for (const name of new Set(subject.names)) {
    let token: string | undefined
    for (let page = 0; page < MAX_PAGES_PER_NAME; page++) {
      if (!mayCall(run, first)) return { found, complete: false }
      first = false
      const since = found ? new Date(found.when) : run.start
      const answer = await lookup(name, since, token).catch((error: unknown) => {
        if (isBudgetEnd(error, run)) return undefined
        throw error
      })
      if (!answer) return { found, complete: false }
      const newest = newestWrite(answer.Events)
      if (newest && (!found || newest.when > found.when)) found = newest
      token = answer.NextToken
      if (newest || !token) break
    }
  }
  return { found, complete: true }
}

function isBudgetEnd(error: unknown, run: Run): boolean {
  return error instanceof BudgetSpent || (run.signal.aborted && errorName(error) === 'AbortError')
}

/** Faults the warning line speaks for: the findings they hide are not "not looked up". */
const EXPLAINED = new Set<FaultKind>(['denied', 'rejected', 'expired', 'foreign', 'unsupported'])

/**
 * One region's subjects, most severe first, one at a time at the region's pace. A fault that
 * will recur stops the region; one that may not (a name AWS refuses) costs only its subject.
 */
async function lookUpRegion(
  run: Run,
  region: string,
  subjects: AttributionSubject[]
): Promise<void> {
  const lookup = regionLookup(run, region)
  for (const [index, subject] of subjects.entries()) {
    try {
      const { found, complete } = await lookUpSubject(run, lookup, subject)
      if (found) run.attributions.set(subject.key, found)
      else if (!complete) run.notLookedUp.add(subject.key)
    } catch (error) {
      run.faults.push({ region, error })
      const kind = classifyFault(error).kind
      const unasked = REGION_WIDE.has(kind) ? subjects.slice(index) : [subject]
      if (!EXPLAINED.has(kind)) for (const left of unasked) run.notLookedUp.add(left.key)
      if (REGION_WIDE.has(kind)) return
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Warning

function regionList(regions: string[]): string {
  return [...new Set(regions)].sort().join(', ')
}

const WITHOUT = 'findings are shown without attribution'
const LEFT_OUT = 'the findings left are listed as not looked up'

/** One clause per kind of fault, naming its regions; the first fault of a kind speaks for it. */
function faultClause(kind: FaultKind, faults: RegionFault[], allDenied: boolean): string {
  const first = classifyFault(faults[0].error)
  const { name, detail, tries } = first
  const action = failedAction(faults[0].error) ?? ACTION
  const where = regionList(faults.map(fault => fault.region))
  switch (kind) {
    case 'foreign':
    case 'unsupported':
      return `${endpointClause(first, `${action} in ${where}`)}; ${WITHOUT}`
    case 'denied':
      return `access denied to ${action}${allDenied ? '' : ` in ${where}`}: grant it to see who changed each finding; ${WITHOUT}${allDenied ? '' : ' there'}`
    case 'rejected':
      return `${action} in ${where} rejected the credentials (${detail}): check the region is enabled for this account; ${WITHOUT} there`
    case 'expired':
      return `${action}: ${EXPIRED_CREDENTIALS}; ${WITHOUT}`
    case 'throttled':
      return `${action} in ${where} kept throttling${tries}: ${LEFT_OUT}`
    case 'unreachable':
      return `${action} in ${where} could not reach AWS (${detail}): ${LEFT_OUT}`
    case 'failing':
      return `${action} in ${where} kept failing${tries} (${name}: ${detail}): ${LEFT_OUT}`
    default:
      return `${action} in ${where} failed (${name}: ${detail}): those findings are listed as not looked up`
  }
}

/** Denial first: it is the one to fix, and the one that loses the most. */
const CLAUSE_ORDER: FaultKind[] = [
  'denied',
  'expired',
  'rejected',
  'foreign',
  'unsupported',
  'throttled',
  'unreachable',
  'failing',
  'token-expired',
  'other'
]

/** One line for the whole run, however many regions failed and how. */
function warningOf(faults: RegionFault[], regions: string[]): string | undefined {
  if (faults.length === 0) return undefined
  const byKind = new Map<FaultKind, RegionFault[]>()
  for (const fault of faults) {
    const kind = classifyFault(fault.error).kind
    byKind.set(kind, [...(byKind.get(kind) ?? []), fault])
  }
  const denied = new Set((byKind.get('denied') ?? []).map(fault => fault.region))
  const allDenied = regions.every(region => denied.has(region))
  return CLAUSE_ORDER.filter(kind => byKind.has(kind))
    .map(kind => faultClause(kind, byKind.get(kind) ?? [], allDenied))
    .join('; ')
}

// ---------------------------------------------------------------------------------------------
// Entry point

function bySeverity(subjects: AttributionSubject[]): AttributionSubject[] {
  // Array sort is stable: equal severities keep the caller's order.
  return [...subjects].sort((a, b) => b.severity - a.severity)
}

function groupByRegion(
  subjects: AttributionSubject[],
  globalRegion: string
): Map<string, AttributionSubject[]> {
  const regions = new Map<string, AttributionSubject[]>()
  for (const subject of subjects) {
    const region = subject.region === GLOBAL ? globalRegion : subject.region
    regions.set(region, [...(regions.get(region) ?? []), subject])
  }
  return regions
}

export async function lookUpAttributions(
  subjects: AttributionSubject[],
  options: AttributionOptions
): Promise<Attributions> {
  const askable = bySeverity(subjects.filter(subject => subject.names.length > 0))
  const calls = Math.max(0, Math.floor(options.budget.calls))
  const admitted = askable.slice(0, calls)
  const end = options.now ?? new Date()
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), Math.max(0, options.budget.ms))
  timer.unref()
  const run: Run = {
    clients: options.clients ?? new AwsClients(options.credentials),
    spare: new SpareCalls(calls - admitted.length),
    signal: abort.signal,
    deadline: Date.now() + options.budget.ms,
    start: new Date(end.getTime() - LOOKBACK_MS),
    end,
    attributions: new Map(),
    notLookedUp: new Set(),
    faults: []
  }
  const regions = groupByRegion(admitted, options.globalRegion ?? 'us-east-1')
  try {
    await Promise.all([...regions].map(([region, list]) => lookUpRegion(run, region, list)))
  } finally {
    clearTimeout(timer)
    if (!options.clients) await run.clients.destroy()
  }
  const skipped = new Set([...run.notLookedUp, ...askable.slice(calls).map(s => s.key)])
  const warning = warningOf(run.faults, [...regions.keys()])
  return {
    attributions: run.attributions,
    notLookedUp: askable.map(subject => subject.key).filter(key => skipped.has(key)),
    ...(warning ? { warning } : {})
  }
}

import type { AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { partitionOf } from '../../../model/arn.js'
import { AwsClients, failedAction } from '../clients.js'
import { classifyFault, credentialsFault, endpointClause, EXPIRED_CREDENTIALS } from '../faults.js'
import type { Lister, ListerContext } from './lister.js'
import { eachLimited } from './lister.js'
import { LISTERS } from './listers/index.js'
import type { ListedResource, Listing, ListingFault } from './model.js'
import type { ListedType } from './types.js'
import { isListedType, LISTED_TYPES } from './types.js'

/**
 * Collect stage for the direct listing: every resource of the wanted types, tagged or not, in
 * every region asked (global types once), each type through its own API as driftctl's
 * enumerators did, but all types and regions at once. A listing that fails becomes one line per
 * type (and region) naming the IAM action to grant; the others carry on and what was found is
 * kept. Retries are the SDK's.
 */

export { isListedType, LISTED_TYPES } from './types.js'
export type { ListedType, ListedTypeInfo, Scope } from './types.js'

export interface ListingOptions {
  regions: string[]
  /** Terraform types wanted; those not in LISTED_TYPES are not listed. */
  types: ReadonlySet<string> | readonly string[]
  /** Shared with the Tagging API scan (see sharedCredentials). */
  credentials: AwsCredentialIdentityProvider
  /** The account id, when known; else STS GetCallerIdentity is asked once, if a lister needs it. */
  account?: string
}

/** The region of global types' resources and faults' absence of one. */
export const GLOBAL = 'global'

/** Per-item calls (an access key listing per user) at once, per lister and region. */
const ITEM_CONCURRENCY = 8

function reason(action: string, label: string, error: unknown): string {
  const fault = classifyFault(error)
  const { kind, name, detail, tries } = fault
  switch (kind) {
    case 'foreign':
    case 'unsupported':
      return endpointClause(fault, action)
    case 'denied':
      return `access denied to ${action}: grant it to list ${label}`
    case 'expired':
      return EXPIRED_CREDENTIALS
    case 'rejected':
      return `${action} rejected the credentials (${detail}): check they are for this account and the region is enabled for it`
    case 'throttled':
      return `${action} kept throttling${tries}: run again later, or allow more attempts with AWS_MAX_ATTEMPTS`
    case 'unreachable':
      return `${action} could not reach AWS (${detail})`
    case 'failing':
      return `${action} kept failing${tries} (${name}: ${detail}): run again later`
    default:
      return `${action} failed (${name}: ${detail})`
  }
}

/**
 * One line for one failed listing, naming every type it would have listed (one IAM call lists
 * nine) and the action to grant.
 */
export function listingFault(
  types: readonly ListedType[],
  region: string,
  error: unknown
): ListingFault {
  const action = failedAction(error) ?? LISTED_TYPES[types[0]].actions[0]
  const global = region === GLOBAL
  const label = types.length === 1 ? LISTED_TYPES[types[0]].label : 'them'
  const named = types.join(', ')
  return {
    types: [...types],
    ...(global ? {} : { region }),
    action,
    message: `${global ? named : `${named} in ${region}`}: ${reason(action, label, error)}`
  }
}

function byTypeRegionId(a: ListedResource, b: ListedResource): number {
  return (
    a.terraformType.localeCompare(b.terraformType) ||
    a.region.localeCompare(b.region) ||
    a.id.localeCompare(b.id)
  )
}

class ListingRun {
  readonly clients: AwsClients
  readonly resources: ListedResource[] = []
  readonly faults = new Map<string, ListingFault>()
  readonly durations: Record<string, number> = {}
  private readonly lookups = new Map<string, Promise<unknown>>()
  private accountId: Promise<string> | undefined

  constructor(
    private readonly options: ListingOptions,
    readonly wanted: ReadonlySet<ListedType>
  ) {
    this.clients = new AwsClients(options.credentials)
  }

  /** Every lister a wanted type needs, in every region its scope asks for, all at once. */
  listAll(): Promise<void[]> {
    const jobs = LISTERS.filter(lister => this.wantedOf(lister).length > 0).flatMap(lister =>
      LISTED_TYPES[lister.types[0]].scope === 'global'
        ? [this.list(lister, GLOBAL)]
        : this.options.regions.map(region => this.list(lister, region))
    )
    return Promise.all(jobs)
  }

  /** One fault for every wanted type: for credentials that could not be had. */
  failEverything(message: string): void {
    this.faults.set('credentials', faultOfAll([...this.wanted].sort(), message))
  }

  private wantedOf(lister: Lister): ListedType[] {
    return lister.types.filter(type => this.wanted.has(type))
  }

  private async list(lister: Lister, region: string): Promise<void> {
    const started = Date.now()
    try {
      await lister.list(this.context(lister, region))
    } catch (error) {
      this.fail(lister, region, error)
    }
    const took = Date.now() - started
    for (const type of this.wantedOf(lister)) {
      this.durations[type] = Math.max(this.durations[type] ?? 0, took)
    }
  }

  /**
   * A lister's first failure in a region is the one reported, for all the types it lists. Listers
   * that fail on the same call the same way (access keys need the users IAM denied) share the line.
   */
  private fail(lister: Lister, region: string, error: unknown): void {
    const fault = listingFault(this.wantedOf(lister), region, error)
    const key = `${region} ${fault.action} ${classifyFault(error).kind}`
    const same = this.faults.get(key)
    if (!same) this.faults.set(key, fault)
    else if (!fault.types.every(type => same.types.includes(type))) {
      const types = [...same.types, ...fault.types.filter(type => !same.types.includes(type))]
      this.faults.set(key, listingFault(types as ListedType[], region, error))
    }
  }

  private context(lister: Lister, region: string): ListerContext {
    const clientRegion = region === GLOBAL ? this.options.regions[0] : region
    return {
      region,
      partition: partitionOf(clientRegion),
      client: service => this.clients.get(service, clientRegion),
      account: () => this.account(),
      emit: found => {
        if (this.wanted.has(found.terraformType)) this.resources.push({ ...found, region })
      },
      shared: (key, load) => this.shared(`${region} ${key}`, load),
      each: (items, call) =>
        eachLimited(items, ITEM_CONCURRENCY, item =>
          call(item).catch(error => this.fail(lister, region, error))
        )
    }
  }

  private shared<T>(key: string, load: () => Promise<T>): Promise<T> {
    let lookup = this.lookups.get(key)
    if (!lookup) {
      lookup = load()
      this.lookups.set(key, lookup)
    }
    return lookup as Promise<T>
  }

  private account(): Promise<string> {
    if (this.options.account) return Promise.resolve(this.options.account)
    this.accountId ??= this.clients
      .get('sts', this.options.regions[0])
      .then(({ sdk, client }) => client.send(new sdk.GetCallerIdentityCommand({})))
      .then(({ Account }) => {
        if (!Account) throw new Error('STS GetCallerIdentity named no account')
        return Account
      })
    return this.accountId
  }
}

/** One fault for every type of a listing that could not run at all. */
function faultOfAll(types: ListedType[], message: string): ListingFault {
  return {
    types,
    action: LISTED_TYPES[types[0]].actions[0],
    message: `${types.join(', ')}: ${message}`
  }
}

/** The listing of `types` when it could not run at all (its thread failed): one fault for all. */
export function failedListing(types: readonly string[], message: string): Listing {
  const wanted = [...new Set(types.filter(isListedType))].sort()
  const now = Date.now()
  const faults = wanted.length > 0 ? [faultOfAll(wanted, message)] : []
  return { types: wanted, resources: [], faults, durations: {}, startedAt: now, finishedAt: now }
}

export async function listResources(options: ListingOptions): Promise<Listing> {
  const startedAt = Date.now()
  const wanted = new Set([...options.types].filter(isListedType))
  const run = new ListingRun(options, wanted)
  if (options.regions.length > 0 && wanted.size > 0) {
    const credentialsError = await options.credentials().then(
      () => undefined,
      (error: unknown) => ({ error })
    )
    if (credentialsError) run.failEverything(credentialsFault(credentialsError.error))
    else await run.listAll()
    await run.clients.destroy()
  }
  return {
    types: [...wanted].sort(),
    resources: run.resources.sort(byTypeRegionId),
    faults: [...run.faults.values()].sort(
      (a, b) =>
        a.types[0].localeCompare(b.types[0]) || (a.region ?? '').localeCompare(b.region ?? '')
    ),
    durations: run.durations,
    startedAt,
    finishedAt: Date.now()
  }
}

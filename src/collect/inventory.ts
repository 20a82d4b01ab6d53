import {
  paginateGetResources,
  ResourceGroupsTaggingAPIClient
} from '@aws-sdk/client-resource-groups-tagging-api'
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { parseArn } from '../analyse/arn.js'
import { messageOf, oneLine } from '../errors.js'

/**
 * Collect stage for the AWS inventory: every tagged resource the Resource Groups Tagging API
 * lists, in every region asked, regions at once. A region that fails is recorded with a one-line
 * reason and never stops the others. Global resources (S3 buckets come back from every region)
 * are listed once. `AWS_ENDPOINT_URL` reaches the SDK without code here.
 */

export interface TaggedResource {
  arn: string
  /** The ARN's region, or for global resources the first region that listed it. */
  region: string
  tags: Record<string, string>
}

export interface RegionFault {
  /** `region eu-west-1`, or `inventory` when no region could be asked (no credentials). */
  scope: string
  region?: string
  message: string
}

export interface Inventory {
  regions: string[]
  resources: TaggedResource[]
  errors: RegionFault[]
  startedAt: number
  finishedAt: number
}

export interface InventoryOptions {
  regions: string[]
  roleToAssume?: string
  /** For tests: credentials instead of the provider chain. */
  credentials?: AwsCredentialIdentityProvider
  /** For tests: waits between resumed pages, in ms. */
  backoffMs?: (attempt: number) => number
  /** For tests: the client a region is scanned with. */
  client?: (
    region: string,
    credentials: AwsCredentialIdentityProvider
  ) => ResourceGroupsTaggingAPIClient
}

/** The SDK's own adaptive retry absorbs short throttling; these resume a page after it gives up. */
const MAX_ATTEMPTS = 6
const RESUMES_AFTER_THROTTLING = 3
const PAGE_SIZE = 100

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown'
])
const EXPIRED = new Set([
  'ExpiredTokenException',
  'ExpiredToken',
  'RequestExpired',
  'TokenRefreshRequired'
])
const DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'UnauthorizedException'
])
const REJECTED = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch'
])
const NETWORK = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'])

function errorName(error: unknown): string {
  const e = error as { name?: string; code?: string; Code?: string }
  return e?.name && e.name !== 'Error' ? e.name : (e?.code ?? e?.Code ?? 'Error')
}

/** One line a user can act on, for a region whose scan failed. */
export function regionFault(region: string, error: unknown): string {
  const name = errorName(error)
  const detail = oneLine(messageOf(error), 200)
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
  if (EXPIRED.has(name))
    return 'credentials expired: refresh them (aws-actions/configure-aws-credentials)'
  if (DENIED.has(name) || (status === 403 && !REJECTED.has(name))) {
    return `region ${region} denied access (${detail}): check the role's tag:GetResources permission`
  }
  if (REJECTED.has(name)) {
    return `region ${region} rejected the credentials (${detail}): check they are for this account and the region is enabled for it`
  }
  if (THROTTLING.has(name)) {
    return `region ${region} kept throttling the Tagging API after ${RESUMES_AFTER_THROTTLING + 1} rounds of retries: run again later`
  }
  if (name === 'PaginationTokenExpiredException') {
    return `region ${region}: the Tagging API's pagination token expired twice while listing: run again`
  }
  if (NETWORK.has(name) || name === 'TimeoutError') {
    return `region ${region}: the Tagging API could not be reached (${detail})`
  }
  return `region ${region}: ${name}: ${detail}`
}

/** One line for credentials that could not be resolved at all. */
export function credentialsFault(error: unknown, roleToAssume?: string): string {
  const detail = oneLine(messageOf(error), 200)
  if (EXPIRED.has(errorName(error))) {
    return 'credentials expired: refresh them (aws-actions/configure-aws-credentials)'
  }
  if (roleToAssume) {
    return `could not assume role-to-assume ${roleToAssume} (${detail}): check the role's trust policy allows sts:AssumeRole for the current identity`
  }
  return `no usable AWS credentials (${detail}): configure them before this step, e.g. with aws-actions/configure-aws-credentials`
}

const sleep = (ms: number) => new Promise<void>(done => setTimeout(done, ms))

function tagsOf(list: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const tag of list ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? ''
  return tags
}

/**
 * All pages of one region. A throttle that outlasts the SDK's retries resumes from the last
 * page's token after a pause; an expired pagination token (they last 15 minutes) restarts the
 * listing once from the beginning, keeping what was already seen.
 */
export async function scanRegion(
  client: ResourceGroupsTaggingAPIClient,
  backoffMs: (attempt: number) => number = attempt => 2000 * 2 ** attempt
): Promise<Map<string, Record<string, string>>> {
  const found = new Map<string, Record<string, string>>()
  let token: string | undefined
  let throttles = 0
  let restarted = false
  for (;;) {
    try {
      const pages = paginateGetResources(
        { client, pageSize: PAGE_SIZE, stopOnSameToken: true, startingToken: token },
        { ResourcesPerPage: PAGE_SIZE }
      )
      for await (const page of pages) {
        for (const mapping of page.ResourceTagMappingList ?? []) {
          if (mapping.ResourceARN) found.set(mapping.ResourceARN, tagsOf(mapping.Tags))
        }
        token = page.PaginationToken || undefined
      }
      return found
    } catch (error) {
      const name = errorName(error)
      if (name === 'PaginationTokenExpiredException' && !restarted) {
        restarted = true
        token = undefined
      } else if (THROTTLING.has(name) && throttles < RESUMES_AFTER_THROTTLING) {
        await sleep(backoffMs(throttles++))
      } else {
        throw error
      }
    }
  }
}

/** Resolves credentials once, so every regional client (and one AssumeRole) shares them. */
function sharedCredentials(options: InventoryOptions): AwsCredentialIdentityProvider {
  const base = options.credentials ?? fromNodeProviderChain()
  const provider: AwsCredentialIdentityProvider = options.roleToAssume
    ? fromTemporaryCredentials({
        params: {
          RoleArn: options.roleToAssume,
          RoleSessionName: 'driftwatch',
          DurationSeconds: 3600
        },
        masterCredentials: base,
        clientConfig: { region: options.regions[0] }
      })
    : base
  let pending: Promise<AwsCredentialIdentity> | undefined
  return () => {
    pending ??= provider()
    return pending
  }
}

/** Adaptive retry: throttling also slows the client's own request rate, not only retries. */
export function taggingClientConfig(region: string, credentials: AwsCredentialIdentityProvider) {
  return { region, credentials, retryMode: 'adaptive', maxAttempts: MAX_ATTEMPTS }
}

function defaultClient(region: string, credentials: AwsCredentialIdentityProvider) {
  return new ResourceGroupsTaggingAPIClient(taggingClientConfig(region, credentials))
}

export async function scanInventory(options: InventoryOptions): Promise<Inventory> {
  const startedAt = Date.now()
  const { regions } = options
  const done = (resources: TaggedResource[], errors: RegionFault[]): Inventory => ({
    regions,
    resources,
    errors,
    startedAt,
    finishedAt: Date.now()
  })

  const credentials = sharedCredentials(options)
  try {
    await credentials()
  } catch (error) {
    return done(
      [],
      [{ scope: 'inventory', message: credentialsFault(error, options.roleToAssume) }]
    )
  }

  const makeClient = options.client ?? defaultClient
  const results = await Promise.allSettled(
    regions.map(async region => {
      const client = makeClient(region, credentials)
      try {
        return await scanRegion(client, options.backoffMs)
      } finally {
        client.destroy()
      }
    })
  )

  const resources = new Map<string, TaggedResource>()
  const errors: RegionFault[] = []
  // In input order, so a global resource is attributed to the first region listed.
  results.forEach((result, i) => {
    const region = regions[i]
    if (result.status === 'rejected') {
      errors.push({
        scope: `region ${region}`,
        region,
        message: regionFault(region, result.reason)
      })
      return
    }
    for (const [arn, tags] of result.value) {
      if (resources.has(arn)) continue
      resources.set(arn, { arn, region: parseArn(arn)?.region || region, tags })
    }
  })
  return done([...resources.values()], errors)
}

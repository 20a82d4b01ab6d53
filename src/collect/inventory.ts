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
  /** For tests: the client a region is scanned with. */
  client?: (
    region: string,
    credentials: AwsCredentialIdentityProvider
  ) => ResourceGroupsTaggingAPIClient
}

/**
 * Retries are the SDK's: adaptive mode backs off and also slows the client's own request rate
 * while a region throttles. Ten attempts ride out about a minute of throttling per page.
 */
const MAX_ATTEMPTS = 10
const RETRY_MODES = new Set(['standard', 'adaptive', 'legacy'])
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

function attemptsOf(error: unknown): number | undefined {
  return (error as { $metadata?: { attempts?: number } })?.$metadata?.attempts
}

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
  const attempts = attemptsOf(error)
  const tries = attempts ? ` after ${attempts} attempts` : ''
  if (THROTTLING.has(name)) {
    return `region ${region} kept throttling the Tagging API${tries}: run again later, or allow more attempts with AWS_MAX_ATTEMPTS`
  }
  if (name === 'PaginationTokenExpiredException') {
    return `region ${region}: the Tagging API's pagination token expired twice while listing: run again`
  }
  if (NETWORK.has(name) || name === 'TimeoutError') {
    return `region ${region}: the Tagging API could not be reached (${detail})`
  }
  if (status !== undefined && status >= 500) {
    return `region ${region}: the Tagging API kept failing${tries} (${name}: ${detail}): run again later`
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

function tagsOf(list: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const tag of list ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? ''
  return tags
}

/**
 * All pages of one region. Throttling and 5xx are retried by the SDK, page by page, so a listing
 * goes on from the page that failed. An expired pagination token (they last 15 minutes) restarts
 * the listing once from the beginning, keeping what was already seen.
 */
export async function scanRegion(
  client: ResourceGroupsTaggingAPIClient
): Promise<Map<string, Record<string, string>>> {
  const found = new Map<string, Record<string, string>>()
  for (let restarted = false; ; restarted = true) {
    try {
      const pages = paginateGetResources(
        { client, pageSize: PAGE_SIZE, stopOnSameToken: true },
        { ResourcesPerPage: PAGE_SIZE }
      )
      for await (const page of pages) {
        for (const mapping of page.ResourceTagMappingList ?? []) {
          if (mapping.ResourceARN) found.set(mapping.ResourceARN, tagsOf(mapping.Tags))
        }
      }
      return found
    } catch (error) {
      if (restarted || errorName(error) !== 'PaginationTokenExpiredException') throw error
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

/**
 * The SDK's standard settings AWS_RETRY_MODE and AWS_MAX_ATTEMPTS still win over these defaults,
 * as users of the AWS CLI and SDKs expect.
 */
export function taggingClientConfig(
  region: string,
  credentials: AwsCredentialIdentityProvider,
  env: NodeJS.ProcessEnv = process.env
) {
  const mode = env.AWS_RETRY_MODE?.trim()
  const attempts = Number(env.AWS_MAX_ATTEMPTS)
  return {
    region,
    credentials,
    retryMode: mode && RETRY_MODES.has(mode) ? mode : 'adaptive',
    maxAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : MAX_ATTEMPTS
  }
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
        return await scanRegion(client)
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

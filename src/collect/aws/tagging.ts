import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api'
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { parseArn } from '../../model/arn.js'
import { createClient, sharedCredentials } from './clients.js'
import {
  classifyFault,
  credentialsFault,
  endpointClause,
  errorName,
  EXPIRED_CREDENTIALS
} from './faults.js'
import { paginateGetResources } from './sdk/tagging.js'
import { tagsOf } from './tags.js'

export { credentialsFault }

/**
 * Collect stage for the Tagging API scan: every tagged resource the Resource Groups Tagging API
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

export interface TaggingScan {
  regions: string[]
  resources: TaggedResource[]
  errors: RegionFault[]
  startedAt: number
  finishedAt: number
}

export interface TaggingScanOptions {
  regions: string[]
  roleToAssume?: string
  /** For tests: credentials instead of the provider chain. */
  credentials?: AwsCredentialIdentityProvider
  /** For tests: the client a region is scanned with. */
  client?: (
    region: string,
    credentials: AwsCredentialIdentityProvider
  ) => ResourceGroupsTaggingAPIClient | Promise<ResourceGroupsTaggingAPIClient>
}

const PAGE_SIZE = 100

/** One line a user can act on, for a region whose scan failed. */
export function regionFault(region: string, error: unknown): string {
  const fault = classifyFault(error)
  const { kind, name, detail, tries } = fault
  switch (kind) {
    case 'foreign':
    case 'unsupported':
      return `region ${region}: ${endpointClause(fault, 'the Tagging API')}`
    case 'expired':
      return EXPIRED_CREDENTIALS
    case 'denied':
      return `region ${region} denied access (${detail}): check the role's tag:GetResources permission`
    case 'rejected':
      return `region ${region} rejected the credentials (${detail}): check they are for this account and the region is enabled for it`
    case 'throttled':
      return `region ${region} kept throttling the Tagging API${tries}: run again later, or allow more attempts with AWS_MAX_ATTEMPTS`
    case 'token-expired':
      return `region ${region}: the Tagging API's pagination token expired twice while listing: run again`
    case 'unreachable':
      return `region ${region}: the Tagging API could not be reached (${detail})`
    case 'failing':
      return `region ${region}: the Tagging API kept failing${tries} (${name}: ${detail}): run again later`
    default:
      return `region ${region}: ${name}: ${detail}`
  }
}

/**
 * All pages of one region. Throttling and 5xx are retried by the SDK, page by page, so a listing
 * goes on from the page that failed. An expired pagination token (they last 15 minutes) restarts
 * the listing once from the beginning, keeping what was already seen.
 */
async function scanRegion(
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

async function defaultClient(region: string, credentials: AwsCredentialIdentityProvider) {
  return (await createClient('tagging', region, credentials)).client
}

export async function scanTaggingApi(options: TaggingScanOptions): Promise<TaggingScan> {
  const startedAt = Date.now()
  const { regions } = options
  const done = (resources: TaggedResource[], errors: RegionFault[]): TaggingScan => ({
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
      const client = await makeClient(region, credentials)
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

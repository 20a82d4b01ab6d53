import type { AwsCredentialIdentity } from '@aws-sdk/types'
import { sharedCredentials } from './clients.js'
import { credentialsFault } from './faults.js'
import type { TaggingScan } from './tagging.js'
import { scanTaggingApi } from './tagging.js'
import type { Listing } from './listing/model.js'

/**
 * Collect stage for the AWS account: the Tagging API scan and, for a deep inventory, the direct
 * listing, side by side on one set of credentials (one AssumeRole). Loaded once terraform runs, so
 * the SDK's loading never delays it. A deep inventory runs all of it in a thread of its own
 * (thread.ts), where each service's client loads only when its listing starts.
 */

export interface AccountScan {
  tagging: TaggingScan
  /** Absent with `inventory: tagging`, or when there were no credentials to list with. */
  listing?: Listing
  /** How the scan's thread yielded to terraform (thread.ts), when it ran in one. */
  priority?: ThreadPriority
}

/** SCHED_IDLE, nice 19, or neither (no core idle, or a system without them). */
export type ThreadPriority = 'idle' | 'nice 19' | 'normal'

export interface AccountScanOptions {
  regions: string[]
  roleToAssume?: string
  /** Terraform types to list directly; absent for the Tagging API alone. */
  listTypes?: string[]
}

export async function scanAccount(options: AccountScanOptions): Promise<AccountScan> {
  const startedAt = Date.now()
  const { regions, roleToAssume, listTypes } = options
  const credentials = sharedCredentials({ regions, roleToAssume })
  let identity: AwsCredentialIdentity
  try {
    identity = await credentials()
  } catch (error) {
    // One line for the whole scan, not one per listed type.
    const message = credentialsFault(error, roleToAssume)
    const errors = [{ scope: 'inventory', message }]
    return { tagging: { regions, resources: [], errors, startedAt, finishedAt: Date.now() } }
  }
  const listing = listTypes
    ? import('./listing/index.js').then(({ listResources }) =>
        // Credentials name their account when they can (AWS_ACCOUNT_ID, a web identity, the role
        // to assume: see sharedCredentials); then the listing need not ask STS, a call some
        // listers (snapshots, key pairs) wait for.
        listResources({ regions, types: listTypes, credentials, account: identity.accountId })
      )
    : undefined
  const [tagging, listed] = await Promise.all([scanTaggingApi({ regions, credentials }), listing])
  return listed ? { tagging, listing: listed } : { tagging }
}

import type { AwsCredentialIdentity } from '@aws-sdk/types'
import { Worker } from 'node:worker_threads'
import type { Listing } from './model.js'

/**
 * The direct listing in a thread of its own at the lowest processor priority, started with
 * terraform: loading a dozen SDK clients and parsing their answers costs a second or two of
 * processor time, which on a two-core runner would otherwise be taken from terraform's plan, the
 * long pole. At the lowest priority the listing runs on what terraform leaves idle. A thread,
 * not this one: Linux sets priorities per thread, a process cannot raise its own back, and
 * whatever this thread starts afterwards (terraform for another root, `show`) would inherit it.
 */

export interface ListingRequest {
  regions: string[]
  types: string[]
  /** The scan's credentials, resolved once (one AssumeRole for the whole scan). */
  credentials: AwsCredentialIdentity
}

/** Bundled, this code is in dist/chunks/ and the thread's entry is dist/listing-thread.js. */
const ENTRY = new URL('../listing-thread.js', import.meta.url)

export function listInThread(request: ListingRequest): Promise<Listing> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: request })
    worker.once('message', (listing: Listing) => {
      resolve(listing)
      // SDK clients are destroyed, but a keep-alive socket must not hold the thread.
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', code =>
      reject(new Error(`the listing thread stopped (exit code ${code}) before it answered`))
    )
  })
}

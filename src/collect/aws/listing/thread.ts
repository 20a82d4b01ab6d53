import type { AwsCredentialIdentity } from '@aws-sdk/types'
import { Worker } from 'node:worker_threads'
import { oneLine } from '../../../errors.js'
import type { Listing } from './model.js'

/**
 * The direct listing in a thread of its own, started with terraform: loading a dozen SDK clients
 * and parsing their answers costs a second or two of processor time, which on a two-core runner
 * would otherwise be taken from terraform's plan, the long pole. At the lowest priority (when a
 * core is idle; see ListingRequest.lowPriority) the listing runs on what terraform leaves. A
 * thread, not this one: Linux sets priorities per thread, a process cannot raise its own back,
 * and whatever this thread starts afterwards (terraform for another root, `show`) would inherit it.
 */

export interface ListingRequest {
  regions: string[]
  types: string[]
  /** The scan's credentials, resolved once (one AssumeRole for the whole scan). */
  credentials: AwsCredentialIdentity
  /**
   * At the lowest priority: when terraform leaves a core idle. When as many plans run at once as
   * there are cores, none is idle; a yielding listing would then wait until the plans end and
   * add its own time after them, where at the normal priority its waits on AWS overlap them.
   */
  lowPriority: boolean
}

/** Bundled, this code is in dist/chunks/ and the thread's entry is dist/listing-thread.js. */
const ENTRY = new URL('../listing-thread.js', import.meta.url)

/**
 * Never rejects: a thread that fails (it could not load, or ran out of memory) becomes one fault
 * for every type, and the rest of the scan and the plans keep their results.
 */
export async function listInThread(request: ListingRequest, entry = ENTRY): Promise<Listing> {
  const answer = await new Promise<Listing | Error>(resolve => {
    const worker = new Worker(entry, { workerData: request })
    worker.once('message', (listing: Listing) => {
      resolve(listing)
      // SDK clients are destroyed, but a keep-alive socket must not hold the thread.
      void worker.terminate()
    })
    worker.once('error', (error: unknown) =>
      resolve(error instanceof Error ? error : new Error(String(error)))
    )
    worker.once('exit', code =>
      resolve(new Error(`it stopped with exit code ${code} before it answered`))
    )
  })
  if (!(answer instanceof Error)) return answer
  const { failedListing } = await import('./index.js')
  const why = oneLine(answer.message, 200)
  return failedListing(
    request.types,
    `the direct listing could not run (${why}): run again, and report it if it persists`
  )
}

import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import type { ListingRequest } from './thread.js'

/** The listing thread (see thread.ts): bundled as dist/listing-thread.js. */

/** Linux: this thread alone, by its id, the last part of /proc/thread-self's target. */
function lowestPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (threadId > 0) setPriority(threadId, 19)
  } catch {
    // No /proc (macOS, Windows): the listing keeps the normal priority.
  }
}

const { regions, types, credentials, lowPriority } = workerData as ListingRequest
if (lowPriority) lowestPriority()
// Imported only once the priority is set: loading the listers and the SDK's core is most of the
// thread's start, and a static import would run it before this module's first line.
const { listResources } = await import('./index.js')
const listing = await listResources({
  regions,
  types,
  credentials: () => Promise.resolve(credentials)
})
parentPort?.postMessage(listing)

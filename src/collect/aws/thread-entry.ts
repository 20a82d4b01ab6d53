import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import type { ScanRequest } from './thread.js'

/** The deep inventory's thread (see thread.ts): bundled as dist/scan-thread.js. */

/** Linux: this thread alone, by its id, the last part of /proc/thread-self's target. */
function lowestPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (threadId > 0) setPriority(threadId, 19)
  } catch {
    // No /proc (macOS, Windows): the scan keeps the normal priority.
  }
}

const { regions, roleToAssume, listTypes, lowPriority } = workerData as ScanRequest
if (lowPriority) lowestPriority()
// Imported only once the priority is set: loading the scan and the SDK's core is most of the
// thread's start, and a static import would run it before this module's first line.
const { scanAccount } = await import('./account.js')
const scan = await scanAccount({ regions, listTypes, ...(roleToAssume ? { roleToAssume } : {}) })
parentPort?.postMessage(scan)

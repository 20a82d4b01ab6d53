import { Worker } from 'node:worker_threads'
import { clipToLine } from '../../errors.js'
import type { AccountScan, AccountScanOptions } from './account.js'

/**
 * A deep inventory's scan in a thread of its own, started with terraform: loading a dozen SDK
 * clients and parsing their answers costs processor time which, on a two-core runner, would
 * otherwise be taken from terraform's plan, the long pole. At the lowest priority (when a core is
 * idle; see ScanRequest.lowPriority) the scan runs on what terraform leaves. A thread, not this
 * one: Linux sets priorities per thread, a process cannot raise its own back, and whatever this
 * thread starts afterwards (terraform for another root, `show`) would inherit it. The Tagging API
 * scan runs there too: the SDK's core, its HTTP stack and the credentials then load once, in
 * that thread, instead of in both.
 */

export interface ScanRequest extends AccountScanOptions {
  listTypes: string[]
  /**
   * At the lowest priority: when terraform leaves a core idle. When as many plans run at once as
   * there are cores, none is idle; a yielding scan would then wait until the plans end and add
   * its own time after them, where at the normal priority its waits on AWS overlap them.
   */
  lowPriority: boolean
}

/** Bundled, this code is in dist/chunks/ and the thread's entry is dist/scan-thread.js. */
const ENTRY = new URL('../scan-thread.js', import.meta.url)

/**
 * Never rejects: when the thread fails (it could not load, or ran out of memory), the Tagging API
 * scan runs here instead and the listing becomes one fault for every type, so the rest of the
 * scan and the plans keep their results.
 */
export async function scanInThread(request: ScanRequest, entry = ENTRY): Promise<AccountScan> {
  const answer = await new Promise<AccountScan | Error>(resolve => {
    // The credentials chain and the endpoints are read from this environment, as here. Named,
    // not left to the default: that copies the process's own environment, where a change made
    // to `process.env` in JavaScript (the tests set moto's) is not seen.
    const worker = new Worker(entry, { workerData: request, env: process.env })
    worker.once('message', (scan: AccountScan) => {
      resolve(scan)
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
  const [{ scanAccount }, { failedListing }] = await Promise.all([
    import('./account.js'),
    import('./listing/index.js')
  ])
  const { regions, roleToAssume, listTypes } = request
  const scan = await scanAccount({ regions, roleToAssume })
  const why = clipToLine(answer.message, 200)
  const listing = failedListing(
    listTypes,
    `the direct listing could not run (${why}): run again, and report it if it persists`
  )
  return { ...scan, listing }
}

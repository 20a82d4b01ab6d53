import { execFile } from 'node:child_process'
import { readFileSync, readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import type { AccountScan, ThreadPriority } from './account.js'
import type { ScanRequest } from './thread.js'

/** The deep inventory's thread (see thread.ts): bundled as dist/scan-thread.js. */

/** This thread's id on Linux: the last part of /proc/thread-self's target; else undefined. */
function linuxThreadId(): number | undefined {
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').pop())
    return id > 0 ? id : undefined
  } catch {
    return undefined // No /proc (macOS, Windows): the scan keeps the normal priority.
  }
}

/** What Linux says of this thread now: its scheduling policy (5 is SCHED_IDLE) and nice. */
function priorityNow(): ThreadPriority {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (fields[38] === '5') return 'idle'
    return Number(fields[16]) >= 19 ? 'nice 19' : 'normal'
  } catch {
    return 'normal'
  }
}

/**
 * This thread alone, never the process: nice 19 at once, then the SCHED_IDLE policy through
 * util-linux's `chrt`, when it is there. Nice 19 still takes a share: on the demo a busy loop of
 * 1.5 s at nice 19 beside the plan cost it about 4 %, one under SCHED_IDLE nothing, since the
 * scheduler then treats the core as idle and puts a waking terraform thread on it at once.
 */
async function yieldToTerraform(): Promise<ThreadPriority> {
  const id = linuxThreadId()
  if (id === undefined) return 'normal'
  try {
    setPriority(id, 19)
  } catch {
    // Left at the normal priority: the scan still runs, only less politely.
  }
  await new Promise<void>(resolve => {
    execFile('chrt', ['--idle', '--pid', '0', String(id)], { timeout: 5000 }, () => resolve())
  })
  return priorityNow()
}

const request = workerData as ScanRequest
const priority = request.lowPriority ? await yieldToTerraform() : 'normal'
// Imported only once the priority is set: loading the scan and the SDK's core is most of the
// thread's start, and a static import would run it before this module's first line.
const { scanAccount } = await import('./account.js')
const scan = await scanAccount(request)
parentPort?.postMessage({ ...scan, priority } satisfies AccountScan)

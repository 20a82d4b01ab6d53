import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { VERSION } from '../../../version.js'
import { readCacheFile, writeCacheFile } from './cache-file.js'

/**
 * Which Terraform versions the plan-file reader is trusted on. Terraform documents the plan file
 * as internal, and its format number (3) holds while fields are added, so a plan from a version
 * the reader was not verified on is read both ways the first time it is met: from the plan file
 * and with `terraform show -json`. The verdict is kept per Terraform version in the provider cache
 * directory, beside the reduced schemas, and saved with them: the same reading, and the plan file
 * is read from then on; a different one, and `show` is, from then on.
 */

/**
 * The Terraform versions (major.minor: every patch release) the reader was verified on: those
 * CI runs the suites with (.github/workflows/ci.yml's `terraform_version`), where every suite's
 * first run on each root reads its plan both ways and fails on a difference. To add a version:
 * run CI with it (`npm test` with that terraform on PATH), fix what it finds, then add it here.
 */
export const VERIFIED_TERRAFORM: readonly string[] = ['1.11']

/** The verified versions as a person reads them: `1.11.x`. */
export const VERIFIED_WINDOW = VERIFIED_TERRAFORM.map(minor => `${minor}.x`).join(', ')

/** Bumped whenever a verdict file changes shape, so an old one is never misread. */
const FORMAT = 1
const CACHE_FOLDER = 'driftwatch-plan-reader'

/** How far the reader is trusted on one Terraform version. */
export type Trust =
  /** A version the reader was verified on. */
  | 'verified'
  /** Read both ways before, and the readings agreed: the plan file. */
  | 'plan-file'
  /** Read both ways before, and the readings differed: `terraform show -json`. */
  | 'show'
  /** Not met yet (by this Driftwatch): read both ways, then recordVerdict. */
  | 'unseen'

interface VerdictFile {
  format: number
  /** A verdict is on this reader: another Driftwatch release takes it afresh. */
  driftwatch: string
  terraform: string
  reader: 'plan-file' | 'show'
  /** Where the readings first differed: a path into what analysis reads, never a value. */
  difference?: string
}

export function isVerified(version: string): boolean {
  const minor = /^(\d+\.\d+)\.\d+$/.exec(version)?.[1]
  return minor !== undefined && VERIFIED_TERRAFORM.includes(minor)
}

/** Versions are checked to be plain `1.99.0` or `1.99.0-beta1` (plan-file/tfplan.ts). */
function verdictFile(cacheDir: string, version: string): string {
  return join(cacheDir, CACHE_FOLDER, `terraform-${version}.json`)
}

export async function trustIn(cacheDir: string, version: string): Promise<Trust> {
  if (isVerified(version)) return 'verified'
  const cached = (await readCacheFile(verdictFile(cacheDir, version))) as
    | Partial<VerdictFile>
    | undefined
  if (cached?.format !== FORMAT || cached.driftwatch !== VERSION || cached.terraform !== version)
    return 'unseen'
  return cached.reader === 'plan-file' || cached.reader === 'show' ? cached.reader : 'unseen'
}

/** What this process found, by cache directory and version: roots read at once share it. */
const found = new Map<string, { difference?: string }>()
const writing = new Map<string, Promise<void>>()

/**
 * Records what reading a plan both ways found: `difference` is where the readings differed, or
 * undefined when they agreed. Roots planned at once may each meet a new version: a difference any
 * of them found stands. Returns whether this is news to this process (the first agreement or the
 * first difference on this version), the time to tell the user.
 */
export async function recordVerdict(
  cacheDir: string,
  version: string,
  difference: string | undefined
): Promise<boolean> {
  const key = `${cacheDir}\0${version}`
  const before = found.get(key)
  const news = difference === undefined ? before === undefined : before?.difference === undefined
  const stands = before?.difference ?? difference
  found.set(key, { difference: stands })
  const verdict: VerdictFile = {
    format: FORMAT,
    driftwatch: VERSION,
    terraform: version,
    reader: stands === undefined ? 'plan-file' : 'show',
    ...(stands === undefined ? {} : { difference: stands })
  }
  // One write after another per version, so the last one written is the verdict that stands.
  const write = (writing.get(key) ?? Promise.resolve())
    .then(() => writeCacheFile(verdictFile(cacheDir, version), verdict))
    // Only a speed-up: without the file, the next run reads both ways again.
    .catch(() => undefined)
  writing.set(key, write)
  await write
  return news
}

/**
 * A short hash of every verdict in the cache directory: the Action's cache key ends with it, so
 * that a verdict reached on a run that restored the cache is saved, under a new key.
 */
export async function verdictsTag(cacheDir: string): Promise<string> {
  const dir = join(cacheDir, CACHE_FOLDER)
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter(name => name.endsWith('.json'))
    .sort()
  const hash = createHash('sha256')
  for (const name of names) {
    const text = await readFile(join(dir, name)).catch(() => Buffer.alloc(0))
    hash.update(name).update('\0').update(text).update('\0')
  }
  return hash.digest('hex').slice(0, 12)
}

import { createHash } from 'node:crypto'
import { readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { messageOf, clipToLine } from '../../errors.js'
import { verdictsTag } from './plan-file/trust.js'

/**
 * Terraform's provider plugin cache (TF_PLUGIN_CACHE_DIR) kept between workflow runs with the
 * Actions cache: `terraform init` then links the AWS provider (hundreds of megabytes) from disk
 * instead of downloading it. Keyed on the lock files, which name every provider version and its
 * checksums, and on the runner's OS and architecture, whose builds differ. The plan-file reader
 * keeps its reduced schemas (keyed on the lock files too) and its verdicts on Terraform versions
 * (keyed on nothing the lock files say) in the same directory: the key saved ends with a hash of
 * the verdicts, so one reached on a run that restored these lock files' cache is saved as well.
 * Only a speed-up: outside GitHub, or when the cache service fails, it is skipped with a notice
 * and never fails the step.
 */

/** The part of @actions/cache used here, so tests can stand in for the service. */
export interface CacheService {
  restoreCache(
    paths: string[],
    primaryKey: string,
    restoreKeys?: string[]
  ): Promise<string | undefined>
  saveCache(paths: string[], key: string): Promise<number>
}

export interface CacheLog {
  info(message: string): void
  notice(message: string): void
}

export interface PluginCacheState {
  dir: string
  /** The lock files' key, which saved keys start with; absent when the cache was skipped. */
  key?: string
  /** The key of the entry restored, if any: saving the same key again is saving nothing new. */
  restored?: string
  /**
   * Set when the directory is Driftwatch's own: the `host/namespace/type/version` folders the
   * lock files name, all that is kept when saving.
   */
  keep?: string[]
}

const PREFIX = 'driftwatch-tf-plugins'

/** Where providers are cached: TF_PLUGIN_CACHE_DIR when set, else a directory in RUNNER_TEMP. */
export function pluginCacheDir(env: NodeJS.ProcessEnv): string {
  return env.TF_PLUGIN_CACHE_DIR || join(env.RUNNER_TEMP || tmpdir(), 'driftwatch-plugin-cache')
}

/** The Actions cache service is there: a runner sets one of these for every job. */
function cacheServiceAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)
}

function runnerPlatform(env: NodeJS.ProcessEnv): string {
  const os = env.RUNNER_OS || process.platform
  const arch = env.RUNNER_ARCH || process.arch
  return `${os}-${arch}`.toLowerCase()
}

/** Every working directory's lock file text, in a stable order of the directories. */
async function lockFiles(workingDirectories: string[]): Promise<string[]> {
  const locks: string[] = []
  for (const dir of [...new Set(workingDirectories.map(d => resolve(d)))].sort()) {
    const text = await readFile(join(dir, '.terraform.lock.hcl'), 'utf8').catch(() => undefined)
    if (text !== undefined) locks.push(text)
  }
  return locks
}

/** `registry.terraform.io/hashicorp/aws/5.100.0` for every provider block of the lock files. */
export function lockedProviders(locks: string[]): string[] {
  const found = new Set<string>()
  for (const lock of locks) {
    for (const block of lock.matchAll(/provider\s+"([^"]+)"\s*\{[^}]*?\bversion\s*=\s*"([^"]+)"/g))
      found.add(`${block[1]}/${block[2]}`)
  }
  return [...found].sort()
}

/**
 * `driftwatch-tf-plugins-linux-x64-<hash>`: the hash of every working directory's lock file, in a
 * stable order; undefined when none has one (providers would be chosen afresh: nothing to key on).
 */
export async function pluginCacheKey(
  workingDirectories: string[],
  env: NodeJS.ProcessEnv
): Promise<string | undefined> {
  return keyOf(await lockFiles(workingDirectories), env)
}

function keyOf(locks: string[], env: NodeJS.ProcessEnv): string | undefined {
  if (locks.length === 0) return undefined
  // The same providers in several roots are one set to cache: the contents, not the paths, count.
  const hash = createHash('sha256')
  for (const lock of [...new Set(locks)].sort()) hash.update(lock).update('\0')
  return `${PREFIX}-${runnerPlatform(env)}-${hash.digest('hex').slice(0, 40)}`
}

export async function restorePluginCache(options: {
  workingDirectories: string[]
  env: NodeJS.ProcessEnv
  cache: CacheService
  log: CacheLog
}): Promise<PluginCacheState> {
  const dir = pluginCacheDir(options.env)
  if (!cacheServiceAvailable(options.env)) {
    options.log.notice(
      'Provider cache skipped: the Actions cache service is only there in GitHub Actions.'
    )
    return { dir }
  }
  const locks = await lockFiles(options.workingDirectories)
  const key = keyOf(locks, options.env)
  if (!key) {
    options.log.info('Provider cache skipped: no .terraform.lock.hcl to key it on.')
    return { dir }
  }
  // A directory the user set is theirs: nothing in it is ever deleted.
  const keep = options.env.TF_PLUGIN_CACHE_DIR ? undefined : lockedProviders(locks)
  const state = (restored?: string): PluginCacheState => ({
    dir,
    key,
    ...(restored ? { restored } : {}),
    ...(keep ? { keep } : {})
  })
  try {
    // No entry is saved under `key-` itself: the service takes it as a prefix, the newest entry
    // of these lock files first, then the restore key's, any lock files' newest.
    const restored = await options.cache.restoreCache([dir], `${key}-`, [
      `${PREFIX}-${runnerPlatform(options.env)}-`
    ])
    options.log.info(
      restored
        ? `Provider cache restored from ${restored.startsWith(`${key}-`) ? 'its key' : `an older key, ${restored}`}.`
        : 'Provider cache: nothing cached yet for these lock files.'
    )
    return state(restored)
  } catch (error) {
    options.log.notice(
      `Provider cache not restored (${clipToLine(messageOf(error), 200)}); terraform init downloads providers instead.`
    )
    return state()
  }
}

/** The key the cache directory is saved under: the lock files' key, then its verdicts' tag. */
export async function savedKey(state: PluginCacheState & { key: string }): Promise<string> {
  return `${state.key}-${await verdictsTag(state.dir)}`
}

export async function savePluginCache(
  state: PluginCacheState,
  cache: CacheService,
  log: CacheLog
): Promise<void> {
  if (!state.key) return
  const key = await savedKey({ ...state, key: state.key })
  if (key === state.restored) return
  if (state.keep?.length) await prune(state.dir, new Set(state.keep))
  const entries = await readdir(state.dir).catch(() => [])
  if (entries.length === 0) return
  try {
    // @actions/cache reports most failures (the key saved meanwhile by another job of a matrix,
    // the service down) in its own log lines and returns -1 rather than throwing.
    if ((await cache.saveCache([state.dir], key)) === -1) {
      log.notice('Provider cache not saved (the cache service did not take it; see above).')
      return
    }
    log.info(`Provider cache saved as ${key}.`)
  } catch (error) {
    // What it does throw (a key it rejects, a path gone meanwhile) is not an error either.
    log.notice(`Provider cache not saved (${clipToLine(messageOf(error), 200)}).`)
  }
}

async function folders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  return entries.filter(entry => entry.isDirectory()).map(entry => entry.name)
}

/**
 * Removes provider versions no lock file names. A cache restored by the prefix holds the last
 * set of providers; saved whole, every upgrade would add a version (a hundred megabytes for the
 * AWS provider) to every later restore.
 */
async function prune(dir: string, keep: Set<string>): Promise<void> {
  for (const host of await folders(dir))
    for (const namespace of await folders(join(dir, host)))
      for (const type of await folders(join(dir, host, namespace)))
        for (const version of await folders(join(dir, host, namespace, type))) {
          const path = `${host}/${namespace}/${type}/${version}`
          if (!keep.has(path)) await rm(join(dir, path), { recursive: true, force: true })
        }
}

/** Whether any root will run init at all: a root whose init is current needs no providers. */
export async function initWillRun(
  workingDirectories: string[],
  initArgs: string[],
  isCurrent: (dir: string, initArgs: string[]) => Promise<boolean>
): Promise<boolean> {
  const current = await Promise.all(
    workingDirectories.map(dir => isCurrent(resolve(dir), initArgs).catch(() => false))
  )
  return current.some(done => !done)
}

/**
 * @actions/cache, loaded only when the cache is used: it doubles the bundle, and every run that
 * skips init (or runs outside GitHub) would otherwise pay for loading it.
 */
export const actionsCache: CacheService = {
  restoreCache: async (paths, primaryKey, restoreKeys) =>
    (await import('@actions/cache')).restoreCache(paths, primaryKey, restoreKeys),
  saveCache: async (paths, key) => (await import('@actions/cache')).saveCache(paths, key)
}

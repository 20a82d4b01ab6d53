import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  actionsCache,
  pluginCacheKey,
  restorePluginCache,
  savedKey,
  savePluginCache
} from '../../src/collect/terraform/plugin-cache.js'
import { recordVerdict, trustIn } from '../../src/collect/terraform/plan-file/trust.js'
import {
  findProviderMirror,
  terraform,
  writeTerraformrc
} from '../../scripts/lib/terraform-env.mjs'
import { terraformEnv } from '../../src/pipeline.js'
import { CacheStandIn } from '../helpers/cache-standin.js'
import { setProcessEnv } from '../helpers/process-env.js'

const LOCK = 'provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.100.0"\n}\n'
const RUNNER = { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }
const PROVIDER =
  'registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64/terraform-provider-aws_v5.100.0_x5'

/** Compared as hashes: jest compares a Buffer with toEqual byte by byte, for seconds. */
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

async function root(lock?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'driftwatch-cache-'))
  if (lock !== undefined) await writeFile(join(dir, '.terraform.lock.hcl'), lock)
  return dir
}

function log() {
  const lines: string[] = []
  return {
    lines,
    log: {
      info: (m: string) => lines.push(`info: ${m}`),
      notice: (m: string) => lines.push(`notice: ${m}`)
    }
  }
}

/**
 * The real @actions/cache, loaded the way the action loads it (actionsCache), against a stand-in
 * for the Actions cache service on loopback. @actions/cache reads process.env, as on a runner: each
 * test sets the variables a runner would, with the runner's layout of RUNNER_TEMP outside the
 * workspace, and puts everything back afterwards.
 */
describe('restorePluginCache and savePluginCache with the real @actions/cache', () => {
  let service: CacheStandIn
  /** Puts back what each setEnv changed, last first. */
  const restores: Array<() => void> = []
  /** What @actions/core printed: `::warning::...` lines are what a user sees as annotations. */
  let stdout: string[]
  /** Each test's runner directories, removed after it. */
  const homes: string[] = []

  function setEnv(vars: Record<string, string | undefined>): void {
    restores.push(setProcessEnv(vars))
  }

  /** A runner's directories and variables; the plugin cache in RUNNER_TEMP, as by default. */
  async function runner(serviceEnv: Record<string, string> = service.env()) {
    const home = await mkdtemp(join(tmpdir(), 'driftwatch-runner-'))
    homes.push(home)
    const workspace = join(home, 'work', 'repo', 'repo')
    const temp = join(home, 'work', '_temp')
    await mkdir(workspace, { recursive: true })
    await mkdir(temp, { recursive: true })
    setEnv({
      ...RUNNER,
      ACTIONS_CACHE_SERVICE_V2: undefined,
      ACTIONS_RESULTS_URL: undefined,
      ACTIONS_RUNTIME_TOKEN: undefined,
      ACTIONS_CACHE_URL: undefined,
      ACTIONS_CACHE_MODE: undefined,
      GITHUB_SERVER_URL: undefined,
      TF_PLUGIN_CACHE_DIR: undefined,
      ...serviceEnv,
      RUNNER_TEMP: temp,
      GITHUB_WORKSPACE: workspace
    })
    return { home, workspace, cacheDir: join(temp, 'driftwatch-plugin-cache') }
  }

  /** What terraform init leaves in the plugin cache: a provider binary, executable. */
  async function installProvider(cacheDir: string, path = PROVIDER): Promise<Buffer> {
    const bytes = randomBytes(256 * 1024)
    await mkdir(dirname(join(cacheDir, path)), { recursive: true })
    await writeFile(join(cacheDir, path), bytes)
    await chmod(join(cacheDir, path), 0o755)
    return bytes
  }

  async function restore(workingDirectories: string[], cacheLog: ReturnType<typeof log>['log']) {
    return restorePluginCache({
      workingDirectories,
      env: process.env,
      cache: actionsCache,
      log: cacheLog
    })
  }

  beforeAll(async () => {
    service = await CacheStandIn.start()
  })
  afterAll(async () => {
    await service.stop()
  })
  beforeEach(() => {
    service.reset()
    stdout = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout.push(...String(chunk).split(/\r?\n/).filter(Boolean))
      return true
    })
  })
  afterEach(async () => {
    jest.restoreAllMocks()
    await Promise.all(homes.splice(0).map(home => rm(home, { recursive: true, force: true })))
    for (const restore of restores.splice(0).reverse()) restore()
  })

  it('are skipped with a notice outside GitHub Actions, without loading the cache', async () => {
    await runner({})
    const { lines, log: cacheLog } = log()
    const state = await restore([await root(LOCK)], cacheLog)
    expect(state.key).toBeUndefined()
    await savePluginCache(state, actionsCache, cacheLog)
    expect(lines).toEqual([
      'notice: Provider cache skipped: the Actions cache service is only there in GitHub Actions.'
    ])
    // @actions/cache prints its service version first thing: it was never called.
    expect(stdout).toEqual([])
    expect(service.requests).toEqual([])
  })

  it('save the providers init fetched, restore them byte for byte, and fall back on the prefix', async () => {
    const { cacheDir } = await runner()
    const tf = await root(LOCK)
    const key = (await pluginCacheKey([tf], process.env)) as string
    // No verdict on a Terraform version yet: the key ends with the tag of none.
    const saved = await savedKey({ dir: cacheDir, key })
    expect(saved).toMatch(new RegExp(`^${key}-[0-9a-f]{12}$`))
    const first = log()

    // Run 1: nothing cached; init fetches the provider; it is saved under the key.
    const missed = await restore([tf], first.log)
    const keep = ['registry.terraform.io/hashicorp/aws/5.100.0']
    expect(missed).toEqual({ dir: cacheDir, key, keep })
    // Nothing to save while init put nothing in the cache directory.
    await savePluginCache(missed, actionsCache, first.log)
    expect(service.calls()).toEqual(['GetCacheEntryDownloadURL'])
    const provider = await installProvider(cacheDir)
    await savePluginCache(missed, actionsCache, first.log)
    expect(first.lines).toEqual([
      'info: Provider cache: nothing cached yet for these lock files.',
      `info: Provider cache saved as ${saved}.`
    ])
    expect(service.calls()).toEqual([
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'PUT blob',
      'FinalizeCacheEntryUpload'
    ])
    const lookup = service.requests[0].body as Record<string, unknown>
    expect(lookup).toEqual({
      key: `${key}-`,
      restore_keys: ['driftwatch-tf-plugins-linux-x64-'],
      version: expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    expect(service.entries).toEqual([
      expect.objectContaining({ key: saved, version: lookup.version, finalized: true })
    ])

    // Run 2, on a fresh runner: the same lock file restores the provider exactly.
    await rm(cacheDir, { recursive: true, force: true })
    service.requests.length = 0
    const second = log()
    const hit = await restore([tf], second.log)
    expect(hit).toEqual({ dir: cacheDir, key, restored: saved, keep })
    expect(sha256(await readFile(join(cacheDir, PROVIDER)))).toBe(sha256(provider))
    expect((await stat(join(cacheDir, PROVIDER))).mode & 0o777).toBe(0o755)
    await savePluginCache(hit, actionsCache, second.log)
    expect(second.lines).toEqual(['info: Provider cache restored from its key.'])
    expect(service.calls()).toEqual(['GetCacheEntryDownloadURL', 'GET blob'])

    // Run 3: a provider upgrade misses the key, restores the older set by the prefix, and saves
    // the new set under its own key, without the version no lock file names any more.
    await rm(cacheDir, { recursive: true, force: true })
    service.requests.length = 0
    const upgraded = await root(LOCK.replace('5.100.0', '6.0.0'))
    const newKey = (await pluginCacheKey([upgraded], process.env)) as string
    expect(newKey).not.toBe(key)
    const newSaved = await savedKey({ dir: cacheDir, key: newKey })
    const third = log()
    const partial = await restore([upgraded], third.log)
    expect(partial).toEqual({
      dir: cacheDir,
      key: newKey,
      restored: saved,
      keep: ['registry.terraform.io/hashicorp/aws/6.0.0']
    })
    expect(sha256(await readFile(join(cacheDir, PROVIDER)))).toBe(sha256(provider))
    const newer = PROVIDER.replaceAll('5.100.0', '6.0.0')
    const newProvider = await installProvider(cacheDir, newer)
    await savePluginCache(partial, actionsCache, third.log)
    expect(third.lines).toEqual([
      `info: Provider cache restored from an older key, ${saved}.`,
      `info: Provider cache saved as ${newSaved}.`
    ])
    expect(service.calls()).toEqual([
      'GetCacheEntryDownloadURL',
      'GET blob',
      'CreateCacheEntry',
      'PUT blob',
      'FinalizeCacheEntryUpload'
    ])
    expect(service.entries.map(e => e.key)).toEqual([saved, newSaved])

    // The new entry holds the new version alone: the cache does not grow with each upgrade.
    await rm(cacheDir, { recursive: true, force: true })
    expect(await restore([upgraded], log().log)).toMatchObject({ restored: newSaved })
    await expect(stat(join(cacheDir, PROVIDER))).rejects.toThrow('ENOENT')
    expect(sha256(await readFile(join(cacheDir, newer)))).toBe(sha256(newProvider))
    expect(stdout.filter(line => /^::(warning|error)::/.test(line))).toEqual([])
  })

  it('save a verdict on a Terraform version reached on a run that restored its key, and restore it next', async () => {
    const { cacheDir } = await runner()
    const tf = await root(LOCK)
    const key = (await pluginCacheKey([tf], process.env)) as string
    const missed = await restore([tf], log().log)
    await installProvider(cacheDir)
    await savePluginCache(missed, actionsCache, log().log)
    const before = await savedKey({ dir: cacheDir, key })

    // Run 2 restores these lock files' entry and meets Terraform 1.99.0: the plan-file reader's
    // verdict on it is new to the cache, which is saved again, under a key that says so.
    await rm(cacheDir, { recursive: true, force: true })
    const second = log()
    const hit = await restore([tf], second.log)
    expect(hit.restored).toBe(before)
    expect(await trustIn(cacheDir, '1.99.0')).toBe('unseen')
    await recordVerdict(cacheDir, '1.99.0', undefined)
    const after = await savedKey({ dir: cacheDir, key })
    expect(after).not.toBe(before)
    expect(after.startsWith(`${key}-`)).toBe(true)
    await savePluginCache(hit, actionsCache, second.log)
    expect(second.lines).toEqual([
      'info: Provider cache restored from its key.',
      `info: Provider cache saved as ${after}.`
    ])

    // Run 3 restores the newest entry of these lock files, verdict included: nothing to save.
    await rm(cacheDir, { recursive: true, force: true })
    service.requests.length = 0
    const third = log()
    const again = await restore([tf], third.log)
    expect(again.restored).toBe(after)
    expect(await trustIn(cacheDir, '1.99.0')).toBe('plan-file')
    await savePluginCache(again, actionsCache, third.log)
    expect(third.lines).toEqual(['info: Provider cache restored from its key.'])
    expect(service.calls()).toEqual(['GetCacheEntryDownloadURL', 'GET blob'])
    expect(service.entries.map(e => e.key)).toEqual([before, after])
  })

  it('never delete anything from a plugin cache directory the user set', async () => {
    const { home } = await runner()
    const own = join(home, 'plugins')
    setEnv({ TF_PLUGIN_CACHE_DIR: own })
    const state = await restore([await root(LOCK.replace('5.100.0', '6.0.0'))], log().log)
    expect(state).toEqual({ dir: own, key: expect.any(String) })
    await installProvider(own)
    const newer = PROVIDER.replaceAll('5.100.0', '6.0.0')
    await installProvider(own, newer)
    await savePluginCache(state, actionsCache, log().log)
    const saved = await savedKey({ dir: own, key: state.key as string })
    // Both versions stay, on disk and in what was saved.
    await rm(own, { recursive: true, force: true })
    expect(await restore([await root(LOCK.replace('5.100.0', '6.0.0'))], log().log)).toMatchObject({
      restored: saved
    })
    expect((await stat(join(own, PROVIDER))).isFile()).toBe(true)
    expect((await stat(join(own, newer))).isFile()).toBe(true)
  })

  it('leave a cache that terraform init installs the provider from on a fresh runner', async () => {
    const { home, workspace, cacheDir } = await runner()
    const tf = join(workspace, 'infra')
    await mkdir(tf)
    await writeFile(
      join(tf, 'main.tf'),
      'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "5.100.0" }\n  }\n}\n'
    )
    // Offline: the provider comes from the local mirror (into the cache as a link to it).
    const rc = { TF_CLI_CONFIG_FILE: writeTerraformrc(home) }
    const init = async () => {
      const result = await terraform(['init', '-input=false', '-no-color'], {
        cwd: tf,
        env: { ...(await terraformEnv(process.env)), ...rc }
      })
      expect(result).toMatchObject({ code: 0 })
      return result.stdout
    }
    // The lock file, committed with the code, keys the cache.
    const locked = await terraform(
      ['providers', 'lock', `-fs-mirror=${findProviderMirror()}`, '-platform=linux_amd64'],
      { cwd: tf, env: rc }
    )
    expect(locked).toMatchObject({ code: 0, stderr: '' })

    const missed = await restore([tf], log().log)
    expect(missed.restored).toBeUndefined()
    expect(await init()).toContain('- Installing hashicorp/aws v5.100.0...')
    await savePluginCache(missed, actionsCache, log().log)

    await rm(cacheDir, { recursive: true, force: true })
    await rm(join(tf, '.terraform'), { recursive: true, force: true })
    expect(await restore([tf], log().log)).toMatchObject({
      restored: await savedKey({ dir: cacheDir, key: missed.key as string })
    })
    expect(await init()).toContain('- Using hashicorp/aws v5.100.0 from the shared cache directory')
  })

  it('take a key another job saved first as a notice, not an error', async () => {
    const { cacheDir } = await runner()
    const tf = await root(LOCK)
    const key = await savedKey({ dir: cacheDir, key: (await pluginCacheKey([tf], process.env))! })
    // Two jobs of a matrix both miss, both run init, and both save the same key.
    const jobs = [log(), log()]
    const states = [await restore([tf], jobs[0].log), await restore([tf], jobs[1].log)]
    await installProvider(cacheDir)
    await savePluginCache(states[0], actionsCache, jobs[0].log)
    await savePluginCache(states[1], actionsCache, jobs[1].log)
    expect(jobs[0].lines.at(-1)).toBe(`info: Provider cache saved as ${key}.`)
    expect(jobs[1].lines).toEqual([
      'info: Provider cache: nothing cached yet for these lock files.',
      'notice: Provider cache not saved (the cache service did not take it; see above).'
    ])
    expect(service.requests.at(-1)).toMatchObject({
      path: expect.stringMatching(/CreateCacheEntry$/),
      status: 409
    })
    // @actions/cache's own line, just before the notice.
    expect(stdout).toContain(
      `Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`
    )
    expect(stdout.filter(line => /^::(warning|error)::/.test(line))).toEqual([])
    expect(service.entries).toHaveLength(1)
  })

  it('turn a failing cache service into a warning and a notice, never an error', async () => {
    const { cacheDir } = await runner()
    await installProvider(cacheDir)
    const tf = await root(LOCK)
    const key = (await pluginCacheKey([tf], process.env)) as string
    service.fail(503)
    // @actions/cache retries a failing call five times, 3 s, 4.5 s, ... apart: the same requests,
    // but its sleeps (timers that resolve a promise) run a thousand times faster. Other timers,
    // such as @actions/exec's 10 s grace for a child's output, keep real time.
    const sleeps: number[] = []
    const realSetTimeout = globalThis.setTimeout
    jest.spyOn(globalThis, 'setTimeout').mockImplementation(((
      callback: (...args: unknown[]) => void,
      ms = 0,
      ...args: unknown[]
    ) => {
      const sleep = /\[native code\]/.test(Function.prototype.toString.call(callback))
      if (sleep) sleeps.push(ms)
      return realSetTimeout(callback, sleep ? Math.ceil(ms / 1000) : ms, ...args)
    }) as typeof setTimeout)

    const { lines, log: cacheLog } = log()
    const state = await restore([tf], cacheLog)
    expect(state).toEqual({
      dir: cacheDir,
      key,
      keep: ['registry.terraform.io/hashicorp/aws/5.100.0']
    })
    await savePluginCache(state, actionsCache, cacheLog)

    expect(lines).toEqual([
      'info: Provider cache: nothing cached yet for these lock files.',
      'notice: Provider cache not saved (the cache service did not take it; see above).'
    ])
    expect(service.calls()).toEqual([
      ...Array(5).fill('GetCacheEntryDownloadURL'),
      ...Array(5).fill('CreateCacheEntry')
    ])
    expect(service.requests.every(r => r.status === 503)).toBe(true)
    expect(sleeps).toHaveLength(8)
    expect([sleeps[0], sleeps[4]]).toEqual([3000, 3000])
    // What the user sees from @actions/cache itself: one warning, and an info line for the save.
    expect(stdout.filter(line => /^::(warning|error)::/.test(line))).toEqual([
      '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable: the cache service is unavailable'
    ])
    expect(stdout).toContain(
      `Failed to save: Unable to reserve cache with key ${await savedKey({ dir: cacheDir, key })}, another job may be creating this cache.`
    )
  })
})

import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CacheService } from '../../src/collect/plugin-cache.js'
import {
  initWillRun,
  pluginCacheKey,
  restorePluginCache,
  savePluginCache
} from '../../src/collect/plugin-cache.js'

const LOCK = 'provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.100.0"\n}\n'
const RUNNER = { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }

async function root(lock?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'driftwatch-cache-'))
  if (lock !== undefined) await writeFile(join(dir, '.terraform.lock.hcl'), lock)
  return dir
}

function fakeCache(restore: (key: string) => Promise<string | undefined>) {
  const calls: string[] = []
  const service: CacheService = {
    restoreCache: async (paths, key, restoreKeys) => {
      calls.push(`restore ${paths.length} ${key} ${restoreKeys?.join(',')}`)
      return restore(key)
    },
    saveCache: async (_paths, key) => {
      calls.push(`save ${key}`)
      return 1
    }
  }
  return { service, calls }
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

describe('pluginCacheKey', () => {
  it('is the runner platform and a hash of the lock files, whatever their order or paths', async () => {
    const a = await root(LOCK)
    const b = await root('provider "registry.terraform.io/hashicorp/random" {}\n')
    const key = await pluginCacheKey([a, b], RUNNER)
    expect(key).toMatch(/^driftwatch-tf-plugins-linux-x64-[0-9a-f]{40}$/)
    expect(await pluginCacheKey([b, a], RUNNER)).toBe(key)
    const aCopy = await root(LOCK)
    expect(await pluginCacheKey([aCopy, b], RUNNER)).toBe(key)
  })

  it('changes with a lock file and with the runner OS', async () => {
    const a = await root(LOCK)
    const key = await pluginCacheKey([a], RUNNER)
    expect(await pluginCacheKey([a], { ...RUNNER, RUNNER_OS: 'macOS' })).not.toBe(key)
    const upgraded = await root(LOCK.replace('5.100.0', '6.0.0'))
    expect(await pluginCacheKey([upgraded], RUNNER)).not.toBe(key)
  })

  it('is absent without any lock file', async () => {
    expect(await pluginCacheKey([await root()], RUNNER)).toBeUndefined()
  })
})

describe('restorePluginCache and savePluginCache', () => {
  it('are skipped with a notice outside GitHub Actions, without asking the service', async () => {
    const { service, calls } = fakeCache(async () => undefined)
    const { lines, log: cacheLog } = log()
    const state = await restorePluginCache({
      workingDirectories: [await root(LOCK)],
      env: { ...RUNNER },
      cache: service,
      log: cacheLog
    })
    expect(state.key).toBeUndefined()
    await savePluginCache(state, service, cacheLog)
    expect(calls).toEqual([])
    expect(lines).toEqual([
      'notice: Provider cache skipped: the Actions cache service is only there in GitHub Actions.'
    ])
  })

  it('restore by key and the platform prefix, and save only what was missing', async () => {
    const dir = await root(LOCK)
    const cacheDir = await mkdtemp(join(tmpdir(), 'driftwatch-plugins-'))
    const env = {
      ...RUNNER,
      ACTIONS_RESULTS_URL: 'https://results.example',
      TF_PLUGIN_CACHE_DIR: cacheDir
    }
    const key = await pluginCacheKey([dir], env)
    const { service, calls } = fakeCache(async () => undefined)
    const { log: cacheLog } = log()
    const missed = await restorePluginCache({
      workingDirectories: [dir],
      env,
      cache: service,
      log: cacheLog
    })
    expect(missed).toEqual({ dir: cacheDir, key, hit: false })
    // Nothing to save while init put nothing in the cache directory.
    await savePluginCache(missed, service, cacheLog)
    await mkdir(join(cacheDir, 'registry.terraform.io'))
    await savePluginCache(missed, service, cacheLog)
    expect(calls).toEqual([`restore 1 ${key} driftwatch-tf-plugins-linux-x64-`, `save ${key}`])

    const hit = fakeCache(async k => k)
    const state = await restorePluginCache({
      workingDirectories: [dir],
      env,
      cache: hit.service,
      log: cacheLog
    })
    await savePluginCache(state, hit.service, cacheLog)
    expect(hit.calls).toEqual([`restore 1 ${key} driftwatch-tf-plugins-linux-x64-`])
  })

  it('turn a failing cache service into a notice, never an error', async () => {
    const dir = await root(LOCK)
    const cacheDir = await mkdtemp(join(tmpdir(), 'driftwatch-plugins-'))
    await mkdir(join(cacheDir, 'registry.terraform.io'))
    const env = {
      ...RUNNER,
      ACTIONS_CACHE_URL: 'https://cache.example',
      TF_PLUGIN_CACHE_DIR: cacheDir
    }
    const broken: CacheService = {
      restoreCache: async () => {
        throw new Error('Cache service responded with 503\nretry later')
      },
      saveCache: async () => {
        throw new Error(
          'Unable to reserve cache with key x, another job may be creating this cache.'
        )
      }
    }
    const { lines, log: cacheLog } = log()
    const state = await restorePluginCache({
      workingDirectories: [dir],
      env,
      cache: broken,
      log: cacheLog
    })
    await savePluginCache(state, broken, cacheLog)
    expect(lines).toEqual([
      'notice: Provider cache not restored (Cache service responded with 503 retry later); terraform init downloads providers instead.',
      'notice: Provider cache not saved (Unable to reserve cache with key x, another job may be creating this cache.).'
    ])
  })
})

describe('initWillRun', () => {
  it('is true only when some root has no current init', async () => {
    const current = async (dir: string) => dir.endsWith('ready')
    expect(await initWillRun(['/a/ready', '/b/ready'], [], current)).toBe(false)
    expect(await initWillRun(['/a/ready', '/b/new'], [], current)).toBe(true)
  })
})

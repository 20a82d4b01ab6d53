import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  initWillRun,
  lockedProviders,
  pluginCacheKey
} from '../../src/collect/terraform/plugin-cache.js'

// restorePluginCache and savePluginCache run with the real @actions/cache against a stand-in
// cache service: __tests__/integration/plugin-cache.test.ts.

const LOCK = 'provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.100.0"\n}\n'
const RUNNER = { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }

async function root(lock?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'driftwatch-cache-'))
  if (lock !== undefined) await writeFile(join(dir, '.terraform.lock.hcl'), lock)
  return dir
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

describe('initWillRun', () => {
  it('is true only when some root has no current init', async () => {
    const current = async (dir: string) => dir.endsWith('ready')
    expect(await initWillRun(['/a/ready', '/b/ready'], [], current)).toBe(false)
    expect(await initWillRun(['/a/ready', '/b/new'], [], current)).toBe(true)
  })
})

describe('lockedProviders', () => {
  it('names each provider version of the lock files, as the plugin cache lays them out', () => {
    // As terraform init writes it (examples/demo's versions.tf, hashicorp/aws from the mirror).
    const written = `# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.100.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:edXOJWE4ORX8Fm+dpVpICzMZJat4AX0VRCAy/xkcOc0=",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.3"
}
`
    expect(lockedProviders([written, LOCK])).toEqual([
      'registry.terraform.io/hashicorp/aws/5.100.0',
      'registry.terraform.io/hashicorp/random/3.6.3'
    ])
    expect(lockedProviders(['provider "registry.terraform.io/hashicorp/null" {}\n'])).toEqual([])
  })
})

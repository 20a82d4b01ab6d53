import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { poolKey } from '../helpers/warm-provider.js'

/**
 * The integration tests' warm provider (helpers/warm-provider.ts) must never let a run reach AWS
 * through a provider configured for another: these are the rules for when runs may share one.
 */

const made = mkdtempSync(join(tmpdir(), 'driftwatch-warm-'))
const PROVIDER = '\nprovider "aws" {\n  region = "us-east-1"\n}\n'
const MOTO = { AWS_ENDPOINT_URL: 'http://127.0.0.1:5000', AWS_REGION: 'us-east-1' }

/** A root as `terraform init` leaves it: a lock file and the provider binary it installed. */
function root(name: string, main = PROVIDER, { initialised = true } = {}): string {
  const dir = join(made, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'main.tf'), `resource "aws_sqs_queue" "q" {}\n${main}`)
  if (!initialised) return dir
  writeFileSync(join(dir, '.terraform.lock.hcl'), '# lock\n')
  const platform = join(
    dir,
    '.terraform/providers/registry.terraform.io/hashicorp/aws/5.0.0/linux_amd64'
  )
  mkdirSync(platform, { recursive: true })
  writeFileSync(join(platform, 'terraform-provider-aws_v5.0.0_x5'), '')
  return dir
}

afterAll(() => rmSync(made, { recursive: true, force: true }))

describe('which runs share a warm provider', () => {
  const a = root('a')
  const b = root('b')

  it('shares one between roots with the same provider block and AWS environment', () => {
    const key = poolKey({ ...MOTO, PATH: '/bin' }, [a])
    expect(key).toBeDefined()
    // Only what the provider reads decides: another PATH is the same provider.
    expect(poolKey({ ...MOTO, PATH: '/usr/bin' }, [a])?.id).toBe(key?.id)
    expect(poolKey(MOTO, [a, b])).toBeDefined()
  })

  it('gives a run with other endpoints, keys or region a provider of its own', () => {
    const key = poolKey(MOTO, [a])?.id
    expect(poolKey({ ...MOTO, AWS_ENDPOINT_URL: 'http://127.0.0.1:6000' }, [a])?.id).not.toBe(key)
    expect(poolKey({ ...MOTO, AWS_ACCESS_KEY_ID: 'other' }, [a])?.id).not.toBe(key)
    expect(poolKey({ ...MOTO, AWS_REGION: 'eu-west-1' }, [a])?.id).not.toBe(key)
  })

  it('leaves to terraform roots planned at once whose provider blocks differ', () => {
    const other = root('other', '\nprovider "aws" {\n  region = "eu-west-1"\n}\n')
    expect(poolKey(MOTO, [a, other])).toBeUndefined()
    // Alone, each may have one (told apart by its block).
    expect(poolKey(MOTO, [other])?.id).not.toBe(poolKey(MOTO, [a])?.id)
  })

  it('leaves to terraform a root not initialised yet, one already reattached, or when turned off', () => {
    expect(poolKey(MOTO, [root('fresh', PROVIDER, { initialised: false })])).toBeUndefined()
    expect(poolKey({ ...MOTO, TF_REATTACH_PROVIDERS: '{}' }, [a])).toBeUndefined()
    expect(poolKey(MOTO, [])).toBeUndefined()
    process.env.DRIFTWATCH_WARM_PROVIDER = '0'
    try {
      expect(poolKey(MOTO, [a])).toBeUndefined()
    } finally {
      delete process.env.DRIFTWATCH_WARM_PROVIDER
    }
  })
})

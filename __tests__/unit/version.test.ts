import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { VERSION } from '../../src/version.js'

describe('VERSION', () => {
  it('matches package.json, which releases are tagged from', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
    ) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })
})

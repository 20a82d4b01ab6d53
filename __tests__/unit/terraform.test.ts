import { describe, expect, it } from '@jest/globals'
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkWorkingDirectory,
  findTerraform,
  terraformError
} from '../../src/collect/terraform/run.js'

async function executable(path: string): Promise<void> {
  await writeFile(path, '#!/bin/sh\nexit 0\n')
  await chmod(path, 0o755)
}

describe('findTerraform', () => {
  it("calls the real binary behind hashicorp/setup-terraform's wrapper", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tf-wrapper-'))
    await executable(join(dir, 'terraform'))
    await executable(join(dir, 'terraform-bin'))
    expect(await findTerraform({ PATH: dir })).toBe(join(dir, 'terraform-bin'))
  })

  it('takes the first terraform on PATH otherwise', async () => {
    const first = await mkdtemp(join(tmpdir(), 'tf-a-'))
    const second = await mkdtemp(join(tmpdir(), 'tf-b-'))
    await executable(join(first, 'terraform'))
    await executable(join(second, 'terraform'))
    expect(await findTerraform({ PATH: `${first}:${second}` })).toBe(join(first, 'terraform'))
  })

  it('says what to add when terraform is missing', async () => {
    await expect(findTerraform({ PATH: '/nonexistent' })).rejects.toThrow(
      'terraform was not found on PATH: add a hashicorp/setup-terraform step before Driftwatch.'
    )
  })
})

describe('checkWorkingDirectory', () => {
  it('names a missing directory', async () => {
    await expect(checkWorkingDirectory('/nonexistent/infra', 'infra')).rejects.toThrow(
      "working-directory 'infra' does not exist"
    )
  })

  it('rejects a directory without Terraform files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'not-a-root-'))
    await mkdir(join(dir, 'sub'))
    await expect(checkWorkingDirectory(dir, 'docs')).rejects.toThrow(
      "working-directory 'docs' has no .tf files: point it at a Terraform root module."
    )
  })
})

describe('terraformError', () => {
  it("keeps terraform's error lines, not its box drawing", () => {
    const stderr = [
      '╷',
      '│ Error: Failed to query available provider packages',
      '│ ',
      '│ Could not retrieve the list of available versions for provider hashicorp/aws: could not connect to registry.terraform.io',
      '╵'
    ].join('\n')
    expect(terraformError(stderr)).toBe(
      'Error: Failed to query available provider packages Could not retrieve the list of available versions for provider hashicorp/aws: could not connect to registry.terraform.io'
    )
  })
})

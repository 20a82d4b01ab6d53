import { beforeEach, describe, expect, it } from '@jest/globals'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TerraformOptions } from '../../src/collect/terraform/run.js'
import { INIT_MARKER, runTerraform } from '../../src/collect/terraform/run.js'

/**
 * Init is skipped for a root this Action initialised with the same lock file and init arguments.
 * A stand-in terraform records each command it is given, so the tests see what ran.
 */

const FAKE_TERRAFORM = `#!/bin/sh
echo "$1" >> "$DW_LOG"
case "$1" in
  init) mkdir -p .terraform; exit 0 ;;
  plan)
    if [ -f "$DW_PLAN_NEEDS_INIT" ]; then
      rm "$DW_PLAN_NEEDS_INIT"
      echo 'Error: Module not installed. This module is not yet installed. Run "terraform init" to install all modules required by this configuration.' >&2
      exit 1
    fi
    exit 2 ;;
  show) echo '{"format_version":"1.2"}' ;;
esac
`

let root: string
let log: string
let needsInit: string
let options: TerraformOptions

async function commands(): Promise<string[]> {
  const text = await readFile(log, 'utf8').catch(() => '')
  await rm(log, { force: true })
  return text.split('\n').filter(Boolean)
}

beforeEach(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'driftwatch-init-'))
  root = join(dir, 'root')
  log = join(dir, 'log')
  needsInit = join(dir, 'needs-init')
  const binary = join(dir, 'terraform')
  await writeFile(binary, FAKE_TERRAFORM)
  await chmod(binary, 0o755)
  await mkdir(root)
  await writeFile(join(root, 'main.tf'), '')
  await writeFile(
    join(root, '.terraform.lock.hcl'),
    'provider "registry.terraform.io/hashicorp/aws" {}\n'
  )
  options = {
    binary,
    init: true,
    initArgs: [],
    planArgs: [],
    varFiles: [],
    env: { ...process.env, DW_LOG: log, DW_PLAN_NEEDS_INIT: needsInit },
    scrub: text => text
  }
})

describe('terraform init', () => {
  it('runs once, then is skipped while the lock file and init arguments stay the same', async () => {
    await runTerraform(root, 'root', options)
    expect(await commands()).toEqual(['init', 'plan', 'show'])
    expect(await readFile(join(root, '.terraform', INIT_MARKER), 'utf8')).toMatch(
      /^[0-9a-f]{64}\n$/
    )
    const again = await runTerraform(root, 'root', options)
    expect(await commands()).toEqual(['plan', 'show'])
    expect(again.timings.initMs).toBe(0)
  })

  it('runs again when the lock file changes', async () => {
    await runTerraform(root, 'root', options)
    await commands()
    await writeFile(
      join(root, '.terraform.lock.hcl'),
      'provider "registry.terraform.io/hashicorp/aws" { version = "6.0.0" }\n'
    )
    await runTerraform(root, 'root', options)
    expect(await commands()).toEqual(['init', 'plan', 'show'])
  })

  it('runs again when init arguments change', async () => {
    await runTerraform(root, 'root', options)
    await commands()
    await runTerraform(root, 'root', { ...options, initArgs: ['-backend-config=prod.hcl'] })
    expect(await commands()).toEqual(['init', 'plan', 'show'])
  })

  it('always runs without a lock file, and never with terraform-init: false', async () => {
    await rm(join(root, '.terraform.lock.hcl'))
    await runTerraform(root, 'root', options)
    await runTerraform(root, 'root', options)
    expect(await commands()).toEqual(['init', 'plan', 'show', 'init', 'plan', 'show'])
    await runTerraform(root, 'root', { ...options, init: false })
    expect(await commands()).toEqual(['plan', 'show'])
  })

  it('runs after all when a skipped init turns out to be needed (a module added)', async () => {
    await runTerraform(root, 'root', options)
    await commands()
    await writeFile(needsInit, '')
    const run = await runTerraform(root, 'root', options)
    expect(await commands()).toEqual(['plan', 'init', 'plan', 'show'])
    expect(run.planExitCode).toBe(2)
  })
})

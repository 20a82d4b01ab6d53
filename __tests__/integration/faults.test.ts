import { beforeAll, describe, expect, it } from '@jest/globals'
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import { visibleText } from '../helpers/gfm.js'

/**
 * Faults on terraform's side, each survived with partial results and a clear message, and nothing
 * that was found lost: terraform crashing mid-plan, `show -json` cut short, and a plan with 5,000
 * drifted resources, side by side with a root that works. A stand-in `terraform` on PATH plays
 * each part by the name of the directory it runs in; the bundled Action runs as on a runner.
 */

const FAKE_TERRAFORM = `#!/bin/sh
root=$(basename "$PWD")
case "$1" in
  version) echo 'Terraform v1.11.4' ; exit 0 ;;
  init) exit 0 ;;
  plan)
    if [ "$root" = crash ]; then
      echo 'panic: runtime error: invalid memory address or nil pointer dereference' >&2
      echo '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1]' >&2
      kill -SEGV $$
    fi
    exit 2 ;;
  show)
    if [ "$root" = truncated ]; then head -c 20000 "$PWD/plan.json"; exit 0; fi
    cat "$PWD/plan.json" ;;
esac
`

let workspace: string
let fakeBin: string

/**
 * The demo's drift plan with `copies` extra drifted buckets: big, but every byte as terraform
 * writes it. Each copy has its drift and the plan's update that puts it back, as terraform pairs
 * them: drift the next apply would not undo is not drift.
 */
async function bigPlan(copies: number): Promise<string> {
  type Entry = { address: string; name: string; index?: number }
  const plan = JSON.parse(
    await readFile(join(REPO_ROOT, '__tests__', 'fixtures', 'drift.plan.json'), 'utf8')
  ) as { resource_drift: Entry[]; resource_changes: Entry[] }
  const find = (entries: Entry[]) => entries.find(r => r.address === 'aws_s3_bucket.assets')
  const drift = find(plan.resource_drift)
  const change = find(plan.resource_changes)
  if (!drift || !change) throw new Error('fixture changed: no aws_s3_bucket.assets drift')
  for (let i = 0; i < copies; i++) {
    const copy = { address: `aws_s3_bucket.fleet[${i}]`, name: 'fleet', index: i }
    plan.resource_drift.push({ ...drift, ...copy })
    plan.resource_changes.push({ ...change, ...copy })
  }
  return JSON.stringify(plan)
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'driftwatch-faults-'))
  fakeBin = join(workspace, 'bin')
  await mkdir(fakeBin)
  await writeFile(join(fakeBin, 'terraform'), FAKE_TERRAFORM)
  await chmod(join(fakeBin, 'terraform'), 0o755)
  const fixture = await readFile(
    join(REPO_ROOT, '__tests__', 'fixtures', 'drift.plan.json'),
    'utf8'
  )
  const roots: Record<string, string> = {
    ok: JSON.stringify(JSON.parse(fixture)),
    crash: fixture,
    truncated: JSON.stringify(JSON.parse(fixture)),
    big: await bigPlan(4996)
  }
  for (const [name, plan] of Object.entries(roots)) {
    await mkdir(join(workspace, name))
    await writeFile(join(workspace, name, 'main.tf'), '')
    await writeFile(join(workspace, name, 'plan.json'), plan)
  }
})

function run(dirs: string[], inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    cwd: workspace,
    env: { PATH: `${fakeBin}:${process.env.PATH}`, GITHUB_WORKSPACE: workspace },
    inputs: {
      'working-directory': dirs.join('\n'),
      'scan-unmanaged': 'false',
      'sarif-path': join(workspace, `${dirs.join('-')}.sarif`),
      ...inputs
    }
  })
}

describe('terraform faults', () => {
  it('survives terraform crashing and a truncated plan, keeping what the other roots found', async () => {
    const result = await run(['ok', 'crash', 'truncated'])
    expect(result.code).toBe(1)
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8')) as {
      directories: { path: string; status: string; error?: string; drift: unknown[] }[]
    }
    const byPath = Object.fromEntries(report.directories.map(d => [d.path, d]))
    expect(byPath.ok).toMatchObject({ status: 'ok' })
    expect(byPath.ok.drift).toHaveLength(4)
    expect(byPath.crash.error).toMatch(
      /^terraform plan failed in 'crash': panic: runtime error: invalid memory address or nil pointer dereference/
    )
    expect(byPath.truncated.error).toMatch(
      /^'truncated': the plan JSON could not be parsed \(it ends early, after 20000 bytes: truncated\?\)$/
    )
    expect(result.outputs['drifted-count']).toBe('4')
    // The step's failure names both broken roots, on one line, and the drift that was found.
    const failure = /^::error::(.*)$/m.exec(result.stdout)?.[1] ?? ''
    expect(failure).toMatch(/2 working directories could not be checked/)
    expect(failure).toMatch(/Drift detected in 4 resources/)
    // The summary keeps the drift and lists both faults.
    const summary = visibleText(result.summary)
    expect(summary).toMatch(/^aws_security_group\.web \| changed/m)
    expect(summary).toContain("terraform plan failed in 'crash'")
    expect(summary).toContain("'truncated': the plan JSON could not be parsed")
  })

  it('reports 5,000 drifted resources within every limit, losing none from the JSON report', async () => {
    const sarifPath = join(workspace, 'big.sarif')
    const result = await run(['big'], { 'sarif-path': sarifPath })
    expect(result.code).toBe(1)
    expect(result.outputs['drifted-count']).toBe('5000')
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8')) as {
      directories: { drift: unknown[] }[]
    }
    expect(report.directories[0].drift).toHaveLength(5000)
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(result.summary).toContain('5000 resources drifted')
    // A thousand rows, the rest counted: the reader is sent to the JSON report for them.
    expect(result.summary).toContain(
      '…and 4000 more drifted resources not shown here: see the JSON report file'
    )
    const sarif = JSON.parse(await readFile(sarifPath, 'utf8')) as {
      runs: { results: unknown[]; properties?: unknown }[]
    }
    expect(sarif.runs[0].results).toHaveLength(5000)
  })
})

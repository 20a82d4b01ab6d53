import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import { cliInputs, EXIT, main } from '../../src/cli/main.js'
import { INPUTS } from '../../src/inputs/options.js'
import { analyseDirectory } from '../../src/analyse/directory.js'
import { buildReport } from '../../src/report/build.js'
import { mergeReports } from '../../src/report/merge.js'
import type { Report } from '../../src/model/report.js'
import { readDoc, section } from '../helpers/docs.js'

// Plans made by real terraform against moto (__tests__/fixtures/README.md).
const plan = (name: string): Plan =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Plan

function jobReport(label: string, fixture: string, sha = 'abc'): Report {
  return buildReport({
    directories: [{ label, durationMs: 1000, plan: plan(fixture) }].map(analyseDirectory),
    version: '0.1.0',
    run: { event: 'schedule', repository: 'o/r', sha },
    now: new Date('2026-11-24T10:00:00Z')
  })
}

function io(tty = false) {
  const out: string[] = []
  const err: string[] = []
  return {
    io: {
      stdout: { write: (text: string) => out.push(text), isTTY: tty },
      stderr: { write: (text: string) => err.push(text) },
      env: {}
    },
    stdout: () => out.join(''),
    stderr: () => err.join('')
  }
}

async function files(reports: Record<string, unknown>): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'driftwatch-merge-'))
  return Promise.all(
    Object.entries(reports).map(async ([name, report]) => {
      const path = join(dir, name)
      await writeFile(path, typeof report === 'string' ? report : JSON.stringify(report))
      return path
    })
  )
}

describe('driftwatch merge', () => {
  const prod = jobReport('infra/prod', 'drift.plan.json')
  const staging = jobReport('infra/staging', 'clean.plan.json')
  const security = jobReport('infra/security', 'security-drift.plan.json')

  it('merges the reports of a matrix into one, with counts for the whole', () => {
    const merged = mergeReports(
      [
        { name: 'prod.json', report: prod },
        { name: 'staging.json', report: staging },
        { name: 'security.json', report: security }
      ],
      { version: '0.1.0', now: new Date('2026-11-24T11:00:00Z') }
    )
    expect(merged.directories.map(d => d.path)).toEqual([
      'infra/prod',
      'infra/staging',
      'infra/security'
    ])
    expect(merged.counts).toMatchObject({ drifted: 16, deleted: 2, errors: 0 })
    expect(merged.generatedAt).toBe('2026-11-24T11:00:00.000Z')
  })

  it('tells apart the same root checked by two jobs (two accounts) by report file', () => {
    const merged = mergeReports(
      [
        { name: 'account-a.json', report: prod },
        { name: 'account-b.json', report: prod }
      ],
      { version: '0.1.0' }
    )
    expect(merged.directories.map(d => d.path)).toEqual([
      'infra/prod (account-a.json)',
      'infra/prod (account-b.json)'
    ])
  })

  it('prints the merged report, writes the summary, and fails per --fail-on', async () => {
    const paths = await files({ 'prod.json': prod, 'staging.json': staging })
    const summary = join(tmpdir(), `driftwatch-summary-${process.pid}.md`)
    const output = `${summary}.json`
    const run = io()
    const code = await main(['merge', ...paths, '--summary', summary, '--output', output], run.io)
    expect(code).toBe(EXIT.failed)
    expect(run.stdout()).toMatch(/^Drift: 4 drifted/)
    expect(run.stderr()).toMatch(/^driftwatch: Drift detected in 4 resources/)
    expect(await readFile(summary, 'utf8')).toMatch(/^## Driftwatch: 🔴 Drift detected/)
    const written = JSON.parse(await readFile(output, 'utf8')) as Report
    expect(written.directories).toHaveLength(2)
  })

  it('prints JSON with --json and passes with --fail-on never', async () => {
    const paths = await files({ 'prod.json': prod, 'staging.json': staging })
    const run = io()
    expect(await main(['merge', ...paths, '--json', '--fail-on', 'never'], run.io)).toBe(EXIT.clean)
    expect((JSON.parse(run.stdout()) as Report).counts.drifted).toBe(4)
  })

  it('counts only severe drift with --fail-on-severity', async () => {
    const paths = await files({ 'staging.json': staging, 'prod.json': prod })
    const run = io()
    expect(await main(['merge', ...paths, '--fail-on-severity', 'critical'], run.io)).toBe(
      EXIT.failed
    )
    expect(run.stderr()).toContain('aws_security_group.web (changed, critical)')
    const clean = await files({ 'staging.json': staging })
    expect(await main(['merge', ...clean, '--fail-on-severity', 'critical'], io().io)).toBe(
      EXIT.clean
    )
  })

  it.each([
    [['merge'], 'driftwatch: merge needs one or more JSON report files.'],
    [
      ['merge', '/nonexistent/report.json'],
      "driftwatch: Cannot read '/nonexistent/report.json' (ENOENT)."
    ],
    [
      ['--fail-on', 'sometimes'],
      "driftwatch: Option '--fail-on' must be one of drift, unmanaged, any, new, never; got 'sometimes'."
    ],
    [
      ['--fail-on-severity', 'severe'],
      "driftwatch: Option '--fail-on-severity' must be one of none, low, medium, high, critical; got 'severe'."
    ],
    [
      ['--regions', 'mars-1'],
      "driftwatch: Option '--regions' has 'mars-1', which is not an AWS region name such as eu-west-1."
    ],
    [
      ['--report', 'same.json', '--sarif', './same.json'],
      "driftwatch: Options '--report' and '--sarif' both name './same.json': give each a file of its own, e.g. 'driftwatch.sarif'."
    ],
    [
      ['--report', 'reports/'],
      "driftwatch: Option '--report' names 'reports/', which is a directory: name a file in it, e.g. 'reports/driftwatch-report.json'."
    ]
  ])('answers bad usage %j with exit 2 and one line', async (args, message) => {
    const run = io()
    expect(await main(args, run.io)).toBe(EXIT.usage)
    expect(run.stderr()).toBe(`${message}\n`)
    expect(run.stdout()).toBe('')
  })

  it.each([
    [
      '--fail-on-severity=bogus',
      "Option '--fail-on-severity' must be one of none, low, medium, high, critical; got 'bogus'."
    ],
    [
      '--fail-on=bogus',
      "Option '--fail-on' must be one of drift, unmanaged, any, new, never; got 'bogus'."
    ]
  ])('refuses %s with exit 2 before reading or writing anything', async (option, message) => {
    const [report] = await files({ 'prod.json': prod })
    const summary = join(tmpdir(), `driftwatch-refused-${process.pid}-${option.length}.md`)
    const output = `${summary}.json`
    const run = io()
    const args = [
      'merge',
      option,
      report,
      '/nonexistent/report.json',
      '--summary',
      summary,
      '--output',
      output
    ]
    expect(await main(args, run.io)).toBe(EXIT.usage)
    expect(run.stderr()).toBe(`driftwatch: ${message}\n`)
    expect(run.stdout()).toBe('')
    await expect(readFile(summary, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(readFile(output, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('says which file is not a report', async () => {
    const [notJson, notReport] = await files({ 'a.json': '{oops', 'b.json': { hello: 1 } })
    let run = io()
    expect(await main(['merge', notJson], run.io)).toBe(EXIT.usage)
    expect(run.stderr()).toBe(`driftwatch: '${notJson}' is not JSON.\n`)
    run = io()
    expect(await main(['merge', notReport], run.io)).toBe(EXIT.usage)
    expect(run.stderr()).toBe(
      `driftwatch: '${notReport}' is not a Driftwatch JSON report (the file report-path names).\n`
    )
  })

  it('prints usage on an unknown option', async () => {
    const run = io()
    expect(await main(['--bogus'], run.io)).toBe(EXIT.usage)
    expect(run.stderr()).toMatch(/^driftwatch: Unknown option '--bogus'\.\n\nUsage:/)
  })

  it('colours text only for a terminal, unless told', async () => {
    const paths = await files({ 'prod.json': prod })
    const plain = io(false)
    await main(['merge', ...paths], plain.io)
    expect(plain.stdout()).not.toContain('\u001b[')
    const tty = io(true)
    await main(['merge', ...paths], tty.io)
    expect(tty.stdout()).toContain('\u001b[31m')
    const off = io(true)
    await main(['merge', ...paths, '--no-color'], off.io)
    expect(off.stdout()).not.toContain('\u001b[')
  })
})

describe('driftwatch options', () => {
  it('reads --report into report-path, and writes no report file without it', () => {
    expect(cliInputs(['.'], { report: 'out/drift.json' }, {}).reportPath).toBe('out/drift.json')
    expect(cliInputs(['.'], {}, {}).reportPath).toBe('')
  })

  it('sends nothing to GitHub from a terminal', () => {
    expect(cliInputs(['.'], {}, {})).toMatchObject({
      publish: ['none'],
      annotations: false,
      githubToken: ''
    })
  })

  it('has the flags of --help in its docs section, and every flag of the inputs table', async () => {
    const run = io()
    await main(['--help'], run.io)
    const cli = section(readDoc('docs/fleet-and-cli.md'), '## Local CLI')
    const named = new Set(cli.match(/--[a-z][a-z-]*/g))
    for (const flag of named) expect(run.stdout()).toMatch(new RegExp(`${flag}(?![\\w-])`))
    for (const spec of Object.values(INPUTS)) {
      if (spec.option) expect(named).toContain(`--${spec.option.name}`)
    }
  })

  it('lists every option of the inputs table in --help', async () => {
    const run = io()
    expect(await main(['--help'], run.io)).toBe(EXIT.clean)
    const flags = Object.values(INPUTS).flatMap(spec => (spec.option ? [spec.option.name] : []))
    expect(flags).toEqual(
      expect.arrayContaining(['inventory', 'inventory-types', 'report', 'var-file'])
    )
    for (const flag of flags) expect(run.stdout()).toContain(`  --${flag}`)
  })

  it('names --ignore-file and --inventory-types, not the Action inputs, and exits 2', async () => {
    let run = io()
    expect(
      await main(['--ignore-file', '/nonexistent/.driftignore', '--regions', 'eu-west-1'], run.io)
    ).toBe(EXIT.usage)
    expect(run.stderr()).toBe(
      "driftwatch: Option '--ignore-file' names '/nonexistent/.driftignore', which does not exist (paths are relative to the repository root).\n"
    )
    run = io()
    expect(
      await main(['--inventory-types', 'aws_nothing_*', '--regions', 'eu-west-1'], run.io)
    ).toBe(EXIT.usage)
    expect(run.stderr()).toMatch(
      /^driftwatch: Option '--inventory-types' has 'aws_nothing_\*', which names no listed type; the listed types are aws_[a-z0-9_]+(, aws_[a-z0-9_]+)*\.\n$/
    )
  })

  it('names --var-file, not the Action input, for a var file that is not there', async () => {
    const root = await mkdtemp(join(tmpdir(), 'driftwatch-cli-root-'))
    await writeFile(join(root, 'main.tf'), '')
    const run = io()
    const args = [root, '--var-file', 'nope.tfvars', '--no-init', '--no-unmanaged', '--json']
    expect(await main(args, run.io)).toBe(EXIT.failed)
    const report = JSON.parse(run.stdout()) as Report
    expect(report.directories[0].error).toBe(
      `Option '--var-file' names 'nope.tfvars', which does not exist in working-directory '${root}' (var files are relative to each working directory).`
    )
    expect(report.errors[0].message).toBe(report.directories[0].error)
    expect(run.stdout()).not.toContain("Input '")
  })
})

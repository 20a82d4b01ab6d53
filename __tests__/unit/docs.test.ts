import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { SEVERITY_RULES } from '../../src/analyse/severity.js'
import {
  anchors,
  codeBlocks,
  docPages,
  linkTargets,
  readDoc,
  REPO_ROOT,
  section,
  tableRows
} from '../helpers/docs.js'

const WORKFLOWS = 'examples/workflows'

/** A YAML block is a workflow when it has the two keys every workflow has, at the top level. */
const isWorkflow = (yaml: string) => /^on:/m.test(yaml) && /^jobs:/m.test(yaml)

const workflowFiles = readdirSync(join(REPO_ROOT, WORKFLOWS))
  .filter(name => /\.ya?ml$/.test(name))
  .map(name => `${WORKFLOWS}/${name}`)

describe('the workflows the docs show', () => {
  const blocks = docPages().flatMap(codeBlocks)

  it('are the files of examples/workflows/, each block the file its marker names', () => {
    const workflows = blocks.filter(block => block.lang === 'yaml' && isWorkflow(block.text))
    expect(workflows.length).toBeGreaterThanOrEqual(workflowFiles.length)
    for (const block of workflows) {
      const where = `${block.page}:${block.line}`
      expect({ where, shows: block.shows }).toEqual({
        where,
        shows: expect.stringMatching(new RegExp(`^${WORKFLOWS}/`))
      })
    }
    for (const block of blocks.filter(block => block.shows !== undefined)) {
      const file = readFileSync(join(REPO_ROOT, block.shows ?? ''), 'utf8')
      expect({ where: `${block.page}:${block.line}`, text: block.text }).toEqual({
        where: `${block.page}:${block.line}`,
        text: file
      })
    }
  })

  it('shows every file of examples/workflows/ somewhere', () => {
    const shown = new Set(blocks.map(block => block.shows))
    expect(workflowFiles.filter(file => !shown.has(file))).toEqual([])
  })

  it('sets only inputs action.yml has, in every step that uses Driftwatch', () => {
    const yml = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')
    const inputs = new Set(
      [...yml.slice(0, yml.indexOf('\noutputs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map(m => m[1])
    )
    for (const file of workflowFiles) {
      const steps = driftwatchWith(readFileSync(join(REPO_ROOT, file), 'utf8'))
      expect({ file, usesDriftwatch: steps.length > 0 }).toEqual({ file, usesDriftwatch: true })
      for (const keys of steps) {
        expect({ file, unknown: keys.filter(key => !inputs.has(key)) }).toEqual({
          file,
          unknown: []
        })
      }
    }
    // The reading above, on a step whose block scalar and comments must not count as keys.
    expect(
      driftwatchWith(readFileSync(join(REPO_ROOT, WORKFLOWS, 'weekly-audit.yml'), 'utf8'))
    ).toEqual([
      ['working-directory', 'aws-regions', 'fail-on', 'attribution', 'notify-webhook-url']
    ])
  })

  it('set a concurrency group, so two audits of one repository do not run at once', () => {
    for (const file of workflowFiles) {
      expect({ file, text: readFileSync(join(REPO_ROOT, file), 'utf8') }).toEqual({
        file,
        text: expect.stringMatching(/^concurrency:\n(?: {2}#.*\n)* {2}group: \S+/m)
      })
    }
  })
})

/** The keys under `with:` of each step that uses `your-org/driftwatch`, read by indentation. */
function driftwatchWith(workflow: string): string[][] {
  const lines = workflow.split('\n')
  const found: string[][] = []
  lines.forEach((line, i) => {
    const step = /^(\s*)(- )?uses: your-org\/driftwatch@/.exec(line)
    if (!step) return
    const indent = step[1].length + (step[2] ? 2 : 0)
    const keys: string[] = []
    let inWith = false
    for (const next of lines.slice(i + 1)) {
      if (next.trim() === '' || next.trim().startsWith('#')) continue
      const depth = next.length - next.trimStart().length
      if (depth < indent || (depth === indent - 2 && next.trimStart().startsWith('- '))) break
      if (depth === indent) inWith = next.trim() === 'with:'
      else if (inWith && depth === indent + 2) keys.push(/^\s*([\w-]+):/.exec(next)?.[1] ?? next)
    }
    found.push(keys)
  })
  return found
}

/**
 * docs/architecture.md is written for issue 24 beside these pages, on its own branch: until it is
 * here, a link to it is not checked (once it is, it is checked like any other).
 */
const NOT_YET_WRITTEN = new Set(['docs/architecture.md'])

describe('the links of the README and docs/', () => {
  it('point at files that exist, and at headings that exist', () => {
    const broken: string[] = []
    for (const page of docPages()) {
      for (const target of linkTargets(readDoc(page))) {
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue
        const [path, anchor] = target.split('#') as [string, string | undefined]
        const file = path === '' ? page : normalize(join(dirname(page), decodeURI(path)))
        if (NOT_YET_WRITTEN.has(file) && !existsSync(join(REPO_ROOT, file))) continue
        if (file.startsWith('..')) {
          broken.push(`${page}: ${target} leaves the repository`)
        } else if (!existsSync(join(REPO_ROOT, file))) {
          broken.push(`${page}: ${target} names no file`)
        } else if (anchor !== undefined) {
          const isPage = file.endsWith('.md') && statSync(join(REPO_ROOT, file)).isFile()
          if (!isPage || !anchors(readDoc(file)).has(anchor))
            broken.push(`${page}: ${target} names no heading`)
        }
      }
    }
    expect(broken).toEqual([])
  })

  it('are found, with their anchors, by the reading the check above relies on', () => {
    expect(linkTargets('[a](docs/x.md#b-c) and <https://example.com>')).toEqual([
      'docs/x.md#b-c',
      'https://example.com'
    ])
    expect(
      anchors('# Why `terraform plan` is not: an audit\n## Many roots, a matrix\n## A\n## A')
    ).toEqual(new Set(['why-terraform-plan-is-not-an-audit', 'many-roots-a-matrix', 'a', 'a-1']))
  })
})

describe('the severity page', () => {
  const page = readDoc('docs/severity.md')
  const table = (heading: string) =>
    tableRows(section(page, heading), ['severity', 'rule', 'when']).flatMap(([severity, rule]) =>
      [...rule.matchAll(/`([a-z0-9-]+)`/g)].map(id => `${severity} ${id[1]}`)
    )

  it('has a row for every rule, under its severity, and no rule that does not exist', () => {
    const drift = SEVERITY_RULES.filter(rule => rule.drift).map(r => `${r.severity} ${r.id}`)
    const unmanaged = SEVERITY_RULES.filter(rule => rule.unmanaged).map(
      r => `${r.severity} ${r.id}`
    )
    expect(table('## Drift').sort()).toEqual(drift.sort())
    expect(table('## Unmanaged resources').sort()).toEqual(unmanaged.sort())
  })
})

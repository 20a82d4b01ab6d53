import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/action.js'

/**
 * docs/architecture.md draws src/ as a tree: it must name every folder there is, and nothing
 * that is not there, so the map a newcomer reads is the code they open.
 */

/** The fenced block of docs/architecture.md that starts with `src/`, line by line. */
function treeBlock(markdown: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line, i) => line === 'src/' && lines[i - 1]?.startsWith('```'))
  if (start < 0) throw new Error('docs/architecture.md has no fenced block starting with src/')
  const end = lines.findIndex((line, i) => i > start && line.startsWith('```'))
  return lines.slice(start + 1, end)
}

/** The paths the tree names under src/, folders ending in `/`. */
function treePaths(lines: string[]): string[] {
  const parents: string[] = []
  return lines.map(line => {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)/.exec(line)
    if (!match) throw new Error(`not a line of the tree: ${line}`)
    const depth = match[1].length / 4
    if (depth > parents.length) throw new Error(`nested under nothing: ${line}`)
    parents.length = depth
    const path = [...parents, match[2]].join('')
    if (path.endsWith('/')) parents.push(match[2])
    return path
  })
}

/** Every folder under src/, as `collect/aws/`. */
function foldersUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .flatMap(entry => {
      const path = `${prefix}${entry.name}/`
      return [path, ...foldersUnder(join(dir, entry.name), path)]
    })
}

const SRC = join(REPO_ROOT, 'src')
const drawn = treePaths(treeBlock(readFileSync(join(REPO_ROOT, 'docs/architecture.md'), 'utf8')))

describe("docs/architecture.md's tree of src/", () => {
  it('names every folder of src/ and no other', () => {
    const folders = drawn.filter(path => path.endsWith('/'))
    expect([...folders].sort()).toEqual(foldersUnder(SRC).sort())
    expect(new Set(folders).size).toBe(folders.length)
  })

  it('names only files that exist', () => {
    const files = drawn.filter(path => !path.endsWith('/'))
    expect(files.length).toBeGreaterThan(0)
    expect(files.filter(path => !existsSync(join(SRC, path)))).toEqual([])
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderGfm } from './gfm.js'

/**
 * The README and the pages of docs/ as tests read them: sections by heading, tables by their
 * header row, fenced blocks with the file they show, and the anchors GitHub gives headings.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** README.md and every page of docs/, relative to the repository root. */
export function docPages(): string[] {
  const pages = readdirSync(join(REPO_ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .sort()
    .map(name => `docs/${name}`)
  return ['README.md', ...pages]
}

export function readDoc(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8')
}

/** Each line with whether it lies inside a fenced code block (the fences count as inside). */
function lines(markdown: string): { text: string; fenced: boolean }[] {
  let fence: string | undefined
  return markdown.split('\n').map(text => {
    const opening = /^(`{3,}|~{3,})/.exec(text)?.[1]
    if (fence === undefined && opening !== undefined) {
      fence = opening
      return { text, fenced: true }
    }
    if (fence !== undefined && /^(`+|~+)$/.test(text.trimEnd()) && text.startsWith(fence)) {
      fence = undefined
      return { text, fenced: true }
    }
    return { text, fenced: fence !== undefined }
  })
}

const HEADING = /^(#{1,6}) +(.*?)(?: +#+)?$/

/**
 * The part of `markdown` under `heading` (written whole, e.g. `## Local CLI`), up to the next
 * heading of the same level or above, whatever it is.
 */
export function section(markdown: string, heading: string): string {
  const all = lines(markdown)
  const start = all.findIndex(line => !line.fenced && line.text === heading)
  if (start < 0) throw new Error(`no heading '${heading}'`)
  const level = heading.indexOf(' ')
  const end = all.findIndex(
    (line, i) => i > start && !line.fenced && (HEADING.exec(line.text)?.[1].length ?? 99) <= level
  )
  return all
    .slice(start, end < 0 ? undefined : end)
    .map(line => line.text)
    .join('\n')
}

/** Cells of a table row; a `|` inside a cell is written `\|`. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map(cell => cell.trim())
}

/** The body rows of the first table in `markdown` whose header is `header`, as cells. */
export function tableRows(markdown: string, header: string[]): string[][] {
  const all = lines(markdown).filter(line => !line.fenced)
  const at = all.findIndex(
    line => line.text.startsWith('|') && cells(line.text).join('\0') === header.join('\0')
  )
  if (at < 0) throw new Error(`no table with the header | ${header.join(' | ')} |`)
  const rows: string[][] = []
  for (const line of all.slice(at + 2)) {
    if (!line.text.startsWith('|')) break
    rows.push(cells(line.text))
  }
  return rows
}

export interface CodeBlock {
  /** The page, relative to the repository root, and the line of the opening fence (from 1). */
  page: string
  line: number
  lang: string
  text: string
  /** The file the block shows, from `<!-- path -->` on the last non-blank line before it. */
  shows?: string
}

export function codeBlocks(page: string): CodeBlock[] {
  const all = readDoc(page).split('\n')
  const blocks: CodeBlock[] = []
  for (let i = 0; i < all.length; i++) {
    const open = /^(`{3,})(\S*)\s*$/.exec(all[i])
    if (!open) continue
    const end = all.findIndex((text, j) => j > i && text === open[1])
    let before = i - 1
    while (before >= 0 && all[before].trim() === '') before--
    const shows = /^<!-- (\S+) -->$/.exec(all[before] ?? '')?.[1]
    blocks.push({
      page,
      line: i + 1,
      lang: open[2],
      text: all.slice(i + 1, end).join('\n') + '\n',
      shows
    })
    i = end
  }
  return blocks
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/**
 * The anchors GitHub gives the headings of a page: the heading's text lower-cased, punctuation
 * and symbols dropped, spaces as hyphens; a repeated one gets `-1`, `-2`, ...
 */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const found = new Set<string>()
  for (const line of lines(markdown)) {
    const heading = line.fenced ? null : HEADING.exec(line.text)
    if (!heading) continue
    const text = stripTags(renderGfm(heading[2])).trim()
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    found.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return found
}

/** The targets of every link and image of a page, as GitHub renders it. */
export function linkTargets(markdown: string): string[] {
  const html = renderGfm(markdown)
  return [...html.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]*)"/g)].map(match =>
    stripTags(match[1])
  )
}

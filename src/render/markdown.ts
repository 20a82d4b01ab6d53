import { clip } from '../text.js'

/**
 * Markdown that reads cleanly as plain text (e-mail's plain-text part, `gh api`, Slack unfurls
 * show the source as is) and renders inert on GitHub. Identifiers and values go in code spans,
 * which GitHub shows exactly and never turns into HTML, mentions, references or links. Untrusted
 * prose (tag values, AWS and terraform messages: anyone with console access writes them) is
 * escaped only where Markdown would act on it. Text we write ourselves is never escaped.
 */

const ZWSP = '\u200B'

/** Stops GitHub from turning prose into mentions, issue references and links. */
function defuse(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\bGH-(?=\d)/gi, match => `${match}${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${ZWSP}.`)
}

function breaksToSpaces(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ')
}

/**
 * Characters that start markup inside a line. A backslash only needs doubling where it would
 * escape what follows; `_` inside a word never emphasises; `<` only opens a tag or autolink
 * before a letter, `/`, `!` or `?`; `&` only starts an entity when a `;` closes it.
 */
function escapeInline(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
    .replace(/[`*[\]|~]/g, ch => `\\${ch}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
}

const ORDERED_ITEM = /^(\d{1,9})([.)])(?=\s|$)/
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|>|[-=](?:\s*[-=])*\s*$)/

/** What would make the start of a list item a heading, list, quote or thematic break. */
function escapeLineStart(text: string): string {
  if (ORDERED_ITEM.test(text)) return text.replace(ORDERED_ITEM, '$1\\$2')
  return BLOCK_START.test(text) ? `\\${text}` : text
}

/** Untrusted text as Markdown prose: in a paragraph, a list item or a table cell. */
export function escapeText(text: string): string {
  return defuse(escapeLineStart(escapeInline(breaksToSpaces(text).trimStart())))
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
}

/**
 * A code span that shows `text` exactly, on one line: its fence is longer than any backtick run
 * inside, and a space pads a value that starts or ends with a backtick or a space (CommonMark
 * strips one from each side).
 */
function span(text: string): string {
  if (text === '') return ''
  const fence = '`'.repeat(longestBacktickRun(text) + 1)
  const pad = /^[` ]|[` ]$/.test(text) && /[^ ]/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** An identifier or value in running text, a list or a heading. */
export function codeSpan(text: string, maxLength = 200): string {
  return span(clip(breaksToSpaces(text), maxLength))
}

/**
 * An identifier or value in a table cell. GFM splits a row on `|` before it sees code spans, so
 * a pipe is written `\|`, after an odd run of backslashes, since `\\` is an escaped backslash.
 * (GFM cannot show a backslash right before a pipe there: one extra shows, the row stays whole.)
 */
export function cellCode(text: string, maxLength = 200): string {
  return codeSpan(text, maxLength).replace(/(\\*)\|/g, (_, run: string) =>
    run.length % 2 === 0 ? `${run}\\|` : `${run}\\\\|`
  )
}

/** A multi-line value as a fenced code block, whose fence no line inside can close. */
export function fenced(language: string, body: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1))
  return `${fence}${language}\n${body}\n${fence}`
}

export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

export function table(header: string[], rows: string[][]): string {
  return [tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)].join('\n')
}

/** `summary` is raw HTML, where Markdown is not read: only our own words go there. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** Entries a list shows before it says how many more there are; the tables show everything. */
const LISTED = 10

/** A Markdown list of the first few items, then `…and 3 more`. */
export function shortList<T>(items: T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, LISTED).map(item => `- ${line(item)}`)
  if (items.length > LISTED) shown.push(`- …and ${items.length - LISTED} more`)
  return shown
}

/**
 * Making untrusted text (tag values, names, attribute values: anyone with console access writes
 * them) inert in GitHub Markdown: no raw HTML, no @mentions or #references that notify, no
 * links, no broken tables.
 */

const ZWSP = '\u200B'

/** Stops GitHub from turning text into mentions, issue references and links. */
function defuse(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${ZWSP}.`)
}

/** Untrusted text as Markdown prose or a table cell. */
export function escapeText(text: string): string {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const markdown = html
    .replace(/[\\`*_[\]()!|~#+-]/g, ch => `\\${ch}`)
    .replace(/^(\s*)(\d+)\./, '$1$2\\.')
  return defuse(markdown).replace(/\r?\n|\r/g, ' ')
}

/**
 * Untrusted text as an inline code span: shown literally, so HTML and links are inert. In a table
 * a pipe must still be escaped, even inside code.
 */
export function codeSpan(text: string, maxLength = 200): string {
  let flat = text.replace(/\r?\n|\r/g, ' ')
  if (flat.length > maxLength) flat = `${flat.slice(0, maxLength - 1)}…`
  flat = defuse(flat).replace(/\|/g, '\\|')
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A value from the plan, for display: strings quoted, everything else as compact JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'null'
  return JSON.stringify(value) ?? 'null'
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

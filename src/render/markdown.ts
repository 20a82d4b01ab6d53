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
 * Untrusted text shown in monospace. A Markdown code span would keep `<b>` literal in the source,
 * which renders inert on GitHub but reaches e-mail notifications, API readers and other renderers
 * as raw HTML; an HTML `<code>` element with fully escaped content shows the same text and carries
 * no markup from the value at all. Escaping also keeps pipes from splitting a table cell.
 */
export function codeSpan(text: string, maxLength = 200): string {
  const flat = text.replace(/\r?\n|\r/g, ' ')
  const clipped = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat
  return `<code>${escapeText(clipped)}</code>`
}

/** A value from the plan, for display: strings quoted, everything else as compact JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'null'
  return JSON.stringify(value) ?? 'null'
}

export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

export function table(header: string[], rows: string[][]): string {
  return [tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)].join('\n')
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

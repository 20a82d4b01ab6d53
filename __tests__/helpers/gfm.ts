import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

/**
 * What a reader sees of a Markdown body on GitHub, rendered by a GFM parser (micromark), so
 * tests judge the rendering rather than how the source happens to be escaped. Raw HTML passes
 * through as GitHub lets it (our `<details>`, `<sub>`, markers), so HTML an untrusted value
 * smuggled in shows up as an element here too.
 */

export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open' | 'close'; name: string; attributes: string }

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g

function tokens(html: string): Token[] {
  const out: Token[] = []
  for (const match of html.matchAll(TOKEN)) {
    if (match[0].startsWith('<!--')) continue
    if (match[2]) {
      const kind = match[1] ? 'close' : 'open'
      out.push({ kind, name: match[2].toLowerCase(), attributes: match[3] })
    } else out.push({ kind: 'text', text: decode(match[0]) })
  }
  return out
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
    return String.fromCodePoint(code)
  })
}

const BLOCKS = new Set([
  ...['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead'],
  ...['tbody', 'tr', 'pre', 'details', 'summary', 'blockquote', 'br', 'hr']
])

/** Zero-width spaces keep GitHub from linking untrusted text; a reader does not see them. */
const INVISIBLE = /\u200B/g

/**
 * The text a reader sees: blocks on their own lines, a table row's cells joined by ` | `,
 * whitespace collapsed as a browser does outside code blocks, which keep their lines.
 */
export function visibleText(markdown: string): string {
  const lines = ['']
  let pre = 0
  let cells = 0
  const add = (text: string) => {
    const last = lines.length - 1
    lines[last] += lines[last] === '' && pre === 0 ? text.trimStart() : text
  }
  for (const token of tokens(renderGfm(markdown))) {
    if (token.kind === 'text') {
      if (pre === 0) add(token.text.replace(/\s+/g, ' '))
      else token.text.split('\n').forEach((part, i) => (i > 0 ? lines.push(part) : add(part)))
      continue
    }
    if (token.name === 'pre') pre += token.kind === 'open' ? 1 : -1
    if (token.name === 'tr') cells = 0
    if ((token.name === 'td' || token.name === 'th') && token.kind === 'open' && cells++ > 0)
      lines.push(`${(lines.pop() ?? '').trimEnd()} | `)
    if (BLOCKS.has(token.name)) lines.push('')
  }
  return lines
    .map(line => line.replace(INVISIBLE, '').trimEnd())
    .filter(line => line.trim() !== '')
    .join('\n')
}

/** Elements our renderers write: anything else came from a value. */
const OURS = new Set([
  ...['p', 'h2', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'a'],
  ...['code', 'pre', 'strong', 'em', 'details', 'summary', 'sub', 'br']
])

const MENTION = /(?:^|[^\w`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w.-]+)?)/g
const REFERENCE = /(?:#|\bGH-)(\d+)\b/gi

/**
 * What GitHub would make live in a body: elements our renderers never write, links other than
 * `links`, and @mentions and #references in text outside code and links (GitHub leaves those
 * alone). Empty when every untrusted value stayed inert.
 */
export function liveMarkup(markdown: string, links: string[] = []): string[] {
  const found: string[] = []
  let inert = 0
  for (const token of tokens(renderGfm(markdown))) {
    if (token.kind === 'text') {
      if (inert > 0) continue
      for (const m of token.text.matchAll(MENTION)) found.push(`mention @${m[1]}`)
      for (const m of token.text.matchAll(REFERENCE)) found.push(`reference ${m[0].trim()}`)
      continue
    }
    if (['code', 'pre', 'a'].includes(token.name)) inert += token.kind === 'open' ? 1 : -1
    if (token.kind === 'close') continue
    if (!OURS.has(token.name)) found.push(`element <${token.name}${token.attributes}>`)
    const href = /\bhref="([^"]*)"/.exec(token.attributes)?.[1]
    if (token.name === 'a' && !links.includes(decode(href ?? ''))) found.push(`link ${href}`)
  }
  return found
}

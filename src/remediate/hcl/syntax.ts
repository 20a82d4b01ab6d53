/**
 * HCL native syntax read as far as its structure: bodies of attributes and blocks, each with
 * where it starts and ends, so a remedy can remove, replace or add whole items and leave every
 * other byte as written (comments included). Expressions are not interpreted: strings, templates
 * (`${ }`, `%{ }`), heredocs and comments are stepped over by the lexer rules of HCL's
 * specification (hclsyntax), and a value is told apart only when it is a plain literal. Whatever
 * does not read as HCL is an HclError, never a guess. `terraform fmt` realigns after an edit.
 */

export class HclError extends Error {}

export interface Attribute {
  kind: 'attribute'
  name: string
  /** From the attribute's first character to its line's end (the newline excluded). */
  start: number
  end: number
  /** The expression's text range, a trailing comment excluded. */
  valueStart: number
  valueEnd: number
}

export interface Block {
  kind: 'block'
  type: string
  labels: string[]
  start: number
  /** Just after the closing `}`. */
  end: number
  /** Inside the braces. */
  bodyStart: number
  bodyEnd: number
  items: Item[]
}

export type Item = Attribute | Block

/** Steps over the parts of HCL's syntax that may hold any character: strings, heredocs, comments. */
class Scanner {
  constructor(readonly text: string) {}

  fail(at: number, why: string): never {
    const line = this.text.slice(0, at).split('\n').length
    throw new HclError(`line ${line}: ${why}`)
  }

  /** After a comment starting at `at`, or `at` when none starts there. */
  skipComment(at: number): number {
    const { text } = this
    if (text[at] === '#' || (text[at] === '/' && text[at + 1] === '/')) {
      const nl = text.indexOf('\n', at)
      return nl < 0 ? text.length : nl
    }
    if (text[at] === '/' && text[at + 1] === '*') {
      const close = text.indexOf('*/', at + 2)
      if (close < 0) this.fail(at, 'a comment that never closes')
      return close + 2
    }
    return at
  }

  /** After the quoted template whose opening quote is at `at`. */
  skipString(at: number): number {
    const { text } = this
    let i = at + 1
    while (i < text.length) {
      const c = text[i]
      if (c === '\\') i += 2
      else if (c === '"') return i + 1
      else if (c === '\n') this.fail(i, 'a string that runs past its line')
      else if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') i += 3
      else if ((c === '$' || c === '%') && text[i + 1] === '{') i = this.skipExpression(i + 2, '}')
      else i++
    }
    return this.fail(at, 'a string that never closes')
  }

  /** After the heredoc whose `<<` is at `at`, or -1 when `<<` does not start one. */
  skipHeredoc(at: number): number {
    const marker = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(this.text.slice(at, at + 200))
    if (!marker) return -1
    let line = at + marker[0].length
    while (line < this.text.length) {
      const nl = this.text.indexOf('\n', line)
      const end = nl < 0 ? this.text.length : nl
      if (this.text.slice(line, end).trim() === marker[1]) return end
      line = end + 1
    }
    return this.fail(at, `a heredoc without its closing ${marker[1]}`)
  }

  /**
   * After the expression text from `at` up to the `closer` that ends it (consumed), with brackets,
   * strings, heredocs and comments inside stepped over.
   */
  skipExpression(at: number, closer: string): number {
    const { text } = this
    const closers: string[] = [closer]
    let i = at
    while (i < text.length) {
      const c = text[i]
      const afterComment = this.skipComment(i)
      if (afterComment !== i) {
        i = afterComment
        continue
      }
      if (c === '"') i = this.skipString(i)
      else if (c === '<' && text[i + 1] === '<' && this.skipHeredoc(i) >= 0) i = this.skipHeredoc(i)
      else if (c === '{' || c === '[' || c === '(') {
        closers.push(c === '{' ? '}' : c === '[' ? ']' : ')')
        i++
      } else if (c === '}' || c === ']' || c === ')') {
        if (closers.pop() !== c) this.fail(i, `an unexpected ${c}`)
        i++
        if (closers.length === 0) return i
      } else i++
    }
    return this.fail(at, `a bracket that never closes`)
  }

  /** The end of an attribute's expression starting at `at`: its line's end outside brackets. */
  expressionEnd(at: number): { valueEnd: number; lineEnd: number } {
    const { text } = this
    let i = at
    let valueEnd = at
    while (i < text.length && text[i] !== '\n') {
      const c = text[i]
      const afterComment = this.skipComment(i)
      if (afterComment !== i) {
        // A /* */ comment may sit inside an expression; a line comment ends it.
        if (c === '/' && text[i + 1] === '*') {
          i = afterComment
          continue
        }
        return { valueEnd, lineEnd: afterComment }
      }
      if (c === '"') i = this.skipString(i)
      else if (c === '<' && text[i + 1] === '<' && this.skipHeredoc(i) >= 0) i = this.skipHeredoc(i)
      else if (c === '{' || c === '[' || c === '(') {
        i = this.skipExpression(i + 1, c === '{' ? '}' : c === '[' ? ']' : ')')
      } else if (c === '}') {
        // A one-line block's body ends here: `x { a = 1 }`.
        return { valueEnd, lineEnd: i }
      } else i++
      if (!/\s/.test(c)) valueEnd = i
    }
    return { valueEnd, lineEnd: i }
  }
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y

function readBody(
  scanner: Scanner,
  from: number,
  closing: boolean
): { items: Item[]; end: number } {
  const { text } = scanner
  const items: Item[] = []
  let i = from
  while (i < text.length) {
    const c = text[i]
    if (/\s/.test(c)) {
      i++
      continue
    }
    const afterComment = scanner.skipComment(i)
    if (afterComment !== i) {
      i = afterComment
      continue
    }
    if (c === '}') {
      if (!closing) scanner.fail(i, 'a } that nothing opened')
      return { items, end: i }
    }
    IDENT.lastIndex = i
    const name = IDENT.exec(text)?.[0]
    if (!name) scanner.fail(i, `'${c}' where an argument or block belongs`)
    const start = i
    i += name.length
    while (text[i] === ' ' || text[i] === '\t') i++
    if (text[i] === '=' && text[i + 1] !== '=') {
      let valueStart = i + 1
      while (text[valueStart] === ' ' || text[valueStart] === '\t') valueStart++
      const { valueEnd, lineEnd } = scanner.expressionEnd(valueStart)
      items.push({ kind: 'attribute', name, start, end: lineEnd, valueStart, valueEnd })
      i = lineEnd
      continue
    }
    const labels: string[] = []
    while (text[i] !== '{') {
      if (text[i] === '"') {
        const end = scanner.skipString(i)
        labels.push(JSON.parse(text.slice(i, end)) as string)
        i = end
      } else {
        IDENT.lastIndex = i
        const label = IDENT.exec(text)?.[0]
        if (!label) scanner.fail(i, `'${text[i] ?? 'the end'}' after ${name}`)
        labels.push(label)
        i += label.length
      }
      while (text[i] === ' ' || text[i] === '\t') i++
    }
    const body = readBody(scanner, i + 1, true)
    items.push({
      kind: 'block',
      type: name,
      labels,
      start,
      end: body.end + 1,
      bodyStart: i + 1,
      bodyEnd: body.end,
      items: body.items
    })
    i = body.end + 1
  }
  if (closing) scanner.fail(from, 'a block that never closes')
  return { items, end: i }
}

/** The items of a configuration file's top-level body. */
export function parseBody(text: string): Item[] {
  return readBody(new Scanner(text), 0, false).items
}

export function blocks(items: Item[], type?: string): Block[] {
  return items.filter(
    (item): item is Block => item.kind === 'block' && (!type || item.type === type)
  )
}

export function attributes(items: Item[]): Attribute[] {
  return items.filter((item): item is Attribute => item.kind === 'attribute')
}

export function valueText(text: string, attribute: Attribute): string {
  return text.slice(attribute.valueStart, attribute.valueEnd)
}

/**
 * The value when it is a literal that means "nothing set": null, false, zero, an empty string,
 * list or map. Anything else (a non-zero literal, an expression) is undefined.
 */
export function emptyLiteral(value: string): string | undefined {
  const v = value.trim()
  if (/^(null|false|0|""|\[\s*\]|\{\s*\})$/.test(v)) return v.replace(/\s+/g, '')
  return undefined
}

/** The innermost item of `items` whose range holds position `at`, with the blocks around it. */
export function itemAt(
  items: Item[],
  at: number,
  around: Block[] = []
): { item: Item; around: Block[] } | undefined {
  for (const item of items) {
    if (at < item.start || at >= item.end) continue
    if (item.kind === 'block' && at >= item.bodyStart && at < item.bodyEnd) {
      return itemAt(item.items, at, [...around, item]) ?? { item, around }
    }
    return { item, around }
  }
  return undefined
}

/** A text edit: `[start, end)` replaced by `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** The edit that removes an item with its line: its indentation and the newline after it. */
export function removal(source: string, item: Item): Edit {
  let start = item.start
  while (start > 0 && (source[start - 1] === ' ' || source[start - 1] === '\t')) start--
  let end = item.end
  if (source[end] === '\n') end++
  return { start, end, text: '' }
}

/** `edits` applied; they must not overlap (the later of two that do is dropped). */
export function applyEdits(source: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  let out = ''
  let at = 0
  for (const edit of sorted) {
    if (edit.start < at) continue
    out += source.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return out + source.slice(at)
}

/** A position in `source` from a byte offset in its UTF-8 encoding, as terraform reports ranges. */
export function indexOfByte(source: string, byte: number): number {
  return Buffer.from(source, 'utf8').subarray(0, byte).toString('utf8').length
}

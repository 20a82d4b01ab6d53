import { describe, expect, it } from '@jest/globals'
import { cellCode, codeSpan, escapeText, fenced, table } from '../../src/render/markdown.js'
import { liveMarkup, renderGfm, visibleText } from '../helpers/gfm.js'

const HOSTILE =
  '<b>x</b> @someone see #12 and GH-7 at https://evil.example www.evil.example [click](https://x.y) a@b.example'

describe('escapeText', () => {
  it('shows untrusted prose as written, with no live HTML, mention, reference or link', () => {
    const markdown = `Owner: ${escapeText(HOSTILE)}`
    expect(visibleText(markdown)).toBe(`Owner: ${HOSTILE}`)
    expect(liveMarkup(markdown)).toEqual([])
  })

  it('keeps Markdown syntax in a value from formatting it', () => {
    const value = '*bold* _em_ ~~gone~~ `code` \\* ![img](x) &amp; &#35;1 a\\|b'
    const markdown = `- ${escapeText(value)}`
    expect(visibleText(markdown)).toBe(value)
    expect(liveMarkup(markdown)).toEqual([])
  })

  it('cannot turn a list item into a heading, a list, a quote or a rule', () => {
    for (const value of [
      '# title',
      '- item',
      '+ item',
      '1. one',
      '2) two',
      '> quote',
      '---',
      '=='
    ]) {
      const markdown = `- ${escapeText(value)}`
      expect(visibleText(markdown)).toBe(value)
      expect(renderedTags(markdown)).toEqual(['ul', 'li'])
    }
  })

  it('leaves ordinary words, paths and punctuation alone in the source', () => {
    const plain =
      'ingress open to 0.0.0.0/0 (tcp 22): aws_security_group.web in us-east-1, C:\\temp'
    expect(escapeText(plain)).toBe(plain)
  })

  it('keeps a table row in one piece', () => {
    const markdown = table(['a', 'b'], [[escapeText('x|y\nz'), 'ok']])
    expect(visibleText(markdown)).toBe('a | b\nx|y z | ok')
  })
})

describe('codeSpan', () => {
  it('is a plain code span, readable in the source', () => {
    expect(codeSpan('aws_security_group.web')).toBe('`aws_security_group.web`')
    expect(codeSpan('x'.repeat(10), 5)).toBe('`xxxx…`')
  })

  it.each([
    ['a`b'],
    ['`starts'],
    ['ends`'],
    ['``'],
    [' padded '],
    ['<img src=x onerror=alert(1)> @admin #12 https://evil.example'],
    ['a\\b\\`c']
  ])('shows %j exactly, inert', value => {
    const markdown = `x ${codeSpan(value)} y`
    expect(visibleText(markdown)).toBe(`x ${value} y`)
    expect(liveMarkup(markdown)).toEqual([])
  })

  it('flattens line breaks so a value stays on its line', () => {
    expect(visibleText(`- ${codeSpan('a\nb')}\n- c`)).toBe('a b\nc')
  })
})

describe('cellCode', () => {
  it('escapes pipes only in table cells, and the row keeps its cells', () => {
    const value = 'x|y=<b>`|`</b> @admin'
    const markdown = table(['Tag', 'Next'], [[cellCode(value), 'next']])
    expect(visibleText(markdown)).toBe(`Tag | Next\n${value} | next`)
    expect(liveMarkup(markdown)).toEqual([])
    expect(codeSpan('a|b')).toBe('`a|b`')
  })

  it('keeps the row whole when a backslash stands before a pipe', () => {
    const markdown = table(['Tag', 'Next'], [[cellCode('a\\|b\\\\|c'), 'next']])
    expect(visibleText(markdown).split('\n')[1]).toMatch(/^a\\+\|b\\+\|c \| next$/)
  })
})

describe('fenced', () => {
  it('shows a multi-line value in a block no line inside can close', () => {
    const body = 'line one\n```\n</details> @admin'
    const markdown = `<details><summary>s</summary>\n\n${fenced('', body)}\n\n</details>`
    expect(visibleText(markdown)).toBe(`s\n${body}`)
    expect(liveMarkup(markdown)).toEqual([])
  })
})

/** Element names in the rendering, in order, each once. */
function renderedTags(markdown: string): string[] {
  return [...new Set([...renderGfm(markdown).matchAll(/<([a-z0-9]+)/g)].map(m => m[1]))]
}

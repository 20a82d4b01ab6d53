import { describe, expect, it } from '@jest/globals'
import { codeSpan, escapeText } from '../../src/render/markdown.js'

describe('escapeText', () => {
  it('leaves no raw HTML, live mention, issue reference or link', () => {
    const out = escapeText('<b>x</b> @someone see #12 at https://evil.example [click](https://x.y)')
    expect(out).not.toMatch(/<b>/)
    expect(out).not.toMatch(/@someone/)
    expect(out).not.toMatch(/#12/)
    expect(out).not.toMatch(/https:\/\//)
    expect(out).not.toMatch(/\]\(/)
    expect(out).toContain('&lt;b&gt;')
  })

  it('keeps a table row in one piece', () => {
    expect(escapeText('a|b\nc')).toBe('a\\|b c')
  })
})

describe('codeSpan', () => {
  it('escapes backticks, pipes and HTML so a cell cannot break out', () => {
    expect(codeSpan('a`b|c')).toBe('<code>a\\`b\\|c</code>')
    expect(codeSpan('<b>x</b>')).toBe('<code>&lt;b&gt;x&lt;/b&gt;</code>')
    expect(codeSpan('x'.repeat(10), 5)).toBe('<code>xxxx…</code>')
  })

  it('defuses mentions even inside code, where GitHub would still notify', () => {
    expect(codeSpan('@team')).not.toContain('@team')
  })
})

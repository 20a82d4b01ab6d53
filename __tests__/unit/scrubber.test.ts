import { describe, expect, it } from '@jest/globals'
import { Scrubber } from '../../src/redact/sensitive.js'
import { REDACTED } from '../../src/redact/sensitive.js'

/** What scrubbing means, written the slow and obvious way: at each place, the longest secret. */
function reference(text: string, secrets: string[]): string {
  const longestFirst = [...secrets].sort((a, b) => b.length - a.length)
  let out = ''
  let i = 0
  while (i < text.length) {
    const secret = longestFirst.find(s => text.startsWith(s, i))
    if (secret) {
      out += REDACTED
      i += secret.length
    } else {
      out += text[i++]
    }
  }
  return out
}

function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648
    return a / 2147483648
  }
}

describe('Scrubber at scale', () => {
  it('agrees with the obvious definition on random text with planted, overlapping secrets', () => {
    const rnd = random(42)
    // A small alphabet makes near-misses and overlaps common.
    const word = (n: number) =>
      Array.from({ length: n }, () => 'abcdé€'[Math.floor(rnd() * 6)]).join('')
    for (let round = 0; round < 200; round++) {
      const secrets = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () =>
        word(4 + Math.floor(rnd() * 5))
      )
      const pieces: string[] = []
      for (let k = 0; k < 30; k++)
        pieces.push(rnd() < 0.3 ? secrets[Math.floor(rnd() * secrets.length)] : word(3))
      const text = pieces.join('')
      const scrubber = new Scrubber()
      scrubber.add(secrets)
      expect(scrubber.scrub(text)).toBe(reference(text, secrets))
    }
  })

  it('agrees with it when text is skipped a window at a time: long secrets, at the ends, in filler', () => {
    const rnd = random(7)
    const pick = (alphabet: string, n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('')
    for (let round = 0; round < 300; round++) {
      // The shortest secret sets the window: 4 to 100 characters, past the 64 it is capped at.
      const shortest = 4 + Math.floor(rnd() * 97)
      const secrets = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () =>
        pick('ab0123', shortest + Math.floor(rnd() * 40))
      )
      // Prefixes and near-misses of secrets too, so windows end on pairs that secrets hold.
      const filler = () =>
        rnd() < 0.5
          ? pick('xyz {}":,ab01', Math.floor(rnd() * 150))
          : secrets[Math.floor(rnd() * secrets.length)].slice(0, -1)
      const pieces = [rnd() < 0.5 ? secrets[0] : '']
      for (let k = 0; k < 12; k++)
        pieces.push(rnd() < 0.4 ? secrets[Math.floor(rnd() * secrets.length)] : filler())
      pieces.push(rnd() < 0.5 ? secrets[secrets.length - 1] : '')
      const text = pieces.join('')
      const scrubber = new Scrubber()
      scrubber.add(secrets)
      expect(scrubber.scrub(text)).toBe(reference(text, secrets))
    }
  })

  it('finds each of thousands of secrets in megabytes of text', () => {
    const secrets = Array.from({ length: 5000 }, (_, i) => `secret-${i.toString(36)}-VALUE`)
    const scrubber = new Scrubber()
    scrubber.add(secrets)
    const text = secrets.map((s, i) => `line ${i}: ${s} ${'x'.repeat(200)}`).join('\n')
    const scrubbed = scrubber.scrub(text)
    expect(scrubbed).not.toMatch(/secret-[0-9a-z]+-VALUE/)
    expect(scrubbed.split(REDACTED)).toHaveLength(secrets.length + 1)
  })

  it('leaves text without secrets as it was, and short text alone', () => {
    const scrubber = new Scrubber()
    scrubber.add(['topsecret'])
    const text = 'nothing to see '.repeat(1000)
    expect(scrubber.scrub(text)).toBe(text)
    expect(scrubber.scrub('top')).toBe('top')
    expect(scrubber.scrub('topsecret')).toBe(REDACTED)
  })
})

describe('Scrubber.scrubDeep', () => {
  const scrubber = new Scrubber()
  scrubber.add(['hunter2-password'])

  it('scrubs strings and keys at any depth, leaving the input as it was', () => {
    const input = {
      a: [{ b: 'x hunter2-password y', c: 1, d: null }, 'plain', true],
      'key-hunter2-password': { e: 'hunter2-password' },
      after: 'kept'
    }
    const before = JSON.stringify(input)
    const out = scrubber.scrubDeep(input)
    expect(out).toEqual({
      a: [{ b: `x ${REDACTED} y`, c: 1, d: null }, 'plain', true],
      [`key-${REDACTED}`]: { e: REDACTED },
      after: 'kept'
    })
    expect(Object.keys(out)).toEqual(['a', `key-${REDACTED}`, 'after'])
    expect(JSON.stringify(input)).toBe(before)
  })

  it('returns what holds no secret as it is, without copying', () => {
    const clean = { list: [{ id: 'sg-123', tags: { Team: 'platform' } }], count: 3 }
    const mixed = { clean: clean.list, dirty: ['hunter2-password'] }
    expect(scrubber.scrubDeep(clean)).toBe(clean)
    const out = scrubber.scrubDeep(mixed)
    expect(out).not.toBe(mixed)
    expect(out.clean).toBe(clean.list)
    expect(out.dirty).toEqual([REDACTED])
  })
})

import { describe, expect, it } from '@jest/globals'
import type { RenderLimits } from '../../src/render/budget.js'
import { characters, fit, TABLE_ROWS } from '../../src/render/budget.js'

/** A stand-in report: a header, then rows of uneven length, as many as `findings` allows. */
function report(total: number, seed: number) {
  const rows = Array.from({ length: total }, (_, i) => 'r'.repeat(45 + ((i * seed) % 60)))
  const renders: number[] = []
  const sizes: number[] = []
  const render = (limits: RenderLimits) => {
    const shown = Math.min(total, limits.findings)
    renders.push(shown)
    const text = ['# header', ...rows.slice(0, shown), `${total - shown} more`].join('\n')
    sizes.push(text.length)
    return text
  }
  return { render, renders, sizes }
}

const options = (limit: number, totalFindings: number) => ({
  limit,
  measure: characters,
  totalFindings,
  elsewhere: 'see the JSON report',
  fallback: () => '# header'
})

describe('fit', () => {
  it('shows the most rows that fit, in a few renders', () => {
    for (const [total, limit, seed] of [
      [50_000, 1_048_576, 7],
      [3_000, 65_536, 13],
      [40, 65_536, 3],
      [10_000, 2_000, 11],
      [900, 65_536, 5]
    ]) {
      const { render, renders, sizes } = report(total, seed)
      const text = fit(render, options(limit, total))
      expect(text.length).toBeLessThanOrEqual(limit - 512)
      const shown = text.split('\n').length - 2
      // One row more would not have fitted, or the table is as long as tables get.
      expect(shown).toBeLessThanOrEqual(TABLE_ROWS)
      if (shown < Math.min(total, TABLE_ROWS)) {
        const { render: again } = report(total, seed)
        expect(again({ findings: shown + 1 } as RenderLimits).length).toBeGreaterThan(limit - 512)
        // What cannot fit is never rendered whole: every probe stays near the limit.
        expect(Math.max(...sizes)).toBeLessThanOrEqual(2 * limit)
      }
      expect(renders.length).toBeLessThanOrEqual(12)
    }
  })

  it('shows at most TABLE_ROWS rows however much room there is, and counts the rest', () => {
    const { render, renders } = report(50_000, 1)
    const text = fit(render, options(10_000_000, 50_000))
    expect(text.split('\n')).toHaveLength(TABLE_ROWS + 2)
    expect(text.endsWith(`\n${50_000 - TABLE_ROWS} more`)).toBe(true)
    // Never asked for more rows than it could show.
    expect(Math.max(...renders)).toBe(TABLE_ROWS)
  })

  it('shows every row of a small report in full', () => {
    const { render, renders } = report(30, 3)
    const text = fit(render, options(65_536, 30))
    expect(text.split('\n')).toHaveLength(32)
    // A probe with no rows and one with a sample, then the whole in full.
    expect(renders).toEqual([0, 16, 30])
  })

  it('renders a report with no rows in full', () => {
    const text = fit(limits => (limits.details ? 'full' : 'compact'), options(65_536, 0))
    expect(text).toBe('full')
  })

  it('falls back when not even the header fits', () => {
    const { render } = report(10, 1)
    expect(fit(render, { ...options(520, 10), fallback: () => 'x'.repeat(100) })).toHaveLength(8)
  })
})

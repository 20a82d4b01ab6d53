import { describe, expect, it } from '@jest/globals'
// @ts-expect-error: the benchmarks are plain ES modules, without types.
import { median, medianInterval } from '../../bench/stats.mjs'

type Interval = { low: number; high: number; coverage: number }
const interval = medianInterval as (values: number[], confidence?: number) => Interval

/** 1 … n, shuffled: the interval is drawn from the runs' order, never from where they came. */
const runs = (n: number) => Array.from({ length: n }, (_, i) => ((i * 5) % n) + 1)

describe('the interval printed beside the inventory bench’s median', () => {
  it('takes the 2nd smallest and 2nd largest of 11 runs, which hold the median 98.8 % of the time', () => {
    const found = interval(runs(11))
    expect([found.low, found.high]).toEqual([2, 10])
    expect(found.coverage).toBeCloseTo(1 - 24 / 2048, 6)
  })

  it('narrows with more runs: the 6th from each end of 21', () => {
    const found = interval(runs(21))
    expect([found.low, found.high]).toEqual([6, 16])
    expect(found.coverage).toBeGreaterThanOrEqual(0.95)
    // One step narrower would fall short of 95 %.
    expect(1 - (2 * (1 + 21 + 210 + 1330 + 5985 + 20349 + 54264)) / 2 ** 21).toBeLessThan(0.95)
  })

  it('gives the whole range, and says it holds less, when the runs are too few for 95 %', () => {
    const found = interval([3, 1, 2, 5, 4])
    expect([found.low, found.high]).toEqual([1, 5])
    expect(found.coverage).toBeCloseTo(1 - 2 / 32, 6)
  })

  it('keeps the median inside the interval, whatever the spread', () => {
    const values = [1.02, 0.97, 1.11, 1.0, 1.03, 0.99, 1.05, 1.01, 1.2, 1.04, 1.02]
    const found = interval(values)
    expect(found.low).toBeLessThanOrEqual(median(values))
    expect(found.high).toBeGreaterThanOrEqual(median(values))
    expect([found.low, found.high]).toEqual([0.99, 1.11])
  })
})

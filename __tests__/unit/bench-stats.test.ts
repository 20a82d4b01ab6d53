import { describe, expect, it } from '@jest/globals'
import { median, medianInterval as interval } from '../../bench/stats.mjs'

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
    // One step narrower (the 7th from each end) holds the median only 92.2 % of the time.
    const narrower = interval(runs(21), 0.9)
    expect([narrower.low, narrower.high]).toEqual([7, 15])
    expect(narrower.coverage).toBeCloseTo(1 - (2 * 82160) / 2 ** 21, 6)
    expect(narrower.coverage).toBeLessThan(0.95)
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

import { describe, expect, it } from '@jest/globals'
import { idleCores } from '../../src/pipeline.js'

/**
 * A deep inventory's scan runs in a thread of its own (integration/scan-thread.test.ts runs it
 * against moto), at the lowest priority only when that leaves terraform a core of its own.
 */
describe('the deep inventory thread', () => {
  it('yields to terraform only when the plans leave a core idle', () => {
    // One root on a two-core runner: terraform leaves a core, the scan takes what it leaves.
    expect(idleCores(1, 2)).toBe(true)
    // As many plans as cores, or more: no core is idle, and a yielding scan would only end
    // after the plans.
    expect(idleCores(2, 2)).toBe(false)
    expect(idleCores(6, 2)).toBe(false)
    // At most four roots plan at once, however many are given.
    expect(idleCores(10, 8)).toBe(true)
    expect(idleCores(4, 4)).toBe(false)
  })
})

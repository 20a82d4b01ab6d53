import { describe, expect, it } from '@jest/globals'
import { listInThread } from '../../src/collect/aws/listing/thread.js'
import { idleCores } from '../../src/pipeline.js'

/**
 * The direct listing runs in a thread of its own (the integration suites run it through the
 * bundle against moto). A thread that cannot run must not take the scan or the plans with it.
 */
describe('the listing thread', () => {
  it('that cannot start becomes one fault naming every listed type, not a failed run', async () => {
    const listing = await listInThread(
      {
        regions: ['us-east-1'],
        types: ['aws_s3_bucket', 'aws_iam_user', 'not_a_listed_type'],
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
        lowPriority: true
      },
      new URL('file:///nonexistent/listing-thread.js')
    )
    expect(listing.types).toEqual(['aws_iam_user', 'aws_s3_bucket'])
    expect(listing.resources).toEqual([])
    expect(listing.faults).toHaveLength(1)
    expect(listing.faults[0].types).toEqual(['aws_iam_user', 'aws_s3_bucket'])
    expect(listing.faults[0].message).toMatch(
      /^aws_iam_user, aws_s3_bucket: the direct listing could not run \(.*listing-thread\.js.*\): run again, and report it if it persists$/
    )
  })

  it('yields to terraform only when the plans leave a core idle', () => {
    // One root on a two-core runner: terraform leaves a core, the listing takes what it leaves.
    expect(idleCores(1, 2)).toBe(true)
    // As many plans as cores, or more: no core is idle, and a yielding listing would only end
    // after the plans.
    expect(idleCores(2, 2)).toBe(false)
    expect(idleCores(6, 2)).toBe(false)
    // At most four roots plan at once, however many are given.
    expect(idleCores(10, 8)).toBe(true)
    expect(idleCores(4, 4)).toBe(false)
  })
})

import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * What the direct listing's thread loads beside terraform's plan is processor time taken from
 * it: the bundle keeps of each AWS SDK client only the commands Driftwatch calls and the shapes
 * they use (src/collect/aws/sdk/, scripts/lib/sdk-schemas.mjs, whose rewriting
 * unit/sdk-schemas.test.ts checks). This reads dist/, so it is an integration test.
 */
describe('the SDK in the bundle', () => {
  it("keeps EC2's commands the listing calls, and not the others or their shapes", () => {
    const chunks = fileURLToPath(new URL('../../dist/chunks', import.meta.url))
    const names = readdirSync(chunks).filter(name => /^ec2-[A-Z0-9]+\.js$/.test(name))
    expect(names).toHaveLength(1)
    const ec2 = readFileSync(join(chunks, names[0]), 'utf8')
    expect(ec2).toContain('DescribeSecurityGroupRulesCommand')
    expect(ec2).toContain('DescribeSecurityGroupRulesRequest$')
    // One of EC2's ~600 other operations, its command and its input shape.
    expect(ec2).not.toContain('AcceptAddressTransferCommand')
    expect(ec2).not.toContain('AcceptAddressTransferRequest$')
    // The aggregated client (`new EC2()`) builds a method for every command.
    expect(ec2).not.toContain('createAggregatedClient')
    expect(ec2.length).toBeLessThan(400_000)
  })
})

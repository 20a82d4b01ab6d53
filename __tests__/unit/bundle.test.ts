import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inlineSchemaKeys } from '../../scripts/lib/sdk-schemas.mjs'

/**
 * What the direct listing's thread loads beside terraform's plan is processor time taken from
 * it: the bundle keeps of each AWS SDK client only the commands Driftwatch calls and the shapes
 * they use (src/collect/aws/sdk/, scripts/lib/sdk-schemas.mjs).
 */
describe('the SDK in the bundle', () => {
  it('writes a schema key that is a string constant out as the string', () => {
    const source = [
      'const _xN = "xmlName";',
      'const _q = "say \\"hi\\"";',
      'export var A$ = [3, n0, _A, 0, [_B], [[() => L, { [_xN]: _T }], { [_q]: 1 }]];',
      'export var B$ = [3, n0, _B, 0, [], [{ [other]: 1 }]];'
    ].join('\n')
    const out = inlineSchemaKeys(source).split('\n')
    expect(out[2]).toBe(
      'export var A$ = [3, n0, _A, 0, [_B], [[() => L, { "xmlName": _T }], { "say \\"hi\\"": 1 }]];'
    )
    // Not one of the file's string constants: left as it was.
    expect(out[3]).toBe(source.split('\n')[3])
  })

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

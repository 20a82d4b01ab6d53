import { describe, expect, it } from '@jest/globals'
import { inlineSchemaKeys } from '../../scripts/lib/sdk-schemas.mjs'

/**
 * What the direct listing's thread loads beside terraform's plan is processor time taken from
 * it: the bundle keeps of each AWS SDK client only the commands Driftwatch calls and the shapes
 * they use (src/collect/aws/sdk/, scripts/lib/sdk-schemas.mjs). What the bundle then holds is
 * checked on dist/ by integration/bundle.test.ts; this checks the rewriting, without dist/.
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
})

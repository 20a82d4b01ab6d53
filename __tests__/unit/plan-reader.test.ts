import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { analysePlan } from '../../src/analyse/drift.js'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import { PlanReader } from '../../src/collect/terraform/plan-reader.js'
import { collectSecrets } from '../../src/collect/terraform/secrets.js'
import { readInChunks } from '../helpers/plans.js'

// Plans made by real terraform against moto (__tests__/fixtures/README.md); pretty-printed there,
// compact as `terraform show -json` prints them.
const FIXTURES = ['clean', 'pending', 'drift', 'drift-and-pending', 'security-drift']
const pretty = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}.plan.json`, import.meta.url), 'utf8')
const compact = (name: string): string => JSON.stringify(JSON.parse(pretty(name)))

/** What the reader keeps of a fully parsed plan. */
function expected(plan: Plan): Plan {
  const rest: Plan = { ...plan }
  delete rest.planned_values
  return {
    ...rest,
    resource_changes: (plan.resource_changes ?? []).filter(
      c => !(c.change.actions.length === 1 && c.change.actions[0] === 'no-op')
    )
  }
}

/** The text written to a reader in pieces, cut at the byte offsets `cuts`. */
function readCut(text: string, cuts: number[]): Plan {
  const bytes = Buffer.from(text, 'utf8')
  const reader = new PlanReader()
  let from = 0
  for (const cut of [...cuts, bytes.length]) {
    reader.write(bytes.subarray(from, cut))
    from = cut
  }
  return reader.end()
}

/** Every way of cutting a text in two, by byte: each boundary falls once between chunks. */
function everySplit(text: string): number[][] {
  const length = Buffer.byteLength(text)
  return Array.from({ length: length - 1 }, (_, at) => [at + 1])
}

/** Same values and, unlike toEqual, same key order and own `__proto__` keys. */
function expectSame(read: unknown, parsed: unknown): void {
  expect(read).toEqual(parsed)
  expect(JSON.stringify(read)).toBe(JSON.stringify(parsed))
}

const entry = (address: string, actions: string[], rest = ''): string =>
  `{"address":${JSON.stringify(address)},"mode":"managed","type":"aws_x","name":"y",` +
  `"provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":${JSON.stringify(actions)}` +
  `,"before":{"s":"a\\"}{[\\\\"},"after":null${rest}}}`

/** A small plan with what is hard to read in pieces: every kind of entry, escapes, UTF-8. */
const TRICKY = JSON.stringify(
  JSON.parse(
    '{"format_version":"1.2","terraform_version":"1.11.4",' +
      '"variables":{"n\\u00e4me":{"value":"q\\"\\\\€😀"},"e":{"value":[[],{},[[1.5e3,-0]],""]}},' +
      '"planned_values":{"root_module":{"resources":[{"values":{"x":"}]\\\\\\"[{"}}]}},' +
      '"resource_drift":[' +
      entry('aws_x.drift', ['update']) +
      '],"resource_changes":[' +
      [
        entry('aws_x.a', ['no-op']),
        // Its own action is update: the no-op below is a nested object's.
        entry('aws_x.b', ['update'], ',"after_unknown":{"change":{"actions":["no-op"]}}'),
        // The pattern inside a string, quotes escaped: not the entry's key either.
        entry('aws_x.c["\\",\\"change\\":{\\"actions\\":[\\"no-op\\"]}"]', ['create']),
        entry('aws_x.d["é€😀\\\\"]', ['no-op']),
        entry('aws_x.e', ['delete', 'create']),
        entry('aws_x.f', ['no-op']),
        entry('aws_x.g', ['delete'])
      ].join(',') +
      '],"output_changes":{"o":{"actions":["no-op"],"before":"ü","after":"ü"}},' +
      '"prior_state":{"values":{"root_module":{"resources":[' +
      '{"address":"aws_x.a","values":{"tags":{"é":"\\\\","\\"":"}"},"n":[1,2.5,-3e-2,true,false,null]}},' +
      '{"address":"aws_x.d[\\"é€😀\\\\\\\\\\"]","values":{"deep":[[[{"k":[]}]]]}}' +
      ']}}},"timestamp":"2026-11-24T10:00:00Z","applyable":true}'
  )
)

describe('PlanReader', () => {
  it.each(FIXTURES)('keeps all that analysis reads of %s, in chunks of any size', name => {
    const full = JSON.parse(compact(name)) as Plan
    for (const chunk of [1, 7, 4096, 1 << 20]) {
      const read = readInChunks(compact(name), chunk)
      expect(read).toEqual(expected(full))
      expect(analysePlan(read)).toEqual(analysePlan(full))
      expect(collectSecrets(read)).toEqual(collectSecrets(full))
    }
  })

  it('reads pretty-printed plans too', () => {
    const full = JSON.parse(pretty('drift')) as Plan
    const read = readInChunks(pretty('drift'), 5)
    expect(read).toEqual(expected(full))
    expect(analysePlan(read)).toEqual(analysePlan(full))
  })

  it('skips planned_values and no-op entries without parsing them', () => {
    const text =
      '{"format_version":"1.2","planned_values":{"not json":[1,,2]},' +
      '"resource_changes":[{"address":"a.b","change":{"actions":["no-op"],"before":{"x":[1,,]}}},' +
      '{"address":"c.d","change":{"actions":["update"],"before":{"s":"q\\"}[\\\\"}}}],' +
      '"applyable":true,"timestamp":"2026-11-24T10:00:00Z"}'
    expect(readInChunks(text, 3)).toEqual({
      format_version: '1.2',
      resource_changes: [
        { address: 'c.d', change: { actions: ['update'], before: { s: 'q"}[\\' } } }
      ],
      applyable: true,
      timestamp: '2026-11-24T10:00:00Z'
    })
  })

  it('keeps keys and values whose bytes are split between chunks', () => {
    const text = '{"format_version":"1.2","variables":{"ä€":{"value":"a\\\\"}},"ok":null}'
    for (let chunk = 1; chunk < 12; chunk++) {
      expect(readInChunks(text, chunk)).toEqual(JSON.parse(text))
    }
  })

  it.each([
    ['', 'the plan JSON could not be parsed (it is empty)'],
    ['[1]', 'the plan JSON could not be parsed (it does not start with {)'],
    [
      '{"format_version":"1.2","prior_state":{"values":',
      'the plan JSON could not be parsed (it ends early, after 48 bytes: truncated?)'
    ],
    [
      '{"format_version":"1.2"} {}',
      'the plan JSON could not be parsed (text after the end of the plan)'
    ],
    [
      '{"terraform_version":"1.11.4"}',
      'the plan JSON has no format_version: is this the output of `terraform show -json`?'
    ]
  ])('says in one line what is wrong with %j', (text, message) => {
    expect(() => readInChunks(text)).toThrow(message)
  })

  it('reports a value that is not JSON', () => {
    expect(() => readInChunks('{"format_version":"1.2","variables":{"a":tru}}')).toThrow(
      /^the plan JSON could not be parsed \(/
    )
  })

  it('decides no-op entries the same wherever a chunk ends, even inside a character', () => {
    const want = expected(JSON.parse(TRICKY) as Plan)
    expect(want.resource_changes?.map(c => c.address)).toEqual([
      'aws_x.b',
      'aws_x.c["\\",\\"change\\":{\\"actions\\":[\\"no-op\\"]}"]',
      'aws_x.e',
      'aws_x.g'
    ])
    for (const cuts of everySplit(TRICKY)) expectSame(readCut(TRICKY, cuts), want)
    for (let size = 1; size <= 40; size++) expectSame(readInChunks(TRICKY, size), want)
  })

  it('reads strings that end in backslashes or escaped quotes at every chunk edge', () => {
    const values = ['\\', '\\\\', '"', '\\"', 'a\\', '"\\"\\', '€\\"😀']
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: { skipped: values },
      resource_changes: values.map((s, i) => ({
        address: s,
        change: { actions: [i % 2 ? 'no-op' : 'update'], before: { [s]: s } }
      })),
      prior_state: { values: Object.fromEntries(values.map(s => [s, [s, { [s]: s }]])) },
      timestamp: values.join('')
    })
    const want = expected(JSON.parse(text) as Plan)
    for (let size = 1; size <= 12; size++) expectSame(readInChunks(text, size), want)
    for (const cuts of everySplit(text)) expectSame(readCut(text, cuts), want)
  })

  it('puts kept values together as JSON.parse does, wherever chunks end', () => {
    const text =
      '{"format_version":"1.2","prior_state":{"__proto__":{"polluted":true},"a":1,"a":[2],' +
      '"10":{},"2":[],"n":-12.5e+3,"s":"\\u00e9\\ud83d\\ude00\\n","t":[true,false,null],' +
      '"deep":[[[[{"x":[{"y":{}}]}]]]]} ,"checks":[],"empty":{}}'
    const want = JSON.parse(text)
    for (let size = 1; size <= text.length; size++) {
      const read = readInChunks(text, size) as unknown as Record<string, Record<string, unknown>>
      expectSame(read, want)
      expect(Object.getPrototypeOf(read.prior_state)).toBe(Object.prototype)
      expect(Object.keys(read.prior_state)).toEqual(Object.keys(want.prior_state))
    }
  })

  it.each([
    '[1,2,]',
    '{"a":1,}',
    '{"a" 1}',
    '{"a":1 "b":2}',
    '[1 2]',
    '{"a":[1}',
    '{a:1}',
    '[tru]',
    '[01]',
    '["\t"]'
  ])('reports a kept value that is not JSON, %j, however it is cut', value => {
    const text = `{"format_version":"1.2","prior_state":{"v":${value},"w":[0]}}`
    for (let size = 1; size <= text.length; size++) {
      expect(() => readInChunks(text, size)).toThrow(/^the plan JSON could not be parsed \(/)
    }
  })

  it('judges an entry on its first 4096 characters, not bytes, wherever chunks end', () => {
    // Past the first bytes looked at, and over 4096 bytes but under 4096 characters: a no-op.
    const long = entry(`aws_x.y["${'€'.repeat(1400)}"]`, ['no-op'])
    // NO_OP reads an entry's first 4096 characters: beyond them, an entry is kept.
    const beyond = entry(`aws_x.z["${'z'.repeat(4100)}"]`, ['no-op'])
    const text = `{"format_version":"1.2","resource_changes":[${long},${beyond}]}`
    for (const size of [1, 100, 511, 512, 513, 4096, 5000, 1 << 16]) {
      const read = readInChunks(text, size)
      expect(read.resource_changes?.map(c => c.address)).toEqual([`aws_x.z["${'z'.repeat(4100)}"]`])
    }
  })

  it('takes blanks after the end of the plan in a chunk of their own', () => {
    const reader = new PlanReader()
    reader.write(Buffer.from('{"format_version":"1.2"}'))
    reader.write(Buffer.from('\n'))
    expect(reader.end()).toEqual({ format_version: '1.2' })
    reader.write(Buffer.from(' \r\n'))
    expect(() => reader.write(Buffer.from(' x'))).toThrow(
      'the plan JSON could not be parsed (text after the end of the plan)'
    )
  })

  it('takes writes from a stream one chunk at a time', () => {
    const reader = new PlanReader()
    const bytes = Buffer.from(compact('drift'))
    reader.write(bytes.subarray(0, 1000))
    reader.write(bytes.subarray(1000))
    expect(reader.end().resource_drift).toHaveLength(4)
  })
})

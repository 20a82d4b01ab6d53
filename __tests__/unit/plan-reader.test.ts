import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { analysePlan } from '../../src/analyse/drift.js'
import type { Plan } from '../../src/analyse/plan-json.js'
import { parsePlan } from '../../src/analyse/plan-json.js'
import { PlanReader, readPlanText } from '../../src/analyse/plan-reader.js'
import { collectSecrets } from '../../src/analyse/sensitive.js'

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

describe('PlanReader', () => {
  it.each(FIXTURES)('keeps all that analysis reads of %s, in chunks of any size', name => {
    const full = parsePlan(compact(name))
    for (const chunk of [1, 7, 4096, 1 << 20]) {
      const read = readPlanText(compact(name), chunk)
      expect(read).toEqual(expected(full))
      expect(analysePlan(read)).toEqual(analysePlan(full))
      expect(collectSecrets(read)).toEqual(collectSecrets(full))
    }
  })

  it('reads pretty-printed plans too', () => {
    const full = parsePlan(pretty('drift'))
    const read = readPlanText(pretty('drift'), 5)
    expect(read).toEqual(expected(full))
    expect(analysePlan(read)).toEqual(analysePlan(full))
  })

  it('skips planned_values and no-op entries without parsing them', () => {
    const text =
      '{"format_version":"1.2","planned_values":{"not json":[1,,2]},' +
      '"resource_changes":[{"address":"a.b","change":{"actions":["no-op"],"before":{"x":[1,,]}}},' +
      '{"address":"c.d","change":{"actions":["update"],"before":{"s":"q\\"}[\\\\"}}}],' +
      '"applyable":true,"timestamp":"2026-11-24T10:00:00Z"}'
    expect(readPlanText(text, 3)).toEqual({
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
      expect(readPlanText(text, chunk)).toEqual(JSON.parse(text))
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
    expect(() => readPlanText(text)).toThrow(message)
  })

  it('reports a value that is not JSON', () => {
    expect(() => readPlanText('{"format_version":"1.2","variables":{"a":tru}}')).toThrow(
      /^the plan JSON could not be parsed \(/
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

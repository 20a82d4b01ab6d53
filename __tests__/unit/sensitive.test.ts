import { describe, expect, it } from '@jest/globals'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import { collectSecrets } from '../../src/collect/terraform/secrets.js'
import { redactValue, Scrubber } from '../../src/redact/sensitive.js'

describe('redactValue', () => {
  it('replaces exactly what the mask marks, at any depth', () => {
    const value = { name: 'db', value: 's3cret', nested: [{ token: 'abc', id: 1 }] }
    const mask = { value: true, nested: [{ token: true }] }
    expect(redactValue(value, mask)).toEqual({
      name: 'db',
      value: '(sensitive)',
      nested: [{ token: '(sensitive)', id: 1 }]
    })
  })

  it('redacts a whole value marked true, but leaves null alone', () => {
    expect(redactValue({ a: 1 }, true)).toBe('(sensitive)')
    expect(redactValue(null, true)).toBeNull()
  })
})

describe('collectSecrets', () => {
  it('finds secrets in variables, outputs and every resource section', () => {
    const plan: Plan = {
      format_version: '1.2',
      variables: { db_password: { value: 'var-secret' }, region: { value: 'eu-west-1' } },
      configuration: {
        root_module: {
          variables: { db_password: { sensitive: true, default: 'default-secret' }, region: {} }
        }
      },
      prior_state: {
        values: {
          outputs: { pw: { sensitive: true, value: 'output-secret' } },
          root_module: {
            resources: [
              {
                address: 'aws_ssm_parameter.p',
                mode: 'managed',
                type: 'aws_ssm_parameter',
                name: 'p',
                values: { value: 'state-secret', name: 'p' },
                sensitive_values: { value: true }
              }
            ]
          }
        }
      },
      resource_drift: [
        {
          address: 'aws_ssm_parameter.p',
          mode: 'managed',
          type: 'aws_ssm_parameter',
          name: 'p',
          change: {
            actions: ['update'],
            before: { value: 'state-secret' },
            after: { value: 'rotated-secret' },
            before_sensitive: { value: true },
            after_sensitive: { value: true }
          }
        }
      ]
    }
    const secrets = collectSecrets(plan)
    for (const secret of [
      'var-secret',
      'default-secret',
      'output-secret',
      'state-secret',
      'rotated-secret'
    ]) {
      expect(secrets).toContain(secret)
    }
    expect(secrets).not.toContain('eu-west-1')
    expect(secrets).not.toContain('p')
  })
})

describe('Scrubber', () => {
  it('replaces secrets in text and in nested values, longest first', () => {
    const scrubber = new Scrubber()
    scrubber.add(['hunter22', 'hunter2222', 'ab'])
    expect(scrubber.scrub('pw=hunter2222 and hunter22, ab')).toBe(
      'pw=(sensitive) and (sensitive), ab'
    )
    expect(scrubber.scrubDeep({ list: ['x hunter22 y'], n: 1 })).toEqual({
      list: ['x (sensitive) y'],
      n: 1
    })
  })
})

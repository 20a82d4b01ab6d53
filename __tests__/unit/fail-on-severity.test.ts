import { describe, expect, it } from '@jest/globals'
import { failureReason } from '../../src/report/verdict.js'
import { UserError } from '../../src/errors.js'
import { InputError, optionMessage, parseInputs } from '../../src/inputs/options.js'
import { change, directory, finding, report } from '../helpers/reports.js'
import { thrown } from '../helpers/thrown.js'
import { assessDrift, severityFields } from '../../src/analyse/severity.js'
import type { DriftFinding } from '../../src/model/findings.js'

function assessed(f: DriftFinding): DriftFinding {
  return { ...f, ...severityFields(assessDrift(f)) }
}

const sshOpen = assessed(
  finding('aws_security_group.web', [
    change('ingress[1]', null, {
      cidr_blocks: ['0.0.0.0/0'],
      from_port: 22,
      to_port: 22,
      protocol: 'tcp'
    })
  ])
)
const retag = assessed(finding('aws_s3_bucket.assets', [change('tags.Env', 'a', 'b')]))

describe('fail-on-severity', () => {
  const mixed = report([directory('infra', [sshOpen, retag])])
  const minor = report([directory('infra', [retag])])

  it('lets every finding count when none (the default)', () => {
    expect(failureReason(minor, 'drift')).toMatch(
      /^Drift detected in 1 resource: aws_s3_bucket.assets \(changed, low\)/
    )
  })

  it('counts only findings at or above the threshold', () => {
    expect(failureReason(minor, 'drift', 'high')).toBeUndefined()
    expect(failureReason(mixed, 'drift', 'high')).toBe(
      'Drift of severity high or above detected in 1 resource: aws_security_group.web (changed, critical)'
    )
    expect(failureReason(mixed, 'any', 'critical')).toBe(
      'Drift of severity critical or above detected in 1 resource: aws_security_group.web (changed, critical)'
    )
    expect(failureReason(minor, 'any', 'critical')).toBeUndefined()
  })

  it('never overrides fail-on: never, and never hides an error', () => {
    expect(failureReason(mixed, 'never', 'low')).toBeUndefined()
    const broken = report([
      directory('infra', [], { status: 'error', error: 'terraform plan failed' })
    ])
    expect(failureReason(broken, 'drift', 'critical')).toMatch(/could not be checked/)
  })

  it('counts unmanaged resources by their own severity', () => {
    const withInventory = {
      ...minor,
      unmanaged: {
        inventory: 'deep' as const,
        regions: ['us-east-1'],
        listedTypes: [],
        notListed: [],
        regionErrors: [],
        resources: [
          {
            arn: 'arn:aws:logs:us-east-1:1:log-group:/x',
            type: 'aws_cloudwatch_log_group',
            region: 'us-east-1',
            id: '/x',
            tags: {},
            seenBy: 'tagged' as const,
            severity: 'low' as const
          },
          {
            arn: 'arn:aws:ec2:us-east-1:1:security-group/sg-1',
            type: 'aws_security_group',
            region: 'us-east-1',
            id: 'sg-1',
            tags: {},
            seenBy: 'listed' as const,
            severity: 'high' as const
          }
        ],
        ownedByOthers: [],
        managed: 0,
        ignored: 0,
        madeByAws: {},
        coverage: 0,
        blindSpots: '',
        durationMs: 1
      }
    }
    expect(failureReason(withInventory, 'unmanaged', 'high')).toBe(
      '1 unmanaged resource of severity high or above found'
    )
    expect(failureReason(withInventory, 'unmanaged', 'critical')).toBeUndefined()
  })
})

describe('inputs', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? ''

  it('reads fail-on-severity and sarif-path', () => {
    const inputs = parseInputs(
      get({ 'fail-on-severity': 'High', 'sarif-path': ' out/drift.sarif ' }),
      {}
    )
    expect(inputs.failOnSeverity).toBe('high')
    expect(inputs.sarifPath).toBe('out/drift.sarif')
    expect(parseInputs(get({}), {})).toMatchObject({ failOnSeverity: 'none', sarifPath: '' })
  })

  // A UserError is what main prints as one line, without a stack trace.
  it('rejects an unknown severity in one line', () => {
    const error = thrown(() => parseInputs(get({ 'fail-on-severity': 'severe' }), {}))
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toBe(
      "Input 'fail-on-severity' must be one of none, low, medium, high, critical; got 'severe'."
    )
  })

  it('names the option on the command line', () => {
    const error = thrown(() => parseInputs(get({ 'fail-on-severity': 'severe' }), {}, 'cli'))
    expect(error).toBeInstanceOf(InputError)
    expect(optionMessage(error as InputError)).toBe(
      "Option '--fail-on-severity' must be one of none, low, medium, high, critical; got 'severe'."
    )
  })
})

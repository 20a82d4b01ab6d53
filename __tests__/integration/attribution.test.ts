import { afterEach, describe, expect, it } from '@jest/globals'
import type { AttributionSubject } from '../../src/collect/aws/attribution.js'
import { describeAttribution, lookUpAttributions } from '../../src/collect/aws/attribution.js'
import type {
  CloudTrailStandIn,
  CloudTrailStandInOptions,
  LookupRequest,
  TrailEvent,
  TrailRecord
} from '../helpers/cloudtrail-standin.js'
import {
  assumedRoleRecord,
  iamUserRecord,
  startCloudTrailStandIn
} from '../helpers/cloudtrail-standin.js'

/**
 * "Who changed it", through the real CloudTrail client against a LookupEvents stand-in (moto has
 * none): what a user would read next to a finding, that the most severe findings are looked up
 * first within the budget, that no region is asked more than twice a second, and that a missing
 * cloudtrail:LookupEvents costs one warning line and nothing else.
 */

const NOW = new Date('2026-12-01T00:00:00Z')
const credentials = async () => ({ accessKeyId: 'AKIDSTANDIN', secretAccessKey: 'standin' })
const PLENTY = { calls: 100, ms: 120_000 }

let standIn: CloudTrailStandIn | undefined
const savedEndpoint = process.env.AWS_ENDPOINT_URL_CLOUDTRAIL

async function serve(options: CloudTrailStandInOptions): Promise<CloudTrailStandIn> {
  standIn = await startCloudTrailStandIn(options)
  process.env.AWS_ENDPOINT_URL_CLOUDTRAIL = standIn.url
  return standIn
}

afterEach(async () => {
  await standIn?.close()
  standIn = undefined
  if (savedEndpoint === undefined) delete process.env.AWS_ENDPOINT_URL_CLOUDTRAIL
  else process.env.AWS_ENDPOINT_URL_CLOUDTRAIL = savedEndpoint
})

function on(name: string, record: TrailRecord, type = 'AWS::EC2::SecurityGroup'): TrailEvent {
  return { resources: [{ type, name }], record }
}

function subject(
  key: string,
  names: string[],
  severity = 1,
  region = 'us-east-1'
): AttributionSubject {
  return { key, region, names, severity }
}

function shown(result: Awaited<ReturnType<typeof lookUpAttributions>>, key: string) {
  const found = result.attributions.get(key)
  return found ? describeAttribution(found) : undefined
}

/** The most requests that arrived within any 1000 ms, in one region. */
function busiestSecond(requests: LookupRequest[], region: string): number {
  const times = requests.filter(r => r.region === region).map(r => r.at)
  let most = 0
  for (const time of times) {
    most = Math.max(most, times.filter(t => t >= time && t - time < 1000).length)
  }
  return most
}

describe('who changed it', () => {
  it('names the console user, and the role and session behind an assumed role', async () => {
    const server = await serve({
      events: {
        'us-east-1': [
          on(
            'sg-0a1',
            iamUserRecord('alice', {
              eventName: 'AuthorizeSecurityGroupIngress',
              eventTime: '2026-11-30T14:02:11Z',
              console: true
            })
          ),
          on(
            'deploy-bot',
            assumedRoleRecord('deploy', 'alice', {
              eventName: 'PutRolePolicy',
              eventTime: '2026-11-29T08:15:00Z',
              eventSource: 'iam.amazonaws.com'
            }),
            'AWS::IAM::Role'
          )
        ]
      }
    })

    const result = await lookUpAttributions(
      [subject('sg', ['sg-0a1'], 3), subject('role', ['deploy-bot'], 2, 'global')],
      { credentials, budget: PLENTY, now: NOW }
    )

    expect(shown(result, 'sg')).toBe(
      'AuthorizeSecurityGroupIngress by alice (console) on 2026-11-30 14:02 UTC'
    )
    expect(shown(result, 'role')).toBe(
      'PutRolePolicy by role deploy (session alice) on 2026-11-29 08:15 UTC'
    )
    expect(result.attributions.get('role')).toMatchObject({
      who: 'deploy',
      whoKind: 'role',
      session: 'alice',
      console: false,
      source: 'iam.amazonaws.com',
      when: '2026-11-29T08:15:00.000Z'
    })
    expect(result.notLookedUp).toEqual([])
    expect(result.warning).toBeUndefined()
    // Global resources' events are recorded in us-east-1; the last 90 days are asked for.
    expect(server.requests.map(r => r.region)).toEqual(['us-east-1', 'us-east-1'])
    expect(server.requests[0].attributes).toEqual([
      { AttributeKey: 'ResourceName', AttributeValue: 'sg-0a1' }
    ])
    expect(server.requests[0].endTime).toBe(NOW.getTime() / 1000)
    expect(NOW.getTime() / 1000 - (server.requests[0].startTime ?? 0)).toBe(90 * 24 * 3600)
  })

  it('takes the most recent successful write, not reads, failed calls or older writes', async () => {
    await serve({
      events: {
        'eu-west-1': [
          on(
            'logs',
            iamUserRecord('alice', {
              eventName: 'PutBucketPolicy',
              eventTime: '2026-11-01T10:00:00Z'
            })
          ),
          on(
            'logs',
            iamUserRecord('bob', { eventName: 'PutBucketAcl', eventTime: '2026-11-20T10:00:00Z' })
          ),
          on(
            'logs',
            iamUserRecord('carol', {
              eventName: 'GetBucketPolicy',
              eventTime: '2026-11-25T10:00:00Z',
              readOnly: true
            })
          ),
          on(
            'logs',
            iamUserRecord('mallory', {
              eventName: 'DeleteBucketPolicy',
              eventTime: '2026-11-28T10:00:00Z',
              errorCode: 'AccessDenied'
            })
          ),
          on(
            'old',
            iamUserRecord('dave', {
              eventName: 'PutBucketTagging',
              eventTime: '2026-08-01T10:00:00Z'
            })
          )
        ]
      }
    })

    const result = await lookUpAttributions(
      [subject('bucket', ['logs'], 2, 'eu-west-1'), subject('stale', ['old'], 1, 'eu-west-1')],
      { credentials, budget: PLENTY, now: NOW }
    )

    expect(shown(result, 'bucket')).toBe('PutBucketAcl by bob on 2026-11-20 10:00 UTC')
    // Past the 90 days of event history there is nothing to say, and nothing was left undone.
    expect(result.attributions.has('stale')).toBe(false)
    expect(result.notLookedUp).toEqual([])
  })

  it('follows NextToken past pages of reads to the write', async () => {
    const reads = Array.from({ length: 120 }, (_, i) =>
      on(
        'vol-9',
        iamUserRecord('monitor', {
          eventName: 'DescribeVolumes',
          eventTime: new Date(Date.parse('2026-11-30T00:00:00Z') - i * 60_000).toISOString(),
          readOnly: true
        }),
        'AWS::EC2::Volume'
      )
    )
    const write = on(
      'vol-9',
      iamUserRecord('erin', { eventName: 'ModifyVolume', eventTime: '2026-11-10T09:30:00Z' }),
      'AWS::EC2::Volume'
    )
    const server = await serve({ events: { 'us-east-1': [...reads, write] } })

    const result = await lookUpAttributions([subject('volume', ['vol-9'])], {
      credentials,
      budget: PLENTY,
      now: NOW
    })

    expect(shown(result, 'volume')).toBe('ModifyVolume by erin on 2026-11-10 09:30 UTC')
    expect(server.requests.map(r => [Boolean(r.nextToken), r.status])).toEqual([
      [false, 200],
      [true, 200],
      [true, 200]
    ])
  })

  it('asks no region more than twice a second, and the SDK retries what AWS throttles', async () => {
    const eastKeys = ['e1', 'e2', 'e3', 'e4', 'e5']
    const westKeys = ['w1', 'w2', 'w3']
    const event = (name: string, region: string) =>
      on(
        name,
        iamUserRecord(`user-${name}`, {
          eventName: 'ModifySecurityGroupRules',
          eventTime: '2026-11-15T12:00:00Z',
          region
        })
      )
    const server = await serve({
      events: {
        'us-east-1': eastKeys.map(key => event(key, 'us-east-1')),
        'eu-west-1': westKeys.map(key => event(key, 'eu-west-1'))
      }
    })
    // Another client of the account used up us-east-1's quota for a moment.
    server.throttleNext('us-east-1', 2)

    const result = await lookUpAttributions(
      [
        ...eastKeys.map(key => subject(key, [key])),
        ...westKeys.map(key => subject(key, [key], 1, 'eu-west-1'))
      ],
      { credentials, budget: PLENTY, now: NOW }
    )

    for (const key of [...eastKeys, ...westKeys]) {
      expect(shown(result, key)).toBe(
        `ModifySecurityGroupRules by user-${key} on 2026-11-15 12:00 UTC`
      )
    }
    const east = server.requests.filter(r => r.region === 'us-east-1')
    expect(east.filter(r => r.error === 'ThrottlingException')).toHaveLength(2)
    expect(east).toHaveLength(eastKeys.length + 2)
    expect(server.requests.filter(r => r.region === 'eu-west-1')).toHaveLength(westKeys.length)
    expect(busiestSecond(server.requests, 'us-east-1')).toBeLessThanOrEqual(2)
    expect(busiestSecond(server.requests, 'eu-west-1')).toBeLessThanOrEqual(2)
  })

  it('spends a budget of N calls on the N most severe findings and lists the rest', async () => {
    const names = ['low', 'critical', 'medium', 'high', 'critical-too']
    const server = await serve({
      events: {
        'us-east-1': names.map(name =>
          on(
            name,
            iamUserRecord('frank', {
              eventName: 'CreateSecurityGroup',
              eventTime: '2026-11-02T00:00:00Z'
            })
          )
        )
      }
    })
    const severity: Record<string, number> = {
      low: 0,
      medium: 1,
      high: 2,
      critical: 3,
      'critical-too': 3
    }

    const result = await lookUpAttributions(
      names.map(name => subject(name, [name], severity[name])),
      { credentials, budget: { calls: 3, ms: 120_000 }, now: NOW }
    )

    expect([...result.attributions.keys()].sort()).toEqual(['critical', 'critical-too', 'high'])
    expect(result.notLookedUp).toEqual(['medium', 'low'])
    expect(server.requests).toHaveLength(3)
    expect(result.warning).toBeUndefined()
  })

  it('looks nothing up when the time budget is already spent', async () => {
    const server = await serve({ events: {} })

    const result = await lookUpAttributions(
      [subject('a', ['sg-1'], 1), subject('b', ['sg-2'], 2)],
      {
        credentials,
        budget: { calls: 10, ms: 0 },
        now: NOW
      }
    )

    expect(result.notLookedUp).toEqual(['b', 'a'])
    expect(result.attributions.size).toBe(0)
    expect(server.requests).toHaveLength(0)
  })

  it('turns a missing cloudtrail:LookupEvents into one warning line and no error', async () => {
    const server = await serve({ events: {}, deny: ['us-east-1', 'eu-west-1'] })

    const result = await lookUpAttributions(
      [
        subject('a', ['sg-1'], 3),
        subject('b', ['sg-2'], 2),
        subject('c', ['sg-3'], 1, 'eu-west-1'),
        subject('d', ['admin'], 1, 'global')
      ],
      { credentials, budget: PLENTY, now: NOW }
    )

    expect(result.attributions.size).toBe(0)
    expect(result.notLookedUp).toEqual([])
    expect(result.warning).toBe(
      'access denied to cloudtrail:LookupEvents: grant it to see who changed each finding; findings are shown without attribution'
    )
    // One denied call per region, and no retries of it.
    expect(server.requests.map(r => r.region).sort()).toEqual(['eu-west-1', 'us-east-1'])
  })

  it('keeps the regions that answer when one denies and an opt-in region rejects', async () => {
    await serve({
      events: {
        'us-east-1': [
          on(
            'sg-1',
            iamUserRecord('grace', {
              eventName: 'RevokeSecurityGroupIngress',
              eventTime: '2026-11-21T07:00:00Z'
            })
          )
        ]
      },
      deny: ['eu-west-1'],
      reject: ['me-south-1']
    })

    const result = await lookUpAttributions(
      [
        subject('a', ['sg-1'], 1),
        subject('b', ['sg-2'], 2, 'eu-west-1'),
        subject('c', ['sg-3'], 3, 'me-south-1')
      ],
      { credentials, budget: PLENTY, now: NOW }
    )

    expect(shown(result, 'a')).toBe('RevokeSecurityGroupIngress by grace on 2026-11-21 07:00 UTC')
    expect(result.notLookedUp).toEqual([])
    expect(result.warning?.split('\n')).toHaveLength(1)
    expect(result.warning).toContain('access denied to cloudtrail:LookupEvents in eu-west-1')
    expect(result.warning).toContain(
      'cloudtrail:LookupEvents in me-south-1 rejected the credentials'
    )
    expect(result.warning).toContain('without attribution')
  })
})

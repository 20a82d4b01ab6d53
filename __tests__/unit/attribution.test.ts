import type { Event } from '@aws-sdk/client-cloudtrail'
import { describe, expect, it } from '@jest/globals'
import type { Attribution } from '../../src/model/findings.js'
import { attributionOf, describeAttribution } from '../../src/collect/aws/attribution.js'
import type { TrailRecord } from '../helpers/cloudtrail-standin.js'
import {
  assumedRoleRecord,
  iamUserRecord,
  rootRecord,
  serviceRecord
} from '../helpers/cloudtrail-standin.js'

/** The line a finding's "who changed it" reads as, from CloudTrail records as AWS writes them. */

const TIME = '2026-11-30T14:02:11Z'

function eventOf(record: TrailRecord): Event {
  return {
    EventName: record.eventName,
    ReadOnly: String(record.readOnly),
    EventTime: new Date(record.eventTime),
    EventSource: record.eventSource,
    CloudTrailEvent: JSON.stringify(record)
  }
}

function line(record: TrailRecord): string | undefined {
  const found = attributionOf(eventOf(record))
  return found ? describeAttribution(found) : undefined
}

describe('describeAttribution', () => {
  it('says who, how and when, to the minute in UTC', () => {
    const a: Attribution = {
      who: 'alice',
      whoKind: 'user',
      when: '2026-11-30T14:02:59.999Z',
      action: 'AuthorizeSecurityGroupIngress',
      console: true,
      source: 'ec2.amazonaws.com'
    }
    expect(describeAttribution(a)).toBe(
      'AuthorizeSecurityGroupIngress by alice (console) on 2026-11-30 14:02 UTC'
    )
    expect(describeAttribution({ ...a, console: false })).toBe(
      'AuthorizeSecurityGroupIngress by alice on 2026-11-30 14:02 UTC'
    )
  })

  it('names the role and its session, the root user and services', () => {
    expect(
      line(assumedRoleRecord('deploy', 'alice', { eventName: 'PutRolePolicy', eventTime: TIME }))
    ).toBe('PutRolePolicy by role deploy (session alice) on 2026-11-30 14:02 UTC')
    expect(
      line(
        assumedRoleRecord('Admin', 'bob', {
          eventName: 'DeleteVpc',
          eventTime: TIME,
          console: true
        })
      )
    ).toBe('DeleteVpc by role Admin (session bob, console) on 2026-11-30 14:02 UTC')
    expect(line(rootRecord({ eventName: 'PutBucketPolicy', eventTime: TIME, console: true }))).toBe(
      'PutBucketPolicy by the root user (console) on 2026-11-30 14:02 UTC'
    )
    expect(
      line(
        serviceRecord('autoscaling.amazonaws.com', { eventName: 'RunInstances', eventTime: TIME })
      )
    ).toBe('RunInstances by service autoscaling.amazonaws.com on 2026-11-30 14:02 UTC')
  })
})

describe('attributionOf', () => {
  it('tells the console from the CLI by the session flag or the console user agent', () => {
    const cli = iamUserRecord('carol', { eventName: 'CreateTags', eventTime: TIME })
    expect(attributionOf(eventOf(cli))?.console).toBe(false)
    const agent = { ...cli, userAgent: 'console.ec2.amazonaws.com' }
    expect(attributionOf(eventOf(agent))?.console).toBe(true)
    const flagged = { ...cli, sessionCredentialFromConsole: 'true' }
    expect(attributionOf(eventOf(flagged))?.console).toBe(true)
  })

  it('gives nothing for reads and failed calls: they changed nothing', () => {
    const read = iamUserRecord('dan', {
      eventName: 'DescribeVpcs',
      eventTime: TIME,
      readOnly: true
    })
    const failed = iamUserRecord('eve', {
      eventName: 'DeleteVpc',
      eventTime: TIME,
      errorCode: 'Client.UnauthorizedOperation'
    })
    expect(attributionOf(eventOf(read))).toBeUndefined()
    expect(attributionOf(eventOf(failed))).toBeUndefined()
  })

  it('falls back on the event summary when the record is unreadable', () => {
    const found = attributionOf({
      EventName: 'CreateRole',
      ReadOnly: 'false',
      EventTime: new Date(TIME),
      EventSource: 'iam.amazonaws.com',
      Username: 'frank',
      CloudTrailEvent: '{not json'
    })
    expect(found).toEqual({
      who: 'frank',
      whoKind: 'user',
      when: '2026-11-30T14:02:11.000Z',
      action: 'CreateRole',
      console: false,
      source: 'iam.amazonaws.com'
    })
  })
})

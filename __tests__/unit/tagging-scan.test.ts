import { afterEach, describe, expect, it } from '@jest/globals'
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api'
import { awsClientConfig } from '../../src/collect/aws/clients.js'
import { credentialsFault, regionFault, scanTaggingApi } from '../../src/collect/aws/tagging.js'
import type { Page, TaggingStandIn } from '../helpers/tagging-standin.js'
import { startTaggingStandIn } from '../helpers/tagging-standin.js'

/**
 * Faults moto cannot produce (throttling, an expired pagination token, one region denying
 * access, 5xx) from a stand-in Tagging API on loopback: the real SDK client signs, sends, retries
 * and parses errors over HTTP. Credentials are static so no provider chain runs.
 */

const credentials = async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' })

function awsError(name: string, message: string, status = 400): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status }
  })
}

const THROTTLED = { status: 400, type: 'ThrottlingException', message: 'Rate exceeded' }

let standIn: TaggingStandIn | undefined

afterEach(async () => {
  await standIn?.close()
  standIn = undefined
})

/** Scans `regions` through a stand-in serving `pages`; env holds the SDK's retry settings. */
async function scan(
  regions: string[],
  pages: Record<string, Record<string, Page>>,
  options: {
    env?: NodeJS.ProcessEnv
    holdUntilInFlight?: number
    setUp?: (s: TaggingStandIn) => void
  } = {}
) {
  const server = await startTaggingStandIn({
    pages,
    holdUntilInFlight: options.holdUntilInFlight
  })
  standIn = server
  options.setUp?.(server)
  const result = await scanTaggingApi({
    regions,
    credentials,
    client: (region, creds) =>
      new ResourceGroupsTaggingAPIClient({
        ...awsClientConfig(region, creds, options.env ?? {}),
        endpoint: server.url
      })
  })
  return { result, requests: server.requests, server }
}

describe('scanTaggingApi against a stand-in Tagging API', () => {
  it('follows the pagination token to the end, 100 a page', async () => {
    const { result, requests } = await scan(['eu-west-1'], {
      'eu-west-1': {
        '': { arns: ['arn:aws:sqs:eu-west-1:1:a'], next: 't1' },
        t1: { arns: ['arn:aws:sqs:eu-west-1:1:b'], next: 't2' },
        t2: { arns: ['arn:aws:sqs:eu-west-1:1:c'] }
      }
    })
    expect(result.errors).toEqual([])
    expect(result.resources.map(r => r.arn)).toEqual([
      'arn:aws:sqs:eu-west-1:1:a',
      'arn:aws:sqs:eu-west-1:1:b',
      'arn:aws:sqs:eu-west-1:1:c'
    ])
    expect(result.resources[0]).toEqual({
      arn: 'arn:aws:sqs:eu-west-1:1:a',
      region: 'eu-west-1',
      tags: { Name: 'a' }
    })
    expect(requests.map(r => [r.region, r.token, r.pageSize])).toEqual([
      ['eu-west-1', '', 100],
      ['eu-west-1', 't1', 100],
      ['eu-west-1', 't2', 100]
    ])
  })

  it('lets the SDK retry a throttled page, and the listing goes on from it', async () => {
    const { result, requests } = await scan(
      ['eu-west-1'],
      {
        'eu-west-1': {
          '': { arns: ['arn:aws:sqs:eu-west-1:1:a'], next: 't1' },
          t1: { arns: ['arn:aws:sqs:eu-west-1:1:b'] }
        }
      },
      { setUp: s => s.fail({ ...THROTTLED, token: 't1', times: 2 }) }
    )
    expect(result.errors).toEqual([])
    expect(result.resources.map(r => r.arn)).toEqual([
      'arn:aws:sqs:eu-west-1:1:a',
      'arn:aws:sqs:eu-west-1:1:b'
    ])
    // Never back to the first page: the throttled page is asked again until it answers.
    expect(requests.map(r => `${r.token || 'first'} ${r.status}`)).toEqual([
      'first 200',
      't1 400',
      't1 400',
      't1 200'
    ])
  })

  it('names a region that keeps throttling past AWS_MAX_ATTEMPTS, and still reports the others', async () => {
    const { result, requests } = await scan(
      ['eu-west-1', 'us-east-1'],
      {
        'eu-west-1': { '': { arns: ['arn:aws:sqs:eu-west-1:1:a'] } },
        'us-east-1': { '': { arns: ['arn:aws:sqs:us-east-1:1:never'] } }
      },
      { env: { AWS_MAX_ATTEMPTS: '2' }, setUp: s => s.fail({ ...THROTTLED, region: 'us-east-1' }) }
    )
    expect(result.resources.map(r => r.arn)).toEqual(['arn:aws:sqs:eu-west-1:1:a'])
    expect(result.errors).toEqual([
      {
        scope: 'region us-east-1',
        region: 'us-east-1',
        message:
          'region us-east-1 kept throttling the Tagging API after 2 attempts: run again later, or allow more attempts with AWS_MAX_ATTEMPTS'
      }
    ])
    expect(requests.filter(r => r.region === 'us-east-1')).toHaveLength(2)
  })

  it('names a region whose 5xx outlasts the retries', async () => {
    const { result, requests } = await scan(
      ['eu-west-1'],
      { 'eu-west-1': { '': { arns: ['arn:aws:sqs:eu-west-1:1:a'] } } },
      {
        env: { AWS_MAX_ATTEMPTS: '3' },
        setUp: s =>
          s.fail({ status: 500, type: 'InternalServiceException', message: 'boom\nsecond line' })
      }
    )
    expect(result.resources).toEqual([])
    expect(result.errors.map(e => e.message)).toEqual([
      'region eu-west-1: the Tagging API kept failing after 3 attempts (InternalServiceException: boom second line): run again later'
    ])
    expect(requests).toHaveLength(3)
  })

  it('restarts a listing once when its pagination token expires, without duplicates', async () => {
    const { result, requests } = await scan(
      ['eu-west-1'],
      {
        'eu-west-1': {
          '': { arns: ['arn:aws:sqs:eu-west-1:1:a'], next: 't1' },
          t1: { arns: ['arn:aws:sqs:eu-west-1:1:b'] }
        }
      },
      {
        setUp: s =>
          s.fail({
            status: 400,
            type: 'PaginationTokenExpiredException',
            message: 'The token has expired',
            token: 't1',
            times: 1
          })
      }
    )
    expect(result.errors).toEqual([])
    expect(result.resources.map(r => r.arn)).toEqual([
      'arn:aws:sqs:eu-west-1:1:a',
      'arn:aws:sqs:eu-west-1:1:b'
    ])
    // First page, the expired t1 (not retried by the SDK), then from the start again.
    expect(requests.map(r => `${r.token || 'first'} ${r.status}`)).toEqual([
      'first 200',
      't1 400',
      'first 200',
      't1 200'
    ])
  })

  it('gives up on a token that expires twice, with a reason', async () => {
    const { result } = await scan(
      ['eu-west-1'],
      { 'eu-west-1': { '': { arns: ['arn:aws:sqs:eu-west-1:1:a'], next: 't1' } } },
      {
        setUp: s =>
          s.fail({
            status: 400,
            type: 'PaginationTokenExpiredException',
            message: 'The token has expired',
            token: 't1'
          })
      }
    )
    expect(result.errors.map(e => e.message)).toEqual([
      "region eu-west-1: the Tagging API's pagination token expired twice while listing: run again"
    ])
  })

  it('reports AccessDenied in one region and everything from the other', async () => {
    const answering = (region: string) => ({
      '': { arns: [`arn:aws:sqs:${region}:1:q`, 'arn:aws:s3:::bucket'] }
    })
    const { result, requests } = await scan(
      ['eu-west-1', 'ap-south-1', 'us-east-1'],
      { 'eu-west-1': answering('eu-west-1'), 'us-east-1': answering('us-east-1') },
      {
        setUp: s =>
          s.fail({
            region: 'ap-south-1',
            status: 403,
            type: 'AccessDeniedException',
            message:
              'User: arn:aws:sts::1:assumed-role/drift/x is not authorized to perform: tag:GetResources'
          })
      }
    )
    expect(result.resources).toEqual([
      { arn: 'arn:aws:sqs:eu-west-1:1:q', region: 'eu-west-1', tags: { Name: 'q' } },
      // Listed by both regions that answered; once, under the first region asked.
      { arn: 'arn:aws:s3:::bucket', region: 'eu-west-1', tags: { Name: 'bucket' } },
      { arn: 'arn:aws:sqs:us-east-1:1:q', region: 'us-east-1', tags: { Name: 'q' } }
    ])
    expect(result.errors).toEqual([
      {
        scope: 'region ap-south-1',
        region: 'ap-south-1',
        message:
          "region ap-south-1 denied access (User: arn:aws:sts::1:assumed-role/drift/x is not authorized to perform: tag:GetResources): check the role's tag:GetResources permission"
      }
    ])
    // Access denied is not retried: asking again would not change the answer.
    expect(requests.filter(r => r.region === 'ap-south-1')).toHaveLength(1)
  })

  it('scans the regions at the same time', async () => {
    const empty = { '': { arns: [] } }
    const { server } = await scan(
      ['eu-west-1', 'us-east-1', 'ap-south-1'],
      { 'eu-west-1': empty, 'us-east-1': empty, 'ap-south-1': empty },
      { holdUntilInFlight: 3 }
    )
    expect(server.mostInFlight).toBe(3)
  })

  it('reports credentials that cannot be resolved once, without calling AWS', async () => {
    standIn = await startTaggingStandIn({ pages: {} })
    const server = standIn
    const result = await scanTaggingApi({
      regions: ['eu-west-1', 'us-east-1'],
      credentials: async () => {
        throw awsError('CredentialsProviderError', 'Could not load credentials from any providers')
      },
      client: (region, creds) =>
        new ResourceGroupsTaggingAPIClient({
          ...awsClientConfig(region, creds, {}),
          endpoint: server.url
        })
    })
    expect(result.errors).toEqual([
      {
        scope: 'inventory',
        message:
          'no usable AWS credentials (Could not load credentials from any providers): configure them before this step, e.g. with aws-actions/configure-aws-credentials'
      }
    ])
    expect(server.requests).toHaveLength(0)
  })
})

describe('fault messages', () => {
  it.each([
    [
      awsError('ExpiredTokenException', 'The security token included in the request is expired'),
      'credentials expired: refresh them (aws-actions/configure-aws-credentials)'
    ],
    [
      awsError(
        'UnrecognizedClientException',
        'The security token included in the request is invalid'
      ),
      'region eu-west-1 rejected the credentials (The security token included in the request is invalid): check they are for this account and the region is enabled for it'
    ],
    [
      Object.assign(new Error('getaddrinfo ENOTFOUND tagging.eu-west-1.amazonaws.com'), {
        code: 'ENOTFOUND'
      }),
      'region eu-west-1: the Tagging API could not be reached (getaddrinfo ENOTFOUND tagging.eu-west-1.amazonaws.com)'
    ],
    [
      awsError('InternalServiceException', 'boom\nsecond line', 500),
      'region eu-west-1: the Tagging API kept failing (InternalServiceException: boom second line): run again later'
    ]
  ])('%s', (error, message) => {
    expect(regionFault('eu-west-1', error)).toBe(message)
  })

  it('says which role could not be assumed', () => {
    expect(
      credentialsFault(
        awsError('AccessDenied', 'not authorized to perform sts:AssumeRole', 403),
        'arn:aws:iam::1:role/audit'
      )
    ).toBe(
      "could not assume role-to-assume arn:aws:iam::1:role/audit (not authorized to perform sts:AssumeRole): check the role's trust policy allows sts:AssumeRole for the current identity"
    )
  })
})

describe('retry settings', () => {
  it('are adaptive with room for a minute of throttling by default', () => {
    expect(awsClientConfig('eu-west-1', credentials, {})).toMatchObject({
      retryMode: 'adaptive',
      maxAttempts: 10
    })
  })

  it("follow the SDK's own AWS_RETRY_MODE and AWS_MAX_ATTEMPTS when set", () => {
    const env = { AWS_RETRY_MODE: 'standard', AWS_MAX_ATTEMPTS: '4' }
    expect(awsClientConfig('eu-west-1', credentials, env)).toMatchObject({
      retryMode: 'standard',
      maxAttempts: 4
    })
    const nonsense = { AWS_RETRY_MODE: 'eager', AWS_MAX_ATTEMPTS: 'lots' }
    expect(awsClientConfig('eu-west-1', credentials, nonsense)).toMatchObject({
      retryMode: 'adaptive',
      maxAttempts: 10
    })
  })
})

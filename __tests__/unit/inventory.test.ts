import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient
} from '@aws-sdk/client-resource-groups-tagging-api'
import type { GetResourcesCommandOutput } from '@aws-sdk/client-resource-groups-tagging-api'
import { HttpResponse } from '@smithy/core/transport'
import { mockClient } from 'aws-sdk-client-mock'
import { Readable } from 'node:stream'
import {
  credentialsFault,
  regionFault,
  scanInventory,
  taggingClientConfig
} from '../../src/collect/inventory.js'

/**
 * Faults moto cannot produce: throttling, an expired pagination token, one region denying
 * access. The Tagging API client is mocked; credentials are static so no provider chain runs.
 */

const credentials = async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' })
const noWait = () => 0

function awsError(name: string, message: string, status = 400): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status }
  })
}

type Page = { arns: string[]; next?: string }

function mapping(arn: string) {
  return { ResourceARN: arn, Tags: [{ Key: 'Name', Value: arn.split(/[:/]/).pop() }] }
}

/** A fake Tagging API: pages keyed by the token that asks for them; `asked` logs the tokens. */
function pagesFor(pages: Record<string, Page>, asked: (string | undefined)[] = []) {
  return (input: {
    PaginationToken?: string
    ResourcesPerPage?: number
  }): GetResourcesCommandOutput => {
    // The paginator reuses its input object, so the token is read now, not after the call.
    asked.push(input.PaginationToken)
    expect(input.ResourcesPerPage).toBe(100)
    const page = pages[input.PaginationToken ?? '']
    if (!page) throw awsError('InvalidParameterException', `unknown token ${input.PaginationToken}`)
    return {
      $metadata: {},
      ResourceTagMappingList: page.arns.map(mapping),
      PaginationToken: page.next ?? ''
    }
  }
}

describe('scanInventory with a mocked Tagging API', () => {
  const tagging = mockClient(ResourceGroupsTaggingAPIClient)
  beforeEach(() => {
    tagging.reset()
  })
  // mockClient stubs every instance's send; the SDK's retry tests below need the real one.
  afterAll(() => {
    tagging.restore()
  })

  it('follows the pagination token to the end, 100 a page', async () => {
    tagging.on(GetResourcesCommand).callsFake(
      pagesFor({
        '': { arns: ['arn:aws:sqs:eu-west-1:1:a'], next: 't1' },
        t1: { arns: ['arn:aws:sqs:eu-west-1:1:b'], next: 't2' },
        t2: { arns: ['arn:aws:sqs:eu-west-1:1:c'] }
      })
    )
    const inventory = await scanInventory({
      regions: ['eu-west-1'],
      credentials,
      backoffMs: noWait
    })
    expect(inventory.errors).toEqual([])
    expect(inventory.resources.map(r => r.arn)).toEqual([
      'arn:aws:sqs:eu-west-1:1:a',
      'arn:aws:sqs:eu-west-1:1:b',
      'arn:aws:sqs:eu-west-1:1:c'
    ])
    expect(inventory.resources[0]).toEqual({
      arn: 'arn:aws:sqs:eu-west-1:1:a',
      region: 'eu-west-1',
      tags: { Name: 'a' }
    })
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(3)
  })

  it('resumes from the last page after throttling outlasts the SDK retries', async () => {
    const asked: (string | undefined)[] = []
    const fake = pagesFor(
      {
        '': { arns: ['arn:aws:sqs:eu-west-1:1:a'], next: 't1' },
        t1: { arns: ['arn:aws:sqs:eu-west-1:1:b'] }
      },
      asked
    )
    const throttled = (input: { PaginationToken?: string }) => {
      asked.push(input.PaginationToken)
      throw awsError('ThrottlingException', 'Rate exceeded')
    }
    tagging
      .on(GetResourcesCommand)
      .callsFakeOnce(fake)
      .callsFakeOnce(throttled)
      .callsFakeOnce(throttled)
      .callsFake(fake)
    const waits: number[] = []
    const inventory = await scanInventory({
      regions: ['eu-west-1'],
      credentials,
      backoffMs: attempt => (waits.push(attempt), 0)
    })
    expect(inventory.errors).toEqual([])
    expect(inventory.resources.map(r => r.arn)).toEqual([
      'arn:aws:sqs:eu-west-1:1:a',
      'arn:aws:sqs:eu-west-1:1:b'
    ])
    expect(waits).toEqual([0, 1])
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(4)
    // Never back to the first page: the listing goes on where it stopped.
    expect(asked).toEqual([undefined, 't1', 't1', 't1'])
  })

  it('names a region that keeps throttling, and still reports the others', async () => {
    tagging.on(GetResourcesCommand).callsFake(async (input, getClient) => {
      const region = await getClient().config.region()
      if (region === 'us-east-1') throw awsError('ThrottlingException', 'Rate exceeded')
      return pagesFor({ '': { arns: ['arn:aws:sqs:eu-west-1:1:a'] } })(input)
    })
    const inventory = await scanInventory({
      regions: ['eu-west-1', 'us-east-1'],
      credentials,
      backoffMs: noWait
    })
    expect(inventory.resources.map(r => r.arn)).toEqual(['arn:aws:sqs:eu-west-1:1:a'])
    expect(inventory.errors).toEqual([
      {
        scope: 'region us-east-1',
        region: 'us-east-1',
        message:
          'region us-east-1 kept throttling the Tagging API after 4 rounds of retries: run again later'
      }
    ])
  })

  it('restarts a listing once when its pagination token expires, without duplicates', async () => {
    const asked: (string | undefined)[] = []
    const fake = pagesFor(
      {
        '': { arns: ['arn:aws:sqs:eu-west-1:1:a'], next: 't1' },
        t1: { arns: ['arn:aws:sqs:eu-west-1:1:b'] }
      },
      asked
    )
    tagging
      .on(GetResourcesCommand)
      .callsFakeOnce(fake)
      .rejectsOnce(awsError('PaginationTokenExpiredException', 'The token has expired'))
      .callsFake(fake)
    const inventory = await scanInventory({
      regions: ['eu-west-1'],
      credentials,
      backoffMs: noWait
    })
    expect(inventory.errors).toEqual([])
    expect(inventory.resources.map(r => r.arn)).toEqual([
      'arn:aws:sqs:eu-west-1:1:a',
      'arn:aws:sqs:eu-west-1:1:b'
    ])
    // First page, the expired t1, then from the start again.
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(4)
    expect(asked).toEqual([undefined, undefined, 't1'])
  })

  it('gives up on a token that expires twice, with a reason', async () => {
    tagging
      .on(GetResourcesCommand)
      .rejects(awsError('PaginationTokenExpiredException', 'The token has expired'))
    const inventory = await scanInventory({
      regions: ['eu-west-1'],
      credentials,
      backoffMs: noWait
    })
    expect(inventory.errors.map(e => e.message)).toEqual([
      "region eu-west-1: the Tagging API's pagination token expired twice while listing: run again"
    ])
  })

  it('reports AccessDenied in one region and everything from the other', async () => {
    tagging.on(GetResourcesCommand).callsFake(async (input, getClient) => {
      const region = await getClient().config.region()
      if (region === 'ap-south-1') {
        throw awsError(
          'AccessDeniedException',
          'User: arn:aws:sts::1:assumed-role/drift/x is not authorized to perform: tag:GetResources',
          403
        )
      }
      return pagesFor({ '': { arns: [`arn:aws:sqs:${region}:1:q`, 'arn:aws:s3:::bucket'] } })(input)
    })
    const inventory = await scanInventory({
      regions: ['eu-west-1', 'ap-south-1', 'us-east-1'],
      credentials,
      backoffMs: noWait
    })
    expect(inventory.resources).toEqual([
      { arn: 'arn:aws:sqs:eu-west-1:1:q', region: 'eu-west-1', tags: { Name: 'q' } },
      // Listed by both regions that answered; once, under the first region asked.
      { arn: 'arn:aws:s3:::bucket', region: 'eu-west-1', tags: { Name: 'bucket' } },
      { arn: 'arn:aws:sqs:us-east-1:1:q', region: 'us-east-1', tags: { Name: 'q' } }
    ])
    expect(inventory.errors).toEqual([
      {
        scope: 'region ap-south-1',
        region: 'ap-south-1',
        message:
          "region ap-south-1 denied access (User: arn:aws:sts::1:assumed-role/drift/x is not authorized to perform: tag:GetResources): check the role's tag:GetResources permission"
      }
    ])
  })

  it('scans the regions at the same time', async () => {
    let inFlight = 0
    let most = 0
    tagging.on(GetResourcesCommand).callsFake(async input => {
      most = Math.max(most, ++inFlight)
      await new Promise(done => setTimeout(done, 30))
      inFlight--
      return pagesFor({ '': { arns: [] } })(input)
    })
    await scanInventory({ regions: ['eu-west-1', 'us-east-1', 'ap-south-1'], credentials })
    expect(most).toBe(3)
  })

  it('reports credentials that cannot be resolved once, without calling AWS', async () => {
    const inventory = await scanInventory({
      regions: ['eu-west-1', 'us-east-1'],
      credentials: async () => {
        throw awsError('CredentialsProviderError', 'Could not load credentials from any providers')
      }
    })
    expect(inventory.errors).toEqual([
      {
        scope: 'inventory',
        message:
          'no usable AWS credentials (Could not load credentials from any providers): configure them before this step, e.g. with aws-actions/configure-aws-credentials'
      }
    ])
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(0)
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
      'region eu-west-1: InternalServiceException: boom second line'
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

describe("the SDK's own adaptive retry", () => {
  function response(status: number, body: unknown) {
    return {
      response: new HttpResponse({
        statusCode: status,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: Readable.from([Buffer.from(JSON.stringify(body))])
      })
    }
  }

  it('retries a throttled request before the page loop sees it', async () => {
    let calls = 0
    const requestHandler = {
      handle: async () => {
        calls++
        if (calls <= 2)
          return response(400, { __type: 'ThrottlingException', message: 'Rate exceeded' })
        return response(200, {
          ResourceTagMappingList: [{ ResourceARN: 'arn:aws:sqs:eu-west-1:1:a', Tags: [] }],
          PaginationToken: ''
        })
      }
    }
    const inventory = await scanInventory({
      regions: ['eu-west-1'],
      credentials,
      backoffMs: () => {
        throw new Error('the SDK should have absorbed the throttling')
      },
      client: (region, creds) =>
        new ResourceGroupsTaggingAPIClient({
          ...taggingClientConfig(region, creds),
          requestHandler
        })
    })
    expect(inventory.errors).toEqual([])
    expect(inventory.resources.map(r => r.arn)).toEqual(['arn:aws:sqs:eu-west-1:1:a'])
    expect(calls).toBe(3)
  })

  it('is configured adaptive with room for several attempts', () => {
    expect(taggingClientConfig('eu-west-1', credentials)).toMatchObject({
      retryMode: 'adaptive',
      maxAttempts: 6
    })
  })
})

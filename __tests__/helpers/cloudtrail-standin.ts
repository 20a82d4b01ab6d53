import type { IncomingMessage, ServerResponse } from 'node:http'
import { buffer } from 'node:stream/consumers'
import { listenOnLoopback } from './loopback.js'

/**
 * A stand-in for CloudTrail's LookupEvents on loopback, which moto does not implement. The real
 * SDK client reaches it through `AWS_ENDPOINT_URL_CLOUDTRAIL`, so its JSON protocol, signing,
 * paging and retries all run. It answers as AWS documents the API: one lookup attribute at most,
 * StartTime/EndTime inclusive, newest events first, MaxResults 1 to 50 (50 by default), a
 * NextToken only valid with the same query, and ThrottlingException past 2 requests in a second
 * per region. The region is the request's SigV4 credential scope, as a regional endpoint knows it.
 */

/** The fields of a CloudTrail record, as the CloudTrail user guide documents them. */
export interface TrailRecord {
  eventVersion: string
  userIdentity: Record<string, unknown> & { type: string }
  eventTime: string
  eventSource: string
  eventName: string
  awsRegion: string
  sourceIPAddress: string
  userAgent: string
  readOnly: boolean
  eventType: string
  eventID: string
  requestID: string
  managementEvent: boolean
  recipientAccountId: string
  eventCategory: string
  errorCode?: string
  errorMessage?: string
  sessionCredentialFromConsole?: string
  [field: string]: unknown
}

export interface TrailEvent {
  /** What the event lists under Resources: what a ResourceName lookup matches. */
  resources: { type: string; name: string }[]
  record: TrailRecord
}

export interface LookupRequest {
  /** Date.now() when it arrived. */
  at: number
  region: string
  attributes: { AttributeKey: string; AttributeValue: string }[]
  startTime?: number
  endTime?: number
  maxResults?: number
  nextToken?: string
  status: number
  /** The error's `__type`, for requests answered with one. */
  error?: string
}

export interface CloudTrailStandInOptions {
  /** Events by region. */
  events: Record<string, TrailEvent[]>
  /** Regions that answer AccessDeniedException, as for a role without cloudtrail:LookupEvents. */
  deny?: string[]
  /** Regions that answer UnrecognizedClientException, as an opt-in region not enabled does. */
  reject?: string[]
  /** Requests a second per region; 2 is AWS's quota. */
  perSecond?: number
}

export interface CloudTrailStandIn {
  url: string
  requests: LookupRequest[]
  /** Throttles a region's next `times` requests, as another client using up the quota would. */
  throttleNext(region: string, times: number): void
  close(): Promise<void>
}

export const ACCOUNT = '123456789012'
/** botocore sends the first, the JS SDK v3 the second: AWS answers both. */
const TARGETS = new Set([
  'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents',
  'CloudTrail_20131101.LookupEvents'
])
const SCOPE = /Credential=[^/]+\/\d{8}\/([^/]+)\/[^/]+\/aws4_request/
const MAX_RESULTS = 50

// ---------------------------------------------------------------------------------------------
// Records as AWS writes them

let eventCount = 0

interface RecordFields {
  eventName: string
  eventTime: string
  eventSource?: string
  region?: string
  readOnly?: boolean
  console?: boolean
  errorCode?: string
  userAgent?: string
  sourceIPAddress?: string
}

function baseRecord(userIdentity: TrailRecord['userIdentity'], fields: RecordFields): TrailRecord {
  eventCount++
  const id = `0000${eventCount}`.slice(-5)
  return {
    eventVersion: '1.10',
    userIdentity,
    eventTime: fields.eventTime,
    eventSource: fields.eventSource ?? 'ec2.amazonaws.com',
    eventName: fields.eventName,
    awsRegion: fields.region ?? 'us-east-1',
    sourceIPAddress: fields.sourceIPAddress ?? (fields.console ? 'AWS Internal' : '203.0.113.7'),
    userAgent: fields.userAgent ?? (fields.console ? 'AWS Internal' : 'aws-cli/2.22.0'),
    requestParameters: {},
    responseElements: null,
    requestID: `req-${id}`,
    eventID: `evt-${id}`,
    readOnly: fields.readOnly ?? false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
    ...(fields.errorCode
      ? { errorCode: fields.errorCode, errorMessage: 'You are not authorized to perform this' }
      : {}),
    // AWS writes the field only when it is true.
    ...(fields.console ? { sessionCredentialFromConsole: 'true' } : {})
  }
}

export function iamUserRecord(user: string, fields: RecordFields): TrailRecord {
  return baseRecord(
    {
      type: 'IAMUser',
      principalId: 'AIDAJ45Q7YFFAREXAMPLE',
      arn: `arn:aws:iam::${ACCOUNT}:user/${user}`,
      accountId: ACCOUNT,
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      userName: user
    },
    fields
  )
}

export function assumedRoleRecord(
  role: string,
  session: string,
  fields: RecordFields
): TrailRecord {
  return baseRecord(
    {
      type: 'AssumedRole',
      principalId: `AROAIDPPEZS35WEXAMPLE:${session}`,
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${session}`,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          principalId: 'AROAIDPPEZS35WEXAMPLE',
          arn: `arn:aws:iam::${ACCOUNT}:role/${role}`,
          accountId: ACCOUNT,
          userName: role
        },
        attributes: { mfaAuthenticated: 'false', creationDate: fields.eventTime }
      }
    },
    fields
  )
}

export function rootRecord(fields: RecordFields): TrailRecord {
  return baseRecord(
    {
      type: 'Root',
      principalId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE'
    },
    fields
  )
}

export function serviceRecord(service: string, fields: RecordFields): TrailRecord {
  return baseRecord({ type: 'AWSService', invokedBy: service }, { userAgent: service, ...fields })
}

/** The Username LookupEvents shows: the session's name for a role, as AWS does. */
function usernameOf(record: TrailRecord): string | undefined {
  const identity = record.userIdentity as {
    type: string
    userName?: string
    arn?: string
    invokedBy?: string
  }
  if (identity.type === 'Root') return 'root'
  if (identity.type === 'AWSService') return identity.invokedBy
  if (identity.type === 'AssumedRole') return identity.arn?.slice(identity.arn.lastIndexOf('/') + 1)
  return identity.userName
}

/** An event as LookupEvents returns it; timestamps are epoch seconds in the JSON protocol. */
export function lookupEventOf(event: TrailEvent): Record<string, unknown> {
  const { record } = event
  return {
    EventId: record.eventID,
    EventName: record.eventName,
    ReadOnly: String(record.readOnly),
    AccessKeyId: (record.userIdentity as { accessKeyId?: string }).accessKeyId,
    EventTime: Date.parse(record.eventTime) / 1000,
    EventSource: record.eventSource,
    Username: usernameOf(record),
    Resources: event.resources.map(resource => ({
      ResourceType: resource.type,
      ResourceName: resource.name
    })),
    CloudTrailEvent: JSON.stringify(record)
  }
}

// ---------------------------------------------------------------------------------------------
// The API

interface LookupBody {
  LookupAttributes?: { AttributeKey: string; AttributeValue: string }[]
  StartTime?: number
  EndTime?: number
  MaxResults?: number
  NextToken?: string
}

class ApiError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

function send(res: ServerResponse, status: number, body: unknown, type?: string): void {
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': 'standin-request',
    ...(type ? { 'x-amzn-errortype': type } : {})
  })
  res.end(JSON.stringify(body))
}

function attributeValue(event: TrailEvent, key: string): string[] {
  const { record } = event
  switch (key) {
    case 'ResourceName':
      return event.resources.map(resource => resource.name)
    case 'ResourceType':
      return event.resources.map(resource => resource.type)
    case 'EventName':
      return [record.eventName]
    case 'EventSource':
      return [record.eventSource]
    case 'EventId':
      return [record.eventID]
    case 'ReadOnly':
      return [String(record.readOnly)]
    case 'Username':
      return [usernameOf(record) ?? '']
    case 'AccessKeyId':
      return [String((record.userIdentity as { accessKeyId?: string }).accessKeyId)]
    default:
      throw new ApiError('InvalidLookupAttributesException', `Unknown AttributeKey ${key}`)
  }
}

/** What a NextToken is only valid with: the same attributes and time range. */
function queryOf(body: LookupBody): string {
  return JSON.stringify([body.LookupAttributes ?? [], body.StartTime, body.EndTime])
}

function offsetOf(body: LookupBody): number {
  if (!body.NextToken) return 0
  try {
    const token = JSON.parse(Buffer.from(body.NextToken, 'base64url').toString('utf8')) as {
      offset: number
      query: string
    }
    if (token.query === queryOf(body)) return token.offset
  } catch {
    // Falls through to the same error as a token for another query.
  }
  throw new ApiError('InvalidNextTokenException', 'Invalid NextToken')
}

function validate(body: LookupBody): { max: number; start: number; end: number } {
  const attributes = body.LookupAttributes ?? []
  if (attributes.length > 1) {
    throw new ApiError(
      'InvalidLookupAttributesException',
      'You cannot specify more than one lookup attribute.'
    )
  }
  const max = body.MaxResults ?? MAX_RESULTS
  if (!Number.isInteger(max) || max < 1 || max > MAX_RESULTS) {
    throw new ApiError('InvalidMaxResultsException', 'MaxResults must be from 1 to 50.')
  }
  const start = body.StartTime ?? -Infinity
  const end = body.EndTime ?? Infinity
  if (start > end) {
    throw new ApiError('InvalidTimeRangeException', 'StartTime is after EndTime.')
  }
  return { max, start, end }
}

function lookUp(events: TrailEvent[], body: LookupBody): Record<string, unknown> {
  const { max, start, end } = validate(body)
  const [attribute] = body.LookupAttributes ?? []
  const matching = events
    .filter(event => {
      const seconds = Date.parse(event.record.eventTime) / 1000
      return seconds >= start && seconds <= end
    })
    .filter(
      event =>
        !attribute ||
        attributeValue(event, attribute.AttributeKey).includes(attribute.AttributeValue)
    )
    .sort((a, b) => Date.parse(b.record.eventTime) - Date.parse(a.record.eventTime))
  const offset = offsetOf(body)
  const page = matching.slice(offset, offset + max)
  const more = offset + max < matching.length
  const next = { offset: offset + max, query: queryOf(body) }
  return {
    Events: page.map(lookupEventOf),
    ...(more ? { NextToken: Buffer.from(JSON.stringify(next)).toString('base64url') } : {})
  }
}

export async function startCloudTrailStandIn(
  options: CloudTrailStandInOptions
): Promise<CloudTrailStandIn> {
  const requests: LookupRequest[] = []
  const perSecond = options.perSecond ?? 2
  const served = new Map<string, number[]>()
  const forced = new Map<string, number>()

  /** AWS's quota: the requests it answered in the last second, per region. */
  function overQuota(region: string, at: number): boolean {
    const recent = (served.get(region) ?? []).filter(time => at - time < 1000)
    served.set(region, recent)
    return recent.length >= perSecond
  }

  function takeForced(region: string): boolean {
    const left = forced.get(region) ?? 0
    if (left > 0) forced.set(region, left - 1)
    return left > 0
  }

  function fail(res: ServerResponse, request: LookupRequest, type: string, message: string) {
    request.status = 400
    request.error = type
    send(res, 400, { __type: type, message }, type)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now()
    const raw = await buffer(req)
    const region = SCOPE.exec(req.headers.authorization ?? '')?.[1] ?? ''
    const body = (raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {}) as LookupBody
    const request: LookupRequest = {
      at,
      region,
      attributes: body.LookupAttributes ?? [],
      ...(body.StartTime !== undefined ? { startTime: body.StartTime } : {}),
      ...(body.EndTime !== undefined ? { endTime: body.EndTime } : {}),
      ...(body.MaxResults !== undefined ? { maxResults: body.MaxResults } : {}),
      ...(body.NextToken !== undefined ? { nextToken: body.NextToken } : {}),
      status: 200
    }
    requests.push(request)
    if (!TARGETS.has(String(req.headers['x-amz-target']))) {
      return fail(res, request, 'UnknownOperationException', `Unknown operation`)
    }
    if (options.reject?.includes(region)) {
      return fail(
        res,
        request,
        'UnrecognizedClientException',
        'The security token included in the request is invalid.'
      )
    }
    if (options.deny?.includes(region)) {
      return fail(
        res,
        request,
        'AccessDeniedException',
        `User: arn:aws:iam::${ACCOUNT}:user/ci is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`
      )
    }
    if (takeForced(region) || overQuota(region, at)) {
      return fail(res, request, 'ThrottlingException', 'Rate exceeded')
    }
    served.get(region)?.push(at)
    try {
      send(res, 200, lookUp(options.events[region] ?? [], body))
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      fail(res, request, error.type, error.message)
    }
  }

  const loopback = await listenOnLoopback((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const last = requests.at(-1)
      if (last) Object.assign(last, { status: 500, error: 'InternalFailure' })
      send(res, 500, { __type: 'InternalFailure', message: String(error) })
    })
  })
  return {
    url: loopback.url,
    requests,
    throttleNext: (region, times) => {
      forced.set(region, (forced.get(region) ?? 0) + times)
    },
    close: loopback.close
  }
}

import type { IncomingMessage } from 'node:http'
import { buffer } from 'node:stream/consumers'
import { forward, listenOnLoopback } from './loopback.js'

/**
 * A stand-in for any AWS API on loopback, in front of moto: what moto cannot do (page IAM's
 * GetAccountAuthorizationDetails, deny a call, throttle) is answered here; every other request goes
 * on to moto. The real SDK clients reach it through `AWS_ENDPOINT_URL`, so their signing, retries
 * and error parsing all run. Service and region come from the request's SigV4 credential scope;
 * the operation from `X-Amz-Target` (JSON protocols) or the form's `Action` (query protocols).
 */

export interface AwsCall {
  /** The signing name: `iam`, `ec2`, `kms`, `s3`. */
  service: string
  region: string
  /** `DescribeSecurityGroups`; '' for REST protocols (S3, Route 53, Lambda). */
  action: string
  /** The HTTP method and path: what names the operation of a REST protocol. */
  method: string
  path: string
  /** The form of a query-protocol request. */
  params: URLSearchParams
  status: number
}

export interface CannedAnswer {
  status: number
  body: string
  /** Content type; XML unless said. */
  type?: string
}

export interface Rule {
  service: string
  action: string
  /** Only requests signed for this region. */
  region?: string
  /** Only requests whose form has these values (`{ Marker: 'm2' }`; '' for absent). */
  params?: Record<string, string>
  /** Answered this many times, then requests pass; always when absent. */
  times?: number
  answer: CannedAnswer
}

export interface AwsStandIn {
  url: string
  calls: AwsCall[]
  answer(rule: Rule): void
  close(): Promise<void>
}

const SCOPE = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/

/** A query-protocol error (IAM, STS, SNS, RDS, ELB). */
export function queryError(status: number, code: string, message: string): CannedAnswer {
  return {
    status,
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>standin</RequestId></ErrorResponse>`
  }
}

/** An EC2 error. */
export function ec2Error(status: number, code: string, message: string): CannedAnswer {
  return {
    status,
    body: `<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>standin</RequestID></Response>`
  }
}

/** A JSON-protocol error (KMS, Secrets Manager, DynamoDB, ...). */
export function jsonError(status: number, type: string, message: string): CannedAnswer {
  return {
    status,
    type: 'application/x-amz-json-1.1',
    body: JSON.stringify({ __type: type, message })
  }
}

/** A REST-XML error (S3). */
export function restXmlError(status: number, code: string, message: string): CannedAnswer {
  return {
    status,
    body: `<Error><Code>${code}</Code><Message>${message}</Message><RequestId>standin</RequestId></Error>`
  }
}

/** What moto answers for an API it does not implement (CloudTrail's LookupEvents): Werkzeug's page. */
export function htmlPage(status: number): CannedAnswer {
  return {
    status,
    type: 'text/html; charset=utf-8',
    body: `<!doctype html>\n<html lang=en>\n<title>${status} Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request.</p>\n`
  }
}

/** An answer cut short: the protocol's content type, a body that does not parse. */
export function cutShort(status: number, json: boolean): CannedAnswer {
  return json
    ? { status, type: 'application/x-amz-json-1.1', body: '{"__type":"InternalFail' }
    : { status, body: '<ErrorResponse><Error><Code>InternalFail' }
}

function callOf(req: IncomingMessage, body: Buffer): AwsCall {
  const [, region = '', service = ''] = SCOPE.exec(req.headers.authorization ?? '') ?? []
  const target = String(req.headers['x-amz-target'] ?? '')
  const form = String(req.headers['content-type'] ?? '').startsWith(
    'application/x-www-form-urlencoded'
  )
  const params = new URLSearchParams(form ? body.toString('utf8') : '')
  const action = target ? target.slice(target.lastIndexOf('.') + 1) : (params.get('Action') ?? '')
  return {
    service,
    region,
    action,
    params,
    status: 0,
    method: req.method ?? '',
    path: req.url ?? ''
  }
}

/** What only reads: the operations a read-only audit may send (STS's role and identity calls too). */
const READS = /^(List|Describe|Get|Lookup|Head|Search|BatchGet|Query|Scan)[A-Z]/
const STS = new Set(['AssumeRole', 'AssumeRoleWithWebIdentity', 'GetCallerIdentity'])

/**
 * The calls that could change an account: a named operation that is not a List, Describe, Get or
 * Lookup (or STS's), and a REST request (S3, Route 53, Lambda) that is not a GET or HEAD.
 */
export function writingCalls(calls: AwsCall[]): string[] {
  return calls
    .filter(call =>
      call.action
        ? !READS.test(call.action) && !(call.service === 'sts' && STS.has(call.action))
        : !['GET', 'HEAD'].includes(call.method)
    )
    .map(call => `${call.service} ${call.action || `${call.method} ${call.path}`}`)
}

function matches(rule: Rule, call: AwsCall): boolean {
  return (
    rule.service === call.service &&
    rule.action === call.action &&
    (rule.region === undefined || rule.region === call.region) &&
    Object.entries(rule.params ?? {}).every(
      ([key, value]) => (call.params.get(key) ?? '') === value
    ) &&
    (rule.times === undefined || rule.times > 0)
  )
}

export async function startAwsStandIn(upstream: string): Promise<AwsStandIn> {
  const rules: Rule[] = []
  const calls: AwsCall[] = []
  const loopback = await listenOnLoopback(async (req, res) => {
    const body = await buffer(req)
    const call = callOf(req, body)
    calls.push(call)
    const rule = rules.find(candidate => matches(candidate, call))
    if (!rule) {
      res.on('finish', () => (call.status = res.statusCode))
      return forward(upstream, req, body, res, message => {
        res.writeHead(502)
        res.end(message)
      })
    }
    if (rule.times !== undefined) rule.times--
    call.status = rule.answer.status
    res.writeHead(rule.answer.status, {
      'content-type': rule.answer.type ?? 'text/xml',
      'x-amzn-requestid': 'standin'
    })
    res.end(rule.answer.body)
  })
  return {
    url: loopback.url,
    calls,
    answer: rule => {
      rules.push(rule)
    },
    close: loopback.close
  }
}

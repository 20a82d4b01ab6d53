import type { IncomingMessage, ServerResponse } from 'node:http'
import { forward, listenOnLoopback } from './loopback.js'

/**
 * A stand-in for the Resource Groups Tagging API on loopback, for the faults moto cannot produce:
 * throttling, a region that denies access, 5xx, an expired pagination token. Either in front of
 * moto (`upstream`: every request it does not fail goes on to moto, so real terraform and the real
 * inventory meet) or on its own with canned pages. The real AWS SDK client talks to it over HTTP,
 * so its retry mode, signing and error parsing all run; the region is read from the request's
 * SigV4 credential scope, as AWS's regional endpoints would know it.
 */

export interface TaggingFault {
  /** Only requests signed for this region; every region when absent. */
  region?: string
  /** Only requests for the page this token asks for ('' is the first page). */
  token?: string
  status: number
  /** The AWS error code, as `__type`. */
  type: string
  message: string
  /** Answered this many times, then requests pass; always when absent. */
  times?: number
}

export interface TaggingRequest {
  region: string
  /** The PaginationToken asked for; '' for the first page. */
  token: string
  pageSize: number | undefined
  status: number
}

export interface Page {
  arns: string[]
  next?: string
}

export interface TaggingStandIn {
  url: string
  requests: TaggingRequest[]
  /** The most GetResources requests answered at once. */
  mostInFlight: number
  fail(fault: TaggingFault): void
  close(): Promise<void>
}

const SCOPE = /Credential=[^/]+\/\d{8}\/([^/]+)\/[^/]+\/aws4_request/

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** A failed forward, in the API's own error shape. */
function standInError(res: ServerResponse): (message: string) => void {
  return message => answer(res, 502, { __type: 'StandInError', message })
}

function answer(res: ServerResponse, status: number, body: unknown, type?: string): void {
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': 'standin-request',
    ...(type ? { 'x-amzn-errortype': type } : {})
  })
  res.end(JSON.stringify(body))
}

export async function startTaggingStandIn(options: {
  upstream?: string
  /** Canned pages by region, then by the token that asks for them ('' first). */
  pages?: Record<string, Record<string, Page>>
  /**
   * Holds each GetResources answer until this many requests are in at once, or 5 s have passed:
   * a client that asks one at a time then sees one in flight, however slow the machine.
   */
  holdUntilInFlight?: number
}): Promise<TaggingStandIn> {
  const faults: TaggingFault[] = []
  const requests: TaggingRequest[] = []
  let inFlight = 0
  let mostInFlight = 0
  const held: Array<() => void> = []
  const hold = (count: number) =>
    new Promise<void>(release => {
      const timer = setTimeout(release, 5_000)
      held.push(() => {
        clearTimeout(timer)
        release()
      })
      if (inFlight >= count) for (const next of held.splice(0)) next()
    })

  const loopback = await listenOnLoopback(async (req, res) => {
    const body = await readBody(req)
    const region = SCOPE.exec(req.headers.authorization ?? '')?.[1] ?? ''
    const isTagging = String(req.headers['x-amz-target'] ?? '').endsWith('.GetResources')
    if (!isTagging) {
      if (options.upstream) return forward(options.upstream, req, body, res, standInError(res))
      return answer(res, 400, { __type: 'UnknownOperationException', message: 'stand-in' })
    }
    const input = JSON.parse(body.toString('utf8') || '{}') as {
      PaginationToken?: string
      ResourcesPerPage?: number
    }
    const token = input.PaginationToken ?? ''
    const record: TaggingRequest = { region, token, pageSize: input.ResourcesPerPage, status: 200 }
    requests.push(record)
    mostInFlight = Math.max(mostInFlight, ++inFlight)
    if (options.holdUntilInFlight) await hold(options.holdUntilInFlight)
    inFlight--

    const fault = faults.find(
      f =>
        (f.region === undefined || f.region === region) &&
        (f.token === undefined || f.token === token) &&
        (f.times === undefined || f.times > 0)
    )
    if (fault) {
      if (fault.times !== undefined) fault.times--
      record.status = fault.status
      return answer(res, fault.status, { __type: fault.type, message: fault.message }, fault.type)
    }
    if (options.upstream) return forward(options.upstream, req, body, res, standInError(res))
    const page = options.pages?.[region]?.[token]
    if (!page) {
      record.status = 400
      return answer(res, 400, {
        __type: 'InvalidParameterException',
        message: `stand-in has no page for region '${region}' and token '${token}'`
      })
    }
    answer(res, 200, {
      ResourceTagMappingList: page.arns.map(arn => ({
        ResourceARN: arn,
        Tags: [{ Key: 'Name', Value: arn.split(/[:/]/).pop() }]
      })),
      PaginationToken: page.next ?? ''
    })
  })
  return {
    url: loopback.url,
    requests,
    get mostInFlight() {
      return mostInFlight
    },
    fail: fault => {
      faults.push(fault)
    },
    close: loopback.close
  }
}

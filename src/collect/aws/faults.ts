import { messageOf, clipToLine } from '../../errors.js'
import type { FaultKind } from '../../faults.js'
import { foreignDetail, isLasting } from '../../faults.js'

/**
 * What went wrong with an AWS call, told apart once for every stage that calls AWS (the Tagging
 * API scan, the direct listing, attribution) and for the SDK's retries (clients.ts), so each
 * stage only words its own one-line message.
 */

export type { FaultKind }

export interface ClassifiedFault {
  kind: FaultKind
  /** The AWS error code, or the Node error code for network faults. */
  name: string
  /** The error's message on one line; for a foreign answer, what the answer was. */
  detail: string
  /** ` after N attempts` when the SDK says how many it made, else ''. */
  tries: string
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown'
])
const EXPIRED = new Set([
  'ExpiredTokenException',
  'ExpiredToken',
  'RequestExpired',
  'TokenRefreshRequired'
])
const DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'UnauthorizedException'
])
const REJECTED = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'AuthFailure'
])
/** JSON protocols, query protocols; a 501 status says the same. */
const UNSUPPORTED = new Set(['UnknownOperationException', 'InvalidAction'])
const NETWORK = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'])
/** What the SDK names an error answer that carried no error code. */
const CODELESS = new Set(['Unknown', 'UnknownError'])

/**
 * An HTML page where the API answers XML or JSON, whatever its status (a proxy's, a portal's, an
 * emulator's). Thrown before the SDK parses it: the XML protocols would read one under 200 as an
 * empty answer, a listing that silently found nothing.
 */
export class ForeignAnswer extends Error {
  override name = 'ForeignAnswer'
  readonly $metadata: { httpStatusCode: number; attempts?: number }

  constructor(status: number) {
    super(foreignDetail(status, true))
    this.$metadata = { httpStatusCode: status }
  }
}

export function errorName(error: unknown): string {
  const e = error as { name?: string; code?: string; Code?: string }
  return e?.name && e.name !== 'Error' ? e.name : (e?.code ?? e?.Code ?? 'Error')
}

/**
 * Whether an answer was not the API's: an HTML page (ForeignAnswer), a body the SDK could not
 * parse as the protocol's XML or JSON, or an error answer without an error code (the SDK then
 * names it `Unknown`, or `NotFound` for a 404: the APIs Driftwatch calls answer 404 only with a
 * code).
 */
function isForeign(error: unknown, name: string, status: number | undefined): boolean {
  if (error instanceof ForeignAnswer) return true
  if (status === undefined) return false
  const message = messageOf(error)
  const unparsed =
    name === 'SyntaxError' ||
    (typeof error === 'object' && error !== null && '$responseBodyText' in error) ||
    /XML parse error/.test(message)
  const codeless =
    CODELESS.has(name) || (name === 'NotFound' && status === 404 && CODELESS.has(message))
  return unparsed || codeless
}

function kindOf(error: unknown, name: string, status: number | undefined): FaultKind {
  // A 429 says "wait", whoever wrote the page that came with it.
  if (THROTTLING.has(name) || status === 429) return 'throttled'
  if (isForeign(error, name, status)) return 'foreign'
  if (EXPIRED.has(name)) return 'expired'
  if (DENIED.has(name) || (status === 403 && !REJECTED.has(name))) return 'denied'
  if (REJECTED.has(name)) return 'rejected'
  if (UNSUPPORTED.has(name) || status === 501) return 'unsupported'
  if (name === 'PaginationTokenExpiredException') return 'token-expired'
  if (NETWORK.has(name) || name === 'TimeoutError') return 'unreachable'
  if (status !== undefined && status >= 500) return 'failing'
  return 'other'
}

export function classifyFault(error: unknown): ClassifiedFault {
  const name = errorName(error)
  const metadata = (error as { $metadata?: { httpStatusCode?: number; attempts?: number } })
    ?.$metadata
  const status = metadata?.httpStatusCode
  const kind = kindOf(error, name, status)
  return {
    kind,
    name,
    detail:
      kind === 'foreign'
        ? foreignDetail(status, error instanceof ForeignAnswer)
        : clipToLine(messageOf(error), 200),
    tries: metadata?.attempts ? ` after ${metadata.attempts} attempts` : ''
  }
}

/**
 * Whether no retry of the call that threw `error` can succeed (see isLasting). A clock the SDK
 * has just corrected is the exception: AWS answers a skewed clock with a denial or an expired
 * request, and the same call signed again with the corrected clock can succeed.
 */
export function cannotHeal(error: unknown): boolean {
  const e = error as { $metadata?: { clockSkewCorrected?: boolean }; message?: string }
  if (e?.$metadata?.clockSkewCorrected || /Signature expired/.test(e?.message ?? '')) return false
  return isLasting(classifyFault(error).kind)
}

/**
 * For a fault of the endpoint rather than of the call (`foreign`: the answer is not the API's;
 * `unsupported`: the endpoint does not know the operation): what it did and what to check, in
 * any stage's line. `subject` names the API or the action: `cloudtrail:LookupEvents in us-east-1`.
 */
export function endpointClause(fault: ClassifiedFault, subject: string): string {
  return fault.kind === 'unsupported'
    ? `the endpoint for ${subject} does not offer it (${fault.name}): check AWS_ENDPOINT_URL`
    : `the endpoint for ${subject} answered ${fault.detail} instead of the API: check AWS_ENDPOINT_URL, or a proxy in between`
}

export const EXPIRED_CREDENTIALS =
  'credentials expired: refresh them (aws-actions/configure-aws-credentials)'

/** One line for credentials that could not be resolved at all. */
export function credentialsFault(error: unknown, roleToAssume?: string): string {
  const fault = classifyFault(error)
  const { kind, detail } = fault
  if (kind === 'expired') return EXPIRED_CREDENTIALS
  if (roleToAssume && (kind === 'foreign' || kind === 'unsupported')) {
    return `could not assume role-to-assume ${roleToAssume}: ${endpointClause(fault, 'sts:AssumeRole')}`
  }
  if (roleToAssume) {
    return `could not assume role-to-assume ${roleToAssume} (${detail}): check the role's trust policy allows sts:AssumeRole for the current identity`
  }
  return `no usable AWS credentials (${detail}): configure them before this step, e.g. with aws-actions/configure-aws-credentials`
}

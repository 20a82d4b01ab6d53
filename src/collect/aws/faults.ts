import { messageOf, clipToLine } from '../../errors.js'

/**
 * What went wrong with an AWS call, told apart once for every stage that calls AWS (the Tagging
 * API scan, the direct listing), so each only words its own one-line message.
 */

export type FaultKind =
  | 'expired'
  | 'denied'
  | 'rejected'
  | 'throttled'
  | 'token-expired'
  | 'unreachable'
  | 'failing'
  | 'other'

export interface ClassifiedFault {
  kind: FaultKind
  /** The AWS error code, or the Node error code for network faults. */
  name: string
  /** The error's message on one line. */
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
const NETWORK = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'])

export function errorName(error: unknown): string {
  const e = error as { name?: string; code?: string; Code?: string }
  return e?.name && e.name !== 'Error' ? e.name : (e?.code ?? e?.Code ?? 'Error')
}

function kindOf(name: string, status: number | undefined): FaultKind {
  if (EXPIRED.has(name)) return 'expired'
  if (DENIED.has(name) || (status === 403 && !REJECTED.has(name))) return 'denied'
  if (REJECTED.has(name)) return 'rejected'
  if (THROTTLING.has(name)) return 'throttled'
  if (name === 'PaginationTokenExpiredException') return 'token-expired'
  if (NETWORK.has(name) || name === 'TimeoutError') return 'unreachable'
  if (status !== undefined && status >= 500) return 'failing'
  return 'other'
}

export function classifyFault(error: unknown): ClassifiedFault {
  const name = errorName(error)
  const metadata = (error as { $metadata?: { httpStatusCode?: number; attempts?: number } })
    ?.$metadata
  const attempts = metadata?.attempts
  return {
    kind: kindOf(name, metadata?.httpStatusCode),
    name,
    detail: clipToLine(messageOf(error), 200),
    tries: attempts ? ` after ${attempts} attempts` : ''
  }
}

export const EXPIRED_CREDENTIALS =
  'credentials expired: refresh them (aws-actions/configure-aws-credentials)'

/** One line for credentials that could not be resolved at all. */
export function credentialsFault(error: unknown, roleToAssume?: string): string {
  const { kind, detail } = classifyFault(error)
  if (kind === 'expired') return EXPIRED_CREDENTIALS
  if (roleToAssume) {
    return `could not assume role-to-assume ${roleToAssume} (${detail}): check the role's trust policy allows sts:AssumeRole for the current identity`
  }
  return `no usable AWS credentials (${detail}): configure them before this step, e.g. with aws-actions/configure-aws-credentials`
}

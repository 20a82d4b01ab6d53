/**
 * What went wrong with a call to an API, AWS's or GitHub's, in kinds every stage words its own
 * one-line message for; and the one rule of which faults a retry can heal. Each client keeps its
 * library's retries (the AWS SDK's retry strategy, Octokit's retry and throttling plugins) and
 * only tells them what not to retry: collect/aws/clients.ts for every AWS SDK client,
 * github/client.ts for Octokit. Each client's classifier maps its errors to these kinds.
 */

export type FaultKind =
  /** The credentials or token have expired. */
  | 'expired'
  /** The caller may not do this (an IAM denial, a token without the permission). */
  | 'denied'
  /** The credentials are not valid here (an opt-in region not enabled, a bad signature). */
  | 'rejected'
  /** The answer is not the API's: an HTML page, a body that does not parse, no error code. */
  | 'foreign'
  /** The endpoint does not know the operation (an emulator without the API). */
  | 'unsupported'
  | 'throttled'
  | 'token-expired'
  /** No answer: the network or a timeout. */
  | 'unreachable'
  /** A server error in the API's own format (its error code in its XML or JSON). */
  | 'failing'
  | 'other'

/**
 * Faults the same request meets again however long one waits: a retry only delays the line that
 * says what to fix. A 5xx status does not make them transient: an emulator without the API
 * (moto's LookupEvents) or a proxy answers an HTML page under a 500 or 502 every time.
 */
const LASTING = new Set<FaultKind>(['expired', 'denied', 'rejected', 'foreign', 'unsupported'])

/** Whether no retry can heal a fault of this kind; the others are left to the library's retries. */
export function isLasting(kind: FaultKind): boolean {
  return LASTING.has(kind)
}

/**
 * Whether an answer under this content type may be an HTML page: what proxies, captive portals
 * and emulators answer, never an AWS or GitHub API. Only the body tells (isHtmlPage): moto labels
 * its JSON answers `text/html` too.
 */
export function mayBeHtml(contentType: string | undefined): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? '')
}

/** Whether a body (its start is enough) is an HTML page. */
export function isHtmlPage(body: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/i.test(body)
}

/** `HTTP 500, an HTML page`: what a foreign answer was, for the detail of a one-line message. */
export function foreignDetail(status: number | undefined, html: boolean): string {
  const what = html ? 'an HTML page' : 'an unreadable body'
  return status === undefined ? what : `HTTP ${status}, ${what}`
}

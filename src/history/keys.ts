import { normaliseArn } from '../model/arn.js'
import type { DriftFinding, UnmanagedResource } from '../model/findings.js'
import { directoryLabel } from '../model/report.js'

/**
 * How the audit history names a finding: `drift:<directory>:<address>` for a drifted resource,
 * `unmanaged:<arn>` for an unmanaged one. Keys are all the history holds of a finding besides
 * days, counts and severity.
 */

export const DRIFT_PREFIX = 'drift:'
export const UNMANAGED_PREFIX = 'unmanaged:'

/** A key as Driftwatch makes them; what an issue holds is checked against this when read back. */
export function isFindingKey(key: string): boolean {
  return key.startsWith(DRIFT_PREFIX) || key.startsWith(UNMANAGED_PREFIX)
}

export function driftKey(directory: string, finding: Pick<DriftFinding, 'address'>): string {
  return `${DRIFT_PREFIX}${directoryLabel(directory)}:${finding.address}`
}

/** By ARN, in the one normalised form; the few resources AWS gives no ARN by type and import id. */
export function unmanagedKey(resource: Pick<UnmanagedResource, 'arn' | 'type' | 'id'>): string {
  return resource.arn
    ? `${UNMANAGED_PREFIX}${normaliseArn(resource.arn)}`
    : `${UNMANAGED_PREFIX}${resource.type}:${resource.id}`
}

export type ParsedKey =
  | { kind: 'drift'; directory: string; address: string }
  | { kind: 'unmanaged'; resource: string }

/**
 * What a key names, for listing resolved findings the report no longer has. Keys come back from
 * an issue a person can edit: the parts are untrusted text, to be escaped like any other.
 */
export function parseKey(key: string): ParsedKey | undefined {
  if (key.startsWith(UNMANAGED_PREFIX))
    return { kind: 'unmanaged', resource: key.slice(UNMANAGED_PREFIX.length) }
  if (!key.startsWith(DRIFT_PREFIX)) return undefined
  // Addresses hold colons (`aws_x.y["a:b"]`); directories, in practice, do not.
  const colon = key.indexOf(':', DRIFT_PREFIX.length)
  if (colon < 0) return undefined
  return {
    kind: 'drift',
    directory: key.slice(DRIFT_PREFIX.length, colon),
    address: key.slice(colon + 1)
  }
}

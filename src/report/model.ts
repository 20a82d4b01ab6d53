/**
 * The one Report model every renderer reads. Analysis builds it; nothing downstream goes back to
 * the plan JSON or AWS. Values in it are already redacted: a sensitive value is the string
 * REDACTED, never the secret.
 */

export const REPORT_SCHEMA_VERSION = 3
export { REDACTED } from '../redact/sensitive.js'
export type {
  DriftKind,
  Severity,
  AttributeChange,
  SourceLocation,
  DriftFinding,
  PendingAction,
  PendingChange,
  SeenBy,
  UnmanagedResource,
  OwnedResource,
  NotListed,
  UnmanagedReport
} from '../analyse/findings.js'
import type { DriftFinding, PendingChange, UnmanagedReport } from '../analyse/findings.js'

export interface DirectoryReport {
  /** The working directory as the user wrote it. */
  path: string
  status: 'ok' | 'error'
  error?: string
  terraformVersion?: string
  drift: DriftFinding[]
  pending: PendingChange[]
  /** How many managed resources the state holds (root and child modules). */
  managedResources: number
  durationMs: number
}

export interface ReportCounts {
  drifted: number
  changed: number
  deleted: number
  pending: number
  unmanaged: number
  ownedByOthers: number
  ignored: number
  madeByAws: number
  errors: number
}

export interface RunContext {
  event?: string
  repository?: string
  runUrl?: string
  sha?: string
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  tool: { name: 'driftwatch'; version: string }
  generatedAt: string
  run: RunContext
  directories: DirectoryReport[]
  counts: ReportCounts
  /** The inventory of unmanaged resources; absent when `scan-unmanaged` is false. */
  unmanaged?: UnmanagedReport
  /** Faults that did not stop the run: a failed directory, a region that denied access. */
  errors: { scope: string; message: string }[]
}

/** An error as one line: its scope first, unless the message already starts by naming it. */
export function errorText(error: { scope: string; message: string }): string {
  return error.message.startsWith(error.scope) ? error.message : `${error.scope}: ${error.message}`
}

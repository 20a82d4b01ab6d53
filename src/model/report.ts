import type { DriftFinding, PendingChange, UnmanagedReport } from './findings.js'

/**
 * The one Report model every renderer reads. Analysis builds it; nothing downstream goes back to
 * the plan JSON or AWS. Values in it are already redacted: a sensitive value is the string
 * REDACTED, never the secret.
 */

export const REPORT_SCHEMA_VERSION = 3

/**
 * A working directory as written once (`./infra/prod/` is `infra/prod`, the root `.`): how the
 * audit history's keys and the audit issue's markers name it, whatever the user wrote.
 */
export function directoryLabel(dir: string): string {
  const flat = dir
    .replace(/\\/g, '/')
    .replace(/\/+$/, '')
    .replace(/^(\.\/)+/, '')
  return flat === '' ? '.' : flat
}

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
  /** The audit history this run was compared with; absent when it had none (a local run). */
  history?: HistorySummary
  /** Who changed the findings (CloudTrail); absent when attribution did not run. */
  attribution?: AttributionSummary
  /** Driftwatch's remediation pull requests still open (report/remediation.ts); absent unread. */
  remediation?: { open: RemediationLink[] }
}

/** A remediation pull request as the audit issue and comment link it. Its root is untrusted. */
export interface RemediationLink {
  number: number
  url: string
  kind: string
  root: string
}

export interface AttributionSummary {
  /** Findings CloudTrail was asked about. */
  lookedUp: number
  /** Findings with a write event found. */
  found: number
  /** Findings the budget of calls and seconds left out, the least severe. */
  notLookedUp: number
  /** Why some were not looked up (LookupEvents denied), in one line. */
  warning?: string
}

/** A finding the previous audit saw and this one did not. Names are untrusted: escape them. */
export interface ResolvedFinding {
  kind: 'drift' | 'unmanaged'
  /** The working directory of a drifted resource. */
  directory?: string
  /** Its address, or the unmanaged resource's ARN (or `type:id`). */
  name: string
  firstSeen: string
  /** The merged remediation pull request that addressed it, when one did. */
  resolvedBy?: { number: number; url: string }
}

export interface HistorySummary {
  /** `audit`: this run advanced the history; `pull-request`: compared with the last audit's. */
  kind: 'audit' | 'pull-request'
  /** The audit issue that keeps it. */
  issue?: { number: number; url: string }
  /** Day of the audit before this one (audit) or of the last audit (pull request). */
  previousAudit?: string
  /** Audits so far, this one included (audit), or up to the last one (pull request). */
  audits: number
  /** Findings the last audit did not know. */
  newCount: number
  /** Seen by the previous audit and not by this one (audits only), most recent first. */
  resolved: ResolvedFinding[]
  /** Why the history started afresh (the stored state could not be read), in one line. */
  note?: string
}

/** An error as one line: its scope first, unless the message already starts by naming it. */
export function errorText(error: { scope: string; message: string }): string {
  return error.message.startsWith(error.scope) ? error.message : `${error.scope}: ${error.message}`
}

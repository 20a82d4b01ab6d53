/**
 * The one Report model every renderer reads. Analysis builds it; nothing downstream goes back to
 * the plan JSON or AWS. Values in it are already redacted: a sensitive value is the string
 * REDACTED, never the secret.
 */

export const REPORT_SCHEMA_VERSION = 1
export const REDACTED = '(sensitive)'

export type DriftKind = 'changed' | 'deleted'

export interface AttributeChange {
  /** Attribute path as Terraform would write it: `tags.Env`, `ingress[1].cidr_blocks`. */
  path: string
  before: unknown
  after: unknown
  sensitive: boolean
}

export interface SourceLocation {
  /** Path relative to the repository root (GITHUB_WORKSPACE), forward slashes. */
  file: string
  line: number
}

export interface DriftFinding {
  address: string
  type: string
  name: string
  /** `module.logs` for a resource in a child module; absent in the root module. */
  module?: string
  index?: string | number
  kind: DriftKind
  changes: AttributeChange[]
  location?: SourceLocation
}

export type PendingAction = 'create' | 'update' | 'delete' | 'replace'

export interface PendingChange {
  address: string
  type: string
  module?: string
  action: PendingAction
  /** Top-level attributes an update touches, for a short description. */
  attributes: string[]
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
  /** Faults that did not stop the run: a failed directory, a region that denied access. */
  errors: { scope: string; message: string }[]
}

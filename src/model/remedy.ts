import type { Report } from './report.js'

/**
 * What a remedy proposes, for one Terraform root: the files to write, what it left out and why,
 * and the plan that proves it. Adopt and codify build one per root (src/remediate/); a waiver is
 * built from a command (action/commands.ts). The CLI writes its files into the working tree, the
 * pull-request publisher commits them to a branch; the report stage selects the findings, which
 * is why the type sits in the model, below every stage that reads it. A remedy never promises
 * more than its validation plan shows. Text in it (ids, names, reasons) comes from AWS and the
 * user's code: untrusted, to be escaped by whoever renders it.
 */

export type RemedyKind = 'adopt' | 'codify' | 'waive'

/** The remedies an engine builds; a waiver needs no engine. */
export type EngineKind = Exclude<RemedyKind, 'waive'>

/** One file the remedy writes: its path from the repository root, and its whole new content. */
export interface RemedyFile {
  path: string
  content: string
}

/** A finding the remedy addresses or leaves out, by what the report calls it. */
export interface RemedySubject {
  /** A resource address (`aws_s3_bucket.logs`), or for an unmanaged resource its ARN, else `type:id`. */
  finding: string
  /** The address the remedy gives it in the code, when it has one (`aws_sqs_queue.jobs`). */
  address?: string
}

/** A finding left out, with why in one line. */
export interface Skipped extends RemedySubject {
  reason: string
}

/**
 * What `terraform plan` does to one resource once the remedy's files are in place; `forget`: a
 * `removed` block drops it from the state and destroys nothing (codify, for a deleted resource).
 */
export type PlannedAction =
  | 'import'
  | 'create'
  | 'update'
  | 'delete'
  | 'replace'
  | 'forget'
  | 'no-op'

/**
 * `terraform plan` in a scratch copy of the root with the remedy's files, as its summary line
 * counts: the remedy holds if its own resources plan exactly what it says (adopt: import, nothing
 * else).
 */
export interface ValidationPlan {
  import: number
  add: number
  change: number
  destroy: number
  /** Every resource the plan imports or changes, with its action; `remedy` marks the remedy's own. */
  resources: { address: string; action: PlannedAction; remedy: boolean }[]
}

export interface Remedy {
  kind: RemedyKind
  /** The Terraform root it is for, from the repository root (`infra/prod`, `.`). */
  root: string
  files: RemedyFile[]
  /** The findings it addresses, with the address each now has in the code. */
  addressed: RemedySubject[]
  skipped: Skipped[]
  /** Absent when nothing was left to plan (every finding skipped), and for a waiver. */
  plan?: ValidationPlan
}

/** What a waiver says beside the finding it waives: the ignore file's line, in parts. */
export interface Waiver {
  /** An address, an unmanaged resource's ARN or `type.id`. */
  target: string
  attribute?: string
  /** YYYY-MM-DD. */
  until: string
  reason: string
}

/** A finding a remedy is asked to address: a drifted resource of a root, or an unmanaged one. */
export type SelectedFinding =
  | { kind: 'drift'; root: string; address: string }
  | { kind: 'unmanaged'; name: string }

/**
 * The seam to the engines: builds the remedies of one kind for the findings selected, one per
 * root (adopt decides the roots from `adopt-into`, codify one per root of the drift). A remedy
 * that cannot be built rejects with a one-line reason.
 */
export type RemedyRunner = (
  kind: EngineKind,
  findings: SelectedFinding[],
  report: Report
) => Promise<Remedy[]>

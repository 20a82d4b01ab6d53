/**
 * What a remedy proposes, for one Terraform root: the files to write, what it left out and why,
 * and the plan that proves it. Adopt and codify build one per root; the CLI writes its files into
 * the working tree, the pull-request publisher commits them to a branch. A remedy never promises
 * more than its validation plan shows. Text in it (ids, names, reasons) comes from AWS and the
 * user's code: untrusted, to be escaped by whoever renders it.
 */

export type RemedyKind = 'adopt' | 'codify'

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
  /** Absent when nothing was left to plan (every finding skipped). */
  plan?: ValidationPlan
}

import type { Remedy } from '../../model/remedy.js'

/**
 * What the codify remedy gives back: a Remedy (model.ts: the files it rewrote, after `terraform
 * fmt`, what it addressed and skipped, the validation plan), and in `codify` the detail a pull
 * request body lists: each drifted attribute written into the code, the resources removed from
 * it, and what it left for a person with where and why. Values are as the Report holds them:
 * redacted, and untrusted (a renderer escapes them).
 */

/** A drifted attribute now written in the code with its live value. */
export interface CodifiedChange {
  address: string
  /** As the finding names it: `tags.Env`, `ingress[1]`. */
  path: string
  /** Where the value is written: the literal, the element or the block. */
  file: string
  line: number
  /** The value the code had (as the state held it) and the live one it has now. */
  before: unknown
  after: unknown
}

/** A resource deleted outside Terraform, now a `removed` block (Terraform forgets it). */
export interface RemovedResource {
  address: string
  file: string
  line: number
}

export type NotCodifiedReason =
  /** Sensitive: never written anywhere; a person sets it by hand. */
  | 'sensitive'
  /** The value comes from a variable, a local, a function or another expression. */
  | 'expression'
  /** The resource is in a child module. */
  | 'module'
  /** One block makes several instances (`count`, `for_each`). */
  | 'instances'
  /** Not found in the code as expected: no resource block, no unique nested block, a dynamic block. */
  | 'not-found'
  /** A deleted resource that other code still refers to. */
  | 'referenced'
  /** The edit was made, and `terraform validate` rejected it (a computed attribute): taken back. */
  | 'invalid'
  /** The edit was made, and the validation plan still planned a change: it was taken back. */
  | 'still-planned'

/** A finding, or one attribute of it, left for a person. */
export interface NotCodified {
  address: string
  /** Absent when it is about the whole resource. */
  path?: string
  reason: NotCodifiedReason
  /** What to do, in words: `set by var.retention`, `set by hand`. */
  detail: string
  /** Where the value, the resource block or the module call is written. */
  file?: string
  line?: number
  /** The live value; absent when sensitive (never written, not even redacted). */
  live?: unknown
}

export interface CodifyRemedy extends Remedy {
  kind: 'codify'
  codify: {
    changes: CodifiedChange[]
    removed: RemovedResource[]
    notCodified: NotCodified[]
  }
}

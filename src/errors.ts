import { clip } from './text.js'

/**
 * An error the user can fix. Its message is one line that says what to change; main prints it
 * as is, without a stack trace. Anything else that escapes is a bug in Driftwatch.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/**
 * A bad value of one input. `label` names it where the user set it (`Input 'fail-on'` in a
 * workflow, `Option '--fail-on'` on the command line: see inputField in inputs.ts), so no one
 * rewrites the message later. Of two inputs that clash, `input` is the one the message asks to
 * change.
 */
export class InputError extends UserError {
  override name = 'InputError'
  readonly input: string

  constructor(field: { input: string; label: string }, detail: string) {
    super(`${field.label} ${detail}`)
    this.input = field.input
  }
}

/** One line of a possibly multi-line message, trimmed to a length a log line or table cell can hold. */
export function clipToLine(text: string, max = 400): string {
  return clip(text.trim(), max, { flatten: true })
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

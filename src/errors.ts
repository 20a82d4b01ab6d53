import { clip } from './text.js'

/**
 * An error the user can fix. Its message is one line that says what to change; the Action and
 * the CLI print it without a stack trace. Anything else that escapes is a bug in Driftwatch. A bad
 * input is an InputError (src/inputs/options.ts), which names the input as its user set it.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/** One line of a possibly multi-line message, trimmed to a length a log line or table cell can hold. */
export function clipToLine(text: string, max = 400): string {
  return clip(text.trim(), max, { flatten: true })
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

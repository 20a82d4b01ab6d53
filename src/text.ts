/**
 * Plain string helpers for every stage. Nothing here knows a format (Markdown, mrkdwn, SARIF) or
 * a stage's vocabulary, so nothing here imports from the stages.
 */

/**
 * At most `max` characters, the last an ellipsis when something was cut. `flatten` first makes
 * each run of whitespace one space, for places that show a single line (a title, a log line).
 */
export function clip(text: string, max: number, options: { flatten?: boolean } = {}): string {
  const line = options.flatten ? text.replace(/\s+/g, ' ') : text
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** `text` matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** `1 resource`, `2 resources`; `many` for a plural that is not the singular plus `s`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

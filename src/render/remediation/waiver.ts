import type { Waiver } from '../../model/remedy.js'

/**
 * A waiver as a line of the ignore file: `aws_s3_bucket.logs tags.CostCenter until 2027-01-31 #
 * finance migrates this`. The target and attribute passed the command grammar; the reason is
 * free text from a comment, so it goes after the `#`, on the one line, without control
 * characters: nothing in it can become a rule.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g

function head(waiver: Pick<Waiver, 'target' | 'attribute'>): string {
  return waiver.attribute ? `${waiver.target} ${waiver.attribute}` : waiver.target
}

export function waiverLine(waiver: Waiver): string {
  const reason = waiver.reason.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
  return `${head(waiver)} until ${waiver.until} # ${reason}`
}

/**
 * The ignore file with the waiver in it: a waiver for the same target and attribute is replaced
 * (a later command moves its end or changes its reason), else the line is appended.
 */
export function withWaiver(content: string | undefined, waiver: Waiver): string {
  const line = waiverLine(waiver)
  const lines = (content ?? '').split('\n')
  if (lines.at(-1) === '') lines.pop()
  const same = `${head(waiver)} until `
  const at = lines.findIndex(l => l.trim().startsWith(same))
  if (at >= 0) lines[at] = line
  else lines.push(line)
  return `${lines.join('\n')}\n`
}

/** The lines `after` has that `before` lacks: what a waiver branch adds to the ignore file. */
export function addedLines(before: string | undefined, after: string): string[] {
  const had = new Set((before ?? '').split('\n'))
  return after.split('\n').filter(line => line !== '' && !had.has(line))
}

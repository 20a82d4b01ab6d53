import { UserError } from '../errors.js'
import { escapeRegExp } from '../text.js'

/**
 * The ignore file (`.driftignore`), read the way driftctl reads it so existing files keep working:
 *
 *   aws_s3_bucket.my-bucket     one resource: Terraform type, a dot, its id
 *   aws_s3_bucket.*             every resource of a type; `*` matches any run of characters
 *   aws_sqs_queue.legacy-*      ids by glob
 *   *                           everything
 *   !aws_s3_bucket.keep-me      negation: later lines win, as in .gitignore
 *   aws_s3_bucket.my\.bucket    a literal dot in an id is escaped
 *   # comment
 *
 * plus two forms driftctl lacks:
 *
 *   arn:aws:s3:::legacy-*       an ARN glob
 *   tag:Owner=legacy            a tag rule; the value may be a glob (`tag:Team=*`)
 *
 * driftctl's field rules (`aws_iam_user.x.tags`, three dotted parts) silence attribute drift,
 * which unmanaged resources do not have: they are accepted and listed as unused, never widened to
 * the whole resource.
 *
 * A waiver is a rule with an end, as the `/driftwatch waive` command writes it:
 *
 *   aws_sqs_queue.legacy until 2027-01-31 # finance migrates this
 *   aws_s3_bucket.logs tags.CostCenter until 2027-01-31 # reason
 *
 * The first ignores the resource up to and including that day; once the day has passed the line
 * is left out and said in a warning, so the finding counts again. The second names an attribute
 * of drift, which the ignore file does not silence: it is accepted and listed as unused, as a
 * field rule is.
 */

export type IgnoreRule =
  | { kind: 'resource'; type: RegExp; id: RegExp; negate: boolean; line: number; text: string }
  | { kind: 'bare'; pattern: RegExp; negate: boolean; line: number; text: string }
  | { kind: 'arn'; pattern: RegExp; negate: boolean; line: number; text: string }
  | { kind: 'tag'; key: string; value: RegExp; negate: boolean; line: number; text: string }
  | { kind: 'field'; negate: boolean; line: number; text: string }

/** A waiver whose last day has passed: left out of the rules, and worth a warning. */
export interface ExpiredWaiver {
  line: number
  text: string
  /** Its last day, `YYYY-MM-DD`. */
  until: string
}

export interface IgnoreFile {
  /** As the user would look for it: relative to the repository root when inside it. */
  file: string
  rules: IgnoreRule[]
  expired: ExpiredWaiver[]
}

function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]
    if (ch === '\\' && i + 1 < glob.length) source += escapeRegExp(glob[++i])
    else if (ch === '*') source += '.*'
    else if (ch === '?') source += '.'
    else source += escapeRegExp(ch)
  }
  return new RegExp(`^${source}$`, 's')
}

/** Splits at dots that are not escaped, keeping escapes for globToRegExp. */
function splitDots(text: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      current += text[i] + text[i + 1]
      i++
    } else if (text[i] === '.') {
      parts.push(current)
      current = ''
    } else {
      current += text[i]
    }
  }
  parts.push(current)
  return parts
}

const TYPE = /^[A-Za-z0-9_:*?-]+$/
const ARN_GLOB = /^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$/s

/** `<rule> [attribute] until YYYY-MM-DD`, then an optional `# reason`. */
const WAIVER = /^(\S+)(?:\s+(\S+))?\s+until\s+(\S+)\s*(?:#.*)?$/s
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `day` is a real calendar day written `YYYY-MM-DD`. */
function isDay(day: string): boolean {
  const parts = DAY.exec(day)
  if (!parts) return false
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

/**
 * A waiver line: its rule while it runs, `{ expired }` once its day has passed, or a reason it
 * is invalid. `today` is `YYYY-MM-DD` in UTC.
 */
function parseWaiver(
  text: string,
  line: number,
  today: string
): IgnoreRule | { expired: ExpiredWaiver } | string {
  const [, target, attribute, until] = WAIVER.exec(text) as RegExpExecArray
  if (!isDay(until)) return `'${until}' is not a day: a waiver ends on a day written YYYY-MM-DD`
  if (target.startsWith('!')) return 'a waiver cannot be a negation'
  if (until < today) return { expired: { line, text, until } }
  if (attribute !== undefined) return { kind: 'field', negate: false, line, text }
  const rule = parseLine(target, line, today)
  if (rule === null) return `'${text}' waives nothing: write the resource before 'until'`
  return typeof rule === 'string' || 'expired' in rule ? rule : { ...rule, text }
}

/** Parses one line, or returns a reason it is invalid. Blank lines and comments give null. */
function parseLine(
  raw: string,
  line: number,
  today: string
): IgnoreRule | { expired: ExpiredWaiver } | null | string {
  const text = raw.trim()
  if (text === '' || text.startsWith('#')) return null
  if (WAIVER.test(text)) return parseWaiver(text, line, today)
  const negate = text.startsWith('!')
  const body = negate ? text.slice(1).trim() : text
  const base = { negate, line, text }
  if (body === '') return "'!' needs a rule after it"
  if (/\\$/.test(body.replace(/\\\\/g, ''))) return 'a line cannot end with an unescaped backslash'

  if (body.startsWith('arn:')) {
    if (!ARN_GLOB.test(body)) {
      return `'${body}' is not an ARN glob: write arn:partition:service:region:account:resource, with * for any part`
    }
    return { ...base, kind: 'arn', pattern: globToRegExp(body) }
  }

  if (body.startsWith('tag:')) {
    const rest = body.slice(4)
    const eq = rest.indexOf('=')
    if (eq < 0)
      return `a tag rule needs a value: write tag:${rest || 'Key'}=value (the value may be *)`
    const key = rest.slice(0, eq).trim()
    if (key === '') return 'a tag rule needs a key: write tag:Key=value'
    return { ...base, kind: 'tag', key, value: globToRegExp(rest.slice(eq + 1).trim()) }
  }

  const parts = splitDots(body)
  if (parts.some(part => part === '')) {
    return `'${body}' has an empty part: write type.id, e.g. aws_s3_bucket.my-bucket (escape dots in ids as \\.)`
  }
  if (!TYPE.test(parts[0])) {
    return `'${parts[0]}' is not a resource type: write type.id, e.g. aws_s3_bucket.my-bucket, or use arn: or tag: rules`
  }
  if (parts.length === 1) return { ...base, kind: 'bare', pattern: globToRegExp(parts[0]) }
  if (parts.length === 2) {
    return { ...base, kind: 'resource', type: globToRegExp(parts[0]), id: globToRegExp(parts[1]) }
  }
  return { ...base, kind: 'field' }
}

/**
 * Parses a whole file. Every invalid line is reported (`file:line: reason`), so one run shows
 * all there is to fix; nothing of a file with an error is used.
 */
export function parseIgnoreFile(
  text: string,
  file: string,
  today = new Date().toISOString().slice(0, 10)
): IgnoreFile {
  const rules: IgnoreRule[] = []
  const expired: ExpiredWaiver[] = []
  const problems: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const parsed = parseLine(raw, i + 1, today)
    if (typeof parsed === 'string') problems.push(`${file}:${i + 1}: ${parsed}`)
    else if (parsed && 'expired' in parsed) expired.push(parsed.expired)
    else if (parsed) rules.push(parsed)
  })
  if (problems.length > 0) throw new UserError(problems.join('; '))
  return { file, rules, expired }
}

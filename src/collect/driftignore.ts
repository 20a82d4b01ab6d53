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
 */

export type IgnoreRule =
  | { kind: 'resource'; type: RegExp; id: RegExp; negate: boolean; line: number; text: string }
  | { kind: 'bare'; pattern: RegExp; negate: boolean; line: number; text: string }
  | { kind: 'arn'; pattern: RegExp; negate: boolean; line: number; text: string }
  | { kind: 'tag'; key: string; value: RegExp; negate: boolean; line: number; text: string }
  | { kind: 'field'; negate: boolean; line: number; text: string }

export interface IgnoreFile {
  /** As the user would look for it: relative to the repository root when inside it. */
  file: string
  rules: IgnoreRule[]
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

/** Parses one line, or returns a reason it is invalid. Blank lines and comments give null. */
function parseLine(raw: string, line: number): IgnoreRule | null | string {
  const text = raw.trim()
  if (text === '' || text.startsWith('#')) return null
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
export function parseIgnoreFile(text: string, file: string): IgnoreFile {
  const rules: IgnoreRule[] = []
  const problems: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const parsed = parseLine(raw, i + 1)
    if (typeof parsed === 'string') problems.push(`${file}:${i + 1}: ${parsed}`)
    else if (parsed) rules.push(parsed)
  })
  if (problems.length > 0) throw new UserError(problems.join('; '))
  return { file, rules }
}

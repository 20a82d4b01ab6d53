/**
 * Commands people write in a comment on the audit issue or on a pull request (`issue_comment`):
 *
 *   /driftwatch adopt <id or address>...
 *   /driftwatch codify <address>...
 *   /driftwatch waive <address or id> [attribute] until <YYYY-MM-DD>: <reason>
 *   /driftwatch help
 *
 * A command is a line of its own that starts with `/driftwatch`; quoted lines (`> /driftwatch`)
 * and lines in code blocks are someone quoting, not asking. The comment is untrusted text: every
 * word the parser keeps is checked against a narrow grammar, so what reaches a branch name, a
 * title or the ignore file is what the grammar allows.
 */

export type Command =
  | { kind: 'help' }
  | { kind: 'adopt' | 'codify'; targets: string[] }
  | { kind: 'waive'; target: string; attribute?: string; until: string; reason: string }

/** One `/driftwatch` line: the command it asks for, or why it is not one. */
export type ParsedCommand = { line: string } & (
  | { command: Command; error?: undefined }
  | { command?: undefined; error: string }
)

export const COMMAND_PREFIX = '/driftwatch'

/** Lines read from a comment at most, and targets of one command: a comment is not a batch job. */
export const MAX_COMMANDS = 5
export const MAX_TARGETS = 50

/**
 * A finding's name: an address (`module.app.aws_s3_bucket.logs["eu"]`), an ARN, `type:id` or
 * `type.id`, or an id (`sg-0abc`). Characters outside this set (spaces, backticks, `$`, `<`,
 * quotes other than in an index) are refused.
 */
const TARGET = /^[A-Za-z0-9_.:/@+=,*[\]"-]{1,512}$/
/** A resource address, as codify takes it. */
const ADDRESS =
  /^(?:module\.[A-Za-z_][\w-]*(?:\[(?:\d+|"[\w./:=+,@-]*")\])?\.)*[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*(?:\[(?:\d+|"[\w./:=+,@-]*")\])?$/
/** An attribute path as Terraform writes it: `tags.CostCenter`, `ingress[1].cidr_blocks`. */
const ATTRIBUTE = /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[\d+\]|\["[\w./:=+,@ -]*"\])*$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MAX_REASON = 300

export function usageLines(): string[] {
  return [
    `${COMMAND_PREFIX} adopt <id or address>...`,
    `${COMMAND_PREFIX} codify <address>...`,
    `${COMMAND_PREFIX} waive <address or id> [attribute] until <YYYY-MM-DD>: <reason>`,
    `${COMMAND_PREFIX} help`
  ]
}

/** The `/driftwatch` lines of a comment, outside fenced code blocks, at most MAX_COMMANDS + 1. */
function commandLines(body: string): string[] {
  const lines: string[] = []
  let fence: string | undefined
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.trim()
    const opening = /^(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence !== undefined) {
      if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length)
        fence = undefined
      continue
    }
    if (opening !== undefined) {
      fence = opening
      continue
    }
    if (line === COMMAND_PREFIX || line.startsWith(`${COMMAND_PREFIX} `)) lines.push(line)
    if (lines.length > MAX_COMMANDS) break
  }
  return lines
}

/** Whether a comment asks Driftwatch anything at all: the Action's first, cheap question. */
export function hasCommand(body: string): boolean {
  return commandLines(body).length > 0
}

function validDay(text: string): boolean {
  const match = DAY.exec(text)
  if (!match) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

function parseTargets(kind: 'adopt' | 'codify', words: string[]): Command | string {
  if (words.length === 0)
    return `${kind} needs at least one ${kind === 'adopt' ? 'id or address' : 'address'}.`
  if (words.length > MAX_TARGETS) return `${kind} takes at most ${MAX_TARGETS} targets at once.`
  const pattern = kind === 'codify' ? ADDRESS : TARGET
  const bad = words.find(word => !pattern.test(word))
  if (bad !== undefined) {
    return kind === 'codify'
      ? `'${bad}' is not a resource address such as aws_s3_bucket.logs.`
      : `'${bad}' is not a resource id, ARN or address.`
  }
  return { kind, targets: [...new Set(words)] }
}

/** `<target> [attribute] until <YYYY-MM-DD>: <reason>`, the waiver's parts in order. */
function parseWaive(rest: string, today: string): Command | string {
  const match = /^(\S+)(?:\s+(\S+))?\s+until\s+(\S+?):\s*(.*)$/s.exec(rest)
  if (!match) return `waive needs '<address or id> [attribute] until <YYYY-MM-DD>: <reason>'.`
  const [, target, attribute, until, reason] = match
  if (!TARGET.test(target)) return `'${target}' is not a resource id, ARN or address.`
  if (attribute !== undefined && !ATTRIBUTE.test(attribute))
    return `'${attribute}' is not an attribute path such as tags.CostCenter.`
  if (!validDay(until)) return `'${until}' is not a date written YYYY-MM-DD.`
  if (until <= today) return `the waiver must end after today (${today}); got ${until}.`
  const text = reason.replace(/\s+/g, ' ').trim()
  if (text === '') return 'waive needs a reason after the colon.'
  if (text.length > MAX_REASON) return `the reason is longer than ${MAX_REASON} characters.`
  return { kind: 'waive', target, ...(attribute ? { attribute } : {}), until, reason: text }
}

function parseLine(line: string, today: string): Command | string {
  const rest = line.slice(COMMAND_PREFIX.length).trim()
  const verb = /^\S*/.exec(rest)?.[0] ?? ''
  const args = rest.slice(verb.length).trim()
  const words = args === '' ? [] : args.split(/\s+/)
  switch (verb.toLowerCase()) {
    case 'help':
    case '':
      return { kind: 'help' }
    case 'adopt':
    case 'codify':
      return parseTargets(verb.toLowerCase() as 'adopt' | 'codify', words)
    case 'waive':
      return parseWaive(args, today)
    default:
      return `'${verb}' is not a command.`
  }
}

/**
 * Every command of a comment, in order. `today` (UTC, YYYY-MM-DD) is what a waiver's end must
 * lie after. More than MAX_COMMANDS lines is itself an error, so nothing runs half a batch.
 */
export function parseCommands(body: string, today: string): ParsedCommand[] {
  const lines = commandLines(body)
  if (lines.length > MAX_COMMANDS) {
    return [{ line: lines[0], error: `a comment takes at most ${MAX_COMMANDS} commands.` }]
  }
  return lines.map(line => {
    const parsed = parseLine(line, today)
    return typeof parsed === 'string' ? { line, error: parsed } : { line, command: parsed }
  })
}

import { usageLines } from '../../inputs/commands.js'
import { clip } from '../../text.js'
import { codeSpan, escapeText, fenced } from '../markdown.js'
import { pullLink } from './links.js'

/**
 * Driftwatch's replies to a comment's commands: the usage, a polite refusal, and what each
 * command did (the pull request it opened or updated) or exactly what went wrong. The command
 * lines are the commenter's text: quoted as code, never as Markdown.
 */

const MARKER = '<!-- driftwatch:reply -->'

/** A command line as code, clipped: the reply quotes it, it does not repeat a whole comment. */
function quoted(line: string): string {
  return codeSpan(clip(line, 120))
}

function usageBlock(): string {
  return fenced('', usageLines().join('\n'))
}

const DOCS = 'See "Remediation pull requests" in Driftwatch\'s documentation (docs/remediation.md).'

export function renderUsage(problems: { line: string; error: string }[] = []): string {
  const lines = problems.map(p => `- ${quoted(p.line)}: ${escapeText(p.error)}`)
  const head =
    problems.length > 0
      ? `Driftwatch did not run this comment's commands:\n\n${lines.join('\n')}\n\nNothing was changed. The commands are:`
      : 'Driftwatch takes these commands in a comment on the audit issue or on a pull request:'
  return [
    MARKER,
    head,
    usageBlock(),
    '`adopt` opens a pull request that brings unmanaged resources under Terraform; `codify` one that writes accepted drift into the code; `waive` one that adds a waiver, with its end and reason, to the ignore file. Each remedy and root has one pull request, which later commands update.',
    DOCS
  ].join('\n\n')
}

export function renderRefusal(login: string): string {
  return [
    MARKER,
    `Thanks for asking. Driftwatch only runs commands from people with write, maintain or admin permission on this repository, and the API says ${codeSpan(login)} has none of these, so nothing was changed. Someone with write access can post the same command.`
  ].join('\n\n')
}

export type CommandOutcome =
  | {
      line: string
      pulls: {
        number: number
        url: string
        action: 'created' | 'updated' | 'unchanged'
        title: string
      }[]
      notes: string[]
    }
  | { line: string; error: string }

function outcomeLine(outcome: CommandOutcome): string {
  if ('error' in outcome) return `- ❌ ${quoted(outcome.line)}: ${escapeText(outcome.error)}`
  const pulls = outcome.pulls.map(pull => {
    const verb =
      pull.action === 'created'
        ? 'opened'
        : pull.action === 'updated'
          ? 'updated'
          : 'already up to date:'
    // The title is ours; the root in it is already a code span.
    return `${verb} ${pullLink(pull)}, ${pull.title.replace(/^Driftwatch: /, '')}`
  })
  const notes = outcome.notes.map(note => `\n  - ${escapeText(note)}`).join('')
  return `- ✅ ${quoted(outcome.line)}: ${pulls.join('; ')}${notes}`
}

/** The reply once the commands ran: one line each. */
export function renderOutcomes(outcomes: CommandOutcome[], runUrl?: string): string {
  const run = runUrl && /^https:\/\/\S+$/.test(runUrl) ? ` ([workflow run](${runUrl}))` : ''
  return [
    MARKER,
    `Driftwatch ran this comment's commands${run}:`,
    outcomes.map(outcomeLine).join('\n')
  ].join('\n\n')
}

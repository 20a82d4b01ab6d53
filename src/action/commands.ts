import { readFileSync } from 'node:fs'
import { posix } from 'node:path'
import type { GitHubClient } from '../github/client.js'
import type { RepositoryTarget } from '../github/remediation.js'
import {
  canWrite,
  decodeRemedyMarker,
  findOpenPull,
  listRemediationPulls,
  readBranchFile
} from '../github/remediation.js'
import { messageOf } from '../errors.js'
import type { Command, ParsedCommand } from '../inputs/commands.js'
import { hasCommand, parseCommands } from '../inputs/commands.js'
import type { Inputs } from '../inputs/options.js'
import { MissingPermission } from '../publish/remediation/pull-request.js'
import { acknowledge, reply } from '../publish/remediation/replies.js'
import { resolveTargets, selectionOfKeys } from '../report/remediation.js'
import type { EngineKind, Remedy, RemedyRunner, SelectedFinding, Waiver } from '../model/remedy.js'
import { remedyBranch } from '../render/remediation/branch.js'
import type { CommandOutcome } from '../render/remediation/commands.js'
import { renderOutcomes, renderRefusal, renderUsage } from '../render/remediation/commands.js'
import { addedLines, withWaiver } from '../render/remediation/waiver.js'
import type { RemediationLog, RemediationSession } from './remediation.js'
import { openRemedyPull, permissionWarning, RemedyRefused } from './remediation.js'

/**
 * Commands in a comment (`issue_comment`): read before the audit, so a comment that asks nothing
 * costs no plan, and a refusal, the usage or help is answered at once; the rest run once the
 * audit has found what they name. Who may ask is the API's to say (write, maintain or admin),
 * never the event's `author_association`.
 */

export interface CommentEvent {
  commentId: number
  body: string
  user: string
  issueNumber: number
}

interface Payload {
  action?: string
  comment?: { id?: number; body?: string; user?: { login?: string; type?: string } }
  issue?: { number?: number; body?: string | null; pull_request?: unknown }
}

/** Where Driftwatch listens: its audit issue (known by its marker) and pull requests. */
const AUDIT_ISSUE_MARKER = '<!-- driftwatch:issue:'

/**
 * The comment of an `issue_comment` event that may hold commands; why not otherwise, for the log.
 * An edit is not a new request, and bots (Driftwatch's own replies among them) are not asked.
 */
export function readCommentEvent(env: NodeJS.ProcessEnv = process.env): CommentEvent | string {
  let payload: Payload
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as Payload
  } catch {
    return 'the event payload could not be read'
  }
  const { comment, issue } = payload
  if (payload.action !== 'created')
    return `the comment was ${payload.action ?? 'not created'}, not created`
  if (!comment?.id || !comment.user?.login || typeof issue?.number !== 'number')
    return 'the event names no comment'
  if (comment.user.type === 'Bot') return "the comment is a bot's"
  if (!hasCommand(comment.body ?? '')) return 'the comment has no /driftwatch command'
  if (!issue.pull_request && !(issue.body ?? '').startsWith(AUDIT_ISSUE_MARKER))
    return 'commands are taken on the audit issue and on pull requests only'
  return {
    commentId: comment.id,
    body: comment.body ?? '',
    user: comment.user.login,
    issueNumber: issue.number
  }
}

export interface CommandRequest {
  event: CommentEvent
  commands: { line: string; command: Command }[]
  client: GitHubClient
  target: RepositoryTarget
}

export type Acceptance =
  | { state: 'ignored'; reason: string }
  | { state: 'answered' }
  | { state: 'accepted'; request: CommandRequest }

/**
 * Before the audit: 👀 on the comment, then the permission check, then the grammar. Refused,
 * malformed and help-only comments are answered here; what is left needs the audit's findings.
 */
export async function acceptCommands(
  event: CommentEvent,
  client: GitHubClient,
  target: RepositoryTarget,
  today: string,
  log: RemediationLog
): Promise<Acceptance> {
  await acknowledge(client, target, event.commentId).catch((error: unknown) =>
    log.info(`Driftwatch could not react to the comment (${messageOf(error)}).`)
  )
  if (!(await canWrite(client, target, event.user))) {
    await reply(client, target, event.issueNumber, renderRefusal(event.user))
    log.info(`Commands from ${event.user} refused: no write permission on the repository.`)
    return { state: 'answered' }
  }
  const parsed = parseCommands(event.body, today)
  const problems = parsed.filter(
    (p): p is ParsedCommand & { error: string } => p.error !== undefined
  )
  const commands = parsed.flatMap(p =>
    p.command && p.command.kind !== 'help' ? [{ line: p.line, command: p.command }] : []
  )
  if (problems.length > 0 || commands.length === 0) {
    await reply(client, target, event.issueNumber, renderUsage(problems))
    return { state: 'answered' }
  }
  return { state: 'accepted', request: { event, commands, client, target } }
}

type Outcome = CommandOutcome

/** Adopt or codify: what the command names, with what the remedy's open pull request already holds. */
async function runEngine(
  session: RemediationSession,
  kind: EngineKind,
  line: string,
  targets: string[],
  runner: RemedyRunner,
  user: string
): Promise<Outcome> {
  const { selected, unknown } = resolveTargets(session.report, kind, targets)
  if (unknown.length > 0) {
    const what = kind === 'adopt' ? 'an unmanaged resource' : 'a drifted resource'
    return {
      line,
      error: `${unknown.join(', ')} ${unknown.length === 1 ? 'is not' : 'are not'} ${what} this audit found; nothing was changed.`
    }
  }
  // What the open pull requests of this remedy already hold stays in them: the engine gets it again.
  const open = await listRemediationPulls(session.client, session.target)
  const keys = open.filter(p => p.state === 'open' && p.kind === kind).flatMap(p => p.keys)
  const earlier = selectionOfKeys(session.report, kind, keys)
  const remedies = await runner(kind, dedupe([...earlier, ...selected]), session.report)
  return publishAll(session, line, remedies, { requestedBy: user })
}

function dedupe(findings: SelectedFinding[]): SelectedFinding[] {
  const seen = new Set<string>()
  return findings.filter(f => {
    const key = JSON.stringify(f)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

async function publishAll(
  session: RemediationSession,
  line: string,
  remedies: Remedy[],
  extras: Parameters<typeof openRemedyPull>[2]
): Promise<Outcome> {
  if (remedies.length === 0) return { line, error: 'the remedy had nothing to write.' }
  const pulls: Extract<Outcome, { pulls: unknown }>['pulls'] = []
  const notes: string[] = []
  for (const remedy of remedies) {
    const pull = await openRemedyPull(session, remedy, extras)
    pulls.push({ number: pull.number, url: pull.url, action: pull.action, title: pull.title })
    notes.push(
      ...pull.notes,
      ...remedy.skipped.map(s => `${s.address ?? s.finding} left out: ${s.reason}`)
    )
  }
  return { line, pulls, notes }
}

/** The ignore file a waiver goes into: the `ignore-file` input's, else the root's `.driftignore`. */
function ignoreFileOf(root: string, ignoreFile: string | undefined): string {
  return posix
    .normalize(ignoreFile ?? posix.join(root.replace(/\\/g, '/'), '.driftignore'))
    .replace(/^\.\//, '')
}

/** A waiver: the root's ignore file as the waiver branch has it (or the base), with the line in it. */
async function runWaive(
  session: RemediationSession,
  line: string,
  waiver: Waiver,
  ignoreFile: string | undefined,
  user: string
): Promise<Outcome> {
  const { selected, unknown } = resolveTargets(session.report, 'waive', [waiver.target])
  if (unknown.length > 0)
    return {
      line,
      error: `${waiver.target} is not a finding this audit found; nothing was changed.`
    }
  const first = selected[0]
  const root = first.kind === 'drift' ? first.root : (session.report.directories[0]?.path ?? '.')
  const branch = remedyBranch('waive', root)
  const path = ignoreFileOf(root, ignoreFile)
  const { client, target, base } = session
  const open = await findOpenPull(client, target, branch)
  const onBase = await readBranchFile(client, target, path, base)
  const current = open ? ((await readBranchFile(client, target, path, branch)) ?? onBase) : onBase
  const content = withWaiver(current, waiver)
  const lines = addedLines(onBase, content)
  const remedy: Remedy = {
    kind: 'waive',
    root,
    files: [{ path, content }],
    addressed: [...new Set(lines.map(l => l.split(' ')[0]))].map(finding => ({ finding })),
    skipped: []
  }
  return publishAll(session, line, [remedy], {
    requestedBy: user,
    earlierKeys: decodeRemedyMarker(open?.body)?.keys ?? [],
    waiverLines: lines
  })
}

/** After the audit: each command in turn, then one reply saying what each did. */
export async function runCommands(
  request: CommandRequest,
  session: RemediationSession,
  inputs: Pick<Inputs, 'ignoreFile'>,
  runner: RemedyRunner,
  log: RemediationLog,
  runUrl?: string
): Promise<CommandOutcome[]> {
  const outcomes: CommandOutcome[] = []
  let denied: MissingPermission | undefined
  for (const { line, command } of request.commands) {
    if (denied) {
      outcomes.push({
        line,
        error: `not run: the token lacks the ${denied.permission} permission.`
      })
      continue
    }
    try {
      if (command.kind === 'waive') {
        const waiver: Waiver = {
          target: command.target,
          ...(command.attribute ? { attribute: command.attribute } : {}),
          until: command.until,
          reason: command.reason
        }
        outcomes.push(await runWaive(session, line, waiver, inputs.ignoreFile, request.event.user))
      } else if (command.kind === 'adopt' || command.kind === 'codify') {
        outcomes.push(
          await runEngine(session, command.kind, line, command.targets, runner, request.event.user)
        )
      }
    } catch (error) {
      if (error instanceof MissingPermission) {
        denied = error
        log.warning(permissionWarning(error, { fromFork: false }))
        outcomes.push({
          line,
          error: `the workflow's token lacks the ${error.permission} permission (HTTP ${error.status}); add contents: write and pull-requests: write to the job's permissions.`
        })
      } else {
        outcomes.push({
          line,
          error: error instanceof RemedyRefused ? error.message : messageOf(error)
        })
      }
    }
  }
  await reply(
    request.client,
    request.target,
    request.event.issueNumber,
    session.scrubber.scrub(renderOutcomes(outcomes, runUrl))
  )
  return outcomes
}

import type { Report } from '../model/report.js'
import type { Severity } from '../model/severity.js'
import { clip, plural } from '../text.js'
import { severityLabel } from './severity.js'

/**
 * The message a Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat) gets when the
 * set of findings changes between audits: what is new, most severe first, what was resolved, the
 * counts now, and links to the audit issue and the run.
 *
 * Only `text` is sent: every one of those services reads it, while `blocks` are Slack's alone and
 * cap a section at 3,000 characters. Slack reads `text` as mrkdwn, where `&`, `<` and `>` are the
 * only control characters (https://api.slack.com/reference/surfaces/formatting#escaping), so
 * escaping them keeps `<!channel>`, `<@U123>` and `<https://evil|click>` from pinging or linking.
 * Mattermost and Rocket.Chat read Markdown and notify on a plain `@here` or `@name` too, hence the
 * joiner after `@` in untrusted text. Every identifier and value goes in a code span, which no
 * service formats; only the links and words we write ourselves are markup.
 */

export type FindingKind = 'drift' | 'deleted' | 'unmanaged'

export interface ChangedFinding {
  kind: FindingKind
  /** A Terraform address or an ARN. */
  address: string
  directory?: string
  severity?: Severity
  /** Untrusted: a tag value or a name, written by anyone with console access. */
  detail?: string
}

export interface FindingsChange {
  /** `owner/repo`. */
  repository: string
  /** The audit issue's title, such as `Driftwatch: drift in the root module`. */
  title: string
  issueUrl?: string
  runUrl?: string
  added: ChangedFinding[]
  resolved: ChangedFinding[]
  /** Open findings after this audit. */
  counts: { drifted: number; unmanaged: number; total: number }
}

export interface WebhookPayload {
  text: string
}

/** Findings shown per list; the rest are counted, since the audit issue has them all. */
export const LIST_LIMIT = 10
/**
 * Characters each list may take. Slack truncates `text` at 40,000 characters; two full lists,
 * the heading and the links stay near 12,000 even when every character needs escaping.
 */
export const LIST_BUDGET = 5_000

const ADDRESS_LENGTH = 200
const DIRECTORY_LENGTH = 120
const DETAIL_LENGTH = 120
const TITLE_LENGTH = 200

const WORD_JOINER = '\u2060'
const ZWSP = '\u200B'

const KIND_WORDS: Record<FindingKind, string> = {
  drift: 'changed',
  deleted: 'deleted',
  unmanaged: 'unmanaged'
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low']

/** Nothing to send: a webhook only hears about audits that changed what is open. */
export function findingsChanged(change: Pick<FindingsChange, 'added' | 'resolved'>): boolean {
  return change.added.length > 0 || change.resolved.length > 0
}

/** Slack's three control characters, as its formatting reference asks, and nothing else. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function collapseBreaksAndTabs(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ')
}

/** Broadcast mentions notify even from a code span in some services; no identifier needs them. */
function defuseBroadcasts(text: string): string {
  return text.replace(/@(?=(?:channel|here|everyone|all)\b)/gi, `@${WORD_JOINER}`)
}

/** Every mention, and the bare URLs the services would turn into links. */
function defuseProse(text: string): string {
  return text
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${ZWSP}.`)
}

/**
 * mrkdwn has no escape for a backtick inside a code span and ends the span at the first one, so
 * a backtick becomes the look-alike modifier letter grave accent.
 */
function code(text: string): string {
  return `\`${text.replace(/`/g, '\u02CB')}\``
}

// identifier, value and prose clip before escaping, so an entity is never cut in half.

/** A Terraform address, an ARN or a directory: copyable as is, apart from `://` and broadcasts. */
function identifier(text: string, maxLength: number): string {
  const safe = defuseBroadcasts(collapseBreaksAndTabs(text)).replace(/:\/\//g, `:${ZWSP}//`)
  return code(escapeMrkdwn(clip(safe, maxLength)))
}

/** An untrusted value shown for context: nothing in it may ping, link or format. */
function value(text: string, maxLength: number): string {
  return code(escapeMrkdwn(defuseProse(clip(collapseBreaksAndTabs(text).trim(), maxLength))))
}

/** Untrusted words in our own sentence, such as a directory named in the issue title. */
function prose(text: string, maxLength: number): string {
  return escapeMrkdwn(defuseProse(clip(collapseBreaksAndTabs(text).trim(), maxLength)))
}

/** `<url|label>` for an http(s) URL we were given; nothing for anything else. */
export function link(url: string | undefined, label: string): string {
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return ''
  return `<${escapeMrkdwn(url.replace(/\|/g, '%7C'))}|${escapeMrkdwn(label)}>`
}

function severityRank(severity: Severity | undefined): number {
  return severity ? SEVERITY_ORDER.indexOf(severity) : SEVERITY_ORDER.length
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Most severe first, unassessed last; by directory and address within a level, for stable diffs. */
export function mostSevereFirst(findings: readonly ChangedFinding[]): ChangedFinding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      compareText(a.directory ?? '', b.directory ?? '') ||
      compareText(a.address, b.address)
  )
}

function findingLine(finding: ChangedFinding): string {
  const parts = [
    severityLabel(finding.severity),
    KIND_WORDS[finding.kind],
    identifier(finding.address, ADDRESS_LENGTH)
  ].filter(Boolean)
  const where = finding.directory ? ` in ${identifier(finding.directory, DIRECTORY_LENGTH)}` : ''
  const detail = finding.detail?.trim() ? ` — ${value(finding.detail, DETAIL_LENGTH)}` : ''
  return `• ${parts.join(' ')}${where}${detail}`
}

/** Up to LIST_LIMIT lines within LIST_BUDGET characters; the rest counted on a last line. */
function listSection(heading: string, findings: readonly ChangedFinding[]): string {
  if (findings.length === 0) return ''
  const lines: string[] = []
  let used = 0
  for (const finding of mostSevereFirst(findings)) {
    const line = findingLine(finding)
    if (lines.length === LIST_LIMIT || used + line.length + 1 > LIST_BUDGET) break
    lines.push(line)
    used += line.length + 1
  }
  const rest = findings.length - lines.length
  if (rest > 0) lines.push(`• …and ${rest} more`)
  return [`*${heading} (${findings.length})*`, ...lines].join('\n')
}

function countsLine(counts: FindingsChange['counts']): string {
  return (
    `Open now: ${counts.drifted} drifted, ${counts.unmanaged} unmanaged ` +
    `(${plural(counts.total, 'finding')}).`
  )
}

function headline(change: FindingsChange): string {
  return `*${prose(change.title, TITLE_LENGTH)}* in ${identifier(change.repository, 140)}`
}

function linksLine(change: FindingsChange): string {
  return [link(change.issueUrl, 'Audit issue'), link(change.runUrl, 'Workflow run')]
    .filter(Boolean)
    .join(' · ')
}

/** The webhook message; call only when findingsChanged says there is something to tell. */
export function renderSlackMessage(change: FindingsChange): WebhookPayload {
  const summary =
    `${plural(change.added.length, 'new finding')}, ` +
    `${plural(change.resolved.length, 'resolved finding')}. ${countsLine(change.counts)}`
  const text = [
    headline(change),
    summary,
    listSection('New', change.added),
    listSection('Resolved', change.resolved),
    linksLine(change)
  ]
    .filter(Boolean)
    .join('\n\n')
  return { text }
}

/** What an audit changed, from its Report: findings new since the last audit, and those resolved. */
export function findingsChange(
  report: Report,
  title: string,
  issueUrl: string | undefined
): FindingsChange {
  const added: ChangedFinding[] = [
    ...report.directories.flatMap(dir =>
      dir.drift
        .filter(f => f.history?.status === 'new')
        .map(f => ({
          kind: f.kind === 'deleted' ? ('deleted' as const) : ('drift' as const),
          address: f.address,
          directory: dir.path,
          severity: f.severity
        }))
    ),
    ...(report.unmanaged?.resources ?? [])
      .filter(r => r.history?.status === 'new')
      .map(r => ({
        kind: 'unmanaged' as const,
        address: r.arn ?? `${r.type}:${r.id}`,
        ...(r.severity ? { severity: r.severity } : {})
      }))
  ]
  const resolved: ChangedFinding[] = (report.history?.resolved ?? []).map(r => ({
    kind: r.kind === 'drift' ? 'drift' : 'unmanaged',
    address: r.name,
    ...(r.directory ? { directory: r.directory } : {})
  }))
  return {
    repository: report.run.repository ?? '',
    title,
    ...(issueUrl ? { issueUrl } : {}),
    ...(report.run.runUrl ? { runUrl: report.run.runUrl } : {}),
    added,
    resolved,
    counts: {
      drifted: report.counts.drifted,
      unmanaged: report.counts.unmanaged,
      total: report.counts.drifted + report.counts.unmanaged
    }
  }
}

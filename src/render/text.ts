import type { DriftFinding } from '../model/findings.js'
import type { Report } from '../model/report.js'
import { historyTag } from './since-last-audit.js'
import type { ChangeKind } from './changes.js'
import { CHANGE_SIGNS, describeChanges, FORM_ONLY } from './changes.js'
import { severityLine } from './severity.js'
import { plain, unmanagedTextLines } from './unmanaged.js'

/** The report as plain text for the step log and a terminal; colour only where asked for. */

export interface TextOptions {
  colour?: boolean
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const
type Colour = keyof typeof CODES

function painter(enabled: boolean) {
  return (colour: Colour, text: string) =>
    enabled ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text
}

/** Longest value in a change line before it is folded: a log line should fit a wide terminal. */
const VALUE_LENGTH = 160

const SEVERITY_COLOUR = { critical: 'red', high: 'red', medium: 'yellow', low: 'dim' } as const

/** The colours of a diff, which is how a reader of a log already reads `+`, `-` and `~`. */
const SIGN_COLOUR: Record<ChangeKind, Colour> = {
  added: 'green',
  removed: 'red',
  changed: 'yellow'
}

function severityTag(finding: DriftFinding, paint: ReturnType<typeof painter>): string {
  const age = historyTag(finding.history)
  const aged = age ? `  ${paint('dim', `(${age})`)}` : ''
  if (!finding.severity) return aged
  return `  ${paint(SEVERITY_COLOUR[finding.severity], `[${finding.severity}]`)}${aged}`
}

function concernLines(finding: DriftFinding, paint: ReturnType<typeof painter>): string[] {
  const concerns = (finding.concerns ?? []).map(concern => `      ${paint('red', '!')} ${concern}`)
  const who = finding.changedBy
    ? [`      ${paint('dim', `last change: ${plain(finding.changedBy.summary)}`)}`]
    : []
  return [...concerns, ...who]
}

function changeLines(finding: DriftFinding, paint: ReturnType<typeof painter>): string[] {
  const lines = describeChanges(finding.type, finding.changes, { valueLength: VALUE_LENGTH })
  if (lines.length === 0) return [`      ${paint('dim', FORM_ONLY)}`]
  return lines.map(
    line => `      ${paint(SIGN_COLOUR[line.kind], CHANGE_SIGNS[line.kind])} ${line.text}`
  )
}

function findingLines(finding: DriftFinding, paint: ReturnType<typeof painter>): string[] {
  if (finding.kind === 'deleted') {
    return [
      `  ${paint('red', '-')} ${paint('bold', finding.address)}  ${paint('red', 'deleted outside Terraform')}${severityTag(finding, paint)}`,
      ...concernLines(finding, paint)
    ]
  }
  return [
    `  ${paint('yellow', '~')} ${paint('bold', finding.address)}  changed outside Terraform${severityTag(finding, paint)}`,
    ...concernLines(finding, paint),
    ...changeLines(finding, paint)
  ]
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.colour ?? false)
  const { counts } = report
  const lines: string[] = []
  const failed = report.directories.some(d => d.status === 'error')
  lines.push(
    counts.drifted > 0
      ? paint(
          'red',
          `Drift: ${counts.drifted} drifted (${counts.changed} changed, ${counts.deleted} deleted)`
        )
      : paint(
          failed ? 'yellow' : 'green',
          failed ? 'No drift found in the directories that could be checked' : 'No drift'
        )
  )
  const severities = severityLine(report).replace(/\*\*/g, '')
  if (severities) lines.push(severities)
  lines.push(`Pending changes the code asks for: ${counts.pending}; errors: ${counts.errors}`)
  for (const dir of report.directories) {
    lines.push('')
    if (dir.status === 'error') {
      lines.push(`${paint('bold', dir.path)}: ${paint('red', `error: ${dir.error}`)}`)
      continue
    }
    lines.push(
      `${paint('bold', dir.path)}: ${dir.drift.length} drifted of ${dir.managedResources} managed`
    )
    for (const finding of dir.drift) lines.push(...findingLines(finding, paint))
    for (const change of dir.pending)
      lines.push(`  ${paint('dim', `pending ${change.action} ${change.address}`)}`)
  }
  lines.push(...unmanagedTextLines(report, paint))
  return lines.join('\n')
}

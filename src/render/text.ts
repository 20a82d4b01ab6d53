import type { DriftFinding, Report } from '../report/model.js'
import { displayValue } from './sections.js'

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

function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function findingLines(finding: DriftFinding, paint: ReturnType<typeof painter>): string[] {
  if (finding.kind === 'deleted') {
    return [
      `  ${paint('red', '-')} ${paint('bold', finding.address)}  ${paint('red', 'deleted outside Terraform')}`
    ]
  }
  return [
    `  ${paint('yellow', '~')} ${paint('bold', finding.address)}  changed outside Terraform`,
    ...finding.changes.map(
      c =>
        `      ${c.path}: ${clip(displayValue(c.before))} ${paint('dim', '→')} ${clip(displayValue(c.after))}`
    )
  ]
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.colour ?? false)
  const { counts } = report
  const lines: string[] = []
  lines.push(
    counts.drifted > 0
      ? paint(
          'red',
          `Drift: ${counts.drifted} drifted (${counts.changed} changed, ${counts.deleted} deleted)`
        )
      : paint(
          counts.errors > 0 ? 'yellow' : 'green',
          counts.errors > 0 ? 'No drift found in the directories that could be checked' : 'No drift'
        )
  )
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
  return lines.join('\n')
}

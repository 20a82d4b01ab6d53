import type { Report } from '../model/report.js'
import { plural } from '../text.js'
import { codeSpan, shortList } from './markdown.js'

/**
 * Who last changed each finding, from CloudTrail, most severe first; what the budget left out
 * is counted. Names are CloudTrail's (user and session names anyone can choose): code spans.
 */
export function changedBySection(report: Report): string {
  const summary = report.attribution
  if (!summary) return ''
  const named = [
    ...report.directories.flatMap(dir =>
      dir.drift.map(f => ({ name: f.address, severity: f.severity, changedBy: f.changedBy }))
    ),
    ...(report.unmanaged?.resources ?? []).map(r => ({
      name: r.arn ?? `${r.type}:${r.id}`,
      severity: r.severity,
      changedBy: r.changedBy
    }))
  ].filter(f => f.changedBy !== undefined)
  const lines = named.length > 0 ? ['**Who changed it** (CloudTrail, the last 90 days)', ''] : []
  lines.push(
    ...shortList(named, f => `${codeSpan(f.name)}: ${codeSpan(f.changedBy?.summary ?? '')}`)
  )
  const notes: string[] = []
  if (summary.notLookedUp > 0) {
    notes.push(
      `${plural(summary.notLookedUp, 'finding')} not looked up (the budget of calls went to the most severe)`
    )
  }
  if (summary.warning) notes.push(summary.warning)
  if (notes.length > 0) lines.push('', `_CloudTrail: ${notes.join('; ')}._`)
  return lines.join('\n').trim()
}

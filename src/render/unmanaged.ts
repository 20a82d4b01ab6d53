import type { Report } from '../model/report.js'
import type { UnmanagedReport, UnmanagedResource } from '../model/findings.js'
import { historyTag } from './since-last-audit.js'
import { plural } from '../text.js'
import type { RenderLimits } from './budget.js'
import { FULL, TABLE_ROWS } from './budget.js'
import { GENERATE_CONFIG_HINT, importBlock } from '../remediate/hcl/write.js'
import { cellCode, codeSpan, details, escapeText, fenced, table, tableRow } from './markdown.js'
import { severityLabel } from './severity.js'

/**
 * The unmanaged-resources section of the Markdown reports. Names, ids, ARNs and tags come from
 * the AWS account and anyone with console access writes them: they reach Markdown only through
 * codeSpan / cellCode / escapeText, and the import blocks only through hcl.ts.
 */

const TAGS_SHOWN = 8

function tagsCell(tags: Record<string, string>, limits: RenderLimits): string {
  const entries = Object.entries(tags).sort(([a], [b]) => a.localeCompare(b))
  const shown = entries
    .slice(0, TAGS_SHOWN)
    .map(([key, value]) => cellCode(`${key}=${value}`, limits.valueLength))
  if (entries.length > TAGS_SHOWN) shown.push(`+${entries.length - TAGS_SHOWN} more`)
  return shown.join(' ')
}

/** How a row was seen, in the words the README uses. */
function seenText(resource: UnmanagedResource): string {
  const how = resource.seenBy === 'listed' ? 'never tagged, found by listing' : 'tagged'
  const age = historyTag(resource.history)
  return age ? `${how}; ${age}` : how
}

/** `🔴 critical: ingress open to 0.0.0.0/0 (tcp 22)`; the reasons only where they say something. */
function severityCell(resource: UnmanagedResource): string {
  const label = severityLabel(resource.severity)
  const concerns = resource.concerns ?? []
  return concerns.length > 0 ? `${label}: ${escapeText(concerns.join('; '))}` : label
}

function resourceRow(resource: UnmanagedResource, limits: RenderLimits): string[] {
  return [
    cellCode(resource.id, limits.valueLength),
    cellCode(resource.type),
    cellCode(resource.region),
    severityCell(resource),
    seenText(resource),
    tagsCell(resource.tags, limits),
    resource.arn ? cellCode(resource.arn, limits.valueLength) : '(no ARN)'
  ]
}

const RESOURCE_HEADER = ['Resource', 'Type', 'Region', 'Severity', 'Seen', 'Tags', 'ARN']

/**
 * Table lines already rendered, per section and cell length: fitting a body to a size limit
 * renders the same rows several times with only the row count changing, and escaping tens of
 * thousands of rows each time dominated a large report's rendering.
 */
const renderedLines = new WeakMap<UnmanagedReport, Map<number, string[]>>()

function resourceLines(section: UnmanagedReport, count: number, limits: RenderLimits): string[] {
  let byLength = renderedLines.get(section)
  if (!byLength) renderedLines.set(section, (byLength = new Map()))
  let lines = byLength.get(limits.valueLength)
  if (!lines) byLength.set(limits.valueLength, (lines = []))
  for (let i = lines.length; i < count; i++) {
    lines.push(tableRow(resourceRow(section.resources[i], limits)))
  }
  return lines.length === count ? lines : lines.slice(0, count)
}

/** `72.7%`, or why there is no figure: the one way every renderer writes coverage. */
export function coverageText(section: UnmanagedReport): string {
  return section.coverage === null ? 'not known (nothing could be scanned)' : `${section.coverage}%`
}

function summaryLine(section: UnmanagedReport): string {
  const regions = section.regions.map(region => codeSpan(region)).join(', ')
  const found =
    section.resources.length === 0
      ? `No unmanaged resources in ${regions}.`
      : `**${plural(section.resources.length, 'resource')}** in ${regions} ${section.resources.length === 1 ? 'is' : 'are'} in no Terraform state.`
  return [
    found,
    `${section.ownedByOthers.length} owned by other tools`,
    `${madeByAwsCount(section)} made by AWS`,
    `${section.ignored} ignored`
  ].join(' · ')
}

/** Resources AWS made itself, counted and never listed (default VPCs, service-linked roles). */
export function madeByAwsCount(section: UnmanagedReport): number {
  return Object.values(section.madeByAws ?? {}).reduce((n, count) => n + count, 0)
}

function importDetails(resources: UnmanagedResource[]): string {
  const blocks = resources.flatMap(r => (r.importBlock ? [importBlock(r.importBlock)] : []))
  if (blocks.length === 0) return ''
  return details(
    `Import blocks for ${plural(blocks.length, 'resource')}`,
    `${fenced('hcl', blocks.join('\n\n'))}\n\nAdd them to the root that should manage these resources, then run ${codeSpan(GENERATE_CONFIG_HINT)} to have Terraform write their \`resource\` blocks; review those before applying.`
  )
}

function ownedDetails(section: UnmanagedReport, limits: RenderLimits): string {
  const owned = section.ownedByOthers
  if (owned.length === 0) return ''
  const title = `${plural(owned.length, 'resource')} owned by other tools (not unmanaged)`
  if (!limits.details) return `${title}.`
  const shown = owned.slice(0, limits.findings)
  const rows = shown.map(r => [
    cellCode(r.id, limits.valueLength),
    cellCode(r.type),
    cellCode(r.region),
    escapeText(r.owner),
    cellCode(r.rule)
  ])
  const more =
    owned.length > shown.length
      ? `\n\n…and ${owned.length - shown.length} more: ${limits.elsewhere}.`
      : ''
  return details(title, table(['Resource', 'Type', 'Region', 'Owned by', 'Rule'], rows) + more)
}

export function unmanagedSection(report: Report, limits: RenderLimits = FULL): string {
  const section = report.unmanaged
  if (!section) return ''
  const parts = ['### Unmanaged resources']
  if (section.skipped) {
    parts.push(`⚠️ Not reported: ${escapeText(section.skipped)}.`)
    return parts.join('\n\n')
  }
  parts.push(summaryLine(section))
  const shown = section.resources.slice(0, limits.findings)
  if (shown.length > 0) {
    const lines = resourceLines(section, shown.length, limits)
    parts.push(`${table(RESOURCE_HEADER, [])}\n${lines.join('\n')}`)
  }
  const hidden = section.resources.length - shown.length
  if (hidden > 0) {
    parts.push(
      `…and ${plural(hidden, 'more unmanaged resource')} not shown here: ${limits.elsewhere}.`
    )
  }
  if (limits.details) parts.push(importDetails(shown))
  parts.push(ownedDetails(section, limits))
  if (section.regionErrors.length > 0) {
    parts.push(
      `⚠️ The scan is incomplete: ${section.regionErrors.map(e => escapeText(e.message)).join('; ')}.`
    )
  }
  parts.push(`<sub>Blind spots: ${escapeText(section.blindSpots)}</sub>`)
  return parts.filter(Boolean).join('\n\n')
}

/**
 * Untrusted text for the step log: control characters (ANSI escapes, line breaks that could
 * forge a workflow command line) become `?`.
 */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
}

type Paint = (colour: 'red' | 'green' | 'yellow' | 'dim' | 'bold', text: string) => string

/** The unmanaged section as plain text lines, for the step log and the terminal. */
export function unmanagedTextLines(report: Report, paint: Paint): string[] {
  const section = report.unmanaged
  if (!section) return []
  const lines = ['']
  if (section.skipped) {
    lines.push(paint('yellow', `Unmanaged resources not reported: ${section.skipped}`))
    return lines
  }
  const count = section.resources.length
  lines.push(
    paint(
      count > 0 ? 'red' : 'green',
      `Unmanaged: ${count} in ${section.regions.join(', ')}; coverage ${coverageText(section)}; ` +
        `${section.ownedByOthers.length} owned by other tools; ${madeByAwsCount(section)} made by AWS; ${section.ignored} ignored`
    )
  )
  for (const r of section.resources.slice(0, TABLE_ROWS)) {
    const tags = Object.entries(r.tags)
      .map(([key, value]) => `${key}=${value}`)
      .join(', ')
    lines.push(
      `  ${paint('red', '+')} ${paint('bold', plain(r.type))} ${plain(r.id)} (${r.region}, ${seenText(r)})  ${plain(r.arn ?? '')}${tags ? `  ${paint('dim', plain(tags))}` : ''}`
    )
    if (r.changedBy)
      lines.push(`      ${paint('dim', `last change: ${plain(r.changedBy.summary)}`)}`)
  }
  if (count > TABLE_ROWS) lines.push(`  …and ${count - TABLE_ROWS} more: see the JSON report`)
  for (const r of section.ownedByOthers.slice(0, TABLE_ROWS)) {
    lines.push(
      `  ${paint('dim', `owned by ${plain(r.owner)}: ${plain(r.type)} ${plain(r.id)} (${r.region})`)}`
    )
  }
  const owned = section.ownedByOthers.length
  if (owned > TABLE_ROWS) {
    lines.push(`  ${paint('dim', `…and ${owned - TABLE_ROWS} more owned by other tools`)}`)
  }
  for (const fault of section.regionErrors) lines.push(`  ${paint('yellow', plain(fault.message))}`)
  return lines
}

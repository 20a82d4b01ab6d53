import type { DriftFinding } from '../model/findings.js'
import type { Report } from '../model/report.js'
import { securityConcerns } from '../model/severity.js'
import { clip, plural } from '../text.js'
import { changeLineText, describeChanges, FORM_ONLY } from './changes.js'
import { countsTable, headline } from './sections.js'

/**
 * One annotation per drifted resource, placed at its `resource` block. Annotations are plain
 * text (GitHub does not render Markdown in them, nor notify mentions), so values are only clipped.
 */

export type AnnotationLevel = 'warning' | 'error'

export interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  /** Relative to the repository root; absent when the block was not found. */
  file?: string
  line?: number
}

/** GitHub's limits: a check run annotation's title is 255 characters, its message 64 KB. */
const TITLE_MAX = 255
const VALUE_MAX = 120
/** A line holds a path and up to two folded values, each with its length note. */
const LINE_MAX = 3 * VALUE_MAX
const CHANGES_MAX = 20

function message(finding: DriftFinding, concerns: string[], dir: string): string {
  const lines: string[] = []
  if (concerns.length > 0) lines.push(`Security relevant: ${concerns.join('; ')}.`)
  if (finding.kind === 'deleted') {
    lines.push('Deleted outside Terraform: the next apply would create it again.')
  } else {
    lines.push('Changed outside Terraform (state → real):')
    const changes = describeChanges(finding.type, finding.changes, { valueLength: VALUE_MAX })
    for (const line of changes.slice(0, CHANGES_MAX))
      lines.push(`  ${clip(changeLineText(line), LINE_MAX, { flatten: true })}`)
    if (changes.length === 0) lines.push(`  ${FORM_ONLY}`)
    const hidden = changes.length - CHANGES_MAX
    if (hidden > 0) lines.push(`  …and ${hidden} more attributes (see the job summary)`)
  }
  lines.push(`Working directory: ${dir}`)
  return lines.join('\n')
}

export function renderAnnotations(report: Report): Annotation[] {
  return report.directories.flatMap(dir =>
    dir.drift.map(finding => {
      const concerns = securityConcerns(finding)
      const what = finding.kind === 'deleted' ? 'deleted' : 'changed'
      return {
        level: concerns.length > 0 ? 'error' : 'warning',
        title: clip(`Drift: ${finding.address} ${what} outside Terraform`, TITLE_MAX, {
          flatten: true
        }),
        message: message(finding, concerns, dir.path),
        ...(finding.location ? { file: finding.location.file, line: finding.location.line } : {})
      } satisfies Annotation
    })
  )
}

/** Title and summary of the check run that carries the annotations beyond the first ten. */
export function renderCheckRun(
  report: Report,
  annotations: Annotation[]
): {
  title: string
  summary: string
} {
  const errors = annotations.filter(a => a.level === 'error').length
  const warnings = annotations.length - errors
  return {
    title: clip(
      `${plural(report.counts.drifted, 'drifted resource')} (${errors} security-relevant, ${warnings} other)`,
      TITLE_MAX,
      { flatten: true }
    ),
    summary: [
      `### ${headline(report)}`,
      countsTable(report),
      'Each drifted resource is annotated at its `resource` block; the job summary has the full report.'
    ].join('\n\n')
  }
}

import type { Report } from '../report/model.js'
import type { RenderLimits } from './budget.js'
import { allocate, BODY_LIMIT, characters, fit } from './budget.js'
import { details, plural } from './markdown.js'
import { digestMarker, marker, reportKey } from './markers.js'
import {
  commitLink,
  countsTable,
  coverageLine,
  directorySection,
  errorsSection,
  headline,
  inventoryCounts,
  runLink,
  securitySection,
  tableRows,
  unmanagedSection
} from './sections.js'

/**
 * The pull request comment: what a reviewer needs before merging, inside GitHub's body limit.
 * The hidden marker on the first line is how the publisher finds this comment on the next run;
 * the digest below it covers the commit line, so a push edits the comment even when the findings
 * stay the same, and a re-run on the same commit edits nothing.
 */

export const COMMENT_ELSEWHERE = 'see the job summary or the report artifact'

/** The inventory in full, folded away: the visible counts line says whether to open it. */
function collapsedUnmanaged(report: Report, limits: RenderLimits): string {
  const section = unmanagedSection(report, limits)
  const found = report.unmanaged?.resources.length ?? 0
  if (!section || found === 0) return section
  return details(
    `${plural(found, 'unmanaged resource')}, with import blocks to adopt them`,
    section
  )
}

/** Sections of the report body shared by the comment and the audit issue. */
export function reportBody(report: Report, limits: RenderLimits): string[] {
  const shares = allocate(
    report.directories.map(d => d.drift.length),
    limits.findings
  )
  return [
    countsTable(report),
    inventoryCounts(report),
    securitySection(report, limits),
    ...report.directories.map((dir, i) =>
      directorySection(dir, { ...limits, findings: shares[i] })
    ),
    collapsedUnmanaged(report, limits),
    errorsSection(report),
    coverageLine(report)
  ]
}

export function footer(report: Report): string {
  const link = runLink(report)
  return `<sub>Driftwatch ${report.tool.version} · ${report.generatedAt}${link ? ` · ${link}` : ''}</sub>`
}

/** `## Driftwatch: …` and, in a repository, the commit whose code was compared. */
function commentHeading(report: Report): string {
  const commit = commitLink(report)
  const heading = `## Driftwatch: ${headline(report)}`
  return commit ? `${heading}\n\nTerraform code at commit ${commit}.` : heading
}

function commentBody(report: Report, limits: RenderLimits): string {
  const content = [commentHeading(report), ...reportBody(report, limits)]
    .filter(Boolean)
    .join('\n\n')
  return [marker('comment', reportKey(report)), digestMarker(content), content, footer(report)]
    .join('\n\n')
    .concat('\n')
}

/**
 * A comment or issue body inside GitHub's body limit; when not even the counts fit, the marker,
 * heading and counts alone, with where to read the rest.
 */
export function fitBody(
  report: Report,
  kind: 'comment' | 'issue',
  heading: string,
  body: (limits: RenderLimits) => string
): string {
  return fit(body, {
    limit: BODY_LIMIT,
    measure: characters,
    totalFindings: tableRows(report),
    elsewhere: COMMENT_ELSEWHERE,
    fallback: () =>
      [
        marker(kind, reportKey(report)),
        heading,
        countsTable(report),
        `The details do not fit in ${kind === 'comment' ? 'a comment' : 'an issue'}: ${COMMENT_ELSEWHERE}.`,
        footer(report)
      ].join('\n\n')
  })
}

export function renderComment(report: Report): string {
  return fitBody(report, 'comment', commentHeading(report), limits => commentBody(report, limits))
}

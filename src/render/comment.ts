import type { Report } from '../model/report.js'
import type { RenderLimits } from './budget.js'
import { BODY_LIMIT, characters, fit } from './budget.js'
import { digestMarker, marker, reportKey } from '../github/markers.js'
import { commitLink, countsTable, footer, headline, reportSections, tableRows } from './sections.js'

/**
 * The pull request comment: what a reviewer needs before merging, inside GitHub's body limit.
 * The hidden marker on the first line is how the publisher finds this comment on the next run;
 * the digest below it covers the commit line, so a push edits the comment even when the findings
 * stay the same, and a re-run on the same commit edits nothing.
 */

const COMMENT_ELSEWHERE = 'see the job summary or the report artifact'

/** `## Driftwatch: …` and, in a repository, the commit whose code was compared. */
function commentHeading(report: Report): string {
  const commit = commitLink(report)
  const heading = `## Driftwatch: ${headline(report)}`
  return commit ? `${heading}\n\nTerraform code at commit ${commit}.` : heading
}

function commentBody(report: Report, limits: RenderLimits): string {
  const content = [commentHeading(report), ...reportSections(report, limits, 'thread')]
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

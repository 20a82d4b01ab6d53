import type { Report } from '../model/report.js'
import { clip, plural } from '../text.js'
import type { RenderLimits } from './budget.js'
import { fitBody } from './comment.js'
import { marker, reportKey } from '../github/markers.js'
import { directoryLabel } from '../model/report.js'
import { footer, headline, reportSections, runLink } from './sections.js'

/**
 * The audit issue: the standing record of drift found by scheduled and manual audits. One issue
 * per repository and set of working directories; every audit rewrites its body, and the closing
 * and reopening comments say why its state changed.
 */

export interface IssueText {
  title: string
  body: string
}

/** `infra/prod` for `./infra/prod/`; the repository root is the root module. */
function directoryName(path: string): string {
  const relative = directoryLabel(path)
  return relative === '.' ? 'the root module' : relative
}

function directoriesLabel(report: Report): string {
  const names = [...new Set(report.directories.map(d => directoryName(d.path)))]
  const shown = names.slice(0, 3).join(', ')
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown
}

/** A title is plain text on GitHub; it names the directories so two audits' issues differ. */
export function issueTitle(report: Report): string {
  // With `issue-per: directory` the unmanaged resources, which belong to no directory, have
  // their own issue.
  const title =
    report.directories.length === 0
      ? `Driftwatch: unmanaged resources in ${(report.unmanaged?.regions ?? []).join(', ') || 'the account'}`
      : `Driftwatch: drift in ${directoriesLabel(report)}`
  return clip(title, 200)
}

function preamble(report: Report): string {
  return (
    `This issue is kept up to date by Driftwatch: each audit rewrites this description, and the ` +
    `first audit that finds no drift closes it. Last audit: ${report.generatedAt}` +
    (report.run.runUrl ? ` (${runLink(report)}).` : '.')
  )
}

function issueBody(report: Report, limits: RenderLimits): string {
  return [
    marker('issue', reportKey(report)),
    `## ${headline(report)}`,
    preamble(report),
    ...reportSections(report, limits, 'thread'),
    footer(report)
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n')
}

export function renderIssue(report: Report): IssueText {
  const body = fitBody(report, 'issue', `## ${headline(report)}`, limits =>
    issueBody(report, limits)
  )
  return { title: issueTitle(report), body }
}

/** Posted before the issue is closed: the audit that found everything back in line. */
export function renderIssueResolved(report: Report): string {
  const link = runLink(report)
  return `✅ The audit of ${report.generatedAt} found no drift${link ? ` (${link})` : ''}. Closing this issue; Driftwatch reopens it if drift returns.`
}

/** Posted when a closed issue is reopened because drift is back. */
export function renderIssueReturned(report: Report): string {
  const link = runLink(report)
  return `🔴 Drift is back: the audit of ${report.generatedAt} found ${countsSummary(report)}${link ? ` (${link})` : ''}. The description above is up to date.`
}

function countsSummary(report: Report): string {
  const { drifted, unmanaged } = report.counts
  const parts = [
    drifted > 0 ? plural(drifted, 'drifted resource') : '',
    unmanaged > 0 ? plural(unmanaged, 'unmanaged resource') : ''
  ].filter(Boolean)
  return parts.join(' and ') || 'drift'
}

/** Posted on an audit issue a racing audit opened beside the one kept, before closing it. */
export function renderIssueDuplicate(kept: number): string {
  return `Closed as a duplicate of #${kept}: two audits ran at once and each opened an issue. The findings and the history are kept there.`
}

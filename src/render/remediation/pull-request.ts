import { encodeRemedyMarker } from '../../github/remediation.js'
import type { Report } from '../../model/report.js'
import type { FindingFacts } from '../../report/remediation.js'
import { planProblem, remedyFacts } from '../../report/remediation.js'
import type { Remedy, RemedyKind } from '../../model/remedy.js'
import { plural } from '../../text.js'
import { directoryLabel } from '../../model/report.js'
import { cellCode, codeSpan, details, escapeText, fenced, table } from '../markdown.js'
import { footer } from '../sections.js'
import { severityLabel } from '../severity.js'

/**
 * A remediation pull request's title, description and commit message: what it changes and why
 * (the findings, their severity, who changed them when CloudTrail knows), the validation plan,
 * what was left out and why, and how to apply it. Everything from AWS, the code or a comment
 * goes through codeSpan / cellCode / escapeText / fenced, so it stays text. The hidden marker
 * first in the description names the remedy, the root and the findings it addresses, so a later
 * audit can say which pull request resolved them.
 */

export interface RemedyText {
  title: string
  body: string
  commitMessage: string
}

export interface RemedyTextOptions {
  /** The history keys of the findings addressed (report/remediation.ts addressedKeys). */
  keys: string[]
  /** Who asked for it by command: a GitHub login. */
  requestedBy?: string
  /** A waiver's lines, as this branch adds them to the ignore file. */
  waiverLines?: string[]
}

/** Rows and items shown in a description; GitHub's limit is 65,536 characters. */
const SHOWN = 100

const VERBS: Record<RemedyKind, string> = {
  adopt: 'adopt',
  codify: 'write accepted drift into the code for',
  waive: 'waive'
}

function rootLabel(root: string): string {
  const path = directoryLabel(root)
  return path === '.' ? 'the root module' : codeSpan(path)
}

function subjectCount(remedy: Remedy): string {
  const count = remedy.addressed.length
  if (remedy.kind === 'adopt') return plural(count, 'unmanaged resource')
  if (remedy.kind === 'waive') return plural(count, 'finding')
  return plural(count, 'resource')
}

/** A title is one line; GitHub shows its code spans as code, and what is in them as text. */
export function remedyTitle(remedy: Remedy): string {
  const where = remedy.kind === 'adopt' ? 'into' : 'in'
  return `Driftwatch: ${VERBS[remedy.kind]} ${subjectCount(remedy)} ${where} ${rootLabel(remedy.root)}`
}

function why(remedy: Remedy): string {
  const root = rootLabel(remedy.root)
  switch (remedy.kind) {
    case 'adopt':
      return (
        `These resources exist in AWS but no Terraform state manages them. This pull request ` +
        `writes an \`import\` block and the \`resource\` block Terraform generates for each into ` +
        `${root}, so Terraform manages them from now on. Driftwatch changed nothing in AWS.`
      )
    case 'codify':
      return (
        `These resources were changed outside Terraform and the change is to stay. This pull ` +
        `request writes the live values into the code of ${root}, so the next plan changes ` +
        `nothing. Driftwatch changed nothing in AWS.`
      )
    case 'waive':
      return (
        `These findings are known and accepted for now. This pull request adds a waiver to the ` +
        `ignore file of ${root}: until it ends, the finding is counted as waived and does not ` +
        `fail the step; after it ends, it counts again.`
      )
  }
}

function changedByCell(facts: FindingFacts | undefined): string {
  return facts?.changedBy ? cellCode(facts.changedBy.summary) : ''
}

function findingsTable(remedy: Remedy, facts: Map<string, FindingFacts>): string {
  const rows = remedy.addressed.slice(0, SHOWN).map(subject => {
    const found = facts.get(subject.finding)
    return [
      cellCode(subject.finding),
      subject.address && subject.address !== subject.finding ? cellCode(subject.address) : '',
      severityLabel(found?.severity),
      found ? escapeText(found.what) : '',
      changedByCell(found)
    ]
  })
  const more = remedy.addressed.length - SHOWN
  return [
    table(['Finding', 'In the code', 'Severity', 'What', 'Changed by (CloudTrail)'], rows),
    ...(more > 0 ? [`…and ${more} more.`] : [])
  ].join('\n\n')
}

function planSection(remedy: Remedy): string {
  const plan = remedy.plan
  if (remedy.kind === 'waive') return ''
  const heading = '### Validation plan'
  if (!plan) return `${heading}\n\nNothing was left to plan: every finding was left out (below).`
  const counts = `**${plan.import} to import, ${plan.add} to add, ${plan.change} to change, ${plan.destroy} to destroy.**`
  const problem = planProblem(remedy)
  const verdict = !problem
    ? remedy.kind === 'adopt'
      ? `✅ Exactly the ${plural(plan.resources.filter(r => r.remedy).length, 'resource')} of this pull request are imported, and nothing else of them is added, changed or destroyed.`
      : `✅ The resources of this pull request plan no change.`
    : `⚠️ The plan does not do only what this pull request says (${escapeText(problem)}): review it before merging.`
  const others = plan.resources.filter(r => !r.remedy)
  const lines = plan.resources
    .slice(0, SHOWN)
    .map(
      r => `- ${codeSpan(r.address)}: ${r.action}${r.remedy ? '' : ' (not from this pull request)'}`
    )
  const listed =
    lines.length > 0
      ? details(`${plural(plan.resources.length, 'resource')} in the plan`, lines.join('\n'))
      : ''
  const note =
    others.length > 0
      ? `${plural(others.length, 'other resource')} of the root already planned a change before this pull request.`
      : ''
  return [
    heading,
    `\`terraform plan\` of ${rootLabel(remedy.root)} with this branch's files: ${counts}`,
    verdict,
    note,
    listed
  ]
    .filter(Boolean)
    .join('\n\n')
}

function skippedSection(remedy: Remedy): string {
  if (remedy.skipped.length === 0) return ''
  const items = remedy.skipped
    .slice(0, SHOWN)
    .map(s => `- ${codeSpan(s.address ?? s.finding)}: ${escapeText(s.reason)}`)
  if (remedy.skipped.length > SHOWN) items.push(`- …and ${remedy.skipped.length - SHOWN} more`)
  return ['### Left out', 'Not in this pull request, each with why:', items.join('\n')].join('\n\n')
}

function filesSection(remedy: Remedy, options: RemedyTextOptions): string {
  const files = remedy.files.map(f => `- ${codeSpan(f.path)}`).join('\n')
  const waivers = options.waiverLines?.length
    ? `\n\nThe lines this branch adds:\n\n${fenced('', options.waiverLines.join('\n'))}`
    : ''
  return `### Files\n\n${files}${waivers}`
}

function howToApply(remedy: Remedy): string {
  const root = rootLabel(remedy.root)
  const steps: Record<RemedyKind, string> = {
    adopt:
      `Review the generated blocks, then merge. The next \`terraform apply\` in ${root} imports ` +
      `these resources into the state and changes nothing in AWS; after it, the next audit ` +
      `reports them managed. The \`import\` blocks can be deleted once applied.`,
    codify:
      `Review the new values, then merge. \`terraform plan\` in ${root} then shows no change for ` +
      `these resources, and the next audit no longer reports their drift. To put AWS back as the ` +
      `code was instead, close this pull request and run \`terraform apply\`.`,
    waive:
      `Merge to accept the findings until the waiver ends. To shorten or end it, edit or delete ` +
      `the line in the ignore file.`
  }
  return `### How to apply\n\n${steps[remedy.kind]}\n\nThis pull request is kept up to date by Driftwatch: a later audit or command updates this branch and description instead of opening another.`
}

export function renderRemedyPullRequest(
  remedy: Remedy,
  report: Report,
  options: RemedyTextOptions
): RemedyText {
  const title = remedyTitle(remedy)
  const facts = remedyFacts(report, remedy)
  const asked = options.requestedBy ? ` Asked for by ${codeSpan(options.requestedBy)}.` : ''
  const body = [
    encodeRemedyMarker({
      kind: remedy.kind,
      root: directoryLabel(remedy.root),
      keys: options.keys
    }),
    `## ${title}`,
    `${why(remedy)}${asked}`,
    remedy.addressed.length > 0 ? `### Findings\n\n${findingsTable(remedy, facts)}` : '',
    planSection(remedy),
    skippedSection(remedy),
    filesSection(remedy, options),
    howToApply(remedy),
    footer(report)
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n')
  return {
    title,
    body,
    commitMessage: `${title}\n\n${plural(remedy.files.length, 'file')} written by Driftwatch.`
  }
}

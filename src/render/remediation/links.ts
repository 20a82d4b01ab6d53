import type { Report } from '../../model/report.js'
import { codeSpan } from '../markdown.js'
import { directoryLabel } from '../../model/report.js'

/**
 * The audit issue's and the pull request comment's lines about remediation: each open
 * remediation pull request, and "resolved by" on a finding a merged one addressed. Kind and root
 * come back from a description people can edit: known kinds only, the root as code.
 */

const KINDS: Record<string, string> = {
  adopt: 'adopts unmanaged resources into',
  codify: 'writes accepted drift into',
  waive: 'waives findings in'
}

/** Links come from GitHub's API; anything else is not a link to write. */
function safeUrl(url: string): boolean {
  return /^https:\/\/[^\s()<>]+$/.test(url)
}

export function pullLink(pull: { number: number; url: string }): string {
  return safeUrl(pull.url) ? `[#${pull.number}](${pull.url})` : `#${pull.number}`
}

export function openRemediationSection(report: Report): string {
  const open = report.remediation?.open ?? []
  if (open.length === 0) return ''
  const lines = open.map(pull => {
    const root = directoryLabel(pull.root)
    const what = KINDS[pull.kind] ?? 'remediates'
    return `- ${pullLink(pull)} ${what} ${root === '.' ? 'the root module' : codeSpan(root)}`
  })
  return ['**Open remediation pull requests**', '', ...lines].join('\n')
}

/** ` · resolved by #12`, for a resolved finding a merged remediation pull request addressed. */
export function resolvedByText(resolvedBy: { number: number; url: string } | undefined): string {
  return resolvedBy ? ` · resolved by ${pullLink(resolvedBy)}` : ''
}

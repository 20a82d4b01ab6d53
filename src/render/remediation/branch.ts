import { createHash } from 'node:crypto'
import { BRANCH_PREFIX } from '../../github/remediation.js'
import type { RemedyKind } from '../../model/remedy.js'
import { directoryLabel } from '../../model/report.js'

/**
 * The branch of a remedy for a root: `driftwatch/adopt/infra-prod`. One per remedy and root, so
 * a later run or command updates the same branch and pull request. The root is a path anyone
 * with write access chose: the slug keeps `[a-z0-9._-]` only, makes every `/` a `-` (a branch
 * `a/b` and a branch `a` cannot both exist), and adds a short hash of the root whenever it had to
 * drop or change more than that, so two roots never share a branch.
 */

const MAX_SLUG = 60

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8)
}

export function rootSlug(root: string): string {
  const path = directoryLabel(root)
  if (path === '.') return 'root'
  const slug = path
    .toLowerCase()
    .replace(/[^a-z0-9._/-]+/g, '-')
    .replace(/\/+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/\.lock$/, '-lock')
  const faithful = slug === path.replace(/\//g, '-') && slug.length <= MAX_SLUG && slug !== ''
  return faithful
    ? slug
    : `${slug.slice(0, MAX_SLUG - 9).replace(/[-.]+$/, '') || 'root'}-${hash(path)}`
}

export function remedyBranch(kind: RemedyKind, root: string): string {
  return `${BRANCH_PREFIX}${kind}/${rootSlug(root)}`
}

import { matchFile } from 'codeowners-utils'
import type { Attribution } from '../model/findings.js'
import type { CodeOwners, OwnerRule } from '../collect/owners.js'
import { escapeRegExp } from '../text.js'

/**
 * Who a remediation pull request asks for review and whom it is assigned to. Reviewers follow
 * GitHub's CODEOWNERS rules: for each file the last matching pattern wins, and a pattern without
 * owners leaves the file unowned; `@user` is a reviewer, `@org/team` a team, an e-mail is
 * skipped (the API requests reviews by login only). The assignee is whoever the owners map
 * names for the person CloudTrail says made the change.
 */

export interface Reviewers {
  users: string[]
  /** Team slugs, without the organisation. */
  teams: string[]
}

/** GitHub requests reviews from at most 15 people and teams at once. */
const MAX_REVIEWERS = 15
/** And takes at most 10 assignees. */
const MAX_ASSIGNEES = 10

export function reviewersFor(files: string[], codeowners: CodeOwners | undefined): Reviewers {
  const users = new Set<string>()
  const teams = new Set<string>()
  for (const file of files) {
    for (const owner of matchFile(file, codeowners?.entries ?? [])?.owners ?? []) {
      const team = /^@[\w.-]+\/([\w.-]+)$/.exec(owner)
      if (team) teams.add(team[1])
      else if (/^@[\w-]+$/.test(owner)) users.add(owner.slice(1))
    }
  }
  const limitedUsers = [...users].slice(0, MAX_REVIEWERS)
  return { users: limitedUsers, teams: [...teams].slice(0, MAX_REVIEWERS - limitedUsers.length) }
}

/** `*` any run of characters, `?` one; case-insensitive, since e-mails and IAM names are. */
function glob(pattern: string): RegExp {
  const source = pattern
    .split('')
    .map(ch => (ch === '*' ? '.*' : ch === '?' ? '.' : escapeRegExp(ch)))
    .join('')
  return new RegExp(`^${source}$`, 'is')
}

/** The names CloudTrail gives the person: the user or role, the session, and `role/session`. */
function namesOf(who: Pick<Attribution, 'who' | 'session'>): string[] {
  return [who.who, ...(who.session ? [who.session, `${who.who}/${who.session}`] : [])]
}

/** The login the owners map gives someone CloudTrail named: its first rule that matches. */
export function ownerOf(
  who: Pick<Attribution, 'who' | 'session'>,
  map: OwnerRule[]
): string | undefined {
  const names = namesOf(who)
  return map.find(rule => names.some(name => glob(rule.match).test(name)))?.login
}

/** Everyone the owners map names among those who changed the findings, first come first. */
export function assigneesFor(
  changedBy: Pick<Attribution, 'who' | 'session'>[],
  map: OwnerRule[]
): string[] {
  const logins = changedBy
    .map(who => ownerOf(who, map))
    .filter((login): login is string => login !== undefined)
  return [...new Set(logins)].slice(0, MAX_ASSIGNEES)
}

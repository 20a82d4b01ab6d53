import { parse as parseCodeowners } from 'codeowners-utils'
import type { CodeOwnersEntry } from 'codeowners-utils'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'

/**
 * Who a remediation pull request goes to, read from the checkout the Action runs in (the commit
 * its branch starts from): CODEOWNERS for its reviewers, and the optional owners map
 * `.github/driftwatch-owners.yml` for its assignee, the person CloudTrail names.
 */

/** Where GitHub looks for CODEOWNERS, in its order: the first that exists is the one it uses. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

export const OWNERS_MAP = '.github/driftwatch-owners.yml'

export interface CodeOwners {
  file: string
  /** codeowners-utils' entries: the file's lines in reverse, so the first match is the last line. */
  entries: CodeOwnersEntry[]
}

/** A glob on who CloudTrail names (IAM user or role, session, `role/session`) and their login. */
export interface OwnerRule {
  match: string
  login: string
}

export interface Owners {
  codeowners?: CodeOwners
  map: OwnerRule[]
  /** What could not be read, each in one line: the pull request is opened without it. */
  problems: string[]
}

async function readOptional(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR')
      return undefined
    throw error
  })
}

async function readCodeowners(root: string): Promise<CodeOwners | undefined> {
  for (const file of CODEOWNERS_LOCATIONS) {
    const text = await readOptional(join(root, file))
    if (text !== undefined) return { file, entries: parseCodeowners(text) }
  }
  return undefined
}

/** A GitHub login: letters, digits and single inner hyphens, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

/**
 * The owners map: a YAML mapping of glob → GitHub login, e.g.
 * `"AWSReservedSSO_Admin_*\/alice@example.com": alice`. Entries that are not a glob and a login
 * are each a problem; the rest stand.
 */
export function parseOwnersMap(
  text: string,
  file = OWNERS_MAP
): { map: OwnerRule[]; problems: string[] } {
  let value: unknown
  try {
    value = parseYaml(text)
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line
    return { map: [], problems: [`${file}${line ? ` line ${line}` : ''} is not valid YAML.`] }
  }
  if (value === null || value === undefined) return { map: [], problems: [] }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { map: [], problems: [`${file} must map who CloudTrail names to a GitHub login.`] }
  }
  const map: OwnerRule[] = []
  const problems: string[] = []
  for (const [match, login] of Object.entries(value as Record<string, unknown>)) {
    const name = typeof login === 'string' ? login.replace(/^@/, '') : ''
    if (match.trim() === '' || !LOGIN.test(name)) {
      problems.push(`${file}: '${match}' does not map to a GitHub login.`)
      continue
    }
    map.push({ match: match.trim(), login: name })
  }
  return { map, problems }
}

/** CODEOWNERS and the owners map of the checkout at `root`; neither has to exist. */
export async function readOwners(root: string): Promise<Owners> {
  const problems: string[] = []
  const codeowners = await readCodeowners(root).catch((error: NodeJS.ErrnoException) => {
    problems.push(`CODEOWNERS could not be read (${error.code ?? error.message}).`)
    return undefined
  })
  const text = await readOptional(join(root, OWNERS_MAP)).catch((error: NodeJS.ErrnoException) => {
    problems.push(`${OWNERS_MAP} could not be read (${error.code ?? error.message}).`)
    return undefined
  })
  const parsed = text === undefined ? { map: [], problems: [] } : parseOwnersMap(text)
  return {
    ...(codeowners ? { codeowners } : {}),
    map: parsed.map,
    problems: [...problems, ...parsed.problems]
  }
}

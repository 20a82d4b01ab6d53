import { AWS_MADE_RULE_IDS } from './analyse/aws-made.js'
import { OWNERSHIP_RULE_IDS } from './analyse/ownership.js'
import { UserError } from './errors.js'
import type { RunContext } from './report/model.js'

/**
 * Every input is read here, once, into one typed object; nothing else reads an input.
 * Parsing is a pure function of a getter so tests can call it directly.
 */

export const FAIL_ON = ['drift', 'unmanaged', 'any', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** The least severity a finding needs to fail the step; `none` lets every finding count. */
export const FAIL_ON_SEVERITY = ['none', 'low', 'medium', 'high', 'critical'] as const
export type FailOnSeverity = (typeof FAIL_ON_SEVERITY)[number]

/** Where findings go beyond the job summary; `auto` picks by trigger (see publishTargets). */
export const PUBLISH = ['auto', 'comment', 'issue', 'none'] as const
export type Publish = (typeof PUBLISH)[number]

/** `deep` adds a direct listing of the common types to the Tagging API's inventory. */
export const INVENTORY = ['deep', 'tagging'] as const
export type InventoryMode = (typeof INVENTORY)[number]

export interface Inputs {
  workingDirectories: string[]
  terraformInit: boolean
  initArgs: string[]
  planArgs: string[]
  varFiles: string[]
  failOn: FailOn
  failOnSeverity: FailOnSeverity
  reportPath: string
  /** Where to write the SARIF log; empty when none is wanted. */
  sarifPath: string
  githubToken: string
  awsRegions: string[]
  /** `['auto']`, `['none']`, or any of `comment` and `issue`. */
  publish: Publish[]
  issueLabel: string
  annotations: boolean
  /** Whether to list the account's resources and report the unmanaged ones. */
  scanUnmanaged: boolean
  inventory: InventoryMode
  /** Globs on Terraform type names narrowing the direct listing; empty for every listed type. */
  inventoryTypes: string[]
  /** A role the inventory assumes, to audit another account. */
  roleToAssume?: string
  /** Replaces each working directory's `.driftignore` when set. */
  ignoreFile?: string
  disabledOwnershipRules: string[]
}

export type InputGetter = (name: string) => string

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/

/** Items of a list input: one per line or comma-separated, blanks and `#` comments dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(item => item.replace(/#.*$/, '').trim())
    .filter(item => item.length > 0)
}

export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new UserError(`Input '${name}' must be true or false, got '${value.trim()}'.`)
}

export function parseChoice<T extends string>(
  name: string,
  value: string,
  choices: readonly T[],
  fallback: T
): T {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if ((choices as readonly string[]).includes(v)) return v as T
  throw new UserError(
    `Input '${name}' must be one of ${choices.join(', ')}; got '${value.trim()}'.`
  )
}

/** Splits extra CLI arguments the way a shell would for simple quoting: `-var 'a=b c'`. */
export function splitArgs(name: string, value: string): string[] {
  const args: string[] = []
  let current: string | undefined
  let quote: '"' | "'" | undefined
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (quote) {
      if (ch === quote) quote = undefined
      else if (ch === '\\' && quote === '"' && i + 1 < value.length) current += value[++i]
      else current += ch
    } else if (ch === '"' || ch === "'") {
      quote = ch
      current ??= ''
    } else if (/\s/.test(ch)) {
      if (current !== undefined) args.push(current)
      current = undefined
    } else if (ch === '\\' && i + 1 < value.length) {
      current = (current ?? '') + value[++i]
    } else {
      current = (current ?? '') + ch
    }
  }
  if (quote) throw new UserError(`Input '${name}' has an unclosed ${quote} quote: ${value.trim()}`)
  if (current !== undefined) args.push(current)
  return args
}

export function parseRegions(value: string, env: NodeJS.ProcessEnv): string[] {
  const listed = parseList(value)
  const regions =
    listed.length > 0 ? listed : [env.AWS_REGION || env.AWS_DEFAULT_REGION || ''].filter(Boolean)
  for (const region of regions) {
    if (!REGION.test(region)) {
      throw new UserError(
        `Input 'aws-regions' has '${region}', which is not an AWS region name such as eu-west-1.`
      )
    }
  }
  return [...new Set(regions)]
}

/** `auto`, `none`, or a list of `comment` and `issue`. */
export function parsePublish(value: string): Publish[] {
  const items = [...new Set(parseList(value.toLowerCase()))]
  if (items.length === 0) return ['auto']
  const unknown = items.find(item => !(PUBLISH as readonly string[]).includes(item))
  if (unknown !== undefined) {
    throw new UserError(
      `Input 'publish' must be auto, comment, issue, 'comment, issue' or none; got '${unknown}'.`
    )
  }
  if (items.length > 1 && (items.includes('auto') || items.includes('none'))) {
    throw new UserError(
      `Input 'publish' takes auto or none alone; list only comment and issue together.`
    )
  }
  return items as Publish[]
}

export function parseIssueLabel(value: string): string {
  const label = value.trim() || 'drift'
  if (label.length > 50 || label.includes(',')) {
    throw new UserError(
      `Input 'issue-label' must be one label name of at most 50 characters without commas.`
    )
  }
  return label
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/

export function parseRoleArn(value: string): string | undefined {
  const role = value.trim()
  if (role === '') return undefined
  if (!ROLE_ARN.test(role)) {
    throw new UserError(
      `Input 'role-to-assume' must be a role ARN such as arn:aws:iam::123456789012:role/drift-readonly; got '${role}'.`
    )
  }
  return role
}

const RULE_IDS = [...OWNERSHIP_RULE_IDS, ...AWS_MADE_RULE_IDS]

export function parseOwnershipRules(value: string): string[] {
  const ids = [...new Set(parseList(value.toLowerCase()))]
  const unknown = ids.find(id => !RULE_IDS.includes(id))
  if (unknown !== undefined) {
    throw new UserError(
      `Input 'disable-ownership-rules' has '${unknown}', which is not a rule id; the ids are ${RULE_IDS.join(', ')}.`
    )
  }
  return ids
}

const TYPE_GLOB = /^[a-z0-9_*?]+$/

/** Globs on Terraform type names; which listed types they match is decided with the listers. */
export function parseTypeGlobs(value: string): string[] {
  const globs = [...new Set(parseList(value.toLowerCase()))]
  const bad = globs.find(glob => !TYPE_GLOB.test(glob))
  if (bad !== undefined) {
    throw new UserError(
      `Input 'inventory-types' has '${bad}', which is not a Terraform type name or glob such as aws_iam_* or aws_security_group.`
    )
  }
  return globs
}

export function parseInputs(get: InputGetter, env: NodeJS.ProcessEnv = process.env): Inputs {
  const workingDirectories = parseList(get('working-directory'))
  return {
    workingDirectories: workingDirectories.length > 0 ? [...new Set(workingDirectories)] : ['.'],
    terraformInit: parseBoolean('terraform-init', get('terraform-init'), true),
    initArgs: splitArgs('init-args', get('init-args')),
    planArgs: splitArgs('plan-args', get('plan-args')),
    varFiles: parseList(get('var-files')),
    failOn: parseChoice('fail-on', get('fail-on'), FAIL_ON, 'any'),
    failOnSeverity: parseChoice(
      'fail-on-severity',
      get('fail-on-severity'),
      FAIL_ON_SEVERITY,
      'none'
    ),
    reportPath: get('report-path').trim() || 'driftwatch-report.json',
    sarifPath: get('sarif-path').trim(),
    githubToken: get('github-token').trim(),
    awsRegions: parseRegions(get('aws-regions'), env),
    publish: parsePublish(get('publish')),
    issueLabel: parseIssueLabel(get('issue-label')),
    annotations: parseBoolean('annotations', get('annotations'), true),
    scanUnmanaged: parseBoolean('scan-unmanaged', get('scan-unmanaged'), true),
    inventory: parseChoice('inventory', get('inventory'), INVENTORY, 'deep'),
    inventoryTypes: parseTypeGlobs(get('inventory-types')),
    ...optional('roleToAssume', parseRoleArn(get('role-to-assume'))),
    ...optional('ignoreFile', get('ignore-file').trim() || undefined),
    disabledOwnershipRules: parseOwnershipRules(get('disable-ownership-rules'))
  }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string }
}

/**
 * An input as @actions/core's getInput reads it (`INPUT_` and the name upper-cased, spaces as
 * underscores, trimmed), without loading @actions/core before terraform starts (see
 * src/toolkit.ts).
 */
export function envInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  return parseInputs(name => envInput(name, env))
}

/** Where the run comes from, from the variables every GitHub runner sets. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  return {
    ...(env.GITHUB_EVENT_NAME ? { event: env.GITHUB_EVENT_NAME } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {})
  }
}

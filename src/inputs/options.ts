import { UserError } from '../errors.js'

/**
 * Every input is read here, once, into one typed object; nothing else reads an input.
 * Parsing is a pure function of a getter so tests can call it directly.
 */

/** `new`: only what the last audit did not know (the audit issue's history) fails the step. */
export const FAIL_ON = ['drift', 'unmanaged', 'any', 'new', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** The least severity a finding needs to fail the step; `none` lets every finding count. */
export const FAIL_ON_SEVERITY = ['none', 'low', 'medium', 'high', 'critical'] as const
export type FailOnSeverity = (typeof FAIL_ON_SEVERITY)[number]

/** Where findings go beyond the job summary; `auto` picks by trigger (see publishTargets). */
export const PUBLISH = ['auto', 'comment', 'issue', 'none'] as const
export type Publish = (typeof PUBLISH)[number]

/** `deep` adds a direct listing of the common types to the Tagging API scan. */
export const INVENTORY = ['deep', 'tagging'] as const
export type InventoryMode = (typeof INVENTORY)[number]

/** When to ask CloudTrail who made each finding: on audits (scheduled, manual), always, never. */
export const ATTRIBUTION = ['audit', 'always', 'never'] as const
export type AttributionMode = (typeof ATTRIBUTION)[number]

/** Remedies opened as pull requests after an audit; `none` alone opens none. */
export const REMEDIATE = ['adopt', 'codify'] as const
export type Remediate = (typeof REMEDIATE)[number]

/** One audit issue for the whole run, or one per working directory. */
export const ISSUE_PER = ['run', 'directory'] as const
export type IssuePer = (typeof ISSUE_PER)[number]

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
  attribution: AttributionMode
  /** A Slack-compatible incoming webhook told when the findings change between audits; a secret. */
  notifyWebhookUrl: string
  issuePer: IssuePer
  /**
   * The roots adopted resources are written into, first match wins; empty: the one working
   * directory (remediate/adopt/targets.ts decides).
   */
  adoptInto: AdoptTarget[]
  /** Remedies an audit opens pull requests for (docs/remediation.md); empty for `none`. */
  remediate: Remediate[]
  /** The least severity a finding needs for an audit's remediation; `none`: every finding. */
  remediateMinSeverity: FailOnSeverity
}

/** `<glob>: <directory>`: a glob on a resource's type, region or account; `*` for any. */
export interface AdoptTarget {
  match: string
  directory: string
}

export type InputGetter = (name: string) => string

/** Whose defaults an empty input takes: the Action's (action.yml) or the CLI's. */
export type Defaults = 'action' | 'cli'

/** What a parser knows of the input it reads: its key, for an error, and the environment. */
export interface Field {
  key: keyof Inputs
  env: NodeJS.ProcessEnv
}

/**
 * The CLI's flag for an input. `list`: repeatable, one item each; `off`: a boolean flag that
 * sets the input to false.
 */
export interface Option {
  name: string
  form?: 'list' | 'off'
}

export interface InputSpec<T> {
  /** The name in action.yml, and so in the runner's INPUT_ variable. */
  input: string
  /** What an empty value means, as action.yml says (github-token's is filled in by the runner). */
  default: string
  parse: (value: string, field: Field) => T
  /** Without one, the CLI always takes the default. */
  option?: Option
  /** The CLI's default where it differs from the Action's. */
  cliDefault?: string
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/

/** Items of a list input: one per line or comma-separated, blanks and `#` comments dropped. */
function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(item => item.replace(/#.*$/, '').trim())
    .filter(item => item.length > 0)
}

function uniqueList(value: string): string[] {
  return [...new Set(parseList(value))]
}

function trimmed(value: string): string {
  return value.trim()
}

/** Comments alone leave the list empty: that is the default too. */
function parseDirectories(value: string): string[] {
  const dirs = uniqueList(value)
  return dirs.length > 0 ? dirs : ['.']
}

function parseBoolean(value: string, field: Field): boolean {
  const v = value.trim().toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  throw new InputError(field.key, `must be true or false, got '${value.trim()}'.`)
}

function choiceOf<T extends string>(choices: readonly T[]) {
  return (value: string, field: Field): T => {
    const v = value.trim().toLowerCase()
    if ((choices as readonly string[]).includes(v)) return v as T
    throw new InputError(field.key, `must be one of ${choices.join(', ')}; got '${value.trim()}'.`)
  }
}

/** Splits extra CLI arguments the way a shell would for simple quoting: `-var 'a=b c'`. */
function splitArgs(value: string, field: Field): string[] {
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
  if (quote) throw new InputError(field.key, `has an unclosed ${quote} quote: ${value.trim()}`)
  if (current !== undefined) args.push(current)
  return args
}

function parseRegions(value: string, field: Field): string[] {
  const listed = parseList(value)
  const { env } = field
  const regions =
    listed.length > 0 ? listed : [env.AWS_REGION || env.AWS_DEFAULT_REGION || ''].filter(Boolean)
  const bad = regions.find(region => !REGION.test(region))
  if (bad !== undefined) {
    throw new InputError(
      field.key,
      `has '${bad}', which is not an AWS region name such as eu-west-1.`
    )
  }
  return [...new Set(regions)]
}

/** `auto`, `none`, or a list of `comment` and `issue`. */
function parsePublishList(value: string, field: Field): Publish[] {
  const items = uniqueList(value.toLowerCase())
  if (items.length === 0) return ['auto']
  const unknown = items.find(item => !(PUBLISH as readonly string[]).includes(item))
  if (unknown !== undefined) {
    throw new InputError(
      field.key,
      `must be auto, comment, issue, 'comment, issue' or none; got '${unknown}'.`
    )
  }
  if (items.length > 1 && (items.includes('auto') || items.includes('none'))) {
    throw new InputError(
      field.key,
      `takes auto or none alone; list only comment and issue together.`
    )
  }
  return items as Publish[]
}

function parseLabel(value: string, field: Field): string {
  const label = value.trim()
  if (label.length > 50 || label.includes(',')) {
    throw new InputError(
      field.key,
      `must be one label name of at most 50 characters without commas.`
    )
  }
  return label
}

/** `none`, or any of `adopt` and `codify`, comma-separated. */
function parseRemediate(value: string, field: Field): Remediate[] {
  const items = uniqueList(value.toLowerCase())
  if (items.length === 1 && items[0] === 'none') return []
  const bad = items.find(item => !(REMEDIATE as readonly string[]).includes(item))
  if (bad !== undefined || items.length === 0) {
    throw new InputError(
      field.key,
      `must be none, adopt, codify or 'adopt, codify'; got '${bad ?? value.trim()}'.`
    )
  }
  return items as Remediate[]
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/

function parseRoleArn(value: string, field: Field): string | undefined {
  const role = value.trim()
  if (role === '') return undefined
  if (!ROLE_ARN.test(role)) {
    throw new InputError(
      field.key,
      `must be a role ARN such as arn:aws:iam::123456789012:role/drift-readonly; got '${role}'.`
    )
  }
  return role
}

/** Which ids exist is the analysis's to say: the pipeline checks them before anything runs. */
function parseOwnershipRules(value: string): string[] {
  return uniqueList(value.toLowerCase())
}

const TARGET_GLOB = /^[A-Za-z0-9_*?-]+$/

/**
 * Lines of `<type, region or account glob>: <directory>`, or one directory alone (for every
 * resource). Directories are relative to the repository root, as working directories are.
 */
function parseAdoptTargets(value: string, field: Field): AdoptTarget[] {
  const lines = value
    .split('\n')
    .map(line => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
  return lines.map(line => {
    const colon = line.indexOf(':')
    if (colon < 0) return { match: '*', directory: line }
    const match = line.slice(0, colon).trim()
    const directory = line.slice(colon + 1).trim()
    if (!TARGET_GLOB.test(match) || directory === '') {
      throw new InputError(
        field.key,
        `has '${line}'; write one directory, or lines of '<type, region or account glob>: <directory>' such as 'aws_iam_*: infra/iam'.`
      )
    }
    return { match, directory }
  })
}

const TYPE_GLOB = /^[a-z0-9_*?]+$/

/** Globs on Terraform type names; which listed types they match is decided with the listers. */
function parseTypeGlobs(value: string, field: Field): string[] {
  const globs = uniqueList(value.toLowerCase())
  const bad = globs.find(glob => !TYPE_GLOB.test(glob))
  if (bad !== undefined) {
    throw new InputError(
      field.key,
      `has '${bad}', which is not a Terraform type name or glob such as aws_iam_* or aws_security_group.`
    )
  }
  return globs
}

/**
 * Every input: its name in action.yml, its default, its parser and its CLI flag. The Action's
 * reader, the CLI's flags and every message naming an input come from here. In parsing order.
 */
export const INPUTS: { [K in keyof Required<Inputs>]: InputSpec<Inputs[K]> } = {
  workingDirectories: { input: 'working-directory', default: '.', parse: parseDirectories },
  terraformInit: {
    input: 'terraform-init',
    default: 'true',
    parse: parseBoolean,
    option: { name: 'no-init', form: 'off' }
  },
  initArgs: { input: 'init-args', default: '', parse: splitArgs, option: { name: 'init-args' } },
  planArgs: { input: 'plan-args', default: '', parse: splitArgs, option: { name: 'plan-args' } },
  varFiles: {
    input: 'var-files',
    default: '',
    parse: parseList,
    option: { name: 'var-file', form: 'list' }
  },
  failOn: {
    input: 'fail-on',
    default: 'any',
    parse: choiceOf(FAIL_ON),
    option: { name: 'fail-on' }
  },
  failOnSeverity: {
    input: 'fail-on-severity',
    default: 'none',
    parse: choiceOf(FAIL_ON_SEVERITY),
    option: { name: 'fail-on-severity' }
  },
  // A terminal user asks for a report file; the Action always writes one.
  reportPath: {
    input: 'report-path',
    default: 'driftwatch-report.json',
    parse: trimmed,
    option: { name: 'report' },
    cliDefault: ''
  },
  sarifPath: { input: 'sarif-path', default: '', parse: trimmed, option: { name: 'sarif' } },
  githubToken: { input: 'github-token', default: '', parse: trimmed },
  awsRegions: {
    input: 'aws-regions',
    default: '',
    parse: parseRegions,
    option: { name: 'regions' }
  },
  // Nothing goes to GitHub from a terminal.
  publish: { input: 'publish', default: 'auto', parse: parsePublishList, cliDefault: 'none' },
  issueLabel: { input: 'issue-label', default: 'drift', parse: parseLabel },
  annotations: {
    input: 'annotations',
    default: 'true',
    parse: parseBoolean,
    cliDefault: 'false'
  },
  scanUnmanaged: {
    input: 'scan-unmanaged',
    default: 'true',
    parse: parseBoolean,
    option: { name: 'no-unmanaged', form: 'off' }
  },
  inventory: {
    input: 'inventory',
    default: 'deep',
    parse: choiceOf(INVENTORY),
    option: { name: 'inventory' }
  },
  inventoryTypes: {
    input: 'inventory-types',
    default: '',
    parse: parseTypeGlobs,
    option: { name: 'inventory-types' }
  },
  roleToAssume: {
    input: 'role-to-assume',
    default: '',
    parse: parseRoleArn,
    option: { name: 'role-to-assume' }
  },
  ignoreFile: {
    input: 'ignore-file',
    default: '',
    parse: value => value.trim() || undefined,
    option: { name: 'ignore-file' }
  },
  disabledOwnershipRules: {
    input: 'disable-ownership-rules',
    default: '',
    parse: parseOwnershipRules
  },
  attribution: {
    input: 'attribution',
    default: 'audit',
    parse: choiceOf(ATTRIBUTION),
    option: { name: 'attribution' },
    // A terminal user asks for it; a local run is not an audit.
    cliDefault: 'never'
  },
  notifyWebhookUrl: { input: 'notify-webhook-url', default: '', parse: trimmed },
  issuePer: { input: 'issue-per', default: 'run', parse: choiceOf(ISSUE_PER) },
  // The CLI's `fix --into` sets it (cli/fix.ts): no flag of the audit's own.
  adoptInto: { input: 'adopt-into', default: '', parse: parseAdoptTargets },
  // Pull requests are the Action's; `driftwatch fix` is the terminal's way to the same files.
  remediate: { input: 'remediate', default: 'none', parse: parseRemediate, cliDefault: 'none' },
  remediateMinSeverity: {
    input: 'remediate-min-severity',
    default: 'none',
    parse: choiceOf(FAIL_ON_SEVERITY)
  }
}

const INPUT_KEYS = Object.keys(INPUTS) as (keyof Inputs)[]

/**
 * `Input 'fail-on'` as a workflow sets it; with `flags`, `Option '--fail-on'` as the command line
 * does (an input no flag sets keeps its name). Of two, `Inputs 'report-path' and 'sarif-path'`
 * or `Options '--report' and '--sarif'`.
 */
function labelOf(keys: readonly (keyof Inputs)[], flags: boolean): string {
  const specs = keys.map(key => INPUTS[key] as InputSpec<unknown>)
  const asFlags = flags && specs.every(spec => spec.option)
  const names = specs.map(spec => (asFlags ? `'--${spec.option?.name}'` : `'${spec.input}'`))
  return `${asFlags ? 'Option' : 'Input'}${specs.length > 1 ? 's' : ''} ${names.join(' and ')}`
}

/**
 * A bad value of one input, or of two that clash. It carries the inputs' keys and what is wrong
 * with them; whoever catches it names the inputs as its user set them. The message is the
 * Action's wording (`Input 'fail-on' must be …`); the CLI words it with its flags (see
 * optionMessage).
 */
export class InputError extends UserError {
  override name = 'InputError'
  /** The inputs the message is about: one, or two that clash. */
  readonly keys: readonly (keyof Inputs)[]
  /** The input the message asks to change: of two that clash, the second. */
  readonly key: keyof Inputs
  /** What is wrong, after the inputs' names: `must be true or false, got 'yes'.` */
  readonly detail: string

  constructor(key: keyof Inputs | readonly [keyof Inputs, keyof Inputs], detail: string) {
    const keys = typeof key === 'string' ? [key] : key
    super(`${labelOf(keys, false)} ${detail}`)
    this.keys = keys
    this.key = keys[keys.length - 1]
    this.detail = detail
  }
}

/** The error as a terminal user reads it: `Option '--fail-on' must be …`. */
export function optionMessage(error: InputError): string {
  return `${labelOf(error.keys, true)} ${error.detail}`
}

/** One input from its raw value; an empty one takes the default (the Action's, or the CLI's). */
export function parseInput<K extends keyof Inputs>(
  key: K,
  raw: string,
  defaults: Defaults = 'action',
  env: NodeJS.ProcessEnv = process.env
): Inputs[K] {
  const spec: InputSpec<Inputs[K]> = INPUTS[key]
  const fallback = defaults === 'cli' ? (spec.cliDefault ?? spec.default) : spec.default
  const value = raw.trim() === '' ? fallback : raw
  return spec.parse(value, { key, env })
}

/** The inputs `keys` names, each read by its name in action.yml. */
export function parseSome<K extends keyof Inputs>(
  keys: readonly K[],
  get: InputGetter,
  env: NodeJS.ProcessEnv = process.env,
  defaults: Defaults = 'action'
): Pick<Inputs, K> {
  const entries = keys.map(key => [key, parseInput(key, get(INPUTS[key].input), defaults, env)])
  return Object.fromEntries(entries) as Pick<Inputs, K>
}

export function parseInputs(
  get: InputGetter,
  env: NodeJS.ProcessEnv = process.env,
  defaults: Defaults = 'action'
): Inputs {
  return parseSome(INPUT_KEYS, get, env, defaults)
}

/**
 * An input as @actions/core's getInput reads it (`INPUT_` and the name upper-cased, spaces as
 * underscores, trimmed), without loading @actions/core before terraform starts (see
 * src/action/toolkit.ts).
 */
export function envInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  return parseInputs(name => envInput(name, env), env)
}

import * as core from '@actions/core'
import { UserError } from './errors.js'
import type { RunContext } from './report/model.js'

/**
 * Every input is read here, once, into one typed object; nothing else calls core.getInput.
 * Parsing is a pure function of a getter so tests can call it directly.
 */

export const FAIL_ON = ['drift', 'unmanaged', 'any', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export interface Inputs {
  workingDirectories: string[]
  terraformInit: boolean
  initArgs: string[]
  planArgs: string[]
  varFiles: string[]
  failOn: FailOn
  reportPath: string
  githubToken: string
  awsRegions: string[]
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

export function parseInputs(get: InputGetter, env: NodeJS.ProcessEnv = process.env): Inputs {
  const workingDirectories = parseList(get('working-directory'))
  return {
    workingDirectories: workingDirectories.length > 0 ? [...new Set(workingDirectories)] : ['.'],
    terraformInit: parseBoolean('terraform-init', get('terraform-init'), true),
    initArgs: splitArgs('init-args', get('init-args')),
    planArgs: splitArgs('plan-args', get('plan-args')),
    varFiles: parseList(get('var-files')),
    failOn: parseChoice('fail-on', get('fail-on'), FAIL_ON, 'any'),
    reportPath: get('report-path').trim() || 'driftwatch-report.json',
    githubToken: get('github-token').trim(),
    awsRegions: parseRegions(get('aws-regions'), env)
  }
}

export function readInputs(): Inputs {
  return parseInputs(name => core.getInput(name))
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

import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { failureReason } from '../report/verdict.js'
import type { AuditResult } from '../pipeline.js'
import { audit, reportFileTexts } from '../pipeline.js'
import { messageOf, UserError } from '../errors.js'
import type { InputGetter, Inputs, Option } from '../inputs/options.js'
import { InputError, INPUTS, optionMessage, parseInputs, parseSome } from '../inputs/options.js'
import { asReport, mergeReports } from '../report/merge.js'
import type { Report } from '../model/report.js'
import { renderJson } from '../render/json.js'
import { renderSummary } from '../render/summary.js'
import { renderText } from '../render/text.js'
import {
  checkReportFiles,
  reportFiles,
  writeReportFiles,
  writeReportFile
} from '../publish/report-files.js'
import { VERSION } from '../version.js'
import { fix, FIX_OPTIONS, FIX_USAGE } from './fix.js'
import { UsageError } from './usage-error.js'

/**
 * The local CLI: the Action's pipeline (src/pipeline.ts) outside GitHub, printing to a terminal.
 * Exit codes are the Action's verdict: 0 clean, 1 findings that fail per --fail-on or a root that
 * could not be checked, 2 bad usage.
 */

export const EXIT = { clean: 0, failed: 1, usage: 2 } as const

const USAGE = `Usage:
  driftwatch [options] [dir...]        plan each Terraform root (default .) and report drift
  driftwatch merge <report.json>...    merge JSON reports (one per matrix job) into one
  driftwatch fix --adopt [dir...]      write what remedies the findings (docs/remediation.md)

Options:
  --json                   print the JSON report instead of text
  --fail-on <kind>         drift, unmanaged, any (default), new or never
  --fail-on-severity <s>   none (default), low, medium, high or critical
  --regions <list>         AWS regions to scan for unmanaged resources (default: AWS_REGION)
  --no-unmanaged           skip the unmanaged-resource scan
  --inventory <mode>       deep (default: Tagging API plus direct listing) or tagging
  --inventory-types <list> narrow the directly listed types, e.g. 'aws_iam_*, aws_security_group'
  --attribution <when>     ask CloudTrail who changed each finding: never (default) or always
  --no-init                do not run terraform init
  --init-args=<args>       extra arguments for terraform init (with = when they start with -)
  --plan-args=<args>       extra arguments for terraform plan, e.g. --plan-args='-var env=prod'
  --var-file <file>        a -var-file for plan (repeatable)
  --role-to-assume <arn>   a role the inventory assumes
  --ignore-file <path>     replaces each root's .driftignore
  --report <path>          also write the JSON report to a file
  --sarif <path>           also write a SARIF 2.1.0 log
  --color, --no-color      colour the text (default: when stdout is a terminal and NO_COLOR is unset)
  -h, --help               this help
  -v, --version            the version

merge options:
  --summary <path>         also write the merged Markdown summary (for $GITHUB_STEP_SUMMARY)
  --output <path>          also write the merged JSON report to a file
  --json, --fail-on, --fail-on-severity, --color as above

${FIX_USAGE}

Exit codes: 0 clean, 1 drift or unmanaged resources per --fail-on (or a root that could not be
checked), 2 bad usage.`

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
}

/** Flags of the CLI alone; the flags that set inputs come from the inputs table. */
const CLI_OPTIONS = {
  json: { type: 'boolean' },
  summary: { type: 'string' },
  output: { type: 'string' },
  color: { type: 'boolean' },
  colour: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-colour': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...FIX_OPTIONS
} as const

const FLAGGED = Object.values(INPUTS).flatMap(({ input, option }) =>
  option ? [{ input, option }] : []
)

type OptionConfig = NonNullable<ParseArgsConfig['options']>[string]

const INPUT_OPTIONS: Record<string, OptionConfig> = Object.fromEntries(
  FLAGGED.map(({ option }) => [
    option.name,
    option.form === 'off'
      ? { type: 'boolean' }
      : { type: 'string', multiple: option.form === 'list' }
  ])
)

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { ...CLI_OPTIONS, ...INPUT_OPTIONS }
    })
  } catch (error) {
    // parseArgs says "Unknown option '--x'. To specify a positional argument…": the first
    // sentence is the one that helps.
    const message = String((error as { message?: unknown }).message ?? error)
    throw new UsageError(message.replace(/\. To specify a positional .*$/s, '.'))
  }
}

type Parsed = ReturnType<typeof parse>['values']

function colourWanted(values: Parsed, io: CliIO): boolean {
  if (values['no-color'] || values['no-colour']) return false
  if (values.color || values.colour) return true
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR
}

/** An input as its flag sets it; empty leaves the CLI's default. */
function flagValue(option: Option, values: FlagValues): string {
  const value = values[option.name]
  if (option.form === 'off') return value ? 'false' : ''
  return Array.isArray(value) ? value.join('\n') : String(value ?? '')
}

/** Values by flag name, as parseArgs gives them. */
type FlagValues = Record<string, unknown>

function flagGetter(values: FlagValues, dirs: string[] = []): InputGetter {
  const given: Record<string, string> = Object.fromEntries(
    FLAGGED.map(({ input, option }) => [input, flagValue(option, values)])
  )
  given['working-directory'] = dirs.join('\n')
  return name => given[name] ?? ''
}

/** The Action's inputs from the command line, through the same table and checks. */
export function cliInputs(dirs: string[], values: FlagValues, env: NodeJS.ProcessEnv): Inputs {
  return parseInputs(flagGetter(values, dirs), env, 'cli')
}

function print(io: CliIO, report: Report, values: Parsed): void {
  io.stdout.write(
    values.json
      ? renderJson(report)
      : `${renderText(report, { colour: colourWanted(values, io) })}\n`
  )
}

type Judging = Pick<Inputs, 'failOn' | 'failOnSeverity'>

function verdict(io: CliIO, report: Report, { failOn, failOnSeverity }: Judging): number {
  const failure = failureReason(report, failOn, failOnSeverity)
  if (!failure) return EXIT.clean
  io.stderr.write(`driftwatch: ${failure}\n`)
  return EXIT.failed
}

/**
 * The audit's own checks name the flag the user typed. A bad --ignore-file or --inventory-types
 * stops it before terraform runs, as bad usage (exit 2); a bad --var-file fails its root, and
 * the report names the flag too.
 */
function cliAudit(inputs: Inputs, io: CliIO): Promise<AuditResult> {
  return audit(
    inputs,
    {},
    {
      info: message => io.stderr.write(`${message}\n`),
      notice: message => io.stderr.write(`note: ${message}\n`),
      warning: message => io.stderr.write(`warning: ${message}\n`),
      // The scrubber below redacts every output; there is no log masking to register with.
      secret: () => undefined
    },
    { inputMessage: optionMessage, attribution: inputs.attribution === 'always' }
  )
}

async function check(dirs: string[], values: Parsed, io: CliIO): Promise<number> {
  const inputs = cliInputs(dirs, values, io.env)
  // Checked before terraform runs, written after it.
  const files = reportFiles(inputs)
  await checkReportFiles(files)
  const { report, scrubber } = await cliAudit(inputs, io)
  const scrubbed = {
    ...io,
    stdout: {
      write: (text: string) => io.stdout.write(scrubber.scrub(text)),
      isTTY: io.stdout.isTTY
    }
  }
  print(scrubbed, report, values)
  const { failed } = await writeReportFiles(files, reportFileTexts(report, scrubber))
  // The paths passed their check before terraform ran and the findings are printed: a file that
  // cannot be written now fails like a root that could not be checked, not as usage.
  const unwritten = failed.map(({ error }) => {
    if (error instanceof InputError) return optionMessage(error)
    throw error
  })
  if (unwritten.length > 0) throw new UserError(unwritten.join(' '))
  return verdict(io, report, inputs)
}

async function readReport(file: string): Promise<{ name: string; report: Report }> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? messageOf(error)
    throw new UsageError(`Cannot read '${file}' (${code}).`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new UsageError(`'${file}' is not JSON.`)
  }
  try {
    return { name: basename(file), report: asReport(file, parsed) }
  } catch (error) {
    throw new UsageError(messageOf(error))
  }
}

async function merge(files: string[], values: Parsed, io: CliIO): Promise<number> {
  // Before any file is read: a mistyped option must not leave a summary or output behind.
  const judging = parseSome(['failOn', 'failOnSeverity'], flagGetter(values), io.env, 'cli')
  if (files.length === 0) throw new UsageError('merge needs one or more JSON report files.')
  const merged = mergeReports(await Promise.all(files.map(readReport)), { version: VERSION })
  print(io, merged, values)
  if (values.output) await writeReportFile(values.output, renderJson(merged))
  if (values.summary) await writeFile(values.summary, renderSummary(merged), { flag: 'a' })
  return verdict(io, merged, judging)
}

export async function main(args: string[], io: CliIO): Promise<number> {
  try {
    const { values, positionals } = parse(args)
    if (values.help) {
      io.stdout.write(`${USAGE}\n`)
      return EXIT.clean
    }
    if (values.version) {
      io.stdout.write(`${VERSION}\n`)
      return EXIT.clean
    }
    if (positionals[0] === 'merge') return await merge(positionals.slice(1), values, io)
    if (positionals[0] === 'fix') {
      return await fix(positionals.slice(1), values, io, {
        inputs: cliInputs,
        audit: inputs => cliAudit(inputs, io)
      })
    }
    return await check(positionals, values, io)
  } catch (error) {
    return failed(error, io)
  }
}

function failed(error: unknown, io: CliIO): number {
  if (error instanceof InputError) {
    io.stderr.write(`driftwatch: ${optionMessage(error)}\n`)
    return EXIT.usage
  }
  if (error instanceof UsageError) {
    io.stderr.write(
      `driftwatch: ${error.message}\n${error.message.startsWith('Unknown') ? `\n${USAGE}\n` : ''}`
    )
    return EXIT.usage
  }
  if (error instanceof UserError) {
    io.stderr.write(`driftwatch: ${error.message}\n`)
    return EXIT.failed
  }
  io.stderr.write(`driftwatch failed unexpectedly: ${messageOf(error)}\n`)
  if (io.env.DRIFTWATCH_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`)
  return EXIT.failed
}

import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { failureReason } from './analyse/verdict.js'
import { audit } from './audit.js'
import { messageOf, UserError } from './errors.js'
import type { Inputs } from './inputs.js'
import { FAIL_ON, FAIL_ON_SEVERITY, parseChoice, parseInputs } from './inputs.js'
import { asReport, mergeReports } from './report/merge.js'
import type { Report } from './report/model.js'
import { renderJson } from './render/json.js'
import { renderSarif } from './render/sarif.js'
import { renderSummary } from './render/summary.js'
import { renderText } from './render/text.js'
import type { ReportFile } from './publish/report-files.js'
import {
  checkReportFiles,
  reportFiles,
  writeInputFile,
  writeReportFile
} from './publish/report-files.js'
import { VERSION } from './version.js'

/**
 * The local CLI: the Action's pipeline (src/audit.ts) outside GitHub, printing to a terminal.
 * Exit codes are the Action's verdict: 0 clean, 1 findings that fail per --fail-on or a root that
 * could not be checked, 2 bad usage.
 */

export const EXIT = { clean: 0, failed: 1, usage: 2 } as const

const USAGE = `Usage:
  driftwatch [options] [dir...]        plan each Terraform root (default .) and report drift
  driftwatch merge <report.json>...    merge JSON reports (one per matrix job) into one

Options:
  --json                   print the JSON report instead of text
  --fail-on <kind>         drift, unmanaged, any (default) or never
  --fail-on-severity <s>   none (default), low, medium, high or critical
  --regions <list>         AWS regions to scan for unmanaged resources (default: AWS_REGION)
  --no-unmanaged           skip the unmanaged-resource scan
  --inventory <mode>       deep (default: Tagging API plus direct listing) or tagging
  --inventory-types <list> narrow the directly listed types, e.g. 'aws_iam_*, aws_security_group'
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

Exit codes: 0 clean, 1 drift or unmanaged resources per --fail-on (or a root that could not be
checked), 2 bad usage.`

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
}

class UsageError extends UserError {}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'fail-on': { type: 'string' },
        'fail-on-severity': { type: 'string' },
        regions: { type: 'string' },
        'no-unmanaged': { type: 'boolean' },
        inventory: { type: 'string' },
        'inventory-types': { type: 'string' },
        'no-init': { type: 'boolean' },
        'init-args': { type: 'string' },
        'plan-args': { type: 'string' },
        'var-file': { type: 'string', multiple: true },
        'role-to-assume': { type: 'string' },
        'ignore-file': { type: 'string' },
        report: { type: 'string' },
        sarif: { type: 'string' },
        summary: { type: 'string' },
        output: { type: 'string' },
        color: { type: 'boolean' },
        colour: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'no-colour': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
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

/** Inputs whose option is named differently. */
const OPTION_OF: Record<string, string> = {
  'aws-regions': 'regions',
  'var-files': 'var-file',
  'report-path': 'report',
  'sarif-path': 'sarif',
  'scan-unmanaged': 'no-unmanaged',
  'terraform-init': 'no-init'
}

/** The Action's inputs from the command line, through the Action's own parsing and checks. */
export function cliInputs(dirs: string[], values: Parsed, env: NodeJS.ProcessEnv): Inputs {
  const given: Record<string, string | undefined> = {
    'working-directory': dirs.join('\n'),
    'terraform-init': values['no-init'] ? 'false' : 'true',
    'init-args': values['init-args'],
    'plan-args': values['plan-args'],
    'var-files': (values['var-file'] ?? []).join('\n'),
    'fail-on': values['fail-on'],
    'fail-on-severity': values['fail-on-severity'],
    'aws-regions': values.regions,
    'scan-unmanaged': values['no-unmanaged'] ? 'false' : 'true',
    inventory: values.inventory,
    'inventory-types': values['inventory-types'],
    'role-to-assume': values['role-to-assume'],
    'ignore-file': values['ignore-file'],
    'sarif-path': values.sarif,
    // Nothing goes to GitHub from a terminal.
    publish: 'none',
    annotations: 'false',
    'github-token': ''
  }
  try {
    return parseInputs(name => given[name] ?? '', env)
  } catch (error) {
    if (error instanceof UserError) throw new UsageError(asOptions(error.message))
    throw error
  }
}

/** The Action's messages name inputs; on the command line they are options. */
function asOptions(message: string): string {
  return message.replace(
    /^Inputs? '([^']+)'(?: and '([^']+)')?/,
    (_, input: string, other?: string) =>
      other === undefined
        ? `Option '--${OPTION_OF[input] ?? input}'`
        : `Options '--${OPTION_OF[input] ?? input}' and '--${OPTION_OF[other] ?? other}'`
  )
}

/** The report files the options name, checked before terraform runs and written after it. */
async function checkedReportFiles(values: Parsed, inputs: Inputs): Promise<ReportFile[]> {
  const files = reportFiles({ reportPath: values.report ?? '', sarifPath: inputs.sarifPath })
  try {
    await checkReportFiles(files)
  } catch (error) {
    if (error instanceof UserError) throw new UsageError(asOptions(error.message))
    throw error
  }
  return files
}

function print(io: CliIO, report: Report, values: Parsed): void {
  io.stdout.write(
    values.json
      ? renderJson(report)
      : `${renderText(report, { colour: colourWanted(values, io) })}\n`
  )
}

function verdict(io: CliIO, report: Report, failOn: Inputs['failOn'], values: Parsed): number {
  const failure = failureReason(
    report,
    failOn,
    parseChoice('fail-on-severity', values['fail-on-severity'] ?? '', FAIL_ON_SEVERITY, 'none')
  )
  if (!failure) return EXIT.clean
  io.stderr.write(`driftwatch: ${failure}\n`)
  return EXIT.failed
}

async function check(dirs: string[], values: Parsed, io: CliIO): Promise<number> {
  const inputs = cliInputs(dirs, values, io.env)
  const files = await checkedReportFiles(values, inputs)
  const { report, scrubber } = await audit(
    inputs,
    {},
    {
      info: message => io.stderr.write(`${message}\n`),
      warning: message => io.stderr.write(`warning: ${message}\n`),
      // The scrubber below redacts every output; there is no log masking to register with.
      secret: () => undefined
    }
  )
  const scrubbed = {
    ...io,
    stdout: {
      write: (text: string) => io.stdout.write(scrubber.scrub(text)),
      isTTY: io.stdout.isTTY
    }
  }
  print(scrubbed, report, values)
  for (const { input, path } of files) {
    const text = input === 'report-path' ? renderJson(report) : renderSarif(report)
    await writeInputFile(input, path, scrubber.scrub(text)).catch((error: unknown) => {
      throw error instanceof UserError ? new UserError(asOptions(error.message)) : error
    })
  }
  return verdict(io, report, inputs.failOn, values)
}

async function merge(files: string[], values: Parsed, io: CliIO): Promise<number> {
  if (files.length === 0) throw new UsageError('merge needs one or more JSON report files.')
  const failOn = parseChoice('fail-on', values['fail-on'] ?? '', FAIL_ON, 'any')
  const reports = await Promise.all(
    files.map(async file => {
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
    })
  )
  const merged = mergeReports(reports, { version: VERSION })
  print(io, merged, values)
  if (values.output) await writeReportFile(values.output, renderJson(merged))
  if (values.summary) await writeFile(values.summary, renderSummary(merged), { flag: 'a' })
  return verdict(io, merged, failOn, values)
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
    return await check(positionals, values, io)
  } catch (error) {
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
}

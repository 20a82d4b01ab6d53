import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { UsageError } from './usage-error.js'
import type { Inputs } from '../inputs/options.js'
import { InputError, INPUTS } from '../inputs/options.js'
import type { AuditResult } from '../pipeline.js'
import { remedyOptions } from '../pipeline.js'
import { remedy } from '../remediate/index.js'
import type { EngineKind } from '../model/remedy.js'
import { remediesText } from '../render/remedy.js'

/**
 * `driftwatch fix --adopt`: the audit, then the remedy the Action's pull requests carry, written
 * into the working tree (only once every remedy is made and validated) with its validation plan
 * and what it left out printed. Exit 0 when something was written or nothing qualified, 1 when
 * findings qualified but none could be remedied.
 */

/** The flags of `fix` alone; the audit's flags (regions, init and plan arguments) apply too. */
export const FIX_OPTIONS = {
  adopt: { type: 'boolean' },
  codify: { type: 'boolean' },
  into: { type: 'string', multiple: true },
  only: { type: 'string', multiple: true }
} as const

export const FIX_USAGE = `fix options (driftwatch fix --adopt [--into <dir>] | --codify [dir...]):
  --adopt                  write import and resource blocks for the unmanaged resources
  --codify                 write accepted drift (live values) into the .tf files
  --into <dir>             the root adopted resources go into (default: the one dir), or
                           '<type, region or account glob>: <dir>' (repeatable, first match wins)
  --only <id>              remedy only this finding: its ARN, id or import address (repeatable)`

const INTO_LABEL = "Option '--into'"

type FixValues = Record<string, unknown> & {
  adopt?: boolean
  codify?: boolean
  into?: string[]
  only?: string[]
}

export interface FixDeps {
  inputs: (dirs: string[], values: Record<string, unknown>, env: NodeJS.ProcessEnv) => Inputs
  audit: (inputs: Inputs) => Promise<AuditResult>
}

export interface FixIO {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
}

/** `--into`'s values, read as the `adopt-into` input; a mistake is worded with the flag. */
function parseInto(lines: string[], env: NodeJS.ProcessEnv) {
  try {
    return INPUTS.adoptInto.parse(lines.join('\n'), { key: 'adoptInto', env })
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${INTO_LABEL} ${error.detail}`)
    throw error
  }
}

/** Every check that can fail on a mistyped command, before terraform runs. */
function fixInputs(dirs: string[], values: FixValues, io: FixIO, deps: FixDeps) {
  if (Boolean(values.adopt) === Boolean(values.codify)) {
    throw new UsageError('fix needs one of --adopt or --codify.')
  }
  const kind: EngineKind = values.adopt ? 'adopt' : 'codify'
  const adoptInto = parseInto(values.into ?? [], io.env)
  const inputs: Inputs = { ...deps.inputs(dirs, values, io.env), adoptInto }
  if (kind === 'adopt' && !inputs.scanUnmanaged) {
    throw new UsageError('fix --adopt needs the unmanaged-resource scan: leave out --no-unmanaged.')
  }
  if (kind === 'adopt' && adoptInto.length === 0 && inputs.workingDirectories.length > 1) {
    throw new UsageError(
      `${INTO_LABEL} must name the root that adopts unmanaged resources when there are several working directories.`
    )
  }
  return { kind, inputs }
}

export async function fix(
  dirs: string[],
  values: FixValues,
  io: FixIO,
  deps: FixDeps
): Promise<number> {
  const { kind, inputs } = fixInputs(dirs, values, io, deps)
  const { report, scrubber } = await deps.audit(inputs)
  const options = await remedyOptions(inputs, scrubber, io.env, message =>
    io.stderr.write(`${message}\n`)
  )
  const repoRoot = options.repoRoot
  const run = await remedy(
    kind,
    report,
    {
      adoptInto: inputs.adoptInto,
      workingDirectories: inputs.workingDirectories,
      ...(values.only ? { only: values.only } : {}),
      adoptIntoField: INTO_LABEL
    },
    options
  )
  // The working tree is written only now, once every remedy is made and validated.
  for (const file of run.remedies.flatMap(r => r.files)) {
    const path = resolve(repoRoot, file.path)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, file.content)
  }
  io.stdout.write(`${scrubber.scrub(remediesText(run.remedies, run.skipped))}\n`)
  const qualified = run.remedies.length + run.skipped.length
  if (qualified === 0 || run.remedies.some(r => r.addressed.length > 0)) return 0
  io.stderr.write('driftwatch: nothing could be remedied; the reasons are listed above.\n')
  return 1
}

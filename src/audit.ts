import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Plan } from './analyse/plan-json.js'
import { parsePlan } from './analyse/plan-json.js'
import { collectSecrets, Scrubber } from './analyse/sensitive.js'
import { collectDirectories } from './collect/directories.js'
import { findTerraform } from './collect/terraform.js'
import { messageOf } from './errors.js'
import type { Inputs } from './inputs.js'
import type { AnalysedDirectory } from './report/build.js'
import { buildReport } from './report/build.js'
import type { Report, RunContext } from './report/model.js'
import { VERSION } from './version.js'

/**
 * The pipeline up to the Report: collect (terraform in every working directory), analyse, build.
 * Shared by the Action and the CLI; it knows nothing of GitHub.
 */

export interface AuditLog {
  info(message: string): void
  warning(message: string): void
  /** Called with every secret as soon as it is known, before anything could print it. */
  secret(value: string): void
}

export interface AuditResult {
  report: Report
  scrubber: Scrubber
}

export async function terraformEnv(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const cacheDir =
    env.TF_PLUGIN_CACHE_DIR || join(env.RUNNER_TEMP || tmpdir(), 'driftwatch-plugin-cache')
  await mkdir(cacheDir, { recursive: true })
  return { ...env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', TF_PLUGIN_CACHE_DIR: cacheDir }
}

export async function audit(inputs: Inputs, run: RunContext, log: AuditLog): Promise<AuditResult> {
  const scrubber = new Scrubber()
  const binary = await findTerraform()
  const env = await terraformEnv(process.env)
  log.info(`Planning ${inputs.workingDirectories.join(', ')} with ${binary}`)

  const runs = await collectDirectories(inputs.workingDirectories, {
    binary,
    init: inputs.terraformInit,
    initArgs: inputs.initArgs,
    planArgs: inputs.planArgs,
    varFiles: inputs.varFiles,
    env,
    scrub: text => scrubber.scrub(text)
  })

  const analysed: AnalysedDirectory[] = runs.map(result => {
    const base = { label: result.label, durationMs: result.durationMs }
    if (!result.run) return { ...base, error: result.error }
    let plan: Plan
    try {
      plan = parsePlan(result.run.planJson)
    } catch (error) {
      return { ...base, error: `'${result.label}': ${messageOf(error)}` }
    }
    const secrets = collectSecrets(plan)
    scrubber.add(secrets)
    for (const secret of scrubber.values) log.secret(secret)
    const { initMs, planMs, showMs } = result.run.timings
    log.info(`${result.label}: init ${initMs} ms, plan ${planMs} ms, show ${showMs} ms`)
    return { ...base, plan }
  })

  const report = buildReport({ directories: analysed, version: VERSION, run })
  // A second pass over everything: a secret that reached the report through an unmarked path
  // (an error message, a value Terraform did not flag) is still caught.
  return { report: scrubber.scrubDeep(report), scrubber }
}

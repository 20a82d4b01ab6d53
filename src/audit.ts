import { mkdir } from 'node:fs/promises'
import { collectSecrets, Scrubber } from './analyse/sensitive.js'
import { unusedRules } from './analyse/ignore.js'
import { unmanagedReport } from './analyse/unmanaged.js'
import { collectDirectories } from './collect/directories.js'
import { loadIgnoreFiles } from './collect/ignore-files.js'
import type { Inventory } from './collect/inventory.js'
import { pluginCacheDir } from './collect/plugin-cache.js'
import { findSourceLocations, sourceRoot } from './collect/source-locations.js'
import { findTerraform } from './collect/terraform.js'
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

export interface AuditHooks {
  /** Called once terraform is running: what is loaded from here on delays nothing. */
  terraformStarted?: () => void
}

export interface AuditResult {
  report: Report
  scrubber: Scrubber
}

export async function terraformEnv(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const cacheDir = pluginCacheDir(env)
  await mkdir(cacheDir, { recursive: true })
  return { ...env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', TF_PLUGIN_CACHE_DIR: cacheDir }
}

export async function audit(
  inputs: Inputs,
  run: RunContext,
  log: AuditLog,
  hooks: AuditHooks = {}
): Promise<AuditResult> {
  const scrubber = new Scrubber()
  const ignoreFiles = inputs.scanUnmanaged
    ? await loadIgnoreFiles(inputs.ignoreFile, inputs.workingDirectories)
    : []
  const binary = await findTerraform()
  const env = await terraformEnv(process.env)
  log.info(`Planning ${inputs.workingDirectories.join(', ')} with ${binary}`)

  // Both mostly wait on AWS, so they run side by side: both start before either is awaited.
  // Terraform is the long pole, so it is started first and everything else is loaded once it
  // runs: the AWS SDK and the runner toolkit take a few hundred milliseconds to load, which
  // would otherwise delay terraform's start.
  const planStarted = Date.now()
  let planFinished = planStarted
  let markStarted!: () => void
  const terraformStarted = new Promise<void>(resolve => (markStarted = resolve))
  const planning = collectDirectories(inputs.workingDirectories, {
    binary,
    init: inputs.terraformInit,
    initArgs: inputs.initArgs,
    planArgs: inputs.planArgs,
    varFiles: inputs.varFiles,
    env,
    scrub: text => scrubber.scrub(text),
    addSecrets: values => {
      scrubber.add(values)
      for (const secret of scrubber.values) log.secret(secret)
    },
    onStarted: markStarted
  }).finally(() => {
    planFinished = Date.now()
    // No terraform process ran (every directory failed its checks): nothing to wait for.
    markStarted()
  })
  void terraformStarted.then(() => hooks.terraformStarted?.())
  const scanning: Promise<Inventory | undefined> =
    inputs.scanUnmanaged && inputs.awsRegions.length > 0
      ? terraformStarted
          .then(() => import('./collect/inventory.js'))
          .then(({ scanInventory }) =>
            scanInventory({ regions: inputs.awsRegions, roleToAssume: inputs.roleToAssume })
          )
      : Promise.resolve(undefined)
  const [runs, inventory] = await Promise.all([planning, scanning])

  // After init, so local modules are listed in .terraform/modules/modules.json.
  const root = sourceRoot()
  const locations = await Promise.all(
    runs.map(result =>
      result.run ? findSourceLocations(result.label, root).catch(() => undefined) : undefined
    )
  )

  const analysed: AnalysedDirectory[] = runs.map((result, i) => {
    const base = { label: result.label, durationMs: result.durationMs }
    if (!result.run) return { ...base, error: result.error }
    const plan = result.run.plan
    const secrets = collectSecrets(plan)
    scrubber.add(secrets)
    for (const secret of scrubber.values) log.secret(secret)
    const { initMs, planMs, showMs } = result.run.timings
    log.info(`${result.label}: init ${initMs} ms, plan ${planMs} ms, show ${showMs} ms`)
    return { ...base, plan, locations: locations[i] }
  })

  if (inventory) {
    const overlap =
      Math.min(planFinished, inventory.finishedAt) - Math.max(planStarted, inventory.startedAt)
    log.info(
      `Terraform plans took ${planFinished - planStarted} ms, the inventory scan of ${inventory.regions.join(', ')} ${inventory.finishedAt - inventory.startedAt} ms; they overlapped ${Math.max(0, overlap)} ms`
    )
    for (const fault of inventory.errors) log.warning(`Inventory: ${scrubber.scrub(fault.message)}`)
  }
  const unused = unusedRules(ignoreFiles)
  if (unused.length > 0) {
    log.info(
      `Field rules (type.id.attribute) only silence attribute drift in driftctl; they do not apply to unmanaged resources: ${unused.join(', ')}`
    )
  }
  const unmanaged = inputs.scanUnmanaged
    ? unmanagedReport({
        regions: inputs.awsRegions,
        inventory,
        plans: analysed.map(dir => dir.plan),
        labels: analysed.map(dir => dir.label),
        ignoreFiles,
        disabledOwnershipRules: inputs.disabledOwnershipRules
      })
    : undefined
  if (unmanaged?.skipped) log.warning(`Unmanaged resources: ${unmanaged.skipped}`)

  const report = buildReport({ directories: analysed, version: VERSION, run, unmanaged })
  // A second pass over everything: a secret that reached the report through an unmarked path
  // (an error message, a value Terraform did not flag) is still caught.
  return { report: scrubber.scrubDeep(report), scrubber }
}

import { mkdir } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { collectSecrets } from './collect/terraform/secrets.js'
import { Scrubber } from './redact/sensitive.js'
import type { IgnoreFile } from './analyse/ignore.js'
import { expiredWaivers, ignoresWholeType, unusedRules } from './analyse/ignore.js'
import { unmanagedReport } from './analyse/unmanaged.js'
import { AWS_MADE_RULE_IDS } from './analyse/aws-made.js'
import { OWNERSHIP_RULE_IDS } from './analyse/ownership.js'
import type { AccountScan } from './collect/aws/account.js'
import type { DirectoryRun } from './collect/terraform/directories.js'
import { planDirectories, PARALLEL_ROOTS } from './collect/terraform/directories.js'
import { loadIgnoreFiles } from './collect/ignore-files.js'
import { LISTED_TYPES } from './collect/aws/listing/types.js'
import { pluginCacheDir } from './collect/terraform/plugin-cache.js'
import type { RootFiles } from './collect/terraform/module-files.js'
import type { DynamicBlockIndex, Sources } from './collect/terraform/source-locations.js'
import { findSources, sourceRoot } from './collect/terraform/source-locations.js'
import { findTerraform } from './collect/terraform/run.js'
import type { Inputs } from './inputs/options.js'
import { InputError } from './inputs/options.js'
import type { CollectedDirectory } from './analyse/directory.js'
import { analyseDirectory } from './analyse/directory.js'
import type { PlanningAnswers } from './report/attribution-budget.js'
import { askWhilePlanning, attribute } from './report/attribution-budget.js'
import { buildReport } from './report/build.js'
import type { PreviousHistory } from './history/compare.js'
import type { KeptHistory } from './history/compare.js'
import { withAuditHistory, withBaseline } from './history/compare.js'
import type { Report, RunContext } from './model/report.js'
import type { UnmanagedReport } from './model/findings.js'
import type { ReportTexts } from './publish/report-files.js'
import { renderJson } from './render/json.js'
import { renderSarif } from './render/sarif.js'
import { VERSION } from './version.js'
import type { AdoptOptions } from './remediate/adopt/index.js'

/**
 * The pipeline up to the Report: collect (terraform in every working directory), analyse, build;
 * and what the report files hold. Shared by the Action and the CLI; it knows nothing of GitHub.
 */

export interface AuditLog {
  info(message: string): void
  /** Worth a reader's eye, not a fault: a root whose plan was read the slow way. */
  notice(message: string): void
  warning(message: string): void
  /** Called with every secret as soon as it is known, before anything could print it. */
  secret(value: string): void
}

export interface AuditOptions {
  /** Called once terraform is running: what is loaded from here on delays nothing. */
  terraformStarted?: () => void
  /**
   * How a bad input that fails one root (a var file) reads in the report: the CLI names its flag
   * (optionMessage); the error's message, the Action's wording, by default. A bad input that
   * stops the whole run is thrown, for the caller to word where it catches it.
   */
  inputMessage?: (error: InputError) => string
  /**
   * The audit history to compare with, read while terraform plans: an audit advances it, a pull
   * request only compares its findings with the last audit's. Absent for a local run.
   */
  history?: { kind: 'audit' | 'pull-request'; previous: Promise<PreviousHistory> }
  /** Ask CloudTrail who changed each finding (the `attribution` input, decided per event). */
  attribution?: boolean
}

export interface AuditResult {
  report: Report
  scrubber: Scrubber
  /** The history to keep with the audit issue, after an audit. */
  auditState?: KeptHistory
}

/** `*` and `?` globs on type names (parseTypeGlobs lets nothing else through). */
function typeGlob(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/\*/g, '.*').replace(/\?/g, '.')}$`)
}

/**
 * The types a deep inventory lists: those `inventory-types` names (every listed type when it is
 * empty), less those an ignore file ignores whole, which would only cost calls. A glob that names
 * no listed type is a mistake worth one line before anything runs.
 */
export function typesToList(inputs: Inputs, ignoreFiles: IgnoreFile[]): string[] | undefined {
  if (!inputs.scanUnmanaged || inputs.inventory !== 'deep') return undefined
  const all = Object.keys(LISTED_TYPES)
  const globs = inputs.inventoryTypes.map(glob => ({ glob, pattern: typeGlob(glob) }))
  for (const { glob, pattern } of globs) {
    if (!all.some(type => pattern.test(type))) {
      throw new InputError(
        'inventoryTypes',
        `has '${glob}', which names no listed type; the listed types are ${all.join(', ')}.`
      )
    }
  }
  return all.filter(
    type =>
      (globs.length === 0 || globs.some(({ pattern }) => pattern.test(type))) &&
      !ignoresWholeType(ignoreFiles, type)
  )
}

/**
 * `disable-ownership-rules` may name only rules the analysis has; checked before anything runs,
 * with the input named as the user set it.
 */
export function checkRuleIds(inputs: Inputs): void {
  const ids = [...OWNERSHIP_RULE_IDS, ...AWS_MADE_RULE_IDS]
  const unknown = inputs.disabledOwnershipRules.find(id => !ids.includes(id))
  if (unknown === undefined) return
  throw new InputError(
    'disabledOwnershipRules',
    `has '${unknown}', which is not a rule id; the ids are ${ids.join(', ')}.`
  )
}

export async function terraformEnv(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const cacheDir = pluginCacheDir(env)
  await mkdir(cacheDir, { recursive: true })
  return { ...env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', TF_PLUGIN_CACHE_DIR: cacheDir }
}

/**
 * How a remedy runs terraform and sees secrets, as the audit did: the same binary, environment,
 * arguments and scrubber. Shared by `driftwatch fix` and the Action's remediation pull requests.
 */
export async function remedyOptions(
  inputs: Pick<Inputs, 'initArgs' | 'planArgs' | 'varFiles'>,
  scrubber: Scrubber,
  env: NodeJS.ProcessEnv,
  log: (message: string) => void
): Promise<AdoptOptions> {
  return {
    repoRoot: sourceRoot(env),
    terraform: {
      binary: await findTerraform(),
      env: await terraformEnv(env),
      initArgs: inputs.initArgs,
      planArgs: inputs.planArgs,
      varFiles: inputs.varFiles,
      scrub: text => scrubber.scrub(text)
    },
    holdsSecret: text => scrubber.scrub(text) !== text,
    log
  }
}

interface Prepared {
  ignoreFiles: IgnoreFile[]
  listTypes: string[] | undefined
  binary: string
  env: NodeJS.ProcessEnv
}

/** Every check that can fail on a user's mistake, before anything runs. */
async function prepare(inputs: Inputs): Promise<Prepared> {
  checkRuleIds(inputs)
  const ignoreFiles = inputs.scanUnmanaged
    ? await loadIgnoreFiles(inputs.ignoreFile, inputs.workingDirectories)
    : []
  const listTypes = typesToList(inputs, ignoreFiles)
  const binary = await findTerraform()
  const env = await terraformEnv(process.env)
  return { ignoreFiles, listTypes, binary, env }
}

interface Collected {
  runs: DirectoryRun[]
  account: AccountScan | undefined
  planStarted: number
  planFinished: number
}

/** Whether terraform's plans leave a core idle: fewer of them run at once than there are cores. */
export function idleCores(roots: number, cores = availableParallelism()): boolean {
  return Math.min(PARALLEL_ROOTS, roots) < cores
}

/** The Tagging API alone here; a deep inventory in its own thread (collect/aws/thread.ts). */
async function runAccountScan(
  inputs: Inputs,
  listTypes: string[] | undefined
): Promise<AccountScan> {
  const { awsRegions: regions, roleToAssume } = inputs
  if (!listTypes) {
    const { scanAccount } = await import('./collect/aws/account.js')
    return scanAccount({ regions, roleToAssume })
  }
  const { scanInThread } = await import('./collect/aws/thread.js')
  const lowPriority = idleCores(inputs.workingDirectories.length)
  return scanInThread({ regions, roleToAssume, listTypes, lowPriority })
}

/**
 * Terraform in every directory and the AWS scan, side by side: both mostly wait on AWS. Terraform
 * is the long pole, so it starts first and everything else loads once it runs (the AWS SDK and
 * the runner toolkit take a few hundred milliseconds to load); the direct listing runs in a
 * thread of low priority, on what processor time terraform leaves.
 */
async function collectAll(
  inputs: Inputs,
  prepared: Prepared,
  scrubber: Scrubber,
  log: AuditLog,
  options: AuditOptions
): Promise<Collected> {
  const planStarted = Date.now()
  let planFinished = planStarted
  let markStarted!: () => void
  const terraformStarted = new Promise<void>(resolve => (markStarted = resolve))
  const planning = planDirectories(inputs.workingDirectories, {
    binary: prepared.binary,
    init: inputs.terraformInit,
    initArgs: inputs.initArgs,
    planArgs: inputs.planArgs,
    varFiles: inputs.varFiles,
    env: prepared.env,
    scrub: text => scrubber.scrub(text),
    addSecrets: values => learnSecrets(scrubber, values, log),
    onStarted: markStarted,
    schemaCacheDir: pluginCacheDir(prepared.env),
    onNotice: message => log.notice(message),
    onWarning: message => log.warning(message)
  }).finally(() => {
    planFinished = Date.now()
    // No terraform process ran (every directory failed its checks): nothing to wait for.
    markStarted()
  })
  void terraformStarted.then(() => options.terraformStarted?.())
  const scanning: Promise<AccountScan | undefined> =
    inputs.scanUnmanaged && inputs.awsRegions.length > 0
      ? terraformStarted.then(() => runAccountScan(inputs, prepared.listTypes))
      : Promise.resolve(undefined)
  const [runs, account] = await Promise.all([planning, scanning])
  return { runs, account, planStarted, planFinished }
}

/** Secrets go to the scrubber, and to the runner's log masking, before anything could print them. */
function learnSecrets(scrubber: Scrubber, values: Iterable<string>, log: AuditLog): void {
  scrubber.add(values)
  for (const secret of scrubber.values) log.secret(secret)
}

/** Where a root's blocks are written; nowhere when one of its `.tf` files could not be read. */
function sourcesOf(files: RootFiles, root: string): Sources | undefined {
  try {
    return findSources(files, root)
  } catch {
    return undefined
  }
}

/** Each directory's plan with where its blocks are written (from the files its run read). */
function readSourcesAndSecrets(
  runs: DirectoryRun[],
  scrubber: Scrubber,
  log: AuditLog,
  options: AuditOptions
): { collected: CollectedDirectory[]; dynamicBlocks: DynamicBlockIndex[] } {
  const root = sourceRoot()
  const sources = runs.map(result => (result.run ? sourcesOf(result.run.files, root) : undefined))
  const collected = runs.map((result, i): CollectedDirectory => {
    const base = { label: result.label, durationMs: result.durationMs }
    if (!result.run) return { ...base, error: failureLine(result.error, scrubber, options) }
    const plan = result.run.plan
    learnSecrets(scrubber, collectSecrets(plan), log)
    const { initMs, planMs, readMs, showMs } = result.run.timings
    const read = result.run.reader === 'show' ? `show ${showMs} ms` : `read plan file ${readMs} ms`
    log.info(`${result.label}: init ${initMs} ms, plan ${planMs} ms, ${read}`)
    const locations = sources[i]?.locations
    return { ...base, plan, ...(locations ? { locations } : {}) }
  })
  return { collected, dynamicBlocks: sources.map(found => found?.dynamicBlocks ?? new Map()) }
}

/** A root's failure as one line; a bad input worded as the caller's user set it. */
function failureLine(
  error: DirectoryRun['error'],
  scrubber: Scrubber,
  options: AuditOptions
): string | undefined {
  if (!(error instanceof InputError)) return error
  return scrubber.scrub(options.inputMessage?.(error) ?? error.message)
}

/** How the scan went, and each of its faults as one warning line. */
function logScan(collectedRun: Collected, scrubber: Scrubber, log: AuditLog): void {
  const { account, planStarted, planFinished } = collectedRun
  const tagging = account?.tagging
  const listing = account?.listing
  if (tagging) {
    const overlap =
      Math.min(planFinished, tagging.finishedAt) - Math.max(planStarted, tagging.startedAt)
    log.info(
      `Terraform plans took ${planFinished - planStarted} ms, the inventory scan of ${tagging.regions.join(', ')} ${tagging.finishedAt - tagging.startedAt} ms; they overlapped ${Math.max(0, overlap)} ms`
    )
    for (const fault of tagging.errors) log.warning(`Inventory: ${scrubber.scrub(fault.message)}`)
  }
  if (listing) {
    const slowest = Object.entries(listing.durations).sort(([, a], [, b]) => b - a)[0]
    const thread = account.priority ? `, in a thread at ${account.priority} priority` : ''
    log.info(
      `Listed ${listing.types.length} types directly in ${listing.finishedAt - listing.startedAt} ms${thread} (${listing.resources.length} resources${slowest ? `; slowest ${slowest[0]} ${slowest[1]} ms` : ''})`
    )
    for (const fault of listing.faults) log.warning(`Inventory: ${scrubber.scrub(fault.message)}`)
  }
}

function classifyUnmanaged(
  inputs: Inputs,
  account: AccountScan | undefined,
  collected: CollectedDirectory[],
  dynamicBlocks: DynamicBlockIndex[],
  ignoreFiles: IgnoreFile[],
  log: AuditLog
): UnmanagedReport | undefined {
  const unused = unusedRules(ignoreFiles)
  if (unused.length > 0) {
    log.info(
      `Field rules (type.id.attribute) and waivers of an attribute only silence attribute drift; they do not apply to unmanaged resources: ${unused.join(', ')}`
    )
  }
  for (const line of expiredWaivers(ignoreFiles)) log.warning(line)
  if (!inputs.scanUnmanaged) return undefined
  const listing = account?.listing
  const unmanaged = unmanagedReport({
    regions: inputs.awsRegions,
    tagging: account?.tagging,
    ...(listing ? { listing } : {}),
    plans: collected.map(dir => dir.plan),
    dynamicBlocks,
    labels: collected.map(dir => dir.label),
    ignoreFiles,
    disabledOwnershipRules: inputs.disabledOwnershipRules
  })
  if (unmanaged.skipped) log.warning(`Unmanaged resources: ${unmanaged.skipped}`)
  return unmanaged
}

export async function audit(
  inputs: Inputs,
  run: RunContext,
  log: AuditLog,
  options: AuditOptions = {}
): Promise<AuditResult> {
  const prepared = await prepare(inputs)
  const scrubber = new Scrubber()
  const whilePlanning = attributeWhilePlanning(inputs, options, log)
  log.info(`Planning ${inputs.workingDirectories.join(', ')} with ${prepared.binary}`)
  const collectedRun = await collectAll(inputs, prepared, scrubber, log, options)
  const { collected, dynamicBlocks } = readSourcesAndSecrets(
    collectedRun.runs,
    scrubber,
    log,
    options
  )
  logScan(collectedRun, scrubber, log)
  const unmanaged = classifyUnmanaged(
    inputs,
    collectedRun.account,
    collected,
    dynamicBlocks,
    prepared.ignoreFiles,
    log
  )
  const report = buildReport({
    directories: collected.map(analyseDirectory),
    version: VERSION,
    run,
    ...(unmanaged ? { unmanaged } : {})
  })
  const compared = await compareWithHistory(report, options.history)
  const attributed = options.attribution
    ? await attribute(compared.report, inputs, log, whilePlanning)
    : compared.report
  // A second pass over everything: a secret that reached the report through an unmarked path
  // (an error message, a value Terraform did not flag) is still caught.
  return { ...compared, report: scrubber.scrubDeep(attributed), scrubber }
}

/** After an audit (which knows the last audit's unmanaged resources), attribution starts early. */
function attributeWhilePlanning(
  inputs: Inputs,
  options: AuditOptions,
  log: AuditLog
): Promise<PlanningAnswers | undefined> {
  const history = options.history
  if (!options.attribution || history?.kind !== 'audit') return Promise.resolve(undefined)
  return askWhilePlanning(inputs, history.previous, log)
}

async function compareWithHistory(
  report: Report,
  history: AuditOptions['history']
): Promise<{ report: Report; auditState?: KeptHistory }> {
  if (!history) return { report }
  const previous = await history.previous
  if (history.kind === 'pull-request') return { report: withBaseline(report, previous) }
  const { report: advanced, state } = withAuditHistory(report, previous)
  return { report: advanced, auditState: state }
}

/**
 * What the report files hold: the JSON report and the SARIF log, rendered from the redacted
 * report and scrubbed once more on their way out (a renderer may add text).
 */
export function reportFileTexts(report: Report, scrubber: Scrubber): ReportTexts {
  return {
    'report-path': () => scrubber.scrub(renderJson(report)),
    'sarif-path': () => scrubber.scrub(renderSarif(report))
  }
}

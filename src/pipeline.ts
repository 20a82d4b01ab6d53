import { mkdir } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { collectSecrets } from './collect/terraform/secrets.js'
import { Scrubber } from './redact/sensitive.js'
import type { IgnoreFile } from './analyse/ignore.js'
import { ignoresWholeType, unusedRules } from './analyse/ignore.js'
import { unmanagedReport } from './analyse/unmanaged.js'
import { AWS_MADE_RULE_IDS } from './analyse/aws-made.js'
import { OWNERSHIP_RULE_IDS } from './analyse/ownership.js'
import type { AccountScan } from './collect/aws/account.js'
import type { DirectoryRun } from './collect/terraform/directories.js'
import { collectDirectories, PARALLEL_ROOTS } from './collect/terraform/directories.js'
import { loadIgnoreFiles } from './collect/ignore-files.js'
import { LISTED_TYPES } from './collect/aws/listing/types.js'
import { pluginCacheDir } from './collect/terraform/plugin-cache.js'
import type { DynamicBlockIndex } from './collect/terraform/source-locations.js'
import { findSources, sourceRoot } from './collect/terraform/source-locations.js'
import { findTerraform } from './collect/terraform/run.js'
import { InputError } from './errors.js'
import type { Inputs, Surface } from './inputs/options.js'
import { inputField } from './inputs/options.js'
import type { CollectedDirectory } from './analyse/directory.js'
import { analyseDirectory } from './analyse/directory.js'
import type { AttributionSubject, Attributions } from './collect/aws/attribution.js'
import {
  attributionSubjects,
  knownUnmanagedSubjects,
  mergeAttributions,
  withAttributions
} from './report/attribution.js'
import { buildReport } from './report/build.js'
import type { PreviousHistory } from './report/history.js'
import { withAuditHistory, withBaseline } from './report/history.js'
import type { AuditState } from './analyse/history.js'
import type { Report, RunContext, UnmanagedReport } from './report/model.js'
import { VERSION } from './version.js'

/**
 * The pipeline up to the Report: collect (terraform in every working directory), analyse, build.
 * Shared by the Action and the CLI; it knows nothing of GitHub.
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
  /** Where the inputs were set, so an error names them as the user did; the Action's by default. */
  surface?: Surface
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
  auditState?: AuditState
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
export function typesToList(
  inputs: Inputs,
  ignoreFiles: IgnoreFile[],
  surface: Surface = 'action'
): string[] | undefined {
  if (!inputs.scanUnmanaged || inputs.inventory !== 'deep') return undefined
  const all = Object.keys(LISTED_TYPES)
  const globs = inputs.inventoryTypes.map(glob => ({ glob, pattern: typeGlob(glob) }))
  for (const { glob, pattern } of globs) {
    if (!all.some(type => pattern.test(type))) {
      throw new InputError(
        inputField('inventoryTypes', surface),
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
export function checkRuleIds(inputs: Inputs, surface: Surface = 'action'): void {
  const ids = [...OWNERSHIP_RULE_IDS, ...AWS_MADE_RULE_IDS]
  const unknown = inputs.disabledOwnershipRules.find(id => !ids.includes(id))
  if (unknown === undefined) return
  throw new InputError(
    inputField('disabledOwnershipRules', surface),
    `has '${unknown}', which is not a rule id; the ids are ${ids.join(', ')}.`
  )
}

export async function terraformEnv(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const cacheDir = pluginCacheDir(env)
  await mkdir(cacheDir, { recursive: true })
  return { ...env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', TF_PLUGIN_CACHE_DIR: cacheDir }
}

interface Prepared {
  ignoreFiles: IgnoreFile[]
  listTypes: string[] | undefined
  binary: string
  env: NodeJS.ProcessEnv
}

/** Every check that can fail on a user's mistake, before anything runs. */
async function prepare(inputs: Inputs, surface: Surface): Promise<Prepared> {
  checkRuleIds(inputs, surface)
  const ignoreFiles = inputs.scanUnmanaged
    ? await loadIgnoreFiles(inputs.ignoreFile, inputs.workingDirectories, surface)
    : []
  const listTypes = typesToList(inputs, ignoreFiles, surface)
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
  const planning = collectDirectories(inputs.workingDirectories, {
    binary: prepared.binary,
    init: inputs.terraformInit,
    initArgs: inputs.initArgs,
    planArgs: inputs.planArgs,
    varFiles: inputs.varFiles,
    surface: options.surface ?? 'action',
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

/** Each directory's plan with where its blocks are written (read after init: local modules). */
async function collectedDirectories(
  runs: DirectoryRun[],
  scrubber: Scrubber,
  log: AuditLog
): Promise<{ collected: CollectedDirectory[]; dynamicBlocks: DynamicBlockIndex[] }> {
  const root = sourceRoot()
  const sources = await Promise.all(
    runs.map(result =>
      result.run ? findSources(result.label, root).catch(() => undefined) : undefined
    )
  )
  const collected = runs.map((result, i): CollectedDirectory => {
    const base = { label: result.label, durationMs: result.durationMs }
    if (!result.run) return { ...base, error: result.error }
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

/** How the scan went, and each of its faults as one warning line. */
function logScan(collectedRun: Collected, scrubber: Scrubber, log: AuditLog): void {
  const { account, planStarted, planFinished } = collectedRun
  const inventory = account?.inventory
  const listing = account?.listing
  if (inventory) {
    const overlap =
      Math.min(planFinished, inventory.finishedAt) - Math.max(planStarted, inventory.startedAt)
    log.info(
      `Terraform plans took ${planFinished - planStarted} ms, the inventory scan of ${inventory.regions.join(', ')} ${inventory.finishedAt - inventory.startedAt} ms; they overlapped ${Math.max(0, overlap)} ms`
    )
    for (const fault of inventory.errors) log.warning(`Inventory: ${scrubber.scrub(fault.message)}`)
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
      `Field rules (type.id.attribute) only silence attribute drift in driftctl; they do not apply to unmanaged resources: ${unused.join(', ')}`
    )
  }
  if (!inputs.scanUnmanaged) return undefined
  const listing = account?.listing
  const unmanaged = unmanagedReport({
    regions: inputs.awsRegions,
    inventory: account?.inventory,
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
  const prepared = await prepare(inputs, options.surface ?? 'action')
  const scrubber = new Scrubber()
  const early = askEarly(inputs, options, log)
  log.info(`Planning ${inputs.workingDirectories.join(', ')} with ${prepared.binary}`)
  const collectedRun = await collectAll(inputs, prepared, scrubber, log, options)
  const { collected, dynamicBlocks } = await collectedDirectories(collectedRun.runs, scrubber, log)
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
    ? await attribute(compared.report, inputs, log, early)
    : compared.report
  // A second pass over everything: a secret that reached the report through an unmarked path
  // (an error message, a value Terraform did not flag) is still caught.
  return { ...compared, report: scrubber.scrubDeep(attributed), scrubber }
}

/** Calls and seconds CloudTrail gets: LookupEvents answers 2 requests a second per region. */
const ATTRIBUTION_BUDGET = { calls: 30, ms: 20_000 }

/** Of the budget's calls, those spent while terraform plans, on the last audit's unmanaged. */
const EARLY_CALLS = 10

interface EarlyAnswers {
  asked: Set<string>
  found: Attributions
}

function attributionRegion(inputs: Inputs): string {
  return inputs.awsRegions[0] ?? process.env.AWS_REGION ?? 'us-east-1'
}

async function lookUp(inputs: Inputs, subjects: AttributionSubject[], calls: number) {
  const region = attributionRegion(inputs)
  const [{ lookUpAttributions, describeAttribution }, { sharedCredentials }] = await Promise.all([
    import('./collect/aws/attribution.js'),
    import('./collect/aws/clients.js')
  ])
  const credentials = sharedCredentials({
    regions: inputs.awsRegions.length > 0 ? inputs.awsRegions : [region],
    ...(inputs.roleToAssume ? { roleToAssume: inputs.roleToAssume } : {})
  })
  const budget = { ...ATTRIBUTION_BUDGET, calls }
  const found = await lookUpAttributions(subjects, { credentials, budget })
  return { found, describeAttribution }
}

/**
 * While terraform plans: who changed the unmanaged resources the last audit knew (most still
 * are), so those lookups take none of the time after the plans.
 */
function askEarly(
  inputs: Inputs,
  options: AuditOptions,
  log: AuditLog
): Promise<EarlyAnswers | undefined> {
  const history = options.history
  if (!options.attribution || history?.kind !== 'audit') return Promise.resolve(undefined)
  return history.previous
    .then(async previous => {
      if (!previous.state) return undefined
      const subjects = knownUnmanagedSubjects(previous.state, attributionRegion(inputs))
      if (subjects.length === 0) return undefined
      const { found } = await lookUp(inputs, subjects, EARLY_CALLS)
      const asked = new Set(subjects.map(s => s.key).filter(k => !found.notLookedUp.includes(k)))
      log.info(
        `Attribution: asked CloudTrail about ${asked.size} unmanaged resources of the last audit while terraform planned`
      )
      return { asked, found }
    })
    .catch(() => undefined)
}

/**
 * Who made each finding, most severe first within the budget. The SDK is loaded only here; a
 * denied LookupEvents is one warning and the findings stand without a name.
 */
async function attribute(
  report: Report,
  inputs: Inputs,
  log: AuditLog,
  early: Promise<EarlyAnswers | undefined>
): Promise<Report> {
  const subjects = attributionSubjects(report, attributionRegion(inputs))
  if (subjects.length === 0) return report
  const answered = await early
  const rest = subjects.filter(s => !answered?.asked.has(s.key))
  const calls = ATTRIBUTION_BUDGET.calls - (answered?.asked.size ?? 0)
  const late = await lookUp(inputs, rest, Math.max(0, calls))
  const found = answered ? mergeAttributions(answered.found, late.found) : late.found
  if (found.warning) log.warning(`Attribution: ${found.warning}`)
  const attributed = withAttributions(report, subjects, found, late.describeAttribution)
  const summary = attributed.attribution
  if (summary) {
    log.info(
      `Attribution: CloudTrail named who changed ${summary.found} of ${subjects.length} findings${summary.notLookedUp > 0 ? `; ${summary.notLookedUp} not looked up (budget)` : ''}`
    )
  }
  return attributed
}

async function compareWithHistory(
  report: Report,
  history: AuditOptions['history']
): Promise<{ report: Report; auditState?: AuditState }> {
  if (!history) return { report }
  const previous = await history.previous
  if (history.kind === 'pull-request') return { report: withBaseline(report, previous) }
  const { report: advanced, state } = withAuditHistory(report, previous)
  return { report: advanced, auditState: state }
}

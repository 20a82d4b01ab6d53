import { UserError } from '../errors.js'
import type { AdoptTarget } from '../inputs/options.js'
import type { Report } from '../model/report.js'
import type { AdoptOptions } from './adopt/index.js'
import { adoptInto } from './adopt/index.js'
import { adoptionRequests } from './adopt/targets.js'
import type { EngineKind, Remedy, SelectedFinding, Skipped } from '../model/remedy.js'
import { codify } from './codify/index.js'

/**
 * The remedies, from one Report: what the CLI's `fix` and the Action's pull requests both run.
 * Each returns one Remedy per Terraform root, and the findings it could give no root.
 */

export interface RemedySettings {
  adoptInto: AdoptTarget[]
  workingDirectories: string[]
  /** Findings to remedy, by ARN, id or address; all when absent. */
  only?: string[]
  /** How an error names `adopt-into` (`Input 'adopt-into'`, `Option '--into'`). */
  adoptIntoField?: string
}

export interface RemedyRun {
  remedies: Remedy[]
  /** Findings no root could take (no import id, no `adopt-into` line matching). */
  skipped: Skipped[]
}

/** Adopt: the report's unmanaged resources, one remedy per target root, one root at a time. */
export async function adopt(
  report: Report,
  settings: RemedySettings,
  options: AdoptOptions
): Promise<RemedyRun> {
  const unmanaged = report.unmanaged
  if (!unmanaged || unmanaged.skipped) {
    throw new UserError(
      `adopt needs the unmanaged-resource scan${unmanaged?.skipped ? `, which did not run: ${unmanaged.skipped}` : ''}.`
    )
  }
  const { requests, skipped } = adoptionRequests(
    unmanaged.resources,
    settings,
    settings.adoptIntoField
  )
  const remedies: Remedy[] = []
  for (const request of requests) remedies.push(await adoptInto(request, options))
  return { remedies, skipped }
}

/**
 * Codify: each root's drift findings (all, or those `only` names by address), one remedy per
 * root that has some, one root at a time. The roots were planned by the audit just before, so
 * their copies need no init.
 */
export async function codifyRoots(
  report: Report,
  settings: Pick<RemedySettings, 'only'>,
  options: AdoptOptions
): Promise<RemedyRun> {
  const remedies: Remedy[] = []
  for (const dir of report.directories) {
    const drift = settings.only?.length
      ? dir.drift.filter(finding => settings.only?.includes(finding.address))
      : dir.drift
    if (dir.status !== 'ok' || drift.length === 0) continue
    options.log(`codify: ${dir.path}: ${drift.length} drifted resource(s)`)
    remedies.push(
      await codify({
        directory: dir.path,
        drift,
        repoRoot: options.repoRoot,
        terraform: { ...options.terraform, init: false }
      })
    )
  }
  return { remedies, skipped: [] }
}

/** The remedies by kind: what `driftwatch fix` and the Action's pull requests both run. */
export async function remedy(
  kind: EngineKind,
  report: Report,
  settings: RemedySettings,
  options: AdoptOptions
): Promise<RemedyRun> {
  return kind === 'adopt'
    ? adopt(report, settings, options)
    : codifyRoots(report, settings, options)
}

/**
 * The engines for the findings a pull request or command selected: adopt takes the unmanaged
 * ones (its roots from `adopt-into`), codify the drifted ones, one remedy per root. When no root
 * could be given anything, it rejects with the first reason.
 */
export async function remediesFor(
  kind: EngineKind,
  findings: SelectedFinding[],
  report: Report,
  settings: Omit<RemedySettings, 'only'>,
  options: AdoptOptions
): Promise<Remedy[]> {
  if (kind === 'adopt') {
    const only = findings.flatMap(f => (f.kind === 'unmanaged' ? [f.name] : []))
    if (only.length === 0) return []
    const run = await adopt(report, { ...settings, only }, options)
    if (run.remedies.length === 0 && run.skipped.length > 0)
      throw new UserError(
        `nothing could be adopted: ${run.skipped[0].finding}: ${run.skipped[0].reason}`
      )
    return run.remedies
  }
  const byRoot = new Map<string, string[]>()
  for (const f of findings)
    if (f.kind === 'drift') byRoot.set(f.root, [...(byRoot.get(f.root) ?? []), f.address])
  const narrowed = {
    ...report,
    directories: report.directories.map(dir => ({
      ...dir,
      drift: dir.drift.filter(d => byRoot.get(dir.path)?.includes(d.address))
    }))
  }
  return (await codifyRoots(narrowed, {}, options)).remedies
}

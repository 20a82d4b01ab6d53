import { UserError } from '../errors.js'
import type { AdoptTarget } from '../inputs/options.js'
import type { Report } from '../model/report.js'
import type { AdoptOptions } from './adopt/index.js'
import { adoptInto } from './adopt/index.js'
import { adoptionRequests } from './adopt/targets.js'
import type { Remedy, RemedyKind, Skipped } from './model.js'

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

/** The remedies by kind; codify is built in src/remediate/codify/ and plugs in here. */
export async function remedy(
  kind: RemedyKind,
  report: Report,
  settings: RemedySettings,
  options: AdoptOptions
): Promise<RemedyRun> {
  if (kind === 'adopt') return adopt(report, settings, options)
  throw new UserError('codify is not built yet: only --adopt can be asked for.')
}

import type { Plan } from '../collect/terraform/plan-json.js'
import type { LocationIndex } from '../collect/terraform/source-locations.js'
import { configAddress } from '../collect/terraform/source-locations.js'
import { analysePlan } from './drift.js'
import type { DriftFinding, PendingChange } from '../model/findings.js'

/**
 * One working directory's findings: the drift and pending changes of its plan, each drifted
 * resource placed at the line of its block; or the reason it has no plan.
 */

export interface CollectedDirectory {
  label: string
  durationMs: number
  plan?: Plan
  error?: string
  /** Where each resource block is written, for annotations on the diff. */
  locations?: LocationIndex
}

export type AnalysedDirectory =
  | { label: string; durationMs: number; error: string }
  | {
      label: string
      durationMs: number
      terraformVersion?: string
      drift: DriftFinding[]
      pending: PendingChange[]
      managedResources: number
    }

/** The findings with their source location filled in where the index knows it. */
export function locateFindings(findings: DriftFinding[], index?: LocationIndex): DriftFinding[] {
  if (!index || index.size === 0) return findings
  return findings.map(finding => {
    const location = index.get(configAddress(finding.address))
    return location ? { ...finding, location } : finding
  })
}

export function analyseDirectory(dir: CollectedDirectory): AnalysedDirectory {
  const base = { label: dir.label, durationMs: dir.durationMs }
  if (!dir.plan) return { ...base, error: dir.error ?? 'no plan' }
  const { drift, pending, managedResources } = analysePlan(dir.plan)
  return {
    ...base,
    ...(dir.plan.terraform_version ? { terraformVersion: dir.plan.terraform_version } : {}),
    drift: locateFindings(drift, dir.locations),
    pending,
    managedResources
  }
}

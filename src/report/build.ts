import { analysePlan } from '../analyse/drift.js'
import type { Plan } from '../analyse/plan-json.js'
import type { DirectoryReport, Report, ReportCounts, RunContext } from './model.js'
import { REPORT_SCHEMA_VERSION } from './model.js'

export interface AnalysedDirectory {
  label: string
  durationMs: number
  plan?: Plan
  error?: string
}

export function directoryReport(dir: AnalysedDirectory): DirectoryReport {
  const base = { path: dir.label, durationMs: dir.durationMs }
  if (!dir.plan) {
    return {
      ...base,
      status: 'error',
      error: dir.error ?? 'no plan',
      drift: [],
      pending: [],
      managedResources: 0
    }
  }
  const { drift, pending, managedResources } = analysePlan(dir.plan)
  return {
    ...base,
    status: 'ok',
    ...(dir.plan.terraform_version ? { terraformVersion: dir.plan.terraform_version } : {}),
    drift,
    pending,
    managedResources
  }
}

export function countFindings(directories: DirectoryReport[]): ReportCounts {
  const drift = directories.flatMap(d => d.drift)
  return {
    drifted: drift.length,
    changed: drift.filter(d => d.kind === 'changed').length,
    deleted: drift.filter(d => d.kind === 'deleted').length,
    pending: directories.reduce((n, d) => n + d.pending.length, 0),
    unmanaged: 0,
    ownedByOthers: 0,
    ignored: 0,
    errors: directories.filter(d => d.status === 'error').length
  }
}

export function buildReport(input: {
  directories: AnalysedDirectory[]
  version: string
  run: RunContext
  now?: Date
}): Report {
  const directories = input.directories.map(directoryReport)
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'driftwatch', version: input.version },
    generatedAt: (input.now ?? new Date()).toISOString(),
    run: input.run,
    directories,
    counts: countFindings(directories),
    errors: directories
      .filter(d => d.status === 'error')
      .map(d => ({ scope: `working-directory ${d.path}`, message: d.error as string }))
  }
}

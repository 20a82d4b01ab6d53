import type {
  AttributeChange,
  DriftFinding,
  UnmanagedReport,
  UnmanagedResource
} from '../../src/model/findings.js'
import type { DirectoryReport, Report } from '../../src/model/report.js'
import { assessDrift } from '../../src/analyse/severity.js'
import { countFindings } from '../../src/report/build.js'

/** Small Report values for renderer tests, built the way report/build.ts builds them. */

export function change(
  path: string,
  before: unknown,
  after: unknown,
  sensitive = false
): AttributeChange {
  return { path, before, after, sensitive }
}

/**
 * A finding as drift analysis makes it: assessed by the one severity table unless `extra` says
 * otherwise, so renderers see what they see in a real report.
 */
export function finding(
  address: string,
  changes: AttributeChange[] = [],
  extra: Partial<DriftFinding> = {}
): DriftFinding {
  const match = /(?:^|\.)([a-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?$/.exec(address)
  const facts = {
    address,
    type: match?.[1] ?? 'aws_thing',
    name: match?.[2] ?? 'x',
    kind: changes.length === 0 && !extra.kind ? ('deleted' as const) : ('changed' as const),
    changes,
    ...extra
  }
  const { severity, rule, concerns } = assessDrift(facts)
  return { severity, severityRule: rule, concerns, ...facts }
}

export function directory(
  path: string,
  drift: DriftFinding[],
  extra: Partial<DirectoryReport> = {}
): DirectoryReport {
  return {
    path,
    status: 'ok',
    drift,
    pending: [],
    managedResources: drift.length + 3,
    durationMs: 1000,
    ...extra
  }
}

export function report(
  directories: DirectoryReport[],
  runUrl = 'https://github.com/o/r/actions/runs/1'
): Report {
  return {
    schemaVersion: 3,
    tool: { name: 'driftwatch', version: '0.1.0' },
    generatedAt: '2026-11-24T10:00:00.000Z',
    run: { event: 'pull_request', repository: 'o/r', runUrl },
    directories,
    counts: countFindings(directories),
    errors: directories
      .filter(d => d.status === 'error')
      .map(d => ({ scope: `working-directory ${d.path}`, message: d.error ?? '' }))
  }
}

/** A deep inventory that found `resources` unmanaged and one resource managed. */
export function unmanagedInventory(resources: UnmanagedResource[]): UnmanagedReport {
  return {
    inventory: 'deep',
    regions: [...new Set(resources.map(r => r.region))],
    listedTypes: [],
    notListed: [],
    regionErrors: [],
    resources,
    ownedByOthers: [],
    managed: 1,
    ignored: 0,
    madeByAws: {},
    coverage: Math.round((1000 * 1) / (1 + resources.length)) / 10,
    blindSpots: '',
    durationMs: 1
  }
}

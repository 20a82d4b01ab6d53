import { createHash } from 'node:crypto'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import { severityRank } from '../model/severity.js'
import { SEVERITY_RULES } from '../analyse/severity.js'
import type { DirectoryReport, Report } from '../model/report.js'
import type { DriftFinding } from '../model/findings.js'
import type { Severity } from '../model/severity.js'
import { errorText } from '../model/report.js'
import { clip } from '../text.js'
import { changeLineText, describeChanges, FORM_ONLY } from './changes.js'

/**
 * The drift as a SARIF 2.1.0 log, for github/codeql-action/upload-sarif: one result per drifted
 * resource, at its `resource` block, under the severity rule that ranked it. Code scanning then
 * keeps one alert per resource and rule across runs (the fingerprint is the working directory and
 * address) and closes it when the drift is gone.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/**
 * GitHub accepts 25,000 results per run but keeps only 5,000; keeping the most severe ourselves
 * makes what is stored predictable. The JSON report always has all of them.
 */
export const MAX_RESULTS = 5000

const VALUE_MAX = 120
/** A line holds a path and up to two folded values, each with its length note. */
const LINE_MAX = 3 * VALUE_MAX
const CHANGES_MAX = 20

const LEVEL: Record<Severity, Result.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note'
}

/** GitHub maps 9.0+ to critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0'
}

/** Rules that say nothing about security: code scanning shows their level, not a security rank. */
const NOT_SECURITY = new Set(['drift', 'resource-deleted'])

const DRIFT_RULES = SEVERITY_RULES.filter(rule => rule.drift)

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())
}

function descriptor(rule: (typeof DRIFT_RULES)[number]): ReportingDescriptor {
  const security = !NOT_SECURITY.has(rule.id)
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: {
      text: `${rule.title}. Found by comparing the Terraform state with the real infrastructure (terraform plan's resource_drift).`
    },
    help: {
      text: 'Either change the resource back with `terraform apply`, or change the Terraform code to what the resource is now, so the next plan shows no drift.'
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: security ? ['security', 'drift', 'terraform'] : ['drift', 'terraform'],
      precision: 'very-high',
      ...(security
        ? { 'security-severity': SECURITY_SEVERITY[rule.severity] }
        : { 'problem.severity': rule.severity === 'low' ? 'recommendation' : 'warning' })
    }
  }
}

function message(finding: DriftFinding): string {
  const what = finding.kind === 'deleted' ? 'deleted' : 'changed'
  const concerns = finding.concerns.length > 0 ? `: ${finding.concerns.join('; ')}` : ''
  const lines = [
    `${finding.address} was ${what} outside Terraform (${finding.severity})${concerns}.`
  ]
  if (finding.kind === 'deleted') {
    lines.push('The next terraform apply would create it again.')
  } else {
    const changes = describeChanges(finding.type, finding.changes, { valueLength: VALUE_MAX })
    for (const line of changes.slice(0, CHANGES_MAX))
      lines.push(`  ${clip(changeLineText(line), LINE_MAX, { flatten: true })}`)
    if (changes.length === 0) lines.push(`  ${FORM_ONLY}`)
    const hidden = changes.length - CHANGES_MAX
    if (hidden > 0) lines.push(`  …and ${hidden} more attributes (see the JSON report).`)
  }
  return lines.join('\n')
}

/** Stable for one resource in one working directory, whatever its values or line. */
function fingerprint(dir: string, address: string): string {
  return createHash('sha256').update(`${dir}\u0000${address}`).digest('hex').slice(0, 32)
}

function result(dir: DirectoryReport, finding: DriftFinding, ruleIndex: number): Result {
  // Code scanning needs a file for every result; a block that was not found falls back to the
  // working directory itself.
  const physical = finding.location
    ? {
        artifactLocation: { uri: finding.location.file, uriBaseId: '%SRCROOT%' },
        region: { startLine: finding.location.line }
      }
    : { artifactLocation: { uri: dir.path.replace(/\/*$/, '/'), uriBaseId: '%SRCROOT%' } }
  return {
    ruleId: finding.severityRule,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: message(finding) },
    locations: [
      {
        physicalLocation: physical,
        logicalLocations: [{ fullyQualifiedName: finding.address, kind: 'resource' }]
      }
    ],
    partialFingerprints: { 'driftwatch/resource/v1': fingerprint(dir.path, finding.address) },
    // SARIF's own field for when a result was first seen: the audit history's first day.
    ...(finding.history?.firstSeen
      ? { provenance: { firstDetectionTimeUtc: `${finding.history.firstSeen}T00:00:00Z` } }
      : {}),
    properties: {
      severity: finding.severity,
      kind: finding.kind,
      workingDirectory: dir.path,
      ...(finding.concerns.length > 0 ? { concerns: finding.concerns } : {})
    }
  }
}

export function buildSarif(report: Report): Log {
  const ruleIndex = new Map(DRIFT_RULES.map((rule, i) => [rule.id, i]))
  const all = report.directories.flatMap(dir => dir.drift.map(finding => ({ dir, finding })))
  // Most severe first, then in report order: a stable sort keeps that order within a level.
  const ranked = [...all].sort(
    (a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity)
  )
  const kept = ranked.slice(0, MAX_RESULTS)
  const left = all.length - kept.length
  const notifications = [
    ...report.errors.map(error => ({
      level: 'error' as const,
      message: { text: errorText(error) }
    })),
    ...(left > 0
      ? [
          {
            level: 'warning' as const,
            message: {
              text: `${left} less severe drifted resources were left out (code scanning keeps ${MAX_RESULTS} results per run); the JSON report has them all.`
            }
          }
        ]
      : [])
  ]
  const directories = report.directories.map(d => d.path).join(',')
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Driftwatch',
            semanticVersion: report.tool.version,
            version: report.tool.version,
            rules: DRIFT_RULES.map(descriptor)
          }
        },
        // Code scanning replaces an earlier upload with the same category only: a matrix job
        // per working directory keeps its own alerts.
        automationDetails: { id: `driftwatch/${directories}/` },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            endTimeUtc: report.generatedAt,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {})
          }
        ],
        results: kept.map(({ dir, finding }) =>
          result(dir, finding, ruleIndex.get(finding.severityRule) ?? -1)
        ),
        ...(left > 0 ? { properties: { resultsLeftOut: left } } : {})
      }
    ]
  }
}

export function renderSarif(report: Report): string {
  return `${JSON.stringify(buildSarif(report), null, 2)}\n`
}

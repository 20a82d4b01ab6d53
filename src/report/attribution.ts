import type { Attribution } from '../model/findings.js'
import type { AttributionSubject, Attributions } from '../collect/aws/attribution.js'
import { parseArn } from '../model/arn.js'
import { severityRank } from '../model/severity.js'
import type { ChangedBy } from '../model/findings.js'
import type { AuditState } from '../history/state.js'
import { driftKey, parseKey, unmanagedKey } from '../history/keys.js'
import type { Report } from '../model/report.js'

/**
 * Who changed each finding, joined to the Report: the questions to ask CloudTrail (one per
 * drifted or unmanaged resource, under the names CloudTrail records it by), and the answers set
 * on the findings they belong to.
 */

// As collect/aws/attribution.ts names it; only types come from there, so the AWS SDK it uses
// loads when the lookups start, not with the pipeline.
const GLOBAL = 'global'

/** The region a drifted resource lives in: its ARN's, else the first the run scans. */
function regionOf(arn: string | undefined, fallback: string): string {
  const parsed = arn ? parseArn(arn) : undefined
  if (!parsed) return fallback
  return parsed.region === '' ? GLOBAL : parsed.region
}

export function attributionSubjects(report: Report, fallbackRegion: string): AttributionSubject[] {
  const drift = report.directories.flatMap(dir =>
    dir.drift.map(finding => ({
      key: driftKey(dir.path, finding),
      region: regionOf(finding.arn, fallbackRegion),
      names: [finding.resourceId, finding.arn].filter((n): n is string => Boolean(n)),
      severity: severityRank(finding.severity)
    }))
  )
  const unmanaged = (report.unmanaged?.resources ?? []).map(resource => ({
    key: unmanagedKey(resource),
    region: resource.region === 'global' ? GLOBAL : resource.region,
    names: [resource.id, resource.arn].filter((n): n is string => Boolean(n)),
    severity: resource.severity ? severityRank(resource.severity) : -1
  }))
  return [...drift, ...unmanaged]
}

/**
 * The unmanaged resources the last audit knew, as questions to ask while terraform still plans:
 * which resources are unmanaged now is only known from the plans, but most of those the last
 * audit saw still are. The state holds keys only: the ARN (or `type:id`) is the name to ask by.
 */
export function knownUnmanagedSubjects(
  state: AuditState,
  fallbackRegion: string
): AttributionSubject[] {
  return Object.entries(state.findings).flatMap(([key, entry]) => {
    const parsed = parseKey(key)
    if (parsed?.kind !== 'unmanaged') return []
    const arn = parseArn(parsed.resource)
    const names = arn
      ? [arn.resourceId, parsed.resource]
      : [parsed.resource.slice(parsed.resource.indexOf(':') + 1)]
    return [
      {
        key,
        region: arn ? (arn.region === '' ? GLOBAL : arn.region) : fallbackRegion,
        names: names.filter(Boolean),
        severity: entry.severity ? severityRank(entry.severity) : -1
      }
    ]
  })
}

/** What was asked while terraform planned and what after the plans, as one answer. */
export function mergeAttributions(
  whilePlanning: Attributions,
  afterPlans: Attributions
): Attributions {
  const warnings = [...new Set([whilePlanning.warning, afterPlans.warning].filter(Boolean))]
  return {
    attributions: new Map([...whilePlanning.attributions, ...afterPlans.attributions]),
    notLookedUp: afterPlans.notLookedUp,
    ...(warnings.length > 0 ? { warning: warnings.join('; ') } : {})
  }
}

type Describe = (attribution: Attribution) => string

export function withAttributions(
  report: Report,
  subjects: AttributionSubject[],
  found: Attributions,
  describe: Describe
): Report {
  const changedBy = (key: string): ChangedBy | undefined => {
    const attribution = found.attributions.get(key)
    return attribution ? { ...attribution, summary: describe(attribution) } : undefined
  }
  const directories = report.directories.map(dir => ({
    ...dir,
    drift: dir.drift.map(finding => {
      const who = changedBy(driftKey(dir.path, finding))
      return who ? { ...finding, changedBy: who } : finding
    })
  }))
  const unmanaged = report.unmanaged && {
    ...report.unmanaged,
    resources: report.unmanaged.resources.map(resource => {
      const who = changedBy(unmanagedKey(resource))
      return who ? { ...resource, changedBy: who } : resource
    })
  }
  const asked = subjects.filter(s => s.names.length > 0).length
  return {
    ...report,
    directories,
    ...(unmanaged ? { unmanaged } : {}),
    attribution: {
      lookedUp: asked - found.notLookedUp.length,
      found: found.attributions.size,
      notLookedUp: found.notLookedUp.length,
      ...(found.warning ? { warning: found.warning } : {})
    }
  }
}

import type { DriftFinding } from './findings.js'
import { atLeast } from './findings.js'

/**
 * What renderers know of severity: its vocabulary and the rules catalogue (SARIF describes each
 * rule). Nothing here assesses a finding: analysis did, and the Report holds its verdict.
 */

export type { Severity } from './findings.js'
export { atLeast, SEVERITIES, severityRank } from './findings.js'
export type { SeverityRule } from '../analyse/severity.js'
export { SEVERITY_RULES } from '../analyse/severity.js'

/** Why a finding matters for security, in words; empty unless it is high or critical. */
export function securityConcerns(finding: DriftFinding): string[] {
  return atLeast(finding.severity, 'high') ? finding.concerns : []
}

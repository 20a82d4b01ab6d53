import type { DriftFinding } from '../report/model.js'
import { assessDrift, atLeast } from './severity.js'

/**
 * Whether a drift finding matters for security, and why, in words a reviewer reads at a glance.
 * Security relevant means high or critical in the one severity table (analyse/severity.ts);
 * renderers rely only on these two functions, so the rules can change without touching them.
 */
export function securityConcerns(finding: DriftFinding): string[] {
  // Findings from analysePlan carry their assessment; any other is assessed here, by the same table.
  const { severity, concerns } = finding.severityRule
    ? { severity: finding.severity, concerns: finding.concerns ?? [] }
    : assessDrift(finding)
  return severity && atLeast(severity, 'high') ? concerns : []
}

export function isSecurityRelevant(finding: DriftFinding): boolean {
  return securityConcerns(finding).length > 0
}

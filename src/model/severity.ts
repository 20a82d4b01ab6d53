import type { DriftFinding } from './findings.js'

/**
 * Severity's vocabulary, which every stage shares: analysis assesses a finding (the rules are in
 * analyse/severity.ts), the Report holds the verdict, the audit history stores it, renderers show
 * it and the verdict compares it with `fail-on-severity`.
 */

export type Severity = 'low' | 'medium' | 'high' | 'critical'

/** Least severe first. */
export const SEVERITIES = [
  'low',
  'medium',
  'high',
  'critical'
] as const satisfies readonly Severity[]

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold)
}

/** Why a finding matters for security, in words; empty unless it is high or critical. */
export function securityConcerns(finding: DriftFinding): string[] {
  return atLeast(finding.severity, 'high') ? finding.concerns : []
}

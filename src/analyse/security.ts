import type { AttributeChange, DriftFinding } from '../report/model.js'
import { topAttribute } from './diff.js'
import { atLeast } from './severity.js'

/**
 * Whether a drift finding matters for security, and why, in words a reviewer reads at a glance.
 * Renderers rely only on `securityConcerns` and `isSecurityRelevant`, so the rules behind them
 * can change without touching any renderer.
 */

const OPEN_CIDRS = new Set(['0.0.0.0/0', '::/0'])

/** Resource types whose every change (or deletion) touches who can reach or read what. */
const ACCESS_TYPES = [
  /^aws_security_group/,
  /^aws_vpc_security_group_(ingress|egress)_rule$/,
  /^aws_network_acl/,
  /^aws_iam_/,
  /^aws_kms_/,
  /^aws_s3_bucket_(policy|acl|public_access_block)$/,
  /^aws_s3_account_public_access_block$/,
  /^aws_secretsmanager_/,
  /^aws_lambda_permission$/,
  /^aws_sns_topic_policy$/,
  /^aws_sqs_queue_policy$/
]

/** Attributes that carry access policy on resources that are not access resources themselves. */
const ACCESS_ATTRIBUTES = new Set(['policy', 'assume_role_policy', 'acl', 'ingress', 'egress'])

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Every open CIDR in a value, however deeply the plan nests it. */
function openCidrs(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (OPEN_CIDRS.has(value)) into.add(value)
  } else if (Array.isArray(value)) {
    for (const item of value) openCidrs(item, into)
  } else if (isObject(value)) {
    for (const item of Object.values(value)) openCidrs(item, into)
  }
  return into
}

function ports(block: unknown): string {
  if (!isObject(block)) return ''
  const protocol = String(block.protocol ?? block.ip_protocol ?? '')
  const from = block.from_port
  const to = block.to_port
  if (protocol === '-1' || protocol === 'all') return ' (all traffic)'
  if (typeof from !== 'number') return ''
  const range = from === to || to === undefined ? `${from}` : `${from}-${to}`
  return ` (${protocol || 'port'} ${range})`
}

function direction(finding: DriftFinding, change: AttributeChange): 'ingress' | 'egress' {
  const top = topAttribute(change.path)
  if (top === 'egress' || /egress/.test(finding.type)) return 'egress'
  if (finding.type === 'aws_security_group_rule' && isObject(change.after)) {
    if (change.after.type === 'egress') return 'egress'
  }
  return 'ingress'
}

/** Changes that newly let the whole internet in (or out), with their ports where known. */
function openedToWorld(finding: DriftFinding): string[] {
  const reasons: string[] = []
  for (const change of finding.changes) {
    const before = openCidrs(change.before)
    const opened = [...openCidrs(change.after)].filter(cidr => !before.has(cidr))
    if (opened.length === 0) continue
    const isRule = /security_group|network_acl/.test(finding.type)
    const top = topAttribute(change.path)
    if (!isRule && !ACCESS_ATTRIBUTES.has(top)) continue
    const block = isObject(change.after) ? change.after : undefined
    reasons.push(`${direction(finding, change)} open to ${opened.join(', ')}${ports(block)}`)
  }
  return [...new Set(reasons)]
}

/**
 * Short reasons a finding is security relevant; empty when it is not. A finding that the severity
 * rules (analyse/severity.ts) have assessed carries its reasons already, and those are the answer;
 * the small rule set here covers findings built without that assessment.
 */
export function securityConcerns(finding: DriftFinding): string[] {
  // Security relevant means high or critical in the severity table; medium findings keep their
  // reasons in `concerns` and show as medium, without the security flag.
  if (finding.severityRule) return atLeast(finding.severity, 'high') ? (finding.concerns ?? []) : []
  return fallbackConcerns(finding)
}

function fallbackConcerns(finding: DriftFinding): string[] {
  const reasons = openedToWorld(finding)
  const accessType = ACCESS_TYPES.some(pattern => pattern.test(finding.type))
  if (finding.kind === 'deleted' && accessType) reasons.push('access control resource deleted')
  if (finding.kind === 'changed') {
    if (accessType && reasons.length === 0) reasons.push('access control changed')
    const policy = finding.changes.find(c => /policy$/.test(topAttribute(c.path)))
    if (policy && !accessType) reasons.push(`${topAttribute(policy.path)} changed`)
    if (finding.changes.some(c => c.sensitive)) reasons.push('a sensitive value changed')
  }
  return [...new Set(reasons)]
}

export function isSecurityRelevant(finding: DriftFinding): boolean {
  return securityConcerns(finding).length > 0
}

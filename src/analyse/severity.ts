import type { RuleFacts } from '../collect/aws/listing/model.js'
import type { AttributeChange, DriftFinding, UnmanagedResource } from '../model/findings.js'
import type { Severity } from '../model/severity.js'
import { parseArn } from '../model/arn.js'
import { ALL_TRAFFIC, isAllTraffic, OPEN_CIDRS, reachesAdminPort } from '../model/network-rule.js'
import type { PolicyStatement } from '../model/policy-document.js'
import { parsePolicyDocument, policyStatements } from '../model/policy-document.js'
import { topAttribute } from './diff.js'
import { severityRank } from '../model/severity.js'

/**
 * How much a finding matters, from one rules table. Every drift finding and every unmanaged
 * resource gets the severity of the highest rule that matches it, the id of that rule (a SARIF
 * ruleId, stable across releases) and the reasons of every matching rule in words. Rules read
 * only what the report already holds (redacted values), plus the resource's current values for
 * context a change alone lacks, such as the port of a rule whose CIDR was widened.
 */

export interface Assessment {
  severity: Severity
  /** Id of the highest rule that matched. */
  rule: string
  /** Why, from every rule that matched; empty for ordinary drift. */
  concerns: string[]
}

/** What a drift rule looks at: the finding as analysis made it, before it had a severity. */
export type DriftFacts = Omit<DriftFinding, 'severity' | 'severityRule' | 'concerns'>

/**
 * What an unmanaged-resource rule looks at: its kind, and for a listed resource what the listing
 * showed of its exposure.
 */
export type UnmanagedSubject = Pick<UnmanagedResource, 'arn' | 'type'> & { risk?: UnmanagedRisk }

/** What a listing showed of an unmanaged resource's exposure. */
export interface UnmanagedRisk {
  /** Its rules (or, for a group, its groups' rules) as AWS lists them. */
  rules?: RuleFacts[]
  /** Its policies allow every action on every resource. */
  admin?: boolean
  /** A snapshot anyone can create a volume from. */
  public?: boolean
}

export interface SeverityRule {
  id: string
  severity: Severity
  /** One line for people: the SARIF rule's short description and the README's table. */
  title: string
  /** Reasons when the rule matches (possibly none to add), undefined when it does not. */
  drift?: (finding: DriftFacts, current: unknown) => string[] | undefined
  unmanaged?: (kind: UnmanagedKind) => string[] | undefined
  /** A catch-all: it sets the severity only when no rule before it had anything to say. */
  fallback?: boolean
}

// ---------------------------------------------------------------------------------------------
// Reading values

const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read'])
const PUBLIC_GRANTEES = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    value === false ||
    (Array.isArray(value) && value.length === 0) ||
    (isObject(value) && Object.keys(value).length === 0)
  )
}

/** Every string inside a value, however deeply nested. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const item of value) strings(item, into)
  else if (isObject(value)) for (const item of Object.values(value)) strings(item, into)
  return into
}

const SEGMENT =
  /^(?:\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|"((?:[^"\\]|\\.)*)")/

/** `ingress[1].cidr_blocks` → `['ingress', 1, 'cidr_blocks']`, the inverse of diff.joinPath. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = []
  let rest = path
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest)
    if (!match) break
    if (match[1] !== undefined) out.push(match[1])
    else if (match[2] !== undefined) out.push(Number(match[2]))
    else out.push(JSON.parse(`"${match[3] ?? match[4]}"`) as string)
    rest = rest.slice(match[0].length)
  }
  return out
}

function valueAt(root: unknown, segments: (string | number)[]): unknown {
  let value = root
  for (const key of segments) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key]
    else if (isObject(value) && typeof key === 'string') value = value[key]
    else return undefined
  }
  return value
}

function lastSegment(path: string): string {
  const segments = pathSegments(path).filter(s => typeof s === 'string')
  return (segments.at(-1) as string | undefined) ?? path
}

function wasOn(value: unknown): boolean {
  return value === true || value === 'Enabled' || value === 'true'
}

/** Turned off: true / Enabled before, false / Suspended / absent now. */
function turnedOff(change: AttributeChange): boolean {
  return wasOn(change.before) && !wasOn(change.after)
}

// ---------------------------------------------------------------------------------------------
// Network exposure

interface Exposure {
  direction: 'ingress' | 'egress'
  cidrs: string[]
  /** `tcp 22`, `all traffic`; undefined when neither the change nor the resource says. */
  ports?: string
  admin: boolean
}

function portsOf(block: unknown): { label?: string; admin: boolean } {
  if (!isObject(block)) return { admin: false }
  const protocol = String(block.protocol ?? block.ip_protocol ?? '').toLowerCase()
  if (isAllTraffic(protocol)) return { label: ALL_TRAFFIC, admin: true }
  const from = Number(block.from_port)
  const to = block.to_port === undefined || block.to_port === null ? from : Number(block.to_port)
  if (!Number.isFinite(from)) return { admin: false }
  const range = from === to ? `${from}` : `${from}-${to}`
  return { label: `${protocol || 'port'} ${range}`, admin: reachesAdminPort(from, to) }
}

function directionOf(finding: DriftFacts, path: string, block: unknown): Exposure['direction'] {
  if (topAttribute(path) === 'egress' || /egress/.test(finding.type)) return 'egress'
  if (isObject(block) && (block.type === 'egress' || block.egress === true)) return 'egress'
  return 'ingress'
}

const NETWORK_TYPES = /security_group|network_acl/

/** Changes that newly let the whole internet in (or out), with their ports where known. */
function exposures(finding: DriftFacts, current: unknown): Exposure[] {
  if (finding.kind !== 'changed') return []
  const isRule = NETWORK_TYPES.test(finding.type)
  const found: Exposure[] = []
  for (const change of finding.changes) {
    const top = topAttribute(change.path)
    if (!isRule && top !== 'ingress' && top !== 'egress') continue
    if (top === 'tags' || top === 'tags_all' || top === 'description') continue
    const before = new Set(strings(change.before).filter(s => OPEN_CIDRS.has(s)))
    const cidrs = [...new Set(strings(change.after))].filter(
      s => OPEN_CIDRS.has(s) && !before.has(s)
    )
    if (cidrs.length === 0) continue
    // The block the change sits in: the change itself when a whole rule was added, else the
    // resource's current value around the changed attribute (the rule whose CIDR was widened).
    const segments = pathSegments(change.path)
    const block = isObject(change.after)
      ? change.after
      : (valueAt(current, segments.slice(0, -1)) ?? current)
    if (isObject(block) && /^deny$/i.test(String(block.action ?? block.rule_action ?? ''))) continue
    const { label, admin } = portsOf(block)
    found.push({ direction: directionOf(finding, change.path, block), cidrs, ports: label, admin })
  }
  return found
}

function describe(exposure: Exposure): string {
  const ports = exposure.ports ? ` (${exposure.ports})` : ''
  return `${exposure.direction} open to ${exposure.cidrs.join(', ')}${ports}`
}

function exposureReasons(
  finding: DriftFacts,
  current: unknown,
  keep: (exposure: Exposure) => boolean
): string[] | undefined {
  const reasons = [...new Set(exposures(finding, current).filter(keep).map(describe))]
  return reasons.length > 0 ? reasons : undefined
}

// ---------------------------------------------------------------------------------------------
// Policies

/** A policy attribute's statements: its value is a document's JSON text, or the document. */
function statements(policy: unknown): PolicyStatement[] {
  if (typeof policy === 'string') return policyStatements(parsePolicyDocument(policy))
  return isObject(policy) ? policyStatements(policy) : []
}

function isEveryone(principal: unknown): boolean {
  if (principal === '*') return true
  if (Array.isArray(principal)) return principal.some(isEveryone)
  if (isObject(principal)) return isEveryone(principal.AWS)
  return false
}

/** `unconditional` when anyone at all is allowed; `conditional` when a Condition narrows it. */
function publicAccess(policy: unknown): 'unconditional' | 'conditional' | undefined {
  const open = statements(policy).filter(s => s.Effect === 'Allow' && isEveryone(s.Principal))
  if (open.length === 0) return undefined
  return open.some(s => isEmpty(s.Condition)) ? 'unconditional' : 'conditional'
}

const POLICY_ATTRIBUTE = /polic(y|ies)$/

/** A policy document, or a block holding one; not a flag such as `block_public_policy`. */
function isPolicyValue(value: unknown): boolean {
  return typeof value === 'string' || (value !== null && typeof value === 'object')
}

function policyChanges(finding: DriftFacts): AttributeChange[] {
  return finding.changes.filter(
    c =>
      POLICY_ATTRIBUTE.test(lastSegment(c.path)) &&
      !c.sensitive &&
      (isPolicyValue(c.before) || isPolicyValue(c.after))
  )
}

function newlyPublic(
  finding: DriftFacts,
  level: 'unconditional' | 'conditional'
): string[] | undefined {
  const reasons = policyChanges(finding)
    .filter(c => publicAccess(c.after) === level && publicAccess(c.before) !== 'unconditional')
    .map(c =>
      level === 'unconditional'
        ? `${lastSegment(c.path)} allows Principal "*"`
        : `${lastSegment(c.path)} allows Principal "*" under a condition`
    )
  return reasons.length > 0 ? [...new Set(reasons)] : undefined
}

function publicAcl(finding: DriftFacts): string[] | undefined {
  const reasons: string[] = []
  for (const change of finding.changes) {
    const top = topAttribute(change.path)
    if (top !== 'acl' && top !== 'grant' && top !== 'access_control_policy') continue
    const before = new Set(strings(change.before))
    for (const value of strings(change.after)) {
      if (before.has(value)) continue
      if (PUBLIC_ACLS.has(value)) reasons.push(`public ACL ${value}`)
      else if (PUBLIC_GRANTEES.test(value))
        reasons.push(`ACL grants ${PUBLIC_GRANTEES.exec(value)?.[1]}`)
    }
  }
  return reasons.length > 0 ? [...new Set(reasons)] : undefined
}

// ---------------------------------------------------------------------------------------------
// Resource families

/** Resource types whose every change (or deletion) touches who can reach or read what. */
const ACCESS_TYPES = [
  /^aws_security_group/,
  /^aws_vpc_security_group_(ingress|egress)_rule$/,
  /^aws_network_acl/,
  /^aws_iam_/,
  /^aws_kms_/,
  /^aws_s3_bucket_(policy|acl|public_access_block|ownership_controls)$/,
  /^aws_s3_account_public_access_block$/,
  /^aws_secretsmanager_secret_policy$/,
  /^aws_lambda_permission$/,
  /^aws_sns_topic_policy$/,
  /^aws_sqs_queue_policy$/,
  /^aws_ecr_repository_policy$/
]

function isAccessType(type: string): boolean {
  return ACCESS_TYPES.some(pattern => pattern.test(type))
}

const COSMETIC = new Set(['tags', 'tags_all', 'description'])

function substantive(finding: DriftFacts): AttributeChange[] {
  return finding.changes.filter(c => !COSMETIC.has(topAttribute(c.path)))
}

const PUBLIC_ACCESS_BLOCK = /^aws_s3_(bucket|account)_public_access_block$/
const BLOCK_SETTINGS = new Set([
  'block_public_acls',
  'block_public_policy',
  'ignore_public_acls',
  'restrict_public_buckets'
])

const KMS_KEY_ATTRIBUTE =
  /^(kms_key_id|kms_key_arn|kms_master_key_id|kms_key|kms_key_identifier|sse_kms_key_id|encryption_key_arn)$/
const ENCRYPTED_FLAG = /^(encrypted|storage_encrypted|enable_encryption|encryption_enabled)$/
const ENCRYPTION_BLOCK =
  /^(server_side_encryption_configuration|server_side_encryption|encryption_configuration|encryption_config|encrypt_at_rest|encryption_info|rule)$/

function encryptionWeakened(finding: DriftFacts): string[] | undefined {
  const reasons: string[] = []
  if (finding.kind === 'deleted') {
    if (finding.type === 'aws_s3_bucket_server_side_encryption_configuration')
      reasons.push('bucket encryption configuration removed')
    return reasons.length > 0 ? reasons : undefined
  }
  for (const change of finding.changes) {
    const leaf = lastSegment(change.path)
    const top = topAttribute(change.path)
    if (KMS_KEY_ATTRIBUTE.test(leaf) && !isEmpty(change.before)) {
      reasons.push(isEmpty(change.after) ? `${leaf} removed` : `${leaf} changed (KMS key)`)
    } else if (leaf === 'sse_algorithm') {
      reasons.push(
        isEmpty(change.after)
          ? 'encryption removed'
          : `encryption changed from ${String(change.before)} to ${String(change.after)}`
      )
    } else if (ENCRYPTED_FLAG.test(leaf) && change.before === true && change.after !== true) {
      reasons.push(`${leaf} turned off`)
    } else if (
      ENCRYPTION_BLOCK.test(top) &&
      change.path === top &&
      !isEmpty(change.before) &&
      isEmpty(change.after) &&
      (top !== 'rule' || /encryption/.test(finding.type))
    ) {
      reasons.push(`${top} removed`)
    } else if (/^aws_kms_(key|replica_key)$/.test(finding.type) && turnedOff(change)) {
      if (leaf === 'is_enabled') reasons.push('KMS key disabled')
      if (leaf === 'enable_key_rotation') reasons.push('KMS key rotation turned off')
    }
  }
  return reasons.length > 0 ? [...new Set(reasons)] : undefined
}

const AUDIT_LOG_TYPES =
  /^aws_(cloudtrail|flow_log|config_configuration_recorder(_status)?|guardduty_detector|securityhub_account)$/

function auditLoggingOff(finding: DriftFacts): string[] | undefined {
  if (!AUDIT_LOG_TYPES.test(finding.type)) return undefined
  if (finding.kind === 'deleted') return [`${finding.type.slice(4)} deleted`]
  const off = finding.changes.filter(
    c => turnedOff(c) && /^(enable_logging|is_enabled|enable)$/.test(lastSegment(c.path))
  )
  return off.length > 0 ? [`audit logging turned off (${off[0].path})`] : undefined
}

const LOGGING_DELETED = new Set(['aws_s3_bucket_logging'])

function loggingOff(finding: DriftFacts): string[] | undefined {
  if (finding.kind === 'deleted')
    return LOGGING_DELETED.has(finding.type) ? ['access logging removed'] : undefined
  const reasons = finding.changes
    .filter(c => {
      const segments = pathSegments(c.path).filter(s => typeof s === 'string') as string[]
      if (COSMETIC.has(segments[0] ?? '')) return false
      if (!segments.some(s => /log/i.test(s))) return false
      return turnedOff(c) || (!isEmpty(c.before) && isEmpty(c.after) && c.after !== 0)
    })
    .map(c => `logging turned off (${c.path})`)
  return reasons.length > 0 ? reasons : undefined
}

function protectionOff(finding: DriftFacts): string[] | undefined {
  if (finding.kind === 'deleted')
    return finding.type === 'aws_s3_bucket_versioning'
      ? ['versioning configuration removed']
      : undefined
  const reasons: string[] = []
  for (const change of finding.changes) {
    const path = change.path
    const leaf = lastSegment(path)
    if (/versioning/.test(path) && (leaf === 'status' || leaf === 'enabled') && turnedOff(change))
      reasons.push('versioning turned off')
    else if (leaf === 'mfa_delete' && turnedOff(change)) reasons.push('MFA delete turned off')
    else if (leaf === 'deletion_protection' && turnedOff(change))
      reasons.push('deletion protection turned off')
    else if (/point_in_time_recovery/.test(path) && turnedOff(change))
      reasons.push('point-in-time recovery turned off')
    else if (leaf === 'backup_retention_period' && change.after === 0 && Number(change.before) > 0)
      reasons.push('automated backups turned off')
  }
  return reasons.length > 0 ? [...new Set(reasons)] : undefined
}

/** What an unmanaged resource is, and what its listing showed of its exposure. */
export interface UnmanagedKind {
  service: string
  type: string
  terraformType: string
  risk?: UnmanagedRisk
}

/** Services of the listed types that have no ARN: access keys, inline policies, attachments. */
const SERVICE_OF_TYPE = /^aws_(iam)_/

function unmanagedKind(subject: UnmanagedSubject): UnmanagedKind {
  const arn = subject.arn ? parseArn(subject.arn) : undefined
  const service =
    arn?.service ?? SERVICE_OF_TYPE.exec(subject.type)?.[1] ?? subject.type.split(':')[0]
  const type = arn?.resourceType ?? subject.type.replace(/^aws_iam_/, '')
  return { service, type, terraformType: subject.type, risk: subject.risk }
}

/** The rules of a risk that let anyone in, each in words: `ingress open to 0.0.0.0/0 (tcp 22)`. */
function openIngress(kind: UnmanagedKind, admin: boolean): string[] | undefined {
  const reasons = (kind.risk?.rules ?? []).flatMap(rule => {
    const cidr = rule.cidrIpv4 ?? rule.cidrIpv6
    if (rule.egress || !cidr || !OPEN_CIDRS.has(cidr)) return []
    const ports = portsOf({
      protocol: rule.protocol,
      from_port: rule.fromPort,
      to_port: rule.toPort
    })
    if (ports.admin !== admin) return []
    return [`ingress open to ${cidr}${ports.label ? ` (${ports.label})` : ''}`]
  })
  return reasons.length > 0 ? [...new Set(reasons)] : undefined
}

const DATA_OR_COMPUTE = new Set([
  's3',
  'secretsmanager',
  'ssm',
  'rds',
  'dynamodb',
  'elasticfilesystem',
  'elasticache',
  'es',
  'redshift',
  'sqs',
  'lambda',
  'ecs',
  'eks',
  'backup'
])

// ---------------------------------------------------------------------------------------------
// The table. Order within a severity decides which rule id a finding carries when several of
// the same severity match; higher severities come first.

export const SEVERITY_RULES: readonly SeverityRule[] = [
  {
    id: 'open-ingress-admin-port',
    severity: 'critical',
    title: 'Ingress from anywhere (0.0.0.0/0 or ::/0) to an administration or database port',
    drift: (f, current) => exposureReasons(f, current, e => e.direction === 'ingress' && e.admin)
  },
  {
    id: 'public-policy',
    severity: 'critical',
    title: 'A resource or trust policy now allows Principal "*" without a condition',
    drift: f => newlyPublic(f, 'unconditional')
  },
  {
    id: 'public-acl',
    severity: 'critical',
    title: 'An S3 ACL now grants access to everyone or to any AWS user',
    drift: f => publicAcl(f)
  },
  {
    id: 'unmanaged-open-admin-port',
    severity: 'critical',
    title:
      'An unmanaged security group or rule lets anyone (0.0.0.0/0 or ::/0) reach an administration or database port',
    unmanaged: kind => openIngress(kind, true)
  },
  {
    id: 'unmanaged-admin-access',
    severity: 'critical',
    title: 'An unmanaged IAM user, role, group or policy allows every action on every resource',
    unmanaged: ({ risk }) =>
      risk?.admin ? ['allows all actions on all resources (administrator)'] : undefined
  },
  {
    id: 'unmanaged-public-snapshot',
    severity: 'critical',
    title: 'An EBS snapshot of the account that anyone can copy',
    unmanaged: ({ risk }) => (risk?.public ? ['public snapshot: anyone can copy it'] : undefined)
  },
  {
    id: 'kms-key-deleted',
    severity: 'critical',
    title: 'A KMS key was deleted or scheduled for deletion outside Terraform',
    drift: f =>
      f.kind === 'deleted' && /^aws_kms_(key|replica_key|external_key)$/.test(f.type)
        ? ['KMS key deleted or scheduled for deletion']
        : undefined
  },
  {
    id: 'open-ingress',
    severity: 'high',
    title: 'Ingress from anywhere (0.0.0.0/0 or ::/0)',
    drift: (f, current) => exposureReasons(f, current, e => e.direction === 'ingress' && !e.admin)
  },
  {
    id: 'open-egress',
    severity: 'high',
    title: 'Egress to anywhere (0.0.0.0/0 or ::/0)',
    drift: (f, current) => exposureReasons(f, current, e => e.direction === 'egress')
  },
  {
    id: 'public-policy-conditional',
    severity: 'high',
    title: 'A resource or trust policy now allows Principal "*" under a condition',
    drift: f => newlyPublic(f, 'conditional')
  },
  {
    id: 'public-access-block-loosened',
    severity: 'high',
    title: 'An S3 public access block was turned off or removed',
    drift: f => {
      if (!PUBLIC_ACCESS_BLOCK.test(f.type)) return undefined
      if (f.kind === 'deleted') return ['public access block removed']
      const off = f.changes.filter(c => BLOCK_SETTINGS.has(c.path) && turnedOff(c))
      return off.length > 0 ? off.map(c => `${c.path} turned off`) : undefined
    }
  },
  {
    id: 'encryption-weakened',
    severity: 'high',
    title: 'Encryption removed or weakened, or its KMS key changed or disabled',
    drift: f => encryptionWeakened(f)
  },
  {
    id: 'access-policy-changed',
    severity: 'high',
    title: 'An IAM policy, trust policy or resource policy changed outside Terraform',
    drift: f => {
      const reasons = policyChanges(f)
        .filter(c => !publicAccess(c.after) || publicAccess(c.before))
        .map(c =>
          lastSegment(c.path) === 'assume_role_policy'
            ? 'trust policy changed'
            : `${lastSegment(c.path)} changed`
        )
      if (/^aws_iam_/.test(f.type) && f.kind === 'changed') {
        for (const c of substantive(f))
          if (!POLICY_ATTRIBUTE.test(lastSegment(c.path)))
            reasons.push(`IAM ${topAttribute(c.path)} changed`)
      }
      return reasons.length > 0 ? [...new Set(reasons)] : undefined
    }
  },
  {
    id: 'access-control-deleted',
    severity: 'high',
    title: 'An access control resource (IAM, security group, policy, key) was deleted',
    drift: f =>
      f.kind === 'deleted' && isAccessType(f.type) ? ['access control resource deleted'] : undefined
  },
  {
    id: 'secret-changed',
    severity: 'high',
    title: 'A sensitive value (a secret) was changed outside Terraform',
    drift: f => (f.changes.some(c => c.sensitive) ? ['a sensitive value changed'] : undefined)
  },
  {
    id: 'audit-logging-disabled',
    severity: 'high',
    title: 'CloudTrail, flow logs, AWS Config or GuardDuty turned off or deleted',
    drift: f => auditLoggingOff(f)
  },
  {
    id: 'unmanaged-access-key',
    severity: 'high',
    title: 'An unmanaged IAM access key: a long-lived credential no code review saw',
    unmanaged: ({ terraformType }) =>
      terraformType === 'aws_iam_access_key' ? ['long-lived access key'] : undefined
  },
  {
    id: 'unmanaged-open-ingress',
    severity: 'high',
    title: 'An unmanaged security group or rule lets anyone (0.0.0.0/0 or ::/0) in',
    unmanaged: kind => openIngress(kind, false)
  },
  {
    id: 'unmanaged-access-control',
    severity: 'high',
    title: 'An unmanaged security group, network ACL, IAM resource or KMS key',
    unmanaged: ({ service, type, terraformType }) => {
      // An access key has its own rule, with its own words.
      if (terraformType === 'aws_iam_access_key') return undefined
      if (service === 'iam' || service === 'kms') return [`unmanaged ${service} ${type}`.trim()]
      if (service === 'ec2' && /^(security-group|security-group-rule|network-acl)$/.test(type))
        return [`unmanaged ${type}`]
      return undefined
    }
  },
  {
    id: 'logging-disabled',
    severity: 'medium',
    title: 'Access logging turned off or removed',
    drift: f => loggingOff(f)
  },
  {
    id: 'protection-disabled',
    severity: 'medium',
    title:
      'Versioning, MFA delete, deletion protection, backups or point-in-time recovery turned off',
    drift: f => protectionOff(f)
  },
  {
    id: 'access-control-changed',
    severity: 'medium',
    fallback: true,
    title:
      'A security group, network ACL or other access control changed (not opened to the world)',
    drift: f =>
      f.kind === 'changed' && isAccessType(f.type) && substantive(f).length > 0
        ? ['access control changed']
        : undefined
  },
  {
    id: 'resource-deleted',
    severity: 'medium',
    title: 'A resource was deleted outside Terraform; the next apply recreates it, empty',
    drift: f => (f.kind === 'deleted' ? [] : undefined)
  },
  {
    id: 'unmanaged-data-or-compute',
    severity: 'medium',
    title: 'An unmanaged bucket, database, secret, queue or compute resource',
    unmanaged: ({ service }) => (DATA_OR_COMPUTE.has(service) ? [] : undefined)
  },
  {
    id: 'drift',
    severity: 'low',
    title: 'A resource changed outside Terraform',
    drift: () => []
  },
  {
    id: 'unmanaged-resource',
    severity: 'low',
    title: 'A resource no Terraform state manages',
    unmanaged: () => []
  }
]

function assess(
  matches: (rule: SeverityRule) => string[] | undefined,
  fallback: string
): Assessment {
  let top: SeverityRule | undefined
  const concerns: string[] = []
  for (const rule of SEVERITY_RULES) {
    const reasons = matches(rule)
    if (!reasons || (rule.fallback && concerns.length > 0)) continue
    if (!top || severityRank(rule.severity) > severityRank(top.severity)) top = rule
    concerns.push(...reasons)
  }
  return {
    severity: top?.severity ?? 'low',
    rule: top?.id ?? fallback,
    concerns: [...new Set(concerns)]
  }
}

/**
 * The severity of a drift finding. `current` is the resource's value now (already redacted),
 * when the caller has it: without it a widened CIDR's port is unknown and ranks high, not
 * critical.
 */
export function assessDrift(finding: DriftFacts, current?: unknown): Assessment {
  return assess(rule => rule.drift?.(finding, current), 'drift')
}

/** Assessments by kind: an inventory holds tens of thousands of resources of a few dozen kinds. */
const unmanagedAssessments = new Map<string, Assessment>()

export function assessUnmanaged(subject: UnmanagedSubject): Assessment {
  const kind = unmanagedKind(subject)
  // What a listing showed makes the assessment the resource's own.
  if (kind.risk) return assess(rule => rule.unmanaged?.(kind), 'unmanaged-resource')
  const key = `${kind.service}\0${kind.type}`
  let assessment = unmanagedAssessments.get(key)
  if (!assessment) {
    // Shared by every resource of the kind, so frozen.
    const assessed = assess(rule => rule.unmanaged?.(kind), 'unmanaged-resource')
    Object.freeze(assessed.concerns)
    assessment = Object.freeze(assessed)
    unmanagedAssessments.set(key, assessment)
  }
  return assessment
}

/** The assessment as the model's fields, to spread into a finding. */
export function severityFields(
  assessment: Assessment
): Pick<DriftFinding, 'severity' | 'severityRule' | 'concerns'> {
  return {
    severity: assessment.severity,
    severityRule: assessment.rule,
    concerns: assessment.concerns
  }
}

import type { ResourceFacts } from '../collect/aws/listing/model.js'

/**
 * What AWS itself makes: every region's default VPC, each VPC's main route table and default
 * network ACL and security group, the keys AWS services create for themselves, service-linked
 * roles, an instance's root volume, an AMI's snapshots. Nobody wrote them and nobody should import
 * them, so they are counted ("made by AWS"), never listed. One table beside the ownership rules;
 * each rule has an id `disable-ownership-rules` switches off, as the ownership rules have.
 */

export interface AwsMadeRule {
  id: string
  /** What the rule covers, for the README table. */
  covers: string
  match(subject: AwsMadeSubject): boolean
}

export interface AwsMadeSubject {
  terraformType: string
  id: string
  facts?: ResourceFacts
  /** Volumes some instance (managed or not) has as its root device. */
  rootVolumes: ReadonlySet<string>
}

const DEFAULT_VPC_TYPES = new Set(['aws_vpc', 'aws_subnet', 'aws_internet_gateway'])
const VPC_PARTS = new Set(['aws_route_table', 'aws_network_acl'])
const SERVICE_ROLE_PATH = /^\/aws-(service-role|reserved)\//
const IAM_TYPES = /^aws_iam_(role|role_policy|role_policy_attachment)$/

export const AWS_MADE_RULES: readonly AwsMadeRule[] = [
  {
    id: 'default-vpc',
    covers: 'Default VPCs, their default subnets and internet gateways',
    match: s => DEFAULT_VPC_TYPES.has(s.terraformType) && s.facts?.awsDefault === true
  },
  {
    id: 'vpc-defaults',
    covers: "Every VPC's main route table and default network ACL",
    match: s => VPC_PARTS.has(s.terraformType) && s.facts?.awsDefault === true
  },
  {
    id: 'default-security-group',
    covers: 'Security groups named `default` (one per VPC)',
    match: s => s.terraformType === 'aws_security_group' && s.facts?.groupName === 'default'
  },
  {
    id: 'aws-managed-kms-key',
    covers: 'AWS-managed KMS keys (`aws/s3`, `aws/ebs`, ...)',
    match: s => s.terraformType === 'aws_kms_key' && s.facts?.keyManager === 'AWS'
  },
  {
    id: 'service-linked-role',
    covers:
      'Service-linked and reserved IAM roles (paths `/aws-service-role/`, `/aws-reserved/`) and their policies',
    match: s => IAM_TYPES.test(s.terraformType) && SERVICE_ROLE_PATH.test(s.facts?.iamPath ?? '')
  },
  {
    id: 'instance-root-volume',
    covers: "An instance's root volume (part of the instance)",
    match: s => s.terraformType === 'aws_ebs_volume' && s.rootVolumes.has(s.id)
  },
  {
    id: 'ami-snapshot',
    covers: 'Snapshots behind the account’s AMIs',
    match: s => s.terraformType === 'aws_ebs_snapshot' && s.facts?.behindAmi !== undefined
  }
]

export const AWS_MADE_RULE_IDS = AWS_MADE_RULES.map(rule => rule.id)

/** The id of the first enabled rule that says AWS made the resource, or undefined. */
export function madeByAws(
  subject: AwsMadeSubject,
  disabled: ReadonlySet<string>
): string | undefined {
  for (const rule of AWS_MADE_RULES) {
    if (!disabled.has(rule.id) && rule.match(subject)) return rule.id
  }
  return undefined
}

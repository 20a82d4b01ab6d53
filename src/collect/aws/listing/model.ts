/**
 * What the direct listing of AWS resources hands to analysis: every resource of the listed types,
 * tagged or not, with the facts analysis needs to tell what AWS made, what a managed resource
 * accounts for, and how much an unmanaged one matters. Values are as AWS returned them: untrusted.
 */

/** A rule of a security group, as DescribeSecurityGroupRules returns it. */
export interface RuleFacts {
  groupId: string
  egress: boolean
  /** `tcp`, `udp`, `icmp`, `-1` for all. */
  protocol: string
  fromPort: number
  toPort: number
  /** Exactly one of the targets is set, as in AWS. */
  cidrIpv4?: string
  cidrIpv6?: string
  prefixListId?: string
  referencedGroupId?: string
  description?: string
}

/** Facts a lister knows about one resource; each field is set only for the types it concerns. */
export interface ResourceFacts {
  /** A default VPC, its default subnets, a default network ACL, a VPC's main route table. */
  awsDefault?: boolean
  /** A security group's name (`default` is made by AWS with every VPC). */
  groupName?: string
  /** A VPC's id, for an internet gateway, subnet, route table or ACL: made with a default VPC. */
  vpcId?: string
  /** KMS `KeyManager`: `AWS` for AWS-managed keys. */
  keyManager?: 'AWS' | 'CUSTOMER'
  /** IAM path (`/aws-service-role/...`). */
  iamPath?: string
  /** Root volume ids of an EC2 instance. */
  rootVolumeIds?: string[]
  /** On a snapshot behind one of the account's AMIs: that AMI's id. */
  behindAmi?: string
  /** A snapshot anyone can create a volume from. */
  public?: boolean
  /**
   * An IAM user, role, group or policy whose policies allow `*` on `*` (a user's groups count);
   * an inline policy or attachment that gives it.
   */
  admin?: boolean
  /** The security group rule. */
  rule?: RuleFacts
  /** The user, role or group an access key, inline policy or attachment belongs to. */
  parent?: string
  /** A policy attachment's policy ARN; an inline policy's name. */
  policyArn?: string
  policyName?: string
}

export interface ListedResource {
  /** The Terraform type: `aws_iam_access_key`, `aws_vpc_security_group_ingress_rule`. */
  terraformType: string
  /**
   * The ARN when the resource has one, in the form AWS prints it. Access keys, inline policies and
   * policy attachments have none: they are known by `importId`.
   */
  arn?: string
  /** The region it lives in (a bucket's own region), or `global` for IAM and Route 53. */
  region: string
  /** A short name for people: the bucket's name, `sg-0abc`, `alice`, `app:inline-admin`. */
  id: string
  /** What `import { id = ... }` takes for this type; absent when Terraform cannot import it. */
  importId?: string
  /** Tags from the listing call, when it returns them (absent is not "no tags"). */
  tags?: Record<string, string>
  facts?: ResourceFacts
}

/** A type (in a region, or globally) whose listing failed, with the IAM action to grant. */
export interface ListingFault {
  /** Every type the failed listing would have listed: one IAM call lists nine. */
  types: string[]
  /** Absent for global types. */
  region?: string
  /** The IAM action a denial names: `iam:ListUsers`. */
  action: string
  /** One line a user can act on. */
  message: string
}

export interface Listing {
  /** Terraform types listed, sorted: what the scan saw beyond the Tagging API. */
  types: string[]
  resources: ListedResource[]
  faults: ListingFault[]
  /** Milliseconds per type (the slowest region for regional types), for the log and bench. */
  durations: Record<string, number>
  startedAt: number
  finishedAt: number
}

import type { Severity } from './severity.js'

/**
 * What analysis finds, in the terms every later stage uses: drifted resources, changes the code
 * asks for, and unmanaged resources. The Report model is built from these; values in them are
 * already redacted.
 */

/** Where a resource is written: the `resource` line in the repository, for an annotation. */
export interface SourceLocation {
  /** Path relative to the repository root (GITHUB_WORKSPACE), forward slashes. */
  file: string
  line: number
}

export type WhoKind = 'user' | 'role' | 'root' | 'service'

/** The last write CloudTrail recorded for a resource (collect/aws/attribution.ts finds it). */
export interface Attribution {
  /** The IAM user, the role behind an assumed-role session, `root`, or the AWS service. */
  who: string
  whoKind: WhoKind
  /** The role session's name, which often names the person or pipeline behind the role. */
  session?: string
  /** ISO 8601, UTC. */
  when: string
  /** The API call: `AuthorizeSecurityGroupIngress`. */
  action: string
  console: boolean
  /** The service called: `ec2.amazonaws.com`. */
  source: string
}

/**
 * A finding against the audit history kept with the audit issue. On an audit: since when audits
 * have seen it, in how many, and whether the previous audit missed it. On a pull request: whether
 * the last audit knew it (`known`, with the day it first saw it) or not (`new`).
 */
export interface FindingHistory {
  status: 'new' | 'known'
  /** Day (UTC) of the first audit that saw it. */
  firstSeen?: string
  /** Audits that have seen it, this one included (audits only). */
  audits?: number
  /** The stored history was cut to fit: a `new` finding may be older. */
  uncertain?: boolean
}

/** Who last changed a resource, from CloudTrail, with that said in words for every channel. */
export interface ChangedBy extends Attribution {
  /** `AuthorizeSecurityGroupIngress by alice (console) on 2026-11-30 14:02 UTC`. */
  summary: string
}

export type DriftKind = 'changed' | 'deleted'

export interface AttributeChange {
  /** Attribute path as Terraform would write it: `tags.Env`, `ingress[1].cidr_blocks`. */
  path: string
  before: unknown
  after: unknown
  sensitive: boolean
}

export interface DriftFinding {
  address: string
  type: string
  name: string
  /** `module.logs` for a resource in a child module; absent in the root module. */
  module?: string
  index?: string | number
  /** Its `id` and `arn` in the state (`sg-0abc`, a bucket's name), unless marked sensitive. */
  resourceId?: string
  arn?: string
  kind: DriftKind
  changes: AttributeChange[]
  location?: SourceLocation
  /** From the one rules table in analyse/severity.ts. */
  severity: Severity
  /** Id of the rule that set the severity (`open-ingress-admin-port`); a SARIF ruleId. */
  severityRule: string
  /** Why it matters, in words: `ingress open to 0.0.0.0/0 (tcp 22)`. Empty for ordinary drift. */
  concerns: string[]
  /** Against the audit history; absent when there is none to compare with (a local run). */
  history?: FindingHistory
  /** The last write CloudTrail recorded for it, when attribution ran and found one. */
  changedBy?: ChangedBy
}

export type PendingAction = 'create' | 'update' | 'delete' | 'replace'

export interface PendingChange {
  address: string
  type: string
  module?: string
  action: PendingAction
  /** Top-level attributes an update touches, for a short description. */
  attributes: string[]
}

/** How the inventory saw a resource: the Tagging API lists it, or only a direct listing did. */
export type SeenBy = 'tagged' | 'listed'

/** An AWS resource that exists but that no configured Terraform state manages. */
export interface UnmanagedResource {
  /**
   * Absent for the few listed types AWS gives no ARN (access keys, inline policies, policy
   * attachments): their `id` is then the import id.
   */
  arn?: string
  /** The Terraform type when known (`aws_s3_bucket`), else `service:resourceType`. */
  type: string
  region: string
  /** A short name or id: the bucket's name, `sg-0abc`, `/app/db/password`. */
  id: string
  /** As AWS returned them: untrusted text. */
  tags: Record<string, string>
  /** The Terraform `import` block that adopts it, for the types the AWS provider can import. */
  importBlock?: { to: string; id: string }
  /** `listed`: never tagged (or of a type the Tagging API does not cover), found by listing. */
  seenBy: SeenBy
  /** From analyse/severity.ts, set when the account scans are classified. */
  severity?: Severity
  severityRule?: string
  /** Why it matters, in words (`ingress open to 0.0.0.0/0 (tcp 22)`); absent when nothing stands out. */
  concerns?: string[]
  /** Against the audit history; absent when there is none to compare with (a local run). */
  history?: FindingHistory
  /** The last write CloudTrail recorded for it, when attribution ran and found one. */
  changedBy?: ChangedBy
}

/** A resource that another tool or AWS service looks after, known by the tags it set. */
export interface OwnedResource {
  arn?: string
  type: string
  region: string
  id: string
  /** `CloudFormation stack web`. */
  owner: string
  /** The ownership rule that matched; `disable-ownership-rules` takes these ids. */
  rule: string
}

/** Types a direct listing could not list (denied, throttled), and the IAM action it needs. */
export interface NotListed {
  types: string[]
  /** Absent for global types (IAM, Route 53). */
  region?: string
  action: string
  message: string
}

export interface UnmanagedReport {
  /** `deep`: the Tagging API and a direct listing; `tagging`: the Tagging API alone. */
  inventory: 'deep' | 'tagging'
  /** Regions asked, in input order. */
  regions: string[]
  /** Terraform types listed directly (deep inventory), sorted. */
  listedTypes: string[]
  /** Listings that failed; each is also one line of `regionErrors`. */
  notListed: NotListed[]
  /** Set when the resources were not classified at all, with the reason. */
  skipped?: string
  /** Regions (or the whole scan) that failed, each with its one-line reason. */
  regionErrors: { scope: string; message: string }[]
  resources: UnmanagedResource[]
  ownedByOthers: OwnedResource[]
  /** Resources a state manages, among those the scan saw. */
  managed: number
  /** Resources the ignore file matched. */
  ignored: number
  /** Resources AWS made itself (default VPCs, service-linked roles, ...), by rule id: counted, not listed. */
  madeByAws: Record<string, number>
  /** managed / (managed + unmanaged) in percent, one decimal; null when nothing was scanned. */
  coverage: number | null
  /** What this inventory could not see, in one sentence. */
  blindSpots: string
  durationMs: number
}

/** The names a person may use for an unmanaged resource: ARN, `type:id`, `type.id`, id, import address. */
export function unmanagedNames(resource: UnmanagedResource): string[] {
  return [
    resource.arn,
    `${resource.type}:${resource.id}`,
    `${resource.type}.${resource.id}`,
    resource.id,
    resource.importBlock?.to
  ].filter((name): name is string => Boolean(name))
}

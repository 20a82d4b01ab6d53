import { escapeRegExp } from '../text.js'

/**
 * Resources that another tool or AWS service created and looks after, known by the tags it puts
 * on them. They are in no Terraform state by design, so calling them unmanaged would be noise:
 * they are reported as "owned by" their owner instead. One table; each rule has an id the
 * `disable-ownership-rules` input can switch off.
 */

export interface OwnershipRule {
  id: string
  /** Who owns what the rule matches, for the README table. */
  owner: string
  /** The tags the rule looks for, for the README table. */
  tags: string
  /** The owner of a resource with these tags (`CloudFormation stack web`), or undefined. */
  match(tags: Record<string, string>): string | undefined
}

function tagValue(key: string, label: string) {
  return (tags: Record<string, string>) =>
    key in tags ? `${label}${tags[key] ? ` ${tags[key]}` : ''}` : undefined
}

function tagPrefix(prefix: string, label: string) {
  return (tags: Record<string, string>) =>
    Object.keys(tags).some(key => key.startsWith(prefix)) ? label : undefined
}

export const OWNERSHIP_RULES: readonly OwnershipRule[] = [
  {
    id: 'cloudformation',
    owner: 'CloudFormation (and CDK, SAM, Amplify, Copilot, eksctl, Serverless)',
    tags: '`aws:cloudformation:stack-name`',
    match: tagValue('aws:cloudformation:stack-name', 'CloudFormation stack')
  },
  {
    id: 'autoscaling',
    owner: 'EC2 Auto Scaling',
    tags: '`aws:autoscaling:groupName`',
    match: tagValue('aws:autoscaling:groupName', 'Auto Scaling group')
  },
  {
    id: 'eks',
    owner: 'Amazon EKS',
    tags: '`eks:cluster-name`, `aws:eks:cluster-name`, `eks:nodegroup-name`',
    match: tags =>
      tagValue('eks:cluster-name', 'EKS cluster')(tags) ??
      tagValue('aws:eks:cluster-name', 'EKS cluster')(tags) ??
      tagValue('eks:nodegroup-name', 'EKS node group')(tags)
  },
  {
    id: 'kubernetes',
    owner: 'Kubernetes controllers (cloud provider, load balancer controller, Karpenter)',
    tags: '`kubernetes.io/cluster/<name>`, `elbv2.k8s.aws/cluster`, `karpenter.sh/nodepool`',
    match: tags => {
      const key = Object.keys(tags).find(k => k.startsWith('kubernetes.io/cluster/'))
      if (key) return `Kubernetes cluster ${key.slice('kubernetes.io/cluster/'.length)}`
      return (
        tagValue('elbv2.k8s.aws/cluster', 'Kubernetes cluster')(tags) ??
        tagValue('karpenter.sh/nodepool', 'Karpenter node pool')(tags)
      )
    }
  },
  {
    id: 'elasticbeanstalk',
    owner: 'Elastic Beanstalk',
    tags: '`elasticbeanstalk:environment-name`',
    match: tagValue('elasticbeanstalk:environment-name', 'Elastic Beanstalk environment')
  },
  {
    id: 'ecs',
    owner: 'Amazon ECS',
    tags: '`aws:ecs:*`',
    match: tags =>
      tagValue('aws:ecs:clusterName', 'ECS cluster')(tags) ??
      tagPrefix('aws:ecs:', 'Amazon ECS')(tags)
  },
  {
    id: 'servicecatalog',
    owner: 'AWS Service Catalog',
    tags: '`aws:servicecatalog:*`',
    match: tags =>
      tagValue('aws:servicecatalog:provisionedProductArn', 'Service Catalog product')(tags) ??
      tagPrefix('aws:servicecatalog:', 'AWS Service Catalog')(tags)
  },
  {
    id: 'cloud9',
    owner: 'AWS Cloud9',
    tags: '`aws:cloud9:environment`',
    match: tagValue('aws:cloud9:environment', 'Cloud9 environment')
  },
  {
    id: 'emr',
    owner: 'Amazon EMR',
    tags: '`aws:elasticmapreduce:*`',
    match: tags =>
      tagValue('aws:elasticmapreduce:job-flow-id', 'EMR cluster')(tags) ??
      tagPrefix('aws:elasticmapreduce:', 'Amazon EMR')(tags)
  },
  {
    id: 'batch',
    owner: 'AWS Batch',
    tags: '`aws:batch:compute-environment`',
    match: tagValue('aws:batch:compute-environment', 'Batch compute environment')
  },
  {
    id: 'spot-fleet',
    owner: 'EC2 Spot Fleet and EC2 Fleet',
    tags: '`aws:ec2spot:fleet-request-id`, `aws:ec2:fleet-id`',
    match: tags =>
      tagValue('aws:ec2spot:fleet-request-id', 'Spot Fleet request')(tags) ??
      tagValue('aws:ec2:fleet-id', 'EC2 Fleet')(tags)
  },
  {
    id: 'backup',
    owner: 'AWS Backup and Data Lifecycle Manager',
    tags: '`aws:backup:source-resource`, `aws:dlm:lifecycle-policy-id`',
    match: tags =>
      tagValue('aws:backup:source-resource', 'AWS Backup, from')(tags) ??
      tagValue('aws:dlm:lifecycle-policy-id', 'DLM policy')(tags)
  },
  {
    id: 'image-builder',
    owner: 'EC2 Image Builder',
    tags: '`Ec2ImageBuilderArn`',
    match: tags => ('Ec2ImageBuilderArn' in tags ? 'EC2 Image Builder' : undefined)
  },
  {
    id: 'sagemaker',
    owner: 'Amazon SageMaker',
    tags: '`sagemaker:domain-arn`, `aws:sagemaker:*`',
    match: tags =>
      'sagemaker:domain-arn' in tags
        ? 'SageMaker domain'
        : tagPrefix('aws:sagemaker:', 'Amazon SageMaker')(tags)
  },
  {
    id: 'crossplane',
    owner: 'Crossplane',
    tags: '`crossplane-kind`',
    match: tags =>
      'crossplane-kind' in tags
        ? `Crossplane ${tags['crossplane-name'] ? tags['crossplane-name'] : tags['crossplane-kind']}`
        : undefined
  }
]

export const OWNERSHIP_RULE_IDS = OWNERSHIP_RULES.map(rule => rule.id)

export interface Ownership {
  rule: string
  owner: string
}

/**
 * The tag keys some rule reads, from the `tags` column: `key` is a key, `prefix*` and
 * `prefix<name>` stand for every key starting with the prefix. A tag set with none of them is
 * claimed by no rule, which is most of an inventory, so it is not put to each rule in turn.
 */
export function claimedKeys(rules: readonly OwnershipRule[] = OWNERSHIP_RULES): RegExp {
  const patterns: string[] = []
  for (const rule of rules) {
    for (const [, key] of rule.tags.matchAll(/`([^`]+)`/g)) {
      const open = /(\*|<[^>]*>)$/.exec(key)
      patterns.push(open ? escapeRegExp(key.slice(0, open.index)) : `${escapeRegExp(key)}$`)
    }
  }
  // One test per tag key, not one per key and rule.
  return patterns.length === 0 ? /(?!)/ : new RegExp(`^(?:${patterns.join('|')})`, 's')
}

const CLAIMED = claimedKeys()

function mayBeOwned(tags: Record<string, string>): boolean {
  for (const key in tags) if (CLAIMED.test(key)) return true
  return false
}

const NONE: ReadonlySet<string> = new Set()

/** The first enabled rule that claims the resource; the table's order decides ties. */
export function ownerOf(
  tags: Record<string, string>,
  disabled: ReadonlySet<string> = NONE
): Ownership | undefined {
  if (!mayBeOwned(tags)) return undefined
  for (const rule of OWNERSHIP_RULES) {
    if (disabled.has(rule.id)) continue
    const owner = rule.match(tags)
    if (owner !== undefined) return { rule: rule.id, owner }
  }
  return undefined
}

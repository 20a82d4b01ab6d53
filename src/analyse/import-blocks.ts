import type { Arn } from '../model/arn.js'
import { queueArnToUrl } from '../model/arn.js'

/**
 * From a Tagging API ARN to the Terraform resource type and the id `terraform import` takes for
 * it. The id differs by type (a bucket's name, a queue's URL, a topic's ARN, a security group's
 * id); each entry below says which, as the AWS provider's import documentation does.
 */

export interface ResourceIdentity {
  /** The Terraform type when known (`aws_s3_bucket`), else `service:resourceType`. */
  type: string
  terraformType?: string
  /** A short name or id for people: `assets-bucket`, `sg-0abc`, `/app/db/password`. */
  id: string
  /** What `import { id = ... }` takes; absent when the type cannot be imported from the ARN. */
  importId?: string
}

interface TypeRule {
  service: string
  resourceType: string
  terraformType: string
  /** The import id, or undefined when the ARN does not hold it (a key pair's name). */
  importId: (arn: Arn, full: string) => string | undefined
  /** The short name shown to people, when it is not the import id. */
  display?: (arn: Arn) => string
}

const lastSegment = (arn: Arn) => arn.resourceId.split('/').pop() as string
const resourceId = (arn: Arn) => arn.resourceId
const wholeArn = (_arn: Arn, full: string) => full

/** SSM names with a `/` are fully qualified (`/app/x`); the ARN drops the leading slash. */
const parameterName = (arn: Arn) =>
  arn.resourceId.includes('/') && !arn.resourceId.startsWith('/')
    ? `/${arn.resourceId}`
    : arn.resourceId

const RULES: TypeRule[] = [
  { service: 's3', resourceType: 'bucket', terraformType: 'aws_s3_bucket', importId: resourceId },
  {
    service: 'sqs',
    resourceType: 'queue',
    terraformType: 'aws_sqs_queue',
    importId: queueArnToUrl,
    display: resourceId
  },
  {
    service: 'sns',
    resourceType: 'topic',
    terraformType: 'aws_sns_topic',
    importId: wholeArn,
    display: resourceId
  },
  {
    service: 'ec2',
    resourceType: 'security-group',
    terraformType: 'aws_security_group',
    importId: resourceId
  },
  { service: 'ec2', resourceType: 'instance', terraformType: 'aws_instance', importId: resourceId },
  { service: 'ec2', resourceType: 'vpc', terraformType: 'aws_vpc', importId: resourceId },
  { service: 'ec2', resourceType: 'subnet', terraformType: 'aws_subnet', importId: resourceId },
  {
    service: 'ec2',
    resourceType: 'internet-gateway',
    terraformType: 'aws_internet_gateway',
    importId: resourceId
  },
  {
    service: 'ec2',
    resourceType: 'natgateway',
    terraformType: 'aws_nat_gateway',
    importId: resourceId
  },
  {
    service: 'ec2',
    resourceType: 'route-table',
    terraformType: 'aws_route_table',
    importId: resourceId
  },
  {
    service: 'ec2',
    resourceType: 'network-acl',
    terraformType: 'aws_network_acl',
    importId: resourceId
  },
  { service: 'ec2', resourceType: 'volume', terraformType: 'aws_ebs_volume', importId: resourceId },
  { service: 'ec2', resourceType: 'elastic-ip', terraformType: 'aws_eip', importId: resourceId },
  {
    service: 'ec2',
    resourceType: 'network-interface',
    terraformType: 'aws_network_interface',
    importId: resourceId
  },
  {
    service: 'ec2',
    resourceType: 'launch-template',
    terraformType: 'aws_launch_template',
    importId: resourceId
  },
  {
    service: 'ec2',
    resourceType: 'vpc-endpoint',
    terraformType: 'aws_vpc_endpoint',
    importId: resourceId
  },
  { service: 'ec2', resourceType: 'image', terraformType: 'aws_ami', importId: resourceId },
  // The ARN holds the key pair's id, but import takes its name.
  {
    service: 'ec2',
    resourceType: 'key-pair',
    terraformType: 'aws_key_pair',
    importId: () => undefined
  },
  {
    service: 'ssm',
    resourceType: 'parameter',
    terraformType: 'aws_ssm_parameter',
    importId: parameterName
  },
  {
    service: 'logs',
    resourceType: 'log-group',
    terraformType: 'aws_cloudwatch_log_group',
    importId: resourceId
  },
  {
    service: 'dynamodb',
    resourceType: 'table',
    terraformType: 'aws_dynamodb_table',
    importId: resourceId
  },
  { service: 'kms', resourceType: 'key', terraformType: 'aws_kms_key', importId: resourceId },
  {
    service: 'lambda',
    resourceType: 'function',
    terraformType: 'aws_lambda_function',
    importId: resourceId
  },
  {
    service: 'iam',
    resourceType: 'role',
    terraformType: 'aws_iam_role',
    importId: lastSegment,
    display: lastSegment
  },
  {
    service: 'iam',
    resourceType: 'user',
    terraformType: 'aws_iam_user',
    importId: lastSegment,
    display: lastSegment
  },
  {
    service: 'iam',
    resourceType: 'policy',
    terraformType: 'aws_iam_policy',
    importId: wholeArn,
    display: lastSegment
  },
  {
    service: 'ecr',
    resourceType: 'repository',
    terraformType: 'aws_ecr_repository',
    importId: resourceId
  },
  {
    service: 'ecs',
    resourceType: 'cluster',
    terraformType: 'aws_ecs_cluster',
    importId: resourceId
  },
  { service: 'rds', resourceType: 'db', terraformType: 'aws_db_instance', importId: resourceId },
  {
    service: 'rds',
    resourceType: 'cluster',
    terraformType: 'aws_rds_cluster',
    importId: resourceId
  },
  {
    service: 'secretsmanager',
    resourceType: 'secret',
    terraformType: 'aws_secretsmanager_secret',
    importId: wholeArn,
    display: resourceId
  },
  {
    service: 'states',
    resourceType: 'stateMachine',
    terraformType: 'aws_sfn_state_machine',
    importId: wholeArn,
    display: resourceId
  },
  {
    service: 'cloudwatch',
    resourceType: 'alarm',
    terraformType: 'aws_cloudwatch_metric_alarm',
    importId: resourceId
  },
  {
    service: 'events',
    resourceType: 'rule',
    terraformType: 'aws_cloudwatch_event_rule',
    importId: resourceId
  },
  {
    service: 'elasticfilesystem',
    resourceType: 'file-system',
    terraformType: 'aws_efs_file_system',
    importId: resourceId
  },
  {
    service: 'kinesis',
    resourceType: 'stream',
    terraformType: 'aws_kinesis_stream',
    importId: resourceId
  },
  {
    service: 'elasticache',
    resourceType: 'cluster',
    terraformType: 'aws_elasticache_cluster',
    importId: resourceId
  },
  {
    service: 'route53',
    resourceType: 'hostedzone',
    terraformType: 'aws_route53_zone',
    importId: resourceId
  },
  {
    service: 'cloudfront',
    resourceType: 'distribution',
    terraformType: 'aws_cloudfront_distribution',
    importId: resourceId
  },
  {
    service: 'acm',
    resourceType: 'certificate',
    terraformType: 'aws_acm_certificate',
    importId: wholeArn,
    display: resourceId
  },
  {
    service: 'autoscaling',
    resourceType: 'autoScalingGroup',
    terraformType: 'aws_autoscaling_group',
    importId: arn => /autoScalingGroupName\/(.+)$/.exec(arn.resource)?.[1],
    display: arn => /autoScalingGroupName\/(.+)$/.exec(arn.resource)?.[1] ?? arn.resourceId
  }
]

const TARGET_GROUP: TypeRule = {
  service: 'elasticloadbalancing',
  resourceType: 'targetgroup',
  terraformType: 'aws_lb_target_group',
  importId: wholeArn,
  display: a => a.resourceId.split('/')[0]
}
const LOAD_BALANCER: TypeRule = {
  service: 'elasticloadbalancing',
  resourceType: 'loadbalancer',
  terraformType: 'aws_lb',
  importId: wholeArn,
  display: a => a.resourceId.split('/')[1]
}
const CLASSIC_LOAD_BALANCER: TypeRule = {
  service: 'elasticloadbalancing',
  resourceType: 'loadbalancer',
  terraformType: 'aws_elb',
  importId: resourceId
}

/** Application and network load balancers (`loadbalancer/app/...`) import by ARN; classic ones by name. */
function loadBalancerRule(arn: Arn): TypeRule | undefined {
  if (arn.service !== 'elasticloadbalancing') return undefined
  if (arn.resourceType === 'targetgroup') return TARGET_GROUP
  if (arn.resourceType !== 'loadbalancer') return undefined
  return /^(app|net|gwy)\//.test(arn.resourceId) ? LOAD_BALANCER : CLASSIC_LOAD_BALANCER
}

/** By service, then resource type: two lookups need no `service:type` string per ARN. */
const BY_SERVICE = new Map<string, Map<string, TypeRule>>()
for (const rule of RULES) {
  let types = BY_SERVICE.get(rule.service)
  if (!types) BY_SERVICE.set(rule.service, (types = new Map()))
  types.set(rule.resourceType, rule)
}

/** What a resource is and how to import it, by its ARN: `arn` is `parseArn(arnText)`. */
export function identifyParsed(arn: Arn | undefined, arnText: string): ResourceIdentity {
  if (!arn) return { type: 'unknown', id: arnText }
  const rule = BY_SERVICE.get(arn.service)?.get(arn.resourceType) ?? loadBalancerRule(arn)
  if (!rule) {
    const type = arn.resourceType ? `${arn.service}:${arn.resourceType}` : arn.service
    return { type, id: arn.resourceId }
  }
  const importId = rule.importId(arn, arnText)
  const type = rule.terraformType
  const id = (rule.display ? rule.display(arn) : importId) ?? arn.resourceId
  return importId ? { type, terraformType: type, id, importId } : { type, terraformType: type, id }
}

/** Ids that are already a valid name, which is most of them: no lowercasing or replacing. */
const PLAIN_NAME = /^[a-z](?:[a-z0-9_-]{0,58}[a-z0-9])?$/

/**
 * A resource name for `to = type.name`: Terraform names start with a letter or underscore and
 * hold letters, digits, `_` and `-`.
 */
export function resourceName(id: string): string {
  if (PLAIN_NAME.test(id)) return id
  const cleaned = id
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, 60)
  if (cleaned === '') return 'imported'
  return /^[a-z_]/.test(cleaned) ? cleaned : `r_${cleaned}`
}

/**
 * Hands out import block names unique per type, with `_2`, `_3` for repeats. A base name that
 * repeats remembers the last suffix it took: every smaller one is taken for good, so ten
 * thousand ids that clean to the same name cost ten thousand steps, not fifty million.
 */
export class ImportNames {
  private readonly byType = new Map<string, TypeNames>()

  next(terraformType: string, id: string): string {
    return this.of(terraformType).next(id)
  }

  /** The names of one type: for a caller going through the types in turn, one lookup each. */
  of(terraformType: string): TypeNames {
    let names = this.byType.get(terraformType)
    if (!names) this.byType.set(terraformType, (names = new TypeNames()))
    return names
  }
}

export class TypeNames {
  private readonly used = new Set<string>()
  private readonly lastSuffix = new Map<string, number>()

  next(id: string): string {
    const base = resourceName(id)
    // Added if new, in one lookup: nearly every name is.
    const size = this.used.size
    if (this.used.add(base).size > size) return base
    let n = (this.lastSuffix.get(base) ?? 1) + 1
    let name = `${base}_${n}`
    while (this.used.has(name)) name = `${base}_${++n}`
    this.lastSuffix.set(base, n)
    this.used.add(name)
    return name
  }
}

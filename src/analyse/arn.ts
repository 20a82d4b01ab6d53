/**
 * ARNs as the Tagging API returns them and as Terraform state holds them. The two disagree in a
 * few known ways; every comparison goes through `normaliseArn` so one form is compared with one.
 */

export interface Arn {
  partition: string
  service: string
  region: string
  account: string
  /** Everything after the account: `security-group/sg-1`, `log-group:/aws/x`, `my-bucket`. */
  resource: string
  /** `security-group`, `log-group`, `function`; for services with one kind, that kind. */
  resourceType: string
  /** The resource part after its type: `sg-1`, `/aws/x`, `my-bucket`. */
  resourceId: string
}

/** Services whose ARNs name the resource with no type prefix (`arn:aws:sqs:r:a:name`). */
const UNTYPED: Record<string, string> = { s3: 'bucket', sqs: 'queue', sns: 'topic' }

export function parseArn(text: string): Arn | undefined {
  const match = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/s.exec(text)
  if (!match) return undefined
  const [, partition, service, region, account, resource] = match
  const untyped = UNTYPED[service]
  if (untyped && !/[/:]/.test(resource)) {
    return {
      partition,
      service,
      region,
      account,
      resource,
      resourceType: untyped,
      resourceId: resource
    }
  }
  const sep = resource.search(/[/:]/)
  const resourceType = sep < 0 ? '' : resource.slice(0, sep)
  const resourceId = sep < 0 ? resource : resource.slice(sep + 1)
  return { partition, service, region, account, resource, resourceType, resourceId }
}

/**
 * One spelling per resource. The provider's log group ARN ends in `:*` (older versions) where
 * the Tagging API's does not; an SSM parameter's hierarchical name can give `parameter//a/b`.
 */
export function normaliseArn(arn: string): string {
  let out = arn.trim()
  if (/^arn:[^:]+:logs:/.test(out)) out = out.replace(/:\*$/, '')
  if (/^arn:[^:]+:ssm:/.test(out)) out = out.replace(/:parameter\/\/+/, ':parameter/')
  return out
}

/** The DNS suffix of a partition's public endpoints. */
export function dnsSuffix(partition: string): string {
  if (partition === 'aws-cn') return 'amazonaws.com.cn'
  if (partition === 'aws-iso') return 'c2s.ic.gov'
  if (partition === 'aws-iso-b') return 'sc2s.sgov.gov'
  return 'amazonaws.com'
}

/** Which partition a region is in, for building ARNs from ids. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('us-iso-')) return 'aws-iso'
  if (region.startsWith('us-isob-')) return 'aws-iso-b'
  return 'aws'
}

export interface QueueUrl {
  account: string
  name: string
  /** Absent when the URL does not say (an emulator's `http://localhost:4566/123/q`). */
  region?: string
}

/** An SQS queue URL (the queue's Terraform id and import id) taken apart. */
export function parseQueueUrl(url: string): QueueUrl | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  const path = parsed.pathname.split('/').filter(Boolean)
  if (path.length !== 2 || !/^\d{12}$/.test(path[0])) return undefined
  const host = parsed.hostname
  const region =
    /^sqs\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(host)?.[1] ??
    /^([a-z0-9-]+)\.queue\.amazonaws\.com(\.cn)?$/.exec(host)?.[1] ??
    /^sqs\.([a-z]{2}(-[a-z]+)+-\d)\./.exec(host)?.[1]
  return { account: path[0], name: path[1], ...(region ? { region } : {}) }
}

/** The ARN of a queue whose URL names its region, else undefined. */
export function queueUrlToArn(url: string): string | undefined {
  const queue = parseQueueUrl(url)
  if (!queue?.region) return undefined
  return `arn:${partitionOf(queue.region)}:sqs:${queue.region}:${queue.account}:${queue.name}`
}

/** The queue URL AWS gives a queue, which is what `terraform import` wants. */
export function queueArnToUrl(arn: Arn): string {
  return `https://sqs.${arn.region}.${dnsSuffix(arn.partition)}/${arn.account}/${arn.resourceId}`
}

/**
 * A key that identifies a resource without region and account, for state entries that hold an
 * id but no ARN. Only used where the id alone is unique enough (EC2 ids) or where a miss is the
 * worst outcome (a queue named the same in another region counts as managed).
 */
export function looseKey(service: string, resource: string): string {
  return `${service}|${resource}`
}

export function looseKeyOf(arn: Arn): string {
  return looseKey(arn.service, arn.resource)
}

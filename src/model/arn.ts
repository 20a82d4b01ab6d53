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
  // The grammar of /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/s, found with indexOf: this runs
  // for every ARN of the inventory, and a match array per ARN is garbage to collect.
  if (!text.startsWith('arn:')) return undefined
  const afterPartition = text.indexOf(':', 4)
  if (afterPartition <= 4) return undefined
  const afterService = text.indexOf(':', afterPartition + 1)
  if (afterService <= afterPartition + 1) return undefined
  const afterRegion = text.indexOf(':', afterService + 1)
  if (afterRegion < 0) return undefined
  const afterAccount = text.indexOf(':', afterRegion + 1)
  if (afterAccount < 0 || afterAccount === text.length - 1) return undefined
  const partition = text.slice(4, afterPartition)
  const service = text.slice(afterPartition + 1, afterService)
  const region = text.slice(afterService + 1, afterRegion)
  const account = text.slice(afterRegion + 1, afterAccount)
  const resource = text.slice(afterAccount + 1)
  const sep = typeSeparator(resource)
  const untyped = UNTYPED[service]
  if (untyped && sep < 0) {
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
  const resourceType = sep < 0 ? '' : resource.slice(0, sep)
  const resourceId = sep < 0 ? resource : resource.slice(sep + 1)
  return { partition, service, region, account, resource, resourceType, resourceId }
}

/** Where the first `/` or `:` is, or -1. */
function typeSeparator(resource: string): number {
  const slash = resource.indexOf('/')
  const colon = resource.indexOf(':')
  return slash < 0 ? colon : colon < 0 || slash < colon ? slash : colon
}

/** Where an ARN's service starts, found the way parseArn finds it; -1 when it has none. */
function serviceStart(arn: string): number {
  if (!arn.startsWith('arn:')) return -1
  const afterPartition = arn.indexOf(':', 4)
  return afterPartition <= 4 ? -1 : afterPartition + 1
}

/**
 * One spelling per resource. The provider's log group ARN ends in `:*` (older versions) where
 * the Tagging API's does not; an SSM parameter's hierarchical name can give `parameter//a/b`.
 */
export function normaliseArn(arn: string): string {
  const out = arn.trim()
  const service = serviceStart(out)
  if (service < 0) return out
  if (out.startsWith('logs:', service)) return out.endsWith(':*') ? out.slice(0, -2) : out
  if (out.startsWith('ssm:', service) && out.includes(':parameter//')) {
    return out.replace(/:parameter\/\/+/, ':parameter/')
  }
  return out
}

/** The DNS suffix of a partition's public endpoints. */
function dnsSuffix(partition: string): string {
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

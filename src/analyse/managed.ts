import type { Arn } from '../model/arn.js'
import { normaliseArn, parseArn, parseQueueUrl, queueUrlToArn } from '../model/arn.js'
import type { Plan, StateResource } from '../collect/terraform/plan-json.js'
import { walkModules } from '../collect/terraform/plan-json.js'

/**
 * The set of resources some Terraform state manages, taken from each plan's `prior_state`: the
 * state as refreshed, so it is what exists now (a resource deleted outside Terraform is not in
 * it). Root and child modules, every `count` and `for_each` instance.
 *
 * Matching is by ARN. Where a state entry has no `arn` attribute the ARN, or a key precise enough
 * to stand for it, follows from the id. Parts AWS creates along with a managed resource (an
 * instance's root volume, a VPC's default security group) count as managed with it: nobody
 * clicked them into existence.
 */

/** Attributes holding ids of parts created with the resource, by type: `attribute: ARN prefix`. */
const PARTS: Record<string, Record<string, string>> = {
  aws_instance: {
    'root_block_device.*.volume_id': 'volume/',
    'ebs_block_device.*.volume_id': 'volume/',
    primary_network_interface_id: 'network-interface/'
  },
  aws_spot_instance_request: { spot_instance_id: 'instance/' },
  aws_vpc: {
    default_security_group_id: 'security-group/',
    default_network_acl_id: 'network-acl/',
    default_route_table_id: 'route-table/',
    main_route_table_id: 'route-table/'
  },
  aws_eip: { id: 'elastic-ip/' },
  aws_nat_gateway: { id: 'natgateway/', network_interface_id: 'network-interface/' }
}

/** Types whose state has no usable `arn`, and the EC2-style key their id gives. */
const ID_KEYS: Record<string, string> = {
  aws_nat_gateway: 'natgateway/',
  aws_eip: 'elastic-ip/',
  aws_ec2_client_vpn_endpoint: 'client-vpn-endpoint/'
}

/** PARTS with the paths split once, not for every resource of the plan. */
const PART_PATHS = new Map(
  Object.entries(PARTS).map(([type, parts]) => [
    type,
    Object.entries(parts).map(([path, prefix]) => ({ path: path.split('.'), prefix }))
  ])
)

const ID_KEY = new Map(Object.entries(ID_KEYS))

export class ManagedSet {
  private readonly arns = new Set<string>()
  /**
   * Resources known by service and resource part alone, without region and account, for state
   * entries that hold an id but no ARN. Only used where the id alone is unique enough (EC2 ids)
   * or where a miss is the worst outcome (a queue named the same in another region counts as
   * managed). By service, so a lookup builds no key string.
   */
  private readonly loose = new Map<string, Set<string>>()

  addArn(arn: string): void {
    this.arns.add(normaliseArn(arn))
  }

  addLoose(service: string, resource: string): void {
    const resources = this.loose.get(service)
    if (resources) resources.add(resource)
    else this.loose.set(service, new Set([resource]))
  }

  has(arn: string): boolean {
    const normalised = normaliseArn(arn)
    return (
      this.hasNormalised(normalised) || (this.loose.size > 0 && this.hasLoose(parseArn(normalised)))
    )
  }

  /**
   * The first half of `has`, for a caller that normalised the ARN itself (`normaliseArn(arn)`):
   * the classifier only parses ARNs this does not find, and parses each once.
   */
  hasNormalised(normalised: string): boolean {
    return this.arns.has(normalised)
  }

  /** The second half of `has`: `parsed` is `parseArn` of the normalised ARN. */
  hasLoose(parsed: Arn | undefined): boolean {
    return parsed !== undefined && this.loose.get(parsed.service)?.has(parsed.resource) === true
  }
}

/** Values at a dotted path where `*` walks every element of a list. */
function valuesAt(value: unknown, path: string[], from = 0): unknown[] {
  if (from === path.length) return [value]
  if (value === null || typeof value !== 'object') return []
  const head = path[from]
  if (head === '*') {
    return Array.isArray(value) ? value.flatMap(item => valuesAt(item, path, from + 1)) : []
  }
  return valuesAt((value as Record<string, unknown>)[head], path, from + 1)
}

function addResource(set: ManagedSet, resource: StateResource): void {
  const values = resource.values ?? {}
  const arn = typeof values.arn === 'string' ? values.arn : undefined
  const id = typeof values.id === 'string' ? values.id : undefined
  if (arn?.startsWith('arn:')) set.addArn(arn)
  // Many resources use their ARN as id (SNS topics, ECS services, load balancers).
  if (id?.startsWith('arn:') && id !== arn) set.addArn(id)

  if (resource.type === 'aws_sqs_queue' && id) {
    const exact = queueUrlToArn(id)
    if (exact) set.addArn(exact)
    const queue = parseQueueUrl(id)
    if (queue && !exact) set.addLoose('sqs', queue.name)
  }
  if (resource.type === 'aws_s3_bucket' && id) set.addLoose('s3', id)
  const idKey = ID_KEY.get(resource.type)
  if (idKey && id) set.addLoose('ec2', `${idKey}${id}`)

  const parts = PART_PATHS.get(resource.type)
  if (!parts) return
  for (const { path, prefix } of parts) {
    for (const part of valuesAt(values, path)) {
      if (typeof part === 'string' && part !== '') set.addLoose('ec2', `${prefix}${part}`)
    }
  }
}

/** Adds every managed resource of one plan's prior state. */
export function addPlan(set: ManagedSet, plan: Plan): void {
  for (const mod of walkModules(plan.prior_state?.values?.root_module)) {
    for (const resource of mod.resources ?? []) {
      if (resource.mode === 'managed') addResource(set, resource)
    }
  }
}

/** The union over all working directories: managed by any of them is managed for all. */
export function managedSet(plans: Plan[]): ManagedSet {
  const set = new ManagedSet()
  for (const plan of plans) addPlan(set, plan)
  return set
}

import {
  looseKey,
  looseKeyOf,
  normaliseArn,
  parseArn,
  parseQueueUrl,
  queueUrlToArn
} from './arn.js'
import type { Plan, StateResource } from './plan-json.js'
import { walkModules } from './plan-json.js'

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

export class ManagedSet {
  private readonly arns = new Set<string>()
  private readonly loose = new Set<string>()

  addArn(arn: string): void {
    this.arns.add(normaliseArn(arn))
  }

  addLoose(key: string): void {
    this.loose.add(key)
  }

  has(arn: string): boolean {
    const normalised = normaliseArn(arn)
    if (this.arns.has(normalised)) return true
    const parsed = parseArn(normalised)
    return parsed !== undefined && this.loose.has(looseKeyOf(parsed))
  }

  get size(): number {
    return this.arns.size
  }
}

/** Values at a dotted path where `*` walks every element of a list. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [value]
  if (value === null || typeof value !== 'object') return []
  const [head, ...rest] = path
  if (head === '*') return Array.isArray(value) ? value.flatMap(item => valuesAt(item, rest)) : []
  return valuesAt((value as Record<string, unknown>)[head], rest)
}

function addResource(set: ManagedSet, resource: StateResource): void {
  const values = resource.values ?? {}
  const arn = typeof values.arn === 'string' ? values.arn : undefined
  const id = typeof values.id === 'string' ? values.id : undefined
  if (arn?.startsWith('arn:')) set.addArn(arn)
  // Many resources use their ARN as id (SNS topics, ECS services, load balancers).
  if (id?.startsWith('arn:')) set.addArn(id)

  if (resource.type === 'aws_sqs_queue' && id) {
    const exact = queueUrlToArn(id)
    if (exact) set.addArn(exact)
    const queue = parseQueueUrl(id)
    if (queue && !exact) set.addLoose(looseKey('sqs', queue.name))
  }
  if (resource.type === 'aws_s3_bucket' && id) set.addLoose(looseKey('s3', id))
  const idKey = ID_KEYS[resource.type]
  if (idKey && id) set.addLoose(looseKey('ec2', `${idKey}${id}`))

  for (const [path, prefix] of Object.entries(PARTS[resource.type] ?? {})) {
    for (const part of valuesAt(values, path.split('.'))) {
      if (typeof part === 'string' && part !== '') set.addLoose(looseKey('ec2', `${prefix}${part}`))
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

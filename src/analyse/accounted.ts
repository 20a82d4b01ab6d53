import type { ListedResource, RuleFacts } from '../collect/aws/listing/model.js'
import { diffAttributes, topAttribute } from './diff.js'
import type { ConfigModule, Plan, StateResource } from '../collect/terraform/plan-json.js'
import { walkModules } from '../collect/terraform/plan-json.js'
import { configAddress } from '../collect/terraform/source-locations.js'

/**
 * The parts of managed resources that AWS lists on their own: security group rules, IAM inline
 * policies and policy attachments, access keys. Terraform writes them two ways. As separate
 * resources (`aws_vpc_security_group_ingress_rule`, `aws_iam_role_policy`), each in the state under
 * the id AWS lists it by, or, for the older `aws_security_group_rule`, by its content. Or inline in
 * the parent (`ingress {}`, `inline_policy {}`): then the parent owns every part of that kind, and
 * one added in the console is drift of the parent, which the plan shows; it is not listed again.
 */

/** How a managed parent owns one kind of part: inline, or through separate resources. */
interface ParentStyle {
  inline: Set<string>
}

/** Attributes that make a parent own a kind of part inline, by parent type. */
const INLINE_ATTRIBUTES: Record<string, string[]> = {
  aws_security_group: ['ingress', 'egress'],
  aws_iam_role: ['inline_policy', 'managed_policy_arns']
}

/** `aws_default_security_group` always owns every rule of the default group, written or not. */
const ALWAYS_INLINE: Record<string, string[]> = {
  aws_default_security_group: ['ingress', 'egress']
}

/** The inline attribute that owns each kind of part, by the part's type. */
const OWNING_ATTRIBUTE: Record<string, string> = {
  aws_vpc_security_group_ingress_rule: 'ingress',
  aws_vpc_security_group_egress_rule: 'egress',
  aws_iam_role_policy: 'inline_policy',
  aws_iam_role_policy_attachment: 'managed_policy_arns'
}

/** Blocks written with `dynamic "ingress"`, which the plan's configuration does not show. */
export type DynamicBlocks = ReadonlyMap<string, ReadonlySet<string>>

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Protocols as AWS lists them: the provider writes `6`, `tcp` and `all` for the same things. */
const PROTOCOLS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', all: '-1' }

function protocolKey(protocol: string): string {
  const p = protocol.toLowerCase()
  return PROTOCOLS[p] ?? p
}

/** What identifies a rule's content: the same key from AWS's listing and from the state. */
function ruleKey(rule: RuleFacts): string {
  const protocol = protocolKey(rule.protocol)
  // All-traffic rules carry no ports (AWS lists -1, the provider writes 0).
  const ports = protocol === '-1' ? '' : `${rule.fromPort}:${rule.toPort}`
  const target = rule.cidrIpv4 ?? rule.cidrIpv6 ?? rule.prefixListId ?? rule.referencedGroupId ?? ''
  return [rule.groupId, rule.egress ? 'egress' : 'ingress', protocol, ports, target].join('|')
}

/** The rules an `aws_security_group_rule` stands for: one per CIDR, prefix list or group. */
function legacyRuleKeys(values: Record<string, unknown>): string[] {
  const groupId = str(values.security_group_id)
  const base = {
    groupId,
    egress: values.type === 'egress',
    protocol: str(values.protocol) || String(values.protocol ?? ''),
    fromPort: Number(values.from_port),
    toPort: Number(values.to_port)
  }
  const targets: Partial<RuleFacts>[] = [
    ...strings(values.cidr_blocks).map(cidrIpv4 => ({ cidrIpv4 })),
    ...strings(values.ipv6_cidr_blocks).map(cidrIpv6 => ({ cidrIpv6 })),
    ...strings(values.prefix_list_ids).map(prefixListId => ({ prefixListId }))
  ]
  const source = str(values.source_security_group_id)
  if (source) targets.push({ referencedGroupId: source.split('/').pop() })
  if (values.self === true) targets.push({ referencedGroupId: groupId })
  return targets.map(target => ruleKey({ ...base, ...target }))
}

export class Accounted {
  /** `type\0importId` of parts managed as separate resources. */
  private readonly ids = new Set<string>()
  private readonly rules = new Set<string>()
  /** Managed parents by their id (a group's `sg-…`, a role's name), with how they own parts. */
  private readonly parents = new Map<string, ParentStyle>()

  addId(terraformType: string, id: string): void {
    if (id) this.ids.add(`${terraformType}\0${id}`)
  }

  addRule(key: string): void {
    this.rules.add(key)
  }

  addParent(id: string, inline: Iterable<string>): void {
    const style = this.parents.get(id)
    if (style) for (const attribute of inline) style.inline.add(attribute)
    else this.parents.set(id, { inline: new Set(inline) })
  }

  /** Whether a parent with this id (group id, role or user name) is in some state. */
  hasParent(id: string): boolean {
    return this.parents.has(id)
  }

  /**
   * Whether a listed part is managed: as a separate resource, by content, or because its managed
   * parent owns that kind of part inline.
   */
  has(resource: ListedResource): boolean {
    const { terraformType, importId, facts } = resource
    if (importId && this.ids.has(`${terraformType}\0${importId}`)) return true
    if (facts?.rule && this.rules.has(ruleKey(facts.rule))) return true
    const parent = facts?.rule?.groupId ?? facts?.parent
    const attribute = OWNING_ATTRIBUTE[terraformType]
    return parent !== undefined && attribute !== undefined && this.ownsInline(parent, attribute)
  }

  private ownsInline(parent: string, attribute: string): boolean {
    return this.parents.get(parent)?.inline.has(attribute) === true
  }
}

/** The documented id each separate part resource is imported and listed by. */
const PART_IDS: Record<string, (values: Record<string, unknown>) => string[]> = {
  aws_vpc_security_group_ingress_rule: v => [str(v.security_group_rule_id) || str(v.id)],
  aws_vpc_security_group_egress_rule: v => [str(v.security_group_rule_id) || str(v.id)],
  aws_iam_access_key: v => [str(v.id)],
  aws_iam_role_policy: v => [`${str(v.role)}:${str(v.name)}`],
  aws_iam_user_policy: v => [`${str(v.user)}:${str(v.name)}`],
  aws_iam_role_policy_attachment: v => [`${str(v.role)}/${str(v.policy_arn)}`],
  aws_iam_user_policy_attachment: v => [`${str(v.user)}/${str(v.policy_arn)}`],
  aws_key_pair: v => [str(v.key_name)]
}

/** `aws_iam_policy_attachment` attaches one policy to lists of roles and users. */
function policyAttachmentIds(values: Record<string, unknown>): [string, string][] {
  const arn = str(values.policy_arn)
  return [
    ...strings(values.roles).map(role => ['aws_iam_role_policy_attachment', `${role}/${arn}`]),
    ...strings(values.users).map(user => ['aws_iam_user_policy_attachment', `${user}/${arn}`])
  ] as [string, string][]
}

/** Config resources by address without instance keys: `module.a.aws_x.y` → its expressions. */
function configExpressions(root: ConfigModule | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  const visit = (mod: ConfigModule | undefined, prefix: string): void => {
    for (const resource of mod?.resources ?? []) {
      out.set(prefix + resource.address, new Set(Object.keys(resource.expressions ?? {})))
    }
    for (const [name, call] of Object.entries(mod?.module_calls ?? {})) {
      visit(call.module, `${prefix}module.${name}.`)
    }
  }
  visit(root, '')
  return out
}

/** Top-level attributes each planned update touches, by resource address. */
function touchedByPlan(plan: Plan): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const change of plan.resource_changes ?? []) {
    if (change.mode !== 'managed' || !change.change.actions.includes('update')) continue
    const { before, after } = change.change
    out.set(change.address, new Set(diffAttributes(before, after).map(c => topAttribute(c.path))))
  }
  return out
}

/** The inline attributes a managed parent owns: written, dynamic, or being put back by the plan. */
function inlineAttributes(
  resource: StateResource,
  written: Set<string> | undefined,
  dynamic: ReadonlySet<string> | undefined,
  touched: Set<string> | undefined
): string[] {
  const always = ALWAYS_INLINE[resource.type]
  if (always) return always
  return (INLINE_ATTRIBUTES[resource.type] ?? []).filter(
    attribute =>
      written?.has(attribute) === true ||
      dynamic?.has(attribute) === true ||
      touched?.has(attribute) === true
  )
}

const PARENT_TYPES = new Set(['aws_security_group', 'aws_default_security_group', 'aws_iam_role'])

function parentId(resource: StateResource): string {
  const values = resource.values ?? {}
  return resource.type === 'aws_iam_role' ? str(values.name) : str(values.id)
}

/** Adds one plan's managed parts and parents. */
function addPlan(accounted: Accounted, plan: Plan, dynamic: DynamicBlocks): void {
  const written = configExpressions(plan.configuration?.root_module)
  const touched = touchedByPlan(plan)
  for (const mod of walkModules(plan.prior_state?.values?.root_module)) {
    for (const resource of mod.resources ?? []) {
      if (resource.mode !== 'managed') continue
      const values = resource.values ?? {}
      for (const id of PART_IDS[resource.type]?.(values) ?? []) accounted.addId(resource.type, id)
      if (resource.type === 'aws_iam_policy_attachment') {
        for (const [type, id] of policyAttachmentIds(values)) accounted.addId(type, id)
      }
      if (resource.type === 'aws_security_group_rule') {
        for (const key of legacyRuleKeys(values)) accounted.addRule(key)
      }
      if (resource.type === 'aws_iam_user') accounted.addParent(str(values.name), [])
      if (!PARENT_TYPES.has(resource.type)) continue
      const address = configAddress(resource.address)
      accounted.addParent(
        parentId(resource),
        inlineAttributes(
          resource,
          written.get(address),
          dynamic.get(address),
          touched.get(resource.address)
        )
      )
    }
  }
}

/** Every plan's parts, with `dynamic` blocks found in each root's source, by config address. */
export function accountedParts(plans: Plan[], dynamic: DynamicBlocks[] = []): Accounted {
  const accounted = new Accounted()
  plans.forEach((plan, i) => addPlan(accounted, plan, dynamic[i] ?? new Map()))
  return accounted
}

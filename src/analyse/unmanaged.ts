import type { Inventory } from '../collect/aws/tagging.js'
import type {
  Listing,
  ListedResource,
  ListingFault,
  RuleFacts
} from '../collect/aws/listing/model.js'
import type {
  NotListed,
  OwnedResource,
  SeenBy,
  UnmanagedReport,
  UnmanagedResource
} from './findings.js'
import type { Accounted, DynamicBlocks } from './accounted.js'
import { accountedParts } from './accounted.js'
import { normaliseArn, parseArn } from '../collect/aws/arn.js'
import { madeByAws } from './aws-made.js'
import type { IgnoreFile, IgnoreSubject } from './ignore.js'
import { ignoresAnything, isIgnored } from './ignore.js'
import type { ResourceIdentity, TypeNames } from './import-blocks.js'
import { identifyParsed, ImportNames } from './import-blocks.js'
import type { ManagedSet } from './managed.js'
import { managedSet } from './managed.js'
import { ownerOf } from './ownership.js'
import type { Plan } from '../collect/terraform/plan-json.js'
import type { UnmanagedRisk } from './severity.js'
import { assessUnmanaged } from './severity.js'

/**
 * Sorting what the inventory found: managed (in some state, or a part a managed resource owns),
 * made by AWS, ignored (the ignore file says so), owned by another tool (its tags say so), and
 * what is left, unmanaged. The order matters: the user's own ignore file wins over the built-in
 * ownership rules. The Tagging API's resources and the direct listing's are one list, merged by
 * ARN: a resource both saw is one row, with the listing's facts and the Tagging API's tags.
 */

export const BLIND_SPOTS =
  'The Tagging API lists only resources that carry tags (or once did): resources that were never tagged, ' +
  'IAM users, roles and policies, resource types the API does not support, and regions not scanned are not seen. ' +
  'Set inventory to deep to list the common types directly.'

export interface ClassifyInput {
  inventory: Inventory
  /** The direct listing (`inventory: deep`); absent for the Tagging API alone. */
  listing?: Listing
  managed: ManagedSet
  /** Parts of managed resources (rules, inline policies, keys); needed with a listing. */
  accounted?: Accounted
  ignoreFiles: IgnoreFile[]
  /** Ownership and made-by-AWS rule ids switched off. */
  disabledOwnershipRules?: ReadonlySet<string>
}

/** Code-unit order: the same on every machine, and far cheaper than localeCompare on 50,000 items. */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

type Listed = { type: string; region: string; id: string }

/**
 * Entries listed by type, then region, then id, in code-unit order; entries that tie stay in the
 * order they came. Types and regions are few, so grouping by them first leaves the sort only ids
 * to compare, within a group.
 */
class TypeRegionIdOrder<T extends Listed> {
  private readonly groups = new Map<string, Map<string, T[]>>()

  add(item: T): void {
    let regions = this.groups.get(item.type)
    if (!regions) this.groups.set(item.type, (regions = new Map()))
    const group = regions.get(item.region)
    if (group) group.push(item)
    else regions.set(item.region, [item])
  }

  sorted(): T[] {
    const out: T[] = []
    for (const type of [...this.groups.keys()].sort(ordinal)) {
      const regions = this.groups.get(type) as Map<string, T[]>
      for (const region of [...regions.keys()].sort(ordinal)) {
        // Array.prototype.sort is stable: ties keep the order they came in.
        const group = (regions.get(region) as T[]).sort(byId)
        for (let i = 0; i < group.length; i++) out.push(group[i])
      }
    }
    return out
  }
}

function byId(a: Listed, b: Listed): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function coverage(managed: number, unmanaged: number): number {
  if (managed + unmanaged === 0) return 100
  return Math.round((managed / (managed + unmanaged)) * 1000) / 10
}

/** One resource as the classifier sees it, from the Tagging API, the listing or both. */
interface Seen {
  arn?: string
  region: string
  tags: Record<string, string>
  seenBy: SeenBy
  listed?: ListedResource
}

/** What the listing knows beyond each resource: groups' rules, roles' paths, root volumes. */
class ListingIndex {
  readonly rulesByGroup = new Map<string, RuleFacts[]>()
  readonly groupNames = new Map<string, string>()
  readonly iamPaths = new Map<string, string>()
  readonly rootVolumes = new Set<string>()

  constructor(listing: Listing | undefined) {
    for (const resource of listing?.resources ?? []) this.add(resource)
  }

  private add({ terraformType, id, facts }: ListedResource): void {
    if (facts?.rule) {
      const rules = this.rulesByGroup.get(facts.rule.groupId)
      if (rules) rules.push(facts.rule)
      else this.rulesByGroup.set(facts.rule.groupId, [facts.rule])
    }
    if (terraformType === 'aws_security_group' && facts?.groupName !== undefined) {
      this.groupNames.set(id, facts.groupName)
    }
    if (terraformType === 'aws_iam_role' && facts?.iamPath) this.iamPaths.set(id, facts.iamPath)
    for (const volume of facts?.rootVolumeIds ?? []) this.rootVolumes.add(volume)
  }
}

/**
 * The listing's resources merged into the Tagging API's by normalised ARN. The Tagging API's tags
 * win (they are the ones ownership and `tag:` rules were written against); where it had none, the
 * listing's.
 */
function mergeSeen(inventory: Inventory, listing: Listing | undefined): Seen[] {
  const seen: Seen[] = inventory.resources.map(({ arn, region, tags }) => ({
    arn,
    region,
    tags,
    seenBy: 'tagged' as const
  }))
  if (!listing) return seen
  const byArn = new Map<string, Seen>()
  for (const one of seen) byArn.set(normaliseArn(one.arn as string), one)
  for (const listed of listing.resources) {
    const tagged = listed.arn ? byArn.get(normaliseArn(listed.arn)) : undefined
    if (!tagged) {
      seen.push({
        arn: listed.arn,
        region: listed.region,
        tags: listed.tags ?? {},
        seenBy: 'listed',
        listed
      })
      continue
    }
    tagged.listed = listed
    tagged.region = listed.region
    if (Object.keys(tagged.tags).length === 0 && listed.tags) tagged.tags = listed.tags
  }
  return seen
}

function listedIdentity(listed: ListedResource): ResourceIdentity {
  const { terraformType, id, importId } = listed
  return importId
    ? { type: terraformType, terraformType, id, importId }
    : { type: terraformType, terraformType, id }
}

/** AWS's own rules in a default group: all traffic from the group itself, all traffic out. */
function isAwsDefaultRule(rule: RuleFacts): boolean {
  if (rule.protocol !== '-1') return false
  if (!rule.egress) return rule.referencedGroupId === rule.groupId
  return rule.cidrIpv4 === '0.0.0.0/0' || rule.cidrIpv6 === '::/0'
}

type RuleVerdict = 'own row' | 'part of its group' | 'made by AWS'

export function classifyInventory(input: ClassifyInput): UnmanagedReport {
  const { inventory, listing, accounted } = input
  const disabled = input.disabledOwnershipRules ?? new Set<string>()
  const ignoring = ignoresAnything(input.ignoreFiles)
  const index = new ListingIndex(listing)
  const unmanaged = new TypeRegionIdOrder<UnmanagedResource>()
  const owned = new TypeRegionIdOrder<OwnedResource>()
  const madeByAwsCounts: Record<string, number> = {}
  let managed = 0
  let ignored = 0

  const isManaged = (one: Seen): boolean => {
    if (one.listed && accounted?.has(one.listed)) return true
    if (!one.arn) return false
    const normalised = normaliseArn(one.arn)
    if (input.managed.hasNormalised(normalised)) return true
    return input.managed.hasLoose(parseArn(normalised))
  }

  /**
   * A rule of a managed group is its own row; a rule of an unmanaged group goes with the group
   * (importing the group brings it); in a default group, AWS's own rules are AWS's.
   */
  const ruleVerdict = (rule: RuleFacts): RuleVerdict => {
    if (accounted?.hasParent(rule.groupId)) return 'own row'
    const isDefault =
      index.groupNames.get(rule.groupId) === 'default' && !disabled.has('default-security-group')
    if (!isDefault) return 'part of its group'
    return isAwsDefaultRule(rule) ? 'made by AWS' : 'own row'
  }

  const countMadeByAws = (rule: string): void => {
    madeByAwsCounts[rule] = (madeByAwsCounts[rule] ?? 0) + 1
  }

  const awsMadeRule = (listed: ListedResource): string | undefined => {
    const parentPath = listed.facts?.parent ? index.iamPaths.get(listed.facts.parent) : undefined
    const facts = parentPath ? { ...listed.facts, iamPath: parentPath } : listed.facts
    const subject = {
      terraformType: listed.terraformType,
      id: listed.id,
      facts,
      rootVolumes: index.rootVolumes
    }
    return madeByAws(subject, disabled)
  }

  const riskOf = (listed: ListedResource): UnmanagedRisk => {
    const { facts, terraformType, id } = listed
    const rules = facts?.rule
      ? [facts.rule]
      : terraformType === 'aws_security_group'
        ? index.rulesByGroup.get(id)
        : undefined
    return {
      ...(rules ? { rules } : {}),
      ...(facts?.admin ? { admin: true } : {}),
      ...(facts?.public ? { public: true } : {})
    }
  }

  const classify = (one: Seen): void => {
    if (isManaged(one)) {
      managed++
      return
    }
    const { listed } = one
    const rule = listed?.facts?.rule ? ruleVerdict(listed.facts.rule) : 'own row'
    if (rule === 'part of its group') return
    const awsRule =
      rule === 'made by AWS' ? 'default-security-group' : listed && awsMadeRule(listed)
    if (awsRule) {
      countMadeByAws(awsRule)
      return
    }
    const identity = listed
      ? listedIdentity(listed)
      : identifyParsed(parseArn(one.arn as string), one.arn as string)
    if (ignoring && isIgnored(input.ignoreFiles, ignoreSubject(one, identity))) {
      ignored++
      return
    }
    const { type, id, importId } = identity
    const { region, tags, arn, seenBy } = one
    const owner = ownerOf(tags, disabled)
    if (owner) {
      owned.add({ ...(arn ? { arn } : {}), type, region, id, owner: owner.owner, rule: owner.rule })
      return
    }
    const risk = listed ? riskOf(listed) : undefined
    const { severity, rule: severityRule, concerns } = assessUnmanaged({ arn, type, risk })
    unmanaged.add({
      ...(arn ? { arn } : {}),
      type,
      region,
      id,
      tags,
      seenBy,
      severity,
      severityRule,
      ...(concerns.length > 0 ? { concerns } : {}),
      // `to` is named once the order is known: names go in order, `_2` to the second.
      ...(importId && identity.terraformType ? { importBlock: { to: '', id: importId } } : {})
    })
  }

  const seen = mergeSeen(inventory, listing)
  // Indexed loops: a for-of allocates an iterator result per step until the loop is optimised.
  for (let i = 0; i < seen.length; i++) classify(seen[i])

  const resources = unmanaged.sorted()
  nameImportBlocks(resources)
  const notListed = (listing?.faults ?? []).map(notListedEntry)
  const failed = new Set(inventory.errors.map(e => e.region))
  const nothingScanned =
    inventory.errors.some(e => e.scope === 'inventory') ||
    inventory.regions.every(region => failed.has(region))
  return {
    inventory: listing ? 'deep' : 'tagging',
    regions: inventory.regions,
    listedTypes: listing?.types ?? [],
    notListed,
    regionErrors: [
      ...inventory.errors.map(({ scope, message }) => ({ scope, message })),
      ...notListed.map(({ types, region, message }) => ({
        scope: scopeOf(types.join(', '), region),
        message
      }))
    ],
    resources,
    ownedByOthers: owned.sorted(),
    managed,
    ignored,
    madeByAws: madeByAwsCounts,
    coverage: nothingScanned ? null : coverage(managed, resources.length),
    blindSpots: blindSpots(listing, notListed),
    durationMs: Math.max(inventory.finishedAt, listing?.finishedAt ?? 0) - inventory.startedAt
  }
}

function scopeOf(type: string, region?: string): string {
  return region ? `${type} in ${region}` : type
}

function notListedEntry(fault: ListingFault): NotListed {
  const { types, region, action, message } = fault
  return { types, ...(region ? { region } : {}), action, message }
}

/** Names every import block's `to` in list order: names go in order, `_2` to the second. */
function nameImportBlocks(resources: UnmanagedResource[]): void {
  const names = new ImportNames()
  // `type.` once per type (the list is in type order), not once per resource: every `to` lives
  // as long as the report, and one string fewer each is less for the garbage collector to copy.
  let type: string | undefined
  let prefix = ''
  let namesOfType: TypeNames | undefined
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i]
    if (!resource.importBlock) continue
    if (resource.type !== type || !namesOfType) {
      type = resource.type
      prefix = `${type}.`
      namesOfType = names.of(type)
    }
    resource.importBlock.to = prefix + namesOfType.next(resource.id)
  }
}

/** What this inventory could not see, exactly: the types not listed and why, the rest by tag. */
export function blindSpots(listing: Listing | undefined, notListed: NotListed[] = []): string {
  if (!listing) return BLIND_SPOTS
  const failed =
    notListed.length > 0
      ? ` Not listed this time, so seen only if tagged: ${notListed.map(f => `${scopeOf(f.types.join(', '), f.region)} (${f.action})`).join('; ')}.`
      : ''
  return (
    `Listed directly: ${listing.types.length} types (see the README). Other types are seen only when they carry tags, ` +
    `and regions not scanned are not seen.${failed}`
  )
}

/** What the ignore rules match: the import id (driftctl's id) and the short name, once each. */
function ignoreSubject(resource: Seen, identity: ResourceIdentity): IgnoreSubject {
  const { importId, id } = identity
  const ids = importId ? (id && id !== importId ? [importId, id] : [importId]) : id ? [id] : []
  return { arn: resource.arn ?? '', type: identity.type, ids, tags: resource.tags }
}

/** The section when the resources could not be sorted, with the reason. */
export function skippedInventory(
  regions: string[],
  reason: string,
  regionErrors: { scope: string; message: string }[] = [],
  durationMs = 0,
  listing?: Listing
): UnmanagedReport {
  const notListed = (listing?.faults ?? []).map(notListedEntry)
  return {
    inventory: listing ? 'deep' : 'tagging',
    regions,
    skipped: reason,
    listedTypes: listing?.types ?? [],
    notListed,
    regionErrors,
    resources: [],
    ownedByOthers: [],
    managed: 0,
    ignored: 0,
    madeByAws: {},
    coverage: null,
    blindSpots: blindSpots(listing, notListed),
    durationMs
  }
}

export interface UnmanagedInput {
  regions: string[]
  /** Undefined when no region was known, so nothing was scanned. */
  inventory?: Inventory
  /** The direct listing, with `inventory: deep`. */
  listing?: Listing
  /** One per working directory; undefined for a directory that could not be planned. */
  plans: (Plan | undefined)[]
  /** `dynamic` blocks of each working directory's source, which the plan does not show. */
  dynamicBlocks?: DynamicBlocks[]
  labels: string[]
  ignoreFiles: IgnoreFile[]
  disabledOwnershipRules: string[]
}

export const NO_REGION =
  'no AWS region to scan for unmanaged resources: set the aws-regions input or AWS_REGION (or set scan-unmanaged to false)'

/**
 * The unmanaged section, or why there is none. When a working directory could not be planned,
 * its resources are unknown and would all look unmanaged: nothing is classified then, since a
 * false "unmanaged" costs more trust than a missing one.
 */
export function unmanagedReport(input: UnmanagedInput): UnmanagedReport {
  const { inventory, listing } = input
  if (!inventory || input.regions.length === 0) {
    return skippedInventory([], NO_REGION, [{ scope: 'inventory', message: NO_REGION }])
  }
  const errors = inventory.errors.map(({ scope, message }) => ({ scope, message }))
  const durationMs = inventory.finishedAt - inventory.startedAt
  const failed = input.labels.filter((_, i) => !input.plans[i])
  if (failed.length > 0) {
    return skippedInventory(
      input.regions,
      `not classified because ${failed.map(label => `'${label}'`).join(', ')} could not be planned: what ${failed.length === 1 ? 'it manages' : 'they manage'} would wrongly show as unmanaged`,
      errors,
      durationMs,
      listing
    )
  }
  const plans = input.plans as Plan[]
  return classifyInventory({
    inventory,
    ...(listing ? { listing, accounted: accountedParts(plans, input.dynamicBlocks) } : {}),
    managed: managedSet(plans),
    ignoreFiles: input.ignoreFiles,
    disabledOwnershipRules: new Set(input.disabledOwnershipRules)
  })
}

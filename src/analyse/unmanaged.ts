import type { TaggingScan } from '../collect/aws/tagging.js'
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
} from '../model/findings.js'
import type { Accounted, DynamicBlocks } from './accounted.js'
import { accountedParts } from './accounted.js'
import { normaliseArn, parseArn } from '../model/arn.js'
import { madeByAws } from './aws-made.js'
import type { IgnoreFile, IgnoreSubject } from './ignore.js'
import { ignoresAnything, isIgnored } from './ignore.js'
import type { ResourceIdentity, TypeNames } from './import-blocks.js'
import { identifyParsed, ImportNames } from './import-blocks.js'
import type { ManagedSet } from './managed.js'
import { managedSet } from './managed.js'
import type { Ownership } from './ownership.js'
import { ownerOf } from './ownership.js'
import type { Plan } from '../collect/terraform/plan-json.js'
import type { UnmanagedRisk } from './severity.js'
import { assessUnmanaged } from './severity.js'

/**
 * Sorting what the account scans found: managed (in some state, or a part a managed resource owns),
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
  tagging: TaggingScan
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
function mergeSeen(tagging: TaggingScan, listing: Listing | undefined): Seen[] {
  const seen: Seen[] = tagging.resources.map(({ arn, region, tags }) => ({
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

export function classifyScans(input: ClassifyInput): UnmanagedReport {
  const sorter = new Classifier(input)
  const seen = mergeSeen(input.tagging, input.listing)
  // Indexed loops: a for-of allocates an iterator result per step until the loop is optimised.
  for (let i = 0; i < seen.length; i++) sorter.classify(seen[i])
  const resources = sorter.unmanaged.sorted()
  nameImportBlocks(resources)
  return classifiedReport(input, sorter, resources)
}

/** One account's sorting: the rows kept for the report, and the counts of the rest. */
class Classifier {
  readonly unmanaged = new TypeRegionIdOrder<UnmanagedResource>()
  readonly owned = new TypeRegionIdOrder<OwnedResource>()
  readonly madeByAwsCounts: Record<string, number> = {}
  managed = 0
  ignored = 0
  private readonly input: ClassifyInput
  private readonly disabled: ReadonlySet<string>
  /** Whether any ignore file ignores anything: if none does, no resource's subject is built. */
  private readonly ignoring: boolean
  private readonly index: ListingIndex

  constructor(input: ClassifyInput) {
    this.input = input
    this.disabled = input.disabledOwnershipRules ?? new Set<string>()
    this.ignoring = ignoresAnything(input.ignoreFiles)
    this.index = new ListingIndex(input.listing)
  }

  /** Puts one resource where it belongs: the first step that takes it wins. */
  classify(one: Seen): void {
    if (this.isManaged(one)) {
      this.managed++
      return
    }
    const { listed } = one
    const verdict = listed?.facts?.rule ? this.ruleVerdict(listed.facts.rule) : 'own row'
    if (verdict === 'part of its group') return
    const awsRule = this.awsMadeRule(listed, verdict)
    if (awsRule) {
      this.madeByAwsCounts[awsRule] = (this.madeByAwsCounts[awsRule] ?? 0) + 1
      return
    }
    const identity = identityOf(one)
    if (this.isIgnored(one, identity)) {
      this.ignored++
      return
    }
    // After the ignore files: the user's own rules win over the built-in ownership rules.
    const owner = ownerOf(one.tags, this.disabled)
    if (owner) this.addOwned(one, identity, owner)
    else this.addUnmanaged(one, identity)
  }

  private isManaged(one: Seen): boolean {
    if (one.listed && this.input.accounted?.has(one.listed)) return true
    if (!one.arn) return false
    const normalised = normaliseArn(one.arn)
    if (this.input.managed.hasNormalised(normalised)) return true
    return this.input.managed.hasLoose(parseArn(normalised))
  }

  /**
   * A rule of a managed group is its own row; a rule of an unmanaged group goes with the group
   * (importing the group brings it); in a default group, AWS's own rules are AWS's.
   */
  private ruleVerdict(rule: RuleFacts): RuleVerdict {
    if (this.input.accounted?.hasParent(rule.groupId)) return 'own row'
    const isDefault =
      this.index.groupNames.get(rule.groupId) === 'default' &&
      !this.disabled.has('default-security-group')
    if (!isDefault) return 'part of its group'
    return isAwsDefaultRule(rule) ? 'made by AWS' : 'own row'
  }

  /** The made-by-AWS rule that matches, if any; only the listing has the facts the rules read. */
  private awsMadeRule(
    listed: ListedResource | undefined,
    verdict: RuleVerdict
  ): string | undefined {
    if (verdict === 'made by AWS') return 'default-security-group'
    if (!listed) return undefined
    // A role's inline policy or attachment is AWS's when the role is: it takes the role's path.
    const parentPath = listed.facts?.parent
      ? this.index.iamPaths.get(listed.facts.parent)
      : undefined
    const facts = parentPath ? { ...listed.facts, iamPath: parentPath } : listed.facts
    const subject = {
      terraformType: listed.terraformType,
      id: listed.id,
      facts,
      rootVolumes: this.index.rootVolumes
    }
    return madeByAws(subject, this.disabled)
  }

  private isIgnored(one: Seen, identity: ResourceIdentity): boolean {
    return this.ignoring && isIgnored(this.input.ignoreFiles, ignoreSubject(one, identity))
  }

  private addOwned(one: Seen, identity: ResourceIdentity, owner: Ownership): void {
    const { type, id } = identity
    const { region, arn } = one
    this.owned.add({
      ...(arn ? { arn } : {}),
      type,
      region,
      id,
      owner: owner.owner,
      rule: owner.rule
    })
  }

  private addUnmanaged(one: Seen, identity: ResourceIdentity): void {
    const { type, id, importId } = identity
    const { region, tags, arn, seenBy, listed } = one
    const risk = listed ? this.riskOf(listed) : undefined
    const { severity, rule: severityRule, concerns } = assessUnmanaged({ arn, type, risk })
    this.unmanaged.add({
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

  /** What severity reads beyond the type: a group's rules (from the listing), admin, public. */
  private riskOf(listed: ListedResource): UnmanagedRisk {
    const { facts, terraformType, id } = listed
    const rules = facts?.rule
      ? [facts.rule]
      : terraformType === 'aws_security_group'
        ? this.index.rulesByGroup.get(id)
        : undefined
    return {
      ...(rules ? { rules } : {}),
      ...(facts?.admin ? { admin: true } : {}),
      ...(facts?.public ? { public: true } : {})
    }
  }
}

/** The listing's identity when there is one (it knows the import id), else the ARN's. */
function identityOf(one: Seen): ResourceIdentity {
  return one.listed
    ? listedIdentity(one.listed)
    : identifyParsed(parseArn(one.arn as string), one.arn as string)
}

function classifiedReport(
  input: ClassifyInput,
  sorter: Classifier,
  resources: UnmanagedResource[]
): UnmanagedReport {
  const { tagging, listing } = input
  const notListed = (listing?.faults ?? []).map(notListedEntry)
  return {
    inventory: listing ? 'deep' : 'tagging',
    regions: tagging.regions,
    listedTypes: listing?.types ?? [],
    notListed,
    regionErrors: regionErrors(tagging, notListed),
    resources,
    ownedByOthers: sorter.owned.sorted(),
    managed: sorter.managed,
    ignored: sorter.ignored,
    madeByAws: sorter.madeByAwsCounts,
    coverage: nothingScanned(tagging) ? null : coverage(sorter.managed, resources.length),
    blindSpots: blindSpots(listing, notListed),
    durationMs: Math.max(tagging.finishedAt, listing?.finishedAt ?? 0) - tagging.startedAt
  }
}

/** The Tagging API scan's errors, then the listing's faults, each scoped to what it could not see. */
function regionErrors(
  tagging: TaggingScan,
  notListed: NotListed[]
): { scope: string; message: string }[] {
  return [
    ...tagging.errors.map(({ scope, message }) => ({ scope, message })),
    ...notListed.map(({ types, region, message }) => ({
      scope: scopeOf(types.join(', '), region),
      message
    }))
  ]
}

/** No region answered: then coverage is unknown, not the 100% of nothing found. */
function nothingScanned(tagging: TaggingScan): boolean {
  const failed = new Set(tagging.errors.map(e => e.region))
  return (
    tagging.errors.some(e => e.scope === 'inventory') ||
    tagging.regions.every(region => failed.has(region))
  )
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

/** What the account scans could not see, exactly: the types not listed and why, the rest by tag. */
export function blindSpots(listing: Listing | undefined, notListed: NotListed[] = []): string {
  if (!listing) return BLIND_SPOTS
  const failed =
    notListed.length > 0
      ? ` Not listed this time, so seen only if tagged: ${notListed.map(f => `${scopeOf(f.types.join(', '), f.region)} (${f.action})`).join('; ')}.`
      : ''
  return (
    `Listed directly: ${listing.types.length} types (see docs/unmanaged.md in the Driftwatch repository). Other types are seen only when they carry tags, ` +
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
function skippedReport(
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
  tagging?: TaggingScan
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
  const { tagging, listing } = input
  if (!tagging || input.regions.length === 0) {
    return skippedReport([], NO_REGION, [{ scope: 'inventory', message: NO_REGION }])
  }
  const errors = tagging.errors.map(({ scope, message }) => ({ scope, message }))
  const durationMs = tagging.finishedAt - tagging.startedAt
  const failed = input.labels.filter((_, i) => !input.plans[i])
  if (failed.length > 0) {
    return skippedReport(
      input.regions,
      `not classified because ${failed.map(label => `'${label}'`).join(', ')} could not be planned: what ${failed.length === 1 ? 'it manages' : 'they manage'} would wrongly show as unmanaged`,
      errors,
      durationMs,
      listing
    )
  }
  const plans = input.plans as Plan[]
  return classifyScans({
    tagging,
    ...(listing ? { listing, accounted: accountedParts(plans, input.dynamicBlocks) } : {}),
    managed: managedSet(plans),
    ignoreFiles: input.ignoreFiles,
    disabledOwnershipRules: new Set(input.disabledOwnershipRules)
  })
}

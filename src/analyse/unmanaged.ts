import type { Inventory, TaggedResource } from '../collect/inventory.js'
import type { OwnedResource, UnmanagedReport, UnmanagedResource } from '../report/model.js'
import { normaliseArn, parseArn } from './arn.js'
import type { IgnoreFile, IgnoreSubject } from './ignore.js'
import { ignoresAnything, isIgnored } from './ignore.js'
import type { ResourceIdentity, TypeNames } from './import-blocks.js'
import { identifyParsed, ImportNames } from './import-blocks.js'
import type { ManagedSet } from './managed.js'
import { managedSet } from './managed.js'
import { ownerOf } from './ownership.js'
import type { Plan } from './plan-json.js'

/**
 * Sorting what the inventory found: managed (in some state), ignored (the ignore file says so),
 * owned by another tool (its tags say so), and what is left, unmanaged. The order matters: the
 * user's own ignore file wins over the built-in ownership rules.
 */

export const BLIND_SPOTS =
  'The Tagging API lists only resources that carry tags (or once did): resources that were never tagged, ' +
  'IAM users, roles and policies, resource types the API does not support, and regions not scanned are not seen.'

export interface ClassifyInput {
  inventory: Inventory
  managed: ManagedSet
  ignoreFiles: IgnoreFile[]
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

export function classifyInventory(input: ClassifyInput): UnmanagedReport {
  const { inventory } = input
  const ignoring = ignoresAnything(input.ignoreFiles)
  const unmanaged = new TypeRegionIdOrder<UnmanagedResource>()
  const owned = new TypeRegionIdOrder<OwnedResource>()
  let managed = 0
  let ignored = 0

  // Indexed loops: a for-of allocates an iterator result per step until the loop is optimised.
  const all = inventory.resources
  for (let i = 0; i < all.length; i++) {
    const resource = all[i]
    const normalised = normaliseArn(resource.arn)
    if (input.managed.hasNormalised(normalised)) {
      managed++
      continue
    }
    const arn = parseArn(resource.arn)
    if (input.managed.hasLoose(normalised === resource.arn ? arn : parseArn(normalised))) {
      managed++
      continue
    }
    const identity = identifyParsed(arn, resource.arn)
    if (ignoring && isIgnored(input.ignoreFiles, ignoreSubject(resource, identity))) {
      ignored++
      continue
    }
    const { type, id, importId } = identity
    const { region, tags } = resource
    const owner = ownerOf(tags, input.disabledOwnershipRules)
    if (owner) {
      owned.add({ arn: resource.arn, type, region, id, owner: owner.owner, rule: owner.rule })
      continue
    }
    unmanaged.add(
      importId && identity.terraformType
        ? // `to` is named once the order is known: names go in order, `_2` to the second.
          { arn: resource.arn, type, region, id, tags, importBlock: { to: '', id: importId } }
        : { arn: resource.arn, type, region, id, tags }
    )
  }

  const resources = unmanaged.sorted()
  const names = new ImportNames()
  // `type.` once per type (the list is in type order), not once per resource: every `to` lives
  // as long as the report, and one string fewer each is less for the garbage collector to copy.
  let type: string | undefined
  let prefix = ''
  let namesOfType: TypeNames | undefined
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i]
    if (!resource.importBlock) continue
    // With a terraformType, the type is that terraformType.
    if (resource.type !== type || !namesOfType) {
      type = resource.type
      prefix = `${type}.`
      namesOfType = names.of(type)
    }
    resource.importBlock.to = prefix + namesOfType.next(resource.id)
  }

  const failed = new Set(inventory.errors.map(e => e.region))
  const nothingScanned =
    inventory.errors.some(e => e.scope === 'inventory') ||
    inventory.regions.every(region => failed.has(region))
  return {
    regions: inventory.regions,
    regionErrors: inventory.errors.map(({ scope, message }) => ({ scope, message })),
    resources,
    ownedByOthers: owned.sorted(),
    managed,
    ignored,
    coverage: nothingScanned ? null : coverage(managed, resources.length),
    blindSpots: BLIND_SPOTS,
    durationMs: inventory.finishedAt - inventory.startedAt
  }
}

/** What the ignore rules match: the import id (driftctl's id) and the short name, once each. */
function ignoreSubject(resource: TaggedResource, identity: ResourceIdentity): IgnoreSubject {
  const { importId, id } = identity
  const ids = importId ? (id && id !== importId ? [importId, id] : [importId]) : id ? [id] : []
  return { arn: resource.arn, type: identity.type, ids, tags: resource.tags }
}

/** The section when the resources could not be sorted, with the reason. */
export function skippedInventory(
  regions: string[],
  reason: string,
  regionErrors: { scope: string; message: string }[] = [],
  durationMs = 0
): UnmanagedReport {
  return {
    regions,
    skipped: reason,
    regionErrors,
    resources: [],
    ownedByOthers: [],
    managed: 0,
    ignored: 0,
    coverage: null,
    blindSpots: BLIND_SPOTS,
    durationMs
  }
}

export interface UnmanagedInput {
  regions: string[]
  /** Undefined when no region was known, so nothing was scanned. */
  inventory?: Inventory
  /** One per working directory; undefined for a directory that could not be planned. */
  plans: (Plan | undefined)[]
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
  const { inventory } = input
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
      durationMs
    )
  }
  return classifyInventory({
    inventory,
    managed: managedSet(input.plans as Plan[]),
    ignoreFiles: input.ignoreFiles,
    disabledOwnershipRules: new Set(input.disabledOwnershipRules)
  })
}

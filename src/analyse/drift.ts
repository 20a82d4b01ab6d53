import type {
  AttributeChange,
  DriftFinding,
  PendingAction,
  PendingChange
} from '../model/findings.js'
import { deepEqual, diffAttributes, joinPath, topAttribute } from './diff.js'
import type { Plan, ResourceChange } from '../collect/terraform/plan-json.js'
import { markedPaths, walkModules } from '../collect/terraform/plan-json.js'
import { maskAt, redactValue } from '../redact/sensitive.js'
import type { DriftFacts } from './severity.js'
import { assessDrift, severityFields } from './severity.js'

/**
 * Drift is what `resource_drift` says changed outside Terraform since the last apply, kept only
 * where the next apply would put it back: `resource_drift` also lists attributes Terraform never
 * plans to touch (those under `ignore_changes`, and a parent's computed mirror of resources
 * managed apart, such as a group's `ingress` of separate rule resources), and those are not drift.
 * Terraform's plan to undo the drift in `resource_changes` is not a change the code asks for, so
 * it is kept out of the pending list, which holds only what the code itself would do (a pull
 * request adding a resource).
 */

export interface PlanAnalysis {
  drift: DriftFinding[]
  pending: PendingChange[]
  managedResources: number
}

function isDeleted(change: ResourceChange): boolean {
  return change.change.actions.includes('delete') && change.change.after == null
}

/**
 * The provider mirrors every `tags` change into `tags_all`; showing both doubles each retag.
 */
function withoutMirroredTags(changes: AttributeChange[]): AttributeChange[] {
  const tagChanges = new Map(
    changes
      .filter(c => c.path.startsWith('tags.') || c.path.startsWith('tags['))
      .map(c => [c.path.slice(4), c])
  )
  return changes.filter(change => {
    if (!change.path.startsWith('tags_all')) return true
    const twin = tagChanges.get(change.path.slice(8))
    return !(twin && deepEqual(twin.before, change.before) && deepEqual(twin.after, change.after))
  })
}

function pendingAction(actions: string[]): PendingAction | undefined {
  if (actions.includes('delete') && actions.includes('create')) return 'replace'
  for (const action of ['create', 'update', 'delete'] as const)
    if (actions.includes(action)) return action
  return undefined
}

/**
 * Element indexes are wildcards: diff.ts pairs blocks by content, so one rule can sit at
 * different indexes in the drift diff and in the planned diff.
 */
export function pathPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[*]')
}

/**
 * Whether two path patterns overlap: equal, or one holds the other at a segment boundary, since
 * either diff may stop at a whole value the other goes into (`tags` set from null on one side,
 * `tags.Env` on the other). The empty path is a whole resource value that is not an object.
 */
export function touches(a: string, b: string): boolean {
  const [outer, inner] = a.length <= b.length ? [a, b] : [b, a]
  if (outer === '' || outer === inner) return true
  const next = inner[outer.length]
  return inner.startsWith(outer) && (next === '.' || next === '[')
}

/** Path patterns the next apply writes; none when it plans no update or replacement. */
function plannedPaths(planned: ResourceChange | undefined): string[] {
  const action = planned && pendingAction(planned.change.actions)
  if (!planned || (action !== 'update' && action !== 'replace')) return []
  const { before, after, before_sensitive, after_sensitive, after_unknown } = planned.change
  const changed = diffAttributes(before, after, before_sensitive, after_sensitive).map(c => c.path)
  // Paths whose value only apply will know are left out of `after`, so the diff misses one whose
  // value is empty now: a key id drifted to "" that apply sets to a key it recreates.
  return [...changed, ...markedPaths(after_unknown, joinPath)].map(pathPattern)
}

/** The drifted attributes the next apply would put back. */
function revertedChanges(
  drift: ResourceChange,
  planned: ResourceChange | undefined
): AttributeChange[] {
  const { before, after, before_sensitive, after_sensitive } = drift.change
  const written = plannedPaths(planned)
  const drifted = diffAttributes(before, after, before_sensitive, after_sensitive)
  const reverted = drifted.filter(c => written.some(p => touches(pathPattern(c.path), p)))
  return withoutMirroredTags(reverted)
}

/**
 * The resource's id and ARN as the state holds them, so a reader (and CloudTrail) can find it in
 * AWS; left out when Terraform marks them sensitive.
 */
function identity(resource: ResourceChange): { resourceId?: string; arn?: string } {
  const { before, before_sensitive } = resource.change
  if (!before || typeof before !== 'object') return {}
  const values = before as Record<string, unknown>
  const plain = (key: string) =>
    typeof values[key] === 'string' && values[key] !== '' && maskAt(before_sensitive, key) === false
      ? (values[key] as string)
      : undefined
  const resourceId = plain('id')
  const arn = plain('arn')
  return { ...(resourceId ? { resourceId } : {}), ...(arn ? { arn } : {}) }
}

function driftFinding(resource: ResourceChange, planned: ResourceChange | undefined): DriftFinding {
  const deleted = isDeleted(resource)
  const changes = deleted ? [] : revertedChanges(resource, planned)
  const { after, after_sensitive } = resource.change
  const facts: DriftFacts = {
    address: resource.address,
    type: resource.type,
    name: resource.name,
    ...(resource.module_address ? { module: resource.module_address } : {}),
    ...(resource.index !== undefined ? { index: resource.index } : {}),
    ...identity(resource),
    kind: deleted ? 'deleted' : 'changed',
    changes
  }
  // The resource as it is now gives severity rules what a change alone lacks (a widened rule's
  // port); redacted first, so no rule can put a secret into a reason.
  const current = deleted ? undefined : redactValue(after, after_sensitive)
  return { ...facts, ...severityFields(assessDrift(facts, current)) }
}

/** Attributes a planned change would touch, by top-level name. */
function touchedAttributes(resource: ResourceChange): string[] {
  const { before, after, before_sensitive, after_sensitive } = resource.change
  const paths = diffAttributes(before, after, before_sensitive, after_sensitive).map(c =>
    topAttribute(c.path)
  )
  return [...new Set(paths)].sort()
}

/**
 * A planned change is only a revert of drift when it recreates a resource deleted outside
 * Terraform, or updates no attribute beyond those that drifted.
 */
function isRevert(
  resource: ResourceChange,
  action: PendingAction,
  drift: DriftFinding | undefined
): boolean {
  if (!drift) return false
  if (drift.kind === 'deleted') return action === 'create'
  if (action !== 'update') return false
  const drifted = new Set(drift.changes.map(c => topAttribute(c.path)))
  return touchedAttributes(resource).every(attr => drifted.has(attr) || attr === 'tags_all')
}

function countManagedResources(plan: Plan): number {
  let count = 0
  for (const mod of walkModules(plan.prior_state?.values?.root_module)) {
    count += (mod.resources ?? []).filter(r => r.mode === 'managed').length
  }
  return count
}

/** Planned changes by address; an address with none is one the plan leaves alone. */
function plannedByAddress(plan: Plan): Map<string, ResourceChange> {
  const managed = (plan.resource_changes ?? []).filter(r => r.mode === 'managed')
  return new Map(managed.map(r => [r.address, r]))
}

function findDrift(plan: Plan): DriftFinding[] {
  const planned = plannedByAddress(plan)
  return (plan.resource_drift ?? [])
    .filter(r => r.mode === 'managed')
    .map(r => driftFinding(r, planned.get(r.address)))
    .filter(finding => finding.kind === 'deleted' || finding.changes.length > 0)
}

export function analysePlan(plan: Plan): PlanAnalysis {
  const drift = findDrift(plan)
  const driftByAddress = new Map(drift.map(d => [d.address, d]))

  const pending: PendingChange[] = []
  for (const resource of plan.resource_changes ?? []) {
    if (resource.mode !== 'managed') continue
    const action = pendingAction(resource.change.actions)
    if (!action || isRevert(resource, action, driftByAddress.get(resource.address))) continue
    pending.push({
      address: resource.address,
      type: resource.type,
      ...(resource.module_address ? { module: resource.module_address } : {}),
      action,
      attributes: action === 'update' ? touchedAttributes(resource) : []
    })
  }
  return { drift, pending, managedResources: countManagedResources(plan) }
}

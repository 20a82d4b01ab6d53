import type {
  AttributeChange,
  DriftFinding,
  PendingAction,
  PendingChange
} from '../report/model.js'
import { deepEqual, diffAttributes, topAttribute } from './diff.js'
import type { Plan, ResourceChange } from './plan-json.js'
import { walkModules } from './plan-json.js'
import { redactValue } from './sensitive.js'
import type { DriftFacts } from './severity.js'
import { assessDrift, severityFields } from './severity.js'

/**
 * Drift is what `resource_drift` says changed outside Terraform since the last apply. Terraform
 * also plans to undo that drift in `resource_changes`; those reverts are not changes the code
 * asks for, so they are kept out of the pending list, which holds only what the code itself
 * would do (a pull request adding a resource).
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

function driftFinding(resource: ResourceChange): DriftFinding {
  const deleted = isDeleted(resource)
  const { before, after, before_sensitive, after_sensitive } = resource.change
  const changes = deleted
    ? []
    : withoutMirroredTags(diffAttributes(before, after, before_sensitive, after_sensitive))
  const facts: DriftFacts = {
    address: resource.address,
    type: resource.type,
    name: resource.name,
    ...(resource.module_address ? { module: resource.module_address } : {}),
    ...(resource.index !== undefined ? { index: resource.index } : {}),
    kind: deleted ? 'deleted' : 'changed',
    changes
  }
  // The resource as it is now gives severity rules what a change alone lacks (a widened rule's
  // port); redacted first, so no rule can put a secret into a reason.
  const current = deleted ? undefined : redactValue(after, after_sensitive)
  return { ...facts, ...severityFields(assessDrift(facts, current)) }
}

function pendingAction(actions: string[]): PendingAction | undefined {
  if (actions.includes('delete') && actions.includes('create')) return 'replace'
  for (const action of ['create', 'update', 'delete'] as const)
    if (actions.includes(action)) return action
  return undefined
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

export function countManagedResources(plan: Plan): number {
  let count = 0
  for (const mod of walkModules(plan.prior_state?.values?.root_module)) {
    count += (mod.resources ?? []).filter(r => r.mode === 'managed').length
  }
  return count
}

export function analysePlan(plan: Plan): PlanAnalysis {
  const drift = (plan.resource_drift ?? [])
    .filter(r => r.mode === 'managed')
    .map(driftFinding)
    .filter(finding => finding.kind === 'deleted' || finding.changes.length > 0)
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

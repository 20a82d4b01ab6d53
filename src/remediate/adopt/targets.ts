import { parseArn } from '../../model/arn.js'
import { UserError } from '../../errors.js'
import type { AdoptTarget } from '../../inputs/options.js'
import type { UnmanagedResource } from '../../model/findings.js'
import { unmanagedNames } from '../../model/findings.js'
import type { Skipped } from '../../model/remedy.js'

/**
 * Which unmanaged findings are adopted, and into which root: `adopt-into`'s first line whose glob
 * matches the resource's type, region or account, else the one working directory.
 */

export interface AdoptRequest {
  /** The root as the user named it (relative to the repository root). */
  directory: string
  resources: UnmanagedResource[]
}

/** How a finding is named in the remedy: its ARN, else `type:id`. */
export function findingName(resource: UnmanagedResource): string {
  return resource.arn ?? `${resource.type}:${resource.id}`
}

function globMatches(glob: string, value: string | undefined): boolean {
  if (!value) return false
  const pattern = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${pattern}$`).test(value)
}

function targetOf(resource: UnmanagedResource, targets: AdoptTarget[]): string | undefined {
  const account = resource.arn ? parseArn(resource.arn)?.account : undefined
  return targets.find(
    ({ match }) =>
      globMatches(match, resource.type) ||
      globMatches(match, resource.region) ||
      globMatches(match, account)
  )?.directory
}

/** Whether `wanted` names this finding by one of its names (model/findings.ts unmanagedNames). */
function named(resource: UnmanagedResource, wanted: string[]): boolean {
  const names = unmanagedNames(resource)
  return wanted.some(w => names.includes(w))
}

/**
 * The findings to adopt (all, or those `only` names), grouped by root; what cannot be adopted is
 * in `skipped`. With several working directories and no `adopt-into`, it is the user's to say.
 */
export function adoptionRequests(
  resources: UnmanagedResource[],
  settings: { adoptInto: AdoptTarget[]; workingDirectories: string[]; only?: string[] },
  field = "Input 'adopt-into'"
): { requests: AdoptRequest[]; skipped: Skipped[] } {
  const { adoptInto, workingDirectories, only } = settings
  if (adoptInto.length === 0 && workingDirectories.length > 1) {
    throw new UserError(
      `${field} must name the root that adopts unmanaged resources when there are several working directories.`
    )
  }
  const targets =
    adoptInto.length > 0 ? adoptInto : [{ match: '*', directory: workingDirectories[0] }]
  const chosen = only?.length ? resources.filter(r => named(r, only)) : resources
  const byRoot = new Map<string, UnmanagedResource[]>()
  const skipped: Skipped[] = []
  for (const resource of chosen) {
    const finding = findingName(resource)
    if (!resource.importBlock?.to) {
      skipped.push({
        finding,
        reason: `Terraform cannot import a ${resource.type} from what the inventory knows of it.`
      })
      continue
    }
    const directory = targetOf(resource, targets)
    if (!directory) {
      skipped.push({ finding, reason: `no line of ${field} matches its type, region or account.` })
      continue
    }
    byRoot.set(directory, [...(byRoot.get(directory) ?? []), resource])
  }
  const requests = [...byRoot].map(([directory, list]) => ({ directory, resources: list }))
  return { requests, skipped }
}

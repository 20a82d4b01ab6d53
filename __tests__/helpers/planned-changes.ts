import { planJson } from '../../scripts/lib/terraform-env.mjs'

interface PlanChanges {
  plan: {
    resource_changes: { address: string; change: { actions: string[]; importing?: unknown } }[]
  }
}

/**
 * `terraform plan` in `dir`: each resource it imports or changes, as `[address, actions,
 * imports]`, in the plan's order. A remedy's promise is checked against this.
 */
export async function plannedChanges(
  dir: string,
  env: Record<string, string>
): Promise<[string, string, boolean][]> {
  const { plan } = (await planJson(dir, env, {})) as PlanChanges
  return plan.resource_changes
    .filter(c => c.change.importing || c.change.actions.join() !== 'no-op')
    .map(c => [c.address, c.change.actions.join(), Boolean(c.change.importing)])
}

import type { ConfigModule, Plan } from '../plan-json.js'
import { readConfiguration } from './config.js'
import type { Schemas } from './schema.js'
import { readState } from './state.js'
import { readTfplan } from './tfplan.js'
import { readZipEntries } from './zip.js'

/**
 * A saved plan read straight from its file, in place of `terraform show -json` (which spends
 * seconds loading the provider's schema to print what the file already holds). The plan file is
 * a zip of Terraform's own records: `tfplan` (the planned changes, the drift found on refresh,
 * the variables and outputs), `tfstate` (the state after refresh, show's `prior_state`) and
 * `tfstate-prev` (before it: the drift is what changed between the two, recorded in `tfplan` as
 * Terraform found it). The result has the parts of show's JSON that analysis reads, with the
 * same masks.
 */

/** The plan file is not one this reader knows: the caller asks `terraform show -json` instead. */
export class UnknownPlanFile extends Error {}

const ENTRIES = ['tfplan', 'tfstate', 'tfstate-prev']

/** The plan file records the variables that were set; show adds the defaults of the others. */
function withDefaults(
  variables: Record<string, { value?: unknown }>,
  configuration: ConfigModule
): Record<string, { value?: unknown }> {
  const out = { ...variables }
  for (const [name, variable] of Object.entries(configuration.variables ?? {}))
    if (!(name in out) && variable.default !== undefined) out[name] = { value: variable.default }
  return out
}

/** `keepImports`: the no-op changes that import an object are kept in `resource_changes`. */
export async function readPlanFile(
  planFile: string,
  workingDir: string,
  schemas: Schemas,
  options: { keepImports?: boolean } = {}
): Promise<Plan> {
  try {
    const entries = await readZipEntries(planFile, ENTRIES)
    const missing = ENTRIES.filter(name => !entries.has(name))
    if (missing.length > 0) throw new UnknownPlanFile(`it has no ${missing.join(' or ')}`)
    const tfplan = readTfplan(entries.get('tfplan') as Buffer, schemas, options)
    const prior = readState(entries.get('tfstate') as Buffer, schemas)
    const configuration = await readConfiguration(workingDir)
    return {
      format_version: 'plan-file',
      terraform_version: tfplan.terraformVersion,
      variables: withDefaults(tfplan.variables, configuration),
      prior_state: { values: prior },
      resource_drift: tfplan.resourceDrift,
      resource_changes: tfplan.resourceChanges,
      output_changes: tfplan.outputChanges,
      configuration: { root_module: configuration }
    }
  } catch (error) {
    if (error instanceof UnknownPlanFile) throw error
    const why = error instanceof Error ? error.message : String(error)
    throw new UnknownPlanFile(why)
  }
}

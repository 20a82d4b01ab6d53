import type { RootFiles } from '../module-files.js'
import { open } from 'node:fs/promises'
import type { ConfigModule, Plan } from '../plan-json.js'
import { readConfiguration } from './config.js'
import type { Schemas } from './schema.js'
import { readState } from './state.js'
import { readTfplan, tfplanTerraformVersion } from './tfplan.js'
import { readZipEntries, ZipError } from './zip.js'

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

/** A plan file opened: its Terraform version known, its plan not decoded yet. */
export interface PlanFile {
  /** The version of Terraform that wrote it, as `tfplan` records it. */
  terraformVersion: string
  /**
   * What analysis reads of it, in show's shape; `keepImports` keeps the no-op changes that
   * import an object in `resource_changes`.
   */
  read(files: RootFiles, schemas: Schemas, options?: { keepImports?: boolean }): Promise<Plan>
}

/** Runs `step`; whatever stops it means the plan file is not one this reader knows. */
async function asUnknown<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    if (error instanceof UnknownPlanFile) throw error
    throw new UnknownPlanFile(error instanceof Error ? error.message : String(error))
  }
}

/** Bytes looked at, at each end of a file that is not a zip, for an encrypted plan's marks. */
const SNIFF = 64 * 1024

/**
 * OpenTofu's encrypted plan: a JSON envelope (`meta`, `encrypted_data`, `encryption_version`)
 * in place of the zip, which only OpenTofu with the key's configuration can open.
 */
async function isEncryptedPlan(path: string): Promise<boolean> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    const head = Buffer.alloc(Math.min(size, SNIFF))
    await file.read(head, 0, head.length, 0)
    const tail = Buffer.alloc(Math.min(size, SNIFF))
    await file.read(tail, 0, tail.length, size - tail.length)
    const text = `${head.toString('utf8')}${tail.toString('utf8')}`
    return text.trimStart().startsWith('{') && /"encryption_version"\s*:\s*"[^"]/.test(text)
  } finally {
    await file.close()
  }
}

async function readEntries(planFile: string): Promise<Map<string, Buffer>> {
  try {
    return await readZipEntries(planFile, ENTRIES)
  } catch (error) {
    if (error instanceof ZipError && (await isEncryptedPlan(planFile).catch(() => false)))
      throw new UnknownPlanFile("it is encrypted: OpenTofu's plan encryption")
    throw error
  }
}

export function openPlanFile(planFile: string): Promise<PlanFile> {
  return asUnknown(async () => {
    const entries = await readEntries(planFile)
    const missing = ENTRIES.filter(name => !entries.has(name))
    if (missing.length > 0) throw new UnknownPlanFile(`it has no ${missing.join(' or ')}`)
    const tfplanBytes = entries.get('tfplan') as Buffer
    return {
      terraformVersion: tfplanTerraformVersion(tfplanBytes),
      read: (files, schemas, options = {}) =>
        asUnknown(async () => {
          const tfplan = readTfplan(tfplanBytes, schemas, options)
          const prior = readState(entries.get('tfstate') as Buffer, schemas)
          const configuration = readConfiguration(files)
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
        })
    }
  })
}

/** `files`: the root's `.tf` files, for what the plan file does not record (see config.ts). */
export async function readPlanFile(
  planFile: string,
  files: RootFiles,
  schemas: Schemas
): Promise<Plan> {
  return (await openPlanFile(planFile)).read(files, schemas)
}

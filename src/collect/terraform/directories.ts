import { messageOf, UserError } from '../../errors.js'
import type { TerraformOptions, TerraformRun } from './run.js'
import { runTerraform } from './run.js'

export interface DirectoryRun {
  label: string
  durationMs: number
  run?: TerraformRun
  error?: string
}

/** Terraform spends its time waiting on the cloud's API, so even two cores run a few roots well. */
export const PARALLEL_ROOTS = 4

/**
 * Plans every working directory, a few at a time. A directory that fails is recorded with its
 * one-line reason and never stops the others.
 */
export async function planDirectories(
  dirs: string[],
  options: TerraformOptions
): Promise<DirectoryRun[]> {
  const results: DirectoryRun[] = new Array(dirs.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < dirs.length) {
      const i = next++
      const started = Date.now()
      try {
        const run = await runTerraform(dirs[i], dirs[i], options)
        results[i] = { label: dirs[i], durationMs: Date.now() - started, run }
      } catch (error) {
        const message =
          error instanceof UserError ? error.message : `'${dirs[i]}': ${messageOf(error)}`
        results[i] = {
          label: dirs[i],
          durationMs: Date.now() - started,
          error: options.scrub(message)
        }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_ROOTS, dirs.length) }, worker))
  return results
}

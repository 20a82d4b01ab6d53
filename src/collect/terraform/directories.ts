import { messageOf, UserError } from '../../errors.js'
import { InputError } from '../../inputs/options.js'
import type { TerraformOptions, TerraformRun } from './run.js'
import { runTerraform } from './run.js'

export interface DirectoryRun {
  label: string
  durationMs: number
  run?: TerraformRun
  /**
   * Why the directory could not be checked: one line, or a bad input (a var file), left for the
   * caller to word as its user set the input.
   */
  error?: string | InputError
}

/** Terraform spends its time waiting on the cloud's API, so even two cores run a few roots well. */
export const PARALLEL_ROOTS = 4

/**
 * Plans every working directory, a few at a time. A directory that fails is recorded with its
 * one-line reason (scrubbed) or its InputError, and never stops the others.
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
        if (error instanceof InputError) {
          results[i] = { label: dirs[i], durationMs: Date.now() - started, error }
          continue
        }
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

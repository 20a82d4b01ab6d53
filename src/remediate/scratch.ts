import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, sep } from 'node:path'
import { UserError } from '../errors.js'

/**
 * A scratch copy of a Terraform root, where a remedy writes and plans before anything reaches
 * the user's tree. The root is copied with its `.terraform` (same init, same backend) and lock
 * file; everything else of the repository is linked at the same relative place, so `../modules`
 * and `file("../policy.json")` resolve as they do in the repository. The providers stay linked
 * (read only, and large); the rest of `.terraform` is copied, so nothing terraform writes here can
 * reach the original.
 */

export interface Scratch {
  /** The root's copy: where terraform runs. */
  dir: string
  /** Whether the copy has an initialised `.terraform`. */
  initialised: boolean
  remove(): Promise<void>
}

/** Links every entry of `from` into `to` (made) except `except`. */
async function linkSiblings(from: string, to: string, except: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(from)) {
    if (entry !== except) await symlink(join(from, entry), join(to, entry))
  }
}

async function copyDotTerraform(source: string, target: string): Promise<boolean> {
  let entries: string[]
  try {
    entries = await readdir(source)
  } catch {
    return false
  }
  await mkdir(target)
  for (const entry of entries) {
    if (entry === 'providers') await symlink(join(source, entry), join(target, entry))
    else
      await cp(join(source, entry), join(target, entry), {
        recursive: true,
        verbatimSymlinks: true
      })
  }
  return true
}

/**
 * `rootDir` (absolute) copied into a new scratch directory, mirrored from `repoRoot` when it lies
 * inside it.
 */
export async function scratchCopy(rootDir: string, repoRoot: string): Promise<Scratch> {
  const base = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'driftwatch-remedy-'))
  const remove = () => rm(base, { recursive: true, force: true })
  try {
    const path = relative(repoRoot, rootDir)
    const inside = path !== '' && !path.startsWith('..') && !isAbsolute(path)
    let to = join(base, 'root')
    if (inside) {
      let from = repoRoot
      to = base
      for (const segment of path.split(sep)) {
        await linkSiblings(from, to, segment)
        from = join(from, segment)
        to = join(to, segment)
      }
    }
    await cp(rootDir, to, {
      recursive: true,
      verbatimSymlinks: true,
      filter: src => src !== join(rootDir, '.terraform')
    })
    const initialised = await copyDotTerraform(join(rootDir, '.terraform'), join(to, '.terraform'))
    return { dir: to, initialised, remove }
  } catch (error) {
    await remove()
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new UserError(`could not make a scratch copy of '${rootDir}' (${code}).`)
  }
}

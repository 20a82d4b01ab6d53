import { readFile } from 'node:fs/promises'
import { posix } from 'node:path'
import type { IgnoreFile } from './driftignore.js'
import { parseIgnoreFile } from './driftignore.js'
import { UserError } from '../errors.js'
import { InputError } from '../inputs/options.js'

/**
 * Reads the ignore files: the `ignore-file` input alone when set, else `.driftignore` in each
 * working directory that has one. Read before anything runs, so a bad line stops the step in
 * seconds rather than after every plan.
 */
export async function loadIgnoreFiles(
  ignoreFile: string | undefined,
  workingDirectories: string[]
): Promise<IgnoreFile[]> {
  if (ignoreFile) {
    let text: string
    try {
      text = await readFile(ignoreFile, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const named = `names '${ignoreFile}', which`
      const inside = `${ignoreFile.replace(/[\\/]+$/, '')}/.driftignore`
      throw new InputError(
        'ignoreFile',
        code === 'ENOENT' || code === 'ENOTDIR'
          ? `${named} does not exist (paths are relative to the repository root).`
          : code === 'EISDIR'
            ? `${named} is a directory: name the file itself, e.g. '${inside}'.`
            : `${named} cannot be read (${code ?? 'unknown error'}).`
      )
    }
    return [parseIgnoreFile(text, ignoreFile)]
  }
  const files: IgnoreFile[] = []
  for (const dir of workingDirectories) {
    const path = posix.normalize(posix.join(dir.replace(/\\/g, '/'), '.driftignore'))
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
      throw new UserError(`${path} cannot be read (${error.code ?? 'unknown error'}).`)
    })
    if (text !== undefined) files.push(parseIgnoreFile(text, path))
  }
  return files
}

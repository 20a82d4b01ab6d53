import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

/**
 * The `.tf` files of a root, listed and read once per run, after init: the root module's
 * directory and every module directory `terraform init` recorded in
 * `.terraform/modules/modules.json`. The plan-file reader takes the resources' arguments and the
 * variables from them (plan-file/config.ts), source locations each block's line
 * (source-locations.ts).
 */

/** A module as modules.json records it: `Key` '' for the root, `logs.inner` for a nested call. */
export interface ModuleEntry {
  Key: string
  Source?: string
  Dir: string
}

/** One `.tf` file: its text, or why it could not be read (each reader fails on it its own way). */
export interface TfFile {
  name: string
  path: string
  text?: string
  error?: unknown
}

export interface ModuleFiles {
  entry: ModuleEntry
  /** The module's directory, absolute. */
  dir: string
  /** The `.tf` files directly in it, in name order; none when it cannot be listed. */
  files: TfFile[]
  /** A `.tf.json` file in it: configuration in JSON syntax, which only terraform reads. */
  jsonFile?: string
}

export interface RootFiles {
  /** The root module's directory, absolute. */
  dir: string
  /** In modules.json's order, the root first when modules.json does not list it (before init). */
  modules: ModuleFiles[]
}

async function readModules(rootDir: string): Promise<ModuleEntry[]> {
  try {
    const text = await readFile(join(rootDir, '.terraform', 'modules', 'modules.json'), 'utf8')
    const parsed = JSON.parse(text) as { Modules?: ModuleEntry[] }
    return (parsed.Modules ?? []).filter(
      m => typeof m.Key === 'string' && typeof m.Dir === 'string'
    )
  } catch {
    return []
  }
}

async function readModuleFiles(entry: ModuleEntry, rootDir: string): Promise<ModuleFiles> {
  const dir = resolve(rootDir, entry.Dir)
  let names: string[]
  try {
    names = (await readdir(dir)).sort()
  } catch {
    return { entry, dir, files: [] }
  }
  const files = await Promise.all(
    names
      .filter(name => name.endsWith('.tf'))
      .map(async (name): Promise<TfFile> => {
        const path = join(dir, name)
        try {
          return { name, path, text: await readFile(path, 'utf8') }
        } catch (error) {
          return { name, path, error }
        }
      })
  )
  const jsonFile = names.find(name => name.endsWith('.tf.json'))
  return { entry, dir, files, ...(jsonFile ? { jsonFile } : {}) }
}

export async function readRootFiles(workingDir: string): Promise<RootFiles> {
  const dir = resolve(workingDir)
  const entries = await readModules(dir)
  if (!entries.some(e => e.Key === '')) entries.unshift({ Key: '', Dir: '.' })
  return { dir, modules: await Promise.all(entries.map(entry => readModuleFiles(entry, dir))) }
}

/** The file's text; a file that could not be read throws what reading it threw. */
export function textOf(file: TfFile): string {
  if (file.text === undefined) throw file.error
  return file.text
}

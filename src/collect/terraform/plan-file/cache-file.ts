import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * The plan-file reader's small JSON files in the provider cache directory (reduced schemas,
 * verdicts on Terraform versions), which the Action saves and restores with the providers.
 */

/** The file's JSON, or undefined when it is missing or does not parse: a cache only. */
export async function readCacheFile(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

/** Written whole, then renamed: a reader never sees half a file, whoever else writes it. */
export async function writeCacheFile(file: string, content: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, JSON.stringify(content))
  await rename(temp, file)
}

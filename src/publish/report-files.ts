import type { Stats } from 'node:fs'
import { access, constants, mkdir, stat, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { InputError } from '../inputs/options.js'

/**
 * The files the report is written to (`report-path`, `sarif-path`). Their paths are checked
 * before terraform runs, so a path that cannot take the file fails the step in seconds rather
 * than after every plan. Kept free of the runner toolkit: main loads this before terraform starts.
 */

export type ReportFileInput = 'report-path' | 'sarif-path'

const EXAMPLE: Record<ReportFileInput, string> = {
  'report-path': 'driftwatch-report.json',
  'sarif-path': 'driftwatch.sarif'
}

const KEY = { 'report-path': 'reportPath', 'sarif-path': 'sarifPath' } as const

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error'
}

function isDirectory(input: ReportFileInput, path: string): InputError {
  const inside = `${path.replace(/[\\/]+$/, '')}/${EXAMPLE[input]}`
  return new InputError(
    KEY[input],
    `names '${path}', which is a directory: name a file in it, e.g. '${inside}'.`
  )
}

function notWritable(input: ReportFileInput, path: string, error: unknown): InputError {
  return new InputError(
    KEY[input],
    `names '${path}', which cannot be written (${code(error)}): choose a path the runner can write to.`
  )
}

/** Whether the file could be written at `path`, creating the folders it needs; else one line why. */
async function checkReportPath(input: ReportFileInput, path: string): Promise<void> {
  // A trailing slash means a folder; without this check the file would be written under its name.
  if (/[\\/]$/.test(path)) throw isDirectory(input, path)
  const target = await stat(resolve(path)).catch(() => undefined)
  if (target?.isDirectory()) throw isDirectory(input, path)
  if (target) {
    await access(resolve(path), constants.W_OK).catch(error => {
      throw notWritable(input, path, error)
    })
    return
  }
  // The nearest folder on the path that exists must be a directory the rest can be made in.
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    let found: Stats
    try {
      found = await stat(resolve(dir))
    } catch (error) {
      const missing = ['ENOENT', 'ENOTDIR'].includes(code(error))
      if (missing && dirname(dir) !== dir) continue
      throw notWritable(input, path, error)
    }
    if (!found.isDirectory()) {
      throw new InputError(
        KEY[input],
        `names '${path}', but '${dir}' is a file, not a directory: choose a path outside it.`
      )
    }
    await access(resolve(dir), constants.W_OK).catch(error => {
      throw notWritable(input, path, error)
    })
    return
  }
}

export interface ReportFile {
  input: ReportFileInput
  path: string
}

/** The files asked for: the Action always has a report path (it has a default), the CLI not. */
export function reportFiles(paths: { reportPath: string; sarifPath: string }): ReportFile[] {
  return [
    ...(paths.reportPath ? [{ input: 'report-path' as const, path: paths.reportPath }] : []),
    ...(paths.sarifPath ? [{ input: 'sarif-path' as const, path: paths.sarifPath }] : [])
  ]
}

export async function checkReportFiles(files: ReportFile[]): Promise<void> {
  const [first, second] = files
  // One would overwrite the other, and the `report` output would point at the SARIF log.
  if (second && resolve(first.path) === resolve(second.path)) {
    throw new InputError(
      [KEY[first.input], KEY[second.input]],
      `both name '${second.path}': give each a file of its own, e.g. '${EXAMPLE[second.input]}'.`
    )
  }
  for (const file of files) await checkReportPath(file.input, file.path)
}

/** Writes the file, creating its folders; returns its absolute path. */
export async function writeReportFile(path: string, text: string): Promise<string> {
  const absolute = resolve(path)
  await mkdir(dirname(absolute), { recursive: true })
  await writeFile(absolute, text, 'utf8')
  return absolute
}

/** What each file holds, rendered only when it is written. */
export type ReportTexts = Record<ReportFileInput, () => string>

export interface WrittenReportFiles {
  /** The absolute path of each file written. */
  paths: Partial<Record<ReportFileInput, string>>
  /** The files that could not be written, each with why (an InputError naming its input). */
  failed: { input: ReportFileInput; error: unknown }[]
}

/**
 * The report files asked for, for the Action and the CLI alike. A file that cannot be written
 * never stops the other: the caller fails the run once everything else is out.
 */
export async function writeReportFiles(
  files: ReportFile[],
  texts: ReportTexts
): Promise<WrittenReportFiles> {
  const written: WrittenReportFiles = { paths: {}, failed: [] }
  for (const { input, path } of files) {
    const text = texts[input]()
    try {
      written.paths[input] = await writeInputFile(input, path, text)
    } catch (error) {
      written.failed.push({ input, error })
    }
  }
  return written
}

/**
 * writeReportFile for an input's path. The path passed its check before terraform ran, so a
 * failure here is rare (the disk filled, a folder changed meanwhile); it is still one line.
 */
export async function writeInputFile(
  input: ReportFileInput,
  path: string,
  text: string
): Promise<string> {
  try {
    return await writeReportFile(path, text)
  } catch (error) {
    await checkReportPath(input, path)
    throw notWritable(input, path, error)
  }
}

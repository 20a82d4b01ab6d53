import { createHash } from 'node:crypto'
import type { Report } from '../model/report.js'
import { directoryLabel } from '../model/report.js'

/**
 * Hidden markers by which Driftwatch finds its own comment or issue again. The key stands for
 * the set of working directories, so two Driftwatch steps checking different roots in one
 * repository each keep their own comment and issue.
 */

export type MarkerKind = 'comment' | 'issue'

/** Same set of directories, same key: order, `./` and trailing slashes do not matter. */
export function directoriesKey(dirs: string[]): string {
  const set = [...new Set(dirs.map(directoryLabel))].sort()
  return createHash('sha256').update(set.join('\n')).digest('hex').slice(0, 12)
}

export function reportKey(report: Report): string {
  return directoriesKey(report.directories.map(d => d.path))
}

export function marker(kind: MarkerKind, key: string): string {
  return `<!-- driftwatch:${kind}:${key} -->`
}

/** A digest of what a body says, leaving out what changes on every run (time, run link). */
export function digestMarker(content: string): string {
  return `<!-- driftwatch:digest:${createHash('sha256').update(content).digest('hex').slice(0, 16)} -->`
}

import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { DriftFinding } from '../../analyse/findings.js'
import type { TerraformOptions } from '../../collect/terraform/run.js'
import { sourceRoot } from '../../collect/terraform/source-locations.js'
import { applyEdits, OverlappingEdits } from './editor.js'
import { parseHcl } from './hcl.js'
import type { HclFile, PlannedEdit } from './locate.js'
import { locate } from './locate.js'
import type {
  CodifiedChange,
  CodifyResult,
  NotCodified,
  RemovedResource,
  ValidationPlan
} from './types.js'
import type { ValidationRun } from './validate.js'
import { judge, planRewritten } from './validate.js'

export type * from './types.js'

/**
 * The codify remedy: accept drift into the code. Each drifted attribute whose value the root's
 * code writes as a literal gets the live value, in place; a resource deleted outside Terraform
 * becomes a `removed` block. Then the validation plan (validate.ts) must show the codified
 * attributes planning no change: an edit it still undoes is taken back and listed with the
 * reason. Sensitive values are never written, and values set by variables, locals, expressions
 * or modules are listed with where they are set. Nothing is written to the root: the result holds
 * the rewritten files.
 */

export interface CodifyRequest {
  /** The root as the report names it (`DirectoryReport.path`), relative to the current directory. */
  directory: string
  /** The root's drift findings to codify, as the Report holds them (redacted). */
  drift: DriftFinding[]
  /** How the root's plan runs (the audit's options for it): the validation plan runs the same. */
  terraform: TerraformOptions
  /** The repository root, which file paths are relative to; the runner's workspace by default. */
  repoRoot?: string
}

/** A validation plan that takes back edits runs again; after this many, the rest is taken back too. */
const MAX_PLANS = 3

async function readRoot(rootDir: string, repoRoot: string): Promise<HclFile[]> {
  const names = (await readdir(rootDir)).filter(name => name.endsWith('.tf')).sort()
  const files: HclFile[] = []
  for (const name of names) {
    const path = join(rootDir, name)
    const source = await readFile(path, 'utf8')
    const repoPath = relative(repoRoot, path).split(sep).join('/')
    files.push({ path, repoPath, source, tree: await parseHcl(source) })
  }
  return files
}

/** Drops the planned edits that would overlap one planned before them in the same file. */
function withoutOverlaps(planned: PlannedEdit[]): { kept: PlannedEdit[]; dropped: PlannedEdit[] } {
  const kept: PlannedEdit[] = []
  const dropped: PlannedEdit[] = []
  for (const edit of planned) {
    const same = kept.filter(other => other.file === edit.file).flatMap(other => other.edits)
    try {
      applyEdits(edit.file.source, [...same, ...edit.edits])
      kept.push(edit)
    } catch (error) {
      if (!(error instanceof OverlappingEdits)) throw error
      dropped.push(edit)
    }
  }
  return { kept, dropped }
}

interface Rendered {
  contents: Map<string, string>
  /** The line each planned edit starts on in its rewritten file. */
  lines: Map<PlannedEdit, number>
}

function render(planned: PlannedEdit[]): Rendered {
  const rendered: Rendered = { contents: new Map(), lines: new Map() }
  for (const file of new Set(planned.map(edit => edit.file))) {
    const mine = planned.filter(edit => edit.file === file)
    const edits = mine.flatMap(edit => edit.edits)
    const { text, offsets } = applyEdits(file.source, edits)
    rendered.contents.set(file.path, text)
    let first = 0
    for (const edit of mine) {
      const offset = offsets[first] + (/^\n*/.exec(edits[first].text)?.[0].length ?? 0)
      rendered.lines.set(edit, text.slice(0, offset).split('\n').length)
      first += edit.edits.length
    }
  }
  return rendered
}

function takenBack(edit: PlannedEdit, why: string): NotCodified[] {
  const where = { file: edit.file.repoPath }
  if (edit.removed)
    return [
      {
        address: edit.address,
        reason: 'still-planned',
        detail: `${why}: remove it by hand`,
        ...where
      }
    ]
  return edit.changes.map(change => ({
    address: edit.address,
    path: change.path,
    reason: 'still-planned',
    detail: `written, then taken back: ${why}`,
    ...where,
    live: change.after
  }))
}

/** Paths left for a person, by address: the plan may still change those. */
function listedPaths(notCodified: NotCodified[]): Map<string, string[]> {
  const listed = new Map<string, string[]>()
  for (const entry of notCodified) {
    if (entry.path) listed.set(entry.address, [...(listed.get(entry.address) ?? []), entry.path])
  }
  return listed
}

function result(
  directory: string,
  planned: PlannedEdit[],
  notCodified: NotCodified[],
  run?: { rendered: Rendered; validation: ValidationRun; plan: ValidationPlan }
): CodifyResult {
  const changes: CodifiedChange[] = []
  const removed: RemovedResource[] = []
  for (const edit of run ? planned : []) {
    const where = { file: edit.file.repoPath, line: run?.rendered.lines.get(edit) ?? 0 }
    if (edit.removed) removed.push({ address: edit.address, ...where })
    for (const change of edit.changes)
      changes.push({
        address: edit.address,
        path: change.path,
        ...where,
        before: change.before,
        after: change.after
      })
  }
  const files = run
    ? [...new Set(planned.map(edit => edit.file))].map(file => ({
        path: file.repoPath,
        content: run.validation.formatted.get(file.path) ?? ''
      }))
    : []
  return {
    remedy: 'codify',
    directory,
    files,
    changes,
    removed,
    notCodified,
    ...(run ? { validation: run.plan } : {})
  }
}

export async function codify(request: CodifyRequest): Promise<CodifyResult> {
  const rootDir = resolve(request.directory)
  const repoRoot = resolve(request.repoRoot ?? sourceRoot())
  const files = await readRoot(rootDir, repoRoot)
  try {
    const located = locate(files, request.drift)
    const { kept, dropped } = withoutOverlaps(located.planned)
    const notCodified = [
      ...located.notCodified,
      ...dropped.flatMap(edit => takenBack(edit, 'another edit changes the same code'))
    ]
    let planned = kept
    for (let round = 1; planned.length > 0; round++) {
      const rendered = render(planned)
      const validation = await planRewritten(
        rootDir,
        repoRoot,
        request.directory,
        rendered.contents,
        request.terraform
      )
      const verdict = judge(validation.plan, planned, listedPaths(notCodified))
      if (verdict.failed.size === 0 || round === MAX_PLANS) {
        const ok = verdict.failed.size === 0
        const plan = { ok, resources: verdict.resources }
        return result(request.directory, planned, notCodified, { rendered, validation, plan })
      }
      for (const [edit, why] of verdict.failed) notCodified.push(...takenBack(edit, why))
      planned = planned.filter(edit => !verdict.failed.has(edit))
    }
    return result(request.directory, [], notCodified)
  } finally {
    for (const file of files) file.tree.delete()
  }
}

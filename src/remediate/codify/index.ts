import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { DriftFinding } from '../../model/findings.js'
import type { TerraformOptions } from '../../collect/terraform/run.js'
import { sourceRoot } from '../../collect/terraform/source-locations.js'
import { UserError } from '../../errors.js'
import { applyEdits, OverlappingEdits } from './editor.js'
import { parseHcl } from './hcl.js'
import type { HclFile, PlannedEdit } from './locate.js'
import { locate } from './locate.js'
import type { ValidationPlan } from '../../model/remedy.js'
import type { CodifiedChange, CodifyRemedy, NotCodified, RemovedResource } from './types.js'
import type { Diagnostic, ScratchRoot } from './validate.js'
import { judge, openScratch } from './validate.js'

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

/** Plans at most: when the last still undoes an edit, codify fails rather than promise it. */
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
  /** The lines each planned edit wrote or joined, in its rewritten file: first, last. */
  lines: Map<PlannedEdit, [number, number]>
}

function render(planned: PlannedEdit[]): Rendered {
  const rendered: Rendered = { contents: new Map(), lines: new Map() }
  for (const file of new Set(planned.map(edit => edit.file))) {
    const mine = planned.filter(edit => edit.file === file)
    const edits = mine.flatMap(edit => edit.edits)
    const { text, offsets } = applyEdits(file.source, edits)
    rendered.contents.set(file.path, text)
    const lineAt = (offset: number) => text.slice(0, offset).split('\n').length
    let next = 0
    for (const edit of mine) {
      const spans = edit.edits.map((textEdit, i) => {
        const written = textEdit.text.replace(/^\n+/, '').replace(/\n+$/, '')
        const first = lineAt(
          offsets[next + i] + textEdit.text.length - textEdit.text.replace(/^\n+/, '').length
        )
        return [first, first + written.split('\n').length - 1]
      })
      next += edit.edits.length
      rendered.lines.set(edit, [
        Math.min(...spans.map(s => s[0])),
        Math.max(...spans.map(s => s[1]))
      ])
    }
  }
  return rendered
}

function takenBack(
  edit: PlannedEdit,
  reason: 'invalid' | 'still-planned',
  why: string
): NotCodified[] {
  const where = { file: edit.file.repoPath }
  if (edit.removed)
    return [{ address: edit.address, reason, detail: `${why}: remove it by hand`, ...where }]
  return edit.changes.map(change => ({
    address: edit.address,
    path: change.path,
    reason,
    detail: `written, then taken back: ${why}`,
    ...where,
    live: change.after
  }))
}

/** The planned edits whose lines `terraform validate` rejected, each with the first message. */
function rejected(
  errors: Diagnostic[],
  planned: PlannedEdit[],
  rendered: Rendered
): Map<PlannedEdit, string> {
  const found = new Map<PlannedEdit, string>()
  for (const error of errors) {
    const edit = planned.find(edit => {
      const [first, last] = rendered.lines.get(edit) ?? [0, -1]
      return edit.file.path === error.file && error.line >= first && error.line <= last
    })
    if (edit && !found.has(edit)) found.set(edit, `terraform validate: ${error.message}`)
  }
  return found
}

/** One line for the Remedy model's `skipped`: what, where, why, and the live value. */
function skippedReason(entry: NotCodified): string {
  const what = entry.path ? `\`${entry.path}\`` : 'the resource'
  const where = entry.file ? ` (${entry.file}${entry.line ? `:${entry.line}` : ''})` : ''
  const live = 'live' in entry ? `; live value ${JSON.stringify(entry.live)}` : ''
  return `${what}${where}: ${entry.detail}${live}`
}

interface Outcome {
  directory: string
  root: string
  planned: PlannedEdit[]
  notCodified: NotCodified[]
  run?: { rendered: Rendered; formatted: Map<string, string>; plan: ValidationPlan }
}

function remedyOf({ root, planned, notCodified, run }: Outcome): CodifyRemedy {
  const changes: CodifiedChange[] = []
  const removed: RemovedResource[] = []
  for (const edit of run ? planned : []) {
    const where = { file: edit.file.repoPath, line: run?.rendered.lines.get(edit)?.[0] ?? 0 }
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
    ? [...run.formatted].map(([path, content]) => ({
        path: planned.find(edit => edit.file.path === path)?.file.repoPath ?? path,
        content
      }))
    : []
  const addressed = [...new Set([...changes, ...removed].map(c => c.address))]
  return {
    kind: 'codify',
    root,
    files,
    addressed: addressed.map(address => ({ finding: address, address })),
    skipped: notCodified.map(entry => ({
      finding: entry.address,
      address: entry.address,
      reason: skippedReason(entry)
    })),
    ...(run ? { plan: run.plan } : {}),
    codify: { changes, removed, notCodified }
  }
}

export async function codify(request: CodifyRequest): Promise<CodifyRemedy> {
  const rootDir = resolve(request.directory)
  const repoRoot = resolve(request.repoRoot ?? sourceRoot())
  const root = relative(repoRoot, rootDir).split(sep).join('/') || '.'
  const files = await readRoot(rootDir, repoRoot)
  try {
    const located = locate(files, request.drift)
    const { kept, dropped } = withoutOverlaps(located.planned)
    const notCodified = [
      ...located.notCodified,
      ...dropped.flatMap(edit =>
        takenBack(edit, 'still-planned', 'another edit changes the same code')
      )
    ]
    const outcome: Outcome = { directory: request.directory, root, planned: kept, notCodified }
    if (kept.length === 0) return remedyOf(outcome)
    const scratch = await openScratch(rootDir, repoRoot, request.directory, request.terraform)
    try {
      return remedyOf(await validated(scratch, outcome))
    } finally {
      await scratch.remove()
    }
  } finally {
    for (const file of files) file.tree.delete()
  }
}

/**
 * Rewrites, validates and plans until the plan shows every edit left planning no change: edits
 * `terraform validate` rejects are taken back first (cheap), then those the plan still undoes.
 */
async function validated(scratch: ScratchRoot, outcome: Outcome): Promise<Outcome> {
  const { notCodified } = outcome
  let planned = outcome.planned
  let plans = 0
  while (planned.length > 0) {
    const rendered = render(planned)
    const formatted = await scratch.write(rendered.contents)
    const errors = await scratch.validate()
    if (errors.length > 0) {
      const bad = rejected(errors, planned, rendered)
      if (bad.size === 0) {
        const [error] = errors
        throw new UserError(
          `codify: ${relative(process.cwd(), error.file)}:${error.line} does not validate, where no edit was made: ${error.message}`
        )
      }
      for (const [edit, why] of bad) notCodified.push(...takenBack(edit, 'invalid', why))
      planned = planned.filter(edit => !bad.has(edit))
      continue
    }
    const verdict = judge(await scratch.plan(), planned)
    if (verdict.failed.size === 0)
      return { ...outcome, planned, run: { rendered, formatted, plan: verdict.plan } }
    if (++plans === MAX_PLANS) {
      const [[edit, why]] = verdict.failed
      throw new UserError(
        `codify: the validation plan of '${outcome.directory}' still undoes the edit of ${edit.address} after ${MAX_PLANS} plans (${why}): nothing is written.`
      )
    }
    for (const [edit, why] of verdict.failed)
      notCodified.push(...takenBack(edit, 'still-planned', why))
    planned = planned.filter(edit => !verdict.failed.has(edit))
  }
  return { ...outcome, planned: [] }
}

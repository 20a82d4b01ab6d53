import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { diffAttributes } from '../../analyse/diff.js'
import { readConfiguration } from '../../collect/terraform/plan-file/config.js'
import { readRootFiles } from '../../collect/terraform/module-files.js'
import type { Plan } from '../../collect/terraform/plan-json.js'
import type { Diagnostic } from '../../collect/terraform/ui-json.js'
import { UserError } from '../../errors.js'
import type { UnmanagedResource } from '../../model/findings.js'
import type { Block } from '../hcl/syntax.js'
import { attributes, blocks, indexOfByte, parseBody, valueText } from '../hcl/syntax.js'
import { commentText, hclString, importBlock } from '../hcl/write.js'
import type { Remedy, RemedySubject, Skipped, ValidationPlan } from '../../model/remedy.js'
import { scratchCopy } from '../scratch.js'
import type { Scratch } from '../scratch.js'
import type { RemedyTerraform } from '../terraform.js'
import {
  fmtScratch,
  initScratch,
  planScratch,
  readScratchPlan,
  validationPlan
} from '../terraform.js'
import type { TidyLevel } from './cleanup.js'
import { diagnosticLine, repairBlock, tidyBlock } from './cleanup.js'
import type { AdoptRequest } from './targets.js'
import { findingName } from './targets.js'

/**
 * Adopt: unmanaged resources written into a root as `import` blocks with the `resource` blocks
 * terraform generates for them, cleaned (cleanup.ts), and proven by a plan. All of it happens in a
 * scratch copy of the root; the remedy holds the files to write, and only what its validation
 * plan shows imported with no change to add, change or destroy. A resource terraform cannot
 * import, whose configuration does not validate, or whose plan would change it, is left out with
 * the reason.
 */

/** The file adopted resources go into, in the root; added to when it is there already. */
export const ADOPTED_FILE = 'adopted.tf'
const IMPORTS_FILE = 'driftwatch-adopt-imports.tf'
const GENERATED_FILE = 'driftwatch-adopt-generated.tf'
const PLAN_FILE = '.driftwatch-adopt.tfplan'
/** Validation rounds: each repairs or leaves out every resource that failed the one before. */
const ROUNDS = 6

const FILE_HEADER = `# Resources Driftwatch found in AWS that no Terraform state managed. Each import block brings
# the existing object under this configuration on the next apply, which changes nothing in AWS;
# the import blocks can be removed once applied.
`

export interface AdoptOptions {
  /** Where paths in the remedy are relative to: the repository root. */
  repoRoot: string
  terraform: RemedyTerraform
  /** Whether text holds a secret the audit learnt (a sensitive value): such a resource is left out. */
  holdsSecret: (text: string) => boolean
  /** One line of progress for people. */
  log: (message: string) => void
}

interface Candidate {
  resource: UnmanagedResource
  subject: RemedySubject & { address: string }
  type: string
  importId: string
  /** As terraform generated it. */
  raw: string
  /** As it now stands in the file. */
  block: string
  level: TidyLevel
}

function posixPath(path: string): string {
  return path.split('\\').join('/')
}

/** Addresses the root's configuration already has: adopted names must not clash with them. */
async function takenAddresses(dir: string): Promise<Set<string>> {
  const root = await readRootFiles(dir)
    .then(files => readConfiguration(files))
    .catch(() => undefined)
  return new Set((root?.resources ?? []).map(r => r.address))
}

/** Each resource's address in the code: the report's import name, made unique in the root. */
function addresses(
  resources: UnmanagedResource[],
  taken: Set<string>
): Map<UnmanagedResource, string> {
  const out = new Map<UnmanagedResource, string>()
  for (const resource of resources) {
    const base = resource.importBlock?.to as string
    let address = base
    for (let n = 2; taken.has(address); n++) address = `${base}_${n}`
    taken.add(address)
    out.set(resource, address)
  }
  return out
}

interface Spans {
  importAt?: Block
  resourceAt?: Block
}

/** The candidate a diagnostic is about: by its address, its place in `text`, or its message. */
function subjectOf(
  diagnostic: Diagnostic,
  candidates: Candidate[],
  located?: { text: string; file: string; spans: Map<string, Spans> }
): { candidate: Candidate; at?: number } | undefined {
  const byAddress = candidates.find(c => c.subject.address === diagnostic.address)
  const range = diagnostic.range
  if (located && range && range.filename.endsWith(located.file)) {
    const at = indexOfByte(located.text, range.start.byte)
    for (const candidate of candidates) {
      const { importAt, resourceAt } = located.spans.get(candidate.subject.address) ?? {}
      if (byAddress && byAddress !== candidate) continue
      // A position is passed on only within the resource block, where the repairs work.
      if (resourceAt && at >= resourceAt.start && at < resourceAt.end)
        return { candidate, at: at - resourceAt.start }
      if (importAt && at >= importAt.start && at < importAt.end) return { candidate }
    }
  }
  if (byAddress) return { candidate: byAddress }
  const text = `${diagnostic.summary} ${diagnostic.detail}`
  const named = candidates.find(c => text.includes(`"${c.subject.address}"`))
  return named ? { candidate: named } : undefined
}

/** Resource blocks of a file, by address. */
function resourceBlocks(text: string): Map<string, Block> {
  const out = new Map<string, Block>()
  for (const block of blocks(parseBody(text), 'resource')) {
    if (block.labels.length === 2) out.set(`${block.labels[0]}.${block.labels[1]}`, block)
  }
  return out
}

/** Import blocks of a file, by the address they import to. */
function importBlocks(text: string): Map<string, Block> {
  const out = new Map<string, Block>()
  for (const block of blocks(parseBody(text), 'import')) {
    const to = attributes(block.items).find(a => a.name === 'to')
    if (to) out.set(valueText(text, to), block)
  }
  return out
}

class Adoption {
  readonly skipped: Skipped[] = []
  candidates: Candidate[] = []

  constructor(
    readonly scratch: Scratch,
    readonly root: string,
    readonly options: AdoptOptions
  ) {}

  skip(candidate: Candidate, reason: string): void {
    this.candidates = this.candidates.filter(c => c !== candidate)
    this.skipped.push({ ...candidate.subject, reason })
  }

  get tf(): RemedyTerraform {
    return this.options.terraform
  }

  /** `terraform plan -generate-config-out` with an import block for each resource. */
  async generate(resources: UnmanagedResource[]): Promise<void> {
    const names = addresses(resources, await takenAddresses(this.scratch.dir))
    const imports = resources.map(r =>
      importBlock({ to: names.get(r) as string, id: r.importBlock?.id as string })
    )
    const importsPath = join(this.scratch.dir, IMPORTS_FILE)
    const generatedPath = join(this.scratch.dir, GENERATED_FILE)
    await writeFile(importsPath, `${imports.join('\n\n')}\n`)
    this.options.log(
      `Generating configuration for ${resources.length} resources in a copy of '${this.root}'`
    )
    const run = await planScratch(this.scratch, this.tf, [`-generate-config-out=${GENERATED_FILE}`])
    const generatedText = await readFile(generatedPath, 'utf8').catch(() => '')
    await rm(importsPath, { force: true })
    await rm(generatedPath, { force: true })
    const generated = resourceBlocks(generatedText)
    const all: Candidate[] = resources.map(resource => {
      const address = names.get(resource) as string
      const block = generated.get(address)
      const raw = block ? generatedText.slice(block.start, block.end) : ''
      return {
        resource,
        subject: { finding: findingName(resource), address },
        type: resource.type,
        importId: resource.importBlock?.id as string,
        raw,
        block: raw,
        level: 'full'
      }
    })
    this.candidates = all
    if (generated.size === 0 && !run.ok) {
      const unattributed = run.errors.find(e => !subjectOf(e, all))
      if (unattributed)
        throw new UserError(
          `terraform plan failed in a copy of '${this.root}': ${diagnosticLine(unattributed)}`
        )
    }
    for (const candidate of all) {
      if (candidate.raw && this.options.holdsSecret(candidate.raw)) {
        this.skip(candidate, 'its configuration would hold a value Terraform marks sensitive.')
      } else if (candidate.raw) {
        candidate.block = tidyBlock(candidate.raw, 'full')
      } else {
        const error = run.errors.find(e => subjectOf(e, [candidate]))
        this.skip(
          candidate,
          error
            ? `terraform cannot import it: ${diagnosticLine(error)}`
            : 'terraform generated no configuration for it.'
        )
      }
    }
  }

  /** The file as it would be written: what the root had in it, then each adopted resource. */
  compose(existing: string | undefined): string {
    const parts = this.candidates.map(({ resource, subject, importId, block }) => {
      const where = resource.region === 'global' ? '(global)' : `in ${resource.region}`
      const about = commentText(`${resource.type} ${hclString(resource.id)} ${where}`)
      const severity = resource.severity ? `, ${resource.severity}` : ''
      return `# ${about}: unmanaged${severity}.\n${importBlock({ to: subject.address, id: importId })}\n\n${block.trim()}\n`
    })
    const head = existing === undefined ? FILE_HEADER : `${existing.trimEnd()}\n`
    return `${head}\n${parts.join('\n')}`
  }

  /**
   * Plans the composed file until every resource left imports with no change: each round repairs
   * or leaves out the resources that failed validation, or tidies less (then leaves out) those
   * whose plan would change them.
   */
  async validate(
    existing: string | undefined
  ): Promise<{ text: string; plan: ValidationPlan } | undefined> {
    const path = join(this.scratch.dir, ADOPTED_FILE)
    for (let round = 1; this.candidates.length > 0; round++) {
      await writeFile(path, this.compose(existing))
      await fmtScratch(this.scratch, this.tf, ADOPTED_FILE)
      const text = await readFile(path, 'utf8')
      const resources = resourceBlocks(text)
      for (const c of this.candidates) {
        const block = resources.get(c.subject.address)
        if (block) c.block = text.slice(block.start, block.end)
      }
      this.options.log(
        `Validation plan ${round} of ${this.candidates.length} resources in a copy of '${this.root}'`
      )
      const run = await planScratch(this.scratch, this.tf, [`-out=${PLAN_FILE}`])
      if (!run.ok) {
        this.repair(run.errors, text, resources, round)
        continue
      }
      const plan = await readScratchPlan(this.scratch, this.tf, join(this.scratch.dir, PLAN_FILE))
      const ours = new Set(this.candidates.map(c => c.subject.address))
      const summary = validationPlan(plan, ours)
      if (this.settle(plan, summary)) return { text, plan: summary }
    }
    return undefined
  }

  private repair(
    errors: Diagnostic[],
    text: string,
    resources: Map<string, Block>,
    round: number
  ): void {
    const imports = importBlocks(text)
    const spans = new Map<string, Spans>(
      this.candidates.map(c => [
        c.subject.address,
        { importAt: imports.get(c.subject.address), resourceAt: resources.get(c.subject.address) }
      ])
    )
    const located = { text, file: ADOPTED_FILE, spans }
    const byCandidate = new Map<Candidate, { diagnostic: Diagnostic; at?: number }[]>()
    for (const diagnostic of errors) {
      const found = subjectOf(diagnostic, this.candidates, located)
      if (!found) {
        throw new UserError(
          `terraform plan failed in a copy of '${this.root}': ${diagnosticLine(diagnostic)}`
        )
      }
      byCandidate.set(found.candidate, [
        ...(byCandidate.get(found.candidate) ?? []),
        { diagnostic, at: found.at }
      ])
    }
    for (const [candidate, list] of byCandidate) {
      const result =
        round < ROUNDS
          ? repairBlock(candidate.block, candidate.type, list)
          : {
              reason: `its generated configuration still fails validation: ${diagnosticLine(list[0].diagnostic)}`
            }
      if ('block' in result) candidate.block = result.block
      else this.skip(candidate, result.reason)
    }
  }

  /** Whether every resource imports with no change; if not, the next round's changes are made. */
  private settle(plan: Plan, summary: ValidationPlan): boolean {
    let settled = true
    for (const candidate of [...this.candidates]) {
      const address = candidate.subject.address
      const planned = summary.resources.find(r => r.address === address)
      if (planned?.action === 'import') continue
      settled = false
      if (candidate.level === 'full' && planned) {
        candidate.level = 'minimal'
        candidate.block = tidyBlock(candidate.raw, 'minimal')
        continue
      }
      const change = plan.resource_changes?.find(r => r.address === address)?.change
      const paths = change
        ? diffAttributes(
            change.before,
            change.after,
            change.before_sensitive,
            change.after_sensitive
          ).map(d => d.path.split(/[.[]/)[0])
        : []
      const attributes = [...new Set(paths)].join(', ')
      this.skip(
        candidate,
        planned
          ? `its plan would ${planned.action} it${attributes ? ` (${attributes})` : ''}, not only import it.`
          : 'its plan does not import it.'
      )
    }
    return settled
  }
}

/** The adopt remedy for one root. */
export async function adoptInto(request: AdoptRequest, options: AdoptOptions): Promise<Remedy> {
  const rootDir = resolve(request.directory)
  const root = posixPath(relative(options.repoRoot, rootDir)) || '.'
  const file = root === '.' ? ADOPTED_FILE : `${root}/${ADOPTED_FILE}`
  const scratch = await scratchCopy(rootDir, options.repoRoot)
  const adoption = new Adoption(scratch, root, options)
  try {
    await initScratch(scratch, options.terraform)
    const existing = await readFile(join(scratch.dir, ADOPTED_FILE), 'utf8').catch(() => undefined)
    await adoption.generate(request.resources)
    const validated = await adoption.validate(existing)
    const remedy: Remedy = {
      kind: 'adopt',
      root,
      files: validated ? [{ path: file, content: validated.text }] : [],
      addressed: adoption.candidates.map(c => c.subject),
      skipped: adoption.skipped
    }
    return validated ? { ...remedy, plan: validated.plan } : remedy
  } finally {
    await scratch.remove()
  }
}

import type { Diagnostic } from '../../collect/terraform/ui-json.js'
import { clipToLine } from '../../errors.js'
import type { Block, Edit, Item } from '../hcl/syntax.js'
import {
  applyEdits,
  attributes,
  blocks,
  emptyLiteral,
  itemAt,
  parseBody,
  removal,
  valueText
} from '../hcl/syntax.js'

/**
 * What `terraform plan -generate-config-out` gets wrong, put right on the text it generates. The
 * generator writes every argument the provider's schema allows, with the value read back:
 * computed values (`tags_all`), both sides of arguments that exclude each other (`name` with
 * `name_prefix`), nulls and zero values for what was never set, and now and then a value the
 * provider's own validation refuses. Each rule works on whole arguments and blocks (hcl/syntax.ts),
 * leaves every other byte as terraform wrote it (so its escaping of `${` and `%{` in AWS's text
 * stays), and is proven by the validation plan, never trusted alone.
 *
 * Two levels: `full` also drops what only reads as noise (nulls, empty and zero values); `minimal`
 * only what validation needs. A resource whose plan changes under `full` is tried again `minimal`.
 */

export type TidyLevel = 'full' | 'minimal'

/** Computed values the generator writes as arguments: set by the provider (default_tags). */
const COMPUTED = new Set(['tags_all'])

/** `name` excludes `name_prefix`: the second goes when the first holds a value. */
const EXCLUDED_BY: Record<string, string> = {
  name_prefix: 'name',
  bucket_prefix: 'bucket'
}

/** The edits that tidy a body, and how many of its items they leave. */
function tidyItems(
  source: string,
  items: Item[],
  level: TidyLevel
): { edits: Edit[]; kept: number } {
  const out: Edit[] = []
  let kept = 0
  const present = new Map(attributes(items).map(a => [a.name, a]))
  for (const item of items) {
    if (item.kind === 'block') {
      const inner =
        item.type === 'lifecycle' ? { edits: [], kept: 1 } : tidyItems(source, item.items, level)
      if (level === 'full' && inner.kept === 0) out.push(removal(source, item))
      else {
        out.push(...inner.edits)
        kept++
      }
      continue
    }
    const excluder = present.get(EXCLUDED_BY[item.name] ?? '')
    const drop =
      COMPUTED.has(item.name) ||
      (excluder !== undefined && emptyLiteral(valueText(source, excluder)) === undefined) ||
      (level === 'full' && emptyLiteral(valueText(source, item)) !== undefined)
    if (drop) out.push(removal(source, item))
    else kept++
  }
  return { edits: out, kept }
}

/** One generated `resource` block tidied: the text of the block alone. */
export function tidyBlock(block: string, level: TidyLevel): string {
  const [resource] = blocks(parseBody(block), 'resource')
  if (!resource) return block
  return applyEdits(block, tidyItems(block, resource.items, level).edits)
}

/**
 * A repair for one validation error of one attribute or block: the edits, and a comment and
 * lifecycle setting it needs, if any.
 */
interface Repair {
  edits: Edit[]
  /** Arguments left to AWS: `lifecycle { ignore_changes = [...] }`, with why. */
  ignore?: { name: string; why: string }
}

type RepairRule = (context: {
  source: string
  type: string
  diagnostic: Diagnostic
  item: Item
  around: Block[]
}) => Repair | undefined

/** hashicorp/aws 5.x validates an SQS queue's `max_message_size` at most 256 KiB; AWS now allows 1 MiB. */
const SQS_LIMIT = 262144

/** Errors that no removal can put right: a value AWS never gave back (a key's public half). */
const WANTS_A_VALUE = /is required|one of `[^`]*` must be specified/

const RULES: RepairRule[] = [
  // The generator writes a zero value for what was never set; validation refuses some (a range
  // starting at 1, a list of at least two): unset is what AWS holds.
  ({ source, item, diagnostic }) =>
    item.kind === 'attribute' &&
    emptyLiteral(valueText(source, item)) !== undefined &&
    !WANTS_A_VALUE.test(diagnostic.detail)
      ? { edits: [removal(source, item)] }
      : undefined,
  // A nested block of nothing but unset values, which then lacks a required argument.
  ({ source, diagnostic, around }) => {
    // around[0] is the resource itself, which this rule never removes.
    const block = around.length > 1 ? around[around.length - 1] : undefined
    if (!block || !/required/i.test(diagnostic.summary + diagnostic.detail)) return undefined
    const values = attributes(block.items)
    if (blocks(block.items).length > 0 || values.some(a => !emptyLiteral(valueText(source, a))))
      return undefined
    return { edits: [removal(source, block)] }
  },
  // Arguments that exclude each other, both holding a value: the longer name goes (`_id`,
  // `_prefix`, `_mapping` of the plain one), which the provider then computes as AWS has it.
  ({ source, diagnostic, around }) => {
    const names = exclusivePair(diagnostic)
    if (!names) return undefined
    const body = around.length > 0 ? around[around.length - 1].items : undefined
    if (!body) return undefined
    const [, longer] = [...names].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    const gone = body.filter(i => (i.kind === 'attribute' ? i.name : i.type) === longer)
    return gone.length > 0 ? { edits: gone.map(i => removal(source, i)) } : undefined
  },
  ({ source, type, item }) => {
    if (type !== 'aws_sqs_queue' || item.kind !== 'attribute' || item.name !== 'max_message_size')
      return undefined
    const size = Number(valueText(source, item))
    if (!(size > SQS_LIMIT)) return undefined
    return {
      edits: [removal(source, item)],
      ignore: {
        name: 'max_message_size',
        why: `AWS holds ${size}, above the ${SQS_LIMIT} that hashicorp/aws 5.x accepts: left to AWS until the provider takes it.`
      }
    }
  }
]

/** The two names of "X conflicts with Y" or "only one of `X,Y`", when the diagnostic is one. */
function exclusivePair(diagnostic: Diagnostic): string[] | undefined {
  const text = diagnostic.detail
  const conflict = /^"([\w.]+)": conflicts with ([\w.]+)$/.exec(text)
  if (conflict) return [conflict[1], conflict[2]].map(n => n.split('.').pop() as string)
  const onlyOne = /only one of `([\w,]+)` can be specified/.exec(text)
  const names = onlyOne?.[1].split(',')
  return names?.length === 2 ? names : undefined
}

export type RepairResult = { block: string } | { reason: string }

/** The diagnostic in one line, as the skipped list shows it. */
export function diagnosticLine(diagnostic: Diagnostic): string {
  const detail =
    diagnostic.detail && diagnostic.detail !== diagnostic.summary ? `: ${diagnostic.detail}` : ''
  return clipToLine(`${diagnostic.summary}${detail}`, 300)
}

function lifecycleEdit(
  block: string,
  resource: Block,
  ignored: { name: string; why: string }[]
): Edit {
  const comments = ignored.map(i => `  # ${i.name}: ${i.why}\n`).join('')
  const names = ignored.map(i => i.name).join(', ')
  return {
    start: resource.bodyEnd,
    end: resource.bodyEnd,
    text: `${comments}  lifecycle {\n    ignore_changes = [${names}]\n  }\n`
  }
}

/**
 * The resource block with a repair for each of its validation errors (`at`: each error's position
 * in the block), or why it cannot be adopted: the first error no rule repairs.
 */
export function repairBlock(
  block: string,
  type: string,
  errors: { diagnostic: Diagnostic; at?: number }[]
): RepairResult {
  const [resource] = blocks(parseBody(block), 'resource')
  if (!resource) return { reason: 'terraform generated no resource block for it' }
  const all: Edit[] = []
  const ignored: { name: string; why: string }[] = []
  for (const { diagnostic, at } of errors) {
    // An error placed outside the block's arguments (or nowhere) is about the resource as a whole.
    const found = (at === undefined ? undefined : itemAt(resource.items, at, [resource])) ?? {
      item: resource,
      around: [resource]
    }
    const repair = RULES.reduce<Repair | undefined>(
      (done, rule) => done ?? rule({ source: block, type, diagnostic, ...found }),
      undefined
    )
    if (!repair)
      return {
        reason: `its generated configuration fails validation: ${diagnosticLine(diagnostic)}`
      }
    all.push(...repair.edits)
    if (repair.ignore) ignored.push(repair.ignore)
  }
  if (ignored.length > 0) all.push(lifecycleEdit(block, resource, ignored))
  const repaired = applyEdits(block, all)
  return repaired === block
    ? {
        reason: `its generated configuration fails validation: ${diagnosticLine(errors[0].diagnostic)}`
      }
    : { block: repaired }
}

import type { PlanChange, ResourceChange } from '../plan-json.js'
import { parseAddress, providerSource } from './address.js'
import type { Pattern, Step } from './masks.js'
import { hasUnknown, omitUnknowns, restoreNumbers, sensitiveMask, unknownAsBool } from './masks.js'
import type { Value } from './msgpack.js'
import { decodeValue } from './msgpack.js'
import { allBytes, bytesOf, message, numberOf, stringOf } from './protobuf.js'
import type { Schemas, TypeSchema } from './schema.js'

/**
 * The `tfplan` entry of a plan file: Terraform's own protobuf record of the plan
 * (internal/plans/planproto/planfile.proto, format version 3 since Terraform 1.0), decoded into
 * the shapes `terraform show -json` writes. Field numbers are the proto file's.
 */

export class TfplanError extends Error {}

export const TFPLAN_VERSION = 3

/**
 * The fields of each message analysis reads, by planfile.proto's numbers (Terraform 1.11, and
 * Change's resource identities of 1.12, which analysis has no use for). A field outside these
 * means the plan holds something this reader was not written for, in a place analysis reads: it
 * is refused, and the plan read with `terraform show -json`. The top-level Plan is not held to
 * this: Terraform adds fields there that analysis does not read (checks, deferred changes,
 * actions, state stores), and a plan from a version the reader was not verified on is read both
 * ways before the reader is trusted on it (trust.ts).
 */
const KNOWN_FIELDS = {
  'a resource change': new Set([7, 8, 9, 10, 11, 12, 13, 14]),
  'a change': new Set([1, 2, 3, 4, 5, 6, 7, 8]),
  'an output change': new Set([1, 2, 3]),
  'a value': new Set([1]),
  'a path': new Set([1]),
  'a path step': new Set([1, 2]),
  'a variable': new Set([1, 2])
}

/** A message analysis reads, refused when it has a field this reader does not know. */
function known(bytes: Buffer, what: keyof typeof KNOWN_FIELDS): Map<number, (number | Buffer)[]> {
  const fields = message(bytes)
  for (const number of fields.keys())
    if (!KNOWN_FIELDS[what].has(number))
      throw new TfplanError(`it has field ${number} in ${what}, which this reader does not know`)
  return fields
}

/**
 * OpenTofu writes plan files of the same format number, with its own version numbers (which
 * Terraform's overlap) and its own meaning for some fields and actions; what tells its plans
 * apart is its registry, where the providers a plan uses come from.
 */
const OPENTOFU_REGISTRY = 'registry.opentofu.org/'

/** `1.11.4`, `1.12.0-beta1`: what a version must look like to name a verdict file (trust.ts). */
const TERRAFORM_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/

const ACTIONS: Record<number, string[]> = {
  0: ['no-op'],
  1: ['create'],
  2: ['read'],
  3: ['update'],
  5: ['delete'],
  6: ['delete', 'create'],
  7: ['create', 'delete'],
  8: ['forget'],
  9: ['create', 'forget']
}

export interface Tfplan {
  terraformVersion: string
  variables: Record<string, { value?: unknown }>
  resourceChanges: ResourceChange[]
  resourceDrift: ResourceChange[]
  outputChanges: Record<string, PlanChange>
}

function dynamicValue(bytes: Buffer | undefined): Value {
  if (!bytes) return null
  const msgpack = bytesOf(known(bytes, 'a value'), 1)
  if (!msgpack) throw new TfplanError('a value in a format other than MessagePack')
  return decodeValue(msgpack)
}

function path(bytes: Buffer): Step[] | undefined {
  const steps: Step[] = []
  for (const step of allBytes(known(bytes, 'a path'), 1)) {
    const fields = known(step, 'a path step')
    if (fields.has(1)) steps.push(stringOf(fields, 1))
    else {
      const key = dynamicValue(bytesOf(fields, 2))
      // A set element is found by its whole value, which no mask can point to: the caller then
      // marks the whole collection.
      if (typeof key !== 'string' && typeof key !== 'number') return undefined
      steps.push(key)
    }
  }
  return steps
}

/** Sensitive paths; one that enters a set element is cut to the set, which is then marked whole. */
function paths(list: Buffer[]): Step[][] {
  return list.map(bytes => {
    const steps = path(bytes)
    if (steps) return steps
    const whole: Step[] = []
    for (const step of allBytes(message(bytes), 1)) {
      const fields = message(step)
      if (!fields.has(1)) break
      whole.push(stringOf(fields, 1))
    }
    return whole
  })
}

interface Sides {
  actions: string[]
  importing?: { id: string }
  before: Value
  after: Value
  beforePaths: Step[][]
  afterPaths: Step[][]
}

function sides(bytes: Buffer): Sides {
  const fields = known(bytes, 'a change')
  const code = numberOf(fields, 1)
  const actions = ACTIONS[code]
  if (!actions) throw new TfplanError(`a change action this reader does not know (${code})`)
  const values = allBytes(fields, 2).map(v => dynamicValue(v))
  // planfile.proto: create and no-op carry the new value alone, delete the old; the rest both.
  let before: Value = null
  let after: Value = null
  if (code === 1 || code === 0) after = values[0] ?? null
  else if (code === 5 || code === 8) before = values[0] ?? null
  else [before = null, after = null] = values
  if (code === 0) before = after
  const importing = bytesOf(fields, 5)
  return {
    actions,
    ...(importing ? { importing: { id: stringOf(message(importing), 1) } } : {}),
    before,
    after,
    beforePaths: paths(allBytes(fields, 3)),
    afterPaths: paths(allBytes(fields, 4))
  }
}

function typeSchema(
  schemas: Schemas,
  provider: string,
  mode: 'managed' | 'data',
  type: string
): TypeSchema {
  const source = providerSource(provider)
  const schema = source ? schemas.get(source)?.[mode][type] : undefined
  if (!schema) throw new TfplanError(`no schema for ${type} of ${source ?? provider}`)
  return schema
}

function planChange(s: Sides, schema: TypeSchema): PlanChange {
  const sensitive: Pattern[] = schema.sensitive ?? []
  for (const value of [s.before, s.after] as Value[]) restoreNumbers(value, schema.numbers ?? [])
  return {
    actions: s.actions,
    before: omitUnknowns(s.before) ?? null,
    after: omitUnknowns(s.after) ?? null,
    after_unknown: s.after === null ? {} : unknownAsBool(s.after),
    before_sensitive: s.before === null ? false : sensitiveMask(s.before, s.beforePaths, sensitive),
    after_sensitive: s.after === null ? false : sensitiveMask(s.after, s.afterPaths, sensitive),
    ...(s.importing ? { importing: s.importing } : {})
  }
}

/**
 * A resource's change, or undefined for a no-op when `skipNoOp` (its values are never decoded);
 * `keepImports` keeps a no-op that imports (its `importing`, field 5, is set).
 */
function resourceChange(
  bytes: Buffer,
  schemas: Schemas,
  skipNoOp: boolean,
  keepImports = false
): ResourceChange | undefined {
  const fields = known(bytes, 'a resource change')
  const change = bytesOf(fields, 9)
  const provider = stringOf(fields, 8)
  if (providerSource(provider)?.startsWith(OPENTOFU_REGISTRY))
    throw new TfplanError('OpenTofu wrote it: its providers come from registry.opentofu.org')
  // NOOP is 0, which protobuf leaves unwritten.
  if (skipNoOp && change) {
    const changeFields = known(change, 'a change')
    if (numberOf(changeFields, 1) === 0 && !(keepImports && changeFields.has(5))) return undefined
  }
  const address = parseAddress(stringOf(fields, 13))
  if (!change) throw new TfplanError(`${address.address} has no change`)
  const deposed = stringOf(fields, 7)
  return {
    ...address,
    ...(deposed ? { deposed } : {}),
    provider_name: providerSource(provider) ?? provider,
    change: planChange(sides(change), typeSchema(schemas, provider, address.mode, address.type))
  }
}

function outputChange(bytes: Buffer): [string, PlanChange] {
  const fields = known(bytes, 'an output change')
  const change = bytesOf(fields, 2)
  if (!change) throw new TfplanError('an output without a change')
  const s = sides(change)
  const sensitive = numberOf(fields, 3) === 1
  const mark = (value: Value, marked: Step[][]) =>
    sensitive ? true : marked.length === 0 ? false : sensitiveMask(value, marked)
  return [
    stringOf(fields, 1),
    {
      actions: s.actions,
      before: omitUnknowns(s.before) ?? null,
      after: omitUnknowns(s.after) ?? null,
      after_unknown:
        s.after !== null && typeof s.after === 'object' && !hasUnknown(s.after)
          ? false
          : unknownAsBool(s.after),
      before_sensitive: mark(s.before, s.beforePaths),
      after_sensitive: mark(s.after, s.afterPaths)
    }
  ]
}

/** show -json lists resources by address (then deposed key): so does this reader. */
function byAddress(a: ResourceChange, b: ResourceChange): number {
  const x = `${a.address}\0${a.deposed ?? ''}`
  const y = `${b.address}\0${b.deposed ?? ''}`
  return x < y ? -1 : x > y ? 1 : 0
}

/** The top-level fields, once the format and the Terraform version are ones this reader can take. */
function planFields(bytes: Buffer): Map<number, (number | Buffer)[]> {
  const fields = message(bytes)
  const version = numberOf(fields, 1)
  if (version !== TFPLAN_VERSION)
    throw new TfplanError(`tfplan format version ${version}, not ${TFPLAN_VERSION}`)
  if (!TERRAFORM_VERSION.test(stringOf(fields, 14)))
    throw new TfplanError('it records no Terraform version this reader can name')
  return fields
}

/** The version of Terraform that wrote the plan, as `tfplan` records it. */
export function tfplanTerraformVersion(bytes: Buffer): string {
  return stringOf(planFields(bytes), 14)
}

export function readTfplan(
  bytes: Buffer,
  schemas: Schemas,
  options: { keepImports?: boolean } = {}
): Tfplan {
  const fields = planFields(bytes)
  const variables: Tfplan['variables'] = {}
  for (const entry of allBytes(fields, 2)) {
    const pair = known(entry, 'a variable')
    const value = dynamicValue(bytesOf(pair, 2))
    if (hasUnknown(value)) throw new TfplanError('a variable whose value is not known')
    variables[stringOf(pair, 1)] = { value }
  }
  const changes = (number: number, skipNoOp: boolean): ResourceChange[] =>
    allBytes(fields, number)
      .map(b => resourceChange(b, schemas, skipNoOp, options.keepImports))
      .filter((c): c is ResourceChange => c !== undefined)
      .sort(byAddress)
  return {
    terraformVersion: stringOf(fields, 14),
    variables,
    // As show's reader keeps them: a no-op's values are prior_state's (plan-reader.ts).
    resourceChanges: changes(3, true),
    resourceDrift: changes(18, false),
    outputChanges: Object.fromEntries(allBytes(fields, 4).map(outputChange))
  }
}

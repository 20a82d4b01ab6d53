import type { StateModule, StateResource, StateValues } from '../plan-json.js'
import { formatAddress, providerSource } from './address.js'
import type { Step } from './masks.js'
import { restoreNumbers, sensitiveMask } from './masks.js'
import type { Value } from './msgpack.js'
import type { Schemas, TypeSchema } from './schema.js'

/**
 * A state snapshot as the plan file holds it (`tfstate`: the state after refresh, which `show
 * -json` prints as `prior_state`), in Terraform's documented state format, version 4.
 */

export class StateError extends Error {}

export const STATE_VERSION = 4

interface RawPathStep {
  type?: string
  value?: unknown
}

interface RawInstance {
  index_key?: string | number
  deposed?: string
  attributes?: Record<string, unknown>
  sensitive_attributes?: RawPathStep[][]
}

interface RawResource {
  module?: string
  mode?: string
  type?: string
  name?: string
  provider?: string
  instances?: RawInstance[]
}

interface RawState {
  version?: number
  outputs?: Record<string, { value?: unknown; sensitive?: boolean }>
  resources?: RawResource[]
}

/** A state path step: `{"type":"get_attr","value":"x"}` or `{"type":"index","value":{"value":0,"type":"number"}}`. */
function step(raw: RawPathStep): Step | undefined {
  if (raw.type === 'get_attr' && typeof raw.value === 'string') return raw.value
  if (raw.type === 'index') {
    const key = (raw.value as { value?: unknown } | undefined)?.value
    if (typeof key === 'string' || typeof key === 'number') return key
  }
  return undefined
}

/** A path cut before any step this reader cannot follow, so the part above it is marked whole. */
function statePath(raw: RawPathStep[]): Step[] {
  const out: Step[] = []
  for (const s of raw) {
    const next = step(s)
    if (next === undefined) break
    out.push(next)
  }
  return out
}

function schemaFor(schemas: Schemas, resource: RawResource, mode: 'managed' | 'data'): TypeSchema {
  const source = providerSource(resource.provider ?? '')
  const schema = source ? schemas.get(source)?.[mode][resource.type ?? ''] : undefined
  if (!schema)
    throw new StateError(`no schema for ${resource.type} of ${source ?? resource.provider}`)
  return schema
}

function instanceOf(resource: RawResource, instance: RawInstance, schemas: Schemas): StateResource {
  const mode = resource.mode === 'data' ? 'data' : 'managed'
  if (!resource.type || !resource.name) throw new StateError('a resource without a type or name')
  const schema = schemaFor(schemas, resource, mode)
  const values = (instance.attributes ?? {}) as Value
  restoreNumbers(values, schema.numbers ?? [])
  return {
    address: formatAddress(resource.module, mode, resource.type, resource.name, instance.index_key),
    mode,
    type: resource.type,
    name: resource.name,
    ...(instance.index_key !== undefined ? { index: instance.index_key } : {}),
    provider_name: providerSource(resource.provider ?? '') ?? resource.provider ?? '',
    values: instance.attributes ?? {},
    sensitive_values: sensitiveMask(
      values,
      (instance.sensitive_attributes ?? []).map(statePath),
      schema.sensitive ?? []
    )
  }
}

export function readState(bytes: Buffer, schemas: Schemas): StateValues {
  const state = JSON.parse(bytes.toString('utf8')) as RawState
  if (state.version !== STATE_VERSION)
    throw new StateError(`state format version ${state.version}, not ${STATE_VERSION}`)
  const root: StateModule = { resources: [] }
  const children = new Map<string, StateModule>()
  for (const resource of state.resources ?? []) {
    let module = root
    if (resource.module) {
      module = children.get(resource.module) ?? { address: resource.module, resources: [] }
      children.set(resource.module, module)
    }
    for (const instance of resource.instances ?? []) {
      // A deposed object (waiting to be destroyed) is listed under its instance's address, as
      // `show` lists it.
      const read = instanceOf(resource, instance, schemas)
      module.resources?.push(instance.deposed ? { ...read, deposed_key: instance.deposed } : read)
    }
  }
  if (children.size > 0) root.child_modules = [...children.values()]
  const outputs = Object.fromEntries(
    Object.entries(state.outputs ?? {}).map(([name, o]) => [
      name,
      { value: o.value, ...(o.sensitive ? { sensitive: true } : {}) }
    ])
  )
  return { outputs, root_module: root }
}

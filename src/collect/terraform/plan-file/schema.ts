import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { readCacheFile, writeCacheFile } from './cache-file.js'
import type { Pattern } from './masks.js'

/**
 * What the plan-file reader needs of each provider's schema, and no more: per resource and data
 * source type, which attributes are sensitive (so a value is masked even where the plan file's
 * own marks leave the schema's out) and which are numbers (cty writes some as decimal strings).
 * `terraform providers schema -json` answers in seconds with megabytes (13.6 MB for the AWS
 * provider, most of it descriptions); the reduced schema is a few kilobytes, cached on disk by
 * the provider's address, version and checksums from the lock file, in the provider cache
 * directory, which the Action saves and restores with the providers themselves.
 */

export interface TypeSchema {
  sensitive?: Pattern[]
  numbers?: Pattern[]
}

export interface ProviderSchema {
  /** Every type of the provider, each with its paths (often none). */
  managed: Record<string, TypeSchema>
  data: Record<string, TypeSchema>
}

/** Reduced schemas by provider source address (`registry.terraform.io/hashicorp/aws`). */
export type Schemas = Map<string, ProviderSchema>

/** Bumped whenever ProviderSchema changes shape, so an old cache file is never misread. */
const FORMAT = 1
const CACHE_FOLDER = 'driftwatch-schemas'

type CtyType = string | [string, unknown]

interface RawAttribute {
  type?: CtyType
  sensitive?: boolean
  nested_type?: { attributes?: Record<string, RawAttribute>; nesting_mode?: string }
}

interface RawBlock {
  attributes?: Record<string, RawAttribute>
  block_types?: Record<string, { nesting_mode?: string; block?: RawBlock }>
}

interface RawProvider {
  resource_schemas?: Record<string, { block?: RawBlock }>
  data_source_schemas?: Record<string, { block?: RawBlock }>
}

/** Paths of the number leaves of a cty type, below `at`. */
function numberPaths(type: CtyType | undefined, at: Pattern, into: Pattern[]): void {
  if (type === 'number') into.push(at)
  if (!Array.isArray(type)) return
  const [kind, inner] = type
  if (kind === 'list' || kind === 'set' || kind === 'map')
    numberPaths(inner as CtyType, [...at, '*'], into)
  else if (kind === 'object')
    for (const [name, t] of Object.entries(inner as Record<string, CtyType>))
      numberPaths(t, [...at, name], into)
  else if (kind === 'tuple') for (const t of inner as CtyType[]) numberPaths(t, [...at, '*'], into)
}

const NESTED = new Set(['list', 'set', 'map'])

function reduceAttributes(
  attributes: Record<string, RawAttribute> | undefined,
  at: Pattern,
  out: Required<TypeSchema>
): void {
  for (const [name, attribute] of Object.entries(attributes ?? {})) {
    const path = [...at, name]
    if (attribute.sensitive) out.sensitive.push(path)
    if (attribute.nested_type) {
      const inner = NESTED.has(attribute.nested_type.nesting_mode ?? '') ? [...path, '*'] : path
      reduceAttributes(attribute.nested_type.attributes, inner, out)
    } else numberPaths(attribute.type, path, out.numbers)
  }
}

function reduceBlock(block: RawBlock | undefined, at: Pattern, out: Required<TypeSchema>): void {
  reduceAttributes(block?.attributes, at, out)
  for (const [name, nested] of Object.entries(block?.block_types ?? {})) {
    const path = NESTED.has(nested.nesting_mode ?? '') ? [...at, name, '*'] : [...at, name]
    reduceBlock(nested.block, path, out)
  }
}

function reduceTypes(
  types: Record<string, { block?: RawBlock }> | undefined
): Record<string, TypeSchema> {
  const out: Record<string, TypeSchema> = {}
  for (const [type, schema] of Object.entries(types ?? {})) {
    const paths = { sensitive: [], numbers: [] } as Required<TypeSchema>
    reduceBlock(schema.block, [], paths)
    out[type] = {
      ...(paths.sensitive.length ? { sensitive: paths.sensitive } : {}),
      ...(paths.numbers.length ? { numbers: paths.numbers } : {})
    }
  }
  return out
}

/** `terraform providers schema -json`'s answer, reduced; by provider source address. */
export function reduceSchemas(json: string): Schemas {
  const parsed = JSON.parse(json) as { provider_schemas?: Record<string, RawProvider> }
  const out: Schemas = new Map()
  for (const [address, provider] of Object.entries(parsed.provider_schemas ?? {})) {
    out.set(address, {
      managed: reduceTypes(provider.resource_schemas),
      data: reduceTypes(provider.data_source_schemas)
    })
  }
  return out
}

/** A provider as the lock file pins it; `key` names its cached schema. */
export interface LockedProvider {
  address: string
  key: string
}

/**
 * The providers a lock file pins, each keyed by its address, version and checksums: a cached
 * schema is only ever read for the very build it was made from.
 */
export function lockedSchemaKeys(lock: string): LockedProvider[] {
  const out: LockedProvider[] = []
  for (const block of lock.matchAll(/provider\s+"([^"]+)"\s*\{([\s\S]*?)\n\}/g)) {
    const [, address, body] = block
    const version = /\bversion\s*=\s*"([^"]+)"/.exec(body)?.[1]
    if (!version) continue
    const hashes = [...body.matchAll(/"((?:h1|zh):[^"]+)"/g)].map(m => m[1]).sort()
    const key = createHash('sha256')
      .update([FORMAT, address, version, ...hashes].join('\0'))
      .digest('hex')
      .slice(0, 40)
    out.push({ address, key })
  }
  return out
}

function cacheFile(cacheDir: string, key: string): string {
  return join(cacheDir, CACHE_FOLDER, `${key}.json`)
}

export async function readCachedSchema(
  cacheDir: string,
  provider: LockedProvider
): Promise<ProviderSchema | undefined> {
  const cached = (await readCacheFile(cacheFile(cacheDir, provider.key))) as
    | { format?: number; address?: string; schema?: ProviderSchema }
    | undefined
  if (cached?.format !== FORMAT || cached.address !== provider.address || !cached.schema)
    return undefined
  return cached.schema
}

export async function writeCachedSchema(
  cacheDir: string,
  provider: LockedProvider,
  schema: ProviderSchema
): Promise<void> {
  await writeCacheFile(cacheFile(cacheDir, provider.key), {
    format: FORMAT,
    address: provider.address,
    schema
  })
}

/** How the schemas a root needs are had: from the cache, else from `fetch` (terraform). */
export interface SchemaSource {
  cacheDir: string
  /** `terraform providers schema -json` in the root; undefined when it failed. */
  fetch: () => Promise<string | undefined>
}

/** Fetches in flight, by the cache keys they fill: roots sharing providers share one. */
const fetching = new Map<string, Promise<Schemas | undefined>>()

async function fetchAndCache(
  source: SchemaSource,
  missing: LockedProvider[]
): Promise<Schemas | undefined> {
  const json = await source.fetch()
  if (json === undefined) return undefined
  const schemas = reduceSchemas(json)
  for (const provider of missing) {
    const schema = schemas.get(provider.address)
    if (schema) await writeCachedSchema(source.cacheDir, provider, schema).catch(() => undefined)
  }
  return schemas
}

/**
 * The reduced schema of every provider the root's lock file pins: cached ones read from disk,
 * the others fetched once and cached. Undefined when they cannot be had (no terraform answer).
 */
export async function loadSchemas(
  lock: string | undefined,
  source: SchemaSource
): Promise<Schemas | undefined> {
  const locked = lock ? lockedSchemaKeys(lock) : []
  const schemas: Schemas = new Map()
  const missing: LockedProvider[] = []
  for (const provider of locked) {
    const cached = await readCachedSchema(source.cacheDir, provider)
    if (cached) schemas.set(provider.address, cached)
    else missing.push(provider)
  }
  if (locked.length > 0 && missing.length === 0) return schemas
  // Without a lock file nothing says which build the schema is of: fetched, never cached or shared.
  if (locked.length === 0) return fetchAndCache(source, [])
  const key = missing.map(p => p.key).join(',')
  let pending = fetching.get(key)
  if (!pending) {
    pending = fetchAndCache(source, missing).finally(() => fetching.delete(key))
    fetching.set(key, pending)
  }
  const fetched = await pending
  if (!fetched) return undefined
  for (const [address, schema] of fetched) if (!schemas.has(address)) schemas.set(address, schema)
  return schemas
}

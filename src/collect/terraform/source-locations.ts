import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { SourceLocation } from '../../model/findings.js'
import type { ModuleEntry, ModuleFiles, RootFiles } from './module-files.js'
import { textOf } from './module-files.js'

/**
 * Where each resource is written: the `resource "TYPE" "NAME"` line in the root module or in a
 * local child module, so an annotation lands on that line of the diff. Module directories come
 * from `.terraform/modules/modules.json`, which `terraform init` writes. A resource of a module
 * downloaded from a registry or git is not in the repository; it is placed at the `module` block
 * that calls it instead.
 */

interface Block {
  line: number
  file: string
}

export type LocationIndex = Map<string, SourceLocation>

/** `dynamic "ingress"` blocks by resource address without instance keys: the plan omits them. */
export type DynamicBlockIndex = Map<string, Set<string>>

export interface Sources {
  /**
   * Every resource block of the directory and its local modules, by its address without instance
   * keys (configAddress), with the file relative to the repository root.
   */
  locations: LocationIndex
  dynamicBlocks: DynamicBlockIndex
}

const RESOURCE = /^\s*resource\s+"([^"]+)"\s+"([^"]+)"/
const MODULE = /^\s*module\s+"([^"]+)"/
const DYNAMIC = /^\s*dynamic\s+"([^"]+)"/
/** A top-level block starts at the line's first column; it ends the resource before it. */
const TOP_LEVEL = /^[a-z]/
/** An instance key inside an address: `[0]` or `["a.b"]`. */
const INSTANCE_KEY = /\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g

/** `module.logs["a"].aws_x.this[0]` → `module.logs.aws_x.this`: the block, not the instance. */
export function configAddress(address: string): string {
  return address.replace(INSTANCE_KEY, '')
}

/** The repository root paths are relative to: the runner's workspace, else the current directory. */
export function sourceRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.GITHUB_WORKSPACE || process.cwd())
}

function toRepoPath(root: string, file: string): string | undefined {
  const rel = relative(root, file)
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined
  return rel.split(sep).join('/')
}

/** Resource and module blocks of the `.tf` files directly in one module directory. */
interface ModuleScan {
  resources: Map<string, Block>
  modules: Map<string, Block>
  dynamic: DynamicBlockIndex
}

function scanModule({ files }: ModuleFiles): ModuleScan {
  const scan: ModuleScan = { resources: new Map(), modules: new Map(), dynamic: new Map() }
  for (const file of files) scanFile(file.path, textOf(file).split('\n'), scan)
  return scan
}

function scanFile(file: string, lines: string[], scan: ModuleScan): void {
  let current: string | undefined
  lines.forEach((text, i) => {
    if (TOP_LEVEL.test(text)) current = undefined
    const resource = RESOURCE.exec(text)
    if (resource) {
      current = `${resource[1]}.${resource[2]}`
      if (!scan.resources.has(current)) scan.resources.set(current, { file, line: i + 1 })
    }
    const module = MODULE.exec(text)
    if (module && !scan.modules.has(module[1])) scan.modules.set(module[1], { file, line: i + 1 })
    const dynamic = current ? DYNAMIC.exec(text) : null
    if (dynamic && current) {
      const names = scan.dynamic.get(current) ?? new Set<string>()
      scan.dynamic.set(current, names.add(dynamic[1]))
    }
  })
}

/** `logs.inner` (modules.json key) → `module.logs.module.inner` (address prefix). */
function modulePrefix(key: string): string {
  return key === ''
    ? ''
    : key
        .split('.')
        .map(name => `module.${name}.`)
        .join('')
}

function isLocal(entry: ModuleEntry, rootDir: string): boolean {
  const dir = resolve(rootDir, entry.Dir)
  const downloaded = relative(join(rootDir, '.terraform'), dir)
  return downloaded.startsWith('..') || isAbsolute(downloaded)
}

/**
 * Where each resource block is (local modules only), and the `dynamic` blocks of every resource
 * block, downloaded modules included. A `.tf` file that could not be read throws.
 */
export function findSources(files: RootFiles, root: string): Sources {
  const rootDir = files.dir
  const index: LocationIndex = new Map()
  const dynamicBlocks: DynamicBlockIndex = new Map()
  const entries = files.modules.map(module => module.entry)
  const scans = new Map<string, ModuleScan>()
  for (const module of files.modules) scans.set(module.entry.Key, scanModule(module))

  const place = (address: string, block: Block): void => {
    const file = toRepoPath(root, block.file)
    if (file && !index.has(address)) index.set(address, { file, line: block.line })
  }
  for (const entry of entries) {
    const prefix = modulePrefix(entry.Key)
    for (const [key, names] of scans.get(entry.Key)?.dynamic ?? []) {
      dynamicBlocks.set(prefix + key, names)
    }
    if (isLocal(entry, rootDir)) {
      for (const [key, block] of scans.get(entry.Key)?.resources ?? []) place(prefix + key, block)
      continue
    }
    // Not in the repository: the nearest module call that is.
    const parts = entry.Key.split('.')
    for (let depth = parts.length; depth > 0; depth--) {
      const parentKey = parts.slice(0, depth - 1).join('.')
      const parent = entries.find(e => e.Key === parentKey)
      const call = scans.get(parentKey)?.modules.get(parts[depth - 1])
      if (parent && call && isLocal(parent, rootDir)) {
        for (const key of scans.get(entry.Key)?.resources.keys() ?? []) place(prefix + key, call)
        break
      }
    }
  }
  return { locations: index, dynamicBlocks }
}

import type { ModuleFiles, RootFiles } from '../module-files.js'
import { textOf } from '../module-files.js'
import type { ConfigModule, ConfigResource } from '../plan-json.js'

/**
 * The two things analysis reads of the configuration that a plan file does not record: which
 * arguments and blocks each resource block writes (a security group's `ingress` written inline
 * rather than as separate rule resources), and which root variables are sensitive (their values
 * are secrets). `show -json` has them from Terraform's parser; here they come from the `.tf`
 * files, read only as far as their nesting: strings, templates, heredocs and comments are
 * stepped over, never interpreted. A module in JSON syntax (`.tf.json`) is not read: the caller
 * then asks `show`.
 */

export class ConfigError extends Error {}

const BLOCK = /^\s*(resource|data|variable)\s+"([^"]+)"(?:\s+"([^"]+)")?\s*\{/
const ITEM = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*(?:=(?!=)|\{|")/
/** Written in a resource block but not an argument of the resource: `show` leaves them out. */
const META = new Set([
  'count',
  'for_each',
  'provider',
  'depends_on',
  'lifecycle',
  'connection',
  'provisioner',
  'dynamic'
])

interface Frame {
  kind: 'bracket' | 'string' | 'template'
  /** For a template: brackets opened inside it, still open. */
  open?: number
}

/** Where each line starts in the nesting: its bracket depth, or -1 inside a string or heredoc. */
function lineDepths(lines: string[]): number[] {
  const depths: number[] = []
  const stack: Frame[] = []
  let heredoc: string | undefined
  let blockComment = false
  for (const line of lines) {
    if (heredoc !== undefined) {
      depths.push(-1)
      if (line.trim() === heredoc) heredoc = undefined
      continue
    }
    const inCode = stack.every(f => f.kind === 'bracket') && !blockComment
    depths.push(inCode ? stack.length : -1)
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      const top = stack[stack.length - 1]
      if (blockComment) {
        if (c === '*' && line[i + 1] === '/') {
          blockComment = false
          i++
        }
        continue
      }
      if (top?.kind === 'string') {
        if (c === '\\') i++
        else if (c === '"') stack.pop()
        else if ((c === '$' || c === '%') && line[i + 1] === '{') {
          if (line[i - 1] === c) continue
          stack.push({ kind: 'template', open: 0 })
          i++
        }
        continue
      }
      if (c === '#' || (c === '/' && line[i + 1] === '/')) break
      if (c === '/' && line[i + 1] === '*') {
        blockComment = true
        i++
        continue
      }
      if (c === '"') stack.push({ kind: 'string' })
      else if (c === '{' || c === '[' || c === '(') {
        if (top?.kind === 'template') top.open = (top.open ?? 0) + 1
        else stack.push({ kind: 'bracket' })
      } else if (c === '}' || c === ']' || c === ')') {
        if (top?.kind === 'template') {
          if (top.open) top.open--
          else stack.pop()
        } else if (top?.kind === 'bracket') stack.pop()
        else throw new ConfigError('a closing bracket that nothing opened')
      } else if (c === '<' && line[i + 1] === '<' && top?.kind !== 'template') {
        const marker = /^<<-?([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(line.slice(i))
        if (marker) {
          heredoc = marker[1]
          break
        }
      }
    }
  }
  if (stack.length > 0 || heredoc !== undefined || blockComment)
    throw new ConfigError('brackets, strings or heredocs left open')
  return depths
}

interface ModuleConfig {
  resources: ConfigResource[]
  variables: Record<string, { sensitive?: boolean; default?: unknown }>
}

function scanFile(text: string, into: ModuleConfig): void {
  const lines = text.split('\n')
  const depths = lineDepths(lines)
  let resource: ConfigResource | undefined
  let variable: { sensitive?: boolean; default?: unknown } | undefined
  lines.forEach((line, i) => {
    const depth = depths[i]
    if (depth === 0) {
      resource = undefined
      variable = undefined
      const block = BLOCK.exec(line)
      if (!block) return
      const [, kind, first, second] = block
      if (kind === 'variable') {
        variable = into.variables[first] ?? {}
        into.variables[first] = variable
        if (/\bsensitive\s*=\s*true\b/.test(line)) variable.sensitive = true
      } else if (second) {
        const mode = kind === 'data' ? 'data' : 'managed'
        resource = {
          address: `${mode === 'data' ? 'data.' : ''}${first}.${second}`,
          mode,
          type: first,
          name: second,
          expressions: {}
        }
        into.resources.push(resource)
      }
      return
    }
    if (depth !== 1) return
    const item = ITEM.exec(line)
    if (!item) return
    if (resource && !META.has(item[1]))
      (resource.expressions as Record<string, unknown>)[item[1]] = {}
    if (variable && item[1] === 'sensitive' && /=\s*true\b/.test(line)) variable.sensitive = true
    if (variable && item[1] === 'default') {
      const literal = /=\s*("(?:[^"\\$%]|\\.)*")\s*(?:#.*|\/\/.*)?$/.exec(line)
      if (literal) variable.default = JSON.parse(literal[1]) as unknown
    }
  })
}

function scanModule({ files, jsonFile }: ModuleFiles): ModuleConfig {
  const config: ModuleConfig = { resources: [], variables: {} }
  if (jsonFile)
    throw new ConfigError(
      `${jsonFile} is configuration in JSON syntax, which is read only by terraform`
    )
  for (const file of files) {
    try {
      scanFile(textOf(file), config)
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(`${file.name}: ${error.message}`)
      throw error
    }
  }
  return config
}

/** The root module and every module `terraform init` installed, as `show -json`'s configuration. */
export function readConfiguration(files: RootFiles): ConfigModule {
  const modules = new Map<string, ConfigModule>()
  // Parents before their children.
  const ordered = [...files.modules].sort((a, b) => a.entry.Key.length - b.entry.Key.length)
  for (const moduleFiles of ordered) {
    const entry = moduleFiles.entry
    const scanned = scanModule(moduleFiles)
    const module: ConfigModule = { resources: scanned.resources, variables: scanned.variables }
    modules.set(entry.Key, module)
    if (entry.Key === '') continue
    const at = entry.Key.lastIndexOf('.')
    const parent = modules.get(at < 0 ? '' : entry.Key.slice(0, at))
    if (!parent) continue
    parent.module_calls ??= {}
    parent.module_calls[entry.Key.slice(at + 1)] = { module }
  }
  return modules.get('') ?? {}
}

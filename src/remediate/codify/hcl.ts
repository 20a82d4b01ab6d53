import { access } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Node, Tree } from 'web-tree-sitter'
import { Language, Parser } from 'web-tree-sitter'

/**
 * HCL's concrete syntax tree, from tree-sitter's HCL grammar (@tree-sitter-grammars/tree-sitter-hcl,
 * ABI 14) run by web-tree-sitter: every byte of a `.tf` file, comments and layout included, is in
 * the tree, so an edit replaces exactly the text of one node and leaves the rest as it was.
 * Node offsets are JavaScript string offsets (UTF-16), so `source.slice(start, end)` is a node.
 */

export type { Node, Tree }

/** The two WebAssembly files: the runtime's and the grammar's, each from its package. */
const WASM = {
  runtime: { file: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm' },
  grammar: {
    file: 'tree-sitter-hcl.wasm',
    module: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'
  }
} as const

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

/**
 * Bundled, this code is in dist/chunks/ and scripts/bundle.mjs copies both files to dist/wasm/;
 * run from src (the tests), the packages in node_modules hold them.
 */
async function wasmPath(which: keyof typeof WASM): Promise<string> {
  const bundled = fileURLToPath(new URL(`../wasm/${WASM[which].file}`, import.meta.url))
  if (await exists(bundled)) return bundled
  return createRequire(import.meta.url).resolve(WASM[which].module)
}

let loading: Promise<Language> | undefined

function language(): Promise<Language> {
  loading ??= (async () => {
    const runtime = await wasmPath('runtime')
    await Parser.init({ locateFile: () => runtime })
    return Language.load(await wasmPath('grammar'))
  })()
  return loading
}

/** Parses one file's text; the tree must be deleted (`tree.delete()`) once read. */
export async function parseHcl(source: string): Promise<Tree> {
  const hcl = await language()
  const parser = new Parser()
  try {
    parser.setLanguage(hcl)
    const tree = parser.parse(source)
    if (!tree) throw new Error('tree-sitter returned no tree')
    return tree
  } finally {
    parser.delete()
  }
}

/** The named children of `node` of one type. */
export function childrenOf(node: Node, type: string): Node[] {
  return node.namedChildren.filter((child): child is Node => child?.type === type)
}

export function firstChild(node: Node, type: string): Node | undefined {
  return childrenOf(node, type)[0]
}

/** 1-based line of a node, as an editor shows it. */
export function lineOf(node: Node): number {
  return node.startPosition.row + 1
}

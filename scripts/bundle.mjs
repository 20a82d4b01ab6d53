// Builds dist/ (what users run, committed) with esbuild: one run for both entries, so the Action
// (dist/index.js, action.yml's `main`) and the CLI (dist/cli/index.js, package.json's `bin`)
// share their chunks in dist/chunks/. ESM for Node 20, with source maps. Every dynamic
// `import()` in src (each AWS SDK client, @actions/cache, the account scan) stays a chunk of its
// own, loaded only when it is first used.
//
// dist/ is emptied first, so it holds exactly what this build writes (no chunk of an older build
// lingers); then dist/package.json ({"type":"module"}) is written, so that Node loads
// dist/**/*.js as ES modules wherever the Action is checked out.
// Usage: node scripts/bundle.mjs (what `npm run bundle:build` runs, before scripts/licenses.mjs;
// `npm run bundle` runs that and records what dist/ was built from).
import { build } from 'esbuild'
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sdkSchemas } from './lib/sdk-schemas.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'dist')

/** Output name (under dist/, without .js) → the source file it runs. */
const ENTRIES = { index: 'src/index.ts', 'cli/index': 'src/cli/index.ts' }
/** A deep inventory's thread (src/collect/aws/thread.ts): started by path, no stub. */
const THREADS = { 'scan-thread': 'src/collect/aws/thread-entry.ts' }

// Stack traces name src/*.ts only when Node maps them, and Node maps a module only if source maps
// were on when it was loaded: in an ES module, code that turns them on runs after every module it
// imports statically is loaded, so a banner would cover the lazy chunks only. Each entry is
// therefore a few lines that turn them on and then import the real entry (src/index.ts,
// src/cli/index.ts, bundled as a chunk). Only when stack traces are printed, in debug output
// (the runner's debug logging sets RUNNER_DEBUG=1; the CLI prints them under DRIFTWATCH_DEBUG):
// mapping costs start-up time on every run otherwise. NODE_OPTIONS=--enable-source-maps turns
// them on for any run.
const ENTRY_NAMESPACE = 'driftwatch-entry'
const entryStubs = {
  name: 'entry-stubs',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${ENTRY_NAMESPACE}:`) }, args => ({
      path: args.path.slice(ENTRY_NAMESPACE.length + 1),
      namespace: ENTRY_NAMESPACE
    }))
    build.onLoad({ filter: /.*/, namespace: ENTRY_NAMESPACE }, args => ({
      contents: [
        // Kept by esbuild at the top of the output: the CLI is package.json's `bin`.
        ...(args.path.startsWith('src/cli/') ? ['#!/usr/bin/env node'] : []),
        "if (process.env.RUNNER_DEBUG === '1' || process.env.DRIFTWATCH_DEBUG) {",
        '  process.setSourceMapsEnabled(true)',
        '}',
        `await import(${JSON.stringify(`./${args.path}`)})`
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'js'
    }))
  }
}

// Bundled CommonJS packages call require() for Node's built-in modules; an ES module has no
// `require`, so every output file makes one. The import is renamed because a bundled package
// (@azure/storage-common, under @actions/cache) imports `createRequire` itself. No
// __dirname/__filename shim: nothing bundled reads them unset (that package declares its own).
const BANNER = [
  "import { createRequire as __driftwatchCreateRequire } from 'node:module';",
  'const require = __driftwatchCreateRequire(import.meta.url);'
].join(' ')

/** How src is bundled: dist/ here, and bench/listing.mjs's listing, as the Action is bundled. */
export const BUNDLE_OPTIONS = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // A package's ES module build before its CommonJS one. With code splitting, `await import()`
  // of a CommonJS module yields only `default` (https://github.com/evanw/esbuild/issues/3245):
  // `(await import('@aws-sdk/client-ec2')).EC2Client` would be undefined. The AWS SDK's clients
  // have an ES module build (dist-es, "module"); commonJsImportTargets() checks none is left.
  mainFields: ['module', 'main'],
  chunkNames: 'chunks/[name]-[hash]',
  // The packages' licenses are in dist/licenses.txt (scripts/licenses.mjs).
  legalComments: 'none',
  banner: { js: BANNER },
  // The SDK's shapes that no kept command uses are left out (see lib/sdk-schemas.mjs).
  plugins: [sdkSchemas],
  logLevel: 'warning'
}

/**
 * The WebAssembly files the codify remedy loads (src/remediate/codify/hcl.ts): tree-sitter's
 * runtime and its HCL grammar, copied to dist/wasm/ beside the chunks that load them. By name in
 * dist/wasm/ → the file in the repository it is copied from (scripts/licenses.mjs lists their
 * packages' licences).
 */
export const WASM = {
  'web-tree-sitter.wasm': 'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-hcl.wasm': 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'
}

/** Copies the WASM files into DIR/wasm/. */
export function copyWasm(dir) {
  mkdirSync(join(dir, 'wasm'), { recursive: true })
  for (const [name, source] of Object.entries(WASM)) {
    // Data, not a program, whatever mode its package gave it.
    copyFileSync(join(ROOT, source), join(dir, 'wasm', name))
    chmodSync(join(dir, 'wasm', name), 0o644)
  }
}

/** Writes {"type":"module"} as DIR/package.json: Node loads the bundle's .js files as ESM. */
export function markModule(dir) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
}

/**
 * The CommonJS modules a dynamic `import()` loads as a chunk of their own: esbuild gives their
 * importers only a `default` export (see mainFields), so none may be left.
 */
export function commonJsImportTargets(metafile) {
  return Object.values(metafile.outputs)
    .map(output => output.entryPoint)
    .filter(input => input && metafile.inputs[input]?.format === 'cjs')
}

export async function bundleDist() {
  rmSync(OUT, { recursive: true, force: true })
  const { metafile } = await build({
    ...BUNDLE_OPTIONS,
    absWorkingDir: ROOT,
    entryPoints: {
      ...Object.fromEntries(
        Object.entries(ENTRIES).map(([name, source]) => [name, `${ENTRY_NAMESPACE}:${source}`])
      ),
      ...THREADS
    },
    plugins: [entryStubs, ...BUNDLE_OPTIONS.plugins],
    outdir: OUT,
    sourcemap: 'linked',
    metafile: true
  })
  markModule(OUT)
  copyWasm(OUT)
  const cjs = commonJsImportTargets(metafile)
  if (cjs.length > 0) {
    throw new Error(
      `import() of CommonJS, which would have only a default export: ${cjs.join(', ')}`
    )
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleDist().catch(error => {
    // esbuild has printed its own errors.
    if (!error.errors) console.error(`bundle: ${error.message}`)
    process.exit(1)
  })
}

// Writes licenses.txt in each bundle directory given (dist) for the packages bundled anywhere
// under it (dist/index.js, dist/cli/, dist/chunks/): one list for the Action and the CLI, which
// share their chunks, including the packages only the lazily loaded chunks hold (@actions/cache,
// each AWS SDK client). The packages are those the source maps name, and those named by the
// comment esbuild writes above each module it bundles (`// node_modules/pkg/file.js`): esbuild
// maps through a package's own source maps, which may name files outside the package
// (@octokit/plugin-rest-endpoint-methods' name ../../src/*.ts, which it does not ship).
// Usage: node scripts/licenses.mjs DIR...
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { WASM } from './bundle.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const PACKAGE = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//
const MODULE_COMMENT = /^\/\/ (\S*node_modules\/\S+)$/gm

function packagesOf(dir) {
  const roots = new Set()
  const add = path => {
    // Whatever the prefix, the part from the first node_modules/ on is the repository's.
    const at = path.indexOf('node_modules/')
    const match = at < 0 ? null : PACKAGE.exec(path.slice(at))
    if (match) roots.add(resolve(repo, match[1]))
  }
  const files = readdirSync(dir, { recursive: true }).sort()
  for (const file of files.filter(name => name.endsWith('.js.map'))) {
    for (const source of JSON.parse(readFileSync(join(dir, file), 'utf8')).sources) add(source)
  }
  for (const file of files.filter(name => name.endsWith('.js'))) {
    for (const [, path] of readFileSync(join(dir, file), 'utf8').matchAll(MODULE_COMMENT)) add(path)
  }
  // WebAssembly copied beside the chunks: no source map names its package.
  for (const [name, source] of Object.entries(WASM)) {
    if (existsSync(join(dir, 'wasm', name))) add(source)
  }
  return [...roots]
}

function licenseText(root) {
  const file = readdirSync(root).find(name => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  return file ? readFileSync(join(root, file), 'utf8').trim() : ''
}

for (const dir of process.argv.slice(2)) {
  const entries = new Map()
  for (const root of packagesOf(dir)) {
    const manifest = join(root, 'package.json')
    if (!existsSync(manifest)) continue
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
    const name = `${pkg.name}@${pkg.version}`
    if (!entries.has(name))
      entries.set(name, `${name}\n${pkg.license ?? 'UNKNOWN'}\n${licenseText(root)}`)
  }
  const text = [...entries.keys()]
    .sort()
    .map(name => entries.get(name))
    .join('\n\n')
  writeFileSync(join(dir, 'licenses.txt'), `${text}\n`)
  console.log(`${join(dir, 'licenses.txt')}: ${entries.size} packages`)
}

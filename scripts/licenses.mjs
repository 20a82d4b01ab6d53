// Writes licenses.txt for each bundle directory given (dist, dist/cli) from the packages its
// source maps name. ncc's own --license lists only the last chunk it emits, and the Action's
// bundle has two (@actions/cache is loaded on demand), so the list is made here instead.
// Usage: node scripts/licenses.mjs DIR...
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const PACKAGE = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//

function packagesOf(dir) {
  const roots = new Set()
  for (const file of readdirSync(dir).filter(name => name.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    for (const source of map.sources) {
      // Whatever the prefix, the part from the first node_modules/ on is the repository's.
      const at = source.indexOf('node_modules/')
      const match = at < 0 ? null : PACKAGE.exec(source.slice(at))
      if (match) roots.add(resolve(repo, match[1]))
    }
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

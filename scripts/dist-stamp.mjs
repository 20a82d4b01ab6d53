// Knows whether dist/ was built from the src/ that is here now, without building it again.
//
// `npm run bundle` runs `node scripts/dist-stamp.mjs build`: it hashes what the bundle is made
// from (every file under src/, tsconfig.json, package-lock.json, scripts/bundle.mjs,
// scripts/licenses.mjs, the bundling command and esbuild's version), runs the bundling command
// (`npm run bundle:build`), hashes what it wrote under dist/, and keeps both in
// node_modules/.cache/driftwatch/dist-stamp.json.
// `node scripts/dist-stamp.mjs ensure` (what `npm test` runs first) rebuilds only when either hash
// differs from the stamp, or there is no stamp (a fresh clone, after `npm ci`): so a stale dist/ is
// always rebuilt, and the bundle CI's freshness check just made is not built a second time.
// `node scripts/dist-stamp.mjs check` exits 0 when fresh, 1 when not (saying why).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const STAMP = join(ROOT, 'node_modules', '.cache', 'driftwatch', 'dist-stamp.json')
const SCRIPT = 'bundle:build'

function files(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? files(path) : entry.isFile() ? [path] : []
    })
    .sort()
}

function hashOf(paths, extra = []) {
  const hash = createHash('sha256')
  for (const line of extra) hash.update(`${line}\0`)
  for (const path of paths) {
    hash.update(`${relative(ROOT, path).split(sep).join('/')}\0`)
    hash.update(existsSync(path) ? readFileSync(path) : '(missing)')
    hash.update('\0')
  }
  return hash.digest('hex')
}

function esbuildVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'esbuild', 'package.json'))).version
  } catch {
    return 'none'
  }
}

/** What the bundle is built from. */
export function inputsHash() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  return hashOf(
    [
      ...files(join(ROOT, 'src')),
      join(ROOT, 'tsconfig.json'),
      join(ROOT, 'package-lock.json'),
      join(ROOT, 'scripts', 'bundle.mjs'),
      join(ROOT, 'scripts', 'licenses.mjs')
    ],
    [`esbuild ${esbuildVersion()}`, `${SCRIPT}: ${pkg.scripts?.[SCRIPT] ?? ''}`]
  )
}

/** What the bundle is. */
export function outputsHash() {
  return hashOf(files(join(ROOT, 'dist')))
}

/** Why dist/ is not known to be current, or undefined when it is. */
export function staleness() {
  let stamp
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'))
  } catch {
    return 'no record of a build here yet'
  }
  if (stamp.inputs !== inputsHash()) return 'src/ (or the toolchain) changed since the last build'
  if (stamp.outputs !== outputsHash()) return 'dist/ changed since the last build'
  return undefined
}

export function build() {
  rmSync(STAMP, { force: true })
  const before = inputsHash()
  const npm = process.env.npm_execpath
  const [command, args] = npm
    ? [process.execPath, [npm, 'run', '--silent', SCRIPT]]
    : ['npm', ['run', '--silent', SCRIPT]]
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' })
  if (result.error) throw result.error
  if (result.status !== 0) return result.status ?? 1
  if (inputsHash() !== before) {
    console.error('dist-stamp: src/ changed while bundling; dist/ is not marked current.')
    return 0
  }
  mkdirSync(dirname(STAMP), { recursive: true })
  writeFileSync(
    STAMP,
    `${JSON.stringify({ inputs: before, outputs: outputsHash(), esbuild: esbuildVersion(), builtAt: new Date().toISOString() }, null, 2)}\n`
  )
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2]
  if (command === 'build') {
    process.exit(build())
  } else if (command === 'ensure' || command === 'check') {
    const why = staleness()
    if (!why) {
      console.error('dist/ is current (built from this src/): not bundling again.')
      process.exit(0)
    }
    if (command === 'check') {
      console.error(`dist/ may be stale: ${why}.`)
      process.exit(1)
    }
    console.error(`Bundling: ${why}.`)
    process.exit(build())
  } else {
    console.error('usage: node scripts/dist-stamp.mjs build|ensure|check')
    process.exit(2)
  }
}

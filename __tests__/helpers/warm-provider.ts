import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSupervised } from '../../scripts/lib/supervised.mjs'
import type { Supervised } from '../../scripts/lib/supervised.mjs'

/**
 * Terraform in the integration tests attaches to a hashicorp/aws provider that is already
 * running (TF_REATTACH_PROVIDERS, the way terraform-plugin-testing runs a provider under test)
 * instead of starting it itself. Starting the 700 MB provider costs about a CPU-second, and one
 * plan starts it three times; on the two cores CI has, those starts were a third of the suite's
 * processor time. The terraform, the provider and moto are all still the real ones.
 *
 * What keeps it honest:
 * - The provider reads credentials, region and endpoints from its own environment, not from
 *   terraform's. A provider is therefore shared only by runs with the same AWS environment; a
 *   run with other keys or a stand-in endpoint gets one of its own.
 * - Terraform configures the provider at the start of each run and the provider holds one
 *   configuration, so runs that may overlap (an Action's roots planned at once) share a provider
 *   only when their `provider "aws"` blocks are the same text. Roots whose blocks differ are left
 *   to terraform, which starts the provider as usual.
 * - A root that is not initialised yet (no lock file) is left to terraform too: init against a
 *   reattached provider records no lock entry for it.
 * - DRIFTWATCH_WARM_PROVIDER=0 turns it off, to see a failure with terraform's own provider start.
 * - Terraform is run with an async spawn while a warm provider serves it: the provider's stdout
 *   is a pipe this process drains, and a spawnSync would stop the draining (a script that did so
 *   stalled on its sixth plan).
 * Providers live as long as the test file that started them: Jest gives each test file a module
 * registry of its own, so each file has its own pool, which __tests__/setup/warm-providers.ts
 * stops when the file ends (left running, every file's providers stayed up until the Jest worker
 * exited: a dozen per worker, ended all at once as it exited, which then took longer than the
 * 500 ms Jest waits). At most MAX_IDLE are kept once no run is using them. A worker that dies ends them through the supervisor's watchdog: the
 * exit hooks of scripts/lib/supervised.mjs never fire in a test file, whose `process` is Jest's
 * copy.
 */

const MAX_IDLE = 3
const START_TIMEOUT_MS = 60_000
const REATTACH_LINE = /TF_REATTACH_PROVIDERS='([^']+)'/
/** What the provider reads from its environment. */
const PROVIDER_ENV = /^(AWS_|HTTPS?_PROXY$|NO_PROXY$|TF_LOG)/i

interface Warm {
  process: Supervised
  reattach: Promise<string | undefined>
  users: number
  lastUsed: number
}

const pool = new Map<string, Warm>()

/**
 * Runs `run` with `env` plus TF_REATTACH_PROVIDERS pointing at a warm provider for `roots`
 * (absolute paths), or with `env` alone when the roots cannot share one (see above).
 */
export async function withWarmProvider<T>(
  env: NodeJS.ProcessEnv,
  roots: string[],
  run: (env: NodeJS.ProcessEnv) => Promise<T>
): Promise<T> {
  const key = poolKey(env, roots)
  if (!key) return run(env)
  const warm = pool.get(key.id) ?? start(key, env)
  warm.users++
  try {
    const reattach = await warm.reattach
    return await run(reattach ? { ...env, TF_REATTACH_PROVIDERS: reattach } : env)
  } finally {
    warm.users--
    warm.lastUsed = Date.now()
    evictIdle()
  }
}

/** The pool key for these roots and environment, or undefined when they must not share one. */
export function poolKey(
  env: NodeJS.ProcessEnv,
  roots: string[]
): { id: string; binary: string } | undefined {
  if (process.env.DRIFTWATCH_WARM_PROVIDER === '0' || env.TF_REATTACH_PROVIDERS) return undefined
  if (roots.length === 0) return undefined
  if (!roots.every(root => existsSync(join(root, '.terraform.lock.hcl')))) return undefined
  const blocks = new Set(roots.map(providerBlocks))
  const binary = providerBinary(roots[0])
  if (blocks.size !== 1 || !binary) return undefined
  const providerEnv = Object.entries(env)
    .filter(([name]) => PROVIDER_ENV.test(name))
    .sort(([a], [b]) => a.localeCompare(b))
  const id = createHash('sha256')
    .update(JSON.stringify([binary, [...blocks][0], providerEnv]))
    .digest('hex')
  return { id, binary }
}

/** Every `provider "aws"` block of the root's own .tf files, as written. */
function providerBlocks(root: string): string {
  if (!existsSync(root)) return ''
  const blocks: string[] = []
  for (const file of readdirSync(root)
    .filter(name => name.endsWith('.tf'))
    .sort()) {
    const text = readFileSync(join(root, file), 'utf8')
    for (const match of text.matchAll(/^provider\s+"aws"\s*\{/gm)) {
      let depth = 0
      let end = match.index
      for (; end < text.length; end++) {
        if (text[end] === '{') depth++
        else if (text[end] === '}' && --depth === 0) break
      }
      blocks.push(text.slice(match.index, end + 1))
    }
  }
  return blocks.join('\n')
}

/** The provider binary `terraform init` installed for the root, which terraform would start. */
function providerBinary(root: string): string | undefined {
  const base = join(root, '.terraform', 'providers', 'registry.terraform.io', 'hashicorp', 'aws')
  if (!existsSync(base)) return undefined
  for (const version of readdirSync(base)) {
    for (const platform of readdirSync(join(base, version))) {
      const dir = join(base, version, platform)
      const binary = readdirSync(dir).find(name => name.startsWith('terraform-provider-aws'))
      if (binary) return realpathSync(join(dir, binary))
    }
  }
  return undefined
}

function start(key: { id: string; binary: string }, env: NodeJS.ProcessEnv): Warm {
  let seen = ''
  let found: (value: string | undefined) => void = () => {}
  const reattach = new Promise<string | undefined>(resolve => (found = resolve))
  // In debug mode the provider cannot take a custom CA bundle; moto speaks plain HTTP.
  const providerEnv = { ...env, AWS_CA_BUNDLE: '' }
  const child = spawnSupervised('terraform-provider-aws', [key.binary, '-debug'], {
    env: providerEnv,
    // Its log goes to stderr, enough to fill a pipe while a test blocks in a spawnSync; the
    // address it is reached at comes on stdout.
    stderr: 'ignore',
    onOutput: chunk => {
      seen = (seen + chunk).slice(-8000)
      const match = REATTACH_LINE.exec(seen)
      if (match) found(match[1])
    }
  })
  // Not unref'd: while a run waits for the provider, this timer is what keeps Node waiting.
  const timer = setTimeout(() => found(undefined), START_TIMEOUT_MS)
  void child.exited.then(() => {
    found(undefined)
    pool.delete(key.id)
  })
  void reattach.then(value => {
    clearTimeout(timer)
    if (value) return
    // terraform starts the provider itself then; say why this run is slower.
    console.warn(`No warm provider (${child.output().trim().split('\n').pop() ?? 'no output'}).`)
    child.killNow()
  })
  const warm: Warm = { process: child, reattach, users: 0, lastUsed: Date.now() }
  pool.set(key.id, warm)
  return warm
}

/** Stops every provider of this test file's pool; __tests__/setup/warm-providers.ts calls it. */
export async function stopWarmProviders(): Promise<void> {
  const all = [...pool.values()]
  pool.clear()
  await Promise.all(all.map(warm => warm.process.stop()))
}

function evictIdle(): void {
  const idle = [...pool.entries()]
    .filter(([, warm]) => warm.users === 0)
    .sort(([, a], [, b]) => b.lastUsed - a.lastUsed)
  for (const [id, warm] of idle.slice(MAX_IDLE)) {
    pool.delete(id)
    void warm.process.stop()
  }
}

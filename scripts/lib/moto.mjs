// moto, the AWS emulator, for the tests, the demo and the benchmarks.
//
// Outside Jest, startMoto() starts a private moto server on a free port (stop() kills it).
// Under Jest, the global setup (__tests__/setup/moto-global-setup.mjs) starts one server per
// worker slot and exports their endpoints; startMoto() then hands each test file its worker's
// server, reset to an empty account, and stop() resets it again instead of killing it. Files in
// one worker run one after another, so each still sees a fresh account of its own.
//
// `node scripts/lib/moto.mjs install` installs moto into a project-local virtual environment
// (node_modules/.cache/driftwatch-moto) unless one is on PATH already; startMoto() finds it there.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { get, request } from 'node:http'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { spawnSupervised } from './supervised.mjs'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The virtual environment `install` makes when no moto is found. */
export const MOTO_VENV = join(REPO_ROOT, 'node_modules', '.cache', 'driftwatch-moto')
const MOTO_REQUIREMENT = 'moto[server]>=5,<6'
/** Set by the Jest global setup: a JSON array of endpoints, one per worker slot. */
export const SHARED_MOTO_ENV = 'DRIFTWATCH_MOTO_ENDPOINTS'

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

/** How to run moto_server here, or undefined when moto is not installed. */
export function findMoto() {
  if (onPath('moto_server')) return ['moto_server']
  for (const python of ['python3', 'python']) {
    if (spawnSync(python, ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0) {
      return [python, '-m', 'moto.server']
    }
  }
  const local = join(MOTO_VENV, 'bin', 'moto_server')
  if (existsSync(local)) return [local]
  return undefined
}

function motoCommand() {
  const command = findMoto()
  if (command) return command
  throw new Error(
    `moto is not installed: run \`node scripts/lib/moto.mjs install\` (a virtual environment in ` +
      `node_modules/.cache) or \`pip install '${MOTO_REQUIREMENT}'\` (gives moto_server).`
  )
}

/** The last line of pip's output that says what went wrong, for a one-line message. */
function pipReason(output) {
  const lines = output.split('\n').map(line => line.trim())
  const unreachable = lines.find(line =>
    /Name or service not known|Temporary failure in name resolution|Failed to establish a new connection|timed out|Network is unreachable|ProxyError|SSLError/i.test(
      line
    )
  )
  const error = lines.filter(line => /^ERROR:/.test(line)).pop()
  if (unreachable) return `PyPI is not reachable from here (${error ?? unreachable})`
  return error ?? lines.filter(Boolean).pop() ?? 'no output'
}

/**
 * Makes sure moto_server can be run: if none is installed (on PATH, importable, or in the
 * project's venv), installs moto into a virtual environment under node_modules/.cache.
 * Returns the command; throws an Error with a one-line message when that cannot be done.
 * @param {{ log?: (line: string) => void, python?: string }} [opts]
 */
export function ensureMoto(opts = {}) {
  const found = findMoto()
  if (found) return found
  const log = opts.log ?? (line => console.error(line))
  const python = opts.python ?? 'python3'
  const fail = why => {
    rmSync(MOTO_VENV, { recursive: true, force: true })
    return new Error(
      `Could not install moto into ${MOTO_VENV}: ${why}. ` +
        `Install it yourself (\`pip install '${MOTO_REQUIREMENT}'\`, which gives moto_server) and run again.`
    )
  }
  log(`moto_server not found: installing ${MOTO_REQUIREMENT} into ${MOTO_VENV} (once)`)
  const run = (command, args) =>
    spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const venv = run(python, ['-m', 'venv', MOTO_VENV])
  if (venv.error) throw fail(`${python} cannot be run (${venv.error.message})`)
  if (venv.status !== 0) {
    const output = `${venv.stdout}${venv.stderr}`
    throw fail(
      /ensurepip|python3-venv/.test(output)
        ? `${python} -m venv needs the venv module (on Debian/Ubuntu: apt-get install python3-venv)`
        : `${python} -m venv failed: ${pipReason(output)}`
    )
  }
  const pip = run(join(MOTO_VENV, 'bin', 'python'), [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    MOTO_REQUIREMENT
  ])
  if (pip.error || pip.status !== 0) {
    throw fail(
      `pip install failed: ${pip.error?.message ?? pipReason(`${pip.stdout}${pip.stderr}`)}`
    )
  }
  const local = [join(MOTO_VENV, 'bin', 'moto_server')]
  if (!existsSync(local[0])) throw fail('pip installed moto but no moto_server came with it')
  log(`moto installed: ${local[0]}`)
  return local
}

function answersHttp(endpoint) {
  return new Promise(resolve => {
    const request = get(`${endpoint}/moto-api/`, { timeout: 1000, agent: false }, response => {
      response.resume()
      resolve(true)
    })
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(false))
  })
}

/** POST /moto-api/reset: every backend back to an empty account, as a fresh moto has it. */
export function resetMoto(endpoint, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${endpoint}/moto-api/reset`,
      { method: 'POST', timeout: timeoutMs, agent: false },
      response => {
        response.resume()
        response.on('end', () =>
          response.statusCode === 200
            ? resolve()
            : reject(new Error(`moto at ${endpoint}: reset answered ${response.statusCode}`))
        )
      }
    )
    req.on('timeout', () => req.destroy(new Error(`moto at ${endpoint}: reset timed out`)))
    req.on('error', reject)
    req.end()
  })
}

/** Under Jest with the global setup: this worker's server, or undefined. */
function sharedEndpoint() {
  const worker = Number(process.env.JEST_WORKER_ID)
  const list = process.env[SHARED_MOTO_ENV]
  if (!worker || !list) return undefined
  let endpoints
  try {
    endpoints = JSON.parse(list)
  } catch {
    return undefined
  }
  if (!Array.isArray(endpoints) || endpoints.length === 0) return undefined
  return endpoints[(worker - 1) % endpoints.length]
}

/**
 * A moto for one test file or script. Under Jest with the global setup, the worker's shared
 * server, reset (unless `env` asks for a differently configured moto); otherwise a private one.
 * @param {{ timeoutMs?: number, env?: Record<string, string> }} [opts]
 */
export async function startMoto(opts = {}) {
  const endpoint = opts.env ? undefined : sharedEndpoint()
  if (endpoint) {
    try {
      // Reset on the way in too: a file that never called stop() leaves nothing behind.
      await resetMoto(endpoint)
      let stopped = false
      const stop = async () => {
        if (stopped) return
        stopped = true
        await resetMoto(endpoint)
      }
      return { endpoint, port: Number(new URL(endpoint).port), stop }
    } catch (error) {
      console.warn(
        `Worker ${process.env.JEST_WORKER_ID}'s shared moto (${endpoint}) is not answering ` +
          `(${error.message}): starting a private one for this file.`
      )
    }
  }
  return startPrivateMoto(opts)
}

/**
 * Always starts a new moto server of its own on a free port; stop() kills it.
 * @param {{ timeoutMs?: number, env?: Record<string, string> }} [opts]
 */
export async function startPrivateMoto(opts = {}) {
  const timeoutMs = opts.timeoutMs ?? 30_000
  const command = motoCommand()
  // Another process can take the port between freePort() and moto's bind: retry on early exit.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const endpoint = `http://127.0.0.1:${port}`
    const moto = spawnSupervised('moto', [...command, '-H', '127.0.0.1', '-p', String(port)], {
      env: { ...process.env, ...opts.env }
    })
    const { exited, stop } = moto

    const deadline = Date.now() + timeoutMs
    let earlyExit
    exited.then(status => (earlyExit = status))
    while (Date.now() < deadline && earlyExit === undefined) {
      if (await answersHttp(endpoint)) return { endpoint, port, stop }
      await sleep(200)
    }
    moto.killNow()
    if (earlyExit !== undefined && attempt < 3) continue
    const why =
      earlyExit === undefined ? `did not answer within ${timeoutMs} ms` : `exited (${earlyExit})`
    throw new Error(
      `moto (${command.join(' ')}) on port ${port} ${why}: ${moto.output().trim().split('\n').slice(-3).join(' | ')}`
    )
  }
}

// `node scripts/lib/moto.mjs install`: what .ci/run and a new machine use.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] !== 'install') {
    console.error('usage: node scripts/lib/moto.mjs install')
    process.exit(2)
  }
  try {
    console.log(`moto: ${ensureMoto().join(' ')}`)
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}

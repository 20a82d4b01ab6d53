// Starts a private moto server (the AWS emulator) on a free port for one test file or script.
import { spawn, spawnSync } from 'node:child_process'
import { get } from 'node:http'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

const running = new Set()

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

function motoCommand() {
  if (onPath('moto_server')) return ['moto_server']
  for (const python of ['python3', 'python']) {
    if (spawnSync(python, ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0) {
      return [python, '-m', 'moto.server']
    }
  }
  throw new Error(
    "moto is not installed: run `pip install 'moto[server]>=5,<6'` (gives moto_server)."
  )
}

// moto runs in its own process group (so one kill takes any children) under a tiny sh watchdog:
// Node holds the watchdog's stdin open, and EOF on it, which also happens when Node dies by
// SIGKILL or a crash, takes moto down with it. The 'exit' and signal hooks cover orderly exits.
const WATCHDOG = `exec 3<&0
"$@" </dev/null &
moto=$!
(cat <&3 >/dev/null; kill -TERM "$moto" 2>/dev/null) &
wait "$moto"`

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

function killAllNow() {
  for (const child of running) killGroup(child, 'SIGKILL')
  running.clear()
}

let hooked = false
function hookParentExit() {
  if (hooked) return
  hooked = true
  process.on('exit', killAllNow)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    const onSignal = () => {
      killAllNow()
      // Adding a listener disables Node's default "die on signal"; restore it if nobody else cares.
      process.removeListener(signal, onSignal)
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    }
    process.on(signal, onSignal)
  }
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

/**
 * @param {{ timeoutMs?: number, env?: Record<string, string> }} [opts]
 */
export async function startMoto(opts = {}) {
  const timeoutMs = opts.timeoutMs ?? 30_000
  const command = motoCommand()
  hookParentExit()
  // Another process can take the port between freePort() and moto's bind: retry on early exit.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const endpoint = `http://127.0.0.1:${port}`
    const child = spawn(
      'sh',
      ['-c', WATCHDOG, 'moto', ...command, '-H', '127.0.0.1', '-p', String(port)],
      {
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, ...opts.env }
      }
    )
    running.add(child)
    let log = ''
    const keep = chunk => (log = (log + chunk).slice(-4000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const exited = new Promise(resolve =>
      child.once('exit', (code, signal) => resolve(signal ?? code))
    )
    // Never keep the parent alive just because moto is running; stop() or the exit hook ends it.
    child.unref()
    for (const stream of [child.stdin, child.stdout, child.stderr]) stream.unref?.()
    child.stdin.on('error', () => {})

    const stop = async () => {
      if (!running.delete(child)) return
      killGroup(child, 'SIGTERM')
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
      child.stdin.destroy()
    }

    const deadline = Date.now() + timeoutMs
    let earlyExit
    exited.then(status => (earlyExit = status))
    while (Date.now() < deadline && earlyExit === undefined) {
      if (await answersHttp(endpoint)) return { endpoint, port, stop }
      await sleep(200)
    }
    running.delete(child)
    killGroup(child, 'SIGKILL')
    if (earlyExit !== undefined && attempt < 3) continue
    const why =
      earlyExit === undefined ? `did not answer within ${timeoutMs} ms` : `exited (${earlyExit})`
    throw new Error(
      `moto (${command.join(' ')}) on port ${port} ${why}: ${log.trim().split('\n').slice(-3).join(' | ')}`
    )
  }
}

// Long-lived helper processes of the tests, the demo and the benchmarks (moto, a warm provider),
// which must never outlive the Node process that started them.
//
// Each runs in its own process group (so one kill takes any children) under a tiny sh watchdog:
// Node holds the watchdog's stdin open, and EOF on it, which also happens when Node dies by
// SIGKILL or a crash, takes the process down with it. The 'exit' and signal hooks cover orderly
// exits.
import { spawn } from 'node:child_process'

const WATCHDOG = `exec 3<&0
"$@" </dev/null &
child=$!
(cat <&3 >/dev/null; kill -TERM "$child" 2>/dev/null) &
wait "$child"`

const running = new Set()

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

/**
 * Starts `command args` supervised. `output()` is the last 4,000 characters it printed;
 * `onOutput` sees each chunk of stdout and stderr. `stderr: 'ignore'` is for a chatty process
 * that must not stall on a full pipe while this process is busy (a spawnSync, say). `exited` resolves with the exit code or
 * signal; `stop()` (safe to call twice) sends SIGTERM, then SIGKILL after 5 s, and waits.
 * @param {string} name what the watchdog's process is called in `ps`
 * @param {string[]} command
 * @param {{ env?: NodeJS.ProcessEnv, onOutput?: (chunk: string) => void, stderr?: 'pipe' | 'ignore' }} [opts]
 */
export function spawnSupervised(name, command, opts = {}) {
  hookParentExit()
  const child = spawn('sh', ['-c', WATCHDOG, name, ...command], {
    detached: true,
    stdio: ['pipe', 'pipe', opts.stderr ?? 'pipe'],
    env: opts.env ?? process.env
  })
  running.add(child)
  let log = ''
  const keep = chunk => {
    log = (log + chunk).slice(-4000)
    opts.onOutput?.(String(chunk))
  }
  child.stdout.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise(resolve =>
    child.once('exit', (code, signal) => resolve(signal ?? code))
  )
  // Never keep the parent alive just because the child is running; stop() or the exit hook ends it.
  child.unref()
  for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.unref?.()
  child.stdin.on('error', () => {})

  const stop = async () => {
    if (!running.delete(child)) return
    killGroup(child, 'SIGTERM')
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
    child.stdin.destroy()
  }
  const killNow = () => {
    running.delete(child)
    killGroup(child, 'SIGKILL')
  }
  return { exited, stop, killNow, output: () => log }
}

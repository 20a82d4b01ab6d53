import { spawn } from 'node:child_process'

export interface ProcessResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs a program without a shell and without echoing anything: terraform's output can hold
 * secrets, so callers decide what, redacted, reaches the log.
 */
export function runProcess(
  command: string,
  args: string[],
  options: {
    cwd: string
    env?: NodeJS.ProcessEnv
    /** Takes stdout as it arrives instead of collecting it (then `stdout` is empty). */
    onStdout?: (chunk: Buffer) => void
    /** Called once the program is running. */
    onSpawn?: () => void
  }
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    const { onStdout } = options
    child.stdout.on('data', (chunk: Buffer) => {
      if (onStdout) onStdout(chunk)
      else stdout.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    if (options.onSpawn) child.once('spawn', options.onSpawn)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8') + (signal ? `\nterminated by ${signal}` : '')
      })
    })
  })
}

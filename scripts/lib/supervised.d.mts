export interface Supervised {
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | string | null>
  /** SIGTERM to its process group, SIGKILL after 5 s; waits for the exit. Safe to call twice. */
  stop(): Promise<void>
  /** SIGKILL to its process group, without waiting. */
  killNow(): void
  /** The last 4,000 characters it printed on stdout and stderr. */
  output(): string
}

/**
 * Starts `command` in a process group of its own under a watchdog that ends it when this Node
 * process exits, however it exits.
 */
export function spawnSupervised(
  name: string,
  command: string[],
  opts?: {
    env?: NodeJS.ProcessEnv
    onOutput?: (chunk: string) => void
    /** 'ignore' for a chatty process that must not stall on a full pipe. Default 'pipe'. */
    stderr?: 'pipe' | 'ignore'
  }
): Supervised

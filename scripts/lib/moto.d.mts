export interface MotoServer {
  /** e.g. `http://127.0.0.1:41234` */
  endpoint: string
  port: number
  /**
   * Safe to call twice. A private server: stops moto and everything it started. A Jest worker's
   * shared server: resets it to an empty account (`POST /moto-api/reset`) and leaves it running.
   */
  stop(): Promise<void>
}

export interface StartMotoOptions {
  /** How long to wait for moto to answer HTTP. Default 30000. */
  timeoutMs?: number
  /** Extra environment for the moto process (always gets a private server). */
  env?: Record<string, string>
}

/**
 * Under Jest with the global setup: this worker's shared server, reset. Otherwise a private
 * server on a free port.
 */
export function startMoto(opts?: StartMotoOptions): Promise<MotoServer>

/** Always a new server of its own; stop() kills it. */
export function startPrivateMoto(opts?: StartMotoOptions): Promise<MotoServer>

/** `POST /moto-api/reset` on a running server. */
export function resetMoto(endpoint: string, timeoutMs?: number): Promise<void>

/** How to run moto_server here (PATH, importable, or the project venv), or undefined. */
export function findMoto(): string[] | undefined

/**
 * findMoto(), or else installs `moto[server]>=5,<6` into MOTO_VENV and returns its moto_server.
 * Throws an Error with a one-line message when that cannot be done.
 */
export function ensureMoto(opts?: { log?: (line: string) => void; python?: string }): string[]

/** node_modules/.cache/driftwatch-moto under the repository. */
export const MOTO_VENV: string

/** The variable the Jest global setup exports: a JSON array of endpoints, one per worker slot. */
export const SHARED_MOTO_ENV: string

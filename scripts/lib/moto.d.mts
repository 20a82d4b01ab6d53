export interface MotoServer {
  /** e.g. `http://127.0.0.1:41234` */
  endpoint: string
  port: number
  /** Stops moto and everything it started; safe to call twice. */
  stop(): Promise<void>
}

export interface StartMotoOptions {
  /** How long to wait for moto to answer HTTP. Default 30000. */
  timeoutMs?: number
  /** Extra environment for the moto process. */
  env?: Record<string, string>
}

export function startMoto(opts?: StartMotoOptions): Promise<MotoServer>

import type * as ActionsCore from '@actions/core'
import type { AuditLog } from '../pipeline.js'

/**
 * The GitHub runner toolkit (@actions/core), loaded while terraform plans. Importing it loads
 * undici (about 900 KB, for OIDC tokens Driftwatch never asks for), which took longer than
 * anything else the Action does before starting terraform.
 */

export type Core = typeof ActionsCore

let loading: Promise<Core> | undefined

function loadCore(): Promise<Core> {
  return (loading ??= import('@actions/core'))
}

/**
 * The step log for the audit, usable before the toolkit is loaded: what is written meanwhile
 * waits, in order, so a secret's mask is still registered before any line after it.
 */
export class DeferredLog implements AuditLog {
  private core: Core | undefined
  private readonly waiting: ((core: Core) => void)[] = []

  /** The toolkit, once every line written before it was loaded is out. */
  async load(): Promise<Core> {
    const core = await loadCore()
    this.core = core
    for (const write of this.waiting.splice(0)) write(core)
    return core
  }

  info(message: string): void {
    this.write(core => core.info(message))
  }

  notice(message: string): void {
    this.write(core => core.notice(message))
  }

  warning(message: string): void {
    this.write(core => core.warning(message))
  }

  secret(value: string): void {
    this.write(core => core.setSecret(value))
  }

  private write(line: (core: Core) => void): void {
    if (this.core) line(this.core)
    else this.waiting.push(line)
  }
}

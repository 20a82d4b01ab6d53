// Jest globalSetup of the integration project: one moto server per worker slot, started here in
// Jest's main process, instead of one per test file. Their endpoints go to the workers through
// DRIFTWATCH_MOTO_ENDPOINTS (workers inherit this process's environment); startMoto() in a test
// file picks its worker's by JEST_WORKER_ID and resets it. moto-global-teardown.mjs stops them.
import { SHARED_MOTO_ENV, startPrivateMoto } from '../../scripts/lib/moto.mjs'

export default async function setup(globalConfig) {
  const slots = Math.max(1, globalConfig.maxWorkers || 1)
  const started = await Promise.allSettled(Array.from({ length: slots }, () => startPrivateMoto()))
  const servers = started.filter(s => s.status === 'fulfilled').map(s => s.value)
  globalThis.__driftwatchMoto = servers
  const failed = started.find(s => s.status === 'rejected')
  if (failed || servers.length < slots) {
    // Each file then starts its own (and says why if it cannot); unit tests still run.
    await Promise.all(servers.map(server => server.stop()))
    globalThis.__driftwatchMoto = []
    delete process.env[SHARED_MOTO_ENV]
    console.warn(`\nNo shared moto for the workers: ${failed?.reason?.message ?? 'not started'}`)
    return
  }
  process.env[SHARED_MOTO_ENV] = JSON.stringify(servers.map(server => server.endpoint))
}

// Jest globalTeardown of the integration project: stops the servers moto-global-setup.mjs started.
import { SHARED_MOTO_ENV } from '../../scripts/lib/moto.mjs'

export default async function teardown() {
  const servers = globalThis.__driftwatchMoto ?? []
  globalThis.__driftwatchMoto = []
  delete process.env[SHARED_MOTO_ENV]
  await Promise.all(servers.map(server => server.stop()))
}

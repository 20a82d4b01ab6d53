import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** An HTTP server on a free port of 127.0.0.1: what every stand-in the real clients reach runs on. */
export interface Loopback {
  url: string
  /** Drops kept-alive connections too, so a test's last request cannot hold the close up. */
  close(): Promise<void>
}

export async function listenOnLoopback(
  handle: (req: IncomingMessage, res: ServerResponse) => void
): Promise<Loopback> {
  const server = createServer(handle)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer, request } from 'node:http'
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
  // Node closes a kept-alive connection after 5 idle seconds. A client thread starved of CPU on a
  // busy CI host (the Action's scan thread runs at idle priority) can send its retry on a socket
  // the server is closing, and see "socket hang up" where the test set up a throttle. AWS keeps
  // idle connections far longer, so here they stay open until close().
  server.keepAliveTimeout = 0
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

/**
 * Passes a request a stand-in does not answer itself on to the real emulator, as it came: the
 * SigV4 signature covers the path and body, not the host the stand-in rewrites.
 */
export function forward(
  upstream: string,
  req: IncomingMessage,
  body: Buffer,
  res: ServerResponse,
  failed: (message: string) => void
): void {
  const target = new URL(req.url ?? '/', upstream)
  const headers = { ...req.headers, host: target.host }
  const out = request(target, { method: req.method, headers }, answer => {
    res.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(res)
  })
  out.on('error', error => failed(error.message))
  out.end(body)
}

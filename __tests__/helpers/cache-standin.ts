import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Loopback } from './loopback.js'
import { listenOnLoopback } from './loopback.js'

/**
 * A stand-in for the GitHub Actions cache service on loopback, in memory, enough for the real
 * @actions/cache `restoreCache` and `saveCache`. It speaks cache service v2, the one runners use
 * (ACTIONS_CACHE_SERVICE_V2): the three Twirp calls under ACTIONS_RESULTS_URL, and the blob storage
 * their signed URLs point at, here back at this server. @actions/cache uploads there with
 * @azure/storage-blob (Put Blob; Put Block and Put Block List above 128 MiB) and, the host not
 * being *.blob.core.windows.net, downloads with a plain GET.
 *
 * Entries match as the service matches them: only for the same version (a hash of the paths and
 * the compression), the key exactly, then as a prefix, then each restore key the same way, the
 * newest entry first. A key and version already saved answer 409, as GitHub does. Every request
 * is recorded, and the server can be told to fail.
 */

export interface CacheEntry {
  id: number
  key: string
  version: string
  /** The archive as uploaded: a tar compressed with zstd or gzip. */
  archive: Buffer
  /** False between CreateCacheEntry and FinalizeCacheEntryUpload: not restorable yet. */
  finalized: boolean
  /** The blob's name in the signed URLs. */
  blob: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  /** Twirp calls: the JSON request. Blob calls: undefined (see `size`). */
  body: unknown
  /** Bytes in the request body. */
  size: number
  status: number
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'
/** Azure storage URLs on an IP address name the account in the path, as the Azurite emulator does. */
const CONTAINER_PATH = '/devstoreaccount1/actions-cache/'
const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  429: 'resource_exhausted',
  500: 'internal',
  503: 'unavailable'
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

interface Fault {
  status: number
  path: RegExp
  times: number
}

export class CacheStandIn {
  readonly requests: RecordedRequest[] = []
  readonly entries: CacheEntry[] = []
  /** The bearer token the Twirp calls must carry (ACTIONS_RUNTIME_TOKEN). */
  readonly token = `standin-runtime-token-${randomBytes(6).toString('hex')}`
  url = ''
  private faults: Fault[] = []
  private nextId = 1
  /** Staged blocks of uploads above 128 MiB, by blob name, then block id. */
  private blocks = new Map<string, Map<string, Buffer>>()
  /** Each blob's URL signature: a request to a blob without it answers 403. */
  private signatures = new Map<string, string>()

  private loopback: Loopback | undefined

  private constructor() {}

  static async start(): Promise<CacheStandIn> {
    const instance = new CacheStandIn()
    instance.loopback = await listenOnLoopback((req, res) => void instance.handle(req, res))
    instance.url = instance.loopback.url
    return instance
  }

  async stop(): Promise<void> {
    await this.loopback?.close()
  }

  /** Forgets entries, requests and faults, between tests. */
  reset(): void {
    this.requests.length = 0
    this.entries.length = 0
    this.faults = []
    this.blocks.clear()
    this.signatures.clear()
  }

  /** What a runner sets for @actions/cache to use this service (spread over process.env). */
  env(): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_RUNTIME_TOKEN: this.token
    }
  }

  /**
   * The next `times` requests (every one by default) whose path matches answer `status`: a Twirp
   * error for the service, an Azure storage error for a blob.
   */
  fail(status: number, options: { path?: RegExp; times?: number } = {}): void {
    this.faults.push({
      status,
      path: options.path ?? /./,
      times: options.times ?? Number.POSITIVE_INFINITY
    })
  }

  /** The requests in order: Twirp method names, and `PUT blob` or `GET blob` for the storage. */
  calls(): string[] {
    return this.requests.map(r =>
      r.path.startsWith(SERVICE) ? r.path.slice(SERVICE.length) : `${r.method} blob`
    )
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.serve(req, res)
    } catch (error) {
      // A bug here must show in the test as a failed request, not an unhandled rejection.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const bytes = Buffer.concat(chunks)
    const twirp = url.pathname.startsWith(SERVICE)
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: undefined,
      size: bytes.length,
      status: 0
    }
    this.requests.push(record)

    const fault = this.faults.find(f => f.times > 0 && f.path.test(record.path))
    if (fault) {
      fault.times--
      if (twirp) this.twirpError(res, record, fault.status, 'the cache service is unavailable')
      else this.storageError(res, record, fault.status, 'ServerBusy', 'The server is busy.')
      return
    }
    if (twirp) {
      try {
        record.body = JSON.parse(bytes.toString('utf8') || '{}')
      } catch {
        this.twirpError(res, record, 400, 'the request body is not JSON')
        return
      }
      if (req.headers.authorization !== `Bearer ${this.token}`) {
        this.twirpError(res, record, 401, 'the runtime token is missing or wrong')
        return
      }
      try {
        const result = this.twirp(
          url.pathname.slice(SERVICE.length),
          record.body as Record<string, unknown>
        )
        record.status = 200
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(result))
      } catch (error) {
        if (!(error instanceof TwirpError)) throw error
        this.twirpError(res, record, error.status, error.message)
      }
      return
    }
    if (url.pathname.startsWith(CONTAINER_PATH)) {
      this.blobRequest(req, res, record, url, bytes)
      return
    }
    record.status = 404
    res.writeHead(404).end()
  }

  private twirp(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const key = String(body.key ?? '')
    const version = String(body.version ?? '')
    if (!key || !version) throw new TwirpError(400, 'key and version are required')
    switch (method) {
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : []
        const entry = this.lookup(key, restoreKeys, version)
        if (!entry) return { ok: false }
        return {
          ok: true,
          signed_download_url: this.signedUrl(entry.blob, 'r'),
          matched_key: entry.key
        }
      }
      case 'CreateCacheEntry': {
        if (this.entries.some(e => e.key === key && e.version === version)) {
          throw new TwirpError(
            409,
            'cache entry with the same key, version, and scope already exists'
          )
        }
        const id = this.nextId++
        const blob = `${id}-${createHash('sha256').update(`${key}\0${version}`).digest('hex')}`
        this.entries.push({ id, key, version, archive: Buffer.alloc(0), finalized: false, blob })
        return { ok: true, signed_upload_url: this.signedUrl(blob, 'cw') }
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find(e => e.key === key && e.version === version)
        if (!entry || entry.finalized) throw new TwirpError(404, 'no cache entry is being created')
        if (String(body.size_bytes) !== String(entry.archive.length)) {
          return {
            ok: false,
            message: `uploaded ${entry.archive.length} bytes, not ${String(body.size_bytes)}`
          }
        }
        entry.finalized = true
        return { ok: true, entry_id: String(entry.id) }
      }
      default:
        throw new TwirpError(404, `no method ${method}`)
    }
  }

  private lookup(key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    const candidates = this.entries.filter(e => e.finalized && e.version === version).reverse()
    for (const wanted of [key, ...restoreKeys]) {
      const found =
        candidates.find(e => e.key === wanted) ?? candidates.find(e => e.key.startsWith(wanted))
      if (found) return found
    }
    return undefined
  }

  private signedUrl(blob: string, permissions: string): string {
    const sig = this.signatures.get(blob) ?? randomBytes(24).toString('base64')
    this.signatures.set(blob, sig)
    const query = new URLSearchParams({ sv: '2025-01-05', sr: 'b', sp: permissions, sig })
    return `${this.url}${CONTAINER_PATH}${blob}?${query}`
  }

  private blobRequest(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    url: URL,
    bytes: Buffer
  ): void {
    const blob = url.pathname.slice(CONTAINER_PATH.length)
    const entry = this.entries.find(e => e.blob === blob)
    if (!entry || url.searchParams.get('sig') !== this.signatures.get(blob)) {
      this.storageError(res, record, 403, 'AuthenticationFailed', 'Signature did not match.')
      return
    }
    const comp = url.searchParams.get('comp')
    if (req.method === 'GET' && !comp) {
      if (!entry.finalized) {
        this.storageError(res, record, 404, 'BlobNotFound', 'The blob does not exist.')
        return
      }
      record.status = 200
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(entry.archive.length),
        ...this.storageHeaders(req)
      })
      res.end(entry.archive)
      return
    }
    if (req.method !== 'PUT' || entry.finalized) {
      this.storageError(res, record, 409, 'OperationNotAllowed', `${req.method} is not allowed.`)
      return
    }
    if (comp === 'block') {
      const id = url.searchParams.get('blockid') ?? ''
      const staged = this.blocks.get(blob) ?? new Map<string, Buffer>()
      staged.set(id, bytes)
      this.blocks.set(blob, staged)
    } else if (comp === 'blocklist') {
      const staged = this.blocks.get(blob) ?? new Map<string, Buffer>()
      const ids = [...bytes.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]*)</g)].map(
        m => m[1]
      )
      if (ids.some(id => !staged.has(id))) {
        this.storageError(res, record, 400, 'InvalidBlockList', 'A block is missing.')
        return
      }
      entry.archive = Buffer.concat(ids.map(id => staged.get(id) as Buffer))
      this.blocks.delete(blob)
    } else if (!comp && req.headers['x-ms-blob-type'] === 'BlockBlob') {
      entry.archive = bytes
    } else {
      this.storageError(res, record, 400, 'InvalidQueryParameterValue', 'Unsupported request.')
      return
    }
    record.status = 201
    res.writeHead(201, {
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      'content-md5': createHash('md5').update(bytes).digest('base64'),
      'x-ms-request-server-encrypted': 'true',
      ...this.storageHeaders(req)
    })
    res.end()
  }

  private storageHeaders(req: IncomingMessage): Record<string, string> {
    return {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': String(req.headers['x-ms-version'] ?? '2025-01-05'),
      date: new Date().toUTCString()
    }
  }

  private twirpError(
    res: ServerResponse,
    record: RecordedRequest,
    status: number,
    message: string
  ): void {
    record.status = status
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ code: TWIRP_CODES[status] ?? 'unknown', msg: message }))
  }

  private storageError(
    res: ServerResponse,
    record: RecordedRequest,
    status: number,
    code: string,
    message: string
  ): void {
    record.status = status
    res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code })
    res.end(
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
    )
  }
}

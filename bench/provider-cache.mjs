// What the provider plugin cache saves `terraform init` on examples/demo, medians of N runs.
// A filesystem mirror makes init cost the same with or without the cache, so the provider is
// served instead by a terraform network mirror over HTTPS on loopback: without the cache, init
// downloads the zip, checks its hash and unpacks it, as on a hosted runner minus the internet's
// latency and bandwidth (so the saving measured here is a floor). With a warm cache, as after
// @actions/cache restored it, init links the provider from the cache instead.
import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:https'
import { tmpdir } from 'node:os'
import { dirname, join, resolve, sep } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { findProviderMirror } from '../scripts/lib/terraform-env.mjs'
import { median } from './stats.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PROVIDER = ['registry.terraform.io', 'hashicorp', 'aws']
const run = promisify(execFile)

function timed(command, args, options) {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', chunk => (output += chunk))
    child.stderr.on('data', chunk => (output += chunk))
    child.on('error', fail)
    child.on('close', code => done({ code, ms: performance.now() - started, output }))
  })
}

const compareVersions = (a, b) => {
  const pa = a.split(/[.-]/).map(Number)
  const pb = b.split(/[.-]/).map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0)
    if (d) return d
  }
  return 0
}

/** The newest hashicorp/aws in the local filesystem mirror, built for this machine. */
function findProvider() {
  const base = join(findProviderMirror(), ...PROVIDER)
  const arch = { x64: 'amd64', ia32: '386' }[process.arch] ?? process.arch
  const platform = `${process.platform}_${arch}`
  const versions = readdirSync(base)
    .filter(v => existsSync(join(base, v, platform)))
    .sort(compareVersions)
  const version = versions.at(-1)
  if (!version) throw new Error(`${base} has no version of the provider built for ${platform}.`)
  return { version, platform, dir: join(base, version, platform) }
}

const sha256File = path =>
  new Promise((done, fail) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', chunk => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done(hash.digest('hex')))
  })

/**
 * The network mirror tree (protocol: developer.hashicorp.com/terraform/internals/
 * provider-network-mirror-protocol), kept in `work` between runs because zipping the provider
 * takes seconds. Level 1, not 0: a stored zip would spare init the inflating that a registry's
 * deflated zip costs (unzip takes as long at level 1 as at 6 here). Not the default 6 either: its
 * zip is only a fifth smaller (141 MiB against 171 MiB) and takes twice as long to build.
 */
async function buildMirror(work, provider, log) {
  const { version, platform, dir } = provider
  const root = join(work, 'mirror')
  const providerDir = join(root, ...PROVIDER)
  mkdirSync(providerDir, { recursive: true })
  const zipName = `terraform-provider-${PROVIDER[2]}_${version}_${platform}.zip`
  const zipPath = join(providerDir, zipName)
  const files = readdirSync(dir).sort()
  const source = files.map(name => {
    const s = statSync(join(dir, name))
    return { name, size: s.size, mtimeMs: s.mtimeMs }
  })
  const stampPath = `${zipPath}.stamp.json`
  let stamp
  try {
    stamp = JSON.parse(readFileSync(stampPath, 'utf8'))
  } catch {
    stamp = undefined
  }
  if (
    !stamp ||
    !existsSync(zipPath) ||
    JSON.stringify(stamp.source) !== JSON.stringify(source) ||
    statSync(zipPath).size !== stamp.zipSize
  ) {
    const started = performance.now()
    // Built aside and renamed, so an interrupted zip is never taken for a finished one.
    const partial = `${zipPath}.partial`
    rmSync(partial, { force: true })
    await run('zip', ['-q', '-1', '-X', partial, ...files], { cwd: dir })
    renameSync(partial, zipPath)
    stamp = { source, zipSize: statSync(zipPath).size, sha256: await sha256File(zipPath) }
    writeFileSync(stampPath, JSON.stringify(stamp, null, 2) + '\n')
    log(
      `  zipped the provider once into ${zipPath} (${Math.round(stamp.zipSize / 2 ** 20)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s); later runs reuse it`
    )
  }
  writeFileSync(
    join(providerDir, 'index.json'),
    JSON.stringify({ versions: { [version]: {} } }) + '\n'
  )
  writeFileSync(
    join(providerDir, `${version}.json`),
    JSON.stringify({
      archives: { [platform]: { url: zipName, hashes: [`zh:${stamp.sha256}`] } }
    }) + '\n'
  )
  return { root, zipName, zipMb: Math.round(stamp.zipSize / 2 ** 20), sha256: stamp.sha256 }
}

/** A throwaway CA and a server certificate it signed for 127.0.0.1 and localhost. */
async function makeCertificates(dir) {
  const path = name => join(dir, name)
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    path('ca.key'),
    '-out',
    path('ca.pem'),
    '-days',
    '1',
    '-subj',
    '/CN=driftwatch bench CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign'
  ])
  await run('openssl', [
    'req',
    ...ec,
    '-keyout',
    path('server.key'),
    '-out',
    path('server.csr'),
    '-subj',
    '/CN=localhost'
  ])
  writeFileSync(
    path('server.ext'),
    [
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      ''
    ].join('\n')
  )
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    path('server.csr'),
    '-CA',
    path('ca.pem'),
    '-CAkey',
    path('ca.key'),
    '-set_serial',
    '1',
    '-days',
    '1',
    '-extfile',
    path('server.ext'),
    '-out',
    path('server.pem')
  ])
  return {
    caFile: path('ca.pem'),
    key: readFileSync(path('server.key')),
    cert: readFileSync(path('server.pem'))
  }
}

/** A static file server for the mirror tree; counts downloads so each condition is checked. */
function serveMirror(root, { key, cert }) {
  const downloads = new Map()
  const server = createServer({ key, cert }, (req, res) => {
    const path = resolve(root, '.' + decodeURIComponent(new URL(req.url, 'https://x').pathname))
    let size
    try {
      if (!path.startsWith(root + sep)) throw new Error('outside the mirror')
      const s = statSync(path)
      if (!s.isFile()) throw new Error('not a file')
      size = s.size
    } catch {
      res.writeHead(404).end()
      return
    }
    // Terraform sends a HEAD before each GET of the zip: only a GET is a download.
    if (req.method === 'GET') downloads.set(path, (downloads.get(path) ?? 0) + 1)
    res.writeHead(200, {
      'content-type': path.endsWith('.json') ? 'application/json' : 'application/zip',
      'content-length': size
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(path).pipe(res)
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () =>
      done({
        url: `https://127.0.0.1:${server.address().port}/`,
        downloads: path => downloads.get(path) ?? 0,
        stop: () =>
          new Promise(closed => {
            server.close(() => closed())
            server.closeAllConnections()
          })
      })
    )
  })
}

export async function runProviderCacheBench({ runs, log = console.log }) {
  const work = resolve(
    process.env.BENCH_MIRROR_WORK || join(repo, 'node_modules', '.cache', 'driftwatch-bench-mirror')
  )
  const provider = findProvider()
  const mirror = await buildMirror(work, provider, log)
  const zipPath = join(mirror.root, ...PROVIDER, mirror.zipName)

  const temp = mkdtempSync(join(tmpdir(), 'driftwatch-bench-cache-'))
  let server
  try {
    const tls = await makeCertificates(temp)
    server = await serveMirror(mirror.root, tls)
    const rc = join(temp, 'terraformrc')
    writeFileSync(
      rc,
      `provider_installation {\n  network_mirror {\n    url = "${server.url}"\n  }\n}\ndisable_checkpoint = true\n`
    )
    const root = join(temp, 'demo')
    cpSync(join(repo, 'examples', 'demo'), root, {
      recursive: true,
      filter: src => !/(^|\/)(\.terraform|terraform\.tfstate.*|.*\.tfplan)$/.test(src)
    })
    const warmCache = join(temp, 'warm-cache')
    mkdirSync(warmCache)
    const env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: rc,
      // Go reads its trusted roots from here instead of the system's: only our CA is trusted.
      SSL_CERT_FILE: tls.caFile,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1'
    }
    for (const name of [
      'TF_PLUGIN_CACHE_DIR',
      'TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE',
      'TF_DATA_DIR',
      'SSL_CERT_DIR'
    ])
      delete env[name]
    for (const name of Object.keys(env)) if (name.startsWith('TF_CLI_ARGS')) delete env[name]

    const init = async cacheDir => {
      rmSync(join(root, '.terraform'), { recursive: true, force: true })
      // Each init unpacks or hashes ~700 MB: flushing the previous runs' writes first keeps their
      // writeback from landing on whichever init comes next.
      await run('sync')
      const before = server.downloads(zipPath)
      const result = await timed('terraform', ['init', '-input=false', '-no-color'], {
        cwd: root,
        env: { ...env, TF_PLUGIN_CACHE_DIR: cacheDir }
      })
      if (result.code !== 0)
        throw new Error(`terraform init exited ${result.code}:\n${result.output}`)
      return { ms: result.ms, downloaded: server.downloads(zipPath) - before }
    }

    // Terraform 1.4+ takes a provider from the cache only when the lock file already has its
    // checksums, as in a repository that commits its lock (the Action keys the cache on it). The
    // demo has none, so this first init writes one (terraform 1.11 records only the h1: hash of
    // the provider's contents, not the mirror's zh:) and fills the cache the warm runs start from.
    // Each later init then checks what it installs or links against that h1:, as with a lock
    // from the registry.
    const lock = join(root, '.terraform.lock.hcl')
    const hadLock = existsSync(lock)
    let setup = await init(warmCache).catch(error => ({ error }))
    if (setup.error && hadLock) {
      // A committed lock's zh: hashes are the registry's zips', never ours: should its h1: not
      // match the mirror's contents either, start afresh as for a root without a lock.
      log(`  the demo's lock file was refused (${setup.error.message.split('\n')[0]}); dropped it`)
      rmSync(lock)
      setup = await init(warmCache)
    } else if (setup.error) throw setup.error
    if (!existsSync(lock)) throw new Error('terraform init wrote no .terraform.lock.hcl')
    const cached = join(warmCache, ...PROVIDER, provider.version, provider.platform)
    if (!existsSync(cached)) throw new Error(`the setup init did not fill the cache: ${cached}`)
    log(
      `  hashicorp/aws ${provider.version} ${provider.platform} from ${server.url} (zip ${mirror.zipMb} MB, zh:${mirror.sha256.slice(0, 12)}…); setup init ${Math.round(setup.ms)} ms`
    )

    const cold = []
    const warm = []
    const coldRun = async () => {
      // Empty, as on a cache miss: the Action still sets TF_PLUGIN_CACHE_DIR, so init fills it.
      const empty = mkdtempSync(join(temp, 'empty-cache-'))
      try {
        const r = await init(empty)
        if (r.downloaded !== 1)
          throw new Error(`init without cache fetched the zip ${r.downloaded}×`)
        cold.push(r.ms)
      } finally {
        rmSync(empty, { recursive: true, force: true })
      }
    }
    const warmRun = async () => {
      const r = await init(warmCache)
      if (r.downloaded !== 0)
        throw new Error(`init with a warm cache fetched the zip ${r.downloaded}×`)
      warm.push(r.ms)
    }
    // Interleaved, and alternating which goes first, so load drift and page-cache state touch
    // both sides alike.
    for (let i = 0; i < runs; i++) {
      if (i % 2) {
        await warmRun()
        await coldRun()
      } else {
        await coldRun()
        await warmRun()
      }
      log(
        `  run ${i + 1}/${runs}: init without cache ${Math.round(cold.at(-1))} ms, with a warm cache ${Math.round(warm.at(-1))} ms`
      )
    }
    const coldMs = median(cold)
    const warmMs = median(warm)
    return {
      runs,
      provider: `hashicorp/aws ${provider.version} ${provider.platform}`,
      zipMb: mirror.zipMb,
      coldMs: Math.round(coldMs),
      warmMs: Math.round(warmMs),
      savingMs: Math.round(coldMs - warmMs),
      ratio: coldMs / warmMs
    }
  } finally {
    await server?.stop()
    rmSync(temp, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runProviderCacheBench({ runs: Number(process.env.BENCH_RUNS || 3) })
  console.log(JSON.stringify(result))
}

// Plan files as another Terraform, or OpenTofu, would have written them: a real plan made by the
// terraform on PATH, rewritten (the version it records, a value, a field this reader does not
// know, OpenTofu's registry, OpenTofu's encryption). Run as `terraform` in front of the real one
// (see rewritingTerraform in __tests__/helpers/plans.ts), it rewrites each plan it saves and has
// `terraform show` read the plan as terraform wrote it: the reader sees the rewritten file, show
// the truth, as with a Terraform version whose plan file the reader misreads.
import { spawn } from 'node:child_process'
import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'

const LOCAL_HEADER = 0x04034b50
const DIRECTORY_ENTRY = 0x02014b50
const END_OF_DIRECTORY = 0x06054b50

/** A zip's entries, in order, from its central directory (Go's writer leaves local sizes 0). */
export function readZip(bytes) {
  let end = bytes.length - 22
  while (end >= 0 && bytes.readUInt32LE(end) !== END_OF_DIRECTORY) end--
  if (end < 0) throw new Error('not a zip archive')
  const count = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  const entries = []
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('damaged zip directory')
    const method = bytes.readUInt16LE(at + 10)
    const compressed = bytes.readUInt32LE(at + 20)
    const nameLength = bytes.readUInt16LE(at + 28)
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
    const local = bytes.readUInt32LE(at + 42)
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength)
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    const raw = bytes.subarray(start, start + compressed)
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) })
    at += 46 + skip
  }
  return entries
}

/** A zip of deflated entries, with sizes and checksums where every reader looks for them. */
export function writeZip(entries) {
  const locals = []
  const directory = []
  let offset = 0
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name)
    const packed = deflateRawSync(data)
    const header = (size, signature) => {
      const b = Buffer.alloc(size)
      b.writeUInt32LE(signature, 0)
      return b
    }
    const local = header(30, LOCAL_HEADER)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const entry = header(46, DIRECTORY_ENTRY)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(8, 10)
    entry.writeUInt32LE(crc32(data), 16)
    entry.writeUInt32LE(packed.length, 20)
    entry.writeUInt32LE(data.length, 24)
    entry.writeUInt16LE(nameBytes.length, 28)
    entry.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, packed)
    directory.push(entry, nameBytes)
    offset += 30 + nameBytes.length + packed.length
  }
  const central = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(END_OF_DIRECTORY, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(central.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, central, end])
}

function varint(value) {
  const out = []
  let rest = value
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80)
    rest = Math.floor(rest / 128)
  }
  out.push(rest)
  return Buffer.from(out)
}

/** A protobuf message's top-level fields: number, wire type, and the value's bytes. */
function fields(bytes) {
  const out = []
  let at = 0
  const next = () => {
    let result = 0
    let scale = 1
    for (;;) {
      const byte = bytes[at++]
      result += (byte & 0x7f) * scale
      if (byte < 0x80) return result
      scale *= 128
    }
  }
  while (at < bytes.length) {
    const key = next()
    const number = Math.floor(key / 8)
    const wire = key % 8
    const from = at
    if (wire === 0) next()
    else if (wire === 1) at += 8
    else if (wire === 5) at += 4
    else if (wire === 2) {
      const length = next()
      out.push({ number, wire, value: bytes.subarray(at, at + length) })
      at += length
      continue
    } else throw new Error(`wire type ${wire}`)
    out.push({ number, wire, value: bytes.subarray(from, at) })
  }
  return out
}

function encode(list) {
  return Buffer.concat(
    list.flatMap(({ number, wire, value }) => [
      varint(number * 8 + wire),
      ...(wire === 2 ? [varint(value.length)] : []),
      value
    ])
  )
}

/** The Terraform version a tfplan records (field 14). */
export function terraformVersion(tfplan) {
  return (
    fields(tfplan)
      .find(f => f.number === 14)
      ?.value.toString('utf8') ?? ''
  )
}

/** The tfplan, recording `version` as the Terraform that wrote it. */
export function setTerraformVersion(tfplan, version) {
  return encode(
    fields(tfplan).map(f => (f.number === 14 ? { ...f, value: Buffer.from(version) } : f))
  )
}

/**
 * The tfplan with a varint field `number` (valued 1) added to the first message of top-level
 * field `within`: 18 is the drift (ResourceInstanceChange), 3 the planned changes.
 */
export function addField(tfplan, within, number) {
  let done = false
  const list = fields(tfplan).map(f => {
    if (done || f.number !== within) return f
    done = true
    return { ...f, value: Buffer.concat([f.value, varint(number * 8), Buffer.from([1])]) }
  })
  if (!done) throw new Error(`the plan has no field ${within} to add to`)
  return encode(list)
}

/** Every `from` replaced by `to`, of the same length: no length prefix has to change. */
export function replaceBytes(bytes, from, to) {
  if (from.length !== to.length) throw new Error('a replacement of another length')
  const out = Buffer.from(bytes)
  let count = 0
  for (let at = out.indexOf(from); at >= 0; at = out.indexOf(from, at + to.length)) {
    to.copy(out, at)
    count++
  }
  if (count === 0) throw new Error(`${JSON.stringify(from.toString())} is not in the plan`)
  return out
}

/** OpenTofu's encrypted plan: a JSON envelope in place of the zip. */
export function encryptedEnvelope(plan) {
  return Buffer.from(
    JSON.stringify({
      meta: { 'key_provider.pbkdf2.main': Buffer.from('{"salt":"c2FsdA=="}').toString('base64') },
      encrypted_data: plan.toString('base64'),
      encryption_version: 'v0'
    })
  )
}

/**
 * A plan file rewritten as `rewrite` says: `version` (the Terraform version it records),
 * `replace` (hex pairs of same-length byte strings, in tfplan), `field` ({ within, number }: a
 * field this reader does not know), `encrypt` (OpenTofu's encryption, after the rest).
 */
export function rewritePlan(bytes, rewrite) {
  const entries = readZip(bytes).map(({ name, data }) => {
    if (name !== 'tfplan') return { name, data }
    let tfplan = data
    if (rewrite.version) tfplan = setTerraformVersion(tfplan, rewrite.version)
    for (const [from, to] of rewrite.replace ?? [])
      tfplan = replaceBytes(tfplan, Buffer.from(from, 'hex'), Buffer.from(to, 'hex'))
    if (rewrite.field) tfplan = addField(tfplan, rewrite.field.within, rewrite.field.number)
    return { name, data: tfplan }
  })
  const zip = writeZip(entries)
  return rewrite.encrypt ? encryptedEnvelope(zip) : zip
}

function run(binary, args, stdout) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['inherit', stdout, 'inherit'] })
    const chunks = []
    child.stdout?.on('data', chunk => chunks.push(chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? 1, stdout: Buffer.concat(chunks) }))
  })
}

/**
 * `terraform` in front of the real one (DRIFTWATCH_REAL_TERRAFORM): logs each command line
 * (DRIFTWATCH_TERRAFORM_LOG), rewrites each plan it saves as DRIFTWATCH_REWRITE (a JSON file)
 * says, keeping terraform's own beside it, and shows that one, under the version the rewritten
 * file records.
 */
async function shim(args) {
  const real = process.env.DRIFTWATCH_REAL_TERRAFORM
  const rewrite = JSON.parse(readFileSync(process.env.DRIFTWATCH_REWRITE, 'utf8'))
  appendFileSync(process.env.DRIFTWATCH_TERRAFORM_LOG, `${args.join(' ')}\n`)
  const planFile = args.at(-1) ?? ''
  if (args[0] === 'plan') {
    const out = args.find(arg => arg.startsWith('-out='))?.slice('-out='.length)
    const { code } = await run(real, args, 'inherit')
    if (out && (code === 0 || code === 2) && Object.keys(rewrite).length > 0) {
      copyFileSync(out, `${out}.real`)
      writeFileSync(out, rewritePlan(readFileSync(out), rewrite))
    }
    return code
  }
  if (args[0] === 'show' && existsSync(`${planFile}.real`)) {
    const written = `${planFile}.real`
    const { code, stdout } = await run(real, [...args.slice(0, -1), written], 'pipe')
    const tfplan = readZip(readFileSync(written)).find(entry => entry.name === 'tfplan').data
    const from = `"terraform_version":"${terraformVersion(tfplan)}"`
    const to = `"terraform_version":"${rewrite.version ?? terraformVersion(tfplan)}"`
    process.stdout.write(stdout.toString('utf8').replace(from, to))
    return code
  }
  return (await run(real, args, 'inherit')).code
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // exitCode, not exit(): show's JSON may still be on its way down the pipe.
  shim(process.argv.slice(2)).then(
    code => (process.exitCode = code),
    error => {
      process.stderr.write(`plan-rewrite: ${error.stack ?? error}\n`)
      process.exitCode = 1
    }
  )
}

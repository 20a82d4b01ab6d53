import { open } from 'node:fs/promises'
import { inflateRawSync } from 'node:zlib'

/**
 * The entries of a zip archive (a Terraform plan file is one), read from its central directory.
 * Only stored and deflated entries, no zip64 and no encryption: Terraform writes nothing else, and
 * anything else is an archive this reader does not know (the caller falls back to
 * `terraform show`).
 */

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
/** The end-of-directory record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff

export class ZipError extends Error {}

interface Entry {
  method: number
  flags: number
  compressedSize: number
  size: number
  localHeader: number
}

function findEndOfDirectory(tail: Buffer): number {
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_OF_DIRECTORY) return at
  }
  throw new ZipError('not a zip archive')
}

function directoryEntries(directory: Buffer, count: number): Map<string, Entry> {
  const entries = new Map<string, Entry>()
  let at = 0
  for (let i = 0; i < count; i++) {
    if (directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError('damaged zip directory')
    const nameLength = directory.readUInt16LE(at + 28)
    const extraLength = directory.readUInt16LE(at + 30)
    const commentLength = directory.readUInt16LE(at + 32)
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength)
    entries.set(name, {
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeader: directory.readUInt32LE(at + 42)
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The named entries of the archive at `path`; a name the archive lacks is left out. */
export async function readZipEntries(path: string, names: string[]): Promise<Map<string, Buffer>> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    const tailLength = Math.min(size, END_SEARCH)
    const tail = Buffer.alloc(tailLength)
    await file.read(tail, 0, tailLength, size - tailLength)
    const end = findEndOfDirectory(tail)
    const count = tail.readUInt16LE(end + 10)
    const directorySize = tail.readUInt32LE(end + 12)
    const directoryOffset = tail.readUInt32LE(end + 16)
    if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('zip64 archive')
    const directory = Buffer.alloc(directorySize)
    await file.read(directory, 0, directorySize, directoryOffset)
    const entries = directoryEntries(directory, count)

    const out = new Map<string, Buffer>()
    for (const name of names) {
      const entry = entries.get(name)
      if (!entry) continue
      if (entry.flags & 0x1) throw new ZipError(`${name} is encrypted`)
      const header = Buffer.alloc(30)
      await file.read(header, 0, 30, entry.localHeader)
      if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`damaged entry ${name}`)
      const dataStart = entry.localHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
      const data = Buffer.alloc(entry.compressedSize)
      await file.read(data, 0, entry.compressedSize, dataStart)
      if (entry.method === 0) out.set(name, data)
      else if (entry.method === 8) out.set(name, inflateRawSync(data))
      else throw new ZipError(`${name} uses compression method ${entry.method}`)
      if (out.get(name)?.length !== entry.size) throw new ZipError(`${name} has the wrong size`)
    }
    return out
  } finally {
    await file.close()
  }
}

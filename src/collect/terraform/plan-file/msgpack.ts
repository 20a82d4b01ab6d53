/**
 * Terraform's values as its plan file stores them: cty's MessagePack encoding. Objects and maps
 * are maps, lists, sets and tuples are arrays, numbers are integers, floats or (beyond float
 * precision) decimal strings. Two things are cty's own: a value not known until apply is an
 * extension (type 0, or 12 with refinements), and a value whose type is only known at run time
 * (`dynamic`: outputs, variables, some provider attributes) is the pair [type as JSON bytes, value].
 * cty writes bytes nowhere else, so that pair is told apart without the schema.
 */

export class MsgpackError extends Error {}

/** Stands for a value known only after apply. */
export const UNKNOWN: unique symbol = Symbol('unknown')

export type Value =
  | null
  | boolean
  | number
  | string
  | Value[]
  | { [key: string]: Value }
  | typeof UNKNOWN

class Bin {
  constructor(readonly bytes: Buffer) {}
}

export function decodeValue(bytes: Buffer): Value {
  const reader = new Reader(bytes)
  const value = reader.value()
  if (reader.at !== bytes.length) throw new MsgpackError('trailing bytes')
  if (value instanceof Bin) throw new MsgpackError('bytes outside a dynamic value')
  return value
}

class Reader {
  at = 0
  constructor(private readonly bytes: Buffer) {}

  private need(n: number): void {
    if (this.at + n > this.bytes.length) throw new MsgpackError('truncated value')
  }

  private take(n: number): Buffer {
    this.need(n)
    const out = this.bytes.subarray(this.at, this.at + n)
    this.at += n
    return out
  }

  private uint(n: 1 | 2 | 4 | 8): number {
    this.need(n)
    const b = this.bytes
    const at = this.at
    this.at += n
    if (n === 1) return b.readUInt8(at)
    if (n === 2) return b.readUInt16BE(at)
    if (n === 4) return b.readUInt32BE(at)
    return Number(b.readBigUInt64BE(at))
  }

  private int(n: 1 | 2 | 4 | 8): number {
    this.need(n)
    const b = this.bytes
    const at = this.at
    this.at += n
    if (n === 1) return b.readInt8(at)
    if (n === 2) return b.readInt16BE(at)
    if (n === 4) return b.readInt32BE(at)
    return Number(b.readBigInt64BE(at))
  }

  private array(length: number): Value {
    const items: (Value | Bin)[] = []
    for (let i = 0; i < length; i++) items.push(this.value())
    if (length === 2 && items[0] instanceof Bin) return dynamic(items[1])
    if (items.some(item => item instanceof Bin)) throw new MsgpackError('bytes in a list')
    return items as Value[]
  }

  private map(length: number): Value {
    const out: { [key: string]: Value } = {}
    for (let i = 0; i < length; i++) {
      const key = this.value()
      if (typeof key !== 'string') throw new MsgpackError('a map key that is not a string')
      const item = this.value()
      if (item instanceof Bin) throw new MsgpackError('bytes in a map')
      out[key] = item
    }
    return out
  }

  private ext(length: number): Value {
    this.take(1 + length)
    return UNKNOWN
  }

  value(): Value | Bin {
    const byte = this.uint(1)
    if (byte <= 0x7f) return byte
    if (byte >= 0xe0) return byte - 0x100
    if (byte >= 0x80 && byte <= 0x8f) return this.map(byte & 0x0f)
    if (byte >= 0x90 && byte <= 0x9f) return this.array(byte & 0x0f)
    if (byte >= 0xa0 && byte <= 0xbf) return this.take(byte & 0x1f).toString('utf8')
    switch (byte) {
      case 0xc0:
        return null
      case 0xc2:
        return false
      case 0xc3:
        return true
      case 0xc4:
        return new Bin(this.take(this.uint(1)))
      case 0xc5:
        return new Bin(this.take(this.uint(2)))
      case 0xc6:
        return new Bin(this.take(this.uint(4)))
      case 0xc7:
        return this.ext(this.uint(1))
      case 0xc8:
        return this.ext(this.uint(2))
      case 0xc9:
        return this.ext(this.uint(4))
      case 0xca:
        this.need(4)
        this.at += 4
        return this.bytes.readFloatBE(this.at - 4)
      case 0xcb:
        this.need(8)
        this.at += 8
        return this.bytes.readDoubleBE(this.at - 8)
      case 0xcc:
        return this.uint(1)
      case 0xcd:
        return this.uint(2)
      case 0xce:
        return this.uint(4)
      case 0xcf:
        return this.uint(8)
      case 0xd0:
        return this.int(1)
      case 0xd1:
        return this.int(2)
      case 0xd2:
        return this.int(4)
      case 0xd3:
        return this.int(8)
      case 0xd4:
        return this.ext(1)
      case 0xd5:
        return this.ext(2)
      case 0xd6:
        return this.ext(4)
      case 0xd7:
        return this.ext(8)
      case 0xd8:
        return this.ext(16)
      case 0xd9:
        return this.take(this.uint(1)).toString('utf8')
      case 0xda:
        return this.take(this.uint(2)).toString('utf8')
      case 0xdb:
        return this.take(this.uint(4)).toString('utf8')
      case 0xdc:
        return this.array(this.uint(2))
      case 0xdd:
        return this.array(this.uint(4))
      case 0xde:
        return this.map(this.uint(2))
      case 0xdf:
        return this.map(this.uint(4))
      default:
        throw new MsgpackError(`byte 0x${byte.toString(16)} is not MessagePack`)
    }
  }
}

/**
 * A dynamic value's inner value: already decoded structurally. A number whose type says so but
 * that cty wrote as a decimal string (beyond float precision) becomes a number, as JSON has it.
 */
function dynamic(inner: Value | Bin): Value {
  if (inner instanceof Bin) throw new MsgpackError('bytes inside a dynamic value')
  return inner
}

/**
 * Protocol Buffers' wire format, read field by field: enough to read Terraform's `tfplan` without
 * a code generator. A message is a list of (field number, value); a length-delimited value is a
 * string, bytes or a nested message, which the caller decodes as its schema says.
 */

export class ProtobufError extends Error {}

export interface Field {
  number: number
  /** Varints (as numbers: Terraform's are small), or the bytes of a length-delimited field. */
  value: number | Buffer
}

const VARINT = 0
const FIXED64 = 1
const LENGTH_DELIMITED = 2
const FIXED32 = 5

export function* fields(bytes: Buffer): Generator<Field> {
  let at = 0
  const varint = (): number => {
    let result = 0
    let scale = 1
    for (;;) {
      if (at >= bytes.length) throw new ProtobufError('truncated varint')
      const byte = bytes[at++]
      result += (byte & 0x7f) * scale
      if (byte < 0x80) return result
      scale *= 128
      if (scale > 2 ** 63) throw new ProtobufError('varint too long')
    }
  }
  while (at < bytes.length) {
    const key = varint()
    const number = Math.floor(key / 8)
    const wire = key % 8
    if (wire === VARINT) yield { number, value: varint() }
    else if (wire === LENGTH_DELIMITED) {
      const length = varint()
      if (at + length > bytes.length) throw new ProtobufError('truncated field')
      yield { number, value: bytes.subarray(at, at + length) }
      at += length
    } else if (wire === FIXED64) at += 8
    else if (wire === FIXED32) at += 4
    else throw new ProtobufError(`wire type ${wire} is not known`)
  }
  if (at !== bytes.length) throw new ProtobufError('truncated message')
}

/** Fields by number, repeated ones in order. */
export function message(bytes: Buffer): Map<number, (number | Buffer)[]> {
  const out = new Map<number, (number | Buffer)[]>()
  for (const { number, value } of fields(bytes)) {
    const list = out.get(number)
    if (list) list.push(value)
    else out.set(number, [value])
  }
  return out
}

export function bytesOf(m: Map<number, (number | Buffer)[]>, number: number): Buffer | undefined {
  const value = m.get(number)?.at(-1)
  return Buffer.isBuffer(value) ? value : undefined
}

export function stringOf(m: Map<number, (number | Buffer)[]>, number: number): string {
  return bytesOf(m, number)?.toString('utf8') ?? ''
}

export function numberOf(m: Map<number, (number | Buffer)[]>, number: number): number {
  const value = m.get(number)?.at(-1)
  return typeof value === 'number' ? value : 0
}

export function allBytes(m: Map<number, (number | Buffer)[]>, number: number): Buffer[] {
  return (m.get(number) ?? []).filter((v): v is Buffer => Buffer.isBuffer(v))
}

import type { Plan } from './plan-json.js'

/**
 * Reads `terraform show -json` output as it streams out of terraform, keeping only what
 * Driftwatch reads. A plan states every resource up to four times (planned_values, prior_state,
 * and resource_changes' before and after); for a large root that is hundreds of megabytes, which
 * a plain JSON.parse of the whole text holds at once, several times over. Here the text is never
 * held whole: `planned_values` is skipped unparsed, and so is every `resource_changes` entry whose
 * action is `no-op` (its values are prior_state's). Everything else is parsed as it completes.
 *
 * What is dropped is what no analysis reads: drift comes from resource_drift, pending changes
 * from the other resource_changes entries, managed resources and their secrets from prior_state,
 * and outputs' secrets from output_changes.
 *
 * Cost: most bytes are only looked at for brackets and string bounds (scan), and
 * decoded only to be parsed. A no-op entry is told from its first bytes, looked at ahead in the
 * chunk, then skipped like planned_values. A kept value is never gathered into one string: for
 * prior_state, a quarter of the plan, that text, the copies it is joined from and its decoding
 * would all be new memory, at once. Instead each value that closes within a chunk (a resource,
 * mostly) is parsed from the chunk, and only the few containers a chunk's end cuts through are
 * put together here (Assembler).
 */

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COMMA = 0x2c
const COLON = 0x3a
/** `[` and `]` differ from `{` and `}` by this bit alone: one test covers both kinds. */
const BRACKET_BIT = 0x20

const SKIPPED = new Set(['planned_values'])
const BY_ELEMENT = new Set(['resource_changes'])

/**
 * An entry whose own `change.actions` is `["no-op"]`: before "change", only strings and plain
 * values (no nested object or array), so the match is the entry's key and not a nested one.
 */
const NO_OP =
  /^\s*\{(?:[^{}[\]"]|"(?:[^"\\]|\\.)*")*?"change"\s*:\s*\{\s*"actions"\s*:\s*\[\s*"no-op"\s*\]\s*[,}]/
/** NO_OP is tried on this many characters of an entry, however long the entry. */
const NO_OP_CHARS = 4096
/**
 * Bytes whose decoding holds at least NO_OP_CHARS whole characters, even with one cut at the end: a
 * UTF-16 unit never takes over 3 bytes.
 */
const NO_OP_BYTES = (NO_OP_CHARS + 1) * 3
/**
 * Bytes of an entry first looked at: terraform's keys before "change" (address, module_address,
 * mode, type, name, index, provider_name) take a few hundred.
 */
const FIRST_LOOK = 512

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

/** Whether an entry starting with `text` is a no-op, as far as NO_OP can tell from it. */
function matchesNoOp(text: string): boolean {
  return NO_OP.test(text.length > NO_OP_CHARS ? text.slice(0, NO_OP_CHARS) : text)
}

/**
 * Whether the entry starting at `at` is a no-op, from up to `available` bytes: `short` when those
 * ran out before NO_OP could be sure. A match in bytes past the entry's end is still the entry's:
 * NO_OP ends inside the entry's own "change" object.
 */
function lookAhead(bytes: Buffer, at: number, available: number): 'no-op' | 'other' | 'short' {
  for (let size = FIRST_LOOK; ; size *= 8) {
    const seen = Math.min(size, available, NO_OP_BYTES)
    const text = bytes.toString('utf8', at, at + seen)
    if (matchesNoOp(text)) return 'no-op'
    if (seen >= NO_OP_BYTES) return 'other'
    // Terraform writes "actions" first in "change": with it in view, more bytes would not help.
    if (text.includes('"actions"')) return 'other'
    if (seen === available) return 'short'
  }
}

/** What scan found when the chunk ended first: outside any string, or inside one. */
const CUT = -1
const CUT_IN_STRING = -2
/** Where scan was when the chunk ended first: the depth, and past the end if after a \. */
let cutDepth = 0
let cutAt = 0

/**
 * From `from` (not in a string) at `depth`: the index of the bracket that takes the depth down
 * from `closing`, or a CUT code when the chunk ends first. Nearly every byte of the plan goes
 * through this loop, skipped or kept. It is one function so that V8 compiles it hot once, and its
 * seldom-run branches hold no operation V8 keeps feedback for: the first run of one (a backslash
 * may first come megabytes in) would throw the compiled loop away.
 */
function scan(chunk: Buffer, from: number, depth: number, closing: number): number {
  const n = chunk.length
  let i = from
  while (i < n) {
    const byte = chunk[i]
    if (byte === QUOTE) {
      i++
      for (;;) {
        if (i >= n) {
          cutDepth = depth
          cutAt = i
          return CUT_IN_STRING
        }
        const inner = chunk[i]
        if (inner === QUOTE) break
        i += inner === BACKSLASH ? 2 : 1
      }
    } else if ((byte | BRACKET_BIT) === CLOSE_OBJECT) {
      if (depth === closing) return i
      depth--
    } else if ((byte | BRACKET_BIT) === OPEN_OBJECT) {
      depth++
    }
    i++
  }
  cutDepth = depth
  return CUT
}

/** Where the object or array opening at `at` ends (the index after it), or -1 if not in the chunk. */
function closeOf(chunk: Buffer, at: number): number {
  const close = scan(chunk, at, 0, 1)
  return close < 0 ? -1 : close + 1
}

/**
 * Where the string whose contents start at `from` ends (the index after its closing quote), or
 * -1 when the chunk ends first, then with `cut.escaped` set if a backslash ended the chunk.
 */
function stringEnd(chunk: Buffer, from: number, cut: { escaped: boolean }): number {
  const n = chunk.length
  let i = from
  if (cut.escaped) {
    cut.escaped = false
    i++
  }
  for (;;) {
    if (i >= n) {
      cut.escaped = i > n
      return -1
    }
    const byte = chunk[i++]
    if (byte === QUOTE) return i
    if (byte === BACKSLASH) i++
  }
}

/** Where a number, true, false or null starting at `from` ends, or -1 when the chunk ends first. */
function plainEnd(chunk: Buffer, from: number): number {
  for (let i = from; i < chunk.length; i++) {
    const byte = chunk[i]
    if (byte === COMMA || (byte | BRACKET_BIT) === CLOSE_OBJECT || isWhitespace(byte)) return i
  }
  return -1
}

/** Bytes of one value cut by chunk ends, copied: the caller may reuse its buffer. */
class Pieces {
  private parts: Buffer[] = []
  size = 0

  add(chunk: Buffer, from: number, to = chunk.length): void {
    if (to <= from) return
    this.parts.push(Buffer.from(chunk.subarray(from, to)))
    this.size += to - from
  }

  /** The value's text, ending with `last` (the rest of it, in the current chunk). */
  text(last: Buffer): string {
    const parts = this.parts
    this.parts = []
    this.size = 0
    if (parts.length === 0) return last.toString('utf8')
    parts.push(last)
    return Buffer.concat(parts).toString('utf8')
  }

  /** The bytes so far, then `more`. */
  with(more: Buffer): Buffer {
    return Buffer.concat([...this.parts, more])
  }

  clear(): void {
    this.parts = []
    this.size = 0
  }
}

/** JSON that does not parse, for write to report as the plan's. */
class JsonError extends Error {}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new JsonError((error as Error).message)
  }
}

/** What an Assembler frame reads next. */
const VALUE = 0
const FIRST_VALUE = 1
const KEY = 2
const FIRST_KEY = 3
const COLON_NEXT = 4
const COMMA_OR_CLOSE = 5

interface Frame {
  container: unknown[] | Record<string, unknown>
  isArray: boolean
  key: string
}

/**
 * Builds one object or array as JSON.parse would, chunk by chunk: what closes within a chunk is
 * parsed from it, and only the containers a chunk's end cuts through are put together here, key
 * by key. A string or plain value cut by a chunk's end is gathered (Pieces) and parsed once whole.
 */
class Assembler {
  value: unknown
  done = false
  private readonly frames: Frame[] = []
  private expect = VALUE
  private partial: 'key' | 'string' | 'plain' | undefined
  private readonly pieces = new Pieces()
  private readonly cut = { escaped: false }

  /** Reads from `from` on: returns where the value ended (the index after it), or the length. */
  write(chunk: Buffer, from: number): number {
    const n = chunk.length
    let i = from
    if (this.partial) {
      i = this.finishPartial(chunk, i)
      if (i < 0) return n
    }
    while (i < n && !this.done) {
      const byte = chunk[i]
      if (isWhitespace(byte)) {
        i++
        continue
      }
      const expect = this.expect
      if (expect === COMMA_OR_CLOSE) {
        if (byte === COMMA) {
          this.expect = this.frames[this.frames.length - 1].isArray ? VALUE : KEY
          i++
        } else {
          i = this.close(byte, i)
        }
      } else if (
        (expect === FIRST_VALUE && byte === CLOSE_ARRAY) ||
        (expect === FIRST_KEY && byte === CLOSE_OBJECT)
      ) {
        i = this.close(byte, i)
      } else if (expect === VALUE || expect === FIRST_VALUE) {
        i = this.readValue(chunk, i)
      } else if (expect === KEY || expect === FIRST_KEY) {
        if (byte !== QUOTE) throw unexpected(byte, 'where a key belongs')
        i = this.readString(chunk, i, 'key')
      } else {
        if (byte !== COLON) throw unexpected(byte, 'after a key')
        this.expect = VALUE
        i++
      }
    }
    return i
  }

  private readValue(chunk: Buffer, at: number): number {
    const byte = chunk[at]
    if ((byte | BRACKET_BIT) === OPEN_OBJECT) {
      const end = closeOf(chunk, at)
      if (end >= 0) {
        this.add(parseJson(chunk.toString('utf8', at, end)))
        return end
      }
      const isArray = byte === OPEN_ARRAY
      this.frames.push({ container: isArray ? [] : {}, isArray, key: '' })
      this.expect = isArray ? FIRST_VALUE : FIRST_KEY
      return at + 1
    }
    if (byte === QUOTE) return this.readString(chunk, at, 'string')
    const end = plainEnd(chunk, at)
    if (end < 0) {
      this.partial = 'plain'
      this.pieces.add(chunk, at)
      return chunk.length
    }
    this.add(parseJson(chunk.toString('utf8', at, end)))
    return end
  }

  private readString(chunk: Buffer, at: number, kind: 'key' | 'string'): number {
    const end = stringEnd(chunk, at + 1, this.cut)
    if (end < 0) {
      this.partial = kind
      this.pieces.add(chunk, at)
      return chunk.length
    }
    this.took(kind, parseJson(chunk.toString('utf8', at, end)))
    return end
  }

  /** Goes on with a string or plain value the last chunk cut: -1 while this chunk cuts it too. */
  private finishPartial(chunk: Buffer, from: number): number {
    const kind = this.partial
    const end = kind === 'plain' ? plainEnd(chunk, from) : stringEnd(chunk, from, this.cut)
    if (end < 0) {
      this.pieces.add(chunk, from)
      return -1
    }
    this.partial = undefined
    this.took(kind, parseJson(this.pieces.text(chunk.subarray(from, end))))
    return end
  }

  private took(kind: 'key' | 'string' | 'plain' | undefined, value: unknown): void {
    if (kind !== 'key') {
      this.add(value)
      return
    }
    this.frames[this.frames.length - 1].key = value as string
    this.expect = COLON_NEXT
  }

  private close(byte: number, at: number): number {
    const frame = this.frames.pop() as Frame
    if (byte !== (frame.isArray ? CLOSE_ARRAY : CLOSE_OBJECT)) {
      throw unexpected(byte, `in ${frame.isArray ? 'an array' : 'an object'}`)
    }
    this.add(frame.container)
    return at + 1
  }

  private add(value: unknown): void {
    const frame = this.frames[this.frames.length - 1]
    if (!frame) {
      this.value = value
      this.done = true
    } else if (frame.isArray) {
      ;(frame.container as unknown[]).push(value)
    } else if (frame.key === '__proto__') {
      // As JSON.parse does: a key, not the object's prototype.
      Object.defineProperty(frame.container, frame.key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true
      })
    } else {
      ;(frame.container as Record<string, unknown>)[frame.key] = value
    }
    this.expect = COMMA_OR_CLOSE
  }
}

function unexpected(byte: number, where: string): JsonError {
  return new JsonError(`Unexpected ${JSON.stringify(String.fromCharCode(byte))} ${where}`)
}

type Mode = 'keep' | 'skip' | 'elements'

export class PlanReader {
  private readonly result: Record<string, unknown> = {}
  private depth = 0
  private inString = false
  /** Inside a string, a backslash ended the last chunk. */
  private readonly cut = { escaped: false }
  private started = false
  private finished = false
  /** At depth 1: the next string is a key. */
  private expectKey = false
  private keyParts: Buffer[] | undefined
  private captureKeyFrom = 0
  private key = ''
  /** At depth 1, after a key's colon: the next non-blank byte starts its value. */
  private expectValue = false
  private mode: Mode = 'keep'
  /**
   * The depth a skipped value (or, in resource_changes, an entry) closes back to: deeper than
   * this, nothing but depth and strings matter, and scanInside reads on alone.
   */
  private floor = 1
  /** The top-level value being read. */
  private valueKind: 'container' | 'string' | 'primitive' | undefined
  /** A kept object or array, put together as it comes. */
  private assembler: Assembler | undefined
  /** A kept string or plain value, or resource_changes entry: where it goes on in this chunk. */
  private capture = false
  private captureFrom = -1
  private readonly pieces = new Pieces()
  /** resource_changes: the array's elements. */
  private elements: unknown[] = []
  /** The resource_changes entry being read: skipped once known to be a no-op, else captured. */
  private element: 'keep' | 'skip' | undefined
  /**
   * A captured entry whose start a chunk's end cut short is looked at again once this many of its
   * bytes are at hand (0: not); doubling, lest tiny chunks make it quadratic.
   */
  private lookAgain = 0
  /** Bytes seen, for messages. */
  private bytes = 0
  /**
   * Keep the no-op entries that import an object. Whether one imports is written after its
   * values, so no entry is skipped by its first bytes then: each is read whole and judged.
   */
  private readonly keepImports: boolean

  constructor(options: { keepImports?: boolean } = {}) {
    this.keepImports = options.keepImports ?? false
  }

  write(chunk: Buffer): void {
    try {
      this.read(chunk)
    } catch (error) {
      if (error instanceof JsonError) throw this.error(error.message)
      throw error
    }
  }

  /**
   * One chunk: the loop hands each stretch to what reads it (the Assembler for a kept container,
   * scanInside below the floor, inStringAt in a string) and takes the few bytes left, between
   * keys, values and entries, one at a time. The loop stays whole, and its steps allocate nothing
   * per byte.
   */
  private read(chunk: Buffer): void {
    const n = chunk.length
    let i = 0
    this.startChunk(chunk)
    while (i < n) {
      if (this.assembler) {
        i = this.assembler.write(chunk, i)
        if (!this.assembler.done) break
        this.keepAssembled()
        continue
      }
      if (this.depth > this.floor) {
        i = this.scanInside(chunk, i)
        if (i === n) break
      }
      if (this.inString) {
        i = this.inStringAt(chunk, i)
        continue
      }
      const byte = chunk[i]
      if (isWhitespace(byte)) {
        i++
        continue
      }
      if (!this.started) {
        this.openPlan(byte)
        i++
        continue
      }
      if (this.depth === 0) throw this.error('text after the end of the plan')
      if (this.depth === 1 && this.expectValue) {
        this.startValue(byte, i)
        if (this.assembler) continue
      }
      this.structural(chunk, byte, i)
      i++
    }
    this.endChunk(chunk)
  }

  /** What was cut by the last chunk's end goes on from this chunk's start. */
  private startChunk(chunk: Buffer): void {
    if (this.capture) this.captureFrom = 0
    if (this.lookAgain && this.pieces.size + chunk.length >= this.lookAgain) this.lookAgainAt(chunk)
  }

  /** What this chunk's end cuts is kept (copied: the caller may reuse the buffer). */
  private endChunk(chunk: Buffer): void {
    if (this.inString && this.keyParts) {
      this.keyParts.push(Buffer.from(chunk.subarray(this.captureKeyFrom)))
      this.captureKeyFrom = 0
    }
    if (this.capture) this.pieces.add(chunk, this.captureFrom)
    this.bytes += chunk.length
  }

  /** The Assembler closed a kept top-level container. */
  private keepAssembled(): void {
    const assembler = this.assembler as Assembler
    this.result[this.key] = assembler.value
    this.assembler = undefined
    this.valueKind = undefined
    this.mode = 'keep'
  }

  /** The plan's first non-blank byte. */
  private openPlan(byte: number): void {
    if (byte !== OPEN_OBJECT) throw this.error('it does not start with {')
    this.started = true
    this.depth = 1
    this.expectKey = true
  }

  /**
   * A byte outside any string, no deeper than the floor's next level: what opens or closes a
   * value or entry, separates them, or starts a key. The loop goes on at the next byte.
   */
  private structural(chunk: Buffer, byte: number, i: number): void {
    switch (byte) {
      case QUOTE:
        this.inString = true
        if (this.depth === 1 && this.expectKey) this.keyParts = []
        if (this.keyParts) this.captureKeyFrom = i + 1
        break
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        this.depth++
        if (this.mode === 'elements' && this.depth === 3 && byte === OPEN_OBJECT) {
          this.startElement(chunk, i)
        }
        break
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        this.closeBracket(chunk, i)
        break
      case COMMA:
        if (this.depth === 1) {
          if (this.valueKind === 'primitive') this.endValue(chunk, i)
          this.expectKey = true
        }
        break
      case COLON:
        if (this.depth === 1) this.expectValue = true
        break
    }
  }

  /** A closing bracket at `at` ends a top-level value, a resource_changes entry or the plan. */
  private closeBracket(chunk: Buffer, at: number): void {
    if (this.depth === 1 && this.valueKind === 'primitive') this.endValue(chunk, at)
    this.depth--
    if (this.depth === 2 && this.element !== undefined) this.endElement(chunk, at + 1)
    else if (this.depth === 1 && this.valueKind === 'container') this.endValue(chunk, at + 1)
    if (this.depth === 0) this.finished = true
  }

  /**
   * Deeper than `floor` in a skipped value or an entry: reads on until the byte that brings the
   * depth back to `floor`, and returns its index (left for read to handle), or the chunk's length.
   */
  private scanInside(chunk: Buffer, from: number): number {
    let i = from
    if (this.inString) {
      i = stringEnd(chunk, i, this.cut)
      if (i < 0) return chunk.length
      this.inString = false
    }
    const close = scan(chunk, i, this.depth, this.floor + 1)
    if (close >= 0) {
      this.depth = this.floor + 1
      return close
    }
    this.depth = cutDepth
    this.inString = close === CUT_IN_STRING
    this.cut.escaped = this.inString && cutAt > chunk.length
    return chunk.length
  }

  /** Inside a string at `i`: returns where scanning goes on. Strings are skipped natively. */
  private inStringAt(chunk: Buffer, i: number): number {
    if (this.cut.escaped) {
      this.cut.escaped = false
      return i + 1
    }
    const quote = chunk.indexOf(QUOTE, i)
    if (quote < 0) {
      this.cut.escaped = trailingBackslashes(chunk, i, chunk.length) % 2 === 1
      return chunk.length
    }
    if (trailingBackslashes(chunk, i, quote) % 2 === 1) return quote + 1
    this.inString = false
    if (this.keyParts) {
      this.keyParts.push(chunk.subarray(this.captureKeyFrom, quote))
      this.key = Buffer.concat(this.keyParts).toString('utf8')
      this.keyParts = undefined
      this.expectKey = false
    } else if (this.depth === 1 && this.valueKind === 'string') {
      this.endValue(chunk, quote + 1)
    }
    return quote + 1
  }

  private startValue(byte: number, at: number): void {
    this.expectValue = false
    this.mode = SKIPPED.has(this.key) ? 'skip' : BY_ELEMENT.has(this.key) ? 'elements' : 'keep'
    this.valueKind =
      byte === OPEN_OBJECT || byte === OPEN_ARRAY
        ? 'container'
        : byte === QUOTE
          ? 'string'
          : 'primitive'
    if (this.mode === 'elements' && byte !== OPEN_ARRAY) this.mode = 'keep'
    if (this.mode === 'elements') this.floor = 2
    if (this.mode === 'keep' && this.valueKind === 'container') this.assembler = new Assembler()
    else if (this.mode === 'keep') {
      this.capture = true
      this.captureFrom = at
    }
  }

  private endValue(chunk: Buffer, end: number): void {
    if (this.mode === 'keep') {
      this.capture = false
      this.result[this.key] = parseJson(this.pieces.text(chunk.subarray(this.captureFrom, end)))
    }
    if (this.mode === 'elements') this.result[this.key] = this.elements
    this.elements = []
    this.valueKind = undefined
    this.mode = 'keep'
    this.floor = 1
  }

  /**
   * An entry opens at `at`: judged on the bytes the chunk already holds, so that a no-op is
   * skipped without being copied or decoded. An entry not known to be a no-op is captured, and
   * judged for good by endElement on its whole text, as NO_OP always was: looking ahead only
   * saves work.
   */
  private startElement(chunk: Buffer, at: number): void {
    const ahead = this.keepImports ? 'other' : lookAhead(chunk, at, chunk.length - at)
    this.lookAgain = ahead === 'short' ? Math.min(2 * (chunk.length - at), NO_OP_BYTES) : 0
    this.element = ahead === 'no-op' ? 'skip' : 'keep'
    this.capture = this.element === 'keep'
    this.captureFrom = at
  }

  /** The captured entry's start was cut by the last chunk's end: now with this chunk's too. */
  private lookAgainAt(chunk: Buffer): void {
    const wanted = Math.max(0, Math.min(chunk.length, NO_OP_BYTES - this.pieces.size))
    const start = this.pieces.with(chunk.subarray(0, wanted))
    const ahead = lookAhead(start, 0, start.length)
    this.lookAgain = ahead === 'short' ? Math.min(2 * start.length, NO_OP_BYTES) : 0
    if (ahead === 'no-op') {
      this.element = 'skip'
      this.capture = false
      this.pieces.clear()
    }
  }

  private endElement(chunk: Buffer, end: number): void {
    const kept = this.element === 'keep'
    this.element = undefined
    this.lookAgain = 0
    if (!kept) return
    this.capture = false
    const text = this.pieces.text(chunk.subarray(this.captureFrom, end))
    if (!matchesNoOp(text)) this.elements.push(parseJson(text))
    else if (this.keepImports) {
      const entry = parseJson(text) as { change?: { importing?: unknown } }
      if (entry.change?.importing) this.elements.push(entry)
    }
  }

  private error(why: string): Error {
    return new Error(`the plan JSON could not be parsed (${why})`)
  }

  /** The plan, once the whole text was written. */
  end(): Plan {
    if (!this.started) throw this.error('it is empty')
    if (!this.finished || this.inString)
      throw this.error(`it ends early, after ${this.bytes} bytes: truncated?`)
    if (typeof this.result.format_version !== 'string') {
      throw new Error(
        'the plan JSON has no format_version: is this the output of `terraform show -json`?'
      )
    }
    return this.result as unknown as Plan
  }
}

/** How many backslashes stand right before `end`, not looking before `from`. */
function trailingBackslashes(chunk: Buffer, from: number, end: number): number {
  let count = 0
  for (let j = end - 1; j >= from && chunk[j] === BACKSLASH; j--) count++
  return count
}

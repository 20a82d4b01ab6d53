import { StringDecoder } from 'node:string_decoder'
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
 */

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COMMA = 0x2c
const COLON = 0x3a

const SKIPPED = new Set(['planned_values'])
const BY_ELEMENT = new Set(['resource_changes'])

/**
 * An entry whose own `change.actions` is `["no-op"]`: before "change", only strings and plain
 * values (no nested object or array), so the match is the entry's key and not a nested one.
 */
const NO_OP =
  /^\s*\{(?:[^{}[\]"]|"(?:[^"\\]|\\.)*")*?"change"\s*:\s*\{\s*"actions"\s*:\s*\[\s*"no-op"\s*\]\s*[,}]/

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

type Mode = 'keep' | 'skip' | 'elements'

export class PlanReader {
  private readonly result: Record<string, unknown> = {}
  private depth = 0
  private inString = false
  private escaped = false
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
  /** The top-level value being read: what it is, and whether a capture is open. */
  private valueKind: 'container' | 'string' | 'primitive' | undefined
  /** The open capture, decoded as it goes (a decoder keeps a character split between chunks). */
  private capture: string[] | undefined
  private decoder = new StringDecoder('utf8')
  private captureFrom = -1
  /** resource_changes: the array's elements, and the one being read. */
  private elements: unknown[] = []
  private elementOpen = false
  /** Bytes seen, for messages. */
  private bytes = 0

  write(chunk: Buffer): void {
    if (this.finished) throw this.error('text after the end of the plan')
    const n = chunk.length
    let i = 0
    if (this.capture) this.captureFrom = 0
    while (i < n) {
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
        if (byte !== OPEN_OBJECT) throw this.error('it does not start with {')
        this.started = true
        this.depth = 1
        this.expectKey = true
        i++
        continue
      }
      if (this.depth === 0) throw this.error('text after the end of the plan')
      if (this.depth === 1 && this.expectValue) this.startValue(byte, i)
      switch (byte) {
        case QUOTE:
          this.inString = true
          if (this.depth === 1 && this.expectKey) this.keyParts = []
          i++
          if (this.keyParts) this.captureKeyFrom = i
          continue
        case OPEN_OBJECT:
        case OPEN_ARRAY:
          this.depth++
          if (this.mode === 'elements' && this.depth === 3 && byte === OPEN_OBJECT) {
            this.elementOpen = true
            this.capture = []
            this.captureFrom = i
          }
          break
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          if (this.depth === 1 && this.valueKind === 'primitive') this.endValue(chunk, i)
          this.depth--
          if (this.depth === 2 && this.elementOpen) this.endElement(chunk, i + 1)
          else if (this.depth === 1 && this.valueKind === 'container') this.endValue(chunk, i + 1)
          if (this.depth === 0) this.finished = true
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
      i++
    }
    if (this.inString && this.keyParts) {
      this.keyParts.push(Buffer.from(chunk.subarray(this.captureKeyFrom)))
      this.captureKeyFrom = 0
    }
    if (this.capture && this.captureFrom >= 0 && this.captureFrom < n) {
      this.capture.push(this.decoder.write(chunk.subarray(this.captureFrom)))
    }
    this.bytes += n
  }

  /** Inside a string at `i`: returns where scanning goes on. Strings are skipped natively. */
  private inStringAt(chunk: Buffer, i: number): number {
    if (this.escaped) {
      this.escaped = false
      return i + 1
    }
    const quote = chunk.indexOf(QUOTE, i)
    if (quote < 0) {
      this.escaped = trailingBackslashes(chunk, i, chunk.length) % 2 === 1
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
    if (this.mode === 'keep') {
      this.capture = []
      this.captureFrom = at
    }
  }

  private takeCapture(chunk: Buffer, end: number): string {
    const parts = this.capture ?? []
    parts.push(this.decoder.write(chunk.subarray(this.captureFrom, end)), this.decoder.end())
    this.capture = undefined
    this.captureFrom = -1
    return parts.length === 2 ? parts[0] + parts[1] : parts.join('')
  }

  private endValue(chunk: Buffer, end: number): void {
    if (this.mode === 'keep') this.result[this.key] = this.parse(this.takeCapture(chunk, end))
    if (this.mode === 'elements') this.result[this.key] = this.elements
    this.elements = []
    this.valueKind = undefined
    this.mode = 'keep'
  }

  private endElement(chunk: Buffer, end: number): void {
    const text = this.takeCapture(chunk, end)
    this.elementOpen = false
    if (!NO_OP.test(text.slice(0, 4096))) this.elements.push(this.parse(text))
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text)
    } catch (error) {
      throw this.error((error as Error).message)
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

/** Reads a whole plan text the way the stream is read (tests, benchmarks). */
export function readPlanText(text: string | Buffer, chunkSize = 1 << 16): Plan {
  const reader = new PlanReader()
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  for (let at = 0; at < bytes.length; at += chunkSize)
    reader.write(bytes.subarray(at, at + chunkSize))
  return reader.end()
}

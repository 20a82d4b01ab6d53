/**
 * Redaction, used by every stage. Terraform's JSON plan carries sensitive values in plaintext,
 * marked only by parallel masks (`*_sensitive`, `sensitive_values`, sensitive variables and
 * outputs). This module turns masks into redactions, and scrubs every known secret from free text
 * so that any text leaving Driftwatch is clean a second time, whatever path it took.
 */

/** What a sensitive value reads as, everywhere. */
export const REDACTED = '(sensitive)'

/** `true` marks a whole value sensitive; objects and arrays mirror the value they describe. */
export type SensitiveMask = boolean | { [key: string]: SensitiveMask } | SensitiveMask[]

/** Shortest secret scrubbed from free text; shorter values ("1", "true") would mangle every line. */
const MIN_SCRUB_LENGTH = 4

export function maskAt(mask: SensitiveMask | undefined, key: string | number): SensitiveMask {
  if (mask === true) return true
  if (!mask || typeof mask !== 'object') return false
  const child = (mask as Record<string, SensitiveMask>)[key as string]
  return child ?? false
}

/** The value with every part the mask marks replaced by REDACTED. */
export function redactValue(value: unknown, mask: SensitiveMask | undefined): unknown {
  if (mask === true) return value === null || value === undefined ? value : REDACTED
  if (!mask || typeof mask !== 'object' || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item, i) => redactValue(item, maskAt(mask, i)))
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[key] = redactValue(item, maskAt(mask, key))
  return out
}

/**
 * Candidates are found in steps. Most of a text is skipped a window at a time, by the two
 * characters each window ends with (Scrubber.shifts). Where a secret could start, the position is
 * ruled out by its first two characters, then its next two, when no secret starts so (each
 * character folded to 8 bits: tables of 65,536 bits, 8 KB, that stay in the processor's cache);
 * the rest are looked up by a hash of their first MIN_SCRUB_LENGTH characters, whose low
 * HASH_BITS index the secrets' buckets.
 */
const HASH_BASE = 31
const HASH_BITS = 20
const HASH_MASK = (1 << HASH_BITS) - 1

function headHash(text: string, at: number): number {
  let hash = 0
  for (let i = at; i < at + MIN_SCRUB_LENGTH; i++)
    hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(i)) | 0
  return hash & HASH_MASK
}

function pairAt(text: string, at: number): number {
  return ((text.charCodeAt(at) & 0xff) << 8) | (text.charCodeAt(at + 1) & 0xff)
}

function setBit(bits: Int32Array, index: number): void {
  bits[index >>> 5] |= 1 << (index & 31)
}

/**
 * Replaces every known secret in free text (terraform's stderr, a rendered body). At each place
 * the longest secret that starts there is replaced whole. One pass over the text whatever the
 * number of secrets, so a plan with thousands of secrets and megabytes of output stays linear.
 */
export class Scrubber {
  private secrets: string[] = []
  /** No text shorter than the shortest secret can hold one: most keys and values are. */
  private shortest = Number.POSITIVE_INFINITY
  /**
   * Secrets by the hash of their first characters: their lengths, longest first, and the set to
   * look a candidate up in. Many secrets share a prefix (`arn:aws:…`, `postgres://…`), so a
   * bucket is searched by length, not secret by secret.
   */
  private heads = new Map<number, { lengths: number[]; secrets: Set<string> }>()
  /** The first two characters of some secret, folded (see pairAt); then its next two. */
  private pairs = new Int32Array((1 << 16) >>> 5)
  private nextPairs = new Int32Array((1 << 16) >>> 5)
  /**
   * How far a window of `window` characters can move on, by the two characters it ends with
   * (Wu–Manber): as far as the window's length unless that pair stands in some secret's first
   * `window` characters. Most text is skipped a window at a time, never looked at position by
   * position.
   */
  private window = 0
  private shifts = new Uint8Array(1 << 16)

  add(values: Iterable<string>): void {
    const all = new Set(this.secrets)
    for (const value of values) if (value.length >= MIN_SCRUB_LENGTH) all.add(value)
    this.secrets = [...all].sort((a, b) => b.length - a.length)
    this.shortest = this.secrets.at(-1)?.length ?? Number.POSITIVE_INFINITY
    this.heads = new Map()
    this.pairs.fill(0)
    this.nextPairs.fill(0)
    // Any secret is at least this long; 64 keeps every shift in a byte.
    this.window = Math.min(this.shortest, 64)
    this.shifts.fill(this.window - 1)
    for (const secret of this.secrets) {
      for (let j = 0; j <= this.window - 2; j++) {
        const pair = pairAt(secret, j)
        this.shifts[pair] = Math.min(this.shifts[pair], this.window - 2 - j)
      }
      setBit(this.pairs, pairAt(secret, 0))
      setBit(this.nextPairs, pairAt(secret, 2))
      const hash = headHash(secret, 0)
      const bucket = this.heads.get(hash) ?? { lengths: [], secrets: new Set<string>() }
      this.heads.set(hash, bucket)
      bucket.secrets.add(secret)
      if (!bucket.lengths.includes(secret.length)) bucket.lengths.push(secret.length)
    }
  }

  get values(): readonly string[] {
    return this.secrets
  }

  /** The length of the longest secret starting at `at`, or 0. */
  private matchAt(text: string, at: number): number {
    const bucket = this.heads.get(headHash(text, at))
    if (!bucket) return 0
    for (const length of bucket.lengths) {
      if (at + length <= text.length && bucket.secrets.has(text.slice(at, at + length)))
        return length
    }
    return 0
  }

  scrub(text: string): string {
    if (text.length < this.shortest) return text
    const parts: string[] = []
    let copied = 0
    const last = text.length - this.shortest
    const { pairs, nextPairs, shifts } = this
    const tail = this.window - 2
    let i = 0
    while (i <= last) {
      const shift = shifts[pairAt(text, i + tail)]
      if (shift > 0) {
        i += shift
        continue
      }
      const pair = pairAt(text, i)
      if (((pairs[pair >>> 5] >>> (pair & 31)) & 1) === 1) {
        const next = pairAt(text, i + 2)
        const matched = (nextPairs[next >>> 5] >>> (next & 31)) & 1 ? this.matchAt(text, i) : 0
        if (matched > 0) {
          parts.push(text.slice(copied, i), REDACTED)
          i += matched
          copied = i
          continue
        }
      }
      i++
    }
    if (copied === 0) return text
    parts.push(text.slice(copied))
    return parts.join('')
  }

  /**
   * Scrubs every string inside a JSON-like value. Only what changed is copied: a report of tens
   * of thousands of entries usually holds no secret at all, and copying all of it was most of
   * this pass's cost.
   */
  scrubDeep<T>(value: T): T {
    if (this.secrets.length === 0) return value
    return this.deep(value) as T
  }

  private deep(value: unknown): unknown {
    if (typeof value === 'string') return this.scrub(value)
    if (value === null || typeof value !== 'object') return value
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i]
        const scrubbed = this.deep(item)
        if (scrubbed !== item) (copy ??= value.slice())[i] = scrubbed
      }
      return copy ?? value
    }
    const entries = value as Record<string, unknown>
    let copy: Record<string, unknown> | undefined
    for (const key of Object.keys(entries)) {
      const item = entries[key]
      const scrubbed = this.deep(item)
      const scrubbedKey = this.scrub(key)
      if (scrubbedKey !== key) {
        // A key is rewritten in place in the copy, keeping the order of the others.
        copy = Object.fromEntries(
          Object.entries(copy ?? entries).map(([k, v]) =>
            k === key ? [scrubbedKey, scrubbed] : [k, v]
          )
        )
      } else if (scrubbed !== item) {
        ;(copy ??= { ...entries })[key] = scrubbed
      }
    }
    return copy ?? value
  }
}

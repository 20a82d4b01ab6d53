import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/render/markers.ts
import { createHash } from "node:crypto";
function normalise(dir) {
  const flat = dir.replace(/\\/g, "/").replace(/\/+$/, "").replace(/^(\.\/)+/, "");
  return flat === "" ? "." : flat;
}
function directoriesKey(dirs) {
  const set = [...new Set(dirs.map(normalise))].sort();
  return createHash("sha256").update(set.join("\n")).digest("hex").slice(0, 12);
}
function reportKey(report) {
  return directoriesKey(report.directories.map((d) => d.path));
}
function marker(kind, key) {
  return `<!-- driftwatch:${kind}:${key} -->`;
}
function digestMarker(content) {
  return `<!-- driftwatch:digest:${createHash("sha256").update(content).digest("hex").slice(0, 16)} -->`;
}

// src/analyse/findings.ts
var SEVERITIES = [
  "low",
  "medium",
  "high",
  "critical"
];
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
  return severityRank(severity) >= severityRank(threshold);
}

// src/redact/sensitive.ts
var REDACTED = "(sensitive)";
var MIN_SCRUB_LENGTH = 4;
function maskAt(mask, key) {
  if (mask === true) return true;
  if (!mask || typeof mask !== "object") return false;
  const child = mask[key];
  return child ?? false;
}
function redactValue(value, mask) {
  if (mask === true) return value === null || value === void 0 ? value : REDACTED;
  if (!mask || typeof mask !== "object" || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item, i) => redactValue(item, maskAt(mask, i)));
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactValue(item, maskAt(mask, key));
  return out;
}
var HASH_BASE = 31;
var HASH_BITS = 20;
var HASH_MASK = (1 << HASH_BITS) - 1;
function headHash(text, at) {
  let hash = 0;
  for (let i = at; i < at + MIN_SCRUB_LENGTH; i++)
    hash = Math.imul(hash, HASH_BASE) + text.charCodeAt(i) | 0;
  return hash & HASH_MASK;
}
function pairAt(text, at) {
  return (text.charCodeAt(at) & 255) << 8 | text.charCodeAt(at + 1) & 255;
}
function setBit(bits, index) {
  bits[index >>> 5] |= 1 << (index & 31);
}
var Scrubber = class {
  secrets = [];
  /** No text shorter than the shortest secret can hold one: most keys and values are. */
  shortest = Number.POSITIVE_INFINITY;
  /**
   * Secrets by the hash of their first characters: their lengths, longest first, and the set to
   * look a candidate up in. Many secrets share a prefix (`arn:aws:…`, `postgres://…`), so a
   * bucket is searched by length, not secret by secret.
   */
  heads = /* @__PURE__ */ new Map();
  /** The first two characters of some secret, folded (see pairAt); then its next two. */
  pairs = new Int32Array(1 << 16 >>> 5);
  nextPairs = new Int32Array(1 << 16 >>> 5);
  /**
   * How far a window of `window` characters can move on, by the two characters it ends with
   * (Wu–Manber): as far as the window's length unless that pair stands in some secret's first
   * `window` characters. Most text is skipped a window at a time, never looked at position by
   * position.
   */
  window = 0;
  shifts = new Uint8Array(1 << 16);
  add(values) {
    const all = new Set(this.secrets);
    for (const value of values) if (value.length >= MIN_SCRUB_LENGTH) all.add(value);
    this.secrets = [...all].sort((a, b) => b.length - a.length);
    this.shortest = this.secrets.at(-1)?.length ?? Number.POSITIVE_INFINITY;
    this.heads = /* @__PURE__ */ new Map();
    this.pairs.fill(0);
    this.nextPairs.fill(0);
    this.window = Math.min(this.shortest, 64);
    this.shifts.fill(this.window - 1);
    for (const secret of this.secrets) {
      for (let j = 0; j <= this.window - 2; j++) {
        const pair = pairAt(secret, j);
        this.shifts[pair] = Math.min(this.shifts[pair], this.window - 2 - j);
      }
      setBit(this.pairs, pairAt(secret, 0));
      setBit(this.nextPairs, pairAt(secret, 2));
      const hash = headHash(secret, 0);
      const bucket = this.heads.get(hash) ?? { lengths: [], secrets: /* @__PURE__ */ new Set() };
      this.heads.set(hash, bucket);
      bucket.secrets.add(secret);
      if (!bucket.lengths.includes(secret.length)) bucket.lengths.push(secret.length);
    }
  }
  get values() {
    return this.secrets;
  }
  /** The length of the longest secret starting at `at`, or 0. */
  matchAt(text, at) {
    const bucket = this.heads.get(headHash(text, at));
    if (!bucket) return 0;
    for (const length of bucket.lengths) {
      if (at + length <= text.length && bucket.secrets.has(text.slice(at, at + length)))
        return length;
    }
    return 0;
  }
  scrub(text) {
    if (text.length < this.shortest) return text;
    const parts = [];
    let copied = 0;
    const last = text.length - this.shortest;
    const { pairs, nextPairs, shifts } = this;
    const tail = this.window - 2;
    let i = 0;
    while (i <= last) {
      const shift = shifts[pairAt(text, i + tail)];
      if (shift > 0) {
        i += shift;
        continue;
      }
      const pair = pairAt(text, i);
      if ((pairs[pair >>> 5] >>> (pair & 31) & 1) === 1) {
        const next = pairAt(text, i + 2);
        const matched = nextPairs[next >>> 5] >>> (next & 31) & 1 ? this.matchAt(text, i) : 0;
        if (matched > 0) {
          parts.push(text.slice(copied, i), REDACTED);
          i += matched;
          copied = i;
          continue;
        }
      }
      i++;
    }
    if (copied === 0) return text;
    parts.push(text.slice(copied));
    return parts.join("");
  }
  /**
   * Scrubs every string inside a JSON-like value. Only what changed is copied: a report of tens
   * of thousands of entries usually holds no secret at all, and copying all of it was most of
   * this pass's cost.
   */
  scrubDeep(value) {
    if (this.secrets.length === 0) return value;
    return this.deep(value);
  }
  deep(value) {
    if (typeof value === "string") return this.scrub(value);
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) {
      let copy2;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        const scrubbed = this.deep(item);
        if (scrubbed !== item) (copy2 ??= value.slice())[i] = scrubbed;
      }
      return copy2 ?? value;
    }
    const entries = value;
    let copy;
    for (const key of Object.keys(entries)) {
      const item = entries[key];
      const scrubbed = this.deep(item);
      const scrubbedKey = this.scrub(key);
      if (scrubbedKey !== key) {
        copy = Object.fromEntries(
          Object.entries(copy ?? entries).map(
            ([k, v]) => k === key ? [scrubbedKey, scrubbed] : [k, v]
          )
        );
      } else if (scrubbed !== item) {
        ;
        (copy ??= { ...entries })[key] = scrubbed;
      }
    }
    return copy ?? value;
  }
};

// src/report/model.ts
var REPORT_SCHEMA_VERSION = 3;
function errorText(error) {
  return error.message.startsWith(error.scope) ? error.message : `${error.scope}: ${error.message}`;
}

export {
  SEVERITIES,
  severityRank,
  atLeast,
  REDACTED,
  maskAt,
  redactValue,
  Scrubber,
  REPORT_SCHEMA_VERSION,
  errorText,
  normalise,
  directoriesKey,
  reportKey,
  marker,
  digestMarker
};
//# sourceMappingURL=chunk-VDN5SZHK.js.map

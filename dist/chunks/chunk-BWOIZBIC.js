import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

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

// src/analyse/diff.ts
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function joinPath(parent, key) {
  if (typeof key === "number") return `${parent}[${key}]`;
  const part = IDENTIFIER.test(key) ? key : JSON.stringify(key);
  if (!parent) return part;
  return IDENTIFIER.test(key) ? `${parent}.${part}` : `${parent}[${part}]`;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isSensitive(mask) {
  if (mask === true) return true;
  if (!mask || typeof mask !== "object") return false;
  return Object.values(mask).some((child) => isSensitive(child));
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) => deepEqual(a[k], b[k])
  );
}
function isEmpty(value) {
  return value === null || value === void 0 || value === "" || Array.isArray(value) && value.length === 0 || isPlainObject(value) && Object.keys(value).length === 0;
}
function leaf(path, before, after) {
  return {
    path,
    before: redactValue(before.value, before.mask),
    after: redactValue(after.value, after.mask),
    sensitive: isSensitive(before.mask) || isSensitive(after.mask)
  };
}
function diffInto(path, before, after, out) {
  const a = before.value;
  const b = after.value;
  if (deepEqual(a, b)) return;
  if (isEmpty(a) && isEmpty(b)) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) {
      diffInto(
        joinPath(path, key),
        { value: a[key] ?? null, mask: maskAt(before.mask, key) },
        { value: b[key] ?? null, mask: maskAt(after.mask, key) },
        out
      );
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].some(isPlainObject)) {
    diffBlocks(path, before, after, out);
    return;
  }
  out.push(leaf(path, before, after));
}
function diffBlocks(path, before, after, out) {
  const a = before.value;
  const b = after.value;
  const unmatchedB = new Set(b.map((_, i) => i));
  const leftA = [];
  a.forEach((item, i) => {
    const j = [...unmatchedB].find((k) => deepEqual(item, b[k]));
    if (j === void 0) leftA.push(i);
    else unmatchedB.delete(j);
  });
  const leftB = [...unmatchedB];
  const pairs = Math.max(leftA.length, leftB.length);
  for (let n = 0; n < pairs; n++) {
    const i = leftA[n];
    const j = leftB[n];
    const beforeItem = i === void 0 ? { value: null, mask: false } : { value: a[i], mask: maskAt(before.mask, i) };
    const afterItem = j === void 0 ? { value: null, mask: false } : { value: b[j], mask: maskAt(after.mask, j) };
    const itemPath = joinPath(path, j ?? i ?? n);
    if (i === void 0 || j === void 0) out.push(leaf(itemPath, beforeItem, afterItem));
    else diffInto(itemPath, beforeItem, afterItem, out);
  }
}
function diffAttributes(before, after, beforeMask, afterMask) {
  const out = [];
  diffInto(
    "",
    { value: before ?? null, mask: beforeMask },
    { value: after ?? null, mask: afterMask },
    out
  );
  return out;
}
function topAttribute(path) {
  const match = /^[^.[]+/.exec(path);
  return match ? match[0] : path;
}

// src/remediate/hcl/write.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function hclString(value) {
  const escaped = value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
  return `"${escaped}"`;
}
var ADDRESS = /^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/;
function importBlock(block) {
  if (!ADDRESS.test(block.to)) throw new Error(`not a resource address: ${block.to}`);
  return `import {
  to = ${block.to}
  id = ${hclString(block.id)}
}`;
}
var GENERATE_CONFIG_HINT = "terraform plan -generate-config-out=generated.tf";
function commentText(value) {
  return value.replace(CONTROL, " ");
}

// src/model/network-rule.ts
var OPEN_CIDRS = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
var ADMIN_PORTS = [
  22,
  23,
  2375,
  2376,
  3389,
  5985,
  5986,
  1433,
  1521,
  3306,
  5432,
  5439,
  6379,
  9042,
  9200,
  9300,
  11211,
  27017,
  27018
];
var ALL_TRAFFIC = "all traffic";
var PROTOCOL_NUMBERS = {
  "1": "icmp",
  "6": "tcp",
  "17": "udp",
  "58": "icmpv6"
};
function isAllTraffic(protocol) {
  const text = String(protocol).toLowerCase();
  return text === "-1" || text === "all";
}
function protocolName(protocol) {
  if (isAllTraffic(protocol)) return ALL_TRAFFIC;
  const text = String(protocol).toLowerCase();
  return PROTOCOL_NUMBERS[text] ?? (/^\d+$/.test(text) ? `protocol ${text}` : text);
}
function reachesAdminPort(from, to) {
  return ADMIN_PORTS.some((port) => port >= from && port <= to);
}

export {
  REDACTED,
  maskAt,
  redactValue,
  Scrubber,
  joinPath,
  isPlainObject,
  deepEqual,
  isEmpty,
  diffAttributes,
  topAttribute,
  OPEN_CIDRS,
  ALL_TRAFFIC,
  isAllTraffic,
  protocolName,
  reachesAdminPort,
  hclString,
  importBlock,
  GENERATE_CONFIG_HINT,
  commentText
};
//# sourceMappingURL=chunk-BWOIZBIC.js.map

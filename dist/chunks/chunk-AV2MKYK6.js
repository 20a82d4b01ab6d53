import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  messageOf,
  oneLine
} from "./chunk-GXLTFKQW.js";

// src/collect/audit-state.ts
import { brotliDecompressSync } from "node:zlib";
var STATE_SEVERITIES = ["low", "medium", "high", "critical"];
var STATE_FORMAT = 1;
var STATE_MARKER_START = "<!-- driftwatch:state:";
var STATE_MARKER_END = " -->";
var HISTORY_FIELDS = 3;
var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var MAX_DECOMPRESSED = 16 * 1024 * 1024;
var MAX_KEY = 4096;
function dayNumber(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return void 0;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayOf(ms) === day ? ms / 864e5 : void 0;
}
function dayFromNumber(n) {
  return dayOf(n * 864e5);
}
function dayOf(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function frontCode(keys) {
  const p = [];
  const k = [];
  let previous = "";
  for (const key of keys) {
    let shared = 0;
    const most = Math.min(previous.length, key.length);
    while (shared < most && previous.charCodeAt(shared) === key.charCodeAt(shared)) shared++;
    p.push(shared);
    k.push(key.slice(shared));
    previous = key;
  }
  return { p, k };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function severityCode(severity) {
  return severity ? STATE_SEVERITIES.indexOf(severity) + 1 : 0;
}
function indexWidth(size) {
  let width = 1;
  while (DIGITS.length ** width < size) width++;
  return width;
}
function writeIndex(n, width) {
  let out = "";
  for (let i = 0; i < width; i++, n = Math.floor(n / DIGITS.length)) {
    out = DIGITS[n % DIGITS.length] + out;
  }
  return out;
}
function historyTable(rows) {
  const tally = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const id = row.join(",");
    const seen = tally.get(id);
    if (seen) seen.count++;
    else tally.set(id, { row, count: 1 });
  }
  const order = [...tally.entries()].sort(([a, x], [b, y]) => y.count - x.count || compare(a, b));
  const width = indexWidth(order.length);
  const index = new Map(order.map(([id], n) => [id, writeIndex(n, width)]));
  return {
    h: order.flatMap(([, { row }]) => row),
    i: rows.map((row) => index.get(row.join(","))).join("")
  };
}
function toWire(state) {
  const base = dayNumber(state.lastAudit) ?? 0;
  const age = (day) => base - (dayNumber(day) ?? base);
  const keys = Object.keys(state.findings).sort(compare);
  const rows = keys.map((key) => state.findings[key]);
  return {
    n: state.audits,
    d: state.lastAudit,
    ...frontCode(keys),
    ...historyTable(rows.map((h) => [age(h.first), age(h.last), h.audits])),
    s: rows.map((h) => severityCode(h.severity)).join(""),
    r: {
      ...frontCode(state.resolved.map((r) => r.key)),
      f: state.resolved.map((r) => age(r.first)),
      o: state.resolved.map((r) => age(r.resolvedOn)),
      a: state.resolved.map((r) => state.audits - r.audit)
    },
    ...state.truncated ? { x: state.truncated } : {}
  };
}
var Unreadable = class extends Error {
};
function check(ok, what) {
  if (!ok) throw new Unreadable(`malformed ${what}`);
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function counts(value, length, what, min = 0) {
  check(
    Array.isArray(value) && value.length === length && value.every((n) => Number.isSafeInteger(n) && n >= min),
    what
  );
  return value;
}
function ages(value, length, what) {
  check(
    Array.isArray(value) && value.length === length && value.every((n) => Number.isSafeInteger(n) && Math.abs(n) <= 2e5),
    what
  );
  return value;
}
function frontDecode(p, k, what) {
  check(Array.isArray(k) && k.every((rest) => typeof rest === "string"), `${what} keys`);
  const shared = counts(p, k.length, `${what} keys`);
  const keys = [];
  let previous = "";
  for (let i = 0; i < k.length; i++) {
    check(shared[i] <= previous.length, `${what} keys`);
    previous = previous.slice(0, shared[i]) + k[i];
    check(
      previous.length <= MAX_KEY && (previous.startsWith("drift:") || previous.startsWith("unmanaged:")),
      `${what} keys`
    );
    keys.push(previous);
  }
  return keys;
}
function historyTableOf(value, day) {
  check(Array.isArray(value) && value.length % HISTORY_FIELDS === 0, "histories");
  const table = [];
  for (let n = 0; n < value.length; n += HISTORY_FIELDS) {
    const [first, last] = ages(value.slice(n, n + 2), 2, "histories");
    const [audits] = counts([value[n + 2]], 1, "histories", 1);
    table.push({ first: day(first), last: day(last), audits });
  }
  return table;
}
function severitiesOf(value, keys) {
  check(typeof value === "string" && value.length === keys, "severities");
  return [...value].map((digit) => {
    const code = "01234".indexOf(digit);
    check(code >= 0, "severities");
    return code === 0 ? void 0 : STATE_SEVERITIES[code - 1];
  });
}
function historiesOf(table, index, keys) {
  const width = indexWidth(table.length);
  check(typeof index === "string" && index.length === keys * width, "history indexes");
  const rows = [];
  for (let at = 0; at < index.length; at += width) {
    let n = 0;
    for (let i = at; i < at + width; i++) {
      const digit = DIGITS.indexOf(index[i]);
      check(digit >= 0, "history indexes");
      n = n * DIGITS.length + digit;
    }
    check(n < table.length, "history indexes");
    rows.push(table[n]);
  }
  return rows;
}
function fromWire(wire) {
  check(isObject(wire), "state");
  check(typeof wire.d === "string" && dayNumber(wire.d) !== void 0, "last audit day");
  const base = dayNumber(wire.d);
  const day = (age) => dayFromNumber(base - age);
  const audits = counts([wire.n], 1, "audit count", 1)[0];
  const keys = frontDecode(wire.p, wire.k, "finding");
  check(new Set(keys).size === keys.length, "finding keys");
  const rows = historiesOf(historyTableOf(wire.h, day), wire.i, keys.length);
  const severity = severitiesOf(wire.s, keys.length);
  const findings = {};
  keys.forEach((key, i) => {
    findings[key] = { ...rows[i], ...severity[i] ? { severity: severity[i] } : {} };
  });
  check(isObject(wire.r), "resolutions");
  const r = wire.r;
  const resolvedKeys = frontDecode(r.p, r.k, "resolved");
  const resolvedFirst = ages(r.f, resolvedKeys.length, "resolved first-seen days");
  const resolvedOn = ages(r.o, resolvedKeys.length, "resolved days");
  const ago = counts(r.a, resolvedKeys.length, "resolving audits");
  check(
    ago.every((a) => a < audits),
    "resolving audits"
  );
  const resolved = resolvedKeys.map((key, i) => ({
    key,
    first: day(resolvedFirst[i]),
    resolvedOn: day(resolvedOn[i]),
    audit: audits - ago[i]
  }));
  const truncated = wire.x === void 0 ? 0 : counts([wire.x], 1, "truncated count")[0];
  return {
    version: 1,
    audits,
    lastAudit: wire.d,
    findings,
    resolved,
    ...truncated ? { truncated } : {}
  };
}
function findMarker(text) {
  const start = text.indexOf(STATE_MARKER_START);
  if (start < 0) return void 0;
  const end = text.indexOf("-->", start);
  const inner = text.slice(start + STATE_MARKER_START.length, end < 0 ? void 0 : end).trim();
  const colon = inner.indexOf(":");
  return colon < 0 ? { version: inner, payload: "" } : { version: inner.slice(0, colon), payload: inner.slice(colon + 1) };
}
function decompress(payload) {
  if (payload === "" || payload.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) {
    throw new Unreadable("not base64");
  }
  try {
    return brotliDecompressSync(Buffer.from(payload, "base64"), {
      maxOutputLength: MAX_DECOMPRESSED
    }).toString("utf8");
  } catch {
    throw new Unreadable("damaged: it does not decompress");
  }
}
function parse(json) {
  try {
    return JSON.parse(json);
  } catch {
    throw new Unreadable("not JSON");
  }
}
function readState(text) {
  const marker = findMarker(text);
  if (!marker) throw new Unreadable("no state marker");
  if (marker.version !== `v${STATE_FORMAT}`) {
    throw new Unreadable(
      /^v\d{1,4}$/.test(marker.version) ? `format ${marker.version}, which this version of Driftwatch does not read` : "unknown format"
    );
  }
  return fromWire(parse(decompress(marker.payload)));
}
function decodeState(text) {
  try {
    return { state: readState(text) };
  } catch (error) {
    const reason = error instanceof Unreadable ? error.message : `unexpected: ${messageOf(error)}`;
    return {
      problem: `the audit state in the issue could not be read (${oneLine(reason, 120)}): starting a fresh history`
    };
  }
}

// src/collect/github/audit-issue.ts
function isOurs(issue, marker) {
  return !issue.pull_request && (issue.body ?? "").includes(marker);
}
async function findOpen(client, target, marker) {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    state: "open",
    labels: target.label,
    sort: "created",
    direction: "asc",
    per_page: 100
  });
  return issues.find((issue) => isOurs(issue, marker));
}
async function findClosed(client, target, marker) {
  const { data } = await client.rest.issues.listForRepo({
    owner: target.owner,
    repo: target.repo,
    state: "closed",
    labels: target.label,
    sort: "updated",
    direction: "desc",
    per_page: 100
  });
  const last = data.find((issue) => isOurs(issue, marker));
  return last && last.state_reason !== "not_planned" ? last : void 0;
}
async function findStateComment(client, target, issueNumber) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: issueNumber,
    per_page: 100
  });
  const found = comments.findLast((comment) => comment.body?.includes(STATE_MARKER_START));
  return found && { id: found.id, body: found.body ?? "", html_url: found.html_url };
}
async function readPreviousAudit(client, target, marker) {
  const open = await findOpen(client, target, marker);
  const issue = open ?? await findClosed(client, target, marker);
  if (!issue) return {};
  const comment = await findStateComment(client, target, issue.number);
  return {
    issue: { number: issue.number, url: issue.html_url, open: open !== void 0 },
    ...comment ? { stateText: comment.body } : {}
  };
}

export {
  STATE_FORMAT,
  STATE_MARKER_START,
  STATE_MARKER_END,
  toWire,
  decodeState,
  findOpen,
  findClosed,
  findStateComment,
  readPreviousAudit
};
//# sourceMappingURL=chunk-AV2MKYK6.js.map

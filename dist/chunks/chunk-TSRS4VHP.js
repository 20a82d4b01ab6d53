import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  dayFromNumber,
  dayNumber,
  directoryLabel,
  isFindingKey
} from "./chunk-AEWH75CH.js";
import {
  SEVERITIES
} from "./chunk-DTM4YSV2.js";
import {
  clipToLine,
  messageOf
} from "./chunk-FFYNXMZ5.js";

// src/history/format.ts
var STATE_FORMAT = 1;
var STATE_MARKER_START = "<!-- driftwatch:state:";
var STATE_MARKER_END = " -->";
var HISTORY_FIELDS = 3;
var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
function indexWidth(size) {
  let width = 1;
  while (DIGITS.length ** width < size) width++;
  return width;
}
function severityDigit(severity) {
  return severity ? SEVERITIES.indexOf(severity) + 1 : 0;
}
function digitSeverity(digit) {
  return digit === 0 ? void 0 : SEVERITIES[digit - 1];
}

// src/github/audit-issue.ts
function isOurs(issue, marker2) {
  return !issue.pull_request && (issue.body ?? "").includes(marker2);
}
async function findOpen(client, target, marker2) {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    state: "open",
    labels: target.label,
    sort: "created",
    direction: "asc",
    per_page: 100
  });
  return issues.find((issue) => isOurs(issue, marker2));
}
async function findClosed(client, target, marker2) {
  const { data } = await client.rest.issues.listForRepo({
    owner: target.owner,
    repo: target.repo,
    state: "closed",
    labels: target.label,
    sort: "updated",
    direction: "desc",
    per_page: 100
  });
  const last = data.find((issue) => isOurs(issue, marker2));
  return last && last.state_reason !== "not_planned" ? last : void 0;
}
async function findStateComments(client, target, issueNumber) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: issueNumber,
    per_page: 100
  });
  return comments.filter((comment) => comment.body?.includes(STATE_MARKER_START)).map((found) => ({ id: found.id, body: found.body ?? "", html_url: found.html_url }));
}
async function findStateComment(client, target, issueNumber) {
  return (await findStateComments(client, target, issueNumber)).at(-1);
}
async function readPreviousAudit(client, target, marker2) {
  const open = await findOpen(client, target, marker2);
  const issue = open ?? await findClosed(client, target, marker2);
  if (!issue) return {};
  const comment = await findStateComment(client, target, issue.number);
  return {
    issue: { number: issue.number, url: issue.html_url, open: open !== void 0 },
    ...comment ? { stateText: comment.body } : {}
  };
}

// src/history/decode.ts
import { brotliDecompressSync } from "node:zlib";
var MAX_DECOMPRESSED = 16 * 1024 * 1024;
var MAX_KEY = 4096;
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
    check(previous.length <= MAX_KEY && isFindingKey(previous), `${what} keys`);
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
    return digitSeverity(code);
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
  const marker2 = findMarker(text);
  if (!marker2) throw new Unreadable("no state marker");
  if (marker2.version !== `v${STATE_FORMAT}`) {
    throw new Unreadable(
      /^v\d{1,4}$/.test(marker2.version) ? `format ${marker2.version}, which this version of Driftwatch does not read` : "unknown format"
    );
  }
  return fromWire(parse(decompress(marker2.payload)));
}
function decodeState(text) {
  try {
    return { state: readState(text) };
  } catch (error) {
    const reason = error instanceof Unreadable ? error.message : `unexpected: ${messageOf(error)}`;
    return {
      problem: `the audit state in the issue could not be read (${clipToLine(reason, 120)}): starting a fresh history`
    };
  }
}

// src/github/markers.ts
import { createHash } from "node:crypto";
function directoriesKey(dirs) {
  const set = [...new Set(dirs.map(directoryLabel))].sort();
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

export {
  STATE_FORMAT,
  STATE_MARKER_START,
  STATE_MARKER_END,
  DIGITS,
  indexWidth,
  severityDigit,
  findOpen,
  findClosed,
  findStateComments,
  readPreviousAudit,
  decodeState,
  directoriesKey,
  reportKey,
  marker,
  digestMarker
};
//# sourceMappingURL=chunk-TSRS4VHP.js.map

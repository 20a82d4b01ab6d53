import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  ALL_TRAFFIC,
  GENERATE_CONFIG_HINT,
  REDACTED,
  diffAttributes,
  importBlock,
  protocolName
} from "./chunk-BWOIZBIC.js";
import {
  directoryLabel,
  errorText
} from "./chunk-AEWH75CH.js";
import {
  SEVERITIES,
  securityConcerns
} from "./chunk-DTM4YSV2.js";
import {
  parsePolicyDocument,
  policyStatements
} from "./chunk-WBAT22HC.js";
import {
  clip,
  plural
} from "./chunk-FFYNXMZ5.js";

// src/render/budget.ts
var BODY_LIMIT = 65536;
var SUMMARY_LIMIT = 1024 * 1024;
var MIN_ROW = 40;
var SAMPLE_ROWS = 16;
var SECANT_GUESSES = 6;
var MARGIN = 512;
var FULL = {
  valueLength: 200,
  changesPerFinding: Number.POSITIVE_INFINITY,
  findings: Number.POSITIVE_INFINITY,
  details: true,
  elsewhere: "see the JSON report"
};
var COMPACT = {
  valueLength: 80,
  changesPerFinding: 10,
  details: false
};
var characters = (text) => text.length;
var utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
function allocate(sizes, limit) {
  let left = limit;
  return sizes.map((size) => {
    const take = Math.max(0, Math.min(size, left));
    left -= take;
    return take;
  });
}
var TABLE_ROWS = 1e3;
function fit(render, options) {
  const max = options.limit - MARGIN;
  const maxRows = Math.min(Math.floor(max / MIN_ROW), TABLE_ROWS);
  const shownRows = Math.min(options.totalFindings, maxRows);
  const findings = shownRows < options.totalFindings ? shownRows : FULL.findings;
  const compact = { ...FULL, ...COMPACT, elsewhere: options.elsewhere };
  const sized = (count) => {
    const text = render({ ...compact, findings: count === shownRows ? findings : count });
    return { text, size: options.measure(text) };
  };
  const full = () => {
    const text = render({ ...FULL, elsewhere: options.elsewhere, findings });
    return options.measure(text) <= max ? text : void 0;
  };
  const zero = sized(0);
  if (zero.size > max) return cutToSize(options.fallback(), max, options.measure);
  if (shownRows === 0) return full() ?? zero.text;
  let low = zero.text;
  let lowCount = 0;
  let highCount = shownRows + 1;
  let previous = { count: 0, size: zero.size };
  let latest = previous;
  for (let guesses = 0; highCount - lowCount > 1; guesses++) {
    const slope = (latest.size - previous.size) / Math.max(1, latest.count - previous.count);
    const guess = guesses === 0 ? SAMPLE_ROWS : guesses <= SECANT_GUESSES ? latest.count + Math.floor((max - latest.size) / Math.max(slope, 1)) : lowCount + Math.floor((highCount - lowCount) / 2);
    const count = Math.min(highCount - 1, Math.max(lowCount + 1, guess));
    if (count === shownRows) {
      const whole = full();
      if (whole !== void 0) return whole;
    }
    const probe = sized(count);
    previous = latest;
    latest = { count, size: probe.size };
    if (probe.size <= max) {
      low = probe.text;
      lowCount = count;
    } else {
      highCount = count;
    }
  }
  return low;
}
function cutToSize(text, max, measure) {
  if (measure(text) <= max) return text;
  const lines = text.split("\n");
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(lines.slice(0, mid).join("\n")) <= max) low = mid;
    else high = mid - 1;
  }
  if (low > 0) return lines.slice(0, low).join("\n");
  let cut = lines[0].slice(0, max);
  while (cut.length > 0 && measure(cut) > max) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut;
}

// src/render/changes.ts
var CHANGE_SIGNS = { added: "+", removed: "-", changed: "~" };
var FORM_ONLY = "reformatted only: the same content, written differently";
function changeLineText(line2) {
  return `${CHANGE_SIGNS[line2.kind]} ${line2.text}`;
}
function describeChanges(type, changes, options = {}) {
  const context = { type, limit: options.valueLength ?? FULL.valueLength };
  return describeLeaves(changes.flatMap(expand), context);
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isEmpty(value) {
  if (value === null || value === void 0 || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}
function kindOf(before, after2) {
  if (isEmpty(before)) return "added";
  return isEmpty(after2) ? "removed" : "changed";
}
function list(value) {
  if (Array.isArray(value)) return value.filter((item) => !isEmpty(item));
  return isEmpty(value) ? [] : [value];
}
function first(value) {
  const item = list(value)[0];
  return isObject(item) ? item : {};
}
function characters2(count) {
  return `${count.toLocaleString("en-US")} characters`;
}
function fold(text, limit, quote) {
  const chars = [...text];
  const whole = quote(text);
  if (chars.length <= limit) return whole;
  const folded = `${quote(`${chars.slice(0, limit).join("")}\u2026`)} (${characters2(chars.length)})`;
  return folded.length < whole.length ? folded : whole;
}
function formatValue(value, limit) {
  if (value === REDACTED) return REDACTED;
  if (typeof value === "string") return fold(value, limit, (text) => JSON.stringify(text));
  return fold(JSON.stringify(value ?? null), limit, (text) => text);
}
function word(value, limit) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (/^[^\s",;()\p{Cc}\p{Cf}]+$/u.test(text)) return fold(text, limit, (t) => t);
  return formatValue(value, limit);
}
var LIST_ITEMS = 3;
function words(values, limit) {
  const shown = values.slice(0, LIST_ITEMS).map((value) => word(value, limit));
  const hidden = values.length - shown.length;
  return hidden > 0 ? `${shown.join(", ")} +${hidden} more` : shown.join(", ");
}
function sentence(parts) {
  return parts.filter(Boolean).join(" ");
}
var BLOCK_PATH = /\[\d+\]$/;
function blockList(path) {
  return path.replace(BLOCK_PATH, "");
}
function lastKey(path) {
  const match = /(?:^|\.)([^.[\]]+)$/.exec(path);
  return match ? match[1] : "";
}
function appendPath(parent, sub) {
  if (!parent || !sub) return parent || sub;
  if (sub.startsWith("[")) return `${parent}${sub}`;
  const quoted = /^"(?:[^"\\]|\\.)*"/.exec(sub);
  if (quoted) return `${parent}[${quoted[0]}]${sub.slice(quoted[0].length)}`;
  return `${parent}.${sub}`;
}
function shapeOf(value) {
  if (isEmpty(value)) return "empty";
  if (isObject(value)) return "object";
  if (Array.isArray(value) && value.some(isObject)) return "blocks";
  return "scalar";
}
function isBlockChange(change) {
  const shapes = [shapeOf(change.before), shapeOf(change.after)];
  return BLOCK_PATH.test(change.path) && shapes.includes("empty") && shapes.includes("object");
}
function containerOf(change) {
  const shapes = /* @__PURE__ */ new Set([shapeOf(change.before), shapeOf(change.after)]);
  shapes.delete("empty");
  const [shape] = [...shapes];
  return shapes.size === 1 && shape !== "scalar" ? shape : void 0;
}
function expand(change) {
  const container = containerOf(change);
  if (change.sensitive || isBlockChange(change) || !container) return [change];
  const empty = container === "object" ? {} : [];
  const before = isEmpty(change.before) ? empty : change.before;
  const after2 = isEmpty(change.after) ? empty : change.after;
  return diffAttributes(before, after2).flatMap(
    (sub) => expand({ ...sub, path: appendPath(change.path, sub.path), sensitive: false })
  );
}
function describeLeaves(changes, context) {
  const ports = portPairs(changes, context);
  return changes.flatMap((change) => {
    if (ports.merged.has(change)) return [];
    const pair = ports.pairs.get(change);
    return pair ? [portLine(change, pair)] : describeChange(change, context);
  });
}
function describeChange(change, context) {
  if (change.sensitive) return [sensitiveLine(change)];
  if (isBlockChange(change)) return [blockLine(change, context)];
  const documents = policyDocuments(change);
  if (documents) return policyLines(change.path, documents, context);
  return [valueLine(change, context)];
}
function line(kind, path, text, side) {
  return {
    kind,
    path,
    text,
    before: kind === "added" ? "" : side,
    after: kind === "removed" ? "" : side
  };
}
function changedLine(change, before, after2) {
  const label = change.path ? `${change.path}: ` : "";
  return {
    kind: kindOf(change.before, change.after),
    path: change.path,
    text: `${label}${before} \u2192 ${after2}`,
    before,
    after: after2
  };
}
function sensitiveLine(change) {
  const side = (value) => isEmpty(value) ? "null" : REDACTED;
  return changedLine(change, side(change.before), side(change.after));
}
function valueLine(change, context) {
  const show = (value) => isNetworkType(context.type) && PROTOCOL_FIELDS.has(lastKey(change.path)) && !isEmpty(value) ? protocolName(value) : formatValue(value, context.limit);
  return changedLine(change, show(change.before), show(change.after));
}
function blockLine(change, context) {
  const kind = isEmpty(change.before) ? "added" : "removed";
  const block = kind === "added" ? change.after : change.before;
  const name = blockList(change.path);
  const description2 = describeBlock(name, block, context) || "(empty)";
  return line(kind, change.path, `${name} ${description2}`, description2);
}
var DESCRIBERS = [
  { type: /^aws_(default_)?security_group$/, block: /^(ingress|egress)$/, describe: sgRule },
  { type: /^aws_(default_)?network_acl$/, block: /^(ingress|egress)$/, describe: naclEntry },
  { type: /^aws_s3_bucket_lifecycle_configuration$/, block: /^rule$/, describe: lifecycleRule },
  { type: /^aws_s3_bucket$/, block: /^lifecycle_rule$/, describe: lifecycleRule },
  { type: /^aws_iam_role$/, block: /^inline_policy$/, describe: inlinePolicy }
];
function describeBlock(name, block, context) {
  const pattern = name.replace(/\[\d+\]/g, "");
  const known = DESCRIBERS.find((d) => d.type.test(context.type) && d.block.test(pattern));
  return (known?.describe ?? genericBlock)(block, name, context);
}
var GENERIC_FIELDS = 6;
var GENERIC_VALUE = 40;
function genericBlock(block, _name, context) {
  const limit = Math.min(context.limit, GENERIC_VALUE);
  const pairs = Object.entries(block).filter(([, value]) => !isEmpty(value) && ["scalar", "empty"].includes(shapeOf(value))).map(
    ([key, value]) => `${key}=${Array.isArray(value) ? words(value, limit) : word(value, limit)}`
  );
  const hidden = pairs.length - GENERIC_FIELDS;
  return sentence([...pairs.slice(0, GENERIC_FIELDS), hidden > 0 ? `+${hidden} more` : ""]);
}
var NETWORK_TYPE = /security_group|network_acl/;
var PROTOCOL_FIELDS = /* @__PURE__ */ new Set(["protocol", "ip_protocol"]);
function isNetworkType(type) {
  return NETWORK_TYPE.test(type);
}
function portRange(from, to) {
  if (isEmpty(from) && isEmpty(to)) return "null";
  if (isEmpty(to) || from === to) return String(from);
  return `${from}-${to}`;
}
function icmp(name, type, code) {
  if (isEmpty(type) || Number(type) === -1) return name;
  const withCode = !isEmpty(code) && Number(code) !== -1 ? ` code ${code}` : "";
  return `${name} type ${type}${withCode}`;
}
function traffic(protocol, from, to) {
  const name = protocolName(protocol);
  if (name === ALL_TRAFFIC) return name;
  if (name.startsWith("icmp")) return icmp(name, from, to);
  return isEmpty(from) ? name : `${name} ${portRange(from, to)}`;
}
function peers(direction, values, context) {
  if (values.length === 0) return "";
  return `${direction === "egress" ? "to" : "from"} ${words(values, context.limit)}`;
}
function description(value, context) {
  return isEmpty(value) ? "" : `(${formatValue(value, context.limit)})`;
}
function sgRule(rule, name, context) {
  const sources = [
    ...list(rule.cidr_blocks),
    ...list(rule.ipv6_cidr_blocks),
    ...list(rule.prefix_list_ids),
    ...list(rule.security_groups),
    ...rule.self === true ? ["self"] : []
  ];
  return sentence([
    traffic(rule.protocol, rule.from_port, rule.to_port),
    peers(name, sources, context),
    description(rule.description, context)
  ]);
}
function naclEntry(entry, name, context) {
  const protocol = protocolName(entry.protocol);
  const what = protocol.startsWith("icmp") ? icmp(protocol, entry.icmp_type, entry.icmp_code) : traffic(entry.protocol, entry.from_port, entry.to_port);
  return sentence([
    isEmpty(entry.rule_no) ? "" : `#${entry.rule_no}`,
    isEmpty(entry.action) ? "" : String(entry.action),
    what,
    peers(name, [...list(entry.cidr_block), ...list(entry.ipv6_cidr_block)], context)
  ]);
}
function portPairs(changes, context) {
  const found = { pairs: /* @__PURE__ */ new Map(), merged: /* @__PURE__ */ new Set() };
  if (!isNetworkType(context.type)) return found;
  for (const from of changes.filter((c) => !c.sensitive && lastKey(c.path) === "from_port")) {
    const parent = from.path.slice(0, -"from_port".length);
    const to = changes.find((c) => !c.sensitive && c.path === `${parent}to_port`);
    if (!to) continue;
    found.pairs.set(from, to);
    found.merged.add(to);
  }
  return found;
}
function portLine(from, to) {
  const parent = from.path.slice(0, -"from_port".length);
  const change = { ...from, path: `${parent}ports` };
  return changedLine(change, portRange(from.before, to.before), portRange(from.after, to.after));
}
function after(days, date) {
  if (!isEmpty(days) && days !== 0) return `after ${days} days`;
  return isEmpty(date) ? "" : `on ${date}`;
}
function ruleScope(rule, context) {
  const filter = first(rule.filter);
  const and = first(filter.and);
  const prefix = [filter.prefix, and.prefix, rule.prefix].find((p) => !isEmpty(p));
  const tag = first(filter.tag);
  const tags = {
    ...isObject(rule.tags) ? rule.tags : {},
    ...isObject(and.tags) ? and.tags : {}
  };
  if (!isEmpty(tag.key)) tags[String(tag.key)] = tag.value;
  const tagged = Object.entries(tags).map(([key, value]) => `${key}=${value}`);
  return sentence([
    prefix === void 0 ? "" : `for ${word(prefix, context.limit)}`,
    tagged.length > 0 ? `tagged ${words(tagged, context.limit)}` : ""
  ]);
}
function expiry(label, days, date) {
  const when = after(days, date);
  return when ? `${label} ${when}` : "";
}
function transitions(steps, label, context) {
  return list(steps).filter(isObject).map(
    (step) => sentence([
      label,
      word(step.storage_class, context.limit),
      after(step.noncurrent_days ?? step.days, step.date)
    ])
  );
}
function ruleActions(rule, context) {
  const expiration = first(rule.expiration);
  const noncurrent = first(rule.noncurrent_version_expiration);
  const abortDays = first(rule.abort_incomplete_multipart_upload).days_after_initiation ?? rule.abort_incomplete_multipart_upload_days;
  return [
    expiry("expire", expiration.days, expiration.date),
    expiration.expired_object_delete_marker === true ? "remove expired delete markers" : "",
    ...transitions(rule.transition, "to", context),
    expiry("noncurrent versions expire", noncurrent.noncurrent_days ?? noncurrent.days),
    ...transitions(rule.noncurrent_version_transition, "noncurrent versions to", context),
    expiry("abort incomplete uploads", abortDays)
  ].filter(Boolean);
}
function lifecycleRule(rule, _name, context) {
  const disabled = rule.status === "Disabled" || rule.enabled === false;
  const head = sentence([
    isEmpty(rule.id) ? "" : formatValue(rule.id, context.limit),
    disabled ? "(disabled)" : "",
    ruleScope(rule, context)
  ]);
  const actions = ruleActions(rule, context);
  return actions.length > 0 ? `${head}: ${actions.join(", ")}` : head;
}
var POLICY_KEY = /(^|_)polic(y|ies)$/;
var INLINE_STATEMENTS = 2;
function documentOf(value) {
  if (isEmpty(value)) return null;
  return typeof value === "string" ? parsePolicyDocument(value) : void 0;
}
function policyDocuments(change) {
  if (!POLICY_KEY.test(lastKey(change.path))) return void 0;
  const before = documentOf(change.before);
  const after2 = documentOf(change.after);
  if (before === void 0 || after2 === void 0 || before === null && after2 === null)
    return void 0;
  return [before, after2];
}
function canonical(value) {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    if (items.length === 1) return items[0];
    return items.every((item) => typeof item === "string") ? [...items].sort() : items;
  }
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((key) => [key, canonical(value[key])])
  );
}
function unmatched(from, against) {
  const left = against.map((s) => JSON.stringify(canonical(s)));
  return from.filter((statement) => {
    const at = left.indexOf(JSON.stringify(canonical(statement)));
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}
function withoutStatements(document) {
  const rest = Object.entries(document ?? {}).filter(([key]) => key !== "Statement");
  return canonical(Object.fromEntries(rest));
}
function principal(statement, context) {
  const [key, value] = statement.NotPrincipal !== void 0 ? ["NotPrincipal", statement.NotPrincipal] : ["Principal", statement.Principal];
  if (value === void 0) return "";
  const names = isObject(value) ? Object.values(value).flatMap(list) : list(value);
  return `${key} ${words(names, context.limit)}`;
}
function condition(statement, context) {
  if (!isObject(statement.Condition)) return "";
  const tests = Object.entries(statement.Condition).flatMap(
    ([operator, keys]) => Object.entries(isObject(keys) ? keys : {}).map(
      ([key, value]) => `${key} ${operator} ${words(list(value), context.limit)}`
    )
  );
  return tests.length > 0 ? `when ${tests.join(" and ")}` : "";
}
function statementText(statement, context) {
  const items = (value) => words(list(value), context.limit);
  const actions = statement.NotAction !== void 0 ? `all actions except ${items(statement.NotAction)}` : items(statement.Action) || "(no action)";
  const resources = statement.NotResource !== void 0 ? `on all resources except ${items(statement.NotResource)}` : statement.Resource === void 0 ? "" : `on ${items(statement.Resource)}`;
  const sid = isEmpty(statement.Sid) ? "" : `Sid ${word(statement.Sid, context.limit)}`;
  const details2 = [principal(statement, context), condition(statement, context), sid].filter(
    Boolean
  );
  return sentence([
    word(statement.Effect ?? "?", context.limit),
    actions,
    resources,
    details2.length > 0 ? `(${details2.join("; ")})` : ""
  ]);
}
function policyLines(path, [before, after2], context) {
  const statementLine = (kind) => (statement) => {
    const text = statementText(statement, context);
    return line(kind, path, `${path}: ${text}`, text);
  };
  const removed = unmatched(policyStatements(before), policyStatements(after2)).map(
    statementLine("removed")
  );
  const added = unmatched(policyStatements(after2), policyStatements(before)).map(
    statementLine("added")
  );
  const wholePolicy = (!before || !after2) && removed.length + added.length > 0;
  const others = wholePolicy ? [] : diffAttributes(withoutStatements(before), withoutStatements(after2)).flatMap((sub) => expand({ ...sub, path: appendPath(path, sub.path) })).flatMap((sub) => describeChange(sub, context));
  return [...removed, ...added, ...others];
}
function inlinePolicy(block, _name, context) {
  const name = isEmpty(block.name) ? "" : formatValue(block.name, context.limit);
  const document = documentOf(block.policy);
  if (!document)
    return sentence([name, isEmpty(block.policy) ? "" : formatValue(block.policy, context.limit)]);
  const statements = policyStatements(document);
  const shown = statements.slice(0, INLINE_STATEMENTS).map((s) => statementText(s, context));
  const hidden = statements.length - shown.length;
  const more = hidden > 0 ? `; +${plural(hidden, "more statement")}` : "";
  return `${name}${name && shown.length > 0 ? ": " : ""}${shown.join("; ")}${more}`;
}

// src/render/severity.ts
var MARKS = {
  critical: "\u{1F534}",
  high: "\u{1F7E0}",
  medium: "\u{1F7E1}",
  low: "\u26AA"
};
function severityLabel(severity) {
  return severity ? `${MARKS[severity]} ${severity}` : "";
}
function severityCounts(report) {
  const counts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const dir of report.directories)
    for (const finding of dir.drift) if (finding.severity) counts[finding.severity]++;
  for (const resource of report.unmanaged?.resources ?? [])
    if (resource.severity) counts[resource.severity]++;
  return counts;
}
function severityLine(report) {
  const counts = severityCounts(report);
  const parts = [...SEVERITIES].reverse().filter((severity) => counts[severity] > 0).map((severity) => `${MARKS[severity]} ${counts[severity]} ${severity}`);
  return parts.length > 0 ? `**Severity:** ${parts.join(" \xB7 ")}` : "";
}

// src/render/markdown.ts
var ZWSP = "\u200B";
function defuse(text) {
  return text.replace(/@/g, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\bGH-(?=\d)/gi, (match) => `${match}${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZWSP}.`);
}
function breaksToSpaces(text) {
  return text.replace(/\r\n|\r|\n/g, " ");
}
function escapeInline(text) {
  return text.replace(/\\(?=[!-/:-@[-`{-~]|$)/g, "\\\\").replace(/[`*[\]|~]/g, (ch) => `\\${ch}`).replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_").replace(/<(?=[A-Za-z/!?])/g, "\\<").replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
}
var ORDERED_ITEM = /^(\d{1,9})([.)])(?=\s|$)/;
var BLOCK_START = /^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|>|[-=](?:\s*[-=])*\s*$)/;
function escapeLineStart(text) {
  if (ORDERED_ITEM.test(text)) return text.replace(ORDERED_ITEM, "$1\\$2");
  return BLOCK_START.test(text) ? `\\${text}` : text;
}
function escapeText(text) {
  return defuse(escapeLineStart(escapeInline(breaksToSpaces(text).trimStart())));
}
function longestBacktickRun(text) {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
function span(text) {
  if (text === "") return "";
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const pad = /^[` ]|[` ]$/.test(text) && /[^ ]/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function codeSpan(text, maxLength = 200) {
  return span(clip(breaksToSpaces(text), maxLength));
}
function cellCode(text, maxLength = 200) {
  return codeSpan(text, maxLength).replace(
    /(\\*)\|/g,
    (_, run) => run.length % 2 === 0 ? `${run}\\|` : `${run}\\\\|`
  );
}
function fenced(language, body) {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${fence}${language}
${body}
${fence}`;
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function table(header, rows) {
  return [tableRow(header), tableRow(header.map(() => "---")), ...rows.map(tableRow)].join("\n");
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
var LISTED = 10;
function shortList(items, line2) {
  const shown = items.slice(0, LISTED).map((item) => `- ${line2(item)}`);
  if (items.length > LISTED) shown.push(`- \u2026and ${items.length - LISTED} more`);
  return shown;
}

// src/render/changed-by.ts
function changedBySection(report) {
  const summary = report.attribution;
  if (!summary) return "";
  const named = [
    ...report.directories.flatMap(
      (dir) => dir.drift.map((f) => ({ name: f.address, severity: f.severity, changedBy: f.changedBy }))
    ),
    ...(report.unmanaged?.resources ?? []).map((r) => ({
      name: r.arn ?? `${r.type}:${r.id}`,
      severity: r.severity,
      changedBy: r.changedBy
    }))
  ].filter((f) => f.changedBy !== void 0);
  const lines = named.length > 0 ? ["**Who changed it** (CloudTrail, the last 90 days)", ""] : [];
  lines.push(
    ...shortList(named, (f) => `${codeSpan(f.name)}: ${codeSpan(f.changedBy?.summary ?? "")}`)
  );
  const notes = [];
  if (summary.notLookedUp > 0) {
    notes.push(
      `${plural(summary.notLookedUp, "finding")} not looked up (the budget of calls went to the most severe)`
    );
  }
  if (summary.warning) notes.push(summary.warning);
  if (notes.length > 0) lines.push("", `_CloudTrail: ${notes.join("; ")}._`);
  return lines.join("\n").trim();
}

// src/render/remediation/links.ts
var KINDS = {
  adopt: "adopts unmanaged resources into",
  codify: "writes accepted drift into",
  waive: "waives findings in"
};
function safeUrl(url) {
  return /^https:\/\/[^\s()<>]+$/.test(url);
}
function pullLink(pull) {
  return safeUrl(pull.url) ? `[#${pull.number}](${pull.url})` : `#${pull.number}`;
}
function openRemediationSection(report) {
  const open = report.remediation?.open ?? [];
  if (open.length === 0) return "";
  const lines = open.map((pull) => {
    const root = directoryLabel(pull.root);
    const what = KINDS[pull.kind] ?? "remediates";
    return `- ${pullLink(pull)} ${what} ${root === "." ? "the root module" : codeSpan(root)}`;
  });
  return ["**Open remediation pull requests**", "", ...lines].join("\n");
}
function resolvedByText(resolvedBy) {
  return resolvedBy ? ` \xB7 resolved by ${pullLink(resolvedBy)}` : "";
}

// src/render/since-last-audit.ts
function historyTag(history) {
  if (!history) return "";
  if (history.status === "new") return history.uncertain ? "new (history incomplete)" : "new";
  if (!history.firstSeen) return "known";
  if (history.audits === void 0) return `known since ${history.firstSeen}`;
  return describeAge(history.firstSeen, history.audits);
}
function describeAge(first2, audits) {
  return `since ${first2}, ${plural(audits, "audit")}`;
}
function newFindings(report) {
  return [
    ...report.directories.flatMap(
      (dir) => dir.drift.filter((f) => f.history?.status === "new").map((f) => ({ name: f.address, directory: dir.path, severity: f.severity }))
    ),
    ...(report.unmanaged?.resources ?? []).filter((r) => r.history?.status === "new").map((r) => ({ name: r.arn ?? `${r.type}:${r.id}`, severity: r.severity }))
  ];
}
function where(directory) {
  return directory === void 0 ? "" : ` in ${codeSpan(directory)}`;
}
function resolvedLine(resolved) {
  return `${codeSpan(resolved.name)}${where(resolved.directory)} (first seen ${resolved.firstSeen})${resolvedByText(resolved.resolvedBy)}`;
}
function issueRef(report) {
  const issue = report.history?.issue;
  return issue ? `, [#${issue.number}](${issue.url})` : "";
}
function auditSection(report) {
  const history = report.history;
  if (!history) return [];
  const since = history.previousAudit ? ` (${history.previousAudit})` : "";
  const fresh = newFindings(report);
  const lines = [];
  if (!history.previousAudit) {
    lines.push(`**First audit with a history**: every finding starts its age today.`);
  } else if (fresh.length > 0) {
    lines.push(`**New since the last audit${since}**: ${fresh.length}`, "");
    lines.push(
      ...shortList(
        fresh,
        (f) => `${codeSpan(f.name)}${where(f.directory)}${f.severity ? ` \xB7 ${severityLabel(f.severity)}` : ""}`
      )
    );
  } else {
    lines.push(`**Nothing new since the last audit${since}.**`);
  }
  if (history.resolved.length > 0) {
    lines.push("", `**Resolved since the last audit**: ${history.resolved.length}`, "");
    lines.push(...shortList(history.resolved, resolvedLine));
  }
  return lines;
}
function pullRequestSection(report) {
  const history = report.history;
  if (!history) return [];
  const total = report.counts.drifted + report.counts.unmanaged;
  if (total === 0) return [];
  if (!history.previousAudit) {
    return [`No audit history to compare with: every finding counts as new.`];
  }
  const known = total - history.newCount;
  return [
    `**Against the last audit** (${history.previousAudit}${issueRef(report)}): ${history.newCount} new, ${known} known before this pull request.`
  ];
}
function historySection(report) {
  const history = report.history;
  if (!history) return "";
  const lines = history.kind === "audit" ? auditSection(report) : pullRequestSection(report);
  if (history.note) lines.push("", `_${history.note}._`);
  return lines.join("\n").trim();
}

// src/render/unmanaged.ts
var TAGS_SHOWN = 8;
function tagsCell(tags, limits) {
  const entries = Object.entries(tags).sort(([a], [b]) => a.localeCompare(b));
  const shown = entries.slice(0, TAGS_SHOWN).map(([key, value]) => cellCode(`${key}=${value}`, limits.valueLength));
  if (entries.length > TAGS_SHOWN) shown.push(`+${entries.length - TAGS_SHOWN} more`);
  return shown.join(" ");
}
function seenText(resource) {
  const how = resource.seenBy === "listed" ? "never tagged, found by listing" : "tagged";
  const age = historyTag(resource.history);
  return age ? `${how}; ${age}` : how;
}
function severityCell(resource) {
  const label = severityLabel(resource.severity);
  const concerns = resource.concerns ?? [];
  return concerns.length > 0 ? `${label}: ${escapeText(concerns.join("; "))}` : label;
}
function resourceRow(resource, limits) {
  return [
    cellCode(resource.id, limits.valueLength),
    cellCode(resource.type),
    cellCode(resource.region),
    severityCell(resource),
    seenText(resource),
    tagsCell(resource.tags, limits),
    resource.arn ? cellCode(resource.arn, limits.valueLength) : "(no ARN)"
  ];
}
var RESOURCE_HEADER = ["Resource", "Type", "Region", "Severity", "Seen", "Tags", "ARN"];
var renderedLines = /* @__PURE__ */ new WeakMap();
function resourceLines(section, count, limits) {
  let byLength = renderedLines.get(section);
  if (!byLength) renderedLines.set(section, byLength = /* @__PURE__ */ new Map());
  let lines = byLength.get(limits.valueLength);
  if (!lines) byLength.set(limits.valueLength, lines = []);
  for (let i = lines.length; i < count; i++) {
    lines.push(tableRow(resourceRow(section.resources[i], limits)));
  }
  return lines.length === count ? lines : lines.slice(0, count);
}
function coverageText(section) {
  return section.coverage === null ? "not known (nothing could be scanned)" : `${section.coverage}%`;
}
function summaryLine(section) {
  const regions = section.regions.map((region) => codeSpan(region)).join(", ");
  const found = section.resources.length === 0 ? `No unmanaged resources in ${regions}.` : `**${plural(section.resources.length, "resource")}** in ${regions} ${section.resources.length === 1 ? "is" : "are"} in no Terraform state.`;
  return [
    found,
    `${section.ownedByOthers.length} owned by other tools`,
    `${madeByAwsCount(section)} made by AWS`,
    `${section.ignored} ignored`
  ].join(" \xB7 ");
}
function madeByAwsCount(section) {
  return Object.values(section.madeByAws ?? {}).reduce((n, count) => n + count, 0);
}
function importDetails(resources) {
  const blocks = resources.flatMap((r) => r.importBlock ? [importBlock(r.importBlock)] : []);
  if (blocks.length === 0) return "";
  return details(
    `Import blocks for ${plural(blocks.length, "resource")}`,
    `${fenced("hcl", blocks.join("\n\n"))}

Add them to the root that should manage these resources, then run ${codeSpan(GENERATE_CONFIG_HINT)} to have Terraform write their \`resource\` blocks; review those before applying.`
  );
}
function ownedDetails(section, limits) {
  const owned = section.ownedByOthers;
  if (owned.length === 0) return "";
  const title = `${plural(owned.length, "resource")} owned by other tools (not unmanaged)`;
  if (!limits.details) return `${title}.`;
  const shown = owned.slice(0, limits.findings);
  const rows = shown.map((r) => [
    cellCode(r.id, limits.valueLength),
    cellCode(r.type),
    cellCode(r.region),
    escapeText(r.owner),
    cellCode(r.rule)
  ]);
  const more = owned.length > shown.length ? `

\u2026and ${owned.length - shown.length} more: ${limits.elsewhere}.` : "";
  return details(title, table(["Resource", "Type", "Region", "Owned by", "Rule"], rows) + more);
}
function unmanagedSection(report, limits = FULL) {
  const section = report.unmanaged;
  if (!section) return "";
  const parts = ["### Unmanaged resources"];
  if (section.skipped) {
    parts.push(`\u26A0\uFE0F Not reported: ${escapeText(section.skipped)}.`);
    return parts.join("\n\n");
  }
  parts.push(summaryLine(section));
  const shown = section.resources.slice(0, limits.findings);
  if (shown.length > 0) {
    const lines = resourceLines(section, shown.length, limits);
    parts.push(`${table(RESOURCE_HEADER, [])}
${lines.join("\n")}`);
  }
  const hidden = section.resources.length - shown.length;
  if (hidden > 0) {
    parts.push(
      `\u2026and ${plural(hidden, "more unmanaged resource")} not shown here: ${limits.elsewhere}.`
    );
  }
  if (limits.details) parts.push(importDetails(shown));
  parts.push(ownedDetails(section, limits));
  if (section.regionErrors.length > 0) {
    parts.push(
      `\u26A0\uFE0F The scan is incomplete: ${section.regionErrors.map((e) => escapeText(e.message)).join("; ")}.`
    );
  }
  parts.push(`<sub>Blind spots: ${escapeText(section.blindSpots)}</sub>`);
  return parts.filter(Boolean).join("\n\n");
}
function plain(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?");
}
function unmanagedTextLines(report, paint) {
  const section = report.unmanaged;
  if (!section) return [];
  const lines = [""];
  if (section.skipped) {
    lines.push(paint("yellow", `Unmanaged resources not reported: ${section.skipped}`));
    return lines;
  }
  const count = section.resources.length;
  lines.push(
    paint(
      count > 0 ? "red" : "green",
      `Unmanaged: ${count} in ${section.regions.join(", ")}; coverage ${coverageText(section)}; ${section.ownedByOthers.length} owned by other tools; ${madeByAwsCount(section)} made by AWS; ${section.ignored} ignored`
    )
  );
  for (const r of section.resources.slice(0, TABLE_ROWS)) {
    const tags = Object.entries(r.tags).map(([key, value]) => `${key}=${value}`).join(", ");
    lines.push(
      `  ${paint("red", "+")} ${paint("bold", plain(r.type))} ${plain(r.id)} (${r.region}, ${seenText(r)})  ${plain(r.arn ?? "")}${tags ? `  ${paint("dim", plain(tags))}` : ""}`
    );
    if (r.changedBy)
      lines.push(`      ${paint("dim", `last change: ${plain(r.changedBy.summary)}`)}`);
  }
  if (count > TABLE_ROWS) lines.push(`  \u2026and ${count - TABLE_ROWS} more: see the JSON report`);
  for (const r of section.ownedByOthers.slice(0, TABLE_ROWS)) {
    lines.push(
      `  ${paint("dim", `owned by ${plain(r.owner)}: ${plain(r.type)} ${plain(r.id)} (${r.region})`)}`
    );
  }
  const owned = section.ownedByOthers.length;
  if (owned > TABLE_ROWS) {
    lines.push(`  ${paint("dim", `\u2026and ${owned - TABLE_ROWS} more owned by other tools`)}`);
  }
  for (const fault of section.regionErrors) lines.push(`  ${paint("yellow", plain(fault.message))}`);
  return lines;
}

// src/render/sections.ts
function headline(report) {
  const { counts } = report;
  if (counts.drifted > 0) {
    const parts = [
      counts.changed > 0 ? `${counts.changed} changed` : "",
      counts.deleted > 0 ? `${counts.deleted} deleted` : ""
    ].filter(Boolean);
    const unmanaged = counts.unmanaged > 0 ? `; ${counts.unmanaged} unmanaged` : "";
    return `\u{1F534} Drift detected: ${plural(counts.drifted, "resource")} changed outside Terraform (${parts.join(", ")})${unmanaged}`;
  }
  const failed = report.directories.filter((d) => d.status === "error").length;
  if (failed > 0)
    return `\u26A0\uFE0F No drift found, but ${plural(failed, "working directory", "working directories")} could not be checked`;
  if (counts.unmanaged > 0)
    return `\u{1F7E0} No drift, but ${plural(counts.unmanaged, "resource")} in the account ${counts.unmanaged === 1 ? "is" : "are"} in no Terraform state`;
  return "\u2705 No drift: the infrastructure matches the Terraform state";
}
function tableRows(report) {
  return Math.max(
    report.counts.drifted,
    report.unmanaged?.resources.length ?? 0,
    report.unmanaged?.ownedByOthers.length ?? 0
  );
}
function countsTable(report) {
  const { counts } = report;
  return table(
    ["Drifted", "Changed", "Deleted", "Pending changes (code)", "Errors"],
    [[counts.drifted, counts.changed, counts.deleted, counts.pending, counts.errors].map(String)]
  );
}
function sideCell(line2, side, alone, limits) {
  if (side === "") return "";
  const value = cellCode(side, limits.valueLength * 2);
  return alone ? `${CHANGE_SIGNS[line2.kind]} ${value}` : value;
}
function findingRows(finding, limits) {
  const address = cellCode(finding.address);
  const age = historyTag(finding.history);
  const security = `${securityConcerns(finding).length > 0 ? " \u26A0\uFE0F" : ""}${finding.severity ? ` \xB7 ${severityLabel(finding.severity)}` : ""}${age ? ` \xB7 ${age}` : ""}`;
  if (finding.kind === "deleted")
    return [[address, `**deleted** outside Terraform${security}`, "", "", ""]];
  const lines = describeChanges(finding.type, finding.changes, { valueLength: limits.valueLength });
  const shown = lines.slice(0, limits.changesPerFinding);
  const rows = shown.map((line2, i) => {
    const alone = line2.before === "" || line2.after === "";
    return [
      i === 0 ? address : "",
      i === 0 ? `changed${security}` : "",
      cellCode(line2.path, limits.valueLength),
      sideCell(line2, line2.before, alone, limits),
      sideCell(line2, line2.after, alone, limits)
    ];
  });
  const hidden = lines.length - shown.length;
  if (hidden > 0) rows.push(["", "", `_${plural(hidden, "more attribute")}_`, "", ""]);
  return rows.length > 0 ? rows : [[address, `changed${security}`, `_${FORM_ONLY}_`, "", ""]];
}
var DRIFT_HEADER = ["Resource", "Drift", "Attribute", "Before (state)", "Now (real)"];
var renderedLines2 = /* @__PURE__ */ new WeakMap();
function findingLines(finding, limits) {
  let byLimits = renderedLines2.get(finding);
  if (!byLimits) renderedLines2.set(finding, byLimits = /* @__PURE__ */ new Map());
  const key = `${limits.valueLength}/${limits.changesPerFinding}`;
  let lines = byLimits.get(key);
  if (!lines) byLimits.set(key, lines = findingRows(finding, limits).map(tableRow));
  return lines;
}
function driftTable(findings, limits = FULL) {
  return [
    table(DRIFT_HEADER, []),
    ...findings.flatMap((finding) => findingLines(finding, limits))
  ].join("\n");
}
var securityLines = /* @__PURE__ */ new WeakMap();
function flaggedLines(report) {
  let lines = securityLines.get(report);
  if (!lines) {
    lines = report.directories.flatMap(
      (dir) => dir.drift.flatMap((finding) => {
        const reasons = securityConcerns(finding);
        return reasons.length === 0 ? [] : [
          `- ${codeSpan(finding.address)}: ${reasons.map((reason) => escapeText(reason)).join("; ")}`
        ];
      })
    );
    securityLines.set(report, lines);
  }
  return lines;
}
function securitySection(report, limits) {
  const flagged = flaggedLines(report);
  if (flagged.length === 0) return "";
  const lines = flagged.slice(0, Math.max(limits.findings, 10));
  if (flagged.length > lines.length)
    lines.push(`- \u2026and ${flagged.length - lines.length} more: ${limits.elsewhere}`);
  return [`#### \u26A0\uFE0F Security-relevant drift (${flagged.length})`, ...lines].join("\n");
}
function pendingList(dir) {
  const hidden = dir.pending.length - TABLE_ROWS;
  return dir.pending.slice(0, TABLE_ROWS).map((change) => {
    const attrs = change.attributes.length > 0 ? ` (${change.attributes.map((a) => codeSpan(a)).join(", ")})` : "";
    return `- ${change.action} ${codeSpan(change.address)}${attrs}`;
  }).concat(hidden > 0 ? [`- \u2026and ${hidden} more: see the JSON report`] : []).join("\n");
}
function directorySection(dir, limits) {
  const title = `### ${codeSpan(dir.path)}`;
  if (dir.status === "error") return `${title}

\u274C ${escapeText(dir.error ?? "failed")}`;
  const parts = [title];
  const shown = dir.drift.slice(0, limits.findings);
  const hidden = dir.drift.length - shown.length;
  const intro = `${plural(dir.drift.length, "resource")} drifted of ${dir.managedResources} managed.`;
  parts.push(
    dir.drift.length === 0 ? `No drift in ${plural(dir.managedResources, "managed resource")}.` : shown.length > 0 ? `${intro}

${driftTable(shown, limits)}` : intro
  );
  if (hidden > 0) {
    parts.push(
      `\u2026and ${plural(hidden, "more drifted resource")} not shown here: ${limits.elsewhere}.`
    );
  }
  if (!limits.details && dir.pending.length > 0) {
    parts.push(`${plural(dir.pending.length, "pending change")} the code asks for (not drift).`);
  } else if (dir.pending.length > 0) {
    parts.push(
      details(
        `${plural(dir.pending.length, "pending change")} the code asks for (not drift)`,
        pendingList(dir)
      )
    );
  }
  return parts.join("\n\n");
}
function errorsSection(report) {
  if (report.errors.length === 0) return "";
  return ["#### Errors", ...report.errors.map((e) => `- ${escapeText(errorText(e))}`)].join("\n");
}
function unmanagedCoverage(report) {
  const unmanaged = report.unmanaged;
  if (!unmanaged || unmanaged.skipped) return "";
  const seen = unmanaged.managed + unmanaged.resources.length;
  return unmanaged.coverage === null ? `; coverage of the AWS account ${coverageText(unmanaged)}` : `; ${coverageText(unmanaged)} of the resources seen in AWS are in a Terraform state (${unmanaged.managed} of ${seen})`;
}
function coverageLine(report) {
  const checked = report.directories.filter((d) => d.status === "ok");
  const managed = checked.reduce((n, d) => n + d.managedResources, 0);
  const failed = report.directories.length - checked.length;
  const parts = [
    `${plural(checked.length, "working directory", "working directories")} checked`,
    plural(managed, "managed resource")
  ];
  if (failed > 0) parts.push(`${failed} could not be checked`);
  return `**Coverage:** ${parts.join(", ")}${unmanagedCoverage(report)}.`;
}
function unmanagedCounts(report) {
  const unmanaged = report.unmanaged;
  if (!unmanaged || unmanaged.skipped) return "";
  return `**Unmanaged:** ${unmanaged.resources.length} \xB7 **Ignored:** ${unmanaged.ignored} \xB7 **Owned by others:** ${unmanaged.ownedByOthers.length} \xB7 **Made by AWS:** ${madeByAwsCount(unmanaged)}`;
}
function foldedUnmanaged(report, limits) {
  const section = unmanagedSection(report, limits);
  const found = report.unmanaged?.resources.length ?? 0;
  if (!section || found === 0) return section;
  return details(
    `${plural(found, "unmanaged resource")}, with import blocks to adopt them`,
    section
  );
}
function reportSections(report, limits, kind) {
  const shares = allocate(
    report.directories.map((d) => d.drift.length),
    limits.findings
  );
  const summary = kind === "summary";
  return [
    countsTable(report),
    historySection(report),
    openRemediationSection(report),
    changedBySection(report),
    summary ? severityLine(report) : unmanagedCounts(report),
    securitySection(report, limits),
    ...report.directories.map(
      (dir, i) => directorySection(dir, { ...limits, findings: shares[i] })
    ),
    summary ? unmanagedSection(report, limits) : foldedUnmanaged(report, limits),
    errorsSection(report),
    coverageLine(report)
  ];
}
function runLink(report) {
  return report.run.runUrl ? `[Workflow run](${report.run.runUrl})` : "";
}
function footer(report) {
  const link = runLink(report);
  return `<sub>Driftwatch ${report.tool.version} \xB7 ${report.generatedAt}${link ? ` \xB7 ${link}` : ""}</sub>`;
}
function commitLink(report) {
  const { sha, repository, runUrl } = report.run;
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return "";
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return "";
  const url = new URL(`/${repository}/commit/${sha}`, runUrl ?? "https://github.com");
  return `[${codeSpan(sha.slice(0, 7))}](${url.href})`;
}

export {
  BODY_LIMIT,
  SUMMARY_LIMIT,
  characters,
  utf8Bytes,
  fit,
  CHANGE_SIGNS,
  FORM_ONLY,
  changeLineText,
  describeChanges,
  escapeText,
  codeSpan,
  cellCode,
  fenced,
  table,
  details,
  severityLabel,
  severityLine,
  pullLink,
  historyTag,
  plain,
  unmanagedTextLines,
  headline,
  tableRows,
  countsTable,
  reportSections,
  runLink,
  footer,
  commitLink
};
//# sourceMappingURL=chunk-K43CLM6B.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AwsClients,
  EXPIRED_CREDENTIALS,
  classifyFault,
  endpointClause,
  errorName,
  failedAction
} from "./chunk-NZAG3SLV.js";
import "./chunk-XLWJYSYU.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-4VRGRBXQ.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";

// src/collect/aws/attribution.ts
import { setTimeout as sleep } from "node:timers/promises";
var GLOBAL = "global";
var ACTION = "cloudtrail:LookupEvents";
var LOOKBACK_MS = 90 * 24 * 60 * 60 * 1e3;
var PER_SECOND = 2;
var SPACING_MS = 1e3 / PER_SECOND;
var PAGE_SIZE = 50;
var MAX_PAGES_PER_NAME = 4;
var REGION_WIDE = /* @__PURE__ */ new Set([
  "denied",
  "rejected",
  "expired",
  "foreign",
  "unsupported",
  "throttled",
  "unreachable",
  "failing"
]);
function recordOf(event) {
  try {
    const parsed = JSON.parse(event.CloudTrailEvent ?? "{}");
    return typeof parsed === "object" && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}
function isSuccessfulWrite(event, record) {
  const write = record.readOnly === void 0 ? event.ReadOnly === "false" : !record.readOnly;
  return write && !record.errorCode;
}
function lastSegment(arn) {
  return arn?.slice(arn.lastIndexOf("/") + 1) || void 0;
}
function assumedRole(arn) {
  const match = /:assumed-role\/([^/]+)\/(.+)$/.exec(arn ?? "");
  return match ? { role: match[1], session: match[2] } : {};
}
function identityOf(event, record) {
  const identity = record.userIdentity ?? {};
  const fallback = identity.userName ?? lastSegment(identity.arn) ?? event.Username ?? "unknown";
  switch (identity.type) {
    case "AssumedRole": {
      const { role, session } = assumedRole(identity.arn);
      const issuer = identity.sessionContext?.sessionIssuer;
      const who = issuer?.userName ?? role ?? lastSegment(issuer?.arn) ?? fallback;
      return { who, whoKind: "role", ...session ? { session } : {} };
    }
    case "Root":
      return { who: "root", whoKind: "root" };
    case "AWSService":
      return { who: identity.invokedBy ?? fallback, whoKind: "service" };
    default:
      return { who: fallback, whoKind: "user" };
  }
}
var CONSOLE_AGENT = /\b(console\.[\w.-]*amazonaws\.com|signin\.amazonaws\.com)\b/;
function fromConsole(record, whoKind) {
  if (record.sessionCredentialFromConsole === "true") return true;
  const agent = record.userAgent ?? "";
  return CONSOLE_AGENT.test(agent) || agent === "AWS Internal" && whoKind !== "service";
}
function isoTime(text, fallback) {
  const time = text ? new Date(text) : fallback;
  return time && !Number.isNaN(time.getTime()) ? time.toISOString() : void 0;
}
function attributionOf(event) {
  const record = recordOf(event);
  if (!isSuccessfulWrite(event, record)) return void 0;
  const when = isoTime(record.eventTime, event.EventTime);
  if (!when) return void 0;
  const identity = identityOf(event, record);
  return {
    ...identity,
    when,
    action: record.eventName ?? event.EventName ?? "unknown call",
    console: fromConsole(record, identity.whoKind),
    source: record.eventSource ?? event.EventSource ?? ""
  };
}
function newestWrite(events) {
  let newest;
  for (const event of events ?? []) {
    const found = attributionOf(event);
    if (found && (!newest || found.when > newest.when)) newest = found;
  }
  return newest;
}
function minuteUtc(iso) {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
function actor(a) {
  const notes = [...a.session ? [`session ${a.session}`] : [], ...a.console ? ["console"] : []];
  const noted = notes.length > 0 ? ` (${notes.join(", ")})` : "";
  switch (a.whoKind) {
    case "role":
      return `role ${a.who}${noted}`;
    case "service":
      return `service ${a.who}${noted}`;
    case "root":
      return `the root user${noted}`;
    default:
      return `${a.who}${noted}`;
  }
}
function describeAttribution(a) {
  return `${a.action} by ${actor(a)} on ${minuteUtc(a.when)}`;
}
var BudgetSpent = class extends Error {
  name = "BudgetSpent";
};
var RegionPace = class {
  constructor(deadline, signal) {
    this.deadline = deadline;
    this.signal = signal;
  }
  deadline;
  signal;
  lastStart = -Infinity;
  /** When the last PER_SECOND requests ended, oldest first. */
  ends = [];
  async start() {
    const window = this.ends.length < PER_SECOND ? -Infinity : this.ends[0] + 1e3;
    const at = Math.max(Date.now(), this.lastStart + SPACING_MS, window);
    if (at >= this.deadline) throw new BudgetSpent("out of time");
    this.lastStart = at;
    while (Date.now() < at) await sleep(at - Date.now(), void 0, { signal: this.signal });
  }
  end() {
    this.ends = [...this.ends, Date.now()].slice(-PER_SECOND);
  }
};
function pacing(pace) {
  return (next) => async (args) => {
    await pace.start();
    try {
      return await next(args);
    } finally {
      pace.end();
    }
  };
}
var SpareCalls = class {
  constructor(left) {
    this.left = left;
  }
  left;
  take() {
    if (this.left <= 0) return false;
    this.left--;
    return true;
  }
};
function regionLookup(run, region) {
  const pace = new RegionPace(run.deadline, run.signal);
  return async (name, since, token) => {
    const { sdk, client } = await run.clients.get("cloudtrail", region);
    const command = new sdk.LookupEventsCommand({
      LookupAttributes: [{ AttributeKey: "ResourceName", AttributeValue: name }],
      StartTime: since,
      EndTime: run.end,
      MaxResults: PAGE_SIZE,
      ...token ? { NextToken: token } : {}
    });
    const stack = command.middlewareStack;
    stack.add(pacing(pace), { step: "finalizeRequest", priority: "low", name: "driftwatchPace" });
    return client.send(command, { abortSignal: run.signal });
  };
}
function mayCall(run, first) {
  return first || run.spare.take();
}
async function lookUpSubject(run, lookup, subject) {
  let found;
  let first = true;
  for (const name of new Set(subject.names)) {
    let token;
    for (let page = 0; page < MAX_PAGES_PER_NAME; page++) {
      if (!mayCall(run, first)) return { found, complete: false };
      first = false;
      const since = found ? new Date(found.when) : run.start;
      const answer = await lookup(name, since, token).catch((error) => {
        if (isBudgetEnd(error, run)) return void 0;
        throw error;
      });
      if (!answer) return { found, complete: false };
      const newest = newestWrite(answer.Events);
      if (newest && (!found || newest.when > found.when)) found = newest;
      token = answer.NextToken;
      if (newest || !token) break;
    }
  }
  return { found, complete: true };
}
function isBudgetEnd(error, run) {
  return error instanceof BudgetSpent || run.signal.aborted && errorName(error) === "AbortError";
}
var EXPLAINED = /* @__PURE__ */ new Set(["denied", "rejected", "expired", "foreign", "unsupported"]);
async function lookUpRegion(run, region, subjects) {
  const lookup = regionLookup(run, region);
  for (const [index, subject] of subjects.entries()) {
    try {
      const { found, complete } = await lookUpSubject(run, lookup, subject);
      if (found) run.attributions.set(subject.key, found);
      else if (!complete) run.notLookedUp.add(subject.key);
    } catch (error) {
      run.faults.push({ region, error });
      const kind = classifyFault(error).kind;
      const unasked = REGION_WIDE.has(kind) ? subjects.slice(index) : [subject];
      if (!EXPLAINED.has(kind)) for (const left of unasked) run.notLookedUp.add(left.key);
      if (REGION_WIDE.has(kind)) return;
    }
  }
}
function regionList(regions) {
  return [...new Set(regions)].sort().join(", ");
}
var WITHOUT = "findings are shown without attribution";
var LEFT_OUT = "the findings left are listed as not looked up";
function faultClause(kind, faults, allDenied) {
  const first = classifyFault(faults[0].error);
  const { name, detail, tries } = first;
  const action = failedAction(faults[0].error) ?? ACTION;
  const where = regionList(faults.map((fault) => fault.region));
  switch (kind) {
    case "foreign":
    case "unsupported":
      return `${endpointClause(first, `${action} in ${where}`)}; ${WITHOUT}`;
    case "denied":
      return `access denied to ${action}${allDenied ? "" : ` in ${where}`}: grant it to see who changed each finding; ${WITHOUT}${allDenied ? "" : " there"}`;
    case "rejected":
      return `${action} in ${where} rejected the credentials (${detail}): check the region is enabled for this account; ${WITHOUT} there`;
    case "expired":
      return `${action}: ${EXPIRED_CREDENTIALS}; ${WITHOUT}`;
    case "throttled":
      return `${action} in ${where} kept throttling${tries}: ${LEFT_OUT}`;
    case "unreachable":
      return `${action} in ${where} could not reach AWS (${detail}): ${LEFT_OUT}`;
    case "failing":
      return `${action} in ${where} kept failing${tries} (${name}: ${detail}): ${LEFT_OUT}`;
    default:
      return `${action} in ${where} failed (${name}: ${detail}): those findings are listed as not looked up`;
  }
}
var CLAUSE_ORDER = [
  "denied",
  "expired",
  "rejected",
  "foreign",
  "unsupported",
  "throttled",
  "unreachable",
  "failing",
  "token-expired",
  "other"
];
function warningOf(faults, regions) {
  if (faults.length === 0) return void 0;
  const byKind = /* @__PURE__ */ new Map();
  for (const fault of faults) {
    const kind = classifyFault(fault.error).kind;
    byKind.set(kind, [...byKind.get(kind) ?? [], fault]);
  }
  const denied = new Set((byKind.get("denied") ?? []).map((fault) => fault.region));
  const allDenied = regions.every((region) => denied.has(region));
  return CLAUSE_ORDER.filter((kind) => byKind.has(kind)).map((kind) => faultClause(kind, byKind.get(kind) ?? [], allDenied)).join("; ");
}
function bySeverity(subjects) {
  return [...subjects].sort((a, b) => b.severity - a.severity);
}
function groupByRegion(subjects, globalRegion) {
  const regions = /* @__PURE__ */ new Map();
  for (const subject of subjects) {
    const region = subject.region === GLOBAL ? globalRegion : subject.region;
    regions.set(region, [...regions.get(region) ?? [], subject]);
  }
  return regions;
}
async function lookUpAttributions(subjects, options) {
  const askable = bySeverity(subjects.filter((subject) => subject.names.length > 0));
  const calls = Math.max(0, Math.floor(options.budget.calls));
  const admitted = askable.slice(0, calls);
  const end = options.now ?? /* @__PURE__ */ new Date();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), Math.max(0, options.budget.ms));
  timer.unref();
  const run = {
    clients: options.clients ?? new AwsClients(options.credentials),
    spare: new SpareCalls(calls - admitted.length),
    signal: abort.signal,
    deadline: Date.now() + options.budget.ms,
    start: new Date(end.getTime() - LOOKBACK_MS),
    end,
    attributions: /* @__PURE__ */ new Map(),
    notLookedUp: /* @__PURE__ */ new Set(),
    faults: []
  };
  const regions = groupByRegion(admitted, options.globalRegion ?? "us-east-1");
  try {
    await Promise.all([...regions].map(([region, list]) => lookUpRegion(run, region, list)));
  } finally {
    clearTimeout(timer);
    if (!options.clients) await run.clients.destroy();
  }
  const skipped = /* @__PURE__ */ new Set([...run.notLookedUp, ...askable.slice(calls).map((s) => s.key)]);
  const warning = warningOf(run.faults, [...regions.keys()]);
  return {
    attributions: run.attributions,
    notLookedUp: askable.map((subject) => subject.key).filter((key) => skipped.has(key)),
    ...warning ? { warning } : {}
  };
}
export {
  GLOBAL,
  attributionOf,
  describeAttribution,
  lookUpAttributions
};
//# sourceMappingURL=attribution-UVP53VE7.js.map

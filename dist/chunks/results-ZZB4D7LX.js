import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  DIGITS,
  STATE_FORMAT,
  STATE_MARKER_END,
  STATE_MARKER_START,
  decodeState,
  digestMarker,
  findClosed,
  findOpen,
  findStateComments,
  indexWidth,
  marker,
  reportKey,
  severityDigit
} from "./chunk-TSRS4VHP.js";
import {
  createClient,
  githubFault,
  statusOf
} from "./chunk-MYSML5RH.js";
import {
  publishTargets,
  readEventContext
} from "./chunk-XWYP7US7.js";
import {
  BODY_LIMIT,
  FORM_ONLY,
  changeLineText,
  characters,
  commitLink,
  countsTable,
  describeChanges,
  fit,
  footer,
  headline,
  reportSections,
  runLink,
  severityLabel,
  tableRows
} from "./chunk-K43CLM6B.js";
import "./chunk-BWOIZBIC.js";
import {
  MAX_RESOLVED
} from "./chunk-L3EXT3UP.js";
import {
  dayNumber,
  directoryLabel
} from "./chunk-AEWH75CH.js";
import {
  securityConcerns,
  severityRank
} from "./chunk-DTM4YSV2.js";
import "./chunk-WBAT22HC.js";
import "./chunk-XLWJYSYU.js";
import "./chunk-UEO5CBCT.js";
import {
  clip,
  compareCodeUnits,
  messageOf,
  plural
} from "./chunk-FFYNXMZ5.js";
import {
  debug,
  error,
  info,
  warning
} from "./chunk-TREQ3TT5.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";

// src/publish/annotations.ts
var WORKFLOW_COMMAND_LIMIT = 10;
function emitAnnotations(annotations) {
  let emitted = 0;
  let overflow = false;
  for (const level of ["error", "warning"]) {
    const ofLevel = annotations.filter((a) => a.level === level);
    if (ofLevel.length > WORKFLOW_COMMAND_LIMIT) overflow = true;
    for (const a of ofLevel.slice(0, WORKFLOW_COMMAND_LIMIT)) {
      const properties = {
        title: a.title,
        ...a.file ? { file: a.file } : {},
        ...a.line ? { startLine: a.line } : {}
      };
      if (level === "error") error(a.message, properties);
      else warning(a.message, properties);
      emitted++;
    }
  }
  return { emitted, overflow };
}

// src/publish/github/checks.ts
var ANNOTATIONS_PER_REQUEST = 50;
function toCheckAnnotations(annotations) {
  return annotations.flatMap(
    (a) => a.file && a.line ? [
      {
        path: a.file,
        start_line: a.line,
        end_line: a.line,
        annotation_level: a.level === "error" ? "failure" : "warning",
        title: a.title,
        message: a.message
      }
    ] : []
  );
}
async function publishCheckRun(client, target, text, annotations) {
  const all = toCheckAnnotations(annotations);
  const batches = [];
  for (let i = 0; i < all.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(all.slice(i, i + ANNOTATIONS_PER_REQUEST));
  if (batches.length === 0) batches.push([]);
  const output = (batch) => ({
    title: text.title,
    summary: text.summary,
    annotations: batch
  });
  const finished = { status: "completed", conclusion: text.conclusion };
  const only = batches.length === 1;
  const { data } = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: text.name,
    head_sha: target.headSha,
    ...only ? finished : { status: "in_progress" },
    output: output(batches[0])
  });
  try {
    for (let i = 1; i < batches.length; i++) {
      const last = i === batches.length - 1;
      await client.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: data.id,
        ...last ? finished : {},
        output: output(batches[i])
      });
    }
  } catch (error2) {
    await client.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: data.id,
      ...finished,
      output: { title: text.title, summary: text.summary }
    }).catch(() => void 0);
    throw error2;
  }
  return {
    id: data.id,
    url: data.html_url ?? "",
    annotations: all.length,
    requests: batches.length
  };
}

// src/publish/github/comment.ts
var DIGEST = /<!-- driftwatch:digest:([0-9a-f]+) -->/;
function sameContent(existing, wanted) {
  const a = DIGEST.exec(existing)?.[1];
  const b = DIGEST.exec(wanted)?.[1];
  return a !== void 0 && b !== void 0 ? a === b : existing === wanted;
}
async function deleteComment(client, target, id) {
  try {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id
    });
  } catch (error2) {
    if (statusOf(error2) !== 404) throw error2;
  }
}
async function ourComments(client, target, marker2) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  return comments.filter((comment) => comment.body?.includes(marker2));
}
async function keepOldest(client, target, marker2, created) {
  const [kept] = await ourComments(client, target, marker2);
  if (!kept || kept.id >= created.id) return created;
  await deleteComment(client, target, created.id);
  return { action: "unchanged", id: kept.id, url: kept.html_url };
}
async function upsertComment(client, target, marker2, body) {
  const { owner, repo, issueNumber } = target;
  const [existing] = await ourComments(client, target, marker2);
  if (!existing) {
    const { data: data2 } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body
    });
    const created = { action: "created", id: data2.id, url: data2.html_url };
    return keepOldest(client, target, marker2, created);
  }
  if (sameContent(existing.body ?? "", body)) {
    return { action: "unchanged", id: existing.id, url: existing.html_url };
  }
  const { data } = await client.rest.issues.updateComment({
    owner,
    repo,
    comment_id: existing.id,
    body
  });
  return { action: "updated", id: data.id, url: data.html_url };
}

// src/history/encode.ts
import { brotliCompressSync, constants } from "node:zlib";
function frontCode(keys) {
  const p = [];
  const k = [];
  let previous = "";
  for (const key of keys) {
    let shared = 0;
    const most2 = Math.min(previous.length, key.length);
    while (shared < most2 && previous.charCodeAt(shared) === key.charCodeAt(shared)) shared++;
    p.push(shared);
    k.push(key.slice(shared));
    previous = key;
  }
  return { p, k };
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
  const order = [...tally.entries()].sort(
    ([a, x], [b, y]) => y.count - x.count || compareCodeUnits(a, b)
  );
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
  const keys = Object.keys(state.findings).sort(compareCodeUnits);
  const rows = keys.map((key) => state.findings[key]);
  return {
    n: state.audits,
    d: state.lastAudit,
    ...frontCode(keys),
    ...historyTable(rows.map((h) => [age(h.first), age(h.last), h.audits])),
    s: rows.map((h) => severityDigit(h.severity)).join(""),
    r: {
      ...frontCode(state.resolved.map((r) => r.key)),
      f: state.resolved.map((r) => age(r.first)),
      o: state.resolved.map((r) => age(r.resolvedOn)),
      a: state.resolved.map((r) => state.audits - r.audit)
    },
    ...state.truncated ? { x: state.truncated } : {}
  };
}
var STATE_LIMIT = 6e4;
function compress(json, quality) {
  const bytes = Buffer.from(json, "utf8");
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
    }
  });
}
var BEST = constants.BROTLI_MAX_QUALITY;
var FAST = 5;
function markerText(state, quality = BEST) {
  const payload = compress(JSON.stringify(toWire(state)), quality).toString("base64");
  return `${STATE_MARKER_START}v${STATE_FORMAT}:${payload}${STATE_MARKER_END}`;
}
function largest(max, fits) {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
function most(max, limit, candidate, atMax = markerText(candidate(max))) {
  const ratio = atMax.length / markerText(candidate(max), FAST).length;
  let n = largest(max, (k) => markerText(candidate(k), FAST).length * ratio <= limit);
  let text = markerText(candidate(n));
  while (text.length > limit && n > 0) {
    n = Math.floor(n * 0.98);
    text = markerText(candidate(n));
  }
  return { n, text };
}
function keepOrder(state) {
  const rank = (key) => {
    const severity = state.findings[key].severity;
    return severity ? severityRank(severity) : -1;
  };
  return Object.keys(state.findings).sort(
    (a, b) => rank(b) - rank(a) || compareCodeUnits(state.findings[a].first, state.findings[b].first) || compareCodeUnits(a, b)
  );
}
function withResolved(state, n) {
  return { ...state, resolved: state.resolved.slice(0, n) };
}
function withFindings(state, order, n) {
  const findings = Object.fromEntries(order.slice(0, n).map((key) => [key, state.findings[key]]));
  const dropped = order.length - n;
  return { ...state, findings, resolved: [], ...dropped ? { truncated: dropped } : {} };
}
function fitState(state, limit = STATE_LIMIT) {
  const whole = markerText(state);
  if (whole.length <= limit) return { text: whole, stored: state, droppedResolved: 0 };
  const bare = markerText(withResolved(state, 0));
  if (bare.length <= limit) {
    const { n: n2, text: text2 } = most(state.resolved.length, limit, (k) => withResolved(state, k), whole);
    return { text: text2, stored: withResolved(state, n2), droppedResolved: state.resolved.length - n2 };
  }
  const order = keepOrder(state);
  const { n, text } = most(order.length, limit, (k) => withFindings(state, order, k), bare);
  return {
    text,
    stored: withFindings(state, order, n),
    droppedResolved: state.resolved.length
  };
}
function encodeState(state) {
  return fitState(state).text;
}
function stateComment(state) {
  return [
    `_Driftwatch keeps this audit's history here (${state.audits === 1 ? "1 audit" : `${state.audits} audits`}, the last on ${state.lastAudit}): when each finding was first seen and what was resolved. Editing or deleting this comment starts the history afresh._`,
    "",
    encodeState(state)
  ].join("\n");
}

// src/history/merge.ts
function earlier(a, b) {
  return compareCodeUnits(a, b) <= 0 ? a : b;
}
function later(a, b) {
  return compareCodeUnits(a, b) >= 0 ? a : b;
}
function higher(a, b) {
  if (!a || !b) return a ?? b;
  return severityRank(a) >= severityRank(b) ? a : b;
}
function joinFinding(a, b) {
  const severity = higher(a.severity, b.severity);
  return {
    first: earlier(a.first, b.first),
    last: later(a.last, b.last),
    audits: Math.max(a.audits, b.audits),
    ...severity ? { severity } : {}
  };
}
function resolvedLater(resolution, finding, holder) {
  return resolution.audit > holder.audits && compareCodeUnits(resolution.resolvedOn, finding.last) >= 0;
}
function joinResolutions(a, b) {
  if (a.audit !== b.audit) return a.audit > b.audit ? a : b;
  return {
    key: a.key,
    first: earlier(a.first, b.first),
    resolvedOn: later(a.resolvedOn, b.resolvedOn),
    audit: a.audit
  };
}
function byAuditThenKey(x, y) {
  return y.audit - x.audit || compareCodeUnits(x.key, y.key);
}
function mergeStates(a, b) {
  const resolutions = /* @__PURE__ */ new Map();
  for (const entry of [...a.resolved, ...b.resolved]) {
    const had = resolutions.get(entry.key);
    resolutions.set(entry.key, had ? joinResolutions(had, entry) : entry);
  }
  const findings = {};
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(a.findings), ...Object.keys(b.findings)])];
  for (const key of keys.sort(compareCodeUnits)) {
    const inA = Object.hasOwn(a.findings, key) ? a.findings[key] : void 0;
    const inB = Object.hasOwn(b.findings, key) ? b.findings[key] : void 0;
    const joined = inA && inB ? joinFinding(inA, inB) : inA ?? inB;
    if (!joined) continue;
    const resolution = resolutions.get(key);
    const holder = inA && inB ? void 0 : inA ? a : b;
    if (resolution && holder && resolvedLater(resolution, joined, holder)) continue;
    findings[key] = joined;
    resolutions.delete(key);
  }
  const truncated = Math.max(a.truncated ?? 0, b.truncated ?? 0);
  return {
    version: 1,
    audits: Math.max(a.audits, b.audits),
    lastAudit: later(a.lastAudit, b.lastAudit),
    findings,
    resolved: [...resolutions.values()].sort(byAuditThenKey).slice(0, MAX_RESOLVED),
    ...truncated > 0 ? { truncated } : {}
  };
}

// src/publish/github/issue.ts
var StateNotWritten = class extends Error {
  constructor(issue, cause) {
    super(messageOf(cause), { cause });
    this.issue = issue;
    this.status = statusOf(cause);
  }
  issue;
  status;
};
var LABEL_COLOUR = "d93f0b";
async function ensureLabel(client, target) {
  try {
    await client.rest.issues.getLabel({
      owner: target.owner,
      repo: target.repo,
      name: target.label
    });
    return;
  } catch (error2) {
    if (statusOf(error2) !== 404) throw error2;
  }
  try {
    await client.rest.issues.createLabel({
      owner: target.owner,
      repo: target.repo,
      name: target.label,
      color: LABEL_COLOUR,
      description: "Infrastructure drift found by Driftwatch"
    });
  } catch (error2) {
    if (statusOf(error2) !== 422) throw error2;
  }
}
async function syncIssueOnly(client, target, marker2, state, texts) {
  const { owner, repo } = target;
  const open = await findOpen(client, target, marker2);
  if (state === "clean") {
    if (!open) return { action: "none" };
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: open.number,
      // The description keeps the drift this issue was about; the comment says it is resolved.
      state: "closed",
      state_reason: "completed"
    });
    await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: open.number,
      body: texts.resolved
    });
    return { action: "closed", number: open.number, url: open.html_url };
  }
  if (open) {
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: open.number,
      title: texts.title,
      body: texts.body
    });
    return { action: "updated", number: open.number, url: open.html_url };
  }
  if (state === "incomplete") return { action: "none" };
  const closed = await findClosed(client, target, marker2);
  if (closed) {
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: closed.number,
      title: texts.title,
      body: texts.body,
      state: "open"
    });
    await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: closed.number,
      body: texts.returned
    });
    return { action: "reopened", number: closed.number, url: closed.html_url };
  }
  await ensureLabel(client, target);
  const { data } = await client.rest.issues.create({
    owner,
    repo,
    title: texts.title,
    body: texts.body,
    labels: [target.label]
  });
  return { action: "created", number: data.number, url: data.html_url };
}
function joinedState(comments) {
  const states = comments.map((comment) => decodeState(comment.body).state).filter((state) => state !== void 0);
  return states.length > 0 ? states.reduce(mergeStates) : void 0;
}
var RECONCILE_ROUNDS = 3;
async function reconcileStateComments(client, target, issueNumber, written) {
  const mine = decodeState(written).state;
  for (let round = 0; round < RECONCILE_ROUNDS; round++) {
    const comments = await findStateComments(client, target, issueNumber);
    const [kept, ...extra] = comments;
    if (!kept) return;
    if (extra.length === 0 && kept.body === written) return;
    const theirs = joinedState(comments);
    const joinMine = mine && (!theirs || theirs.audits <= mine.audits);
    const joined = joinMine && theirs ? mergeStates(theirs, mine) : theirs ?? mine;
    if (!joined) return;
    const body = stateComment(joined);
    if (extra.length === 0 && body === kept.body) return;
    if (body !== kept.body) {
      await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: kept.id,
        body
      });
    }
    for (const comment of extra) await deleteComment(client, target, comment.id);
  }
}
async function upsertStateComment(client, target, issue, texts) {
  const { owner, repo } = target;
  const comments = issue.action === "created" ? [] : await findStateComments(client, target, issue.number);
  const fresher = joinedState(comments);
  const body = fresher && texts.restate ? texts.restate(fresher) : texts.state;
  const [existing] = comments;
  let action;
  if (!existing) {
    await client.rest.issues.createComment({ owner, repo, issue_number: issue.number, body });
    action = "created";
  } else if (existing.body === body && comments.length === 1) {
    return "unchanged";
  } else {
    if (existing.body !== body)
      await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    action = "updated";
  }
  await reconcileStateComments(client, target, issue.number, body);
  return action;
}
async function reconcileIssues(client, target, marker2, synced, texts) {
  const kept = await findOpen(client, target, marker2);
  if (!kept || kept.number >= synced.number) return synced;
  const { owner, repo } = target;
  await client.rest.issues.update({
    owner,
    repo,
    issue_number: synced.number,
    state: "closed",
    state_reason: "not_planned"
  });
  if (texts.duplicate) {
    await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: synced.number,
      body: texts.duplicate(kept.number)
    });
  }
  return { action: "updated", number: kept.number, url: kept.html_url };
}
async function syncIssue(client, target, marker2, state, texts) {
  const synced = await syncIssueOnly(client, target, marker2, state, texts);
  if (synced.action === "none") return synced;
  const result = synced.action === "created" || synced.action === "reopened" ? await reconcileIssues(client, target, marker2, synced, texts) : synced;
  if (texts.state === void 0) return result;
  const withState = { ...texts, state: texts.state };
  try {
    return { ...result, state: await upsertStateComment(client, target, result, withState) };
  } catch (error2) {
    throw new StateNotWritten(result, error2);
  }
}

// src/publish/github/publish.ts
function describeFailure(what, permission, error2, context) {
  const fault = githubFault(error2);
  if (fault.kind === "foreign") {
    return `Driftwatch could not ${what}: the answer was ${fault.detail}, not GitHub's API (a proxy in between, or an outage page). The findings are in the job summary, the step outputs and the report file.`;
  }
  const status = statusOf(error2);
  const detail = messageOf(error2).split("\n")[0].replace(/ - https:\/\/docs\.github\.com\S*$/, "");
  if ((status === 403 || status === 404) && !/rate limit/i.test(detail)) {
    const fork = context.fromFork ? " Pull requests from forks get a read-only token, so there the job summary is the report." : "";
    return `Driftwatch could not ${what}: the token lacks the \`${permission}\` permission (HTTP ${status}: ${detail}). Add \`permissions: ${permission}\` to the job.${fork} The findings are in the job summary and the report file.`;
  }
  if (status === 401) {
    return `Driftwatch could not ${what}: GitHub rejected the token (HTTP 401). Check the github-token input.`;
  }
  return `Driftwatch could not ${what} (${status ? `HTTP ${status}: ` : ""}${detail}), even after retrying. The findings are in the job summary, the step outputs and the report file.`;
}
async function publishToGitHub(rendered, inputs, context, log, makeClient = (token) => createClient(token, log)) {
  const wanted = wantedTargets(rendered, inputs.publish, context);
  if (!wanted.comment && !wanted.issue && !wanted.checkRun) return;
  const session = openSession(context, inputs.githubToken, log, makeClient);
  if (!session) return;
  if (wanted.comment) await publishComment(session, rendered.comment);
  if (wanted.issue) await publishIssues(session, rendered.issues, inputs.issueLabel);
  if (wanted.checkRun) await publishAllAnnotations(session, rendered);
}
function wantedTargets(rendered, publish, context) {
  const targets = publishTargets(publish, context?.eventName ?? "");
  return { ...targets, checkRun: rendered.annotationOverflow };
}
function openSession(context, token, log, makeClient) {
  if (!context) {
    log.info("Not running in a GitHub repository (GITHUB_REPOSITORY unset): nothing to publish.");
    return void 0;
  }
  if (!token) {
    log.warning(
      "The github-token input is empty: no pull request comment, audit issue or check run. The findings are in the job summary."
    );
    return void 0;
  }
  return { client: makeClient(token), context, log };
}
async function attempt(session, what, permission, action) {
  try {
    await action();
  } catch (error2) {
    warn(session, what, permission, error2);
  }
}
function warn(session, what, permission, error2) {
  session.log.warning(describeFailure(what, permission, error2, session.context));
}
async function publishComment(session, comment) {
  const { client, context, log } = session;
  const number = context.pullNumber;
  if (number === void 0) {
    log.info(
      `publish asks for a pull request comment, but the ${context.eventName} event has no pull request.`
    );
    return;
  }
  const { owner, repo } = context;
  await attempt(session, `comment on pull request #${number}`, "pull-requests: write", async () => {
    const result = await upsertComment(
      client,
      { owner, repo, issueNumber: number },
      comment.marker,
      comment.body
    );
    log.info(`Pull request comment ${result.action}: ${result.url}`);
  });
}
async function publishIssues(session, issues, label) {
  for (const issue of issues) await publishIssue(session, issue, label);
}
function describeIssue(result, title) {
  if (result.action === "none") return `Audit issue "${title}": nothing to open or close.`;
  const history = result.state ? ` (history comment ${result.state})` : "";
  return `Audit issue #${result.number} ${result.action}: ${result.url}${history}`;
}
async function publishIssue(session, issue, label) {
  const { client, context, log } = session;
  const { owner, repo } = context;
  const named = `the audit issue "${issue.texts.title}"`;
  await attempt(session, `update ${named}`, "issues: write", async () => {
    try {
      const result = await syncIssue(
        client,
        { owner, repo, label },
        issue.marker,
        issue.state,
        issue.texts
      );
      log.info(describeIssue(result, issue.texts.title));
    } catch (error2) {
      if (!(error2 instanceof StateNotWritten)) throw error2;
      log.info(describeIssue(error2.issue, issue.texts.title));
      warn(session, `save the history of ${named} (#${error2.issue.number})`, "issues: write", error2);
    }
  });
}
async function publishAllAnnotations(session, rendered) {
  const { client, context, log } = session;
  const headSha = context.headSha;
  if (!headSha) {
    log.info(
      "No commit SHA (GITHUB_SHA unset): the annotations beyond the first ten are only in the job summary."
    );
    return;
  }
  const { owner, repo } = context;
  await attempt(
    session,
    `publish all ${rendered.annotations.length} annotations as a check run`,
    "checks: write",
    async () => {
      const result = await publishCheckRun(
        client,
        { owner, repo, headSha },
        rendered.check,
        rendered.annotations
      );
      log.info(
        `Check run with ${result.annotations} annotations in ${result.requests} request(s): ${result.url}`
      );
    }
  );
}

// src/render/annotations.ts
var TITLE_MAX = 255;
var VALUE_MAX = 120;
var LINE_MAX = 3 * VALUE_MAX;
var CHANGES_MAX = 20;
function message(finding, concerns, dir) {
  const lines = [];
  if (concerns.length > 0) lines.push(`Security relevant: ${concerns.join("; ")}.`);
  if (finding.kind === "deleted") {
    lines.push("Deleted outside Terraform: the next apply would create it again.");
  } else {
    lines.push("Changed outside Terraform (state \u2192 real):");
    const changes = describeChanges(finding.type, finding.changes, { valueLength: VALUE_MAX });
    for (const line of changes.slice(0, CHANGES_MAX))
      lines.push(`  ${clip(changeLineText(line), LINE_MAX, { flatten: true })}`);
    if (changes.length === 0) lines.push(`  ${FORM_ONLY}`);
    const hidden = changes.length - CHANGES_MAX;
    if (hidden > 0) lines.push(`  \u2026and ${hidden} more attributes (see the job summary)`);
  }
  lines.push(`Working directory: ${dir}`);
  return lines.join("\n");
}
function renderAnnotations(report) {
  return report.directories.flatMap(
    (dir) => dir.drift.map((finding) => {
      const concerns = securityConcerns(finding);
      const what = finding.kind === "deleted" ? "deleted" : "changed";
      return {
        level: concerns.length > 0 ? "error" : "warning",
        title: clip(`Drift: ${finding.address} ${what} outside Terraform`, TITLE_MAX, {
          flatten: true
        }),
        message: message(finding, concerns, dir.path),
        ...finding.location ? { file: finding.location.file, line: finding.location.line } : {}
      };
    })
  );
}
function renderCheckRun(report, annotations) {
  const errors = annotations.filter((a) => a.level === "error").length;
  const warnings = annotations.length - errors;
  return {
    title: clip(
      `${plural(report.counts.drifted, "drifted resource")} (${errors} security-relevant, ${warnings} other)`,
      TITLE_MAX,
      { flatten: true }
    ),
    summary: [
      `### ${headline(report)}`,
      countsTable(report),
      "Each drifted resource is annotated at its `resource` block; the job summary has the full report."
    ].join("\n\n")
  };
}

// src/render/comment.ts
var COMMENT_ELSEWHERE = "see the job summary or the report artifact";
function commentHeading(report) {
  const commit = commitLink(report);
  const heading = `## Driftwatch: ${headline(report)}`;
  return commit ? `${heading}

Terraform code at commit ${commit}.` : heading;
}
function commentBody(report, limits) {
  const content = [commentHeading(report), ...reportSections(report, limits, "thread")].filter(Boolean).join("\n\n");
  return [marker("comment", reportKey(report)), digestMarker(content), content, footer(report)].join("\n\n").concat("\n");
}
function fitBody(report, kind, heading, body) {
  return fit(body, {
    limit: BODY_LIMIT,
    measure: characters,
    totalFindings: tableRows(report),
    elsewhere: COMMENT_ELSEWHERE,
    fallback: () => [
      marker(kind, reportKey(report)),
      heading,
      countsTable(report),
      `The details do not fit in ${kind === "comment" ? "a comment" : "an issue"}: ${COMMENT_ELSEWHERE}.`,
      footer(report)
    ].join("\n\n")
  });
}
function renderComment(report) {
  return fitBody(report, "comment", commentHeading(report), (limits) => commentBody(report, limits));
}

// src/render/issue.ts
function directoryName(path) {
  const relative = directoryLabel(path);
  return relative === "." ? "the root module" : relative;
}
function directoriesLabel(report) {
  const names = [...new Set(report.directories.map((d) => directoryName(d.path)))];
  const shown = names.slice(0, 3).join(", ");
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}
function issueTitle(report) {
  const title = report.directories.length === 0 ? `Driftwatch: unmanaged resources in ${(report.unmanaged?.regions ?? []).join(", ") || "the account"}` : `Driftwatch: drift in ${directoriesLabel(report)}`;
  return clip(title, 200);
}
function preamble(report) {
  return `This issue is kept up to date by Driftwatch: each audit rewrites this description, and the first audit that finds no drift closes it. Last audit: ${report.generatedAt}` + (report.run.runUrl ? ` (${runLink(report)}).` : ".");
}
function issueBody(report, limits) {
  return [
    marker("issue", reportKey(report)),
    `## ${headline(report)}`,
    preamble(report),
    ...reportSections(report, limits, "thread"),
    footer(report)
  ].filter(Boolean).join("\n\n").concat("\n");
}
function renderIssue(report) {
  const body = fitBody(
    report,
    "issue",
    `## ${headline(report)}`,
    (limits) => issueBody(report, limits)
  );
  return { title: issueTitle(report), body };
}
function renderIssueResolved(report) {
  const link2 = runLink(report);
  return `\u2705 The audit of ${report.generatedAt} found no drift${link2 ? ` (${link2})` : ""}. Closing this issue; Driftwatch reopens it if drift returns.`;
}
function renderIssueReturned(report) {
  const link2 = runLink(report);
  return `\u{1F534} Drift is back: the audit of ${report.generatedAt} found ${countsSummary(report)}${link2 ? ` (${link2})` : ""}. The description above is up to date.`;
}
function countsSummary(report) {
  const { drifted, unmanaged } = report.counts;
  const parts = [
    drifted > 0 ? plural(drifted, "drifted resource") : "",
    unmanaged > 0 ? plural(unmanaged, "unmanaged resource") : ""
  ].filter(Boolean);
  return parts.join(" and ") || "drift";
}
function renderIssueDuplicate(kept) {
  return `Closed as a duplicate of #${kept}: two audits ran at once and each opened an issue. The findings and the history are kept there.`;
}

// src/publish/webhook.ts
var DEFAULTS = {
  timeoutMs: 1e4,
  maxRetryAfterMs: 3e4,
  rateLimitRetries: 2,
  serverErrorRetries: 2,
  backoffMs: 1e3,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var PREFIX = "Driftwatch could not notify the webhook";
function retryAfterMs(header, now = Date.now()) {
  if (header === null || header.trim() === "") return void 0;
  const seconds2 = Number(header);
  if (Number.isFinite(seconds2)) return Math.max(0, seconds2 * 1e3);
  const date = Date.parse(header);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function errorCode(body, url) {
  const text = body.trim();
  return /^[a-z_]{1,40}$/.test(text) && !url.includes(text) ? text : "";
}
function networkCode(error2) {
  const cause = error2?.cause;
  const code2 = cause?.code;
  return typeof code2 === "string" && /^[A-Z0-9_]{1,40}$/.test(code2) ? code2 : "";
}
async function attempt2(url, body, timeoutMs) {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body,
      signal: AbortSignal.timeout(timeoutMs)
    });
    const text = await response.text();
    return {
      kind: "answer",
      status: response.status,
      retryAfterMs: retryAfterMs(response.headers.get("retry-after")),
      detail: errorCode(text, url)
    };
  } catch (error2) {
    if (error2?.name === "TimeoutError") return { kind: "timeout" };
    return { kind: "network", code: networkCode(error2) };
  }
}
function seconds(ms) {
  return Number((ms / 1e3).toFixed(1));
}
function httpStatus(answer) {
  return `HTTP ${answer.status}${answer.detail ? `: ${answer.detail}` : ""}`;
}
function describeFailure2(result, attempts, options) {
  if (result.kind === "timeout")
    return `${PREFIX}: it did not answer within ${seconds(options.timeoutMs)} s.`;
  if (result.kind === "network")
    return `${PREFIX} (${result.code || "network error"}): check the notify-webhook-url secret and that the runner can reach it.`;
  if (result.status === 429) {
    const wait = result.retryAfterMs === void 0 ? "" : `, asked to wait ${seconds(result.retryAfterMs)} s`;
    return `${PREFIX} (${httpStatus(result)}${wait}): it is rate limited; this change is not announced.`;
  }
  if (result.status >= 500)
    return `${PREFIX} (${httpStatus(result)}, ${attempts} attempts): the service seems to be down.`;
  if ([401, 403, 404, 410].includes(result.status))
    return `${PREFIX} (${httpStatus(result)}): check the notify-webhook-url secret.`;
  return `${PREFIX} (${httpStatus(result)}): it refused the message.`;
}
function nextWait(result, retried, options) {
  if (result.kind !== "answer") return void 0;
  if (result.status === 429) {
    const wait = result.retryAfterMs ?? options.backoffMs;
    if (retried.rateLimit >= options.rateLimitRetries || wait > options.maxRetryAfterMs)
      return void 0;
    retried.rateLimit++;
    return wait;
  }
  if (result.status >= 500 && retried.serverError < options.serverErrorRetries) {
    return options.backoffMs * 2 ** retried.serverError++;
  }
  return void 0;
}
function isHttpUrl(url) {
  return /^https?:\/\//i.test(url) && URL.canParse(url);
}
async function sendWebhook(url, payload, log, options = {}) {
  const given = Object.entries(options).filter(([, setting]) => setting !== void 0);
  const settings = { ...DEFAULTS, ...Object.fromEntries(given) };
  if (!isHttpUrl(url)) {
    log.warning(`${PREFIX}: the notify-webhook-url secret is not an http(s) URL.`);
    return false;
  }
  const body = JSON.stringify(payload);
  const retried = { rateLimit: 0, serverError: 0 };
  for (let attempts = 1; ; attempts++) {
    const result = await attempt2(url, body, settings.timeoutMs);
    if (result.kind === "answer" && result.status >= 200 && result.status < 300) return true;
    const wait = nextWait(result, retried, settings);
    if (wait === void 0) {
      log.warning(describeFailure2(result, attempts, settings));
      return false;
    }
    await settings.sleep(wait);
  }
}

// src/render/slack.ts
var LIST_LIMIT = 10;
var LIST_BUDGET = 5e3;
var ADDRESS_LENGTH = 200;
var DIRECTORY_LENGTH = 120;
var DETAIL_LENGTH = 120;
var TITLE_LENGTH = 200;
var WORD_JOINER = "\u2060";
var ZWSP = "\u200B";
var KIND_WORDS = {
  drift: "changed",
  deleted: "deleted",
  unmanaged: "unmanaged"
};
var SEVERITY_ORDER = ["critical", "high", "medium", "low"];
function findingsChanged(change) {
  return change.added.length > 0 || change.resolved.length > 0;
}
function escapeMrkdwn(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function collapseBreaksAndTabs(text) {
  return text.replace(/[\r\n\t]+/g, " ");
}
function defuseBroadcasts(text) {
  return text.replace(/@(?=(?:channel|here|everyone|all)\b)/gi, `@${WORD_JOINER}`);
}
function defuseProse(text) {
  return text.replace(/@/g, `@${WORD_JOINER}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZWSP}.`);
}
function code(text) {
  return `\`${text.replace(/`/g, "\u02CB")}\``;
}
function identifier(text, maxLength) {
  const safe = defuseBroadcasts(collapseBreaksAndTabs(text)).replace(/:\/\//g, `:${ZWSP}//`);
  return code(escapeMrkdwn(clip(safe, maxLength)));
}
function value(text, maxLength) {
  return code(escapeMrkdwn(defuseProse(clip(collapseBreaksAndTabs(text).trim(), maxLength))));
}
function prose(text, maxLength) {
  return escapeMrkdwn(defuseProse(clip(collapseBreaksAndTabs(text).trim(), maxLength)));
}
function link(url, label) {
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return "";
  return `<${escapeMrkdwn(url.replace(/\|/g, "%7C"))}|${escapeMrkdwn(label)}>`;
}
function severityRank2(severity) {
  return severity ? SEVERITY_ORDER.indexOf(severity) : SEVERITY_ORDER.length;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function mostSevereFirst(findings) {
  return [...findings].sort(
    (a, b) => severityRank2(a.severity) - severityRank2(b.severity) || compareText(a.directory ?? "", b.directory ?? "") || compareText(a.address, b.address)
  );
}
function findingLine(finding) {
  const parts = [
    severityLabel(finding.severity),
    KIND_WORDS[finding.kind],
    identifier(finding.address, ADDRESS_LENGTH)
  ].filter(Boolean);
  const where = finding.directory ? ` in ${identifier(finding.directory, DIRECTORY_LENGTH)}` : "";
  const detail = finding.detail?.trim() ? ` \u2014 ${value(finding.detail, DETAIL_LENGTH)}` : "";
  return `\u2022 ${parts.join(" ")}${where}${detail}`;
}
function listSection(heading, findings) {
  if (findings.length === 0) return "";
  const lines = [];
  let used = 0;
  for (const finding of mostSevereFirst(findings)) {
    const line = findingLine(finding);
    if (lines.length === LIST_LIMIT || used + line.length + 1 > LIST_BUDGET) break;
    lines.push(line);
    used += line.length + 1;
  }
  const rest = findings.length - lines.length;
  if (rest > 0) lines.push(`\u2022 \u2026and ${rest} more`);
  return [`*${heading} (${findings.length})*`, ...lines].join("\n");
}
function countsLine(counts) {
  return `Open now: ${counts.drifted} drifted, ${counts.unmanaged} unmanaged (${plural(counts.total, "finding")}).`;
}
function headline2(change) {
  return `*${prose(change.title, TITLE_LENGTH)}* in ${identifier(change.repository, 140)}`;
}
function linksLine(change) {
  return [link(change.issueUrl, "Audit issue"), link(change.runUrl, "Workflow run")].filter(Boolean).join(" \xB7 ");
}
function renderSlackMessage(change) {
  const summary = `${plural(change.added.length, "new finding")}, ${plural(change.resolved.length, "resolved finding")}. ${countsLine(change.counts)}`;
  const text = [
    headline2(change),
    summary,
    listSection("New", change.added),
    listSection("Resolved", change.resolved),
    linksLine(change)
  ].filter(Boolean).join("\n\n");
  return { text };
}
function findingsChange(report, title, issueUrl) {
  const added = [
    ...report.directories.flatMap(
      (dir) => dir.drift.filter((f) => f.history?.status === "new").map((f) => ({
        kind: f.kind === "deleted" ? "deleted" : "drift",
        address: f.address,
        directory: dir.path,
        severity: f.severity
      }))
    ),
    ...(report.unmanaged?.resources ?? []).filter((r) => r.history?.status === "new").map((r) => ({
      kind: "unmanaged",
      address: r.arn ?? `${r.type}:${r.id}`,
      ...r.severity ? { severity: r.severity } : {}
    }))
  ];
  const resolved = (report.history?.resolved ?? []).map((r) => ({
    kind: r.kind === "drift" ? "drift" : "unmanaged",
    address: r.name,
    ...r.directory ? { directory: r.directory } : {}
  }));
  return {
    repository: report.run.repository ?? "",
    title,
    ...issueUrl ? { issueUrl } : {},
    ...report.run.runUrl ? { runUrl: report.run.runUrl } : {},
    added,
    resolved,
    counts: {
      drifted: report.counts.drifted,
      unmanaged: report.counts.unmanaged,
      total: report.counts.drifted + report.counts.unmanaged
    }
  };
}

// src/action/results.ts
function issueState(report) {
  if (report.counts.drifted > 0 || report.counts.unmanaged > 0) return "findings";
  return report.counts.errors > 0 ? "incomplete" : "clean";
}
async function notify(report, inputs, title, scrub) {
  if (!inputs.notifyWebhookUrl || report.history?.kind !== "audit") return;
  const change = findingsChange(report, title, report.history.issue?.url);
  if (!findingsChanged(change)) {
    info("Driftwatch: the findings did not change since the last audit; no notification.");
    return;
  }
  const payload = { text: scrub(renderSlackMessage(change).text) };
  const log = { warning: (message2) => warning(message2) };
  if (await sendWebhook(inputs.notifyWebhookUrl, payload, log)) {
    info(
      `Driftwatch notified the webhook: ${plural(change.added.length, "new finding")}, ${change.resolved.length} resolved.`
    );
  }
}
function historyTexts(history) {
  if (!history) return {};
  return {
    state: stateComment(history.state),
    restate: (fresher) => stateComment(history.over(fresher))
  };
}
async function publishResults(report, inputs, scrubber, failure, scopes = [{ report }]) {
  try {
    const scrub = (text) => scrubber.scrub(text);
    const annotations = inputs.annotations ? renderAnnotations(report).map((a) => ({
      ...a,
      title: scrub(a.title),
      message: scrub(a.message)
    })) : [];
    const { overflow } = emitAnnotations(annotations);
    const key = reportKey(report);
    const issues = scopes.map((scope) => ({ scope, text: renderIssue(scope.report) }));
    const check = renderCheckRun(report, annotations);
    await publishToGitHub(
      {
        comment: { marker: marker("comment", key), body: scrub(renderComment(report)) },
        issues: issues.map(({ scope, text }) => ({
          marker: marker("issue", reportKey(scope.report)),
          state: issueState(scope.report),
          texts: {
            title: scrub(text.title),
            body: scrub(text.body),
            resolved: scrub(renderIssueResolved(scope.report)),
            returned: scrub(renderIssueReturned(scope.report)),
            // Not scrubbed: it holds only keys and days, and a replaced run of its base64
            // would make the history unreadable.
            ...historyTexts(scope.state),
            duplicate: (kept) => scrub(renderIssueDuplicate(kept))
          }
        })),
        check: {
          name: "Driftwatch",
          title: scrub(check.title),
          summary: scrub(check.summary),
          conclusion: failure ? "failure" : "neutral"
        },
        annotations,
        annotationOverflow: overflow
      },
      inputs,
      await readEventContext(),
      { info: (message2) => info(message2), warning: (message2) => warning(message2) }
    );
    for (const { scope, text } of issues)
      await notify(scope.report, inputs, scrub(text.title), scrub);
  } catch (error2) {
    debug(error2 instanceof Error ? error2.stack ?? "" : "");
    warning(
      `Driftwatch could not publish to GitHub: ${messageOf(error2)}. The findings are in the job summary and the report file.`
    );
  }
}
export {
  issueState,
  publishResults
};
//# sourceMappingURL=results-ZZB4D7LX.js.map

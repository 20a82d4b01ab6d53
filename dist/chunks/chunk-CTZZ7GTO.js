import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  directoryLabel
} from "./chunk-RZVL7GST.js";
import {
  SEVERITIES
} from "./chunk-DTM4YSV2.js";

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
  HISTORY_FIELDS,
  DIGITS,
  indexWidth,
  severityDigit,
  digitSeverity,
  findOpen,
  findClosed,
  findStateComment,
  readPreviousAudit,
  directoriesKey,
  reportKey,
  marker,
  digestMarker
};
//# sourceMappingURL=chunk-CTZZ7GTO.js.map

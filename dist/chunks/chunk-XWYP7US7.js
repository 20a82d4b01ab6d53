import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/publish/github/context.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var AUDIT_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch"]);
function publishTargets(publish, eventName) {
  if (publish.includes("none")) return { comment: false, issue: false };
  if (publish.includes("auto")) {
    return {
      comment: PULL_REQUEST_EVENTS.has(eventName),
      issue: AUDIT_EVENTS.has(eventName)
    };
  }
  return { comment: publish.includes("comment"), issue: publish.includes("issue") };
}

// src/action/context.ts
import { readFileSync } from "node:fs";
function readPayload(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}
function headShaOf(payload, env) {
  return payload.pull_request?.head?.sha ?? env.GITHUB_SHA;
}
function headCommit(env = process.env) {
  return headShaOf(readPayload(env.GITHUB_EVENT_PATH), env);
}
async function readEventContext(env = process.env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) return void 0;
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = payload.pull_request;
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? `${owner}/${repo}`;
  const headSha = headShaOf(payload, env);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    ...typeof pr?.number === "number" ? { pullNumber: pr.number } : {},
    ...headSha ? { headSha } : {},
    fromFork: headRepo !== void 0 && headRepo !== baseRepo
  };
}
function readRunContext(env = process.env) {
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const sha = headCommit(env);
  return {
    ...env.GITHUB_EVENT_NAME ? { event: env.GITHUB_EVENT_NAME } : {},
    ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
    ...env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {},
    ...sha ? { sha } : {}
  };
}
function historyKind(inputs, event) {
  if (!event || !inputs.githubToken) return void 0;
  const targets = publishTargets(inputs.publish, event.eventName);
  if (targets.issue) return "audit";
  return targets.comment && event.pullNumber !== void 0 ? "pull-request" : void 0;
}

export {
  AUDIT_EVENTS,
  publishTargets,
  readEventContext,
  readRunContext,
  historyKind
};
//# sourceMappingURL=chunk-XWYP7US7.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  clipToLine,
  messageOf
} from "./chunk-FFYNXMZ5.js";

// src/collect/aws/faults.ts
var THROTTLING = /* @__PURE__ */ new Set([
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "SlowDown"
]);
var EXPIRED = /* @__PURE__ */ new Set([
  "ExpiredTokenException",
  "ExpiredToken",
  "RequestExpired",
  "TokenRefreshRequired"
]);
var DENIED = /* @__PURE__ */ new Set([
  "AccessDeniedException",
  "AccessDenied",
  "UnauthorizedOperation",
  "UnauthorizedException"
]);
var REJECTED = /* @__PURE__ */ new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "AuthFailure"
]);
var NETWORK = /* @__PURE__ */ new Set(["ENOTFOUND", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EAI_AGAIN"]);
function errorName(error) {
  const e = error;
  return e?.name && e.name !== "Error" ? e.name : e?.code ?? e?.Code ?? "Error";
}
function kindOf(name, status) {
  if (EXPIRED.has(name)) return "expired";
  if (DENIED.has(name) || status === 403 && !REJECTED.has(name)) return "denied";
  if (REJECTED.has(name)) return "rejected";
  if (THROTTLING.has(name)) return "throttled";
  if (name === "PaginationTokenExpiredException") return "token-expired";
  if (NETWORK.has(name) || name === "TimeoutError") return "unreachable";
  if (status !== void 0 && status >= 500) return "failing";
  return "other";
}
function classifyFault(error) {
  const name = errorName(error);
  const metadata = error?.$metadata;
  const attempts = metadata?.attempts;
  return {
    kind: kindOf(name, metadata?.httpStatusCode),
    name,
    detail: clipToLine(messageOf(error), 200),
    tries: attempts ? ` after ${attempts} attempts` : ""
  };
}
var EXPIRED_CREDENTIALS = "credentials expired: refresh them (aws-actions/configure-aws-credentials)";
function credentialsFault(error, roleToAssume) {
  const { kind, detail } = classifyFault(error);
  if (kind === "expired") return EXPIRED_CREDENTIALS;
  if (roleToAssume) {
    return `could not assume role-to-assume ${roleToAssume} (${detail}): check the role's trust policy allows sts:AssumeRole for the current identity`;
  }
  return `no usable AWS credentials (${detail}): configure them before this step, e.g. with aws-actions/configure-aws-credentials`;
}

export {
  errorName,
  classifyFault,
  EXPIRED_CREDENTIALS,
  credentialsFault
};
//# sourceMappingURL=chunk-JPJRMUBZ.js.map

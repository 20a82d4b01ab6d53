import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  REDACTED,
  SEVERITIES,
  atLeast,
  errorText,
  maskAt,
  normalise,
  redactValue,
  severityRank
} from "./chunk-VDN5SZHK.js";
import {
  parseArn
} from "./chunk-TWFAX4VC.js";
import {
  clip,
  plural
} from "./chunk-GXLTFKQW.js";

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
function leaf(path, before, after2) {
  return {
    path,
    before: redactValue(before.value, before.mask),
    after: redactValue(after2.value, after2.mask),
    sensitive: isSensitive(before.mask) || isSensitive(after2.mask)
  };
}
function diffInto(path, before, after2, out) {
  const a = before.value;
  const b = after2.value;
  if (deepEqual(a, b)) return;
  if (isEmpty(a) && isEmpty(b)) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) {
      diffInto(
        joinPath(path, key),
        { value: a[key] ?? null, mask: maskAt(before.mask, key) },
        { value: b[key] ?? null, mask: maskAt(after2.mask, key) },
        out
      );
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].some(isPlainObject)) {
    diffBlocks(path, before, after2, out);
    return;
  }
  out.push(leaf(path, before, after2));
}
function diffBlocks(path, before, after2, out) {
  const a = before.value;
  const b = after2.value;
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
    const afterItem = j === void 0 ? { value: null, mask: false } : { value: b[j], mask: maskAt(after2.mask, j) };
    const itemPath = joinPath(path, j ?? i ?? n);
    if (i === void 0 || j === void 0) out.push(leaf(itemPath, beforeItem, afterItem));
    else diffInto(itemPath, beforeItem, afterItem, out);
  }
}
function diffAttributes(before, after2, beforeMask, afterMask) {
  const out = [];
  diffInto(
    "",
    { value: before ?? null, mask: beforeMask },
    { value: after2 ?? null, mask: afterMask },
    out
  );
  return out;
}
function topAttribute(path) {
  const match = /^[^.[]+/.exec(path);
  return match ? match[0] : path;
}

// src/analyse/severity.ts
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
var PUBLIC_ACLS = /* @__PURE__ */ new Set(["public-read", "public-read-write", "authenticated-read"]);
var PUBLIC_GRANTEES = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/;
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isEmpty2(value) {
  return value === null || value === void 0 || value === "" || value === false || Array.isArray(value) && value.length === 0 || isObject(value) && Object.keys(value).length === 0;
}
function strings(value, into = []) {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (isObject(value)) for (const item of Object.values(value)) strings(item, into);
  return into;
}
var SEGMENT = /^(?:\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|"((?:[^"\\]|\\.)*)")/;
function pathSegments(path) {
  const out = [];
  let rest = path;
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest);
    if (!match) break;
    if (match[1] !== void 0) out.push(match[1]);
    else if (match[2] !== void 0) out.push(Number(match[2]));
    else out.push(JSON.parse(`"${match[3] ?? match[4]}"`));
    rest = rest.slice(match[0].length);
  }
  return out;
}
function valueAt(root, segments) {
  let value = root;
  for (const key of segments) {
    if (Array.isArray(value) && typeof key === "number") value = value[key];
    else if (isObject(value) && typeof key === "string") value = value[key];
    else return void 0;
  }
  return value;
}
function lastSegment(path) {
  const segments = pathSegments(path).filter((s) => typeof s === "string");
  return segments.at(-1) ?? path;
}
function wasOn(value) {
  return value === true || value === "Enabled" || value === "true";
}
function turnedOff(change) {
  return wasOn(change.before) && !wasOn(change.after);
}
function portsOf(block) {
  if (!isObject(block)) return { admin: false };
  const protocol = String(block.protocol ?? block.ip_protocol ?? "").toLowerCase();
  if (protocol === "-1" || protocol === "all") return { label: "all traffic", admin: true };
  const from = Number(block.from_port);
  const to = block.to_port === void 0 || block.to_port === null ? from : Number(block.to_port);
  if (!Number.isFinite(from)) return { admin: false };
  const range = from === to ? `${from}` : `${from}-${to}`;
  const admin = ADMIN_PORTS.some((port) => port >= from && port <= to);
  return { label: `${protocol || "port"} ${range}`, admin };
}
function directionOf(finding, path, block) {
  if (topAttribute(path) === "egress" || /egress/.test(finding.type)) return "egress";
  if (isObject(block) && (block.type === "egress" || block.egress === true)) return "egress";
  return "ingress";
}
var NETWORK_TYPES = /security_group|network_acl/;
function exposures(finding, current) {
  if (finding.kind !== "changed") return [];
  const isRule = NETWORK_TYPES.test(finding.type);
  const found = [];
  for (const change of finding.changes) {
    const top = topAttribute(change.path);
    if (!isRule && top !== "ingress" && top !== "egress") continue;
    if (top === "tags" || top === "tags_all" || top === "description") continue;
    const before = new Set(strings(change.before).filter((s) => OPEN_CIDRS.has(s)));
    const cidrs = [...new Set(strings(change.after))].filter(
      (s) => OPEN_CIDRS.has(s) && !before.has(s)
    );
    if (cidrs.length === 0) continue;
    const segments = pathSegments(change.path);
    const block = isObject(change.after) ? change.after : valueAt(current, segments.slice(0, -1)) ?? current;
    if (isObject(block) && /^deny$/i.test(String(block.action ?? block.rule_action ?? ""))) continue;
    const { label, admin } = portsOf(block);
    found.push({ direction: directionOf(finding, change.path, block), cidrs, ports: label, admin });
  }
  return found;
}
function describe(exposure) {
  const ports = exposure.ports ? ` (${exposure.ports})` : "";
  return `${exposure.direction} open to ${exposure.cidrs.join(", ")}${ports}`;
}
function exposureReasons(finding, current, keep) {
  const reasons = [...new Set(exposures(finding, current).filter(keep).map(describe))];
  return reasons.length > 0 ? reasons : void 0;
}
function statements(policy) {
  let doc = policy;
  if (typeof doc === "string") {
    try {
      doc = JSON.parse(doc);
    } catch {
      return [];
    }
  }
  if (!isObject(doc)) return [];
  const list2 = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return list2.filter(isObject);
}
function isEveryone(principal2) {
  if (principal2 === "*") return true;
  if (Array.isArray(principal2)) return principal2.some(isEveryone);
  if (isObject(principal2)) return isEveryone(principal2.AWS);
  return false;
}
function publicAccess(policy) {
  const open = statements(policy).filter((s) => s.Effect === "Allow" && isEveryone(s.Principal));
  if (open.length === 0) return void 0;
  return open.some((s) => isEmpty2(s.Condition)) ? "unconditional" : "conditional";
}
var POLICY_ATTRIBUTE = /polic(y|ies)$/;
function isPolicyValue(value) {
  return typeof value === "string" || value !== null && typeof value === "object";
}
function policyChanges(finding) {
  return finding.changes.filter(
    (c) => POLICY_ATTRIBUTE.test(lastSegment(c.path)) && !c.sensitive && (isPolicyValue(c.before) || isPolicyValue(c.after))
  );
}
function newlyPublic(finding, level) {
  const reasons = policyChanges(finding).filter((c) => publicAccess(c.after) === level && publicAccess(c.before) !== "unconditional").map(
    (c) => level === "unconditional" ? `${lastSegment(c.path)} allows Principal "*"` : `${lastSegment(c.path)} allows Principal "*" under a condition`
  );
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
function publicAcl(finding) {
  const reasons = [];
  for (const change of finding.changes) {
    const top = topAttribute(change.path);
    if (top !== "acl" && top !== "grant" && top !== "access_control_policy") continue;
    const before = new Set(strings(change.before));
    for (const value of strings(change.after)) {
      if (before.has(value)) continue;
      if (PUBLIC_ACLS.has(value)) reasons.push(`public ACL ${value}`);
      else if (PUBLIC_GRANTEES.test(value))
        reasons.push(`ACL grants ${PUBLIC_GRANTEES.exec(value)?.[1]}`);
    }
  }
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
var ACCESS_TYPES = [
  /^aws_security_group/,
  /^aws_vpc_security_group_(ingress|egress)_rule$/,
  /^aws_network_acl/,
  /^aws_iam_/,
  /^aws_kms_/,
  /^aws_s3_bucket_(policy|acl|public_access_block|ownership_controls)$/,
  /^aws_s3_account_public_access_block$/,
  /^aws_secretsmanager_secret_policy$/,
  /^aws_lambda_permission$/,
  /^aws_sns_topic_policy$/,
  /^aws_sqs_queue_policy$/,
  /^aws_ecr_repository_policy$/
];
function isAccessType(type) {
  return ACCESS_TYPES.some((pattern) => pattern.test(type));
}
var COSMETIC = /* @__PURE__ */ new Set(["tags", "tags_all", "description"]);
function substantive(finding) {
  return finding.changes.filter((c) => !COSMETIC.has(topAttribute(c.path)));
}
var PUBLIC_ACCESS_BLOCK = /^aws_s3_(bucket|account)_public_access_block$/;
var BLOCK_SETTINGS = /* @__PURE__ */ new Set([
  "block_public_acls",
  "block_public_policy",
  "ignore_public_acls",
  "restrict_public_buckets"
]);
var KMS_KEY_ATTRIBUTE = /^(kms_key_id|kms_key_arn|kms_master_key_id|kms_key|kms_key_identifier|sse_kms_key_id|encryption_key_arn)$/;
var ENCRYPTED_FLAG = /^(encrypted|storage_encrypted|enable_encryption|encryption_enabled)$/;
var ENCRYPTION_BLOCK = /^(server_side_encryption_configuration|server_side_encryption|encryption_configuration|encryption_config|encrypt_at_rest|encryption_info|rule)$/;
function encryptionWeakened(finding) {
  const reasons = [];
  if (finding.kind === "deleted") {
    if (finding.type === "aws_s3_bucket_server_side_encryption_configuration")
      reasons.push("bucket encryption configuration removed");
    return reasons.length > 0 ? reasons : void 0;
  }
  for (const change of finding.changes) {
    const leaf2 = lastSegment(change.path);
    const top = topAttribute(change.path);
    if (KMS_KEY_ATTRIBUTE.test(leaf2) && !isEmpty2(change.before)) {
      reasons.push(isEmpty2(change.after) ? `${leaf2} removed` : `${leaf2} changed (KMS key)`);
    } else if (leaf2 === "sse_algorithm") {
      reasons.push(
        isEmpty2(change.after) ? "encryption removed" : `encryption changed from ${String(change.before)} to ${String(change.after)}`
      );
    } else if (ENCRYPTED_FLAG.test(leaf2) && change.before === true && change.after !== true) {
      reasons.push(`${leaf2} turned off`);
    } else if (ENCRYPTION_BLOCK.test(top) && change.path === top && !isEmpty2(change.before) && isEmpty2(change.after) && (top !== "rule" || /encryption/.test(finding.type))) {
      reasons.push(`${top} removed`);
    } else if (/^aws_kms_(key|replica_key)$/.test(finding.type) && turnedOff(change)) {
      if (leaf2 === "is_enabled") reasons.push("KMS key disabled");
      if (leaf2 === "enable_key_rotation") reasons.push("KMS key rotation turned off");
    }
  }
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
var AUDIT_LOG_TYPES = /^aws_(cloudtrail|flow_log|config_configuration_recorder(_status)?|guardduty_detector|securityhub_account)$/;
function auditLoggingOff(finding) {
  if (!AUDIT_LOG_TYPES.test(finding.type)) return void 0;
  if (finding.kind === "deleted") return [`${finding.type.slice(4)} deleted`];
  const off = finding.changes.filter(
    (c) => turnedOff(c) && /^(enable_logging|is_enabled|enable)$/.test(lastSegment(c.path))
  );
  return off.length > 0 ? [`audit logging turned off (${off[0].path})`] : void 0;
}
var LOGGING_DELETED = /* @__PURE__ */ new Set(["aws_s3_bucket_logging"]);
function loggingOff(finding) {
  if (finding.kind === "deleted")
    return LOGGING_DELETED.has(finding.type) ? ["access logging removed"] : void 0;
  const reasons = finding.changes.filter((c) => {
    const segments = pathSegments(c.path).filter((s) => typeof s === "string");
    if (COSMETIC.has(segments[0] ?? "")) return false;
    if (!segments.some((s) => /log/i.test(s))) return false;
    return turnedOff(c) || !isEmpty2(c.before) && isEmpty2(c.after) && c.after !== 0;
  }).map((c) => `logging turned off (${c.path})`);
  return reasons.length > 0 ? reasons : void 0;
}
function protectionOff(finding) {
  if (finding.kind === "deleted")
    return finding.type === "aws_s3_bucket_versioning" ? ["versioning configuration removed"] : void 0;
  const reasons = [];
  for (const change of finding.changes) {
    const path = change.path;
    const leaf2 = lastSegment(path);
    if (/versioning/.test(path) && (leaf2 === "status" || leaf2 === "enabled") && turnedOff(change))
      reasons.push("versioning turned off");
    else if (leaf2 === "mfa_delete" && turnedOff(change)) reasons.push("MFA delete turned off");
    else if (leaf2 === "deletion_protection" && turnedOff(change))
      reasons.push("deletion protection turned off");
    else if (/point_in_time_recovery/.test(path) && turnedOff(change))
      reasons.push("point-in-time recovery turned off");
    else if (leaf2 === "backup_retention_period" && change.after === 0 && Number(change.before) > 0)
      reasons.push("automated backups turned off");
  }
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
var SERVICE_OF_TYPE = /^aws_(iam)_/;
function unmanagedKind(subject) {
  const arn = subject.arn ? parseArn(subject.arn) : void 0;
  const service = arn?.service ?? SERVICE_OF_TYPE.exec(subject.type)?.[1] ?? subject.type.split(":")[0];
  const type = arn?.resourceType ?? subject.type.replace(/^aws_iam_/, "");
  return { service, type, terraformType: subject.type, risk: subject.risk };
}
function openIngress(kind, admin) {
  const reasons = (kind.risk?.rules ?? []).flatMap((rule) => {
    const cidr = rule.cidrIpv4 ?? rule.cidrIpv6;
    if (rule.egress || !cidr || !OPEN_CIDRS.has(cidr)) return [];
    const ports = portsOf({
      protocol: rule.protocol,
      from_port: rule.fromPort,
      to_port: rule.toPort
    });
    if (ports.admin !== admin) return [];
    return [`ingress open to ${cidr}${ports.label ? ` (${ports.label})` : ""}`];
  });
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
var DATA_OR_COMPUTE = /* @__PURE__ */ new Set([
  "s3",
  "secretsmanager",
  "ssm",
  "rds",
  "dynamodb",
  "elasticfilesystem",
  "elasticache",
  "es",
  "redshift",
  "sqs",
  "lambda",
  "ecs",
  "eks",
  "backup"
]);
var SEVERITY_RULES = [
  {
    id: "open-ingress-admin-port",
    severity: "critical",
    title: "Ingress from anywhere (0.0.0.0/0 or ::/0) to an administration or database port",
    drift: (f, current) => exposureReasons(f, current, (e) => e.direction === "ingress" && e.admin)
  },
  {
    id: "public-policy",
    severity: "critical",
    title: 'A resource or trust policy now allows Principal "*" without a condition',
    drift: (f) => newlyPublic(f, "unconditional")
  },
  {
    id: "public-acl",
    severity: "critical",
    title: "An S3 ACL now grants access to everyone or to any AWS user",
    drift: (f) => publicAcl(f)
  },
  {
    id: "unmanaged-open-admin-port",
    severity: "critical",
    title: "An unmanaged security group or rule lets anyone (0.0.0.0/0 or ::/0) reach an administration or database port",
    unmanaged: (kind) => openIngress(kind, true)
  },
  {
    id: "unmanaged-admin-access",
    severity: "critical",
    title: "An unmanaged IAM user, role, group or policy allows every action on every resource",
    unmanaged: ({ risk }) => risk?.admin ? ["allows all actions on all resources (administrator)"] : void 0
  },
  {
    id: "unmanaged-public-snapshot",
    severity: "critical",
    title: "An EBS snapshot of the account that anyone can copy",
    unmanaged: ({ risk }) => risk?.public ? ["public snapshot: anyone can copy it"] : void 0
  },
  {
    id: "kms-key-deleted",
    severity: "critical",
    title: "A KMS key was deleted or scheduled for deletion outside Terraform",
    drift: (f) => f.kind === "deleted" && /^aws_kms_(key|replica_key|external_key)$/.test(f.type) ? ["KMS key deleted or scheduled for deletion"] : void 0
  },
  {
    id: "open-ingress",
    severity: "high",
    title: "Ingress from anywhere (0.0.0.0/0 or ::/0)",
    drift: (f, current) => exposureReasons(f, current, (e) => e.direction === "ingress" && !e.admin)
  },
  {
    id: "open-egress",
    severity: "high",
    title: "Egress to anywhere (0.0.0.0/0 or ::/0)",
    drift: (f, current) => exposureReasons(f, current, (e) => e.direction === "egress")
  },
  {
    id: "public-policy-conditional",
    severity: "high",
    title: 'A resource or trust policy now allows Principal "*" under a condition',
    drift: (f) => newlyPublic(f, "conditional")
  },
  {
    id: "public-access-block-loosened",
    severity: "high",
    title: "An S3 public access block was turned off or removed",
    drift: (f) => {
      if (!PUBLIC_ACCESS_BLOCK.test(f.type)) return void 0;
      if (f.kind === "deleted") return ["public access block removed"];
      const off = f.changes.filter((c) => BLOCK_SETTINGS.has(c.path) && turnedOff(c));
      return off.length > 0 ? off.map((c) => `${c.path} turned off`) : void 0;
    }
  },
  {
    id: "encryption-weakened",
    severity: "high",
    title: "Encryption removed or weakened, or its KMS key changed or disabled",
    drift: (f) => encryptionWeakened(f)
  },
  {
    id: "access-policy-changed",
    severity: "high",
    title: "An IAM policy, trust policy or resource policy changed outside Terraform",
    drift: (f) => {
      const reasons = policyChanges(f).filter((c) => !publicAccess(c.after) || publicAccess(c.before)).map(
        (c) => lastSegment(c.path) === "assume_role_policy" ? "trust policy changed" : `${lastSegment(c.path)} changed`
      );
      if (/^aws_iam_/.test(f.type) && f.kind === "changed") {
        for (const c of substantive(f))
          if (!POLICY_ATTRIBUTE.test(lastSegment(c.path)))
            reasons.push(`IAM ${topAttribute(c.path)} changed`);
      }
      return reasons.length > 0 ? [...new Set(reasons)] : void 0;
    }
  },
  {
    id: "access-control-deleted",
    severity: "high",
    title: "An access control resource (IAM, security group, policy, key) was deleted",
    drift: (f) => f.kind === "deleted" && isAccessType(f.type) ? ["access control resource deleted"] : void 0
  },
  {
    id: "secret-changed",
    severity: "high",
    title: "A sensitive value (a secret) was changed outside Terraform",
    drift: (f) => f.changes.some((c) => c.sensitive) ? ["a sensitive value changed"] : void 0
  },
  {
    id: "audit-logging-disabled",
    severity: "high",
    title: "CloudTrail, flow logs, AWS Config or GuardDuty turned off or deleted",
    drift: (f) => auditLoggingOff(f)
  },
  {
    id: "unmanaged-access-key",
    severity: "high",
    title: "An unmanaged IAM access key: a long-lived credential no code review saw",
    unmanaged: ({ terraformType }) => terraformType === "aws_iam_access_key" ? ["long-lived access key"] : void 0
  },
  {
    id: "unmanaged-open-ingress",
    severity: "high",
    title: "An unmanaged security group or rule lets anyone (0.0.0.0/0 or ::/0) in",
    unmanaged: (kind) => openIngress(kind, false)
  },
  {
    id: "unmanaged-access-control",
    severity: "high",
    title: "An unmanaged security group, network ACL, IAM resource or KMS key",
    unmanaged: ({ service, type, terraformType }) => {
      if (terraformType === "aws_iam_access_key") return void 0;
      if (service === "iam" || service === "kms") return [`unmanaged ${service} ${type}`.trim()];
      if (service === "ec2" && /^(security-group|security-group-rule|network-acl)$/.test(type))
        return [`unmanaged ${type}`];
      return void 0;
    }
  },
  {
    id: "logging-disabled",
    severity: "medium",
    title: "Access logging turned off or removed",
    drift: (f) => loggingOff(f)
  },
  {
    id: "protection-disabled",
    severity: "medium",
    title: "Versioning, MFA delete, deletion protection, backups or point-in-time recovery turned off",
    drift: (f) => protectionOff(f)
  },
  {
    id: "access-control-changed",
    severity: "medium",
    fallback: true,
    title: "A security group, network ACL or other access control changed (not opened to the world)",
    drift: (f) => f.kind === "changed" && isAccessType(f.type) && substantive(f).length > 0 ? ["access control changed"] : void 0
  },
  {
    id: "resource-deleted",
    severity: "medium",
    title: "A resource was deleted outside Terraform; the next apply recreates it, empty",
    drift: (f) => f.kind === "deleted" ? [] : void 0
  },
  {
    id: "unmanaged-data-or-compute",
    severity: "medium",
    title: "An unmanaged bucket, database, secret, queue or compute resource",
    unmanaged: ({ service }) => DATA_OR_COMPUTE.has(service) ? [] : void 0
  },
  {
    id: "drift",
    severity: "low",
    title: "A resource changed outside Terraform",
    drift: () => []
  },
  {
    id: "unmanaged-resource",
    severity: "low",
    title: "A resource no Terraform state manages",
    unmanaged: () => []
  }
];
function assess(matches, fallback) {
  let top;
  const concerns = [];
  for (const rule of SEVERITY_RULES) {
    const reasons = matches(rule);
    if (!reasons || rule.fallback && concerns.length > 0) continue;
    if (!top || severityRank(rule.severity) > severityRank(top.severity)) top = rule;
    concerns.push(...reasons);
  }
  return {
    severity: top?.severity ?? "low",
    rule: top?.id ?? fallback,
    concerns: [...new Set(concerns)]
  };
}
function assessDrift(finding, current) {
  return assess((rule) => rule.drift?.(finding, current), "drift");
}
var unmanagedAssessments = /* @__PURE__ */ new Map();
function assessUnmanaged(subject) {
  const kind = unmanagedKind(subject);
  if (kind.risk) return assess((rule) => rule.unmanaged?.(kind), "unmanaged-resource");
  const key = `${kind.service}\0${kind.type}`;
  let assessment = unmanagedAssessments.get(key);
  if (!assessment) {
    const assessed = assess((rule) => rule.unmanaged?.(kind), "unmanaged-resource");
    Object.freeze(assessed.concerns);
    assessment = Object.freeze(assessed);
    unmanagedAssessments.set(key, assessment);
  }
  return assessment;
}
function severityFields(assessment) {
  return {
    severity: assessment.severity,
    severityRule: assessment.rule,
    concerns: assessment.concerns
  };
}

// src/report/severity.ts
function securityConcerns(finding) {
  return atLeast(finding.severity, "high") ? finding.concerns : [];
}

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
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isEmpty3(value) {
  if (value === null || value === void 0 || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject2(value) && Object.keys(value).length === 0;
}
function kindOf(before, after2) {
  if (isEmpty3(before)) return "added";
  return isEmpty3(after2) ? "removed" : "changed";
}
function list(value) {
  if (Array.isArray(value)) return value.filter((item) => !isEmpty3(item));
  return isEmpty3(value) ? [] : [value];
}
function first(value) {
  const item = list(value)[0];
  return isObject2(item) ? item : {};
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
  if (isEmpty3(value)) return "empty";
  if (isObject2(value)) return "object";
  if (Array.isArray(value) && value.some(isObject2)) return "blocks";
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
  const before = isEmpty3(change.before) ? empty : change.before;
  const after2 = isEmpty3(change.after) ? empty : change.after;
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
  const side = (value) => isEmpty3(value) ? "null" : REDACTED;
  return changedLine(change, side(change.before), side(change.after));
}
function valueLine(change, context) {
  const show = (value) => isNetworkType(context.type) && PROTOCOL_FIELDS.has(lastKey(change.path)) && !isEmpty3(value) ? protocolName(value) : formatValue(value, context.limit);
  return changedLine(change, show(change.before), show(change.after));
}
function blockLine(change, context) {
  const kind = isEmpty3(change.before) ? "added" : "removed";
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
  const pairs = Object.entries(block).filter(([, value]) => !isEmpty3(value) && ["scalar", "empty"].includes(shapeOf(value))).map(
    ([key, value]) => `${key}=${Array.isArray(value) ? words(value, limit) : word(value, limit)}`
  );
  const hidden = pairs.length - GENERIC_FIELDS;
  return sentence([...pairs.slice(0, GENERIC_FIELDS), hidden > 0 ? `+${hidden} more` : ""]);
}
var NETWORK_TYPE = /security_group|network_acl/;
var PROTOCOL_FIELDS = /* @__PURE__ */ new Set(["protocol", "ip_protocol"]);
var PROTOCOL_NUMBERS = {
  "1": "icmp",
  "6": "tcp",
  "17": "udp",
  "58": "icmpv6"
};
function isNetworkType(type) {
  return NETWORK_TYPE.test(type);
}
function protocolName(protocol) {
  const text = String(protocol).toLowerCase();
  if (text === "-1" || text === "all") return "all traffic";
  return PROTOCOL_NUMBERS[text] ?? (/^\d+$/.test(text) ? `protocol ${text}` : text);
}
function portRange(from, to) {
  if (isEmpty3(from) && isEmpty3(to)) return "null";
  if (isEmpty3(to) || from === to) return String(from);
  return `${from}-${to}`;
}
function icmp(name, type, code) {
  if (isEmpty3(type) || Number(type) === -1) return name;
  const withCode = !isEmpty3(code) && Number(code) !== -1 ? ` code ${code}` : "";
  return `${name} type ${type}${withCode}`;
}
function traffic(protocol, from, to) {
  const name = protocolName(protocol);
  if (name === "all traffic") return name;
  if (name.startsWith("icmp")) return icmp(name, from, to);
  return isEmpty3(from) ? name : `${name} ${portRange(from, to)}`;
}
function peers(direction, values, context) {
  if (values.length === 0) return "";
  return `${direction === "egress" ? "to" : "from"} ${words(values, context.limit)}`;
}
function description(value, context) {
  return isEmpty3(value) ? "" : `(${formatValue(value, context.limit)})`;
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
    isEmpty3(entry.rule_no) ? "" : `#${entry.rule_no}`,
    isEmpty3(entry.action) ? "" : String(entry.action),
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
  if (!isEmpty3(days) && days !== 0) return `after ${days} days`;
  return isEmpty3(date) ? "" : `on ${date}`;
}
function ruleScope(rule, context) {
  const filter = first(rule.filter);
  const and = first(filter.and);
  const prefix = [filter.prefix, and.prefix, rule.prefix].find((p) => !isEmpty3(p));
  const tag = first(filter.tag);
  const tags = {
    ...isObject2(rule.tags) ? rule.tags : {},
    ...isObject2(and.tags) ? and.tags : {}
  };
  if (!isEmpty3(tag.key)) tags[String(tag.key)] = tag.value;
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
  return list(steps).filter(isObject2).map(
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
    isEmpty3(rule.id) ? "" : formatValue(rule.id, context.limit),
    disabled ? "(disabled)" : "",
    ruleScope(rule, context)
  ]);
  const actions = ruleActions(rule, context);
  return actions.length > 0 ? `${head}: ${actions.join(", ")}` : head;
}
var POLICY_KEY = /(^|_)polic(y|ies)$/;
var INLINE_STATEMENTS = 2;
function parseDocument(value) {
  if (isEmpty3(value)) return null;
  if (typeof value !== "string") return void 0;
  try {
    const parsed = JSON.parse(value);
    return isObject2(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function policyDocuments(change) {
  if (!POLICY_KEY.test(lastKey(change.path))) return void 0;
  const before = parseDocument(change.before);
  const after2 = parseDocument(change.after);
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
  if (!isObject2(value)) return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((key) => [key, canonical(value[key])])
  );
}
function statementsOf(document) {
  return list(document?.Statement).filter(isObject2);
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
  const names = isObject2(value) ? Object.values(value).flatMap(list) : list(value);
  return `${key} ${words(names, context.limit)}`;
}
function condition(statement, context) {
  if (!isObject2(statement.Condition)) return "";
  const tests = Object.entries(statement.Condition).flatMap(
    ([operator, keys]) => Object.entries(isObject2(keys) ? keys : {}).map(
      ([key, value]) => `${key} ${operator} ${words(list(value), context.limit)}`
    )
  );
  return tests.length > 0 ? `when ${tests.join(" and ")}` : "";
}
function statementText(statement, context) {
  const items = (value) => words(list(value), context.limit);
  const actions = statement.NotAction !== void 0 ? `all actions except ${items(statement.NotAction)}` : items(statement.Action) || "(no action)";
  const resources = statement.NotResource !== void 0 ? `on all resources except ${items(statement.NotResource)}` : statement.Resource === void 0 ? "" : `on ${items(statement.Resource)}`;
  const sid = isEmpty3(statement.Sid) ? "" : `Sid ${word(statement.Sid, context.limit)}`;
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
  const removed = unmatched(statementsOf(before), statementsOf(after2)).map(statementLine("removed"));
  const added = unmatched(statementsOf(after2), statementsOf(before)).map(statementLine("added"));
  const wholePolicy = (!before || !after2) && removed.length + added.length > 0;
  const others = wholePolicy ? [] : diffAttributes(withoutStatements(before), withoutStatements(after2)).flatMap((sub) => expand({ ...sub, path: appendPath(path, sub.path) })).flatMap((sub) => describeChange(sub, context));
  return [...removed, ...added, ...others];
}
function inlinePolicy(block, _name, context) {
  const name = isEmpty3(block.name) ? "" : formatValue(block.name, context.limit);
  const document = parseDocument(block.policy);
  if (!document)
    return sentence([name, isEmpty3(block.policy) ? "" : formatValue(block.policy, context.limit)]);
  const statements2 = statementsOf(document);
  const shown = statements2.slice(0, INLINE_STATEMENTS).map((s) => statementText(s, context));
  const hidden = statements2.length - shown.length;
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
function oneLine(text) {
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
  return defuse(escapeLineStart(escapeInline(oneLine(text).trimStart())));
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
  return span(clip(oneLine(text), maxLength));
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
    const root = normalise(pull.root);
    const what = KINDS[pull.kind] ?? "remediates";
    return `- ${pullLink(pull)} ${what} ${root === "." ? "the root module" : codeSpan(root)}`;
  });
  return ["**Open remediation pull requests**", "", ...lines].join("\n");
}
function resolvedByText(resolvedBy) {
  return resolvedBy ? ` \xB7 resolved by ${pullLink(resolvedBy)}` : "";
}

// src/render/history.ts
var LISTED = 10;
function historyTag(history) {
  if (!history) return "";
  if (history.status === "new") return history.uncertain ? "new (history incomplete)" : "new";
  if (!history.firstSeen) return "known";
  if (history.audits === void 0) return `known since ${history.firstSeen}`;
  return `since ${history.firstSeen}, ${plural(history.audits, "audit")}`;
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
function listed(items, line2) {
  const shown = items.slice(0, LISTED).map((item) => `- ${line2(item)}`);
  if (items.length > LISTED) shown.push(`- \u2026and ${items.length - LISTED} more`);
  return shown;
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
      ...listed(
        fresh,
        (f) => `${codeSpan(f.name)}${where(f.directory)}${f.severity ? ` \xB7 ${severityLabel(f.severity)}` : ""}`
      )
    );
  } else {
    lines.push(`**Nothing new since the last audit${since}.**`);
  }
  if (history.resolved.length > 0) {
    lines.push("", `**Resolved since the last audit**: ${history.resolved.length}`, "");
    lines.push(...listed(history.resolved, resolvedLine));
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
  lines.push(...listed(named, (f) => `${codeSpan(f.name)}: ${codeSpan(f.changedBy?.summary ?? "")}`));
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

// src/render/hcl.ts
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
function inventoryCoverage(report) {
  const inventory = report.unmanaged;
  if (!inventory || inventory.skipped) return "";
  const seen = inventory.managed + inventory.resources.length;
  return inventory.coverage === null ? `; coverage of the AWS account ${coverageText(inventory)}` : `; ${coverageText(inventory)} of the resources seen in AWS are in a Terraform state (${inventory.managed} of ${seen})`;
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
  return `**Coverage:** ${parts.join(", ")}${inventoryCoverage(report)}.`;
}
function inventoryCounts(report) {
  const inventory = report.unmanaged;
  if (!inventory || inventory.skipped) return "";
  return `**Unmanaged:** ${inventory.resources.length} \xB7 **Ignored:** ${inventory.ignored} \xB7 **Owned by others:** ${inventory.ownedByOthers.length} \xB7 **Made by AWS:** ${madeByAwsCount(inventory)}`;
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
    summary ? severityLine(report) : inventoryCounts(report),
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
  joinPath,
  deepEqual,
  diffAttributes,
  topAttribute,
  SEVERITY_RULES,
  assessDrift,
  assessUnmanaged,
  severityFields,
  securityConcerns,
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
//# sourceMappingURL=chunk-JYENYS22.js.map

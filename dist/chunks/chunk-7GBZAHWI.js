import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  FORM_ONLY,
  changeLineText,
  describeChanges
} from "./chunk-K43CLM6B.js";
import {
  InputError,
  SEVERITY_RULES,
  VERSION,
  analysePlan,
  assessUnmanaged,
  collectSecrets,
  configAddress,
  findSources,
  findTerraform,
  pluginCacheDir,
  runTerraform,
  sourceRoot,
  walkModules
} from "./chunk-FBRGTV5C.js";
import {
  Scrubber,
  diffAttributes,
  topAttribute
} from "./chunk-BWOIZBIC.js";
import {
  buildReport,
  withAuditHistory,
  withBaseline
} from "./chunk-N6OVI5OJ.js";
import {
  driftKey,
  errorText,
  parseKey,
  unmanagedKey
} from "./chunk-AEWH75CH.js";
import {
  severityRank
} from "./chunk-DTM4YSV2.js";
import {
  LISTED_TYPES
} from "./chunk-PXOIFRMI.js";
import {
  normaliseArn,
  parseArn,
  parseQueueUrl,
  queueArnToUrl,
  queueUrlToArn
} from "./chunk-UEO5CBCT.js";
import {
  UserError,
  clip,
  escapeRegExp,
  messageOf
} from "./chunk-FFYNXMZ5.js";

// src/pipeline.ts
import { mkdir } from "node:fs/promises";
import { availableParallelism } from "node:os";

// src/analyse/ignore.ts
function ruleMatches(rule, subject) {
  switch (rule.kind) {
    case "arn":
      return rule.pattern.test(subject.arn);
    case "tag":
      return rule.key in subject.tags && rule.value.test(subject.tags[rule.key]);
    case "bare":
      return rule.pattern.test(subject.type) || subject.ids.some((id) => rule.pattern.test(id));
    case "resource":
      return rule.type.test(subject.type) && subject.ids.some((id) => rule.id.test(id));
    case "field":
      return false;
  }
}
function decidingRule(file, subject) {
  for (let i = file.rules.length - 1; i >= 0; i--) {
    if (ruleMatches(file.rules[i], subject)) return file.rules[i];
  }
  return void 0;
}
function ignoresAnything(files) {
  return files.some((file) => file.rules.some((rule) => rule.kind !== "field"));
}
function isIgnored(files, subject) {
  return files.some((file) => {
    const rule = decidingRule(file, subject);
    return rule !== void 0 && !rule.negate;
  });
}
function unusedRules(files) {
  return files.flatMap(
    (file) => file.rules.filter((rule) => rule.kind === "field").map((rule) => `${file.file}:${rule.line}`)
  );
}
function expiredWaivers(files) {
  return files.flatMap(
    (file) => file.expired.map(
      (waiver) => `${file.file}:${waiver.line}: the waiver ended on ${waiver.until}, so what it named counts again: ${waiver.text}`
    )
  );
}
var ANY = "^.*$";
function mayUnignore(rule, type) {
  if (!rule.negate) return false;
  if (rule.kind === "resource") return rule.type.test(type);
  if (rule.kind === "bare") return true;
  return rule.kind === "arn" || rule.kind === "tag";
}
function ignoresAll(rule, type) {
  if (rule.negate) return false;
  if (rule.kind === "resource") return rule.type.test(type) && rule.id.source === ANY;
  return rule.kind === "bare" && rule.pattern.test(type);
}
function ignoresWholeType(files, type) {
  return files.some((file) => {
    for (let i = file.rules.length - 1; i >= 0; i--) {
      const rule = file.rules[i];
      if (mayUnignore(rule, type)) return false;
      if (ignoresAll(rule, type)) return true;
    }
    return false;
  });
}

// src/analyse/accounted.ts
var INLINE_ATTRIBUTES = {
  aws_security_group: ["ingress", "egress"],
  aws_iam_role: ["inline_policy", "managed_policy_arns"]
};
var ALWAYS_INLINE = {
  aws_default_security_group: ["ingress", "egress"]
};
var OWNING_ATTRIBUTE = {
  aws_vpc_security_group_ingress_rule: "ingress",
  aws_vpc_security_group_egress_rule: "egress",
  aws_iam_role_policy: "inline_policy",
  aws_iam_role_policy_attachment: "managed_policy_arns"
};
function str(value) {
  return typeof value === "string" ? value : "";
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
var PROTOCOLS = { "6": "tcp", "17": "udp", "1": "icmp", all: "-1" };
function protocolKey(protocol) {
  const p = protocol.toLowerCase();
  return PROTOCOLS[p] ?? p;
}
function ruleKey(rule) {
  const protocol = protocolKey(rule.protocol);
  const ports = protocol === "-1" ? "" : `${rule.fromPort}:${rule.toPort}`;
  const target = rule.cidrIpv4 ?? rule.cidrIpv6 ?? rule.prefixListId ?? rule.referencedGroupId ?? "";
  return [rule.groupId, rule.egress ? "egress" : "ingress", protocol, ports, target].join("|");
}
function legacyRuleKeys(values) {
  const groupId = str(values.security_group_id);
  const base = {
    groupId,
    egress: values.type === "egress",
    protocol: str(values.protocol) || String(values.protocol ?? ""),
    fromPort: Number(values.from_port),
    toPort: Number(values.to_port)
  };
  const targets = [
    ...strings(values.cidr_blocks).map((cidrIpv4) => ({ cidrIpv4 })),
    ...strings(values.ipv6_cidr_blocks).map((cidrIpv6) => ({ cidrIpv6 })),
    ...strings(values.prefix_list_ids).map((prefixListId) => ({ prefixListId }))
  ];
  const source = str(values.source_security_group_id);
  if (source) targets.push({ referencedGroupId: source.split("/").pop() });
  if (values.self === true) targets.push({ referencedGroupId: groupId });
  return targets.map((target) => ruleKey({ ...base, ...target }));
}
var Accounted = class {
  /** `type\0importId` of parts managed as separate resources. */
  ids = /* @__PURE__ */ new Set();
  rules = /* @__PURE__ */ new Set();
  /** Managed parents by their id (a group's `sg-…`, a role's name), with how they own parts. */
  parents = /* @__PURE__ */ new Map();
  addId(terraformType, id) {
    if (id) this.ids.add(`${terraformType}\0${id}`);
  }
  addRule(key) {
    this.rules.add(key);
  }
  addParent(id, inline) {
    const style = this.parents.get(id);
    if (style) for (const attribute2 of inline) style.inline.add(attribute2);
    else this.parents.set(id, { inline: new Set(inline) });
  }
  /** Whether a parent with this id (group id, role or user name) is in some state. */
  hasParent(id) {
    return this.parents.has(id);
  }
  /**
   * Whether a listed part is managed: as a separate resource, by content, or because its managed
   * parent owns that kind of part inline.
   */
  has(resource) {
    const { terraformType, importId, facts } = resource;
    if (importId && this.ids.has(`${terraformType}\0${importId}`)) return true;
    if (facts?.rule && this.rules.has(ruleKey(facts.rule))) return true;
    const parent = facts?.rule?.groupId ?? facts?.parent;
    const attribute2 = OWNING_ATTRIBUTE[terraformType];
    return parent !== void 0 && attribute2 !== void 0 && this.ownsInline(parent, attribute2);
  }
  ownsInline(parent, attribute2) {
    return this.parents.get(parent)?.inline.has(attribute2) === true;
  }
};
var PART_IDS = {
  aws_vpc_security_group_ingress_rule: (v) => [str(v.security_group_rule_id) || str(v.id)],
  aws_vpc_security_group_egress_rule: (v) => [str(v.security_group_rule_id) || str(v.id)],
  aws_iam_access_key: (v) => [str(v.id)],
  aws_iam_role_policy: (v) => [`${str(v.role)}:${str(v.name)}`],
  aws_iam_user_policy: (v) => [`${str(v.user)}:${str(v.name)}`],
  aws_iam_role_policy_attachment: (v) => [`${str(v.role)}/${str(v.policy_arn)}`],
  aws_iam_user_policy_attachment: (v) => [`${str(v.user)}/${str(v.policy_arn)}`],
  aws_key_pair: (v) => [str(v.key_name)]
};
function policyAttachmentIds(values) {
  const arn = str(values.policy_arn);
  return [
    ...strings(values.roles).map((role) => ["aws_iam_role_policy_attachment", `${role}/${arn}`]),
    ...strings(values.users).map((user) => ["aws_iam_user_policy_attachment", `${user}/${arn}`])
  ];
}
function configExpressions(root) {
  const out = /* @__PURE__ */ new Map();
  const visit = (mod, prefix) => {
    for (const resource of mod?.resources ?? []) {
      out.set(prefix + resource.address, new Set(Object.keys(resource.expressions ?? {})));
    }
    for (const [name, call] of Object.entries(mod?.module_calls ?? {})) {
      visit(call.module, `${prefix}module.${name}.`);
    }
  };
  visit(root, "");
  return out;
}
function touchedByPlan(plan) {
  const out = /* @__PURE__ */ new Map();
  for (const change of plan.resource_changes ?? []) {
    if (change.mode !== "managed" || !change.change.actions.includes("update")) continue;
    const { before, after } = change.change;
    out.set(change.address, new Set(diffAttributes(before, after).map((c) => topAttribute(c.path))));
  }
  return out;
}
function inlineAttributes(resource, written, dynamic, touched) {
  const always = ALWAYS_INLINE[resource.type];
  if (always) return always;
  return (INLINE_ATTRIBUTES[resource.type] ?? []).filter(
    (attribute2) => written?.has(attribute2) === true || dynamic?.has(attribute2) === true || touched?.has(attribute2) === true
  );
}
var PARENT_TYPES = /* @__PURE__ */ new Set(["aws_security_group", "aws_default_security_group", "aws_iam_role"]);
function parentId(resource) {
  const values = resource.values ?? {};
  return resource.type === "aws_iam_role" ? str(values.name) : str(values.id);
}
function addPlan(accounted, plan, dynamic) {
  const written = configExpressions(plan.configuration?.root_module);
  const touched = touchedByPlan(plan);
  for (const mod of walkModules(plan.prior_state?.values?.root_module)) {
    for (const resource of mod.resources ?? []) {
      if (resource.mode !== "managed") continue;
      const values = resource.values ?? {};
      for (const id of PART_IDS[resource.type]?.(values) ?? []) accounted.addId(resource.type, id);
      if (resource.type === "aws_iam_policy_attachment") {
        for (const [type, id] of policyAttachmentIds(values)) accounted.addId(type, id);
      }
      if (resource.type === "aws_security_group_rule") {
        for (const key of legacyRuleKeys(values)) accounted.addRule(key);
      }
      if (resource.type === "aws_iam_user") accounted.addParent(str(values.name), []);
      if (!PARENT_TYPES.has(resource.type)) continue;
      const address = configAddress(resource.address);
      accounted.addParent(
        parentId(resource),
        inlineAttributes(
          resource,
          written.get(address),
          dynamic.get(address),
          touched.get(resource.address)
        )
      );
    }
  }
}
function accountedParts(plans, dynamic = []) {
  const accounted = new Accounted();
  plans.forEach((plan, i) => addPlan(accounted, plan, dynamic[i] ?? /* @__PURE__ */ new Map()));
  return accounted;
}

// src/analyse/aws-made.ts
var DEFAULT_VPC_TYPES = /* @__PURE__ */ new Set(["aws_vpc", "aws_subnet", "aws_internet_gateway"]);
var VPC_PARTS = /* @__PURE__ */ new Set(["aws_route_table", "aws_network_acl"]);
var SERVICE_ROLE_PATH = /^\/aws-(service-role|reserved)\//;
var IAM_TYPES = /^aws_iam_(role|role_policy|role_policy_attachment)$/;
var AWS_MADE_RULES = [
  {
    id: "default-vpc",
    covers: "Default VPCs, their default subnets and internet gateways",
    match: (s) => DEFAULT_VPC_TYPES.has(s.terraformType) && s.facts?.awsDefault === true
  },
  {
    id: "vpc-defaults",
    covers: "Every VPC's main route table and default network ACL",
    match: (s) => VPC_PARTS.has(s.terraformType) && s.facts?.awsDefault === true
  },
  {
    id: "default-security-group",
    covers: "Security groups named `default` (one per VPC)",
    match: (s) => s.terraformType === "aws_security_group" && s.facts?.groupName === "default"
  },
  {
    id: "aws-managed-kms-key",
    covers: "AWS-managed KMS keys (`aws/s3`, `aws/ebs`, ...)",
    match: (s) => s.terraformType === "aws_kms_key" && s.facts?.keyManager === "AWS"
  },
  {
    id: "service-linked-role",
    covers: "Service-linked and reserved IAM roles (paths `/aws-service-role/`, `/aws-reserved/`) and their policies",
    match: (s) => IAM_TYPES.test(s.terraformType) && SERVICE_ROLE_PATH.test(s.facts?.iamPath ?? "")
  },
  {
    id: "instance-root-volume",
    covers: "An instance's root volume (part of the instance)",
    match: (s) => s.terraformType === "aws_ebs_volume" && s.rootVolumes.has(s.id)
  },
  {
    id: "ami-snapshot",
    covers: "Snapshots behind the account\u2019s AMIs",
    match: (s) => s.terraformType === "aws_ebs_snapshot" && s.facts?.behindAmi !== void 0
  }
];
var AWS_MADE_RULE_IDS = AWS_MADE_RULES.map((rule) => rule.id);
function madeByAws(subject, disabled) {
  for (const rule of AWS_MADE_RULES) {
    if (!disabled.has(rule.id) && rule.match(subject)) return rule.id;
  }
  return void 0;
}

// src/analyse/import-blocks.ts
var lastSegment = (arn) => arn.resourceId.split("/").pop();
var resourceId = (arn) => arn.resourceId;
var wholeArn = (_arn, full) => full;
var parameterName = (arn) => arn.resourceId.includes("/") && !arn.resourceId.startsWith("/") ? `/${arn.resourceId}` : arn.resourceId;
var RULES = [
  { service: "s3", resourceType: "bucket", terraformType: "aws_s3_bucket", importId: resourceId },
  {
    service: "sqs",
    resourceType: "queue",
    terraformType: "aws_sqs_queue",
    importId: queueArnToUrl,
    display: resourceId
  },
  {
    service: "sns",
    resourceType: "topic",
    terraformType: "aws_sns_topic",
    importId: wholeArn,
    display: resourceId
  },
  {
    service: "ec2",
    resourceType: "security-group",
    terraformType: "aws_security_group",
    importId: resourceId
  },
  { service: "ec2", resourceType: "instance", terraformType: "aws_instance", importId: resourceId },
  { service: "ec2", resourceType: "vpc", terraformType: "aws_vpc", importId: resourceId },
  { service: "ec2", resourceType: "subnet", terraformType: "aws_subnet", importId: resourceId },
  {
    service: "ec2",
    resourceType: "internet-gateway",
    terraformType: "aws_internet_gateway",
    importId: resourceId
  },
  {
    service: "ec2",
    resourceType: "natgateway",
    terraformType: "aws_nat_gateway",
    importId: resourceId
  },
  {
    service: "ec2",
    resourceType: "route-table",
    terraformType: "aws_route_table",
    importId: resourceId
  },
  {
    service: "ec2",
    resourceType: "network-acl",
    terraformType: "aws_network_acl",
    importId: resourceId
  },
  { service: "ec2", resourceType: "volume", terraformType: "aws_ebs_volume", importId: resourceId },
  { service: "ec2", resourceType: "elastic-ip", terraformType: "aws_eip", importId: resourceId },
  {
    service: "ec2",
    resourceType: "network-interface",
    terraformType: "aws_network_interface",
    importId: resourceId
  },
  {
    service: "ec2",
    resourceType: "launch-template",
    terraformType: "aws_launch_template",
    importId: resourceId
  },
  {
    service: "ec2",
    resourceType: "vpc-endpoint",
    terraformType: "aws_vpc_endpoint",
    importId: resourceId
  },
  { service: "ec2", resourceType: "image", terraformType: "aws_ami", importId: resourceId },
  // The ARN holds the key pair's id, but import takes its name.
  {
    service: "ec2",
    resourceType: "key-pair",
    terraformType: "aws_key_pair",
    importId: () => void 0
  },
  {
    service: "ssm",
    resourceType: "parameter",
    terraformType: "aws_ssm_parameter",
    importId: parameterName
  },
  {
    service: "logs",
    resourceType: "log-group",
    terraformType: "aws_cloudwatch_log_group",
    importId: resourceId
  },
  {
    service: "dynamodb",
    resourceType: "table",
    terraformType: "aws_dynamodb_table",
    importId: resourceId
  },
  { service: "kms", resourceType: "key", terraformType: "aws_kms_key", importId: resourceId },
  {
    service: "lambda",
    resourceType: "function",
    terraformType: "aws_lambda_function",
    importId: resourceId
  },
  {
    service: "iam",
    resourceType: "role",
    terraformType: "aws_iam_role",
    importId: lastSegment,
    display: lastSegment
  },
  {
    service: "iam",
    resourceType: "user",
    terraformType: "aws_iam_user",
    importId: lastSegment,
    display: lastSegment
  },
  {
    service: "iam",
    resourceType: "policy",
    terraformType: "aws_iam_policy",
    importId: wholeArn,
    display: lastSegment
  },
  {
    service: "ecr",
    resourceType: "repository",
    terraformType: "aws_ecr_repository",
    importId: resourceId
  },
  {
    service: "ecs",
    resourceType: "cluster",
    terraformType: "aws_ecs_cluster",
    importId: resourceId
  },
  { service: "rds", resourceType: "db", terraformType: "aws_db_instance", importId: resourceId },
  {
    service: "rds",
    resourceType: "cluster",
    terraformType: "aws_rds_cluster",
    importId: resourceId
  },
  {
    service: "secretsmanager",
    resourceType: "secret",
    terraformType: "aws_secretsmanager_secret",
    importId: wholeArn,
    display: resourceId
  },
  {
    service: "states",
    resourceType: "stateMachine",
    terraformType: "aws_sfn_state_machine",
    importId: wholeArn,
    display: resourceId
  },
  {
    service: "cloudwatch",
    resourceType: "alarm",
    terraformType: "aws_cloudwatch_metric_alarm",
    importId: resourceId
  },
  {
    service: "events",
    resourceType: "rule",
    terraformType: "aws_cloudwatch_event_rule",
    importId: resourceId
  },
  {
    service: "elasticfilesystem",
    resourceType: "file-system",
    terraformType: "aws_efs_file_system",
    importId: resourceId
  },
  {
    service: "kinesis",
    resourceType: "stream",
    terraformType: "aws_kinesis_stream",
    importId: resourceId
  },
  {
    service: "elasticache",
    resourceType: "cluster",
    terraformType: "aws_elasticache_cluster",
    importId: resourceId
  },
  {
    service: "route53",
    resourceType: "hostedzone",
    terraformType: "aws_route53_zone",
    importId: resourceId
  },
  {
    service: "cloudfront",
    resourceType: "distribution",
    terraformType: "aws_cloudfront_distribution",
    importId: resourceId
  },
  {
    service: "acm",
    resourceType: "certificate",
    terraformType: "aws_acm_certificate",
    importId: wholeArn,
    display: resourceId
  },
  {
    service: "autoscaling",
    resourceType: "autoScalingGroup",
    terraformType: "aws_autoscaling_group",
    importId: (arn) => /autoScalingGroupName\/(.+)$/.exec(arn.resource)?.[1],
    display: (arn) => /autoScalingGroupName\/(.+)$/.exec(arn.resource)?.[1] ?? arn.resourceId
  }
];
var TARGET_GROUP = {
  service: "elasticloadbalancing",
  resourceType: "targetgroup",
  terraformType: "aws_lb_target_group",
  importId: wholeArn,
  display: (a) => a.resourceId.split("/")[0]
};
var LOAD_BALANCER = {
  service: "elasticloadbalancing",
  resourceType: "loadbalancer",
  terraformType: "aws_lb",
  importId: wholeArn,
  display: (a) => a.resourceId.split("/")[1]
};
var CLASSIC_LOAD_BALANCER = {
  service: "elasticloadbalancing",
  resourceType: "loadbalancer",
  terraformType: "aws_elb",
  importId: resourceId
};
function loadBalancerRule(arn) {
  if (arn.service !== "elasticloadbalancing") return void 0;
  if (arn.resourceType === "targetgroup") return TARGET_GROUP;
  if (arn.resourceType !== "loadbalancer") return void 0;
  return /^(app|net|gwy)\//.test(arn.resourceId) ? LOAD_BALANCER : CLASSIC_LOAD_BALANCER;
}
var BY_SERVICE = /* @__PURE__ */ new Map();
for (const rule of RULES) {
  let types = BY_SERVICE.get(rule.service);
  if (!types) BY_SERVICE.set(rule.service, types = /* @__PURE__ */ new Map());
  types.set(rule.resourceType, rule);
}
function identifyParsed(arn, arnText) {
  if (!arn) return { type: "unknown", id: arnText };
  const rule = BY_SERVICE.get(arn.service)?.get(arn.resourceType) ?? loadBalancerRule(arn);
  if (!rule) {
    const type2 = arn.resourceType ? `${arn.service}:${arn.resourceType}` : arn.service;
    return { type: type2, id: arn.resourceId };
  }
  const importId = rule.importId(arn, arnText);
  const type = rule.terraformType;
  const id = (rule.display ? rule.display(arn) : importId) ?? arn.resourceId;
  return importId ? { type, terraformType: type, id, importId } : { type, terraformType: type, id };
}
var PLAIN_NAME = /^[a-z](?:[a-z0-9_-]{0,58}[a-z0-9])?$/;
function resourceName(id) {
  if (PLAIN_NAME.test(id)) return id;
  const cleaned = id.toLowerCase().replace(/[^a-z0-9_-]+/g, "_").replace(/^[_-]+|[_-]+$/g, "").slice(0, 60);
  if (cleaned === "") return "imported";
  return /^[a-z_]/.test(cleaned) ? cleaned : `r_${cleaned}`;
}
var ImportNames = class {
  byType = /* @__PURE__ */ new Map();
  next(terraformType, id) {
    return this.of(terraformType).next(id);
  }
  /** The names of one type: for a caller going through the types in turn, one lookup each. */
  of(terraformType) {
    let names = this.byType.get(terraformType);
    if (!names) this.byType.set(terraformType, names = new TypeNames());
    return names;
  }
};
var TypeNames = class {
  used = /* @__PURE__ */ new Set();
  lastSuffix = /* @__PURE__ */ new Map();
  next(id) {
    const base = resourceName(id);
    const size = this.used.size;
    if (this.used.add(base).size > size) return base;
    let n = (this.lastSuffix.get(base) ?? 1) + 1;
    let name = `${base}_${n}`;
    while (this.used.has(name)) name = `${base}_${++n}`;
    this.lastSuffix.set(base, n);
    this.used.add(name);
    return name;
  }
};

// src/analyse/managed.ts
var PARTS = {
  aws_instance: {
    "root_block_device.*.volume_id": "volume/",
    "ebs_block_device.*.volume_id": "volume/",
    primary_network_interface_id: "network-interface/"
  },
  aws_spot_instance_request: { spot_instance_id: "instance/" },
  aws_vpc: {
    default_security_group_id: "security-group/",
    default_network_acl_id: "network-acl/",
    default_route_table_id: "route-table/",
    main_route_table_id: "route-table/"
  },
  aws_eip: { id: "elastic-ip/" },
  aws_nat_gateway: { id: "natgateway/", network_interface_id: "network-interface/" }
};
var ID_KEYS = {
  aws_nat_gateway: "natgateway/",
  aws_eip: "elastic-ip/",
  aws_ec2_client_vpn_endpoint: "client-vpn-endpoint/"
};
var PART_PATHS = new Map(
  Object.entries(PARTS).map(([type, parts]) => [
    type,
    Object.entries(parts).map(([path, prefix]) => ({ path: path.split("."), prefix }))
  ])
);
var ID_KEY = new Map(Object.entries(ID_KEYS));
var ManagedSet = class {
  arns = /* @__PURE__ */ new Set();
  /**
   * Resources known by service and resource part alone, without region and account, for state
   * entries that hold an id but no ARN. Only used where the id alone is unique enough (EC2 ids)
   * or where a miss is the worst outcome (a queue named the same in another region counts as
   * managed). By service, so a lookup builds no key string.
   */
  loose = /* @__PURE__ */ new Map();
  addArn(arn) {
    this.arns.add(normaliseArn(arn));
  }
  addLoose(service, resource) {
    const resources = this.loose.get(service);
    if (resources) resources.add(resource);
    else this.loose.set(service, /* @__PURE__ */ new Set([resource]));
  }
  has(arn) {
    const normalised = normaliseArn(arn);
    return this.hasNormalised(normalised) || this.loose.size > 0 && this.hasLoose(parseArn(normalised));
  }
  /**
   * The first half of `has`, for a caller that normalised the ARN itself (`normaliseArn(arn)`):
   * the classifier only parses ARNs this does not find, and parses each once.
   */
  hasNormalised(normalised) {
    return this.arns.has(normalised);
  }
  /** The second half of `has`: `parsed` is `parseArn` of the normalised ARN. */
  hasLoose(parsed) {
    return parsed !== void 0 && this.loose.get(parsed.service)?.has(parsed.resource) === true;
  }
};
function valuesAt(value, path, from = 0) {
  if (from === path.length) return [value];
  if (value === null || typeof value !== "object") return [];
  const head = path[from];
  if (head === "*") {
    return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, path, from + 1)) : [];
  }
  return valuesAt(value[head], path, from + 1);
}
function addResource(set, resource) {
  const values = resource.values ?? {};
  const arn = typeof values.arn === "string" ? values.arn : void 0;
  const id = typeof values.id === "string" ? values.id : void 0;
  if (arn?.startsWith("arn:")) set.addArn(arn);
  if (id?.startsWith("arn:") && id !== arn) set.addArn(id);
  if (resource.type === "aws_sqs_queue" && id) {
    const exact = queueUrlToArn(id);
    if (exact) set.addArn(exact);
    const queue = parseQueueUrl(id);
    if (queue && !exact) set.addLoose("sqs", queue.name);
  }
  if (resource.type === "aws_s3_bucket" && id) set.addLoose("s3", id);
  const idKey = ID_KEY.get(resource.type);
  if (idKey && id) set.addLoose("ec2", `${idKey}${id}`);
  const parts = PART_PATHS.get(resource.type);
  if (!parts) return;
  for (const { path, prefix } of parts) {
    for (const part of valuesAt(values, path)) {
      if (typeof part === "string" && part !== "") set.addLoose("ec2", `${prefix}${part}`);
    }
  }
}
function addPlan2(set, plan) {
  for (const mod of walkModules(plan.prior_state?.values?.root_module)) {
    for (const resource of mod.resources ?? []) {
      if (resource.mode === "managed") addResource(set, resource);
    }
  }
}
function managedSet(plans) {
  const set = new ManagedSet();
  for (const plan of plans) addPlan2(set, plan);
  return set;
}

// src/analyse/ownership.ts
function tagValue(key, label) {
  return (tags) => key in tags ? `${label}${tags[key] ? ` ${tags[key]}` : ""}` : void 0;
}
function tagPrefix(prefix, label) {
  return (tags) => Object.keys(tags).some((key) => key.startsWith(prefix)) ? label : void 0;
}
var OWNERSHIP_RULES = [
  {
    id: "cloudformation",
    owner: "CloudFormation (and CDK, SAM, Amplify, Copilot, eksctl, Serverless)",
    tags: "`aws:cloudformation:stack-name`",
    match: tagValue("aws:cloudformation:stack-name", "CloudFormation stack")
  },
  {
    id: "autoscaling",
    owner: "EC2 Auto Scaling",
    tags: "`aws:autoscaling:groupName`",
    match: tagValue("aws:autoscaling:groupName", "Auto Scaling group")
  },
  {
    id: "eks",
    owner: "Amazon EKS",
    tags: "`eks:cluster-name`, `aws:eks:cluster-name`, `eks:nodegroup-name`",
    match: (tags) => tagValue("eks:cluster-name", "EKS cluster")(tags) ?? tagValue("aws:eks:cluster-name", "EKS cluster")(tags) ?? tagValue("eks:nodegroup-name", "EKS node group")(tags)
  },
  {
    id: "kubernetes",
    owner: "Kubernetes controllers (cloud provider, load balancer controller, Karpenter)",
    tags: "`kubernetes.io/cluster/<name>`, `elbv2.k8s.aws/cluster`, `karpenter.sh/nodepool`",
    match: (tags) => {
      const key = Object.keys(tags).find((k) => k.startsWith("kubernetes.io/cluster/"));
      if (key) return `Kubernetes cluster ${key.slice("kubernetes.io/cluster/".length)}`;
      return tagValue("elbv2.k8s.aws/cluster", "Kubernetes cluster")(tags) ?? tagValue("karpenter.sh/nodepool", "Karpenter node pool")(tags);
    }
  },
  {
    id: "elasticbeanstalk",
    owner: "Elastic Beanstalk",
    tags: "`elasticbeanstalk:environment-name`",
    match: tagValue("elasticbeanstalk:environment-name", "Elastic Beanstalk environment")
  },
  {
    id: "ecs",
    owner: "Amazon ECS",
    tags: "`aws:ecs:*`",
    match: (tags) => tagValue("aws:ecs:clusterName", "ECS cluster")(tags) ?? tagPrefix("aws:ecs:", "Amazon ECS")(tags)
  },
  {
    id: "servicecatalog",
    owner: "AWS Service Catalog",
    tags: "`aws:servicecatalog:*`",
    match: (tags) => tagValue("aws:servicecatalog:provisionedProductArn", "Service Catalog product")(tags) ?? tagPrefix("aws:servicecatalog:", "AWS Service Catalog")(tags)
  },
  {
    id: "cloud9",
    owner: "AWS Cloud9",
    tags: "`aws:cloud9:environment`",
    match: tagValue("aws:cloud9:environment", "Cloud9 environment")
  },
  {
    id: "emr",
    owner: "Amazon EMR",
    tags: "`aws:elasticmapreduce:*`",
    match: (tags) => tagValue("aws:elasticmapreduce:job-flow-id", "EMR cluster")(tags) ?? tagPrefix("aws:elasticmapreduce:", "Amazon EMR")(tags)
  },
  {
    id: "batch",
    owner: "AWS Batch",
    tags: "`aws:batch:compute-environment`",
    match: tagValue("aws:batch:compute-environment", "Batch compute environment")
  },
  {
    id: "spot-fleet",
    owner: "EC2 Spot Fleet and EC2 Fleet",
    tags: "`aws:ec2spot:fleet-request-id`, `aws:ec2:fleet-id`",
    match: (tags) => tagValue("aws:ec2spot:fleet-request-id", "Spot Fleet request")(tags) ?? tagValue("aws:ec2:fleet-id", "EC2 Fleet")(tags)
  },
  {
    id: "backup",
    owner: "AWS Backup and Data Lifecycle Manager",
    tags: "`aws:backup:source-resource`, `aws:dlm:lifecycle-policy-id`",
    match: (tags) => tagValue("aws:backup:source-resource", "AWS Backup, from")(tags) ?? tagValue("aws:dlm:lifecycle-policy-id", "DLM policy")(tags)
  },
  {
    id: "image-builder",
    owner: "EC2 Image Builder",
    tags: "`Ec2ImageBuilderArn`",
    match: (tags) => "Ec2ImageBuilderArn" in tags ? "EC2 Image Builder" : void 0
  },
  {
    id: "sagemaker",
    owner: "Amazon SageMaker",
    tags: "`sagemaker:domain-arn`, `aws:sagemaker:*`",
    match: (tags) => "sagemaker:domain-arn" in tags ? "SageMaker domain" : tagPrefix("aws:sagemaker:", "Amazon SageMaker")(tags)
  },
  {
    id: "crossplane",
    owner: "Crossplane",
    tags: "`crossplane-kind`",
    match: (tags) => "crossplane-kind" in tags ? `Crossplane ${tags["crossplane-name"] ? tags["crossplane-name"] : tags["crossplane-kind"]}` : void 0
  }
];
var OWNERSHIP_RULE_IDS = OWNERSHIP_RULES.map((rule) => rule.id);
function claimedKeys(rules = OWNERSHIP_RULES) {
  const patterns = [];
  for (const rule of rules) {
    for (const [, key] of rule.tags.matchAll(/`([^`]+)`/g)) {
      const open = /(\*|<[^>]*>)$/.exec(key);
      patterns.push(open ? escapeRegExp(key.slice(0, open.index)) : `${escapeRegExp(key)}$`);
    }
  }
  return patterns.length === 0 ? /(?!)/ : new RegExp(`^(?:${patterns.join("|")})`, "s");
}
var CLAIMED = claimedKeys();
function mayBeOwned(tags) {
  for (const key in tags) if (CLAIMED.test(key)) return true;
  return false;
}
var NONE = /* @__PURE__ */ new Set();
function ownerOf(tags, disabled = NONE) {
  if (!mayBeOwned(tags)) return void 0;
  for (const rule of OWNERSHIP_RULES) {
    if (disabled.has(rule.id)) continue;
    const owner = rule.match(tags);
    if (owner !== void 0) return { rule: rule.id, owner };
  }
  return void 0;
}

// src/analyse/unmanaged.ts
var BLIND_SPOTS = "The Tagging API lists only resources that carry tags (or once did): resources that were never tagged, IAM users, roles and policies, resource types the API does not support, and regions not scanned are not seen. Set inventory to deep to list the common types directly.";
function ordinal(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var TypeRegionIdOrder = class {
  groups = /* @__PURE__ */ new Map();
  add(item) {
    let regions = this.groups.get(item.type);
    if (!regions) this.groups.set(item.type, regions = /* @__PURE__ */ new Map());
    const group = regions.get(item.region);
    if (group) group.push(item);
    else regions.set(item.region, [item]);
  }
  sorted() {
    const out = [];
    for (const type of [...this.groups.keys()].sort(ordinal)) {
      const regions = this.groups.get(type);
      for (const region of [...regions.keys()].sort(ordinal)) {
        const group = regions.get(region).sort(byId);
        for (let i = 0; i < group.length; i++) out.push(group[i]);
      }
    }
    return out;
  }
};
function byId(a, b) {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function coverage(managed, unmanaged) {
  if (managed + unmanaged === 0) return 100;
  return Math.round(managed / (managed + unmanaged) * 1e3) / 10;
}
var ListingIndex = class {
  rulesByGroup = /* @__PURE__ */ new Map();
  groupNames = /* @__PURE__ */ new Map();
  iamPaths = /* @__PURE__ */ new Map();
  rootVolumes = /* @__PURE__ */ new Set();
  constructor(listing) {
    for (const resource of listing?.resources ?? []) this.add(resource);
  }
  add({ terraformType, id, facts }) {
    if (facts?.rule) {
      const rules = this.rulesByGroup.get(facts.rule.groupId);
      if (rules) rules.push(facts.rule);
      else this.rulesByGroup.set(facts.rule.groupId, [facts.rule]);
    }
    if (terraformType === "aws_security_group" && facts?.groupName !== void 0) {
      this.groupNames.set(id, facts.groupName);
    }
    if (terraformType === "aws_iam_role" && facts?.iamPath) this.iamPaths.set(id, facts.iamPath);
    for (const volume of facts?.rootVolumeIds ?? []) this.rootVolumes.add(volume);
  }
};
function mergeSeen(tagging, listing) {
  const seen = tagging.resources.map(({ arn, region, tags }) => ({
    arn,
    region,
    tags,
    seenBy: "tagged"
  }));
  if (!listing) return seen;
  const byArn = /* @__PURE__ */ new Map();
  for (const one of seen) byArn.set(normaliseArn(one.arn), one);
  for (const listed of listing.resources) {
    const tagged = listed.arn ? byArn.get(normaliseArn(listed.arn)) : void 0;
    if (!tagged) {
      seen.push({
        arn: listed.arn,
        region: listed.region,
        tags: listed.tags ?? {},
        seenBy: "listed",
        listed
      });
      continue;
    }
    tagged.listed = listed;
    tagged.region = listed.region;
    if (Object.keys(tagged.tags).length === 0 && listed.tags) tagged.tags = listed.tags;
  }
  return seen;
}
function listedIdentity(listed) {
  const { terraformType, id, importId } = listed;
  return importId ? { type: terraformType, terraformType, id, importId } : { type: terraformType, terraformType, id };
}
function isAwsDefaultRule(rule) {
  if (rule.protocol !== "-1") return false;
  if (!rule.egress) return rule.referencedGroupId === rule.groupId;
  return rule.cidrIpv4 === "0.0.0.0/0" || rule.cidrIpv6 === "::/0";
}
function classifyScans(input) {
  const sorter = new Classifier(input);
  const seen = mergeSeen(input.tagging, input.listing);
  for (let i = 0; i < seen.length; i++) sorter.classify(seen[i]);
  const resources = sorter.unmanaged.sorted();
  nameImportBlocks(resources);
  return classifiedReport(input, sorter, resources);
}
var Classifier = class {
  unmanaged = new TypeRegionIdOrder();
  owned = new TypeRegionIdOrder();
  madeByAwsCounts = {};
  managed = 0;
  ignored = 0;
  input;
  disabled;
  /** Whether any ignore file ignores anything: if none does, no resource's subject is built. */
  ignoring;
  index;
  constructor(input) {
    this.input = input;
    this.disabled = input.disabledOwnershipRules ?? /* @__PURE__ */ new Set();
    this.ignoring = ignoresAnything(input.ignoreFiles);
    this.index = new ListingIndex(input.listing);
  }
  /** Puts one resource where it belongs: the first step that takes it wins. */
  classify(one) {
    if (this.isManaged(one)) {
      this.managed++;
      return;
    }
    const { listed } = one;
    const verdict = listed?.facts?.rule ? this.ruleVerdict(listed.facts.rule) : "own row";
    if (verdict === "part of its group") return;
    const awsRule = this.awsMadeRule(listed, verdict);
    if (awsRule) {
      this.madeByAwsCounts[awsRule] = (this.madeByAwsCounts[awsRule] ?? 0) + 1;
      return;
    }
    const identity = identityOf(one);
    if (this.isIgnored(one, identity)) {
      this.ignored++;
      return;
    }
    const owner = ownerOf(one.tags, this.disabled);
    if (owner) this.addOwned(one, identity, owner);
    else this.addUnmanaged(one, identity);
  }
  isManaged(one) {
    if (one.listed && this.input.accounted?.has(one.listed)) return true;
    if (!one.arn) return false;
    const normalised = normaliseArn(one.arn);
    if (this.input.managed.hasNormalised(normalised)) return true;
    return this.input.managed.hasLoose(parseArn(normalised));
  }
  /**
   * A rule of a managed group is its own row; a rule of an unmanaged group goes with the group
   * (importing the group brings it); in a default group, AWS's own rules are AWS's.
   */
  ruleVerdict(rule) {
    if (this.input.accounted?.hasParent(rule.groupId)) return "own row";
    const isDefault = this.index.groupNames.get(rule.groupId) === "default" && !this.disabled.has("default-security-group");
    if (!isDefault) return "part of its group";
    return isAwsDefaultRule(rule) ? "made by AWS" : "own row";
  }
  /** The made-by-AWS rule that matches, if any; only the listing has the facts the rules read. */
  awsMadeRule(listed, verdict) {
    if (verdict === "made by AWS") return "default-security-group";
    if (!listed) return void 0;
    const parentPath = listed.facts?.parent ? this.index.iamPaths.get(listed.facts.parent) : void 0;
    const facts = parentPath ? { ...listed.facts, iamPath: parentPath } : listed.facts;
    const subject = {
      terraformType: listed.terraformType,
      id: listed.id,
      facts,
      rootVolumes: this.index.rootVolumes
    };
    return madeByAws(subject, this.disabled);
  }
  isIgnored(one, identity) {
    return this.ignoring && isIgnored(this.input.ignoreFiles, ignoreSubject(one, identity));
  }
  addOwned(one, identity, owner) {
    const { type, id } = identity;
    const { region, arn } = one;
    this.owned.add({
      ...arn ? { arn } : {},
      type,
      region,
      id,
      owner: owner.owner,
      rule: owner.rule
    });
  }
  addUnmanaged(one, identity) {
    const { type, id, importId } = identity;
    const { region, tags, arn, seenBy, listed } = one;
    const risk = listed ? this.riskOf(listed) : void 0;
    const { severity, rule: severityRule, concerns } = assessUnmanaged({ arn, type, risk });
    this.unmanaged.add({
      ...arn ? { arn } : {},
      type,
      region,
      id,
      tags,
      seenBy,
      severity,
      severityRule,
      ...concerns.length > 0 ? { concerns } : {},
      // `to` is named once the order is known: names go in order, `_2` to the second.
      ...importId && identity.terraformType ? { importBlock: { to: "", id: importId } } : {}
    });
  }
  /** What severity reads beyond the type: a group's rules (from the listing), admin, public. */
  riskOf(listed) {
    const { facts, terraformType, id } = listed;
    const rules = facts?.rule ? [facts.rule] : terraformType === "aws_security_group" ? this.index.rulesByGroup.get(id) : void 0;
    return {
      ...rules ? { rules } : {},
      ...facts?.admin ? { admin: true } : {},
      ...facts?.public ? { public: true } : {}
    };
  }
};
function identityOf(one) {
  return one.listed ? listedIdentity(one.listed) : identifyParsed(parseArn(one.arn), one.arn);
}
function classifiedReport(input, sorter, resources) {
  const { tagging, listing } = input;
  const notListed = (listing?.faults ?? []).map(notListedEntry);
  return {
    inventory: listing ? "deep" : "tagging",
    regions: tagging.regions,
    listedTypes: listing?.types ?? [],
    notListed,
    regionErrors: regionErrors(tagging, notListed),
    resources,
    ownedByOthers: sorter.owned.sorted(),
    managed: sorter.managed,
    ignored: sorter.ignored,
    madeByAws: sorter.madeByAwsCounts,
    coverage: nothingScanned(tagging) ? null : coverage(sorter.managed, resources.length),
    blindSpots: blindSpots(listing, notListed),
    durationMs: Math.max(tagging.finishedAt, listing?.finishedAt ?? 0) - tagging.startedAt
  };
}
function regionErrors(tagging, notListed) {
  return [
    ...tagging.errors.map(({ scope, message: message2 }) => ({ scope, message: message2 })),
    ...notListed.map(({ types, region, message: message2 }) => ({
      scope: scopeOf(types.join(", "), region),
      message: message2
    }))
  ];
}
function nothingScanned(tagging) {
  const failed = new Set(tagging.errors.map((e) => e.region));
  return tagging.errors.some((e) => e.scope === "inventory") || tagging.regions.every((region) => failed.has(region));
}
function scopeOf(type, region) {
  return region ? `${type} in ${region}` : type;
}
function notListedEntry(fault) {
  const { types, region, action, message: message2 } = fault;
  return { types, ...region ? { region } : {}, action, message: message2 };
}
function nameImportBlocks(resources) {
  const names = new ImportNames();
  let type;
  let prefix = "";
  let namesOfType;
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i];
    if (!resource.importBlock) continue;
    if (resource.type !== type || !namesOfType) {
      type = resource.type;
      prefix = `${type}.`;
      namesOfType = names.of(type);
    }
    resource.importBlock.to = prefix + namesOfType.next(resource.id);
  }
}
function blindSpots(listing, notListed = []) {
  if (!listing) return BLIND_SPOTS;
  const failed = notListed.length > 0 ? ` Not listed this time, so seen only if tagged: ${notListed.map((f) => `${scopeOf(f.types.join(", "), f.region)} (${f.action})`).join("; ")}.` : "";
  return `Listed directly: ${listing.types.length} types (see docs/unmanaged.md in the Driftwatch repository). Other types are seen only when they carry tags, and regions not scanned are not seen.${failed}`;
}
function ignoreSubject(resource, identity) {
  const { importId, id } = identity;
  const ids = importId ? id && id !== importId ? [importId, id] : [importId] : id ? [id] : [];
  return { arn: resource.arn ?? "", type: identity.type, ids, tags: resource.tags };
}
function skippedReport(regions, reason, regionErrors2 = [], durationMs = 0, listing) {
  const notListed = (listing?.faults ?? []).map(notListedEntry);
  return {
    inventory: listing ? "deep" : "tagging",
    regions,
    skipped: reason,
    listedTypes: listing?.types ?? [],
    notListed,
    regionErrors: regionErrors2,
    resources: [],
    ownedByOthers: [],
    managed: 0,
    ignored: 0,
    madeByAws: {},
    coverage: null,
    blindSpots: blindSpots(listing, notListed),
    durationMs
  };
}
var NO_REGION = "no AWS region to scan for unmanaged resources: set the aws-regions input or AWS_REGION (or set scan-unmanaged to false)";
function unmanagedReport(input) {
  const { tagging, listing } = input;
  if (!tagging || input.regions.length === 0) {
    return skippedReport([], NO_REGION, [{ scope: "inventory", message: NO_REGION }]);
  }
  const errors = tagging.errors.map(({ scope, message: message2 }) => ({ scope, message: message2 }));
  const durationMs = tagging.finishedAt - tagging.startedAt;
  const failed = input.labels.filter((_, i) => !input.plans[i]);
  if (failed.length > 0) {
    return skippedReport(
      input.regions,
      `not classified because ${failed.map((label) => `'${label}'`).join(", ")} could not be planned: what ${failed.length === 1 ? "it manages" : "they manage"} would wrongly show as unmanaged`,
      errors,
      durationMs,
      listing
    );
  }
  const plans = input.plans;
  return classifyScans({
    tagging,
    ...listing ? { listing, accounted: accountedParts(plans, input.dynamicBlocks) } : {},
    managed: managedSet(plans),
    ignoreFiles: input.ignoreFiles,
    disabledOwnershipRules: new Set(input.disabledOwnershipRules)
  });
}

// src/collect/terraform/directories.ts
var PARALLEL_ROOTS = 4;
async function planDirectories(dirs, options) {
  const results = new Array(dirs.length);
  let next = 0;
  const worker = async () => {
    while (next < dirs.length) {
      const i = next++;
      const started = Date.now();
      try {
        const run = await runTerraform(dirs[i], dirs[i], options);
        results[i] = { label: dirs[i], durationMs: Date.now() - started, run };
      } catch (error) {
        if (error instanceof InputError) {
          results[i] = { label: dirs[i], durationMs: Date.now() - started, error };
          continue;
        }
        const message2 = error instanceof UserError ? error.message : `'${dirs[i]}': ${messageOf(error)}`;
        results[i] = {
          label: dirs[i],
          durationMs: Date.now() - started,
          error: options.scrub(message2)
        };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_ROOTS, dirs.length) }, worker));
  return results;
}

// src/collect/ignore-files.ts
import { readFile } from "node:fs/promises";
import { posix } from "node:path";

// src/collect/driftignore.ts
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "\\" && i + 1 < glob.length) source += escapeRegExp(glob[++i]);
    else if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, "s");
}
function splitDots(text) {
  const parts = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\" && i + 1 < text.length) {
      current += text[i] + text[i + 1];
      i++;
    } else if (text[i] === ".") {
      parts.push(current);
      current = "";
    } else {
      current += text[i];
    }
  }
  parts.push(current);
  return parts;
}
var TYPE = /^[A-Za-z0-9_:*?-]+$/;
var ARN_GLOB = /^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$/s;
var WAIVER = /^(\S+)(?:\s+(\S+))?\s+until\s+(\S+)\s*(?:#.*)?$/s;
var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDay(day) {
  const parts = DAY.exec(day);
  if (!parts) return false;
  const date = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}
function parseWaiver(text, line, today) {
  const [, target, attribute2, until] = WAIVER.exec(text);
  if (!isDay(until)) return `'${until}' is not a day: a waiver ends on a day written YYYY-MM-DD`;
  if (target.startsWith("!")) return "a waiver cannot be a negation";
  if (until < today) return { expired: { line, text, until } };
  if (attribute2 !== void 0) return { kind: "field", negate: false, line, text };
  const rule = parseLine(target, line, today);
  if (rule === null) return `'${text}' waives nothing: write the resource before 'until'`;
  return typeof rule === "string" || "expired" in rule ? rule : { ...rule, text };
}
function parseLine(raw, line, today) {
  const text = raw.trim();
  if (text === "" || text.startsWith("#")) return null;
  if (WAIVER.test(text)) return parseWaiver(text, line, today);
  const negate = text.startsWith("!");
  const body = negate ? text.slice(1).trim() : text;
  const base = { negate, line, text };
  if (body === "") return "'!' needs a rule after it";
  if (/\\$/.test(body.replace(/\\\\/g, ""))) return "a line cannot end with an unescaped backslash";
  if (body.startsWith("arn:")) {
    if (!ARN_GLOB.test(body)) {
      return `'${body}' is not an ARN glob: write arn:partition:service:region:account:resource, with * for any part`;
    }
    return { ...base, kind: "arn", pattern: globToRegExp(body) };
  }
  if (body.startsWith("tag:")) {
    const rest = body.slice(4);
    const eq = rest.indexOf("=");
    if (eq < 0)
      return `a tag rule needs a value: write tag:${rest || "Key"}=value (the value may be *)`;
    const key = rest.slice(0, eq).trim();
    if (key === "") return "a tag rule needs a key: write tag:Key=value";
    return { ...base, kind: "tag", key, value: globToRegExp(rest.slice(eq + 1).trim()) };
  }
  const parts = splitDots(body);
  if (parts.some((part) => part === "")) {
    return `'${body}' has an empty part: write type.id, e.g. aws_s3_bucket.my-bucket (escape dots in ids as \\.)`;
  }
  if (!TYPE.test(parts[0])) {
    return `'${parts[0]}' is not a resource type: write type.id, e.g. aws_s3_bucket.my-bucket, or use arn: or tag: rules`;
  }
  if (parts.length === 1) return { ...base, kind: "bare", pattern: globToRegExp(parts[0]) };
  if (parts.length === 2) {
    return { ...base, kind: "resource", type: globToRegExp(parts[0]), id: globToRegExp(parts[1]) };
  }
  return { ...base, kind: "field" };
}
function parseIgnoreFile(text, file, today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)) {
  const rules = [];
  const expired = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const parsed = parseLine(raw, i + 1, today);
    if (typeof parsed === "string") problems.push(`${file}:${i + 1}: ${parsed}`);
    else if (parsed && "expired" in parsed) expired.push(parsed.expired);
    else if (parsed) rules.push(parsed);
  });
  if (problems.length > 0) throw new UserError(problems.join("; "));
  return { file, rules, expired };
}

// src/collect/ignore-files.ts
async function loadIgnoreFiles(ignoreFile, workingDirectories) {
  if (ignoreFile) {
    let text;
    try {
      text = await readFile(ignoreFile, "utf8");
    } catch (error) {
      const code = error.code;
      const named = `names '${ignoreFile}', which`;
      const inside = `${ignoreFile.replace(/[\\/]+$/, "")}/.driftignore`;
      throw new InputError(
        "ignoreFile",
        code === "ENOENT" || code === "ENOTDIR" ? `${named} does not exist (paths are relative to the repository root).` : code === "EISDIR" ? `${named} is a directory: name the file itself, e.g. '${inside}'.` : `${named} cannot be read (${code ?? "unknown error"}).`
      );
    }
    return [parseIgnoreFile(text, ignoreFile)];
  }
  const files = [];
  for (const dir of workingDirectories) {
    const path = posix.normalize(posix.join(dir.replace(/\\/g, "/"), ".driftignore"));
    const text = await readFile(path, "utf8").catch((error) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
      throw new UserError(`${path} cannot be read (${error.code ?? "unknown error"}).`);
    });
    if (text !== void 0) files.push(parseIgnoreFile(text, path));
  }
  return files;
}

// src/analyse/directory.ts
function locateFindings(findings, index) {
  if (!index || index.size === 0) return findings;
  return findings.map((finding) => {
    const location = index.get(configAddress(finding.address));
    return location ? { ...finding, location } : finding;
  });
}
function analyseDirectory(dir) {
  const base = { label: dir.label, durationMs: dir.durationMs };
  if (!dir.plan) return { ...base, error: dir.error ?? "no plan" };
  const { drift, pending, managedResources } = analysePlan(dir.plan);
  return {
    ...base,
    ...dir.plan.terraform_version ? { terraformVersion: dir.plan.terraform_version } : {},
    drift: locateFindings(drift, dir.locations),
    pending,
    managedResources
  };
}

// src/report/attribution.ts
var GLOBAL = "global";
function regionOf(arn, fallback) {
  const parsed = arn ? parseArn(arn) : void 0;
  if (!parsed) return fallback;
  return parsed.region === "" ? GLOBAL : parsed.region;
}
function attributionSubjects(report, fallbackRegion) {
  const drift = report.directories.flatMap(
    (dir) => dir.drift.map((finding) => ({
      key: driftKey(dir.path, finding),
      region: regionOf(finding.arn, fallbackRegion),
      names: [finding.resourceId, finding.arn].filter((n) => Boolean(n)),
      severity: severityRank(finding.severity)
    }))
  );
  const unmanaged = (report.unmanaged?.resources ?? []).map((resource) => ({
    key: unmanagedKey(resource),
    region: resource.region === "global" ? GLOBAL : resource.region,
    names: [resource.id, resource.arn].filter((n) => Boolean(n)),
    severity: resource.severity ? severityRank(resource.severity) : -1
  }));
  return [...drift, ...unmanaged];
}
function knownUnmanagedSubjects(state, fallbackRegion) {
  return Object.entries(state.findings).flatMap(([key, entry]) => {
    const parsed = parseKey(key);
    if (parsed?.kind !== "unmanaged") return [];
    const arn = parseArn(parsed.resource);
    const names = arn ? [arn.resourceId, parsed.resource] : [parsed.resource.slice(parsed.resource.indexOf(":") + 1)];
    return [
      {
        key,
        region: arn ? arn.region === "" ? GLOBAL : arn.region : fallbackRegion,
        names: names.filter(Boolean),
        severity: entry.severity ? severityRank(entry.severity) : -1
      }
    ];
  });
}
function mergeAttributions(whilePlanning, afterPlans) {
  const warnings = [...new Set([whilePlanning.warning, afterPlans.warning].filter(Boolean))];
  return {
    attributions: new Map([...whilePlanning.attributions, ...afterPlans.attributions]),
    notLookedUp: afterPlans.notLookedUp,
    ...warnings.length > 0 ? { warning: warnings.join("; ") } : {}
  };
}
function withAttributions(report, subjects, found, describe) {
  const changedBy = (key) => {
    const attribution = found.attributions.get(key);
    return attribution ? { ...attribution, summary: describe(attribution) } : void 0;
  };
  const directories = report.directories.map((dir) => ({
    ...dir,
    drift: dir.drift.map((finding) => {
      const who = changedBy(driftKey(dir.path, finding));
      return who ? { ...finding, changedBy: who } : finding;
    })
  }));
  const unmanaged = report.unmanaged && {
    ...report.unmanaged,
    resources: report.unmanaged.resources.map((resource) => {
      const who = changedBy(unmanagedKey(resource));
      return who ? { ...resource, changedBy: who } : resource;
    })
  };
  const asked = subjects.filter((s) => s.names.length > 0).length;
  return {
    ...report,
    directories,
    ...unmanaged ? { unmanaged } : {},
    attribution: {
      lookedUp: asked - found.notLookedUp.length,
      found: found.attributions.size,
      notLookedUp: found.notLookedUp.length,
      ...found.warning ? { warning: found.warning } : {}
    }
  };
}

// src/report/attribution-budget.ts
var ATTRIBUTION_BUDGET = { calls: 30, ms: 2e4 };
var CALLS_WHILE_PLANNING = 10;
function attributionRegion(scope) {
  return scope.awsRegions[0] ?? process.env.AWS_REGION ?? "us-east-1";
}
async function lookUp(scope, subjects, calls) {
  const region = attributionRegion(scope);
  const [{ lookUpAttributions, describeAttribution }, { sharedCredentials }] = await Promise.all([
    import("./attribution-UVP53VE7.js"),
    import("./clients-SG24HJ23.js")
  ]);
  const credentials = sharedCredentials({
    regions: scope.awsRegions.length > 0 ? scope.awsRegions : [region],
    ...scope.roleToAssume ? { roleToAssume: scope.roleToAssume } : {}
  });
  const budget = { ...ATTRIBUTION_BUDGET, calls };
  const found = await lookUpAttributions(subjects, { credentials, budget });
  return { found, describeAttribution };
}
function askWhilePlanning(scope, previousAudit, log) {
  return previousAudit.then(async (previous) => {
    if (!previous.state) return void 0;
    const subjects = knownUnmanagedSubjects(previous.state, attributionRegion(scope));
    if (subjects.length === 0) return void 0;
    const { found } = await lookUp(scope, subjects, CALLS_WHILE_PLANNING);
    const asked = new Set(subjects.map((s) => s.key).filter((k) => !found.notLookedUp.includes(k)));
    log.info(
      `Attribution: asked CloudTrail about ${asked.size} unmanaged resources of the last audit while terraform planned`
    );
    return { asked, found };
  }).catch(() => void 0);
}
async function attribute(report, scope, log, whilePlanning) {
  const subjects = attributionSubjects(report, attributionRegion(scope));
  if (subjects.length === 0) return report;
  const answered = await whilePlanning;
  const unasked = subjects.filter((s) => !answered?.asked.has(s.key));
  const calls = ATTRIBUTION_BUDGET.calls - (answered?.asked.size ?? 0);
  const afterPlans = await lookUp(scope, unasked, Math.max(0, calls));
  const found = answered ? mergeAttributions(answered.found, afterPlans.found) : afterPlans.found;
  if (found.warning) log.warning(`Attribution: ${found.warning}`);
  const attributed = withAttributions(report, subjects, found, afterPlans.describeAttribution);
  const summary = attributed.attribution;
  if (summary) {
    log.info(
      `Attribution: CloudTrail named who changed ${summary.found} of ${subjects.length} findings${summary.notLookedUp > 0 ? `; ${summary.notLookedUp} not looked up (budget)` : ""}`
    );
  }
  return attributed;
}

// src/render/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/render/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_RESULTS = 5e3;
var VALUE_MAX = 120;
var LINE_MAX = 3 * VALUE_MAX;
var CHANGES_MAX = 20;
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "2.0"
};
var NOT_SECURITY = /* @__PURE__ */ new Set(["drift", "resource-deleted"]);
var DRIFT_RULES = SEVERITY_RULES.filter((rule) => rule.drift);
function ruleName(id) {
  return id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
}
function descriptor(rule) {
  const security = !NOT_SECURITY.has(rule.id);
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: {
      text: `${rule.title}. Found by comparing the Terraform state with the real infrastructure (terraform plan's resource_drift).`
    },
    help: {
      text: "Either change the resource back with `terraform apply`, or change the Terraform code to what the resource is now, so the next plan shows no drift."
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: security ? ["security", "drift", "terraform"] : ["drift", "terraform"],
      precision: "very-high",
      ...security ? { "security-severity": SECURITY_SEVERITY[rule.severity] } : { "problem.severity": rule.severity === "low" ? "recommendation" : "warning" }
    }
  };
}
function message(finding) {
  const what = finding.kind === "deleted" ? "deleted" : "changed";
  const concerns = finding.concerns.length > 0 ? `: ${finding.concerns.join("; ")}` : "";
  const lines = [
    `${finding.address} was ${what} outside Terraform (${finding.severity})${concerns}.`
  ];
  if (finding.kind === "deleted") {
    lines.push("The next terraform apply would create it again.");
  } else {
    const changes = describeChanges(finding.type, finding.changes, { valueLength: VALUE_MAX });
    for (const line of changes.slice(0, CHANGES_MAX))
      lines.push(`  ${clip(changeLineText(line), LINE_MAX, { flatten: true })}`);
    if (changes.length === 0) lines.push(`  ${FORM_ONLY}`);
    const hidden = changes.length - CHANGES_MAX;
    if (hidden > 0) lines.push(`  \u2026and ${hidden} more attributes (see the JSON report).`);
  }
  return lines.join("\n");
}
function fingerprint(dir, address) {
  return createHash("sha256").update(`${dir}\0${address}`).digest("hex").slice(0, 32);
}
function result(dir, finding, ruleIndex) {
  const physical = finding.location ? {
    artifactLocation: { uri: finding.location.file, uriBaseId: "%SRCROOT%" },
    region: { startLine: finding.location.line }
  } : { artifactLocation: { uri: dir.path.replace(/\/*$/, "/"), uriBaseId: "%SRCROOT%" } };
  return {
    ruleId: finding.severityRule,
    ...ruleIndex >= 0 ? { ruleIndex } : {},
    level: LEVEL[finding.severity],
    message: { text: message(finding) },
    locations: [
      {
        physicalLocation: physical,
        logicalLocations: [{ fullyQualifiedName: finding.address, kind: "resource" }]
      }
    ],
    partialFingerprints: { "driftwatch/resource/v1": fingerprint(dir.path, finding.address) },
    // SARIF's own field for when a result was first seen: the audit history's first day.
    ...finding.history?.firstSeen ? { provenance: { firstDetectionTimeUtc: `${finding.history.firstSeen}T00:00:00Z` } } : {},
    properties: {
      severity: finding.severity,
      kind: finding.kind,
      workingDirectory: dir.path,
      ...finding.concerns.length > 0 ? { concerns: finding.concerns } : {}
    }
  };
}
function buildSarif(report) {
  const ruleIndex = new Map(DRIFT_RULES.map((rule, i) => [rule.id, i]));
  const all = report.directories.flatMap((dir) => dir.drift.map((finding) => ({ dir, finding })));
  const ranked = [...all].sort(
    (a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity)
  );
  const kept = ranked.slice(0, MAX_RESULTS);
  const left = all.length - kept.length;
  const notifications = [
    ...report.errors.map((error) => ({
      level: "error",
      message: { text: errorText(error) }
    })),
    ...left > 0 ? [
      {
        level: "warning",
        message: {
          text: `${left} less severe drifted resources were left out (code scanning keeps ${MAX_RESULTS} results per run); the JSON report has them all.`
        }
      }
    ] : []
  ];
  const directories = report.directories.map((d) => d.path).join(",");
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Driftwatch",
            semanticVersion: report.tool.version,
            version: report.tool.version,
            rules: DRIFT_RULES.map(descriptor)
          }
        },
        // Code scanning replaces an earlier upload with the same category only: a matrix job
        // per working directory keeps its own alerts.
        automationDetails: { id: `driftwatch/${directories}/` },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            endTimeUtc: report.generatedAt,
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        results: kept.map(
          ({ dir, finding }) => result(dir, finding, ruleIndex.get(finding.severityRule) ?? -1)
        ),
        ...left > 0 ? { properties: { resultsLeftOut: left } } : {}
      }
    ]
  };
}
function renderSarif(report) {
  return `${JSON.stringify(buildSarif(report), null, 2)}
`;
}

// src/pipeline.ts
function typeGlob(glob) {
  return new RegExp(`^${glob.replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}
function typesToList(inputs, ignoreFiles) {
  if (!inputs.scanUnmanaged || inputs.inventory !== "deep") return void 0;
  const all = Object.keys(LISTED_TYPES);
  const globs = inputs.inventoryTypes.map((glob) => ({ glob, pattern: typeGlob(glob) }));
  for (const { glob, pattern } of globs) {
    if (!all.some((type) => pattern.test(type))) {
      throw new InputError(
        "inventoryTypes",
        `has '${glob}', which names no listed type; the listed types are ${all.join(", ")}.`
      );
    }
  }
  return all.filter(
    (type) => (globs.length === 0 || globs.some(({ pattern }) => pattern.test(type))) && !ignoresWholeType(ignoreFiles, type)
  );
}
function checkRuleIds(inputs) {
  const ids = [...OWNERSHIP_RULE_IDS, ...AWS_MADE_RULE_IDS];
  const unknown = inputs.disabledOwnershipRules.find((id) => !ids.includes(id));
  if (unknown === void 0) return;
  throw new InputError(
    "disabledOwnershipRules",
    `has '${unknown}', which is not a rule id; the ids are ${ids.join(", ")}.`
  );
}
async function terraformEnv(env) {
  const cacheDir = pluginCacheDir(env);
  await mkdir(cacheDir, { recursive: true });
  return { ...env, TF_IN_AUTOMATION: "1", TF_INPUT: "0", TF_PLUGIN_CACHE_DIR: cacheDir };
}
async function remedyOptions(inputs, scrubber, env, log) {
  return {
    repoRoot: sourceRoot(env),
    terraform: {
      binary: await findTerraform(),
      env: await terraformEnv(env),
      initArgs: inputs.initArgs,
      planArgs: inputs.planArgs,
      varFiles: inputs.varFiles,
      scrub: (text) => scrubber.scrub(text)
    },
    holdsSecret: (text) => scrubber.scrub(text) !== text,
    log
  };
}
async function prepare(inputs) {
  checkRuleIds(inputs);
  const ignoreFiles = inputs.scanUnmanaged ? await loadIgnoreFiles(inputs.ignoreFile, inputs.workingDirectories) : [];
  const listTypes = typesToList(inputs, ignoreFiles);
  const binary = await findTerraform();
  const env = await terraformEnv(process.env);
  return { ignoreFiles, listTypes, binary, env };
}
function idleCores(roots, cores = availableParallelism()) {
  return Math.min(PARALLEL_ROOTS, roots) < cores;
}
async function runAccountScan(inputs, listTypes) {
  const { awsRegions: regions, roleToAssume } = inputs;
  if (!listTypes) {
    const { scanAccount } = await import("./account-WKMDAFEY.js");
    return scanAccount({ regions, roleToAssume });
  }
  const { scanInThread } = await import("./thread-DILSPH4F.js");
  const lowPriority = idleCores(inputs.workingDirectories.length);
  return scanInThread({ regions, roleToAssume, listTypes, lowPriority });
}
async function collectAll(inputs, prepared, scrubber, log, options) {
  const planStarted = Date.now();
  let planFinished = planStarted;
  let markStarted;
  const terraformStarted = new Promise((resolve) => markStarted = resolve);
  const planning = planDirectories(inputs.workingDirectories, {
    binary: prepared.binary,
    init: inputs.terraformInit,
    initArgs: inputs.initArgs,
    planArgs: inputs.planArgs,
    varFiles: inputs.varFiles,
    env: prepared.env,
    scrub: (text) => scrubber.scrub(text),
    addSecrets: (values) => learnSecrets(scrubber, values, log),
    onStarted: markStarted,
    schemaCacheDir: pluginCacheDir(prepared.env),
    onNotice: (message2) => log.notice(message2),
    onWarning: (message2) => log.warning(message2)
  }).finally(() => {
    planFinished = Date.now();
    markStarted();
  });
  void terraformStarted.then(() => options.terraformStarted?.());
  const scanning = inputs.scanUnmanaged && inputs.awsRegions.length > 0 ? terraformStarted.then(() => runAccountScan(inputs, prepared.listTypes)) : Promise.resolve(void 0);
  const [runs, account] = await Promise.all([planning, scanning]);
  return { runs, account, planStarted, planFinished };
}
function learnSecrets(scrubber, values, log) {
  scrubber.add(values);
  for (const secret of scrubber.values) log.secret(secret);
}
function sourcesOf(files, root) {
  try {
    return findSources(files, root);
  } catch {
    return void 0;
  }
}
function readSourcesAndSecrets(runs, scrubber, log, options) {
  const root = sourceRoot();
  const sources = runs.map((result2) => result2.run ? sourcesOf(result2.run.files, root) : void 0);
  const collected = runs.map((result2, i) => {
    const base = { label: result2.label, durationMs: result2.durationMs };
    if (!result2.run) return { ...base, error: failureLine(result2.error, scrubber, options) };
    const plan = result2.run.plan;
    learnSecrets(scrubber, collectSecrets(plan), log);
    const { initMs, planMs, readMs, showMs } = result2.run.timings;
    const read = result2.run.reader === "show" ? `show ${showMs} ms` : `read plan file ${readMs} ms`;
    log.info(`${result2.label}: init ${initMs} ms, plan ${planMs} ms, ${read}`);
    const locations = sources[i]?.locations;
    return { ...base, plan, ...locations ? { locations } : {} };
  });
  return { collected, dynamicBlocks: sources.map((found) => found?.dynamicBlocks ?? /* @__PURE__ */ new Map()) };
}
function failureLine(error, scrubber, options) {
  if (!(error instanceof InputError)) return error;
  return scrubber.scrub(options.inputMessage?.(error) ?? error.message);
}
function logScan(collectedRun, scrubber, log) {
  const { account, planStarted, planFinished } = collectedRun;
  const tagging = account?.tagging;
  const listing = account?.listing;
  if (tagging) {
    const overlap = Math.min(planFinished, tagging.finishedAt) - Math.max(planStarted, tagging.startedAt);
    log.info(
      `Terraform plans took ${planFinished - planStarted} ms, the inventory scan of ${tagging.regions.join(", ")} ${tagging.finishedAt - tagging.startedAt} ms; they overlapped ${Math.max(0, overlap)} ms`
    );
    for (const fault of tagging.errors) log.warning(`Inventory: ${scrubber.scrub(fault.message)}`);
  }
  if (listing) {
    const slowest = Object.entries(listing.durations).sort(([, a], [, b]) => b - a)[0];
    const thread = account.priority ? `, in a thread at ${account.priority} priority` : "";
    log.info(
      `Listed ${listing.types.length} types directly in ${listing.finishedAt - listing.startedAt} ms${thread} (${listing.resources.length} resources${slowest ? `; slowest ${slowest[0]} ${slowest[1]} ms` : ""})`
    );
    for (const fault of listing.faults) log.warning(`Inventory: ${scrubber.scrub(fault.message)}`);
  }
}
function classifyUnmanaged(inputs, account, collected, dynamicBlocks, ignoreFiles, log) {
  const unused = unusedRules(ignoreFiles);
  if (unused.length > 0) {
    log.info(
      `Field rules (type.id.attribute) and waivers of an attribute only silence attribute drift; they do not apply to unmanaged resources: ${unused.join(", ")}`
    );
  }
  for (const line of expiredWaivers(ignoreFiles)) log.warning(line);
  if (!inputs.scanUnmanaged) return void 0;
  const listing = account?.listing;
  const unmanaged = unmanagedReport({
    regions: inputs.awsRegions,
    tagging: account?.tagging,
    ...listing ? { listing } : {},
    plans: collected.map((dir) => dir.plan),
    dynamicBlocks,
    labels: collected.map((dir) => dir.label),
    ignoreFiles,
    disabledOwnershipRules: inputs.disabledOwnershipRules
  });
  if (unmanaged.skipped) log.warning(`Unmanaged resources: ${unmanaged.skipped}`);
  return unmanaged;
}
async function audit(inputs, run, log, options = {}) {
  const prepared = await prepare(inputs);
  const scrubber = new Scrubber();
  const whilePlanning = attributeWhilePlanning(inputs, options, log);
  log.info(`Planning ${inputs.workingDirectories.join(", ")} with ${prepared.binary}`);
  const collectedRun = await collectAll(inputs, prepared, scrubber, log, options);
  const { collected, dynamicBlocks } = readSourcesAndSecrets(
    collectedRun.runs,
    scrubber,
    log,
    options
  );
  logScan(collectedRun, scrubber, log);
  const unmanaged = classifyUnmanaged(
    inputs,
    collectedRun.account,
    collected,
    dynamicBlocks,
    prepared.ignoreFiles,
    log
  );
  const report = buildReport({
    directories: collected.map(analyseDirectory),
    version: VERSION,
    run,
    ...unmanaged ? { unmanaged } : {}
  });
  const compared = await compareWithHistory(report, options.history);
  const attributed = options.attribution ? await attribute(compared.report, inputs, log, whilePlanning) : compared.report;
  return { ...compared, report: scrubber.scrubDeep(attributed), scrubber };
}
function attributeWhilePlanning(inputs, options, log) {
  const history = options.history;
  if (!options.attribution || history?.kind !== "audit") return Promise.resolve(void 0);
  return askWhilePlanning(inputs, history.previous, log);
}
async function compareWithHistory(report, history) {
  if (!history) return { report };
  const previous = await history.previous;
  if (history.kind === "pull-request") return { report: withBaseline(report, previous) };
  const { report: advanced, state } = withAuditHistory(report, previous);
  return { report: advanced, auditState: state };
}
function reportFileTexts(report, scrubber) {
  return {
    "report-path": () => scrubber.scrub(renderJson(report)),
    "sarif-path": () => scrubber.scrub(renderSarif(report))
  };
}

export {
  coverage,
  renderJson,
  remedyOptions,
  audit,
  reportFileTexts
};
//# sourceMappingURL=chunk-7GBZAHWI.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/model/arn.ts
var UNTYPED = { s3: "bucket", sqs: "queue", sns: "topic" };
function parseArn(text) {
  if (!text.startsWith("arn:")) return void 0;
  const afterPartition = text.indexOf(":", 4);
  if (afterPartition <= 4) return void 0;
  const afterService = text.indexOf(":", afterPartition + 1);
  if (afterService <= afterPartition + 1) return void 0;
  const afterRegion = text.indexOf(":", afterService + 1);
  if (afterRegion < 0) return void 0;
  const afterAccount = text.indexOf(":", afterRegion + 1);
  if (afterAccount < 0 || afterAccount === text.length - 1) return void 0;
  const partition = text.slice(4, afterPartition);
  const service = text.slice(afterPartition + 1, afterService);
  const region = text.slice(afterService + 1, afterRegion);
  const account = text.slice(afterRegion + 1, afterAccount);
  const resource = text.slice(afterAccount + 1);
  const sep = typeSeparator(resource);
  const untyped = UNTYPED[service];
  if (untyped && sep < 0) {
    return {
      partition,
      service,
      region,
      account,
      resource,
      resourceType: untyped,
      resourceId: resource
    };
  }
  const resourceType = sep < 0 ? "" : resource.slice(0, sep);
  const resourceId = sep < 0 ? resource : resource.slice(sep + 1);
  return { partition, service, region, account, resource, resourceType, resourceId };
}
function typeSeparator(resource) {
  const slash = resource.indexOf("/");
  const colon = resource.indexOf(":");
  return slash < 0 ? colon : colon < 0 || slash < colon ? slash : colon;
}
function serviceStart(arn) {
  if (!arn.startsWith("arn:")) return -1;
  const afterPartition = arn.indexOf(":", 4);
  return afterPartition <= 4 ? -1 : afterPartition + 1;
}
function normaliseArn(arn) {
  const out = arn.trim();
  const service = serviceStart(out);
  if (service < 0) return out;
  if (out.startsWith("logs:", service)) return out.endsWith(":*") ? out.slice(0, -2) : out;
  if (out.startsWith("ssm:", service) && out.includes(":parameter//")) {
    return out.replace(/:parameter\/\/+/, ":parameter/");
  }
  return out;
}
function dnsSuffix(partition) {
  if (partition === "aws-cn") return "amazonaws.com.cn";
  if (partition === "aws-iso") return "c2s.ic.gov";
  if (partition === "aws-iso-b") return "sc2s.sgov.gov";
  return "amazonaws.com";
}
function partitionOf(region) {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("us-iso-")) return "aws-iso";
  if (region.startsWith("us-isob-")) return "aws-iso-b";
  return "aws";
}
function parseQueueUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  const path = parsed.pathname.split("/").filter(Boolean);
  if (path.length !== 2 || !/^\d{12}$/.test(path[0])) return void 0;
  const host = parsed.hostname;
  const region = /^sqs\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(host)?.[1] ?? /^([a-z0-9-]+)\.queue\.amazonaws\.com(\.cn)?$/.exec(host)?.[1] ?? /^sqs\.([a-z]{2}(-[a-z]+)+-\d)\./.exec(host)?.[1];
  return { account: path[0], name: path[1], ...region ? { region } : {} };
}
function queueUrlToArn(url) {
  const queue = parseQueueUrl(url);
  if (!queue?.region) return void 0;
  return `arn:${partitionOf(queue.region)}:sqs:${queue.region}:${queue.account}:${queue.name}`;
}
function queueArnToUrl(arn) {
  return `https://sqs.${arn.region}.${dnsSuffix(arn.partition)}/${arn.account}/${arn.resourceId}`;
}

export {
  parseArn,
  normaliseArn,
  partitionOf,
  parseQueueUrl,
  queueUrlToArn,
  queueArnToUrl
};
//# sourceMappingURL=chunk-UEO5CBCT.js.map

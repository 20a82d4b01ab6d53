import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  tagsOf
} from "./chunk-MF3KIHXQ.js";
import {
  EXPIRED_CREDENTIALS,
  classifyFault,
  createClient,
  credentialsFault,
  endpointClause,
  errorName,
  sharedCredentials
} from "./chunk-NZAG3SLV.js";
import "./chunk-XLWJYSYU.js";
import {
  parseArn
} from "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import {
  paginateGetResources
} from "./chunk-JFWJLGLY.js";
import "./chunk-GXTROH3I.js";
import "./chunk-PVKFD2IH.js";
import "./chunk-BOO5ZA6T.js";
import "./chunk-BTKDSBW3.js";
import "./chunk-32CQHLVU.js";
import "./chunk-UMQIBEZV.js";
import "./chunk-4VRGRBXQ.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";

// src/collect/aws/tagging.ts
var PAGE_SIZE = 100;
function regionFault(region, error) {
  const fault = classifyFault(error);
  const { kind, name, detail, tries } = fault;
  switch (kind) {
    case "foreign":
    case "unsupported":
      return `region ${region}: ${endpointClause(fault, "the Tagging API")}`;
    case "expired":
      return EXPIRED_CREDENTIALS;
    case "denied":
      return `region ${region} denied access (${detail}): check the role's tag:GetResources permission`;
    case "rejected":
      return `region ${region} rejected the credentials (${detail}): check they are for this account and the region is enabled for it`;
    case "throttled":
      return `region ${region} kept throttling the Tagging API${tries}: run again later, or allow more attempts with AWS_MAX_ATTEMPTS`;
    case "token-expired":
      return `region ${region}: the Tagging API's pagination token expired twice while listing: run again`;
    case "unreachable":
      return `region ${region}: the Tagging API could not be reached (${detail})`;
    case "failing":
      return `region ${region}: the Tagging API kept failing${tries} (${name}: ${detail}): run again later`;
    default:
      return `region ${region}: ${name}: ${detail}`;
  }
}
async function scanRegion(client) {
  const found = /* @__PURE__ */ new Map();
  for (let restarted = false; ; restarted = true) {
    try {
      const pages = paginateGetResources(
        { client, pageSize: PAGE_SIZE, stopOnSameToken: true },
        { ResourcesPerPage: PAGE_SIZE }
      );
      for await (const page of pages) {
        for (const mapping of page.ResourceTagMappingList ?? []) {
          if (mapping.ResourceARN) found.set(mapping.ResourceARN, tagsOf(mapping.Tags));
        }
      }
      return found;
    } catch (error) {
      if (restarted || errorName(error) !== "PaginationTokenExpiredException") throw error;
    }
  }
}
async function defaultClient(region, credentials) {
  return (await createClient("tagging", region, credentials)).client;
}
async function scanTaggingApi(options) {
  const startedAt = Date.now();
  const { regions } = options;
  const done = (resources2, errors2) => ({
    regions,
    resources: resources2,
    errors: errors2,
    startedAt,
    finishedAt: Date.now()
  });
  const credentials = sharedCredentials(options);
  try {
    await credentials();
  } catch (error) {
    return done(
      [],
      [{ scope: "inventory", message: credentialsFault(error, options.roleToAssume) }]
    );
  }
  const makeClient = options.client ?? defaultClient;
  const results = await Promise.allSettled(
    regions.map(async (region) => {
      const client = await makeClient(region, credentials);
      try {
        return await scanRegion(client);
      } finally {
        client.destroy();
      }
    })
  );
  const resources = /* @__PURE__ */ new Map();
  const errors = [];
  results.forEach((result, i) => {
    const region = regions[i];
    if (result.status === "rejected") {
      errors.push({
        scope: `region ${region}`,
        region,
        message: regionFault(region, result.reason)
      });
      return;
    }
    for (const [arn, tags] of result.value) {
      if (resources.has(arn)) continue;
      resources.set(arn, { arn, region: parseArn(arn)?.region || region, tags });
    }
  });
  return done([...resources.values()], errors);
}

// src/collect/aws/account.ts
async function scanAccount(options) {
  const startedAt = Date.now();
  const { regions, roleToAssume, listTypes } = options;
  const credentials = sharedCredentials({ regions, roleToAssume });
  let identity;
  try {
    identity = await credentials();
  } catch (error) {
    const message = credentialsFault(error, roleToAssume);
    const errors = [{ scope: "inventory", message }];
    return { tagging: { regions, resources: [], errors, startedAt, finishedAt: Date.now() } };
  }
  const listing = listTypes ? import("./listing-7CFVXSSM.js").then(
    ({ listResources }) => (
      // Credentials name their account when they can (AWS_ACCOUNT_ID, a web identity, the role
      // to assume: see sharedCredentials); then the listing need not ask STS, a call some
      // listers (snapshots, key pairs) wait for.
      listResources({ regions, types: listTypes, credentials, account: identity.accountId })
    )
  ) : void 0;
  const [tagging, listed] = await Promise.all([scanTaggingApi({ regions, credentials }), listing]);
  return listed ? { tagging, listing: listed } : { tagging };
}
export {
  scanAccount
};
//# sourceMappingURL=account-WKMDAFEY.js.map

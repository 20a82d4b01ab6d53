import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  foreignDetail,
  isHtmlPage,
  isLasting,
  mayBeHtml
} from "./chunk-XLWJYSYU.js";
import {
  parseArn
} from "./chunk-UEO5CBCT.js";
import {
  clipToLine,
  messageOf
} from "./chunk-FFYNXMZ5.js";
import {
  AdaptiveRetryStrategy,
  StandardRetryStrategy,
  normalizeProvider
} from "./chunk-4VRGRBXQ.js";
import {
  CredentialsProviderError,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  loadConfig
} from "./chunk-ISHEMCTQ.js";

// node_modules/@aws-sdk/credential-providers/dist-es/fromNodeProviderChain.js
var fromNodeProviderChain = (init = {}) => {
  let chain;
  return async (args) => {
    if (!chain) {
      const { defaultProvider } = await import("./dist-es-6R6AGIPN.js");
      chain = defaultProvider({ ...init });
    }
    return chain(args);
  };
};

// node_modules/@aws-sdk/credential-providers/dist-es/fromTemporaryCredentials.base.js
var ASSUME_ROLE_DEFAULT_REGION = "us-east-1";
var fromTemporaryCredentials = (options, credentialDefaultProvider, regionProvider) => {
  let stsClient;
  return async (awsIdentityProperties = {}) => {
    const { callerClientConfig } = awsIdentityProperties;
    const profile = options.clientConfig?.profile ?? callerClientConfig?.profile;
    const logger = options.logger ?? callerClientConfig?.logger;
    logger?.debug("@aws-sdk/credential-providers - fromTemporaryCredentials (STS)");
    const params = { ...options.params, RoleSessionName: options.params.RoleSessionName ?? "aws-sdk-js-" + Date.now() };
    if (params?.SerialNumber) {
      if (!options.mfaCodeProvider) {
        throw new CredentialsProviderError(`Temporary credential requires multi-factor authentication, but no MFA code callback was provided.`, {
          tryNextLink: false,
          logger
        });
      }
      params.TokenCode = await options.mfaCodeProvider(params?.SerialNumber);
    }
    const { AssumeRoleCommand, STSClient } = await import("./loadSts-MRD4PPOT.js");
    if (!stsClient) {
      const defaultCredentialsOrError = typeof credentialDefaultProvider === "function" ? credentialDefaultProvider() : void 0;
      const credentialSources = [
        options.masterCredentials,
        options.clientConfig?.credentials,
        void callerClientConfig?.credentials,
        callerClientConfig?.credentialDefaultProvider?.(),
        defaultCredentialsOrError
      ];
      let credentialSource = "STS client default credentials";
      if (credentialSources[0]) {
        credentialSource = "options.masterCredentials";
      } else if (credentialSources[1]) {
        credentialSource = "options.clientConfig.credentials";
      } else if (credentialSources[2]) {
        credentialSource = "caller client's credentials";
        throw new Error("fromTemporaryCredentials recursion in callerClientConfig.credentials");
      } else if (credentialSources[3]) {
        credentialSource = "caller client's credentialDefaultProvider";
      } else if (credentialSources[4]) {
        credentialSource = "AWS SDK default credentials";
      }
      const regionSources = [
        options.clientConfig?.region,
        callerClientConfig?.region,
        await regionProvider?.({
          profile
        }),
        ASSUME_ROLE_DEFAULT_REGION
      ];
      let regionSource = "default partition's default region";
      if (regionSources[0]) {
        regionSource = "options.clientConfig.region";
      } else if (regionSources[1]) {
        regionSource = "caller client's region";
      } else if (regionSources[2]) {
        regionSource = "file or env region";
      }
      const requestHandlerSources = [
        filterRequestHandler(options.clientConfig?.requestHandler),
        filterRequestHandler(callerClientConfig?.requestHandler)
      ];
      let requestHandlerSource = "STS default requestHandler";
      if (requestHandlerSources[0]) {
        requestHandlerSource = "options.clientConfig.requestHandler";
      } else if (requestHandlerSources[1]) {
        requestHandlerSource = "caller client's requestHandler";
      }
      logger?.debug?.(`@aws-sdk/credential-providers - fromTemporaryCredentials STS client init with ${regionSource}=${await normalizeProvider(coalesce(regionSources))()}, ${credentialSource}, ${requestHandlerSource}.`);
      stsClient = new STSClient({
        userAgentAppId: callerClientConfig?.userAgentAppId,
        ...options.clientConfig,
        credentials: coalesce(credentialSources),
        logger,
        profile,
        region: coalesce(regionSources),
        requestHandler: coalesce(requestHandlerSources)
      });
    }
    if (options.clientPlugins) {
      for (const plugin of options.clientPlugins) {
        stsClient.middlewareStack.use(plugin);
      }
    }
    const { Credentials } = await stsClient.send(new AssumeRoleCommand(params));
    if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) {
      throw new CredentialsProviderError(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`, {
        logger
      });
    }
    return {
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      sessionToken: Credentials.SessionToken,
      expiration: Credentials.Expiration,
      credentialScope: Credentials.CredentialScope
    };
  };
};
var filterRequestHandler = (requestHandler) => {
  return requestHandler?.metadata?.handlerProtocol === "h2" ? void 0 : requestHandler;
};
var coalesce = (args) => {
  for (const item of args) {
    if (item !== void 0) {
      return item;
    }
  }
};

// node_modules/@aws-sdk/credential-providers/dist-es/fromTemporaryCredentials.js
var fromTemporaryCredentials2 = (options) => {
  return fromTemporaryCredentials(options, fromNodeProviderChain, async ({ profile = process.env.AWS_PROFILE }) => loadConfig({
    environmentVariableSelector: (env) => env.AWS_REGION,
    configFileSelector: (profileData) => {
      return profileData.region;
    },
    default: () => void 0
  }, { ...NODE_REGION_CONFIG_FILE_OPTIONS, profile })());
};

// src/collect/aws/clients.ts
import { buffer } from "node:stream/consumers";

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
var UNSUPPORTED = /* @__PURE__ */ new Set(["UnknownOperationException", "InvalidAction"]);
var NETWORK = /* @__PURE__ */ new Set(["ENOTFOUND", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EAI_AGAIN"]);
var CODELESS = /* @__PURE__ */ new Set(["Unknown", "UnknownError"]);
var ForeignAnswer = class extends Error {
  name = "ForeignAnswer";
  $metadata;
  constructor(status) {
    super(foreignDetail(status, true));
    this.$metadata = { httpStatusCode: status };
  }
};
function errorName(error) {
  const e = error;
  return e?.name && e.name !== "Error" ? e.name : e?.code ?? e?.Code ?? "Error";
}
function isForeign(error, name, status) {
  if (error instanceof ForeignAnswer) return true;
  if (status === void 0) return false;
  const message = messageOf(error);
  const unparsed = name === "SyntaxError" || typeof error === "object" && error !== null && "$responseBodyText" in error || /XML parse error/.test(message);
  const codeless = CODELESS.has(name) || name === "NotFound" && status === 404 && CODELESS.has(message);
  return unparsed || codeless;
}
function kindOf(error, name, status) {
  if (THROTTLING.has(name) || status === 429) return "throttled";
  if (isForeign(error, name, status)) return "foreign";
  if (EXPIRED.has(name)) return "expired";
  if (DENIED.has(name) || status === 403 && !REJECTED.has(name)) return "denied";
  if (REJECTED.has(name)) return "rejected";
  if (UNSUPPORTED.has(name) || status === 501) return "unsupported";
  if (name === "PaginationTokenExpiredException") return "token-expired";
  if (NETWORK.has(name) || name === "TimeoutError") return "unreachable";
  if (status !== void 0 && status >= 500) return "failing";
  return "other";
}
function classifyFault(error) {
  const name = errorName(error);
  const metadata = error?.$metadata;
  const status = metadata?.httpStatusCode;
  const kind = kindOf(error, name, status);
  return {
    kind,
    name,
    detail: kind === "foreign" ? foreignDetail(status, error instanceof ForeignAnswer) : clipToLine(messageOf(error), 200),
    tries: metadata?.attempts ? ` after ${metadata.attempts} attempts` : ""
  };
}
function cannotHeal(error) {
  const e = error;
  if (e?.$metadata?.clockSkewCorrected || /Signature expired/.test(e?.message ?? "")) return false;
  return isLasting(classifyFault(error).kind);
}
function endpointClause(fault, subject) {
  return fault.kind === "unsupported" ? `the endpoint for ${subject} does not offer it (${fault.name}): check AWS_ENDPOINT_URL` : `the endpoint for ${subject} answered ${fault.detail} instead of the API: check AWS_ENDPOINT_URL, or a proxy in between`;
}
var EXPIRED_CREDENTIALS = "credentials expired: refresh them (aws-actions/configure-aws-credentials)";
function credentialsFault(error, roleToAssume) {
  const fault = classifyFault(error);
  const { kind, detail } = fault;
  if (kind === "expired") return EXPIRED_CREDENTIALS;
  if (roleToAssume && (kind === "foreign" || kind === "unsupported")) {
    return `could not assume role-to-assume ${roleToAssume}: ${endpointClause(fault, "sts:AssumeRole")}`;
  }
  if (roleToAssume) {
    return `could not assume role-to-assume ${roleToAssume} (${detail}): check the role's trust policy allows sts:AssumeRole for the current identity`;
  }
  return `no usable AWS credentials (${detail}): configure them before this step, e.g. with aws-actions/configure-aws-credentials`;
}

// src/collect/aws/clients.ts
var MAX_ATTEMPTS = 10;
var RETRY_MODES = /* @__PURE__ */ new Set(["standard", "adaptive", "legacy"]);
var FailFast = class {
  constructor(sdk) {
    this.sdk = sdk;
  }
  sdk;
  acquireInitialRetryToken(scope) {
    return this.sdk.acquireInitialRetryToken(scope);
  }
  async refreshRetryTokenForRetry(token, info) {
    if (cannotHeal(info.error)) throw new Error("not retried: no retry can heal this fault");
    return this.sdk.refreshRetryTokenForRetry(token, info);
  }
  recordSuccess(token) {
    this.sdk.recordSuccess(token);
  }
};
function retrySettings(env = process.env) {
  const mode = env.AWS_RETRY_MODE?.trim();
  const attempts = Number(env.AWS_MAX_ATTEMPTS);
  const retryMode = mode && RETRY_MODES.has(mode) ? mode : "adaptive";
  const maxAttempts = Number.isInteger(attempts) && attempts > 0 ? attempts : MAX_ATTEMPTS;
  const sdk = retryMode === "adaptive" ? new AdaptiveRetryStrategy(maxAttempts) : new StandardRetryStrategy(maxAttempts);
  return { retryMode, maxAttempts, retryStrategy: new FailFast(sdk) };
}
function awsClientConfig(region, credentials, env = process.env) {
  return { region, credentials, ...retrySettings(env) };
}
var refuseHtml = (next) => async (args) => {
  const result = await next(args);
  const response = result.response;
  if (!mayBeHtml(response.headers?.["content-type"])) return result;
  const body = await buffer(response.body);
  if (isHtmlPage(body.toString("utf8", 0, 1024))) throw new ForeignAnswer(response.statusCode);
  response.body = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return result;
};
var faultRules = {
  applyToStack: (stack) => stack.add(refuseHtml, {
    step: "deserialize",
    priority: "low",
    name: "driftwatchRefuseHtml",
    override: true
  })
};
function inAccountOf(roleArn, provider) {
  const account = parseArn(roleArn)?.account;
  return async () => {
    const identity = await provider();
    return identity.accountId || !account ? identity : { ...identity, accountId: account };
  };
}
function sharedCredentials(options) {
  const { retryMode, maxAttempts, retryStrategy } = retrySettings();
  const clients = {
    clientConfig: { retryMode, maxAttempts, retryStrategy },
    clientPlugins: [faultRules]
  };
  const base = options.credentials ?? fromNodeProviderChain(clients);
  const provider = options.roleToAssume ? inAccountOf(
    options.roleToAssume,
    fromTemporaryCredentials2({
      params: {
        RoleArn: options.roleToAssume,
        RoleSessionName: "driftwatch",
        DurationSeconds: 3600
      },
      masterCredentials: base,
      clientConfig: { ...clients.clientConfig, region: options.regions[0] },
      clientPlugins: clients.clientPlugins
    })
  ) : base;
  let pending;
  return () => {
    pending ??= provider();
    return pending;
  };
}
var SERVICES = {
  tagging: {
    iam: "tag",
    make: async (config) => {
      const sdk = await import("./tagging-K34KNXGU.js");
      return { sdk, client: new sdk.ResourceGroupsTaggingAPIClient(config) };
    }
  },
  sts: {
    iam: "sts",
    make: async (config) => {
      const sdk = await import("./sts-T45ZYALJ.js");
      return { sdk, client: new sdk.STSClient(config) };
    }
  },
  ec2: {
    iam: "ec2",
    make: async (config) => {
      const sdk = await import("./ec2-57FWZRHG.js");
      return { sdk, client: new sdk.EC2Client(config) };
    }
  },
  iam: {
    iam: "iam",
    make: async (config) => {
      const sdk = await import("./iam-6X6Q2LX6.js");
      return { sdk, client: new sdk.IAMClient(config) };
    }
  },
  s3: {
    iam: "s3",
    make: async (config) => {
      const sdk = await import("./s3-OARN5A3T.js");
      return { sdk, client: new sdk.S3Client(config) };
    }
  },
  kms: {
    iam: "kms",
    make: async (config) => {
      const sdk = await import("./kms-BLYSM357.js");
      return { sdk, client: new sdk.KMSClient(config) };
    }
  },
  secretsmanager: {
    iam: "secretsmanager",
    make: async (config) => {
      const sdk = await import("./secretsmanager-IRYMJRXO.js");
      return { sdk, client: new sdk.SecretsManagerClient(config) };
    }
  },
  lambda: {
    iam: "lambda",
    make: async (config) => {
      const sdk = await import("./lambda-42EN6TGF.js");
      return { sdk, client: new sdk.LambdaClient(config) };
    }
  },
  rds: {
    iam: "rds",
    make: async (config) => {
      const sdk = await import("./rds-KEMESAKN.js");
      return { sdk, client: new sdk.RDSClient(config) };
    }
  },
  elbv2: {
    iam: "elasticloadbalancing",
    make: async (config) => {
      const sdk = await import("./elbv2-KK26WXIA.js");
      return { sdk, client: new sdk.ElasticLoadBalancingV2Client(config) };
    }
  },
  route53: {
    iam: "route53",
    make: async (config) => {
      const sdk = await import("./route53-PAJKHZNH.js");
      return { sdk, client: new sdk.Route53Client(config) };
    }
  },
  sns: {
    iam: "sns",
    make: async (config) => {
      const sdk = await import("./sns-JYAAYG35.js");
      return { sdk, client: new sdk.SNSClient(config) };
    }
  },
  sqs: {
    iam: "sqs",
    make: async (config) => {
      const sdk = await import("./sqs-MO3Q7HHD.js");
      return { sdk, client: new sdk.SQSClient(config) };
    }
  },
  ssm: {
    iam: "ssm",
    make: async (config) => {
      const sdk = await import("./ssm-W6G2MM4O.js");
      return { sdk, client: new sdk.SSMClient(config) };
    }
  },
  logs: {
    iam: "logs",
    make: async (config) => {
      const sdk = await import("./logs-BLHTGNOD.js");
      return { sdk, client: new sdk.CloudWatchLogsClient(config) };
    }
  },
  dynamodb: {
    iam: "dynamodb",
    make: async (config) => {
      const sdk = await import("./dynamodb-525QEK66.js");
      return { sdk, client: new sdk.DynamoDBClient(config) };
    }
  },
  ecr: {
    iam: "ecr",
    make: async (config) => {
      const sdk = await import("./ecr-HSV3G66N.js");
      return { sdk, client: new sdk.ECRClient(config) };
    }
  },
  cloudtrail: {
    iam: "cloudtrail",
    make: async (config) => {
      const sdk = await import("./cloudtrail-IQUO7EAA.js");
      return { sdk, client: new sdk.CloudTrailClient(config) };
    }
  }
};
var ACTION_NAMES = { "s3:ListBuckets": "s3:ListAllMyBuckets" };
var failedActions = /* @__PURE__ */ new WeakMap();
function failedAction(error) {
  return typeof error === "object" && error !== null ? failedActions.get(error) : void 0;
}
function noteFailedAction(prefix) {
  return (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      if (typeof error === "object" && error !== null && context.commandName) {
        const action = `${prefix}:${context.commandName.replace(/Command$/, "")}`;
        failedActions.set(error, ACTION_NAMES[action] ?? action);
      }
      throw error;
    }
  };
}
async function createClient(service, region, credentials, env = process.env) {
  const { iam, make } = SERVICES[service];
  const made = await make(awsClientConfig(region, credentials, env));
  const stack = made.client.middlewareStack;
  stack.add(noteFailedAction(iam), { step: "initialize", name: "driftwatchFailedAction" });
  stack.use(faultRules);
  return made;
}
var AwsClients = class {
  constructor(credentials, env = process.env) {
    this.credentials = credentials;
    this.env = env;
  }
  credentials;
  env;
  made = /* @__PURE__ */ new Map();
  get(service, region) {
    const key = `${service} ${region}`;
    let made = this.made.get(key);
    if (!made) {
      made = createClient(service, region, this.credentials, this.env);
      this.made.set(key, made);
    }
    return made;
  }
  async destroy() {
    const made = [...this.made.values()];
    this.made.clear();
    for (const pending of made) (await pending.catch(() => void 0))?.client.destroy();
  }
};

export {
  errorName,
  classifyFault,
  endpointClause,
  EXPIRED_CREDENTIALS,
  credentialsFault,
  retrySettings,
  awsClientConfig,
  faultRules,
  sharedCredentials,
  failedAction,
  createClient,
  AwsClients
};
//# sourceMappingURL=chunk-NZAG3SLV.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  parseArn
} from "./chunk-UEO5CBCT.js";
import {
  normalizeProvider
} from "./chunk-4QPVKR3V.js";
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
      const { defaultProvider } = await import("./dist-es-JXIF2BM7.js");
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
    const { AssumeRoleCommand, STSClient } = await import("./loadSts-IJF6SF2X.js");
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
var MAX_ATTEMPTS = 10;
var RETRY_MODES = /* @__PURE__ */ new Set(["standard", "adaptive", "legacy"]);
function awsClientConfig(region, credentials, env = process.env) {
  const mode = env.AWS_RETRY_MODE?.trim();
  const attempts = Number(env.AWS_MAX_ATTEMPTS);
  return {
    region,
    credentials,
    retryMode: mode && RETRY_MODES.has(mode) ? mode : "adaptive",
    maxAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : MAX_ATTEMPTS
  };
}
function inAccountOf(roleArn, provider) {
  const account = parseArn(roleArn)?.account;
  return async () => {
    const identity = await provider();
    return identity.accountId || !account ? identity : { ...identity, accountId: account };
  };
}
function sharedCredentials(options) {
  const base = options.credentials ?? fromNodeProviderChain();
  const provider = options.roleToAssume ? inAccountOf(
    options.roleToAssume,
    fromTemporaryCredentials2({
      params: {
        RoleArn: options.roleToAssume,
        RoleSessionName: "driftwatch",
        DurationSeconds: 3600
      },
      masterCredentials: base,
      clientConfig: { region: options.regions[0] }
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
      const sdk = await import("./tagging-WJHOMBLN.js");
      return { sdk, client: new sdk.ResourceGroupsTaggingAPIClient(config) };
    }
  },
  sts: {
    iam: "sts",
    make: async (config) => {
      const sdk = await import("./sts-R2KKD5ZO.js");
      return { sdk, client: new sdk.STSClient(config) };
    }
  },
  ec2: {
    iam: "ec2",
    make: async (config) => {
      const sdk = await import("./ec2-INZJGZYK.js");
      return { sdk, client: new sdk.EC2Client(config) };
    }
  },
  iam: {
    iam: "iam",
    make: async (config) => {
      const sdk = await import("./iam-HMFC4U54.js");
      return { sdk, client: new sdk.IAMClient(config) };
    }
  },
  s3: {
    iam: "s3",
    make: async (config) => {
      const sdk = await import("./s3-XFY4XS6W.js");
      return { sdk, client: new sdk.S3Client(config) };
    }
  },
  kms: {
    iam: "kms",
    make: async (config) => {
      const sdk = await import("./kms-HP67D54Z.js");
      return { sdk, client: new sdk.KMSClient(config) };
    }
  },
  secretsmanager: {
    iam: "secretsmanager",
    make: async (config) => {
      const sdk = await import("./secretsmanager-EAFVQEDZ.js");
      return { sdk, client: new sdk.SecretsManagerClient(config) };
    }
  },
  lambda: {
    iam: "lambda",
    make: async (config) => {
      const sdk = await import("./lambda-XKPI4R3R.js");
      return { sdk, client: new sdk.LambdaClient(config) };
    }
  },
  rds: {
    iam: "rds",
    make: async (config) => {
      const sdk = await import("./rds-6NZ7UOAC.js");
      return { sdk, client: new sdk.RDSClient(config) };
    }
  },
  elbv2: {
    iam: "elasticloadbalancing",
    make: async (config) => {
      const sdk = await import("./elbv2-2CHNHTNM.js");
      return { sdk, client: new sdk.ElasticLoadBalancingV2Client(config) };
    }
  },
  route53: {
    iam: "route53",
    make: async (config) => {
      const sdk = await import("./route53-F3VIOLVQ.js");
      return { sdk, client: new sdk.Route53Client(config) };
    }
  },
  sns: {
    iam: "sns",
    make: async (config) => {
      const sdk = await import("./sns-EOJ3Z4HU.js");
      return { sdk, client: new sdk.SNSClient(config) };
    }
  },
  sqs: {
    iam: "sqs",
    make: async (config) => {
      const sdk = await import("./sqs-ZBNYDPIH.js");
      return { sdk, client: new sdk.SQSClient(config) };
    }
  },
  ssm: {
    iam: "ssm",
    make: async (config) => {
      const sdk = await import("./ssm-VIDOHW4W.js");
      return { sdk, client: new sdk.SSMClient(config) };
    }
  },
  logs: {
    iam: "logs",
    make: async (config) => {
      const sdk = await import("./logs-FRMC36I6.js");
      return { sdk, client: new sdk.CloudWatchLogsClient(config) };
    }
  },
  dynamodb: {
    iam: "dynamodb",
    make: async (config) => {
      const sdk = await import("./dynamodb-CWRSMP5J.js");
      return { sdk, client: new sdk.DynamoDBClient(config) };
    }
  },
  ecr: {
    iam: "ecr",
    make: async (config) => {
      const sdk = await import("./ecr-XNDFM7QE.js");
      return { sdk, client: new sdk.ECRClient(config) };
    }
  },
  cloudtrail: {
    iam: "cloudtrail",
    make: async (config) => {
      const sdk = await import("./cloudtrail-V7XYXM74.js");
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
  awsClientConfig,
  sharedCredentials,
  failedAction,
  createClient,
  AwsClients
};
//# sourceMappingURL=chunk-55ZZULDY.js.map

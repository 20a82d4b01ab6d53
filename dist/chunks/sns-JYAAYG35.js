import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-GXTROH3I.js";
import "./chunk-PVKFD2IH.js";
import {
  AwsQueryProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-BOO5ZA6T.js";
import {
  NodeHttpHandler
} from "./chunk-BTKDSBW3.js";
import {
  Sha256Node
} from "./chunk-32CQHLVU.js";
import {
  BinaryDecisionDiagram,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion as emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getUserAgentPlugin,
  resolveAwsRegionExtensionConfiguration,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveUserAgentConfig
} from "./chunk-UMQIBEZV.js";
import {
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  createPaginator,
  emitWarningIfUnsupportedVersion,
  getDefaultExtensionConfiguration,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getRetryPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveDefaultRuntimeConfig,
  resolveRetryConfig
} from "./chunk-4VRGRBXQ.js";
import {
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig
} from "./chunk-AWW74NRY.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveRegionConfig
} from "./chunk-ISHEMCTQ.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-2LVNHQC5.js";
import {
  getSmithyContext,
  normalizeProvider,
  parseUrl
} from "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";

// node_modules/@aws-sdk/client-sns/dist-es/auth/httpAuthSchemeProvider.js
var defaultSNSHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "sns",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultSNSHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-sns/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "sns"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-sns/package.json
var package_default = {
  name: "@aws-sdk/client-sns",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Sns Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sns",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-sns"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-sns/dist-es/endpoint/bdd.js
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = "stringEquals";
var h = { [m]: "Endpoint" };
var i = { [m]: d };
var j = { [m]: "Region" };
var k = {};
var l = [j];
var _data = {
  conditions: [
    [c, [h]],
    [c, l],
    ["aws.partition", l, d],
    [e, [{ [m]: "UseFIPS" }, b]],
    [e, [{ [m]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
    [g, [j, "us-gov-east-1"]],
    [g, [j, "us-gov-west-1"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://sns.us-gov-east-1.amazonaws.com", k],
    ["https://sns.us-gov-west-1.amazonaws.com", k],
    ["https://sns-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://sns.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  14,
  3,
  1,
  4,
  r + 13,
  2,
  5,
  r + 13,
  3,
  8,
  6,
  4,
  7,
  r + 12,
  5,
  r + 10,
  r + 11,
  4,
  12,
  9,
  6,
  10,
  r + 9,
  7,
  r + 6,
  11,
  8,
  r + 7,
  r + 8,
  5,
  13,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  15,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-sns/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-sns/dist-es/models/SNSServiceException.js
var SNSServiceException = class _SNSServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sns#SNSServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SNSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-sns/dist-es/models/errors.js
var AuthorizationErrorException = class _AuthorizationErrorException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#AuthorizationErrorException";
  name = "AuthorizationErrorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AuthorizationErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AuthorizationErrorException.prototype);
  }
};
var InternalErrorException = class _InternalErrorException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InternalErrorException";
  name = "InternalErrorException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalErrorException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalErrorException.prototype);
  }
};
var InvalidParameterException = class _InvalidParameterException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidParameterException";
  name = "InvalidParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
  }
};
var NotFoundException = class _NotFoundException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#NotFoundException";
  name = "NotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotFoundException.prototype);
  }
};
var ThrottledException = class _ThrottledException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ThrottledException";
  name = "ThrottledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ThrottledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottledException.prototype);
  }
};
var FilterPolicyLimitExceededException = class _FilterPolicyLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#FilterPolicyLimitExceededException";
  name = "FilterPolicyLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FilterPolicyLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FilterPolicyLimitExceededException.prototype);
  }
};
var ReplayLimitExceededException = class _ReplayLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ReplayLimitExceededException";
  name = "ReplayLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReplayLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplayLimitExceededException.prototype);
  }
};
var SubscriptionLimitExceededException = class _SubscriptionLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#SubscriptionLimitExceededException";
  name = "SubscriptionLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubscriptionLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubscriptionLimitExceededException.prototype);
  }
};
var OptedOutException = class _OptedOutException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#OptedOutException";
  name = "OptedOutException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OptedOutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OptedOutException.prototype);
  }
};
var UserErrorException = class _UserErrorException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#UserErrorException";
  name = "UserErrorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserErrorException.prototype);
  }
};
var ConcurrentAccessException = class _ConcurrentAccessException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ConcurrentAccessException";
  name = "ConcurrentAccessException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentAccessException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentAccessException.prototype);
  }
};
var InvalidSecurityException = class _InvalidSecurityException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidSecurityException";
  name = "InvalidSecurityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSecurityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSecurityException.prototype);
  }
};
var StaleTagException = class _StaleTagException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#StaleTagException";
  name = "StaleTagException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StaleTagException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StaleTagException.prototype);
  }
};
var TagLimitExceededException = class _TagLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#TagLimitExceededException";
  name = "TagLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagLimitExceededException.prototype);
  }
};
var TagPolicyException = class _TagPolicyException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#TagPolicyException";
  name = "TagPolicyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagPolicyException.prototype);
  }
};
var TopicLimitExceededException = class _TopicLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#TopicLimitExceededException";
  name = "TopicLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TopicLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TopicLimitExceededException.prototype);
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var InvalidStateException = class _InvalidStateException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidStateException";
  name = "InvalidStateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidStateException.prototype);
  }
};
var ValidationException = class _ValidationException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ValidationException";
  name = "ValidationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.Message = opts.Message;
  }
};
var EndpointDisabledException = class _EndpointDisabledException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#EndpointDisabledException";
  name = "EndpointDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EndpointDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EndpointDisabledException.prototype);
  }
};
var InvalidParameterValueException = class _InvalidParameterValueException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidParameterValueException";
  name = "InvalidParameterValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
  }
};
var KMSAccessDeniedException = class _KMSAccessDeniedException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSAccessDeniedException";
  name = "KMSAccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSAccessDeniedException.prototype);
  }
};
var KMSDisabledException = class _KMSDisabledException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSDisabledException";
  name = "KMSDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSDisabledException.prototype);
  }
};
var KMSInvalidStateException = class _KMSInvalidStateException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSInvalidStateException";
  name = "KMSInvalidStateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSInvalidStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSInvalidStateException.prototype);
  }
};
var KMSNotFoundException = class _KMSNotFoundException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSNotFoundException";
  name = "KMSNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSNotFoundException.prototype);
  }
};
var KMSOptInRequired = class _KMSOptInRequired extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSOptInRequired";
  name = "KMSOptInRequired";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSOptInRequired",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSOptInRequired.prototype);
  }
};
var KMSThrottlingException = class _KMSThrottlingException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSThrottlingException";
  name = "KMSThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSThrottlingException.prototype);
  }
};
var PlatformApplicationDisabledException = class _PlatformApplicationDisabledException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#PlatformApplicationDisabledException";
  name = "PlatformApplicationDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PlatformApplicationDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PlatformApplicationDisabledException.prototype);
  }
};
var BatchEntryIdsNotDistinctException = class _BatchEntryIdsNotDistinctException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#BatchEntryIdsNotDistinctException";
  name = "BatchEntryIdsNotDistinctException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BatchEntryIdsNotDistinctException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BatchEntryIdsNotDistinctException.prototype);
  }
};
var BatchRequestTooLongException = class _BatchRequestTooLongException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#BatchRequestTooLongException";
  name = "BatchRequestTooLongException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BatchRequestTooLongException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BatchRequestTooLongException.prototype);
  }
};
var EmptyBatchRequestException = class _EmptyBatchRequestException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#EmptyBatchRequestException";
  name = "EmptyBatchRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EmptyBatchRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EmptyBatchRequestException.prototype);
  }
};
var InvalidBatchEntryIdException = class _InvalidBatchEntryIdException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidBatchEntryIdException";
  name = "InvalidBatchEntryIdException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidBatchEntryIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidBatchEntryIdException.prototype);
  }
};
var TooManyEntriesInBatchRequestException = class _TooManyEntriesInBatchRequestException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#TooManyEntriesInBatchRequestException";
  name = "TooManyEntriesInBatchRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyEntriesInBatchRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyEntriesInBatchRequestException.prototype);
  }
};
var VerificationException = class _VerificationException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#VerificationException";
  name = "VerificationException";
  $fault = "client";
  Message;
  Status;
  constructor(opts) {
    super({
      name: "VerificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _VerificationException.prototype);
    this.Message = opts.Message;
    this.Status = opts.Status;
  }
};

// node_modules/@aws-sdk/client-sns/dist-es/schemas/schemas_0.js
var _A = "Attributes";
var _AEE = "AuthorizationErrorException";
var _AN = "ActionName";
var _API = "AddPermissionInput";
var _AWSAI = "AWSAccountId";
var _BEINDE = "BatchEntryIdsNotDistinctException";
var _BRTLE = "BatchRequestTooLongException";
var _CA = "CreatedAt";
var _CAE = "ConcurrentAccessException";
var _CPAI = "CreatePlatformApplicationInput";
var _CPEI = "CreatePlatformEndpointInput";
var _CTI = "CreateTopicInput";
var _CUD = "CustomUserData";
var _DPP = "DataProtectionPolicy";
var _E = "Endpoint";
var _EA = "EndpointArn";
var _EBRE = "EmptyBatchRequestException";
var _EDE = "EndpointDisabledException";
var _FPLEE = "FilterPolicyLimitExceededException";
var _GEAR = "GetEndpointAttributesResponse";
var _GPAAR = "GetPlatformApplicationAttributesResponse";
var _GSAR = "GetSubscriptionAttributesResponse";
var _GSMSAI = "GetSMSAttributesInput";
var _GSMSAR = "GetSMSAttributesResponse";
var _GTAR = "GetTopicAttributesResponse";
var _IBEIE = "InvalidBatchEntryIdException";
var _ICC = "Iso2CountryCode";
var _IEE = "InternalErrorException";
var _IPE = "InvalidParameterException";
var _IPVE = "InvalidParameterValueException";
var _ISE = "InvalidSecurityException";
var _ISEn = "InvalidStateException";
var _K = "Key";
var _KMSADE = "KMSAccessDeniedException";
var _KMSDE = "KMSDisabledException";
var _KMSISE = "KMSInvalidStateException";
var _KMSNFE = "KMSNotFoundException";
var _KMSOIR = "KMSOptInRequired";
var _KMSTE = "KMSThrottlingException";
var _L = "Label";
var _LT = "ListTopics";
var _LTI = "ListTopicsInput";
var _LTR = "ListTopicsResponse";
var _M = "Message";
var _N = "Name";
var _NC = "NumberCapabilities";
var _NFE = "NotFoundException";
var _NT = "NextToken";
var _OOE = "OptedOutException";
var _P = "Platform";
var _PAA = "PlatformApplicationArn";
var _PADE = "PlatformApplicationDisabledException";
var _PAl = "PlatformApplication";
var _PN = "PhoneNumber";
var _PNI = "PhoneNumberInformation";
var _Pr = "Protocol";
var _RA = "ResourceArn";
var _RLEE = "ReplayLimitExceededException";
var _RNFE = "ResourceNotFoundException";
var _RSA = "ReturnSubscriptionArn";
var _RT = "RouteType";
var _S = "Status";
var _SEAI = "SetEndpointAttributesInput";
var _SI = "SubscribeInput";
var _SLEE = "SubscriptionLimitExceededException";
var _SPAAI = "SetPlatformApplicationAttributesInput";
var _SSMSAI = "SetSMSAttributesInput";
var _STE = "StaleTagException";
var _T = "Token";
var _TA = "TopicArn";
var _TE = "ThrottledException";
var _TK = "TagKeys";
var _TL = "TagList";
var _TLEE = "TagLimitExceededException";
var _TLEEo = "TopicLimitExceededException";
var _TLo = "TopicsList";
var _TMEIBRE = "TooManyEntriesInBatchRequestException";
var _TPE = "TagPolicyException";
var _Ta = "Tags";
var _Tag = "Tag";
var _To = "Topics";
var _Top = "Topic";
var _UEE = "UserErrorException";
var _URR = "UntagResourceRequest";
var _V = "Value";
var _VE = "ValidationException";
var _VEe = "VerificationException";
var _a = "attributes";
var _c = "client";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sns";
var _se = "server";
var n0 = "com.amazonaws.sns";
var _s_registry = new TypeRegistry(_s);
var SNSServiceException$ = [-3, _s, "SNSServiceException", 0, [], []];
_s_registry.registerError(SNSServiceException$, SNSServiceException);
var n0_registry = new TypeRegistry(n0);
var AuthorizationErrorException$ = [
  -3,
  n0,
  _AEE,
  { "awsQueryError": [`AuthorizationError`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(AuthorizationErrorException$, AuthorizationErrorException);
var BatchEntryIdsNotDistinctException$ = [
  -3,
  n0,
  _BEINDE,
  { "awsQueryError": [`BatchEntryIdsNotDistinct`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(BatchEntryIdsNotDistinctException$, BatchEntryIdsNotDistinctException);
var BatchRequestTooLongException$ = [
  -3,
  n0,
  _BRTLE,
  { "awsQueryError": [`BatchRequestTooLong`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(BatchRequestTooLongException$, BatchRequestTooLongException);
var ConcurrentAccessException$ = [
  -3,
  n0,
  _CAE,
  { "awsQueryError": [`ConcurrentAccess`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(ConcurrentAccessException$, ConcurrentAccessException);
var EmptyBatchRequestException$ = [
  -3,
  n0,
  _EBRE,
  { "awsQueryError": [`EmptyBatchRequest`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(EmptyBatchRequestException$, EmptyBatchRequestException);
var EndpointDisabledException$ = [
  -3,
  n0,
  _EDE,
  { "awsQueryError": [`EndpointDisabled`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(EndpointDisabledException$, EndpointDisabledException);
var FilterPolicyLimitExceededException$ = [
  -3,
  n0,
  _FPLEE,
  { "awsQueryError": [`FilterPolicyLimitExceeded`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(FilterPolicyLimitExceededException$, FilterPolicyLimitExceededException);
var InternalErrorException$ = [
  -3,
  n0,
  _IEE,
  { "awsQueryError": [`InternalError`, 500], "error": _se, "httpError": 500 },
  [_m],
  [0]
];
n0_registry.registerError(InternalErrorException$, InternalErrorException);
var InvalidBatchEntryIdException$ = [
  -3,
  n0,
  _IBEIE,
  { "awsQueryError": [`InvalidBatchEntryId`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidBatchEntryIdException$, InvalidBatchEntryIdException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { "awsQueryError": [`InvalidParameter`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { "awsQueryError": [`ParameterValueInvalid`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidSecurityException$ = [
  -3,
  n0,
  _ISE,
  { "awsQueryError": [`InvalidSecurity`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSecurityException$, InvalidSecurityException);
var InvalidStateException$ = [
  -3,
  n0,
  _ISEn,
  { "awsQueryError": [`InvalidState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidStateException$, InvalidStateException);
var KMSAccessDeniedException$ = [
  -3,
  n0,
  _KMSADE,
  { "awsQueryError": [`KMSAccessDenied`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
var KMSDisabledException$ = [
  -3,
  n0,
  _KMSDE,
  { "awsQueryError": [`KMSDisabled`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
var KMSInvalidStateException$ = [
  -3,
  n0,
  _KMSISE,
  { "awsQueryError": [`KMSInvalidState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
var KMSNotFoundException$ = [
  -3,
  n0,
  _KMSNFE,
  { "awsQueryError": [`KMSNotFound`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
var KMSOptInRequired$ = [
  -3,
  n0,
  _KMSOIR,
  { "awsQueryError": [`KMSOptInRequired`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(KMSOptInRequired$, KMSOptInRequired);
var KMSThrottlingException$ = [
  -3,
  n0,
  _KMSTE,
  { "awsQueryError": [`KMSThrottling`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSThrottlingException$, KMSThrottlingException);
var NotFoundException$ = [
  -3,
  n0,
  _NFE,
  { "awsQueryError": [`NotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NotFoundException$, NotFoundException);
var OptedOutException$ = [
  -3,
  n0,
  _OOE,
  { "awsQueryError": [`OptedOut`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(OptedOutException$, OptedOutException);
var PlatformApplicationDisabledException$ = [
  -3,
  n0,
  _PADE,
  { "awsQueryError": [`PlatformApplicationDisabled`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(PlatformApplicationDisabledException$, PlatformApplicationDisabledException);
var ReplayLimitExceededException$ = [
  -3,
  n0,
  _RLEE,
  { "awsQueryError": [`ReplayLimitExceeded`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(ReplayLimitExceededException$, ReplayLimitExceededException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "awsQueryError": [`ResourceNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var StaleTagException$ = [
  -3,
  n0,
  _STE,
  { "awsQueryError": [`StaleTag`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(StaleTagException$, StaleTagException);
var SubscriptionLimitExceededException$ = [
  -3,
  n0,
  _SLEE,
  { "awsQueryError": [`SubscriptionLimitExceeded`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(SubscriptionLimitExceededException$, SubscriptionLimitExceededException);
var TagLimitExceededException$ = [
  -3,
  n0,
  _TLEE,
  { "awsQueryError": [`TagLimitExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TagLimitExceededException$, TagLimitExceededException);
var TagPolicyException$ = [
  -3,
  n0,
  _TPE,
  { "awsQueryError": [`TagPolicy`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TagPolicyException$, TagPolicyException);
var ThrottledException$ = [
  -3,
  n0,
  _TE,
  { "awsQueryError": [`Throttled`, 429], "error": _c, "httpError": 429 },
  [_m],
  [0]
];
n0_registry.registerError(ThrottledException$, ThrottledException);
var TooManyEntriesInBatchRequestException$ = [
  -3,
  n0,
  _TMEIBRE,
  { "awsQueryError": [`TooManyEntriesInBatchRequest`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyEntriesInBatchRequestException$, TooManyEntriesInBatchRequestException);
var TopicLimitExceededException$ = [
  -3,
  n0,
  _TLEEo,
  { "awsQueryError": [`TopicLimitExceeded`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(TopicLimitExceededException$, TopicLimitExceededException);
var UserErrorException$ = [
  -3,
  n0,
  _UEE,
  { "awsQueryError": [`UserError`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(UserErrorException$, UserErrorException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { "awsQueryError": [`ValidationException`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0],
  1
];
n0_registry.registerError(ValidationException$, ValidationException);
var VerificationException$ = [
  -3,
  n0,
  _VEe,
  { "error": _c },
  [_M, _S],
  [0, 0],
  2
];
n0_registry.registerError(VerificationException$, VerificationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var PhoneNumber = [0, n0, _PN, 8, 0];
var AddPermissionInput$ = [
  3,
  n0,
  _API,
  0,
  [_TA, _L, _AWSAI, _AN],
  [0, 0, 64 | 0, 64 | 0],
  4
];
var CreatePlatformApplicationInput$ = [
  3,
  n0,
  _CPAI,
  0,
  [_N, _P, _A],
  [0, 0, 128 | 0],
  3
];
var CreatePlatformEndpointInput$ = [
  3,
  n0,
  _CPEI,
  0,
  [_PAA, _T, _CUD, _A],
  [0, 0, 0, 128 | 0],
  2
];
var CreateTopicInput$ = [
  3,
  n0,
  _CTI,
  0,
  [_N, _A, _Ta, _DPP],
  [0, 128 | 0, () => TagList, 0],
  1
];
var Endpoint$ = [
  3,
  n0,
  _E,
  0,
  [_EA, _A],
  [0, 128 | 0]
];
var GetEndpointAttributesResponse$ = [
  3,
  n0,
  _GEAR,
  0,
  [_A],
  [128 | 0]
];
var GetPlatformApplicationAttributesResponse$ = [
  3,
  n0,
  _GPAAR,
  0,
  [_A],
  [128 | 0]
];
var GetSMSAttributesInput$ = [
  3,
  n0,
  _GSMSAI,
  0,
  [_a],
  [64 | 0]
];
var GetSMSAttributesResponse$ = [
  3,
  n0,
  _GSMSAR,
  0,
  [_a],
  [128 | 0]
];
var GetSubscriptionAttributesResponse$ = [
  3,
  n0,
  _GSAR,
  0,
  [_A],
  [128 | 0]
];
var GetTopicAttributesResponse$ = [
  3,
  n0,
  _GTAR,
  0,
  [_A],
  [128 | 0]
];
var ListTopicsInput$ = [
  3,
  n0,
  _LTI,
  0,
  [_NT],
  [0]
];
var ListTopicsResponse$ = [
  3,
  n0,
  _LTR,
  0,
  [_To, _NT],
  [() => TopicsList, 0]
];
var PhoneNumberInformation$ = [
  3,
  n0,
  _PNI,
  0,
  [_CA, _PN, _S, _ICC, _RT, _NC],
  [4, [() => PhoneNumber, 0], 0, 0, 0, 64 | 0]
];
var PlatformApplication$ = [
  3,
  n0,
  _PAl,
  0,
  [_PAA, _A],
  [0, 128 | 0]
];
var SetEndpointAttributesInput$ = [
  3,
  n0,
  _SEAI,
  0,
  [_EA, _A],
  [0, 128 | 0],
  2
];
var SetPlatformApplicationAttributesInput$ = [
  3,
  n0,
  _SPAAI,
  0,
  [_PAA, _A],
  [0, 128 | 0],
  2
];
var SetSMSAttributesInput$ = [
  3,
  n0,
  _SSMSAI,
  0,
  [_a],
  [128 | 0],
  1
];
var SubscribeInput$ = [
  3,
  n0,
  _SI,
  0,
  [_TA, _Pr, _E, _A, _RSA],
  [0, 0, 0, 128 | 0, 2],
  2
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0],
  2
];
var Topic$ = [
  3,
  n0,
  _Top,
  0,
  [_TA],
  [0]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RA, _TK],
  [0, 64 | 0],
  2
];
var ActionsList = 64 | 0;
var DelegatesList = 64 | 0;
var ListString = 64 | 0;
var NumberCapabilityList = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var TopicsList = [
  1,
  n0,
  _TLo,
  0,
  () => Topic$
];
var MapStringToString = 128 | 0;
var SubscriptionAttributesMap = 128 | 0;
var TopicAttributesMap = 128 | 0;
var ListTopics$ = [
  9,
  n0,
  _LT,
  0,
  () => ListTopicsInput$,
  () => ListTopicsResponse$
];

// node_modules/@aws-sdk/client-sns/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2010-03-31",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSNSHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.sns",
      errorTypeRegistries,
      xmlNamespace: "http://sns.amazonaws.com/doc/2010-03-31/",
      version: "2010-03-31",
      serviceTarget: "AmazonSimpleNotificationService"
    },
    serviceId: config?.serviceId ?? "SNS",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-sns/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion2(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-sns/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-sns/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-sns/dist-es/SNSClient.js
var SNSClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultSNSHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-sns/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonSimpleNotificationService", "SNSClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-sns/dist-es/commands/ListTopicsCommand.js
var ListTopicsCommand = class extends command(_ep0, _mw0, "ListTopics", ListTopics$) {
};

// node_modules/@aws-sdk/client-sns/dist-es/pagination/ListTopicsPaginator.js
var paginateListTopics = createPaginator(SNSClient, ListTopicsCommand, "NextToken", "NextToken", "");
export {
  SNSClient,
  paginateListTopics
};
//# sourceMappingURL=sns-JYAAYG35.js.map

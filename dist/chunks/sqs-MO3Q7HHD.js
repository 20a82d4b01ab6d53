import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-GXTROH3I.js";
import "./chunk-PVKFD2IH.js";
import {
  AwsJson1_0Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-BOO5ZA6T.js";
import {
  NodeHttpHandler
} from "./chunk-BTKDSBW3.js";
import {
  Md5Node,
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

// node_modules/@aws-sdk/middleware-sdk-sqs/dist-es/queue-url.js
var resolveQueueUrlConfig = (config) => {
  return Object.assign(config, {
    useQueueUrlAsEndpoint: config.useQueueUrlAsEndpoint ?? true
  });
};
function queueUrlMiddleware({ useQueueUrlAsEndpoint, endpoint }) {
  return (next, context) => {
    return async (args) => {
      const { input } = args;
      const resolvedEndpoint = context.endpointV2;
      if (!endpoint && input.QueueUrl && resolvedEndpoint && useQueueUrlAsEndpoint) {
        const logger = context.logger instanceof NoOpLogger || !context.logger?.warn ? console : context.logger;
        try {
          const queueUrl = new URL(input.QueueUrl);
          const queueUrlOrigin = new URL(queueUrl.origin);
          if (resolvedEndpoint.url.origin !== queueUrlOrigin.origin) {
            logger.warn(`QueueUrl=${input.QueueUrl} differs from SQSClient resolved endpoint=${resolvedEndpoint.url.toString()}, using QueueUrl host as endpoint.
Set [endpoint=string] or [useQueueUrlAsEndpoint=false] on the SQSClient.`);
            context.endpointV2 = {
              ...resolvedEndpoint,
              url: queueUrlOrigin
            };
          }
        } catch (e2) {
          logger.warn(e2);
        }
      }
      return next(args);
    };
  };
}
var queueUrlMiddlewareOptions = {
  name: "queueUrlMiddleware",
  relation: "after",
  toMiddleware: "endpointV2Middleware",
  override: true
};
var getQueueUrlPlugin = (config) => ({
  applyToStack: (clientStack) => {
    clientStack.addRelativeTo(queueUrlMiddleware(config), queueUrlMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/client-sqs/dist-es/auth/httpAuthSchemeProvider.js
var defaultSQSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "sqs",
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
var defaultSQSHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-sqs/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "sqs"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-sqs/package.json
var package_default = {
  name: "@aws-sdk/client-sqs",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Sqs Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sqs",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-sqs"
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
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:browser": "yarn g:vitest run -c vitest.config.browser.e2e.mts",
    "test:browser:watch": "yarn g:vitest watch -c vitest.config.browser.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/middleware-sdk-sqs": "^3.972.50",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-sqs/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://sqs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://sqs.{Region}.amazonaws.com", i],
    ["https://sqs-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://sqs.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://sqs.{Region}.{PartitionResult#dnsSuffix}", i],
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
  13,
  3,
  1,
  4,
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  11,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  r + 7,
  5,
  12,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  14,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-sqs/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-sqs/dist-es/models/SQSServiceException.js
var SQSServiceException = class _SQSServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sqs#SQSServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SQSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-sqs/dist-es/models/errors.js
var InvalidAddress = class _InvalidAddress extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#InvalidAddress";
  name = "InvalidAddress";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAddress",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAddress.prototype);
  }
};
var InvalidSecurity = class _InvalidSecurity extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#InvalidSecurity";
  name = "InvalidSecurity";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSecurity",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSecurity.prototype);
  }
};
var OverLimit = class _OverLimit extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#OverLimit";
  name = "OverLimit";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OverLimit",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OverLimit.prototype);
  }
};
var QueueDoesNotExist = class _QueueDoesNotExist extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#QueueDoesNotExist";
  name = "QueueDoesNotExist";
  $fault = "client";
  constructor(opts) {
    super({
      name: "QueueDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _QueueDoesNotExist.prototype);
  }
};
var RequestThrottled = class _RequestThrottled extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#RequestThrottled";
  name = "RequestThrottled";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RequestThrottled",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RequestThrottled.prototype);
  }
};
var UnsupportedOperation = class _UnsupportedOperation extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#UnsupportedOperation";
  name = "UnsupportedOperation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedOperation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperation.prototype);
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#ResourceNotFoundException";
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
var MessageNotInflight = class _MessageNotInflight extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#MessageNotInflight";
  name = "MessageNotInflight";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MessageNotInflight",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MessageNotInflight.prototype);
  }
};
var ReceiptHandleIsInvalid = class _ReceiptHandleIsInvalid extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#ReceiptHandleIsInvalid";
  name = "ReceiptHandleIsInvalid";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReceiptHandleIsInvalid",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReceiptHandleIsInvalid.prototype);
  }
};
var BatchEntryIdsNotDistinct = class _BatchEntryIdsNotDistinct extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#BatchEntryIdsNotDistinct";
  name = "BatchEntryIdsNotDistinct";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BatchEntryIdsNotDistinct",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BatchEntryIdsNotDistinct.prototype);
  }
};
var EmptyBatchRequest = class _EmptyBatchRequest extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#EmptyBatchRequest";
  name = "EmptyBatchRequest";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EmptyBatchRequest",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EmptyBatchRequest.prototype);
  }
};
var InvalidBatchEntryId = class _InvalidBatchEntryId extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#InvalidBatchEntryId";
  name = "InvalidBatchEntryId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidBatchEntryId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidBatchEntryId.prototype);
  }
};
var TooManyEntriesInBatchRequest = class _TooManyEntriesInBatchRequest extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#TooManyEntriesInBatchRequest";
  name = "TooManyEntriesInBatchRequest";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyEntriesInBatchRequest",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyEntriesInBatchRequest.prototype);
  }
};
var InvalidAttributeName = class _InvalidAttributeName extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#InvalidAttributeName";
  name = "InvalidAttributeName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAttributeName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAttributeName.prototype);
  }
};
var InvalidAttributeValue = class _InvalidAttributeValue extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#InvalidAttributeValue";
  name = "InvalidAttributeValue";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAttributeValue",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAttributeValue.prototype);
  }
};
var QueueDeletedRecently = class _QueueDeletedRecently extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#QueueDeletedRecently";
  name = "QueueDeletedRecently";
  $fault = "client";
  constructor(opts) {
    super({
      name: "QueueDeletedRecently",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _QueueDeletedRecently.prototype);
  }
};
var QueueNameExists = class _QueueNameExists extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#QueueNameExists";
  name = "QueueNameExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "QueueNameExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _QueueNameExists.prototype);
  }
};
var InvalidIdFormat = class _InvalidIdFormat extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#InvalidIdFormat";
  name = "InvalidIdFormat";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidIdFormat",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIdFormat.prototype);
  }
};
var PurgeQueueInProgress = class _PurgeQueueInProgress extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#PurgeQueueInProgress";
  name = "PurgeQueueInProgress";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PurgeQueueInProgress",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PurgeQueueInProgress.prototype);
  }
};
var KmsAccessDenied = class _KmsAccessDenied extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#KmsAccessDenied";
  name = "KmsAccessDenied";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KmsAccessDenied",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsAccessDenied.prototype);
  }
};
var KmsDisabled = class _KmsDisabled extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#KmsDisabled";
  name = "KmsDisabled";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KmsDisabled",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsDisabled.prototype);
  }
};
var KmsInvalidKeyUsage = class _KmsInvalidKeyUsage extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#KmsInvalidKeyUsage";
  name = "KmsInvalidKeyUsage";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KmsInvalidKeyUsage",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsInvalidKeyUsage.prototype);
  }
};
var KmsInvalidState = class _KmsInvalidState extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#KmsInvalidState";
  name = "KmsInvalidState";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KmsInvalidState",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsInvalidState.prototype);
  }
};
var KmsNotFound = class _KmsNotFound extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#KmsNotFound";
  name = "KmsNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KmsNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsNotFound.prototype);
  }
};
var KmsOptInRequired = class _KmsOptInRequired extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#KmsOptInRequired";
  name = "KmsOptInRequired";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KmsOptInRequired",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsOptInRequired.prototype);
  }
};
var KmsThrottled = class _KmsThrottled extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#KmsThrottled";
  name = "KmsThrottled";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KmsThrottled",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsThrottled.prototype);
  }
};
var InvalidMessageContents = class _InvalidMessageContents extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#InvalidMessageContents";
  name = "InvalidMessageContents";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidMessageContents",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidMessageContents.prototype);
  }
};
var BatchRequestTooLong = class _BatchRequestTooLong extends SQSServiceException {
  static shapeId = "com.amazonaws.sqs#BatchRequestTooLong";
  name = "BatchRequestTooLong";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BatchRequestTooLong",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BatchRequestTooLong.prototype);
  }
};

// node_modules/@aws-sdk/client-sqs/dist-es/schemas/schemas_0.js
var _A = "Actions";
var _AN = "ActionName";
var _ANt = "AttributeNames";
var _ANtt = "AttributeName";
var _APR = "AddPermissionRequest";
var _AWSAI = "AWSAccountIds";
var _AWSAIc = "AWSAccountId";
var _BEIND = "BatchEntryIdsNotDistinct";
var _BRTL = "BatchRequestTooLong";
var _EBR = "EmptyBatchRequest";
var _GQAR = "GetQueueAttributesRequest";
var _IA = "InvalidAddress";
var _IAN = "InvalidAttributeName";
var _IAV = "InvalidAttributeValue";
var _IBEI = "InvalidBatchEntryId";
var _IIF = "InvalidIdFormat";
var _IMC = "InvalidMessageContents";
var _IS = "InvalidSecurity";
var _KAD = "KmsAccessDenied";
var _KD = "KmsDisabled";
var _KIKU = "KmsInvalidKeyUsage";
var _KIS = "KmsInvalidState";
var _KNF = "KmsNotFound";
var _KOIR = "KmsOptInRequired";
var _KT = "KmsThrottled";
var _L = "Label";
var _LDLSQRi = "ListDeadLetterSourceQueuesResult";
var _LQ = "ListQueues";
var _LQR = "ListQueuesRequest";
var _LQRi = "ListQueuesResult";
var _MAN = "MessageAttributeNames";
var _MANe = "MessageAttributeName";
var _MNI = "MessageNotInflight";
var _MNOM = "MaxNumberOfMessages";
var _MR = "MaxResults";
var _MSAN = "MessageSystemAttributeNames";
var _NT = "NextToken";
var _OL = "OverLimit";
var _PQIP = "PurgeQueueInProgress";
var _QDNE = "QueueDoesNotExist";
var _QDR = "QueueDeletedRecently";
var _QNE = "QueueNameExists";
var _QNP = "QueueNamePrefix";
var _QU = "QueueUrl";
var _QUu = "QueueUrls";
var _RHII = "ReceiptHandleIsInvalid";
var _RMR = "ReceiveMessageRequest";
var _RNFE = "ResourceNotFoundException";
var _RRAI = "ReceiveRequestAttemptId";
var _RT = "RequestThrottled";
var _TK = "TagKeys";
var _TKa = "TagKey";
var _TMEIBR = "TooManyEntriesInBatchRequest";
var _UO = "UnsupportedOperation";
var _UQR = "UntagQueueRequest";
var _VT = "VisibilityTimeout";
var _WTS = "WaitTimeSeconds";
var _c = "client";
var _m = "message";
var _qU = "queueUrls";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sqs";
var n0 = "com.amazonaws.sqs";
var _s_registry = new TypeRegistry(_s);
var SQSServiceException$ = [-3, _s, "SQSServiceException", 0, [], []];
_s_registry.registerError(SQSServiceException$, SQSServiceException);
var n0_registry = new TypeRegistry(n0);
var BatchEntryIdsNotDistinct$ = [
  -3,
  n0,
  _BEIND,
  { "awsQueryError": [`AWS.SimpleQueueService.BatchEntryIdsNotDistinct`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(BatchEntryIdsNotDistinct$, BatchEntryIdsNotDistinct);
var BatchRequestTooLong$ = [
  -3,
  n0,
  _BRTL,
  { "awsQueryError": [`AWS.SimpleQueueService.BatchRequestTooLong`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(BatchRequestTooLong$, BatchRequestTooLong);
var EmptyBatchRequest$ = [
  -3,
  n0,
  _EBR,
  { "awsQueryError": [`AWS.SimpleQueueService.EmptyBatchRequest`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(EmptyBatchRequest$, EmptyBatchRequest);
var InvalidAddress$ = [
  -3,
  n0,
  _IA,
  { "awsQueryError": [`InvalidAddress`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAddress$, InvalidAddress);
var InvalidAttributeName$ = [
  -3,
  n0,
  _IAN,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAttributeName$, InvalidAttributeName);
var InvalidAttributeValue$ = [
  -3,
  n0,
  _IAV,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAttributeValue$, InvalidAttributeValue);
var InvalidBatchEntryId$ = [
  -3,
  n0,
  _IBEI,
  { "awsQueryError": [`AWS.SimpleQueueService.InvalidBatchEntryId`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidBatchEntryId$, InvalidBatchEntryId);
var InvalidIdFormat$ = [
  -3,
  n0,
  _IIF,
  { "error": _c },
  [],
  []
];
n0_registry.registerError(InvalidIdFormat$, InvalidIdFormat);
var InvalidMessageContents$ = [
  -3,
  n0,
  _IMC,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidMessageContents$, InvalidMessageContents);
var InvalidSecurity$ = [
  -3,
  n0,
  _IS,
  { "awsQueryError": [`InvalidSecurity`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSecurity$, InvalidSecurity);
var KmsAccessDenied$ = [
  -3,
  n0,
  _KAD,
  { "awsQueryError": [`KMS.AccessDeniedException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KmsAccessDenied$, KmsAccessDenied);
var KmsDisabled$ = [
  -3,
  n0,
  _KD,
  { "awsQueryError": [`KMS.DisabledException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KmsDisabled$, KmsDisabled);
var KmsInvalidKeyUsage$ = [
  -3,
  n0,
  _KIKU,
  { "awsQueryError": [`KMS.InvalidKeyUsageException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KmsInvalidKeyUsage$, KmsInvalidKeyUsage);
var KmsInvalidState$ = [
  -3,
  n0,
  _KIS,
  { "awsQueryError": [`KMS.InvalidStateException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KmsInvalidState$, KmsInvalidState);
var KmsNotFound$ = [
  -3,
  n0,
  _KNF,
  { "awsQueryError": [`KMS.NotFoundException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KmsNotFound$, KmsNotFound);
var KmsOptInRequired$ = [
  -3,
  n0,
  _KOIR,
  { "awsQueryError": [`KMS.OptInRequired`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(KmsOptInRequired$, KmsOptInRequired);
var KmsThrottled$ = [
  -3,
  n0,
  _KT,
  { "awsQueryError": [`KMS.ThrottlingException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KmsThrottled$, KmsThrottled);
var MessageNotInflight$ = [
  -3,
  n0,
  _MNI,
  { "awsQueryError": [`AWS.SimpleQueueService.MessageNotInflight`, 400], "error": _c, "httpError": 400 },
  [],
  []
];
n0_registry.registerError(MessageNotInflight$, MessageNotInflight);
var OverLimit$ = [
  -3,
  n0,
  _OL,
  { "awsQueryError": [`OverLimit`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(OverLimit$, OverLimit);
var PurgeQueueInProgress$ = [
  -3,
  n0,
  _PQIP,
  { "awsQueryError": [`AWS.SimpleQueueService.PurgeQueueInProgress`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(PurgeQueueInProgress$, PurgeQueueInProgress);
var QueueDeletedRecently$ = [
  -3,
  n0,
  _QDR,
  { "awsQueryError": [`AWS.SimpleQueueService.QueueDeletedRecently`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(QueueDeletedRecently$, QueueDeletedRecently);
var QueueDoesNotExist$ = [
  -3,
  n0,
  _QDNE,
  { "awsQueryError": [`AWS.SimpleQueueService.NonExistentQueue`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(QueueDoesNotExist$, QueueDoesNotExist);
var QueueNameExists$ = [
  -3,
  n0,
  _QNE,
  { "awsQueryError": [`QueueAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(QueueNameExists$, QueueNameExists);
var ReceiptHandleIsInvalid$ = [
  -3,
  n0,
  _RHII,
  { "awsQueryError": [`ReceiptHandleIsInvalid`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReceiptHandleIsInvalid$, ReceiptHandleIsInvalid);
var RequestThrottled$ = [
  -3,
  n0,
  _RT,
  { "awsQueryError": [`RequestThrottled`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(RequestThrottled$, RequestThrottled);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "awsQueryError": [`ResourceNotFoundException`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var TooManyEntriesInBatchRequest$ = [
  -3,
  n0,
  _TMEIBR,
  { "awsQueryError": [`AWS.SimpleQueueService.TooManyEntriesInBatchRequest`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyEntriesInBatchRequest$, TooManyEntriesInBatchRequest);
var UnsupportedOperation$ = [
  -3,
  n0,
  _UO,
  { "awsQueryError": [`AWS.SimpleQueueService.UnsupportedOperation`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnsupportedOperation$, UnsupportedOperation);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AddPermissionRequest$ = [
  3,
  n0,
  _APR,
  0,
  [_QU, _L, _AWSAI, _A],
  [0, 0, [64 | 0, { "xmlFlattened": 1, "xmlName": _AWSAIc }], [64 | 0, { "xmlFlattened": 1, "xmlName": _AN }]],
  4
];
var GetQueueAttributesRequest$ = [
  3,
  n0,
  _GQAR,
  0,
  [_QU, _ANt],
  [0, [64 | 0, { "xmlFlattened": 1, "xmlName": _ANtt }]],
  1
];
var ListDeadLetterSourceQueuesResult$ = [
  3,
  n0,
  _LDLSQRi,
  0,
  [_qU, _NT],
  [[64 | 0, { "xmlFlattened": 1, "xmlName": _QU }], 0],
  1
];
var ListQueuesRequest$ = [
  3,
  n0,
  _LQR,
  0,
  [_QNP, _NT, _MR],
  [0, 0, 1]
];
var ListQueuesResult$ = [
  3,
  n0,
  _LQRi,
  0,
  [_QUu, _NT],
  [[64 | 0, { "xmlFlattened": 1, "xmlName": _QU }], 0]
];
var ReceiveMessageRequest$ = [
  3,
  n0,
  _RMR,
  0,
  [_QU, _ANt, _MSAN, _MAN, _MNOM, _VT, _WTS, _RRAI],
  [0, [64 | 0, { "xmlFlattened": 1, "xmlName": _ANtt }], [64 | 0, { "xmlFlattened": 1, "xmlName": _ANtt }], [64 | 0, { "xmlFlattened": 1, "xmlName": _MANe }], 1, 1, 1, 0],
  1
];
var UntagQueueRequest$ = [
  3,
  n0,
  _UQR,
  0,
  [_QU, _TK],
  [0, [64 | 0, { "xmlFlattened": 1, "xmlName": _TKa }]],
  2
];
var ActionNameList = 64 | 0;
var AttributeNameList = 64 | 0;
var AWSAccountIdList = 64 | 0;
var MessageAttributeNameList = 64 | 0;
var MessageSystemAttributeList = 64 | 0;
var QueueUrlList = 64 | 0;
var TagKeyList = 64 | 0;
var ListQueues$ = [
  9,
  n0,
  _LQ,
  0,
  () => ListQueuesRequest$,
  () => ListQueuesResult$
];

// node_modules/@aws-sdk/client-sqs/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2012-11-05",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSQSHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    md5: config?.md5 ?? Md5Node,
    protocol: config?.protocol ?? AwsJson1_0Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.sqs",
      errorTypeRegistries,
      version: "2012-11-05",
      serviceTarget: "AmazonSQS",
      awsQueryCompatible: true
    },
    serviceId: config?.serviceId ?? "SQS",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-sqs/dist-es/runtimeConfig.js
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
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

// node_modules/@aws-sdk/client-sqs/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-sqs/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-sqs/dist-es/SQSClient.js
var SQSClient = class extends Client {
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
    const _config_7 = resolveQueueUrlConfig(_config_6);
    const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
    const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
    this.config = _config_9;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getQueueUrlPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultSQSHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-sqs/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonSQS", "SQSClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-sqs/dist-es/commands/ListQueuesCommand.js
var ListQueuesCommand = class extends command(_ep0, _mw0, "ListQueues", ListQueues$) {
};

// node_modules/@aws-sdk/client-sqs/dist-es/pagination/ListQueuesPaginator.js
var paginateListQueues = createPaginator(SQSClient, ListQueuesCommand, "NextToken", "NextToken", "MaxResults");
export {
  SQSClient,
  paginateListQueues
};
//# sourceMappingURL=sqs-MO3Q7HHD.js.map

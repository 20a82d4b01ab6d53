import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-GXTROH3I.js";
import "./chunk-PVKFD2IH.js";
import {
  AwsJson1_1Protocol,
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

// node_modules/@aws-sdk/client-cloudtrail/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudTrailHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "cloudtrail",
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
var defaultCloudTrailHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-cloudtrail/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "cloudtrail"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudtrail/package.json
var package_default = {
  name: "@aws-sdk/client-cloudtrail",
  version: "3.1137.0",
  description: "AWS SDK for JavaScript Cloudtrail Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudtrail",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudtrail"
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
    "@aws-sdk/core": "^3.978.0",
    "@aws-sdk/credential-provider-node": "^3.972.83",
    "@aws-sdk/types": "^3.974.5",
    "@smithy/core": "^3.33.3",
    "@smithy/fetch-http-handler": "^5.7.2",
    "@smithy/node-http-handler": "^4.11.3",
    "@smithy/types": "^4.17.2",
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

// node_modules/@aws-sdk/client-cloudtrail/dist-es/endpoint/bdd.js
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
    ["https://cloudtrail-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://cloudtrail.us-gov-east-1.amazonaws.com", k],
    ["https://cloudtrail.us-gov-west-1.amazonaws.com", k],
    ["https://cloudtrail-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://cloudtrail.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://cloudtrail.{Region}.{PartitionResult#dnsSuffix}", k],
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

// node_modules/@aws-sdk/client-cloudtrail/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-cloudtrail/dist-es/models/CloudTrailServiceException.js
var CloudTrailServiceException = class _CloudTrailServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudTrailServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends CloudTrailServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var AccountHasOngoingImportException = class _AccountHasOngoingImportException extends CloudTrailServiceException {
  name = "AccountHasOngoingImportException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountHasOngoingImportException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountHasOngoingImportException.prototype);
    this.Message = opts.Message;
  }
};
var AccountNotFoundException = class _AccountNotFoundException extends CloudTrailServiceException {
  name = "AccountNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AccountNotRegisteredException = class _AccountNotRegisteredException extends CloudTrailServiceException {
  name = "AccountNotRegisteredException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotRegisteredException.prototype);
    this.Message = opts.Message;
  }
};
var AccountRegisteredException = class _AccountRegisteredException extends CloudTrailServiceException {
  name = "AccountRegisteredException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountRegisteredException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelARNInvalidException = class _ChannelARNInvalidException extends CloudTrailServiceException {
  name = "ChannelARNInvalidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelARNInvalidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelARNInvalidException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelNotFoundException = class _ChannelNotFoundException extends CloudTrailServiceException {
  name = "ChannelNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var CloudTrailARNInvalidException = class _CloudTrailARNInvalidException extends CloudTrailServiceException {
  name = "CloudTrailARNInvalidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudTrailARNInvalidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudTrailARNInvalidException.prototype);
    this.Message = opts.Message;
  }
};
var ConflictException = class _ConflictException extends CloudTrailServiceException {
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreARNInvalidException = class _EventDataStoreARNInvalidException extends CloudTrailServiceException {
  name = "EventDataStoreARNInvalidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreARNInvalidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreARNInvalidException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreNotFoundException = class _EventDataStoreNotFoundException extends CloudTrailServiceException {
  name = "EventDataStoreNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InactiveEventDataStoreException = class _InactiveEventDataStoreException extends CloudTrailServiceException {
  name = "InactiveEventDataStoreException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InactiveEventDataStoreException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InactiveEventDataStoreException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTagParameterException = class _InvalidTagParameterException extends CloudTrailServiceException {
  name = "InvalidTagParameterException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTagParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTagParameterException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTrailNameException = class _InvalidTrailNameException extends CloudTrailServiceException {
  name = "InvalidTrailNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTrailNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTrailNameException.prototype);
    this.Message = opts.Message;
  }
};
var NoManagementAccountSLRExistsException = class _NoManagementAccountSLRExistsException extends CloudTrailServiceException {
  name = "NoManagementAccountSLRExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoManagementAccountSLRExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoManagementAccountSLRExistsException.prototype);
    this.Message = opts.Message;
  }
};
var NotOrganizationMasterAccountException = class _NotOrganizationMasterAccountException extends CloudTrailServiceException {
  name = "NotOrganizationMasterAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NotOrganizationMasterAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotOrganizationMasterAccountException.prototype);
    this.Message = opts.Message;
  }
};
var OperationNotPermittedException = class _OperationNotPermittedException extends CloudTrailServiceException {
  name = "OperationNotPermittedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationNotPermittedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationNotPermittedException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends CloudTrailServiceException {
  name = "ResourceNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceTypeNotSupportedException = class _ResourceTypeNotSupportedException extends CloudTrailServiceException {
  name = "ResourceTypeNotSupportedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceTypeNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceTypeNotSupportedException.prototype);
    this.Message = opts.Message;
  }
};
var TagsLimitExceededException = class _TagsLimitExceededException extends CloudTrailServiceException {
  name = "TagsLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TagsLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagsLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedOperationException = class _UnsupportedOperationException extends CloudTrailServiceException {
  name = "UnsupportedOperationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperationException.prototype);
    this.Message = opts.Message;
  }
};
var InactiveQueryException = class _InactiveQueryException extends CloudTrailServiceException {
  name = "InactiveQueryException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InactiveQueryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InactiveQueryException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameterException = class _InvalidParameterException extends CloudTrailServiceException {
  name = "InvalidParameterException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
    this.Message = opts.Message;
  }
};
var QueryIdNotFoundException = class _QueryIdNotFoundException extends CloudTrailServiceException {
  name = "QueryIdNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "QueryIdNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _QueryIdNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var CannotDelegateManagementAccountException = class _CannotDelegateManagementAccountException extends CloudTrailServiceException {
  name = "CannotDelegateManagementAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CannotDelegateManagementAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CannotDelegateManagementAccountException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelAlreadyExistsException = class _ChannelAlreadyExistsException extends CloudTrailServiceException {
  name = "ChannelAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelExistsForEDSException = class _ChannelExistsForEDSException extends CloudTrailServiceException {
  name = "ChannelExistsForEDSException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelExistsForEDSException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelExistsForEDSException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelMaxLimitExceededException = class _ChannelMaxLimitExceededException extends CloudTrailServiceException {
  name = "ChannelMaxLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelMaxLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelMaxLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidEventDataStoreCategoryException = class _InvalidEventDataStoreCategoryException extends CloudTrailServiceException {
  name = "InvalidEventDataStoreCategoryException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidEventDataStoreCategoryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventDataStoreCategoryException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidSourceException = class _InvalidSourceException extends CloudTrailServiceException {
  name = "InvalidSourceException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidSourceException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSourceException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientEncryptionPolicyException = class _InsufficientEncryptionPolicyException extends CloudTrailServiceException {
  name = "InsufficientEncryptionPolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientEncryptionPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientEncryptionPolicyException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidQueryStatementException = class _InvalidQueryStatementException extends CloudTrailServiceException {
  name = "InvalidQueryStatementException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidQueryStatementException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidQueryStatementException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends CloudTrailServiceException {
  name = "ServiceQuotaExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.Message = opts.Message;
  }
};
var CloudTrailAccessNotEnabledException = class _CloudTrailAccessNotEnabledException extends CloudTrailServiceException {
  name = "CloudTrailAccessNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudTrailAccessNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudTrailAccessNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreAlreadyExistsException = class _EventDataStoreAlreadyExistsException extends CloudTrailServiceException {
  name = "EventDataStoreAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreMaxLimitExceededException = class _EventDataStoreMaxLimitExceededException extends CloudTrailServiceException {
  name = "EventDataStoreMaxLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreMaxLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreMaxLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientDependencyServiceAccessPermissionException = class _InsufficientDependencyServiceAccessPermissionException extends CloudTrailServiceException {
  name = "InsufficientDependencyServiceAccessPermissionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientDependencyServiceAccessPermissionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientDependencyServiceAccessPermissionException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidEventSelectorsException = class _InvalidEventSelectorsException extends CloudTrailServiceException {
  name = "InvalidEventSelectorsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidEventSelectorsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventSelectorsException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidKmsKeyIdException = class _InvalidKmsKeyIdException extends CloudTrailServiceException {
  name = "InvalidKmsKeyIdException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidKmsKeyIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKmsKeyIdException.prototype);
    this.Message = opts.Message;
  }
};
var KmsException = class _KmsException extends CloudTrailServiceException {
  name = "KmsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyNotFoundException = class _KmsKeyNotFoundException extends CloudTrailServiceException {
  name = "KmsKeyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationNotInAllFeaturesModeException = class _OrganizationNotInAllFeaturesModeException extends CloudTrailServiceException {
  name = "OrganizationNotInAllFeaturesModeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotInAllFeaturesModeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotInAllFeaturesModeException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationsNotInUseException = class _OrganizationsNotInUseException extends CloudTrailServiceException {
  name = "OrganizationsNotInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationsNotInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationsNotInUseException.prototype);
    this.Message = opts.Message;
  }
};
var ThrottlingException = class _ThrottlingException extends CloudTrailServiceException {
  name = "ThrottlingException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
    this.Message = opts.Message;
  }
};
var CloudTrailInvalidClientTokenIdException = class _CloudTrailInvalidClientTokenIdException extends CloudTrailServiceException {
  name = "CloudTrailInvalidClientTokenIdException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudTrailInvalidClientTokenIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudTrailInvalidClientTokenIdException.prototype);
    this.Message = opts.Message;
  }
};
var CloudWatchLogsDeliveryUnavailableException = class _CloudWatchLogsDeliveryUnavailableException extends CloudTrailServiceException {
  name = "CloudWatchLogsDeliveryUnavailableException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudWatchLogsDeliveryUnavailableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudWatchLogsDeliveryUnavailableException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientS3BucketPolicyException = class _InsufficientS3BucketPolicyException extends CloudTrailServiceException {
  name = "InsufficientS3BucketPolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientS3BucketPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientS3BucketPolicyException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientSnsTopicPolicyException = class _InsufficientSnsTopicPolicyException extends CloudTrailServiceException {
  name = "InsufficientSnsTopicPolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientSnsTopicPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientSnsTopicPolicyException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidCloudWatchLogsLogGroupArnException = class _InvalidCloudWatchLogsLogGroupArnException extends CloudTrailServiceException {
  name = "InvalidCloudWatchLogsLogGroupArnException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidCloudWatchLogsLogGroupArnException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCloudWatchLogsLogGroupArnException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidCloudWatchLogsRoleArnException = class _InvalidCloudWatchLogsRoleArnException extends CloudTrailServiceException {
  name = "InvalidCloudWatchLogsRoleArnException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidCloudWatchLogsRoleArnException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCloudWatchLogsRoleArnException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameterCombinationException = class _InvalidParameterCombinationException extends CloudTrailServiceException {
  name = "InvalidParameterCombinationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidParameterCombinationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterCombinationException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidS3BucketNameException = class _InvalidS3BucketNameException extends CloudTrailServiceException {
  name = "InvalidS3BucketNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidS3BucketNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidS3BucketNameException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidS3PrefixException = class _InvalidS3PrefixException extends CloudTrailServiceException {
  name = "InvalidS3PrefixException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidS3PrefixException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidS3PrefixException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidSnsTopicNameException = class _InvalidSnsTopicNameException extends CloudTrailServiceException {
  name = "InvalidSnsTopicNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidSnsTopicNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSnsTopicNameException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyDisabledException = class _KmsKeyDisabledException extends CloudTrailServiceException {
  name = "KmsKeyDisabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyDisabledException.prototype);
    this.Message = opts.Message;
  }
};
var MaximumNumberOfTrailsExceededException = class _MaximumNumberOfTrailsExceededException extends CloudTrailServiceException {
  name = "MaximumNumberOfTrailsExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MaximumNumberOfTrailsExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaximumNumberOfTrailsExceededException.prototype);
    this.Message = opts.Message;
  }
};
var S3BucketDoesNotExistException = class _S3BucketDoesNotExistException extends CloudTrailServiceException {
  name = "S3BucketDoesNotExistException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "S3BucketDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3BucketDoesNotExistException.prototype);
    this.Message = opts.Message;
  }
};
var TrailAlreadyExistsException = class _TrailAlreadyExistsException extends CloudTrailServiceException {
  name = "TrailAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrailAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrailAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var TrailNotProvidedException = class _TrailNotProvidedException extends CloudTrailServiceException {
  name = "TrailNotProvidedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrailNotProvidedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrailNotProvidedException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreFederationEnabledException = class _EventDataStoreFederationEnabledException extends CloudTrailServiceException {
  name = "EventDataStoreFederationEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreFederationEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreFederationEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreHasOngoingImportException = class _EventDataStoreHasOngoingImportException extends CloudTrailServiceException {
  name = "EventDataStoreHasOngoingImportException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreHasOngoingImportException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreHasOngoingImportException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreTerminationProtectedException = class _EventDataStoreTerminationProtectedException extends CloudTrailServiceException {
  name = "EventDataStoreTerminationProtectedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreTerminationProtectedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreTerminationProtectedException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceARNNotValidException = class _ResourceARNNotValidException extends CloudTrailServiceException {
  name = "ResourceARNNotValidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceARNNotValidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceARNNotValidException.prototype);
    this.Message = opts.Message;
  }
};
var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends CloudTrailServiceException {
  name = "ResourcePolicyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidHomeRegionException = class _InvalidHomeRegionException extends CloudTrailServiceException {
  name = "InvalidHomeRegionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidHomeRegionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidHomeRegionException.prototype);
    this.Message = opts.Message;
  }
};
var TrailNotFoundException = class _TrailNotFoundException extends CloudTrailServiceException {
  name = "TrailNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrailNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrailNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var NotOrganizationManagementAccountException = class _NotOrganizationManagementAccountException extends CloudTrailServiceException {
  name = "NotOrganizationManagementAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NotOrganizationManagementAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotOrganizationManagementAccountException.prototype);
    this.Message = opts.Message;
  }
};
var ConcurrentModificationException = class _ConcurrentModificationException extends CloudTrailServiceException {
  name = "ConcurrentModificationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
    this.Message = opts.Message;
  }
};
var GenerateResponseException = class _GenerateResponseException extends CloudTrailServiceException {
  name = "GenerateResponseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "GenerateResponseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GenerateResponseException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidEventDataStoreStatusException = class _InvalidEventDataStoreStatusException extends CloudTrailServiceException {
  name = "InvalidEventDataStoreStatusException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidEventDataStoreStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventDataStoreStatusException.prototype);
    this.Message = opts.Message;
  }
};
var ImportNotFoundException = class _ImportNotFoundException extends CloudTrailServiceException {
  name = "ImportNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ImportNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ImportNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InsightNotEnabledException = class _InsightNotEnabledException extends CloudTrailServiceException {
  name = "InsightNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsightNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsightNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidMaxResultsException = class _InvalidMaxResultsException extends CloudTrailServiceException {
  name = "InvalidMaxResultsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidMaxResultsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidMaxResultsException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidNextTokenException = class _InvalidNextTokenException extends CloudTrailServiceException {
  name = "InvalidNextTokenException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidNextTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTimeRangeException = class _InvalidTimeRangeException extends CloudTrailServiceException {
  name = "InvalidTimeRangeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTimeRangeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTimeRangeException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTokenException = class _InvalidTokenException extends CloudTrailServiceException {
  name = "InvalidTokenException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTokenException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDateRangeException = class _InvalidDateRangeException extends CloudTrailServiceException {
  name = "InvalidDateRangeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDateRangeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDateRangeException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidQueryStatusException = class _InvalidQueryStatusException extends CloudTrailServiceException {
  name = "InvalidQueryStatusException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidQueryStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidQueryStatusException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidEventCategoryException = class _InvalidEventCategoryException extends CloudTrailServiceException {
  name = "InvalidEventCategoryException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidEventCategoryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventCategoryException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidLookupAttributesException = class _InvalidLookupAttributesException extends CloudTrailServiceException {
  name = "InvalidLookupAttributesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidLookupAttributesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLookupAttributesException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientIAMAccessPermissionException = class _InsufficientIAMAccessPermissionException extends CloudTrailServiceException {
  name = "InsufficientIAMAccessPermissionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientIAMAccessPermissionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientIAMAccessPermissionException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInsightSelectorsException = class _InvalidInsightSelectorsException extends CloudTrailServiceException {
  name = "InvalidInsightSelectorsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInsightSelectorsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInsightSelectorsException.prototype);
    this.Message = opts.Message;
  }
};
var ResourcePolicyNotValidException = class _ResourcePolicyNotValidException extends CloudTrailServiceException {
  name = "ResourcePolicyNotValidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyNotValidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyNotValidException.prototype);
    this.Message = opts.Message;
  }
};
var DelegatedAdminAccountLimitExceededException = class _DelegatedAdminAccountLimitExceededException extends CloudTrailServiceException {
  name = "DelegatedAdminAccountLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DelegatedAdminAccountLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegatedAdminAccountLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidImportSourceException = class _InvalidImportSourceException extends CloudTrailServiceException {
  name = "InvalidImportSourceException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidImportSourceException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidImportSourceException.prototype);
    this.Message = opts.Message;
  }
};
var MaxConcurrentQueriesException = class _MaxConcurrentQueriesException extends CloudTrailServiceException {
  name = "MaxConcurrentQueriesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MaxConcurrentQueriesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxConcurrentQueriesException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/schemas/schemas_0.js
var _AC = "AggregationConfiguration";
var _ADE = "AccessDeniedException";
var _AFS = "AdvancedFieldSelector";
var _AHOIE = "AccountHasOngoingImportException";
var _AK = "AttributeKey";
var _AKI = "AccessKeyId";
var _ANFE = "AccountNotFoundException";
var _ANRE = "AccountNotRegisteredException";
var _ARE = "AccountRegisteredException";
var _AV = "AttributeValue";
var _BS = "BytesScanned";
var _CAEE = "ChannelAlreadyExistsException";
var _CARNIE = "ChannelARNInvalidException";
var _CDMAE = "CannotDelegateManagementAccountException";
var _CE = "ConflictException";
var _CEFEDSE = "ChannelExistsForEDSException";
var _CKS = "ContextKeySelector";
var _CME = "ConcurrentModificationException";
var _CMLEE = "ChannelMaxLimitExceededException";
var _CNFE = "ChannelNotFoundException";
var _CT = "CreatedTimestamp";
var _CTANEE = "CloudTrailAccessNotEnabledException";
var _CTARNIE = "CloudTrailARNInvalidException";
var _CTE = "CloudTrailEvent";
var _CTICTIE = "CloudTrailInvalidClientTokenIdException";
var _CWLDUE = "CloudWatchLogsDeliveryUnavailableException";
var _D = "Destinations";
var _DAALEE = "DelegatedAdminAccountLimitExceededException";
var _DI = "DashboardId";
var _DR = "DataResource";
var _DRa = "DataResources";
var _DSU = "DeliveryS3Uri";
var _DT = "DataType";
var _DTRes = "DescribeTrailsRequest";
var _Di = "Dimensions";
var _E = "Equals";
var _EC = "EventCategory";
var _ECr = "ErrorCode";
var _ECv = "EventsCompleted";
var _ECve = "EventCategories";
var _EDSAEE = "EventDataStoreAlreadyExistsException";
var _EDSARNIE = "EventDataStoreARNInvalidException";
var _EDSFEE = "EventDataStoreFederationEnabledException";
var _EDSHOIE = "EventDataStoreHasOngoingImportException";
var _EDSMLEE = "EventDataStoreMaxLimitExceededException";
var _EDSNFE = "EventDataStoreNotFoundException";
var _EDSOAI = "EventDataStoreOwnerAccountId";
var _EDSTPE = "EventDataStoreTerminationProtectedException";
var _EDSv = "EventDataStores";
var _EET = "EndEventTime";
var _EI = "EventId";
var _EL = "EventsList";
var _EM = "ErrorMessage";
var _EMES = "ExcludeManagementEventSources";
var _EN = "EventName";
var _ES = "EventSource";
var _ESv = "EventSelector";
var _ET = "EventTime";
var _ETn = "EndTime";
var _EW = "EndsWith";
var _Ev = "Event";
var _Eve = "Events";
var _F = "Field";
var _FC = "FilesCompleted";
var _FE = "FailedEntries";
var _GIRe = "GetImportResponse";
var _GQR = "GenerateQueryRequest";
var _GQRRe = "GetQueryResultsResponse";
var _GRE = "GenerateResponseException";
var _ICWLLGAE = "InvalidCloudWatchLogsLogGroupArnException";
var _ICWLRAE = "InvalidCloudWatchLogsRoleArnException";
var _IDRE = "InvalidDateRangeException";
var _IDSAPE = "InsufficientDependencyServiceAccessPermissionException";
var _IECE = "InvalidEventCategoryException";
var _IEDSCE = "InvalidEventDataStoreCategoryException";
var _IEDSE = "InactiveEventDataStoreException";
var _IEDSSE = "InvalidEventDataStoreStatusException";
var _IEPE = "InsufficientEncryptionPolicyException";
var _IESE = "InvalidEventSelectorsException";
var _IHRE = "InvalidHomeRegionException";
var _II = "ImportId";
var _IIAMAPE = "InsufficientIAMAccessPermissionException";
var _IISE = "InvalidImportSourceException";
var _IISEn = "InvalidInsightSelectorsException";
var _IKKIE = "InvalidKmsKeyIdException";
var _ILAE = "InvalidLookupAttributesException";
var _ILI = "ImportsListItem";
var _IME = "IncludeManagementEvents";
var _IMRE = "InvalidMaxResultsException";
var _INEE = "InsightNotEnabledException";
var _INFE = "ImportNotFoundException";
var _INTE = "InvalidNextTokenException";
var _IPCE = "InvalidParameterCombinationException";
var _IPE = "InvalidParameterException";
var _IQE = "InactiveQueryException";
var _IQSE = "InvalidQueryStatementException";
var _IQSEn = "InvalidQueryStatusException";
var _ISBNE = "InvalidS3BucketNameException";
var _ISBPE = "InsufficientS3BucketPolicyException";
var _ISE = "InvalidSourceException";
var _ISPE = "InvalidS3PrefixException";
var _ISTNE = "InvalidSnsTopicNameException";
var _ISTPE = "InsufficientSnsTopicPolicyException";
var _ISm = "ImportSource";
var _ISmp = "ImportStatus";
var _ISmpo = "ImportStatistics";
var _ISns = "InsightSelector";
var _ISnsi = "InsightSource";
var _IT = "InsightType";
var _ITE = "InvalidTokenException";
var _ITNE = "InvalidTrailNameException";
var _ITPE = "InvalidTagParameterException";
var _ITRE = "InvalidTimeRangeException";
var _KE = "KmsException";
var _KKDE = "KmsKeyDisabledException";
var _KKNFE = "KmsKeyNotFoundException";
var _LA = "LookupAttribute";
var _LAL = "LookupAttributesList";
var _LAo = "LookupAttributes";
var _LE = "LookupEvents";
var _LER = "LookupEventsRequest";
var _LERo = "LookupEventsResponse";
var _LIDR = "ListInsightsDataRequest";
var _LIMDRi = "ListInsightsMetricDataResponse";
var _LTR = "ListTagsRequest";
var _M = "Message";
var _MCQE = "MaxConcurrentQueriesException";
var _MNOTEE = "MaximumNumberOfTrailsExceededException";
var _MR = "MaxResults";
var _NE = "NotEquals";
var _NEW = "NotEndsWith";
var _NMASLREE = "NoManagementAccountSLRExistsException";
var _NOMAE = "NotOrganizationManagementAccountException";
var _NOMAEo = "NotOrganizationMasterAccountException";
var _NSW = "NotStartsWith";
var _NT = "NextToken";
var _ONIAFME = "OrganizationNotInAllFeaturesModeException";
var _ONIUE = "OrganizationsNotInUseException";
var _ONPE = "OperationNotPermittedException";
var _P = "Prompt";
var _PC = "PrefixesCompleted";
var _PF = "PrefixesFound";
var _QA = "QueryAlias";
var _QINFE = "QueryIdNotFoundException";
var _QP = "QueryParameters";
var _QPV = "QueryParameterValues";
var _QRR = "QueryResultRows";
var _QRRu = "QueryResultRow";
var _QS = "QueryStatus";
var _QSue = "QueryStatistics";
var _QSuer = "QueryStatement";
var _R = "Resources";
var _RARNNVE = "ResourceARNNotValidException";
var _RC = "ResultsCount";
var _RIL = "ResourceIdList";
var _RLe = "ResourceList";
var _RN = "ResourceName";
var _RNFE = "ResourceNotFoundException";
var _RO = "ReadOnly";
var _RPNFE = "ResourcePolicyNotFoundException";
var _RPNVE = "ResourcePolicyNotValidException";
var _RT = "ResourceType";
var _RTNSE = "ResourceTypeNotSupportedException";
var _RW = "RequestWidget";
var _RWT = "ReadWriteType";
var _Re = "Resource";
var _SBARA = "S3BucketAccessRoleArn";
var _SBDNEE = "S3BucketDoesNotExistException";
var _SBR = "S3BucketRegion";
var _SDRR = "StartDashboardRefreshRequest";
var _SET = "StartEventTime";
var _SIR = "StartImportRequest";
var _SIRt = "StartImportResponse";
var _SIRtop = "StopImportResponse";
var _SIS = "S3ImportSource";
var _SLU = "S3LocationUri";
var _SQEE = "ServiceQuotaExceededException";
var _SQR = "StartQueryRequest";
var _ST = "StartTime";
var _SW = "StartsWith";
var _S_ = "S3";
var _T = "Templates";
var _TAEE = "TrailAlreadyExistsException";
var _TARN = "TrailARN";
var _TE = "ThrottlingException";
var _TLEE = "TagsLimitExceededException";
var _TNFE = "TrailNotFoundException";
var _TNPE = "TrailNotProvidedException";
var _TRC = "TotalResultsCount";
var _Ti = "Timestamps";
var _Ty = "Type";
var _U = "Username";
var _UOE = "UnsupportedOperationException";
var _UT = "UpdatedTimestamp";
var _V = "Values";
var _VP = "ViewProperties";
var _Wi = "Widget";
var _c = "client";
var _iST = "includeShadowTrails";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudtrail";
var _tNL = "trailNameList";
var n0 = "com.amazonaws.cloudtrail";
var _s_registry = TypeRegistry.for(_s);
var CloudTrailServiceException$ = [-3, _s, "CloudTrailServiceException", 0, [], []];
_s_registry.registerError(CloudTrailServiceException$, CloudTrailServiceException);
var n0_registry = TypeRegistry.for(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { "awsQueryError": [`ResourceAccessDenied`, 403], "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AccountHasOngoingImportException$ = [
  -3,
  n0,
  _AHOIE,
  { "awsQueryError": [`AccountHasOngoingImport`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(AccountHasOngoingImportException$, AccountHasOngoingImportException);
var AccountNotFoundException$ = [
  -3,
  n0,
  _ANFE,
  { "awsQueryError": [`AccountNotFound`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(AccountNotFoundException$, AccountNotFoundException);
var AccountNotRegisteredException$ = [
  -3,
  n0,
  _ANRE,
  { "awsQueryError": [`AccountNotRegistered`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
var AccountRegisteredException$ = [
  -3,
  n0,
  _ARE,
  { "awsQueryError": [`AccountRegistered`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(AccountRegisteredException$, AccountRegisteredException);
var CannotDelegateManagementAccountException$ = [
  -3,
  n0,
  _CDMAE,
  { "awsQueryError": [`CannotDelegateManagementAccount`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CannotDelegateManagementAccountException$, CannotDelegateManagementAccountException);
var ChannelAlreadyExistsException$ = [
  -3,
  n0,
  _CAEE,
  { "awsQueryError": [`ChannelAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelAlreadyExistsException$, ChannelAlreadyExistsException);
var ChannelARNInvalidException$ = [
  -3,
  n0,
  _CARNIE,
  { "awsQueryError": [`ChannelARNInvalid`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelARNInvalidException$, ChannelARNInvalidException);
var ChannelExistsForEDSException$ = [
  -3,
  n0,
  _CEFEDSE,
  { "awsQueryError": [`ChannelExistsForEDS`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelExistsForEDSException$, ChannelExistsForEDSException);
var ChannelMaxLimitExceededException$ = [
  -3,
  n0,
  _CMLEE,
  { "awsQueryError": [`ChannelMaxLimitExceeded`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelMaxLimitExceededException$, ChannelMaxLimitExceededException);
var ChannelNotFoundException$ = [
  -3,
  n0,
  _CNFE,
  { "awsQueryError": [`ChannelNotFound`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelNotFoundException$, ChannelNotFoundException);
var CloudTrailAccessNotEnabledException$ = [
  -3,
  n0,
  _CTANEE,
  { "awsQueryError": [`CloudTrailAccessNotEnabled`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CloudTrailAccessNotEnabledException$, CloudTrailAccessNotEnabledException);
var CloudTrailARNInvalidException$ = [
  -3,
  n0,
  _CTARNIE,
  { "awsQueryError": [`CloudTrailARNInvalid`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CloudTrailARNInvalidException$, CloudTrailARNInvalidException);
var CloudTrailInvalidClientTokenIdException$ = [
  -3,
  n0,
  _CTICTIE,
  { "awsQueryError": [`CloudTrailInvalidClientTokenId`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CloudTrailInvalidClientTokenIdException$, CloudTrailInvalidClientTokenIdException);
var CloudWatchLogsDeliveryUnavailableException$ = [
  -3,
  n0,
  _CWLDUE,
  { "awsQueryError": [`CloudWatchLogsDeliveryUnavailable`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CloudWatchLogsDeliveryUnavailableException$, CloudWatchLogsDeliveryUnavailableException);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { "awsQueryError": [`ConcurrentModification`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { "awsQueryError": [`ConflictException`, 409], "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DelegatedAdminAccountLimitExceededException$ = [
  -3,
  n0,
  _DAALEE,
  { "awsQueryError": [`DelegatedAdminAccountLimitExceeded`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(DelegatedAdminAccountLimitExceededException$, DelegatedAdminAccountLimitExceededException);
var EventDataStoreAlreadyExistsException$ = [
  -3,
  n0,
  _EDSAEE,
  { "awsQueryError": [`EventDataStoreAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreAlreadyExistsException$, EventDataStoreAlreadyExistsException);
var EventDataStoreARNInvalidException$ = [
  -3,
  n0,
  _EDSARNIE,
  { "awsQueryError": [`EventDataStoreARNInvalid`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreARNInvalidException$, EventDataStoreARNInvalidException);
var EventDataStoreFederationEnabledException$ = [
  -3,
  n0,
  _EDSFEE,
  { "awsQueryError": [`EventDataStoreFederationEnabled`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreFederationEnabledException$, EventDataStoreFederationEnabledException);
var EventDataStoreHasOngoingImportException$ = [
  -3,
  n0,
  _EDSHOIE,
  { "awsQueryError": [`EventDataStoreHasOngoingImport`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreHasOngoingImportException$, EventDataStoreHasOngoingImportException);
var EventDataStoreMaxLimitExceededException$ = [
  -3,
  n0,
  _EDSMLEE,
  { "awsQueryError": [`EventDataStoreMaxLimitExceeded`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreMaxLimitExceededException$, EventDataStoreMaxLimitExceededException);
var EventDataStoreNotFoundException$ = [
  -3,
  n0,
  _EDSNFE,
  { "awsQueryError": [`EventDataStoreNotFound`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreNotFoundException$, EventDataStoreNotFoundException);
var EventDataStoreTerminationProtectedException$ = [
  -3,
  n0,
  _EDSTPE,
  { "awsQueryError": [`EventDataStoreTerminationProtectedException`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreTerminationProtectedException$, EventDataStoreTerminationProtectedException);
var GenerateResponseException$ = [
  -3,
  n0,
  _GRE,
  { "awsQueryError": [`GenerateResponse`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(GenerateResponseException$, GenerateResponseException);
var ImportNotFoundException$ = [
  -3,
  n0,
  _INFE,
  { "awsQueryError": [`ImportNotFound`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(ImportNotFoundException$, ImportNotFoundException);
var InactiveEventDataStoreException$ = [
  -3,
  n0,
  _IEDSE,
  { "awsQueryError": [`InactiveEventDataStore`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InactiveEventDataStoreException$, InactiveEventDataStoreException);
var InactiveQueryException$ = [
  -3,
  n0,
  _IQE,
  { "awsQueryError": [`InactiveQuery`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InactiveQueryException$, InactiveQueryException);
var InsightNotEnabledException$ = [
  -3,
  n0,
  _INEE,
  { "awsQueryError": [`InsightNotEnabled`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsightNotEnabledException$, InsightNotEnabledException);
var InsufficientDependencyServiceAccessPermissionException$ = [
  -3,
  n0,
  _IDSAPE,
  { "awsQueryError": [`InsufficientDependencyServiceAccessPermission`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientDependencyServiceAccessPermissionException$, InsufficientDependencyServiceAccessPermissionException);
var InsufficientEncryptionPolicyException$ = [
  -3,
  n0,
  _IEPE,
  { "awsQueryError": [`InsufficientEncryptionPolicy`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientEncryptionPolicyException$, InsufficientEncryptionPolicyException);
var InsufficientIAMAccessPermissionException$ = [
  -3,
  n0,
  _IIAMAPE,
  { "awsQueryError": [`InsufficientIAMAccessPermission`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientIAMAccessPermissionException$, InsufficientIAMAccessPermissionException);
var InsufficientS3BucketPolicyException$ = [
  -3,
  n0,
  _ISBPE,
  { "awsQueryError": [`InsufficientS3BucketPolicy`, 403], "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientS3BucketPolicyException$, InsufficientS3BucketPolicyException);
var InsufficientSnsTopicPolicyException$ = [
  -3,
  n0,
  _ISTPE,
  { "awsQueryError": [`InsufficientSnsTopicPolicy`, 403], "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientSnsTopicPolicyException$, InsufficientSnsTopicPolicyException);
var InvalidCloudWatchLogsLogGroupArnException$ = [
  -3,
  n0,
  _ICWLLGAE,
  { "awsQueryError": [`InvalidCloudWatchLogsLogGroupArn`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidCloudWatchLogsLogGroupArnException$, InvalidCloudWatchLogsLogGroupArnException);
var InvalidCloudWatchLogsRoleArnException$ = [
  -3,
  n0,
  _ICWLRAE,
  { "awsQueryError": [`InvalidCloudWatchLogsRoleArn`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidCloudWatchLogsRoleArnException$, InvalidCloudWatchLogsRoleArnException);
var InvalidDateRangeException$ = [
  -3,
  n0,
  _IDRE,
  { "awsQueryError": [`InvalidDateRange`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDateRangeException$, InvalidDateRangeException);
var InvalidEventCategoryException$ = [
  -3,
  n0,
  _IECE,
  { "awsQueryError": [`InvalidEventCategory`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidEventCategoryException$, InvalidEventCategoryException);
var InvalidEventDataStoreCategoryException$ = [
  -3,
  n0,
  _IEDSCE,
  { "awsQueryError": [`InvalidEventDataStoreCategory`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidEventDataStoreCategoryException$, InvalidEventDataStoreCategoryException);
var InvalidEventDataStoreStatusException$ = [
  -3,
  n0,
  _IEDSSE,
  { "awsQueryError": [`InvalidEventDataStoreStatus`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidEventDataStoreStatusException$, InvalidEventDataStoreStatusException);
var InvalidEventSelectorsException$ = [
  -3,
  n0,
  _IESE,
  { "awsQueryError": [`InvalidEventSelectors`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidEventSelectorsException$, InvalidEventSelectorsException);
var InvalidHomeRegionException$ = [
  -3,
  n0,
  _IHRE,
  { "awsQueryError": [`InvalidHomeRegion`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidHomeRegionException$, InvalidHomeRegionException);
var InvalidImportSourceException$ = [
  -3,
  n0,
  _IISE,
  { "awsQueryError": [`InvalidImportSource`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidImportSourceException$, InvalidImportSourceException);
var InvalidInsightSelectorsException$ = [
  -3,
  n0,
  _IISEn,
  { "awsQueryError": [`InvalidInsightSelectors`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidInsightSelectorsException$, InvalidInsightSelectorsException);
var InvalidKmsKeyIdException$ = [
  -3,
  n0,
  _IKKIE,
  { "awsQueryError": [`InvalidKmsKeyId`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidKmsKeyIdException$, InvalidKmsKeyIdException);
var InvalidLookupAttributesException$ = [
  -3,
  n0,
  _ILAE,
  { "awsQueryError": [`InvalidLookupAttributes`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidLookupAttributesException$, InvalidLookupAttributesException);
var InvalidMaxResultsException$ = [
  -3,
  n0,
  _IMRE,
  { "awsQueryError": [`InvalidMaxResults`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidMaxResultsException$, InvalidMaxResultsException);
var InvalidNextTokenException$ = [
  -3,
  n0,
  _INTE,
  { "awsQueryError": [`InvalidNextToken`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterCombinationException$ = [
  -3,
  n0,
  _IPCE,
  { "awsQueryError": [`InvalidParameterCombinationError`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { "awsQueryError": [`InvalidParameter`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidQueryStatementException$ = [
  -3,
  n0,
  _IQSE,
  { "awsQueryError": [`InvalidQueryStatement`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidQueryStatementException$, InvalidQueryStatementException);
var InvalidQueryStatusException$ = [
  -3,
  n0,
  _IQSEn,
  { "awsQueryError": [`InvalidQueryStatus`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidQueryStatusException$, InvalidQueryStatusException);
var InvalidS3BucketNameException$ = [
  -3,
  n0,
  _ISBNE,
  { "awsQueryError": [`InvalidS3BucketName`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidS3BucketNameException$, InvalidS3BucketNameException);
var InvalidS3PrefixException$ = [
  -3,
  n0,
  _ISPE,
  { "awsQueryError": [`InvalidS3Prefix`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidS3PrefixException$, InvalidS3PrefixException);
var InvalidSnsTopicNameException$ = [
  -3,
  n0,
  _ISTNE,
  { "awsQueryError": [`InvalidSnsTopicName`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidSnsTopicNameException$, InvalidSnsTopicNameException);
var InvalidSourceException$ = [
  -3,
  n0,
  _ISE,
  { "awsQueryError": [`InvalidSource`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidSourceException$, InvalidSourceException);
var InvalidTagParameterException$ = [
  -3,
  n0,
  _ITPE,
  { "awsQueryError": [`InvalidTagParameter`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTagParameterException$, InvalidTagParameterException);
var InvalidTimeRangeException$ = [
  -3,
  n0,
  _ITRE,
  { "awsQueryError": [`InvalidTimeRange`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTimeRangeException$, InvalidTimeRangeException);
var InvalidTokenException$ = [
  -3,
  n0,
  _ITE,
  { "awsQueryError": [`InvalidToken`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTokenException$, InvalidTokenException);
var InvalidTrailNameException$ = [
  -3,
  n0,
  _ITNE,
  { "awsQueryError": [`InvalidTrailName`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTrailNameException$, InvalidTrailNameException);
var KmsException$ = [
  -3,
  n0,
  _KE,
  { "awsQueryError": [`KmsException`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(KmsException$, KmsException);
var KmsKeyDisabledException$ = [
  -3,
  n0,
  _KKDE,
  { "awsQueryError": [`KmsKeyDisabled`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
var KmsKeyNotFoundException$ = [
  -3,
  n0,
  _KKNFE,
  { "awsQueryError": [`KmsKeyNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
var MaxConcurrentQueriesException$ = [
  -3,
  n0,
  _MCQE,
  { "awsQueryError": [`MaxConcurrentQueries`, 429], "error": _c, "httpError": 429 },
  [_M],
  [0]
];
n0_registry.registerError(MaxConcurrentQueriesException$, MaxConcurrentQueriesException);
var MaximumNumberOfTrailsExceededException$ = [
  -3,
  n0,
  _MNOTEE,
  { "awsQueryError": [`MaximumNumberOfTrailsExceeded`, 403], "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(MaximumNumberOfTrailsExceededException$, MaximumNumberOfTrailsExceededException);
var NoManagementAccountSLRExistsException$ = [
  -3,
  n0,
  _NMASLREE,
  { "awsQueryError": [`NoManagementAccountSLRExists`, 403], "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(NoManagementAccountSLRExistsException$, NoManagementAccountSLRExistsException);
var NotOrganizationManagementAccountException$ = [
  -3,
  n0,
  _NOMAE,
  { "awsQueryError": [`NotOrganizationManagementAccount`, 403], "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(NotOrganizationManagementAccountException$, NotOrganizationManagementAccountException);
var NotOrganizationMasterAccountException$ = [
  -3,
  n0,
  _NOMAEo,
  { "awsQueryError": [`NotOrganizationMasterAccount`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(NotOrganizationMasterAccountException$, NotOrganizationMasterAccountException);
var OperationNotPermittedException$ = [
  -3,
  n0,
  _ONPE,
  { "awsQueryError": [`OperationNotPermitted`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(OperationNotPermittedException$, OperationNotPermittedException);
var OrganizationNotInAllFeaturesModeException$ = [
  -3,
  n0,
  _ONIAFME,
  { "awsQueryError": [`OrganizationNotInAllFeaturesMode`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var OrganizationsNotInUseException$ = [
  -3,
  n0,
  _ONIUE,
  { "awsQueryError": [`OrganizationsNotInUse`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationsNotInUseException$, OrganizationsNotInUseException);
var QueryIdNotFoundException$ = [
  -3,
  n0,
  _QINFE,
  { "awsQueryError": [`QueryIdNotFound`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(QueryIdNotFoundException$, QueryIdNotFoundException);
var ResourceARNNotValidException$ = [
  -3,
  n0,
  _RARNNVE,
  { "awsQueryError": [`ResourceARNNotValid`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceARNNotValidException$, ResourceARNNotValidException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "awsQueryError": [`ResourceNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourcePolicyNotFoundException$ = [
  -3,
  n0,
  _RPNFE,
  { "awsQueryError": [`ResourcePolicyNotFound`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
var ResourcePolicyNotValidException$ = [
  -3,
  n0,
  _RPNVE,
  { "awsQueryError": [`ResourcePolicyNotValid`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourcePolicyNotValidException$, ResourcePolicyNotValidException);
var ResourceTypeNotSupportedException$ = [
  -3,
  n0,
  _RTNSE,
  { "awsQueryError": [`ResourceTypeNotSupported`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceTypeNotSupportedException$, ResourceTypeNotSupportedException);
var S3BucketDoesNotExistException$ = [
  -3,
  n0,
  _SBDNEE,
  { "awsQueryError": [`S3BucketDoesNotExist`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(S3BucketDoesNotExistException$, S3BucketDoesNotExistException);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { "awsQueryError": [`ServiceQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var TagsLimitExceededException$ = [
  -3,
  n0,
  _TLEE,
  { "awsQueryError": [`TagsLimitExceeded`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TagsLimitExceededException$, TagsLimitExceededException);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { "awsQueryError": [`ThrottlingException`, 429], "error": _c, "httpError": 429 },
  [_M],
  [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TrailAlreadyExistsException$ = [
  -3,
  n0,
  _TAEE,
  { "awsQueryError": [`TrailAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TrailAlreadyExistsException$, TrailAlreadyExistsException);
var TrailNotFoundException$ = [
  -3,
  n0,
  _TNFE,
  { "awsQueryError": [`TrailNotFound`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(TrailNotFoundException$, TrailNotFoundException);
var TrailNotProvidedException$ = [
  -3,
  n0,
  _TNPE,
  { "awsQueryError": [`TrailNotProvided`, 404], "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(TrailNotProvidedException$, TrailNotProvidedException);
var UnsupportedOperationException$ = [
  -3,
  n0,
  _UOE,
  { "awsQueryError": [`UnsupportedOperation`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AdvancedFieldSelector$ = [
  3,
  n0,
  _AFS,
  0,
  [_F, _E, _SW, _EW, _NE, _NSW, _NEW],
  [0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0],
  1
];
var AggregationConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_T, _EC],
  [64 | 0, 0],
  2
];
var ContextKeySelector$ = [
  3,
  n0,
  _CKS,
  0,
  [_Ty, _E],
  [0, 64 | 0],
  2
];
var DataResource$ = [
  3,
  n0,
  _DR,
  0,
  [_Ty, _V],
  [0, 64 | 0]
];
var DescribeTrailsRequest$ = [
  3,
  n0,
  _DTRes,
  0,
  [_tNL, _iST],
  [64 | 0, 2]
];
var Event$ = [
  3,
  n0,
  _Ev,
  0,
  [_EI, _EN, _RO, _AKI, _ET, _ES, _U, _R, _CTE],
  [0, 0, 0, 0, 4, 0, 0, () => ResourceList, 0]
];
var EventSelector$ = [
  3,
  n0,
  _ESv,
  0,
  [_RWT, _IME, _DRa, _EMES],
  [0, 2, () => DataResources, 64 | 0]
];
var GenerateQueryRequest$ = [
  3,
  n0,
  _GQR,
  0,
  [_EDSv, _P],
  [64 | 0, 0],
  2
];
var GetImportResponse$ = [
  3,
  n0,
  _GIRe,
  0,
  [_II, _D, _ISm, _SET, _EET, _ISmp, _CT, _UT, _ISmpo],
  [0, 64 | 0, () => ImportSource$, 4, 4, 0, 4, 4, () => ImportStatistics$]
];
var GetQueryResultsResponse$ = [
  3,
  n0,
  _GQRRe,
  0,
  [_QS, _QSue, _QRR, _NT, _EM],
  [0, () => QueryStatistics$, [1, n0, _QRR, 0, [1, n0, _QRRu, 0, 128 | 0]], 0, 0]
];
var ImportsListItem$ = [
  3,
  n0,
  _ILI,
  0,
  [_II, _ISmp, _D, _CT, _UT],
  [0, 0, 64 | 0, 4, 4]
];
var ImportSource$ = [
  3,
  n0,
  _ISm,
  0,
  [_S_],
  [() => S3ImportSource$],
  1
];
var ImportStatistics$ = [
  3,
  n0,
  _ISmpo,
  0,
  [_PF, _PC, _FC, _ECv, _FE],
  [1, 1, 1, 1, 1]
];
var InsightSelector$ = [
  3,
  n0,
  _ISns,
  0,
  [_IT, _ECve],
  [0, 64 | 0]
];
var ListInsightsDataRequest$ = [
  3,
  n0,
  _LIDR,
  0,
  [_ISnsi, _DT, _Di, _ST, _ETn, _MR, _NT],
  [0, 0, 128 | 0, 4, 4, 1, 0],
  2
];
var ListInsightsMetricDataResponse$ = [
  3,
  n0,
  _LIMDRi,
  0,
  [_TARN, _ES, _EN, _IT, _ECr, _Ti, _V, _NT],
  [0, 0, 0, 0, 0, 64 | 4, 64 | 1, 0]
];
var ListTagsRequest$ = [
  3,
  n0,
  _LTR,
  0,
  [_RIL, _NT],
  [64 | 0, 0],
  1
];
var LookupAttribute$ = [
  3,
  n0,
  _LA,
  0,
  [_AK, _AV],
  [0, 0],
  2
];
var LookupEventsRequest$ = [
  3,
  n0,
  _LER,
  0,
  [_LAo, _ST, _ETn, _EC, _MR, _NT],
  [() => LookupAttributesList, 4, 4, 0, 1, 0]
];
var LookupEventsResponse$ = [
  3,
  n0,
  _LERo,
  0,
  [_Eve, _NT],
  [() => EventsList, 0]
];
var QueryStatistics$ = [
  3,
  n0,
  _QSue,
  0,
  [_RC, _TRC, _BS],
  [1, 1, 1]
];
var RequestWidget$ = [
  3,
  n0,
  _RW,
  0,
  [_QSuer, _VP, _QP],
  [0, 128 | 0, 64 | 0],
  2
];
var Resource$ = [
  3,
  n0,
  _Re,
  0,
  [_RT, _RN],
  [0, 0]
];
var S3ImportSource$ = [
  3,
  n0,
  _SIS,
  0,
  [_SLU, _SBR, _SBARA],
  [0, 0, 0],
  3
];
var StartDashboardRefreshRequest$ = [
  3,
  n0,
  _SDRR,
  0,
  [_DI, _QPV],
  [0, 128 | 0],
  1
];
var StartImportRequest$ = [
  3,
  n0,
  _SIR,
  0,
  [_D, _ISm, _SET, _EET, _II],
  [64 | 0, () => ImportSource$, 4, 4, 0]
];
var StartImportResponse$ = [
  3,
  n0,
  _SIRt,
  0,
  [_II, _D, _ISm, _SET, _EET, _ISmp, _CT, _UT],
  [0, 64 | 0, () => ImportSource$, 4, 4, 0, 4, 4]
];
var StartQueryRequest$ = [
  3,
  n0,
  _SQR,
  0,
  [_QSuer, _DSU, _QA, _QP, _EDSOAI],
  [0, 0, 0, 64 | 0, 0]
];
var StopImportResponse$ = [
  3,
  n0,
  _SIRtop,
  0,
  [_II, _ISm, _D, _ISmp, _CT, _UT, _SET, _EET, _ISmpo],
  [0, () => ImportSource$, 64 | 0, 0, 4, 4, 4, 4, () => ImportStatistics$]
];
var Widget$ = [
  3,
  n0,
  _Wi,
  0,
  [_QA, _QSuer, _QP, _VP],
  [0, 0, 64 | 0, 128 | 0]
];
var DataResources = [
  1,
  n0,
  _DRa,
  0,
  () => DataResource$
];
var DataResourceValues = 64 | 0;
var EventDataStoreList = 64 | 0;
var EventsList = [
  1,
  n0,
  _EL,
  0,
  () => Event$
];
var ExcludeManagementEventSources = 64 | 0;
var ImportDestinations = 64 | 0;
var InsightsMetricValues = 64 | 1;
var LookupAttributesList = [
  1,
  n0,
  _LAL,
  0,
  () => LookupAttribute$
];
var Operator = 64 | 0;
var OperatorTargetList = 64 | 0;
var QueryParameters = 64 | 0;
var QueryResultRow = [
  1,
  n0,
  _QRRu,
  0,
  128 | 0
];
var QueryResultRows = [
  1,
  n0,
  _QRR,
  0,
  [1, n0, _QRRu, 0, 128 | 0]
];
var ResourceIdList = 64 | 0;
var ResourceList = [
  1,
  n0,
  _RLe,
  0,
  () => Resource$
];
var SourceEventCategories = 64 | 0;
var Templates = 64 | 0;
var Timestamps = 64 | 4;
var TrailNameList = 64 | 0;
var ListInsightsDataDimensions = 128 | 0;
var QueryParameterValues = 128 | 0;
var QueryResultColumn = 128 | 0;
var ViewPropertiesMap = 128 | 0;
var LookupEvents$ = [
  9,
  n0,
  _LE,
  2,
  () => LookupEventsRequest$,
  () => LookupEventsResponse$
];

// node_modules/@aws-sdk/client-cloudtrail/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2013-11-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudTrailHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudtrail",
      errorTypeRegistries,
      xmlNamespace: "http://cloudtrail.amazonaws.com/doc/2013-11-01/",
      version: "2013-11-01",
      serviceTarget: "CloudTrail_20131101"
    },
    serviceId: config?.serviceId ?? "CloudTrail",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-cloudtrail/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-cloudtrail/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/CloudTrailClient.js
var CloudTrailClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultCloudTrailHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "CloudTrail_20131101", "CloudTrailClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/LookupEventsCommand.js
var LookupEventsCommand = class extends command(_ep0, _mw0, "LookupEvents", LookupEvents$) {
};
export {
  CloudTrailClient,
  LookupEventsCommand
};
//# sourceMappingURL=cloudtrail-IQUO7EAA.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-7YUBMPEK.js";
import "./chunk-IFK4WSZA.js";
import {
  AwsJson1_1Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-DZDUNDA2.js";
import {
  NodeHttpHandler
} from "./chunk-TNCTD5XL.js";
import {
  Sha256Node
} from "./chunk-VBCCF6MD.js";
import {
  BinaryDecisionDiagram,
  Client,
  Command,
  DEFAULT_RETRY_MODE,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createAggregatedClient,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-YV6QQJOO.js";
import {
  DefaultIdentityProviderConfig,
  createPaginator,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin
} from "./chunk-4QPVKR3V.js";
import {
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig
} from "./chunk-47V7VVFD.js";
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
} from "./chunk-6PF6ITAZ.js";
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
var _ACg = "AggregationConfigurations";
var _ADE = "AccessDeniedException";
var _AES = "AdvancedEventSelector";
var _AESd = "AdvancedEventSelectors";
var _AFS = "AdvancedFieldSelector";
var _AFSd = "AdvancedFieldSelectors";
var _AHOIE = "AccountHasOngoingImportException";
var _AK = "AttributeKey";
var _AKI = "AccessKeyId";
var _ANFE = "AccountNotFoundException";
var _ANRE = "AccountNotRegisteredException";
var _ARE = "AccountRegisteredException";
var _AT = "AddTags";
var _ATAR = "ApplyToAllRegions";
var _ATR = "AddTagsRequest";
var _ATRd = "AddTagsResponse";
var _AV = "AttributeValue";
var _BM = "BillingMode";
var _BS = "BytesScanned";
var _C = "Channel";
var _CA = "ChannelArn";
var _CAEE = "ChannelAlreadyExistsException";
var _CARNIE = "ChannelARNInvalidException";
var _CC = "CreateChannel";
var _CCR = "CreateChannelRequest";
var _CCRr = "CreateChannelResponse";
var _CD = "CreateDashboard";
var _CDMAE = "CannotDelegateManagementAccountException";
var _CDR = "CreateDashboardRequest";
var _CDRr = "CreateDashboardResponse";
var _CE = "ConflictException";
var _CEDS = "CreateEventDataStore";
var _CEDSR = "CreateEventDataStoreRequest";
var _CEDSRr = "CreateEventDataStoreResponse";
var _CEFEDSE = "ChannelExistsForEDSException";
var _CKS = "ContextKeySelector";
var _CKSo = "ContextKeySelectors";
var _CME = "ConcurrentModificationException";
var _CMLEE = "ChannelMaxLimitExceededException";
var _CNFE = "ChannelNotFoundException";
var _CQ = "CancelQuery";
var _CQR = "CancelQueryRequest";
var _CQRa = "CancelQueryResponse";
var _CT = "CreatedTimestamp";
var _CTANEE = "CloudTrailAccessNotEnabledException";
var _CTARNIE = "CloudTrailARNInvalidException";
var _CTE = "CloudTrailEvent";
var _CTICTIE = "CloudTrailInvalidClientTokenIdException";
var _CTR = "CreateTrailRequest";
var _CTRr = "CreateTrailResponse";
var _CTr = "CreationTime";
var _CTre = "CreateTrail";
var _CWLDUE = "CloudWatchLogsDeliveryUnavailableException";
var _CWLLGA = "CloudWatchLogsLogGroupArn";
var _CWLRA = "CloudWatchLogsRoleArn";
var _Ch = "Channels";
var _D = "Destinations";
var _DA = "DashboardArn";
var _DAAI = "DelegatedAdminAccountId";
var _DAALEE = "DelegatedAdminAccountLimitExceededException";
var _DARP = "DelegatedAdminResourcePolicy";
var _DC = "DeleteChannel";
var _DCR = "DeleteChannelRequest";
var _DCRe = "DeleteChannelResponse";
var _DD = "DashboardDetail";
var _DDR = "DeleteDashboardRequest";
var _DDRe = "DeleteDashboardResponse";
var _DDe = "DeleteDashboard";
var _DEDS = "DeleteEventDataStore";
var _DEDSR = "DeleteEventDataStoreRequest";
var _DEDSRe = "DeleteEventDataStoreResponse";
var _DF = "DisableFederation";
var _DFR = "DisableFederationRequest";
var _DFRi = "DisableFederationResponse";
var _DI = "DashboardId";
var _DODA = "DeregisterOrganizationDelegatedAdmin";
var _DODAR = "DeregisterOrganizationDelegatedAdminRequest";
var _DODARe = "DeregisterOrganizationDelegatedAdminResponse";
var _DQ = "DescribeQuery";
var _DQR = "DescribeQueryRequest";
var _DQRe = "DescribeQueryResponse";
var _DR = "DataResource";
var _DRP = "DeleteResourcePolicy";
var _DRPR = "DeleteResourcePolicyRequest";
var _DRPRe = "DeleteResourcePolicyResponse";
var _DRa = "DataResources";
var _DS = "DeliveryStatus";
var _DSU = "DeliveryS3Uri";
var _DT = "DataType";
var _DTR = "DeleteTrailRequest";
var _DTRe = "DeleteTrailResponse";
var _DTRes = "DescribeTrailsRequest";
var _DTResc = "DescribeTrailsResponse";
var _DTe = "DeleteTrail";
var _DTes = "DescribeTrails";
var _Da = "Dashboards";
var _De = "Destination";
var _Des = "Description";
var _Di = "Dimensions";
var _E = "Equals";
var _EC = "EventCategory";
var _ECr = "ErrorCode";
var _ECv = "EventsCompleted";
var _ECve = "EventCategories";
var _EDS = "EventDataStore";
var _EDSA = "EventDataStoreArn";
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
var _EF = "EnableFederation";
var _EFR = "EnableFederationRequest";
var _EFRn = "EnableFederationResponse";
var _EI = "EventId";
var _EL = "EventsList";
var _ELFV = "EnableLogFileValidation";
var _EM = "ErrorMessage";
var _EMES = "ExcludeManagementEventSources";
var _EMv = "EventsMatched";
var _EN = "EventName";
var _ES = "EventSource";
var _ESv = "EventSelector";
var _ESve = "EventSelectors";
var _ESven = "EventsScanned";
var _ET = "EventTime";
var _ETIM = "ExecutionTimeInMillis";
var _ETn = "EndTime";
var _ETr = "ErrorType";
var _EW = "EndsWith";
var _Ev = "Event";
var _Eve = "Events";
var _F = "Field";
var _FC = "FilesCompleted";
var _FE = "FailedEntries";
var _FRA = "FederationRoleArn";
var _FS = "FieldSelectors";
var _FSe = "FederationStatus";
var _Fa = "Failures";
var _Fi = "Fingerprint";
var _Fr = "Frequency";
var _GC = "GetChannel";
var _GCR = "GetChannelRequest";
var _GCRe = "GetChannelResponse";
var _GD = "GetDashboard";
var _GDR = "GetDashboardRequest";
var _GDRe = "GetDashboardResponse";
var _GEC = "GetEventConfiguration";
var _GECR = "GetEventConfigurationRequest";
var _GECRe = "GetEventConfigurationResponse";
var _GEDS = "GetEventDataStore";
var _GEDSR = "GetEventDataStoreRequest";
var _GEDSRe = "GetEventDataStoreResponse";
var _GES = "GetEventSelectors";
var _GESR = "GetEventSelectorsRequest";
var _GESRe = "GetEventSelectorsResponse";
var _GI = "GetImport";
var _GIR = "GetImportRequest";
var _GIRe = "GetImportResponse";
var _GIS = "GetInsightSelectors";
var _GISR = "GetInsightSelectorsRequest";
var _GISRe = "GetInsightSelectorsResponse";
var _GQ = "GenerateQuery";
var _GQR = "GenerateQueryRequest";
var _GQRR = "GetQueryResultsRequest";
var _GQRRe = "GetQueryResultsResponse";
var _GQRe = "GenerateQueryResponse";
var _GQRet = "GetQueryResults";
var _GRE = "GenerateResponseException";
var _GRP = "GetResourcePolicy";
var _GRPR = "GetResourcePolicyRequest";
var _GRPRe = "GetResourcePolicyResponse";
var _GT = "GetTrail";
var _GTR = "GetTrailRequest";
var _GTRe = "GetTrailResponse";
var _GTS = "GetTrailStatus";
var _GTSR = "GetTrailStatusRequest";
var _GTSRe = "GetTrailStatusResponse";
var _HCES = "HasCustomEventSelectors";
var _HIS = "HasInsightSelectors";
var _HR = "HomeRegion";
var _I = "Imports";
var _ICWLLGAE = "InvalidCloudWatchLogsLogGroupArnException";
var _ICWLRAE = "InvalidCloudWatchLogsRoleArnException";
var _ID = "InsightsDestination";
var _IDRE = "InvalidDateRangeException";
var _IDSAPE = "InsufficientDependencyServiceAccessPermissionException";
var _IECE = "InvalidEventCategoryException";
var _IEDSCE = "InvalidEventDataStoreCategoryException";
var _IEDSE = "InactiveEventDataStoreException";
var _IEDSSE = "InvalidEventDataStoreStatusException";
var _IEPE = "InsufficientEncryptionPolicyException";
var _IESE = "InvalidEventSelectorsException";
var _IFL = "ImportFailureList";
var _IFLI = "ImportFailureListItem";
var _IGSE = "IncludeGlobalServiceEvents";
var _IHRE = "InvalidHomeRegionException";
var _II = "ImportId";
var _IIAMAPE = "InsufficientIAMAccessPermissionException";
var _IISE = "InvalidImportSourceException";
var _IISEn = "InvalidInsightSelectorsException";
var _IKKIE = "InvalidKmsKeyIdException";
var _IL = "IsLogging";
var _ILAE = "InvalidLookupAttributesException";
var _ILI = "ImportsListItem";
var _ILm = "ImportsList";
var _IME = "IncludeManagementEvents";
var _IMRE = "InvalidMaxResultsException";
var _IMRT = "IsMultiRegionTrail";
var _INEE = "InsightNotEnabledException";
var _INFE = "ImportNotFoundException";
var _INTE = "InvalidNextTokenException";
var _IOT = "IsOrganizationTrail";
var _IPCE = "InvalidParameterCombinationException";
var _IPE = "InvalidParameterException";
var _IQE = "InactiveQueryException";
var _IQSE = "InvalidQueryStatementException";
var _IQSEn = "InvalidQueryStatusException";
var _IS = "IngestionStatus";
var _ISBNE = "InvalidS3BucketNameException";
var _ISBPE = "InsufficientS3BucketPolicyException";
var _ISE = "InvalidSourceException";
var _ISPE = "InvalidS3PrefixException";
var _ISTNE = "InvalidSnsTopicNameException";
var _ISTPE = "InsufficientSnsTopicPolicyException";
var _ISm = "ImportSource";
var _ISmp = "ImportStatus";
var _ISmpo = "ImportStatistics";
var _ISn = "InsightSelectors";
var _ISns = "InsightSelector";
var _ISnsi = "InsightSource";
var _IT = "InsightType";
var _ITE = "InvalidTokenException";
var _ITNE = "InvalidTrailNameException";
var _ITPE = "InvalidTagParameterException";
var _ITRE = "InvalidTimeRangeException";
var _K = "Key";
var _KE = "KmsException";
var _KKDE = "KmsKeyDisabledException";
var _KKI = "KmsKeyId";
var _KKNFE = "KmsKeyNotFoundException";
var _L = "Location";
var _LA = "LookupAttribute";
var _LAL = "LookupAttributesList";
var _LAo = "LookupAttributes";
var _LC = "ListChannels";
var _LCR = "ListChannelsRequest";
var _LCRi = "ListChannelsResponse";
var _LCWLDE = "LatestCloudWatchLogsDeliveryError";
var _LCWLDT = "LatestCloudWatchLogsDeliveryTime";
var _LD = "ListDashboards";
var _LDAS = "LatestDeliveryAttemptSucceeded";
var _LDAT = "LatestDeliveryAttemptTime";
var _LDDE = "LatestDigestDeliveryError";
var _LDDT = "LatestDigestDeliveryTime";
var _LDE = "LatestDeliveryError";
var _LDR = "ListDashboardsRequest";
var _LDRi = "ListDashboardsResponse";
var _LDT = "LatestDeliveryTime";
var _LE = "LookupEvents";
var _LEDS = "ListEventDataStores";
var _LEDSR = "ListEventDataStoresRequest";
var _LEDSRi = "ListEventDataStoresResponse";
var _LER = "LookupEventsRequest";
var _LERo = "LookupEventsResponse";
var _LFVE = "LogFileValidationEnabled";
var _LI = "ListImports";
var _LIAEID = "LatestIngestionAttemptEventID";
var _LIAT = "LatestIngestionAttemptTime";
var _LID = "ListInsightsData";
var _LIDR = "ListInsightsDataRequest";
var _LIDRi = "ListInsightsDataResponse";
var _LIEC = "LatestIngestionErrorCode";
var _LIF = "ListImportFailures";
var _LIFR = "ListImportFailuresRequest";
var _LIFRi = "ListImportFailuresResponse";
var _LIMD = "ListInsightsMetricData";
var _LIMDR = "ListInsightsMetricDataRequest";
var _LIMDRi = "ListInsightsMetricDataResponse";
var _LIR = "ListImportsRequest";
var _LIRi = "ListImportsResponse";
var _LISEID = "LatestIngestionSuccessEventID";
var _LIST = "LatestIngestionSuccessTime";
var _LNAS = "LatestNotificationAttemptSucceeded";
var _LNAT = "LatestNotificationAttemptTime";
var _LNE = "LatestNotificationError";
var _LNT = "LatestNotificationTime";
var _LPK = "ListPublicKeys";
var _LPKR = "ListPublicKeysRequest";
var _LPKRi = "ListPublicKeysResponse";
var _LQ = "ListQueries";
var _LQR = "ListQueriesRequest";
var _LQRi = "ListQueriesResponse";
var _LRFR = "LastRefreshFailureReason";
var _LRI = "LastRefreshId";
var _LT = "ListTags";
var _LTR = "ListTagsRequest";
var _LTRi = "ListTagsResponse";
var _LTRis = "ListTrailsRequest";
var _LTRist = "ListTrailsResponse";
var _LTi = "ListTrails";
var _LUT = "LastUpdatedTime";
var _M = "Message";
var _MAI = "MemberAccountId";
var _MCQE = "MaxConcurrentQueriesException";
var _MES = "MaxEventSize";
var _MNOTEE = "MaximumNumberOfTrailsExceededException";
var _MQR = "MaxQueryResults";
var _MR = "MaxResults";
var _MRE = "MultiRegionEnabled";
var _N = "Name";
var _NE = "NotEquals";
var _NEW = "NotEndsWith";
var _NMASLREE = "NoManagementAccountSLRExistsException";
var _NOMAE = "NotOrganizationManagementAccountException";
var _NOMAEo = "NotOrganizationMasterAccountException";
var _NP = "NamePrefix";
var _NSW = "NotStartsWith";
var _NT = "NextToken";
var _OE = "OrganizationEnabled";
var _ONIAFME = "OrganizationNotInAllFeaturesModeException";
var _ONIUE = "OrganizationsNotInUseException";
var _ONPE = "OperationNotPermittedException";
var _P = "Prompt";
var _PC = "PrefixesCompleted";
var _PEC = "PutEventConfiguration";
var _PECR = "PutEventConfigurationRequest";
var _PECRu = "PutEventConfigurationResponse";
var _PES = "PutEventSelectors";
var _PESR = "PutEventSelectorsRequest";
var _PESRu = "PutEventSelectorsResponse";
var _PF = "PrefixesFound";
var _PIS = "PutInsightSelectors";
var _PISR = "PutInsightSelectorsRequest";
var _PISRu = "PutInsightSelectorsResponse";
var _PK = "PartitionKeys";
var _PKL = "PublicKeyList";
var _PKLa = "PartitionKeyList";
var _PKa = "PartitionKey";
var _PKu = "PublicKey";
var _PRP = "PutResourcePolicy";
var _PRPR = "PutResourcePolicyRequest";
var _PRPRu = "PutResourcePolicyResponse";
var _Pe = "Period";
var _Q = "Queries";
var _QA = "QueryAlias";
var _QI = "QueryId";
var _QINFE = "QueryIdNotFoundException";
var _QP = "QueryParameters";
var _QPV = "QueryParameterValues";
var _QRR = "QueryResultRows";
var _QRRu = "QueryResultRow";
var _QS = "QueryStatus";
var _QSFDQ = "QueryStatisticsForDescribeQuery";
var _QSu = "QueryString";
var _QSue = "QueryStatistics";
var _QSuer = "QueryStatement";
var _Qu = "Query";
var _R = "Resources";
var _RA = "ResourceArn";
var _RARNNVE = "ResourceARNNotValidException";
var _RC = "ResultsCount";
var _REDS = "RestoreEventDataStore";
var _REDSR = "RestoreEventDataStoreRequest";
var _REDSRe = "RestoreEventDataStoreResponse";
var _RI = "ResourceId";
var _RIL = "ResourceIdList";
var _RIe = "RefreshId";
var _RL = "RecursiveLogging";
var _RLe = "ResourceList";
var _RN = "ResourceName";
var _RNFE = "ResourceNotFoundException";
var _RO = "ReadOnly";
var _RODA = "RegisterOrganizationDelegatedAdmin";
var _RODAR = "RegisterOrganizationDelegatedAdminRequest";
var _RODARe = "RegisterOrganizationDelegatedAdminResponse";
var _RP = "RetentionPeriod";
var _RPNFE = "ResourcePolicyNotFoundException";
var _RPNVE = "ResourcePolicyNotValidException";
var _RPe = "ResourcePolicy";
var _RS = "RefreshSchedule";
var _RSF = "RefreshScheduleFrequency";
var _RT = "ResourceType";
var _RTL = "ResourceTagList";
var _RTNSE = "ResourceTypeNotSupportedException";
var _RTR = "RemoveTagsRequest";
var _RTRe = "RemoveTagsResponse";
var _RTe = "ResourceTag";
var _RTem = "RemoveTags";
var _RW = "RequestWidget";
var _RWL = "RequestWidgetList";
var _RWT = "ReadWriteType";
var _Re = "Resource";
var _Rel = "Relevance";
var _S = "Source";
var _SBARA = "S3BucketAccessRoleArn";
var _SBDNEE = "S3BucketDoesNotExistException";
var _SBN = "S3BucketName";
var _SBR = "S3BucketRegion";
var _SC = "SourceConfig";
var _SDR = "StartDashboardRefresh";
var _SDRR = "StartDashboardRefreshRequest";
var _SDRRt = "StartDashboardRefreshResponse";
var _SEDSI = "StartEventDataStoreIngestion";
var _SEDSIR = "StartEventDataStoreIngestionRequest";
var _SEDSIRt = "StartEventDataStoreIngestionResponse";
var _SEDSIRto = "StopEventDataStoreIngestionRequest";
var _SEDSIRtop = "StopEventDataStoreIngestionResponse";
var _SEDSIt = "StopEventDataStoreIngestion";
var _SET = "StartEventTime";
var _SI = "StartIngestion";
var _SIR = "StartImportRequest";
var _SIRt = "StartImportResponse";
var _SIRto = "StopImportRequest";
var _SIRtop = "StopImportResponse";
var _SIS = "S3ImportSource";
var _SIt = "StartImport";
var _SIto = "StopImport";
var _SKP = "S3KeyPrefix";
var _SL = "StartLogging";
var _SLR = "StartLoggingRequest";
var _SLRt = "StartLoggingResponse";
var _SLRto = "StopLoggingRequest";
var _SLRtop = "StopLoggingResponse";
var _SLT = "StartLoggingTime";
var _SLTt = "StopLoggingTime";
var _SLU = "S3LocationUri";
var _SLt = "StopLogging";
var _SP = "SearchPhrase";
var _SQ = "StartQuery";
var _SQEE = "ServiceQuotaExceededException";
var _SQL = "SQL";
var _SQR = "StartQueryRequest";
var _SQRt = "StartQueryResponse";
var _SR = "SearchResults";
var _SSQ = "SearchSampleQueries";
var _SSQR = "SearchSampleQueriesRequest";
var _SSQRe = "SearchSampleQueriesResponse";
var _SSQSR = "SearchSampleQueriesSearchResult";
var _SSQSRe = "SearchSampleQueriesSearchResults";
var _ST = "StartTime";
var _STARN = "SnsTopicARN";
var _STN = "SnsTopicName";
var _SW = "StartsWith";
var _S_ = "S3";
var _St = "Status";
var _T = "Templates";
var _TAEE = "TrailAlreadyExistsException";
var _TARN = "TrailARN";
var _TE = "ThrottlingException";
var _TI = "TrailInfo";
var _TL = "TagsList";
var _TLEE = "TagsLimitExceededException";
var _TLS = "TimeLoggingStarted";
var _TLSi = "TimeLoggingStopped";
var _TLr = "TrailList";
var _TN = "TrailName";
var _TNFE = "TrailNotFoundException";
var _TNPE = "TrailNotProvidedException";
var _TOD = "TimeOfDay";
var _TPE = "TerminationProtectionEnabled";
var _TRC = "TotalResultsCount";
var _Ta = "Tags";
var _Tag = "Tag";
var _Ti = "Timestamps";
var _Tr = "Trail";
var _Tra = "Trails";
var _Ty = "Type";
var _U = "Username";
var _UC = "UpdateChannel";
var _UCR = "UpdateChannelRequest";
var _UCRp = "UpdateChannelResponse";
var _UD = "UpdateDashboard";
var _UDR = "UpdateDashboardRequest";
var _UDRp = "UpdateDashboardResponse";
var _UEDS = "UpdateEventDataStore";
var _UEDSR = "UpdateEventDataStoreRequest";
var _UEDSRp = "UpdateEventDataStoreResponse";
var _UOE = "UnsupportedOperationException";
var _UT = "UpdatedTimestamp";
var _UTR = "UpdateTrailRequest";
var _UTRp = "UpdateTrailResponse";
var _UTp = "UpdateTrail";
var _Un = "Unit";
var _V = "Values";
var _VET = "ValidityEndTime";
var _VP = "ViewProperties";
var _VST = "ValidityStartTime";
var _Va = "Value";
var _W = "Widgets";
var _WL = "WidgetList";
var _Wi = "Widget";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _hE = "httpError";
var _iST = "includeShadowTrails";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudtrail";
var _tL = "trailList";
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
  { [_aQE]: [`ResourceAccessDenied`, 403], [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AccountHasOngoingImportException$ = [
  -3,
  n0,
  _AHOIE,
  { [_aQE]: [`AccountHasOngoingImport`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(AccountHasOngoingImportException$, AccountHasOngoingImportException);
var AccountNotFoundException$ = [
  -3,
  n0,
  _ANFE,
  { [_aQE]: [`AccountNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(AccountNotFoundException$, AccountNotFoundException);
var AccountNotRegisteredException$ = [
  -3,
  n0,
  _ANRE,
  { [_aQE]: [`AccountNotRegistered`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
var AccountRegisteredException$ = [
  -3,
  n0,
  _ARE,
  { [_aQE]: [`AccountRegistered`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(AccountRegisteredException$, AccountRegisteredException);
var CannotDelegateManagementAccountException$ = [
  -3,
  n0,
  _CDMAE,
  { [_aQE]: [`CannotDelegateManagementAccount`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CannotDelegateManagementAccountException$, CannotDelegateManagementAccountException);
var ChannelAlreadyExistsException$ = [
  -3,
  n0,
  _CAEE,
  { [_aQE]: [`ChannelAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelAlreadyExistsException$, ChannelAlreadyExistsException);
var ChannelARNInvalidException$ = [
  -3,
  n0,
  _CARNIE,
  { [_aQE]: [`ChannelARNInvalid`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelARNInvalidException$, ChannelARNInvalidException);
var ChannelExistsForEDSException$ = [
  -3,
  n0,
  _CEFEDSE,
  { [_aQE]: [`ChannelExistsForEDS`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelExistsForEDSException$, ChannelExistsForEDSException);
var ChannelMaxLimitExceededException$ = [
  -3,
  n0,
  _CMLEE,
  { [_aQE]: [`ChannelMaxLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelMaxLimitExceededException$, ChannelMaxLimitExceededException);
var ChannelNotFoundException$ = [
  -3,
  n0,
  _CNFE,
  { [_aQE]: [`ChannelNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(ChannelNotFoundException$, ChannelNotFoundException);
var CloudTrailAccessNotEnabledException$ = [
  -3,
  n0,
  _CTANEE,
  { [_aQE]: [`CloudTrailAccessNotEnabled`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CloudTrailAccessNotEnabledException$, CloudTrailAccessNotEnabledException);
var CloudTrailARNInvalidException$ = [
  -3,
  n0,
  _CTARNIE,
  { [_aQE]: [`CloudTrailARNInvalid`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CloudTrailARNInvalidException$, CloudTrailARNInvalidException);
var CloudTrailInvalidClientTokenIdException$ = [
  -3,
  n0,
  _CTICTIE,
  { [_aQE]: [`CloudTrailInvalidClientTokenId`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CloudTrailInvalidClientTokenIdException$, CloudTrailInvalidClientTokenIdException);
var CloudWatchLogsDeliveryUnavailableException$ = [
  -3,
  n0,
  _CWLDUE,
  { [_aQE]: [`CloudWatchLogsDeliveryUnavailable`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CloudWatchLogsDeliveryUnavailableException$, CloudWatchLogsDeliveryUnavailableException);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { [_aQE]: [`ConcurrentModification`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_aQE]: [`ConflictException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DelegatedAdminAccountLimitExceededException$ = [
  -3,
  n0,
  _DAALEE,
  { [_aQE]: [`DelegatedAdminAccountLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(DelegatedAdminAccountLimitExceededException$, DelegatedAdminAccountLimitExceededException);
var EventDataStoreAlreadyExistsException$ = [
  -3,
  n0,
  _EDSAEE,
  { [_aQE]: [`EventDataStoreAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreAlreadyExistsException$, EventDataStoreAlreadyExistsException);
var EventDataStoreARNInvalidException$ = [
  -3,
  n0,
  _EDSARNIE,
  { [_aQE]: [`EventDataStoreARNInvalid`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreARNInvalidException$, EventDataStoreARNInvalidException);
var EventDataStoreFederationEnabledException$ = [
  -3,
  n0,
  _EDSFEE,
  { [_aQE]: [`EventDataStoreFederationEnabled`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreFederationEnabledException$, EventDataStoreFederationEnabledException);
var EventDataStoreHasOngoingImportException$ = [
  -3,
  n0,
  _EDSHOIE,
  { [_aQE]: [`EventDataStoreHasOngoingImport`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreHasOngoingImportException$, EventDataStoreHasOngoingImportException);
var EventDataStoreMaxLimitExceededException$ = [
  -3,
  n0,
  _EDSMLEE,
  { [_aQE]: [`EventDataStoreMaxLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreMaxLimitExceededException$, EventDataStoreMaxLimitExceededException);
var EventDataStoreNotFoundException$ = [
  -3,
  n0,
  _EDSNFE,
  { [_aQE]: [`EventDataStoreNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreNotFoundException$, EventDataStoreNotFoundException);
var EventDataStoreTerminationProtectedException$ = [
  -3,
  n0,
  _EDSTPE,
  { [_aQE]: [`EventDataStoreTerminationProtectedException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(EventDataStoreTerminationProtectedException$, EventDataStoreTerminationProtectedException);
var GenerateResponseException$ = [
  -3,
  n0,
  _GRE,
  { [_aQE]: [`GenerateResponse`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(GenerateResponseException$, GenerateResponseException);
var ImportNotFoundException$ = [
  -3,
  n0,
  _INFE,
  { [_aQE]: [`ImportNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(ImportNotFoundException$, ImportNotFoundException);
var InactiveEventDataStoreException$ = [
  -3,
  n0,
  _IEDSE,
  { [_aQE]: [`InactiveEventDataStore`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InactiveEventDataStoreException$, InactiveEventDataStoreException);
var InactiveQueryException$ = [
  -3,
  n0,
  _IQE,
  { [_aQE]: [`InactiveQuery`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InactiveQueryException$, InactiveQueryException);
var InsightNotEnabledException$ = [
  -3,
  n0,
  _INEE,
  { [_aQE]: [`InsightNotEnabled`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsightNotEnabledException$, InsightNotEnabledException);
var InsufficientDependencyServiceAccessPermissionException$ = [
  -3,
  n0,
  _IDSAPE,
  { [_aQE]: [`InsufficientDependencyServiceAccessPermission`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientDependencyServiceAccessPermissionException$, InsufficientDependencyServiceAccessPermissionException);
var InsufficientEncryptionPolicyException$ = [
  -3,
  n0,
  _IEPE,
  { [_aQE]: [`InsufficientEncryptionPolicy`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientEncryptionPolicyException$, InsufficientEncryptionPolicyException);
var InsufficientIAMAccessPermissionException$ = [
  -3,
  n0,
  _IIAMAPE,
  { [_aQE]: [`InsufficientIAMAccessPermission`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientIAMAccessPermissionException$, InsufficientIAMAccessPermissionException);
var InsufficientS3BucketPolicyException$ = [
  -3,
  n0,
  _ISBPE,
  { [_aQE]: [`InsufficientS3BucketPolicy`, 403], [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientS3BucketPolicyException$, InsufficientS3BucketPolicyException);
var InsufficientSnsTopicPolicyException$ = [
  -3,
  n0,
  _ISTPE,
  { [_aQE]: [`InsufficientSnsTopicPolicy`, 403], [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientSnsTopicPolicyException$, InsufficientSnsTopicPolicyException);
var InvalidCloudWatchLogsLogGroupArnException$ = [
  -3,
  n0,
  _ICWLLGAE,
  { [_aQE]: [`InvalidCloudWatchLogsLogGroupArn`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidCloudWatchLogsLogGroupArnException$, InvalidCloudWatchLogsLogGroupArnException);
var InvalidCloudWatchLogsRoleArnException$ = [
  -3,
  n0,
  _ICWLRAE,
  { [_aQE]: [`InvalidCloudWatchLogsRoleArn`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidCloudWatchLogsRoleArnException$, InvalidCloudWatchLogsRoleArnException);
var InvalidDateRangeException$ = [
  -3,
  n0,
  _IDRE,
  { [_aQE]: [`InvalidDateRange`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDateRangeException$, InvalidDateRangeException);
var InvalidEventCategoryException$ = [
  -3,
  n0,
  _IECE,
  { [_aQE]: [`InvalidEventCategory`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidEventCategoryException$, InvalidEventCategoryException);
var InvalidEventDataStoreCategoryException$ = [
  -3,
  n0,
  _IEDSCE,
  { [_aQE]: [`InvalidEventDataStoreCategory`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidEventDataStoreCategoryException$, InvalidEventDataStoreCategoryException);
var InvalidEventDataStoreStatusException$ = [
  -3,
  n0,
  _IEDSSE,
  { [_aQE]: [`InvalidEventDataStoreStatus`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidEventDataStoreStatusException$, InvalidEventDataStoreStatusException);
var InvalidEventSelectorsException$ = [
  -3,
  n0,
  _IESE,
  { [_aQE]: [`InvalidEventSelectors`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidEventSelectorsException$, InvalidEventSelectorsException);
var InvalidHomeRegionException$ = [
  -3,
  n0,
  _IHRE,
  { [_aQE]: [`InvalidHomeRegion`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidHomeRegionException$, InvalidHomeRegionException);
var InvalidImportSourceException$ = [
  -3,
  n0,
  _IISE,
  { [_aQE]: [`InvalidImportSource`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidImportSourceException$, InvalidImportSourceException);
var InvalidInsightSelectorsException$ = [
  -3,
  n0,
  _IISEn,
  { [_aQE]: [`InvalidInsightSelectors`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidInsightSelectorsException$, InvalidInsightSelectorsException);
var InvalidKmsKeyIdException$ = [
  -3,
  n0,
  _IKKIE,
  { [_aQE]: [`InvalidKmsKeyId`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidKmsKeyIdException$, InvalidKmsKeyIdException);
var InvalidLookupAttributesException$ = [
  -3,
  n0,
  _ILAE,
  { [_aQE]: [`InvalidLookupAttributes`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidLookupAttributesException$, InvalidLookupAttributesException);
var InvalidMaxResultsException$ = [
  -3,
  n0,
  _IMRE,
  { [_aQE]: [`InvalidMaxResults`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidMaxResultsException$, InvalidMaxResultsException);
var InvalidNextTokenException$ = [
  -3,
  n0,
  _INTE,
  { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterCombinationException$ = [
  -3,
  n0,
  _IPCE,
  { [_aQE]: [`InvalidParameterCombinationError`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { [_aQE]: [`InvalidParameter`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidQueryStatementException$ = [
  -3,
  n0,
  _IQSE,
  { [_aQE]: [`InvalidQueryStatement`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidQueryStatementException$, InvalidQueryStatementException);
var InvalidQueryStatusException$ = [
  -3,
  n0,
  _IQSEn,
  { [_aQE]: [`InvalidQueryStatus`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidQueryStatusException$, InvalidQueryStatusException);
var InvalidS3BucketNameException$ = [
  -3,
  n0,
  _ISBNE,
  { [_aQE]: [`InvalidS3BucketName`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidS3BucketNameException$, InvalidS3BucketNameException);
var InvalidS3PrefixException$ = [
  -3,
  n0,
  _ISPE,
  { [_aQE]: [`InvalidS3Prefix`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidS3PrefixException$, InvalidS3PrefixException);
var InvalidSnsTopicNameException$ = [
  -3,
  n0,
  _ISTNE,
  { [_aQE]: [`InvalidSnsTopicName`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidSnsTopicNameException$, InvalidSnsTopicNameException);
var InvalidSourceException$ = [
  -3,
  n0,
  _ISE,
  { [_aQE]: [`InvalidSource`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidSourceException$, InvalidSourceException);
var InvalidTagParameterException$ = [
  -3,
  n0,
  _ITPE,
  { [_aQE]: [`InvalidTagParameter`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTagParameterException$, InvalidTagParameterException);
var InvalidTimeRangeException$ = [
  -3,
  n0,
  _ITRE,
  { [_aQE]: [`InvalidTimeRange`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTimeRangeException$, InvalidTimeRangeException);
var InvalidTokenException$ = [
  -3,
  n0,
  _ITE,
  { [_aQE]: [`InvalidToken`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTokenException$, InvalidTokenException);
var InvalidTrailNameException$ = [
  -3,
  n0,
  _ITNE,
  { [_aQE]: [`InvalidTrailName`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTrailNameException$, InvalidTrailNameException);
var KmsException$ = [
  -3,
  n0,
  _KE,
  { [_aQE]: [`KmsException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(KmsException$, KmsException);
var KmsKeyDisabledException$ = [
  -3,
  n0,
  _KKDE,
  { [_aQE]: [`KmsKeyDisabled`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
var KmsKeyNotFoundException$ = [
  -3,
  n0,
  _KKNFE,
  { [_aQE]: [`KmsKeyNotFound`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
var MaxConcurrentQueriesException$ = [
  -3,
  n0,
  _MCQE,
  { [_aQE]: [`MaxConcurrentQueries`, 429], [_e]: _c, [_hE]: 429 },
  [_M],
  [0]
];
n0_registry.registerError(MaxConcurrentQueriesException$, MaxConcurrentQueriesException);
var MaximumNumberOfTrailsExceededException$ = [
  -3,
  n0,
  _MNOTEE,
  { [_aQE]: [`MaximumNumberOfTrailsExceeded`, 403], [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(MaximumNumberOfTrailsExceededException$, MaximumNumberOfTrailsExceededException);
var NoManagementAccountSLRExistsException$ = [
  -3,
  n0,
  _NMASLREE,
  { [_aQE]: [`NoManagementAccountSLRExists`, 403], [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(NoManagementAccountSLRExistsException$, NoManagementAccountSLRExistsException);
var NotOrganizationManagementAccountException$ = [
  -3,
  n0,
  _NOMAE,
  { [_aQE]: [`NotOrganizationManagementAccount`, 403], [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(NotOrganizationManagementAccountException$, NotOrganizationManagementAccountException);
var NotOrganizationMasterAccountException$ = [
  -3,
  n0,
  _NOMAEo,
  { [_aQE]: [`NotOrganizationMasterAccount`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(NotOrganizationMasterAccountException$, NotOrganizationMasterAccountException);
var OperationNotPermittedException$ = [
  -3,
  n0,
  _ONPE,
  { [_aQE]: [`OperationNotPermitted`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OperationNotPermittedException$, OperationNotPermittedException);
var OrganizationNotInAllFeaturesModeException$ = [
  -3,
  n0,
  _ONIAFME,
  { [_aQE]: [`OrganizationNotInAllFeaturesMode`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var OrganizationsNotInUseException$ = [
  -3,
  n0,
  _ONIUE,
  { [_aQE]: [`OrganizationsNotInUse`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationsNotInUseException$, OrganizationsNotInUseException);
var QueryIdNotFoundException$ = [
  -3,
  n0,
  _QINFE,
  { [_aQE]: [`QueryIdNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(QueryIdNotFoundException$, QueryIdNotFoundException);
var ResourceARNNotValidException$ = [
  -3,
  n0,
  _RARNNVE,
  { [_aQE]: [`ResourceARNNotValid`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceARNNotValidException$, ResourceARNNotValidException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_aQE]: [`ResourceNotFound`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourcePolicyNotFoundException$ = [
  -3,
  n0,
  _RPNFE,
  { [_aQE]: [`ResourcePolicyNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
var ResourcePolicyNotValidException$ = [
  -3,
  n0,
  _RPNVE,
  { [_aQE]: [`ResourcePolicyNotValid`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourcePolicyNotValidException$, ResourcePolicyNotValidException);
var ResourceTypeNotSupportedException$ = [
  -3,
  n0,
  _RTNSE,
  { [_aQE]: [`ResourceTypeNotSupported`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceTypeNotSupportedException$, ResourceTypeNotSupportedException);
var S3BucketDoesNotExistException$ = [
  -3,
  n0,
  _SBDNEE,
  { [_aQE]: [`S3BucketDoesNotExist`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(S3BucketDoesNotExistException$, S3BucketDoesNotExistException);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_aQE]: [`ServiceQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var TagsLimitExceededException$ = [
  -3,
  n0,
  _TLEE,
  { [_aQE]: [`TagsLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TagsLimitExceededException$, TagsLimitExceededException);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { [_aQE]: [`ThrottlingException`, 429], [_e]: _c, [_hE]: 429 },
  [_M],
  [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TrailAlreadyExistsException$ = [
  -3,
  n0,
  _TAEE,
  { [_aQE]: [`TrailAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TrailAlreadyExistsException$, TrailAlreadyExistsException);
var TrailNotFoundException$ = [
  -3,
  n0,
  _TNFE,
  { [_aQE]: [`TrailNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(TrailNotFoundException$, TrailNotFoundException);
var TrailNotProvidedException$ = [
  -3,
  n0,
  _TNPE,
  { [_aQE]: [`TrailNotProvided`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(TrailNotProvidedException$, TrailNotProvidedException);
var UnsupportedOperationException$ = [
  -3,
  n0,
  _UOE,
  { [_aQE]: [`UnsupportedOperation`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AddTagsRequest$ = [
  3,
  n0,
  _ATR,
  0,
  [_RI, _TL],
  [0, () => TagsList],
  2
];
var AddTagsResponse$ = [
  3,
  n0,
  _ATRd,
  0,
  [],
  []
];
var AdvancedEventSelector$ = [
  3,
  n0,
  _AES,
  0,
  [_FS, _N],
  [() => AdvancedFieldSelectors, 0],
  1
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
var CancelQueryRequest$ = [
  3,
  n0,
  _CQR,
  0,
  [_QI, _EDS, _EDSOAI],
  [0, 0, 0],
  1
];
var CancelQueryResponse$ = [
  3,
  n0,
  _CQRa,
  0,
  [_QI, _QS, _EDSOAI],
  [0, 0, 0],
  2
];
var Channel$ = [
  3,
  n0,
  _C,
  0,
  [_CA, _N],
  [0, 0]
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
var CreateChannelRequest$ = [
  3,
  n0,
  _CCR,
  0,
  [_N, _S, _D, _Ta],
  [0, 0, () => Destinations, () => TagsList],
  3
];
var CreateChannelResponse$ = [
  3,
  n0,
  _CCRr,
  0,
  [_CA, _N, _S, _D, _Ta],
  [0, 0, 0, () => Destinations, () => TagsList]
];
var CreateDashboardRequest$ = [
  3,
  n0,
  _CDR,
  0,
  [_N, _RS, _TL, _TPE, _W],
  [0, () => RefreshSchedule$, () => TagsList, 2, () => RequestWidgetList],
  1
];
var CreateDashboardResponse$ = [
  3,
  n0,
  _CDRr,
  0,
  [_DA, _N, _Ty, _W, _TL, _RS, _TPE],
  [0, 0, 0, () => WidgetList, () => TagsList, () => RefreshSchedule$, 2]
];
var CreateEventDataStoreRequest$ = [
  3,
  n0,
  _CEDSR,
  0,
  [_N, _AESd, _MRE, _OE, _RP, _TPE, _TL, _KKI, _SI, _BM],
  [0, () => AdvancedEventSelectors, 2, 2, 1, 2, () => TagsList, 0, 2, 0],
  1
];
var CreateEventDataStoreResponse$ = [
  3,
  n0,
  _CEDSRr,
  0,
  [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _TL, _CT, _UT, _KKI, _BM],
  [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, () => TagsList, 4, 4, 0, 0]
];
var CreateTrailRequest$ = [
  3,
  n0,
  _CTR,
  0,
  [_N, _SBN, _SKP, _STN, _IGSE, _IMRT, _ELFV, _CWLLGA, _CWLRA, _KKI, _IOT, _TL, _RL],
  [0, 0, 0, 0, 2, 2, 2, 0, 0, 0, 2, () => TagsList, 2],
  2
];
var CreateTrailResponse$ = [
  3,
  n0,
  _CTRr,
  0,
  [_N, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _IOT, _RL],
  [0, 0, 0, 0, 0, 2, 2, 0, 2, 0, 0, 0, 2, 2]
];
var DashboardDetail$ = [
  3,
  n0,
  _DD,
  0,
  [_DA, _Ty],
  [0, 0]
];
var DataResource$ = [
  3,
  n0,
  _DR,
  0,
  [_Ty, _V],
  [0, 64 | 0]
];
var DeleteChannelRequest$ = [
  3,
  n0,
  _DCR,
  0,
  [_C],
  [0],
  1
];
var DeleteChannelResponse$ = [
  3,
  n0,
  _DCRe,
  0,
  [],
  []
];
var DeleteDashboardRequest$ = [
  3,
  n0,
  _DDR,
  0,
  [_DI],
  [0],
  1
];
var DeleteDashboardResponse$ = [
  3,
  n0,
  _DDRe,
  0,
  [],
  []
];
var DeleteEventDataStoreRequest$ = [
  3,
  n0,
  _DEDSR,
  0,
  [_EDS],
  [0],
  1
];
var DeleteEventDataStoreResponse$ = [
  3,
  n0,
  _DEDSRe,
  0,
  [],
  []
];
var DeleteResourcePolicyRequest$ = [
  3,
  n0,
  _DRPR,
  0,
  [_RA],
  [0],
  1
];
var DeleteResourcePolicyResponse$ = [
  3,
  n0,
  _DRPRe,
  0,
  [],
  []
];
var DeleteTrailRequest$ = [
  3,
  n0,
  _DTR,
  0,
  [_N],
  [0],
  1
];
var DeleteTrailResponse$ = [
  3,
  n0,
  _DTRe,
  0,
  [],
  []
];
var DeregisterOrganizationDelegatedAdminRequest$ = [
  3,
  n0,
  _DODAR,
  0,
  [_DAAI],
  [0],
  1
];
var DeregisterOrganizationDelegatedAdminResponse$ = [
  3,
  n0,
  _DODARe,
  0,
  [],
  []
];
var DescribeQueryRequest$ = [
  3,
  n0,
  _DQR,
  0,
  [_EDS, _QI, _QA, _RIe, _EDSOAI],
  [0, 0, 0, 0, 0]
];
var DescribeQueryResponse$ = [
  3,
  n0,
  _DQRe,
  0,
  [_QI, _QSu, _QS, _QSue, _EM, _DSU, _DS, _P, _EDSOAI],
  [0, 0, 0, () => QueryStatisticsForDescribeQuery$, 0, 0, 0, 0, 0]
];
var DescribeTrailsRequest$ = [
  3,
  n0,
  _DTRes,
  0,
  [_tNL, _iST],
  [64 | 0, 2]
];
var DescribeTrailsResponse$ = [
  3,
  n0,
  _DTResc,
  0,
  [_tL],
  [() => TrailList]
];
var Destination$ = [
  3,
  n0,
  _De,
  0,
  [_Ty, _L],
  [0, 0],
  2
];
var DisableFederationRequest$ = [
  3,
  n0,
  _DFR,
  0,
  [_EDS],
  [0],
  1
];
var DisableFederationResponse$ = [
  3,
  n0,
  _DFRi,
  0,
  [_EDSA, _FSe],
  [0, 0]
];
var EnableFederationRequest$ = [
  3,
  n0,
  _EFR,
  0,
  [_EDS, _FRA],
  [0, 0],
  2
];
var EnableFederationResponse$ = [
  3,
  n0,
  _EFRn,
  0,
  [_EDSA, _FSe, _FRA],
  [0, 0, 0]
];
var Event$ = [
  3,
  n0,
  _Ev,
  0,
  [_EI, _EN, _RO, _AKI, _ET, _ES, _U, _R, _CTE],
  [0, 0, 0, 0, 4, 0, 0, () => ResourceList, 0]
];
var EventDataStore$ = [
  3,
  n0,
  _EDS,
  0,
  [_EDSA, _N, _TPE, _St, _AESd, _MRE, _OE, _RP, _CT, _UT],
  [0, 0, 2, 0, () => AdvancedEventSelectors, 2, 2, 1, 4, 4]
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
var GenerateQueryResponse$ = [
  3,
  n0,
  _GQRe,
  0,
  [_QSuer, _QA, _EDSOAI],
  [0, 0, 0]
];
var GetChannelRequest$ = [
  3,
  n0,
  _GCR,
  0,
  [_C],
  [0],
  1
];
var GetChannelResponse$ = [
  3,
  n0,
  _GCRe,
  0,
  [_CA, _N, _S, _SC, _D, _IS],
  [0, 0, 0, () => SourceConfig$, () => Destinations, () => IngestionStatus$]
];
var GetDashboardRequest$ = [
  3,
  n0,
  _GDR,
  0,
  [_DI],
  [0],
  1
];
var GetDashboardResponse$ = [
  3,
  n0,
  _GDRe,
  0,
  [_DA, _Ty, _St, _W, _RS, _CT, _UT, _LRI, _LRFR, _TPE],
  [0, 0, 0, () => WidgetList, () => RefreshSchedule$, 4, 4, 0, 0, 2]
];
var GetEventConfigurationRequest$ = [
  3,
  n0,
  _GECR,
  0,
  [_TN, _EDS],
  [0, 0]
];
var GetEventConfigurationResponse$ = [
  3,
  n0,
  _GECRe,
  0,
  [_TARN, _EDSA, _MES, _CKSo, _ACg],
  [0, 0, 0, () => ContextKeySelectors, () => AggregationConfigurations]
];
var GetEventDataStoreRequest$ = [
  3,
  n0,
  _GEDSR,
  0,
  [_EDS],
  [0],
  1
];
var GetEventDataStoreResponse$ = [
  3,
  n0,
  _GEDSRe,
  0,
  [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _CT, _UT, _KKI, _BM, _FSe, _FRA, _PK],
  [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 4, 4, 0, 0, 0, 0, () => PartitionKeyList]
];
var GetEventSelectorsRequest$ = [
  3,
  n0,
  _GESR,
  0,
  [_TN],
  [0],
  1
];
var GetEventSelectorsResponse$ = [
  3,
  n0,
  _GESRe,
  0,
  [_TARN, _ESve, _AESd],
  [0, () => EventSelectors, () => AdvancedEventSelectors]
];
var GetImportRequest$ = [
  3,
  n0,
  _GIR,
  0,
  [_II],
  [0],
  1
];
var GetImportResponse$ = [
  3,
  n0,
  _GIRe,
  0,
  [_II, _D, _ISm, _SET, _EET, _ISmp, _CT, _UT, _ISmpo],
  [0, 64 | 0, () => ImportSource$, 4, 4, 0, 4, 4, () => ImportStatistics$]
];
var GetInsightSelectorsRequest$ = [
  3,
  n0,
  _GISR,
  0,
  [_TN, _EDS],
  [0, 0]
];
var GetInsightSelectorsResponse$ = [
  3,
  n0,
  _GISRe,
  0,
  [_TARN, _ISn, _EDSA, _ID],
  [0, () => InsightSelectors, 0, 0]
];
var GetQueryResultsRequest$ = [
  3,
  n0,
  _GQRR,
  0,
  [_QI, _EDS, _NT, _MQR, _EDSOAI],
  [0, 0, 0, 1, 0],
  1
];
var GetQueryResultsResponse$ = [
  3,
  n0,
  _GQRRe,
  0,
  [_QS, _QSue, _QRR, _NT, _EM],
  [0, () => QueryStatistics$, [1, n0, _QRR, 0, [1, n0, _QRRu, 0, 128 | 0]], 0, 0]
];
var GetResourcePolicyRequest$ = [
  3,
  n0,
  _GRPR,
  0,
  [_RA],
  [0],
  1
];
var GetResourcePolicyResponse$ = [
  3,
  n0,
  _GRPRe,
  0,
  [_RA, _RPe, _DARP],
  [0, 0, 0]
];
var GetTrailRequest$ = [
  3,
  n0,
  _GTR,
  0,
  [_N],
  [0],
  1
];
var GetTrailResponse$ = [
  3,
  n0,
  _GTRe,
  0,
  [_Tr],
  [() => Trail$]
];
var GetTrailStatusRequest$ = [
  3,
  n0,
  _GTSR,
  0,
  [_N],
  [0],
  1
];
var GetTrailStatusResponse$ = [
  3,
  n0,
  _GTSRe,
  0,
  [_IL, _LDE, _LNE, _LDT, _LNT, _SLT, _SLTt, _LCWLDE, _LCWLDT, _LDDT, _LDDE, _LDAT, _LNAT, _LNAS, _LDAS, _TLS, _TLSi],
  [2, 0, 0, 4, 4, 4, 4, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0]
];
var ImportFailureListItem$ = [
  3,
  n0,
  _IFLI,
  0,
  [_L, _St, _ETr, _EM, _LUT],
  [0, 0, 0, 0, 4]
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
var IngestionStatus$ = [
  3,
  n0,
  _IS,
  0,
  [_LIST, _LISEID, _LIEC, _LIAT, _LIAEID],
  [4, 0, 0, 4, 0]
];
var InsightSelector$ = [
  3,
  n0,
  _ISns,
  0,
  [_IT, _ECve],
  [0, 64 | 0]
];
var ListChannelsRequest$ = [
  3,
  n0,
  _LCR,
  0,
  [_MR, _NT],
  [1, 0]
];
var ListChannelsResponse$ = [
  3,
  n0,
  _LCRi,
  0,
  [_Ch, _NT],
  [() => Channels, 0]
];
var ListDashboardsRequest$ = [
  3,
  n0,
  _LDR,
  0,
  [_NP, _Ty, _NT, _MR],
  [0, 0, 0, 1]
];
var ListDashboardsResponse$ = [
  3,
  n0,
  _LDRi,
  0,
  [_Da, _NT],
  [() => Dashboards, 0]
];
var ListEventDataStoresRequest$ = [
  3,
  n0,
  _LEDSR,
  0,
  [_NT, _MR],
  [0, 1]
];
var ListEventDataStoresResponse$ = [
  3,
  n0,
  _LEDSRi,
  0,
  [_EDSv, _NT],
  [() => EventDataStores, 0]
];
var ListImportFailuresRequest$ = [
  3,
  n0,
  _LIFR,
  0,
  [_II, _MR, _NT],
  [0, 1, 0],
  1
];
var ListImportFailuresResponse$ = [
  3,
  n0,
  _LIFRi,
  0,
  [_Fa, _NT],
  [() => ImportFailureList, 0]
];
var ListImportsRequest$ = [
  3,
  n0,
  _LIR,
  0,
  [_MR, _De, _ISmp, _NT],
  [1, 0, 0, 0]
];
var ListImportsResponse$ = [
  3,
  n0,
  _LIRi,
  0,
  [_I, _NT],
  [() => ImportsList, 0]
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
var ListInsightsDataResponse$ = [
  3,
  n0,
  _LIDRi,
  0,
  [_Eve, _NT],
  [() => EventsList, 0]
];
var ListInsightsMetricDataRequest$ = [
  3,
  n0,
  _LIMDR,
  0,
  [_ES, _EN, _IT, _TN, _ECr, _ST, _ETn, _Pe, _DT, _MR, _NT],
  [0, 0, 0, 0, 0, 4, 4, 1, 0, 1, 0],
  3
];
var ListInsightsMetricDataResponse$ = [
  3,
  n0,
  _LIMDRi,
  0,
  [_TARN, _ES, _EN, _IT, _ECr, _Ti, _V, _NT],
  [0, 0, 0, 0, 0, 64 | 4, 64 | 1, 0]
];
var ListPublicKeysRequest$ = [
  3,
  n0,
  _LPKR,
  0,
  [_ST, _ETn, _NT],
  [4, 4, 0]
];
var ListPublicKeysResponse$ = [
  3,
  n0,
  _LPKRi,
  0,
  [_PKL, _NT],
  [() => PublicKeyList, 0]
];
var ListQueriesRequest$ = [
  3,
  n0,
  _LQR,
  0,
  [_EDS, _NT, _MR, _ST, _ETn, _QS],
  [0, 0, 1, 4, 4, 0],
  1
];
var ListQueriesResponse$ = [
  3,
  n0,
  _LQRi,
  0,
  [_Q, _NT],
  [() => Queries, 0]
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
var ListTagsResponse$ = [
  3,
  n0,
  _LTRi,
  0,
  [_RTL, _NT],
  [() => ResourceTagList, 0]
];
var ListTrailsRequest$ = [
  3,
  n0,
  _LTRis,
  0,
  [_NT],
  [0]
];
var ListTrailsResponse$ = [
  3,
  n0,
  _LTRist,
  0,
  [_Tra, _NT],
  [() => Trails, 0]
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
var PartitionKey$ = [
  3,
  n0,
  _PKa,
  0,
  [_N, _Ty],
  [0, 0],
  2
];
var PublicKey$ = [
  3,
  n0,
  _PKu,
  0,
  [_Va, _VST, _VET, _Fi],
  [21, 4, 4, 0]
];
var PutEventConfigurationRequest$ = [
  3,
  n0,
  _PECR,
  0,
  [_TN, _EDS, _MES, _CKSo, _ACg],
  [0, 0, 0, () => ContextKeySelectors, () => AggregationConfigurations]
];
var PutEventConfigurationResponse$ = [
  3,
  n0,
  _PECRu,
  0,
  [_TARN, _EDSA, _MES, _CKSo, _ACg],
  [0, 0, 0, () => ContextKeySelectors, () => AggregationConfigurations]
];
var PutEventSelectorsRequest$ = [
  3,
  n0,
  _PESR,
  0,
  [_TN, _ESve, _AESd],
  [0, () => EventSelectors, () => AdvancedEventSelectors],
  1
];
var PutEventSelectorsResponse$ = [
  3,
  n0,
  _PESRu,
  0,
  [_TARN, _ESve, _AESd],
  [0, () => EventSelectors, () => AdvancedEventSelectors]
];
var PutInsightSelectorsRequest$ = [
  3,
  n0,
  _PISR,
  0,
  [_ISn, _TN, _EDS, _ID],
  [() => InsightSelectors, 0, 0, 0],
  1
];
var PutInsightSelectorsResponse$ = [
  3,
  n0,
  _PISRu,
  0,
  [_TARN, _ISn, _EDSA, _ID],
  [0, () => InsightSelectors, 0, 0]
];
var PutResourcePolicyRequest$ = [
  3,
  n0,
  _PRPR,
  0,
  [_RA, _RPe],
  [0, 0],
  2
];
var PutResourcePolicyResponse$ = [
  3,
  n0,
  _PRPRu,
  0,
  [_RA, _RPe, _DARP],
  [0, 0, 0]
];
var Query$ = [
  3,
  n0,
  _Qu,
  0,
  [_QI, _QS, _CTr],
  [0, 0, 4]
];
var QueryStatistics$ = [
  3,
  n0,
  _QSue,
  0,
  [_RC, _TRC, _BS],
  [1, 1, 1]
];
var QueryStatisticsForDescribeQuery$ = [
  3,
  n0,
  _QSFDQ,
  0,
  [_EMv, _ESven, _BS, _ETIM, _CTr],
  [1, 1, 1, 1, 4]
];
var RefreshSchedule$ = [
  3,
  n0,
  _RS,
  0,
  [_Fr, _St, _TOD],
  [() => RefreshScheduleFrequency$, 0, 0]
];
var RefreshScheduleFrequency$ = [
  3,
  n0,
  _RSF,
  0,
  [_Un, _Va],
  [0, 1]
];
var RegisterOrganizationDelegatedAdminRequest$ = [
  3,
  n0,
  _RODAR,
  0,
  [_MAI],
  [0],
  1
];
var RegisterOrganizationDelegatedAdminResponse$ = [
  3,
  n0,
  _RODARe,
  0,
  [],
  []
];
var RemoveTagsRequest$ = [
  3,
  n0,
  _RTR,
  0,
  [_RI, _TL],
  [0, () => TagsList],
  2
];
var RemoveTagsResponse$ = [
  3,
  n0,
  _RTRe,
  0,
  [],
  []
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
var ResourceTag$ = [
  3,
  n0,
  _RTe,
  0,
  [_RI, _TL],
  [0, () => TagsList]
];
var RestoreEventDataStoreRequest$ = [
  3,
  n0,
  _REDSR,
  0,
  [_EDS],
  [0],
  1
];
var RestoreEventDataStoreResponse$ = [
  3,
  n0,
  _REDSRe,
  0,
  [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _CT, _UT, _KKI, _BM],
  [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 4, 4, 0, 0]
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
var SearchSampleQueriesRequest$ = [
  3,
  n0,
  _SSQR,
  0,
  [_SP, _MR, _NT],
  [0, 1, 0],
  1
];
var SearchSampleQueriesResponse$ = [
  3,
  n0,
  _SSQRe,
  0,
  [_SR, _NT],
  [() => SearchSampleQueriesSearchResults, 0]
];
var SearchSampleQueriesSearchResult$ = [
  3,
  n0,
  _SSQSR,
  0,
  [_N, _Des, _SQL, _Rel],
  [0, 0, 0, 1]
];
var SourceConfig$ = [
  3,
  n0,
  _SC,
  0,
  [_ATAR, _AESd],
  [2, () => AdvancedEventSelectors]
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
var StartDashboardRefreshResponse$ = [
  3,
  n0,
  _SDRRt,
  0,
  [_RIe],
  [0]
];
var StartEventDataStoreIngestionRequest$ = [
  3,
  n0,
  _SEDSIR,
  0,
  [_EDS],
  [0],
  1
];
var StartEventDataStoreIngestionResponse$ = [
  3,
  n0,
  _SEDSIRt,
  0,
  [],
  []
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
var StartLoggingRequest$ = [
  3,
  n0,
  _SLR,
  0,
  [_N],
  [0],
  1
];
var StartLoggingResponse$ = [
  3,
  n0,
  _SLRt,
  0,
  [],
  []
];
var StartQueryRequest$ = [
  3,
  n0,
  _SQR,
  0,
  [_QSuer, _DSU, _QA, _QP, _EDSOAI],
  [0, 0, 0, 64 | 0, 0]
];
var StartQueryResponse$ = [
  3,
  n0,
  _SQRt,
  0,
  [_QI, _EDSOAI],
  [0, 0]
];
var StopEventDataStoreIngestionRequest$ = [
  3,
  n0,
  _SEDSIRto,
  0,
  [_EDS],
  [0],
  1
];
var StopEventDataStoreIngestionResponse$ = [
  3,
  n0,
  _SEDSIRtop,
  0,
  [],
  []
];
var StopImportRequest$ = [
  3,
  n0,
  _SIRto,
  0,
  [_II],
  [0],
  1
];
var StopImportResponse$ = [
  3,
  n0,
  _SIRtop,
  0,
  [_II, _ISm, _D, _ISmp, _CT, _UT, _SET, _EET, _ISmpo],
  [0, () => ImportSource$, 64 | 0, 0, 4, 4, 4, 4, () => ImportStatistics$]
];
var StopLoggingRequest$ = [
  3,
  n0,
  _SLRto,
  0,
  [_N],
  [0],
  1
];
var StopLoggingResponse$ = [
  3,
  n0,
  _SLRtop,
  0,
  [],
  []
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _Va],
  [0, 0],
  1
];
var Trail$ = [
  3,
  n0,
  _Tr,
  0,
  [_N, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _HR, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _HCES, _HIS, _IOT, _RL],
  [0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0, 0, 2, 2, 2, 2]
];
var TrailInfo$ = [
  3,
  n0,
  _TI,
  0,
  [_TARN, _N, _HR],
  [0, 0, 0]
];
var UpdateChannelRequest$ = [
  3,
  n0,
  _UCR,
  0,
  [_C, _D, _N],
  [0, () => Destinations, 0],
  1
];
var UpdateChannelResponse$ = [
  3,
  n0,
  _UCRp,
  0,
  [_CA, _N, _S, _D],
  [0, 0, 0, () => Destinations]
];
var UpdateDashboardRequest$ = [
  3,
  n0,
  _UDR,
  0,
  [_DI, _W, _RS, _TPE],
  [0, () => RequestWidgetList, () => RefreshSchedule$, 2],
  1
];
var UpdateDashboardResponse$ = [
  3,
  n0,
  _UDRp,
  0,
  [_DA, _N, _Ty, _W, _RS, _TPE, _CT, _UT],
  [0, 0, 0, () => WidgetList, () => RefreshSchedule$, 2, 4, 4]
];
var UpdateEventDataStoreRequest$ = [
  3,
  n0,
  _UEDSR,
  0,
  [_EDS, _N, _AESd, _MRE, _OE, _RP, _TPE, _KKI, _BM],
  [0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 0, 0],
  1
];
var UpdateEventDataStoreResponse$ = [
  3,
  n0,
  _UEDSRp,
  0,
  [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _CT, _UT, _KKI, _BM, _FSe, _FRA],
  [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 4, 4, 0, 0, 0, 0]
];
var UpdateTrailRequest$ = [
  3,
  n0,
  _UTR,
  0,
  [_N, _SBN, _SKP, _STN, _IGSE, _IMRT, _ELFV, _CWLLGA, _CWLRA, _KKI, _IOT, _RL],
  [0, 0, 0, 0, 2, 2, 2, 0, 0, 0, 2, 2],
  1
];
var UpdateTrailResponse$ = [
  3,
  n0,
  _UTRp,
  0,
  [_N, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _IOT, _RL],
  [0, 0, 0, 0, 0, 2, 2, 0, 2, 0, 0, 0, 2, 2]
];
var Widget$ = [
  3,
  n0,
  _Wi,
  0,
  [_QA, _QSuer, _QP, _VP],
  [0, 0, 64 | 0, 128 | 0]
];
var AdvancedEventSelectors = [
  1,
  n0,
  _AESd,
  0,
  () => AdvancedEventSelector$
];
var AdvancedFieldSelectors = [
  1,
  n0,
  _AFSd,
  0,
  () => AdvancedFieldSelector$
];
var AggregationConfigurations = [
  1,
  n0,
  _ACg,
  0,
  () => AggregationConfiguration$
];
var Channels = [
  1,
  n0,
  _Ch,
  0,
  () => Channel$
];
var ContextKeySelectors = [
  1,
  n0,
  _CKSo,
  0,
  () => ContextKeySelector$
];
var Dashboards = [
  1,
  n0,
  _Da,
  0,
  () => DashboardDetail$
];
var DataResources = [
  1,
  n0,
  _DRa,
  0,
  () => DataResource$
];
var DataResourceValues = 64 | 0;
var Destinations = [
  1,
  n0,
  _D,
  0,
  () => Destination$
];
var EventDataStoreList = 64 | 0;
var EventDataStores = [
  1,
  n0,
  _EDSv,
  0,
  () => EventDataStore$
];
var EventSelectors = [
  1,
  n0,
  _ESve,
  0,
  () => EventSelector$
];
var EventsList = [
  1,
  n0,
  _EL,
  0,
  () => Event$
];
var ExcludeManagementEventSources = 64 | 0;
var ImportDestinations = 64 | 0;
var ImportFailureList = [
  1,
  n0,
  _IFL,
  0,
  () => ImportFailureListItem$
];
var ImportsList = [
  1,
  n0,
  _ILm,
  0,
  () => ImportsListItem$
];
var InsightSelectors = [
  1,
  n0,
  _ISn,
  0,
  () => InsightSelector$
];
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
var PartitionKeyList = [
  1,
  n0,
  _PKLa,
  0,
  () => PartitionKey$
];
var PublicKeyList = [
  1,
  n0,
  _PKL,
  0,
  () => PublicKey$
];
var Queries = [
  1,
  n0,
  _Q,
  0,
  () => Query$
];
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
var RequestWidgetList = [
  1,
  n0,
  _RWL,
  0,
  () => RequestWidget$
];
var ResourceIdList = 64 | 0;
var ResourceList = [
  1,
  n0,
  _RLe,
  0,
  () => Resource$
];
var ResourceTagList = [
  1,
  n0,
  _RTL,
  0,
  () => ResourceTag$
];
var SearchSampleQueriesSearchResults = [
  1,
  n0,
  _SSQSRe,
  0,
  () => SearchSampleQueriesSearchResult$
];
var SourceEventCategories = 64 | 0;
var TagsList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var Templates = 64 | 0;
var Timestamps = 64 | 4;
var TrailList = [
  1,
  n0,
  _TLr,
  0,
  () => Trail$
];
var TrailNameList = 64 | 0;
var Trails = [
  1,
  n0,
  _Tra,
  0,
  () => TrailInfo$
];
var WidgetList = [
  1,
  n0,
  _WL,
  0,
  () => Widget$
];
var ListInsightsDataDimensions = 128 | 0;
var QueryParameterValues = 128 | 0;
var QueryResultColumn = 128 | 0;
var ViewPropertiesMap = 128 | 0;
var AddTags$ = [
  9,
  n0,
  _AT,
  2,
  () => AddTagsRequest$,
  () => AddTagsResponse$
];
var CancelQuery$ = [
  9,
  n0,
  _CQ,
  2,
  () => CancelQueryRequest$,
  () => CancelQueryResponse$
];
var CreateChannel$ = [
  9,
  n0,
  _CC,
  0,
  () => CreateChannelRequest$,
  () => CreateChannelResponse$
];
var CreateDashboard$ = [
  9,
  n0,
  _CD,
  2,
  () => CreateDashboardRequest$,
  () => CreateDashboardResponse$
];
var CreateEventDataStore$ = [
  9,
  n0,
  _CEDS,
  0,
  () => CreateEventDataStoreRequest$,
  () => CreateEventDataStoreResponse$
];
var CreateTrail$ = [
  9,
  n0,
  _CTre,
  2,
  () => CreateTrailRequest$,
  () => CreateTrailResponse$
];
var DeleteChannel$ = [
  9,
  n0,
  _DC,
  0,
  () => DeleteChannelRequest$,
  () => DeleteChannelResponse$
];
var DeleteDashboard$ = [
  9,
  n0,
  _DDe,
  2,
  () => DeleteDashboardRequest$,
  () => DeleteDashboardResponse$
];
var DeleteEventDataStore$ = [
  9,
  n0,
  _DEDS,
  0,
  () => DeleteEventDataStoreRequest$,
  () => DeleteEventDataStoreResponse$
];
var DeleteResourcePolicy$ = [
  9,
  n0,
  _DRP,
  2,
  () => DeleteResourcePolicyRequest$,
  () => DeleteResourcePolicyResponse$
];
var DeleteTrail$ = [
  9,
  n0,
  _DTe,
  2,
  () => DeleteTrailRequest$,
  () => DeleteTrailResponse$
];
var DeregisterOrganizationDelegatedAdmin$ = [
  9,
  n0,
  _DODA,
  2,
  () => DeregisterOrganizationDelegatedAdminRequest$,
  () => DeregisterOrganizationDelegatedAdminResponse$
];
var DescribeQuery$ = [
  9,
  n0,
  _DQ,
  2,
  () => DescribeQueryRequest$,
  () => DescribeQueryResponse$
];
var DescribeTrails$ = [
  9,
  n0,
  _DTes,
  2,
  () => DescribeTrailsRequest$,
  () => DescribeTrailsResponse$
];
var DisableFederation$ = [
  9,
  n0,
  _DF,
  0,
  () => DisableFederationRequest$,
  () => DisableFederationResponse$
];
var EnableFederation$ = [
  9,
  n0,
  _EF,
  0,
  () => EnableFederationRequest$,
  () => EnableFederationResponse$
];
var GenerateQuery$ = [
  9,
  n0,
  _GQ,
  2,
  () => GenerateQueryRequest$,
  () => GenerateQueryResponse$
];
var GetChannel$ = [
  9,
  n0,
  _GC,
  2,
  () => GetChannelRequest$,
  () => GetChannelResponse$
];
var GetDashboard$ = [
  9,
  n0,
  _GD,
  2,
  () => GetDashboardRequest$,
  () => GetDashboardResponse$
];
var GetEventConfiguration$ = [
  9,
  n0,
  _GEC,
  2,
  () => GetEventConfigurationRequest$,
  () => GetEventConfigurationResponse$
];
var GetEventDataStore$ = [
  9,
  n0,
  _GEDS,
  2,
  () => GetEventDataStoreRequest$,
  () => GetEventDataStoreResponse$
];
var GetEventSelectors$ = [
  9,
  n0,
  _GES,
  2,
  () => GetEventSelectorsRequest$,
  () => GetEventSelectorsResponse$
];
var GetImport$ = [
  9,
  n0,
  _GI,
  0,
  () => GetImportRequest$,
  () => GetImportResponse$
];
var GetInsightSelectors$ = [
  9,
  n0,
  _GIS,
  2,
  () => GetInsightSelectorsRequest$,
  () => GetInsightSelectorsResponse$
];
var GetQueryResults$ = [
  9,
  n0,
  _GQRet,
  0,
  () => GetQueryResultsRequest$,
  () => GetQueryResultsResponse$
];
var GetResourcePolicy$ = [
  9,
  n0,
  _GRP,
  2,
  () => GetResourcePolicyRequest$,
  () => GetResourcePolicyResponse$
];
var GetTrail$ = [
  9,
  n0,
  _GT,
  2,
  () => GetTrailRequest$,
  () => GetTrailResponse$
];
var GetTrailStatus$ = [
  9,
  n0,
  _GTS,
  2,
  () => GetTrailStatusRequest$,
  () => GetTrailStatusResponse$
];
var ListChannels$ = [
  9,
  n0,
  _LC,
  2,
  () => ListChannelsRequest$,
  () => ListChannelsResponse$
];
var ListDashboards$ = [
  9,
  n0,
  _LD,
  2,
  () => ListDashboardsRequest$,
  () => ListDashboardsResponse$
];
var ListEventDataStores$ = [
  9,
  n0,
  _LEDS,
  2,
  () => ListEventDataStoresRequest$,
  () => ListEventDataStoresResponse$
];
var ListImportFailures$ = [
  9,
  n0,
  _LIF,
  2,
  () => ListImportFailuresRequest$,
  () => ListImportFailuresResponse$
];
var ListImports$ = [
  9,
  n0,
  _LI,
  2,
  () => ListImportsRequest$,
  () => ListImportsResponse$
];
var ListInsightsData$ = [
  9,
  n0,
  _LID,
  2,
  () => ListInsightsDataRequest$,
  () => ListInsightsDataResponse$
];
var ListInsightsMetricData$ = [
  9,
  n0,
  _LIMD,
  2,
  () => ListInsightsMetricDataRequest$,
  () => ListInsightsMetricDataResponse$
];
var ListPublicKeys$ = [
  9,
  n0,
  _LPK,
  2,
  () => ListPublicKeysRequest$,
  () => ListPublicKeysResponse$
];
var ListQueries$ = [
  9,
  n0,
  _LQ,
  2,
  () => ListQueriesRequest$,
  () => ListQueriesResponse$
];
var ListTags$ = [
  9,
  n0,
  _LT,
  2,
  () => ListTagsRequest$,
  () => ListTagsResponse$
];
var ListTrails$ = [
  9,
  n0,
  _LTi,
  2,
  () => ListTrailsRequest$,
  () => ListTrailsResponse$
];
var LookupEvents$ = [
  9,
  n0,
  _LE,
  2,
  () => LookupEventsRequest$,
  () => LookupEventsResponse$
];
var PutEventConfiguration$ = [
  9,
  n0,
  _PEC,
  2,
  () => PutEventConfigurationRequest$,
  () => PutEventConfigurationResponse$
];
var PutEventSelectors$ = [
  9,
  n0,
  _PES,
  2,
  () => PutEventSelectorsRequest$,
  () => PutEventSelectorsResponse$
];
var PutInsightSelectors$ = [
  9,
  n0,
  _PIS,
  2,
  () => PutInsightSelectorsRequest$,
  () => PutInsightSelectorsResponse$
];
var PutResourcePolicy$ = [
  9,
  n0,
  _PRP,
  2,
  () => PutResourcePolicyRequest$,
  () => PutResourcePolicyResponse$
];
var RegisterOrganizationDelegatedAdmin$ = [
  9,
  n0,
  _RODA,
  2,
  () => RegisterOrganizationDelegatedAdminRequest$,
  () => RegisterOrganizationDelegatedAdminResponse$
];
var RemoveTags$ = [
  9,
  n0,
  _RTem,
  2,
  () => RemoveTagsRequest$,
  () => RemoveTagsResponse$
];
var RestoreEventDataStore$ = [
  9,
  n0,
  _REDS,
  0,
  () => RestoreEventDataStoreRequest$,
  () => RestoreEventDataStoreResponse$
];
var SearchSampleQueries$ = [
  9,
  n0,
  _SSQ,
  2,
  () => SearchSampleQueriesRequest$,
  () => SearchSampleQueriesResponse$
];
var StartDashboardRefresh$ = [
  9,
  n0,
  _SDR,
  2,
  () => StartDashboardRefreshRequest$,
  () => StartDashboardRefreshResponse$
];
var StartEventDataStoreIngestion$ = [
  9,
  n0,
  _SEDSI,
  0,
  () => StartEventDataStoreIngestionRequest$,
  () => StartEventDataStoreIngestionResponse$
];
var StartImport$ = [
  9,
  n0,
  _SIt,
  0,
  () => StartImportRequest$,
  () => StartImportResponse$
];
var StartLogging$ = [
  9,
  n0,
  _SL,
  2,
  () => StartLoggingRequest$,
  () => StartLoggingResponse$
];
var StartQuery$ = [
  9,
  n0,
  _SQ,
  2,
  () => StartQueryRequest$,
  () => StartQueryResponse$
];
var StopEventDataStoreIngestion$ = [
  9,
  n0,
  _SEDSIt,
  0,
  () => StopEventDataStoreIngestionRequest$,
  () => StopEventDataStoreIngestionResponse$
];
var StopImport$ = [
  9,
  n0,
  _SIto,
  0,
  () => StopImportRequest$,
  () => StopImportResponse$
];
var StopLogging$ = [
  9,
  n0,
  _SLt,
  2,
  () => StopLoggingRequest$,
  () => StopLoggingResponse$
];
var UpdateChannel$ = [
  9,
  n0,
  _UC,
  2,
  () => UpdateChannelRequest$,
  () => UpdateChannelResponse$
];
var UpdateDashboard$ = [
  9,
  n0,
  _UD,
  2,
  () => UpdateDashboardRequest$,
  () => UpdateDashboardResponse$
];
var UpdateEventDataStore$ = [
  9,
  n0,
  _UEDS,
  2,
  () => UpdateEventDataStoreRequest$,
  () => UpdateEventDataStoreResponse$
];
var UpdateTrail$ = [
  9,
  n0,
  _UTp,
  2,
  () => UpdateTrailRequest$,
  () => UpdateTrailResponse$
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
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/AddTagsCommand.js
var AddTagsCommand = class extends command(_ep0, _mw0, "AddTags", AddTags$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/CancelQueryCommand.js
var CancelQueryCommand = class extends command(_ep0, _mw0, "CancelQuery", CancelQuery$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/CreateChannelCommand.js
var CreateChannelCommand = class extends command(_ep0, _mw0, "CreateChannel", CreateChannel$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/CreateDashboardCommand.js
var CreateDashboardCommand = class extends command(_ep0, _mw0, "CreateDashboard", CreateDashboard$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/CreateEventDataStoreCommand.js
var CreateEventDataStoreCommand = class extends command(_ep0, _mw0, "CreateEventDataStore", CreateEventDataStore$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/CreateTrailCommand.js
var CreateTrailCommand = class extends command(_ep0, _mw0, "CreateTrail", CreateTrail$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DeleteChannelCommand.js
var DeleteChannelCommand = class extends command(_ep0, _mw0, "DeleteChannel", DeleteChannel$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DeleteDashboardCommand.js
var DeleteDashboardCommand = class extends command(_ep0, _mw0, "DeleteDashboard", DeleteDashboard$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DeleteEventDataStoreCommand.js
var DeleteEventDataStoreCommand = class extends command(_ep0, _mw0, "DeleteEventDataStore", DeleteEventDataStore$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DeleteResourcePolicyCommand.js
var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DeleteTrailCommand.js
var DeleteTrailCommand = class extends command(_ep0, _mw0, "DeleteTrail", DeleteTrail$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DeregisterOrganizationDelegatedAdminCommand.js
var DeregisterOrganizationDelegatedAdminCommand = class extends command(_ep0, _mw0, "DeregisterOrganizationDelegatedAdmin", DeregisterOrganizationDelegatedAdmin$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DescribeQueryCommand.js
var DescribeQueryCommand = class extends command(_ep0, _mw0, "DescribeQuery", DescribeQuery$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DescribeTrailsCommand.js
var DescribeTrailsCommand = class extends command(_ep0, _mw0, "DescribeTrails", DescribeTrails$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DisableFederationCommand.js
var DisableFederationCommand = class extends command(_ep0, _mw0, "DisableFederation", DisableFederation$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/EnableFederationCommand.js
var EnableFederationCommand = class extends command(_ep0, _mw0, "EnableFederation", EnableFederation$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GenerateQueryCommand.js
var GenerateQueryCommand = class extends command(_ep0, _mw0, "GenerateQuery", GenerateQuery$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetChannelCommand.js
var GetChannelCommand = class extends command(_ep0, _mw0, "GetChannel", GetChannel$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetDashboardCommand.js
var GetDashboardCommand = class extends command(_ep0, _mw0, "GetDashboard", GetDashboard$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetEventConfigurationCommand.js
var GetEventConfigurationCommand = class extends command(_ep0, _mw0, "GetEventConfiguration", GetEventConfiguration$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetEventDataStoreCommand.js
var GetEventDataStoreCommand = class extends command(_ep0, _mw0, "GetEventDataStore", GetEventDataStore$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetEventSelectorsCommand.js
var GetEventSelectorsCommand = class extends command(_ep0, _mw0, "GetEventSelectors", GetEventSelectors$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetImportCommand.js
var GetImportCommand = class extends command(_ep0, _mw0, "GetImport", GetImport$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetInsightSelectorsCommand.js
var GetInsightSelectorsCommand = class extends command(_ep0, _mw0, "GetInsightSelectors", GetInsightSelectors$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetQueryResultsCommand.js
var GetQueryResultsCommand = class extends command(_ep0, _mw0, "GetQueryResults", GetQueryResults$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetResourcePolicyCommand.js
var GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetTrailCommand.js
var GetTrailCommand = class extends command(_ep0, _mw0, "GetTrail", GetTrail$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetTrailStatusCommand.js
var GetTrailStatusCommand = class extends command(_ep0, _mw0, "GetTrailStatus", GetTrailStatus$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListChannelsCommand.js
var ListChannelsCommand = class extends command(_ep0, _mw0, "ListChannels", ListChannels$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListDashboardsCommand.js
var ListDashboardsCommand = class extends command(_ep0, _mw0, "ListDashboards", ListDashboards$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListEventDataStoresCommand.js
var ListEventDataStoresCommand = class extends command(_ep0, _mw0, "ListEventDataStores", ListEventDataStores$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListImportFailuresCommand.js
var ListImportFailuresCommand = class extends command(_ep0, _mw0, "ListImportFailures", ListImportFailures$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListImportsCommand.js
var ListImportsCommand = class extends command(_ep0, _mw0, "ListImports", ListImports$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListInsightsDataCommand.js
var ListInsightsDataCommand = class extends command(_ep0, _mw0, "ListInsightsData", ListInsightsData$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListInsightsMetricDataCommand.js
var ListInsightsMetricDataCommand = class extends command(_ep0, _mw0, "ListInsightsMetricData", ListInsightsMetricData$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListPublicKeysCommand.js
var ListPublicKeysCommand = class extends command(_ep0, _mw0, "ListPublicKeys", ListPublicKeys$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListQueriesCommand.js
var ListQueriesCommand = class extends command(_ep0, _mw0, "ListQueries", ListQueries$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListTagsCommand.js
var ListTagsCommand = class extends command(_ep0, _mw0, "ListTags", ListTags$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/ListTrailsCommand.js
var ListTrailsCommand = class extends command(_ep0, _mw0, "ListTrails", ListTrails$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/LookupEventsCommand.js
var LookupEventsCommand = class extends command(_ep0, _mw0, "LookupEvents", LookupEvents$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/PutEventConfigurationCommand.js
var PutEventConfigurationCommand = class extends command(_ep0, _mw0, "PutEventConfiguration", PutEventConfiguration$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/PutEventSelectorsCommand.js
var PutEventSelectorsCommand = class extends command(_ep0, _mw0, "PutEventSelectors", PutEventSelectors$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/PutInsightSelectorsCommand.js
var PutInsightSelectorsCommand = class extends command(_ep0, _mw0, "PutInsightSelectors", PutInsightSelectors$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/PutResourcePolicyCommand.js
var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/RegisterOrganizationDelegatedAdminCommand.js
var RegisterOrganizationDelegatedAdminCommand = class extends command(_ep0, _mw0, "RegisterOrganizationDelegatedAdmin", RegisterOrganizationDelegatedAdmin$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/RemoveTagsCommand.js
var RemoveTagsCommand = class extends command(_ep0, _mw0, "RemoveTags", RemoveTags$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/RestoreEventDataStoreCommand.js
var RestoreEventDataStoreCommand = class extends command(_ep0, _mw0, "RestoreEventDataStore", RestoreEventDataStore$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/SearchSampleQueriesCommand.js
var SearchSampleQueriesCommand = class extends command(_ep0, _mw0, "SearchSampleQueries", SearchSampleQueries$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/StartDashboardRefreshCommand.js
var StartDashboardRefreshCommand = class extends command(_ep0, _mw0, "StartDashboardRefresh", StartDashboardRefresh$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/StartEventDataStoreIngestionCommand.js
var StartEventDataStoreIngestionCommand = class extends command(_ep0, _mw0, "StartEventDataStoreIngestion", StartEventDataStoreIngestion$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/StartImportCommand.js
var StartImportCommand = class extends command(_ep0, _mw0, "StartImport", StartImport$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/StartLoggingCommand.js
var StartLoggingCommand = class extends command(_ep0, _mw0, "StartLogging", StartLogging$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/StartQueryCommand.js
var StartQueryCommand = class extends command(_ep0, _mw0, "StartQuery", StartQuery$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/StopEventDataStoreIngestionCommand.js
var StopEventDataStoreIngestionCommand = class extends command(_ep0, _mw0, "StopEventDataStoreIngestion", StopEventDataStoreIngestion$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/StopImportCommand.js
var StopImportCommand = class extends command(_ep0, _mw0, "StopImport", StopImport$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/StopLoggingCommand.js
var StopLoggingCommand = class extends command(_ep0, _mw0, "StopLogging", StopLogging$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/UpdateChannelCommand.js
var UpdateChannelCommand = class extends command(_ep0, _mw0, "UpdateChannel", UpdateChannel$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/UpdateDashboardCommand.js
var UpdateDashboardCommand = class extends command(_ep0, _mw0, "UpdateDashboard", UpdateDashboard$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/UpdateEventDataStoreCommand.js
var UpdateEventDataStoreCommand = class extends command(_ep0, _mw0, "UpdateEventDataStore", UpdateEventDataStore$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/UpdateTrailCommand.js
var UpdateTrailCommand = class extends command(_ep0, _mw0, "UpdateTrail", UpdateTrail$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/GetQueryResultsPaginator.js
var paginateGetQueryResults = createPaginator(CloudTrailClient, GetQueryResultsCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListChannelsPaginator.js
var paginateListChannels = createPaginator(CloudTrailClient, ListChannelsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListEventDataStoresPaginator.js
var paginateListEventDataStores = createPaginator(CloudTrailClient, ListEventDataStoresCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListImportFailuresPaginator.js
var paginateListImportFailures = createPaginator(CloudTrailClient, ListImportFailuresCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListImportsPaginator.js
var paginateListImports = createPaginator(CloudTrailClient, ListImportsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListInsightsDataPaginator.js
var paginateListInsightsData = createPaginator(CloudTrailClient, ListInsightsDataCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListInsightsMetricDataPaginator.js
var paginateListInsightsMetricData = createPaginator(CloudTrailClient, ListInsightsMetricDataCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListPublicKeysPaginator.js
var paginateListPublicKeys = createPaginator(CloudTrailClient, ListPublicKeysCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListQueriesPaginator.js
var paginateListQueries = createPaginator(CloudTrailClient, ListQueriesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListTagsPaginator.js
var paginateListTags = createPaginator(CloudTrailClient, ListTagsCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/ListTrailsPaginator.js
var paginateListTrails = createPaginator(CloudTrailClient, ListTrailsCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/pagination/LookupEventsPaginator.js
var paginateLookupEvents = createPaginator(CloudTrailClient, LookupEventsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudtrail/dist-es/CloudTrail.js
var commands = {
  AddTagsCommand,
  CancelQueryCommand,
  CreateChannelCommand,
  CreateDashboardCommand,
  CreateEventDataStoreCommand,
  CreateTrailCommand,
  DeleteChannelCommand,
  DeleteDashboardCommand,
  DeleteEventDataStoreCommand,
  DeleteResourcePolicyCommand,
  DeleteTrailCommand,
  DeregisterOrganizationDelegatedAdminCommand,
  DescribeQueryCommand,
  DescribeTrailsCommand,
  DisableFederationCommand,
  EnableFederationCommand,
  GenerateQueryCommand,
  GetChannelCommand,
  GetDashboardCommand,
  GetEventConfigurationCommand,
  GetEventDataStoreCommand,
  GetEventSelectorsCommand,
  GetImportCommand,
  GetInsightSelectorsCommand,
  GetQueryResultsCommand,
  GetResourcePolicyCommand,
  GetTrailCommand,
  GetTrailStatusCommand,
  ListChannelsCommand,
  ListDashboardsCommand,
  ListEventDataStoresCommand,
  ListImportFailuresCommand,
  ListImportsCommand,
  ListInsightsDataCommand,
  ListInsightsMetricDataCommand,
  ListPublicKeysCommand,
  ListQueriesCommand,
  ListTagsCommand,
  ListTrailsCommand,
  LookupEventsCommand,
  PutEventConfigurationCommand,
  PutEventSelectorsCommand,
  PutInsightSelectorsCommand,
  PutResourcePolicyCommand,
  RegisterOrganizationDelegatedAdminCommand,
  RemoveTagsCommand,
  RestoreEventDataStoreCommand,
  SearchSampleQueriesCommand,
  StartDashboardRefreshCommand,
  StartEventDataStoreIngestionCommand,
  StartImportCommand,
  StartLoggingCommand,
  StartQueryCommand,
  StopEventDataStoreIngestionCommand,
  StopImportCommand,
  StopLoggingCommand,
  UpdateChannelCommand,
  UpdateDashboardCommand,
  UpdateEventDataStoreCommand,
  UpdateTrailCommand
};
var paginators = {
  paginateGetQueryResults,
  paginateListChannels,
  paginateListEventDataStores,
  paginateListImportFailures,
  paginateListImports,
  paginateListInsightsData,
  paginateListInsightsMetricData,
  paginateListPublicKeys,
  paginateListQueries,
  paginateListTags,
  paginateListTrails,
  paginateLookupEvents
};
var CloudTrail = class extends CloudTrailClient {
};
createAggregatedClient(commands, CloudTrail, { paginators });

// node_modules/@aws-sdk/client-cloudtrail/dist-es/models/enums.js
var EventCategoryAggregation = {
  Data: "Data"
};
var Template = {
  API_ACTIVITY: "API_ACTIVITY",
  RESOURCE_ACCESS: "RESOURCE_ACCESS",
  USER_ACTIONS: "USER_ACTIONS"
};
var BillingMode = {
  EXTENDABLE_RETENTION_PRICING: "EXTENDABLE_RETENTION_PRICING",
  FIXED_RETENTION_PRICING: "FIXED_RETENTION_PRICING"
};
var QueryStatus = {
  CANCELLED: "CANCELLED",
  FAILED: "FAILED",
  FINISHED: "FINISHED",
  QUEUED: "QUEUED",
  RUNNING: "RUNNING",
  TIMED_OUT: "TIMED_OUT"
};
var DestinationType = {
  AWS_SERVICE: "AWS_SERVICE",
  EVENT_DATA_STORE: "EVENT_DATA_STORE"
};
var RefreshScheduleFrequencyUnit = {
  DAYS: "DAYS",
  HOURS: "HOURS"
};
var RefreshScheduleStatus = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED"
};
var DashboardType = {
  CUSTOM: "CUSTOM",
  MANAGED: "MANAGED"
};
var EventDataStoreStatus = {
  CREATED: "CREATED",
  ENABLED: "ENABLED",
  PENDING_DELETION: "PENDING_DELETION",
  STARTING_INGESTION: "STARTING_INGESTION",
  STOPPED_INGESTION: "STOPPED_INGESTION",
  STOPPING_INGESTION: "STOPPING_INGESTION"
};
var DeliveryStatus = {
  ACCESS_DENIED: "ACCESS_DENIED",
  ACCESS_DENIED_SIGNING_FILE: "ACCESS_DENIED_SIGNING_FILE",
  CANCELLED: "CANCELLED",
  FAILED: "FAILED",
  FAILED_SIGNING_FILE: "FAILED_SIGNING_FILE",
  PENDING: "PENDING",
  RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
  SUCCESS: "SUCCESS",
  UNKNOWN: "UNKNOWN"
};
var FederationStatus = {
  DISABLED: "DISABLED",
  DISABLING: "DISABLING",
  ENABLED: "ENABLED",
  ENABLING: "ENABLING"
};
var DashboardStatus = {
  CREATED: "CREATED",
  CREATING: "CREATING",
  DELETING: "DELETING",
  UPDATED: "UPDATED",
  UPDATING: "UPDATING"
};
var Type = {
  RequestContext: "RequestContext",
  TagContext: "TagContext"
};
var MaxEventSize = {
  Large: "Large",
  Standard: "Standard"
};
var ReadWriteType = {
  All: "All",
  ReadOnly: "ReadOnly",
  WriteOnly: "WriteOnly"
};
var ImportStatus = {
  COMPLETED: "COMPLETED",
  FAILED: "FAILED",
  INITIALIZING: "INITIALIZING",
  IN_PROGRESS: "IN_PROGRESS",
  STOPPED: "STOPPED"
};
var SourceEventCategory = {
  Data: "Data",
  Management: "Management"
};
var InsightType = {
  ApiCallRateInsight: "ApiCallRateInsight",
  ApiErrorRateInsight: "ApiErrorRateInsight"
};
var ImportFailureStatus = {
  FAILED: "FAILED",
  RETRY: "RETRY",
  SUCCEEDED: "SUCCEEDED"
};
var ListInsightsDataType = {
  INSIGHTS_EVENTS: "InsightsEvents"
};
var ListInsightsDataDimensionKey = {
  EVENT_ID: "EventId",
  EVENT_NAME: "EventName",
  EVENT_SOURCE: "EventSource"
};
var InsightsMetricDataType = {
  FILL_WITH_ZEROS: "FillWithZeros",
  NON_ZERO_DATA: "NonZeroData"
};
var EventCategory = {
  Insight: "insight"
};
var LookupAttributeKey = {
  ACCESS_KEY_ID: "AccessKeyId",
  EVENT_ID: "EventId",
  EVENT_NAME: "EventName",
  EVENT_SOURCE: "EventSource",
  READ_ONLY: "ReadOnly",
  RESOURCE_NAME: "ResourceName",
  RESOURCE_TYPE: "ResourceType",
  USERNAME: "Username"
};
export {
  Command as $Command,
  AccessDeniedException,
  AccessDeniedException$,
  AccountHasOngoingImportException,
  AccountHasOngoingImportException$,
  AccountNotFoundException,
  AccountNotFoundException$,
  AccountNotRegisteredException,
  AccountNotRegisteredException$,
  AccountRegisteredException,
  AccountRegisteredException$,
  AddTags$,
  AddTagsCommand,
  AddTagsRequest$,
  AddTagsResponse$,
  AdvancedEventSelector$,
  AdvancedFieldSelector$,
  AggregationConfiguration$,
  BillingMode,
  CancelQuery$,
  CancelQueryCommand,
  CancelQueryRequest$,
  CancelQueryResponse$,
  CannotDelegateManagementAccountException,
  CannotDelegateManagementAccountException$,
  Channel$,
  ChannelARNInvalidException,
  ChannelARNInvalidException$,
  ChannelAlreadyExistsException,
  ChannelAlreadyExistsException$,
  ChannelExistsForEDSException,
  ChannelExistsForEDSException$,
  ChannelMaxLimitExceededException,
  ChannelMaxLimitExceededException$,
  ChannelNotFoundException,
  ChannelNotFoundException$,
  CloudTrail,
  CloudTrailARNInvalidException,
  CloudTrailARNInvalidException$,
  CloudTrailAccessNotEnabledException,
  CloudTrailAccessNotEnabledException$,
  CloudTrailClient,
  CloudTrailInvalidClientTokenIdException,
  CloudTrailInvalidClientTokenIdException$,
  CloudTrailServiceException,
  CloudTrailServiceException$,
  CloudWatchLogsDeliveryUnavailableException,
  CloudWatchLogsDeliveryUnavailableException$,
  ConcurrentModificationException,
  ConcurrentModificationException$,
  ConflictException,
  ConflictException$,
  ContextKeySelector$,
  CreateChannel$,
  CreateChannelCommand,
  CreateChannelRequest$,
  CreateChannelResponse$,
  CreateDashboard$,
  CreateDashboardCommand,
  CreateDashboardRequest$,
  CreateDashboardResponse$,
  CreateEventDataStore$,
  CreateEventDataStoreCommand,
  CreateEventDataStoreRequest$,
  CreateEventDataStoreResponse$,
  CreateTrail$,
  CreateTrailCommand,
  CreateTrailRequest$,
  CreateTrailResponse$,
  DashboardDetail$,
  DashboardStatus,
  DashboardType,
  DataResource$,
  DelegatedAdminAccountLimitExceededException,
  DelegatedAdminAccountLimitExceededException$,
  DeleteChannel$,
  DeleteChannelCommand,
  DeleteChannelRequest$,
  DeleteChannelResponse$,
  DeleteDashboard$,
  DeleteDashboardCommand,
  DeleteDashboardRequest$,
  DeleteDashboardResponse$,
  DeleteEventDataStore$,
  DeleteEventDataStoreCommand,
  DeleteEventDataStoreRequest$,
  DeleteEventDataStoreResponse$,
  DeleteResourcePolicy$,
  DeleteResourcePolicyCommand,
  DeleteResourcePolicyRequest$,
  DeleteResourcePolicyResponse$,
  DeleteTrail$,
  DeleteTrailCommand,
  DeleteTrailRequest$,
  DeleteTrailResponse$,
  DeliveryStatus,
  DeregisterOrganizationDelegatedAdmin$,
  DeregisterOrganizationDelegatedAdminCommand,
  DeregisterOrganizationDelegatedAdminRequest$,
  DeregisterOrganizationDelegatedAdminResponse$,
  DescribeQuery$,
  DescribeQueryCommand,
  DescribeQueryRequest$,
  DescribeQueryResponse$,
  DescribeTrails$,
  DescribeTrailsCommand,
  DescribeTrailsRequest$,
  DescribeTrailsResponse$,
  Destination$,
  DestinationType,
  DisableFederation$,
  DisableFederationCommand,
  DisableFederationRequest$,
  DisableFederationResponse$,
  EnableFederation$,
  EnableFederationCommand,
  EnableFederationRequest$,
  EnableFederationResponse$,
  Event$,
  EventCategory,
  EventCategoryAggregation,
  EventDataStore$,
  EventDataStoreARNInvalidException,
  EventDataStoreARNInvalidException$,
  EventDataStoreAlreadyExistsException,
  EventDataStoreAlreadyExistsException$,
  EventDataStoreFederationEnabledException,
  EventDataStoreFederationEnabledException$,
  EventDataStoreHasOngoingImportException,
  EventDataStoreHasOngoingImportException$,
  EventDataStoreMaxLimitExceededException,
  EventDataStoreMaxLimitExceededException$,
  EventDataStoreNotFoundException,
  EventDataStoreNotFoundException$,
  EventDataStoreStatus,
  EventDataStoreTerminationProtectedException,
  EventDataStoreTerminationProtectedException$,
  EventSelector$,
  FederationStatus,
  GenerateQuery$,
  GenerateQueryCommand,
  GenerateQueryRequest$,
  GenerateQueryResponse$,
  GenerateResponseException,
  GenerateResponseException$,
  GetChannel$,
  GetChannelCommand,
  GetChannelRequest$,
  GetChannelResponse$,
  GetDashboard$,
  GetDashboardCommand,
  GetDashboardRequest$,
  GetDashboardResponse$,
  GetEventConfiguration$,
  GetEventConfigurationCommand,
  GetEventConfigurationRequest$,
  GetEventConfigurationResponse$,
  GetEventDataStore$,
  GetEventDataStoreCommand,
  GetEventDataStoreRequest$,
  GetEventDataStoreResponse$,
  GetEventSelectors$,
  GetEventSelectorsCommand,
  GetEventSelectorsRequest$,
  GetEventSelectorsResponse$,
  GetImport$,
  GetImportCommand,
  GetImportRequest$,
  GetImportResponse$,
  GetInsightSelectors$,
  GetInsightSelectorsCommand,
  GetInsightSelectorsRequest$,
  GetInsightSelectorsResponse$,
  GetQueryResults$,
  GetQueryResultsCommand,
  GetQueryResultsRequest$,
  GetQueryResultsResponse$,
  GetResourcePolicy$,
  GetResourcePolicyCommand,
  GetResourcePolicyRequest$,
  GetResourcePolicyResponse$,
  GetTrail$,
  GetTrailCommand,
  GetTrailRequest$,
  GetTrailResponse$,
  GetTrailStatus$,
  GetTrailStatusCommand,
  GetTrailStatusRequest$,
  GetTrailStatusResponse$,
  ImportFailureListItem$,
  ImportFailureStatus,
  ImportNotFoundException,
  ImportNotFoundException$,
  ImportSource$,
  ImportStatistics$,
  ImportStatus,
  ImportsListItem$,
  InactiveEventDataStoreException,
  InactiveEventDataStoreException$,
  InactiveQueryException,
  InactiveQueryException$,
  IngestionStatus$,
  InsightNotEnabledException,
  InsightNotEnabledException$,
  InsightSelector$,
  InsightType,
  InsightsMetricDataType,
  InsufficientDependencyServiceAccessPermissionException,
  InsufficientDependencyServiceAccessPermissionException$,
  InsufficientEncryptionPolicyException,
  InsufficientEncryptionPolicyException$,
  InsufficientIAMAccessPermissionException,
  InsufficientIAMAccessPermissionException$,
  InsufficientS3BucketPolicyException,
  InsufficientS3BucketPolicyException$,
  InsufficientSnsTopicPolicyException,
  InsufficientSnsTopicPolicyException$,
  InvalidCloudWatchLogsLogGroupArnException,
  InvalidCloudWatchLogsLogGroupArnException$,
  InvalidCloudWatchLogsRoleArnException,
  InvalidCloudWatchLogsRoleArnException$,
  InvalidDateRangeException,
  InvalidDateRangeException$,
  InvalidEventCategoryException,
  InvalidEventCategoryException$,
  InvalidEventDataStoreCategoryException,
  InvalidEventDataStoreCategoryException$,
  InvalidEventDataStoreStatusException,
  InvalidEventDataStoreStatusException$,
  InvalidEventSelectorsException,
  InvalidEventSelectorsException$,
  InvalidHomeRegionException,
  InvalidHomeRegionException$,
  InvalidImportSourceException,
  InvalidImportSourceException$,
  InvalidInsightSelectorsException,
  InvalidInsightSelectorsException$,
  InvalidKmsKeyIdException,
  InvalidKmsKeyIdException$,
  InvalidLookupAttributesException,
  InvalidLookupAttributesException$,
  InvalidMaxResultsException,
  InvalidMaxResultsException$,
  InvalidNextTokenException,
  InvalidNextTokenException$,
  InvalidParameterCombinationException,
  InvalidParameterCombinationException$,
  InvalidParameterException,
  InvalidParameterException$,
  InvalidQueryStatementException,
  InvalidQueryStatementException$,
  InvalidQueryStatusException,
  InvalidQueryStatusException$,
  InvalidS3BucketNameException,
  InvalidS3BucketNameException$,
  InvalidS3PrefixException,
  InvalidS3PrefixException$,
  InvalidSnsTopicNameException,
  InvalidSnsTopicNameException$,
  InvalidSourceException,
  InvalidSourceException$,
  InvalidTagParameterException,
  InvalidTagParameterException$,
  InvalidTimeRangeException,
  InvalidTimeRangeException$,
  InvalidTokenException,
  InvalidTokenException$,
  InvalidTrailNameException,
  InvalidTrailNameException$,
  KmsException,
  KmsException$,
  KmsKeyDisabledException,
  KmsKeyDisabledException$,
  KmsKeyNotFoundException,
  KmsKeyNotFoundException$,
  ListChannels$,
  ListChannelsCommand,
  ListChannelsRequest$,
  ListChannelsResponse$,
  ListDashboards$,
  ListDashboardsCommand,
  ListDashboardsRequest$,
  ListDashboardsResponse$,
  ListEventDataStores$,
  ListEventDataStoresCommand,
  ListEventDataStoresRequest$,
  ListEventDataStoresResponse$,
  ListImportFailures$,
  ListImportFailuresCommand,
  ListImportFailuresRequest$,
  ListImportFailuresResponse$,
  ListImports$,
  ListImportsCommand,
  ListImportsRequest$,
  ListImportsResponse$,
  ListInsightsData$,
  ListInsightsDataCommand,
  ListInsightsDataDimensionKey,
  ListInsightsDataRequest$,
  ListInsightsDataResponse$,
  ListInsightsDataType,
  ListInsightsMetricData$,
  ListInsightsMetricDataCommand,
  ListInsightsMetricDataRequest$,
  ListInsightsMetricDataResponse$,
  ListPublicKeys$,
  ListPublicKeysCommand,
  ListPublicKeysRequest$,
  ListPublicKeysResponse$,
  ListQueries$,
  ListQueriesCommand,
  ListQueriesRequest$,
  ListQueriesResponse$,
  ListTags$,
  ListTagsCommand,
  ListTagsRequest$,
  ListTagsResponse$,
  ListTrails$,
  ListTrailsCommand,
  ListTrailsRequest$,
  ListTrailsResponse$,
  LookupAttribute$,
  LookupAttributeKey,
  LookupEvents$,
  LookupEventsCommand,
  LookupEventsRequest$,
  LookupEventsResponse$,
  MaxConcurrentQueriesException,
  MaxConcurrentQueriesException$,
  MaxEventSize,
  MaximumNumberOfTrailsExceededException,
  MaximumNumberOfTrailsExceededException$,
  NoManagementAccountSLRExistsException,
  NoManagementAccountSLRExistsException$,
  NotOrganizationManagementAccountException,
  NotOrganizationManagementAccountException$,
  NotOrganizationMasterAccountException,
  NotOrganizationMasterAccountException$,
  OperationNotPermittedException,
  OperationNotPermittedException$,
  OrganizationNotInAllFeaturesModeException,
  OrganizationNotInAllFeaturesModeException$,
  OrganizationsNotInUseException,
  OrganizationsNotInUseException$,
  PartitionKey$,
  PublicKey$,
  PutEventConfiguration$,
  PutEventConfigurationCommand,
  PutEventConfigurationRequest$,
  PutEventConfigurationResponse$,
  PutEventSelectors$,
  PutEventSelectorsCommand,
  PutEventSelectorsRequest$,
  PutEventSelectorsResponse$,
  PutInsightSelectors$,
  PutInsightSelectorsCommand,
  PutInsightSelectorsRequest$,
  PutInsightSelectorsResponse$,
  PutResourcePolicy$,
  PutResourcePolicyCommand,
  PutResourcePolicyRequest$,
  PutResourcePolicyResponse$,
  Query$,
  QueryIdNotFoundException,
  QueryIdNotFoundException$,
  QueryStatistics$,
  QueryStatisticsForDescribeQuery$,
  QueryStatus,
  ReadWriteType,
  RefreshSchedule$,
  RefreshScheduleFrequency$,
  RefreshScheduleFrequencyUnit,
  RefreshScheduleStatus,
  RegisterOrganizationDelegatedAdmin$,
  RegisterOrganizationDelegatedAdminCommand,
  RegisterOrganizationDelegatedAdminRequest$,
  RegisterOrganizationDelegatedAdminResponse$,
  RemoveTags$,
  RemoveTagsCommand,
  RemoveTagsRequest$,
  RemoveTagsResponse$,
  RequestWidget$,
  Resource$,
  ResourceARNNotValidException,
  ResourceARNNotValidException$,
  ResourceNotFoundException,
  ResourceNotFoundException$,
  ResourcePolicyNotFoundException,
  ResourcePolicyNotFoundException$,
  ResourcePolicyNotValidException,
  ResourcePolicyNotValidException$,
  ResourceTag$,
  ResourceTypeNotSupportedException,
  ResourceTypeNotSupportedException$,
  RestoreEventDataStore$,
  RestoreEventDataStoreCommand,
  RestoreEventDataStoreRequest$,
  RestoreEventDataStoreResponse$,
  S3BucketDoesNotExistException,
  S3BucketDoesNotExistException$,
  S3ImportSource$,
  SearchSampleQueries$,
  SearchSampleQueriesCommand,
  SearchSampleQueriesRequest$,
  SearchSampleQueriesResponse$,
  SearchSampleQueriesSearchResult$,
  ServiceQuotaExceededException,
  ServiceQuotaExceededException$,
  SourceConfig$,
  SourceEventCategory,
  StartDashboardRefresh$,
  StartDashboardRefreshCommand,
  StartDashboardRefreshRequest$,
  StartDashboardRefreshResponse$,
  StartEventDataStoreIngestion$,
  StartEventDataStoreIngestionCommand,
  StartEventDataStoreIngestionRequest$,
  StartEventDataStoreIngestionResponse$,
  StartImport$,
  StartImportCommand,
  StartImportRequest$,
  StartImportResponse$,
  StartLogging$,
  StartLoggingCommand,
  StartLoggingRequest$,
  StartLoggingResponse$,
  StartQuery$,
  StartQueryCommand,
  StartQueryRequest$,
  StartQueryResponse$,
  StopEventDataStoreIngestion$,
  StopEventDataStoreIngestionCommand,
  StopEventDataStoreIngestionRequest$,
  StopEventDataStoreIngestionResponse$,
  StopImport$,
  StopImportCommand,
  StopImportRequest$,
  StopImportResponse$,
  StopLogging$,
  StopLoggingCommand,
  StopLoggingRequest$,
  StopLoggingResponse$,
  Tag$,
  TagsLimitExceededException,
  TagsLimitExceededException$,
  Template,
  ThrottlingException,
  ThrottlingException$,
  Trail$,
  TrailAlreadyExistsException,
  TrailAlreadyExistsException$,
  TrailInfo$,
  TrailNotFoundException,
  TrailNotFoundException$,
  TrailNotProvidedException,
  TrailNotProvidedException$,
  Type,
  UnsupportedOperationException,
  UnsupportedOperationException$,
  UpdateChannel$,
  UpdateChannelCommand,
  UpdateChannelRequest$,
  UpdateChannelResponse$,
  UpdateDashboard$,
  UpdateDashboardCommand,
  UpdateDashboardRequest$,
  UpdateDashboardResponse$,
  UpdateEventDataStore$,
  UpdateEventDataStoreCommand,
  UpdateEventDataStoreRequest$,
  UpdateEventDataStoreResponse$,
  UpdateTrail$,
  UpdateTrailCommand,
  UpdateTrailRequest$,
  UpdateTrailResponse$,
  Widget$,
  Client as __Client,
  errorTypeRegistries,
  paginateGetQueryResults,
  paginateListChannels,
  paginateListEventDataStores,
  paginateListImportFailures,
  paginateListImports,
  paginateListInsightsData,
  paginateListInsightsMetricData,
  paginateListPublicKeys,
  paginateListQueries,
  paginateListTags,
  paginateListTrails,
  paginateLookupEvents
};
//# sourceMappingURL=dist-es-GEM2SBLJ.js.map

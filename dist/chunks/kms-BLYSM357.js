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

// node_modules/@aws-sdk/client-kms/dist-es/auth/httpAuthSchemeProvider.js
var defaultKMSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "kms",
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
var defaultKMSHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-kms/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "kms"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-kms/package.json
var package_default = {
  name: "@aws-sdk/client-kms",
  version: "3.1164.0",
  description: "AWS SDK for JavaScript Kms Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-kms",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-kms"
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
    "@aws-sdk/core": "^3.980.1",
    "@aws-sdk/credential-provider-node": "^3.972.94",
    "@aws-sdk/types": "^3.975.0",
    "@smithy/core": "^3.38.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.14.0",
    "@smithy/types": "^4.19.0",
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

// node_modules/@aws-sdk/client-kms/dist-es/endpoint/bdd.js
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
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://kms-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://kms-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://kms.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://kms.{Region}.{PartitionResult#dnsSuffix}", i],
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
  12,
  3,
  1,
  4,
  r + 11,
  2,
  5,
  r + 11,
  3,
  8,
  6,
  4,
  7,
  r + 10,
  5,
  r + 8,
  r + 9,
  4,
  10,
  9,
  6,
  r + 6,
  r + 7,
  5,
  11,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  13,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-kms/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-kms/dist-es/models/KMSServiceException.js
var KMSServiceException = class _KMSServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.kms#KMSServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _KMSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-kms/dist-es/models/errors.js
var AlreadyExistsException = class _AlreadyExistsException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#AlreadyExistsException";
  name = "AlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
  }
};
var DependencyTimeoutException = class _DependencyTimeoutException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#DependencyTimeoutException";
  name = "DependencyTimeoutException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "DependencyTimeoutException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _DependencyTimeoutException.prototype);
  }
};
var InvalidArnException = class _InvalidArnException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#InvalidArnException";
  name = "InvalidArnException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidArnException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidArnException.prototype);
  }
};
var KMSInternalException = class _KMSInternalException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#KMSInternalException";
  name = "KMSInternalException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "KMSInternalException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSInternalException.prototype);
  }
};
var KMSInvalidStateException = class _KMSInvalidStateException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#KMSInvalidStateException";
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
var NotFoundException = class _NotFoundException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#NotFoundException";
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
var CloudHsmClusterInUseException = class _CloudHsmClusterInUseException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#CloudHsmClusterInUseException";
  name = "CloudHsmClusterInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CloudHsmClusterInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudHsmClusterInUseException.prototype);
  }
};
var CloudHsmClusterInvalidConfigurationException = class _CloudHsmClusterInvalidConfigurationException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#CloudHsmClusterInvalidConfigurationException";
  name = "CloudHsmClusterInvalidConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CloudHsmClusterInvalidConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudHsmClusterInvalidConfigurationException.prototype);
  }
};
var CloudHsmClusterNotActiveException = class _CloudHsmClusterNotActiveException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#CloudHsmClusterNotActiveException";
  name = "CloudHsmClusterNotActiveException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CloudHsmClusterNotActiveException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudHsmClusterNotActiveException.prototype);
  }
};
var CloudHsmClusterNotFoundException = class _CloudHsmClusterNotFoundException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#CloudHsmClusterNotFoundException";
  name = "CloudHsmClusterNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CloudHsmClusterNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudHsmClusterNotFoundException.prototype);
  }
};
var CloudHsmClusterNotRelatedException = class _CloudHsmClusterNotRelatedException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#CloudHsmClusterNotRelatedException";
  name = "CloudHsmClusterNotRelatedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CloudHsmClusterNotRelatedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudHsmClusterNotRelatedException.prototype);
  }
};
var ConflictException = class _ConflictException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#ConflictException";
  name = "ConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
  }
};
var CustomKeyStoreInvalidStateException = class _CustomKeyStoreInvalidStateException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#CustomKeyStoreInvalidStateException";
  name = "CustomKeyStoreInvalidStateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomKeyStoreInvalidStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomKeyStoreInvalidStateException.prototype);
  }
};
var CustomKeyStoreNotFoundException = class _CustomKeyStoreNotFoundException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#CustomKeyStoreNotFoundException";
  name = "CustomKeyStoreNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomKeyStoreNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomKeyStoreNotFoundException.prototype);
  }
};
var InvalidAliasNameException = class _InvalidAliasNameException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#InvalidAliasNameException";
  name = "InvalidAliasNameException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAliasNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAliasNameException.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var CustomKeyStoreNameInUseException = class _CustomKeyStoreNameInUseException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#CustomKeyStoreNameInUseException";
  name = "CustomKeyStoreNameInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomKeyStoreNameInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomKeyStoreNameInUseException.prototype);
  }
};
var IncorrectTrustAnchorException = class _IncorrectTrustAnchorException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#IncorrectTrustAnchorException";
  name = "IncorrectTrustAnchorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IncorrectTrustAnchorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncorrectTrustAnchorException.prototype);
  }
};
var XksProxyIncorrectAuthenticationCredentialException = class _XksProxyIncorrectAuthenticationCredentialException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksProxyIncorrectAuthenticationCredentialException";
  name = "XksProxyIncorrectAuthenticationCredentialException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksProxyIncorrectAuthenticationCredentialException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksProxyIncorrectAuthenticationCredentialException.prototype);
  }
};
var XksProxyInvalidConfigurationException = class _XksProxyInvalidConfigurationException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksProxyInvalidConfigurationException";
  name = "XksProxyInvalidConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksProxyInvalidConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksProxyInvalidConfigurationException.prototype);
  }
};
var XksProxyInvalidResponseException = class _XksProxyInvalidResponseException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksProxyInvalidResponseException";
  name = "XksProxyInvalidResponseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksProxyInvalidResponseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksProxyInvalidResponseException.prototype);
  }
};
var XksProxyUriEndpointInUseException = class _XksProxyUriEndpointInUseException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksProxyUriEndpointInUseException";
  name = "XksProxyUriEndpointInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksProxyUriEndpointInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksProxyUriEndpointInUseException.prototype);
  }
};
var XksProxyUriInUseException = class _XksProxyUriInUseException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksProxyUriInUseException";
  name = "XksProxyUriInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksProxyUriInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksProxyUriInUseException.prototype);
  }
};
var XksProxyUriUnreachableException = class _XksProxyUriUnreachableException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksProxyUriUnreachableException";
  name = "XksProxyUriUnreachableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksProxyUriUnreachableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksProxyUriUnreachableException.prototype);
  }
};
var XksProxyVpcEndpointServiceInUseException = class _XksProxyVpcEndpointServiceInUseException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksProxyVpcEndpointServiceInUseException";
  name = "XksProxyVpcEndpointServiceInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksProxyVpcEndpointServiceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksProxyVpcEndpointServiceInUseException.prototype);
  }
};
var XksProxyVpcEndpointServiceInvalidConfigurationException = class _XksProxyVpcEndpointServiceInvalidConfigurationException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksProxyVpcEndpointServiceInvalidConfigurationException";
  name = "XksProxyVpcEndpointServiceInvalidConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksProxyVpcEndpointServiceInvalidConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksProxyVpcEndpointServiceInvalidConfigurationException.prototype);
  }
};
var XksProxyVpcEndpointServiceNotFoundException = class _XksProxyVpcEndpointServiceNotFoundException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksProxyVpcEndpointServiceNotFoundException";
  name = "XksProxyVpcEndpointServiceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksProxyVpcEndpointServiceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksProxyVpcEndpointServiceNotFoundException.prototype);
  }
};
var DisabledException = class _DisabledException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#DisabledException";
  name = "DisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DisabledException.prototype);
  }
};
var DryRunOperationException = class _DryRunOperationException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#DryRunOperationException";
  name = "DryRunOperationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DryRunOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DryRunOperationException.prototype);
  }
};
var InvalidGrantTokenException = class _InvalidGrantTokenException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#InvalidGrantTokenException";
  name = "InvalidGrantTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidGrantTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidGrantTokenException.prototype);
  }
};
var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#MalformedPolicyDocumentException";
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
  }
};
var TagException = class _TagException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#TagException";
  name = "TagException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagException.prototype);
  }
};
var UnsupportedOperationException = class _UnsupportedOperationException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#UnsupportedOperationException";
  name = "UnsupportedOperationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperationException.prototype);
  }
};
var XksKeyAlreadyInUseException = class _XksKeyAlreadyInUseException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksKeyAlreadyInUseException";
  name = "XksKeyAlreadyInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksKeyAlreadyInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksKeyAlreadyInUseException.prototype);
  }
};
var XksKeyInvalidConfigurationException = class _XksKeyInvalidConfigurationException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksKeyInvalidConfigurationException";
  name = "XksKeyInvalidConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksKeyInvalidConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksKeyInvalidConfigurationException.prototype);
  }
};
var XksKeyNotFoundException = class _XksKeyNotFoundException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#XksKeyNotFoundException";
  name = "XksKeyNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "XksKeyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _XksKeyNotFoundException.prototype);
  }
};
var CustomKeyStoreHasCMKsException = class _CustomKeyStoreHasCMKsException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#CustomKeyStoreHasCMKsException";
  name = "CustomKeyStoreHasCMKsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomKeyStoreHasCMKsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomKeyStoreHasCMKsException.prototype);
  }
};
var InvalidCiphertextException = class _InvalidCiphertextException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#InvalidCiphertextException";
  name = "InvalidCiphertextException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCiphertextException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCiphertextException.prototype);
  }
};
var InvalidKeyUsageException = class _InvalidKeyUsageException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#InvalidKeyUsageException";
  name = "InvalidKeyUsageException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKeyUsageException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKeyUsageException.prototype);
  }
};
var KeyUnavailableException = class _KeyUnavailableException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#KeyUnavailableException";
  name = "KeyUnavailableException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "KeyUnavailableException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KeyUnavailableException.prototype);
  }
};
var IncorrectKeyException = class _IncorrectKeyException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#IncorrectKeyException";
  name = "IncorrectKeyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IncorrectKeyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncorrectKeyException.prototype);
  }
};
var InvalidMarkerException = class _InvalidMarkerException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#InvalidMarkerException";
  name = "InvalidMarkerException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidMarkerException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidMarkerException.prototype);
  }
};
var ExpiredImportTokenException = class _ExpiredImportTokenException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#ExpiredImportTokenException";
  name = "ExpiredImportTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExpiredImportTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExpiredImportTokenException.prototype);
  }
};
var IncorrectKeyMaterialException = class _IncorrectKeyMaterialException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#IncorrectKeyMaterialException";
  name = "IncorrectKeyMaterialException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IncorrectKeyMaterialException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncorrectKeyMaterialException.prototype);
  }
};
var InvalidImportTokenException = class _InvalidImportTokenException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#InvalidImportTokenException";
  name = "InvalidImportTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidImportTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidImportTokenException.prototype);
  }
};
var InvalidGrantIdException = class _InvalidGrantIdException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#InvalidGrantIdException";
  name = "InvalidGrantIdException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidGrantIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidGrantIdException.prototype);
  }
};
var KMSInvalidMacException = class _KMSInvalidMacException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#KMSInvalidMacException";
  name = "KMSInvalidMacException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSInvalidMacException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSInvalidMacException.prototype);
  }
};
var KMSInvalidSignatureException = class _KMSInvalidSignatureException extends KMSServiceException {
  static shapeId = "com.amazonaws.kms#KMSInvalidSignatureException";
  name = "KMSInvalidSignatureException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSInvalidSignatureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSInvalidSignatureException.prototype);
  }
};

// node_modules/@aws-sdk/client-kms/dist-es/schemas/schemas_0.js
var _A = "Arn";
var _AD = "AttestationDocument";
var _AEE = "AlreadyExistsException";
var _AWSAI = "AWSAccountId";
var _C = "Constraints";
var _CB = "CiphertextBlob";
var _CD = "CreationDate";
var _CE = "ConflictException";
var _CGR = "CreateGrantRequest";
var _CHCI = "CloudHsmClusterId";
var _CHCICE = "CloudHsmClusterInvalidConfigurationException";
var _CHCIUE = "CloudHsmClusterInUseException";
var _CHCNAE = "CloudHsmClusterNotActiveException";
var _CHCNFE = "CloudHsmClusterNotFoundException";
var _CHCNRE = "CloudHsmClusterNotRelatedException";
var _CKMI = "CurrentKeyMaterialId";
var _CKSHCMKE = "CustomKeyStoreHasCMKsException";
var _CKSI = "CustomKeyStoreId";
var _CKSISE = "CustomKeyStoreInvalidStateException";
var _CKSNFE = "CustomKeyStoreNotFoundException";
var _CKSNIUE = "CustomKeyStoreNameInUseException";
var _CMKS = "CustomerMasterKeySpec";
var _D = "Description";
var _DD = "DeletionDate";
var _DE = "DisabledException";
var _DEA = "DestinationEncryptionAlgorithm";
var _DEC = "DestinationEncryptionContext";
var _DK = "DescribeKey";
var _DKI = "DestinationKeyId";
var _DKR = "DescribeKeyRequest";
var _DKRe = "DescribeKeyResponse";
var _DR = "DryRun";
var _DRM = "DryRunModifiers";
var _DROE = "DryRunOperationException";
var _DRe = "DecapsulateRequest";
var _DRecr = "DecryptRequest";
var _DSSR = "DeriveSharedSecretRequest";
var _DTE = "DependencyTimeoutException";
var _E = "Enabled";
var _EA = "EncapsulationAlgorithm";
var _EAn = "EncryptionAlgorithm";
var _EAnc = "EncryptionAlgorithms";
var _EAnca = "EncapsulationAlgorithms";
var _EC = "EncryptionContext";
var _ECE = "EncryptionContextEquals";
var _ECS = "EncryptionContextSubset";
var _EITE = "ExpiredImportTokenException";
var _EM = "ExpirationModel";
var _ER = "EncapsulateRequest";
var _ERnc = "EncryptRequest";
var _GC = "GrantConstraints";
var _GDKPR = "GenerateDataKeyPairRequest";
var _GDKPWPR = "GenerateDataKeyPairWithoutPlaintextRequest";
var _GDKR = "GenerateDataKeyRequest";
var _GDKWPR = "GenerateDataKeyWithoutPlaintextRequest";
var _GI = "GrantId";
var _GLE = "GrantListEntry";
var _GMR = "GenerateMacRequest";
var _GP = "GranteePrincipal";
var _GPKR = "GetPublicKeyRequest";
var _GPKRe = "GetPublicKeyResponse";
var _GSP = "GranteeServicePrincipal";
var _GT = "GrantTokens";
var _I = "Id";
var _IA = "IssuingAccount";
var _IAE = "InvalidArnException";
var _IANE = "InvalidAliasNameException";
var _ICE = "InvalidCiphertextException";
var _IGIE = "InvalidGrantIdException";
var _IGTE = "InvalidGrantTokenException";
var _IITE = "InvalidImportTokenException";
var _IKE = "IncorrectKeyException";
var _IKME = "IncorrectKeyMaterialException";
var _IKUE = "InvalidKeyUsageException";
var _IME = "InvalidMarkerException";
var _ITAE = "IncorrectTrustAnchorException";
var _K = "Keys";
var _KA = "KeyArn";
var _KAA = "KeyAgreementAlgorithm";
var _KAAe = "KeyAgreementAlgorithms";
var _KEA = "KeyEncryptionAlgorithm";
var _KI = "KeyId";
var _KL = "KeyList";
var _KLE = "KeyListEntry";
var _KM = "KeyMetadata";
var _KMSIE = "KMSInternalException";
var _KMSIME = "KMSInvalidMacException";
var _KMSISE = "KMSInvalidSignatureException";
var _KMSISEn = "KMSInvalidStateException";
var _KMe = "KeyManager";
var _KPS = "KeyPairSpec";
var _KS = "KeySpec";
var _KSe = "KeyState";
var _KU = "KeyUsage";
var _KUE = "KeyUnavailableException";
var _L = "Limit";
var _LEE = "LimitExceededException";
var _LK = "ListKeys";
var _LKPRi = "ListKeyPoliciesResponse";
var _LKR = "ListKeysRequest";
var _LKRi = "ListKeysResponse";
var _M = "Marker";
var _MA = "MacAlgorithm";
var _MAa = "MacAlgorithms";
var _MPDE = "MalformedPolicyDocumentException";
var _MR = "MultiRegion";
var _MRC = "MultiRegionConfiguration";
var _MRK = "MultiRegionKey";
var _MRKL = "MultiRegionKeyList";
var _MRKT = "MultiRegionKeyType";
var _MT = "MessageType";
var _Ma = "Mac";
var _Me = "Message";
var _N = "Name";
var _NFE = "NotFoundException";
var _NM = "NextMarker";
var _NOB = "NumberOfBytes";
var _O = "Operations";
var _Or = "Origin";
var _PDWID = "PendingDeletionWindowInDays";
var _PK = "PublicKey";
var _PKr = "PrimaryKey";
var _PNo = "PolicyNames";
var _PT = "PlaintextType";
var _Pl = "Plaintext";
var _R = "Recipient";
var _RER = "ReEncryptRequest";
var _RI = "RecipientInfo";
var _RK = "ReplicaKeys";
var _RP = "RetiringPrincipal";
var _RSP = "RetiringServicePrincipal";
var _Re = "Region";
var _S = "Signature";
var _SA = "SigningAlgorithms";
var _SAi = "SigningAlgorithm";
var _SAo = "SourceArn";
var _SEA = "SourceEncryptionAlgorithm";
var _SEC = "SourceEncryptionContext";
var _SKI = "SourceKeyId";
var _SR = "SignRequest";
var _SSCB = "SharedSecretCiphertextBlob";
var _TE = "TagException";
var _TKa = "TagKeys";
var _Tr = "Truncated";
var _UOE = "UnsupportedOperationException";
var _URR = "UntagResourceRequest";
var _VMR = "VerifyMacRequest";
var _VR = "VerifyRequest";
var _VT = "ValidTo";
var _XKAIUE = "XksKeyAlreadyInUseException";
var _XKC = "XksKeyConfiguration";
var _XKCT = "XksKeyConfigurationType";
var _XKICE = "XksKeyInvalidConfigurationException";
var _XKNFE = "XksKeyNotFoundException";
var _XPIACE = "XksProxyIncorrectAuthenticationCredentialException";
var _XPICE = "XksProxyInvalidConfigurationException";
var _XPIRE = "XksProxyInvalidResponseException";
var _XPUEIUE = "XksProxyUriEndpointInUseException";
var _XPUIUE = "XksProxyUriInUseException";
var _XPUUE = "XksProxyUriUnreachableException";
var _XPVESICE = "XksProxyVpcEndpointServiceInvalidConfigurationException";
var _XPVESIUE = "XksProxyVpcEndpointServiceInUseException";
var _XPVESNFE = "XksProxyVpcEndpointServiceNotFoundException";
var _c = "client";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.kms";
var _se = "server";
var n0 = "com.amazonaws.kms";
var _s_registry = new TypeRegistry(_s);
var KMSServiceException$ = [-3, _s, "KMSServiceException", 0, [], []];
_s_registry.registerError(KMSServiceException$, KMSServiceException);
var n0_registry = new TypeRegistry(n0);
var AlreadyExistsException$ = [
  -3,
  n0,
  _AEE,
  { "awsQueryError": [`AlreadyExists`, 409], "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
var CloudHsmClusterInUseException$ = [
  -3,
  n0,
  _CHCIUE,
  { "awsQueryError": [`CloudHsmClusterInUseException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CloudHsmClusterInUseException$, CloudHsmClusterInUseException);
var CloudHsmClusterInvalidConfigurationException$ = [
  -3,
  n0,
  _CHCICE,
  { "awsQueryError": [`CloudHsmClusterInvalidConfigurationException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CloudHsmClusterInvalidConfigurationException$, CloudHsmClusterInvalidConfigurationException);
var CloudHsmClusterNotActiveException$ = [
  -3,
  n0,
  _CHCNAE,
  { "awsQueryError": [`CloudHsmClusterNotActiveException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CloudHsmClusterNotActiveException$, CloudHsmClusterNotActiveException);
var CloudHsmClusterNotFoundException$ = [
  -3,
  n0,
  _CHCNFE,
  { "awsQueryError": [`CloudHsmClusterNotFoundException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CloudHsmClusterNotFoundException$, CloudHsmClusterNotFoundException);
var CloudHsmClusterNotRelatedException$ = [
  -3,
  n0,
  _CHCNRE,
  { "awsQueryError": [`CloudHsmClusterNotRelatedException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CloudHsmClusterNotRelatedException$, CloudHsmClusterNotRelatedException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { "awsQueryError": [`ConflictException`, 409], "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var CustomKeyStoreHasCMKsException$ = [
  -3,
  n0,
  _CKSHCMKE,
  { "awsQueryError": [`CustomKeyStoreHasCMKsException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CustomKeyStoreHasCMKsException$, CustomKeyStoreHasCMKsException);
var CustomKeyStoreInvalidStateException$ = [
  -3,
  n0,
  _CKSISE,
  { "awsQueryError": [`CustomKeyStoreInvalidStateException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CustomKeyStoreInvalidStateException$, CustomKeyStoreInvalidStateException);
var CustomKeyStoreNameInUseException$ = [
  -3,
  n0,
  _CKSNIUE,
  { "awsQueryError": [`CustomKeyStoreNameInUseException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CustomKeyStoreNameInUseException$, CustomKeyStoreNameInUseException);
var CustomKeyStoreNotFoundException$ = [
  -3,
  n0,
  _CKSNFE,
  { "awsQueryError": [`CustomKeyStoreNotFoundException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CustomKeyStoreNotFoundException$, CustomKeyStoreNotFoundException);
var DependencyTimeoutException$ = [
  -3,
  n0,
  _DTE,
  { "awsQueryError": [`DependencyTimeout`, 503], "error": _se, "httpError": 503 },
  [_m],
  [0]
];
n0_registry.registerError(DependencyTimeoutException$, DependencyTimeoutException);
var DisabledException$ = [
  -3,
  n0,
  _DE,
  { "awsQueryError": [`Disabled`, 409], "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(DisabledException$, DisabledException);
var DryRunOperationException$ = [
  -3,
  n0,
  _DROE,
  { "awsQueryError": [`DryRunOperation`, 412], "error": _c, "httpError": 412 },
  [_m],
  [0]
];
n0_registry.registerError(DryRunOperationException$, DryRunOperationException);
var ExpiredImportTokenException$ = [
  -3,
  n0,
  _EITE,
  { "awsQueryError": [`ExpiredImportTokenException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(ExpiredImportTokenException$, ExpiredImportTokenException);
var IncorrectKeyException$ = [
  -3,
  n0,
  _IKE,
  { "awsQueryError": [`IncorrectKeyException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(IncorrectKeyException$, IncorrectKeyException);
var IncorrectKeyMaterialException$ = [
  -3,
  n0,
  _IKME,
  { "awsQueryError": [`IncorrectKeyMaterialException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(IncorrectKeyMaterialException$, IncorrectKeyMaterialException);
var IncorrectTrustAnchorException$ = [
  -3,
  n0,
  _ITAE,
  { "awsQueryError": [`IncorrectTrustAnchorException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(IncorrectTrustAnchorException$, IncorrectTrustAnchorException);
var InvalidAliasNameException$ = [
  -3,
  n0,
  _IANE,
  { "awsQueryError": [`InvalidAliasName`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAliasNameException$, InvalidAliasNameException);
var InvalidArnException$ = [
  -3,
  n0,
  _IAE,
  { "awsQueryError": [`InvalidArn`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidArnException$, InvalidArnException);
var InvalidCiphertextException$ = [
  -3,
  n0,
  _ICE,
  { "awsQueryError": [`InvalidCiphertext`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCiphertextException$, InvalidCiphertextException);
var InvalidGrantIdException$ = [
  -3,
  n0,
  _IGIE,
  { "awsQueryError": [`InvalidGrantId`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidGrantIdException$, InvalidGrantIdException);
var InvalidGrantTokenException$ = [
  -3,
  n0,
  _IGTE,
  { "awsQueryError": [`InvalidGrantToken`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidGrantTokenException$, InvalidGrantTokenException);
var InvalidImportTokenException$ = [
  -3,
  n0,
  _IITE,
  { "awsQueryError": [`InvalidImportTokenException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidImportTokenException$, InvalidImportTokenException);
var InvalidKeyUsageException$ = [
  -3,
  n0,
  _IKUE,
  { "awsQueryError": [`InvalidKeyUsage`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKeyUsageException$, InvalidKeyUsageException);
var InvalidMarkerException$ = [
  -3,
  n0,
  _IME,
  { "awsQueryError": [`InvalidMarker`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidMarkerException$, InvalidMarkerException);
var KeyUnavailableException$ = [
  -3,
  n0,
  _KUE,
  { "awsQueryError": [`KeyUnavailable`, 500], "error": _se, "httpError": 500 },
  [_m],
  [0]
];
n0_registry.registerError(KeyUnavailableException$, KeyUnavailableException);
var KMSInternalException$ = [
  -3,
  n0,
  _KMSIE,
  { "awsQueryError": [`KMSInternal`, 500], "error": _se, "httpError": 500 },
  [_m],
  [0]
];
n0_registry.registerError(KMSInternalException$, KMSInternalException);
var KMSInvalidMacException$ = [
  -3,
  n0,
  _KMSIME,
  { "awsQueryError": [`KMSInvalidMac`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSInvalidMacException$, KMSInvalidMacException);
var KMSInvalidSignatureException$ = [
  -3,
  n0,
  _KMSISE,
  { "awsQueryError": [`KMSInvalidSignature`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSInvalidSignatureException$, KMSInvalidSignatureException);
var KMSInvalidStateException$ = [
  -3,
  n0,
  _KMSISEn,
  { "awsQueryError": [`KMSInvalidStateException`, 409], "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { "awsQueryError": [`LimitExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedPolicyDocumentException$ = [
  -3,
  n0,
  _MPDE,
  { "awsQueryError": [`MalformedPolicyDocument`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var NotFoundException$ = [
  -3,
  n0,
  _NFE,
  { "awsQueryError": [`NotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NotFoundException$, NotFoundException);
var TagException$ = [
  -3,
  n0,
  _TE,
  { "awsQueryError": [`TagException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TagException$, TagException);
var UnsupportedOperationException$ = [
  -3,
  n0,
  _UOE,
  { "awsQueryError": [`UnsupportedOperation`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
var XksKeyAlreadyInUseException$ = [
  -3,
  n0,
  _XKAIUE,
  { "awsQueryError": [`XksKeyAlreadyInUse`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksKeyAlreadyInUseException$, XksKeyAlreadyInUseException);
var XksKeyInvalidConfigurationException$ = [
  -3,
  n0,
  _XKICE,
  { "awsQueryError": [`XksKeyInvalidConfiguration`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksKeyInvalidConfigurationException$, XksKeyInvalidConfigurationException);
var XksKeyNotFoundException$ = [
  -3,
  n0,
  _XKNFE,
  { "awsQueryError": [`XksKeyNotFoundException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksKeyNotFoundException$, XksKeyNotFoundException);
var XksProxyIncorrectAuthenticationCredentialException$ = [
  -3,
  n0,
  _XPIACE,
  { "awsQueryError": [`XksProxyIncorrectAuthenticationCredentialException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksProxyIncorrectAuthenticationCredentialException$, XksProxyIncorrectAuthenticationCredentialException);
var XksProxyInvalidConfigurationException$ = [
  -3,
  n0,
  _XPICE,
  { "awsQueryError": [`XksProxyInvalidConfigurationException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksProxyInvalidConfigurationException$, XksProxyInvalidConfigurationException);
var XksProxyInvalidResponseException$ = [
  -3,
  n0,
  _XPIRE,
  { "awsQueryError": [`XksProxyInvalidResponseException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksProxyInvalidResponseException$, XksProxyInvalidResponseException);
var XksProxyUriEndpointInUseException$ = [
  -3,
  n0,
  _XPUEIUE,
  { "awsQueryError": [`XksProxyUriEndpointInUseException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksProxyUriEndpointInUseException$, XksProxyUriEndpointInUseException);
var XksProxyUriInUseException$ = [
  -3,
  n0,
  _XPUIUE,
  { "awsQueryError": [`XksProxyUriInUseException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksProxyUriInUseException$, XksProxyUriInUseException);
var XksProxyUriUnreachableException$ = [
  -3,
  n0,
  _XPUUE,
  { "awsQueryError": [`XksProxyUriUnreachableException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksProxyUriUnreachableException$, XksProxyUriUnreachableException);
var XksProxyVpcEndpointServiceInUseException$ = [
  -3,
  n0,
  _XPVESIUE,
  { "awsQueryError": [`XksProxyVpcEndpointServiceInUseException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksProxyVpcEndpointServiceInUseException$, XksProxyVpcEndpointServiceInUseException);
var XksProxyVpcEndpointServiceInvalidConfigurationException$ = [
  -3,
  n0,
  _XPVESICE,
  { "awsQueryError": [`XksProxyVpcEndpointServiceInvalidConfigurationException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksProxyVpcEndpointServiceInvalidConfigurationException$, XksProxyVpcEndpointServiceInvalidConfigurationException);
var XksProxyVpcEndpointServiceNotFoundException$ = [
  -3,
  n0,
  _XPVESNFE,
  { "awsQueryError": [`XksProxyVpcEndpointServiceNotFoundException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(XksProxyVpcEndpointServiceNotFoundException$, XksProxyVpcEndpointServiceNotFoundException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var PlaintextType = [0, n0, _PT, 8, 21];
var CreateGrantRequest$ = [
  3,
  n0,
  _CGR,
  0,
  [_KI, _O, _GP, _RP, _C, _GT, _N, _DR, _GSP, _RSP],
  [0, 64 | 0, 0, 0, () => GrantConstraints$, 64 | 0, 0, 2, 0, 0],
  2
];
var DecapsulateRequest$ = [
  3,
  n0,
  _DRe,
  0,
  [_KI, _SSCB, _EA, _GT, _DR],
  [0, 21, 0, 64 | 0, 2],
  3
];
var DecryptRequest$ = [
  3,
  n0,
  _DRecr,
  0,
  [_CB, _EC, _GT, _KI, _EAn, _R, _DR, _DRM],
  [21, 128 | 0, 64 | 0, 0, 0, () => RecipientInfo$, 2, 64 | 0]
];
var DeriveSharedSecretRequest$ = [
  3,
  n0,
  _DSSR,
  0,
  [_KI, _KAA, _PK, _GT, _DR, _R],
  [0, 0, 21, 64 | 0, 2, () => RecipientInfo$],
  3
];
var DescribeKeyRequest$ = [
  3,
  n0,
  _DKR,
  0,
  [_KI, _GT],
  [0, 64 | 0],
  1
];
var DescribeKeyResponse$ = [
  3,
  n0,
  _DKRe,
  0,
  [_KM],
  [() => KeyMetadata$]
];
var EncapsulateRequest$ = [
  3,
  n0,
  _ER,
  0,
  [_KI, _EA, _GT, _DR],
  [0, 0, 64 | 0, 2],
  2
];
var EncryptRequest$ = [
  3,
  n0,
  _ERnc,
  0,
  [_KI, _Pl, _EC, _GT, _EAn, _DR],
  [0, [() => PlaintextType, 0], 128 | 0, 64 | 0, 0, 2],
  2
];
var GenerateDataKeyPairRequest$ = [
  3,
  n0,
  _GDKPR,
  0,
  [_KI, _KPS, _EC, _GT, _R, _DR],
  [0, 0, 128 | 0, 64 | 0, () => RecipientInfo$, 2],
  2
];
var GenerateDataKeyPairWithoutPlaintextRequest$ = [
  3,
  n0,
  _GDKPWPR,
  0,
  [_KI, _KPS, _EC, _GT, _DR],
  [0, 0, 128 | 0, 64 | 0, 2],
  2
];
var GenerateDataKeyRequest$ = [
  3,
  n0,
  _GDKR,
  0,
  [_KI, _EC, _NOB, _KS, _GT, _R, _DR],
  [0, 128 | 0, 1, 0, 64 | 0, () => RecipientInfo$, 2],
  1
];
var GenerateDataKeyWithoutPlaintextRequest$ = [
  3,
  n0,
  _GDKWPR,
  0,
  [_KI, _EC, _KS, _NOB, _GT, _DR],
  [0, 128 | 0, 0, 1, 64 | 0, 2],
  1
];
var GenerateMacRequest$ = [
  3,
  n0,
  _GMR,
  0,
  [_Me, _KI, _MA, _GT, _DR],
  [[() => PlaintextType, 0], 0, 0, 64 | 0, 2],
  3
];
var GetPublicKeyRequest$ = [
  3,
  n0,
  _GPKR,
  0,
  [_KI, _GT],
  [0, 64 | 0],
  1
];
var GetPublicKeyResponse$ = [
  3,
  n0,
  _GPKRe,
  0,
  [_KI, _PK, _CMKS, _KS, _KU, _EAnc, _SA, _KAAe, _EAnca],
  [0, 21, 0, 0, 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0]
];
var GrantConstraints$ = [
  3,
  n0,
  _GC,
  0,
  [_ECS, _ECE, _SAo],
  [128 | 0, 128 | 0, 0]
];
var GrantListEntry$ = [
  3,
  n0,
  _GLE,
  0,
  [_KI, _GI, _N, _CD, _GP, _RP, _IA, _O, _C, _GSP, _RSP],
  [0, 0, 0, 4, 0, 0, 0, 64 | 0, () => GrantConstraints$, 0, 0]
];
var KeyListEntry$ = [
  3,
  n0,
  _KLE,
  0,
  [_KI, _KA],
  [0, 0]
];
var KeyMetadata$ = [
  3,
  n0,
  _KM,
  0,
  [_KI, _AWSAI, _A, _CD, _E, _D, _KU, _KSe, _DD, _VT, _Or, _CKSI, _CHCI, _EM, _KMe, _CMKS, _KS, _EAnc, _SA, _KAAe, _EAnca, _MR, _MRC, _PDWID, _MAa, _XKC, _CKMI],
  [0, 0, 0, 4, 2, 0, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 2, () => MultiRegionConfiguration$, 1, 64 | 0, () => XksKeyConfigurationType$, 0],
  1
];
var ListKeyPoliciesResponse$ = [
  3,
  n0,
  _LKPRi,
  0,
  [_PNo, _NM, _Tr],
  [64 | 0, 0, 2]
];
var ListKeysRequest$ = [
  3,
  n0,
  _LKR,
  0,
  [_L, _M],
  [1, 0]
];
var ListKeysResponse$ = [
  3,
  n0,
  _LKRi,
  0,
  [_K, _NM, _Tr],
  [() => KeyList, 0, 2]
];
var MultiRegionConfiguration$ = [
  3,
  n0,
  _MRC,
  0,
  [_MRKT, _PKr, _RK],
  [0, () => MultiRegionKey$, () => MultiRegionKeyList]
];
var MultiRegionKey$ = [
  3,
  n0,
  _MRK,
  0,
  [_A, _Re],
  [0, 0]
];
var RecipientInfo$ = [
  3,
  n0,
  _RI,
  0,
  [_KEA, _AD],
  [0, 21]
];
var ReEncryptRequest$ = [
  3,
  n0,
  _RER,
  0,
  [_DKI, _CB, _SEC, _SKI, _DEC, _SEA, _DEA, _GT, _DR, _DRM],
  [0, 21, 128 | 0, 0, 128 | 0, 0, 0, 64 | 0, 2, 64 | 0],
  1
];
var SignRequest$ = [
  3,
  n0,
  _SR,
  0,
  [_KI, _Me, _SAi, _MT, _GT, _DR],
  [0, [() => PlaintextType, 0], 0, 0, 64 | 0, 2],
  3
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_KI, _TKa],
  [0, 64 | 0],
  2
];
var VerifyMacRequest$ = [
  3,
  n0,
  _VMR,
  0,
  [_Me, _KI, _MA, _Ma, _GT, _DR],
  [[() => PlaintextType, 0], 0, 0, 21, 64 | 0, 2],
  4
];
var VerifyRequest$ = [
  3,
  n0,
  _VR,
  0,
  [_KI, _Me, _S, _SAi, _MT, _GT, _DR],
  [0, [() => PlaintextType, 0], 21, 0, 0, 64 | 0, 2],
  4
];
var XksKeyConfigurationType$ = [
  3,
  n0,
  _XKCT,
  0,
  [_I],
  [0]
];
var DryRunModifierList = 64 | 0;
var EncapsulationAlgorithmSpecList = 64 | 0;
var EncryptionAlgorithmSpecList = 64 | 0;
var GrantOperationList = 64 | 0;
var GrantTokenList = 64 | 0;
var KeyAgreementAlgorithmSpecList = 64 | 0;
var KeyList = [
  1,
  n0,
  _KL,
  0,
  () => KeyListEntry$
];
var MacAlgorithmSpecList = 64 | 0;
var MultiRegionKeyList = [
  1,
  n0,
  _MRKL,
  0,
  () => MultiRegionKey$
];
var PolicyNameList = 64 | 0;
var SigningAlgorithmSpecList = 64 | 0;
var TagKeyList = 64 | 0;
var EncryptionContextType = 128 | 0;
var DescribeKey$ = [
  9,
  n0,
  _DK,
  0,
  () => DescribeKeyRequest$,
  () => DescribeKeyResponse$
];
var ListKeys$ = [
  9,
  n0,
  _LK,
  0,
  () => ListKeysRequest$,
  () => ListKeysResponse$
];

// node_modules/@aws-sdk/client-kms/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2014-11-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultKMSHttpAuthSchemeProvider,
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
      defaultNamespace: "com.amazonaws.kms",
      errorTypeRegistries,
      xmlNamespace: "https://trent.amazonaws.com/doc/2014-11-01/",
      version: "2014-11-01",
      serviceTarget: "TrentService"
    },
    serviceId: config?.serviceId ?? "KMS",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-kms/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-kms/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-kms/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-kms/dist-es/KMSClient.js
var KMSClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultKMSHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-kms/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "TrentService", "KMSClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-kms/dist-es/commands/DescribeKeyCommand.js
var DescribeKeyCommand = class extends command(_ep0, _mw0, "DescribeKey", DescribeKey$) {
};

// node_modules/@aws-sdk/client-kms/dist-es/commands/ListKeysCommand.js
var ListKeysCommand = class extends command(_ep0, _mw0, "ListKeys", ListKeys$) {
};

// node_modules/@aws-sdk/client-kms/dist-es/pagination/ListKeysPaginator.js
var paginateListKeys = createPaginator(KMSClient, ListKeysCommand, "Marker", "NextMarker", "Limit");
export {
  DescribeKeyCommand,
  KMSClient,
  paginateListKeys
};
//# sourceMappingURL=kms-BLYSM357.js.map

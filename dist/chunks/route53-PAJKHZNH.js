import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-GXTROH3I.js";
import "./chunk-PVKFD2IH.js";
import {
  AwsRestXmlProtocol,
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

// node_modules/@aws-sdk/client-route-53/dist-es/auth/httpAuthSchemeProvider.js
var defaultRoute53HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "route53",
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
var defaultRoute53HttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-route-53/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "route53"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-route-53/package.json
var package_default = {
  name: "@aws-sdk/client-route-53",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Route 53 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-route-53",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-route-53"
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
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/middleware-sdk-route53": "^3.972.29",
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

// node_modules/@aws-sdk/client-route-53/dist-es/endpoint/bdd.js
var s = "ref";
var t = "authSchemes";
var u = "name";
var v = "signingRegion";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "stringEquals";
var g = "getAttr";
var h = "sigv4";
var i = { [s]: "Endpoint" };
var j = { "fn": g, "argv": [{ [s]: d }, "name"] };
var k = { [s]: d };
var l = { [t]: [{ [u]: h, [v]: "us-east-1" }] };
var m = { [t]: [{ [u]: h, [v]: "cn-northwest-1" }] };
var n = { [t]: [{ [u]: h, [v]: "us-gov-west-1" }] };
var o = { [t]: [{ [u]: h, [v]: "eusc-de-east-1" }] };
var p = { [t]: [{ [u]: h, [v]: "{PartitionResult#implicitGlobalRegion}" }] };
var q = [{ [s]: "Region" }];
var _data = {
  conditions: [
    [c, [i]],
    [c, q],
    ["aws.partition", q, d],
    [e, [{ [s]: "UseFIPS" }, b]],
    [f, [j, "aws"]],
    [f, [j, "aws-cn"]],
    [f, [j, "aws-us-gov"]],
    [e, [{ [s]: "UseDualStack" }, b]],
    [e, [{ fn: g, argv: [k, "supportsFIPS"] }, b]],
    [f, [j, "aws-iso"]],
    [f, [j, "aws-iso-b"]],
    [f, [j, "aws-iso-e"]],
    [f, [j, "aws-iso-f"]],
    [f, [j, "aws-eusc"]],
    [e, [{ fn: g, argv: [k, "supportsDualStack"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [i, {}],
    ["https://route53.amazonaws.com", l],
    ["https://route53-fips.amazonaws.com", l],
    ["https://route53.global.api.aws", l],
    ["https://route53-fips.global.api.aws", l],
    ["https://route53.amazonaws.com.cn", m],
    ["https://route53.global.api.amazonwebservices.com.cn", m],
    ["https://route53.us-gov.amazonaws.com", n],
    ["https://route53.us-gov.api.aws", n],
    ["https://route53.c2s.ic.gov", { [t]: [{ [u]: h, [v]: "us-iso-east-1" }] }],
    ["https://route53.sc2s.sgov.gov", { [t]: [{ [u]: h, [v]: "us-isob-east-1" }] }],
    ["https://route53.cloud.adc-e.uk", { [t]: [{ [u]: h, [v]: "eu-isoe-west-1" }] }],
    ["https://route53.csp.hci.ic.gov", { [t]: [{ [u]: h, [v]: "us-isof-south-1" }] }],
    ["https://route53.amazonaws.eu", o],
    ["https://route53.global.api.amazonwebservices.eu", o],
    ["https://route53-fips.{PartitionResult#dualStackDnsSuffix}", p],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://route53-fips.{PartitionResult#dnsSuffix}", p],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://route53.{PartitionResult#dualStackDnsSuffix}", p],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://route53.{PartitionResult#dnsSuffix}", p],
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
  27,
  3,
  1,
  4,
  r + 25,
  2,
  5,
  r + 25,
  3,
  19,
  6,
  4,
  18,
  7,
  5,
  17,
  8,
  6,
  25,
  9,
  7,
  15,
  10,
  9,
  r + 12,
  11,
  10,
  r + 13,
  12,
  11,
  r + 14,
  13,
  12,
  r + 15,
  14,
  13,
  r + 16,
  r + 24,
  13,
  r + 17,
  16,
  14,
  r + 22,
  r + 23,
  7,
  r + 9,
  r + 8,
  7,
  r + 6,
  r + 4,
  4,
  26,
  20,
  6,
  25,
  21,
  7,
  23,
  22,
  8,
  r + 20,
  r + 21,
  8,
  24,
  r + 19,
  14,
  r + 18,
  r + 19,
  7,
  r + 11,
  r + 10,
  7,
  r + 7,
  r + 5,
  3,
  r + 1,
  28,
  7,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-route-53/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-route-53/dist-es/models/Route53ServiceException.js
var Route53ServiceException = class _Route53ServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.route53#Route53ServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _Route53ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-route-53/dist-es/models/errors.js
var ConcurrentModification = class _ConcurrentModification extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#ConcurrentModification";
  name = "ConcurrentModification";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentModification",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModification.prototype);
  }
};
var InvalidInput = class _InvalidInput extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidInput";
  name = "InvalidInput";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInput",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInput.prototype);
  }
};
var InvalidKeySigningKeyStatus = class _InvalidKeySigningKeyStatus extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidKeySigningKeyStatus";
  name = "InvalidKeySigningKeyStatus";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKeySigningKeyStatus",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKeySigningKeyStatus.prototype);
  }
};
var InvalidKMSArn = class _InvalidKMSArn extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidKMSArn";
  name = "InvalidKMSArn";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKMSArn",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKMSArn.prototype);
  }
};
var InvalidSigningStatus = class _InvalidSigningStatus extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidSigningStatus";
  name = "InvalidSigningStatus";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSigningStatus",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSigningStatus.prototype);
  }
};
var NoSuchKeySigningKey = class _NoSuchKeySigningKey extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchKeySigningKey";
  name = "NoSuchKeySigningKey";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchKeySigningKey",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchKeySigningKey.prototype);
  }
};
var ConflictingDomainExists = class _ConflictingDomainExists extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#ConflictingDomainExists";
  name = "ConflictingDomainExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictingDomainExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictingDomainExists.prototype);
  }
};
var InvalidVPCId = class _InvalidVPCId extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidVPCId";
  name = "InvalidVPCId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidVPCId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidVPCId.prototype);
  }
};
var LimitsExceeded = class _LimitsExceeded extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#LimitsExceeded";
  name = "LimitsExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitsExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitsExceeded.prototype);
  }
};
var NoSuchHostedZone = class _NoSuchHostedZone extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchHostedZone";
  name = "NoSuchHostedZone";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchHostedZone",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchHostedZone.prototype);
  }
};
var NotAuthorizedException = class _NotAuthorizedException extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NotAuthorizedException";
  name = "NotAuthorizedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotAuthorizedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotAuthorizedException.prototype);
  }
};
var PriorRequestNotComplete = class _PriorRequestNotComplete extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#PriorRequestNotComplete";
  name = "PriorRequestNotComplete";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PriorRequestNotComplete",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PriorRequestNotComplete.prototype);
  }
};
var PublicZoneVPCAssociation = class _PublicZoneVPCAssociation extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#PublicZoneVPCAssociation";
  name = "PublicZoneVPCAssociation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PublicZoneVPCAssociation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PublicZoneVPCAssociation.prototype);
  }
};
var CidrBlockInUseException = class _CidrBlockInUseException extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#CidrBlockInUseException";
  name = "CidrBlockInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CidrBlockInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CidrBlockInUseException.prototype);
    this.Message = opts.Message;
  }
};
var CidrCollectionVersionMismatchException = class _CidrCollectionVersionMismatchException extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#CidrCollectionVersionMismatchException";
  name = "CidrCollectionVersionMismatchException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CidrCollectionVersionMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CidrCollectionVersionMismatchException.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchCidrCollectionException = class _NoSuchCidrCollectionException extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchCidrCollectionException";
  name = "NoSuchCidrCollectionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchCidrCollectionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchCidrCollectionException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidChangeBatch = class _InvalidChangeBatch extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidChangeBatch";
  name = "InvalidChangeBatch";
  $fault = "client";
  messages;
  constructor(opts) {
    super({
      name: "InvalidChangeBatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidChangeBatch.prototype);
    this.messages = opts.messages;
  }
};
var NoSuchHealthCheck = class _NoSuchHealthCheck extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchHealthCheck";
  name = "NoSuchHealthCheck";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchHealthCheck",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchHealthCheck.prototype);
  }
};
var ThrottlingException = class _ThrottlingException extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#ThrottlingException";
  name = "ThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
  }
};
var CidrCollectionAlreadyExistsException = class _CidrCollectionAlreadyExistsException extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#CidrCollectionAlreadyExistsException";
  name = "CidrCollectionAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CidrCollectionAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CidrCollectionAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var HealthCheckAlreadyExists = class _HealthCheckAlreadyExists extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#HealthCheckAlreadyExists";
  name = "HealthCheckAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HealthCheckAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HealthCheckAlreadyExists.prototype);
  }
};
var TooManyHealthChecks = class _TooManyHealthChecks extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TooManyHealthChecks";
  name = "TooManyHealthChecks";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyHealthChecks",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyHealthChecks.prototype);
  }
};
var DelegationSetNotAvailable = class _DelegationSetNotAvailable extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#DelegationSetNotAvailable";
  name = "DelegationSetNotAvailable";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetNotAvailable",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetNotAvailable.prototype);
  }
};
var DelegationSetNotReusable = class _DelegationSetNotReusable extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#DelegationSetNotReusable";
  name = "DelegationSetNotReusable";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetNotReusable",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetNotReusable.prototype);
  }
};
var HostedZoneAlreadyExists = class _HostedZoneAlreadyExists extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#HostedZoneAlreadyExists";
  name = "HostedZoneAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZoneAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZoneAlreadyExists.prototype);
  }
};
var InvalidDomainName = class _InvalidDomainName extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidDomainName";
  name = "InvalidDomainName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDomainName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDomainName.prototype);
  }
};
var NoSuchDelegationSet = class _NoSuchDelegationSet extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchDelegationSet";
  name = "NoSuchDelegationSet";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchDelegationSet",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchDelegationSet.prototype);
  }
};
var TooManyHostedZones = class _TooManyHostedZones extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TooManyHostedZones";
  name = "TooManyHostedZones";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyHostedZones",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyHostedZones.prototype);
  }
};
var InvalidArgument = class _InvalidArgument extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidArgument";
  name = "InvalidArgument";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidArgument",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidArgument.prototype);
  }
};
var InvalidKeySigningKeyName = class _InvalidKeySigningKeyName extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidKeySigningKeyName";
  name = "InvalidKeySigningKeyName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKeySigningKeyName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKeySigningKeyName.prototype);
  }
};
var KeySigningKeyAlreadyExists = class _KeySigningKeyAlreadyExists extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#KeySigningKeyAlreadyExists";
  name = "KeySigningKeyAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeySigningKeyAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeySigningKeyAlreadyExists.prototype);
  }
};
var TooManyKeySigningKeys = class _TooManyKeySigningKeys extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TooManyKeySigningKeys";
  name = "TooManyKeySigningKeys";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyKeySigningKeys",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyKeySigningKeys.prototype);
  }
};
var InsufficientCloudWatchLogsResourcePolicy = class _InsufficientCloudWatchLogsResourcePolicy extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InsufficientCloudWatchLogsResourcePolicy";
  name = "InsufficientCloudWatchLogsResourcePolicy";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientCloudWatchLogsResourcePolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientCloudWatchLogsResourcePolicy.prototype);
  }
};
var NoSuchCloudWatchLogsLogGroup = class _NoSuchCloudWatchLogsLogGroup extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchCloudWatchLogsLogGroup";
  name = "NoSuchCloudWatchLogsLogGroup";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchCloudWatchLogsLogGroup",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchCloudWatchLogsLogGroup.prototype);
  }
};
var QueryLoggingConfigAlreadyExists = class _QueryLoggingConfigAlreadyExists extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#QueryLoggingConfigAlreadyExists";
  name = "QueryLoggingConfigAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "QueryLoggingConfigAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _QueryLoggingConfigAlreadyExists.prototype);
  }
};
var InvalidResourceRecordSetProtectionBatch = class _InvalidResourceRecordSetProtectionBatch extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidResourceRecordSetProtectionBatch";
  name = "InvalidResourceRecordSetProtectionBatch";
  $fault = "client";
  Message;
  Errors;
  constructor(opts) {
    super({
      name: "InvalidResourceRecordSetProtectionBatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResourceRecordSetProtectionBatch.prototype);
    this.Message = opts.Message;
    this.Errors = opts.Errors;
  }
};
var ProtectionAlreadyExists = class _ProtectionAlreadyExists extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#ProtectionAlreadyExists";
  name = "ProtectionAlreadyExists";
  $fault = "client";
  Message;
  Errors;
  constructor(opts) {
    super({
      name: "ProtectionAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ProtectionAlreadyExists.prototype);
    this.Message = opts.Message;
    this.Errors = opts.Errors;
  }
};
var DelegationSetAlreadyCreated = class _DelegationSetAlreadyCreated extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#DelegationSetAlreadyCreated";
  name = "DelegationSetAlreadyCreated";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetAlreadyCreated",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetAlreadyCreated.prototype);
  }
};
var DelegationSetAlreadyReusable = class _DelegationSetAlreadyReusable extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#DelegationSetAlreadyReusable";
  name = "DelegationSetAlreadyReusable";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetAlreadyReusable",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetAlreadyReusable.prototype);
  }
};
var HostedZoneNotFound = class _HostedZoneNotFound extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#HostedZoneNotFound";
  name = "HostedZoneNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZoneNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZoneNotFound.prototype);
  }
};
var InvalidTrafficPolicyDocument = class _InvalidTrafficPolicyDocument extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidTrafficPolicyDocument";
  name = "InvalidTrafficPolicyDocument";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTrafficPolicyDocument",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTrafficPolicyDocument.prototype);
  }
};
var TooManyTrafficPolicies = class _TooManyTrafficPolicies extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TooManyTrafficPolicies";
  name = "TooManyTrafficPolicies";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTrafficPolicies",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTrafficPolicies.prototype);
  }
};
var TrafficPolicyAlreadyExists = class _TrafficPolicyAlreadyExists extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TrafficPolicyAlreadyExists";
  name = "TrafficPolicyAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TrafficPolicyAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrafficPolicyAlreadyExists.prototype);
  }
};
var NoSuchTrafficPolicy = class _NoSuchTrafficPolicy extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchTrafficPolicy";
  name = "NoSuchTrafficPolicy";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchTrafficPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchTrafficPolicy.prototype);
  }
};
var TooManyTrafficPolicyInstances = class _TooManyTrafficPolicyInstances extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TooManyTrafficPolicyInstances";
  name = "TooManyTrafficPolicyInstances";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTrafficPolicyInstances",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTrafficPolicyInstances.prototype);
  }
};
var TrafficPolicyInstanceAlreadyExists = class _TrafficPolicyInstanceAlreadyExists extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TrafficPolicyInstanceAlreadyExists";
  name = "TrafficPolicyInstanceAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TrafficPolicyInstanceAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrafficPolicyInstanceAlreadyExists.prototype);
  }
};
var TooManyTrafficPolicyVersionsForCurrentPolicy = class _TooManyTrafficPolicyVersionsForCurrentPolicy extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TooManyTrafficPolicyVersionsForCurrentPolicy";
  name = "TooManyTrafficPolicyVersionsForCurrentPolicy";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTrafficPolicyVersionsForCurrentPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTrafficPolicyVersionsForCurrentPolicy.prototype);
  }
};
var TooManyVPCAssociationAuthorizations = class _TooManyVPCAssociationAuthorizations extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TooManyVPCAssociationAuthorizations";
  name = "TooManyVPCAssociationAuthorizations";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyVPCAssociationAuthorizations",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyVPCAssociationAuthorizations.prototype);
  }
};
var KeySigningKeyInParentDSRecord = class _KeySigningKeyInParentDSRecord extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#KeySigningKeyInParentDSRecord";
  name = "KeySigningKeyInParentDSRecord";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeySigningKeyInParentDSRecord",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeySigningKeyInParentDSRecord.prototype);
  }
};
var KeySigningKeyInUse = class _KeySigningKeyInUse extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#KeySigningKeyInUse";
  name = "KeySigningKeyInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeySigningKeyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeySigningKeyInUse.prototype);
  }
};
var CidrCollectionInUseException = class _CidrCollectionInUseException extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#CidrCollectionInUseException";
  name = "CidrCollectionInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CidrCollectionInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CidrCollectionInUseException.prototype);
    this.Message = opts.Message;
  }
};
var HealthCheckInUse = class _HealthCheckInUse extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#HealthCheckInUse";
  name = "HealthCheckInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HealthCheckInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HealthCheckInUse.prototype);
  }
};
var HostedZoneNotEmpty = class _HostedZoneNotEmpty extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#HostedZoneNotEmpty";
  name = "HostedZoneNotEmpty";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZoneNotEmpty",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZoneNotEmpty.prototype);
  }
};
var NoSuchQueryLoggingConfig = class _NoSuchQueryLoggingConfig extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchQueryLoggingConfig";
  name = "NoSuchQueryLoggingConfig";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchQueryLoggingConfig",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchQueryLoggingConfig.prototype);
  }
};
var DelegationSetInUse = class _DelegationSetInUse extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#DelegationSetInUse";
  name = "DelegationSetInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetInUse.prototype);
  }
};
var TrafficPolicyInUse = class _TrafficPolicyInUse extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#TrafficPolicyInUse";
  name = "TrafficPolicyInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TrafficPolicyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrafficPolicyInUse.prototype);
  }
};
var NoSuchTrafficPolicyInstance = class _NoSuchTrafficPolicyInstance extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchTrafficPolicyInstance";
  name = "NoSuchTrafficPolicyInstance";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchTrafficPolicyInstance",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchTrafficPolicyInstance.prototype);
  }
};
var VPCAssociationAuthorizationNotFound = class _VPCAssociationAuthorizationNotFound extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#VPCAssociationAuthorizationNotFound";
  name = "VPCAssociationAuthorizationNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "VPCAssociationAuthorizationNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _VPCAssociationAuthorizationNotFound.prototype);
  }
};
var DNSSECNotFound = class _DNSSECNotFound extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#DNSSECNotFound";
  name = "DNSSECNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DNSSECNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DNSSECNotFound.prototype);
  }
};
var LastVPCAssociation = class _LastVPCAssociation extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#LastVPCAssociation";
  name = "LastVPCAssociation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LastVPCAssociation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LastVPCAssociation.prototype);
  }
};
var VPCAssociationNotFound = class _VPCAssociationNotFound extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#VPCAssociationNotFound";
  name = "VPCAssociationNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "VPCAssociationNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _VPCAssociationNotFound.prototype);
  }
};
var HostedZonePartiallyDelegated = class _HostedZonePartiallyDelegated extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#HostedZonePartiallyDelegated";
  name = "HostedZonePartiallyDelegated";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZonePartiallyDelegated",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZonePartiallyDelegated.prototype);
  }
};
var KeySigningKeyWithActiveStatusNotFound = class _KeySigningKeyWithActiveStatusNotFound extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#KeySigningKeyWithActiveStatusNotFound";
  name = "KeySigningKeyWithActiveStatusNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeySigningKeyWithActiveStatusNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeySigningKeyWithActiveStatusNotFound.prototype);
  }
};
var NoSuchChange = class _NoSuchChange extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchChange";
  name = "NoSuchChange";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchChange",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchChange.prototype);
  }
};
var NoSuchGeoLocation = class _NoSuchGeoLocation extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchGeoLocation";
  name = "NoSuchGeoLocation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchGeoLocation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchGeoLocation.prototype);
  }
};
var IncompatibleVersion = class _IncompatibleVersion extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#IncompatibleVersion";
  name = "IncompatibleVersion";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IncompatibleVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncompatibleVersion.prototype);
  }
};
var HostedZoneNotPrivate = class _HostedZoneNotPrivate extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#HostedZoneNotPrivate";
  name = "HostedZoneNotPrivate";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZoneNotPrivate",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZoneNotPrivate.prototype);
  }
};
var NoSuchCidrLocationException = class _NoSuchCidrLocationException extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#NoSuchCidrLocationException";
  name = "NoSuchCidrLocationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchCidrLocationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchCidrLocationException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidPaginationToken = class _InvalidPaginationToken extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#InvalidPaginationToken";
  name = "InvalidPaginationToken";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPaginationToken",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPaginationToken.prototype);
  }
};
var HealthCheckVersionMismatch = class _HealthCheckVersionMismatch extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#HealthCheckVersionMismatch";
  name = "HealthCheckVersionMismatch";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HealthCheckVersionMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HealthCheckVersionMismatch.prototype);
  }
};
var ConflictingTypes = class _ConflictingTypes extends Route53ServiceException {
  static shapeId = "com.amazonaws.route53#ConflictingTypes";
  name = "ConflictingTypes";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictingTypes",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictingTypes.prototype);
  }
};

// node_modules/@aws-sdk/client-route-53/dist-es/schemas/schemas_0.js
var _AR = "AcceleratedRecovery";
var _ARS = "AcceleratedRecoveryStatus";
var _C = "Comment";
var _CBIUE = "CidrBlockInUseException";
var _CCAEE = "CidrCollectionAlreadyExistsException";
var _CCIUE = "CidrCollectionInUseException";
var _CCVME = "CidrCollectionVersionMismatchException";
var _CDE = "ConflictingDomainExists";
var _CIR = "CheckerIpRanges";
var _CM = "ConcurrentModification";
var _CR = "CallerReference";
var _CT = "ConflictingTypes";
var _Cod = "Code";
var _Con = "Config";
var _DNSSECNF = "DNSSECNotFound";
var _DSAC = "DelegationSetAlreadyCreated";
var _DSAR = "DelegationSetAlreadyReusable";
var _DSI = "DelegationSetId";
var _DSIU = "DelegationSetInUse";
var _DSNA = "DelegationSetNotAvailable";
var _DSNR = "DelegationSetNotReusable";
var _De = "Description";
var _E = "Errors";
var _EM = "ErrorMessages";
var _F = "Features";
var _FR = "FailureReasons";
var _GCIRRe = "GetCheckerIpRangesResponse";
var _HCAE = "HealthCheckAlreadyExists";
var _HCIU = "HealthCheckInUse";
var _HCVM = "HealthCheckVersionMismatch";
var _HZ = "HostedZone";
var _HZAE = "HostedZoneAlreadyExists";
var _HZC = "HostedZoneConfig";
var _HZF = "HostedZoneFeatures";
var _HZFR = "HostedZoneFailureReasons";
var _HZNE = "HostedZoneNotEmpty";
var _HZNF = "HostedZoneNotFound";
var _HZNP = "HostedZoneNotPrivate";
var _HZPD = "HostedZonePartiallyDelegated";
var _HZT = "HostedZoneType";
var _HZo = "HostedZones";
var _I = "Id";
var _IA = "InvalidArgument";
var _ICB = "InvalidChangeBatch";
var _ICWLRP = "InsufficientCloudWatchLogsResourcePolicy";
var _IDN = "InvalidDomainName";
var _II = "InvalidInput";
var _IKMSA = "InvalidKMSArn";
var _IKSKN = "InvalidKeySigningKeyName";
var _IKSKS = "InvalidKeySigningKeyStatus";
var _IPT = "InvalidPaginationToken";
var _IRRSPB = "InvalidResourceRecordSetProtectionBatch";
var _ISS = "InvalidSigningStatus";
var _IT = "IsTruncated";
var _ITPD = "InvalidTrafficPolicyDocument";
var _IV = "IncompatibleVersion";
var _IVPCI = "InvalidVPCId";
var _KSKAE = "KeySigningKeyAlreadyExists";
var _KSKIPDSR = "KeySigningKeyInParentDSRecord";
var _KSKIU = "KeySigningKeyInUse";
var _KSKWASNF = "KeySigningKeyWithActiveStatusNotFound";
var _LE = "LimitsExceeded";
var _LHZ = "ListHostedZones";
var _LHZR = "ListHostedZonesRequest";
var _LHZRi = "ListHostedZonesResponse";
var _LS = "LinkedService";
var _LVPCA = "LastVPCAssociation";
var _M = "Message";
var _MI = "MaxItems";
var _Ma = "Marker";
var _N = "Name";
var _NAE = "NotAuthorizedException";
var _NM = "NextMarker";
var _NSC = "NoSuchChange";
var _NSCCE = "NoSuchCidrCollectionException";
var _NSCLE = "NoSuchCidrLocationException";
var _NSCWLLG = "NoSuchCloudWatchLogsLogGroup";
var _NSDS = "NoSuchDelegationSet";
var _NSGL = "NoSuchGeoLocation";
var _NSHC = "NoSuchHealthCheck";
var _NSHZ = "NoSuchHostedZone";
var _NSKSK = "NoSuchKeySigningKey";
var _NSQLC = "NoSuchQueryLoggingConfig";
var _NSTP = "NoSuchTrafficPolicy";
var _NSTPI = "NoSuchTrafficPolicyInstance";
var _PAE = "ProtectionAlreadyExists";
var _PE = "ProtectionError";
var _PEr = "ProtectionErrors";
var _PRNC = "PriorRequestNotComplete";
var _PZ = "PrivateZone";
var _PZVPCA = "PublicZoneVPCAssociation";
var _QLCAE = "QueryLoggingConfigAlreadyExists";
var _RN = "RecordName";
var _RRSC = "ResourceRecordSetCount";
var _RTe = "RecordType";
var _SP = "ServicePrincipal";
var _TE = "ThrottlingException";
var _TMHC = "TooManyHealthChecks";
var _TMHZ = "TooManyHostedZones";
var _TMKSK = "TooManyKeySigningKeys";
var _TMTP = "TooManyTrafficPolicies";
var _TMTPI = "TooManyTrafficPolicyInstances";
var _TMTPVFCP = "TooManyTrafficPolicyVersionsForCurrentPolicy";
var _TMVPCAA = "TooManyVPCAssociationAuthorizations";
var _TPAE = "TrafficPolicyAlreadyExists";
var _TPIAE = "TrafficPolicyInstanceAlreadyExists";
var _TPIU = "TrafficPolicyInUse";
var _VPCAANF = "VPCAssociationAuthorizationNotFound";
var _VPCANF = "VPCAssociationNotFound";
var _c = "client";
var _de = "delegationsetid";
var _ho = "hostedzonetype";
var _m = "message";
var _mar = "marker";
var _max = "maxitems";
var _me = "messages";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.route53";
var n0 = "com.amazonaws.route53";
var _s_registry = new TypeRegistry(_s);
var Route53ServiceException$ = [-3, _s, "Route53ServiceException", 0, [], []];
_s_registry.registerError(Route53ServiceException$, Route53ServiceException);
var n0_registry = new TypeRegistry(n0);
var CidrBlockInUseException$ = [
  -3,
  n0,
  _CBIUE,
  { "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CidrBlockInUseException$, CidrBlockInUseException);
var CidrCollectionAlreadyExistsException$ = [
  -3,
  n0,
  _CCAEE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(CidrCollectionAlreadyExistsException$, CidrCollectionAlreadyExistsException);
var CidrCollectionInUseException$ = [
  -3,
  n0,
  _CCIUE,
  { "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CidrCollectionInUseException$, CidrCollectionInUseException);
var CidrCollectionVersionMismatchException$ = [
  -3,
  n0,
  _CCVME,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(CidrCollectionVersionMismatchException$, CidrCollectionVersionMismatchException);
var ConcurrentModification$ = [
  -3,
  n0,
  _CM,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(ConcurrentModification$, ConcurrentModification);
var ConflictingDomainExists$ = [
  -3,
  n0,
  _CDE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ConflictingDomainExists$, ConflictingDomainExists);
var ConflictingTypes$ = [
  -3,
  n0,
  _CT,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(ConflictingTypes$, ConflictingTypes);
var DelegationSetAlreadyCreated$ = [
  -3,
  n0,
  _DSAC,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetAlreadyCreated$, DelegationSetAlreadyCreated);
var DelegationSetAlreadyReusable$ = [
  -3,
  n0,
  _DSAR,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetAlreadyReusable$, DelegationSetAlreadyReusable);
var DelegationSetInUse$ = [
  -3,
  n0,
  _DSIU,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetInUse$, DelegationSetInUse);
var DelegationSetNotAvailable$ = [
  -3,
  n0,
  _DSNA,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetNotAvailable$, DelegationSetNotAvailable);
var DelegationSetNotReusable$ = [
  -3,
  n0,
  _DSNR,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetNotReusable$, DelegationSetNotReusable);
var DNSSECNotFound$ = [
  -3,
  n0,
  _DNSSECNF,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DNSSECNotFound$, DNSSECNotFound);
var HealthCheckAlreadyExists$ = [
  -3,
  n0,
  _HCAE,
  { "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(HealthCheckAlreadyExists$, HealthCheckAlreadyExists);
var HealthCheckInUse$ = [
  -3,
  n0,
  _HCIU,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(HealthCheckInUse$, HealthCheckInUse);
var HealthCheckVersionMismatch$ = [
  -3,
  n0,
  _HCVM,
  { "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(HealthCheckVersionMismatch$, HealthCheckVersionMismatch);
var HostedZoneAlreadyExists$ = [
  -3,
  n0,
  _HZAE,
  { "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(HostedZoneAlreadyExists$, HostedZoneAlreadyExists);
var HostedZoneNotEmpty$ = [
  -3,
  n0,
  _HZNE,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(HostedZoneNotEmpty$, HostedZoneNotEmpty);
var HostedZoneNotFound$ = [
  -3,
  n0,
  _HZNF,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(HostedZoneNotFound$, HostedZoneNotFound);
var HostedZoneNotPrivate$ = [
  -3,
  n0,
  _HZNP,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(HostedZoneNotPrivate$, HostedZoneNotPrivate);
var HostedZonePartiallyDelegated$ = [
  -3,
  n0,
  _HZPD,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(HostedZonePartiallyDelegated$, HostedZonePartiallyDelegated);
var IncompatibleVersion$ = [
  -3,
  n0,
  _IV,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(IncompatibleVersion$, IncompatibleVersion);
var InsufficientCloudWatchLogsResourcePolicy$ = [
  -3,
  n0,
  _ICWLRP,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientCloudWatchLogsResourcePolicy$, InsufficientCloudWatchLogsResourcePolicy);
var InvalidArgument$ = [
  -3,
  n0,
  _IA,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidArgument$, InvalidArgument);
var InvalidChangeBatch$ = [
  -3,
  n0,
  _ICB,
  { "error": _c },
  [_me, _m],
  [[() => ErrorMessages, 0], 0]
];
n0_registry.registerError(InvalidChangeBatch$, InvalidChangeBatch);
var InvalidDomainName$ = [
  -3,
  n0,
  _IDN,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDomainName$, InvalidDomainName);
var InvalidInput$ = [
  -3,
  n0,
  _II,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInput$, InvalidInput);
var InvalidKeySigningKeyName$ = [
  -3,
  n0,
  _IKSKN,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKeySigningKeyName$, InvalidKeySigningKeyName);
var InvalidKeySigningKeyStatus$ = [
  -3,
  n0,
  _IKSKS,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKeySigningKeyStatus$, InvalidKeySigningKeyStatus);
var InvalidKMSArn$ = [
  -3,
  n0,
  _IKMSA,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKMSArn$, InvalidKMSArn);
var InvalidPaginationToken$ = [
  -3,
  n0,
  _IPT,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidPaginationToken$, InvalidPaginationToken);
var InvalidResourceRecordSetProtectionBatch$ = [
  -3,
  n0,
  _IRRSPB,
  { "awsQueryError": [`InvalidResourceRecordSetProtectionBatch`, 400], "error": _c, "httpError": 400 },
  [_E, _M],
  [[() => ProtectionErrors, 0], 0],
  1
];
n0_registry.registerError(InvalidResourceRecordSetProtectionBatch$, InvalidResourceRecordSetProtectionBatch);
var InvalidSigningStatus$ = [
  -3,
  n0,
  _ISS,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSigningStatus$, InvalidSigningStatus);
var InvalidTrafficPolicyDocument$ = [
  -3,
  n0,
  _ITPD,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTrafficPolicyDocument$, InvalidTrafficPolicyDocument);
var InvalidVPCId$ = [
  -3,
  n0,
  _IVPCI,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidVPCId$, InvalidVPCId);
var KeySigningKeyAlreadyExists$ = [
  -3,
  n0,
  _KSKAE,
  { "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(KeySigningKeyAlreadyExists$, KeySigningKeyAlreadyExists);
var KeySigningKeyInParentDSRecord$ = [
  -3,
  n0,
  _KSKIPDSR,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KeySigningKeyInParentDSRecord$, KeySigningKeyInParentDSRecord);
var KeySigningKeyInUse$ = [
  -3,
  n0,
  _KSKIU,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(KeySigningKeyInUse$, KeySigningKeyInUse);
var KeySigningKeyWithActiveStatusNotFound$ = [
  -3,
  n0,
  _KSKWASNF,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(KeySigningKeyWithActiveStatusNotFound$, KeySigningKeyWithActiveStatusNotFound);
var LastVPCAssociation$ = [
  -3,
  n0,
  _LVPCA,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(LastVPCAssociation$, LastVPCAssociation);
var LimitsExceeded$ = [
  -3,
  n0,
  _LE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(LimitsExceeded$, LimitsExceeded);
var NoSuchChange$ = [
  -3,
  n0,
  _NSC,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchChange$, NoSuchChange);
var NoSuchCidrCollectionException$ = [
  -3,
  n0,
  _NSCCE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchCidrCollectionException$, NoSuchCidrCollectionException);
var NoSuchCidrLocationException$ = [
  -3,
  n0,
  _NSCLE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchCidrLocationException$, NoSuchCidrLocationException);
var NoSuchCloudWatchLogsLogGroup$ = [
  -3,
  n0,
  _NSCWLLG,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchCloudWatchLogsLogGroup$, NoSuchCloudWatchLogsLogGroup);
var NoSuchDelegationSet$ = [
  -3,
  n0,
  _NSDS,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchDelegationSet$, NoSuchDelegationSet);
var NoSuchGeoLocation$ = [
  -3,
  n0,
  _NSGL,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchGeoLocation$, NoSuchGeoLocation);
var NoSuchHealthCheck$ = [
  -3,
  n0,
  _NSHC,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchHealthCheck$, NoSuchHealthCheck);
var NoSuchHostedZone$ = [
  -3,
  n0,
  _NSHZ,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchHostedZone$, NoSuchHostedZone);
var NoSuchKeySigningKey$ = [
  -3,
  n0,
  _NSKSK,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchKeySigningKey$, NoSuchKeySigningKey);
var NoSuchQueryLoggingConfig$ = [
  -3,
  n0,
  _NSQLC,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchQueryLoggingConfig$, NoSuchQueryLoggingConfig);
var NoSuchTrafficPolicy$ = [
  -3,
  n0,
  _NSTP,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchTrafficPolicy$, NoSuchTrafficPolicy);
var NoSuchTrafficPolicyInstance$ = [
  -3,
  n0,
  _NSTPI,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchTrafficPolicyInstance$, NoSuchTrafficPolicyInstance);
var NotAuthorizedException$ = [
  -3,
  n0,
  _NAE,
  { "error": _c, "httpError": 401 },
  [_m],
  [0]
];
n0_registry.registerError(NotAuthorizedException$, NotAuthorizedException);
var PriorRequestNotComplete$ = [
  -3,
  n0,
  _PRNC,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(PriorRequestNotComplete$, PriorRequestNotComplete);
var ProtectionAlreadyExists$ = [
  -3,
  n0,
  _PAE,
  { "awsQueryError": [`ProtectionAlreadyExists`, 409], "error": _c, "httpError": 409 },
  [_E, _M],
  [[() => ProtectionErrors, 0], 0],
  1
];
n0_registry.registerError(ProtectionAlreadyExists$, ProtectionAlreadyExists);
var PublicZoneVPCAssociation$ = [
  -3,
  n0,
  _PZVPCA,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(PublicZoneVPCAssociation$, PublicZoneVPCAssociation);
var QueryLoggingConfigAlreadyExists$ = [
  -3,
  n0,
  _QLCAE,
  { "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(QueryLoggingConfigAlreadyExists$, QueryLoggingConfigAlreadyExists);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TooManyHealthChecks$ = [
  -3,
  n0,
  _TMHC,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(TooManyHealthChecks$, TooManyHealthChecks);
var TooManyHostedZones$ = [
  -3,
  n0,
  _TMHZ,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyHostedZones$, TooManyHostedZones);
var TooManyKeySigningKeys$ = [
  -3,
  n0,
  _TMKSK,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(TooManyKeySigningKeys$, TooManyKeySigningKeys);
var TooManyTrafficPolicies$ = [
  -3,
  n0,
  _TMTP,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyTrafficPolicies$, TooManyTrafficPolicies);
var TooManyTrafficPolicyInstances$ = [
  -3,
  n0,
  _TMTPI,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyTrafficPolicyInstances$, TooManyTrafficPolicyInstances);
var TooManyTrafficPolicyVersionsForCurrentPolicy$ = [
  -3,
  n0,
  _TMTPVFCP,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyTrafficPolicyVersionsForCurrentPolicy$, TooManyTrafficPolicyVersionsForCurrentPolicy);
var TooManyVPCAssociationAuthorizations$ = [
  -3,
  n0,
  _TMVPCAA,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyVPCAssociationAuthorizations$, TooManyVPCAssociationAuthorizations);
var TrafficPolicyAlreadyExists$ = [
  -3,
  n0,
  _TPAE,
  { "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(TrafficPolicyAlreadyExists$, TrafficPolicyAlreadyExists);
var TrafficPolicyInstanceAlreadyExists$ = [
  -3,
  n0,
  _TPIAE,
  { "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(TrafficPolicyInstanceAlreadyExists$, TrafficPolicyInstanceAlreadyExists);
var TrafficPolicyInUse$ = [
  -3,
  n0,
  _TPIU,
  { "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TrafficPolicyInUse$, TrafficPolicyInUse);
var VPCAssociationAuthorizationNotFound$ = [
  -3,
  n0,
  _VPCAANF,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(VPCAssociationAuthorizationNotFound$, VPCAssociationAuthorizationNotFound);
var VPCAssociationNotFound$ = [
  -3,
  n0,
  _VPCANF,
  { "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(VPCAssociationNotFound$, VPCAssociationNotFound);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var GetCheckerIpRangesResponse$ = [
  3,
  n0,
  _GCIRRe,
  0,
  [_CIR],
  [64 | 0],
  1
];
var HostedZone$ = [
  3,
  n0,
  _HZ,
  0,
  [_I, _N, _CR, _Con, _RRSC, _LS, _F],
  [0, 0, 0, () => HostedZoneConfig$, 1, () => LinkedService$, () => HostedZoneFeatures$],
  3
];
var HostedZoneConfig$ = [
  3,
  n0,
  _HZC,
  0,
  [_C, _PZ],
  [0, 2]
];
var HostedZoneFailureReasons$ = [
  3,
  n0,
  _HZFR,
  0,
  [_AR],
  [0]
];
var HostedZoneFeatures$ = [
  3,
  n0,
  _HZF,
  0,
  [_ARS, _FR],
  [0, () => HostedZoneFailureReasons$]
];
var LinkedService$ = [
  3,
  n0,
  _LS,
  0,
  [_SP, _De],
  [0, 0]
];
var ListHostedZonesRequest$ = [
  3,
  n0,
  _LHZR,
  0,
  [_Ma, _MI, _DSI, _HZT],
  [[0, { "httpQuery": _mar }], [1, { "httpQuery": _max }], [0, { "httpQuery": _de }], [0, { "httpQuery": _ho }]]
];
var ListHostedZonesResponse$ = [
  3,
  n0,
  _LHZRi,
  0,
  [_HZo, _Ma, _IT, _MI, _NM],
  [[() => HostedZones, 0], 0, 2, 1, 0],
  4
];
var ProtectionError$ = [
  3,
  n0,
  _PE,
  0,
  [_RN, _RTe, _Cod, _M],
  [0, 0, 0, 0],
  4
];
var CheckerIpRanges = 64 | 0;
var ErrorMessages = [
  1,
  n0,
  _EM,
  0,
  [
    0,
    { "xmlName": _M }
  ]
];
var HostedZones = [
  1,
  n0,
  _HZo,
  0,
  [
    () => HostedZone$,
    { "xmlName": _HZ }
  ]
];
var ProtectionErrors = [
  1,
  n0,
  _PEr,
  0,
  [
    () => ProtectionError$,
    { "xmlName": _PE }
  ]
];
var ListHostedZones$ = [
  9,
  n0,
  _LHZ,
  { "http": ["GET", "/2013-04-01/hostedzone", 200] },
  () => ListHostedZonesRequest$,
  () => ListHostedZonesResponse$
];

// node_modules/@aws-sdk/client-route-53/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2013-04-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRoute53HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestXmlProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.route53",
      errorTypeRegistries,
      xmlNamespace: "https://route53.amazonaws.com/doc/2013-04-01/",
      version: "2013-04-01",
      serviceTarget: "AWSDnsV20130401"
    },
    serviceId: config?.serviceId ?? "Route 53",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-route-53/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-route-53/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-route-53/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-route-53/dist-es/Route53Client.js
var Route53Client = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultRoute53HttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/middleware-sdk-route53/dist-es/constants.js
var IDENTIFIER_PREFIX_PATTERN = /^\/(hostedzone|change|delegationset)\//;

// node_modules/@aws-sdk/middleware-sdk-route53/dist-es/id-normalizer.js
var IDENTIFIER_PARAMETERS = ["DelegationSetId", "HostedZoneId", "Id"];
function idNormalizerMiddleware() {
  return (next) => async (args) => {
    const input = { ...args.input };
    for (const paramName of IDENTIFIER_PARAMETERS) {
      const param = input[paramName];
      if (param) {
        input[paramName] = param.replace(IDENTIFIER_PREFIX_PATTERN, "");
      }
    }
    return next({
      ...args,
      input
    });
  };
}
var idNormalizerMiddlewareOptions = {
  step: "initialize",
  tags: ["ROUTE53_IDS"],
  name: "idNormalizerMiddleware",
  override: true
};
var getIdNormalizerPlugin = (unused) => ({
  applyToStack: (clientStack) => {
    clientStack.add(idNormalizerMiddleware(), idNormalizerMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/client-route-53/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSDnsV20130401", "Route53Client", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o2) => [
  getIdNormalizerPlugin(config)
];

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListHostedZonesCommand.js
var ListHostedZonesCommand = class extends command(_ep0, _mw0, "ListHostedZones", ListHostedZones$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/pagination/ListHostedZonesPaginator.js
var paginateListHostedZones = createPaginator(Route53Client, ListHostedZonesCommand, "Marker", "NextMarker", "MaxItems");
export {
  Route53Client,
  paginateListHostedZones
};
//# sourceMappingURL=route53-PAJKHZNH.js.map

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

// node_modules/@aws-sdk/client-rds/dist-es/auth/httpAuthSchemeProvider.js
var defaultRDSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "rds",
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
var defaultRDSHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-rds/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "rds"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-rds/package.json
var package_default = {
  name: "@aws-sdk/client-rds",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Rds Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-rds",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-rds"
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
    "@aws-sdk/middleware-sdk-rds": "^3.972.72",
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

// node_modules/@aws-sdk/client-rds/dist-es/endpoint/bdd.js
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
    ["https://rds-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://rds.{Region}.amazonaws.com", i],
    ["https://rds-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://rds.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://rds.{Region}.{PartitionResult#dnsSuffix}", i],
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

// node_modules/@aws-sdk/client-rds/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-rds/dist-es/models/RDSServiceException.js
var RDSServiceException = class _RDSServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.rds#RDSServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _RDSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-rds/dist-es/models/errors.js
var DBClusterNotFoundFault = class _DBClusterNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterNotFoundFault";
  name = "DBClusterNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterNotFoundFault.prototype);
  }
};
var DBClusterRoleAlreadyExistsFault = class _DBClusterRoleAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterRoleAlreadyExistsFault";
  name = "DBClusterRoleAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterRoleAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterRoleAlreadyExistsFault.prototype);
  }
};
var DBClusterRoleQuotaExceededFault = class _DBClusterRoleQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterRoleQuotaExceededFault";
  name = "DBClusterRoleQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterRoleQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterRoleQuotaExceededFault.prototype);
  }
};
var InvalidDBClusterStateFault = class _InvalidDBClusterStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBClusterStateFault";
  name = "InvalidDBClusterStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterStateFault.prototype);
  }
};
var DBInstanceNotFoundFault = class _DBInstanceNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBInstanceNotFoundFault";
  name = "DBInstanceNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceNotFoundFault.prototype);
  }
};
var DBInstanceRoleAlreadyExistsFault = class _DBInstanceRoleAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBInstanceRoleAlreadyExistsFault";
  name = "DBInstanceRoleAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceRoleAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceRoleAlreadyExistsFault.prototype);
  }
};
var DBInstanceRoleQuotaExceededFault = class _DBInstanceRoleQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBInstanceRoleQuotaExceededFault";
  name = "DBInstanceRoleQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceRoleQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceRoleQuotaExceededFault.prototype);
  }
};
var InvalidDBInstanceStateFault = class _InvalidDBInstanceStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBInstanceStateFault";
  name = "InvalidDBInstanceStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBInstanceStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBInstanceStateFault.prototype);
  }
};
var SourceNotFoundFault = class _SourceNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SourceNotFoundFault";
  name = "SourceNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SourceNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SourceNotFoundFault.prototype);
  }
};
var SubscriptionNotFoundFault = class _SubscriptionNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SubscriptionNotFoundFault";
  name = "SubscriptionNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubscriptionNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubscriptionNotFoundFault.prototype);
  }
};
var BlueGreenDeploymentNotFoundFault = class _BlueGreenDeploymentNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#BlueGreenDeploymentNotFoundFault";
  name = "BlueGreenDeploymentNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BlueGreenDeploymentNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BlueGreenDeploymentNotFoundFault.prototype);
  }
};
var DBCapacityReservationNotFoundFault = class _DBCapacityReservationNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBCapacityReservationNotFoundFault";
  name = "DBCapacityReservationNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBCapacityReservationNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBCapacityReservationNotFoundFault.prototype);
  }
};
var DBProxyEndpointNotFoundFault = class _DBProxyEndpointNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBProxyEndpointNotFoundFault";
  name = "DBProxyEndpointNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyEndpointNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyEndpointNotFoundFault.prototype);
  }
};
var DBProxyNotFoundFault = class _DBProxyNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBProxyNotFoundFault";
  name = "DBProxyNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyNotFoundFault.prototype);
  }
};
var DBProxyTargetGroupNotFoundFault = class _DBProxyTargetGroupNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBProxyTargetGroupNotFoundFault";
  name = "DBProxyTargetGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyTargetGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyTargetGroupNotFoundFault.prototype);
  }
};
var DBShardGroupNotFoundFault = class _DBShardGroupNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBShardGroupNotFoundFault";
  name = "DBShardGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBShardGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBShardGroupNotFoundFault.prototype);
  }
};
var DBSnapshotNotFoundFault = class _DBSnapshotNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSnapshotNotFoundFault";
  name = "DBSnapshotNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSnapshotNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSnapshotNotFoundFault.prototype);
  }
};
var DBSnapshotTenantDatabaseNotFoundFault = class _DBSnapshotTenantDatabaseNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSnapshotTenantDatabaseNotFoundFault";
  name = "DBSnapshotTenantDatabaseNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSnapshotTenantDatabaseNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSnapshotTenantDatabaseNotFoundFault.prototype);
  }
};
var IntegrationNotFoundFault = class _IntegrationNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#IntegrationNotFoundFault";
  name = "IntegrationNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IntegrationNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IntegrationNotFoundFault.prototype);
  }
};
var InvalidDBClusterEndpointStateFault = class _InvalidDBClusterEndpointStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBClusterEndpointStateFault";
  name = "InvalidDBClusterEndpointStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterEndpointStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterEndpointStateFault.prototype);
  }
};
var TenantDatabaseNotFoundFault = class _TenantDatabaseNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#TenantDatabaseNotFoundFault";
  name = "TenantDatabaseNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TenantDatabaseNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TenantDatabaseNotFoundFault.prototype);
  }
};
var ResourceNotFoundFault = class _ResourceNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#ResourceNotFoundFault";
  name = "ResourceNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundFault.prototype);
  }
};
var AuthorizationAlreadyExistsFault = class _AuthorizationAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#AuthorizationAlreadyExistsFault";
  name = "AuthorizationAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AuthorizationAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AuthorizationAlreadyExistsFault.prototype);
  }
};
var AuthorizationQuotaExceededFault = class _AuthorizationQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#AuthorizationQuotaExceededFault";
  name = "AuthorizationQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AuthorizationQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AuthorizationQuotaExceededFault.prototype);
  }
};
var DBSecurityGroupNotFoundFault = class _DBSecurityGroupNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSecurityGroupNotFoundFault";
  name = "DBSecurityGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSecurityGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSecurityGroupNotFoundFault.prototype);
  }
};
var InvalidDBSecurityGroupStateFault = class _InvalidDBSecurityGroupStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBSecurityGroupStateFault";
  name = "InvalidDBSecurityGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSecurityGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSecurityGroupStateFault.prototype);
  }
};
var InvalidDBCapacityReservationStateFault = class _InvalidDBCapacityReservationStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBCapacityReservationStateFault";
  name = "InvalidDBCapacityReservationStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBCapacityReservationStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBCapacityReservationStateFault.prototype);
  }
};
var ExportTaskNotFoundFault = class _ExportTaskNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#ExportTaskNotFoundFault";
  name = "ExportTaskNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExportTaskNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExportTaskNotFoundFault.prototype);
  }
};
var InvalidExportTaskStateFault = class _InvalidExportTaskStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidExportTaskStateFault";
  name = "InvalidExportTaskStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidExportTaskStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidExportTaskStateFault.prototype);
  }
};
var DBParameterGroupAlreadyExistsFault = class _DBParameterGroupAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBParameterGroupAlreadyExistsFault";
  name = "DBParameterGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBParameterGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBParameterGroupAlreadyExistsFault.prototype);
  }
};
var DBParameterGroupNotFoundFault = class _DBParameterGroupNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBParameterGroupNotFoundFault";
  name = "DBParameterGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBParameterGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBParameterGroupNotFoundFault.prototype);
  }
};
var DBParameterGroupQuotaExceededFault = class _DBParameterGroupQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBParameterGroupQuotaExceededFault";
  name = "DBParameterGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBParameterGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBParameterGroupQuotaExceededFault.prototype);
  }
};
var DBClusterSnapshotAlreadyExistsFault = class _DBClusterSnapshotAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterSnapshotAlreadyExistsFault";
  name = "DBClusterSnapshotAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterSnapshotAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterSnapshotAlreadyExistsFault.prototype);
  }
};
var DBClusterSnapshotNotFoundFault = class _DBClusterSnapshotNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterSnapshotNotFoundFault";
  name = "DBClusterSnapshotNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterSnapshotNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterSnapshotNotFoundFault.prototype);
  }
};
var InvalidDBClusterSnapshotStateFault = class _InvalidDBClusterSnapshotStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBClusterSnapshotStateFault";
  name = "InvalidDBClusterSnapshotStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterSnapshotStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterSnapshotStateFault.prototype);
  }
};
var KMSKeyNotAccessibleFault = class _KMSKeyNotAccessibleFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#KMSKeyNotAccessibleFault";
  name = "KMSKeyNotAccessibleFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSKeyNotAccessibleFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSKeyNotAccessibleFault.prototype);
  }
};
var SnapshotQuotaExceededFault = class _SnapshotQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SnapshotQuotaExceededFault";
  name = "SnapshotQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SnapshotQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapshotQuotaExceededFault.prototype);
  }
};
var CustomAvailabilityZoneNotFoundFault = class _CustomAvailabilityZoneNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#CustomAvailabilityZoneNotFoundFault";
  name = "CustomAvailabilityZoneNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomAvailabilityZoneNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomAvailabilityZoneNotFoundFault.prototype);
  }
};
var DBSnapshotAlreadyExistsFault = class _DBSnapshotAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSnapshotAlreadyExistsFault";
  name = "DBSnapshotAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSnapshotAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSnapshotAlreadyExistsFault.prototype);
  }
};
var InvalidDBSnapshotStateFault = class _InvalidDBSnapshotStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBSnapshotStateFault";
  name = "InvalidDBSnapshotStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSnapshotStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSnapshotStateFault.prototype);
  }
};
var OptionGroupAlreadyExistsFault = class _OptionGroupAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#OptionGroupAlreadyExistsFault";
  name = "OptionGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OptionGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OptionGroupAlreadyExistsFault.prototype);
  }
};
var OptionGroupNotFoundFault = class _OptionGroupNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#OptionGroupNotFoundFault";
  name = "OptionGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OptionGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OptionGroupNotFoundFault.prototype);
  }
};
var OptionGroupQuotaExceededFault = class _OptionGroupQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#OptionGroupQuotaExceededFault";
  name = "OptionGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OptionGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OptionGroupQuotaExceededFault.prototype);
  }
};
var BlueGreenDeploymentAlreadyExistsFault = class _BlueGreenDeploymentAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#BlueGreenDeploymentAlreadyExistsFault";
  name = "BlueGreenDeploymentAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BlueGreenDeploymentAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BlueGreenDeploymentAlreadyExistsFault.prototype);
  }
};
var DBClusterParameterGroupNotFoundFault = class _DBClusterParameterGroupNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterParameterGroupNotFoundFault";
  name = "DBClusterParameterGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterParameterGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterParameterGroupNotFoundFault.prototype);
  }
};
var DBClusterQuotaExceededFault = class _DBClusterQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterQuotaExceededFault";
  name = "DBClusterQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterQuotaExceededFault.prototype);
  }
};
var InstanceQuotaExceededFault = class _InstanceQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InstanceQuotaExceededFault";
  name = "InstanceQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InstanceQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InstanceQuotaExceededFault.prototype);
  }
};
var SourceClusterNotSupportedFault = class _SourceClusterNotSupportedFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SourceClusterNotSupportedFault";
  name = "SourceClusterNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SourceClusterNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SourceClusterNotSupportedFault.prototype);
  }
};
var SourceDatabaseNotSupportedFault = class _SourceDatabaseNotSupportedFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SourceDatabaseNotSupportedFault";
  name = "SourceDatabaseNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SourceDatabaseNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SourceDatabaseNotSupportedFault.prototype);
  }
};
var StorageQuotaExceededFault = class _StorageQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#StorageQuotaExceededFault";
  name = "StorageQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StorageQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StorageQuotaExceededFault.prototype);
  }
};
var CreateCustomDBEngineVersionFault = class _CreateCustomDBEngineVersionFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#CreateCustomDBEngineVersionFault";
  name = "CreateCustomDBEngineVersionFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CreateCustomDBEngineVersionFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CreateCustomDBEngineVersionFault.prototype);
  }
};
var CustomDBEngineVersionAlreadyExistsFault = class _CustomDBEngineVersionAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#CustomDBEngineVersionAlreadyExistsFault";
  name = "CustomDBEngineVersionAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomDBEngineVersionAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomDBEngineVersionAlreadyExistsFault.prototype);
  }
};
var CustomDBEngineVersionNotFoundFault = class _CustomDBEngineVersionNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#CustomDBEngineVersionNotFoundFault";
  name = "CustomDBEngineVersionNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomDBEngineVersionNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomDBEngineVersionNotFoundFault.prototype);
  }
};
var CustomDBEngineVersionQuotaExceededFault = class _CustomDBEngineVersionQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#CustomDBEngineVersionQuotaExceededFault";
  name = "CustomDBEngineVersionQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomDBEngineVersionQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomDBEngineVersionQuotaExceededFault.prototype);
  }
};
var Ec2ImagePropertiesNotSupportedFault = class _Ec2ImagePropertiesNotSupportedFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#Ec2ImagePropertiesNotSupportedFault";
  name = "Ec2ImagePropertiesNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "Ec2ImagePropertiesNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _Ec2ImagePropertiesNotSupportedFault.prototype);
  }
};
var InvalidCustomDBEngineVersionStateFault = class _InvalidCustomDBEngineVersionStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidCustomDBEngineVersionStateFault";
  name = "InvalidCustomDBEngineVersionStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCustomDBEngineVersionStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCustomDBEngineVersionStateFault.prototype);
  }
};
var DBCapacityReservationAlreadyExistsFault = class _DBCapacityReservationAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBCapacityReservationAlreadyExistsFault";
  name = "DBCapacityReservationAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBCapacityReservationAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBCapacityReservationAlreadyExistsFault.prototype);
  }
};
var DBCapacityReservationUnsupportedFault = class _DBCapacityReservationUnsupportedFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBCapacityReservationUnsupportedFault";
  name = "DBCapacityReservationUnsupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBCapacityReservationUnsupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBCapacityReservationUnsupportedFault.prototype);
  }
};
var InsufficientDBInstanceCapacityFault = class _InsufficientDBInstanceCapacityFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InsufficientDBInstanceCapacityFault";
  name = "InsufficientDBInstanceCapacityFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientDBInstanceCapacityFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientDBInstanceCapacityFault.prototype);
  }
};
var DBClusterAlreadyExistsFault = class _DBClusterAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterAlreadyExistsFault";
  name = "DBClusterAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterAlreadyExistsFault.prototype);
  }
};
var DBSubnetGroupDoesNotCoverEnoughAZs = class _DBSubnetGroupDoesNotCoverEnoughAZs extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSubnetGroupDoesNotCoverEnoughAZs";
  name = "DBSubnetGroupDoesNotCoverEnoughAZs";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupDoesNotCoverEnoughAZs",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupDoesNotCoverEnoughAZs.prototype);
  }
};
var DBSubnetGroupNotFoundFault = class _DBSubnetGroupNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSubnetGroupNotFoundFault";
  name = "DBSubnetGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupNotFoundFault.prototype);
  }
};
var DomainNotFoundFault = class _DomainNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DomainNotFoundFault";
  name = "DomainNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DomainNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DomainNotFoundFault.prototype);
  }
};
var GlobalClusterNotFoundFault = class _GlobalClusterNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#GlobalClusterNotFoundFault";
  name = "GlobalClusterNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GlobalClusterNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GlobalClusterNotFoundFault.prototype);
  }
};
var InsufficientStorageClusterCapacityFault = class _InsufficientStorageClusterCapacityFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InsufficientStorageClusterCapacityFault";
  name = "InsufficientStorageClusterCapacityFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientStorageClusterCapacityFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientStorageClusterCapacityFault.prototype);
  }
};
var InvalidDBSubnetGroupFault = class _InvalidDBSubnetGroupFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBSubnetGroupFault";
  name = "InvalidDBSubnetGroupFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSubnetGroupFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSubnetGroupFault.prototype);
  }
};
var InvalidDBSubnetGroupStateFault = class _InvalidDBSubnetGroupStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBSubnetGroupStateFault";
  name = "InvalidDBSubnetGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSubnetGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSubnetGroupStateFault.prototype);
  }
};
var InvalidGlobalClusterStateFault = class _InvalidGlobalClusterStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidGlobalClusterStateFault";
  name = "InvalidGlobalClusterStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidGlobalClusterStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidGlobalClusterStateFault.prototype);
  }
};
var InvalidSubnet = class _InvalidSubnet extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidSubnet";
  name = "InvalidSubnet";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSubnet",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSubnet.prototype);
  }
};
var InvalidVPCNetworkStateFault = class _InvalidVPCNetworkStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidVPCNetworkStateFault";
  name = "InvalidVPCNetworkStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidVPCNetworkStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidVPCNetworkStateFault.prototype);
  }
};
var NetworkTypeNotSupported = class _NetworkTypeNotSupported extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#NetworkTypeNotSupported";
  name = "NetworkTypeNotSupported";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NetworkTypeNotSupported",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NetworkTypeNotSupported.prototype);
  }
};
var StorageTypeNotSupportedFault = class _StorageTypeNotSupportedFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#StorageTypeNotSupportedFault";
  name = "StorageTypeNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StorageTypeNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StorageTypeNotSupportedFault.prototype);
  }
};
var VpcEncryptionControlViolationException = class _VpcEncryptionControlViolationException extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#VpcEncryptionControlViolationException";
  name = "VpcEncryptionControlViolationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "VpcEncryptionControlViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _VpcEncryptionControlViolationException.prototype);
  }
};
var DBClusterEndpointAlreadyExistsFault = class _DBClusterEndpointAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterEndpointAlreadyExistsFault";
  name = "DBClusterEndpointAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterEndpointAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterEndpointAlreadyExistsFault.prototype);
  }
};
var DBClusterEndpointQuotaExceededFault = class _DBClusterEndpointQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterEndpointQuotaExceededFault";
  name = "DBClusterEndpointQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterEndpointQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterEndpointQuotaExceededFault.prototype);
  }
};
var AuthorizationNotFoundFault = class _AuthorizationNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#AuthorizationNotFoundFault";
  name = "AuthorizationNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AuthorizationNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AuthorizationNotFoundFault.prototype);
  }
};
var BackupPolicyNotFoundFault = class _BackupPolicyNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#BackupPolicyNotFoundFault";
  name = "BackupPolicyNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BackupPolicyNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BackupPolicyNotFoundFault.prototype);
  }
};
var CertificateNotFoundFault = class _CertificateNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#CertificateNotFoundFault";
  name = "CertificateNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CertificateNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CertificateNotFoundFault.prototype);
  }
};
var DBInstanceAlreadyExistsFault = class _DBInstanceAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBInstanceAlreadyExistsFault";
  name = "DBInstanceAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceAlreadyExistsFault.prototype);
  }
};
var ProvisionedIopsNotAvailableInAZFault = class _ProvisionedIopsNotAvailableInAZFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#ProvisionedIopsNotAvailableInAZFault";
  name = "ProvisionedIopsNotAvailableInAZFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ProvisionedIopsNotAvailableInAZFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ProvisionedIopsNotAvailableInAZFault.prototype);
  }
};
var TenantDatabaseQuotaExceededFault = class _TenantDatabaseQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#TenantDatabaseQuotaExceededFault";
  name = "TenantDatabaseQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TenantDatabaseQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TenantDatabaseQuotaExceededFault.prototype);
  }
};
var DBSubnetGroupNotAllowedFault = class _DBSubnetGroupNotAllowedFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSubnetGroupNotAllowedFault";
  name = "DBSubnetGroupNotAllowedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupNotAllowedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupNotAllowedFault.prototype);
  }
};
var DBProxyAlreadyExistsFault = class _DBProxyAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBProxyAlreadyExistsFault";
  name = "DBProxyAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyAlreadyExistsFault.prototype);
  }
};
var DBProxyQuotaExceededFault = class _DBProxyQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBProxyQuotaExceededFault";
  name = "DBProxyQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyQuotaExceededFault.prototype);
  }
};
var DBProxyEndpointAlreadyExistsFault = class _DBProxyEndpointAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBProxyEndpointAlreadyExistsFault";
  name = "DBProxyEndpointAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyEndpointAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyEndpointAlreadyExistsFault.prototype);
  }
};
var DBProxyEndpointQuotaExceededFault = class _DBProxyEndpointQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBProxyEndpointQuotaExceededFault";
  name = "DBProxyEndpointQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyEndpointQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyEndpointQuotaExceededFault.prototype);
  }
};
var InvalidDBProxyStateFault = class _InvalidDBProxyStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBProxyStateFault";
  name = "InvalidDBProxyStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBProxyStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBProxyStateFault.prototype);
  }
};
var DBSecurityGroupAlreadyExistsFault = class _DBSecurityGroupAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSecurityGroupAlreadyExistsFault";
  name = "DBSecurityGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSecurityGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSecurityGroupAlreadyExistsFault.prototype);
  }
};
var DBSecurityGroupNotSupportedFault = class _DBSecurityGroupNotSupportedFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSecurityGroupNotSupportedFault";
  name = "DBSecurityGroupNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSecurityGroupNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSecurityGroupNotSupportedFault.prototype);
  }
};
var DBSecurityGroupQuotaExceededFault = class _DBSecurityGroupQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSecurityGroupQuotaExceededFault";
  name = "DBSecurityGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSecurityGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSecurityGroupQuotaExceededFault.prototype);
  }
};
var DBShardGroupAlreadyExistsFault = class _DBShardGroupAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBShardGroupAlreadyExistsFault";
  name = "DBShardGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBShardGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBShardGroupAlreadyExistsFault.prototype);
  }
};
var MaxDBShardGroupLimitReached = class _MaxDBShardGroupLimitReached extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#MaxDBShardGroupLimitReached";
  name = "MaxDBShardGroupLimitReached";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxDBShardGroupLimitReached",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxDBShardGroupLimitReached.prototype);
  }
};
var UnsupportedDBEngineVersionFault = class _UnsupportedDBEngineVersionFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#UnsupportedDBEngineVersionFault";
  name = "UnsupportedDBEngineVersionFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedDBEngineVersionFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedDBEngineVersionFault.prototype);
  }
};
var DBSubnetGroupAlreadyExistsFault = class _DBSubnetGroupAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSubnetGroupAlreadyExistsFault";
  name = "DBSubnetGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupAlreadyExistsFault.prototype);
  }
};
var DBSubnetGroupQuotaExceededFault = class _DBSubnetGroupQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSubnetGroupQuotaExceededFault";
  name = "DBSubnetGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupQuotaExceededFault.prototype);
  }
};
var DBSubnetQuotaExceededFault = class _DBSubnetQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBSubnetQuotaExceededFault";
  name = "DBSubnetQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetQuotaExceededFault.prototype);
  }
};
var EventSubscriptionQuotaExceededFault = class _EventSubscriptionQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#EventSubscriptionQuotaExceededFault";
  name = "EventSubscriptionQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EventSubscriptionQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventSubscriptionQuotaExceededFault.prototype);
  }
};
var SNSInvalidTopicFault = class _SNSInvalidTopicFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SNSInvalidTopicFault";
  name = "SNSInvalidTopicFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SNSInvalidTopicFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SNSInvalidTopicFault.prototype);
  }
};
var SNSNoAuthorizationFault = class _SNSNoAuthorizationFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SNSNoAuthorizationFault";
  name = "SNSNoAuthorizationFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SNSNoAuthorizationFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SNSNoAuthorizationFault.prototype);
  }
};
var SNSTopicArnNotFoundFault = class _SNSTopicArnNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SNSTopicArnNotFoundFault";
  name = "SNSTopicArnNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SNSTopicArnNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SNSTopicArnNotFoundFault.prototype);
  }
};
var SubscriptionAlreadyExistFault = class _SubscriptionAlreadyExistFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SubscriptionAlreadyExistFault";
  name = "SubscriptionAlreadyExistFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubscriptionAlreadyExistFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubscriptionAlreadyExistFault.prototype);
  }
};
var SubscriptionCategoryNotFoundFault = class _SubscriptionCategoryNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SubscriptionCategoryNotFoundFault";
  name = "SubscriptionCategoryNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubscriptionCategoryNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubscriptionCategoryNotFoundFault.prototype);
  }
};
var GlobalClusterAlreadyExistsFault = class _GlobalClusterAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#GlobalClusterAlreadyExistsFault";
  name = "GlobalClusterAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GlobalClusterAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GlobalClusterAlreadyExistsFault.prototype);
  }
};
var GlobalClusterQuotaExceededFault = class _GlobalClusterQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#GlobalClusterQuotaExceededFault";
  name = "GlobalClusterQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GlobalClusterQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GlobalClusterQuotaExceededFault.prototype);
  }
};
var InvalidDBShardGroupStateFault = class _InvalidDBShardGroupStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBShardGroupStateFault";
  name = "InvalidDBShardGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBShardGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBShardGroupStateFault.prototype);
  }
};
var IntegrationAlreadyExistsFault = class _IntegrationAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#IntegrationAlreadyExistsFault";
  name = "IntegrationAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IntegrationAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IntegrationAlreadyExistsFault.prototype);
  }
};
var IntegrationConflictOperationFault = class _IntegrationConflictOperationFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#IntegrationConflictOperationFault";
  name = "IntegrationConflictOperationFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IntegrationConflictOperationFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IntegrationConflictOperationFault.prototype);
  }
};
var IntegrationQuotaExceededFault = class _IntegrationQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#IntegrationQuotaExceededFault";
  name = "IntegrationQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IntegrationQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IntegrationQuotaExceededFault.prototype);
  }
};
var TenantDatabaseAlreadyExistsFault = class _TenantDatabaseAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#TenantDatabaseAlreadyExistsFault";
  name = "TenantDatabaseAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TenantDatabaseAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TenantDatabaseAlreadyExistsFault.prototype);
  }
};
var InvalidBlueGreenDeploymentStateFault = class _InvalidBlueGreenDeploymentStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidBlueGreenDeploymentStateFault";
  name = "InvalidBlueGreenDeploymentStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidBlueGreenDeploymentStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidBlueGreenDeploymentStateFault.prototype);
  }
};
var DBClusterAutomatedBackupQuotaExceededFault = class _DBClusterAutomatedBackupQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterAutomatedBackupQuotaExceededFault";
  name = "DBClusterAutomatedBackupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterAutomatedBackupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterAutomatedBackupQuotaExceededFault.prototype);
  }
};
var DBClusterAutomatedBackupNotFoundFault = class _DBClusterAutomatedBackupNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterAutomatedBackupNotFoundFault";
  name = "DBClusterAutomatedBackupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterAutomatedBackupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterAutomatedBackupNotFoundFault.prototype);
  }
};
var InvalidDBClusterAutomatedBackupStateFault = class _InvalidDBClusterAutomatedBackupStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBClusterAutomatedBackupStateFault";
  name = "InvalidDBClusterAutomatedBackupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterAutomatedBackupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterAutomatedBackupStateFault.prototype);
  }
};
var DBClusterEndpointNotFoundFault = class _DBClusterEndpointNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterEndpointNotFoundFault";
  name = "DBClusterEndpointNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterEndpointNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterEndpointNotFoundFault.prototype);
  }
};
var InvalidDBParameterGroupStateFault = class _InvalidDBParameterGroupStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBParameterGroupStateFault";
  name = "InvalidDBParameterGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBParameterGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBParameterGroupStateFault.prototype);
  }
};
var DBInstanceAutomatedBackupQuotaExceededFault = class _DBInstanceAutomatedBackupQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBInstanceAutomatedBackupQuotaExceededFault";
  name = "DBInstanceAutomatedBackupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceAutomatedBackupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceAutomatedBackupQuotaExceededFault.prototype);
  }
};
var DBInstanceAutomatedBackupNotFoundFault = class _DBInstanceAutomatedBackupNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBInstanceAutomatedBackupNotFoundFault";
  name = "DBInstanceAutomatedBackupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceAutomatedBackupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceAutomatedBackupNotFoundFault.prototype);
  }
};
var InvalidDBInstanceAutomatedBackupStateFault = class _InvalidDBInstanceAutomatedBackupStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBInstanceAutomatedBackupStateFault";
  name = "InvalidDBInstanceAutomatedBackupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBInstanceAutomatedBackupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBInstanceAutomatedBackupStateFault.prototype);
  }
};
var InvalidDBProxyEndpointStateFault = class _InvalidDBProxyEndpointStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBProxyEndpointStateFault";
  name = "InvalidDBProxyEndpointStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBProxyEndpointStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBProxyEndpointStateFault.prototype);
  }
};
var InvalidDBSubnetStateFault = class _InvalidDBSubnetStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBSubnetStateFault";
  name = "InvalidDBSubnetStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSubnetStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSubnetStateFault.prototype);
  }
};
var InvalidEventSubscriptionStateFault = class _InvalidEventSubscriptionStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidEventSubscriptionStateFault";
  name = "InvalidEventSubscriptionStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidEventSubscriptionStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventSubscriptionStateFault.prototype);
  }
};
var InvalidIntegrationStateFault = class _InvalidIntegrationStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidIntegrationStateFault";
  name = "InvalidIntegrationStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidIntegrationStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIntegrationStateFault.prototype);
  }
};
var InvalidOptionGroupStateFault = class _InvalidOptionGroupStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidOptionGroupStateFault";
  name = "InvalidOptionGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOptionGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOptionGroupStateFault.prototype);
  }
};
var DBProxyTargetNotFoundFault = class _DBProxyTargetNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBProxyTargetNotFoundFault";
  name = "DBProxyTargetNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyTargetNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyTargetNotFoundFault.prototype);
  }
};
var DBClusterBacktrackNotFoundFault = class _DBClusterBacktrackNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterBacktrackNotFoundFault";
  name = "DBClusterBacktrackNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterBacktrackNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterBacktrackNotFoundFault.prototype);
  }
};
var DBInstanceNotReadyFault = class _DBInstanceNotReadyFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBInstanceNotReadyFault";
  name = "DBInstanceNotReadyFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceNotReadyFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceNotReadyFault.prototype);
  }
};
var ReservedDBInstanceNotFoundFault = class _ReservedDBInstanceNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#ReservedDBInstanceNotFoundFault";
  name = "ReservedDBInstanceNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedDBInstanceNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedDBInstanceNotFoundFault.prototype);
  }
};
var ReservedDBInstancesOfferingNotFoundFault = class _ReservedDBInstancesOfferingNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#ReservedDBInstancesOfferingNotFoundFault";
  name = "ReservedDBInstancesOfferingNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedDBInstancesOfferingNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedDBInstancesOfferingNotFoundFault.prototype);
  }
};
var InvalidResourceStateFault = class _InvalidResourceStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidResourceStateFault";
  name = "InvalidResourceStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidResourceStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResourceStateFault.prototype);
  }
};
var DBLogFileNotFoundFault = class _DBLogFileNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBLogFileNotFoundFault";
  name = "DBLogFileNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBLogFileNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBLogFileNotFoundFault.prototype);
  }
};
var InvalidDBClusterCapacityFault = class _InvalidDBClusterCapacityFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidDBClusterCapacityFault";
  name = "InvalidDBClusterCapacityFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterCapacityFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterCapacityFault.prototype);
  }
};
var StorageTypeNotAvailableFault = class _StorageTypeNotAvailableFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#StorageTypeNotAvailableFault";
  name = "StorageTypeNotAvailableFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StorageTypeNotAvailableFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StorageTypeNotAvailableFault.prototype);
  }
};
var SharedSnapshotQuotaExceededFault = class _SharedSnapshotQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SharedSnapshotQuotaExceededFault";
  name = "SharedSnapshotQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SharedSnapshotQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SharedSnapshotQuotaExceededFault.prototype);
  }
};
var DBUpgradeDependencyFailureFault = class _DBUpgradeDependencyFailureFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBUpgradeDependencyFailureFault";
  name = "DBUpgradeDependencyFailureFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBUpgradeDependencyFailureFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBUpgradeDependencyFailureFault.prototype);
  }
};
var SubnetAlreadyInUse = class _SubnetAlreadyInUse extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#SubnetAlreadyInUse";
  name = "SubnetAlreadyInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubnetAlreadyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubnetAlreadyInUse.prototype);
  }
};
var ReservedDBInstanceAlreadyExistsFault = class _ReservedDBInstanceAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#ReservedDBInstanceAlreadyExistsFault";
  name = "ReservedDBInstanceAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedDBInstanceAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedDBInstanceAlreadyExistsFault.prototype);
  }
};
var ReservedDBInstanceQuotaExceededFault = class _ReservedDBInstanceQuotaExceededFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#ReservedDBInstanceQuotaExceededFault";
  name = "ReservedDBInstanceQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedDBInstanceQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedDBInstanceQuotaExceededFault.prototype);
  }
};
var DBProxyTargetAlreadyRegisteredFault = class _DBProxyTargetAlreadyRegisteredFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBProxyTargetAlreadyRegisteredFault";
  name = "DBProxyTargetAlreadyRegisteredFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyTargetAlreadyRegisteredFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyTargetAlreadyRegisteredFault.prototype);
  }
};
var InsufficientAvailableIPsInSubnetFault = class _InsufficientAvailableIPsInSubnetFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InsufficientAvailableIPsInSubnetFault";
  name = "InsufficientAvailableIPsInSubnetFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientAvailableIPsInSubnetFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientAvailableIPsInSubnetFault.prototype);
  }
};
var DBClusterRoleNotFoundFault = class _DBClusterRoleNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBClusterRoleNotFoundFault";
  name = "DBClusterRoleNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterRoleNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterRoleNotFoundFault.prototype);
  }
};
var DBInstanceRoleNotFoundFault = class _DBInstanceRoleNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#DBInstanceRoleNotFoundFault";
  name = "DBInstanceRoleNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceRoleNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceRoleNotFoundFault.prototype);
  }
};
var InvalidS3BucketFault = class _InvalidS3BucketFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidS3BucketFault";
  name = "InvalidS3BucketFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidS3BucketFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidS3BucketFault.prototype);
  }
};
var InsufficientDBClusterCapacityFault = class _InsufficientDBClusterCapacityFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InsufficientDBClusterCapacityFault";
  name = "InsufficientDBClusterCapacityFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientDBClusterCapacityFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientDBClusterCapacityFault.prototype);
  }
};
var InvalidRestoreFault = class _InvalidRestoreFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidRestoreFault";
  name = "InvalidRestoreFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRestoreFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRestoreFault.prototype);
  }
};
var PointInTimeRestoreNotEnabledFault = class _PointInTimeRestoreNotEnabledFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#PointInTimeRestoreNotEnabledFault";
  name = "PointInTimeRestoreNotEnabledFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PointInTimeRestoreNotEnabledFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PointInTimeRestoreNotEnabledFault.prototype);
  }
};
var ExportTaskAlreadyExistsFault = class _ExportTaskAlreadyExistsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#ExportTaskAlreadyExistsFault";
  name = "ExportTaskAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExportTaskAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExportTaskAlreadyExistsFault.prototype);
  }
};
var IamRoleMissingPermissionsFault = class _IamRoleMissingPermissionsFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#IamRoleMissingPermissionsFault";
  name = "IamRoleMissingPermissionsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IamRoleMissingPermissionsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IamRoleMissingPermissionsFault.prototype);
  }
};
var IamRoleNotFoundFault = class _IamRoleNotFoundFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#IamRoleNotFoundFault";
  name = "IamRoleNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IamRoleNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IamRoleNotFoundFault.prototype);
  }
};
var InvalidExportOnlyFault = class _InvalidExportOnlyFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidExportOnlyFault";
  name = "InvalidExportOnlyFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidExportOnlyFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidExportOnlyFault.prototype);
  }
};
var InvalidExportSourceStateFault = class _InvalidExportSourceStateFault extends RDSServiceException {
  static shapeId = "com.amazonaws.rds#InvalidExportSourceStateFault";
  name = "InvalidExportSourceStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidExportSourceStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidExportSourceStateFault.prototype);
  }
};

// node_modules/@aws-sdk/client-rds/dist-es/schemas/schemas_0.js
var _A = "Auth";
var _AAEF = "AuthorizationAlreadyExistsFault";
var _AASVO = "AvailableAdditionalStorageVolumesOption";
var _AASVOL = "AvailableAdditionalStorageVolumesOptionList";
var _AASVOv = "AvailableAdditionalStorageVolumesOptions";
var _ABRPA = "AwsBackupRecoveryPointArn";
var _AEC = "AdditionalEncryptionContext";
var _AIc = "ActionId";
var _AIp = "ApplyImmediately";
var _AM = "AutomationMode";
var _AMVU = "AutoMinorVersionUpgrade";
var _AMVUl = "AllowMajorVersionUpgrade";
var _AMp = "ApplyMethod";
var _AMpp = "ApplyModes";
var _ANFF = "AuthorizationNotFoundFault";
var _AP = "AutoPause";
var _APF = "AvailableProcessorFeature";
var _APFL = "AvailableProcessorFeatureList";
var _APFv = "AvailableProcessorFeatures";
var _AQEF = "AuthorizationQuotaExceededFault";
var _AR = "AssociatedRoles";
var _ART = "AutomaticRestartTime";
var _AS = "AllocatedStorage";
var _ASA = "AuthSecretArn";
var _ASENAFI = "ActivityStreamEngineNativeAuditFieldsIncluded";
var _ASKKI = "ActivityStreamKmsKeyId";
var _ASKSN = "ActivityStreamKinesisStreamName";
var _ASM = "ActivityStreamMode";
var _ASPS = "ActivityStreamPolicyStatus";
var _ASS = "ActivityStreamStatus";
var _ASV = "AdditionalStorageVolume";
var _ASVL = "AdditionalStorageVolumesList";
var _ASVO = "AdditionalStorageVolumeOutput";
var _ASVOL = "AdditionalStorageVolumesOutputList";
var _ASVd = "AdditionalStorageVolumes";
var _ASu = "AuthScheme";
var _AT = "ApplyType";
var _AU = "AutoUpgrade";
var _AV = "AllowedValues";
var _AZ = "AvailabilityZone";
var _AZG = "AvailabilityZoneGroup";
var _AZL = "AvailabilityZoneList";
var _AZv = "AvailabilityZones";
var _Ad = "Address";
var _An = "Analysis";
var _Ar = "Arn";
var _BCCR = "BacktrackConsumedChangeRecords";
var _BGDAEF = "BlueGreenDeploymentAlreadyExistsFault";
var _BGDNFF = "BlueGreenDeploymentNotFoundFault";
var _BPNFF = "BackupPolicyNotFoundFault";
var _BRP = "BackupRetentionPeriod";
var _BTa = "BackupTarget";
var _BW = "BacktrackWindow";
var _CAC = "CrossAccountClone";
var _CACI = "CACertificateIdentifier";
var _CAI = "CAIdentifier";
var _CAL = "ContextAttributeList";
var _CAZNFF = "CustomAvailabilityZoneNotFoundFault";
var _CAo = "ContextAttribute";
var _CAon = "ContextAttributes";
var _CBT = "ConnectionBorrowTimeout";
var _CCDBEVF = "CreateCustomDBEngineVersionFault";
var _CCDBEVM = "CreateCustomDBEngineVersionMessage";
var _CCT = "ClusterCreateTime";
var _CD = "CertificateDetails";
var _CDBCEM = "CreateDBClusterEndpointMessage";
var _CDBCM = "CreateDBClusterMessage";
var _CDBEVAEF = "CustomDBEngineVersionAlreadyExistsFault";
var _CDBEVAMI = "CustomDBEngineVersionAMI";
var _CDBEVM = "CustomDBEngineVersionManifest";
var _CDBEVNFF = "CustomDBEngineVersionNotFoundFault";
var _CDBEVQEF = "CustomDBEngineVersionQuotaExceededFault";
var _CDBIM = "CreateDBInstanceMessage";
var _CDBIRRM = "CreateDBInstanceReadReplicaMessage";
var _CDBPER = "CreateDBProxyEndpointRequest";
var _CDBPR = "CreateDBProxyRequest";
var _CDre = "CreatedDate";
var _CE = "CustomEndpoints";
var _CET = "CustomEndpointType";
var _CGI = "CloneGroupId";
var _CIIP = "CustomIamInstanceProfile";
var _CIM = "CreateIntegrationMessage";
var _CLEC = "CloudwatchLogsExportConfiguration";
var _CNFF = "CertificateNotFoundFault";
var _COIE = "CustomerOwnedIpEnabled";
var _CPAT = "ClientPasswordAuthType";
var _CPC = "ConnectionPoolConfiguration";
var _CPCI = "ConnectionPoolConfigurationInfo";
var _CPMV = "ClusterPendingModifiedValues";
var _CRR = "CertificateRotationRestart";
var _CS = "CharacterSet";
var _CSD = "CharacterSetDescription";
var _CSN = "CharacterSetName";
var _CST = "ClusterScalabilityType";
var _CT = "CreateTime";
var _CTTS = "CopyTagsToSnapshot";
var _Ca = "Capacity";
var _D = "Description";
var _DAS = "DefaultAuthScheme";
var _DASA = "DomainAuthSecretArn";
var _DBC = "DBCluster";
var _DBCA = "DBClusterArn";
var _DBCABNFF = "DBClusterAutomatedBackupNotFoundFault";
var _DBCABQEF = "DBClusterAutomatedBackupQuotaExceededFault";
var _DBCAEF = "DBClusterAlreadyExistsFault";
var _DBCAR = "DBClusterAssociatedRole";
var _DBCARl = "DBClusterAssociatedRoles";
var _DBCBNFF = "DBClusterBacktrackNotFoundFault";
var _DBCE = "DBClusterEndpoint";
var _DBCEA = "DBClusterEndpointArn";
var _DBCEAEF = "DBClusterEndpointAlreadyExistsFault";
var _DBCEI = "DBClusterEndpointIdentifier";
var _DBCENFF = "DBClusterEndpointNotFoundFault";
var _DBCEQEF = "DBClusterEndpointQuotaExceededFault";
var _DBCERI = "DBClusterEndpointResourceIdentifier";
var _DBCI = "DBClusterIdentifier";
var _DBCIC = "DBClusterInstanceClass";
var _DBCIl = "DBClusterIdentifiers";
var _DBCM = "DBClusterMembers";
var _DBCML = "DBClusterMemberList";
var _DBCMl = "DBClusterMember";
var _DBCNFF = "DBClusterNotFoundFault";
var _DBCOG = "DBClusterOptionGroup";
var _DBCOGM = "DBClusterOptionGroupMemberships";
var _DBCOGN = "DBClusterOptionGroupName";
var _DBCOGS = "DBClusterOptionGroupStatus";
var _DBCPG = "DBClusterParameterGroup";
var _DBCPGN = "DBClusterParameterGroupName";
var _DBCPGNFF = "DBClusterParameterGroupNotFoundFault";
var _DBCPGS = "DBClusterParameterGroupStatus";
var _DBCQEF = "DBClusterQuotaExceededFault";
var _DBCRAEF = "DBCapacityReservationAlreadyExistsFault";
var _DBCRAEFl = "DBClusterRoleAlreadyExistsFault";
var _DBCRI = "DBCapacityReservationIdentifier";
var _DBCRNFF = "DBCapacityReservationNotFoundFault";
var _DBCRNFFl = "DBClusterRoleNotFoundFault";
var _DBCRQEF = "DBClusterRoleQuotaExceededFault";
var _DBCRUF = "DBCapacityReservationUnsupportedFault";
var _DBCRl = "DBClusterRole";
var _DBCRlu = "DBClusterRoles";
var _DBCSAEF = "DBClusterSnapshotAlreadyExistsFault";
var _DBCSI = "DBClusterSnapshotIdentifier";
var _DBCSIL = "DBClusterStatusInfoList";
var _DBCSIl = "DBClusterStatusInfo";
var _DBCSNFF = "DBClusterSnapshotNotFoundFault";
var _DBED = "DBEngineDescription";
var _DBEMT = "DBEngineMediaType";
var _DBEV = "DBEngineVersion";
var _DBEVA = "DBEngineVersionArn";
var _DBEVD = "DBEngineVersionDescription";
var _DBI = "DBInstance";
var _DBIA = "DBInstanceArn";
var _DBIABA = "DBInstanceAutomatedBackupsArn";
var _DBIABNFF = "DBInstanceAutomatedBackupNotFoundFault";
var _DBIABQEF = "DBInstanceAutomatedBackupQuotaExceededFault";
var _DBIABR = "DBInstanceAutomatedBackupsReplications";
var _DBIABRL = "DBInstanceAutomatedBackupsReplicationList";
var _DBIABRn = "DBInstanceAutomatedBackupsReplication";
var _DBIAEF = "DBInstanceAlreadyExistsFault";
var _DBIC = "DBInstanceClass";
var _DBII = "DBInstanceIdentifier";
var _DBIIn = "DBInstanceIdentifiers";
var _DBIL = "DBInstanceList";
var _DBIM = "DBInstanceMessage";
var _DBINFF = "DBInstanceNotFoundFault";
var _DBINRF = "DBInstanceNotReadyFault";
var _DBIR = "DBInstanceRole";
var _DBIRAEF = "DBInstanceRoleAlreadyExistsFault";
var _DBIRNFF = "DBInstanceRoleNotFoundFault";
var _DBIRQEF = "DBInstanceRoleQuotaExceededFault";
var _DBIRn = "DBInstanceRoles";
var _DBIS = "DBInstanceStatus";
var _DBISI = "DBInstanceStatusInfo";
var _DBISIL = "DBInstanceStatusInfoList";
var _DBIn = "DBInstances";
var _DBLFNFF = "DBLogFileNotFoundFault";
var _DBN = "DBName";
var _DBP = "DBProxy";
var _DBPA = "DBProxyArn";
var _DBPAEF = "DBProxyAlreadyExistsFault";
var _DBPE = "DBProxyEndpoint";
var _DBPEA = "DBProxyEndpointArn";
var _DBPEAEF = "DBProxyEndpointAlreadyExistsFault";
var _DBPEN = "DBProxyEndpointName";
var _DBPENFF = "DBProxyEndpointNotFoundFault";
var _DBPEQEF = "DBProxyEndpointQuotaExceededFault";
var _DBPG = "DBParameterGroup";
var _DBPGAEF = "DBParameterGroupAlreadyExistsFault";
var _DBPGF = "DBParameterGroupFamily";
var _DBPGN = "DBParameterGroupName";
var _DBPGNFF = "DBParameterGroupNotFoundFault";
var _DBPGQEF = "DBParameterGroupQuotaExceededFault";
var _DBPGS = "DBParameterGroupStatus";
var _DBPGSL = "DBParameterGroupStatusList";
var _DBPGa = "DBParameterGroups";
var _DBPN = "DBProxyName";
var _DBPNFF = "DBProxyNotFoundFault";
var _DBPNo = "DBPortNumber";
var _DBPQEF = "DBProxyQuotaExceededFault";
var _DBPTARF = "DBProxyTargetAlreadyRegisteredFault";
var _DBPTGNFF = "DBProxyTargetGroupNotFoundFault";
var _DBPTNFF = "DBProxyTargetNotFoundFault";
var _DBSAEF = "DBSnapshotAlreadyExistsFault";
var _DBSG = "DBSecurityGroup";
var _DBSGAEF = "DBSecurityGroupAlreadyExistsFault";
var _DBSGAEFh = "DBShardGroupAlreadyExistsFault";
var _DBSGAEFu = "DBSubnetGroupAlreadyExistsFault";
var _DBSGAu = "DBSubnetGroupArn";
var _DBSGDNCEAZ = "DBSubnetGroupDoesNotCoverEnoughAZs";
var _DBSGDu = "DBSubnetGroupDescription";
var _DBSGM = "DBSecurityGroupMembership";
var _DBSGML = "DBSecurityGroupMembershipList";
var _DBSGMec = "DBSecurityGroupMemberships";
var _DBSGN = "DBSecurityGroupName";
var _DBSGNAF = "DBSubnetGroupNotAllowedFault";
var _DBSGNFF = "DBSecurityGroupNotFoundFault";
var _DBSGNFFh = "DBShardGroupNotFoundFault";
var _DBSGNFFu = "DBSubnetGroupNotFoundFault";
var _DBSGNL = "DBSecurityGroupNameList";
var _DBSGNSF = "DBSecurityGroupNotSupportedFault";
var _DBSGNu = "DBSubnetGroupName";
var _DBSGQEF = "DBSecurityGroupQuotaExceededFault";
var _DBSGQEFu = "DBSubnetGroupQuotaExceededFault";
var _DBSGe = "DBSecurityGroups";
var _DBSGu = "DBSubnetGroup";
var _DBSI = "DBSystemId";
var _DBSIn = "DBSnapshotIdentifier";
var _DBSNFF = "DBSnapshotNotFoundFault";
var _DBSQEF = "DBSubnetQuotaExceededFault";
var _DBSTDNFF = "DBSnapshotTenantDatabaseNotFoundFault";
var _DBUDFF = "DBUpgradeDependencyFailureFault";
var _DCRI = "DbClusterResourceId";
var _DCS = "DefaultCharacterSet";
var _DD = "DisableDomain";
var _DDBIMe = "DescribeDBInstancesMessage";
var _DDBIe = "DescribeDBInstances";
var _DDBPTR = "DeregisterDBProxyTargetsRequest";
var _DDI = "DomainDnsIps";
var _DF = "DomainFqdn";
var _DFa = "DataFilter";
var _DI = "DnsIps";
var _DIAMRN = "DomainIAMRoleName";
var _DIF = "DatabaseInstallationFiles";
var _DIFSBN = "DatabaseInstallationFilesS3BucketName";
var _DIFSP = "DatabaseInstallationFilesS3Prefix";
var _DIM = "DatabaseInsightsMode";
var _DIP = "DbInstancePort";
var _DL = "DebugLogging";
var _DLT = "DisableLogTypes";
var _DLV = "DedicatedLogVolume";
var _DM = "DomainMemberships";
var _DML = "DomainMembershipList";
var _DMo = "DomainMembership";
var _DN = "DatabaseName";
var _DNFF = "DomainNotFoundFault";
var _DO = "DomainOu";
var _DP = "DeletionProtection";
var _DRI = "DbiResourceId";
var _DTa = "DataType";
var _DV = "DefaultValue";
var _Di = "Dimensions";
var _Do = "Domain";
var _E = "Engine";
var _EBT = "EarliestBacktrackTime";
var _ECLE = "EnableCloudwatchLogsExports";
var _ECLEn = "EnabledCloudwatchLogsExports";
var _ECOI = "EnableCustomerOwnedIp";
var _ECr = "ErrorCode";
var _EF = "EngineFamily";
var _EGWF = "EnableGlobalWriteForwarding";
var _EHE = "EnableHttpEndpoint";
var _EIAG = "EnableInternetAccessGateway";
var _EIAMDA = "EnableIAMDatabaseAuthentication";
var _EIPNSF = "Ec2ImagePropertiesNotSupportedFault";
var _ELD = "EnableLimitlessDatabase";
var _ELS = "EngineLifecycleSupport";
var _ELT = "EnableLogTypes";
var _ELTx = "ExportableLogTypes";
var _ELWF = "EnableLocalWriteForwarding";
var _EM = "ExcludedMembers";
var _EMRA = "EnhancedMonitoringResourceArn";
var _EMn = "EngineMode";
var _EMr = "ErrorMessage";
var _ENT = "EndpointNetworkType";
var _EO = "ExportOnly";
var _EPI = "EnablePerformanceInsights";
var _ERT = "EarliestRestorableTime";
var _ESQEF = "EventSubscriptionQuotaExceededFault";
var _ET = "EndpointType";
var _ETAEF = "ExportTaskAlreadyExistsFault";
var _ETI = "ExportTaskIdentifier";
var _ETNFF = "ExportTaskNotFoundFault";
var _ETn = "EndTime";
var _ETx = "ExportTask";
var _EV = "EngineVersion";
var _EVPCN = "EnableVPCNetworking";
var _End = "Endpoint";
var _Er = "Errors";
var _FCa = "FailureCause";
var _FL = "FilterList";
var _FN = "FeatureName";
var _FQDN = "FQDN";
var _FR = "FailureReason";
var _FVL = "FilterValueList";
var _Fi = "Filters";
var _Fil = "Filter";
var _G = "Group";
var _GB = "GroupBy";
var _GCAEF = "GlobalClusterAlreadyExistsFault";
var _GCI = "GlobalClusterIdentifier";
var _GCMl = "GlobalClusterMember";
var _GCNFF = "GlobalClusterNotFoundFault";
var _GCQEF = "GlobalClusterQuotaExceededFault";
var _GWFR = "GlobalWriteForwardingRequested";
var _GWFS = "GlobalWriteForwardingStatus";
var _HEE = "HttpEndpointEnabled";
var _HZI = "HostedZoneId";
var _I = "Iops";
var _IAEF = "IntegrationAlreadyExistsFault";
var _IAGE = "InternetAccessGatewayEnabled";
var _IAIPISF = "InsufficientAvailableIPsInSubnetFault";
var _IAMA = "IAMAuth";
var _IAMDAE = "IAMDatabaseAuthenticationEnabled";
var _IAMRN = "IAMRoleName";
var _IAn = "IntegrationArn";
var _IBGDSF = "InvalidBlueGreenDeploymentStateFault";
var _IC = "IsCollection";
var _ICDBEVSF = "InvalidCustomDBEngineVersionStateFault";
var _ICOF = "IntegrationConflictOperationFault";
var _ICT = "IdleClientTimeout";
var _ICTn = "InstanceCreateTime";
var _ICW = "IsClusterWriter";
var _ID = "IsDefault";
var _IDBCABSF = "InvalidDBClusterAutomatedBackupStateFault";
var _IDBCCF = "InsufficientDBClusterCapacityFault";
var _IDBCCFn = "InvalidDBClusterCapacityFault";
var _IDBCESF = "InvalidDBClusterEndpointStateFault";
var _IDBCRSF = "InvalidDBCapacityReservationStateFault";
var _IDBCSF = "InvalidDBClusterStateFault";
var _IDBCSSF = "InvalidDBClusterSnapshotStateFault";
var _IDBIABSF = "InvalidDBInstanceAutomatedBackupStateFault";
var _IDBICF = "InsufficientDBInstanceCapacityFault";
var _IDBISF = "InvalidDBInstanceStateFault";
var _IDBPESF = "InvalidDBProxyEndpointStateFault";
var _IDBPGSF = "InvalidDBParameterGroupStateFault";
var _IDBPSF = "InvalidDBProxyStateFault";
var _IDBSGF = "InvalidDBSubnetGroupFault";
var _IDBSGSF = "InvalidDBSecurityGroupStateFault";
var _IDBSGSFn = "InvalidDBShardGroupStateFault";
var _IDBSGSFnv = "InvalidDBSubnetGroupStateFault";
var _IDBSSF = "InvalidDBSnapshotStateFault";
var _IDBSSFn = "InvalidDBSubnetStateFault";
var _IDs = "IssueDetails";
var _IE = "IntegrationError";
var _IEL = "IntegrationErrorList";
var _IEOF = "InvalidExportOnlyFault";
var _IESSF = "InvalidEventSubscriptionStateFault";
var _IESSFn = "InvalidExportSourceStateFault";
var _IETSF = "InvalidExportTaskStateFault";
var _IGCSF = "InvalidGlobalClusterStateFault";
var _II = "ImageId";
var _IISF = "InvalidIntegrationStateFault";
var _IM = "IsModifiable";
var _IMVU = "IsMajorVersionUpgrade";
var _IN = "IntegrationName";
var _INFF = "IntegrationNotFoundFault";
var _IOGSF = "InvalidOptionGroupStateFault";
var _IOONAMT = "IOOptimizedNextAllowedModificationTime";
var _IOPS = "IOPS";
var _IQ = "InitQuery";
var _IQEF = "InstanceQuotaExceededFault";
var _IQEFn = "IntegrationQuotaExceededFault";
var _IRA = "IamRoleArn";
var _IRF = "InvalidRestoreFault";
var _IRMPF = "IamRoleMissingPermissionsFault";
var _IRNFF = "IamRoleNotFoundFault";
var _IRSF = "InvalidResourceStateFault";
var _IS = "InvalidSubnet";
var _ISBF = "InvalidS3BucketFault";
var _ISCCF = "InsufficientStorageClusterCapacityFault";
var _ISCUA = "IsStorageConfigUpgradeAvailable";
var _ISI = "InterconnectSubnetId";
var _IVPCNSF = "InvalidVPCNetworkStateFault";
var _IW = "IsWriter";
var _Im = "Image";
var _Int = "Integration";
var _K = "Key";
var _KKI = "KmsKeyId";
var _KMSKI = "KMSKeyId";
var _KMSKNAF = "KMSKeyNotAccessibleFault";
var _LD = "LimitlessDatabase";
var _LE = "ListenerEndpoint";
var _LM = "LicenseModel";
var _LRT = "LatestRestorableTime";
var _LTTD = "LogTypesToDisable";
var _LTTE = "LogTypesToEnable";
var _LWFS = "LocalWriteForwardingStatus";
var _Li = "Limit";
var _MAS = "MaxAllocatedStorage";
var _MASV = "ModifyAdditionalStorageVolume";
var _MASVL = "ModifyAdditionalStorageVolumesList";
var _MAZ = "MultiAZ";
var _MAZC = "MultiAZCapable";
var _MC = "MinCapacity";
var _MCP = "MaxConnectionsPercent";
var _MCa = "MaxCapacity";
var _MDBCEM = "ModifyDBClusterEndpointMessage";
var _MDBIM = "ModifyDBInstanceMessage";
var _MDBPER = "ModifyDBProxyEndpointRequest";
var _MDBPR = "ModifyDBProxyRequest";
var _MDBSGLR = "MaxDBShardGroupLimitReached";
var _MEV = "MajorEngineVersion";
var _MEVi = "MinimumEngineVersion";
var _MI = "MinIops";
var _MICP = "MaxIdleConnectionsPercent";
var _MIPDI = "MinIopsPerDbInstance";
var _MIPDIa = "MaxIopsPerDbInstance";
var _MIPG = "MinIopsPerGib";
var _MIPGa = "MaxIopsPerGib";
var _MIa = "MaxIops";
var _MIo = "MonitoringInterval";
var _ML = "MetricList";
var _MMUP = "ManageMasterUserPassword";
var _MOGM = "ModifyOptionGroupMessage";
var _MQ = "MetricQuery";
var _MR = "MaxRecords";
var _MRA = "MonitoringRoleArn";
var _MRACU = "MinRequiredACU";
var _MRL = "MetricReferenceList";
var _MRe = "MetricReference";
var _MSS = "MinStorageSize";
var _MSSa = "MaxStorageSize";
var _MST = "MinStorageThroughput";
var _MSTPDI = "MinStorageThroughputPerDbInstance";
var _MSTPDIa = "MaxStorageThroughputPerDbInstance";
var _MSTPI = "MinStorageThroughputPerIops";
var _MSTPIa = "MaxStorageThroughputPerIops";
var _MSTa = "MaxStorageThroughput";
var _MT = "MultiTenant";
var _MU = "MasterUsername";
var _MUAT = "MasterUserAuthenticationType";
var _MUP = "MasterUserPassword";
var _MUS = "MasterUserSecret";
var _MUSKKI = "MasterUserSecretKmsKeyId";
var _Ma = "Marker";
var _Man = "Manifest";
var _Me = "Message";
var _Met = "Metric";
var _Metr = "Metrics";
var _N = "Name";
var _NCSN = "NcharCharacterSetName";
var _NDBII = "NewDBInstanceIdentifier";
var _NDBPEN = "NewDBProxyEndpointName";
var _NDBPN = "NewDBProxyName";
var _NT = "NetworkType";
var _NTNS = "NetworkTypeNotSupported";
var _No = "Normal";
var _OC = "OptionConfiguration";
var _OCL = "OptionConfigurationList";
var _OCu = "OutpostCapable";
var _ODBIO = "OrderableDBInstanceOption";
var _OGAEF = "OptionGroupAlreadyExistsFault";
var _OGM = "OptionGroupMemberships";
var _OGML = "OptionGroupMembershipList";
var _OGMp = "OptionGroupMembership";
var _OGN = "OptionGroupName";
var _OGNFF = "OptionGroupNotFoundFault";
var _OGQEF = "OptionGroupQuotaExceededFault";
var _ON = "OptionName";
var _OS = "OptionSettings";
var _OSL = "OptionSettingsList";
var _OSS = "OperatorSensitiveString";
var _OSp = "OptionSetting";
var _OTI = "OptionsToInclude";
var _OTR = "OptionsToRemove";
var _OU = "OU";
var _OV = "OptionVersion";
var _Ope = "Operation";
var _Ou = "Outpost";
var _P = "Port";
var _PA = "PubliclyAccessible";
var _PAS = "ParameterApplyStatus";
var _PBW = "PreferredBackupWindow";
var _PCLE = "PendingCloudwatchLogsExports";
var _PF = "ProcessorFeatures";
var _PFL = "ProcessorFeatureList";
var _PFr = "ProcessorFeature";
var _PID = "PerformanceIssueDetails";
var _PIE = "PerformanceInsightsEnabled";
var _PIKMSKI = "PerformanceInsightsKMSKeyId";
var _PIMDG = "PerformanceInsightsMetricDimensionGroup";
var _PIMQ = "PerformanceInsightsMetricQuery";
var _PINAIAZF = "ProvisionedIopsNotAvailableInAZFault";
var _PIRP = "PerformanceInsightsRetentionPeriod";
var _PITRNEF = "PointInTimeRestoreNotEnabledFault";
var _PMV = "PendingModifiedValues";
var _PMW = "PreferredMaintenanceWindow";
var _PN = "ParameterName";
var _PP = "PercentProgress";
var _PSOSV = "PotentiallySensitiveOptionSettingValue";
var _PSU = "PreSignedUrl";
var _PT = "PromotionTier";
var _PV = "ParameterValue";
var _Pa = "Parameters";
var _Par = "Parameter";
var _RA = "RoleArn";
var _RAP = "RecommendedActionParameter";
var _RAPL = "RecommendedActionParameterList";
var _RAeco = "RecommendedAction";
var _RCCC = "RdsCustomClusterConfiguration";
var _RD = "ReferenceDetails";
var _RDBCFSM = "RestoreDBClusterFromS3Message";
var _RDBCFSMe = "RestoreDBClusterFromSnapshotMessage";
var _RDBCTPITM = "RestoreDBClusterToPointInTimeMessage";
var _RDBIAEF = "ReservedDBInstanceAlreadyExistsFault";
var _RDBIFDBSM = "RestoreDBInstanceFromDBSnapshotMessage";
var _RDBIFSM = "RestoreDBInstanceFromS3Message";
var _RDBINFF = "ReservedDBInstanceNotFoundFault";
var _RDBIONFF = "ReservedDBInstancesOfferingNotFoundFault";
var _RDBIQEF = "ReservedDBInstanceQuotaExceededFault";
var _RDBITPITM = "RestoreDBInstanceToPointInTimeMessage";
var _RDBPTR = "RegisterDBProxyTargetsRequest";
var _RE = "ReaderEndpoint";
var _RFAMM = "ResumeFullAutomationModeMinutes";
var _RFAMT = "ResumeFullAutomationModeTime";
var _RM = "ReplicaMode";
var _RMUP = "RotateMasterUserPassword";
var _RN = "ResourceName";
var _RNFF = "ResourceNotFoundFault";
var _RRC = "ReadReplicaCapable";
var _RRDBCI = "ReadReplicaDBClusterIdentifiers";
var _RRDBCIL = "ReadReplicaDBClusterIdentifierList";
var _RRDBCIe = "ReadReplicaDBClusterIdentifier";
var _RRDBII = "ReadReplicaDBInstanceIdentifiers";
var _RRDBIIL = "ReadReplicaDBInstanceIdentifierList";
var _RRDBIIe = "ReadReplicaDBInstanceIdentifier";
var _RRI = "ReadReplicaIdentifiers";
var _RRIL = "ReadReplicaIdentifierList";
var _RRIe = "ReadReplicaIdentifier";
var _RRSDBCI = "ReadReplicaSourceDBClusterIdentifier";
var _RRSDBII = "ReadReplicaSourceDBInstanceIdentifier";
var _RSI = "ReplicationSourceIdentifier";
var _RT = "RestoreType";
var _RTFRM = "RemoveTagsFromResourceMessage";
var _RTLS = "RequireTLS";
var _RTT = "RestoreToTime";
var _RTe = "RestoreTime";
var _RTes = "ResourceType";
var _Read = "Readers";
var _Ref = "References";
var _S = "Source";
var _SA = "SourceArn";
var _SAEF = "SubscriptionAlreadyExistFault";
var _SAIU = "SubnetAlreadyInUse";
var _SASM = "SupportedActivityStreamModes";
var _SASV = "SupportsAdditionalStorageVolumes";
var _SAZe = "SecondaryAvailabilityZone";
var _SAZu = "SubnetAvailabilityZone";
var _SAe = "SecretArn";
var _SB = "SupportsBabelfish";
var _SBN = "S3BucketName";
var _SBT = "SecondsBeforeTimeout";
var _SBu = "S3Bucket";
var _SC = "ScalingConfiguration";
var _SCACI = "SupportedCACertificateIdentifiers";
var _SCDEVI = "SourceCustomDbEngineVersionIdentifier";
var _SCI = "ScalingConfigurationInfo";
var _SCNFF = "SubscriptionCategoryNotFoundFault";
var _SCNSF = "SourceClusterNotSupportedFault";
var _SCRWR = "SupportsCertificateRotationWithoutRestart";
var _SCS = "SupportedCharacterSets";
var _SCSL = "SupportedCharacterSetsList";
var _SCu = "SupportsClusters";
var _SDBCI = "SourceDBClusterIdentifier";
var _SDBIABA = "SourceDBInstanceAutomatedBackupsArn";
var _SDBII = "SourceDBInstanceIdentifier";
var _SDCRI = "SourceDbClusterResourceId";
var _SDLV = "SupportsDedicatedLogVolume";
var _SDNSF = "SourceDatabaseNotSupportedFault";
var _SDRI = "SourceDbiResourceId";
var _SDtat = "StatisticsDetails";
var _SE = "StorageEncrypted";
var _SEM = "SupportedEngineModes";
var _SEMu = "SupportsEnhancedMonitoring";
var _SET = "StorageEncryptionType";
var _SETM = "StartExportTaskMessage";
var _SEV = "SourceEngineVersion";
var _SEo = "SourceEngine";
var _SFD = "SetForDelete";
var _SFN = "SupportedFeatureNames";
var _SG = "SecurityGroups";
var _SGD = "SupportsGlobalDatabases";
var _SGS = "SubnetGroupStatus";
var _SHE = "SupportsHttpEndpoint";
var _SIAMDA = "SupportsIAMDatabaseAuthentication";
var _SIRA = "S3IngestionRoleArn";
var _SIn = "SnapshotIdentifier";
var _SIt = "StatusInfos";
var _SIu = "SupportsIops";
var _SIubn = "SubnetIdentifier";
var _SIup = "SupportsIntegrations";
var _SKA = "SupportsKerberosAuthentication";
var _SL = "SubnetList";
var _SLD = "SupportsLimitlessDatabase";
var _SLETCL = "SupportsLogExportsToCloudwatchLogs";
var _SLWF = "SupportsLocalWriteForwarding";
var _SM = "StaticMembers";
var _SNCS = "SupportedNcharCharacterSets";
var _SNFF = "SourceNotFoundFault";
var _SNFFu = "SubscriptionNotFoundFault";
var _SNSITF = "SNSInvalidTopicFault";
var _SNSNAF = "SNSNoAuthorizationFault";
var _SNSTANFF = "SNSTopicArnNotFoundFault";
var _SNT = "SupportedNetworkTypes";
var _SO = "SubnetOutpost";
var _SOPP = "StorageOperationPercentProgress";
var _SOS = "StorageOperationStatus";
var _SP = "S3Prefix";
var _SPF = "SessionPinningFilters";
var _SPI = "SupportsPerformanceInsights";
var _SPQ = "SupportsParallelQuery";
var _SQEF = "SnapshotQuotaExceededFault";
var _SQEFt = "StorageQuotaExceededFault";
var _SRD = "ScalarReferenceDetails";
var _SRR = "SupportsReadReplica";
var _SS = "SensitiveString";
var _SSA = "SupportsStorageAutoscaling";
var _SSE = "SupportsStorageEncryption";
var _SSQEF = "SharedSnapshotQuotaExceededFault";
var _SST = "SupportsStorageThroughput";
var _SSe = "SecretStatus";
var _SSu = "SubnetStatus";
var _SSy = "SynchronizationStatus";
var _ST = "StorageThroughput";
var _STL = "SupportedTimezonesList";
var _STNAF = "StorageTypeNotAvailableFault";
var _STNSF = "StorageTypeNotSupportedFault";
var _STnap = "SnapshotTime";
var _STo = "SourceType";
var _STt = "StorageType";
var _STta = "StatusType";
var _STtar = "StartTime";
var _STu = "SupportedTimezones";
var _SUAP = "SecondsUntilAutoPause";
var _SVFS = "ServerlessV2FeaturesSupport";
var _SVPV = "ServerlessV2PlatformVersion";
var _SVS = "StorageVolumeStatus";
var _SVSC = "ServerlessV2ScalingConfiguration";
var _SVSCI = "ServerlessV2ScalingConfigurationInfo";
var _St = "Status";
var _Su = "Subnets";
var _Sub = "Subnet";
var _T = "Tags";
var _TA = "TargetArn";
var _TAi = "TimeoutAction";
var _TCA = "TdeCredentialArn";
var _TCNT = "TargetConnectionNetworkType";
var _TCP = "TdeCredentialPassword";
var _TDAEF = "TenantDatabaseAlreadyExistsFault";
var _TDBII = "TargetDBInstanceIdentifier";
var _TDNFF = "TenantDatabaseNotFoundFault";
var _TDQEF = "TenantDatabaseQuotaExceededFault";
var _TEDIGB = "TotalExtractedDataInGB";
var _TET = "TaskEndTime";
var _TGMDI = "TransitGatewayMulticastDomainId";
var _TGN = "TargetGroupName";
var _TK = "TagKeys";
var _TL = "TagList";
var _TN = "TimezoneName";
var _TR = "TargetRole";
var _TS = "TagSpecifications";
var _TSL = "TagSpecificationList";
var _TSTas = "TaskStartTime";
var _TSa = "TagSpecification";
var _Tag = "Tag";
var _Ti = "Timezone";
var _Tit = "Title";
var _UAC = "UserAuthConfig";
var _UACI = "UserAuthConfigInfo";
var _UACIL = "UserAuthConfigInfoList";
var _UACL = "UserAuthConfigList";
var _UAPLI = "UseAwsProvidedLatestImage";
var _UD = "UpdatedDate";
var _UDBEVF = "UnsupportedDBEngineVersionFault";
var _UDPF = "UseDefaultProcessorFeatures";
var _ULRT = "UseLatestRestorableTime";
var _UN = "UserName";
var _URO = "UpgradeRolloutOrder";
var _USC = "UpgradeStorageConfig";
var _UTp = "UpgradeTarget";
var _V = "Value";
var _VECVE = "VpcEncryptionControlViolationException";
var _VI = "VpcId";
var _VN = "VolumeName";
var _VPCNE = "VPCNetworkingEnabled";
var _VSG = "VpcSecurityGroups";
var _VSGI = "VpcSecurityGroupIds";
var _VSGIL = "VpcSecurityGroupIdList";
var _VSGIp = "VpcSecurityGroupId";
var _VSGM = "VpcSecurityGroupMemberships";
var _VSGML = "VpcSecurityGroupMembershipList";
var _VSGMp = "VpcSecurityGroupMembership";
var _VSI = "VpcSubnetIds";
var _VT = "ValidTill";
var _VUT = "ValidUpgradeTarget";
var _VUTL = "ValidUpgradeTargetList";
var _Va = "Values";
var _Vp = "Vpc";
var _WEC = "WithExpressConfiguration";
var _WM = "WarningMessage";
var _c = "client";
var _i = "item";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.rds";
var n0 = "com.amazonaws.rds";
var _s_registry = new TypeRegistry(_s);
var RDSServiceException$ = [-3, _s, "RDSServiceException", 0, [], []];
_s_registry.registerError(RDSServiceException$, RDSServiceException);
var n0_registry = new TypeRegistry(n0);
var AuthorizationAlreadyExistsFault$ = [
  -3,
  n0,
  _AAEF,
  { "awsQueryError": [`AuthorizationAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(AuthorizationAlreadyExistsFault$, AuthorizationAlreadyExistsFault);
var AuthorizationNotFoundFault$ = [
  -3,
  n0,
  _ANFF,
  { "awsQueryError": [`AuthorizationNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(AuthorizationNotFoundFault$, AuthorizationNotFoundFault);
var AuthorizationQuotaExceededFault$ = [
  -3,
  n0,
  _AQEF,
  { "awsQueryError": [`AuthorizationQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(AuthorizationQuotaExceededFault$, AuthorizationQuotaExceededFault);
var BackupPolicyNotFoundFault$ = [
  -3,
  n0,
  _BPNFF,
  { "awsQueryError": [`BackupPolicyNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(BackupPolicyNotFoundFault$, BackupPolicyNotFoundFault);
var BlueGreenDeploymentAlreadyExistsFault$ = [
  -3,
  n0,
  _BGDAEF,
  { "awsQueryError": [`BlueGreenDeploymentAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(BlueGreenDeploymentAlreadyExistsFault$, BlueGreenDeploymentAlreadyExistsFault);
var BlueGreenDeploymentNotFoundFault$ = [
  -3,
  n0,
  _BGDNFF,
  { "awsQueryError": [`BlueGreenDeploymentNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(BlueGreenDeploymentNotFoundFault$, BlueGreenDeploymentNotFoundFault);
var CertificateNotFoundFault$ = [
  -3,
  n0,
  _CNFF,
  { "awsQueryError": [`CertificateNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(CertificateNotFoundFault$, CertificateNotFoundFault);
var CreateCustomDBEngineVersionFault$ = [
  -3,
  n0,
  _CCDBEVF,
  { "awsQueryError": [`CreateCustomDBEngineVersionFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CreateCustomDBEngineVersionFault$, CreateCustomDBEngineVersionFault);
var CustomAvailabilityZoneNotFoundFault$ = [
  -3,
  n0,
  _CAZNFF,
  { "awsQueryError": [`CustomAvailabilityZoneNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(CustomAvailabilityZoneNotFoundFault$, CustomAvailabilityZoneNotFoundFault);
var CustomDBEngineVersionAlreadyExistsFault$ = [
  -3,
  n0,
  _CDBEVAEF,
  { "awsQueryError": [`CustomDBEngineVersionAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CustomDBEngineVersionAlreadyExistsFault$, CustomDBEngineVersionAlreadyExistsFault);
var CustomDBEngineVersionNotFoundFault$ = [
  -3,
  n0,
  _CDBEVNFF,
  { "awsQueryError": [`CustomDBEngineVersionNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(CustomDBEngineVersionNotFoundFault$, CustomDBEngineVersionNotFoundFault);
var CustomDBEngineVersionQuotaExceededFault$ = [
  -3,
  n0,
  _CDBEVQEF,
  { "awsQueryError": [`CustomDBEngineVersionQuotaExceededFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(CustomDBEngineVersionQuotaExceededFault$, CustomDBEngineVersionQuotaExceededFault);
var DBCapacityReservationAlreadyExistsFault$ = [
  -3,
  n0,
  _DBCRAEF,
  { "awsQueryError": [`DBCapacityReservationAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBCapacityReservationAlreadyExistsFault$, DBCapacityReservationAlreadyExistsFault);
var DBCapacityReservationNotFoundFault$ = [
  -3,
  n0,
  _DBCRNFF,
  { "awsQueryError": [`DBCapacityReservationNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBCapacityReservationNotFoundFault$, DBCapacityReservationNotFoundFault);
var DBCapacityReservationUnsupportedFault$ = [
  -3,
  n0,
  _DBCRUF,
  { "awsQueryError": [`DBCapacityReservationUnsupported`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBCapacityReservationUnsupportedFault$, DBCapacityReservationUnsupportedFault);
var DBClusterAlreadyExistsFault$ = [
  -3,
  n0,
  _DBCAEF,
  { "awsQueryError": [`DBClusterAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterAlreadyExistsFault$, DBClusterAlreadyExistsFault);
var DBClusterAutomatedBackupNotFoundFault$ = [
  -3,
  n0,
  _DBCABNFF,
  { "awsQueryError": [`DBClusterAutomatedBackupNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterAutomatedBackupNotFoundFault$, DBClusterAutomatedBackupNotFoundFault);
var DBClusterAutomatedBackupQuotaExceededFault$ = [
  -3,
  n0,
  _DBCABQEF,
  { "awsQueryError": [`DBClusterAutomatedBackupQuotaExceededFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterAutomatedBackupQuotaExceededFault$, DBClusterAutomatedBackupQuotaExceededFault);
var DBClusterBacktrackNotFoundFault$ = [
  -3,
  n0,
  _DBCBNFF,
  { "awsQueryError": [`DBClusterBacktrackNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterBacktrackNotFoundFault$, DBClusterBacktrackNotFoundFault);
var DBClusterEndpointAlreadyExistsFault$ = [
  -3,
  n0,
  _DBCEAEF,
  { "awsQueryError": [`DBClusterEndpointAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterEndpointAlreadyExistsFault$, DBClusterEndpointAlreadyExistsFault);
var DBClusterEndpointNotFoundFault$ = [
  -3,
  n0,
  _DBCENFF,
  { "awsQueryError": [`DBClusterEndpointNotFoundFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterEndpointNotFoundFault$, DBClusterEndpointNotFoundFault);
var DBClusterEndpointQuotaExceededFault$ = [
  -3,
  n0,
  _DBCEQEF,
  { "awsQueryError": [`DBClusterEndpointQuotaExceededFault`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterEndpointQuotaExceededFault$, DBClusterEndpointQuotaExceededFault);
var DBClusterNotFoundFault$ = [
  -3,
  n0,
  _DBCNFF,
  { "awsQueryError": [`DBClusterNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterNotFoundFault$, DBClusterNotFoundFault);
var DBClusterParameterGroupNotFoundFault$ = [
  -3,
  n0,
  _DBCPGNFF,
  { "awsQueryError": [`DBClusterParameterGroupNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterParameterGroupNotFoundFault$, DBClusterParameterGroupNotFoundFault);
var DBClusterQuotaExceededFault$ = [
  -3,
  n0,
  _DBCQEF,
  { "awsQueryError": [`DBClusterQuotaExceededFault`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterQuotaExceededFault$, DBClusterQuotaExceededFault);
var DBClusterRoleAlreadyExistsFault$ = [
  -3,
  n0,
  _DBCRAEFl,
  { "awsQueryError": [`DBClusterRoleAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterRoleAlreadyExistsFault$, DBClusterRoleAlreadyExistsFault);
var DBClusterRoleNotFoundFault$ = [
  -3,
  n0,
  _DBCRNFFl,
  { "awsQueryError": [`DBClusterRoleNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterRoleNotFoundFault$, DBClusterRoleNotFoundFault);
var DBClusterRoleQuotaExceededFault$ = [
  -3,
  n0,
  _DBCRQEF,
  { "awsQueryError": [`DBClusterRoleQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterRoleQuotaExceededFault$, DBClusterRoleQuotaExceededFault);
var DBClusterSnapshotAlreadyExistsFault$ = [
  -3,
  n0,
  _DBCSAEF,
  { "awsQueryError": [`DBClusterSnapshotAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterSnapshotAlreadyExistsFault$, DBClusterSnapshotAlreadyExistsFault);
var DBClusterSnapshotNotFoundFault$ = [
  -3,
  n0,
  _DBCSNFF,
  { "awsQueryError": [`DBClusterSnapshotNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterSnapshotNotFoundFault$, DBClusterSnapshotNotFoundFault);
var DBInstanceAlreadyExistsFault$ = [
  -3,
  n0,
  _DBIAEF,
  { "awsQueryError": [`DBInstanceAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceAlreadyExistsFault$, DBInstanceAlreadyExistsFault);
var DBInstanceAutomatedBackupNotFoundFault$ = [
  -3,
  n0,
  _DBIABNFF,
  { "awsQueryError": [`DBInstanceAutomatedBackupNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceAutomatedBackupNotFoundFault$, DBInstanceAutomatedBackupNotFoundFault);
var DBInstanceAutomatedBackupQuotaExceededFault$ = [
  -3,
  n0,
  _DBIABQEF,
  { "awsQueryError": [`DBInstanceAutomatedBackupQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceAutomatedBackupQuotaExceededFault$, DBInstanceAutomatedBackupQuotaExceededFault);
var DBInstanceNotFoundFault$ = [
  -3,
  n0,
  _DBINFF,
  { "awsQueryError": [`DBInstanceNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceNotFoundFault$, DBInstanceNotFoundFault);
var DBInstanceNotReadyFault$ = [
  -3,
  n0,
  _DBINRF,
  { "awsQueryError": [`DBInstanceNotReady`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceNotReadyFault$, DBInstanceNotReadyFault);
var DBInstanceRoleAlreadyExistsFault$ = [
  -3,
  n0,
  _DBIRAEF,
  { "awsQueryError": [`DBInstanceRoleAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceRoleAlreadyExistsFault$, DBInstanceRoleAlreadyExistsFault);
var DBInstanceRoleNotFoundFault$ = [
  -3,
  n0,
  _DBIRNFF,
  { "awsQueryError": [`DBInstanceRoleNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceRoleNotFoundFault$, DBInstanceRoleNotFoundFault);
var DBInstanceRoleQuotaExceededFault$ = [
  -3,
  n0,
  _DBIRQEF,
  { "awsQueryError": [`DBInstanceRoleQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceRoleQuotaExceededFault$, DBInstanceRoleQuotaExceededFault);
var DBLogFileNotFoundFault$ = [
  -3,
  n0,
  _DBLFNFF,
  { "awsQueryError": [`DBLogFileNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBLogFileNotFoundFault$, DBLogFileNotFoundFault);
var DBParameterGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _DBPGAEF,
  { "awsQueryError": [`DBParameterGroupAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBParameterGroupAlreadyExistsFault$, DBParameterGroupAlreadyExistsFault);
var DBParameterGroupNotFoundFault$ = [
  -3,
  n0,
  _DBPGNFF,
  { "awsQueryError": [`DBParameterGroupNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBParameterGroupNotFoundFault$, DBParameterGroupNotFoundFault);
var DBParameterGroupQuotaExceededFault$ = [
  -3,
  n0,
  _DBPGQEF,
  { "awsQueryError": [`DBParameterGroupQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBParameterGroupQuotaExceededFault$, DBParameterGroupQuotaExceededFault);
var DBProxyAlreadyExistsFault$ = [
  -3,
  n0,
  _DBPAEF,
  { "awsQueryError": [`DBProxyAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyAlreadyExistsFault$, DBProxyAlreadyExistsFault);
var DBProxyEndpointAlreadyExistsFault$ = [
  -3,
  n0,
  _DBPEAEF,
  { "awsQueryError": [`DBProxyEndpointAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyEndpointAlreadyExistsFault$, DBProxyEndpointAlreadyExistsFault);
var DBProxyEndpointNotFoundFault$ = [
  -3,
  n0,
  _DBPENFF,
  { "awsQueryError": [`DBProxyEndpointNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyEndpointNotFoundFault$, DBProxyEndpointNotFoundFault);
var DBProxyEndpointQuotaExceededFault$ = [
  -3,
  n0,
  _DBPEQEF,
  { "awsQueryError": [`DBProxyEndpointQuotaExceededFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyEndpointQuotaExceededFault$, DBProxyEndpointQuotaExceededFault);
var DBProxyNotFoundFault$ = [
  -3,
  n0,
  _DBPNFF,
  { "awsQueryError": [`DBProxyNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyNotFoundFault$, DBProxyNotFoundFault);
var DBProxyQuotaExceededFault$ = [
  -3,
  n0,
  _DBPQEF,
  { "awsQueryError": [`DBProxyQuotaExceededFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyQuotaExceededFault$, DBProxyQuotaExceededFault);
var DBProxyTargetAlreadyRegisteredFault$ = [
  -3,
  n0,
  _DBPTARF,
  { "awsQueryError": [`DBProxyTargetAlreadyRegisteredFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyTargetAlreadyRegisteredFault$, DBProxyTargetAlreadyRegisteredFault);
var DBProxyTargetGroupNotFoundFault$ = [
  -3,
  n0,
  _DBPTGNFF,
  { "awsQueryError": [`DBProxyTargetGroupNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyTargetGroupNotFoundFault$, DBProxyTargetGroupNotFoundFault);
var DBProxyTargetNotFoundFault$ = [
  -3,
  n0,
  _DBPTNFF,
  { "awsQueryError": [`DBProxyTargetNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyTargetNotFoundFault$, DBProxyTargetNotFoundFault);
var DBSecurityGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _DBSGAEF,
  { "awsQueryError": [`DBSecurityGroupAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSecurityGroupAlreadyExistsFault$, DBSecurityGroupAlreadyExistsFault);
var DBSecurityGroupNotFoundFault$ = [
  -3,
  n0,
  _DBSGNFF,
  { "awsQueryError": [`DBSecurityGroupNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBSecurityGroupNotFoundFault$, DBSecurityGroupNotFoundFault);
var DBSecurityGroupNotSupportedFault$ = [
  -3,
  n0,
  _DBSGNSF,
  { "awsQueryError": [`DBSecurityGroupNotSupported`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSecurityGroupNotSupportedFault$, DBSecurityGroupNotSupportedFault);
var DBSecurityGroupQuotaExceededFault$ = [
  -3,
  n0,
  _DBSGQEF,
  { "awsQueryError": [`QuotaExceeded.DBSecurityGroup`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSecurityGroupQuotaExceededFault$, DBSecurityGroupQuotaExceededFault);
var DBShardGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _DBSGAEFh,
  { "awsQueryError": [`DBShardGroupAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBShardGroupAlreadyExistsFault$, DBShardGroupAlreadyExistsFault);
var DBShardGroupNotFoundFault$ = [
  -3,
  n0,
  _DBSGNFFh,
  { "awsQueryError": [`DBShardGroupNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBShardGroupNotFoundFault$, DBShardGroupNotFoundFault);
var DBSnapshotAlreadyExistsFault$ = [
  -3,
  n0,
  _DBSAEF,
  { "awsQueryError": [`DBSnapshotAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSnapshotAlreadyExistsFault$, DBSnapshotAlreadyExistsFault);
var DBSnapshotNotFoundFault$ = [
  -3,
  n0,
  _DBSNFF,
  { "awsQueryError": [`DBSnapshotNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBSnapshotNotFoundFault$, DBSnapshotNotFoundFault);
var DBSnapshotTenantDatabaseNotFoundFault$ = [
  -3,
  n0,
  _DBSTDNFF,
  { "awsQueryError": [`DBSnapshotTenantDatabaseNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBSnapshotTenantDatabaseNotFoundFault$, DBSnapshotTenantDatabaseNotFoundFault);
var DBSubnetGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _DBSGAEFu,
  { "awsQueryError": [`DBSubnetGroupAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupAlreadyExistsFault$, DBSubnetGroupAlreadyExistsFault);
var DBSubnetGroupDoesNotCoverEnoughAZs$ = [
  -3,
  n0,
  _DBSGDNCEAZ,
  { "awsQueryError": [`DBSubnetGroupDoesNotCoverEnoughAZs`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupDoesNotCoverEnoughAZs$, DBSubnetGroupDoesNotCoverEnoughAZs);
var DBSubnetGroupNotAllowedFault$ = [
  -3,
  n0,
  _DBSGNAF,
  { "awsQueryError": [`DBSubnetGroupNotAllowedFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupNotAllowedFault$, DBSubnetGroupNotAllowedFault);
var DBSubnetGroupNotFoundFault$ = [
  -3,
  n0,
  _DBSGNFFu,
  { "awsQueryError": [`DBSubnetGroupNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupNotFoundFault$, DBSubnetGroupNotFoundFault);
var DBSubnetGroupQuotaExceededFault$ = [
  -3,
  n0,
  _DBSGQEFu,
  { "awsQueryError": [`DBSubnetGroupQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupQuotaExceededFault$, DBSubnetGroupQuotaExceededFault);
var DBSubnetQuotaExceededFault$ = [
  -3,
  n0,
  _DBSQEF,
  { "awsQueryError": [`DBSubnetQuotaExceededFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetQuotaExceededFault$, DBSubnetQuotaExceededFault);
var DBUpgradeDependencyFailureFault$ = [
  -3,
  n0,
  _DBUDFF,
  { "awsQueryError": [`DBUpgradeDependencyFailure`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBUpgradeDependencyFailureFault$, DBUpgradeDependencyFailureFault);
var DomainNotFoundFault$ = [
  -3,
  n0,
  _DNFF,
  { "awsQueryError": [`DomainNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DomainNotFoundFault$, DomainNotFoundFault);
var Ec2ImagePropertiesNotSupportedFault$ = [
  -3,
  n0,
  _EIPNSF,
  { "awsQueryError": [`Ec2ImagePropertiesNotSupportedFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(Ec2ImagePropertiesNotSupportedFault$, Ec2ImagePropertiesNotSupportedFault);
var EventSubscriptionQuotaExceededFault$ = [
  -3,
  n0,
  _ESQEF,
  { "awsQueryError": [`EventSubscriptionQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(EventSubscriptionQuotaExceededFault$, EventSubscriptionQuotaExceededFault);
var ExportTaskAlreadyExistsFault$ = [
  -3,
  n0,
  _ETAEF,
  { "awsQueryError": [`ExportTaskAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(ExportTaskAlreadyExistsFault$, ExportTaskAlreadyExistsFault);
var ExportTaskNotFoundFault$ = [
  -3,
  n0,
  _ETNFF,
  { "awsQueryError": [`ExportTaskNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(ExportTaskNotFoundFault$, ExportTaskNotFoundFault);
var GlobalClusterAlreadyExistsFault$ = [
  -3,
  n0,
  _GCAEF,
  { "awsQueryError": [`GlobalClusterAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(GlobalClusterAlreadyExistsFault$, GlobalClusterAlreadyExistsFault);
var GlobalClusterNotFoundFault$ = [
  -3,
  n0,
  _GCNFF,
  { "awsQueryError": [`GlobalClusterNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(GlobalClusterNotFoundFault$, GlobalClusterNotFoundFault);
var GlobalClusterQuotaExceededFault$ = [
  -3,
  n0,
  _GCQEF,
  { "awsQueryError": [`GlobalClusterQuotaExceededFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(GlobalClusterQuotaExceededFault$, GlobalClusterQuotaExceededFault);
var IamRoleMissingPermissionsFault$ = [
  -3,
  n0,
  _IRMPF,
  { "awsQueryError": [`IamRoleMissingPermissions`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(IamRoleMissingPermissionsFault$, IamRoleMissingPermissionsFault);
var IamRoleNotFoundFault$ = [
  -3,
  n0,
  _IRNFF,
  { "awsQueryError": [`IamRoleNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(IamRoleNotFoundFault$, IamRoleNotFoundFault);
var InstanceQuotaExceededFault$ = [
  -3,
  n0,
  _IQEF,
  { "awsQueryError": [`InstanceQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InstanceQuotaExceededFault$, InstanceQuotaExceededFault);
var InsufficientAvailableIPsInSubnetFault$ = [
  -3,
  n0,
  _IAIPISF,
  { "awsQueryError": [`InsufficientAvailableIPsInSubnetFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientAvailableIPsInSubnetFault$, InsufficientAvailableIPsInSubnetFault);
var InsufficientDBClusterCapacityFault$ = [
  -3,
  n0,
  _IDBCCF,
  { "awsQueryError": [`InsufficientDBClusterCapacityFault`, 403], "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientDBClusterCapacityFault$, InsufficientDBClusterCapacityFault);
var InsufficientDBInstanceCapacityFault$ = [
  -3,
  n0,
  _IDBICF,
  { "awsQueryError": [`InsufficientDBInstanceCapacity`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientDBInstanceCapacityFault$, InsufficientDBInstanceCapacityFault);
var InsufficientStorageClusterCapacityFault$ = [
  -3,
  n0,
  _ISCCF,
  { "awsQueryError": [`InsufficientStorageClusterCapacity`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientStorageClusterCapacityFault$, InsufficientStorageClusterCapacityFault);
var IntegrationAlreadyExistsFault$ = [
  -3,
  n0,
  _IAEF,
  { "awsQueryError": [`IntegrationAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(IntegrationAlreadyExistsFault$, IntegrationAlreadyExistsFault);
var IntegrationConflictOperationFault$ = [
  -3,
  n0,
  _ICOF,
  { "awsQueryError": [`IntegrationConflictOperationFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(IntegrationConflictOperationFault$, IntegrationConflictOperationFault);
var IntegrationNotFoundFault$ = [
  -3,
  n0,
  _INFF,
  { "awsQueryError": [`IntegrationNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(IntegrationNotFoundFault$, IntegrationNotFoundFault);
var IntegrationQuotaExceededFault$ = [
  -3,
  n0,
  _IQEFn,
  { "awsQueryError": [`IntegrationQuotaExceededFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(IntegrationQuotaExceededFault$, IntegrationQuotaExceededFault);
var InvalidBlueGreenDeploymentStateFault$ = [
  -3,
  n0,
  _IBGDSF,
  { "awsQueryError": [`InvalidBlueGreenDeploymentStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidBlueGreenDeploymentStateFault$, InvalidBlueGreenDeploymentStateFault);
var InvalidCustomDBEngineVersionStateFault$ = [
  -3,
  n0,
  _ICDBEVSF,
  { "awsQueryError": [`InvalidCustomDBEngineVersionStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCustomDBEngineVersionStateFault$, InvalidCustomDBEngineVersionStateFault);
var InvalidDBCapacityReservationStateFault$ = [
  -3,
  n0,
  _IDBCRSF,
  { "awsQueryError": [`InvalidDBCapacityReservationState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBCapacityReservationStateFault$, InvalidDBCapacityReservationStateFault);
var InvalidDBClusterAutomatedBackupStateFault$ = [
  -3,
  n0,
  _IDBCABSF,
  { "awsQueryError": [`InvalidDBClusterAutomatedBackupStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterAutomatedBackupStateFault$, InvalidDBClusterAutomatedBackupStateFault);
var InvalidDBClusterCapacityFault$ = [
  -3,
  n0,
  _IDBCCFn,
  { "awsQueryError": [`InvalidDBClusterCapacityFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterCapacityFault$, InvalidDBClusterCapacityFault);
var InvalidDBClusterEndpointStateFault$ = [
  -3,
  n0,
  _IDBCESF,
  { "awsQueryError": [`InvalidDBClusterEndpointStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterEndpointStateFault$, InvalidDBClusterEndpointStateFault);
var InvalidDBClusterSnapshotStateFault$ = [
  -3,
  n0,
  _IDBCSSF,
  { "awsQueryError": [`InvalidDBClusterSnapshotStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterSnapshotStateFault$, InvalidDBClusterSnapshotStateFault);
var InvalidDBClusterStateFault$ = [
  -3,
  n0,
  _IDBCSF,
  { "awsQueryError": [`InvalidDBClusterStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterStateFault$, InvalidDBClusterStateFault);
var InvalidDBInstanceAutomatedBackupStateFault$ = [
  -3,
  n0,
  _IDBIABSF,
  { "awsQueryError": [`InvalidDBInstanceAutomatedBackupState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBInstanceAutomatedBackupStateFault$, InvalidDBInstanceAutomatedBackupStateFault);
var InvalidDBInstanceStateFault$ = [
  -3,
  n0,
  _IDBISF,
  { "awsQueryError": [`InvalidDBInstanceState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBInstanceStateFault$, InvalidDBInstanceStateFault);
var InvalidDBParameterGroupStateFault$ = [
  -3,
  n0,
  _IDBPGSF,
  { "awsQueryError": [`InvalidDBParameterGroupState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBParameterGroupStateFault$, InvalidDBParameterGroupStateFault);
var InvalidDBProxyEndpointStateFault$ = [
  -3,
  n0,
  _IDBPESF,
  { "awsQueryError": [`InvalidDBProxyEndpointStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBProxyEndpointStateFault$, InvalidDBProxyEndpointStateFault);
var InvalidDBProxyStateFault$ = [
  -3,
  n0,
  _IDBPSF,
  { "awsQueryError": [`InvalidDBProxyStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBProxyStateFault$, InvalidDBProxyStateFault);
var InvalidDBSecurityGroupStateFault$ = [
  -3,
  n0,
  _IDBSGSF,
  { "awsQueryError": [`InvalidDBSecurityGroupState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSecurityGroupStateFault$, InvalidDBSecurityGroupStateFault);
var InvalidDBShardGroupStateFault$ = [
  -3,
  n0,
  _IDBSGSFn,
  { "awsQueryError": [`InvalidDBShardGroupState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBShardGroupStateFault$, InvalidDBShardGroupStateFault);
var InvalidDBSnapshotStateFault$ = [
  -3,
  n0,
  _IDBSSF,
  { "awsQueryError": [`InvalidDBSnapshotState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSnapshotStateFault$, InvalidDBSnapshotStateFault);
var InvalidDBSubnetGroupFault$ = [
  -3,
  n0,
  _IDBSGF,
  { "awsQueryError": [`InvalidDBSubnetGroupFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSubnetGroupFault$, InvalidDBSubnetGroupFault);
var InvalidDBSubnetGroupStateFault$ = [
  -3,
  n0,
  _IDBSGSFnv,
  { "awsQueryError": [`InvalidDBSubnetGroupStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSubnetGroupStateFault$, InvalidDBSubnetGroupStateFault);
var InvalidDBSubnetStateFault$ = [
  -3,
  n0,
  _IDBSSFn,
  { "awsQueryError": [`InvalidDBSubnetStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSubnetStateFault$, InvalidDBSubnetStateFault);
var InvalidEventSubscriptionStateFault$ = [
  -3,
  n0,
  _IESSF,
  { "awsQueryError": [`InvalidEventSubscriptionState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidEventSubscriptionStateFault$, InvalidEventSubscriptionStateFault);
var InvalidExportOnlyFault$ = [
  -3,
  n0,
  _IEOF,
  { "awsQueryError": [`InvalidExportOnly`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidExportOnlyFault$, InvalidExportOnlyFault);
var InvalidExportSourceStateFault$ = [
  -3,
  n0,
  _IESSFn,
  { "awsQueryError": [`InvalidExportSourceState`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidExportSourceStateFault$, InvalidExportSourceStateFault);
var InvalidExportTaskStateFault$ = [
  -3,
  n0,
  _IETSF,
  { "awsQueryError": [`InvalidExportTaskStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidExportTaskStateFault$, InvalidExportTaskStateFault);
var InvalidGlobalClusterStateFault$ = [
  -3,
  n0,
  _IGCSF,
  { "awsQueryError": [`InvalidGlobalClusterStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidGlobalClusterStateFault$, InvalidGlobalClusterStateFault);
var InvalidIntegrationStateFault$ = [
  -3,
  n0,
  _IISF,
  { "awsQueryError": [`InvalidIntegrationStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidIntegrationStateFault$, InvalidIntegrationStateFault);
var InvalidOptionGroupStateFault$ = [
  -3,
  n0,
  _IOGSF,
  { "awsQueryError": [`InvalidOptionGroupStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidOptionGroupStateFault$, InvalidOptionGroupStateFault);
var InvalidResourceStateFault$ = [
  -3,
  n0,
  _IRSF,
  { "awsQueryError": [`InvalidResourceStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidResourceStateFault$, InvalidResourceStateFault);
var InvalidRestoreFault$ = [
  -3,
  n0,
  _IRF,
  { "awsQueryError": [`InvalidRestoreFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidRestoreFault$, InvalidRestoreFault);
var InvalidS3BucketFault$ = [
  -3,
  n0,
  _ISBF,
  { "awsQueryError": [`InvalidS3BucketFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidS3BucketFault$, InvalidS3BucketFault);
var InvalidSubnet$ = [
  -3,
  n0,
  _IS,
  { "awsQueryError": [`InvalidSubnet`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
var InvalidVPCNetworkStateFault$ = [
  -3,
  n0,
  _IVPCNSF,
  { "awsQueryError": [`InvalidVPCNetworkStateFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidVPCNetworkStateFault$, InvalidVPCNetworkStateFault);
var KMSKeyNotAccessibleFault$ = [
  -3,
  n0,
  _KMSKNAF,
  { "awsQueryError": [`KMSKeyNotAccessibleFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSKeyNotAccessibleFault$, KMSKeyNotAccessibleFault);
var MaxDBShardGroupLimitReached$ = [
  -3,
  n0,
  _MDBSGLR,
  { "awsQueryError": [`MaxDBShardGroupLimitReached`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(MaxDBShardGroupLimitReached$, MaxDBShardGroupLimitReached);
var NetworkTypeNotSupported$ = [
  -3,
  n0,
  _NTNS,
  { "awsQueryError": [`NetworkTypeNotSupported`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(NetworkTypeNotSupported$, NetworkTypeNotSupported);
var OptionGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _OGAEF,
  { "awsQueryError": [`OptionGroupAlreadyExistsFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(OptionGroupAlreadyExistsFault$, OptionGroupAlreadyExistsFault);
var OptionGroupNotFoundFault$ = [
  -3,
  n0,
  _OGNFF,
  { "awsQueryError": [`OptionGroupNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(OptionGroupNotFoundFault$, OptionGroupNotFoundFault);
var OptionGroupQuotaExceededFault$ = [
  -3,
  n0,
  _OGQEF,
  { "awsQueryError": [`OptionGroupQuotaExceededFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(OptionGroupQuotaExceededFault$, OptionGroupQuotaExceededFault);
var PointInTimeRestoreNotEnabledFault$ = [
  -3,
  n0,
  _PITRNEF,
  { "awsQueryError": [`PointInTimeRestoreNotEnabled`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(PointInTimeRestoreNotEnabledFault$, PointInTimeRestoreNotEnabledFault);
var ProvisionedIopsNotAvailableInAZFault$ = [
  -3,
  n0,
  _PINAIAZF,
  { "awsQueryError": [`ProvisionedIopsNotAvailableInAZFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(ProvisionedIopsNotAvailableInAZFault$, ProvisionedIopsNotAvailableInAZFault);
var ReservedDBInstanceAlreadyExistsFault$ = [
  -3,
  n0,
  _RDBIAEF,
  { "awsQueryError": [`ReservedDBInstanceAlreadyExists`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedDBInstanceAlreadyExistsFault$, ReservedDBInstanceAlreadyExistsFault);
var ReservedDBInstanceNotFoundFault$ = [
  -3,
  n0,
  _RDBINFF,
  { "awsQueryError": [`ReservedDBInstanceNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedDBInstanceNotFoundFault$, ReservedDBInstanceNotFoundFault);
var ReservedDBInstanceQuotaExceededFault$ = [
  -3,
  n0,
  _RDBIQEF,
  { "awsQueryError": [`ReservedDBInstanceQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedDBInstanceQuotaExceededFault$, ReservedDBInstanceQuotaExceededFault);
var ReservedDBInstancesOfferingNotFoundFault$ = [
  -3,
  n0,
  _RDBIONFF,
  { "awsQueryError": [`ReservedDBInstancesOfferingNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedDBInstancesOfferingNotFoundFault$, ReservedDBInstancesOfferingNotFoundFault);
var ResourceNotFoundFault$ = [
  -3,
  n0,
  _RNFF,
  { "awsQueryError": [`ResourceNotFoundFault`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundFault$, ResourceNotFoundFault);
var SharedSnapshotQuotaExceededFault$ = [
  -3,
  n0,
  _SSQEF,
  { "awsQueryError": [`SharedSnapshotQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(SharedSnapshotQuotaExceededFault$, SharedSnapshotQuotaExceededFault);
var SnapshotQuotaExceededFault$ = [
  -3,
  n0,
  _SQEF,
  { "awsQueryError": [`SnapshotQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(SnapshotQuotaExceededFault$, SnapshotQuotaExceededFault);
var SNSInvalidTopicFault$ = [
  -3,
  n0,
  _SNSITF,
  { "awsQueryError": [`SNSInvalidTopic`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(SNSInvalidTopicFault$, SNSInvalidTopicFault);
var SNSNoAuthorizationFault$ = [
  -3,
  n0,
  _SNSNAF,
  { "awsQueryError": [`SNSNoAuthorization`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(SNSNoAuthorizationFault$, SNSNoAuthorizationFault);
var SNSTopicArnNotFoundFault$ = [
  -3,
  n0,
  _SNSTANFF,
  { "awsQueryError": [`SNSTopicArnNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(SNSTopicArnNotFoundFault$, SNSTopicArnNotFoundFault);
var SourceClusterNotSupportedFault$ = [
  -3,
  n0,
  _SCNSF,
  { "awsQueryError": [`SourceClusterNotSupportedFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(SourceClusterNotSupportedFault$, SourceClusterNotSupportedFault);
var SourceDatabaseNotSupportedFault$ = [
  -3,
  n0,
  _SDNSF,
  { "awsQueryError": [`SourceDatabaseNotSupportedFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(SourceDatabaseNotSupportedFault$, SourceDatabaseNotSupportedFault);
var SourceNotFoundFault$ = [
  -3,
  n0,
  _SNFF,
  { "awsQueryError": [`SourceNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(SourceNotFoundFault$, SourceNotFoundFault);
var StorageQuotaExceededFault$ = [
  -3,
  n0,
  _SQEFt,
  { "awsQueryError": [`StorageQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(StorageQuotaExceededFault$, StorageQuotaExceededFault);
var StorageTypeNotAvailableFault$ = [
  -3,
  n0,
  _STNAF,
  { "awsQueryError": [`StorageTypeNotAvailableFault`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(StorageTypeNotAvailableFault$, StorageTypeNotAvailableFault);
var StorageTypeNotSupportedFault$ = [
  -3,
  n0,
  _STNSF,
  { "awsQueryError": [`StorageTypeNotSupported`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(StorageTypeNotSupportedFault$, StorageTypeNotSupportedFault);
var SubnetAlreadyInUse$ = [
  -3,
  n0,
  _SAIU,
  { "awsQueryError": [`SubnetAlreadyInUse`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(SubnetAlreadyInUse$, SubnetAlreadyInUse);
var SubscriptionAlreadyExistFault$ = [
  -3,
  n0,
  _SAEF,
  { "awsQueryError": [`SubscriptionAlreadyExist`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(SubscriptionAlreadyExistFault$, SubscriptionAlreadyExistFault);
var SubscriptionCategoryNotFoundFault$ = [
  -3,
  n0,
  _SCNFF,
  { "awsQueryError": [`SubscriptionCategoryNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(SubscriptionCategoryNotFoundFault$, SubscriptionCategoryNotFoundFault);
var SubscriptionNotFoundFault$ = [
  -3,
  n0,
  _SNFFu,
  { "awsQueryError": [`SubscriptionNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(SubscriptionNotFoundFault$, SubscriptionNotFoundFault);
var TenantDatabaseAlreadyExistsFault$ = [
  -3,
  n0,
  _TDAEF,
  { "awsQueryError": [`TenantDatabaseAlreadyExists`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TenantDatabaseAlreadyExistsFault$, TenantDatabaseAlreadyExistsFault);
var TenantDatabaseNotFoundFault$ = [
  -3,
  n0,
  _TDNFF,
  { "awsQueryError": [`TenantDatabaseNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(TenantDatabaseNotFoundFault$, TenantDatabaseNotFoundFault);
var TenantDatabaseQuotaExceededFault$ = [
  -3,
  n0,
  _TDQEF,
  { "awsQueryError": [`TenantDatabaseQuotaExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(TenantDatabaseQuotaExceededFault$, TenantDatabaseQuotaExceededFault);
var UnsupportedDBEngineVersionFault$ = [
  -3,
  n0,
  _UDBEVF,
  { "awsQueryError": [`UnsupportedDBEngineVersion`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnsupportedDBEngineVersionFault$, UnsupportedDBEngineVersionFault);
var VpcEncryptionControlViolationException$ = [
  -3,
  n0,
  _VECVE,
  { "awsQueryError": [`VpcEncryptionControlViolationException`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(VpcEncryptionControlViolationException$, VpcEncryptionControlViolationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var OperatorSensitiveString = [0, n0, _OSS, 8, 0];
var PotentiallySensitiveOptionSettingValue = [0, n0, _PSOSV, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var AdditionalStorageVolume$ = [
  3,
  n0,
  _ASV,
  0,
  [_VN, _AS, _IOPS, _MAS, _ST, _STt],
  [0, 1, 1, 1, 1, 0],
  1
];
var AdditionalStorageVolumeOutput$ = [
  3,
  n0,
  _ASVO,
  0,
  [_VN, _SVS, _SOS, _SOPP, _AS, _IOPS, _MAS, _ST, _STt],
  [0, 0, 0, 1, 1, 1, 1, 1, 0]
];
var AvailabilityZone$ = [
  3,
  n0,
  _AZ,
  0,
  [_N],
  [0]
];
var AvailableAdditionalStorageVolumesOption$ = [
  3,
  n0,
  _AASVO,
  0,
  [_SSA, _SST, _SIu, _STt, _MSS, _MSSa, _MI, _MIa, _MIPG, _MIPGa, _MST, _MSTa],
  [2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1]
];
var AvailableProcessorFeature$ = [
  3,
  n0,
  _APF,
  0,
  [_N, _DV, _AV],
  [0, 0, 0]
];
var CertificateDetails$ = [
  3,
  n0,
  _CD,
  0,
  [_CAI, _VT],
  [0, 4]
];
var CharacterSet$ = [
  3,
  n0,
  _CS,
  0,
  [_CSN, _CSD],
  [0, 0]
];
var CloudwatchLogsExportConfiguration$ = [
  3,
  n0,
  _CLEC,
  0,
  [_ELT, _DLT],
  [64 | 0, 64 | 0]
];
var ClusterPendingModifiedValues$ = [
  3,
  n0,
  _CPMV,
  0,
  [_PCLE, _DBCI, _MUP, _IAMDAE, _EV, _BRP, _STt, _AS, _RCCC, _I, _CD],
  [() => PendingCloudwatchLogsExports$, 0, [() => SensitiveString, 0], 2, 0, 1, 0, 1, () => RdsCustomClusterConfiguration$, 1, () => CertificateDetails$]
];
var ConnectionPoolConfiguration$ = [
  3,
  n0,
  _CPC,
  0,
  [_MCP, _MICP, _CBT, _SPF, _IQ],
  [1, 1, 1, 64 | 0, [() => OperatorSensitiveString, 0]]
];
var ConnectionPoolConfigurationInfo$ = [
  3,
  n0,
  _CPCI,
  0,
  [_MCP, _MICP, _CBT, _SPF, _IQ],
  [1, 1, 1, 64 | 0, [() => OperatorSensitiveString, 0]]
];
var ContextAttribute$ = [
  3,
  n0,
  _CAo,
  0,
  [_K, _V],
  [0, 0]
];
var CreateCustomDBEngineVersionMessage$ = [
  3,
  n0,
  _CCDBEVM,
  0,
  [_E, _EV, _DIFSBN, _DIFSP, _DIF, _II, _KMSKI, _SCDEVI, _UAPLI, _D, _Man, _T],
  [0, 0, 0, 0, 64 | 0, 0, 0, 0, 2, 0, 0, [() => TagList, 0]],
  2
];
var CreateDBClusterEndpointMessage$ = [
  3,
  n0,
  _CDBCEM,
  0,
  [_DBCI, _DBCEI, _ET, _SM, _EM, _T],
  [0, 0, 0, 64 | 0, 64 | 0, [() => TagList, 0]],
  3
];
var CreateDBClusterMessage$ = [
  3,
  n0,
  _CDBCM,
  0,
  [_DBCI, _E, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MU, _MUP, _OGN, _PBW, _PMW, _RSI, _T, _SE, _KKI, _PSU, _EIAMDA, _BW, _ECLE, _EMn, _SC, _RCCC, _DBCIC, _AS, _STt, _I, _PA, _AMVU, _DP, _GCI, _EHE, _CTTS, _Do, _DIAMRN, _EGWF, _NT, _SVSC, _MIo, _MRA, _DIM, _EPI, _PIKMSKI, _PIRP, _ELD, _CST, _DBSI, _MMUP, _ELWF, _MUSKKI, _CACI, _ELS, _TS, _MUAT, _WEC, _AR],
  [0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, 0, [() => SensitiveString, 0], 0, 0, 0, 0, [() => TagList, 0], 2, 0, [() => SensitiveString, 0], 2, 1, 64 | 0, 0, () => ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 0, 1, 0, 1, 2, 2, 2, 0, 2, 2, 0, 0, 2, 0, () => ServerlessV2ScalingConfiguration$, 1, 0, 0, 2, 0, 1, 2, 0, 0, 2, 2, 0, 0, 0, [() => TagSpecificationList, 0], 0, 2, [() => DBClusterAssociatedRoles, 0]],
  2
];
var CreateDBInstanceMessage$ = [
  3,
  n0,
  _CDBIM,
  0,
  [_DBII, _DBIC, _E, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _CSN, _NCSN, _PA, _T, _DBCI, _STt, _TCA, _TCP, _SE, _KKI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _MIo, _MRA, _DIAMRN, _PT, _Ti, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _DP, _MAS, _ECOI, _NT, _BTa, _CIIP, _DBSI, _CACI, _MMUP, _MUSKKI, _MT, _DLV, _ELS, _ASVd, _TS, _DBCRI, _MUAT],
  [0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 0, 0, 2, [() => TagList, 0], 0, 0, 0, [() => SensitiveString, 0], 2, 0, 0, 0, 0, 0, 64 | 0, 2, 1, 0, 0, 1, 0, 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 1, 2, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0, 0],
  3
];
var CreateDBInstanceReadReplicaMessage$ = [
  3,
  n0,
  _CDBIRRM,
  0,
  [_DBII, _SDBII, _DBIC, _AZ, _P, _MAZ, _AMVU, _I, _ST, _OGN, _DBPGN, _PA, _T, _DBSGNu, _VSGI, _STt, _CTTS, _MIo, _MRA, _KKI, _PSU, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _RM, _ECOI, _NT, _MAS, _BTa, _CIIP, _AS, _SDBCI, _DLV, _USC, _CACI, _ASVd, _TS, _DBCRI],
  [0, 0, 0, 0, 1, 2, 2, 1, 1, 0, 0, 2, [() => TagList, 0], 0, [() => VpcSecurityGroupIdList, 0], 0, 2, 1, 0, 0, [() => SensitiveString, 0], 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 2, 0, 0, 0, 0, 0, 64 | 0, 0, 2, 0, 1, 0, 0, 1, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0],
  1
];
var CreateDBProxyEndpointRequest$ = [
  3,
  n0,
  _CDBPER,
  0,
  [_DBPN, _DBPEN, _VSI, _VSGI, _TR, _T, _ENT],
  [0, 0, 64 | 0, 64 | 0, 0, [() => TagList, 0], 0],
  3
];
var CreateDBProxyRequest$ = [
  3,
  n0,
  _CDBPR,
  0,
  [_DBPN, _EF, _RA, _VSI, _DAS, _A, _VSGI, _RTLS, _ICT, _DL, _T, _ENT, _TCNT],
  [0, 0, 0, 64 | 0, 0, () => UserAuthConfigList, 64 | 0, 2, 1, 2, [() => TagList, 0], 0, 0],
  4
];
var CreateIntegrationMessage$ = [
  3,
  n0,
  _CIM,
  0,
  [_SA, _TA, _IN, _KMSKI, _AEC, _T, _DFa, _D],
  [0, 0, 0, 0, 128 | 0, [() => TagList, 0], 0, 0],
  3
];
var CustomDBEngineVersionAMI$ = [
  3,
  n0,
  _CDBEVAMI,
  0,
  [_II, _St],
  [0, 0]
];
var DBCluster$ = [
  3,
  n0,
  _DBC,
  0,
  [_AS, _AZv, _BRP, _CSN, _DN, _DBCI, _DBCPG, _DBSGu, _St, _PP, _ERT, _End, _RE, _CE, _MAZ, _E, _EV, _LRT, _P, _MU, _DBCOGM, _PBW, _PMW, _URO, _RSI, _RRI, _SIt, _DBCM, _VSG, _HZI, _SE, _SET, _KKI, _DCRI, _DBCA, _AR, _IAMDAE, _CGI, _CCT, _EBT, _BW, _BCCR, _ECLEn, _Ca, _PMV, _EMn, _SCI, _RCCC, _DBCIC, _STt, _I, _ST, _IOONAMT, _PA, _AMVU, _DP, _HEE, _ASM, _ASS, _ASKKI, _ASKSN, _CTTS, _CAC, _DM, _TL, _GCI, _GWFS, _GWFR, _NT, _ART, _SVSC, _SVPV, _MIo, _MRA, _DIM, _PIE, _PIKMSKI, _PIRP, _DBSI, _MUS, _LWFS, _ABRPA, _LD, _CST, _CD, _ELS, _VPCNE, _IAGE],
  [1, [() => AvailabilityZones, 0], 1, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 64 | 0, 2, 0, 0, 4, 1, 0, [() => DBClusterOptionGroupMemberships, 0], 0, 0, 0, 0, [() => ReadReplicaIdentifierList, 0], [() => DBClusterStatusInfoList, 0], [() => DBClusterMemberList, 0], [() => VpcSecurityGroupMembershipList, 0], 0, 2, 0, 0, 0, 0, [() => DBClusterRoles, 0], 2, 0, 4, 4, 1, 1, 64 | 0, 1, [() => ClusterPendingModifiedValues$, 0], 0, () => ScalingConfigurationInfo$, () => RdsCustomClusterConfiguration$, 0, 0, 1, 1, 4, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, [() => DomainMembershipList, 0], [() => TagList, 0], 0, 0, 2, 0, 4, () => ServerlessV2ScalingConfigurationInfo$, 0, 1, 0, 0, 2, 0, 1, 0, () => MasterUserSecret$, 0, 0, () => LimitlessDatabase$, 0, () => CertificateDetails$, 0, 2, 2]
];
var DBClusterAssociatedRole$ = [
  3,
  n0,
  _DBCAR,
  0,
  [_RA, _FN],
  [0, 0],
  1
];
var DBClusterEndpoint$ = [
  3,
  n0,
  _DBCE,
  0,
  [_DBCEI, _DBCI, _DBCERI, _End, _St, _ET, _CET, _SM, _EM, _DBCEA],
  [0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0]
];
var DBClusterMember$ = [
  3,
  n0,
  _DBCMl,
  0,
  [_DBII, _ICW, _DBCPGS, _PT],
  [0, 2, 0, 1]
];
var DBClusterOptionGroupStatus$ = [
  3,
  n0,
  _DBCOGS,
  0,
  [_DBCOGN, _St],
  [0, 0]
];
var DBClusterRole$ = [
  3,
  n0,
  _DBCRl,
  0,
  [_RA, _St, _FN],
  [0, 0, 0]
];
var DBClusterStatusInfo$ = [
  3,
  n0,
  _DBCSIl,
  0,
  [_STta, _No, _St, _Me],
  [0, 2, 0, 0]
];
var DBEngineVersion$ = [
  3,
  n0,
  _DBEV,
  0,
  [_E, _MEV, _EV, _DIFSBN, _DIFSP, _DIF, _CDBEVM, _DBPGF, _DBED, _DBEVA, _DBEVD, _DCS, _FR, _Im, _DBEMT, _KMSKI, _CT, _SCS, _SNCS, _VUT, _STu, _ELTx, _SLETCL, _SRR, _SEM, _SFN, _St, _SPQ, _SGD, _TL, _SB, _SLD, _SCRWR, _SCACI, _SLWF, _SIup, _SVFS],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 0, 0, 0, () => CharacterSet$, 0, () => CustomDBEngineVersionAMI$, 0, 0, 4, [() => SupportedCharacterSetsList, 0], [() => SupportedCharacterSetsList, 0], [() => ValidUpgradeTargetList, 0], [() => SupportedTimezonesList, 0], 64 | 0, 2, 2, 64 | 0, 64 | 0, 0, 2, 2, [() => TagList, 0], 2, 2, 2, 64 | 0, 2, 2, () => ServerlessV2FeaturesSupport$]
];
var DBInstance$ = [
  3,
  n0,
  _DBI,
  0,
  [_DBII, _DBIC, _E, _DBIS, _MU, _DBN, _End, _AS, _ICTn, _PBW, _BRP, _DBSGe, _VSG, _DBPGa, _AZ, _DBSGu, _PMW, _URO, _PMV, _LRT, _MAZ, _EV, _AMVU, _RRSDBII, _RRDBII, _RRDBCI, _RM, _LM, _I, _ST, _OGM, _CSN, _NCSN, _SAZe, _PA, _SIt, _STt, _SET, _TCA, _DIP, _DBCI, _SE, _KKI, _DRI, _CACI, _DM, _CTTS, _MIo, _EMRA, _MRA, _PT, _DBIA, _Ti, _IAMDAE, _DIM, _PIE, _PIKMSKI, _PIRP, _ECLEn, _PF, _DP, _AR, _LE, _MAS, _TL, _AM, _RFAMT, _COIE, _NT, _ASS, _ASKKI, _ASKSN, _ASM, _ASENAFI, _ABRPA, _DBIABR, _BTa, _ART, _CIIP, _ASPS, _CD, _DBSI, _MUS, _RRSDBCI, _PP, _MT, _DLV, _ISCUA, _ELS, _ASVd, _SVS, _SOS, _SOPP, _DBCRI],
  [0, 0, 0, 0, 0, 0, () => Endpoint$, 1, 4, 0, 1, [() => DBSecurityGroupMembershipList, 0], [() => VpcSecurityGroupMembershipList, 0], [() => DBParameterGroupStatusList, 0], 0, [() => DBSubnetGroup$, 0], 0, 0, [() => PendingModifiedValues$, 0], 4, 2, 0, 2, 0, [() => ReadReplicaDBInstanceIdentifierList, 0], [() => ReadReplicaDBClusterIdentifierList, 0], 0, 0, 1, 1, [() => OptionGroupMembershipList, 0], 0, 0, 0, 2, [() => DBInstanceStatusInfoList, 0], 0, 0, 0, 1, 0, 2, 0, 0, 0, [() => DomainMembershipList, 0], 2, 1, 0, 0, 1, 0, 0, 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, [() => DBInstanceRoles, 0], () => Endpoint$, 1, [() => TagList, 0], 0, 4, 2, 0, 0, 0, 0, 0, 2, 0, [() => DBInstanceAutomatedBackupsReplicationList, 0], 0, 4, 0, 0, () => CertificateDetails$, 0, () => MasterUserSecret$, 0, 0, 2, 2, 2, 0, () => AdditionalStorageVolumesOutputList, 0, 0, 1, 0]
];
var DBInstanceAutomatedBackupsReplication$ = [
  3,
  n0,
  _DBIABRn,
  0,
  [_DBIABA],
  [0]
];
var DBInstanceMessage$ = [
  3,
  n0,
  _DBIM,
  0,
  [_Ma, _DBIn],
  [0, [() => DBInstanceList, 0]]
];
var DBInstanceRole$ = [
  3,
  n0,
  _DBIR,
  0,
  [_RA, _FN, _St],
  [0, 0, 0]
];
var DBInstanceStatusInfo$ = [
  3,
  n0,
  _DBISI,
  0,
  [_STta, _No, _St, _Me],
  [0, 2, 0, 0]
];
var DBParameterGroupStatus$ = [
  3,
  n0,
  _DBPGS,
  0,
  [_DBPGN, _PAS],
  [0, 0]
];
var DBProxy$ = [
  3,
  n0,
  _DBP,
  0,
  [_DBPN, _DBPA, _St, _EF, _VI, _VSGI, _VSI, _DAS, _A, _RA, _End, _RTLS, _ICT, _DL, _CDre, _UD, _ENT, _TCNT],
  [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, () => UserAuthConfigInfoList, 0, 0, 2, 1, 2, 4, 4, 0, 0]
];
var DBProxyEndpoint$ = [
  3,
  n0,
  _DBPE,
  0,
  [_DBPEN, _DBPEA, _DBPN, _St, _VI, _VSGI, _VSI, _End, _CDre, _TR, _ID, _ENT],
  [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, 4, 0, 2, 0]
];
var DBSecurityGroupMembership$ = [
  3,
  n0,
  _DBSGM,
  0,
  [_DBSGN, _St],
  [0, 0]
];
var DBSubnetGroup$ = [
  3,
  n0,
  _DBSGu,
  0,
  [_DBSGNu, _DBSGDu, _VI, _SGS, _Su, _DBSGAu, _SNT],
  [0, 0, 0, 0, [() => SubnetList, 0], 0, 64 | 0]
];
var DeregisterDBProxyTargetsRequest$ = [
  3,
  n0,
  _DDBPTR,
  0,
  [_DBPN, _TGN, _DBIIn, _DBCIl],
  [0, 0, 64 | 0, 64 | 0],
  1
];
var DescribeDBInstancesMessage$ = [
  3,
  n0,
  _DDBIMe,
  0,
  [_DBII, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DomainMembership$ = [
  3,
  n0,
  _DMo,
  0,
  [_Do, _St, _FQDN, _IAMRN, _OU, _ASA, _DI],
  [0, 0, 0, 0, 0, 0, 64 | 0]
];
var Endpoint$ = [
  3,
  n0,
  _End,
  0,
  [_Ad, _P, _HZI],
  [0, 1, 0]
];
var ExportTask$ = [
  3,
  n0,
  _ETx,
  0,
  [_ETI, _SA, _EO, _STnap, _TSTas, _TET, _SBu, _SP, _IRA, _KKI, _St, _PP, _TEDIGB, _FCa, _WM, _STo],
  [0, 0, 64 | 0, 4, 4, 4, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0]
];
var Filter$ = [
  3,
  n0,
  _Fil,
  0,
  [_N, _Va],
  [0, [() => FilterValueList, 0]],
  2
];
var GlobalClusterMember$ = [
  3,
  n0,
  _GCMl,
  0,
  [_DBCA, _Read, _IW, _GWFS, _SSy],
  [0, 64 | 0, 2, 0, 0]
];
var Integration$ = [
  3,
  n0,
  _Int,
  0,
  [_SA, _TA, _IN, _IAn, _KMSKI, _AEC, _St, _T, _DFa, _D, _CT, _Er],
  [0, 0, 0, 0, 0, 128 | 0, 0, [() => TagList, 0], 0, 0, 4, [() => IntegrationErrorList, 0]]
];
var IntegrationError$ = [
  3,
  n0,
  _IE,
  0,
  [_ECr, _EMr],
  [0, 0],
  1
];
var IssueDetails$ = [
  3,
  n0,
  _IDs,
  0,
  [_PID],
  [() => PerformanceIssueDetails$]
];
var LimitlessDatabase$ = [
  3,
  n0,
  _LD,
  0,
  [_St, _MRACU],
  [0, 1]
];
var MasterUserSecret$ = [
  3,
  n0,
  _MUS,
  0,
  [_SAe, _SSe, _KKI],
  [0, 0, 0]
];
var Metric$ = [
  3,
  n0,
  _Met,
  0,
  [_N, _Ref, _SDtat, _MQ],
  [0, () => MetricReferenceList, 0, () => MetricQuery$]
];
var MetricQuery$ = [
  3,
  n0,
  _MQ,
  0,
  [_PIMQ],
  [() => PerformanceInsightsMetricQuery$]
];
var MetricReference$ = [
  3,
  n0,
  _MRe,
  0,
  [_N, _RD],
  [0, () => ReferenceDetails$]
];
var ModifyAdditionalStorageVolume$ = [
  3,
  n0,
  _MASV,
  0,
  [_VN, _AS, _IOPS, _MAS, _ST, _STt, _SFD],
  [0, 1, 1, 1, 1, 0, 2],
  1
];
var ModifyDBClusterEndpointMessage$ = [
  3,
  n0,
  _MDBCEM,
  0,
  [_DBCEI, _ET, _SM, _EM],
  [0, 0, 64 | 0, 64 | 0],
  1
];
var ModifyDBInstanceMessage$ = [
  3,
  n0,
  _MDBIM,
  0,
  [_DBII, _AS, _DBIC, _DBSGNu, _DBSGe, _VSGI, _AIp, _MUP, _DBPGN, _BRP, _PBW, _PMW, _MAZ, _EV, _AMVUl, _AMVU, _LM, _I, _ST, _OGN, _NDBII, _STt, _TCA, _TCP, _CACI, _Do, _DF, _DO, _DASA, _DDI, _DD, _CTTS, _MIo, _DBPNo, _PA, _MRA, _DIAMRN, _PT, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _CLEC, _PF, _UDPF, _DP, _MAS, _CRR, _RM, _AM, _RFAMM, _ECOI, _NT, _ABRPA, _MMUP, _RMUP, _MUSKKI, _MT, _DLV, _E, _ASVd, _DBCRI, _TS, _MUAT, _ELS],
  [0, 1, 0, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 2, [() => SensitiveString, 0], 0, 1, 0, 0, 2, 0, 2, 2, 0, 1, 1, 0, 0, 0, 0, [() => SensitiveString, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 2, 1, 1, 2, 0, 0, 1, 2, 0, 2, 0, 1, () => CloudwatchLogsExportConfiguration$, [() => ProcessorFeatureList, 0], 2, 2, 1, 2, 0, 0, 1, 2, 0, 0, 2, 2, 0, 2, 2, 0, () => ModifyAdditionalStorageVolumesList, 0, [() => TagSpecificationList, 0], 0, 0],
  1
];
var ModifyDBProxyEndpointRequest$ = [
  3,
  n0,
  _MDBPER,
  0,
  [_DBPEN, _NDBPEN, _VSGI],
  [0, 0, 64 | 0],
  1
];
var ModifyDBProxyRequest$ = [
  3,
  n0,
  _MDBPR,
  0,
  [_DBPN, _NDBPN, _DAS, _A, _RTLS, _ICT, _DL, _RA, _SG],
  [0, 0, 0, () => UserAuthConfigList, 2, 1, 2, 0, 64 | 0],
  1
];
var ModifyOptionGroupMessage$ = [
  3,
  n0,
  _MOGM,
  0,
  [_OGN, _OTI, _OTR, _AIp],
  [0, [() => OptionConfigurationList, 0], 64 | 0, 2],
  1
];
var OptionConfiguration$ = [
  3,
  n0,
  _OC,
  0,
  [_ON, _P, _OV, _DBSGMec, _VSGM, _OS],
  [0, 1, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], [() => OptionSettingsList, 0]],
  1
];
var OptionGroupMembership$ = [
  3,
  n0,
  _OGMp,
  0,
  [_OGN, _St],
  [0, 0]
];
var OptionSetting$ = [
  3,
  n0,
  _OSp,
  0,
  [_N, _V, _DV, _D, _AT, _DTa, _AV, _IM, _IC],
  [0, [() => PotentiallySensitiveOptionSettingValue, 0], 0, 0, 0, 0, 0, 2, 2]
];
var OrderableDBInstanceOption$ = [
  3,
  n0,
  _ODBIO,
  0,
  [_E, _EV, _DBIC, _LM, _AZG, _AZv, _MAZC, _RRC, _Vp, _SSE, _STt, _SIu, _SST, _SEMu, _SIAMDA, _SPI, _MSS, _MSSa, _MIPDI, _MIPDIa, _MIPG, _MIPGa, _MSTPDI, _MSTPDIa, _MSTPI, _MSTPIa, _APFv, _SEM, _SSA, _SKA, _OCu, _SASM, _SGD, _SNT, _SCu, _SDLV, _SASV, _SHE, _AASVOv],
  [0, 0, 0, 0, 0, [() => AvailabilityZoneList, 0], 2, 2, 2, 2, 0, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, [() => AvailableProcessorFeatureList, 0], 64 | 0, 2, 2, 2, 64 | 0, 2, 64 | 0, 2, 2, 2, 2, [() => AvailableAdditionalStorageVolumesOptionList, 0]]
];
var Outpost$ = [
  3,
  n0,
  _Ou,
  0,
  [_Ar],
  [0]
];
var Parameter$ = [
  3,
  n0,
  _Par,
  0,
  [_PN, _PV, _D, _S, _AT, _DTa, _AV, _IM, _MEVi, _AMp, _SEM],
  [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 64 | 0]
];
var PendingCloudwatchLogsExports$ = [
  3,
  n0,
  _PCLE,
  0,
  [_LTTE, _LTTD],
  [64 | 0, 64 | 0]
];
var PendingModifiedValues$ = [
  3,
  n0,
  _PMV,
  0,
  [_DBIC, _AS, _MUP, _P, _BRP, _MAZ, _EV, _LM, _I, _ST, _DBII, _STt, _CACI, _DBSGNu, _PCLE, _PF, _AM, _RFAMT, _MT, _IAMDAE, _DLV, _E, _ASVd, _DBCRI],
  [0, 1, [() => SensitiveString, 0], 1, 1, 2, 0, 0, 1, 1, 0, 0, 0, 0, () => PendingCloudwatchLogsExports$, [() => ProcessorFeatureList, 0], 0, 4, 2, 2, 2, 0, () => AdditionalStorageVolumesList, 0]
];
var PerformanceInsightsMetricDimensionGroup$ = [
  3,
  n0,
  _PIMDG,
  0,
  [_Di, _G, _Li],
  [64 | 0, 0, 1]
];
var PerformanceInsightsMetricQuery$ = [
  3,
  n0,
  _PIMQ,
  0,
  [_GB, _Met],
  [() => PerformanceInsightsMetricDimensionGroup$, 0]
];
var PerformanceIssueDetails$ = [
  3,
  n0,
  _PID,
  0,
  [_STtar, _ETn, _Metr, _An],
  [4, 4, () => MetricList, 0]
];
var ProcessorFeature$ = [
  3,
  n0,
  _PFr,
  0,
  [_N, _V],
  [0, 0]
];
var RdsCustomClusterConfiguration$ = [
  3,
  n0,
  _RCCC,
  0,
  [_ISI, _TGMDI, _RM],
  [0, 0, 0]
];
var RecommendedAction$ = [
  3,
  n0,
  _RAeco,
  0,
  [_AIc, _Tit, _D, _Ope, _Pa, _AMpp, _St, _IDs, _CAon],
  [0, 0, 0, 0, () => RecommendedActionParameterList, 64 | 0, 0, () => IssueDetails$, () => ContextAttributeList]
];
var RecommendedActionParameter$ = [
  3,
  n0,
  _RAP,
  0,
  [_K, _V],
  [0, 0]
];
var ReferenceDetails$ = [
  3,
  n0,
  _RD,
  0,
  [_SRD],
  [() => ScalarReferenceDetails$]
];
var RegisterDBProxyTargetsRequest$ = [
  3,
  n0,
  _RDBPTR,
  0,
  [_DBPN, _TGN, _DBIIn, _DBCIl],
  [0, 0, 64 | 0, 64 | 0],
  1
];
var RemoveTagsFromResourceMessage$ = [
  3,
  n0,
  _RTFRM,
  0,
  [_RN, _TK],
  [0, 64 | 0],
  2
];
var RestoreDBClusterFromS3Message$ = [
  3,
  n0,
  _RDBCFSM,
  0,
  [_DBCI, _E, _MU, _SEo, _SEV, _SBN, _SIRA, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MUP, _OGN, _PBW, _PMW, _T, _SE, _KKI, _EIAMDA, _SP, _BW, _ECLE, _DP, _CTTS, _Do, _DIAMRN, _STt, _NT, _SVSC, _MMUP, _MUSKKI, _ELS, _TS, _AR],
  [0, 0, 0, 0, 0, 0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, [() => SensitiveString, 0], 0, 0, 0, [() => TagList, 0], 2, 0, 2, 0, 1, 64 | 0, 2, 2, 0, 0, 0, 0, () => ServerlessV2ScalingConfiguration$, 2, 0, 0, [() => TagSpecificationList, 0], [() => DBClusterAssociatedRoles, 0]],
  7
];
var RestoreDBClusterFromSnapshotMessage$ = [
  3,
  n0,
  _RDBCFSMe,
  0,
  [_DBCI, _SIn, _E, _AZv, _EV, _P, _DBSGNu, _DN, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _EMn, _SC, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _I, _PA, _NT, _SVSC, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
  [0, 0, 0, [() => AvailabilityZones, 0], 0, 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64 | 0, 0, () => ScalingConfiguration$, 0, 2, 2, 0, 0, 0, 0, 1, 2, 0, () => ServerlessV2ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]],
  3
];
var RestoreDBClusterToPointInTimeMessage$ = [
  3,
  n0,
  _RDBCTPITM,
  0,
  [_DBCI, _RT, _SDBCI, _RTT, _ULRT, _P, _DBSGNu, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _PA, _I, _NT, _SDCRI, _SVSC, _SC, _EMn, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
  [0, 0, 0, 4, 2, 1, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64 | 0, 0, 2, 2, 0, 0, 0, 0, 2, 1, 0, 0, () => ServerlessV2ScalingConfiguration$, () => ScalingConfiguration$, 0, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]],
  1
];
var RestoreDBInstanceFromDBSnapshotMessage$ = [
  3,
  n0,
  _RDBIFDBSM,
  0,
  [_DBII, _DBSIn, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _DIAMRN, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _ECOI, _NT, _BTa, _CIIP, _AS, _DBCSI, _BRP, _PBW, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
  [0, 0, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 64 | 0, 2, 0, 2, 64 | 0, [() => ProcessorFeatureList, 0], 2, 0, 2, 2, 0, 0, 0, 1, 0, 1, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0],
  1
];
var RestoreDBInstanceFromS3Message$ = [
  3,
  n0,
  _RDBIFSM,
  0,
  [_DBII, _DBIC, _E, _SEo, _SEV, _SBN, _SIRA, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _PA, _T, _STt, _SE, _KKI, _CTTS, _MIo, _MRA, _EIAMDA, _SP, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _MAS, _NT, _MMUP, _MUSKKI, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS],
  [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 2, 0, 2, 1, 0, 2, 0, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 2, 1, 0, 2, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0]],
  7
];
var RestoreDBInstanceToPointInTimeMessage$ = [
  3,
  n0,
  _RDBITPITM,
  0,
  [_TDBII, _SDBII, _RTe, _ULRT, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _CTTS, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _SDRI, _MAS, _ECOI, _NT, _SDBIABA, _BTa, _CIIP, _AS, _BRP, _PBW, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
  [0, 0, 4, 2, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 64 | 0, [() => ProcessorFeatureList, 0], 2, 0, 2, 0, 1, 2, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0],
  1
];
var ScalarReferenceDetails$ = [
  3,
  n0,
  _SRD,
  0,
  [_V],
  [1]
];
var ScalingConfiguration$ = [
  3,
  n0,
  _SC,
  0,
  [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
  [1, 1, 2, 1, 0, 1]
];
var ScalingConfigurationInfo$ = [
  3,
  n0,
  _SCI,
  0,
  [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
  [1, 1, 2, 1, 0, 1]
];
var ServerlessV2FeaturesSupport$ = [
  3,
  n0,
  _SVFS,
  0,
  [_MC, _MCa],
  [1, 1]
];
var ServerlessV2ScalingConfiguration$ = [
  3,
  n0,
  _SVSC,
  0,
  [_MC, _MCa, _SUAP],
  [1, 1, 1]
];
var ServerlessV2ScalingConfigurationInfo$ = [
  3,
  n0,
  _SVSCI,
  0,
  [_MC, _MCa, _SUAP],
  [1, 1, 1]
];
var StartExportTaskMessage$ = [
  3,
  n0,
  _SETM,
  0,
  [_ETI, _SA, _SBN, _IRA, _KKI, _SP, _EO],
  [0, 0, 0, 0, 0, 0, 64 | 0],
  5
];
var Subnet$ = [
  3,
  n0,
  _Sub,
  0,
  [_SIubn, _SAZu, _SO, _SSu],
  [0, () => AvailabilityZone$, () => Outpost$, 0]
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0]
];
var TagSpecification$ = [
  3,
  n0,
  _TSa,
  0,
  [_RTes, _T],
  [0, [() => TagList, 0]]
];
var Timezone$ = [
  3,
  n0,
  _Ti,
  0,
  [_TN],
  [0]
];
var UpgradeTarget$ = [
  3,
  n0,
  _UTp,
  0,
  [_E, _EV, _D, _AU, _IMVU, _SEM, _SPQ, _SGD, _SB, _SLD, _SLWF, _SIup],
  [0, 0, 0, 2, 2, 64 | 0, 2, 2, 2, 2, 2, 2]
];
var UserAuthConfig$ = [
  3,
  n0,
  _UAC,
  0,
  [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
  [0, 0, 0, 0, 0, 0]
];
var UserAuthConfigInfo$ = [
  3,
  n0,
  _UACI,
  0,
  [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
  [0, 0, 0, 0, 0, 0]
];
var VpcSecurityGroupMembership$ = [
  3,
  n0,
  _VSGMp,
  0,
  [_VSGIp, _St],
  [0, 0]
];
var ActivityStreamModeList = 64 | 0;
var AdditionalStorageVolumesList = [
  1,
  n0,
  _ASVL,
  0,
  () => AdditionalStorageVolume$
];
var AdditionalStorageVolumesOutputList = [
  1,
  n0,
  _ASVOL,
  0,
  () => AdditionalStorageVolumeOutput$
];
var AvailabilityZoneList = [
  1,
  n0,
  _AZL,
  0,
  [
    () => AvailabilityZone$,
    { "xmlName": _AZ }
  ]
];
var AvailabilityZones = [
  1,
  n0,
  _AZv,
  0,
  [
    0,
    { "xmlName": _AZ }
  ]
];
var AvailableAdditionalStorageVolumesOptionList = [
  1,
  n0,
  _AASVOL,
  0,
  [
    () => AvailableAdditionalStorageVolumesOption$,
    { "xmlName": _AASVO }
  ]
];
var AvailableProcessorFeatureList = [
  1,
  n0,
  _APFL,
  0,
  [
    () => AvailableProcessorFeature$,
    { "xmlName": _APF }
  ]
];
var CACertificateIdentifiersList = 64 | 0;
var ContextAttributeList = [
  1,
  n0,
  _CAL,
  0,
  () => ContextAttribute$
];
var DBClusterAssociatedRoles = [
  1,
  n0,
  _DBCARl,
  0,
  [
    () => DBClusterAssociatedRole$,
    { "xmlName": _DBCAR }
  ]
];
var DBClusterMemberList = [
  1,
  n0,
  _DBCML,
  0,
  [
    () => DBClusterMember$,
    { "xmlName": _DBCMl }
  ]
];
var DBClusterOptionGroupMemberships = [
  1,
  n0,
  _DBCOGM,
  0,
  [
    () => DBClusterOptionGroupStatus$,
    { "xmlName": _DBCOG }
  ]
];
var DBClusterRoles = [
  1,
  n0,
  _DBCRlu,
  0,
  [
    () => DBClusterRole$,
    { "xmlName": _DBCRl }
  ]
];
var DBClusterStatusInfoList = [
  1,
  n0,
  _DBCSIL,
  0,
  [
    () => DBClusterStatusInfo$,
    { "xmlName": _DBCSIl }
  ]
];
var DBInstanceAutomatedBackupsReplicationList = [
  1,
  n0,
  _DBIABRL,
  0,
  [
    () => DBInstanceAutomatedBackupsReplication$,
    { "xmlName": _DBIABRn }
  ]
];
var DBInstanceList = [
  1,
  n0,
  _DBIL,
  0,
  [
    () => DBInstance$,
    { "xmlName": _DBI }
  ]
];
var DBInstanceRoles = [
  1,
  n0,
  _DBIRn,
  0,
  [
    () => DBInstanceRole$,
    { "xmlName": _DBIR }
  ]
];
var DBInstanceStatusInfoList = [
  1,
  n0,
  _DBISIL,
  0,
  [
    () => DBInstanceStatusInfo$,
    { "xmlName": _DBISI }
  ]
];
var DBParameterGroupStatusList = [
  1,
  n0,
  _DBPGSL,
  0,
  [
    () => DBParameterGroupStatus$,
    { "xmlName": _DBPG }
  ]
];
var DBSecurityGroupMembershipList = [
  1,
  n0,
  _DBSGML,
  0,
  [
    () => DBSecurityGroupMembership$,
    { "xmlName": _DBSG }
  ]
];
var DBSecurityGroupNameList = [
  1,
  n0,
  _DBSGNL,
  0,
  [
    0,
    { "xmlName": _DBSGN }
  ]
];
var DomainMembershipList = [
  1,
  n0,
  _DML,
  0,
  [
    () => DomainMembership$,
    { "xmlName": _DMo }
  ]
];
var EngineModeList = 64 | 0;
var FeatureNameList = 64 | 0;
var FilterList = [
  1,
  n0,
  _FL,
  0,
  [
    () => Filter$,
    { "xmlName": _Fil }
  ]
];
var FilterValueList = [
  1,
  n0,
  _FVL,
  0,
  [
    0,
    { "xmlName": _V }
  ]
];
var IntegrationErrorList = [
  1,
  n0,
  _IEL,
  0,
  [
    () => IntegrationError$,
    { "xmlName": _IE }
  ]
];
var KeyList = 64 | 0;
var LogTypeList = 64 | 0;
var MetricList = [
  1,
  n0,
  _ML,
  0,
  () => Metric$
];
var MetricReferenceList = [
  1,
  n0,
  _MRL,
  0,
  () => MetricReference$
];
var ModifyAdditionalStorageVolumesList = [
  1,
  n0,
  _MASVL,
  0,
  () => ModifyAdditionalStorageVolume$
];
var OptionConfigurationList = [
  1,
  n0,
  _OCL,
  0,
  [
    () => OptionConfiguration$,
    { "xmlName": _OC }
  ]
];
var OptionGroupMembershipList = [
  1,
  n0,
  _OGML,
  0,
  [
    () => OptionGroupMembership$,
    { "xmlName": _OGMp }
  ]
];
var OptionNamesList = 64 | 0;
var OptionSettingsList = [
  1,
  n0,
  _OSL,
  0,
  [
    () => OptionSetting$,
    { "xmlName": _OSp }
  ]
];
var ProcessorFeatureList = [
  1,
  n0,
  _PFL,
  0,
  [
    () => ProcessorFeature$,
    { "xmlName": _PFr }
  ]
];
var ReadersArnList = 64 | 0;
var ReadReplicaDBClusterIdentifierList = [
  1,
  n0,
  _RRDBCIL,
  0,
  [
    0,
    { "xmlName": _RRDBCIe }
  ]
];
var ReadReplicaDBInstanceIdentifierList = [
  1,
  n0,
  _RRDBIIL,
  0,
  [
    0,
    { "xmlName": _RRDBIIe }
  ]
];
var ReadReplicaIdentifierList = [
  1,
  n0,
  _RRIL,
  0,
  [
    0,
    { "xmlName": _RRIe }
  ]
];
var RecommendedActionParameterList = [
  1,
  n0,
  _RAPL,
  0,
  () => RecommendedActionParameter$
];
var StringList = 64 | 0;
var SubnetList = [
  1,
  n0,
  _SL,
  0,
  [
    () => Subnet$,
    { "xmlName": _Sub }
  ]
];
var SupportedCharacterSetsList = [
  1,
  n0,
  _SCSL,
  0,
  [
    () => CharacterSet$,
    { "xmlName": _CS }
  ]
];
var SupportedTimezonesList = [
  1,
  n0,
  _STL,
  0,
  [
    () => Timezone$,
    { "xmlName": _Ti }
  ]
];
var TagList = [
  1,
  n0,
  _TL,
  0,
  [
    () => Tag$,
    { "xmlName": _Tag }
  ]
];
var TagSpecificationList = [
  1,
  n0,
  _TSL,
  0,
  [
    () => TagSpecification$,
    { "xmlName": _i }
  ]
];
var UserAuthConfigInfoList = [
  1,
  n0,
  _UACIL,
  0,
  () => UserAuthConfigInfo$
];
var UserAuthConfigList = [
  1,
  n0,
  _UACL,
  0,
  () => UserAuthConfig$
];
var ValidUpgradeTargetList = [
  1,
  n0,
  _VUTL,
  0,
  [
    () => UpgradeTarget$,
    { "xmlName": _UTp }
  ]
];
var VpcSecurityGroupIdList = [
  1,
  n0,
  _VSGIL,
  0,
  [
    0,
    { "xmlName": _VSGIp }
  ]
];
var VpcSecurityGroupMembershipList = [
  1,
  n0,
  _VSGML,
  0,
  [
    () => VpcSecurityGroupMembership$,
    { "xmlName": _VSGMp }
  ]
];
var EncryptionContextMap = 128 | 0;
var DescribeDBInstances$ = [
  9,
  n0,
  _DDBIe,
  0,
  () => DescribeDBInstancesMessage$,
  () => DBInstanceMessage$
];

// node_modules/@aws-sdk/client-rds/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2014-10-31",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRDSHttpAuthSchemeProvider,
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
      defaultNamespace: "com.amazonaws.rds",
      errorTypeRegistries,
      xmlNamespace: "http://rds.amazonaws.com/doc/2014-10-31/",
      version: "2014-10-31",
      serviceTarget: "AmazonRDSv19"
    },
    serviceId: config?.serviceId ?? "RDS",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-rds/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-rds/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-rds/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-rds/dist-es/RDSClient.js
var RDSClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultRDSHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-rds/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonRDSv19", "RDSClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBInstancesCommand.js
var DescribeDBInstancesCommand = class extends command(_ep0, _mw0, "DescribeDBInstances", DescribeDBInstances$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBInstancesPaginator.js
var paginateDescribeDBInstances = createPaginator(RDSClient, DescribeDBInstancesCommand, "Marker", "Marker", "MaxRecords");
export {
  RDSClient,
  paginateDescribeDBInstances
};
//# sourceMappingURL=rds-KEMESAKN.js.map

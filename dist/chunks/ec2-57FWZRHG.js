import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-GXTROH3I.js";
import "./chunk-PVKFD2IH.js";
import {
  AwsEc2QueryProtocol,
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

// node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthSchemeProvider.js
var defaultEC2HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "ec2",
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
var defaultEC2HttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-ec2/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "ec2"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-ec2/package.json
var package_default = {
  name: "@aws-sdk/client-ec2",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Ec2 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ec2",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-ec2"
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
    "@aws-sdk/middleware-sdk-ec2": "^3.972.72",
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

// node_modules/@aws-sdk/client-ec2/dist-es/endpoint/bdd.js
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
    ["https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://ec2.{Region}.amazonaws.com", i],
    ["https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://ec2.{Region}.{PartitionResult#dnsSuffix}", i],
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

// node_modules/@aws-sdk/client-ec2/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-ec2/dist-es/models/EC2ServiceException.js
var EC2ServiceException = class _EC2ServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ec2#EC2ServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _EC2ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-ec2/dist-es/schemas/schemas_0.js
var _AC = "AcceleratorCount";
var _ACR = "AcceleratorCountRequest";
var _AGV = "ApiGatewayV2";
var _AHR = "AllocateHostsRequest";
var _AIAC = "AvailableIpAddressCount";
var _AIAOC = "AssignIpv6AddressOnCreation";
var _AIT = "AllowedInstanceTypes";
var _AITS = "AllowedInstanceTypeSet";
var _AITl = "AllowedInstanceType";
var _AIs = "AssociationId";
var _AIss = "AssetIds";
var _AIsse = "AssetId";
var _AItt = "AttachmentId";
var _ALI = "AmiLaunchIndex";
var _AMAI = "AddMiddleboxAttachmentIds";
var _AMAId = "AddMiddleboxAttachmentId";
var _AMSc = "AcceleratorManufacturerSet";
var _AMc = "AcceleratorManufacturers";
var _AMcc = "AcceleratorManufacturer";
var _ANSc = "AcceleratorNameSet";
var _ANcc = "AcceleratorNames";
var _ANcce = "AcceleratorName";
var _APu = "AutoPlacement";
var _ARss = "AssociatedResource";
var _ARuto = "AutoRecovery";
var _ASSm = "AmdSevSnp";
var _ASs = "AssociationState";
var _ATMMB = "AcceleratorTotalMemoryMiB";
var _ATMMBR = "AcceleratorTotalMemoryMiBRequest";
var _ATSc = "AcceleratorTypeSet";
var _ATSr = "ArchitectureTypeSet";
var _ATc = "AcceleratorTypes";
var _ATcc = "AcceleratorType";
var _ATr = "ArchitectureTypes";
var _ATrc = "ArchitectureType";
var _ATtt = "AttachTime";
var _AZ = "AvailabilityZone";
var _AZI = "AvailabilityZoneId";
var _Af = "Affinity";
var _Ar = "Arn";
var _Arc = "Architecture";
var _As = "Associations";
var _Ass = "Association";
var _At = "Attribute";
var _Att = "Attachment";
var _Atta = "Attachments";
var _BDM = "BlockDeviceMapping";
var _BDML = "BlockDeviceMappingList";
var _BDMl = "BlockDeviceMappings";
var _BEBM = "BaselineEbsBandwidthMbps";
var _BEBMR = "BaselineEbsBandwidthMbpsRequest";
var _BM = "BootMode";
var _BMa = "BareMetal";
var _BP = "BurstablePerformance";
var _BPAS = "BlockPublicAccessStates";
var _BPF = "BaselinePerformanceFactors";
var _BPFR = "BaselinePerformanceFactorsRequest";
var _BW = "BandwidthWeighting";
var _CB = "CidrBlock";
var _CBAS = "CidrBlockAssociationSet";
var _CBI = "CapacityBlockId";
var _CBSi = "CidrBlockState";
var _CCor = "CoreCount";
var _CDM = "CompletionDurationMinutes";
var _CDr = "CreationDate";
var _CFAS = "CriticalFixAvailableSince";
var _CGI = "CarrierGatewayId";
var _CGIa = "CarrierGatewayIds";
var _CI = "CarrierIp";
var _CIBM = "CurrentInstanceBootMode";
var _CIi = "CidrIp";
var _CIid = "CidrIpv6";
var _CIidr = "CidrIpv4";
var _CM = "CpuManufacturers";
var _CMSp = "CpuManufacturerSet";
var _CMp = "CpuManufacturer";
var _CNA = "CoreNetworkArn";
var _CO = "CpuOptions";
var _COI = "CustomerOwnedIp";
var _COIP = "CustomerOwnedIpv4Pool";
var _CPFR = "CpuPerformanceFactorRequest";
var _CRI = "CapacityReservationId";
var _CRP = "CapacityReservationPreference";
var _CRRGA = "CapacityReservationResourceGroupArn";
var _CRSR = "CapacityReservationSpecificationResponse";
var _CRSa = "CapacityReservationSpecification";
var _CRT = "CapacityReservationTarget";
var _CRTR = "CapacityReservationTargetResponse";
var _CT = "ClientToken";
var _CTC = "ConnectionTrackingConfiguration";
var _CTGMPR = "CreateTransitGatewayMeteringPolicyRequest";
var _CTR = "CreateTagsRequest";
var _CTSRo = "ConnectionTrackingSpecificationResponse";
var _CTomp = "CompletionTime";
var _CTre = "CreateTime";
var _CVP = "CreateVolumePermission";
var _CVPL = "CreateVolumePermissionList";
var _CVPr = "CreateVolumePermissions";
var _Co = "Code";
var _Conf = "Configured";
var _Cp = "Cpu";
var _DCB = "DestinationCidrBlock";
var _DCGRes = "DescribeCarrierGatewaysRequest";
var _DEKI = "DataEncryptionKeyId";
var _DFA = "DefaultForAz";
var _DFR = "DeleteFleetsRequest";
var _DFRes = "DescribeFleetsRequest";
var _DI = "DeviceIndex";
var _DICB = "DestinationIpv6CidrBlock";
var _DIGRe = "DescribeInternetGatewaysRequest";
var _DIGRes = "DescribeInternetGatewaysResult";
var _DIGe = "DescribeInternetGateways";
var _DIRR = "DescribeImageReferencesRequest";
var _DIRes = "DescribeImagesRequest";
var _DIResc = "DescribeImagesResult";
var _DIRescr = "DescribeInstancesRequest";
var _DIRescri = "DescribeInstancesResult";
var _DITR = "DescribeInstanceTopologyRequest";
var _DITRes = "DescribeInstanceTypesRequest";
var _DIURER = "DescribeImageUsageReportEntriesRequest";
var _DIURRes = "DescribeImageUsageReportsRequest";
var _DIes = "DescribeImages";
var _DIesc = "DescribeInstances";
var _DKPRes = "DescribeKeyPairsRequest";
var _DKPResc = "DescribeKeyPairsResult";
var _DKPe = "DescribeKeyPairs";
var _DN = "DeviceName";
var _DNARe = "DescribeNetworkAclsRequest";
var _DNARes = "DescribeNetworkAclsResult";
var _DNAe = "DescribeNetworkAcls";
var _DNIPRescr = "DescribeNetworkInterfacePermissionsRequest";
var _DOI = "DhcpOptionsId";
var _DOT = "DeleteOnTermination";
var _DPGRe = "DescribePlacementGroupsRequest";
var _DPLI = "DestinationPrefixListId";
var _DPRe = "DestinationPortRange";
var _DPer = "DeregistrationProtection";
var _DR = "DryRun";
var _DRIOR = "DescribeReservedInstancesOfferingsRequest";
var _DRSERes = "DescribeRouteServerEndpointsRequest";
var _DRSPRes = "DescribeRouteServerPeersRequest";
var _DRSRes = "DescribeRouteServersRequest";
var _DRTRe = "DescribeRouteTablesRequest";
var _DRTRes = "DescribeRouteTablesResult";
var _DRTe = "DescribeRouteTables";
var _DSAR = "DescribeSnapshotAttributeRequest";
var _DSARe = "DescribeSnapshotAttributeResult";
var _DSAe = "DescribeSnapshotAttribute";
var _DSGRRes = "DescribeSecurityGroupRulesRequest";
var _DSGRResc = "DescribeSecurityGroupRulesResult";
var _DSGRes = "DescribeSecurityGroupsRequest";
var _DSGResc = "DescribeSecurityGroupsResult";
var _DSGRescri = "DescribeSecurityGroupRules";
var _DSGe = "DescribeSecurityGroups";
var _DSPHR = "DescribeSpotPriceHistoryRequest";
var _DSRes = "DescribeSnapshotsRequest";
var _DSResc = "DescribeSnapshotsResult";
var _DSRescr = "DescribeSubnetsRequest";
var _DSRescri = "DescribeSubnetsResult";
var _DSes = "DescribeSnapshots";
var _DSesc = "DescribeSubnets";
var _DTGAR = "DescribeTransitGatewayAttachmentsRequest";
var _DTGCRes = "DescribeTransitGatewayConnectsRequest";
var _DTGPARes = "DescribeTransitGatewayPeeringAttachmentsRequest";
var _DTGVARes = "DescribeTransitGatewayVpcAttachmentsRequest";
var _DTR = "DeleteTagsRequest";
var _DTe = "DeprecationTime";
var _DVRes = "DescribeVolumesRequest";
var _DVResc = "DescribeVolumesResult";
var _DVRescr = "DescribeVpcsRequest";
var _DVRescri = "DescribeVpcsResult";
var _DVes = "DescribeVolumes";
var _DVesc = "DescribeVpcs";
var _De = "Description";
var _Dev = "Device";
var _EBD = "EbsBlockDevice";
var _EBSL = "ExecutableByStringList";
var _EBx = "ExecutableBy";
var _ECI = "EbsCardIndex";
var _ECn = "EncryptionControl";
var _EDn = "EnableDns64";
var _EFS = "ElasticFileSystem";
var _EGA = "ElasticGpuAssociation";
var _EGAI = "ElasticGpuAssociationId";
var _EGAL = "ElasticGpuAssociationList";
var _EGAS = "ElasticGpuAssociationState";
var _EGAT = "ElasticGpuAssociationTime";
var _EGAl = "ElasticGpuAssociations";
var _EGIl = "ElasticGpuId";
var _EIAA = "ElasticInferenceAcceleratorAssociation";
var _EIAAI = "ElasticInferenceAcceleratorAssociationId";
var _EIAAL = "ElasticInferenceAcceleratorAssociationList";
var _EIAAS = "ElasticInferenceAcceleratorAssociationState";
var _EIAAT = "ElasticInferenceAcceleratorAssociationTime";
var _EIAAl = "ElasticInferenceAcceleratorArn";
var _EIAAla = "ElasticInferenceAcceleratorAssociations";
var _EIBD = "EbsInstanceBlockDevice";
var _EITSx = "ExcludedInstanceTypeSet";
var _EITxc = "ExcludedInstanceTypes";
var _EITxcl = "ExcludedInstanceType";
var _ELADI = "EnableLniAtDeviceIndex";
var _EO = "EbsOptimized";
var _EOIG = "EgressOnlyInternetGateway";
var _EOIGI = "EgressOnlyInternetGatewayId";
var _EOn = "EnclaveOptions";
var _EQC = "EnaQueueCount";
var _ERNDAAAAR = "EnableResourceNameDnsAAAARecord";
var _ERNDAR = "EnableResourceNameDnsARecord";
var _ESE = "EnaSrdEnabled";
var _ESS = "EnaSrdSpecification";
var _ESUE = "EnaSrdUdpEnabled";
var _ESUS = "EnaSrdUdpSpecification";
var _ESna = "EnaSupport";
var _ETnd = "EndTime";
var _EU = "ExecutableUsers";
var _Eb = "Ebs";
var _Eg = "Egress";
var _En = "Enabled";
var _Enc = "Encrypted";
var _Ent = "Entries";
var _FIl = "FleetId";
var _FIle = "FleetIds";
var _FLi = "FilterList";
var _FP = "FromPort";
var _FRa = "FastRestored";
var _FSD = "FindingScanDate";
var _FSSIB = "FullSnapshotSizeInBytes";
var _FTE = "FreeTierEligible";
var _Fi = "Filters";
var _Fil = "Filter";
var _Fr = "From";
var _G = "Groups";
var _GA = "GlobalAccelerator";
var _GI = "GatewayId";
var _GIL = "GroupIdentifierList";
var _GISL = "GroupIdStringList";
var _GIr = "GroupId";
var _GIro = "GroupIds";
var _GIrou = "GroupIdentifier";
var _GN = "GroupName";
var _GNSL = "GroupNameStringList";
var _GNr = "GroupNames";
var _GOI = "GroupOwnerId";
var _GSPSR = "GetSpotPlacementScoresRequest";
var _Gr = "Group";
var _HBD = "HiddenByDefault";
var _HCOR = "HostCpuOptionsRequest";
var _HE = "HttpEndpoint";
var _HFAS = "HighFixAvailableSince";
var _HFSL = "HighestFindingSeverityLabel";
var _HIo = "HostId";
var _HM = "HostMaintenance";
var _HO = "HibernationOptions";
var _HPI = "HttpProtocolIpv6";
var _HPRHL = "HttpPutResponseHopLimit";
var _HR = "HostRecovery";
var _HRGA = "HostResourceGroupArn";
var _HT = "HttpTokens";
var _HTo = "HostnameType";
var _Hy = "Hypervisor";
var _I = "Id";
var _IA = "Ipv6Addresses";
var _IAA = "Ipv6AddressAttribute";
var _IAESS = "InstanceAttachmentEnaSrdSpecification";
var _IAESUS = "InstanceAttachmentEnaSrdUdpSpecification";
var _IART = "IncludeAllResourceTypes";
var _IAm = "ImageAllowed";
var _IAp = "IpAddress";
var _IApv = "Ipv6Address";
var _IBDM = "InstanceBlockDeviceMapping";
var _IBDML = "InstanceBlockDeviceMappingList";
var _ICB = "Ipv6CidrBlock";
var _ICBAS = "Ipv6CidrBlockAssociationSet";
var _ICBS = "Ipv6CidrBlockState";
var _ID = "IncludeDeprecated";
var _IDn = "IncludeDisabled";
var _IDs = "IsDefault";
var _IE = "IsEgress";
var _IF = "InstanceFamily";
var _IFAS = "InformationalFixAvailableSince";
var _IG = "InternetGateway";
var _IGA = "InternetGatewayAttachment";
var _IGAL = "InternetGatewayAttachmentList";
var _IGBM = "InternetGatewayBlockMode";
var _IGI = "InternetGatewayId";
var _IGIL = "InternetGatewayIdList";
var _IGIn = "InternetGatewayIds";
var _IGL = "InternetGatewayList";
var _IGS = "InstanceGenerationSet";
var _IGn = "InternetGateways";
var _IGns = "InstanceGenerations";
var _IGnst = "InstanceGeneration";
var _II = "InstanceId";
var _IIA = "InstanceIpv6Address";
var _IIAL = "InstanceIpv6AddressList";
var _IIP = "IamInstanceProfile";
var _IIPL = "InstanceIpv4PrefixList";
var _IIPLn = "InstanceIpv6PrefixList";
var _IIPn = "InstanceIpv4Prefix";
var _IIPns = "InstanceIpv6Prefix";
var _IISL = "ImageIdStringList";
var _IISLn = "InstanceIdStringList";
var _IIm = "ImageId";
var _IIma = "ImageIds";
var _IIn = "InstanceIds";
var _IL = "ImageLocation";
var _ILZ = "IncludeLocalZones";
var _ILm = "ImageList";
var _ILn = "InstanceLifecycle";
var _ILns = "InstanceList";
var _IM = "IncludeMarketplace";
var _IMO = "InstanceMaintenanceOptions";
var _IMORnst = "InstanceMetadataOptionsResponse";
var _IMR = "IncludeManagedResources";
var _IMT = "InstanceMetadataTags";
var _IN = "Ipv6Native";
var _INI = "InstanceNetworkInterface";
var _INIA = "InstanceNetworkInterfaceAssociation";
var _INIAn = "InstanceNetworkInterfaceAttachment";
var _INIL = "InstanceNetworkInterfaceList";
var _INPO = "InstanceNetworkPerformanceOptions";
var _IOA = "ImageOwnerAlias";
var _IOI = "IpOwnerId";
var _IOIn = "InstanceOwnerId";
var _IOS = "InstanceOwningService";
var _IPEp = "IpPermissionsEgress";
var _IPIA = "InstancePrivateIpAddress";
var _IPIAL = "InstancePrivateIpAddressList";
var _IPIs = "IsPrimaryIpv6";
var _IPK = "IncludePublicKey";
var _IPLp = "IpPermissionList";
var _IPp = "Ipv6Prefixes";
var _IPpe = "IpPermissions";
var _IPper = "IpPermission";
var _IPpr = "IpProtocol";
var _IPpv = "Ipv6Prefix";
var _IPpvo = "Ipv6Pool";
var _IPpvr = "Ipv4Prefixes";
var _IPpvre = "Ipv4Prefix";
var _IR = "InstanceRequirements";
var _IRLp = "IpRangeList";
var _IRLpv = "Ipv6RangeList";
var _IRR = "InstanceRequirementsRequest";
var _IRWM = "InstanceRequirementsWithMetadata";
var _IRWMR = "InstanceRequirementsWithMetadataRequest";
var _IRpa = "IpRanges";
var _IRpan = "IpRange";
var _IRpv = "Ipv6Ranges";
var _IRpva = "Ipv6Range";
var _ISIA = "InstanceSecondaryInterfaceAttachment";
var _ISIL = "InstanceSecondaryInterfaceList";
var _ISIPIA = "InstanceSecondaryInterfacePrivateIpAddress";
var _ISIPIAL = "InstanceSecondaryInterfacePrivateIpAddressList";
var _ISIn = "InstanceSecondaryInterface";
var _ISmd = "ImdsSupport";
var _ISnsta = "InstanceState";
var _ISpo = "IpSource";
var _IT = "InstanceType";
var _ITC = "IcmpTypeCode";
var _ITIns = "InstanceTypeItem";
var _ITSn = "InstanceTypeSpecification";
var _ITm = "ImageType";
var _ITns = "InstanceTenancy";
var _ITnst = "InstanceTypes";
var _ITnt = "InterfaceType";
var _IUIR = "IncludeUnsupportedInRegion";
var _IW = "ImageWatermarks";
var _IWL = "ImageWatermarkList";
var _IWm = "ImageWatermark";
var _Im = "Images";
var _Ima = "Image";
var _In = "Instance";
var _Ins = "Instances";
var _Io = "Iops";
var _K = "Key";
var _KFe = "KeyFingerprint";
var _KI = "KernelId";
var _KKI = "KmsKeyId";
var _KN = "KeyName";
var _KNSL = "KeyNameStringList";
var _KNe = "KeyNames";
var _KP = "KeyPairs";
var _KPI = "KeyPairId";
var _KPISL = "KeyPairIdStringList";
var _KPIe = "KeyPairIds";
var _KPIey = "KeyPairInfo";
var _KPL = "KeyPairList";
var _KT = "KeyType";
var _L = "Lambda";
var _LCA = "LicenseConfigurationArn";
var _LCi = "LicenseConfiguration";
var _LFAS = "LowFixAvailableSince";
var _LGI = "LocalGatewayId";
var _LL = "LicenseList";
var _LLT = "LastLaunchedTime";
var _LST = "LocalStorageTypes";
var _LSTS = "LocalStorageTypeSet";
var _LSTo = "LocalStorageType";
var _LSo = "LocalStorage";
var _LTau = "LaunchTime";
var _Lic = "Licenses";
var _M = "Min";
var _MAE = "MultiAttachEnabled";
var _MAIi = "MiddleboxAttachmentIds";
var _MAIid = "MiddleboxAttachmentId";
var _MAa = "MacAddress";
var _MCIL = "MetricCategoryIdList";
var _MCIe = "MetricCategoryIds";
var _MCOIOL = "MapCustomerOwnedIpOnLaunch";
var _MD = "MaxDuration";
var _MDi = "MinDuration";
var _MFAS = "MediumFixAvailableSince";
var _MGBPVC = "MemoryGiBPerVCpu";
var _MGBPVCR = "MemoryGiBPerVCpuRequest";
var _MIC = "MaxInstanceCount";
var _MMB = "MemoryMiB";
var _MMBR = "MemoryMiBRequest";
var _MO = "MetadataOptions";
var _MOa = "MaintenanceOptions";
var _MPIOL = "MapPublicIpOnLaunch";
var _MR = "MaxResults";
var _MSPAPOOODP = "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice";
var _MTGMPR = "ModifyTransitGatewayMeteringPolicyRequest";
var _MTMFRR = "ModifyTrafficMirrorFilterRuleRequest";
var _MTMSR = "ModifyTrafficMirrorSessionRequest";
var _Ma = "Max";
var _Mai = "Main";
var _Mana = "Managed";
var _Me = "Message";
var _Mo = "Mode";
var _Mon = "Monitoring";
var _N = "Name";
var _NA = "NetworkAcl";
var _NAA = "NetworkAclAssociation";
var _NAAI = "NetworkAclAssociationId";
var _NAAL = "NetworkAclAssociationList";
var _NAE = "NetworkAclEntry";
var _NAEL = "NetworkAclEntryList";
var _NAI = "NetworkAclId";
var _NAISL = "NetworkAclIdStringList";
var _NAIe = "NetworkAclIds";
var _NAL = "NetworkAclList";
var _NAe = "NetworkAcls";
var _NBG = "NetworkBorderGroup";
var _NBGR = "NetworkBandwidthGbpsRequest";
var _NBGe = "NetworkBandwidthGbps";
var _NCI = "NetworkCardIndex";
var _ND = "NoDevice";
var _NG = "NatGateway";
var _NGI = "NatGatewayId";
var _NIC = "NetworkInterfaceCount";
var _NICR = "NetworkInterfaceCountRequest";
var _NII = "NetworkInterfaceId";
var _NIPIe = "NetworkInterfacePermissionId";
var _NIPIetw = "NetworkInterfacePermissionIds";
var _NIet = "NetworkInterfaces";
var _NPO = "NetworkPerformanceOptions";
var _NTe = "NextToken";
var _NV = "NestedVirtualization";
var _O = "Origin";
var _OA = "OutpostArn";
var _OAw = "OwnerAlias";
var _OC = "OfferingClass";
var _ODMPPOLP = "OnDemandMaxPricePercentageOverLowestPrice";
var _OI = "OwnerId";
var _OIw = "OwnerIds";
var _ON = "OptionName";
var _ONA = "OdbNetworkArn";
var _ORper = "OperatorResponse";
var _OSL = "OwnerStringList";
var _OTf = "OfferingType";
var _OV = "OptionValues";
var _OVp = "OptionValue";
var _Op = "Operator";
var _Ow = "Owners";
var _Own = "Owner";
var _P = "Principal";
var _PCIr = "ProductCodeId";
var _PCLr = "ProductCodeList";
var _PCT = "ProductCodeType";
var _PCr = "ProductCode";
var _PCro = "ProductCodes";
var _PDN = "PrivateDnsName";
var _PDNO = "PrivateDnsNameOptions";
var _PDNOOL = "PrivateDnsNameOptionsOnLaunch";
var _PDNORr = "PrivateDnsNameOptionsResponse";
var _PDNub = "PublicDnsName";
var _PDl = "PlatformDetails";
var _PDr = "ProductDescription";
var _PDro = "ProductDescriptions";
var _PFRR = "PerformanceFactorReferenceRequest";
var _PFRSR = "PerformanceFactorReferenceSetRequest";
var _PGISL = "PlacementGroupIdStringList";
var _PI = "PublicIp";
var _PIAr = "PrivateIpAddress";
var _PIAri = "PrivateIpAddresses";
var _PIAu = "PublicIpAddress";
var _PIP = "PublicIpv4Pool";
var _PK = "PublicKey";
var _PLI = "PrefixListId";
var _PLIL = "PrefixListIdList";
var _PLIr = "PrefixListIds";
var _PLa = "PacketLength";
var _PN = "PartitionNumber";
var _PRo = "PortRange";
var _PSPN = "PublicSsmParameterName";
var _PSee = "PeeringStatus";
var _PV = "PropagatingVgw";
var _PVL = "PropagatingVgwList";
var _PVro = "PropagatingVgws";
var _Pl = "Platform";
var _Pla = "Placement";
var _Pr = "Protocol";
var _Prim = "Primary";
var _Pro = "Progress";
var _Pu = "Public";
var _Q = "Quantity";
var _RA = "RuleAction";
var _RBUI = "RestorableByUserIds";
var _RBe = "RestorableBy";
var _RDN = "RootDeviceName";
var _RDT = "RootDeviceType";
var _REIT = "RequireEncryptionInTransit";
var _RETe = "RestoreExpiryTime";
var _REes = "ResourceExclusions";
var _RF = "RemoveFields";
var _RFe = "RemoveField";
var _RGIe = "ReferencedGroupInfo";
var _RHS = "RequireHibernateSupport";
var _RI = "ReportId";
var _RIOI = "ReservedInstancesOfferingIds";
var _RIOIe = "ReservedInstancesOfferingId";
var _RIa = "RamdiskId";
var _RIe = "ReservationId";
var _RIep = "ReportIds";
var _RIeq = "RequesterId";
var _RIeso = "ResourceId";
var _RLe = "ReservationList";
var _RLo = "RouteList";
var _RMAI = "RemoveMiddleboxAttachmentIds";
var _RMAIe = "RemoveMiddleboxAttachmentId";
var _RMe = "RebootMigration";
var _RN = "RegionName";
var _RNe = "RegionNames";
var _RNu = "RuleNumber";
var _RSEI = "RouteServerEndpointId";
var _RSEIo = "RouteServerEndpointIds";
var _RSG = "ReferencedSecurityGroup";
var _RSI = "RouteServerId";
var _RSIo = "RouteServerIds";
var _RSPI = "RouteServerPeerId";
var _RSPIo = "RouteServerPeerIds";
var _RTA = "RouteTableAssociation";
var _RTAI = "RouteTableAssociationId";
var _RTAL = "RouteTableAssociationList";
var _RTAS = "RouteTableAssociationState";
var _RTI = "RouteTableId";
var _RTISL = "RouteTableIdStringList";
var _RTIo = "RouteTableIds";
var _RTLo = "RouteTableList";
var _RTO = "ResourceTypeOptions";
var _RTOL = "ResourceTypeOptionList";
var _RTOe = "ResourceTypeOption";
var _RTRL = "ResourceTypeRequestList";
var _RTRe = "ResourceTypeRequest";
var _RTe = "ResourceType";
var _RTes = "ResourceTypes";
var _RTo = "RouteTable";
var _RTou = "RouteTables";
var _Ref = "References";
var _Refe = "Reference";
var _Res = "Resources";
var _Rese = "Reservations";
var _Reser = "Reservation";
var _Ro = "Route";
var _Rou = "Routes";
var _SAZ = "SingleAvailabilityZone";
var _SAub = "SubnetArn";
var _SCB = "SourceCidrBlock";
var _SCBS = "SubnetCidrBlockState";
var _SDC = "SourceDestCheck";
var _SDp = "SpreadDomain";
var _SGA = "SecurityGroupArn";
var _SGL = "SecurityGroupList";
var _SGR = "SecurityGroupRules";
var _SGRA = "SecurityGroupRuleArn";
var _SGRI = "SecurityGroupRuleIds";
var _SGRIL = "SecurityGroupRuleIdList";
var _SGRIe = "SecurityGroupRuleId";
var _SGRL = "SecurityGroupRuleList";
var _SGRe = "SecurityGroupRule";
var _SGe = "SecurityGroups";
var _SGec = "SecurityGroup";
var _SI = "SubnetIds";
var _SICBA = "SubnetIpv6CidrBlockAssociation";
var _SICBAS = "SubnetIpv6CidrBlockAssociationSet";
var _SICT = "SourceImageCreationTime";
var _SII = "SourceImageId";
var _SIIec = "SecondaryInterfaceId";
var _SIIo = "SourceInstanceId";
var _SIRI = "SpotInstanceRequestId";
var _SIRo = "SourceImageRegion";
var _SISL = "SnapshotIdStringList";
var _SISLu = "SubnetIdStringList";
var _SIT = "SupportedInstanceTypes";
var _SITS = "SupportedInstanceTypeSet";
var _SIec = "SecondaryInterfaces";
var _SIn = "SnapshotId";
var _SIna = "SnapshotIds";
var _SIu = "SubnetId";
var _SLn = "SnapshotList";
var _SLu = "SubnetList";
var _SMPPOLP = "SpotMaxPricePercentageOverLowestPrice";
var _SMt = "StatusMessage";
var _SMta = "StateMessage";
var _SNI = "SecondaryNetworkId";
var _SNS = "SriovNetSupport";
var _SNes = "SessionNumber";
var _SPRo = "SourcePortRange";
var _SRc = "ScanResults";
var _SRt = "StateReason";
var _SSIe = "SecondarySubnetId";
var _STR = "StateTransitionReason";
var _STs = "SseType";
var _STt = "StartTime";
var _STto = "StorageTier";
var _SVI = "SourceVolumeId";
var _Siz = "Size";
var _Sn = "Snapshots";
var _Sna = "Snapshot";
var _St = "State";
var _Sta = "Status";
var _Su = "Subnet";
var _Subn = "Subnets";
var _T = "Tags";
var _TCUT = "TargetCapacityUnitType";
var _TCar = "TargetCapacity";
var _TD = "TrafficDirection";
var _TET = "TcpEstablishedTimeout";
var _TGAIr = "TransitGatewayAttachmentIds";
var _TGI = "TransitGatewayId";
var _TGMPI = "TransitGatewayMeteringPolicyId";
var _TI = "TerminateInstances";
var _TL = "TagList";
var _TLSGB = "TotalLocalStorageGB";
var _TLSGBR = "TotalLocalStorageGBRequest";
var _TMFI = "TrafficMirrorFilterId";
var _TMFRI = "TrafficMirrorFilterRuleId";
var _TMPRR = "TrafficMirrorPortRangeRequest";
var _TMSI = "TrafficMirrorSessionId";
var _TMTI = "TrafficMirrorTargetId";
var _TP = "ToPort";
var _TPC = "ThreadsPerCore";
var _TS = "TagSpecifications";
var _TSL = "TagSpecificationList";
var _TSa = "TagSpecification";
var _TSp = "TpmSupport";
var _TTr = "TransferType";
var _Ta = "Tag";
var _Te = "Tenancy";
var _Th = "Throughput";
var _To = "To";
var _Ty = "Type";
var _UI = "UserId";
var _UIGP = "UserIdGroupPairs";
var _UIGPL = "UserIdGroupPairList";
var _UIGPs = "UserIdGroupPair";
var _UIT = "UnsupportedInstanceTypes";
var _UITS = "UnsupportedInstanceTypeSet";
var _UO = "UsageOperation";
var _UOUT = "UsageOperationUpdateTime";
var _UST = "UdpStreamTimeout";
var _UTd = "UdpTimeout";
var _V = "Value";
var _VALo = "VolumeAttachmentList";
var _VAo = "VolumeArn";
var _VAol = "VolumeAttachment";
var _VCBA = "VpcCidrBlockAssociation";
var _VCBAS = "VpcCidrBlockAssociationSet";
var _VCBS = "VpcCidrBlockState";
var _VCC = "VCpuCount";
var _VCCRR = "VCpuCountRangeRequest";
var _VEC = "VpcEncryptionControl";
var _VECE = "VpcEncryptionControlExclusion";
var _VECEp = "VpcEncryptionControlExclusions";
var _VECI = "VpcEncryptionControlId";
var _VI = "VpcId";
var _VICBA = "VpcIpv6CidrBlockAssociation";
var _VICBAS = "VpcIpv6CidrBlockAssociationSet";
var _VIR = "VolumeInitializationRate";
var _VISL = "VolumeIdStringList";
var _VISLp = "VpcIdStringList";
var _VIo = "VolumeId";
var _VIol = "VolumeIds";
var _VIp = "VpcIds";
var _VL = "VpcLattice";
var _VLo = "VolumeList";
var _VLp = "VpcList";
var _VN = "VirtualName";
var _VNI = "VirtualNetworkId";
var _VOI = "VolumeOwnerId";
var _VP = "VpcPeering";
var _VPCI = "VpcPeeringConnectionId";
var _VPG = "VirtualPrivateGateway";
var _VSL = "ValueStringList";
var _VSo = "VolumeSize";
var _VT = "VolumeType";
var _VTS = "VirtualizationTypeSet";
var _VTi = "VirtualizationTypes";
var _VTir = "VirtualizationType";
var _Va = "Values";
var _Vo = "Volumes";
var _Vol = "Volume";
var _Vp = "Vpc";
var _Vpc = "Vpcs";
var _WCT = "WatermarkCreationTime";
var _WK = "WatermarkKey";
var _aGV = "apiGatewayV2";
var _aIAC = "availableIpAddressCount";
var _aIAOC = "assignIpv6AddressOnCreation";
var _aIs = "associationId";
var _aIt = "attachmentId";
var _aLI = "amiLaunchIndex";
var _aP = "autoPlacement";
var _aRs = "associatedResource";
var _aRut = "autoRecovery";
var _aS = "associationState";
var _aSS = "amdSevSnp";
var _aSs = "associationSet";
var _aSt = "attachmentSet";
var _aTt = "attachTime";
var _aZ = "availabilityZone";
var _aZI = "availabilityZoneId";
var _af = "affinity";
var _ar = "arn";
var _arc = "architecture";
var _ass = "association";
var _at = "attachment";
var _bDM = "blockDeviceMapping";
var _bM = "bootMode";
var _bPAS = "blockPublicAccessStates";
var _bW = "bandwidthWeighting";
var _cB = "cidrBlock";
var _cBAS = "cidrBlockAssociationSet";
var _cBI = "capacityBlockId";
var _cBSi = "cidrBlockState";
var _cCo = "coreCount";
var _cDM = "completionDurationMinutes";
var _cDr = "creationDate";
var _cFAS = "criticalFixAvailableSince";
var _cGI = "carrierGatewayId";
var _cI = "carrierIp";
var _cIBM = "currentInstanceBootMode";
var _cIi = "cidrIp";
var _cIid = "cidrIpv6";
var _cIidr = "cidrIpv4";
var _cNA = "coreNetworkArn";
var _cO = "cpuOptions";
var _cOI = "customerOwnedIp";
var _cOIP = "customerOwnedIpv4Pool";
var _cRI = "capacityReservationId";
var _cRP = "capacityReservationPreference";
var _cRRGA = "capacityReservationResourceGroupArn";
var _cRSa = "capacityReservationSpecification";
var _cRT = "capacityReservationTarget";
var _cT = "clientToken";
var _cTC = "connectionTrackingConfiguration";
var _cTomp = "completionTime";
var _cTre = "createTime";
var _cVP = "createVolumePermission";
var _co = "code";
var _conf = "configured";
var _dCB = "destinationCidrBlock";
var _dEKI = "dataEncryptionKeyId";
var _dFA = "defaultForAz";
var _dI = "deviceIndex";
var _dICB = "destinationIpv6CidrBlock";
var _dN = "deviceName";
var _dNn = "dnsName";
var _dOI = "dhcpOptionsId";
var _dOT = "deleteOnTermination";
var _dPLI = "destinationPrefixListId";
var _dPe = "deregistrationProtection";
var _dR = "dryRun";
var _dTe = "deprecationTime";
var _de = "description";
var _def = "default";
var _dev = "device";
var _eCI = "ebsCardIndex";
var _eCn = "encryptionControl";
var _eDn = "enableDns64";
var _eFS = "elasticFileSystem";
var _eGAI = "elasticGpuAssociationId";
var _eGAS = "elasticGpuAssociationState";
var _eGASl = "elasticGpuAssociationSet";
var _eGAT = "elasticGpuAssociationTime";
var _eGI = "elasticGpuId";
var _eIAA = "elasticInferenceAcceleratorArn";
var _eIAAI = "elasticInferenceAcceleratorAssociationId";
var _eIAAS = "elasticInferenceAcceleratorAssociationState";
var _eIAASl = "elasticInferenceAcceleratorAssociationSet";
var _eIAAT = "elasticInferenceAcceleratorAssociationTime";
var _eLADI = "enableLniAtDeviceIndex";
var _eO = "ebsOptimized";
var _eOIG = "egressOnlyInternetGateway";
var _eOIGI = "egressOnlyInternetGatewayId";
var _eOn = "enclaveOptions";
var _eQC = "enaQueueCount";
var _eRNDAAAAR = "enableResourceNameDnsAAAARecord";
var _eRNDAR = "enableResourceNameDnsARecord";
var _eSE = "enaSrdEnabled";
var _eSS = "enaSrdSpecification";
var _eSUE = "enaSrdUdpEnabled";
var _eSUS = "enaSrdUdpSpecification";
var _eSna = "enaSupport";
var _eSnt = "entrySet";
var _eTn = "endTime";
var _eb = "ebs";
var _eg = "egress";
var _en = "enabled";
var _enc = "encrypted";
var _fP = "fromPort";
var _fRa = "fastRestored";
var _fSD = "findingScanDate";
var _fSSIB = "fullSnapshotSizeInBytes";
var _fTE = "freeTierEligible";
var _fr = "from";
var _g = "group";
var _gA = "globalAccelerator";
var _gD = "groupDescription";
var _gI = "gatewayId";
var _gIr = "groupId";
var _gN = "groupName";
var _gOI = "groupOwnerId";
var _gSr = "groupSet";
var _gr = "groups";
var _h = "hypervisor";
var _hBD = "hiddenByDefault";
var _hE = "httpEndpoint";
var _hFAS = "highFixAvailableSince";
var _hFSL = "highestFindingSeverityLabel";
var _hI = "hostId";
var _hO = "hibernationOptions";
var _hPI = "httpProtocolIpv6";
var _hPRHL = "httpPutResponseHopLimit";
var _hRGA = "hostResourceGroupArn";
var _hT = "httpTokens";
var _hTo = "hostnameType";
var _i = "id";
var _iAA = "ipv6AddressAttribute";
var _iASp = "ipv6AddressesSet";
var _iAm = "imageAllowed";
var _iAp = "ipAddress";
var _iApv = "ipv6Address";
var _iCB = "ipv6CidrBlock";
var _iCBASp = "ipv6CidrBlockAssociationSet";
var _iCBS = "ipv6CidrBlockState";
var _iDs = "isDefault";
var _iEs = "isEgress";
var _iFAS = "informationalFixAvailableSince";
var _iG = "internetGateway";
var _iGBM = "internetGatewayBlockMode";
var _iGI = "internetGatewayId";
var _iGS = "internetGatewaySet";
var _iI = "instanceId";
var _iIP = "iamInstanceProfile";
var _iIma = "imageId";
var _iL = "imageLocation";
var _iLn = "instanceLifecycle";
var _iMT = "instanceMetadataTags";
var _iN = "ipv6Native";
var _iOA = "imageOwnerAlias";
var _iOI = "imageOwnerId";
var _iOIn = "instanceOwnerId";
var _iOIp = "ipOwnerId";
var _iOS = "instanceOwningService";
var _iPEp = "ipPermissionsEgress";
var _iPIs = "isPrimaryIpv6";
var _iPSpvr = "ipv4PrefixSet";
var _iPSpvre = "ipv6PrefixSet";
var _iPp = "ipProtocol";
var _iPpe = "ipPermissions";
var _iPpv = "ipv4Prefix";
var _iPpvo = "ipv6Pool";
var _iPpvr = "ipv6Prefix";
var _iPs = "isPublic";
var _iRpa = "ipRanges";
var _iRpv = "ipv6Ranges";
var _iSma = "imagesSet";
var _iSmag = "imageState";
var _iSmd = "imdsSupport";
var _iSns = "instancesSet";
var _iSnst = "instanceState";
var _iSpo = "ipSource";
var _iT = "instanceType";
var _iTC = "icmpTypeCode";
var _iTSn = "instanceTypeSpecification";
var _iTm = "imageType";
var _iTns = "instanceTenancy";
var _iTnt = "interfaceType";
var _iWS = "imageWatermarkSet";
var _io = "iops";
var _it = "item";
var _k = "key";
var _kFe = "keyFingerprint";
var _kI = "kernelId";
var _kKI = "kmsKeyId";
var _kN = "keyName";
var _kPI = "keyPairId";
var _kS = "keySet";
var _kT = "keyType";
var _l = "lambda";
var _lCA = "licenseConfigurationArn";
var _lFAS = "lowFixAvailableSince";
var _lGI = "localGatewayId";
var _lLT = "lastLaunchedTime";
var _lSic = "licenseSet";
var _lTau = "launchTime";
var _mAE = "multiAttachEnabled";
var _mAa = "macAddress";
var _mCIS = "metricCategoryIdSet";
var _mCOIOL = "mapCustomerOwnedIpOnLaunch";
var _mFAS = "mediumFixAvailableSince";
var _mO = "metadataOptions";
var _mOa = "maintenanceOptions";
var _mPIOL = "mapPublicIpOnLaunch";
var _mR = "maxResults";
var _mai = "main";
var _mana = "managed";
var _me = "message";
var _mo = "mode";
var _mon = "monitoring";
var _n = "name";
var _nAAI = "networkAclAssociationId";
var _nAI = "networkAclId";
var _nAS = "networkAclSet";
var _nBG = "networkBorderGroup";
var _nCI = "networkCardIndex";
var _nD = "noDevice";
var _nG = "natGateway";
var _nGI = "natGatewayId";
var _nII = "networkInterfaceId";
var _nIS = "networkInterfaceSet";
var _nPO = "networkPerformanceOptions";
var _nTe = "nextToken";
var _nV = "nestedVirtualization";
var _o = "origin";
var _oA = "outpostArn";
var _oAw = "ownerAlias";
var _oI = "ownerId";
var _oNA = "odbNetworkArn";
var _oTf = "offeringType";
var _ope = "operator";
var _p = "principal";
var _pC = "productCodes";
var _pCr = "productCode";
var _pDNO = "privateDnsNameOptions";
var _pDNOOL = "privateDnsNameOptionsOnLaunch";
var _pDNr = "privateDnsName";
var _pDNu = "publicDnsName";
var _pDl = "platformDetails";
var _pI = "publicIp";
var _pIAS = "privateIpAddressesSet";
var _pIASr = "privateIpAddressSet";
var _pIAr = "privateIpAddress";
var _pIP = "publicIpv4Pool";
var _pK = "publicKey";
var _pLI = "prefixListId";
var _pLIr = "prefixListIds";
var _pN = "partitionNumber";
var _pRo = "portRange";
var _pSPN = "publicSsmParameterName";
var _pSee = "peeringStatus";
var _pVS = "propagatingVgwSet";
var _pl = "platform";
var _pla = "placement";
var _pr = "protocol";
var _prim = "primary";
var _pro = "progress";
var _q = "quantity";
var _rA = "ruleAction";
var _rDN = "rootDeviceName";
var _rDT = "rootDeviceType";
var _rETe = "restoreExpiryTime";
var _rEes = "resourceExclusions";
var _rGIe = "referencedGroupInfo";
var _rI = "reservationId";
var _rIa = "ramdiskId";
var _rIeq = "requesterId";
var _rIes = "resourceId";
var _rMe = "rebootMigration";
var _rN = "ruleNumber";
var _rSes = "reservationSet";
var _rSou = "routeSet";
var _rTAI = "routeTableAssociationId";
var _rTI = "routeTableId";
var _rTS = "routeTableSet";
var _rTe = "resourceType";
var _re = "reason";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.ec2";
var _sAub = "subnetArn";
var _sDC = "sourceDestCheck";
var _sDp = "spreadDomain";
var _sGA = "securityGroupArn";
var _sGIec = "securityGroupInfo";
var _sGRA = "securityGroupRuleArn";
var _sGRI = "securityGroupRuleId";
var _sGRS = "securityGroupRuleSet";
var _sICT = "sourceImageCreationTime";
var _sII = "sourceInstanceId";
var _sIIe = "secondaryInterfaceId";
var _sIIo = "sourceImageId";
var _sIR = "sourceImageRegion";
var _sIRI = "spotInstanceRequestId";
var _sISe = "secondaryInterfaceSet";
var _sITS = "supportedInstanceTypeSet";
var _sIn = "snapshotId";
var _sIu = "subnetId";
var _sMt = "statusMessage";
var _sMta = "stateMessage";
var _sNI = "secondaryNetworkId";
var _sNSr = "sriovNetSupport";
var _sRc = "scanResults";
var _sRt = "stateReason";
var _sSI = "secondarySubnetId";
var _sSn = "snapshotSet";
var _sSub = "subnetSet";
var _sTs = "sseType";
var _sTt = "startTime";
var _sTto = "storageTier";
var _sVI = "sourceVolumeId";
var _si = "size";
var _st = "state";
var _sta = "status";
var _tET = "tcpEstablishedTimeout";
var _tGI = "transitGatewayId";
var _tP = "toPort";
var _tPC = "threadsPerCore";
var _tS = "tagSet";
var _tSp = "tpmSupport";
var _tTr = "transferType";
var _ta = "tag";
var _te = "tenancy";
var _th = "throughput";
var _to = "to";
var _ty = "type";
var _uI = "userId";
var _uITS = "unsupportedInstanceTypeSet";
var _uO = "usageOperation";
var _uOUT = "usageOperationUpdateTime";
var _uST = "udpStreamTimeout";
var _uTd = "udpTimeout";
var _v = "value";
var _vA = "volumeArn";
var _vECI = "vpcEncryptionControlId";
var _vI = "vpcId";
var _vIR = "volumeInitializationRate";
var _vIo = "volumeId";
var _vL = "vpcLattice";
var _vN = "virtualName";
var _vOI = "volumeOwnerId";
var _vP = "vpcPeering";
var _vPCI = "vpcPeeringConnectionId";
var _vPG = "virtualPrivateGateway";
var _vS = "volumeSet";
var _vSo = "volumeSize";
var _vSp = "vpcSet";
var _vT = "volumeType";
var _vTi = "virtualizationType";
var _wCT = "watermarkCreationTime";
var _wK = "watermarkKey";
var n0 = "com.amazonaws.ec2";
var _s_registry = new TypeRegistry(_s);
var EC2ServiceException$ = [-3, _s, "EC2ServiceException", 0, [], []];
_s_registry.registerError(EC2ServiceException$, EC2ServiceException);
var errorTypeRegistries = [
  _s_registry
];
var AcceleratorCountRequest$ = [
  3,
  n0,
  _ACR,
  0,
  [_M, _Ma],
  [1, 1]
];
var AcceleratorTotalMemoryMiBRequest$ = [
  3,
  n0,
  _ATMMBR,
  0,
  [_M, _Ma],
  [1, 1]
];
var AllocateHostsRequest$ = [
  3,
  n0,
  _AHR,
  0,
  [_IF, _TS, _HR, _OA, _HM, _AIss, _AZI, _CO, _APu, _CT, _IT, _Q, _AZ],
  [0, [() => TagSpecificationList, { "xmlName": _TSa }], 0, 0, 0, [64 | 0, { "xmlName": _AIsse }], 0, () => HostCpuOptionsRequest$, [0, {
    "ec2QueryName": `AutoPlacement`,
    "xmlName": _aP
  }], [0, {
    "ec2QueryName": `ClientToken`,
    "xmlName": _cT
  }], [0, {
    "ec2QueryName": `InstanceType`,
    "xmlName": _iT
  }], [1, {
    "ec2QueryName": `Quantity`,
    "xmlName": _q
  }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }]]
];
var BaselineEbsBandwidthMbpsRequest$ = [
  3,
  n0,
  _BEBMR,
  0,
  [_M, _Ma],
  [1, 1]
];
var BaselinePerformanceFactorsRequest$ = [
  3,
  n0,
  _BPFR,
  0,
  [_Cp],
  [[() => CpuPerformanceFactorRequest$, 0]]
];
var BlockDeviceMapping$ = [
  3,
  n0,
  _BDM,
  0,
  [_Eb, _ND, _DN, _VN],
  [[() => EbsBlockDevice$, {
    "ec2QueryName": `Ebs`,
    "xmlName": _eb
  }], [0, {
    "ec2QueryName": `NoDevice`,
    "xmlName": _nD
  }], [0, {
    "ec2QueryName": `DeviceName`,
    "xmlName": _dN
  }], [0, {
    "ec2QueryName": `VirtualName`,
    "xmlName": _vN
  }]]
];
var BlockPublicAccessStates$ = [
  3,
  n0,
  _BPAS,
  0,
  [_IGBM],
  [[0, {
    "ec2QueryName": `InternetGatewayBlockMode`,
    "xmlName": _iGBM
  }]]
];
var CapacityReservationSpecificationResponse$ = [
  3,
  n0,
  _CRSR,
  0,
  [_CRP, _CRT],
  [[0, {
    "ec2QueryName": `CapacityReservationPreference`,
    "xmlName": _cRP
  }], [() => CapacityReservationTargetResponse$, {
    "ec2QueryName": `CapacityReservationTarget`,
    "xmlName": _cRT
  }]]
];
var CapacityReservationTargetResponse$ = [
  3,
  n0,
  _CRTR,
  0,
  [_CRI, _CRRGA],
  [[0, {
    "ec2QueryName": `CapacityReservationId`,
    "xmlName": _cRI
  }], [0, {
    "ec2QueryName": `CapacityReservationResourceGroupArn`,
    "xmlName": _cRRGA
  }]]
];
var ConnectionTrackingSpecificationResponse$ = [
  3,
  n0,
  _CTSRo,
  0,
  [_TET, _UST, _UTd],
  [[1, {
    "ec2QueryName": `TcpEstablishedTimeout`,
    "xmlName": _tET
  }], [1, {
    "ec2QueryName": `UdpStreamTimeout`,
    "xmlName": _uST
  }], [1, {
    "ec2QueryName": `UdpTimeout`,
    "xmlName": _uTd
  }]]
];
var CpuOptions$ = [
  3,
  n0,
  _CO,
  0,
  [_CCor, _TPC, _ASSm, _NV],
  [[1, {
    "ec2QueryName": `CoreCount`,
    "xmlName": _cCo
  }], [1, {
    "ec2QueryName": `ThreadsPerCore`,
    "xmlName": _tPC
  }], [0, {
    "ec2QueryName": `AmdSevSnp`,
    "xmlName": _aSS
  }], [0, {
    "ec2QueryName": `NestedVirtualization`,
    "xmlName": _nV
  }]]
];
var CpuPerformanceFactorRequest$ = [
  3,
  n0,
  _CPFR,
  0,
  [_Ref],
  [[() => PerformanceFactorReferenceSetRequest, { "xmlName": _Refe }]]
];
var CreateTagsRequest$ = [
  3,
  n0,
  _CTR,
  0,
  [_Res, _T, _DR],
  [[64 | 0, { "xmlName": _RIeso }], [() => TagList, { "xmlName": _Ta }], [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }]],
  2
];
var CreateTransitGatewayMeteringPolicyRequest$ = [
  3,
  n0,
  _CTGMPR,
  0,
  [_TGI, _MAIi, _TS, _DR],
  [0, [64 | 0, { "xmlName": _MAIid }], [() => TagSpecificationList, 0], 2],
  1
];
var CreateVolumePermission$ = [
  3,
  n0,
  _CVP,
  0,
  [_UI, _Gr],
  [[0, {
    "ec2QueryName": `UserId`,
    "xmlName": _uI
  }], [0, {
    "ec2QueryName": `Group`,
    "xmlName": _g
  }]]
];
var DeleteFleetsRequest$ = [
  3,
  n0,
  _DFR,
  0,
  [_FIle, _TI, _DR],
  [[64 | 0, { "xmlName": _FIl }], 2, 2],
  2
];
var DeleteTagsRequest$ = [
  3,
  n0,
  _DTR,
  0,
  [_Res, _DR, _T],
  [[64 | 0, {
    "ec2QueryName": `ResourceId`,
    "xmlName": _rIes
  }], [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => TagList, {
    "ec2QueryName": `Tag`,
    "xmlName": _ta
  }]],
  1
];
var DescribeCarrierGatewaysRequest$ = [
  3,
  n0,
  _DCGRes,
  0,
  [_CGIa, _Fi, _MR, _NTe, _DR],
  [[64 | 0, { "xmlName": _CGI }], [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeFleetsRequest$ = [
  3,
  n0,
  _DFRes,
  0,
  [_DR, _MR, _NTe, _FIle, _Fi],
  [2, 1, 0, [64 | 0, { "xmlName": _FIl }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeImageReferencesRequest$ = [
  3,
  n0,
  _DIRR,
  0,
  [_IIma, _IART, _RTes, _NTe, _DR, _MR],
  [[64 | 0, { "xmlName": _IIm }], 2, [() => ResourceTypeRequestList, { "xmlName": _RTe }], 0, 2, 1],
  1
];
var DescribeImagesRequest$ = [
  3,
  n0,
  _DIRes,
  0,
  [_EU, _IIma, _Ow, _ID, _IDn, _MR, _NTe, _DR, _Fi],
  [[() => ExecutableByStringList, { "xmlName": _EBx }], [() => ImageIdStringList, { "xmlName": _IIm }], [() => OwnerStringList, { "xmlName": _Own }], 2, 2, 1, 0, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeImagesResult$ = [
  3,
  n0,
  _DIResc,
  0,
  [_NTe, _Im],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => ImageList, {
    "ec2QueryName": `ImagesSet`,
    "xmlName": _iSma
  }]]
];
var DescribeImageUsageReportEntriesRequest$ = [
  3,
  n0,
  _DIURER,
  0,
  [_IIma, _RIep, _NTe, _Fi, _DR, _MR],
  [[64 | 0, { "xmlName": _IIm }], [64 | 0, { "xmlName": _RI }], 0, [() => FilterList, { "xmlName": _Fil }], 2, 1]
];
var DescribeImageUsageReportsRequest$ = [
  3,
  n0,
  _DIURRes,
  0,
  [_IIma, _RIep, _NTe, _Fi, _DR, _MR],
  [[64 | 0, { "xmlName": _IIm }], [64 | 0, { "xmlName": _RI }], 0, [() => FilterList, { "xmlName": _Fil }], 2, 1]
];
var DescribeInstancesRequest$ = [
  3,
  n0,
  _DIRescr,
  0,
  [_IIn, _IMR, _DR, _Fi, _NTe, _MR],
  [[() => InstanceIdStringList, { "xmlName": _II }], 2, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [1, {
    "ec2QueryName": `MaxResults`,
    "xmlName": _mR
  }]]
];
var DescribeInstancesResult$ = [
  3,
  n0,
  _DIRescri,
  0,
  [_NTe, _Rese],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => ReservationList, {
    "ec2QueryName": `ReservationSet`,
    "xmlName": _rSes
  }]]
];
var DescribeInstanceTopologyRequest$ = [
  3,
  n0,
  _DITR,
  0,
  [_DR, _NTe, _MR, _IIn, _GNr, _Fi],
  [2, 0, 1, [64 | 0, { "xmlName": _II }], [64 | 0, { "xmlName": _GN }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeInstanceTypesRequest$ = [
  3,
  n0,
  _DITRes,
  0,
  [_DR, _ITnst, _Fi, _MR, _NTe, _IUIR],
  [2, [64 | 0, { "xmlName": _IT }], [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeInternetGatewaysRequest$ = [
  3,
  n0,
  _DIGRe,
  0,
  [_NTe, _MR, _DR, _IGIn, _Fi],
  [0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => InternetGatewayIdList, {
    "ec2QueryName": `InternetGatewayId`,
    "xmlName": _iGI
  }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeInternetGatewaysResult$ = [
  3,
  n0,
  _DIGRes,
  0,
  [_IGn, _NTe],
  [[() => InternetGatewayList, {
    "ec2QueryName": `InternetGatewaySet`,
    "xmlName": _iGS
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DescribeKeyPairsRequest$ = [
  3,
  n0,
  _DKPRes,
  0,
  [_KNe, _KPIe, _IPK, _DR, _Fi],
  [[() => KeyNameStringList, { "xmlName": _KN }], [() => KeyPairIdStringList, { "xmlName": _KPI }], 2, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeKeyPairsResult$ = [
  3,
  n0,
  _DKPResc,
  0,
  [_KP],
  [[() => KeyPairList, {
    "ec2QueryName": `KeySet`,
    "xmlName": _kS
  }]]
];
var DescribeNetworkAclsRequest$ = [
  3,
  n0,
  _DNARe,
  0,
  [_NTe, _MR, _DR, _NAIe, _Fi],
  [0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => NetworkAclIdStringList, { "xmlName": _NAI }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeNetworkAclsResult$ = [
  3,
  n0,
  _DNARes,
  0,
  [_NAe, _NTe],
  [[() => NetworkAclList, {
    "ec2QueryName": `NetworkAclSet`,
    "xmlName": _nAS
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DescribeNetworkInterfacePermissionsRequest$ = [
  3,
  n0,
  _DNIPRescr,
  0,
  [_NIPIetw, _Fi, _NTe, _MR],
  [[64 | 0, { "xmlName": _NIPIe }], [() => FilterList, { "xmlName": _Fil }], 0, 1]
];
var DescribePlacementGroupsRequest$ = [
  3,
  n0,
  _DPGRe,
  0,
  [_GIro, _DR, _GNr, _Fi],
  [[() => PlacementGroupIdStringList, { "xmlName": _GIr }], [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [64 | 0, {
    "ec2QueryName": `GroupName`,
    "xmlName": _gN
  }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeReservedInstancesOfferingsRequest$ = [
  3,
  n0,
  _DRIOR,
  0,
  [_AZ, _IM, _IT, _MD, _MIC, _MDi, _OC, _PDr, _RIOI, _AZI, _DR, _Fi, _ITns, _OTf, _NTe, _MR],
  [0, 2, 0, 1, 1, 1, 0, 0, [64 | 0, { "xmlName": _RIOIe }], 0, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }], [0, {
    "ec2QueryName": `InstanceTenancy`,
    "xmlName": _iTns
  }], [0, {
    "ec2QueryName": `OfferingType`,
    "xmlName": _oTf
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [1, {
    "ec2QueryName": `MaxResults`,
    "xmlName": _mR
  }]]
];
var DescribeRouteServerEndpointsRequest$ = [
  3,
  n0,
  _DRSERes,
  0,
  [_RSEIo, _NTe, _MR, _Fi, _DR],
  [[64 | 0, { "xmlName": _RSEI }], 0, 1, [() => FilterList, { "xmlName": _Fil }], 2]
];
var DescribeRouteServerPeersRequest$ = [
  3,
  n0,
  _DRSPRes,
  0,
  [_RSPIo, _NTe, _MR, _Fi, _DR],
  [[64 | 0, { "xmlName": _RSPI }], 0, 1, [() => FilterList, { "xmlName": _Fil }], 2]
];
var DescribeRouteServersRequest$ = [
  3,
  n0,
  _DRSRes,
  0,
  [_RSIo, _NTe, _MR, _Fi, _DR],
  [[64 | 0, { "xmlName": _RSI }], 0, 1, [() => FilterList, { "xmlName": _Fil }], 2]
];
var DescribeRouteTablesRequest$ = [
  3,
  n0,
  _DRTRe,
  0,
  [_NTe, _MR, _DR, _RTIo, _Fi],
  [0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => RouteTableIdStringList, { "xmlName": _RTI }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeRouteTablesResult$ = [
  3,
  n0,
  _DRTRes,
  0,
  [_RTou, _NTe],
  [[() => RouteTableList, {
    "ec2QueryName": `RouteTableSet`,
    "xmlName": _rTS
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DescribeSecurityGroupRulesRequest$ = [
  3,
  n0,
  _DSGRRes,
  0,
  [_Fi, _SGRI, _DR, _NTe, _MR],
  [[() => FilterList, { "xmlName": _Fil }], [() => SecurityGroupRuleIdList, { "xmlName": _SGRIe }], 2, 0, 1]
];
var DescribeSecurityGroupRulesResult$ = [
  3,
  n0,
  _DSGRResc,
  0,
  [_SGR, _NTe],
  [[() => SecurityGroupRuleList, {
    "ec2QueryName": `SecurityGroupRuleSet`,
    "xmlName": _sGRS
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DescribeSecurityGroupsRequest$ = [
  3,
  n0,
  _DSGRes,
  0,
  [_GIro, _GNr, _NTe, _MR, _DR, _Fi],
  [[() => GroupIdStringList, { "xmlName": _GIr }], [() => GroupNameStringList, { "xmlName": _GN }], 0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeSecurityGroupsResult$ = [
  3,
  n0,
  _DSGResc,
  0,
  [_NTe, _SGe],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => SecurityGroupList, {
    "ec2QueryName": `SecurityGroupInfo`,
    "xmlName": _sGIec
  }]]
];
var DescribeSnapshotAttributeRequest$ = [
  3,
  n0,
  _DSAR,
  0,
  [_At, _SIn, _DR],
  [0, 0, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }]],
  2
];
var DescribeSnapshotAttributeResult$ = [
  3,
  n0,
  _DSARe,
  0,
  [_PCro, _SIn, _CVPr],
  [[() => ProductCodeList, {
    "ec2QueryName": `ProductCodes`,
    "xmlName": _pC
  }], [0, {
    "ec2QueryName": `SnapshotId`,
    "xmlName": _sIn
  }], [() => CreateVolumePermissionList, {
    "ec2QueryName": `CreateVolumePermission`,
    "xmlName": _cVP
  }]]
];
var DescribeSnapshotsRequest$ = [
  3,
  n0,
  _DSRes,
  0,
  [_MR, _NTe, _OIw, _RBUI, _SIna, _DR, _Fi],
  [1, 0, [() => OwnerStringList, { "xmlName": _Own }], [64 | 0, { "xmlName": _RBe }], [() => SnapshotIdStringList, { "xmlName": _SIn }], [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeSnapshotsResult$ = [
  3,
  n0,
  _DSResc,
  0,
  [_NTe, _Sn],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => SnapshotList, {
    "ec2QueryName": `SnapshotSet`,
    "xmlName": _sSn
  }]]
];
var DescribeSpotPriceHistoryRequest$ = [
  3,
  n0,
  _DSPHR,
  0,
  [_AZI, _DR, _STt, _ETnd, _ITnst, _PDro, _Fi, _AZ, _MR, _NTe],
  [0, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [4, {
    "ec2QueryName": `StartTime`,
    "xmlName": _sTt
  }], [4, {
    "ec2QueryName": `EndTime`,
    "xmlName": _eTn
  }], [64 | 0, { "xmlName": _IT }], [64 | 0, { "xmlName": _PDr }], [() => FilterList, { "xmlName": _Fil }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }], [1, {
    "ec2QueryName": `MaxResults`,
    "xmlName": _mR
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DescribeSubnetsRequest$ = [
  3,
  n0,
  _DSRescr,
  0,
  [_Fi, _SI, _NTe, _MR, _DR],
  [[() => FilterList, { "xmlName": _Fil }], [() => SubnetIdStringList, { "xmlName": _SIu }], 0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }]]
];
var DescribeSubnetsResult$ = [
  3,
  n0,
  _DSRescri,
  0,
  [_NTe, _Subn],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => SubnetList, {
    "ec2QueryName": `SubnetSet`,
    "xmlName": _sSub
  }]]
];
var DescribeTransitGatewayAttachmentsRequest$ = [
  3,
  n0,
  _DTGAR,
  0,
  [_TGAIr, _Fi, _MR, _NTe, _DR],
  [64 | 0, [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeTransitGatewayConnectsRequest$ = [
  3,
  n0,
  _DTGCRes,
  0,
  [_TGAIr, _Fi, _MR, _NTe, _DR],
  [64 | 0, [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeTransitGatewayPeeringAttachmentsRequest$ = [
  3,
  n0,
  _DTGPARes,
  0,
  [_TGAIr, _Fi, _MR, _NTe, _DR],
  [64 | 0, [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeTransitGatewayVpcAttachmentsRequest$ = [
  3,
  n0,
  _DTGVARes,
  0,
  [_TGAIr, _Fi, _MR, _NTe, _DR],
  [64 | 0, [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeVolumesRequest$ = [
  3,
  n0,
  _DVRes,
  0,
  [_VIol, _IMR, _DR, _Fi, _NTe, _MR],
  [[() => VolumeIdStringList, { "xmlName": _VIo }], 2, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [1, {
    "ec2QueryName": `MaxResults`,
    "xmlName": _mR
  }]]
];
var DescribeVolumesResult$ = [
  3,
  n0,
  _DVResc,
  0,
  [_NTe, _Vo],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => VolumeList, {
    "ec2QueryName": `VolumeSet`,
    "xmlName": _vS
  }]]
];
var DescribeVpcsRequest$ = [
  3,
  n0,
  _DVRescr,
  0,
  [_Fi, _VIp, _NTe, _MR, _DR],
  [[() => FilterList, { "xmlName": _Fil }], [() => VpcIdStringList, { "xmlName": _VI }], 0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }]]
];
var DescribeVpcsResult$ = [
  3,
  n0,
  _DVRescri,
  0,
  [_NTe, _Vpc],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => VpcList, {
    "ec2QueryName": `VpcSet`,
    "xmlName": _vSp
  }]]
];
var EbsBlockDevice$ = [
  3,
  n0,
  _EBD,
  0,
  [_DOT, _Io, _SIn, _VSo, _VT, _KKI, _Th, _OA, _AZ, _Enc, _VIR, _AZI, _ECI],
  [[2, {
    "ec2QueryName": `DeleteOnTermination`,
    "xmlName": _dOT
  }], [1, {
    "ec2QueryName": `Iops`,
    "xmlName": _io
  }], [0, {
    "ec2QueryName": `SnapshotId`,
    "xmlName": _sIn
  }], [1, {
    "ec2QueryName": `VolumeSize`,
    "xmlName": _vSo
  }], [0, {
    "ec2QueryName": `VolumeType`,
    "xmlName": _vT
  }], [0, {
    "ec2QueryName": `KmsKeyId`,
    "xmlName": _kKI
  }], [1, {
    "ec2QueryName": `Throughput`,
    "xmlName": _th
  }], [0, {
    "ec2QueryName": `OutpostArn`,
    "xmlName": _oA
  }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }], [2, {
    "ec2QueryName": `Encrypted`,
    "xmlName": _enc
  }], 1, 0, 1]
];
var EbsInstanceBlockDevice$ = [
  3,
  n0,
  _EIBD,
  0,
  [_ATtt, _DOT, _Sta, _VIo, _ARss, _VOI, _Op, _ECI],
  [[4, {
    "ec2QueryName": `AttachTime`,
    "xmlName": _aTt
  }], [2, {
    "ec2QueryName": `DeleteOnTermination`,
    "xmlName": _dOT
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }], [0, {
    "ec2QueryName": `VolumeId`,
    "xmlName": _vIo
  }], [0, {
    "ec2QueryName": `AssociatedResource`,
    "xmlName": _aRs
  }], [0, {
    "ec2QueryName": `VolumeOwnerId`,
    "xmlName": _vOI
  }], [() => OperatorResponse$, {
    "ec2QueryName": `Operator`,
    "xmlName": _ope
  }], [1, {
    "ec2QueryName": `EbsCardIndex`,
    "xmlName": _eCI
  }]]
];
var ElasticGpuAssociation$ = [
  3,
  n0,
  _EGA,
  0,
  [_EGIl, _EGAI, _EGAS, _EGAT],
  [[0, {
    "ec2QueryName": `ElasticGpuId`,
    "xmlName": _eGI
  }], [0, {
    "ec2QueryName": `ElasticGpuAssociationId`,
    "xmlName": _eGAI
  }], [0, {
    "ec2QueryName": `ElasticGpuAssociationState`,
    "xmlName": _eGAS
  }], [0, {
    "ec2QueryName": `ElasticGpuAssociationTime`,
    "xmlName": _eGAT
  }]]
];
var ElasticInferenceAcceleratorAssociation$ = [
  3,
  n0,
  _EIAA,
  0,
  [_EIAAl, _EIAAI, _EIAAS, _EIAAT],
  [[0, {
    "ec2QueryName": `ElasticInferenceAcceleratorArn`,
    "xmlName": _eIAA
  }], [0, {
    "ec2QueryName": `ElasticInferenceAcceleratorAssociationId`,
    "xmlName": _eIAAI
  }], [0, {
    "ec2QueryName": `ElasticInferenceAcceleratorAssociationState`,
    "xmlName": _eIAAS
  }], [4, {
    "ec2QueryName": `ElasticInferenceAcceleratorAssociationTime`,
    "xmlName": _eIAAT
  }]]
];
var EnclaveOptions$ = [
  3,
  n0,
  _EOn,
  0,
  [_En],
  [[2, {
    "ec2QueryName": `Enabled`,
    "xmlName": _en
  }]]
];
var Filter$ = [
  3,
  n0,
  _Fil,
  0,
  [_N, _Va],
  [0, [() => ValueStringList, { "xmlName": _V }]]
];
var GetSpotPlacementScoresRequest$ = [
  3,
  n0,
  _GSPSR,
  0,
  [_TCar, _ITnst, _TCUT, _SAZ, _RNe, _IRWM, _DR, _MR, _NTe, _ILZ],
  [1, [64 | 0, { "xmlName": _IT }], 0, 2, [64 | 0, { "xmlName": _RN }], [() => InstanceRequirementsWithMetadataRequest$, 0], 2, 1, 0, 2],
  1
];
var GroupIdentifier$ = [
  3,
  n0,
  _GIrou,
  0,
  [_GIr, _GN],
  [[0, {
    "ec2QueryName": `GroupId`,
    "xmlName": _gIr
  }], [0, {
    "ec2QueryName": `GroupName`,
    "xmlName": _gN
  }]]
];
var HibernationOptions$ = [
  3,
  n0,
  _HO,
  0,
  [_Conf],
  [[2, {
    "ec2QueryName": `Configured`,
    "xmlName": _conf
  }]]
];
var HostCpuOptionsRequest$ = [
  3,
  n0,
  _HCOR,
  0,
  [_ASSm],
  [0]
];
var IamInstanceProfile$ = [
  3,
  n0,
  _IIP,
  0,
  [_Ar, _I],
  [[0, {
    "ec2QueryName": `Arn`,
    "xmlName": _ar
  }], [0, {
    "ec2QueryName": `Id`,
    "xmlName": _i
  }]]
];
var IcmpTypeCode$ = [
  3,
  n0,
  _ITC,
  0,
  [_Co, _Ty],
  [[1, {
    "ec2QueryName": `Code`,
    "xmlName": _co
  }], [1, {
    "ec2QueryName": `Type`,
    "xmlName": _ty
  }]]
];
var Image$ = [
  3,
  n0,
  _Ima,
  0,
  [_PDl, _UO, _BDMl, _De, _ESna, _Hy, _IOA, _N, _RDN, _RDT, _SNS, _SRt, _T, _VTir, _BM, _TSp, _DTe, _ISmd, _SIIo, _DPer, _LLT, _IAm, _SII, _SIRo, _FTE, _PSPN, _IW, _SRc, _ITSn, _IIm, _IL, _St, _OI, _CDr, _Pu, _PCro, _Arc, _ITm, _KI, _RIa, _Pl],
  [[0, {
    "ec2QueryName": `PlatformDetails`,
    "xmlName": _pDl
  }], [0, {
    "ec2QueryName": `UsageOperation`,
    "xmlName": _uO
  }], [() => BlockDeviceMappingList, {
    "ec2QueryName": `BlockDeviceMapping`,
    "xmlName": _bDM
  }], [0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [2, {
    "ec2QueryName": `EnaSupport`,
    "xmlName": _eSna
  }], [0, {
    "ec2QueryName": `Hypervisor`,
    "xmlName": _h
  }], [0, {
    "ec2QueryName": `ImageOwnerAlias`,
    "xmlName": _iOA
  }], [0, {
    "ec2QueryName": `Name`,
    "xmlName": _n
  }], [0, {
    "ec2QueryName": `RootDeviceName`,
    "xmlName": _rDN
  }], [0, {
    "ec2QueryName": `RootDeviceType`,
    "xmlName": _rDT
  }], [0, {
    "ec2QueryName": `SriovNetSupport`,
    "xmlName": _sNSr
  }], [() => StateReason$, {
    "ec2QueryName": `StateReason`,
    "xmlName": _sRt
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `VirtualizationType`,
    "xmlName": _vTi
  }], [0, {
    "ec2QueryName": `BootMode`,
    "xmlName": _bM
  }], [0, {
    "ec2QueryName": `TpmSupport`,
    "xmlName": _tSp
  }], [0, {
    "ec2QueryName": `DeprecationTime`,
    "xmlName": _dTe
  }], [0, {
    "ec2QueryName": `ImdsSupport`,
    "xmlName": _iSmd
  }], [0, {
    "ec2QueryName": `SourceInstanceId`,
    "xmlName": _sII
  }], [0, {
    "ec2QueryName": `DeregistrationProtection`,
    "xmlName": _dPe
  }], [0, {
    "ec2QueryName": `LastLaunchedTime`,
    "xmlName": _lLT
  }], [2, {
    "ec2QueryName": `ImageAllowed`,
    "xmlName": _iAm
  }], [0, {
    "ec2QueryName": `SourceImageId`,
    "xmlName": _sIIo
  }], [0, {
    "ec2QueryName": `SourceImageRegion`,
    "xmlName": _sIR
  }], [2, {
    "ec2QueryName": `FreeTierEligible`,
    "xmlName": _fTE
  }], [0, {
    "ec2QueryName": `PublicSsmParameterName`,
    "xmlName": _pSPN
  }], [() => ImageWatermarkList, {
    "ec2QueryName": `ImageWatermarkSet`,
    "xmlName": _iWS
  }], [() => ScanResults$, {
    "ec2QueryName": `ScanResults`,
    "xmlName": _sRc
  }], [() => InstanceTypeSpecification$, {
    "ec2QueryName": `InstanceTypeSpecification`,
    "xmlName": _iTSn
  }], [0, {
    "ec2QueryName": `ImageId`,
    "xmlName": _iIma
  }], [0, {
    "ec2QueryName": `ImageLocation`,
    "xmlName": _iL
  }], [0, {
    "ec2QueryName": `ImageState`,
    "xmlName": _iSmag
  }], [0, {
    "ec2QueryName": `ImageOwnerId`,
    "xmlName": _iOI
  }], [0, {
    "ec2QueryName": `CreationDate`,
    "xmlName": _cDr
  }], [2, {
    "ec2QueryName": `IsPublic`,
    "xmlName": _iPs
  }], [() => ProductCodeList, {
    "ec2QueryName": `ProductCodes`,
    "xmlName": _pC
  }], [0, {
    "ec2QueryName": `Architecture`,
    "xmlName": _arc
  }], [0, {
    "ec2QueryName": `ImageType`,
    "xmlName": _iTm
  }], [0, {
    "ec2QueryName": `KernelId`,
    "xmlName": _kI
  }], [0, {
    "ec2QueryName": `RamdiskId`,
    "xmlName": _rIa
  }], [0, {
    "ec2QueryName": `Platform`,
    "xmlName": _pl
  }]]
];
var ImageWatermark$ = [
  3,
  n0,
  _IWm,
  0,
  [_WK, _SIRo, _SII, _SICT, _WCT],
  [[0, {
    "ec2QueryName": `WatermarkKey`,
    "xmlName": _wK
  }], [0, {
    "ec2QueryName": `SourceImageRegion`,
    "xmlName": _sIR
  }], [0, {
    "ec2QueryName": `SourceImageId`,
    "xmlName": _sIIo
  }], [4, {
    "ec2QueryName": `SourceImageCreationTime`,
    "xmlName": _sICT
  }], [4, {
    "ec2QueryName": `WatermarkCreationTime`,
    "xmlName": _wCT
  }]]
];
var Instance$ = [
  3,
  n0,
  _In,
  0,
  [_Arc, _BDMl, _CT, _EO, _ESna, _Hy, _IIP, _ILn, _EGAl, _EIAAla, _NIet, _OA, _RDN, _RDT, _SGe, _SDC, _SIRI, _SNS, _SRt, _T, _VTir, _CO, _CBI, _CRI, _CRSa, _HO, _Lic, _MO, _EOn, _BM, _PDl, _UO, _UOUT, _PDNO, _IApv, _TSp, _MOa, _CIBM, _NPO, _Op, _SIec, _II, _IIm, _St, _PDN, _PDNub, _STR, _KN, _ALI, _PCro, _IT, _LTau, _Pla, _KI, _RIa, _Pl, _Mon, _SIu, _VI, _PIAr, _PIAu],
  [[0, {
    "ec2QueryName": `Architecture`,
    "xmlName": _arc
  }], [() => InstanceBlockDeviceMappingList, {
    "ec2QueryName": `BlockDeviceMapping`,
    "xmlName": _bDM
  }], [0, {
    "ec2QueryName": `ClientToken`,
    "xmlName": _cT
  }], [2, {
    "ec2QueryName": `EbsOptimized`,
    "xmlName": _eO
  }], [2, {
    "ec2QueryName": `EnaSupport`,
    "xmlName": _eSna
  }], [0, {
    "ec2QueryName": `Hypervisor`,
    "xmlName": _h
  }], [() => IamInstanceProfile$, {
    "ec2QueryName": `IamInstanceProfile`,
    "xmlName": _iIP
  }], [0, {
    "ec2QueryName": `InstanceLifecycle`,
    "xmlName": _iLn
  }], [() => ElasticGpuAssociationList, {
    "ec2QueryName": `ElasticGpuAssociationSet`,
    "xmlName": _eGASl
  }], [() => ElasticInferenceAcceleratorAssociationList, {
    "ec2QueryName": `ElasticInferenceAcceleratorAssociationSet`,
    "xmlName": _eIAASl
  }], [() => InstanceNetworkInterfaceList, {
    "ec2QueryName": `NetworkInterfaceSet`,
    "xmlName": _nIS
  }], [0, {
    "ec2QueryName": `OutpostArn`,
    "xmlName": _oA
  }], [0, {
    "ec2QueryName": `RootDeviceName`,
    "xmlName": _rDN
  }], [0, {
    "ec2QueryName": `RootDeviceType`,
    "xmlName": _rDT
  }], [() => GroupIdentifierList, {
    "ec2QueryName": `GroupSet`,
    "xmlName": _gSr
  }], [2, {
    "ec2QueryName": `SourceDestCheck`,
    "xmlName": _sDC
  }], [0, {
    "ec2QueryName": `SpotInstanceRequestId`,
    "xmlName": _sIRI
  }], [0, {
    "ec2QueryName": `SriovNetSupport`,
    "xmlName": _sNSr
  }], [() => StateReason$, {
    "ec2QueryName": `StateReason`,
    "xmlName": _sRt
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `VirtualizationType`,
    "xmlName": _vTi
  }], [() => CpuOptions$, {
    "ec2QueryName": `CpuOptions`,
    "xmlName": _cO
  }], [0, {
    "ec2QueryName": `CapacityBlockId`,
    "xmlName": _cBI
  }], [0, {
    "ec2QueryName": `CapacityReservationId`,
    "xmlName": _cRI
  }], [() => CapacityReservationSpecificationResponse$, {
    "ec2QueryName": `CapacityReservationSpecification`,
    "xmlName": _cRSa
  }], [() => HibernationOptions$, {
    "ec2QueryName": `HibernationOptions`,
    "xmlName": _hO
  }], [() => LicenseList, {
    "ec2QueryName": `LicenseSet`,
    "xmlName": _lSic
  }], [() => InstanceMetadataOptionsResponse$, {
    "ec2QueryName": `MetadataOptions`,
    "xmlName": _mO
  }], [() => EnclaveOptions$, {
    "ec2QueryName": `EnclaveOptions`,
    "xmlName": _eOn
  }], [0, {
    "ec2QueryName": `BootMode`,
    "xmlName": _bM
  }], [0, {
    "ec2QueryName": `PlatformDetails`,
    "xmlName": _pDl
  }], [0, {
    "ec2QueryName": `UsageOperation`,
    "xmlName": _uO
  }], [4, {
    "ec2QueryName": `UsageOperationUpdateTime`,
    "xmlName": _uOUT
  }], [() => PrivateDnsNameOptionsResponse$, {
    "ec2QueryName": `PrivateDnsNameOptions`,
    "xmlName": _pDNO
  }], [0, {
    "ec2QueryName": `Ipv6Address`,
    "xmlName": _iApv
  }], [0, {
    "ec2QueryName": `TpmSupport`,
    "xmlName": _tSp
  }], [() => InstanceMaintenanceOptions$, {
    "ec2QueryName": `MaintenanceOptions`,
    "xmlName": _mOa
  }], [0, {
    "ec2QueryName": `CurrentInstanceBootMode`,
    "xmlName": _cIBM
  }], [() => InstanceNetworkPerformanceOptions$, {
    "ec2QueryName": `NetworkPerformanceOptions`,
    "xmlName": _nPO
  }], [() => OperatorResponse$, {
    "ec2QueryName": `Operator`,
    "xmlName": _ope
  }], [() => InstanceSecondaryInterfaceList, {
    "ec2QueryName": `SecondaryInterfaceSet`,
    "xmlName": _sISe
  }], [0, {
    "ec2QueryName": `InstanceId`,
    "xmlName": _iI
  }], [0, {
    "ec2QueryName": `ImageId`,
    "xmlName": _iIma
  }], [() => InstanceState$, {
    "ec2QueryName": `InstanceState`,
    "xmlName": _iSnst
  }], [0, {
    "ec2QueryName": `PrivateDnsName`,
    "xmlName": _pDNr
  }], [0, {
    "ec2QueryName": `DnsName`,
    "xmlName": _dNn
  }], [0, {
    "ec2QueryName": `Reason`,
    "xmlName": _re
  }], [0, {
    "ec2QueryName": `KeyName`,
    "xmlName": _kN
  }], [1, {
    "ec2QueryName": `AmiLaunchIndex`,
    "xmlName": _aLI
  }], [() => ProductCodeList, {
    "ec2QueryName": `ProductCodes`,
    "xmlName": _pC
  }], [0, {
    "ec2QueryName": `InstanceType`,
    "xmlName": _iT
  }], [4, {
    "ec2QueryName": `LaunchTime`,
    "xmlName": _lTau
  }], [() => Placement$, {
    "ec2QueryName": `Placement`,
    "xmlName": _pla
  }], [0, {
    "ec2QueryName": `KernelId`,
    "xmlName": _kI
  }], [0, {
    "ec2QueryName": `RamdiskId`,
    "xmlName": _rIa
  }], [0, {
    "ec2QueryName": `Platform`,
    "xmlName": _pl
  }], [() => Monitoring$, {
    "ec2QueryName": `Monitoring`,
    "xmlName": _mon
  }], [0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `PrivateIpAddress`,
    "xmlName": _pIAr
  }], [0, {
    "ec2QueryName": `IpAddress`,
    "xmlName": _iAp
  }]]
];
var InstanceAttachmentEnaSrdSpecification$ = [
  3,
  n0,
  _IAESS,
  0,
  [_ESE, _ESUS],
  [[2, {
    "ec2QueryName": `EnaSrdEnabled`,
    "xmlName": _eSE
  }], [() => InstanceAttachmentEnaSrdUdpSpecification$, {
    "ec2QueryName": `EnaSrdUdpSpecification`,
    "xmlName": _eSUS
  }]]
];
var InstanceAttachmentEnaSrdUdpSpecification$ = [
  3,
  n0,
  _IAESUS,
  0,
  [_ESUE],
  [[2, {
    "ec2QueryName": `EnaSrdUdpEnabled`,
    "xmlName": _eSUE
  }]]
];
var InstanceBlockDeviceMapping$ = [
  3,
  n0,
  _IBDM,
  0,
  [_DN, _Eb],
  [[0, {
    "ec2QueryName": `DeviceName`,
    "xmlName": _dN
  }], [() => EbsInstanceBlockDevice$, {
    "ec2QueryName": `Ebs`,
    "xmlName": _eb
  }]]
];
var InstanceIpv4Prefix$ = [
  3,
  n0,
  _IIPn,
  0,
  [_IPpvre],
  [[0, {
    "ec2QueryName": `Ipv4Prefix`,
    "xmlName": _iPpv
  }]]
];
var InstanceIpv6Address$ = [
  3,
  n0,
  _IIA,
  0,
  [_IApv, _IPIs],
  [[0, {
    "ec2QueryName": `Ipv6Address`,
    "xmlName": _iApv
  }], [2, {
    "ec2QueryName": `IsPrimaryIpv6`,
    "xmlName": _iPIs
  }]]
];
var InstanceIpv6Prefix$ = [
  3,
  n0,
  _IIPns,
  0,
  [_IPpv],
  [[0, {
    "ec2QueryName": `Ipv6Prefix`,
    "xmlName": _iPpvr
  }]]
];
var InstanceMaintenanceOptions$ = [
  3,
  n0,
  _IMO,
  0,
  [_ARuto, _RMe],
  [[0, {
    "ec2QueryName": `AutoRecovery`,
    "xmlName": _aRut
  }], [0, {
    "ec2QueryName": `RebootMigration`,
    "xmlName": _rMe
  }]]
];
var InstanceMetadataOptionsResponse$ = [
  3,
  n0,
  _IMORnst,
  0,
  [_St, _HT, _HPRHL, _HE, _HPI, _IMT],
  [[0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `HttpTokens`,
    "xmlName": _hT
  }], [1, {
    "ec2QueryName": `HttpPutResponseHopLimit`,
    "xmlName": _hPRHL
  }], [0, {
    "ec2QueryName": `HttpEndpoint`,
    "xmlName": _hE
  }], [0, {
    "ec2QueryName": `HttpProtocolIpv6`,
    "xmlName": _hPI
  }], [0, {
    "ec2QueryName": `InstanceMetadataTags`,
    "xmlName": _iMT
  }]]
];
var InstanceNetworkInterface$ = [
  3,
  n0,
  _INI,
  0,
  [_Ass, _Att, _De, _G, _IA, _MAa, _NII, _OI, _PDN, _PIAr, _PIAri, _SDC, _Sta, _SIu, _VI, _ITnt, _IPpvr, _IPp, _CTC, _Op],
  [[() => InstanceNetworkInterfaceAssociation$, {
    "ec2QueryName": `Association`,
    "xmlName": _ass
  }], [() => InstanceNetworkInterfaceAttachment$, {
    "ec2QueryName": `Attachment`,
    "xmlName": _at
  }], [0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [() => GroupIdentifierList, {
    "ec2QueryName": `GroupSet`,
    "xmlName": _gSr
  }], [() => InstanceIpv6AddressList, {
    "ec2QueryName": `Ipv6AddressesSet`,
    "xmlName": _iASp
  }], [0, {
    "ec2QueryName": `MacAddress`,
    "xmlName": _mAa
  }], [0, {
    "ec2QueryName": `NetworkInterfaceId`,
    "xmlName": _nII
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [0, {
    "ec2QueryName": `PrivateDnsName`,
    "xmlName": _pDNr
  }], [0, {
    "ec2QueryName": `PrivateIpAddress`,
    "xmlName": _pIAr
  }], [() => InstancePrivateIpAddressList, {
    "ec2QueryName": `PrivateIpAddressesSet`,
    "xmlName": _pIAS
  }], [2, {
    "ec2QueryName": `SourceDestCheck`,
    "xmlName": _sDC
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }], [0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `InterfaceType`,
    "xmlName": _iTnt
  }], [() => InstanceIpv4PrefixList, {
    "ec2QueryName": `Ipv4PrefixSet`,
    "xmlName": _iPSpvr
  }], [() => InstanceIpv6PrefixList, {
    "ec2QueryName": `Ipv6PrefixSet`,
    "xmlName": _iPSpvre
  }], [() => ConnectionTrackingSpecificationResponse$, {
    "ec2QueryName": `ConnectionTrackingConfiguration`,
    "xmlName": _cTC
  }], [() => OperatorResponse$, {
    "ec2QueryName": `Operator`,
    "xmlName": _ope
  }]]
];
var InstanceNetworkInterfaceAssociation$ = [
  3,
  n0,
  _INIA,
  0,
  [_CI, _COI, _IOI, _PDNub, _PI],
  [[0, {
    "ec2QueryName": `CarrierIp`,
    "xmlName": _cI
  }], [0, {
    "ec2QueryName": `CustomerOwnedIp`,
    "xmlName": _cOI
  }], [0, {
    "ec2QueryName": `IpOwnerId`,
    "xmlName": _iOIp
  }], [0, {
    "ec2QueryName": `PublicDnsName`,
    "xmlName": _pDNu
  }], [0, {
    "ec2QueryName": `PublicIp`,
    "xmlName": _pI
  }]]
];
var InstanceNetworkInterfaceAttachment$ = [
  3,
  n0,
  _INIAn,
  0,
  [_ATtt, _AItt, _DOT, _DI, _Sta, _NCI, _ESS, _EQC],
  [[4, {
    "ec2QueryName": `AttachTime`,
    "xmlName": _aTt
  }], [0, {
    "ec2QueryName": `AttachmentId`,
    "xmlName": _aIt
  }], [2, {
    "ec2QueryName": `DeleteOnTermination`,
    "xmlName": _dOT
  }], [1, {
    "ec2QueryName": `DeviceIndex`,
    "xmlName": _dI
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }], [1, {
    "ec2QueryName": `NetworkCardIndex`,
    "xmlName": _nCI
  }], [() => InstanceAttachmentEnaSrdSpecification$, {
    "ec2QueryName": `EnaSrdSpecification`,
    "xmlName": _eSS
  }], [1, {
    "ec2QueryName": `EnaQueueCount`,
    "xmlName": _eQC
  }]]
];
var InstanceNetworkPerformanceOptions$ = [
  3,
  n0,
  _INPO,
  0,
  [_BW],
  [[0, {
    "ec2QueryName": `BandwidthWeighting`,
    "xmlName": _bW
  }]]
];
var InstancePrivateIpAddress$ = [
  3,
  n0,
  _IPIA,
  0,
  [_Ass, _Prim, _PDN, _PIAr],
  [[() => InstanceNetworkInterfaceAssociation$, {
    "ec2QueryName": `Association`,
    "xmlName": _ass
  }], [2, {
    "ec2QueryName": `Primary`,
    "xmlName": _prim
  }], [0, {
    "ec2QueryName": `PrivateDnsName`,
    "xmlName": _pDNr
  }], [0, {
    "ec2QueryName": `PrivateIpAddress`,
    "xmlName": _pIAr
  }]]
];
var InstanceRequirementsRequest$ = [
  3,
  n0,
  _IRR,
  0,
  [_VCC, _MMB, _CM, _MGBPVC, _EITxc, _IGns, _SMPPOLP, _ODMPPOLP, _BMa, _BP, _RHS, _NIC, _LSo, _LST, _TLSGB, _BEBM, _ATc, _AC, _AMc, _ANcc, _ATMMB, _NBGe, _AIT, _MSPAPOOODP, _BPF, _REIT],
  [() => VCpuCountRangeRequest$, () => MemoryMiBRequest$, [() => CpuManufacturerSet, { "xmlName": _CMp }], () => MemoryGiBPerVCpuRequest$, [() => ExcludedInstanceTypeSet, { "xmlName": _EITxcl }], [() => InstanceGenerationSet, { "xmlName": _IGnst }], 1, 1, 0, 0, 2, () => NetworkInterfaceCountRequest$, 0, [() => LocalStorageTypeSet, { "xmlName": _LSTo }], () => TotalLocalStorageGBRequest$, () => BaselineEbsBandwidthMbpsRequest$, [() => AcceleratorTypeSet, { "xmlName": _ATcc }], () => AcceleratorCountRequest$, [() => AcceleratorManufacturerSet, { "xmlName": _AMcc }], [() => AcceleratorNameSet, { "xmlName": _ANcce }], () => AcceleratorTotalMemoryMiBRequest$, () => NetworkBandwidthGbpsRequest$, [() => AllowedInstanceTypeSet, { "xmlName": _AITl }], 1, [() => BaselinePerformanceFactorsRequest$, 0], 2],
  2
];
var InstanceRequirementsWithMetadataRequest$ = [
  3,
  n0,
  _IRWMR,
  0,
  [_ATr, _VTi, _IR],
  [[() => ArchitectureTypeSet, { "xmlName": _ATrc }], [() => VirtualizationTypeSet, { "xmlName": _VTir }], [() => InstanceRequirementsRequest$, 0]]
];
var InstanceSecondaryInterface$ = [
  3,
  n0,
  _ISIn,
  0,
  [_Att, _MAa, _SIIec, _OI, _PIAri, _SDC, _Sta, _SSIe, _SNI, _ITnt],
  [[() => InstanceSecondaryInterfaceAttachment$, {
    "ec2QueryName": `Attachment`,
    "xmlName": _at
  }], [0, {
    "ec2QueryName": `MacAddress`,
    "xmlName": _mAa
  }], [0, {
    "ec2QueryName": `SecondaryInterfaceId`,
    "xmlName": _sIIe
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [() => InstanceSecondaryInterfacePrivateIpAddressList, {
    "ec2QueryName": `PrivateIpAddressSet`,
    "xmlName": _pIASr
  }], [2, {
    "ec2QueryName": `SourceDestCheck`,
    "xmlName": _sDC
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }], [0, {
    "ec2QueryName": `SecondarySubnetId`,
    "xmlName": _sSI
  }], [0, {
    "ec2QueryName": `SecondaryNetworkId`,
    "xmlName": _sNI
  }], [0, {
    "ec2QueryName": `InterfaceType`,
    "xmlName": _iTnt
  }]]
];
var InstanceSecondaryInterfaceAttachment$ = [
  3,
  n0,
  _ISIA,
  0,
  [_ATtt, _AItt, _DOT, _DI, _Sta, _NCI],
  [[4, {
    "ec2QueryName": `AttachTime`,
    "xmlName": _aTt
  }], [0, {
    "ec2QueryName": `AttachmentId`,
    "xmlName": _aIt
  }], [2, {
    "ec2QueryName": `DeleteOnTermination`,
    "xmlName": _dOT
  }], [1, {
    "ec2QueryName": `DeviceIndex`,
    "xmlName": _dI
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }], [1, {
    "ec2QueryName": `NetworkCardIndex`,
    "xmlName": _nCI
  }]]
];
var InstanceSecondaryInterfacePrivateIpAddress$ = [
  3,
  n0,
  _ISIPIA,
  0,
  [_PIAr],
  [[0, {
    "ec2QueryName": `PrivateIpAddress`,
    "xmlName": _pIAr
  }]]
];
var InstanceState$ = [
  3,
  n0,
  _ISnsta,
  0,
  [_Co, _N],
  [[1, {
    "ec2QueryName": `Code`,
    "xmlName": _co
  }], [0, {
    "ec2QueryName": `Name`,
    "xmlName": _n
  }]]
];
var InstanceTypeItem$ = [
  3,
  n0,
  _ITIns,
  0,
  [_IT],
  [[0, {
    "ec2QueryName": `InstanceType`,
    "xmlName": _iT
  }]]
];
var InstanceTypeSpecification$ = [
  3,
  n0,
  _ITSn,
  0,
  [_SIT, _UIT],
  [[() => SupportedInstanceTypeSet, {
    "ec2QueryName": `SupportedInstanceTypeSet`,
    "xmlName": _sITS
  }], [() => UnsupportedInstanceTypeSet, {
    "ec2QueryName": `UnsupportedInstanceTypeSet`,
    "xmlName": _uITS
  }]]
];
var InternetGateway$ = [
  3,
  n0,
  _IG,
  0,
  [_Atta, _IGI, _OI, _T],
  [[() => InternetGatewayAttachmentList, {
    "ec2QueryName": `AttachmentSet`,
    "xmlName": _aSt
  }], [0, {
    "ec2QueryName": `InternetGatewayId`,
    "xmlName": _iGI
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }]]
];
var InternetGatewayAttachment$ = [
  3,
  n0,
  _IGA,
  0,
  [_St, _VI],
  [[0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }]]
];
var IpPermission$ = [
  3,
  n0,
  _IPper,
  0,
  [_IPpr, _FP, _TP, _UIGP, _IRpa, _IRpv, _PLIr],
  [[0, {
    "ec2QueryName": `IpProtocol`,
    "xmlName": _iPp
  }], [1, {
    "ec2QueryName": `FromPort`,
    "xmlName": _fP
  }], [1, {
    "ec2QueryName": `ToPort`,
    "xmlName": _tP
  }], [() => UserIdGroupPairList, {
    "ec2QueryName": `Groups`,
    "xmlName": _gr
  }], [() => IpRangeList, {
    "ec2QueryName": `IpRanges`,
    "xmlName": _iRpa
  }], [() => Ipv6RangeList, {
    "ec2QueryName": `Ipv6Ranges`,
    "xmlName": _iRpv
  }], [() => PrefixListIdList, {
    "ec2QueryName": `PrefixListIds`,
    "xmlName": _pLIr
  }]]
];
var IpRange$ = [
  3,
  n0,
  _IRpan,
  0,
  [_De, _CIi],
  [[0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [0, {
    "ec2QueryName": `CidrIp`,
    "xmlName": _cIi
  }]]
];
var Ipv6Range$ = [
  3,
  n0,
  _IRpva,
  0,
  [_De, _CIid],
  [[0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [0, {
    "ec2QueryName": `CidrIpv6`,
    "xmlName": _cIid
  }]]
];
var KeyPairInfo$ = [
  3,
  n0,
  _KPIey,
  0,
  [_KPI, _KT, _T, _PK, _CTre, _KN, _KFe],
  [[0, {
    "ec2QueryName": `KeyPairId`,
    "xmlName": _kPI
  }], [0, {
    "ec2QueryName": `KeyType`,
    "xmlName": _kT
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `PublicKey`,
    "xmlName": _pK
  }], [4, {
    "ec2QueryName": `CreateTime`,
    "xmlName": _cTre
  }], [0, {
    "ec2QueryName": `KeyName`,
    "xmlName": _kN
  }], [0, {
    "ec2QueryName": `KeyFingerprint`,
    "xmlName": _kFe
  }]]
];
var LicenseConfiguration$ = [
  3,
  n0,
  _LCi,
  0,
  [_LCA],
  [[0, {
    "ec2QueryName": `LicenseConfigurationArn`,
    "xmlName": _lCA
  }]]
];
var MemoryGiBPerVCpuRequest$ = [
  3,
  n0,
  _MGBPVCR,
  0,
  [_M, _Ma],
  [1, 1]
];
var MemoryMiBRequest$ = [
  3,
  n0,
  _MMBR,
  0,
  [_M, _Ma],
  [1, 1],
  1
];
var ModifyTrafficMirrorFilterRuleRequest$ = [
  3,
  n0,
  _MTMFRR,
  0,
  [_TMFRI, _TD, _RNu, _RA, _DPRe, _SPRo, _Pr, _DCB, _SCB, _De, _RF, _DR],
  [0, 0, 1, 0, () => TrafficMirrorPortRangeRequest$, () => TrafficMirrorPortRangeRequest$, 1, 0, 0, 0, [64 | 0, { "xmlName": _RFe }], 2],
  1
];
var ModifyTrafficMirrorSessionRequest$ = [
  3,
  n0,
  _MTMSR,
  0,
  [_TMSI, _TMTI, _TMFI, _PLa, _SNes, _VNI, _De, _RF, _DR],
  [0, 0, 0, 1, 1, 1, 0, [64 | 0, { "xmlName": _RFe }], 2],
  1
];
var ModifyTransitGatewayMeteringPolicyRequest$ = [
  3,
  n0,
  _MTGMPR,
  0,
  [_TGMPI, _AMAI, _RMAI, _DR],
  [0, [64 | 0, { "xmlName": _AMAId }], [64 | 0, { "xmlName": _RMAIe }], 2],
  1
];
var Monitoring$ = [
  3,
  n0,
  _Mon,
  0,
  [_MCIe, _St],
  [[() => MetricCategoryIdList, {
    "ec2QueryName": `MetricCategoryIdSet`,
    "xmlName": _mCIS
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }]]
];
var NetworkAcl$ = [
  3,
  n0,
  _NA,
  0,
  [_As, _Ent, _IDs, _NAI, _T, _VI, _OI],
  [[() => NetworkAclAssociationList, {
    "ec2QueryName": `AssociationSet`,
    "xmlName": _aSs
  }], [() => NetworkAclEntryList, {
    "ec2QueryName": `EntrySet`,
    "xmlName": _eSnt
  }], [2, {
    "ec2QueryName": `Default`,
    "xmlName": _def
  }], [0, {
    "ec2QueryName": `NetworkAclId`,
    "xmlName": _nAI
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }]]
];
var NetworkAclAssociation$ = [
  3,
  n0,
  _NAA,
  0,
  [_NAAI, _NAI, _SIu],
  [[0, {
    "ec2QueryName": `NetworkAclAssociationId`,
    "xmlName": _nAAI
  }], [0, {
    "ec2QueryName": `NetworkAclId`,
    "xmlName": _nAI
  }], [0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }]]
];
var NetworkAclEntry$ = [
  3,
  n0,
  _NAE,
  0,
  [_CB, _Eg, _ITC, _ICB, _PRo, _Pr, _RA, _RNu],
  [[0, {
    "ec2QueryName": `CidrBlock`,
    "xmlName": _cB
  }], [2, {
    "ec2QueryName": `Egress`,
    "xmlName": _eg
  }], [() => IcmpTypeCode$, {
    "ec2QueryName": `IcmpTypeCode`,
    "xmlName": _iTC
  }], [0, {
    "ec2QueryName": `Ipv6CidrBlock`,
    "xmlName": _iCB
  }], [() => PortRange$, {
    "ec2QueryName": `PortRange`,
    "xmlName": _pRo
  }], [0, {
    "ec2QueryName": `Protocol`,
    "xmlName": _pr
  }], [0, {
    "ec2QueryName": `RuleAction`,
    "xmlName": _rA
  }], [1, {
    "ec2QueryName": `RuleNumber`,
    "xmlName": _rN
  }]]
];
var NetworkBandwidthGbpsRequest$ = [
  3,
  n0,
  _NBGR,
  0,
  [_M, _Ma],
  [1, 1]
];
var NetworkInterfaceCountRequest$ = [
  3,
  n0,
  _NICR,
  0,
  [_M, _Ma],
  [1, 1]
];
var OperatorResponse$ = [
  3,
  n0,
  _ORper,
  0,
  [_Mana, _P, _HBD],
  [[2, {
    "ec2QueryName": `Managed`,
    "xmlName": _mana
  }], [0, {
    "ec2QueryName": `Principal`,
    "xmlName": _p
  }], [2, {
    "ec2QueryName": `HiddenByDefault`,
    "xmlName": _hBD
  }]]
];
var PerformanceFactorReferenceRequest$ = [
  3,
  n0,
  _PFRR,
  0,
  [_IF],
  [0]
];
var Placement$ = [
  3,
  n0,
  _Pla,
  0,
  [_AZI, _Af, _GN, _PN, _HIo, _Te, _SDp, _HRGA, _GIr, _AZ],
  [[0, {
    "ec2QueryName": `AvailabilityZoneId`,
    "xmlName": _aZI
  }], [0, {
    "ec2QueryName": `Affinity`,
    "xmlName": _af
  }], [0, {
    "ec2QueryName": `GroupName`,
    "xmlName": _gN
  }], [1, {
    "ec2QueryName": `PartitionNumber`,
    "xmlName": _pN
  }], [0, {
    "ec2QueryName": `HostId`,
    "xmlName": _hI
  }], [0, {
    "ec2QueryName": `Tenancy`,
    "xmlName": _te
  }], [0, {
    "ec2QueryName": `SpreadDomain`,
    "xmlName": _sDp
  }], [0, {
    "ec2QueryName": `HostResourceGroupArn`,
    "xmlName": _hRGA
  }], [0, {
    "ec2QueryName": `GroupId`,
    "xmlName": _gIr
  }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }]]
];
var PortRange$ = [
  3,
  n0,
  _PRo,
  0,
  [_Fr, _To],
  [[1, {
    "ec2QueryName": `From`,
    "xmlName": _fr
  }], [1, {
    "ec2QueryName": `To`,
    "xmlName": _to
  }]]
];
var PrefixListId$ = [
  3,
  n0,
  _PLI,
  0,
  [_De, _PLI],
  [[0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [0, {
    "ec2QueryName": `PrefixListId`,
    "xmlName": _pLI
  }]]
];
var PrivateDnsNameOptionsOnLaunch$ = [
  3,
  n0,
  _PDNOOL,
  0,
  [_HTo, _ERNDAR, _ERNDAAAAR],
  [[0, {
    "ec2QueryName": `HostnameType`,
    "xmlName": _hTo
  }], [2, {
    "ec2QueryName": `EnableResourceNameDnsARecord`,
    "xmlName": _eRNDAR
  }], [2, {
    "ec2QueryName": `EnableResourceNameDnsAAAARecord`,
    "xmlName": _eRNDAAAAR
  }]]
];
var PrivateDnsNameOptionsResponse$ = [
  3,
  n0,
  _PDNORr,
  0,
  [_HTo, _ERNDAR, _ERNDAAAAR],
  [[0, {
    "ec2QueryName": `HostnameType`,
    "xmlName": _hTo
  }], [2, {
    "ec2QueryName": `EnableResourceNameDnsARecord`,
    "xmlName": _eRNDAR
  }], [2, {
    "ec2QueryName": `EnableResourceNameDnsAAAARecord`,
    "xmlName": _eRNDAAAAR
  }]]
];
var ProductCode$ = [
  3,
  n0,
  _PCr,
  0,
  [_PCIr, _PCT],
  [[0, {
    "ec2QueryName": `ProductCode`,
    "xmlName": _pCr
  }], [0, {
    "ec2QueryName": `Type`,
    "xmlName": _ty
  }]]
];
var PropagatingVgw$ = [
  3,
  n0,
  _PV,
  0,
  [_GI],
  [[0, {
    "ec2QueryName": `GatewayId`,
    "xmlName": _gI
  }]]
];
var ReferencedSecurityGroup$ = [
  3,
  n0,
  _RSG,
  0,
  [_GIr, _PSee, _UI, _VI, _VPCI],
  [[0, {
    "ec2QueryName": `GroupId`,
    "xmlName": _gIr
  }], [0, {
    "ec2QueryName": `PeeringStatus`,
    "xmlName": _pSee
  }], [0, {
    "ec2QueryName": `UserId`,
    "xmlName": _uI
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `VpcPeeringConnectionId`,
    "xmlName": _vPCI
  }]]
];
var Reservation$ = [
  3,
  n0,
  _Reser,
  0,
  [_RIe, _OI, _RIeq, _G, _Ins],
  [[0, {
    "ec2QueryName": `ReservationId`,
    "xmlName": _rI
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [0, {
    "ec2QueryName": `RequesterId`,
    "xmlName": _rIeq
  }], [() => GroupIdentifierList, {
    "ec2QueryName": `GroupSet`,
    "xmlName": _gSr
  }], [() => InstanceList, {
    "ec2QueryName": `InstancesSet`,
    "xmlName": _iSns
  }]]
];
var ResourceTypeOption$ = [
  3,
  n0,
  _RTOe,
  0,
  [_ON, _OV],
  [0, [64 | 0, { "xmlName": _OVp }]]
];
var ResourceTypeRequest$ = [
  3,
  n0,
  _RTRe,
  0,
  [_RTe, _RTO],
  [0, [() => ResourceTypeOptionList, { "xmlName": _RTOe }]]
];
var Route$ = [
  3,
  n0,
  _Ro,
  0,
  [_DCB, _DICB, _DPLI, _EOIGI, _GI, _II, _IOIn, _NGI, _TGI, _LGI, _CGI, _NII, _O, _St, _VPCI, _CNA, _ONA, _IAp],
  [[0, {
    "ec2QueryName": `DestinationCidrBlock`,
    "xmlName": _dCB
  }], [0, {
    "ec2QueryName": `DestinationIpv6CidrBlock`,
    "xmlName": _dICB
  }], [0, {
    "ec2QueryName": `DestinationPrefixListId`,
    "xmlName": _dPLI
  }], [0, {
    "ec2QueryName": `EgressOnlyInternetGatewayId`,
    "xmlName": _eOIGI
  }], [0, {
    "ec2QueryName": `GatewayId`,
    "xmlName": _gI
  }], [0, {
    "ec2QueryName": `InstanceId`,
    "xmlName": _iI
  }], [0, {
    "ec2QueryName": `InstanceOwnerId`,
    "xmlName": _iOIn
  }], [0, {
    "ec2QueryName": `NatGatewayId`,
    "xmlName": _nGI
  }], [0, {
    "ec2QueryName": `TransitGatewayId`,
    "xmlName": _tGI
  }], [0, {
    "ec2QueryName": `LocalGatewayId`,
    "xmlName": _lGI
  }], [0, {
    "ec2QueryName": `CarrierGatewayId`,
    "xmlName": _cGI
  }], [0, {
    "ec2QueryName": `NetworkInterfaceId`,
    "xmlName": _nII
  }], [0, {
    "ec2QueryName": `Origin`,
    "xmlName": _o
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `VpcPeeringConnectionId`,
    "xmlName": _vPCI
  }], [0, {
    "ec2QueryName": `CoreNetworkArn`,
    "xmlName": _cNA
  }], [0, {
    "ec2QueryName": `OdbNetworkArn`,
    "xmlName": _oNA
  }], [0, {
    "ec2QueryName": `IpAddress`,
    "xmlName": _iAp
  }]]
];
var RouteTable$ = [
  3,
  n0,
  _RTo,
  0,
  [_As, _PVro, _RTI, _Rou, _T, _VI, _OI],
  [[() => RouteTableAssociationList, {
    "ec2QueryName": `AssociationSet`,
    "xmlName": _aSs
  }], [() => PropagatingVgwList, {
    "ec2QueryName": `PropagatingVgwSet`,
    "xmlName": _pVS
  }], [0, {
    "ec2QueryName": `RouteTableId`,
    "xmlName": _rTI
  }], [() => RouteList, {
    "ec2QueryName": `RouteSet`,
    "xmlName": _rSou
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }]]
];
var RouteTableAssociation$ = [
  3,
  n0,
  _RTA,
  0,
  [_Mai, _RTAI, _RTI, _SIu, _GI, _PIP, _ASs],
  [[2, {
    "ec2QueryName": `Main`,
    "xmlName": _mai
  }], [0, {
    "ec2QueryName": `RouteTableAssociationId`,
    "xmlName": _rTAI
  }], [0, {
    "ec2QueryName": `RouteTableId`,
    "xmlName": _rTI
  }], [0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }], [0, {
    "ec2QueryName": `GatewayId`,
    "xmlName": _gI
  }], [0, {
    "ec2QueryName": `PublicIpv4Pool`,
    "xmlName": _pIP
  }], [() => RouteTableAssociationState$, {
    "ec2QueryName": `AssociationState`,
    "xmlName": _aS
  }]]
];
var RouteTableAssociationState$ = [
  3,
  n0,
  _RTAS,
  0,
  [_St, _SMt],
  [[0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `StatusMessage`,
    "xmlName": _sMt
  }]]
];
var ScanResults$ = [
  3,
  n0,
  _SRc,
  0,
  [_HFSL, _FSD, _IFAS, _LFAS, _MFAS, _HFAS, _CFAS],
  [[0, {
    "ec2QueryName": `HighestFindingSeverityLabel`,
    "xmlName": _hFSL
  }], [4, {
    "ec2QueryName": `FindingScanDate`,
    "xmlName": _fSD
  }], [4, {
    "ec2QueryName": `InformationalFixAvailableSince`,
    "xmlName": _iFAS
  }], [4, {
    "ec2QueryName": `LowFixAvailableSince`,
    "xmlName": _lFAS
  }], [4, {
    "ec2QueryName": `MediumFixAvailableSince`,
    "xmlName": _mFAS
  }], [4, {
    "ec2QueryName": `HighFixAvailableSince`,
    "xmlName": _hFAS
  }], [4, {
    "ec2QueryName": `CriticalFixAvailableSince`,
    "xmlName": _cFAS
  }]]
];
var SecurityGroup$ = [
  3,
  n0,
  _SGec,
  0,
  [_GIr, _IPEp, _T, _VI, _SGA, _OI, _GN, _De, _IPpe],
  [[0, {
    "ec2QueryName": `GroupId`,
    "xmlName": _gIr
  }], [() => IpPermissionList, {
    "ec2QueryName": `IpPermissionsEgress`,
    "xmlName": _iPEp
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `SecurityGroupArn`,
    "xmlName": _sGA
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [0, {
    "ec2QueryName": `GroupName`,
    "xmlName": _gN
  }], [0, {
    "ec2QueryName": `GroupDescription`,
    "xmlName": _gD
  }], [() => IpPermissionList, {
    "ec2QueryName": `IpPermissions`,
    "xmlName": _iPpe
  }]]
];
var SecurityGroupRule$ = [
  3,
  n0,
  _SGRe,
  0,
  [_SGRIe, _GIr, _GOI, _IE, _IPpr, _FP, _TP, _CIidr, _CIid, _PLI, _RGIe, _De, _T, _SGRA],
  [[0, {
    "ec2QueryName": `SecurityGroupRuleId`,
    "xmlName": _sGRI
  }], [0, {
    "ec2QueryName": `GroupId`,
    "xmlName": _gIr
  }], [0, {
    "ec2QueryName": `GroupOwnerId`,
    "xmlName": _gOI
  }], [2, {
    "ec2QueryName": `IsEgress`,
    "xmlName": _iEs
  }], [0, {
    "ec2QueryName": `IpProtocol`,
    "xmlName": _iPp
  }], [1, {
    "ec2QueryName": `FromPort`,
    "xmlName": _fP
  }], [1, {
    "ec2QueryName": `ToPort`,
    "xmlName": _tP
  }], [0, {
    "ec2QueryName": `CidrIpv4`,
    "xmlName": _cIidr
  }], [0, {
    "ec2QueryName": `CidrIpv6`,
    "xmlName": _cIid
  }], [0, {
    "ec2QueryName": `PrefixListId`,
    "xmlName": _pLI
  }], [() => ReferencedSecurityGroup$, {
    "ec2QueryName": `ReferencedGroupInfo`,
    "xmlName": _rGIe
  }], [0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `SecurityGroupRuleArn`,
    "xmlName": _sGRA
  }]]
];
var Snapshot$ = [
  3,
  n0,
  _Sna,
  0,
  [_OAw, _OA, _T, _STto, _RETe, _STs, _AZ, _TTr, _CDM, _CTomp, _FSSIB, _SIn, _VIo, _St, _SMta, _STt, _Pro, _OI, _De, _VSo, _Enc, _KKI, _DEKI],
  [[0, {
    "ec2QueryName": `OwnerAlias`,
    "xmlName": _oAw
  }], [0, {
    "ec2QueryName": `OutpostArn`,
    "xmlName": _oA
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `StorageTier`,
    "xmlName": _sTto
  }], [4, {
    "ec2QueryName": `RestoreExpiryTime`,
    "xmlName": _rETe
  }], [0, {
    "ec2QueryName": `SseType`,
    "xmlName": _sTs
  }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }], [0, {
    "ec2QueryName": `TransferType`,
    "xmlName": _tTr
  }], [1, {
    "ec2QueryName": `CompletionDurationMinutes`,
    "xmlName": _cDM
  }], [4, {
    "ec2QueryName": `CompletionTime`,
    "xmlName": _cTomp
  }], [1, {
    "ec2QueryName": `FullSnapshotSizeInBytes`,
    "xmlName": _fSSIB
  }], [0, {
    "ec2QueryName": `SnapshotId`,
    "xmlName": _sIn
  }], [0, {
    "ec2QueryName": `VolumeId`,
    "xmlName": _vIo
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }], [0, {
    "ec2QueryName": `StatusMessage`,
    "xmlName": _sMt
  }], [4, {
    "ec2QueryName": `StartTime`,
    "xmlName": _sTt
  }], [0, {
    "ec2QueryName": `Progress`,
    "xmlName": _pro
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [1, {
    "ec2QueryName": `VolumeSize`,
    "xmlName": _vSo
  }], [2, {
    "ec2QueryName": `Encrypted`,
    "xmlName": _enc
  }], [0, {
    "ec2QueryName": `KmsKeyId`,
    "xmlName": _kKI
  }], [0, {
    "ec2QueryName": `DataEncryptionKeyId`,
    "xmlName": _dEKI
  }]]
];
var StateReason$ = [
  3,
  n0,
  _SRt,
  0,
  [_Co, _Me],
  [[0, {
    "ec2QueryName": `Code`,
    "xmlName": _co
  }], [0, {
    "ec2QueryName": `Message`,
    "xmlName": _me
  }]]
];
var Subnet$ = [
  3,
  n0,
  _Su,
  0,
  [_AZI, _ELADI, _MCOIOL, _COIP, _OI, _AIAOC, _ICBAS, _T, _SAub, _OA, _EDn, _IN, _PDNOOL, _BPAS, _Ty, _SIu, _St, _VI, _CB, _AIAC, _AZ, _DFA, _MPIOL],
  [[0, {
    "ec2QueryName": `AvailabilityZoneId`,
    "xmlName": _aZI
  }], [1, {
    "ec2QueryName": `EnableLniAtDeviceIndex`,
    "xmlName": _eLADI
  }], [2, {
    "ec2QueryName": `MapCustomerOwnedIpOnLaunch`,
    "xmlName": _mCOIOL
  }], [0, {
    "ec2QueryName": `CustomerOwnedIpv4Pool`,
    "xmlName": _cOIP
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [2, {
    "ec2QueryName": `AssignIpv6AddressOnCreation`,
    "xmlName": _aIAOC
  }], [() => SubnetIpv6CidrBlockAssociationSet, {
    "ec2QueryName": `Ipv6CidrBlockAssociationSet`,
    "xmlName": _iCBASp
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `SubnetArn`,
    "xmlName": _sAub
  }], [0, {
    "ec2QueryName": `OutpostArn`,
    "xmlName": _oA
  }], [2, {
    "ec2QueryName": `EnableDns64`,
    "xmlName": _eDn
  }], [2, {
    "ec2QueryName": `Ipv6Native`,
    "xmlName": _iN
  }], [() => PrivateDnsNameOptionsOnLaunch$, {
    "ec2QueryName": `PrivateDnsNameOptionsOnLaunch`,
    "xmlName": _pDNOOL
  }], [() => BlockPublicAccessStates$, {
    "ec2QueryName": `BlockPublicAccessStates`,
    "xmlName": _bPAS
  }], [0, {
    "ec2QueryName": `Type`,
    "xmlName": _ty
  }], [0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `CidrBlock`,
    "xmlName": _cB
  }], [1, {
    "ec2QueryName": `AvailableIpAddressCount`,
    "xmlName": _aIAC
  }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }], [2, {
    "ec2QueryName": `DefaultForAz`,
    "xmlName": _dFA
  }], [2, {
    "ec2QueryName": `MapPublicIpOnLaunch`,
    "xmlName": _mPIOL
  }]]
];
var SubnetCidrBlockState$ = [
  3,
  n0,
  _SCBS,
  0,
  [_St, _SMt],
  [[0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `StatusMessage`,
    "xmlName": _sMt
  }]]
];
var SubnetIpv6CidrBlockAssociation$ = [
  3,
  n0,
  _SICBA,
  0,
  [_AIs, _ICB, _ICBS, _IAA, _ISpo],
  [[0, {
    "ec2QueryName": `AssociationId`,
    "xmlName": _aIs
  }], [0, {
    "ec2QueryName": `Ipv6CidrBlock`,
    "xmlName": _iCB
  }], [() => SubnetCidrBlockState$, {
    "ec2QueryName": `Ipv6CidrBlockState`,
    "xmlName": _iCBS
  }], [0, {
    "ec2QueryName": `Ipv6AddressAttribute`,
    "xmlName": _iAA
  }], [0, {
    "ec2QueryName": `IpSource`,
    "xmlName": _iSpo
  }]]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _V],
  [[0, {
    "ec2QueryName": `Key`,
    "xmlName": _k
  }], [0, {
    "ec2QueryName": `Value`,
    "xmlName": _v
  }]]
];
var TagSpecification$ = [
  3,
  n0,
  _TSa,
  0,
  [_RTe, _T],
  [[0, {
    "ec2QueryName": `ResourceType`,
    "xmlName": _rTe
  }], [() => TagList, { "xmlName": _Ta }]]
];
var TotalLocalStorageGBRequest$ = [
  3,
  n0,
  _TLSGBR,
  0,
  [_M, _Ma],
  [1, 1]
];
var TrafficMirrorPortRangeRequest$ = [
  3,
  n0,
  _TMPRR,
  0,
  [_FP, _TP],
  [1, 1]
];
var UserIdGroupPair$ = [
  3,
  n0,
  _UIGPs,
  0,
  [_De, _UI, _GN, _GIr, _VI, _VPCI, _PSee],
  [[0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [0, {
    "ec2QueryName": `UserId`,
    "xmlName": _uI
  }], [0, {
    "ec2QueryName": `GroupName`,
    "xmlName": _gN
  }], [0, {
    "ec2QueryName": `GroupId`,
    "xmlName": _gIr
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `VpcPeeringConnectionId`,
    "xmlName": _vPCI
  }], [0, {
    "ec2QueryName": `PeeringStatus`,
    "xmlName": _pSee
  }]]
];
var VCpuCountRangeRequest$ = [
  3,
  n0,
  _VCCRR,
  0,
  [_M, _Ma],
  [1, 1],
  1
];
var Volume$ = [
  3,
  n0,
  _Vol,
  0,
  [_AZI, _OA, _SVI, _Io, _T, _VT, _FRa, _MAE, _Th, _STs, _Op, _VIR, _VAo, _OI, _VIo, _Siz, _SIn, _AZ, _St, _CTre, _Atta, _Enc, _KKI],
  [[0, {
    "ec2QueryName": `AvailabilityZoneId`,
    "xmlName": _aZI
  }], [0, {
    "ec2QueryName": `OutpostArn`,
    "xmlName": _oA
  }], [0, {
    "ec2QueryName": `SourceVolumeId`,
    "xmlName": _sVI
  }], [1, {
    "ec2QueryName": `Iops`,
    "xmlName": _io
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `VolumeType`,
    "xmlName": _vT
  }], [2, {
    "ec2QueryName": `FastRestored`,
    "xmlName": _fRa
  }], [2, {
    "ec2QueryName": `MultiAttachEnabled`,
    "xmlName": _mAE
  }], [1, {
    "ec2QueryName": `Throughput`,
    "xmlName": _th
  }], [0, {
    "ec2QueryName": `SseType`,
    "xmlName": _sTs
  }], [() => OperatorResponse$, {
    "ec2QueryName": `Operator`,
    "xmlName": _ope
  }], [1, {
    "ec2QueryName": `VolumeInitializationRate`,
    "xmlName": _vIR
  }], [0, {
    "ec2QueryName": `VolumeArn`,
    "xmlName": _vA
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [0, {
    "ec2QueryName": `VolumeId`,
    "xmlName": _vIo
  }], [1, {
    "ec2QueryName": `Size`,
    "xmlName": _si
  }], [0, {
    "ec2QueryName": `SnapshotId`,
    "xmlName": _sIn
  }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }], [4, {
    "ec2QueryName": `CreateTime`,
    "xmlName": _cTre
  }], [() => VolumeAttachmentList, {
    "ec2QueryName": `AttachmentSet`,
    "xmlName": _aSt
  }], [2, {
    "ec2QueryName": `Encrypted`,
    "xmlName": _enc
  }], [0, {
    "ec2QueryName": `KmsKeyId`,
    "xmlName": _kKI
  }]]
];
var VolumeAttachment$ = [
  3,
  n0,
  _VAol,
  0,
  [_DOT, _ARss, _IOS, _ECI, _VIo, _II, _Dev, _St, _ATtt],
  [[2, {
    "ec2QueryName": `DeleteOnTermination`,
    "xmlName": _dOT
  }], [0, {
    "ec2QueryName": `AssociatedResource`,
    "xmlName": _aRs
  }], [0, {
    "ec2QueryName": `InstanceOwningService`,
    "xmlName": _iOS
  }], [1, {
    "ec2QueryName": `EbsCardIndex`,
    "xmlName": _eCI
  }], [0, {
    "ec2QueryName": `VolumeId`,
    "xmlName": _vIo
  }], [0, {
    "ec2QueryName": `InstanceId`,
    "xmlName": _iI
  }], [0, {
    "ec2QueryName": `Device`,
    "xmlName": _dev
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }], [4, {
    "ec2QueryName": `AttachTime`,
    "xmlName": _aTt
  }]]
];
var Vpc$ = [
  3,
  n0,
  _Vp,
  0,
  [_OI, _ITns, _ICBAS, _CBAS, _IDs, _ECn, _T, _BPAS, _VI, _St, _CB, _DOI],
  [[0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [0, {
    "ec2QueryName": `InstanceTenancy`,
    "xmlName": _iTns
  }], [() => VpcIpv6CidrBlockAssociationSet, {
    "ec2QueryName": `Ipv6CidrBlockAssociationSet`,
    "xmlName": _iCBASp
  }], [() => VpcCidrBlockAssociationSet, {
    "ec2QueryName": `CidrBlockAssociationSet`,
    "xmlName": _cBAS
  }], [2, {
    "ec2QueryName": `IsDefault`,
    "xmlName": _iDs
  }], [() => VpcEncryptionControl$, {
    "ec2QueryName": `EncryptionControl`,
    "xmlName": _eCn
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [() => BlockPublicAccessStates$, {
    "ec2QueryName": `BlockPublicAccessStates`,
    "xmlName": _bPAS
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `CidrBlock`,
    "xmlName": _cB
  }], [0, {
    "ec2QueryName": `DhcpOptionsId`,
    "xmlName": _dOI
  }]]
];
var VpcCidrBlockAssociation$ = [
  3,
  n0,
  _VCBA,
  0,
  [_AIs, _CB, _CBSi],
  [[0, {
    "ec2QueryName": `AssociationId`,
    "xmlName": _aIs
  }], [0, {
    "ec2QueryName": `CidrBlock`,
    "xmlName": _cB
  }], [() => VpcCidrBlockState$, {
    "ec2QueryName": `CidrBlockState`,
    "xmlName": _cBSi
  }]]
];
var VpcCidrBlockState$ = [
  3,
  n0,
  _VCBS,
  0,
  [_St, _SMt],
  [[0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `StatusMessage`,
    "xmlName": _sMt
  }]]
];
var VpcEncryptionControl$ = [
  3,
  n0,
  _VEC,
  0,
  [_VI, _VECI, _Mo, _St, _SMta, _REes, _T],
  [[0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `VpcEncryptionControlId`,
    "xmlName": _vECI
  }], [0, {
    "ec2QueryName": `Mode`,
    "xmlName": _mo
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `StateMessage`,
    "xmlName": _sMta
  }], [() => VpcEncryptionControlExclusions$, {
    "ec2QueryName": `ResourceExclusions`,
    "xmlName": _rEes
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }]]
];
var VpcEncryptionControlExclusion$ = [
  3,
  n0,
  _VECE,
  0,
  [_St, _SMta],
  [[0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `StateMessage`,
    "xmlName": _sMta
  }]]
];
var VpcEncryptionControlExclusions$ = [
  3,
  n0,
  _VECEp,
  0,
  [_IG, _EOIG, _NG, _VPG, _VP, _L, _VL, _EFS, _GA, _AGV],
  [[() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `InternetGateway`,
    "xmlName": _iG
  }], [() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `EgressOnlyInternetGateway`,
    "xmlName": _eOIG
  }], [() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `NatGateway`,
    "xmlName": _nG
  }], [() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `VirtualPrivateGateway`,
    "xmlName": _vPG
  }], [() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `VpcPeering`,
    "xmlName": _vP
  }], [() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `Lambda`,
    "xmlName": _l
  }], [() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `VpcLattice`,
    "xmlName": _vL
  }], [() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `ElasticFileSystem`,
    "xmlName": _eFS
  }], [() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `GlobalAccelerator`,
    "xmlName": _gA
  }], [() => VpcEncryptionControlExclusion$, {
    "ec2QueryName": `ApiGatewayV2`,
    "xmlName": _aGV
  }]]
];
var VpcIpv6CidrBlockAssociation$ = [
  3,
  n0,
  _VICBA,
  0,
  [_AIs, _ICB, _ICBS, _NBG, _IPpvo, _IAA, _ISpo],
  [[0, {
    "ec2QueryName": `AssociationId`,
    "xmlName": _aIs
  }], [0, {
    "ec2QueryName": `Ipv6CidrBlock`,
    "xmlName": _iCB
  }], [() => VpcCidrBlockState$, {
    "ec2QueryName": `Ipv6CidrBlockState`,
    "xmlName": _iCBS
  }], [0, {
    "ec2QueryName": `NetworkBorderGroup`,
    "xmlName": _nBG
  }], [0, {
    "ec2QueryName": `Ipv6Pool`,
    "xmlName": _iPpvo
  }], [0, {
    "ec2QueryName": `Ipv6AddressAttribute`,
    "xmlName": _iAA
  }], [0, {
    "ec2QueryName": `IpSource`,
    "xmlName": _iSpo
  }]]
];
var AcceleratorManufacturerSet = [
  1,
  n0,
  _AMSc,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var AcceleratorNameSet = [
  1,
  n0,
  _ANSc,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var AcceleratorTypeSet = [
  1,
  n0,
  _ATSc,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var AllowedInstanceTypeSet = [
  1,
  n0,
  _AITS,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var ArchitectureTypeSet = [
  1,
  n0,
  _ATSr,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var AssetIdList = 64 | 0;
var BlockDeviceMappingList = [
  1,
  n0,
  _BDML,
  0,
  [
    () => BlockDeviceMapping$,
    { "xmlName": _it }
  ]
];
var CarrierGatewayIdSet = 64 | 0;
var CpuManufacturerSet = [
  1,
  n0,
  _CMSp,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var CreateVolumePermissionList = [
  1,
  n0,
  _CVPL,
  0,
  [
    () => CreateVolumePermission$,
    { "xmlName": _it }
  ]
];
var DescribeImageReferencesImageIdStringList = 64 | 0;
var DescribeImageUsageReportsImageIdStringList = 64 | 0;
var DescribeInstanceTopologyGroupNameSet = 64 | 0;
var DescribeInstanceTopologyInstanceIdSet = 64 | 0;
var ElasticGpuAssociationList = [
  1,
  n0,
  _EGAL,
  0,
  [
    () => ElasticGpuAssociation$,
    { "xmlName": _it }
  ]
];
var ElasticInferenceAcceleratorAssociationList = [
  1,
  n0,
  _EIAAL,
  0,
  [
    () => ElasticInferenceAcceleratorAssociation$,
    { "xmlName": _it }
  ]
];
var ExcludedInstanceTypeSet = [
  1,
  n0,
  _EITSx,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var ExecutableByStringList = [
  1,
  n0,
  _EBSL,
  0,
  [
    0,
    { "xmlName": _EBx }
  ]
];
var FilterList = [
  1,
  n0,
  _FLi,
  0,
  [
    () => Filter$,
    { "xmlName": _Fil }
  ]
];
var FleetIdSet = 64 | 0;
var GroupIdentifierList = [
  1,
  n0,
  _GIL,
  0,
  [
    () => GroupIdentifier$,
    { "xmlName": _it }
  ]
];
var GroupIdStringList = [
  1,
  n0,
  _GISL,
  0,
  [
    0,
    { "xmlName": _gIr }
  ]
];
var GroupNameStringList = [
  1,
  n0,
  _GNSL,
  0,
  [
    0,
    { "xmlName": _GN }
  ]
];
var ImageIdStringList = [
  1,
  n0,
  _IISL,
  0,
  [
    0,
    { "xmlName": _IIm }
  ]
];
var ImageList = [
  1,
  n0,
  _ILm,
  0,
  [
    () => Image$,
    { "xmlName": _it }
  ]
];
var ImageUsageReportIdStringList = 64 | 0;
var ImageWatermarkList = [
  1,
  n0,
  _IWL,
  0,
  [
    () => ImageWatermark$,
    { "xmlName": _it }
  ]
];
var InstanceBlockDeviceMappingList = [
  1,
  n0,
  _IBDML,
  0,
  [
    () => InstanceBlockDeviceMapping$,
    { "xmlName": _it }
  ]
];
var InstanceGenerationSet = [
  1,
  n0,
  _IGS,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var InstanceIdStringList = [
  1,
  n0,
  _IISLn,
  0,
  [
    0,
    { "xmlName": _II }
  ]
];
var InstanceIpv4PrefixList = [
  1,
  n0,
  _IIPL,
  0,
  [
    () => InstanceIpv4Prefix$,
    { "xmlName": _it }
  ]
];
var InstanceIpv6AddressList = [
  1,
  n0,
  _IIAL,
  0,
  [
    () => InstanceIpv6Address$,
    { "xmlName": _it }
  ]
];
var InstanceIpv6PrefixList = [
  1,
  n0,
  _IIPLn,
  0,
  [
    () => InstanceIpv6Prefix$,
    { "xmlName": _it }
  ]
];
var InstanceList = [
  1,
  n0,
  _ILns,
  0,
  [
    () => Instance$,
    { "xmlName": _it }
  ]
];
var InstanceNetworkInterfaceList = [
  1,
  n0,
  _INIL,
  0,
  [
    () => InstanceNetworkInterface$,
    { "xmlName": _it }
  ]
];
var InstancePrivateIpAddressList = [
  1,
  n0,
  _IPIAL,
  0,
  [
    () => InstancePrivateIpAddress$,
    { "xmlName": _it }
  ]
];
var InstanceSecondaryInterfaceList = [
  1,
  n0,
  _ISIL,
  0,
  [
    () => InstanceSecondaryInterface$,
    { "xmlName": _it }
  ]
];
var InstanceSecondaryInterfacePrivateIpAddressList = [
  1,
  n0,
  _ISIPIAL,
  0,
  [
    () => InstanceSecondaryInterfacePrivateIpAddress$,
    { "xmlName": _it }
  ]
];
var InstanceTypeList = 64 | 0;
var InstanceTypes = 64 | 0;
var InternetGatewayAttachmentList = [
  1,
  n0,
  _IGAL,
  0,
  [
    () => InternetGatewayAttachment$,
    { "xmlName": _it }
  ]
];
var InternetGatewayIdList = [
  1,
  n0,
  _IGIL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var InternetGatewayList = [
  1,
  n0,
  _IGL,
  0,
  [
    () => InternetGateway$,
    { "xmlName": _it }
  ]
];
var IpPermissionList = [
  1,
  n0,
  _IPLp,
  0,
  [
    () => IpPermission$,
    { "xmlName": _it }
  ]
];
var IpRangeList = [
  1,
  n0,
  _IRLp,
  0,
  [
    () => IpRange$,
    { "xmlName": _it }
  ]
];
var Ipv6RangeList = [
  1,
  n0,
  _IRLpv,
  0,
  [
    () => Ipv6Range$,
    { "xmlName": _it }
  ]
];
var KeyNameStringList = [
  1,
  n0,
  _KNSL,
  0,
  [
    0,
    { "xmlName": _KN }
  ]
];
var KeyPairIdStringList = [
  1,
  n0,
  _KPISL,
  0,
  [
    0,
    { "xmlName": _KPI }
  ]
];
var KeyPairList = [
  1,
  n0,
  _KPL,
  0,
  [
    () => KeyPairInfo$,
    { "xmlName": _it }
  ]
];
var LicenseList = [
  1,
  n0,
  _LL,
  0,
  [
    () => LicenseConfiguration$,
    { "xmlName": _it }
  ]
];
var LocalStorageTypeSet = [
  1,
  n0,
  _LSTS,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var MetricCategoryIdList = [
  1,
  n0,
  _MCIL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var NetworkAclAssociationList = [
  1,
  n0,
  _NAAL,
  0,
  [
    () => NetworkAclAssociation$,
    { "xmlName": _it }
  ]
];
var NetworkAclEntryList = [
  1,
  n0,
  _NAEL,
  0,
  [
    () => NetworkAclEntry$,
    { "xmlName": _it }
  ]
];
var NetworkAclIdStringList = [
  1,
  n0,
  _NAISL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var NetworkAclList = [
  1,
  n0,
  _NAL,
  0,
  [
    () => NetworkAcl$,
    { "xmlName": _it }
  ]
];
var NetworkInterfacePermissionIdList = 64 | 0;
var OwnerStringList = [
  1,
  n0,
  _OSL,
  0,
  [
    0,
    { "xmlName": _Own }
  ]
];
var PerformanceFactorReferenceSetRequest = [
  1,
  n0,
  _PFRSR,
  0,
  [
    () => PerformanceFactorReferenceRequest$,
    { "xmlName": _it }
  ]
];
var PlacementGroupIdStringList = [
  1,
  n0,
  _PGISL,
  0,
  [
    0,
    { "xmlName": _GIr }
  ]
];
var PlacementGroupStringList = 64 | 0;
var PrefixListIdList = [
  1,
  n0,
  _PLIL,
  0,
  [
    () => PrefixListId$,
    { "xmlName": _it }
  ]
];
var ProductCodeList = [
  1,
  n0,
  _PCLr,
  0,
  [
    () => ProductCode$,
    { "xmlName": _it }
  ]
];
var ProductDescriptionList = 64 | 0;
var PropagatingVgwList = [
  1,
  n0,
  _PVL,
  0,
  [
    () => PropagatingVgw$,
    { "xmlName": _it }
  ]
];
var RegionNames = 64 | 0;
var RequestInstanceTypeList = 64 | 0;
var ReservationList = [
  1,
  n0,
  _RLe,
  0,
  [
    () => Reservation$,
    { "xmlName": _it }
  ]
];
var ReservedInstancesOfferingIdStringList = 64 | 0;
var ResourceIdList = 64 | 0;
var ResourceTypeOptionList = [
  1,
  n0,
  _RTOL,
  0,
  [
    () => ResourceTypeOption$,
    0
  ]
];
var ResourceTypeOptionValuesList = 64 | 0;
var ResourceTypeRequestList = [
  1,
  n0,
  _RTRL,
  0,
  [
    () => ResourceTypeRequest$,
    0
  ]
];
var RestorableByStringList = 64 | 0;
var RouteList = [
  1,
  n0,
  _RLo,
  0,
  [
    () => Route$,
    { "xmlName": _it }
  ]
];
var RouteServerEndpointIdsList = 64 | 0;
var RouteServerIdsList = 64 | 0;
var RouteServerPeerIdsList = 64 | 0;
var RouteTableAssociationList = [
  1,
  n0,
  _RTAL,
  0,
  [
    () => RouteTableAssociation$,
    { "xmlName": _it }
  ]
];
var RouteTableIdStringList = [
  1,
  n0,
  _RTISL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var RouteTableList = [
  1,
  n0,
  _RTLo,
  0,
  [
    () => RouteTable$,
    { "xmlName": _it }
  ]
];
var SecurityGroupList = [
  1,
  n0,
  _SGL,
  0,
  [
    () => SecurityGroup$,
    { "xmlName": _it }
  ]
];
var SecurityGroupRuleIdList = [
  1,
  n0,
  _SGRIL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var SecurityGroupRuleList = [
  1,
  n0,
  _SGRL,
  0,
  [
    () => SecurityGroupRule$,
    { "xmlName": _it }
  ]
];
var SnapshotIdStringList = [
  1,
  n0,
  _SISL,
  0,
  [
    0,
    { "xmlName": _SIn }
  ]
];
var SnapshotList = [
  1,
  n0,
  _SLn,
  0,
  [
    () => Snapshot$,
    { "xmlName": _it }
  ]
];
var SubnetIdStringList = [
  1,
  n0,
  _SISLu,
  0,
  [
    0,
    { "xmlName": _SIu }
  ]
];
var SubnetIpv6CidrBlockAssociationSet = [
  1,
  n0,
  _SICBAS,
  0,
  [
    () => SubnetIpv6CidrBlockAssociation$,
    { "xmlName": _it }
  ]
];
var SubnetList = [
  1,
  n0,
  _SLu,
  0,
  [
    () => Subnet$,
    { "xmlName": _it }
  ]
];
var SupportedInstanceTypeSet = [
  1,
  n0,
  _SITS,
  0,
  [
    () => InstanceTypeItem$,
    { "xmlName": _it }
  ]
];
var TagList = [
  1,
  n0,
  _TL,
  0,
  [
    () => Tag$,
    { "xmlName": _it }
  ]
];
var TagSpecificationList = [
  1,
  n0,
  _TSL,
  0,
  [
    () => TagSpecification$,
    { "xmlName": _it }
  ]
];
var TrafficMirrorFilterRuleFieldList = 64 | 0;
var TrafficMirrorSessionFieldList = 64 | 0;
var TransitGatewayAttachmentIdStringList = 64 | 0;
var UnsupportedInstanceTypeSet = [
  1,
  n0,
  _UITS,
  0,
  [
    () => InstanceTypeItem$,
    { "xmlName": _it }
  ]
];
var UserIdGroupPairList = [
  1,
  n0,
  _UIGPL,
  0,
  [
    () => UserIdGroupPair$,
    { "xmlName": _it }
  ]
];
var ValueStringList = [
  1,
  n0,
  _VSL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var VirtualizationTypeSet = [
  1,
  n0,
  _VTS,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var VolumeAttachmentList = [
  1,
  n0,
  _VALo,
  0,
  [
    () => VolumeAttachment$,
    { "xmlName": _it }
  ]
];
var VolumeIdStringList = [
  1,
  n0,
  _VISL,
  0,
  [
    0,
    { "xmlName": _VIo }
  ]
];
var VolumeList = [
  1,
  n0,
  _VLo,
  0,
  [
    () => Volume$,
    { "xmlName": _it }
  ]
];
var VpcCidrBlockAssociationSet = [
  1,
  n0,
  _VCBAS,
  0,
  [
    () => VpcCidrBlockAssociation$,
    { "xmlName": _it }
  ]
];
var VpcIdStringList = [
  1,
  n0,
  _VISLp,
  0,
  [
    0,
    { "xmlName": _VI }
  ]
];
var VpcIpv6CidrBlockAssociationSet = [
  1,
  n0,
  _VICBAS,
  0,
  [
    () => VpcIpv6CidrBlockAssociation$,
    { "xmlName": _it }
  ]
];
var VpcList = [
  1,
  n0,
  _VLp,
  0,
  [
    () => Vpc$,
    { "xmlName": _it }
  ]
];
var DescribeImages$ = [
  9,
  n0,
  _DIes,
  0,
  () => DescribeImagesRequest$,
  () => DescribeImagesResult$
];
var DescribeInstances$ = [
  9,
  n0,
  _DIesc,
  0,
  () => DescribeInstancesRequest$,
  () => DescribeInstancesResult$
];
var DescribeInternetGateways$ = [
  9,
  n0,
  _DIGe,
  0,
  () => DescribeInternetGatewaysRequest$,
  () => DescribeInternetGatewaysResult$
];
var DescribeKeyPairs$ = [
  9,
  n0,
  _DKPe,
  0,
  () => DescribeKeyPairsRequest$,
  () => DescribeKeyPairsResult$
];
var DescribeNetworkAcls$ = [
  9,
  n0,
  _DNAe,
  0,
  () => DescribeNetworkAclsRequest$,
  () => DescribeNetworkAclsResult$
];
var DescribeRouteTables$ = [
  9,
  n0,
  _DRTe,
  0,
  () => DescribeRouteTablesRequest$,
  () => DescribeRouteTablesResult$
];
var DescribeSecurityGroupRules$ = [
  9,
  n0,
  _DSGRescri,
  0,
  () => DescribeSecurityGroupRulesRequest$,
  () => DescribeSecurityGroupRulesResult$
];
var DescribeSecurityGroups$ = [
  9,
  n0,
  _DSGe,
  0,
  () => DescribeSecurityGroupsRequest$,
  () => DescribeSecurityGroupsResult$
];
var DescribeSnapshotAttribute$ = [
  9,
  n0,
  _DSAe,
  0,
  () => DescribeSnapshotAttributeRequest$,
  () => DescribeSnapshotAttributeResult$
];
var DescribeSnapshots$ = [
  9,
  n0,
  _DSes,
  0,
  () => DescribeSnapshotsRequest$,
  () => DescribeSnapshotsResult$
];
var DescribeSubnets$ = [
  9,
  n0,
  _DSesc,
  0,
  () => DescribeSubnetsRequest$,
  () => DescribeSubnetsResult$
];
var DescribeVolumes$ = [
  9,
  n0,
  _DVes,
  0,
  () => DescribeVolumesRequest$,
  () => DescribeVolumesResult$
];
var DescribeVpcs$ = [
  9,
  n0,
  _DVesc,
  0,
  () => DescribeVpcsRequest$,
  () => DescribeVpcsResult$
];

// node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2016-11-15",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEC2HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsEc2QueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.ec2",
      errorTypeRegistries,
      xmlNamespace: "http://ec2.amazonaws.com/doc/2016-11-15",
      version: "2016-11-15",
      serviceTarget: "AmazonEC2"
    },
    serviceId: config?.serviceId ?? "EC2",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-ec2/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-ec2/dist-es/EC2Client.js
var EC2Client = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultEC2HttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-ec2/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonEC2", "EC2Client", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeImagesCommand.js
var DescribeImagesCommand = class extends command(_ep0, _mw0, "DescribeImages", DescribeImages$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeInstancesCommand.js
var DescribeInstancesCommand = class extends command(_ep0, _mw0, "DescribeInstances", DescribeInstances$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeInternetGatewaysCommand.js
var DescribeInternetGatewaysCommand = class extends command(_ep0, _mw0, "DescribeInternetGateways", DescribeInternetGateways$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeKeyPairsCommand.js
var DescribeKeyPairsCommand = class extends command(_ep0, _mw0, "DescribeKeyPairs", DescribeKeyPairs$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeNetworkAclsCommand.js
var DescribeNetworkAclsCommand = class extends command(_ep0, _mw0, "DescribeNetworkAcls", DescribeNetworkAcls$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeRouteTablesCommand.js
var DescribeRouteTablesCommand = class extends command(_ep0, _mw0, "DescribeRouteTables", DescribeRouteTables$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeSecurityGroupRulesCommand.js
var DescribeSecurityGroupRulesCommand = class extends command(_ep0, _mw0, "DescribeSecurityGroupRules", DescribeSecurityGroupRules$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeSecurityGroupsCommand.js
var DescribeSecurityGroupsCommand = class extends command(_ep0, _mw0, "DescribeSecurityGroups", DescribeSecurityGroups$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeSnapshotAttributeCommand.js
var DescribeSnapshotAttributeCommand = class extends command(_ep0, _mw0, "DescribeSnapshotAttribute", DescribeSnapshotAttribute$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeSnapshotsCommand.js
var DescribeSnapshotsCommand = class extends command(_ep0, _mw0, "DescribeSnapshots", DescribeSnapshots$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeSubnetsCommand.js
var DescribeSubnetsCommand = class extends command(_ep0, _mw0, "DescribeSubnets", DescribeSubnets$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeVolumesCommand.js
var DescribeVolumesCommand = class extends command(_ep0, _mw0, "DescribeVolumes", DescribeVolumes$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeVpcsCommand.js
var DescribeVpcsCommand = class extends command(_ep0, _mw0, "DescribeVpcs", DescribeVpcs$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeImagesPaginator.js
var paginateDescribeImages = createPaginator(EC2Client, DescribeImagesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeInstancesPaginator.js
var paginateDescribeInstances = createPaginator(EC2Client, DescribeInstancesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeInternetGatewaysPaginator.js
var paginateDescribeInternetGateways = createPaginator(EC2Client, DescribeInternetGatewaysCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeNetworkAclsPaginator.js
var paginateDescribeNetworkAcls = createPaginator(EC2Client, DescribeNetworkAclsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeRouteTablesPaginator.js
var paginateDescribeRouteTables = createPaginator(EC2Client, DescribeRouteTablesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeSecurityGroupRulesPaginator.js
var paginateDescribeSecurityGroupRules = createPaginator(EC2Client, DescribeSecurityGroupRulesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeSecurityGroupsPaginator.js
var paginateDescribeSecurityGroups = createPaginator(EC2Client, DescribeSecurityGroupsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeSnapshotsPaginator.js
var paginateDescribeSnapshots = createPaginator(EC2Client, DescribeSnapshotsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeSubnetsPaginator.js
var paginateDescribeSubnets = createPaginator(EC2Client, DescribeSubnetsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeVolumesPaginator.js
var paginateDescribeVolumes = createPaginator(EC2Client, DescribeVolumesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeVpcsPaginator.js
var paginateDescribeVpcs = createPaginator(EC2Client, DescribeVpcsCommand, "NextToken", "NextToken", "MaxResults");
export {
  DescribeKeyPairsCommand,
  DescribeSnapshotAttributeCommand,
  EC2Client,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeInternetGateways,
  paginateDescribeNetworkAcls,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroupRules,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeSubnets,
  paginateDescribeVolumes,
  paginateDescribeVpcs
};
//# sourceMappingURL=ec2-57FWZRHG.js.map

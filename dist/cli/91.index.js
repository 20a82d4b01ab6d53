export const id = 91;
export const ids = [91];
export const modules = {

/***/ 5091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanAccount: () => (/* binding */ scanAccount)
});

// EXTERNAL MODULE: ./src/collect/aws/clients.ts
var clients = __webpack_require__(7240);
// EXTERNAL MODULE: ./src/collect/aws/faults.ts
var faults = __webpack_require__(943);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-cjs/index.js
var dist_cjs = __webpack_require__(5059);
// EXTERNAL MODULE: ./src/collect/aws/arn.ts
var aws_arn = __webpack_require__(2595);
// EXTERNAL MODULE: ./src/collect/aws/tags.ts
var tags = __webpack_require__(3603);
;// CONCATENATED MODULE: ./src/collect/aws/tagging.ts






const PAGE_SIZE = 100;
/** One line a user can act on, for a region whose scan failed. */
function regionFault(region, error) {
    const { kind, name, detail, tries } = (0,faults/* classifyFault */.Dn)(error);
    switch (kind) {
        case 'expired':
            return faults/* EXPIRED_CREDENTIALS */.ZR;
        case 'denied':
            return `region ${region} denied access (${detail}): check the role's tag:GetResources permission`;
        case 'rejected':
            return `region ${region} rejected the credentials (${detail}): check they are for this account and the region is enabled for it`;
        case 'throttled':
            return `region ${region} kept throttling the Tagging API${tries}: run again later, or allow more attempts with AWS_MAX_ATTEMPTS`;
        case 'token-expired':
            return `region ${region}: the Tagging API's pagination token expired twice while listing: run again`;
        case 'unreachable':
            return `region ${region}: the Tagging API could not be reached (${detail})`;
        case 'failing':
            return `region ${region}: the Tagging API kept failing${tries} (${name}: ${detail}): run again later`;
        default:
            return `region ${region}: ${name}: ${detail}`;
    }
}
/**
 * All pages of one region. Throttling and 5xx are retried by the SDK, page by page, so a listing
 * goes on from the page that failed. An expired pagination token (they last 15 minutes) restarts
 * the listing once from the beginning, keeping what was already seen.
 */
async function scanRegion(client) {
    const found = new Map();
    for (let restarted = false;; restarted = true) {
        try {
            const pages = (0,dist_cjs.paginateGetResources)({ client, pageSize: PAGE_SIZE, stopOnSameToken: true }, { ResourcesPerPage: PAGE_SIZE });
            for await (const page of pages) {
                for (const mapping of page.ResourceTagMappingList ?? []) {
                    if (mapping.ResourceARN)
                        found.set(mapping.ResourceARN, (0,tags/* tagsOf */.F)(mapping.Tags));
                }
            }
            return found;
        }
        catch (error) {
            if (restarted || (0,faults/* errorName */.Is)(error) !== 'PaginationTokenExpiredException')
                throw error;
        }
    }
}
/** The Tagging API client's settings: those of every AWS client Driftwatch makes. */
const taggingClientConfig = (/* unused pure expression or super */ null && (awsClientConfig));
async function defaultClient(region, credentials) {
    return (await (0,clients/* createClient */.UU)('tagging', region, credentials)).client;
}
async function scanInventory(options) {
    const startedAt = Date.now();
    const { regions } = options;
    const done = (resources, errors) => ({
        regions,
        resources,
        errors,
        startedAt,
        finishedAt: Date.now()
    });
    const credentials = (0,clients/* sharedCredentials */.OL)(options);
    try {
        await credentials();
    }
    catch (error) {
        return done([], [{ scope: 'inventory', message: (0,faults/* credentialsFault */.fw)(error, options.roleToAssume) }]);
    }
    const makeClient = options.client ?? defaultClient;
    const results = await Promise.allSettled(regions.map(async (region) => {
        const client = await makeClient(region, credentials);
        try {
            return await scanRegion(client);
        }
        finally {
            client.destroy();
        }
    }));
    const resources = new Map();
    const errors = [];
    // In input order, so a global resource is attributed to the first region listed.
    results.forEach((result, i) => {
        const region = regions[i];
        if (result.status === 'rejected') {
            errors.push({
                scope: `region ${region}`,
                region,
                message: regionFault(region, result.reason)
            });
            return;
        }
        for (const [arn, tags] of result.value) {
            if (resources.has(arn))
                continue;
            resources.set(arn, { arn, region: (0,aws_arn/* parseArn */.Lw)(arn)?.region || region, tags });
        }
    });
    return done([...resources.values()], errors);
}

;// CONCATENATED MODULE: ./src/collect/aws/account.ts



async function scanAccount(options) {
    const startedAt = Date.now();
    const { regions, roleToAssume, listTypes } = options;
    const credentials = (0,clients/* sharedCredentials */.OL)({ regions, roleToAssume });
    try {
        await credentials();
    }
    catch (error) {
        // One line for the whole scan, not one per listed type.
        const message = (0,faults/* credentialsFault */.fw)(error, roleToAssume);
        const errors = [{ scope: 'inventory', message }];
        return { inventory: { regions, resources: [], errors, startedAt, finishedAt: Date.now() } };
    }
    const listing = listTypes
        ? __webpack_require__.e(/* import() */ 276).then(__webpack_require__.bind(__webpack_require__, 6276)).then(({ listResources }) => listResources({ regions, types: listTypes, credentials }))
        : undefined;
    const [inventory, listed] = await Promise.all([scanInventory({ regions, credentials }), listing]);
    return listed ? { inventory, listing: listed } : { inventory };
}


/***/ }),

/***/ 7240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ failedAction),
/* harmony export */   OL: () => (/* binding */ sharedCredentials),
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   cE: () => (/* binding */ AwsClients)
/* harmony export */ });
/* unused harmony export awsClientConfig */
/* harmony import */ var _aws_sdk_credential_providers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9719);

/**
 * The one place AWS SDK clients are made, for the Tagging API scan and the direct listing alike:
 * the same credentials, the same retry settings, one client per service and region. Each
 * service's SDK is imported only when a client of it is first asked for, so ncc puts each in a
 * chunk of its own and a run that lists nothing from EC2 never loads EC2's 2 MB.
 * `AWS_ENDPOINT_URL` (and `AWS_ENDPOINT_URL_<SERVICE>`) reach the SDK without code here.
 */
/**
 * Retries are the SDK's: adaptive mode backs off and also slows the client's own request rate
 * while a region throttles. Ten attempts ride out about a minute of throttling per call.
 */
const MAX_ATTEMPTS = 10;
const RETRY_MODES = new Set(['standard', 'adaptive', 'legacy']);
/**
 * The SDK's standard settings AWS_RETRY_MODE and AWS_MAX_ATTEMPTS still win over these defaults,
 * as users of the AWS CLI and SDKs expect.
 */
function awsClientConfig(region, credentials, env = process.env) {
    const mode = env.AWS_RETRY_MODE?.trim();
    const attempts = Number(env.AWS_MAX_ATTEMPTS);
    return {
        region,
        credentials,
        retryMode: mode && RETRY_MODES.has(mode) ? mode : 'adaptive',
        maxAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : MAX_ATTEMPTS
    };
}
/** Resolves credentials once, so every client (and one AssumeRole) shares them. */
function sharedCredentials(options) {
    const base = options.credentials ?? (0,_aws_sdk_credential_providers__WEBPACK_IMPORTED_MODULE_0__/* .fromNodeProviderChain */ .br)();
    const provider = options.roleToAssume
        ? (0,_aws_sdk_credential_providers__WEBPACK_IMPORTED_MODULE_0__/* .fromTemporaryCredentials */ .ss)({
            params: {
                RoleArn: options.roleToAssume,
                RoleSessionName: 'driftwatch',
                DurationSeconds: 3600
            },
            masterCredentials: base,
            clientConfig: { region: options.regions[0] }
        })
        : base;
    let pending;
    return () => {
        pending ??= provider();
        return pending;
    };
}
// Each import is a literal so that ncc makes a chunk per service. `iam` is the prefix IAM
// actions of the service carry, to name the action a failed call needs.
const SERVICES = {
    tagging: {
        iam: 'tag',
        make: async (config) => {
            const sdk = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5059, 19));
            return { sdk, client: new sdk.ResourceGroupsTaggingAPIClient(config) };
        }
    },
    sts: {
        iam: 'sts',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
            return { sdk, client: new sdk.STSClient(config) };
        }
    },
    ec2: {
        iam: 'ec2',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
            return { sdk, client: new sdk.EC2Client(config) };
        }
    },
    iam: {
        iam: 'iam',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 764).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19));
            return { sdk, client: new sdk.IAMClient(config) };
        }
    },
    s3: {
        iam: 's3',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
            return { sdk, client: new sdk.S3Client(config) };
        }
    },
    kms: {
        iam: 'kms',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19));
            return { sdk, client: new sdk.KMSClient(config) };
        }
    },
    secretsmanager: {
        iam: 'secretsmanager',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 994).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19));
            return { sdk, client: new sdk.SecretsManagerClient(config) };
        }
    },
    lambda: {
        iam: 'lambda',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
            return { sdk, client: new sdk.LambdaClient(config) };
        }
    },
    rds: {
        iam: 'rds',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 202).then(__webpack_require__.t.bind(__webpack_require__, 7202, 19));
            return { sdk, client: new sdk.RDSClient(config) };
        }
    },
    elbv2: {
        iam: 'elasticloadbalancing',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 586).then(__webpack_require__.t.bind(__webpack_require__, 586, 19));
            return { sdk, client: new sdk.ElasticLoadBalancingV2Client(config) };
        }
    },
    route53: {
        iam: 'route53',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 621).then(__webpack_require__.t.bind(__webpack_require__, 8621, 19));
            return { sdk, client: new sdk.Route53Client(config) };
        }
    },
    sns: {
        iam: 'sns',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 797).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19));
            return { sdk, client: new sdk.SNSClient(config) };
        }
    },
    sqs: {
        iam: 'sqs',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 868).then(__webpack_require__.t.bind(__webpack_require__, 8868, 19));
            return { sdk, client: new sdk.SQSClient(config) };
        }
    },
    ssm: {
        iam: 'ssm',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 736).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19));
            return { sdk, client: new sdk.SSMClient(config) };
        }
    },
    logs: {
        iam: 'logs',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 303, 19));
            return { sdk, client: new sdk.CloudWatchLogsClient(config) };
        }
    },
    dynamodb: {
        iam: 'dynamodb',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.t.bind(__webpack_require__, 4305, 19));
            return { sdk, client: new sdk.DynamoDBClient(config) };
        }
    },
    ecr: {
        iam: 'ecr',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 249).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
            return { sdk, client: new sdk.ECRClient(config) };
        }
    },
    cloudtrail: {
        iam: 'cloudtrail',
        make: async (config) => {
            const sdk = await __webpack_require__.e(/* import() */ 392).then(__webpack_require__.t.bind(__webpack_require__, 7392, 19));
            return { sdk, client: new sdk.CloudTrailClient(config) };
        }
    }
};
/** Where an operation's IAM action is not named after it. */
const ACTION_NAMES = { 's3:ListBuckets': 's3:ListAllMyBuckets' };
const failedActions = new WeakMap();
/** The IAM action of the call that threw `error`, when an SDK client made here threw it. */
function failedAction(error) {
    return typeof error === 'object' && error !== null ? failedActions.get(error) : undefined;
}
/** Notes the action on every error a client throws: the SDK's errors do not say which call. */
function noteFailedAction(prefix) {
    return (next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            if (typeof error === 'object' && error !== null && context.commandName) {
                const action = `${prefix}:${context.commandName.replace(/Command$/, '')}`;
                failedActions.set(error, ACTION_NAMES[action] ?? action);
            }
            throw error;
        }
    };
}
async function createClient(service, region, credentials, env = process.env) {
    const { iam, make } = SERVICES[service];
    const made = (await make(awsClientConfig(region, credentials, env)));
    // Every client's stack takes this middleware; TypeScript cannot see it through the union.
    const stack = made.client.middlewareStack;
    stack.add(noteFailedAction(iam), { step: 'initialize', name: 'driftwatchFailedAction' });
    return made;
}
/** One client per service and region, made on first use; `destroy` closes their sockets. */
class AwsClients {
    credentials;
    env;
    made = new Map();
    constructor(credentials, env = process.env) {
        this.credentials = credentials;
        this.env = env;
    }
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
        for (const pending of made)
            (await pending.catch(() => undefined))?.client.destroy();
    }
}


/***/ }),

/***/ 943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ classifyFault),
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   ZR: () => (/* binding */ EXPIRED_CREDENTIALS),
/* harmony export */   fw: () => (/* binding */ credentialsFault)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'SlowDown'
]);
const EXPIRED = new Set([
    'ExpiredTokenException',
    'ExpiredToken',
    'RequestExpired',
    'TokenRefreshRequired'
]);
const DENIED = new Set([
    'AccessDeniedException',
    'AccessDenied',
    'UnauthorizedOperation',
    'UnauthorizedException'
]);
const REJECTED = new Set([
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'AuthFailure'
]);
const NETWORK = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN']);
function errorName(error) {
    const e = error;
    return e?.name && e.name !== 'Error' ? e.name : (e?.code ?? e?.Code ?? 'Error');
}
function kindOf(name, status) {
    if (EXPIRED.has(name))
        return 'expired';
    if (DENIED.has(name) || (status === 403 && !REJECTED.has(name)))
        return 'denied';
    if (REJECTED.has(name))
        return 'rejected';
    if (THROTTLING.has(name))
        return 'throttled';
    if (name === 'PaginationTokenExpiredException')
        return 'token-expired';
    if (NETWORK.has(name) || name === 'TimeoutError')
        return 'unreachable';
    if (status !== undefined && status >= 500)
        return 'failing';
    return 'other';
}
function classifyFault(error) {
    const name = errorName(error);
    const metadata = error
        ?.$metadata;
    const attempts = metadata?.attempts;
    return {
        kind: kindOf(name, metadata?.httpStatusCode),
        name,
        detail: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error), 200),
        tries: attempts ? ` after ${attempts} attempts` : ''
    };
}
const EXPIRED_CREDENTIALS = 'credentials expired: refresh them (aws-actions/configure-aws-credentials)';
/** One line for credentials that could not be resolved at all. */
function credentialsFault(error, roleToAssume) {
    const { kind, detail } = classifyFault(error);
    if (kind === 'expired')
        return EXPIRED_CREDENTIALS;
    if (roleToAssume) {
        return `could not assume role-to-assume ${roleToAssume} (${detail}): check the role's trust policy allows sts:AssumeRole for the current identity`;
    }
    return `no usable AWS credentials (${detail}): configure them before this step, e.g. with aws-actions/configure-aws-credentials`;
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ tagsOf)
/* harmony export */ });
/** AWS's `[{ Key, Value }]` tag lists as a record; a key without a value gets ''. */
function tagsOf(list) {
    const tags = {};
    for (const tag of list ?? [])
        if (tag.Key !== undefined)
            tags[tag.Key] = tag.Value ?? '';
    return tags;
}


/***/ })

};

//# sourceMappingURL=91.index.js.map
export const id = 450;
export const ids = [450];
export const modules = {

/***/ 1450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   credentialsFault: () => (/* binding */ credentialsFault),
/* harmony export */   regionFault: () => (/* binding */ regionFault),
/* harmony export */   scanInventory: () => (/* binding */ scanInventory),
/* harmony export */   scanRegion: () => (/* binding */ scanRegion),
/* harmony export */   taggingClientConfig: () => (/* binding */ taggingClientConfig)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5059);
/* harmony import */ var _aws_sdk_credential_providers__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9719);
/* harmony import */ var _analyse_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);




/**
 * Retries are the SDK's: adaptive mode backs off and also slows the client's own request rate
 * while a region throttles. Ten attempts ride out about a minute of throttling per page.
 */
const MAX_ATTEMPTS = 10;
const RETRY_MODES = new Set(['standard', 'adaptive', 'legacy']);
const PAGE_SIZE = 100;
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
    'SignatureDoesNotMatch'
]);
const NETWORK = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN']);
function attemptsOf(error) {
    return error?.$metadata?.attempts;
}
function errorName(error) {
    const e = error;
    return e?.name && e.name !== 'Error' ? e.name : (e?.code ?? e?.Code ?? 'Error');
}
/** One line a user can act on, for a region whose scan failed. */
function regionFault(region, error) {
    const name = errorName(error);
    const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error), 200);
    const status = error?.$metadata?.httpStatusCode;
    if (EXPIRED.has(name))
        return 'credentials expired: refresh them (aws-actions/configure-aws-credentials)';
    if (DENIED.has(name) || (status === 403 && !REJECTED.has(name))) {
        return `region ${region} denied access (${detail}): check the role's tag:GetResources permission`;
    }
    if (REJECTED.has(name)) {
        return `region ${region} rejected the credentials (${detail}): check they are for this account and the region is enabled for it`;
    }
    const attempts = attemptsOf(error);
    const tries = attempts ? ` after ${attempts} attempts` : '';
    if (THROTTLING.has(name)) {
        return `region ${region} kept throttling the Tagging API${tries}: run again later, or allow more attempts with AWS_MAX_ATTEMPTS`;
    }
    if (name === 'PaginationTokenExpiredException') {
        return `region ${region}: the Tagging API's pagination token expired twice while listing: run again`;
    }
    if (NETWORK.has(name) || name === 'TimeoutError') {
        return `region ${region}: the Tagging API could not be reached (${detail})`;
    }
    if (status !== undefined && status >= 500) {
        return `region ${region}: the Tagging API kept failing${tries} (${name}: ${detail}): run again later`;
    }
    return `region ${region}: ${name}: ${detail}`;
}
/** One line for credentials that could not be resolved at all. */
function credentialsFault(error, roleToAssume) {
    const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error), 200);
    if (EXPIRED.has(errorName(error))) {
        return 'credentials expired: refresh them (aws-actions/configure-aws-credentials)';
    }
    if (roleToAssume) {
        return `could not assume role-to-assume ${roleToAssume} (${detail}): check the role's trust policy allows sts:AssumeRole for the current identity`;
    }
    return `no usable AWS credentials (${detail}): configure them before this step, e.g. with aws-actions/configure-aws-credentials`;
}
function tagsOf(list) {
    const tags = {};
    for (const tag of list ?? [])
        if (tag.Key !== undefined)
            tags[tag.Key] = tag.Value ?? '';
    return tags;
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
            const pages = (0,_aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_2__/* .paginateGetResources */ .OE)({ client, pageSize: PAGE_SIZE, stopOnSameToken: true }, { ResourcesPerPage: PAGE_SIZE });
            for await (const page of pages) {
                for (const mapping of page.ResourceTagMappingList ?? []) {
                    if (mapping.ResourceARN)
                        found.set(mapping.ResourceARN, tagsOf(mapping.Tags));
                }
            }
            return found;
        }
        catch (error) {
            if (restarted || errorName(error) !== 'PaginationTokenExpiredException')
                throw error;
        }
    }
}
/** Resolves credentials once, so every regional client (and one AssumeRole) shares them. */
function sharedCredentials(options) {
    const base = options.credentials ?? (0,_aws_sdk_credential_providers__WEBPACK_IMPORTED_MODULE_3__/* .fromNodeProviderChain */ .br)();
    const provider = options.roleToAssume
        ? (0,_aws_sdk_credential_providers__WEBPACK_IMPORTED_MODULE_3__/* .fromTemporaryCredentials */ .ss)({
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
/**
 * The SDK's standard settings AWS_RETRY_MODE and AWS_MAX_ATTEMPTS still win over these defaults,
 * as users of the AWS CLI and SDKs expect.
 */
function taggingClientConfig(region, credentials, env = process.env) {
    const mode = env.AWS_RETRY_MODE?.trim();
    const attempts = Number(env.AWS_MAX_ATTEMPTS);
    return {
        region,
        credentials,
        retryMode: mode && RETRY_MODES.has(mode) ? mode : 'adaptive',
        maxAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : MAX_ATTEMPTS
    };
}
function defaultClient(region, credentials) {
    return new _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_2__/* .ResourceGroupsTaggingAPIClient */ .DE(taggingClientConfig(region, credentials));
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
    const credentials = sharedCredentials(options);
    try {
        await credentials();
    }
    catch (error) {
        return done([], [{ scope: 'inventory', message: credentialsFault(error, options.roleToAssume) }]);
    }
    const makeClient = options.client ?? defaultClient;
    const results = await Promise.allSettled(regions.map(async (region) => {
        const client = makeClient(region, credentials);
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
            resources.set(arn, { arn, region: (0,_analyse_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(arn)?.region || region, tags });
        }
    });
    return done([...resources.values()], errors);
}


/***/ })

};

//# sourceMappingURL=450.index.js.map
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   ws: () => (/* binding */ readEventContext)
/* harmony export */ });
/* unused harmony export headCommit */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Read synchronously: the run context needs it before anything asynchronous starts. */
function readPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** For a pull request GITHUB_SHA is a merge commit GitHub made; the head is what was pushed. */
function headShaOf(payload, env) {
    return payload.pull_request?.head?.sha ?? env.GITHUB_SHA;
}
/** The commit a run reflects: a pull request's head, else GITHUB_SHA. */
function headCommit(env = process.env) {
    return headShaOf(readPayload(env.GITHUB_EVENT_PATH), env);
}
async function readEventContext(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return undefined;
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const pr = payload.pull_request;
    const headRepo = pr?.head?.repo?.full_name;
    const baseRepo = pr?.base?.repo?.full_name ?? `${owner}/${repo}`;
    const headSha = headShaOf(payload, env);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        owner,
        repo,
        ...(typeof pr?.number === 'number' ? { pullNumber: pr.number } : {}),
        ...(headSha ? { headSha } : {}),
        fromFork: headRepo !== undefined && headRepo !== baseRepo
    };
}
function readRunContext(env = process.env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const sha = headCommit(env);
    return {
        ...(env.GITHUB_EVENT_NAME ? { event: env.GITHUB_EVENT_NAME } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
        ...(sha ? { sha } : {})
    };
}


/***/ }),

/***/ 607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/report/severity.ts
var report_severity = __nccwpck_require__(9179);
;// CONCATENATED MODULE: ./src/report/verdict.ts

/**
 * Whether the step fails, and the one line that says why. Working directories that could not be
 * checked always fail it: a broken audit must not pass as a clean one.
 */
function failureReason(report, failOn, failOnSeverity = 'none') {
    // `fail-on` picks the kinds of finding that fail the step; `fail-on-severity` the least
    // severity a finding needs to count. Errors fail it whatever either says.
    const counts = (severity) => failOnSeverity === 'none' || (severity !== undefined && (0,report_severity/* atLeast */.jZ)(severity, failOnSeverity));
    const atOrAbove = failOnSeverity === 'none' ? '' : ` of severity ${failOnSeverity} or above`;
    const reasons = [];
    const failed = report.directories.filter(d => d.status === 'error');
    if (failed.length > 0) {
        reasons.push(`${failed.length} working director${failed.length === 1 ? 'y' : 'ies'} could not be checked: ${failed.map(d => d.error).join('; ')}`);
    }
    // An incomplete inventory must not pass as a clean one, for those who asked to fail on it.
    const scanFaults = report.unmanaged?.regionErrors ?? [];
    if ((failOn === 'unmanaged' || failOn === 'any') && scanFaults.length > 0) {
        reasons.push(`The unmanaged-resource scan is incomplete: ${scanFaults.map(e => e.message).join('; ')}`);
    }
    const drift = report.directories.flatMap(d => d.drift).filter(d => counts(d.severity));
    if ((failOn === 'drift' || failOn === 'any') && drift.length > 0) {
        const names = drift.slice(0, 5).map(d => `${d.address} (${d.kind}, ${d.severity})`);
        const more = drift.length > 5 ? ` and ${drift.length - 5} more` : '';
        reasons.push(`Drift${atOrAbove} detected in ${drift.length} resource${drift.length === 1 ? '' : 's'}: ${names.join(', ')}${more}`);
    }
    const unmanaged = failOnSeverity === 'none'
        ? report.counts.unmanaged
        : (report.unmanaged?.resources ?? []).filter(r => counts(r.severity)).length;
    if ((failOn === 'unmanaged' || failOn === 'any') && unmanaged > 0) {
        reasons.push(`${unmanaged} unmanaged resource${unmanaged === 1 ? '' : 's'}${atOrAbove} found`);
    }
    return reasons.length > 0 ? reasons.join('. ') : undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/collect/terraform/plan-json.ts
/**
 * The parts of Terraform's JSON plan format (`terraform show -json PLANFILE`) that Driftwatch reads.
 * https://developer.hashicorp.com/terraform/internals/json-format
 */
/** Depth-first walk of a module tree (root first), so callers never recurse themselves. */
function* walkModules(root) {
    if (!root)
        return;
    const stack = [root];
    while (stack.length > 0) {
        const mod = stack.pop();
        yield mod;
        for (const child of mod.child_modules ?? [])
            stack.push(child);
    }
}
function parsePlan(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the plan JSON could not be parsed (${error.message})`);
    }
    if (!parsed ||
        typeof parsed !== 'object' ||
        typeof parsed.format_version !== 'string') {
        throw new Error('the plan JSON has no format_version: is this the output of `terraform show -json`?');
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/collect/terraform/secrets.ts

/**
 * Every value a plan marks sensitive, gathered as soon as the plan is read, so the scrubber knows
 * each secret before any text could carry it.
 */
function collectLeaves(value, into) {
    if (value === null || value === undefined)
        return;
    if (typeof value === 'object') {
        for (const item of Object.values(value))
            collectLeaves(item, into);
        return;
    }
    into.add(String(value));
    // A JSON-encoded secret (e.g. a policy document) is also a secret in its decoded parts.
    if (typeof value === 'string' && /^[[{]/.test(value)) {
        try {
            collectLeaves(JSON.parse(value), into);
        }
        catch {
            // not JSON: the whole string was collected
        }
    }
}
function collectMasked(value, mask, into) {
    if (mask === true)
        return collectLeaves(value, into);
    if (!mask || typeof mask !== 'object' || value === null || typeof value !== 'object')
        return;
    // Masks are sparse (mostly `{}` and `false`): walking the mask's keys, not the value's, skips
    // the bulk of a large state without looking at it.
    const values = value;
    for (const key in mask) {
        const child = mask[key];
        if (child)
            collectMasked(values[key], child, into);
    }
}
/** Every value the plan marks sensitive anywhere, as strings. */
function collectSecrets(plan) {
    const found = new Set();
    for (const change of [...(plan.resource_drift ?? []), ...(plan.resource_changes ?? [])]) {
        collectMasked(change.change.before, change.change.before_sensitive, found);
        collectMasked(change.change.after, change.change.after_sensitive, found);
    }
    for (const values of [plan.planned_values, plan.prior_state?.values]) {
        for (const mod of walkModules(values?.root_module)) {
            for (const resource of mod.resources ?? []) {
                collectMasked(resource.values, resource.sensitive_values, found);
            }
        }
        for (const output of Object.values(values?.outputs ?? {})) {
            if (output.sensitive)
                collectLeaves(output.value, found);
        }
    }
    for (const change of Object.values(plan.output_changes ?? {})) {
        if (change.before_sensitive === true)
            collectLeaves(change.before, found);
        if (change.after_sensitive === true)
            collectLeaves(change.after, found);
    }
    const configVariables = plan.configuration?.root_module?.variables ?? {};
    for (const [name, variable] of Object.entries(configVariables)) {
        if (!variable.sensitive)
            continue;
        collectLeaves(variable.default, found);
        collectLeaves(plan.variables?.[name]?.value, found);
    }
    return found;
}

// EXTERNAL MODULE: ./src/redact/sensitive.ts
var sensitive = __nccwpck_require__(4337);
;// CONCATENATED MODULE: ./src/analyse/ignore.ts
function ruleMatches(rule, subject) {
    switch (rule.kind) {
        case 'arn':
            return rule.pattern.test(subject.arn);
        case 'tag':
            return rule.key in subject.tags && rule.value.test(subject.tags[rule.key]);
        case 'bare':
            // driftctl (gitignore underneath) matches a one-part pattern against the type or the id.
            return rule.pattern.test(subject.type) || subject.ids.some(id => rule.pattern.test(id));
        case 'resource':
            return rule.type.test(subject.type) && subject.ids.some(id => rule.id.test(id));
        case 'field':
            return false;
    }
}
/** The rule that decides, if any: the last one that matches, as in .gitignore and driftctl. */
function decidingRule(file, subject) {
    for (let i = file.rules.length - 1; i >= 0; i--) {
        if (ruleMatches(file.rules[i], subject))
            return file.rules[i];
    }
    return undefined;
}
/** Whether some rule can match at all (field rules never do): else no subject need be built. */
function ignoresAnything(files) {
    return files.some(file => file.rules.some(rule => rule.kind !== 'field'));
}
/** Whether any of the files ignores the subject; each file is read on its own. */
function isIgnored(files, subject) {
    return files.some(file => {
        const rule = decidingRule(file, subject);
        return rule !== undefined && !rule.negate;
    });
}
/** Field rules, which do nothing for unmanaged resources: worth a line in the log. */
function unusedRules(files) {
    return files.flatMap(file => file.rules.filter(rule => rule.kind === 'field').map(rule => `${file.file}:${rule.line}`));
}
const ANY = '^.*$';
/** Whether a rule could keep a resource of `type` listed: a negation that may match it. */
function mayUnignore(rule, type) {
    if (!rule.negate)
        return false;
    if (rule.kind === 'resource')
        return rule.type.test(type);
    if (rule.kind === 'bare')
        return true;
    return rule.kind === 'arn' || rule.kind === 'tag';
}
/** Whether a rule ignores every resource of `type`: `type.*`, `type`, `*`. */
function ignoresAll(rule, type) {
    if (rule.negate)
        return false;
    if (rule.kind === 'resource')
        return rule.type.test(type) && rule.id.source === ANY;
    return rule.kind === 'bare' && rule.pattern.test(type);
}
/**
 * Whether some file ignores every resource of a type, so listing it would only cost calls: the
 * last rule about the type ignores it whole, and no negation after that could bring one back.
 */
function ignoresWholeType(files, type) {
    return files.some(file => {
        for (let i = file.rules.length - 1; i >= 0; i--) {
            const rule = file.rules[i];
            if (mayUnignore(rule, type))
                return false;
            if (ignoresAll(rule, type))
                return true;
        }
        return false;
    });
}

// EXTERNAL MODULE: ./src/analyse/diff.ts
var diff = __nccwpck_require__(326);
;// CONCATENATED MODULE: ./src/analyse/accounted.ts


/** Attributes that make a parent own a kind of part inline, by parent type. */
const INLINE_ATTRIBUTES = {
    aws_security_group: ['ingress', 'egress'],
    aws_iam_role: ['inline_policy', 'managed_policy_arns']
};
/** `aws_default_security_group` always owns every rule of the default group, written or not. */
const ALWAYS_INLINE = {
    aws_default_security_group: ['ingress', 'egress']
};
/** The inline attribute that owns each kind of part, by the part's type. */
const OWNING_ATTRIBUTE = {
    aws_vpc_security_group_ingress_rule: 'ingress',
    aws_vpc_security_group_egress_rule: 'egress',
    aws_iam_role_policy: 'inline_policy',
    aws_iam_role_policy_attachment: 'managed_policy_arns'
};
const INSTANCE_KEY = /\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g;
function str(value) {
    return typeof value === 'string' ? value : '';
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/** Protocols as AWS lists them: the provider writes `6`, `tcp` and `all` for the same things. */
const PROTOCOLS = { '6': 'tcp', '17': 'udp', '1': 'icmp', all: '-1' };
function protocolKey(protocol) {
    const p = protocol.toLowerCase();
    return PROTOCOLS[p] ?? p;
}
/** What identifies a rule's content: the same key from AWS's listing and from the state. */
function ruleKey(rule) {
    const protocol = protocolKey(rule.protocol);
    // All-traffic rules carry no ports (AWS lists -1, the provider writes 0).
    const ports = protocol === '-1' ? '' : `${rule.fromPort}:${rule.toPort}`;
    const target = rule.cidrIpv4 ?? rule.cidrIpv6 ?? rule.prefixListId ?? rule.referencedGroupId ?? '';
    return [rule.groupId, rule.egress ? 'egress' : 'ingress', protocol, ports, target].join('|');
}
/** The rules an `aws_security_group_rule` stands for: one per CIDR, prefix list or group. */
function legacyRuleKeys(values) {
    const groupId = str(values.security_group_id);
    const base = {
        groupId,
        egress: values.type === 'egress',
        protocol: str(values.protocol) || String(values.protocol ?? ''),
        fromPort: Number(values.from_port),
        toPort: Number(values.to_port)
    };
    const targets = [
        ...strings(values.cidr_blocks).map(cidrIpv4 => ({ cidrIpv4 })),
        ...strings(values.ipv6_cidr_blocks).map(cidrIpv6 => ({ cidrIpv6 })),
        ...strings(values.prefix_list_ids).map(prefixListId => ({ prefixListId }))
    ];
    const source = str(values.source_security_group_id);
    if (source)
        targets.push({ referencedGroupId: source.split('/').pop() });
    if (values.self === true)
        targets.push({ referencedGroupId: groupId });
    return targets.map(target => ruleKey({ ...base, ...target }));
}
class Accounted {
    /** `type\0importId` of parts managed as separate resources. */
    ids = new Set();
    rules = new Set();
    /** Managed parents by their id (a group's `sg-…`, a role's name), with how they own parts. */
    parents = new Map();
    addId(terraformType, id) {
        if (id)
            this.ids.add(`${terraformType}\0${id}`);
    }
    addRule(key) {
        this.rules.add(key);
    }
    addParent(id, inline) {
        const style = this.parents.get(id);
        if (style)
            for (const attribute of inline)
                style.inline.add(attribute);
        else
            this.parents.set(id, { inline: new Set(inline) });
    }
    /** Whether a parent with this id (group id, role or user name) is in some state. */
    hasParent(id) {
        return this.parents.has(id);
    }
    /**
     * Whether a listed part is managed: as a separate resource, by content, or because its managed
     * parent owns that kind of part inline.
     */
    has(resource) {
        const { terraformType, importId, facts } = resource;
        if (importId && this.ids.has(`${terraformType}\0${importId}`))
            return true;
        if (facts?.rule && this.rules.has(ruleKey(facts.rule)))
            return true;
        const parent = facts?.rule?.groupId ?? facts?.parent;
        const attribute = OWNING_ATTRIBUTE[terraformType];
        return parent !== undefined && attribute !== undefined && this.ownsInline(parent, attribute);
    }
    ownsInline(parent, attribute) {
        return this.parents.get(parent)?.inline.has(attribute) === true;
    }
}
/** The documented id each separate part resource is imported and listed by. */
const PART_IDS = {
    aws_vpc_security_group_ingress_rule: v => [str(v.security_group_rule_id) || str(v.id)],
    aws_vpc_security_group_egress_rule: v => [str(v.security_group_rule_id) || str(v.id)],
    aws_iam_access_key: v => [str(v.id)],
    aws_iam_role_policy: v => [`${str(v.role)}:${str(v.name)}`],
    aws_iam_user_policy: v => [`${str(v.user)}:${str(v.name)}`],
    aws_iam_role_policy_attachment: v => [`${str(v.role)}/${str(v.policy_arn)}`],
    aws_iam_user_policy_attachment: v => [`${str(v.user)}/${str(v.policy_arn)}`],
    aws_key_pair: v => [str(v.key_name)]
};
/** `aws_iam_policy_attachment` attaches one policy to lists of roles and users. */
function policyAttachmentIds(values) {
    const arn = str(values.policy_arn);
    return [
        ...strings(values.roles).map(role => ['aws_iam_role_policy_attachment', `${role}/${arn}`]),
        ...strings(values.users).map(user => ['aws_iam_user_policy_attachment', `${user}/${arn}`])
    ];
}
/** Config resources by address without instance keys: `module.a.aws_x.y` → its expressions. */
function configExpressions(root) {
    const out = new Map();
    const visit = (mod, prefix) => {
        for (const resource of mod?.resources ?? []) {
            const expressions = resource.expressions;
            out.set(prefix + resource.address, new Set(Object.keys(expressions ?? {})));
        }
        for (const [name, call] of Object.entries(mod?.module_calls ?? {})) {
            visit(call.module, `${prefix}module.${name}.`);
        }
    };
    visit(root, '');
    return out;
}
/** Top-level attributes each planned update touches, by resource address. */
function touchedByPlan(plan) {
    const out = new Map();
    for (const change of plan.resource_changes ?? []) {
        if (change.mode !== 'managed' || !change.change.actions.includes('update'))
            continue;
        const { before, after } = change.change;
        out.set(change.address, new Set((0,diff/* diffAttributes */.xX)(before, after).map(c => (0,diff/* topAttribute */.oX)(c.path))));
    }
    return out;
}
/** The inline attributes a managed parent owns: written, dynamic, or being put back by the plan. */
function inlineAttributes(resource, written, dynamic, touched) {
    const always = ALWAYS_INLINE[resource.type];
    if (always)
        return always;
    return (INLINE_ATTRIBUTES[resource.type] ?? []).filter(attribute => written?.has(attribute) === true ||
        dynamic?.has(attribute) === true ||
        touched?.has(attribute) === true);
}
const PARENT_TYPES = new Set(['aws_security_group', 'aws_default_security_group', 'aws_iam_role']);
function parentId(resource) {
    const values = resource.values ?? {};
    return resource.type === 'aws_iam_role' ? str(values.name) : str(values.id);
}
/** Adds one plan's managed parts and parents. */
function addPlan(accounted, plan, dynamic) {
    const written = configExpressions(plan.configuration?.root_module);
    const touched = touchedByPlan(plan);
    for (const mod of walkModules(plan.prior_state?.values?.root_module)) {
        for (const resource of mod.resources ?? []) {
            if (resource.mode !== 'managed')
                continue;
            const values = resource.values ?? {};
            for (const id of PART_IDS[resource.type]?.(values) ?? [])
                accounted.addId(resource.type, id);
            if (resource.type === 'aws_iam_policy_attachment') {
                for (const [type, id] of policyAttachmentIds(values))
                    accounted.addId(type, id);
            }
            if (resource.type === 'aws_security_group_rule') {
                for (const key of legacyRuleKeys(values))
                    accounted.addRule(key);
            }
            if (resource.type === 'aws_iam_user')
                accounted.addParent(str(values.name), []);
            if (!PARENT_TYPES.has(resource.type))
                continue;
            const address = resource.address.replace(INSTANCE_KEY, '');
            accounted.addParent(parentId(resource), inlineAttributes(resource, written.get(address), dynamic.get(address), touched.get(resource.address)));
        }
    }
}
/** Every plan's parts, with `dynamic` blocks found in each root's source, by config address. */
function accountedParts(plans, dynamic = []) {
    const accounted = new Accounted();
    plans.forEach((plan, i) => addPlan(accounted, plan, dynamic[i] ?? new Map()));
    return accounted;
}

// EXTERNAL MODULE: ./src/collect/aws/arn.ts
var aws_arn = __nccwpck_require__(2595);
;// CONCATENATED MODULE: ./src/analyse/aws-made.ts
const DEFAULT_VPC_TYPES = new Set(['aws_vpc', 'aws_subnet', 'aws_internet_gateway']);
const VPC_PARTS = new Set(['aws_route_table', 'aws_network_acl']);
const SERVICE_ROLE_PATH = /^\/aws-(service-role|reserved)\//;
const IAM_TYPES = /^aws_iam_(role|role_policy|role_policy_attachment)$/;
const AWS_MADE_RULES = [
    {
        id: 'default-vpc',
        covers: 'Default VPCs, their default subnets and internet gateways',
        match: s => DEFAULT_VPC_TYPES.has(s.terraformType) && s.facts?.awsDefault === true
    },
    {
        id: 'vpc-defaults',
        covers: "Every VPC's main route table and default network ACL",
        match: s => VPC_PARTS.has(s.terraformType) && s.facts?.awsDefault === true
    },
    {
        id: 'default-security-group',
        covers: 'Security groups named `default` (one per VPC)',
        match: s => s.terraformType === 'aws_security_group' && s.facts?.groupName === 'default'
    },
    {
        id: 'aws-managed-kms-key',
        covers: 'AWS-managed KMS keys (`aws/s3`, `aws/ebs`, ...)',
        match: s => s.terraformType === 'aws_kms_key' && s.facts?.keyManager === 'AWS'
    },
    {
        id: 'service-linked-role',
        covers: 'Service-linked and reserved IAM roles (paths `/aws-service-role/`, `/aws-reserved/`) and their policies',
        match: s => IAM_TYPES.test(s.terraformType) && SERVICE_ROLE_PATH.test(s.facts?.iamPath ?? '')
    },
    {
        id: 'instance-root-volume',
        covers: "An instance's root volume (part of the instance)",
        match: s => s.terraformType === 'aws_ebs_volume' && s.rootVolumes.has(s.id)
    },
    {
        id: 'ami-snapshot',
        covers: 'Snapshots behind the account’s AMIs',
        match: s => s.terraformType === 'aws_ebs_snapshot' && s.facts?.behindAmi !== undefined
    }
];
const AWS_MADE_RULE_IDS = AWS_MADE_RULES.map(rule => rule.id);
/** The id of the first enabled rule that says AWS made the resource, or undefined. */
function madeByAws(subject, disabled) {
    for (const rule of AWS_MADE_RULES) {
        if (!disabled.has(rule.id) && rule.match(subject))
            return rule.id;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/analyse/import-blocks.ts

const lastSegment = (arn) => arn.resourceId.split('/').pop();
const resourceId = (arn) => arn.resourceId;
const wholeArn = (_arn, full) => full;
/** SSM names with a `/` are fully qualified (`/app/x`); the ARN drops the leading slash. */
const parameterName = (arn) => arn.resourceId.includes('/') && !arn.resourceId.startsWith('/')
    ? `/${arn.resourceId}`
    : arn.resourceId;
const RULES = [
    { service: 's3', resourceType: 'bucket', terraformType: 'aws_s3_bucket', importId: resourceId },
    {
        service: 'sqs',
        resourceType: 'queue',
        terraformType: 'aws_sqs_queue',
        importId: aws_arn/* queueArnToUrl */.n6,
        display: resourceId
    },
    {
        service: 'sns',
        resourceType: 'topic',
        terraformType: 'aws_sns_topic',
        importId: wholeArn,
        display: resourceId
    },
    {
        service: 'ec2',
        resourceType: 'security-group',
        terraformType: 'aws_security_group',
        importId: resourceId
    },
    { service: 'ec2', resourceType: 'instance', terraformType: 'aws_instance', importId: resourceId },
    { service: 'ec2', resourceType: 'vpc', terraformType: 'aws_vpc', importId: resourceId },
    { service: 'ec2', resourceType: 'subnet', terraformType: 'aws_subnet', importId: resourceId },
    {
        service: 'ec2',
        resourceType: 'internet-gateway',
        terraformType: 'aws_internet_gateway',
        importId: resourceId
    },
    {
        service: 'ec2',
        resourceType: 'natgateway',
        terraformType: 'aws_nat_gateway',
        importId: resourceId
    },
    {
        service: 'ec2',
        resourceType: 'route-table',
        terraformType: 'aws_route_table',
        importId: resourceId
    },
    {
        service: 'ec2',
        resourceType: 'network-acl',
        terraformType: 'aws_network_acl',
        importId: resourceId
    },
    { service: 'ec2', resourceType: 'volume', terraformType: 'aws_ebs_volume', importId: resourceId },
    { service: 'ec2', resourceType: 'elastic-ip', terraformType: 'aws_eip', importId: resourceId },
    {
        service: 'ec2',
        resourceType: 'network-interface',
        terraformType: 'aws_network_interface',
        importId: resourceId
    },
    {
        service: 'ec2',
        resourceType: 'launch-template',
        terraformType: 'aws_launch_template',
        importId: resourceId
    },
    {
        service: 'ec2',
        resourceType: 'vpc-endpoint',
        terraformType: 'aws_vpc_endpoint',
        importId: resourceId
    },
    { service: 'ec2', resourceType: 'image', terraformType: 'aws_ami', importId: resourceId },
    // The ARN holds the key pair's id, but import takes its name.
    {
        service: 'ec2',
        resourceType: 'key-pair',
        terraformType: 'aws_key_pair',
        importId: () => undefined
    },
    {
        service: 'ssm',
        resourceType: 'parameter',
        terraformType: 'aws_ssm_parameter',
        importId: parameterName
    },
    {
        service: 'logs',
        resourceType: 'log-group',
        terraformType: 'aws_cloudwatch_log_group',
        importId: resourceId
    },
    {
        service: 'dynamodb',
        resourceType: 'table',
        terraformType: 'aws_dynamodb_table',
        importId: resourceId
    },
    { service: 'kms', resourceType: 'key', terraformType: 'aws_kms_key', importId: resourceId },
    {
        service: 'lambda',
        resourceType: 'function',
        terraformType: 'aws_lambda_function',
        importId: resourceId
    },
    {
        service: 'iam',
        resourceType: 'role',
        terraformType: 'aws_iam_role',
        importId: lastSegment,
        display: lastSegment
    },
    {
        service: 'iam',
        resourceType: 'user',
        terraformType: 'aws_iam_user',
        importId: lastSegment,
        display: lastSegment
    },
    {
        service: 'iam',
        resourceType: 'policy',
        terraformType: 'aws_iam_policy',
        importId: wholeArn,
        display: lastSegment
    },
    {
        service: 'ecr',
        resourceType: 'repository',
        terraformType: 'aws_ecr_repository',
        importId: resourceId
    },
    {
        service: 'ecs',
        resourceType: 'cluster',
        terraformType: 'aws_ecs_cluster',
        importId: resourceId
    },
    { service: 'rds', resourceType: 'db', terraformType: 'aws_db_instance', importId: resourceId },
    {
        service: 'rds',
        resourceType: 'cluster',
        terraformType: 'aws_rds_cluster',
        importId: resourceId
    },
    {
        service: 'secretsmanager',
        resourceType: 'secret',
        terraformType: 'aws_secretsmanager_secret',
        importId: wholeArn,
        display: resourceId
    },
    {
        service: 'states',
        resourceType: 'stateMachine',
        terraformType: 'aws_sfn_state_machine',
        importId: wholeArn,
        display: resourceId
    },
    {
        service: 'cloudwatch',
        resourceType: 'alarm',
        terraformType: 'aws_cloudwatch_metric_alarm',
        importId: resourceId
    },
    {
        service: 'events',
        resourceType: 'rule',
        terraformType: 'aws_cloudwatch_event_rule',
        importId: resourceId
    },
    {
        service: 'elasticfilesystem',
        resourceType: 'file-system',
        terraformType: 'aws_efs_file_system',
        importId: resourceId
    },
    {
        service: 'kinesis',
        resourceType: 'stream',
        terraformType: 'aws_kinesis_stream',
        importId: resourceId
    },
    {
        service: 'elasticache',
        resourceType: 'cluster',
        terraformType: 'aws_elasticache_cluster',
        importId: resourceId
    },
    {
        service: 'route53',
        resourceType: 'hostedzone',
        terraformType: 'aws_route53_zone',
        importId: resourceId
    },
    {
        service: 'cloudfront',
        resourceType: 'distribution',
        terraformType: 'aws_cloudfront_distribution',
        importId: resourceId
    },
    {
        service: 'acm',
        resourceType: 'certificate',
        terraformType: 'aws_acm_certificate',
        importId: wholeArn,
        display: resourceId
    },
    {
        service: 'autoscaling',
        resourceType: 'autoScalingGroup',
        terraformType: 'aws_autoscaling_group',
        importId: arn => /autoScalingGroupName\/(.+)$/.exec(arn.resource)?.[1],
        display: arn => /autoScalingGroupName\/(.+)$/.exec(arn.resource)?.[1] ?? arn.resourceId
    }
];
const TARGET_GROUP = {
    service: 'elasticloadbalancing',
    resourceType: 'targetgroup',
    terraformType: 'aws_lb_target_group',
    importId: wholeArn,
    display: a => a.resourceId.split('/')[0]
};
const LOAD_BALANCER = {
    service: 'elasticloadbalancing',
    resourceType: 'loadbalancer',
    terraformType: 'aws_lb',
    importId: wholeArn,
    display: a => a.resourceId.split('/')[1]
};
const CLASSIC_LOAD_BALANCER = {
    service: 'elasticloadbalancing',
    resourceType: 'loadbalancer',
    terraformType: 'aws_elb',
    importId: resourceId
};
/** Application and network load balancers (`loadbalancer/app/...`) import by ARN; classic ones by name. */
function loadBalancerRule(arn) {
    if (arn.service !== 'elasticloadbalancing')
        return undefined;
    if (arn.resourceType === 'targetgroup')
        return TARGET_GROUP;
    if (arn.resourceType !== 'loadbalancer')
        return undefined;
    return /^(app|net|gwy)\//.test(arn.resourceId) ? LOAD_BALANCER : CLASSIC_LOAD_BALANCER;
}
/** By service, then resource type: two lookups need no `service:type` string per ARN. */
const BY_SERVICE = new Map();
for (const rule of RULES) {
    let types = BY_SERVICE.get(rule.service);
    if (!types)
        BY_SERVICE.set(rule.service, (types = new Map()));
    types.set(rule.resourceType, rule);
}
/** The Terraform types this file can name, for documentation and tests. */
const KNOWN_TERRAFORM_TYPES = [
    ...new Set([...RULES.map(rule => rule.terraformType), 'aws_lb', 'aws_lb_target_group', 'aws_elb'])
].sort();
function identify(arnText) {
    return identifyParsed(parseArn(arnText), arnText);
}
/** `identify` for a caller that has parsed the ARN already: `arn` is `parseArn(arnText)`. */
function identifyParsed(arn, arnText) {
    if (!arn)
        return { type: 'unknown', id: arnText };
    const rule = BY_SERVICE.get(arn.service)?.get(arn.resourceType) ?? loadBalancerRule(arn);
    if (!rule) {
        const type = arn.resourceType ? `${arn.service}:${arn.resourceType}` : arn.service;
        return { type, id: arn.resourceId };
    }
    const importId = rule.importId(arn, arnText);
    const type = rule.terraformType;
    const id = (rule.display ? rule.display(arn) : importId) ?? arn.resourceId;
    return importId ? { type, terraformType: type, id, importId } : { type, terraformType: type, id };
}
/** Ids that are already a valid name, which is most of them: no lowercasing or replacing. */
const PLAIN_NAME = /^[a-z](?:[a-z0-9_-]{0,58}[a-z0-9])?$/;
/**
 * A resource name for `to = type.name`: Terraform names start with a letter or underscore and
 * hold letters, digits, `_` and `-`.
 */
function resourceName(id) {
    if (PLAIN_NAME.test(id))
        return id;
    const cleaned = id
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '_')
        .replace(/^[_-]+|[_-]+$/g, '')
        .slice(0, 60);
    if (cleaned === '')
        return 'imported';
    return /^[a-z_]/.test(cleaned) ? cleaned : `r_${cleaned}`;
}
/**
 * Hands out import block names unique per type, with `_2`, `_3` for repeats. A base name that
 * repeats remembers the last suffix it took: every smaller one is taken for good, so ten
 * thousand ids that clean to the same name cost ten thousand steps, not fifty million.
 */
class ImportNames {
    byType = new Map();
    next(terraformType, id) {
        return this.of(terraformType).next(id);
    }
    /** The names of one type: for a caller going through the types in turn, one lookup each. */
    of(terraformType) {
        let names = this.byType.get(terraformType);
        if (!names)
            this.byType.set(terraformType, (names = new TypeNames()));
        return names;
    }
}
class TypeNames {
    used = new Set();
    lastSuffix = new Map();
    next(id) {
        const base = resourceName(id);
        // Added if new, in one lookup: nearly every name is.
        const size = this.used.size;
        if (this.used.add(base).size > size)
            return base;
        let n = (this.lastSuffix.get(base) ?? 1) + 1;
        let name = `${base}_${n}`;
        while (this.used.has(name))
            name = `${base}_${++n}`;
        this.lastSuffix.set(base, n);
        this.used.add(name);
        return name;
    }
}
/** Names for several import blocks, made unique per type with `_2`, `_3`. */
function uniqueNames(items) {
    const names = new ImportNames();
    return items.map(item => names.next(item.terraformType, item.id));
}

;// CONCATENATED MODULE: ./src/analyse/managed.ts


/**
 * The set of resources some Terraform state manages, taken from each plan's `prior_state`: the
 * state as refreshed, so it is what exists now (a resource deleted outside Terraform is not in
 * it). Root and child modules, every `count` and `for_each` instance.
 *
 * Matching is by ARN. Where a state entry has no `arn` attribute the ARN, or a key precise enough
 * to stand for it, follows from the id. Parts AWS creates along with a managed resource (an
 * instance's root volume, a VPC's default security group) count as managed with it: nobody
 * clicked them into existence.
 */
/** Attributes holding ids of parts created with the resource, by type: `attribute: ARN prefix`. */
const PARTS = {
    aws_instance: {
        'root_block_device.*.volume_id': 'volume/',
        'ebs_block_device.*.volume_id': 'volume/',
        primary_network_interface_id: 'network-interface/'
    },
    aws_spot_instance_request: { spot_instance_id: 'instance/' },
    aws_vpc: {
        default_security_group_id: 'security-group/',
        default_network_acl_id: 'network-acl/',
        default_route_table_id: 'route-table/',
        main_route_table_id: 'route-table/'
    },
    aws_eip: { id: 'elastic-ip/' },
    aws_nat_gateway: { id: 'natgateway/', network_interface_id: 'network-interface/' }
};
/** Types whose state has no usable `arn`, and the EC2-style key their id gives. */
const ID_KEYS = {
    aws_nat_gateway: 'natgateway/',
    aws_eip: 'elastic-ip/',
    aws_ec2_client_vpn_endpoint: 'client-vpn-endpoint/'
};
/** PARTS with the paths split once, not for every resource of the plan. */
const PART_PATHS = new Map(Object.entries(PARTS).map(([type, parts]) => [
    type,
    Object.entries(parts).map(([path, prefix]) => ({ path: path.split('.'), prefix }))
]));
const ID_KEY = new Map(Object.entries(ID_KEYS));
class ManagedSet {
    arns = new Set();
    /**
     * Resources known by service and resource part alone, without region and account, for state
     * entries that hold an id but no ARN. Only used where the id alone is unique enough (EC2 ids)
     * or where a miss is the worst outcome (a queue named the same in another region counts as
     * managed). By service, so a lookup builds no key string.
     */
    loose = new Map();
    addArn(arn) {
        this.arns.add((0,aws_arn/* normaliseArn */.mE)(arn));
    }
    addLoose(service, resource) {
        const resources = this.loose.get(service);
        if (resources)
            resources.add(resource);
        else
            this.loose.set(service, new Set([resource]));
    }
    has(arn) {
        const normalised = (0,aws_arn/* normaliseArn */.mE)(arn);
        return (this.hasNormalised(normalised) || (this.loose.size > 0 && this.hasLoose((0,aws_arn/* parseArn */.Lw)(normalised))));
    }
    /**
     * The first half of `has`, for a caller that normalised the ARN itself (`normaliseArn(arn)`):
     * the classifier only parses ARNs this does not find, and parses each once.
     */
    hasNormalised(normalised) {
        return this.arns.has(normalised);
    }
    /** The second half of `has`: `parsed` is `parseArn` of the normalised ARN. */
    hasLoose(parsed) {
        return parsed !== undefined && this.loose.get(parsed.service)?.has(parsed.resource) === true;
    }
    get size() {
        return this.arns.size;
    }
}
/** Values at a dotted path where `*` walks every element of a list. */
function valuesAt(value, path, from = 0) {
    if (from === path.length)
        return [value];
    if (value === null || typeof value !== 'object')
        return [];
    const head = path[from];
    if (head === '*') {
        return Array.isArray(value) ? value.flatMap(item => valuesAt(item, path, from + 1)) : [];
    }
    return valuesAt(value[head], path, from + 1);
}
function addResource(set, resource) {
    const values = resource.values ?? {};
    const arn = typeof values.arn === 'string' ? values.arn : undefined;
    const id = typeof values.id === 'string' ? values.id : undefined;
    if (arn?.startsWith('arn:'))
        set.addArn(arn);
    // Many resources use their ARN as id (SNS topics, ECS services, load balancers).
    if (id?.startsWith('arn:') && id !== arn)
        set.addArn(id);
    if (resource.type === 'aws_sqs_queue' && id) {
        const exact = (0,aws_arn/* queueUrlToArn */.Rl)(id);
        if (exact)
            set.addArn(exact);
        const queue = (0,aws_arn/* parseQueueUrl */.U9)(id);
        if (queue && !exact)
            set.addLoose('sqs', queue.name);
    }
    if (resource.type === 'aws_s3_bucket' && id)
        set.addLoose('s3', id);
    const idKey = ID_KEY.get(resource.type);
    if (idKey && id)
        set.addLoose('ec2', `${idKey}${id}`);
    const parts = PART_PATHS.get(resource.type);
    if (!parts)
        return;
    for (const { path, prefix } of parts) {
        for (const part of valuesAt(values, path)) {
            if (typeof part === 'string' && part !== '')
                set.addLoose('ec2', `${prefix}${part}`);
        }
    }
}
/** Adds every managed resource of one plan's prior state. */
function managed_addPlan(set, plan) {
    for (const mod of walkModules(plan.prior_state?.values?.root_module)) {
        for (const resource of mod.resources ?? []) {
            if (resource.mode === 'managed')
                addResource(set, resource);
        }
    }
}
/** The union over all working directories: managed by any of them is managed for all. */
function managedSet(plans) {
    const set = new ManagedSet();
    for (const plan of plans)
        managed_addPlan(set, plan);
    return set;
}

;// CONCATENATED MODULE: ./src/analyse/ownership.ts
/**
 * Resources that another tool or AWS service created and looks after, known by the tags it puts
 * on them. They are in no Terraform state by design, so calling them unmanaged would be noise:
 * they are reported as "owned by" their owner instead. One table; each rule has an id the
 * `disable-ownership-rules` input can switch off.
 */
function tagValue(key, label) {
    return (tags) => key in tags ? `${label}${tags[key] ? ` ${tags[key]}` : ''}` : undefined;
}
function tagPrefix(prefix, label) {
    return (tags) => Object.keys(tags).some(key => key.startsWith(prefix)) ? label : undefined;
}
const OWNERSHIP_RULES = [
    {
        id: 'cloudformation',
        owner: 'CloudFormation (and CDK, SAM, Amplify, Copilot, eksctl, Serverless)',
        tags: '`aws:cloudformation:stack-name`',
        match: tagValue('aws:cloudformation:stack-name', 'CloudFormation stack')
    },
    {
        id: 'autoscaling',
        owner: 'EC2 Auto Scaling',
        tags: '`aws:autoscaling:groupName`',
        match: tagValue('aws:autoscaling:groupName', 'Auto Scaling group')
    },
    {
        id: 'eks',
        owner: 'Amazon EKS',
        tags: '`eks:cluster-name`, `aws:eks:cluster-name`, `eks:nodegroup-name`',
        match: tags => tagValue('eks:cluster-name', 'EKS cluster')(tags) ??
            tagValue('aws:eks:cluster-name', 'EKS cluster')(tags) ??
            tagValue('eks:nodegroup-name', 'EKS node group')(tags)
    },
    {
        id: 'kubernetes',
        owner: 'Kubernetes controllers (cloud provider, load balancer controller, Karpenter)',
        tags: '`kubernetes.io/cluster/<name>`, `elbv2.k8s.aws/cluster`, `karpenter.sh/nodepool`',
        match: tags => {
            const key = Object.keys(tags).find(k => k.startsWith('kubernetes.io/cluster/'));
            if (key)
                return `Kubernetes cluster ${key.slice('kubernetes.io/cluster/'.length)}`;
            return (tagValue('elbv2.k8s.aws/cluster', 'Kubernetes cluster')(tags) ??
                tagValue('karpenter.sh/nodepool', 'Karpenter node pool')(tags));
        }
    },
    {
        id: 'elasticbeanstalk',
        owner: 'Elastic Beanstalk',
        tags: '`elasticbeanstalk:environment-name`',
        match: tagValue('elasticbeanstalk:environment-name', 'Elastic Beanstalk environment')
    },
    {
        id: 'ecs',
        owner: 'Amazon ECS',
        tags: '`aws:ecs:*`',
        match: tags => tagValue('aws:ecs:clusterName', 'ECS cluster')(tags) ??
            tagPrefix('aws:ecs:', 'Amazon ECS')(tags)
    },
    {
        id: 'servicecatalog',
        owner: 'AWS Service Catalog',
        tags: '`aws:servicecatalog:*`',
        match: tags => tagValue('aws:servicecatalog:provisionedProductArn', 'Service Catalog product')(tags) ??
            tagPrefix('aws:servicecatalog:', 'AWS Service Catalog')(tags)
    },
    {
        id: 'cloud9',
        owner: 'AWS Cloud9',
        tags: '`aws:cloud9:environment`',
        match: tagValue('aws:cloud9:environment', 'Cloud9 environment')
    },
    {
        id: 'emr',
        owner: 'Amazon EMR',
        tags: '`aws:elasticmapreduce:*`',
        match: tags => tagValue('aws:elasticmapreduce:job-flow-id', 'EMR cluster')(tags) ??
            tagPrefix('aws:elasticmapreduce:', 'Amazon EMR')(tags)
    },
    {
        id: 'batch',
        owner: 'AWS Batch',
        tags: '`aws:batch:compute-environment`',
        match: tagValue('aws:batch:compute-environment', 'Batch compute environment')
    },
    {
        id: 'spot-fleet',
        owner: 'EC2 Spot Fleet and EC2 Fleet',
        tags: '`aws:ec2spot:fleet-request-id`, `aws:ec2:fleet-id`',
        match: tags => tagValue('aws:ec2spot:fleet-request-id', 'Spot Fleet request')(tags) ??
            tagValue('aws:ec2:fleet-id', 'EC2 Fleet')(tags)
    },
    {
        id: 'backup',
        owner: 'AWS Backup and Data Lifecycle Manager',
        tags: '`aws:backup:source-resource`, `aws:dlm:lifecycle-policy-id`',
        match: tags => tagValue('aws:backup:source-resource', 'AWS Backup, from')(tags) ??
            tagValue('aws:dlm:lifecycle-policy-id', 'DLM policy')(tags)
    },
    {
        id: 'image-builder',
        owner: 'EC2 Image Builder',
        tags: '`Ec2ImageBuilderArn`',
        match: tags => ('Ec2ImageBuilderArn' in tags ? 'EC2 Image Builder' : undefined)
    },
    {
        id: 'sagemaker',
        owner: 'Amazon SageMaker',
        tags: '`sagemaker:domain-arn`, `aws:sagemaker:*`',
        match: tags => 'sagemaker:domain-arn' in tags
            ? 'SageMaker domain'
            : tagPrefix('aws:sagemaker:', 'Amazon SageMaker')(tags)
    },
    {
        id: 'crossplane',
        owner: 'Crossplane',
        tags: '`crossplane-kind`',
        match: tags => 'crossplane-kind' in tags
            ? `Crossplane ${tags['crossplane-name'] ? tags['crossplane-name'] : tags['crossplane-kind']}`
            : undefined
    }
];
const OWNERSHIP_RULE_IDS = OWNERSHIP_RULES.map(rule => rule.id);
/**
 * The tag keys some rule reads, from the `tags` column: `key` is a key, `prefix*` and
 * `prefix<name>` stand for every key starting with the prefix. A tag set with none of them is
 * claimed by no rule, which is most of an inventory, so it is not put to each rule in turn.
 */
function claimedKeys(rules = OWNERSHIP_RULES) {
    const patterns = [];
    for (const rule of rules) {
        for (const [, key] of rule.tags.matchAll(/`([^`]+)`/g)) {
            const open = /(\*|<[^>]*>)$/.exec(key);
            patterns.push(open ? escapeRegExp(key.slice(0, open.index)) : `${escapeRegExp(key)}$`);
        }
    }
    // One test per tag key, not one per key and rule.
    return patterns.length === 0 ? /(?!)/ : new RegExp(`^(?:${patterns.join('|')})`, 's');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const CLAIMED = claimedKeys();
function mayBeOwned(tags) {
    for (const key in tags)
        if (CLAIMED.test(key))
            return true;
    return false;
}
const NONE = new Set();
/** The first enabled rule that claims the resource; the table's order decides ties. */
function ownerOf(tags, disabled = NONE) {
    if (!mayBeOwned(tags))
        return undefined;
    for (const rule of OWNERSHIP_RULES) {
        if (disabled.has(rule.id))
            continue;
        const owner = rule.match(tags);
        if (owner !== undefined)
            return { rule: rule.id, owner };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/analyse/severity.ts
var analyse_severity = __nccwpck_require__(8246);
;// CONCATENATED MODULE: ./src/analyse/unmanaged.ts








/**
 * Sorting what the inventory found: managed (in some state, or a part a managed resource owns),
 * made by AWS, ignored (the ignore file says so), owned by another tool (its tags say so), and
 * what is left, unmanaged. The order matters: the user's own ignore file wins over the built-in
 * ownership rules. The Tagging API's resources and the direct listing's are one list, merged by
 * ARN: a resource both saw is one row, with the listing's facts and the Tagging API's tags.
 */
const BLIND_SPOTS = 'The Tagging API lists only resources that carry tags (or once did): resources that were never tagged, ' +
    'IAM users, roles and policies, resource types the API does not support, and regions not scanned are not seen. ' +
    'Set inventory to deep to list the common types directly.';
/** Code-unit order: the same on every machine, and far cheaper than localeCompare on 50,000 items. */
function ordinal(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Entries listed by type, then region, then id, in code-unit order; entries that tie stay in the
 * order they came. Types and regions are few, so grouping by them first leaves the sort only ids
 * to compare, within a group.
 */
class TypeRegionIdOrder {
    groups = new Map();
    add(item) {
        let regions = this.groups.get(item.type);
        if (!regions)
            this.groups.set(item.type, (regions = new Map()));
        const group = regions.get(item.region);
        if (group)
            group.push(item);
        else
            regions.set(item.region, [item]);
    }
    sorted() {
        const out = [];
        for (const type of [...this.groups.keys()].sort(ordinal)) {
            const regions = this.groups.get(type);
            for (const region of [...regions.keys()].sort(ordinal)) {
                // Array.prototype.sort is stable: ties keep the order they came in.
                const group = regions.get(region).sort(byId);
                for (let i = 0; i < group.length; i++)
                    out.push(group[i]);
            }
        }
        return out;
    }
}
function byId(a, b) {
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function coverage(managed, unmanaged) {
    if (managed + unmanaged === 0)
        return 100;
    return Math.round((managed / (managed + unmanaged)) * 1000) / 10;
}
/** What the listing knows beyond each resource: groups' rules, roles' paths, root volumes. */
class ListingIndex {
    rulesByGroup = new Map();
    groupNames = new Map();
    iamPaths = new Map();
    rootVolumes = new Set();
    constructor(listing) {
        for (const resource of listing?.resources ?? [])
            this.add(resource);
    }
    add({ terraformType, id, facts }) {
        if (facts?.rule) {
            const rules = this.rulesByGroup.get(facts.rule.groupId);
            if (rules)
                rules.push(facts.rule);
            else
                this.rulesByGroup.set(facts.rule.groupId, [facts.rule]);
        }
        if (terraformType === 'aws_security_group' && facts?.groupName !== undefined) {
            this.groupNames.set(id, facts.groupName);
        }
        if (terraformType === 'aws_iam_role' && facts?.iamPath)
            this.iamPaths.set(id, facts.iamPath);
        for (const volume of facts?.rootVolumeIds ?? [])
            this.rootVolumes.add(volume);
    }
}
/**
 * The listing's resources merged into the Tagging API's by normalised ARN. The Tagging API's tags
 * win (they are the ones ownership and `tag:` rules were written against); where it had none, the
 * listing's.
 */
function mergeSeen(inventory, listing) {
    const seen = inventory.resources.map(({ arn, region, tags }) => ({
        arn,
        region,
        tags,
        seenBy: 'tagged'
    }));
    if (!listing)
        return seen;
    const byArn = new Map();
    for (const one of seen)
        byArn.set((0,aws_arn/* normaliseArn */.mE)(one.arn), one);
    for (const listed of listing.resources) {
        const tagged = listed.arn ? byArn.get((0,aws_arn/* normaliseArn */.mE)(listed.arn)) : undefined;
        if (!tagged) {
            seen.push({
                arn: listed.arn,
                region: listed.region,
                tags: listed.tags ?? {},
                seenBy: 'listed',
                listed
            });
            continue;
        }
        tagged.listed = listed;
        tagged.region = listed.region;
        if (Object.keys(tagged.tags).length === 0 && listed.tags)
            tagged.tags = listed.tags;
    }
    return seen;
}
function listedIdentity(listed) {
    const { terraformType, id, importId } = listed;
    return importId
        ? { type: terraformType, terraformType, id, importId }
        : { type: terraformType, terraformType, id };
}
/** AWS's own rules in a default group: all traffic from the group itself, all traffic out. */
function isAwsDefaultRule(rule) {
    if (rule.protocol !== '-1')
        return false;
    if (!rule.egress)
        return rule.referencedGroupId === rule.groupId;
    return rule.cidrIpv4 === '0.0.0.0/0' || rule.cidrIpv6 === '::/0';
}
function classifyInventory(input) {
    const { inventory, listing, accounted } = input;
    const disabled = input.disabledOwnershipRules ?? new Set();
    const ignoring = ignoresAnything(input.ignoreFiles);
    const index = new ListingIndex(listing);
    const unmanaged = new TypeRegionIdOrder();
    const owned = new TypeRegionIdOrder();
    const madeByAwsCounts = {};
    let managed = 0;
    let ignored = 0;
    const isManaged = (one) => {
        if (one.listed && accounted?.has(one.listed))
            return true;
        if (!one.arn)
            return false;
        const normalised = (0,aws_arn/* normaliseArn */.mE)(one.arn);
        if (input.managed.hasNormalised(normalised))
            return true;
        return input.managed.hasLoose((0,aws_arn/* parseArn */.Lw)(normalised));
    };
    /**
     * A rule of a managed group is its own row; a rule of an unmanaged group goes with the group
     * (importing the group brings it); in a default group, AWS's own rules are AWS's.
     */
    const ruleVerdict = (rule) => {
        if (accounted?.hasParent(rule.groupId))
            return 'own row';
        const isDefault = index.groupNames.get(rule.groupId) === 'default' && !disabled.has('default-security-group');
        if (!isDefault)
            return 'part of its group';
        return isAwsDefaultRule(rule) ? 'made by AWS' : 'own row';
    };
    const countMadeByAws = (rule) => {
        madeByAwsCounts[rule] = (madeByAwsCounts[rule] ?? 0) + 1;
    };
    const awsMadeRule = (listed) => {
        const parentPath = listed.facts?.parent ? index.iamPaths.get(listed.facts.parent) : undefined;
        const facts = parentPath ? { ...listed.facts, iamPath: parentPath } : listed.facts;
        const subject = {
            terraformType: listed.terraformType,
            id: listed.id,
            facts,
            rootVolumes: index.rootVolumes
        };
        return madeByAws(subject, disabled);
    };
    const riskOf = (listed) => {
        const { facts, terraformType, id } = listed;
        const rules = facts?.rule
            ? [facts.rule]
            : terraformType === 'aws_security_group'
                ? index.rulesByGroup.get(id)
                : undefined;
        return {
            ...(rules ? { rules } : {}),
            ...(facts?.admin ? { admin: true } : {}),
            ...(facts?.public ? { public: true } : {})
        };
    };
    const classify = (one) => {
        if (isManaged(one)) {
            managed++;
            return;
        }
        const { listed } = one;
        const rule = listed?.facts?.rule ? ruleVerdict(listed.facts.rule) : 'own row';
        if (rule === 'part of its group')
            return;
        const awsRule = rule === 'made by AWS' ? 'default-security-group' : listed && awsMadeRule(listed);
        if (awsRule) {
            countMadeByAws(awsRule);
            return;
        }
        const identity = listed
            ? listedIdentity(listed)
            : identifyParsed((0,aws_arn/* parseArn */.Lw)(one.arn), one.arn);
        if (ignoring && isIgnored(input.ignoreFiles, ignoreSubject(one, identity))) {
            ignored++;
            return;
        }
        const { type, id, importId } = identity;
        const { region, tags, arn, seenBy } = one;
        const owner = ownerOf(tags, disabled);
        if (owner) {
            owned.add({ ...(arn ? { arn } : {}), type, region, id, owner: owner.owner, rule: owner.rule });
            return;
        }
        const risk = listed ? riskOf(listed) : undefined;
        const { severity, rule: severityRule, concerns } = (0,analyse_severity/* assessUnmanaged */.Z6)({ arn, type, risk });
        unmanaged.add({
            ...(arn ? { arn } : {}),
            type,
            region,
            id,
            tags,
            seenBy,
            severity,
            severityRule,
            ...(concerns.length > 0 ? { concerns } : {}),
            // `to` is named once the order is known: names go in order, `_2` to the second.
            ...(importId && identity.terraformType ? { importBlock: { to: '', id: importId } } : {})
        });
    };
    const seen = mergeSeen(inventory, listing);
    // Indexed loops: a for-of allocates an iterator result per step until the loop is optimised.
    for (let i = 0; i < seen.length; i++)
        classify(seen[i]);
    const resources = unmanaged.sorted();
    nameImportBlocks(resources);
    const notListed = (listing?.faults ?? []).map(notListedEntry);
    const failed = new Set(inventory.errors.map(e => e.region));
    const nothingScanned = inventory.errors.some(e => e.scope === 'inventory') ||
        inventory.regions.every(region => failed.has(region));
    return {
        inventory: listing ? 'deep' : 'tagging',
        regions: inventory.regions,
        listedTypes: listing?.types ?? [],
        notListed,
        regionErrors: [
            ...inventory.errors.map(({ scope, message }) => ({ scope, message })),
            ...notListed.map(({ types, region, message }) => ({
                scope: scopeOf(types.join(', '), region),
                message
            }))
        ],
        resources,
        ownedByOthers: owned.sorted(),
        managed,
        ignored,
        madeByAws: madeByAwsCounts,
        coverage: nothingScanned ? null : coverage(managed, resources.length),
        blindSpots: blindSpots(listing, notListed),
        durationMs: Math.max(inventory.finishedAt, listing?.finishedAt ?? 0) - inventory.startedAt
    };
}
function scopeOf(type, region) {
    return region ? `${type} in ${region}` : type;
}
function notListedEntry(fault) {
    const { types, region, action, message } = fault;
    return { types, ...(region ? { region } : {}), action, message };
}
/** Names every import block's `to` in list order: names go in order, `_2` to the second. */
function nameImportBlocks(resources) {
    const names = new ImportNames();
    // `type.` once per type (the list is in type order), not once per resource: every `to` lives
    // as long as the report, and one string fewer each is less for the garbage collector to copy.
    let type;
    let prefix = '';
    let namesOfType;
    for (let i = 0; i < resources.length; i++) {
        const resource = resources[i];
        if (!resource.importBlock)
            continue;
        if (resource.type !== type || !namesOfType) {
            type = resource.type;
            prefix = `${type}.`;
            namesOfType = names.of(type);
        }
        resource.importBlock.to = prefix + namesOfType.next(resource.id);
    }
}
/** What this inventory could not see, exactly: the types not listed and why, the rest by tag. */
function blindSpots(listing, notListed = []) {
    if (!listing)
        return BLIND_SPOTS;
    const failed = notListed.length > 0
        ? ` Not listed this time, so seen only if tagged: ${notListed.map(f => `${scopeOf(f.types.join(', '), f.region)} (${f.action})`).join('; ')}.`
        : '';
    return (`Listed directly: ${listing.types.length} types (see the README). Other types are seen only when they carry tags, ` +
        `and regions not scanned are not seen.${failed}`);
}
/** What the ignore rules match: the import id (driftctl's id) and the short name, once each. */
function ignoreSubject(resource, identity) {
    const { importId, id } = identity;
    const ids = importId ? (id && id !== importId ? [importId, id] : [importId]) : id ? [id] : [];
    return { arn: resource.arn ?? '', type: identity.type, ids, tags: resource.tags };
}
/** The section when the resources could not be sorted, with the reason. */
function skippedInventory(regions, reason, regionErrors = [], durationMs = 0, listing) {
    const notListed = (listing?.faults ?? []).map(notListedEntry);
    return {
        inventory: listing ? 'deep' : 'tagging',
        regions,
        skipped: reason,
        listedTypes: listing?.types ?? [],
        notListed,
        regionErrors,
        resources: [],
        ownedByOthers: [],
        managed: 0,
        ignored: 0,
        madeByAws: {},
        coverage: null,
        blindSpots: blindSpots(listing, notListed),
        durationMs
    };
}
const NO_REGION = 'no AWS region to scan for unmanaged resources: set the aws-regions input or AWS_REGION (or set scan-unmanaged to false)';
/**
 * The unmanaged section, or why there is none. When a working directory could not be planned,
 * its resources are unknown and would all look unmanaged: nothing is classified then, since a
 * false "unmanaged" costs more trust than a missing one.
 */
function unmanagedReport(input) {
    const { inventory, listing } = input;
    if (!inventory || input.regions.length === 0) {
        return skippedInventory([], NO_REGION, [{ scope: 'inventory', message: NO_REGION }]);
    }
    const errors = inventory.errors.map(({ scope, message }) => ({ scope, message }));
    const durationMs = inventory.finishedAt - inventory.startedAt;
    const failed = input.labels.filter((_, i) => !input.plans[i]);
    if (failed.length > 0) {
        return skippedInventory(input.regions, `not classified because ${failed.map(label => `'${label}'`).join(', ')} could not be planned: what ${failed.length === 1 ? 'it manages' : 'they manage'} would wrongly show as unmanaged`, errors, durationMs, listing);
    }
    const plans = input.plans;
    return classifyInventory({
        inventory,
        ...(listing ? { listing, accounted: accountedParts(plans, input.dynamicBlocks) } : {}),
        managed: managedSet(plans),
        ignoreFiles: input.ignoreFiles,
        disabledOwnershipRules: new Set(input.disabledOwnershipRules)
    });
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/collect/terraform/plan-reader.ts
/**
 * Reads `terraform show -json` output as it streams out of terraform, keeping only what
 * Driftwatch reads. A plan states every resource up to four times (planned_values, prior_state,
 * and resource_changes' before and after); for a large root that is hundreds of megabytes, which
 * a plain JSON.parse of the whole text holds at once, several times over. Here the text is never
 * held whole: `planned_values` is skipped unparsed, and so is every `resource_changes` entry whose
 * action is `no-op` (its values are prior_state's). Everything else is parsed as it completes.
 *
 * What is dropped is what no analysis reads: drift comes from resource_drift, pending changes
 * from the other resource_changes entries, managed resources and their secrets from prior_state,
 * and outputs' secrets from output_changes.
 *
 * Cost: most bytes are only looked at for brackets and string bounds (scan), and
 * decoded only to be parsed. A no-op entry is told from its first bytes, looked at ahead in the
 * chunk, then skipped like planned_values. A kept value is never gathered into one string: for
 * prior_state, a quarter of the plan, that text, the copies it is joined from and its decoding
 * would all be new memory, at once. Instead each value that closes within a chunk (a resource,
 * mostly) is parsed from the chunk, and only the few containers a chunk's end cuts through are
 * put together here (Assembler).
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/** `[` and `]` differ from `{` and `}` by this bit alone: one test covers both kinds. */
const BRACKET_BIT = 0x20;
const SKIPPED = new Set(['planned_values']);
const BY_ELEMENT = new Set(['resource_changes']);
/**
 * An entry whose own `change.actions` is `["no-op"]`: before "change", only strings and plain
 * values (no nested object or array), so the match is the entry's key and not a nested one.
 */
const NO_OP = /^\s*\{(?:[^{}[\]"]|"(?:[^"\\]|\\.)*")*?"change"\s*:\s*\{\s*"actions"\s*:\s*\[\s*"no-op"\s*\]\s*[,}]/;
/** NO_OP is tried on this many characters of an entry, however long the entry. */
const NO_OP_CHARS = 4096;
/**
 * Bytes whose decoding holds at least NO_OP_CHARS whole characters, even with one cut at the end: a
 * UTF-16 unit never takes over 3 bytes.
 */
const NO_OP_BYTES = (NO_OP_CHARS + 1) * 3;
/**
 * Bytes of an entry first looked at: terraform's keys before "change" (address, module_address,
 * mode, type, name, index, provider_name) take a few hundred.
 */
const FIRST_LOOK = 512;
function isWhitespace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
/** Whether an entry starting with `text` is a no-op, as far as NO_OP can tell from it. */
function matchesNoOp(text) {
    return NO_OP.test(text.length > NO_OP_CHARS ? text.slice(0, NO_OP_CHARS) : text);
}
/**
 * Whether the entry starting at `at` is a no-op, from up to `available` bytes: `short` when those
 * ran out before NO_OP could be sure. A match in bytes past the entry's end is still the entry's:
 * NO_OP ends inside the entry's own "change" object.
 */
function lookAhead(bytes, at, available) {
    for (let size = FIRST_LOOK;; size *= 8) {
        const seen = Math.min(size, available, NO_OP_BYTES);
        const text = bytes.toString('utf8', at, at + seen);
        if (matchesNoOp(text))
            return 'no-op';
        if (seen >= NO_OP_BYTES)
            return 'other';
        // Terraform writes "actions" first in "change": with it in view, more bytes would not help.
        if (text.includes('"actions"'))
            return 'other';
        if (seen === available)
            return 'short';
    }
}
/** What scan found when the chunk ended first: outside any string, or inside one. */
const CUT = -1;
const CUT_IN_STRING = -2;
/** Where scan was when the chunk ended first: the depth, and past the end if after a \. */
let cutDepth = 0;
let cutAt = 0;
/**
 * From `from` (not in a string) at `depth`: the index of the bracket that takes the depth down
 * from `closing`, or a CUT code when the chunk ends first. Nearly every byte of the plan goes
 * through this loop, skipped or kept. It is one function so that V8 compiles it hot once, and its
 * seldom-run branches hold no operation V8 keeps feedback for: the first run of one (a backslash
 * may first come megabytes in) would throw the compiled loop away.
 */
function scan(chunk, from, depth, closing) {
    const n = chunk.length;
    let i = from;
    while (i < n) {
        const byte = chunk[i];
        if (byte === QUOTE) {
            i++;
            for (;;) {
                if (i >= n) {
                    cutDepth = depth;
                    cutAt = i;
                    return CUT_IN_STRING;
                }
                const inner = chunk[i];
                if (inner === QUOTE)
                    break;
                i += inner === BACKSLASH ? 2 : 1;
            }
        }
        else if ((byte | BRACKET_BIT) === CLOSE_OBJECT) {
            if (depth === closing)
                return i;
            depth--;
        }
        else if ((byte | BRACKET_BIT) === OPEN_OBJECT) {
            depth++;
        }
        i++;
    }
    cutDepth = depth;
    return CUT;
}
/** Where the object or array opening at `at` ends (the index after it), or -1 if not in the chunk. */
function closeOf(chunk, at) {
    const close = scan(chunk, at, 0, 1);
    return close < 0 ? -1 : close + 1;
}
/**
 * Where the string whose contents start at `from` ends (the index after its closing quote), or
 * -1 when the chunk ends first, then with `cut.escaped` set if a backslash ended the chunk.
 */
function stringEnd(chunk, from, cut) {
    const n = chunk.length;
    let i = from;
    if (cut.escaped) {
        cut.escaped = false;
        i++;
    }
    for (;;) {
        if (i >= n) {
            cut.escaped = i > n;
            return -1;
        }
        const byte = chunk[i++];
        if (byte === QUOTE)
            return i;
        if (byte === BACKSLASH)
            i++;
    }
}
/** Where a number, true, false or null starting at `from` ends, or -1 when the chunk ends first. */
function plainEnd(chunk, from) {
    for (let i = from; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === COMMA || (byte | BRACKET_BIT) === CLOSE_OBJECT || isWhitespace(byte))
            return i;
    }
    return -1;
}
/** Bytes of one value cut by chunk ends, copied: the caller may reuse its buffer. */
class Pieces {
    parts = [];
    size = 0;
    add(chunk, from, to = chunk.length) {
        if (to <= from)
            return;
        this.parts.push(Buffer.from(chunk.subarray(from, to)));
        this.size += to - from;
    }
    /** The value's text, ending with `last` (the rest of it, in the current chunk). */
    text(last) {
        const parts = this.parts;
        this.parts = [];
        this.size = 0;
        if (parts.length === 0)
            return last.toString('utf8');
        parts.push(last);
        return Buffer.concat(parts).toString('utf8');
    }
    /** The bytes so far, then `more`. */
    with(more) {
        return Buffer.concat([...this.parts, more]);
    }
    clear() {
        this.parts = [];
        this.size = 0;
    }
}
/** JSON that does not parse, for write to report as the plan's. */
class JsonError extends Error {
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new JsonError(error.message);
    }
}
/** What an Assembler frame reads next. */
const VALUE = 0;
const FIRST_VALUE = 1;
const KEY = 2;
const FIRST_KEY = 3;
const COLON_NEXT = 4;
const COMMA_OR_CLOSE = 5;
/**
 * Builds one object or array as JSON.parse would, chunk by chunk: what closes within a chunk is
 * parsed from it, and only the containers a chunk's end cuts through are put together here, key
 * by key. A string or plain value cut by a chunk's end is gathered (Pieces) and parsed once whole.
 */
class Assembler {
    value;
    done = false;
    frames = [];
    expect = VALUE;
    partial;
    pieces = new Pieces();
    cut = { escaped: false };
    /** Reads from `from` on: returns where the value ended (the index after it), or the length. */
    write(chunk, from) {
        const n = chunk.length;
        let i = from;
        if (this.partial) {
            i = this.finishPartial(chunk, i);
            if (i < 0)
                return n;
        }
        while (i < n && !this.done) {
            const byte = chunk[i];
            if (isWhitespace(byte)) {
                i++;
                continue;
            }
            const expect = this.expect;
            if (expect === COMMA_OR_CLOSE) {
                if (byte === COMMA) {
                    this.expect = this.frames[this.frames.length - 1].isArray ? VALUE : KEY;
                    i++;
                }
                else {
                    i = this.close(byte, i);
                }
            }
            else if ((expect === FIRST_VALUE && byte === CLOSE_ARRAY) ||
                (expect === FIRST_KEY && byte === CLOSE_OBJECT)) {
                i = this.close(byte, i);
            }
            else if (expect === VALUE || expect === FIRST_VALUE) {
                i = this.readValue(chunk, i);
            }
            else if (expect === KEY || expect === FIRST_KEY) {
                if (byte !== QUOTE)
                    throw unexpected(byte, 'where a key belongs');
                i = this.readString(chunk, i, 'key');
            }
            else {
                if (byte !== COLON)
                    throw unexpected(byte, 'after a key');
                this.expect = VALUE;
                i++;
            }
        }
        return i;
    }
    readValue(chunk, at) {
        const byte = chunk[at];
        if ((byte | BRACKET_BIT) === OPEN_OBJECT) {
            const end = closeOf(chunk, at);
            if (end >= 0) {
                this.add(parseJson(chunk.toString('utf8', at, end)));
                return end;
            }
            const isArray = byte === OPEN_ARRAY;
            this.frames.push({ container: isArray ? [] : {}, isArray, key: '' });
            this.expect = isArray ? FIRST_VALUE : FIRST_KEY;
            return at + 1;
        }
        if (byte === QUOTE)
            return this.readString(chunk, at, 'string');
        const end = plainEnd(chunk, at);
        if (end < 0) {
            this.partial = 'plain';
            this.pieces.add(chunk, at);
            return chunk.length;
        }
        this.add(parseJson(chunk.toString('utf8', at, end)));
        return end;
    }
    readString(chunk, at, kind) {
        const end = stringEnd(chunk, at + 1, this.cut);
        if (end < 0) {
            this.partial = kind;
            this.pieces.add(chunk, at);
            return chunk.length;
        }
        this.took(kind, parseJson(chunk.toString('utf8', at, end)));
        return end;
    }
    /** Goes on with a string or plain value the last chunk cut: -1 while this chunk cuts it too. */
    finishPartial(chunk, from) {
        const kind = this.partial;
        const end = kind === 'plain' ? plainEnd(chunk, from) : stringEnd(chunk, from, this.cut);
        if (end < 0) {
            this.pieces.add(chunk, from);
            return -1;
        }
        this.partial = undefined;
        this.took(kind, parseJson(this.pieces.text(chunk.subarray(from, end))));
        return end;
    }
    took(kind, value) {
        if (kind !== 'key') {
            this.add(value);
            return;
        }
        this.frames[this.frames.length - 1].key = value;
        this.expect = COLON_NEXT;
    }
    close(byte, at) {
        const frame = this.frames.pop();
        if (byte !== (frame.isArray ? CLOSE_ARRAY : CLOSE_OBJECT)) {
            throw unexpected(byte, `in ${frame.isArray ? 'an array' : 'an object'}`);
        }
        this.add(frame.container);
        return at + 1;
    }
    add(value) {
        const frame = this.frames[this.frames.length - 1];
        if (!frame) {
            this.value = value;
            this.done = true;
        }
        else if (frame.isArray) {
            ;
            frame.container.push(value);
        }
        else if (frame.key === '__proto__') {
            // As JSON.parse does: a key, not the object's prototype.
            Object.defineProperty(frame.container, frame.key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
        else {
            ;
            frame.container[frame.key] = value;
        }
        this.expect = COMMA_OR_CLOSE;
    }
}
function unexpected(byte, where) {
    return new JsonError(`Unexpected ${JSON.stringify(String.fromCharCode(byte))} ${where}`);
}
class PlanReader {
    result = {};
    depth = 0;
    inString = false;
    /** Inside a string, a backslash ended the last chunk. */
    cut = { escaped: false };
    started = false;
    finished = false;
    /** At depth 1: the next string is a key. */
    expectKey = false;
    keyParts;
    captureKeyFrom = 0;
    key = '';
    /** At depth 1, after a key's colon: the next non-blank byte starts its value. */
    expectValue = false;
    mode = 'keep';
    /**
     * The depth a skipped value (or, in resource_changes, an entry) closes back to: deeper than
     * this, nothing but depth and strings matter, and scanInside reads on alone.
     */
    floor = 1;
    /** The top-level value being read. */
    valueKind;
    /** A kept object or array, put together as it comes. */
    assembler;
    /** A kept string or plain value, or resource_changes entry: where it goes on in this chunk. */
    capture = false;
    captureFrom = -1;
    pieces = new Pieces();
    /** resource_changes: the array's elements. */
    elements = [];
    /** The resource_changes entry being read: skipped once known to be a no-op, else captured. */
    element;
    /**
     * A captured entry whose start a chunk's end cut short is looked at again once this many of its
     * bytes are at hand (0: not); doubling, lest tiny chunks make it quadratic.
     */
    lookAgain = 0;
    /** Bytes seen, for messages. */
    bytes = 0;
    write(chunk) {
        try {
            this.read(chunk);
        }
        catch (error) {
            if (error instanceof JsonError)
                throw this.error(error.message);
            throw error;
        }
    }
    read(chunk) {
        const n = chunk.length;
        let i = 0;
        if (this.capture)
            this.captureFrom = 0;
        if (this.lookAgain && this.pieces.size + n >= this.lookAgain)
            this.lookAgainAt(chunk);
        while (i < n) {
            if (this.assembler) {
                i = this.assembler.write(chunk, i);
                if (!this.assembler.done)
                    break;
                this.result[this.key] = this.assembler.value;
                this.assembler = undefined;
                this.valueKind = undefined;
                this.mode = 'keep';
                continue;
            }
            if (this.depth > this.floor) {
                i = this.scanInside(chunk, i);
                if (i === n)
                    break;
            }
            if (this.inString) {
                i = this.inStringAt(chunk, i);
                continue;
            }
            const byte = chunk[i];
            if (isWhitespace(byte)) {
                i++;
                continue;
            }
            if (!this.started) {
                if (byte !== OPEN_OBJECT)
                    throw this.error('it does not start with {');
                this.started = true;
                this.depth = 1;
                this.expectKey = true;
                i++;
                continue;
            }
            if (this.depth === 0)
                throw this.error('text after the end of the plan');
            if (this.depth === 1 && this.expectValue) {
                this.startValue(byte, i);
                if (this.assembler)
                    continue;
            }
            switch (byte) {
                case QUOTE:
                    this.inString = true;
                    if (this.depth === 1 && this.expectKey)
                        this.keyParts = [];
                    i++;
                    if (this.keyParts)
                        this.captureKeyFrom = i;
                    continue;
                case OPEN_OBJECT:
                case OPEN_ARRAY:
                    this.depth++;
                    if (this.mode === 'elements' && this.depth === 3 && byte === OPEN_OBJECT) {
                        this.startElement(chunk, i);
                    }
                    break;
                case CLOSE_OBJECT:
                case CLOSE_ARRAY:
                    if (this.depth === 1 && this.valueKind === 'primitive')
                        this.endValue(chunk, i);
                    this.depth--;
                    if (this.depth === 2 && this.element !== undefined)
                        this.endElement(chunk, i + 1);
                    else if (this.depth === 1 && this.valueKind === 'container')
                        this.endValue(chunk, i + 1);
                    if (this.depth === 0)
                        this.finished = true;
                    break;
                case COMMA:
                    if (this.depth === 1) {
                        if (this.valueKind === 'primitive')
                            this.endValue(chunk, i);
                        this.expectKey = true;
                    }
                    break;
                case COLON:
                    if (this.depth === 1)
                        this.expectValue = true;
                    break;
            }
            i++;
        }
        if (this.inString && this.keyParts) {
            this.keyParts.push(Buffer.from(chunk.subarray(this.captureKeyFrom)));
            this.captureKeyFrom = 0;
        }
        if (this.capture)
            this.pieces.add(chunk, this.captureFrom);
        this.bytes += n;
    }
    /**
     * Deeper than `floor` in a skipped value or an entry: reads on until the byte that brings the
     * depth back to `floor`, and returns its index (left for read to handle), or the chunk's length.
     */
    scanInside(chunk, from) {
        let i = from;
        if (this.inString) {
            i = stringEnd(chunk, i, this.cut);
            if (i < 0)
                return chunk.length;
            this.inString = false;
        }
        const close = scan(chunk, i, this.depth, this.floor + 1);
        if (close >= 0) {
            this.depth = this.floor + 1;
            return close;
        }
        this.depth = cutDepth;
        this.inString = close === CUT_IN_STRING;
        this.cut.escaped = this.inString && cutAt > chunk.length;
        return chunk.length;
    }
    /** Inside a string at `i`: returns where scanning goes on. Strings are skipped natively. */
    inStringAt(chunk, i) {
        if (this.cut.escaped) {
            this.cut.escaped = false;
            return i + 1;
        }
        const quote = chunk.indexOf(QUOTE, i);
        if (quote < 0) {
            this.cut.escaped = trailingBackslashes(chunk, i, chunk.length) % 2 === 1;
            return chunk.length;
        }
        if (trailingBackslashes(chunk, i, quote) % 2 === 1)
            return quote + 1;
        this.inString = false;
        if (this.keyParts) {
            this.keyParts.push(chunk.subarray(this.captureKeyFrom, quote));
            this.key = Buffer.concat(this.keyParts).toString('utf8');
            this.keyParts = undefined;
            this.expectKey = false;
        }
        else if (this.depth === 1 && this.valueKind === 'string') {
            this.endValue(chunk, quote + 1);
        }
        return quote + 1;
    }
    startValue(byte, at) {
        this.expectValue = false;
        this.mode = SKIPPED.has(this.key) ? 'skip' : BY_ELEMENT.has(this.key) ? 'elements' : 'keep';
        this.valueKind =
            byte === OPEN_OBJECT || byte === OPEN_ARRAY
                ? 'container'
                : byte === QUOTE
                    ? 'string'
                    : 'primitive';
        if (this.mode === 'elements' && byte !== OPEN_ARRAY)
            this.mode = 'keep';
        if (this.mode === 'elements')
            this.floor = 2;
        if (this.mode === 'keep' && this.valueKind === 'container')
            this.assembler = new Assembler();
        else if (this.mode === 'keep') {
            this.capture = true;
            this.captureFrom = at;
        }
    }
    endValue(chunk, end) {
        if (this.mode === 'keep') {
            this.capture = false;
            this.result[this.key] = parseJson(this.pieces.text(chunk.subarray(this.captureFrom, end)));
        }
        if (this.mode === 'elements')
            this.result[this.key] = this.elements;
        this.elements = [];
        this.valueKind = undefined;
        this.mode = 'keep';
        this.floor = 1;
    }
    /**
     * An entry opens at `at`: judged on the bytes the chunk already holds, so that a no-op is
     * skipped without being copied or decoded. An entry not known to be a no-op is captured, and
     * judged for good by endElement on its whole text, as NO_OP always was: looking ahead only
     * saves work.
     */
    startElement(chunk, at) {
        const ahead = lookAhead(chunk, at, chunk.length - at);
        this.lookAgain = ahead === 'short' ? Math.min(2 * (chunk.length - at), NO_OP_BYTES) : 0;
        this.element = ahead === 'no-op' ? 'skip' : 'keep';
        this.capture = this.element === 'keep';
        this.captureFrom = at;
    }
    /** The captured entry's start was cut by the last chunk's end: now with this chunk's too. */
    lookAgainAt(chunk) {
        const wanted = Math.max(0, Math.min(chunk.length, NO_OP_BYTES - this.pieces.size));
        const start = this.pieces.with(chunk.subarray(0, wanted));
        const ahead = lookAhead(start, 0, start.length);
        this.lookAgain = ahead === 'short' ? Math.min(2 * start.length, NO_OP_BYTES) : 0;
        if (ahead === 'no-op') {
            this.element = 'skip';
            this.capture = false;
            this.pieces.clear();
        }
    }
    endElement(chunk, end) {
        const kept = this.element === 'keep';
        this.element = undefined;
        this.lookAgain = 0;
        if (!kept)
            return;
        this.capture = false;
        const text = this.pieces.text(chunk.subarray(this.captureFrom, end));
        if (!matchesNoOp(text))
            this.elements.push(parseJson(text));
    }
    error(why) {
        return new Error(`the plan JSON could not be parsed (${why})`);
    }
    /** The plan, once the whole text was written. */
    end() {
        if (!this.started)
            throw this.error('it is empty');
        if (!this.finished || this.inString)
            throw this.error(`it ends early, after ${this.bytes} bytes: truncated?`);
        if (typeof this.result.format_version !== 'string') {
            throw new Error('the plan JSON has no format_version: is this the output of `terraform show -json`?');
        }
        return this.result;
    }
}
/** How many backslashes stand right before `end`, not looking before `from`. */
function trailingBackslashes(chunk, from, end) {
    let count = 0;
    for (let j = end - 1; j >= from && chunk[j] === BACKSLASH; j--)
        count++;
    return count;
}
/** Reads a whole plan text the way the stream is read (tests, benchmarks). */
function readPlanText(text, chunkSize = 1 << 16) {
    const reader = new PlanReader();
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    for (let at = 0; at < bytes.length; at += chunkSize)
        reader.write(bytes.subarray(at, at + chunkSize));
    return reader.end();
}

;// CONCATENATED MODULE: ./src/inputs/options.ts

/**
 * Every input is read here, once, into one typed object; nothing else reads an input.
 * Parsing is a pure function of a getter so tests can call it directly.
 */
const FAIL_ON = ['drift', 'unmanaged', 'any', 'never'];
/** The least severity a finding needs to fail the step; `none` lets every finding count. */
const FAIL_ON_SEVERITY = ['none', 'low', 'medium', 'high', 'critical'];
/** Where findings go beyond the job summary; `auto` picks by trigger (see publishTargets). */
const PUBLISH = ['auto', 'comment', 'issue', 'none'];
/** `deep` adds a direct listing of the common types to the Tagging API's inventory. */
const INVENTORY = ['deep', 'tagging'];
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** Items of a list input: one per line or comma-separated, blanks and `#` comments dropped. */
function parseList(value) {
    return value
        .split(/[\n,]/)
        .map(item => item.replace(/#.*$/, '').trim())
        .filter(item => item.length > 0);
}
function uniqueList(value) {
    return [...new Set(parseList(value))];
}
function trimmed(value) {
    return value.trim();
}
/** Comments alone leave the list empty: that is the default too. */
function parseDirectories(value) {
    const dirs = uniqueList(value);
    return dirs.length > 0 ? dirs : ['.'];
}
function parseBoolean(value, field) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* InputError */.dz(field, `must be true or false, got '${value.trim()}'.`);
}
function choiceOf(choices) {
    return (value, field) => {
        const v = value.trim().toLowerCase();
        if (choices.includes(v))
            return v;
        throw new errors/* InputError */.dz(field, `must be one of ${choices.join(', ')}; got '${value.trim()}'.`);
    };
}
/** Splits extra CLI arguments the way a shell would for simple quoting: `-var 'a=b c'`. */
function splitArgs(value, field) {
    const args = [];
    let current;
    let quote;
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\\' && quote === '"' && i + 1 < value.length)
                current += value[++i];
            else
                current += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            current ??= '';
        }
        else if (/\s/.test(ch)) {
            if (current !== undefined)
                args.push(current);
            current = undefined;
        }
        else if (ch === '\\' && i + 1 < value.length) {
            current = (current ?? '') + value[++i];
        }
        else {
            current = (current ?? '') + ch;
        }
    }
    if (quote)
        throw new errors/* InputError */.dz(field, `has an unclosed ${quote} quote: ${value.trim()}`);
    if (current !== undefined)
        args.push(current);
    return args;
}
function parseRegions(value, field) {
    const listed = parseList(value);
    const { env } = field;
    const regions = listed.length > 0 ? listed : [env.AWS_REGION || env.AWS_DEFAULT_REGION || ''].filter(Boolean);
    const bad = regions.find(region => !REGION.test(region));
    if (bad !== undefined) {
        throw new errors/* InputError */.dz(field, `has '${bad}', which is not an AWS region name such as eu-west-1.`);
    }
    return [...new Set(regions)];
}
/** `auto`, `none`, or a list of `comment` and `issue`. */
function parsePublishList(value, field) {
    const items = uniqueList(value.toLowerCase());
    if (items.length === 0)
        return ['auto'];
    const unknown = items.find(item => !PUBLISH.includes(item));
    if (unknown !== undefined) {
        throw new errors/* InputError */.dz(field, `must be auto, comment, issue, 'comment, issue' or none; got '${unknown}'.`);
    }
    if (items.length > 1 && (items.includes('auto') || items.includes('none'))) {
        throw new errors/* InputError */.dz(field, `takes auto or none alone; list only comment and issue together.`);
    }
    return items;
}
function parseLabel(value, field) {
    const label = value.trim();
    if (label.length > 50 || label.includes(',')) {
        throw new errors/* InputError */.dz(field, `must be one label name of at most 50 characters without commas.`);
    }
    return label;
}
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
function parseRoleArn(value, field) {
    const role = value.trim();
    if (role === '')
        return undefined;
    if (!ROLE_ARN.test(role)) {
        throw new errors/* InputError */.dz(field, `must be a role ARN such as arn:aws:iam::123456789012:role/drift-readonly; got '${role}'.`);
    }
    return role;
}
/** Which ids exist is the analysis's to say: the pipeline checks them before anything runs. */
function parseOwnershipRules(value) {
    return uniqueList(value.toLowerCase());
}
const TYPE_GLOB = /^[a-z0-9_*?]+$/;
/** Globs on Terraform type names; which listed types they match is decided with the listers. */
function parseTypeGlobs(value, field) {
    const globs = uniqueList(value.toLowerCase());
    const bad = globs.find(glob => !TYPE_GLOB.test(glob));
    if (bad !== undefined) {
        throw new errors/* InputError */.dz(field, `has '${bad}', which is not a Terraform type name or glob such as aws_iam_* or aws_security_group.`);
    }
    return globs;
}
/**
 * Every input: its name in action.yml, its default, its parser and its CLI flag. The Action's
 * reader, the CLI's flags and every message naming an input come from here. In parsing order.
 */
const INPUTS = {
    workingDirectories: { input: 'working-directory', default: '.', parse: parseDirectories },
    terraformInit: {
        input: 'terraform-init',
        default: 'true',
        parse: parseBoolean,
        option: { name: 'no-init', form: 'off' }
    },
    initArgs: { input: 'init-args', default: '', parse: splitArgs, option: { name: 'init-args' } },
    planArgs: { input: 'plan-args', default: '', parse: splitArgs, option: { name: 'plan-args' } },
    varFiles: {
        input: 'var-files',
        default: '',
        parse: parseList,
        option: { name: 'var-file', form: 'list' }
    },
    failOn: {
        input: 'fail-on',
        default: 'any',
        parse: choiceOf(FAIL_ON),
        option: { name: 'fail-on' }
    },
    failOnSeverity: {
        input: 'fail-on-severity',
        default: 'none',
        parse: choiceOf(FAIL_ON_SEVERITY),
        option: { name: 'fail-on-severity' }
    },
    // A terminal user asks for a report file; the Action always writes one.
    reportPath: {
        input: 'report-path',
        default: 'driftwatch-report.json',
        parse: trimmed,
        option: { name: 'report' },
        cliDefault: ''
    },
    sarifPath: { input: 'sarif-path', default: '', parse: trimmed, option: { name: 'sarif' } },
    githubToken: { input: 'github-token', default: '', parse: trimmed },
    awsRegions: {
        input: 'aws-regions',
        default: '',
        parse: parseRegions,
        option: { name: 'regions' }
    },
    // Nothing goes to GitHub from a terminal.
    publish: { input: 'publish', default: 'auto', parse: parsePublishList, cliDefault: 'none' },
    issueLabel: { input: 'issue-label', default: 'drift', parse: parseLabel },
    annotations: {
        input: 'annotations',
        default: 'true',
        parse: parseBoolean,
        cliDefault: 'false'
    },
    scanUnmanaged: {
        input: 'scan-unmanaged',
        default: 'true',
        parse: parseBoolean,
        option: { name: 'no-unmanaged', form: 'off' }
    },
    inventory: {
        input: 'inventory',
        default: 'deep',
        parse: choiceOf(INVENTORY),
        option: { name: 'inventory' }
    },
    inventoryTypes: {
        input: 'inventory-types',
        default: '',
        parse: parseTypeGlobs,
        option: { name: 'inventory-types' }
    },
    roleToAssume: {
        input: 'role-to-assume',
        default: '',
        parse: parseRoleArn,
        option: { name: 'role-to-assume' }
    },
    ignoreFile: {
        input: 'ignore-file',
        default: '',
        parse: value => value.trim() || undefined,
        option: { name: 'ignore-file' }
    },
    disabledOwnershipRules: {
        input: 'disable-ownership-rules',
        default: '',
        parse: parseOwnershipRules
    }
};
const INPUT_KEYS = Object.keys(INPUTS);
/**
 * `Input 'fail-on'` where a workflow sets it, `Option '--fail-on'` on the command line; of two,
 * `Inputs 'report-path' and 'sarif-path'` or `Options '--report' and '--sarif'`.
 */
function labelOf(specs, surface) {
    const flags = surface === 'cli' && specs.every(spec => spec.option);
    const names = specs.map(spec => (flags ? `'--${spec.option?.name}'` : `'${spec.input}'`));
    return `${flags ? 'Option' : 'Input'}${specs.length > 1 ? 's' : ''} ${names.join(' and ')}`;
}
/**
 * The input an error is about, named as the surface it is set on names it: for checks outside
 * the parsers (var files, the ignore file, inventory types, report paths), so no one rewrites
 * their messages.
 * Of two inputs that clash, the error carries the second, the one its message asks to change.
 */
function inputField(key, surface = 'action') {
    const specs = (typeof key === 'string' ? [key] : key).map(k => INPUTS[k]);
    return { input: specs[specs.length - 1].input, label: labelOf(specs, surface) };
}
/** One input from its raw value; an empty one takes the default of the surface it is set on. */
function parseInput(key, raw, surface = 'action', env = process.env) {
    const spec = INPUTS[key];
    const fallback = surface === 'cli' ? (spec.cliDefault ?? spec.default) : spec.default;
    const value = raw.trim() === '' ? fallback : raw;
    return spec.parse(value, { ...inputField(key, surface), env });
}
/** The inputs `keys` names, each read by its name in action.yml. */
function parseSome(keys, get, env = process.env, surface = 'action') {
    const entries = keys.map(key => [key, parseInput(key, get(INPUTS[key].input), surface, env)]);
    return Object.fromEntries(entries);
}
function parseInputs(get, env = process.env, surface = 'action') {
    return parseSome(INPUT_KEYS, get, env, surface);
}
// publish-targets.test.ts reads these two inputs on their own.
const parsePublish = (value) => parseInput('publish', value);
const parseIssueLabel = (value) => parseInput('issueLabel', value);
/**
 * An input as @actions/core's getInput reads it (`INPUT_` and the name upper-cased, spaces as
 * underscores, trimmed), without loading @actions/core before terraform starts (see
 * src/action/toolkit.ts).
 */
function envInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function readInputs(env = process.env) {
    return parseInputs(name => envInput(name, env), env);
}
/**
 * Where the run comes from, from the variables every GitHub runner sets; for a pull request, the
 * head commit from the event payload.
 */

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/collect/terraform/process.ts

/**
 * Runs a program without a shell and without echoing anything: terraform's output can hold
 * secrets, so callers decide what, redacted, reaches the log.
 */
function runProcess(command, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const stdout = [];
        const stderr = [];
        const onStdout = options.onStdout;
        child.stdout.on('data', (chunk) => (onStdout ? onStdout(chunk) : stdout.push(chunk)));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        if (options.onSpawn)
            child.once('spawn', options.onSpawn);
        child.on('error', reject);
        child.on('close', (code, signal) => {
            resolve({
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8') + (signal ? `\nterminated by ${signal}` : '')
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/collect/terraform/run.ts









async function isExecutable(path) {
    try {
        await (0,promises_.access)(path, promises_.constants.X_OK);
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
/**
 * The terraform binary to run. hashicorp/setup-terraform's wrapper (a node script named
 * `terraform`, the real binary beside it as `terraform-bin`) adds its own lines to stdout and so
 * corrupts `show -json`: prefer the real binary whenever it is there.
 */
async function findTerraform(env = process.env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const wrapped = (0,external_node_path_.join)(dir, 'terraform-bin');
        if (await isExecutable(wrapped))
            return wrapped;
        const plain = (0,external_node_path_.join)(dir, 'terraform');
        if (await isExecutable(plain))
            return plain;
    }
    throw new errors/* UserError */.yo('terraform was not found on PATH: add a hashicorp/setup-terraform step before Driftwatch.');
}
/** The lines of terraform's stderr that say what went wrong, as one line. */
function terraformError(stderr, stdout = '') {
    const text = stderr.trim() ? stderr : stdout;
    const raw = text.split('\n');
    const start = raw.findIndex(line => /^│?\s*Error:/.test(line));
    if (start < 0) {
        const lines = raw.map(line => line.replace(/^[\s│╷╵]+/, '').trim()).filter(Boolean);
        return (0,errors/* oneLine */.TN)(lines.slice(-4).join(' '), 500) || 'no error message';
    }
    // The first diagnostic's summary and detail. The source excerpt terraform shows between them
    // (file and line, the line itself, the values it used) is left out: the detail is what says
    // what to do, and it would otherwise be cut off behind the excerpt.
    const kept = [];
    for (let i = start; i < raw.length; i++) {
        if (i > start && raw[i].startsWith('╵'))
            break;
        // The frame, when there is one, is the first column; what follows keeps its indentation.
        const body = raw[i].replace(/^[╷╵│]/, '');
        if (/^\s+(on \S.* line \d+|\d+:|├|│)/.test(body))
            continue;
        const line = body.trim();
        if (line)
            kept.push(line);
    }
    return (0,errors/* oneLine */.TN)(kept.join(' '), 500);
}
/** Rejects a working directory that cannot be a Terraform root, before terraform says so obscurely. */
async function checkWorkingDirectory(dir, label) {
    const absolute = (0,external_node_path_.resolve)(dir);
    let entries;
    try {
        if (!(await (0,promises_.stat)(absolute)).isDirectory()) {
            throw new errors/* UserError */.yo(`working-directory '${label}' is a file, not a directory.`);
        }
        entries = await (0,promises_.readdir)(absolute);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const code = error.code;
        if (code === 'ENOENT') {
            throw new errors/* UserError */.yo(`working-directory '${label}' does not exist (paths are relative to the repository root).`);
        }
        throw new errors/* UserError */.yo(`working-directory '${label}' cannot be read (${code ?? 'unknown error'}).`);
    }
    if (!entries.some(name => name.endsWith('.tf') || name.endsWith('.tf.json'))) {
        throw new errors/* UserError */.yo(`working-directory '${label}' has no .tf files: point it at a Terraform root module.`);
    }
    return absolute;
}
/**
 * Rejects a var file terraform could not read, before init: terraform would only say so once
 * init is done, without naming the input. Paths are resolved from the working directory, as
 * terraform resolves `-var-file`.
 */
async function checkVarFiles(cwd, label, varFiles, surface = 'action') {
    const field = inputField('varFiles', surface);
    for (const file of varFiles) {
        const where = (0,external_node_path_.isAbsolute)(file) ? '' : ` in working-directory '${label}'`;
        const named = `names '${file}', which`;
        try {
            if ((await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, file))).isDirectory()) {
                throw new errors/* InputError */.dz(field, `${named} is a directory${where}: name the variables file itself.`);
            }
            await (0,promises_.access)((0,external_node_path_.resolve)(cwd, file), promises_.constants.R_OK);
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            const code = error.code ?? 'unknown error';
            if (code === 'ENOENT' || code === 'ENOTDIR') {
                throw new errors/* InputError */.dz(field, where
                    ? `${named} does not exist${where} (var files are relative to each working directory).`
                    : `${named} does not exist.`);
            }
            throw new errors/* InputError */.dz(field, `${named} cannot be read${where} (${code}).`);
        }
    }
}
/** Written into `.terraform` after each init: the fingerprint that init was made for. */
const INIT_MARKER = 'driftwatch-init';
/** Plan errors that a fresh `terraform init` cures: a new module, backend or provider. */
const NEEDS_INIT = /terraform init|Module not installed|Backend initialization required|Inconsistent dependency lock file|Required plugins are not installed/i;
/**
 * What init's outcome depends on that can be read cheaply: the lock file (providers and their
 * checksums) and init's own arguments (backend configuration). Undefined without a lock file,
 * whose absence means init would choose providers itself.
 */
async function initFingerprint(cwd, initArgs) {
    let lock;
    try {
        lock = await (0,promises_.readFile)((0,external_node_path_.join)(cwd, '.terraform.lock.hcl'));
    }
    catch {
        return undefined;
    }
    return (0,external_node_crypto_.createHash)('sha256').update(lock).update('\0').update(initArgs.join('\0')).digest('hex');
}
async function initIsCurrent(cwd, initArgs) {
    const fingerprint = await initFingerprint(cwd, initArgs);
    if (!fingerprint)
        return false;
    try {
        return (await (0,promises_.readFile)((0,external_node_path_.join)(cwd, '.terraform', INIT_MARKER), 'utf8')).trim() === fingerprint;
    }
    catch {
        return false;
    }
}
async function markInitialised(cwd, initArgs) {
    const fingerprint = await initFingerprint(cwd, initArgs);
    if (!fingerprint)
        return;
    // Only a speed-up: a root that cannot take the marker is initialised every time.
    await (0,promises_.writeFile)((0,external_node_path_.join)(cwd, '.terraform', INIT_MARKER), `${fingerprint}\n`).catch(() => undefined);
}
/** Every sensitive value of the current state (`terraform show -json` without a plan). */
async function stateSecrets(run) {
    const show = await run(['show', '-json', '-no-color']).catch(() => undefined);
    if (!show || show.code !== 0)
        return new Set();
    try {
        const state = JSON.parse(show.stdout);
        return collectSecrets({ format_version: '', prior_state: { values: state.values } });
    }
    catch {
        return new Set();
    }
}
async function runTerraform(dir, label, options) {
    const cwd = await checkWorkingDirectory(dir, label);
    await checkVarFiles(cwd, label, options.varFiles, options.surface);
    const run = (args) => runProcess(options.binary, args, { cwd, env: options.env, onSpawn: options.onStarted });
    const fail = (step, stderr, stdout) => {
        throw new errors/* UserError */.yo(`terraform ${step} failed in '${label}': ${options.scrub(terraformError(stderr, stdout))}`);
    };
    const timings = { initMs: 0, planMs: 0, showMs: 0 };
    let started = Date.now();
    const init = async () => {
        const initStarted = Date.now();
        const result = await run(['init', '-input=false', '-no-color', ...options.initArgs]);
        if (result.code !== 0)
            fail('init', result.stderr, result.stdout);
        await markInitialised(cwd, options.initArgs);
        timings.initMs += Date.now() - initStarted;
    };
    // Init costs seconds even when it has nothing to do; a root this Action initialised with the
    // same lock file and arguments is skipped, and a plan that still asks for init gets one.
    const initSkipped = options.init && (await initIsCurrent(cwd, options.initArgs));
    if (options.init && !initSkipped)
        await init();
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'driftwatch-'));
    const planFile = (0,external_node_path_.join)(workDir, 'drift.tfplan');
    try {
        started = Date.now();
        const varFileArgs = options.varFiles.map(file => `-var-file=${file}`);
        const planArgs = [
            'plan',
            '-detailed-exitcode',
            '-input=false',
            '-lock=false',
            '-no-color',
            `-out=${planFile}`,
            ...varFileArgs,
            ...options.planArgs
        ];
        let plan = await run(planArgs);
        if (initSkipped && plan.code === 1 && NEEDS_INIT.test(plan.stderr)) {
            await init();
            started = Date.now();
            plan = await run(planArgs);
        }
        timings.planMs = Date.now() - started;
        if (plan.code !== 0 && plan.code !== 2) {
            // No plan means no list of secrets, yet terraform's message may quote one (a provider
            // error, a precondition's message): learn the state's secrets before scrubbing it.
            if (options.addSecrets)
                options.addSecrets(await stateSecrets(run));
            fail('plan', plan.stderr, plan.stdout);
        }
        started = Date.now();
        // Read as it streams: a large plan's JSON is never held whole (see plan-reader.ts).
        const reader = new PlanReader();
        let unreadable;
        const show = await runProcess(options.binary, ['show', '-json', '-no-color', planFile], {
            cwd,
            env: options.env,
            onStdout: chunk => {
                if (unreadable)
                    return;
                try {
                    reader.write(chunk);
                }
                catch (error) {
                    unreadable = error;
                }
            }
        });
        timings.showMs = Date.now() - started;
        if (show.code !== 0)
            fail('show -json', show.stderr);
        if (unreadable)
            throw unreadable;
        return { plan: reader.end(), planExitCode: plan.code, timings };
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/collect/terraform/directories.ts


/** Terraform spends its time waiting on the cloud's API, so even two cores run a few roots well. */
const PARALLEL_ROOTS = 4;
/**
 * Plans every working directory, a few at a time. A directory that fails is recorded with its
 * one-line reason and never stops the others.
 */
async function collectDirectories(dirs, options) {
    const results = new Array(dirs.length);
    let next = 0;
    const worker = async () => {
        while (next < dirs.length) {
            const i = next++;
            const started = Date.now();
            try {
                const run = await runTerraform(dirs[i], dirs[i], options);
                results[i] = { label: dirs[i], durationMs: Date.now() - started, run };
            }
            catch (error) {
                const message = error instanceof errors/* UserError */.yo ? error.message : `'${dirs[i]}': ${(0,errors/* messageOf */.bD)(error)}`;
                results[i] = {
                    label: dirs[i],
                    durationMs: Date.now() - started,
                    error: options.scrub(message)
                };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_ROOTS, dirs.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/collect/driftignore.ts

function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (ch === '\\' && i + 1 < glob.length)
            source += driftignore_escapeRegExp(glob[++i]);
        else if (ch === '*')
            source += '.*';
        else if (ch === '?')
            source += '.';
        else
            source += driftignore_escapeRegExp(ch);
    }
    return new RegExp(`^${source}$`, 's');
}
function driftignore_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Splits at dots that are not escaped, keeping escapes for globToRegExp. */
function splitDots(text) {
    const parts = [];
    let current = '';
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\' && i + 1 < text.length) {
            current += text[i] + text[i + 1];
            i++;
        }
        else if (text[i] === '.') {
            parts.push(current);
            current = '';
        }
        else {
            current += text[i];
        }
    }
    parts.push(current);
    return parts;
}
const TYPE = /^[A-Za-z0-9_:*?-]+$/;
const ARN_GLOB = /^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$/s;
/** Parses one line, or returns a reason it is invalid. Blank lines and comments give null. */
function parseLine(raw, line) {
    const text = raw.trim();
    if (text === '' || text.startsWith('#'))
        return null;
    const negate = text.startsWith('!');
    const body = negate ? text.slice(1).trim() : text;
    const base = { negate, line, text };
    if (body === '')
        return "'!' needs a rule after it";
    if (/\\$/.test(body.replace(/\\\\/g, '')))
        return 'a line cannot end with an unescaped backslash';
    if (body.startsWith('arn:')) {
        if (!ARN_GLOB.test(body)) {
            return `'${body}' is not an ARN glob: write arn:partition:service:region:account:resource, with * for any part`;
        }
        return { ...base, kind: 'arn', pattern: globToRegExp(body) };
    }
    if (body.startsWith('tag:')) {
        const rest = body.slice(4);
        const eq = rest.indexOf('=');
        if (eq < 0)
            return `a tag rule needs a value: write tag:${rest || 'Key'}=value (the value may be *)`;
        const key = rest.slice(0, eq).trim();
        if (key === '')
            return 'a tag rule needs a key: write tag:Key=value';
        return { ...base, kind: 'tag', key, value: globToRegExp(rest.slice(eq + 1).trim()) };
    }
    const parts = splitDots(body);
    if (parts.some(part => part === '')) {
        return `'${body}' has an empty part: write type.id, e.g. aws_s3_bucket.my-bucket (escape dots in ids as \\.)`;
    }
    if (!TYPE.test(parts[0])) {
        return `'${parts[0]}' is not a resource type: write type.id, e.g. aws_s3_bucket.my-bucket, or use arn: or tag: rules`;
    }
    if (parts.length === 1)
        return { ...base, kind: 'bare', pattern: globToRegExp(parts[0]) };
    if (parts.length === 2) {
        return { ...base, kind: 'resource', type: globToRegExp(parts[0]), id: globToRegExp(parts[1]) };
    }
    return { ...base, kind: 'field' };
}
/**
 * Parses a whole file. Every invalid line is reported (`file:line: reason`), so one run shows
 * all there is to fix; nothing of a file with an error is used.
 */
function parseIgnoreFile(text, file) {
    const rules = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const parsed = parseLine(raw, i + 1);
        if (typeof parsed === 'string')
            problems.push(`${file}:${i + 1}: ${parsed}`);
        else if (parsed)
            rules.push(parsed);
    });
    if (problems.length > 0)
        throw new errors/* UserError */.yo(problems.join('; '));
    return { file, rules };
}

;// CONCATENATED MODULE: ./src/collect/ignore-files.ts





/**
 * Reads the ignore files: the `ignore-file` input alone when set, else `.driftignore` in each
 * working directory that has one. Read before anything runs, so a bad line stops the step in
 * seconds rather than after every plan.
 */
async function loadIgnoreFiles(ignoreFile, workingDirectories, surface = 'action') {
    if (ignoreFile) {
        let text;
        try {
            text = await (0,promises_.readFile)(ignoreFile, 'utf8');
        }
        catch (error) {
            const code = error.code;
            const named = `names '${ignoreFile}', which`;
            const inside = `${ignoreFile.replace(/[\\/]+$/, '')}/.driftignore`;
            throw new errors/* InputError */.dz(inputField('ignoreFile', surface), code === 'ENOENT' || code === 'ENOTDIR'
                ? `${named} does not exist (paths are relative to the repository root).`
                : code === 'EISDIR'
                    ? `${named} is a directory: name the file itself, e.g. '${inside}'.`
                    : `${named} cannot be read (${code ?? 'unknown error'}).`);
        }
        return [parseIgnoreFile(text, ignoreFile)];
    }
    const files = [];
    for (const dir of workingDirectories) {
        const path = external_node_path_.posix.normalize(external_node_path_.posix.join(dir.replace(/\\/g, '/'), '.driftignore'));
        const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return undefined;
            throw new errors/* UserError */.yo(`${path} cannot be read (${error.code ?? 'unknown error'}).`);
        });
        if (text !== undefined)
            files.push(parseIgnoreFile(text, path));
    }
    return files;
}

// EXTERNAL MODULE: ./src/collect/aws/listing/types.ts
var types = __nccwpck_require__(7562);
;// CONCATENATED MODULE: ./src/collect/terraform/plugin-cache.ts





const PREFIX = 'driftwatch-tf-plugins';
/** Where providers are cached: TF_PLUGIN_CACHE_DIR when set, else a directory in RUNNER_TEMP. */
function pluginCacheDir(env) {
    return env.TF_PLUGIN_CACHE_DIR || (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'driftwatch-plugin-cache');
}
/** The Actions cache service is there: a runner sets one of these for every job. */
function cacheServiceAvailable(env) {
    return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
function runnerPlatform(env) {
    const os = env.RUNNER_OS || process.platform;
    const arch = env.RUNNER_ARCH || process.arch;
    return `${os}-${arch}`.toLowerCase();
}
/** Every working directory's lock file text, in a stable order of the directories. */
async function lockFiles(workingDirectories) {
    const locks = [];
    for (const dir of [...new Set(workingDirectories.map(d => (0,external_node_path_.resolve)(d)))].sort()) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, '.terraform.lock.hcl'), 'utf8').catch(() => undefined);
        if (text !== undefined)
            locks.push(text);
    }
    return locks;
}
/** `registry.terraform.io/hashicorp/aws/5.100.0` for every provider block of the lock files. */
function lockedProviders(locks) {
    const found = new Set();
    for (const lock of locks) {
        for (const block of lock.matchAll(/provider\s+"([^"]+)"\s*\{[^}]*?\bversion\s*=\s*"([^"]+)"/g))
            found.add(`${block[1]}/${block[2]}`);
    }
    return [...found].sort();
}
/**
 * `driftwatch-tf-plugins-linux-x64-<hash>`: the hash of every working directory's lock file, in a
 * stable order; undefined when none has one (providers would be chosen afresh: nothing to key on).
 */
async function pluginCacheKey(workingDirectories, env) {
    return keyOf(await lockFiles(workingDirectories), env);
}
function keyOf(locks, env) {
    if (locks.length === 0)
        return undefined;
    // The same providers in several roots are one set to cache: the contents, not the paths, count.
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const lock of [...new Set(locks)].sort())
        hash.update(lock).update('\0');
    return `${PREFIX}-${runnerPlatform(env)}-${hash.digest('hex').slice(0, 40)}`;
}
async function restorePluginCache(options) {
    const dir = pluginCacheDir(options.env);
    if (!cacheServiceAvailable(options.env)) {
        options.log.notice('Provider cache skipped: the Actions cache service is only there in GitHub Actions.');
        return { dir, hit: false };
    }
    const locks = await lockFiles(options.workingDirectories);
    const key = keyOf(locks, options.env);
    if (!key) {
        options.log.info('Provider cache skipped: no .terraform.lock.hcl to key it on.');
        return { dir, hit: false };
    }
    // A directory the user set is theirs: nothing in it is ever deleted.
    const keep = options.env.TF_PLUGIN_CACHE_DIR ? undefined : lockedProviders(locks);
    const state = (hit) => ({ dir, key, hit, ...(keep ? { keep } : {}) });
    try {
        const restored = await options.cache.restoreCache([dir], key, [
            `${PREFIX}-${runnerPlatform(options.env)}-`
        ]);
        options.log.info(restored
            ? `Provider cache restored from ${restored === key ? 'its key' : `an older key, ${restored}`}.`
            : 'Provider cache: nothing cached yet for these lock files.');
        return state(restored === key);
    }
    catch (error) {
        options.log.notice(`Provider cache not restored (${(0,errors/* oneLine */.TN)((0,errors/* messageOf */.bD)(error), 200)}); terraform init downloads providers instead.`);
        return state(false);
    }
}
async function savePluginCache(state, cache, log) {
    if (!state.key || state.hit)
        return;
    if (state.keep?.length)
        await prune(state.dir, new Set(state.keep));
    const entries = await (0,promises_.readdir)(state.dir).catch(() => []);
    if (entries.length === 0)
        return;
    try {
        // @actions/cache reports most failures (the key saved meanwhile by another job of a matrix,
        // the service down) in its own log lines and returns -1 rather than throwing.
        if ((await cache.saveCache([state.dir], state.key)) === -1) {
            log.notice('Provider cache not saved (the cache service did not take it; see above).');
            return;
        }
        log.info(`Provider cache saved as ${state.key}.`);
    }
    catch (error) {
        // What it does throw (a key it rejects, a path gone meanwhile) is not an error either.
        log.notice(`Provider cache not saved (${(0,errors/* oneLine */.TN)((0,errors/* messageOf */.bD)(error), 200)}).`);
    }
}
async function folders(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries.filter(entry => entry.isDirectory()).map(entry => entry.name);
}
/**
 * Removes provider versions no lock file names. A cache restored by the prefix holds the last
 * set of providers; saved whole, every upgrade would add a version (a hundred megabytes for the
 * AWS provider) to every later restore.
 */
async function prune(dir, keep) {
    for (const host of await folders(dir))
        for (const namespace of await folders((0,external_node_path_.join)(dir, host)))
            for (const type of await folders((0,external_node_path_.join)(dir, host, namespace)))
                for (const version of await folders((0,external_node_path_.join)(dir, host, namespace, type))) {
                    const path = `${host}/${namespace}/${type}/${version}`;
                    if (!keep.has(path))
                        await (0,promises_.rm)((0,external_node_path_.join)(dir, path), { recursive: true, force: true });
                }
}
/** Whether any root will run init at all: a root whose init is current needs no providers. */
async function initWillRun(workingDirectories, initArgs, isCurrent) {
    const current = await Promise.all(workingDirectories.map(dir => isCurrent((0,external_node_path_.resolve)(dir), initArgs).catch(() => false)));
    return current.some(done => !done);
}
/**
 * @actions/cache, loaded only when the cache is used: it doubles the bundle, and every run that
 * skips init (or runs outside GitHub) would otherwise pay for loading it.
 */
const actionsCache = {
    restoreCache: async (paths, primaryKey, restoreKeys) => (await Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2641))).restoreCache(paths, primaryKey, restoreKeys),
    saveCache: async (paths, key) => (await Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2641))).saveCache(paths, key)
};

;// CONCATENATED MODULE: ./src/collect/terraform/source-locations.ts


const RESOURCE = /^\s*resource\s+"([^"]+)"\s+"([^"]+)"/;
const MODULE = /^\s*module\s+"([^"]+)"/;
const DYNAMIC = /^\s*dynamic\s+"([^"]+)"/;
/** A top-level block starts at the line's first column; it ends the resource before it. */
const TOP_LEVEL = /^[a-z]/;
/** An instance key inside an address: `[0]` or `["a.b"]`. */
const source_locations_INSTANCE_KEY = /\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g;
/** `module.logs["a"].aws_x.this[0]` → `module.logs.aws_x.this`: the block, not the instance. */
function configAddress(address) {
    return address.replace(source_locations_INSTANCE_KEY, '');
}
/** The repository root paths are relative to: the runner's workspace, else the current directory. */
function sourceRoot(env = process.env) {
    return (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
}
function toRepoPath(root, file) {
    const rel = (0,external_node_path_.relative)(root, file);
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}
async function scanModule(dir) {
    const scan = { resources: new Map(), modules: new Map(), dynamic: new Map() };
    let names;
    try {
        names = (await (0,promises_.readdir)(dir)).filter(name => name.endsWith('.tf')).sort();
    }
    catch {
        return scan;
    }
    for (const name of names) {
        const file = (0,external_node_path_.join)(dir, name);
        scanFile(file, (await (0,promises_.readFile)(file, 'utf8')).split('\n'), scan);
    }
    return scan;
}
function scanFile(file, lines, scan) {
    let current;
    lines.forEach((text, i) => {
        if (TOP_LEVEL.test(text))
            current = undefined;
        const resource = RESOURCE.exec(text);
        if (resource) {
            current = `${resource[1]}.${resource[2]}`;
            if (!scan.resources.has(current))
                scan.resources.set(current, { file, line: i + 1 });
        }
        const module = MODULE.exec(text);
        if (module && !scan.modules.has(module[1]))
            scan.modules.set(module[1], { file, line: i + 1 });
        const dynamic = current ? DYNAMIC.exec(text) : null;
        if (dynamic && current) {
            const names = scan.dynamic.get(current) ?? new Set();
            scan.dynamic.set(current, names.add(dynamic[1]));
        }
    });
}
async function readModules(rootDir) {
    try {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(rootDir, '.terraform', 'modules', 'modules.json'), 'utf8');
        const parsed = JSON.parse(text);
        return (parsed.Modules ?? []).filter(m => typeof m.Key === 'string' && typeof m.Dir === 'string');
    }
    catch {
        return [];
    }
}
/** `logs.inner` (modules.json key) → `module.logs.module.inner` (address prefix). */
function modulePrefix(key) {
    return key === ''
        ? ''
        : key
            .split('.')
            .map(name => `module.${name}.`)
            .join('');
}
function isLocal(entry, rootDir) {
    const dir = (0,external_node_path_.resolve)(rootDir, entry.Dir);
    const downloaded = (0,external_node_path_.relative)((0,external_node_path_.join)(rootDir, '.terraform'), dir);
    return downloaded.startsWith('..') || (0,external_node_path_.isAbsolute)(downloaded);
}
/**
 * Every resource block of a working directory and its local modules, keyed by its address
 * without instance keys, with the file relative to `root`.
 */
async function findSourceLocations(workingDir, root) {
    return (await findSources(workingDir, root)).locations;
}
/**
 * Where each resource block is (local modules only), and the `dynamic` blocks of every resource
 * block, downloaded modules included.
 */
async function findSources(workingDir, root) {
    const rootDir = (0,external_node_path_.resolve)(workingDir);
    const index = new Map();
    const dynamicBlocks = new Map();
    const entries = await readModules(rootDir);
    if (!entries.some(e => e.Key === ''))
        entries.unshift({ Key: '', Dir: '.' });
    const scans = new Map();
    for (const entry of entries)
        scans.set(entry.Key, await scanModule((0,external_node_path_.resolve)(rootDir, entry.Dir)));
    const place = (address, block) => {
        const file = toRepoPath(root, block.file);
        if (file && !index.has(address))
            index.set(address, { file, line: block.line });
    };
    for (const entry of entries) {
        const prefix = modulePrefix(entry.Key);
        for (const [key, names] of scans.get(entry.Key)?.dynamic ?? []) {
            dynamicBlocks.set(prefix + key, names);
        }
        if (isLocal(entry, rootDir)) {
            for (const [key, block] of scans.get(entry.Key)?.resources ?? [])
                place(prefix + key, block);
            continue;
        }
        // Not in the repository: the nearest module call that is.
        const parts = entry.Key.split('.');
        for (let depth = parts.length; depth > 0; depth--) {
            const parentKey = parts.slice(0, depth - 1).join('.');
            const parent = entries.find(e => e.Key === parentKey);
            const call = scans.get(parentKey)?.modules.get(parts[depth - 1]);
            if (parent && call && isLocal(parent, rootDir)) {
                for (const key of scans.get(entry.Key)?.resources.keys() ?? [])
                    place(prefix + key, call);
                break;
            }
        }
    }
    return { locations: index, dynamicBlocks };
}

;// CONCATENATED MODULE: ./src/analyse/drift.ts




function isDeleted(change) {
    return change.change.actions.includes('delete') && change.change.after == null;
}
/**
 * The provider mirrors every `tags` change into `tags_all`; showing both doubles each retag.
 */
function withoutMirroredTags(changes) {
    const tagChanges = new Map(changes
        .filter(c => c.path.startsWith('tags.') || c.path.startsWith('tags['))
        .map(c => [c.path.slice(4), c]));
    return changes.filter(change => {
        if (!change.path.startsWith('tags_all'))
            return true;
        const twin = tagChanges.get(change.path.slice(8));
        return !(twin && (0,diff/* deepEqual */.bD)(twin.before, change.before) && (0,diff/* deepEqual */.bD)(twin.after, change.after));
    });
}
function pendingAction(actions) {
    if (actions.includes('delete') && actions.includes('create'))
        return 'replace';
    for (const action of ['create', 'update', 'delete'])
        if (actions.includes(action))
            return action;
    return undefined;
}
/**
 * Element indexes are wildcards: diff.ts pairs blocks by content, so one rule can sit at
 * different indexes in the drift diff and in the planned diff.
 */
function pathPattern(path) {
    return path.replace(/\[\d+\]/g, '[*]');
}
/**
 * Whether two path patterns overlap: equal, or one holds the other at a segment boundary, since
 * either diff may stop at a whole value the other goes into (`tags` set from null on one side,
 * `tags.Env` on the other). The empty path is a whole resource value that is not an object.
 */
function touches(a, b) {
    const [outer, inner] = a.length <= b.length ? [a, b] : [b, a];
    if (outer === '' || outer === inner)
        return true;
    const next = inner[outer.length];
    return inner.startsWith(outer) && (next === '.' || next === '[');
}
/**
 * Paths whose value only apply will know. They are left out of `after`, so a diff misses one
 * whose value is empty now: a key id drifted to "" that apply sets to a key it recreates.
 */
function unknownPaths(unknown, path = '') {
    if (unknown === true)
        return [path];
    if (!unknown || typeof unknown !== 'object')
        return [];
    return Object.entries(unknown).flatMap(([key, inner]) => unknownPaths(inner, (0,diff/* joinPath */.uJ)(path, Array.isArray(unknown) ? Number(key) : key)));
}
/** Path patterns the next apply writes; none when it plans no update or replacement. */
function plannedPaths(planned) {
    const action = planned && pendingAction(planned.change.actions);
    if (!planned || (action !== 'update' && action !== 'replace'))
        return [];
    const { before, after, before_sensitive, after_sensitive, after_unknown } = planned.change;
    const changed = (0,diff/* diffAttributes */.xX)(before, after, before_sensitive, after_sensitive).map(c => c.path);
    return [...changed, ...unknownPaths(after_unknown)].map(pathPattern);
}
/** The drifted attributes the next apply would put back. */
function revertedChanges(drift, planned) {
    const { before, after, before_sensitive, after_sensitive } = drift.change;
    const written = plannedPaths(planned);
    const drifted = (0,diff/* diffAttributes */.xX)(before, after, before_sensitive, after_sensitive);
    const reverted = drifted.filter(c => written.some(p => touches(pathPattern(c.path), p)));
    return withoutMirroredTags(reverted);
}
function driftFinding(resource, planned) {
    const deleted = isDeleted(resource);
    const changes = deleted ? [] : revertedChanges(resource, planned);
    const { after, after_sensitive } = resource.change;
    const facts = {
        address: resource.address,
        type: resource.type,
        name: resource.name,
        ...(resource.module_address ? { module: resource.module_address } : {}),
        ...(resource.index !== undefined ? { index: resource.index } : {}),
        kind: deleted ? 'deleted' : 'changed',
        changes
    };
    // The resource as it is now gives severity rules what a change alone lacks (a widened rule's
    // port); redacted first, so no rule can put a secret into a reason.
    const current = deleted ? undefined : (0,sensitive/* redactValue */.FI)(after, after_sensitive);
    return { ...facts, ...(0,analyse_severity/* severityFields */.l7)((0,analyse_severity/* assessDrift */.Cn)(facts, current)) };
}
/** Attributes a planned change would touch, by top-level name. */
function touchedAttributes(resource) {
    const { before, after, before_sensitive, after_sensitive } = resource.change;
    const paths = (0,diff/* diffAttributes */.xX)(before, after, before_sensitive, after_sensitive).map(c => (0,diff/* topAttribute */.oX)(c.path));
    return [...new Set(paths)].sort();
}
/**
 * A planned change is only a revert of drift when it recreates a resource deleted outside
 * Terraform, or updates no attribute beyond those that drifted.
 */
function isRevert(resource, action, drift) {
    if (!drift)
        return false;
    if (drift.kind === 'deleted')
        return action === 'create';
    if (action !== 'update')
        return false;
    const drifted = new Set(drift.changes.map(c => (0,diff/* topAttribute */.oX)(c.path)));
    return touchedAttributes(resource).every(attr => drifted.has(attr) || attr === 'tags_all');
}
function countManagedResources(plan) {
    let count = 0;
    for (const mod of walkModules(plan.prior_state?.values?.root_module)) {
        count += (mod.resources ?? []).filter(r => r.mode === 'managed').length;
    }
    return count;
}
/** Planned changes by address; an address with none is one the plan leaves alone. */
function plannedByAddress(plan) {
    const managed = (plan.resource_changes ?? []).filter(r => r.mode === 'managed');
    return new Map(managed.map(r => [r.address, r]));
}
function findDrift(plan) {
    const planned = plannedByAddress(plan);
    return (plan.resource_drift ?? [])
        .filter(r => r.mode === 'managed')
        .map(r => driftFinding(r, planned.get(r.address)))
        .filter(finding => finding.kind === 'deleted' || finding.changes.length > 0);
}
function analysePlan(plan) {
    const drift = findDrift(plan);
    const driftByAddress = new Map(drift.map(d => [d.address, d]));
    const pending = [];
    for (const resource of plan.resource_changes ?? []) {
        if (resource.mode !== 'managed')
            continue;
        const action = pendingAction(resource.change.actions);
        if (!action || isRevert(resource, action, driftByAddress.get(resource.address)))
            continue;
        pending.push({
            address: resource.address,
            type: resource.type,
            ...(resource.module_address ? { module: resource.module_address } : {}),
            action,
            attributes: action === 'update' ? touchedAttributes(resource) : []
        });
    }
    return { drift, pending, managedResources: countManagedResources(plan) };
}

;// CONCATENATED MODULE: ./src/analyse/directory.ts


/** The findings with their source location filled in where the index knows it. */
function locateFindings(findings, index) {
    if (!index || index.size === 0)
        return findings;
    return findings.map(finding => {
        const location = index.get(configAddress(finding.address));
        return location ? { ...finding, location } : finding;
    });
}
function analyseDirectory(dir) {
    const base = { label: dir.label, durationMs: dir.durationMs };
    if (!dir.plan)
        return { ...base, error: dir.error ?? 'no plan' };
    const { drift, pending, managedResources } = analysePlan(dir.plan);
    return {
        ...base,
        ...(dir.plan.terraform_version ? { terraformVersion: dir.plan.terraform_version } : {}),
        drift: locateFindings(drift, dir.locations),
        pending,
        managedResources
    };
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(6867);
;// CONCATENATED MODULE: ./src/report/build.ts

/** Assembles the one Report from what analysis found; it analyses nothing itself. */
function directoryReport(dir) {
    const base = { path: dir.label, durationMs: dir.durationMs };
    if ('error' in dir) {
        return {
            ...base,
            status: 'error',
            error: dir.error,
            drift: [],
            pending: [],
            managedResources: 0
        };
    }
    return {
        ...base,
        status: 'ok',
        ...(dir.terraformVersion ? { terraformVersion: dir.terraformVersion } : {}),
        drift: dir.drift,
        pending: dir.pending,
        managedResources: dir.managedResources
    };
}
function countFindings(directories, unmanaged) {
    const drift = directories.flatMap(d => d.drift);
    return {
        drifted: drift.length,
        changed: drift.filter(d => d.kind === 'changed').length,
        deleted: drift.filter(d => d.kind === 'deleted').length,
        pending: directories.reduce((n, d) => n + d.pending.length, 0),
        unmanaged: unmanaged?.resources.length ?? 0,
        ownedByOthers: unmanaged?.ownedByOthers.length ?? 0,
        ignored: unmanaged?.ignored ?? 0,
        madeByAws: Object.values(unmanaged?.madeByAws ?? {}).reduce((n, count) => n + count, 0),
        errors: directories.filter(d => d.status === 'error').length + (unmanaged?.regionErrors.length ?? 0)
    };
}
function buildReport(input) {
    const directories = input.directories.map(directoryReport);
    return {
        schemaVersion: model/* REPORT_SCHEMA_VERSION */.WI,
        tool: { name: 'driftwatch', version: input.version },
        generatedAt: (input.now ?? new Date()).toISOString(),
        run: input.run,
        directories,
        counts: countFindings(directories, input.unmanaged),
        ...(input.unmanaged ? { unmanaged: input.unmanaged } : {}),
        errors: [
            ...directories
                .filter(d => d.status === 'error')
                .map(d => ({ scope: `working-directory ${d.path}`, message: d.error })),
            ...(input.unmanaged?.regionErrors ?? [])
        ]
    };
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a unit test; a constant bundles without a JSON import. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/pipeline.ts


















/** `*` and `?` globs on type names (parseTypeGlobs lets nothing else through). */
function typeGlob(glob) {
    return new RegExp(`^${glob.replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}
/**
 * The types a deep inventory lists: those `inventory-types` names (every listed type when it is
 * empty), less those an ignore file ignores whole, which would only cost calls. A glob that names
 * no listed type is a mistake worth one line before anything runs.
 */
function typesToList(inputs, ignoreFiles, surface = 'action') {
    if (!inputs.scanUnmanaged || inputs.inventory !== 'deep')
        return undefined;
    const all = Object.keys(types/* LISTED_TYPES */.M);
    const globs = inputs.inventoryTypes.map(glob => ({ glob, pattern: typeGlob(glob) }));
    for (const { glob, pattern } of globs) {
        if (!all.some(type => pattern.test(type))) {
            throw new errors/* InputError */.dz(inputField('inventoryTypes', surface), `has '${glob}', which names no listed type; the listed types are ${all.join(', ')}.`);
        }
    }
    return all.filter(type => (globs.length === 0 || globs.some(({ pattern }) => pattern.test(type))) &&
        !ignoresWholeType(ignoreFiles, type));
}
/**
 * `disable-ownership-rules` may name only rules the analysis has; checked before anything runs,
 * with the input named as the user set it.
 */
function checkRuleIds(inputs, surface = 'action') {
    const ids = [...OWNERSHIP_RULE_IDS, ...AWS_MADE_RULE_IDS];
    const unknown = inputs.disabledOwnershipRules.find(id => !ids.includes(id));
    if (unknown === undefined)
        return;
    throw new errors/* InputError */.dz(inputField('disabledOwnershipRules', surface), `has '${unknown}', which is not a rule id; the ids are ${ids.join(', ')}.`);
}
async function terraformEnv(env) {
    const cacheDir = pluginCacheDir(env);
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    return { ...env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', TF_PLUGIN_CACHE_DIR: cacheDir };
}
async function audit(inputs, run, log, options = {}) {
    const { surface = 'action' } = options;
    checkRuleIds(inputs, surface);
    const scrubber = new sensitive/* Scrubber */.h6();
    const ignoreFiles = inputs.scanUnmanaged
        ? await loadIgnoreFiles(inputs.ignoreFile, inputs.workingDirectories, surface)
        : [];
    const listTypes = typesToList(inputs, ignoreFiles, surface);
    const binary = await findTerraform();
    const env = await terraformEnv(process.env);
    log.info(`Planning ${inputs.workingDirectories.join(', ')} with ${binary}`);
    // Both mostly wait on AWS, so they run side by side: both start before either is awaited.
    // Terraform is the long pole, so it is started first and everything else is loaded once it
    // runs: the AWS SDK and the runner toolkit take a few hundred milliseconds to load, which
    // would otherwise delay terraform's start.
    const planStarted = Date.now();
    let planFinished = planStarted;
    let markStarted;
    const terraformStarted = new Promise(resolve => (markStarted = resolve));
    const planning = collectDirectories(inputs.workingDirectories, {
        binary,
        init: inputs.terraformInit,
        initArgs: inputs.initArgs,
        planArgs: inputs.planArgs,
        varFiles: inputs.varFiles,
        surface,
        env,
        scrub: text => scrubber.scrub(text),
        addSecrets: values => {
            scrubber.add(values);
            for (const secret of scrubber.values)
                log.secret(secret);
        },
        onStarted: markStarted
    }).finally(() => {
        planFinished = Date.now();
        // No terraform process ran (every directory failed its checks): nothing to wait for.
        markStarted();
    });
    void terraformStarted.then(() => options.terraformStarted?.());
    const scanning = inputs.scanUnmanaged && inputs.awsRegions.length > 0
        ? terraformStarted
            .then(() => Promise.all(/* import() */[__nccwpck_require__.e(701), __nccwpck_require__.e(91)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5091)))
            .then(({ scanAccount }) => scanAccount({
            regions: inputs.awsRegions,
            roleToAssume: inputs.roleToAssume,
            ...(listTypes ? { listTypes } : {})
        }))
        : Promise.resolve(undefined);
    const [runs, account] = await Promise.all([planning, scanning]);
    const inventory = account?.inventory;
    const listing = account?.listing;
    // After init, so local modules are listed in .terraform/modules/modules.json.
    const root = sourceRoot();
    const sources = await Promise.all(runs.map(result => result.run ? findSources(result.label, root).catch(() => undefined) : undefined));
    const locations = sources.map(found => found?.locations);
    const dynamicBlocks = sources.map(found => found?.dynamicBlocks ?? new Map());
    const collected = runs.map((result, i) => {
        const base = { label: result.label, durationMs: result.durationMs };
        if (!result.run)
            return { ...base, error: result.error };
        const plan = result.run.plan;
        const secrets = collectSecrets(plan);
        scrubber.add(secrets);
        for (const secret of scrubber.values)
            log.secret(secret);
        const { initMs, planMs, showMs } = result.run.timings;
        log.info(`${result.label}: init ${initMs} ms, plan ${planMs} ms, show ${showMs} ms`);
        return { ...base, plan, locations: locations[i] };
    });
    if (inventory) {
        const overlap = Math.min(planFinished, inventory.finishedAt) - Math.max(planStarted, inventory.startedAt);
        log.info(`Terraform plans took ${planFinished - planStarted} ms, the inventory scan of ${inventory.regions.join(', ')} ${inventory.finishedAt - inventory.startedAt} ms; they overlapped ${Math.max(0, overlap)} ms`);
        for (const fault of inventory.errors)
            log.warning(`Inventory: ${scrubber.scrub(fault.message)}`);
    }
    if (listing) {
        const slowest = Object.entries(listing.durations).sort(([, a], [, b]) => b - a)[0];
        log.info(`Listed ${listing.types.length} types directly in ${listing.finishedAt - listing.startedAt} ms (${listing.resources.length} resources${slowest ? `; slowest ${slowest[0]} ${slowest[1]} ms` : ''})`);
        for (const fault of listing.faults)
            log.warning(`Inventory: ${scrubber.scrub(fault.message)}`);
    }
    const unused = unusedRules(ignoreFiles);
    if (unused.length > 0) {
        log.info(`Field rules (type.id.attribute) only silence attribute drift in driftctl; they do not apply to unmanaged resources: ${unused.join(', ')}`);
    }
    const unmanaged = inputs.scanUnmanaged
        ? unmanagedReport({
            regions: inputs.awsRegions,
            inventory,
            ...(listing ? { listing } : {}),
            plans: collected.map(dir => dir.plan),
            dynamicBlocks,
            labels: collected.map(dir => dir.label),
            ignoreFiles,
            disabledOwnershipRules: inputs.disabledOwnershipRules
        })
        : undefined;
    if (unmanaged?.skipped)
        log.warning(`Unmanaged resources: ${unmanaged.skipped}`);
    const report = buildReport({
        directories: collected.map(analyseDirectory),
        version: VERSION,
        run,
        unmanaged
    });
    // A second pass over everything: a secret that reached the report through an unmarked path
    // (an error message, a value Terraform did not flag) is still caught.
    return { report: scrubber.scrubDeep(report), scrubber };
}

// EXTERNAL MODULE: ./src/action/context.ts
var context = __nccwpck_require__(645);
;// CONCATENATED MODULE: ./src/publish/report-files.ts




const EXAMPLE = {
    'report-path': 'driftwatch-report.json',
    'sarif-path': 'driftwatch.sarif'
};
const report_files_KEY = { 'report-path': 'reportPath', 'sarif-path': 'sarifPath' };
function code(error) {
    return error.code ?? 'unknown error';
}
function isDirectory(input, path, surface) {
    const inside = `${path.replace(/[\\/]+$/, '')}/${EXAMPLE[input]}`;
    return new errors/* InputError */.dz(inputField(report_files_KEY[input], surface), `names '${path}', which is a directory: name a file in it, e.g. '${inside}'.`);
}
function notWritable(input, path, error, surface) {
    return new errors/* InputError */.dz(inputField(report_files_KEY[input], surface), `names '${path}', which cannot be written (${code(error)}): choose a path the runner can write to.`);
}
/** Whether the file could be written at `path`, creating the folders it needs; else one line why. */
async function checkReportPath(input, path, surface = 'action') {
    // A trailing slash means a folder; without this check the file would be written under its name.
    if (/[\\/]$/.test(path))
        throw isDirectory(input, path, surface);
    const target = await (0,promises_.stat)((0,external_node_path_.resolve)(path)).catch(() => undefined);
    if (target?.isDirectory())
        throw isDirectory(input, path, surface);
    if (target) {
        await (0,promises_.access)((0,external_node_path_.resolve)(path), promises_.constants.W_OK).catch(error => {
            throw notWritable(input, path, error, surface);
        });
        return;
    }
    // The nearest folder on the path that exists must be a directory the rest can be made in.
    for (let dir = (0,external_node_path_.dirname)(path);; dir = (0,external_node_path_.dirname)(dir)) {
        let found;
        try {
            found = await (0,promises_.stat)((0,external_node_path_.resolve)(dir));
        }
        catch (error) {
            const missing = ['ENOENT', 'ENOTDIR'].includes(code(error));
            if (missing && (0,external_node_path_.dirname)(dir) !== dir)
                continue;
            throw notWritable(input, path, error, surface);
        }
        if (!found.isDirectory()) {
            throw new errors/* InputError */.dz(inputField(report_files_KEY[input], surface), `names '${path}', but '${dir}' is a file, not a directory: choose a path outside it.`);
        }
        await (0,promises_.access)((0,external_node_path_.resolve)(dir), promises_.constants.W_OK).catch(error => {
            throw notWritable(input, path, error, surface);
        });
        return;
    }
}
/** The files asked for: the Action always has a report path (it has a default), the CLI not. */
function reportFiles(paths) {
    return [
        ...(paths.reportPath ? [{ input: 'report-path', path: paths.reportPath }] : []),
        ...(paths.sarifPath ? [{ input: 'sarif-path', path: paths.sarifPath }] : [])
    ];
}
async function checkReportFiles(files, surface = 'action') {
    const [first, second] = files;
    // One would overwrite the other, and the `report` output would point at the SARIF log.
    if (second && (0,external_node_path_.resolve)(first.path) === (0,external_node_path_.resolve)(second.path)) {
        throw new errors/* InputError */.dz(inputField([report_files_KEY[first.input], report_files_KEY[second.input]], surface), `both name '${second.path}': give each a file of its own, e.g. '${EXAMPLE[second.input]}'.`);
    }
    for (const file of files)
        await checkReportPath(file.input, file.path, surface);
}
/** Writes the file, creating its folders; returns its absolute path. */
async function writeReportFile(path, text) {
    const absolute = (0,external_node_path_.resolve)(path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(absolute), { recursive: true });
    await (0,promises_.writeFile)(absolute, text, 'utf8');
    return absolute;
}
/**
 * writeReportFile for an input's path. The path passed its check before terraform ran, so a
 * failure here is rare (the disk filled, a folder changed meanwhile); it is still one line.
 */
async function writeInputFile(input, path, text, surface = 'action') {
    try {
        return await writeReportFile(path, text);
    }
    catch (error) {
        await checkReportPath(input, path, surface);
        throw notWritable(input, path, error, surface);
    }
}

;// CONCATENATED MODULE: ./src/render/json.ts
/** The JSON report: the Report model itself, whose schema docs/report-schema.md documents. */
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/render/changes.ts
var render_changes = __nccwpck_require__(6965);
;// CONCATENATED MODULE: ./src/render/sarif.ts




/**
 * The drift as a SARIF 2.1.0 log, for github/codeql-action/upload-sarif: one result per drifted
 * resource, at its `resource` block, under the severity rule that ranked it. Code scanning then
 * keeps one alert per resource and rule across runs (the fingerprint is the working directory and
 * address) and closes it when the drift is gone.
 */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/**
 * GitHub accepts 25,000 results per run but keeps only 5,000; keeping the most severe ourselves
 * makes what is stored predictable. The JSON report always has all of them.
 */
const MAX_RESULTS = 5000;
const VALUE_MAX = 120;
/** A line holds a path and up to two folded values, each with its length note. */
const LINE_MAX = 3 * VALUE_MAX;
const CHANGES_MAX = 20;
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note'
};
/** GitHub maps 9.0+ to critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0'
};
/** Rules that say nothing about security: code scanning shows their level, not a security rank. */
const NOT_SECURITY = new Set(['drift', 'resource-deleted']);
const DRIFT_RULES = report_severity/* SEVERITY_RULES */.ME.filter(rule => rule.drift);
function clip(text, max = VALUE_MAX) {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function ruleName(id) {
    return id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
}
function descriptor(rule) {
    const security = !NOT_SECURITY.has(rule.id);
    return {
        id: rule.id,
        name: ruleName(rule.id),
        shortDescription: { text: rule.title },
        fullDescription: {
            text: `${rule.title}. Found by comparing the Terraform state with the real infrastructure (terraform plan's resource_drift).`
        },
        help: {
            text: 'Either change the resource back with `terraform apply`, or change the Terraform code to what the resource is now, so the next plan shows no drift.'
        },
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: {
            tags: security ? ['security', 'drift', 'terraform'] : ['drift', 'terraform'],
            precision: 'very-high',
            ...(security
                ? { 'security-severity': SECURITY_SEVERITY[rule.severity] }
                : { 'problem.severity': rule.severity === 'low' ? 'recommendation' : 'warning' })
        }
    };
}
function message(finding) {
    const what = finding.kind === 'deleted' ? 'deleted' : 'changed';
    const concerns = finding.concerns.length > 0 ? `: ${finding.concerns.join('; ')}` : '';
    const lines = [
        `${finding.address} was ${what} outside Terraform (${finding.severity})${concerns}.`
    ];
    if (finding.kind === 'deleted') {
        lines.push('The next terraform apply would create it again.');
    }
    else {
        const changes = (0,render_changes/* describeChanges */.DT)(finding.type, finding.changes, { valueLength: VALUE_MAX });
        for (const line of changes.slice(0, CHANGES_MAX))
            lines.push(`  ${clip((0,render_changes/* changeLineText */.Ir)(line), LINE_MAX)}`);
        if (changes.length === 0)
            lines.push(`  ${render_changes/* FORM_ONLY */.gK}`);
        const hidden = changes.length - CHANGES_MAX;
        if (hidden > 0)
            lines.push(`  …and ${hidden} more attributes (see the JSON report).`);
    }
    return lines.join('\n');
}
/** Stable for one resource in one working directory, whatever its values or line. */
function fingerprint(dir, address) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${dir}\u0000${address}`).digest('hex').slice(0, 32);
}
function result(dir, finding, ruleIndex) {
    // Code scanning needs a file for every result; a block that was not found falls back to the
    // working directory itself.
    const physical = finding.location
        ? {
            artifactLocation: { uri: finding.location.file, uriBaseId: '%SRCROOT%' },
            region: { startLine: finding.location.line }
        }
        : { artifactLocation: { uri: dir.path.replace(/\/*$/, '/'), uriBaseId: '%SRCROOT%' } };
    return {
        ruleId: finding.severityRule,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: LEVEL[finding.severity],
        message: { text: message(finding) },
        locations: [
            {
                physicalLocation: physical,
                logicalLocations: [{ fullyQualifiedName: finding.address, kind: 'resource' }]
            }
        ],
        partialFingerprints: { 'driftwatch/resource/v1': fingerprint(dir.path, finding.address) },
        properties: {
            severity: finding.severity,
            kind: finding.kind,
            workingDirectory: dir.path,
            ...(finding.concerns.length > 0 ? { concerns: finding.concerns } : {})
        }
    };
}
function buildSarif(report) {
    const ruleIndex = new Map(DRIFT_RULES.map((rule, i) => [rule.id, i]));
    const all = report.directories.flatMap(dir => dir.drift.map(finding => ({ dir, finding })));
    // Most severe first, then in report order: a stable sort keeps that order within a level.
    const ranked = [...all].sort((a, b) => (0,report_severity/* severityRank */.qs)(b.finding.severity) - (0,report_severity/* severityRank */.qs)(a.finding.severity));
    const kept = ranked.slice(0, MAX_RESULTS);
    const left = all.length - kept.length;
    const notifications = [
        ...report.errors.map(error => ({
            level: 'error',
            message: { text: (0,model/* errorText */.kc)(error) }
        })),
        ...(left > 0
            ? [
                {
                    level: 'warning',
                    message: {
                        text: `${left} less severe drifted resources were left out (code scanning keeps ${MAX_RESULTS} results per run); the JSON report has them all.`
                    }
                }
            ]
            : [])
    ];
    const directories = report.directories.map(d => d.path).join(',');
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Driftwatch',
                        semanticVersion: report.tool.version,
                        version: report.tool.version,
                        rules: DRIFT_RULES.map(descriptor)
                    }
                },
                // Code scanning replaces an earlier upload with the same category only: a matrix job
                // per working directory keeps its own alerts.
                automationDetails: { id: `driftwatch/${directories}/` },
                invocations: [
                    {
                        executionSuccessful: report.errors.length === 0,
                        endTimeUtc: report.generatedAt,
                        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {})
                    }
                ],
                results: kept.map(({ dir, finding }) => result(dir, finding, ruleIndex.get(finding.severityRule) ?? -1)),
                ...(left > 0 ? { properties: { resultsLeftOut: left } } : {})
            }
        ]
    };
}
function renderSarif(report) {
    return `${JSON.stringify(buildSarif(report), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/render/budget.ts
var budget = __nccwpck_require__(9519);
// EXTERNAL MODULE: ./src/render/comment.ts
var comment = __nccwpck_require__(8141);
// EXTERNAL MODULE: ./src/render/sections.ts
var sections = __nccwpck_require__(1102);
// EXTERNAL MODULE: ./src/render/severity.ts
var severity = __nccwpck_require__(5629);
;// CONCATENATED MODULE: ./src/render/summary.ts




function summaryBody(report, limits) {
    const shares = (0,budget/* allocate */.CN)(report.directories.map(d => d.drift.length), limits.findings);
    return [
        `## Driftwatch: ${(0,sections/* headline */.Pl)(report)}`,
        (0,sections/* countsTable */.Po)(report),
        (0,severity/* severityLine */.S2)(report),
        (0,sections/* securitySection */.i7)(report, limits),
        ...report.directories.map((dir, i) => (0,sections/* directorySection */.Zp)(dir, { ...limits, findings: shares[i] })),
        (0,sections/* unmanagedSection */.S3)(report, limits),
        (0,sections/* errorsSection */.li)(report),
        (0,sections/* coverageLine */.vn)(report),
        (0,comment/* footer */.qr)(report)
    ]
        .filter(Boolean)
        .join('\n\n')
        .concat('\n');
}
/**
 * The job summary: where a truncated comment points readers, so it shows all it can: every
 * table up to TABLE_ROWS rows, inside GitHub's 1 MiB summary limit; what is left out is counted
 * and the reader pointed to the JSON report.
 */
function renderSummary(report) {
    return (0,budget/* fit */.Uj)(limits => summaryBody(report, limits), {
        limit: budget/* SUMMARY_LIMIT */.Jt,
        measure: budget/* utf8Bytes */.dy,
        totalFindings: (0,sections/* tableRows */.QE)(report),
        elsewhere: 'see the JSON report file (the `report` output)',
        fallback: () => [`## Driftwatch: ${(0,sections/* headline */.Pl)(report)}`, (0,sections/* countsTable */.Po)(report)].join('\n\n').concat('\n')
    });
}

// EXTERNAL MODULE: ./src/render/unmanaged.ts + 1 modules
var unmanaged = __nccwpck_require__(8406);
;// CONCATENATED MODULE: ./src/render/text.ts



const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
function painter(enabled) {
    return (colour, text) => enabled ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}
/** Longest value in a change line before it is folded: a log line should fit a wide terminal. */
const VALUE_LENGTH = 160;
const SEVERITY_COLOUR = { critical: 'red', high: 'red', medium: 'yellow', low: 'dim' };
/** The colours of a diff, which is how a reader of a log already reads `+`, `-` and `~`. */
const SIGN_COLOUR = {
    added: 'green',
    removed: 'red',
    changed: 'yellow'
};
function severityTag(finding, paint) {
    if (!finding.severity)
        return '';
    return `  ${paint(SEVERITY_COLOUR[finding.severity], `[${finding.severity}]`)}`;
}
function concernLines(finding, paint) {
    return (finding.concerns ?? []).map(concern => `      ${paint('red', '!')} ${concern}`);
}
function changeLines(finding, paint) {
    const lines = (0,render_changes/* describeChanges */.DT)(finding.type, finding.changes, { valueLength: VALUE_LENGTH });
    if (lines.length === 0)
        return [`      ${paint('dim', render_changes/* FORM_ONLY */.gK)}`];
    return lines.map(line => `      ${paint(SIGN_COLOUR[line.kind], render_changes/* CHANGE_SIGNS */.C_[line.kind])} ${line.text}`);
}
function findingLines(finding, paint) {
    if (finding.kind === 'deleted') {
        return [
            `  ${paint('red', '-')} ${paint('bold', finding.address)}  ${paint('red', 'deleted outside Terraform')}${severityTag(finding, paint)}`,
            ...concernLines(finding, paint)
        ];
    }
    return [
        `  ${paint('yellow', '~')} ${paint('bold', finding.address)}  changed outside Terraform${severityTag(finding, paint)}`,
        ...concernLines(finding, paint),
        ...changeLines(finding, paint)
    ];
}
function renderText(report, options = {}) {
    const paint = painter(options.colour ?? false);
    const { counts } = report;
    const lines = [];
    const failed = report.directories.some(d => d.status === 'error');
    lines.push(counts.drifted > 0
        ? paint('red', `Drift: ${counts.drifted} drifted (${counts.changed} changed, ${counts.deleted} deleted)`)
        : paint(failed ? 'yellow' : 'green', failed ? 'No drift found in the directories that could be checked' : 'No drift'));
    const severities = (0,severity/* severityLine */.S2)(report).replace(/\*\*/g, '');
    if (severities)
        lines.push(severities);
    lines.push(`Pending changes the code asks for: ${counts.pending}; errors: ${counts.errors}`);
    for (const dir of report.directories) {
        lines.push('');
        if (dir.status === 'error') {
            lines.push(`${paint('bold', dir.path)}: ${paint('red', `error: ${dir.error}`)}`);
            continue;
        }
        lines.push(`${paint('bold', dir.path)}: ${dir.drift.length} drifted of ${dir.managedResources} managed`);
        for (const finding of dir.drift)
            lines.push(...findingLines(finding, paint));
        for (const change of dir.pending)
            lines.push(`  ${paint('dim', `pending ${change.action} ${change.address}`)}`);
    }
    lines.push(...(0,unmanaged/* unmanagedTextLines */.ZT)(report, paint));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/action/toolkit.ts
let loading;
function loadCore() {
    return (loading ??= __nccwpck_require__.e(/* import() */ 838).then(__nccwpck_require__.bind(__nccwpck_require__, 3838)));
}
/**
 * The step log for the audit, usable before the toolkit is loaded: what is written meanwhile
 * waits, in order, so a secret's mask is still registered before any line after it.
 */
class DeferredLog {
    core;
    waiting = [];
    /** The toolkit, once every line written before it was loaded is out. */
    async load() {
        const core = await loadCore();
        this.core = core;
        for (const write of this.waiting.splice(0))
            write(core);
        return core;
    }
    info(message) {
        this.write(core => core.info(message));
    }
    notice(message) {
        this.write(core => core.notice(message));
    }
    warning(message) {
        this.write(core => core.warning(message));
    }
    secret(value) {
        this.write(core => core.setSecret(value));
    }
    write(line) {
        if (this.core)
            line(this.core);
        else
            this.waiting.push(line);
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts













/**
 * What the run needs once terraform is done: the runner toolkit, the output writers and the
 * GitHub publishers with Octokit. Loaded while terraform plans, so loading them neither delays
 * terraform's start nor adds to the time after it.
 */
function loadRest(log) {
    return Promise.all([log.load(), Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(689)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6689)), Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(239), __nccwpck_require__.e(344)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8344))]);
}
/** The Action: inputs → audit → renderers → publishers, and the one place the step is failed. */
async function run() {
    // Terraform starts before the runner toolkit is loaded (see toolkit.ts); the log holds what
    // is written until then.
    const log = new DeferredLog();
    let rest;
    const startLoading = () => {
        if (rest)
            return rest;
        rest = loadRest(log);
        // Awaited below; a failure before then must not surface as an unhandled rejection.
        rest.catch(() => undefined);
        return rest;
    };
    try {
        const inputs = readInputs();
        await checkReportFiles(reportFiles(inputs));
        // Providers are only worth fetching from the cache when some root will run init.
        const initRuns = inputs.terraformInit &&
            (await initWillRun(inputs.workingDirectories, inputs.initArgs, initIsCurrent));
        // Init takes seconds anyway: no reason to hold the cache's log lines back.
        if (initRuns)
            void startLoading();
        const cacheLog = { info: (m) => log.info(m), notice: (m) => log.notice(m) };
        const providers = initRuns
            ? await restorePluginCache({
                workingDirectories: inputs.workingDirectories,
                env: process.env,
                cache: actionsCache,
                log: cacheLog
            })
            : undefined;
        const { report, scrubber } = await audit(inputs, (0,context/* readRunContext */.$p)(), log, {
            terraformStarted: startLoading
        });
        const [core, { setOutputs, writeJobSummary }, { publishResults }] = await startLoading();
        // A file that cannot be written fails the step, but only once the summary, the outputs and
        // the comment are out: the findings are complete and must not be lost with it.
        const unwritten = [];
        const write = (input, path, text) => writeInputFile(input, path, text).catch((error) => {
            unwritten.push((0,errors/* messageOf */.bD)(error));
            return undefined;
        });
        // Renderers only see the redacted report; scrubbing their output again costs little and
        // covers any text a renderer might add later.
        core.info(scrubber.scrub(renderText(report)));
        const reportPath = await write('report-path', inputs.reportPath, scrubber.scrub(renderJson(report)));
        setOutputs(report, reportPath ?? '');
        await writeJobSummary(scrubber.scrub(renderSummary(report)));
        if (reportPath)
            core.info(`JSON report: ${reportPath}`);
        if (inputs.sarifPath) {
            const sarifPath = await write('sarif-path', inputs.sarifPath, scrubber.scrub(renderSarif(report)));
            if (sarifPath)
                core.info(`SARIF log: ${sarifPath}`);
        }
        const failure = failureReason(report, inputs.failOn, inputs.failOnSeverity);
        await publishResults(report, inputs, scrubber, failure);
        if (providers)
            await savePluginCache(providers, actionsCache, cacheLog);
        const reasons = failure ? [...unwritten, failure] : unwritten;
        if (reasons.length > 0)
            core.setFailed(reasons.join(' '));
    }
    catch (error) {
        const core = await log.load();
        if (error instanceof errors/* UserError */.yo) {
            core.setFailed(error.message);
        }
        else {
            core.debug(error instanceof Error ? (error.stack ?? '') : '');
            core.setFailed(`Driftwatch failed unexpectedly: ${(0,errors/* messageOf */.bD)(error)}`);
        }
    }
}


/***/ }),

/***/ 326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   oX: () => (/* binding */ topAttribute),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   xX: () => (/* binding */ diffAttributes)
/* harmony export */ });
/* harmony import */ var _redact_sensitive_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4337);

/**
 * Attribute-level differences between two resource values, each already redacted by its own
 * mask. Maps and objects are followed to their leaves (`tags.Env`); lists of blocks are matched
 * by content first, so a rule added to a set shows as one added element rather than a cascade of
 * shifted indexes; lists of plain values are shown whole.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function joinPath(parent, key) {
    if (typeof key === 'number')
        return `${parent}[${key}]`;
    const part = IDENTIFIER.test(key) ? key : JSON.stringify(key);
    if (!parent)
        return part;
    return IDENTIFIER.test(key) ? `${parent}.${part}` : `${parent}[${part}]`;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function isSensitive(mask) {
    if (mask === true)
        return true;
    if (!mask || typeof mask !== 'object')
        return false;
    return Object.values(mask).some(child => isSensitive(child));
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    return ka.every(k => deepEqual(a[k], b[k]));
}
/** Terraform writes absent optional values as null, "" or []; treat them alike. */
function isEmpty(value) {
    return (value === null ||
        value === undefined ||
        value === '' ||
        (Array.isArray(value) && value.length === 0) ||
        (isPlainObject(value) && Object.keys(value).length === 0));
}
function leaf(path, before, after) {
    return {
        path,
        before: (0,_redact_sensitive_js__WEBPACK_IMPORTED_MODULE_0__/* .redactValue */ .FI)(before.value, before.mask),
        after: (0,_redact_sensitive_js__WEBPACK_IMPORTED_MODULE_0__/* .redactValue */ .FI)(after.value, after.mask),
        sensitive: isSensitive(before.mask) || isSensitive(after.mask)
    };
}
function diffInto(path, before, after, out) {
    const a = before.value;
    const b = after.value;
    if (deepEqual(a, b))
        return;
    if (isEmpty(a) && isEmpty(b))
        return;
    if (isPlainObject(a) && isPlainObject(b)) {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        for (const key of [...keys].sort()) {
            diffInto(joinPath(path, key), { value: a[key] ?? null, mask: (0,_redact_sensitive_js__WEBPACK_IMPORTED_MODULE_0__/* .maskAt */ .qI)(before.mask, key) }, { value: b[key] ?? null, mask: (0,_redact_sensitive_js__WEBPACK_IMPORTED_MODULE_0__/* .maskAt */ .qI)(after.mask, key) }, out);
        }
        return;
    }
    if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].some(isPlainObject)) {
        diffBlocks(path, before, after, out);
        return;
    }
    out.push(leaf(path, before, after));
}
/** Lists of nested blocks: pair equal elements first, then what is left over, index by index. */
function diffBlocks(path, before, after, out) {
    const a = before.value;
    const b = after.value;
    const unmatchedB = new Set(b.map((_, i) => i));
    const leftA = [];
    a.forEach((item, i) => {
        const j = [...unmatchedB].find(k => deepEqual(item, b[k]));
        if (j === undefined)
            leftA.push(i);
        else
            unmatchedB.delete(j);
    });
    const leftB = [...unmatchedB];
    const pairs = Math.max(leftA.length, leftB.length);
    for (let n = 0; n < pairs; n++) {
        const i = leftA[n];
        const j = leftB[n];
        const beforeItem = i === undefined ? { value: null, mask: false } : { value: a[i], mask: (0,_redact_sensitive_js__WEBPACK_IMPORTED_MODULE_0__/* .maskAt */ .qI)(before.mask, i) };
        const afterItem = j === undefined ? { value: null, mask: false } : { value: b[j], mask: (0,_redact_sensitive_js__WEBPACK_IMPORTED_MODULE_0__/* .maskAt */ .qI)(after.mask, j) };
        const itemPath = joinPath(path, j ?? i ?? n);
        if (i === undefined || j === undefined)
            out.push(leaf(itemPath, beforeItem, afterItem));
        else
            diffInto(itemPath, beforeItem, afterItem, out);
    }
}
function diffAttributes(before, after, beforeMask, afterMask) {
    const out = [];
    diffInto('', { value: before ?? null, mask: beforeMask }, { value: after ?? null, mask: afterMask }, out);
    return out;
}
/** The top-level attribute a path starts with: `ingress` for `ingress[1].cidr_blocks`. */
function topAttribute(path) {
    const match = /^[^.[]+/.exec(path);
    return match ? match[0] : path;
}


/***/ }),

/***/ 9131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/** Least severe first. */
const SEVERITIES = [
    'low',
    'medium',
    'high',
    'critical'
];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}


/***/ }),

/***/ 8246:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ assessDrift),
/* harmony export */   ME: () => (/* binding */ SEVERITY_RULES),
/* harmony export */   Z6: () => (/* binding */ assessUnmanaged),
/* harmony export */   l7: () => (/* binding */ severityFields)
/* harmony export */ });
/* unused harmony exports ADMIN_PORTS, pathSegments, SEVERITY_RULE_IDS, ruleById */
/* harmony import */ var _collect_aws_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2595);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(326);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9131);



/**
 * How much a finding matters, from one rules table. Every drift finding and every unmanaged
 * resource gets the severity of the highest rule that matches it, the id of that rule (a SARIF
 * ruleId, stable across releases) and the reasons of every matching rule in words. Rules read
 * only what the report already holds (redacted values), plus the resource's current values for
 * context a change alone lacks, such as the port of a rule whose CIDR was widened.
 */

// ---------------------------------------------------------------------------------------------
// Reading values
const OPEN_CIDRS = new Set(['0.0.0.0/0', '::/0']);
/** Remote administration and database ports: open to the world, each is an incident. */
const ADMIN_PORTS = [
    22, 23, 2375, 2376, 3389, 5985, 5986, 1433, 1521, 3306, 5432, 5439, 6379, 9042, 9200, 9300, 11211,
    27017, 27018
];
const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);
const PUBLIC_GRANTEES = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/;
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function isEmpty(value) {
    return (value === null ||
        value === undefined ||
        value === '' ||
        value === false ||
        (Array.isArray(value) && value.length === 0) ||
        (isObject(value) && Object.keys(value).length === 0));
}
/** Every string inside a value, however deeply nested. */
function strings(value, into = []) {
    if (typeof value === 'string')
        into.push(value);
    else if (Array.isArray(value))
        for (const item of value)
            strings(item, into);
    else if (isObject(value))
        for (const item of Object.values(value))
            strings(item, into);
    return into;
}
const SEGMENT = /^(?:\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|"((?:[^"\\]|\\.)*)")/;
/** `ingress[1].cidr_blocks` → `['ingress', 1, 'cidr_blocks']`, the inverse of diff.joinPath. */
function pathSegments(path) {
    const out = [];
    let rest = path;
    while (rest.length > 0) {
        const match = SEGMENT.exec(rest);
        if (!match)
            break;
        if (match[1] !== undefined)
            out.push(match[1]);
        else if (match[2] !== undefined)
            out.push(Number(match[2]));
        else
            out.push(JSON.parse(`"${match[3] ?? match[4]}"`));
        rest = rest.slice(match[0].length);
    }
    return out;
}
function valueAt(root, segments) {
    let value = root;
    for (const key of segments) {
        if (Array.isArray(value) && typeof key === 'number')
            value = value[key];
        else if (isObject(value) && typeof key === 'string')
            value = value[key];
        else
            return undefined;
    }
    return value;
}
function lastSegment(path) {
    const segments = pathSegments(path).filter(s => typeof s === 'string');
    return segments.at(-1) ?? path;
}
function wasOn(value) {
    return value === true || value === 'Enabled' || value === 'true';
}
/** Turned off: true / Enabled before, false / Suspended / absent now. */
function turnedOff(change) {
    return wasOn(change.before) && !wasOn(change.after);
}
function portsOf(block) {
    if (!isObject(block))
        return { admin: false };
    const protocol = String(block.protocol ?? block.ip_protocol ?? '').toLowerCase();
    if (protocol === '-1' || protocol === 'all')
        return { label: 'all traffic', admin: true };
    const from = Number(block.from_port);
    const to = block.to_port === undefined || block.to_port === null ? from : Number(block.to_port);
    if (!Number.isFinite(from))
        return { admin: false };
    const range = from === to ? `${from}` : `${from}-${to}`;
    const admin = ADMIN_PORTS.some(port => port >= from && port <= to);
    return { label: `${protocol || 'port'} ${range}`, admin };
}
function directionOf(finding, path, block) {
    if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .topAttribute */ .oX)(path) === 'egress' || /egress/.test(finding.type))
        return 'egress';
    if (isObject(block) && (block.type === 'egress' || block.egress === true))
        return 'egress';
    return 'ingress';
}
const NETWORK_TYPES = /security_group|network_acl/;
/** Changes that newly let the whole internet in (or out), with their ports where known. */
function exposures(finding, current) {
    if (finding.kind !== 'changed')
        return [];
    const isRule = NETWORK_TYPES.test(finding.type);
    const found = [];
    for (const change of finding.changes) {
        const top = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .topAttribute */ .oX)(change.path);
        if (!isRule && top !== 'ingress' && top !== 'egress')
            continue;
        if (top === 'tags' || top === 'tags_all' || top === 'description')
            continue;
        const before = new Set(strings(change.before).filter(s => OPEN_CIDRS.has(s)));
        const cidrs = [...new Set(strings(change.after))].filter(s => OPEN_CIDRS.has(s) && !before.has(s));
        if (cidrs.length === 0)
            continue;
        // The block the change sits in: the change itself when a whole rule was added, else the
        // resource's current value around the changed attribute (the rule whose CIDR was widened).
        const segments = pathSegments(change.path);
        const block = isObject(change.after)
            ? change.after
            : (valueAt(current, segments.slice(0, -1)) ?? current);
        if (isObject(block) && /^deny$/i.test(String(block.action ?? block.rule_action ?? '')))
            continue;
        const { label, admin } = portsOf(block);
        found.push({ direction: directionOf(finding, change.path, block), cidrs, ports: label, admin });
    }
    return found;
}
function describe(exposure) {
    const ports = exposure.ports ? ` (${exposure.ports})` : '';
    return `${exposure.direction} open to ${exposure.cidrs.join(', ')}${ports}`;
}
function exposureReasons(finding, current, keep) {
    const reasons = [...new Set(exposures(finding, current).filter(keep).map(describe))];
    return reasons.length > 0 ? reasons : undefined;
}
function statements(policy) {
    let doc = policy;
    if (typeof doc === 'string') {
        try {
            doc = JSON.parse(doc);
        }
        catch {
            return [];
        }
    }
    if (!isObject(doc))
        return [];
    const list = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    return list.filter(isObject);
}
function isEveryone(principal) {
    if (principal === '*')
        return true;
    if (Array.isArray(principal))
        return principal.some(isEveryone);
    if (isObject(principal))
        return isEveryone(principal.AWS);
    return false;
}
/** `unconditional` when anyone at all is allowed; `conditional` when a Condition narrows it. */
function publicAccess(policy) {
    const open = statements(policy).filter(s => s.Effect === 'Allow' && isEveryone(s.Principal));
    if (open.length === 0)
        return undefined;
    return open.some(s => isEmpty(s.Condition)) ? 'unconditional' : 'conditional';
}
const POLICY_ATTRIBUTE = /polic(y|ies)$/;
/** A policy document, or a block holding one; not a flag such as `block_public_policy`. */
function isPolicyValue(value) {
    return typeof value === 'string' || (value !== null && typeof value === 'object');
}
function policyChanges(finding) {
    return finding.changes.filter(c => POLICY_ATTRIBUTE.test(lastSegment(c.path)) &&
        !c.sensitive &&
        (isPolicyValue(c.before) || isPolicyValue(c.after)));
}
function newlyPublic(finding, level) {
    const reasons = policyChanges(finding)
        .filter(c => publicAccess(c.after) === level && publicAccess(c.before) !== 'unconditional')
        .map(c => level === 'unconditional'
        ? `${lastSegment(c.path)} allows Principal "*"`
        : `${lastSegment(c.path)} allows Principal "*" under a condition`);
    return reasons.length > 0 ? [...new Set(reasons)] : undefined;
}
function publicAcl(finding) {
    const reasons = [];
    for (const change of finding.changes) {
        const top = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .topAttribute */ .oX)(change.path);
        if (top !== 'acl' && top !== 'grant' && top !== 'access_control_policy')
            continue;
        const before = new Set(strings(change.before));
        for (const value of strings(change.after)) {
            if (before.has(value))
                continue;
            if (PUBLIC_ACLS.has(value))
                reasons.push(`public ACL ${value}`);
            else if (PUBLIC_GRANTEES.test(value))
                reasons.push(`ACL grants ${PUBLIC_GRANTEES.exec(value)?.[1]}`);
        }
    }
    return reasons.length > 0 ? [...new Set(reasons)] : undefined;
}
// ---------------------------------------------------------------------------------------------
// Resource families
/** Resource types whose every change (or deletion) touches who can reach or read what. */
const ACCESS_TYPES = [
    /^aws_security_group/,
    /^aws_vpc_security_group_(ingress|egress)_rule$/,
    /^aws_network_acl/,
    /^aws_iam_/,
    /^aws_kms_/,
    /^aws_s3_bucket_(policy|acl|public_access_block|ownership_controls)$/,
    /^aws_s3_account_public_access_block$/,
    /^aws_secretsmanager_secret_policy$/,
    /^aws_lambda_permission$/,
    /^aws_sns_topic_policy$/,
    /^aws_sqs_queue_policy$/,
    /^aws_ecr_repository_policy$/
];
function isAccessType(type) {
    return ACCESS_TYPES.some(pattern => pattern.test(type));
}
const COSMETIC = new Set(['tags', 'tags_all', 'description']);
function substantive(finding) {
    return finding.changes.filter(c => !COSMETIC.has((0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .topAttribute */ .oX)(c.path)));
}
const PUBLIC_ACCESS_BLOCK = /^aws_s3_(bucket|account)_public_access_block$/;
const BLOCK_SETTINGS = new Set([
    'block_public_acls',
    'block_public_policy',
    'ignore_public_acls',
    'restrict_public_buckets'
]);
const KMS_KEY_ATTRIBUTE = /^(kms_key_id|kms_key_arn|kms_master_key_id|kms_key|kms_key_identifier|sse_kms_key_id|encryption_key_arn)$/;
const ENCRYPTED_FLAG = /^(encrypted|storage_encrypted|enable_encryption|encryption_enabled)$/;
const ENCRYPTION_BLOCK = /^(server_side_encryption_configuration|server_side_encryption|encryption_configuration|encryption_config|encrypt_at_rest|encryption_info|rule)$/;
function encryptionWeakened(finding) {
    const reasons = [];
    if (finding.kind === 'deleted') {
        if (finding.type === 'aws_s3_bucket_server_side_encryption_configuration')
            reasons.push('bucket encryption configuration removed');
        return reasons.length > 0 ? reasons : undefined;
    }
    for (const change of finding.changes) {
        const leaf = lastSegment(change.path);
        const top = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .topAttribute */ .oX)(change.path);
        if (KMS_KEY_ATTRIBUTE.test(leaf) && !isEmpty(change.before)) {
            reasons.push(isEmpty(change.after) ? `${leaf} removed` : `${leaf} changed (KMS key)`);
        }
        else if (leaf === 'sse_algorithm') {
            reasons.push(isEmpty(change.after)
                ? 'encryption removed'
                : `encryption changed from ${String(change.before)} to ${String(change.after)}`);
        }
        else if (ENCRYPTED_FLAG.test(leaf) && change.before === true && change.after !== true) {
            reasons.push(`${leaf} turned off`);
        }
        else if (ENCRYPTION_BLOCK.test(top) &&
            change.path === top &&
            !isEmpty(change.before) &&
            isEmpty(change.after) &&
            (top !== 'rule' || /encryption/.test(finding.type))) {
            reasons.push(`${top} removed`);
        }
        else if (/^aws_kms_(key|replica_key)$/.test(finding.type) && turnedOff(change)) {
            if (leaf === 'is_enabled')
                reasons.push('KMS key disabled');
            if (leaf === 'enable_key_rotation')
                reasons.push('KMS key rotation turned off');
        }
    }
    return reasons.length > 0 ? [...new Set(reasons)] : undefined;
}
const AUDIT_LOG_TYPES = /^aws_(cloudtrail|flow_log|config_configuration_recorder(_status)?|guardduty_detector|securityhub_account)$/;
function auditLoggingOff(finding) {
    if (!AUDIT_LOG_TYPES.test(finding.type))
        return undefined;
    if (finding.kind === 'deleted')
        return [`${finding.type.slice(4)} deleted`];
    const off = finding.changes.filter(c => turnedOff(c) && /^(enable_logging|is_enabled|enable)$/.test(lastSegment(c.path)));
    return off.length > 0 ? [`audit logging turned off (${off[0].path})`] : undefined;
}
const LOGGING_DELETED = new Set(['aws_s3_bucket_logging']);
function loggingOff(finding) {
    if (finding.kind === 'deleted')
        return LOGGING_DELETED.has(finding.type) ? ['access logging removed'] : undefined;
    const reasons = finding.changes
        .filter(c => {
        const segments = pathSegments(c.path).filter(s => typeof s === 'string');
        if (COSMETIC.has(segments[0] ?? ''))
            return false;
        if (!segments.some(s => /log/i.test(s)))
            return false;
        return turnedOff(c) || (!isEmpty(c.before) && isEmpty(c.after) && c.after !== 0);
    })
        .map(c => `logging turned off (${c.path})`);
    return reasons.length > 0 ? reasons : undefined;
}
function protectionOff(finding) {
    if (finding.kind === 'deleted')
        return finding.type === 'aws_s3_bucket_versioning'
            ? ['versioning configuration removed']
            : undefined;
    const reasons = [];
    for (const change of finding.changes) {
        const path = change.path;
        const leaf = lastSegment(path);
        if (/versioning/.test(path) && (leaf === 'status' || leaf === 'enabled') && turnedOff(change))
            reasons.push('versioning turned off');
        else if (leaf === 'mfa_delete' && turnedOff(change))
            reasons.push('MFA delete turned off');
        else if (leaf === 'deletion_protection' && turnedOff(change))
            reasons.push('deletion protection turned off');
        else if (/point_in_time_recovery/.test(path) && turnedOff(change))
            reasons.push('point-in-time recovery turned off');
        else if (leaf === 'backup_retention_period' && change.after === 0 && Number(change.before) > 0)
            reasons.push('automated backups turned off');
    }
    return reasons.length > 0 ? [...new Set(reasons)] : undefined;
}
/** Services of the listed types that have no ARN: access keys, inline policies, attachments. */
const SERVICE_OF_TYPE = /^aws_(iam)_/;
function unmanagedKind(subject) {
    const arn = subject.arn ? (0,_collect_aws_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(subject.arn) : undefined;
    const service = arn?.service ?? SERVICE_OF_TYPE.exec(subject.type)?.[1] ?? subject.type.split(':')[0];
    const type = arn?.resourceType ?? subject.type.replace(/^aws_iam_/, '');
    return { service, type, terraformType: subject.type, risk: subject.risk };
}
/** The rules of a risk that let anyone in, each in words: `ingress open to 0.0.0.0/0 (tcp 22)`. */
function openIngress(kind, admin) {
    const reasons = (kind.risk?.rules ?? []).flatMap(rule => {
        const cidr = rule.cidrIpv4 ?? rule.cidrIpv6;
        if (rule.egress || !cidr || !OPEN_CIDRS.has(cidr))
            return [];
        const ports = portsOf({
            protocol: rule.protocol,
            from_port: rule.fromPort,
            to_port: rule.toPort
        });
        if (ports.admin !== admin)
            return [];
        return [`ingress open to ${cidr}${ports.label ? ` (${ports.label})` : ''}`];
    });
    return reasons.length > 0 ? [...new Set(reasons)] : undefined;
}
const DATA_OR_COMPUTE = new Set([
    's3',
    'secretsmanager',
    'ssm',
    'rds',
    'dynamodb',
    'elasticfilesystem',
    'elasticache',
    'es',
    'redshift',
    'sqs',
    'lambda',
    'ecs',
    'eks',
    'backup'
]);
// ---------------------------------------------------------------------------------------------
// The table. Order within a severity decides which rule id a finding carries when several of
// the same severity match; higher severities come first.
const SEVERITY_RULES = [
    {
        id: 'open-ingress-admin-port',
        severity: 'critical',
        title: 'Ingress from anywhere (0.0.0.0/0 or ::/0) to an administration or database port',
        drift: (f, current) => exposureReasons(f, current, e => e.direction === 'ingress' && e.admin)
    },
    {
        id: 'public-policy',
        severity: 'critical',
        title: 'A resource or trust policy now allows Principal "*" without a condition',
        drift: f => newlyPublic(f, 'unconditional')
    },
    {
        id: 'public-acl',
        severity: 'critical',
        title: 'An S3 ACL now grants access to everyone or to any AWS user',
        drift: f => publicAcl(f)
    },
    {
        id: 'unmanaged-open-admin-port',
        severity: 'critical',
        title: 'An unmanaged security group or rule lets anyone (0.0.0.0/0 or ::/0) reach an administration or database port',
        unmanaged: kind => openIngress(kind, true)
    },
    {
        id: 'unmanaged-admin-access',
        severity: 'critical',
        title: 'An unmanaged IAM user, role, group or policy allows every action on every resource',
        unmanaged: ({ risk }) => risk?.admin ? ['allows all actions on all resources (administrator)'] : undefined
    },
    {
        id: 'unmanaged-public-snapshot',
        severity: 'critical',
        title: 'An EBS snapshot of the account that anyone can copy',
        unmanaged: ({ risk }) => (risk?.public ? ['public snapshot: anyone can copy it'] : undefined)
    },
    {
        id: 'kms-key-deleted',
        severity: 'critical',
        title: 'A KMS key was deleted or scheduled for deletion outside Terraform',
        drift: f => f.kind === 'deleted' && /^aws_kms_(key|replica_key|external_key)$/.test(f.type)
            ? ['KMS key deleted or scheduled for deletion']
            : undefined
    },
    {
        id: 'open-ingress',
        severity: 'high',
        title: 'Ingress from anywhere (0.0.0.0/0 or ::/0)',
        drift: (f, current) => exposureReasons(f, current, e => e.direction === 'ingress' && !e.admin)
    },
    {
        id: 'open-egress',
        severity: 'high',
        title: 'Egress to anywhere (0.0.0.0/0 or ::/0)',
        drift: (f, current) => exposureReasons(f, current, e => e.direction === 'egress')
    },
    {
        id: 'public-policy-conditional',
        severity: 'high',
        title: 'A resource or trust policy now allows Principal "*" under a condition',
        drift: f => newlyPublic(f, 'conditional')
    },
    {
        id: 'public-access-block-loosened',
        severity: 'high',
        title: 'An S3 public access block was turned off or removed',
        drift: f => {
            if (!PUBLIC_ACCESS_BLOCK.test(f.type))
                return undefined;
            if (f.kind === 'deleted')
                return ['public access block removed'];
            const off = f.changes.filter(c => BLOCK_SETTINGS.has(c.path) && turnedOff(c));
            return off.length > 0 ? off.map(c => `${c.path} turned off`) : undefined;
        }
    },
    {
        id: 'encryption-weakened',
        severity: 'high',
        title: 'Encryption removed or weakened, or its KMS key changed or disabled',
        drift: f => encryptionWeakened(f)
    },
    {
        id: 'access-policy-changed',
        severity: 'high',
        title: 'An IAM policy, trust policy or resource policy changed outside Terraform',
        drift: f => {
            const reasons = policyChanges(f)
                .filter(c => !publicAccess(c.after) || publicAccess(c.before))
                .map(c => lastSegment(c.path) === 'assume_role_policy'
                ? 'trust policy changed'
                : `${lastSegment(c.path)} changed`);
            if (/^aws_iam_/.test(f.type) && f.kind === 'changed') {
                for (const c of substantive(f))
                    if (!POLICY_ATTRIBUTE.test(lastSegment(c.path)))
                        reasons.push(`IAM ${(0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .topAttribute */ .oX)(c.path)} changed`);
            }
            return reasons.length > 0 ? [...new Set(reasons)] : undefined;
        }
    },
    {
        id: 'access-control-deleted',
        severity: 'high',
        title: 'An access control resource (IAM, security group, policy, key) was deleted',
        drift: f => f.kind === 'deleted' && isAccessType(f.type) ? ['access control resource deleted'] : undefined
    },
    {
        id: 'secret-changed',
        severity: 'high',
        title: 'A sensitive value (a secret) was changed outside Terraform',
        drift: f => (f.changes.some(c => c.sensitive) ? ['a sensitive value changed'] : undefined)
    },
    {
        id: 'audit-logging-disabled',
        severity: 'high',
        title: 'CloudTrail, flow logs, AWS Config or GuardDuty turned off or deleted',
        drift: f => auditLoggingOff(f)
    },
    {
        id: 'unmanaged-access-key',
        severity: 'high',
        title: 'An unmanaged IAM access key: a long-lived credential no code review saw',
        unmanaged: ({ terraformType }) => terraformType === 'aws_iam_access_key' ? ['long-lived access key'] : undefined
    },
    {
        id: 'unmanaged-open-ingress',
        severity: 'high',
        title: 'An unmanaged security group or rule lets anyone (0.0.0.0/0 or ::/0) in',
        unmanaged: kind => openIngress(kind, false)
    },
    {
        id: 'unmanaged-access-control',
        severity: 'high',
        title: 'An unmanaged security group, network ACL, IAM resource or KMS key',
        unmanaged: ({ service, type, terraformType }) => {
            // An access key has its own rule, with its own words.
            if (terraformType === 'aws_iam_access_key')
                return undefined;
            if (service === 'iam' || service === 'kms')
                return [`unmanaged ${service} ${type}`.trim()];
            if (service === 'ec2' && /^(security-group|security-group-rule|network-acl)$/.test(type))
                return [`unmanaged ${type}`];
            return undefined;
        }
    },
    {
        id: 'logging-disabled',
        severity: 'medium',
        title: 'Access logging turned off or removed',
        drift: f => loggingOff(f)
    },
    {
        id: 'protection-disabled',
        severity: 'medium',
        title: 'Versioning, MFA delete, deletion protection, backups or point-in-time recovery turned off',
        drift: f => protectionOff(f)
    },
    {
        id: 'access-control-changed',
        severity: 'medium',
        fallback: true,
        title: 'A security group, network ACL or other access control changed (not opened to the world)',
        drift: f => f.kind === 'changed' && isAccessType(f.type) && substantive(f).length > 0
            ? ['access control changed']
            : undefined
    },
    {
        id: 'resource-deleted',
        severity: 'medium',
        title: 'A resource was deleted outside Terraform; the next apply recreates it, empty',
        drift: f => (f.kind === 'deleted' ? [] : undefined)
    },
    {
        id: 'unmanaged-data-or-compute',
        severity: 'medium',
        title: 'An unmanaged bucket, database, secret, queue or compute resource',
        unmanaged: ({ service }) => (DATA_OR_COMPUTE.has(service) ? [] : undefined)
    },
    {
        id: 'drift',
        severity: 'low',
        title: 'A resource changed outside Terraform',
        drift: () => []
    },
    {
        id: 'unmanaged-resource',
        severity: 'low',
        title: 'A resource no Terraform state manages',
        unmanaged: () => []
    }
];
const SEVERITY_RULE_IDS = SEVERITY_RULES.map(rule => rule.id);
function assess(matches, fallback) {
    let top;
    const concerns = [];
    for (const rule of SEVERITY_RULES) {
        const reasons = matches(rule);
        if (!reasons || (rule.fallback && concerns.length > 0))
            continue;
        if (!top || (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(rule.severity) > (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(top.severity))
            top = rule;
        concerns.push(...reasons);
    }
    return {
        severity: top?.severity ?? 'low',
        rule: top?.id ?? fallback,
        concerns: [...new Set(concerns)]
    };
}
/**
 * The severity of a drift finding. `current` is the resource's value now (already redacted),
 * when the caller has it: without it a widened CIDR's port is unknown and ranks high, not
 * critical.
 */
function assessDrift(finding, current) {
    return assess(rule => rule.drift?.(finding, current), 'drift');
}
/** Assessments by kind: an inventory holds tens of thousands of resources of a few dozen kinds. */
const unmanagedAssessments = new Map();
function assessUnmanaged(subject) {
    const kind = unmanagedKind(subject);
    // What a listing showed makes the assessment the resource's own.
    if (kind.risk)
        return assess(rule => rule.unmanaged?.(kind), 'unmanaged-resource');
    const key = `${kind.service}\0${kind.type}`;
    let assessment = unmanagedAssessments.get(key);
    if (!assessment) {
        // Shared by every resource of the kind, so frozen.
        const assessed = assess(rule => rule.unmanaged?.(kind), 'unmanaged-resource');
        Object.freeze(assessed.concerns);
        assessment = Object.freeze(assessed);
        unmanagedAssessments.set(key, assessment);
    }
    return assessment;
}
/** The assessment as the model's fields, to spread into a finding. */
function severityFields(assessment) {
    return {
        severity: assessment.severity,
        severityRule: assessment.rule,
        concerns: assessment.concerns
    };
}
function ruleById(id) {
    return SEVERITY_RULES.find(rule => rule.id === id);
}


/***/ }),

/***/ 2595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lw: () => (/* binding */ parseArn),
/* harmony export */   Rl: () => (/* binding */ queueUrlToArn),
/* harmony export */   U9: () => (/* binding */ parseQueueUrl),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   mE: () => (/* binding */ normaliseArn),
/* harmony export */   n6: () => (/* binding */ queueArnToUrl)
/* harmony export */ });
/* unused harmony export dnsSuffix */
/**
 * ARNs as the Tagging API returns them and as Terraform state holds them. The two disagree in a
 * few known ways; every comparison goes through `normaliseArn` so one form is compared with one.
 */
/** Services whose ARNs name the resource with no type prefix (`arn:aws:sqs:r:a:name`). */
const UNTYPED = { s3: 'bucket', sqs: 'queue', sns: 'topic' };
function parseArn(text) {
    // The grammar of /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/s, found with indexOf: this runs
    // for every ARN of the inventory, and a match array per ARN is garbage to collect.
    if (!text.startsWith('arn:'))
        return undefined;
    const afterPartition = text.indexOf(':', 4);
    if (afterPartition <= 4)
        return undefined;
    const afterService = text.indexOf(':', afterPartition + 1);
    if (afterService <= afterPartition + 1)
        return undefined;
    const afterRegion = text.indexOf(':', afterService + 1);
    if (afterRegion < 0)
        return undefined;
    const afterAccount = text.indexOf(':', afterRegion + 1);
    if (afterAccount < 0 || afterAccount === text.length - 1)
        return undefined;
    const partition = text.slice(4, afterPartition);
    const service = text.slice(afterPartition + 1, afterService);
    const region = text.slice(afterService + 1, afterRegion);
    const account = text.slice(afterRegion + 1, afterAccount);
    const resource = text.slice(afterAccount + 1);
    const sep = typeSeparator(resource);
    const untyped = UNTYPED[service];
    if (untyped && sep < 0) {
        return {
            partition,
            service,
            region,
            account,
            resource,
            resourceType: untyped,
            resourceId: resource
        };
    }
    const resourceType = sep < 0 ? '' : resource.slice(0, sep);
    const resourceId = sep < 0 ? resource : resource.slice(sep + 1);
    return { partition, service, region, account, resource, resourceType, resourceId };
}
/** Where the first `/` or `:` is, or -1. */
function typeSeparator(resource) {
    const slash = resource.indexOf('/');
    const colon = resource.indexOf(':');
    return slash < 0 ? colon : colon < 0 || slash < colon ? slash : colon;
}
/** Where an ARN's service starts, found the way parseArn finds it; -1 when it has none. */
function serviceStart(arn) {
    if (!arn.startsWith('arn:'))
        return -1;
    const afterPartition = arn.indexOf(':', 4);
    return afterPartition <= 4 ? -1 : afterPartition + 1;
}
/**
 * One spelling per resource. The provider's log group ARN ends in `:*` (older versions) where
 * the Tagging API's does not; an SSM parameter's hierarchical name can give `parameter//a/b`.
 */
function normaliseArn(arn) {
    const out = arn.trim();
    const service = serviceStart(out);
    if (service < 0)
        return out;
    if (out.startsWith('logs:', service))
        return out.endsWith(':*') ? out.slice(0, -2) : out;
    if (out.startsWith('ssm:', service) && out.includes(':parameter//')) {
        return out.replace(/:parameter\/\/+/, ':parameter/');
    }
    return out;
}
/** The DNS suffix of a partition's public endpoints. */
function dnsSuffix(partition) {
    if (partition === 'aws-cn')
        return 'amazonaws.com.cn';
    if (partition === 'aws-iso')
        return 'c2s.ic.gov';
    if (partition === 'aws-iso-b')
        return 'sc2s.sgov.gov';
    return 'amazonaws.com';
}
/** Which partition a region is in, for building ARNs from ids. */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    return 'aws';
}
/** An SQS queue URL (the queue's Terraform id and import id) taken apart. */
function parseQueueUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const path = parsed.pathname.split('/').filter(Boolean);
    if (path.length !== 2 || !/^\d{12}$/.test(path[0]))
        return undefined;
    const host = parsed.hostname;
    const region = /^sqs\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(host)?.[1] ??
        /^([a-z0-9-]+)\.queue\.amazonaws\.com(\.cn)?$/.exec(host)?.[1] ??
        /^sqs\.([a-z]{2}(-[a-z]+)+-\d)\./.exec(host)?.[1];
    return { account: path[0], name: path[1], ...(region ? { region } : {}) };
}
/** The ARN of a queue whose URL names its region, else undefined. */
function queueUrlToArn(url) {
    const queue = parseQueueUrl(url);
    if (!queue?.region)
        return undefined;
    return `arn:${partitionOf(queue.region)}:sqs:${queue.region}:${queue.account}:${queue.name}`;
}
/** The queue URL AWS gives a queue, which is what `terraform import` wants. */
function queueArnToUrl(arn) {
    return `https://sqs.${arn.region}.${dnsSuffix(arn.partition)}/${arn.account}/${arn.resourceId}`;
}


/***/ }),

/***/ 7562:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LISTED_TYPES),
/* harmony export */   q: () => (/* binding */ isListedType)
/* harmony export */ });
/**
 * The Terraform types the direct listing finds, tagged or not: how each is scoped, the IAM
 * actions its listing calls (what a read-only role must allow), and what to call them in a fault
 * line. Plain data, so the README and input validation can read it without loading a lister.
 */
const SNAPSHOT_ACTIONS = [
    'ec2:DescribeSnapshots',
    'ec2:DescribeSnapshotAttribute',
    'ec2:DescribeImages'
];
const GAAD = ['iam:GetAccountAuthorizationDetails'];
const RULES = ['ec2:DescribeSecurityGroupRules'];
const LISTED_TYPES = {
    aws_security_group: {
        scope: 'regional',
        actions: ['ec2:DescribeSecurityGroups'],
        label: 'security groups'
    },
    aws_vpc_security_group_ingress_rule: {
        scope: 'regional',
        actions: RULES,
        label: 'security group rules'
    },
    aws_vpc_security_group_egress_rule: {
        scope: 'regional',
        actions: RULES,
        label: 'security group rules'
    },
    aws_instance: { scope: 'regional', actions: ['ec2:DescribeInstances'], label: 'EC2 instances' },
    aws_ebs_volume: { scope: 'regional', actions: ['ec2:DescribeVolumes'], label: 'EBS volumes' },
    aws_key_pair: { scope: 'regional', actions: ['ec2:DescribeKeyPairs'], label: 'EC2 key pairs' },
    aws_ebs_snapshot: {
        scope: 'regional',
        actions: SNAPSHOT_ACTIONS,
        label: 'public EBS snapshots'
    },
    aws_vpc: { scope: 'regional', actions: ['ec2:DescribeVpcs'], label: 'VPCs' },
    aws_subnet: { scope: 'regional', actions: ['ec2:DescribeSubnets'], label: 'subnets' },
    aws_internet_gateway: {
        scope: 'regional',
        actions: ['ec2:DescribeInternetGateways', 'ec2:DescribeVpcs'],
        label: 'internet gateways'
    },
    aws_route_table: {
        scope: 'regional',
        actions: ['ec2:DescribeRouteTables'],
        label: 'route tables'
    },
    aws_network_acl: {
        scope: 'regional',
        actions: ['ec2:DescribeNetworkAcls'],
        label: 'network ACLs'
    },
    aws_iam_user: { scope: 'global', actions: GAAD, label: 'IAM users' },
    aws_iam_role: { scope: 'global', actions: GAAD, label: 'IAM roles' },
    aws_iam_group: { scope: 'global', actions: GAAD, label: 'IAM groups' },
    aws_iam_policy: { scope: 'global', actions: GAAD, label: 'customer-managed IAM policies' },
    aws_iam_role_policy: { scope: 'global', actions: GAAD, label: 'inline role policies' },
    aws_iam_user_policy: { scope: 'global', actions: GAAD, label: 'inline user policies' },
    aws_iam_role_policy_attachment: {
        scope: 'global',
        actions: GAAD,
        label: 'role policy attachments'
    },
    aws_iam_user_policy_attachment: {
        scope: 'global',
        actions: GAAD,
        label: 'user policy attachments'
    },
    aws_iam_access_key: {
        scope: 'global',
        actions: [...GAAD, 'iam:ListAccessKeys'],
        label: 'IAM access keys'
    },
    aws_iam_instance_profile: {
        scope: 'global',
        actions: ['iam:ListInstanceProfiles'],
        label: 'IAM instance profiles'
    },
    aws_kms_key: {
        scope: 'regional',
        actions: ['kms:ListKeys', 'kms:DescribeKey'],
        label: 'KMS keys'
    },
    aws_secretsmanager_secret: {
        scope: 'regional',
        actions: ['secretsmanager:ListSecrets'],
        label: 'Secrets Manager secrets'
    },
    aws_lambda_function: {
        scope: 'regional',
        actions: ['lambda:ListFunctions'],
        label: 'Lambda functions'
    },
    aws_db_instance: {
        scope: 'regional',
        actions: ['rds:DescribeDBInstances'],
        label: 'RDS instances'
    },
    aws_lb: {
        scope: 'regional',
        actions: ['elasticloadbalancing:DescribeLoadBalancers'],
        label: 'load balancers'
    },
    aws_lb_target_group: {
        scope: 'regional',
        actions: ['elasticloadbalancing:DescribeTargetGroups'],
        label: 'target groups'
    },
    aws_route53_zone: {
        scope: 'global',
        actions: ['route53:ListHostedZones'],
        label: 'Route 53 hosted zones'
    },
    aws_sns_topic: { scope: 'regional', actions: ['sns:ListTopics'], label: 'SNS topics' },
    aws_sqs_queue: { scope: 'regional', actions: ['sqs:ListQueues'], label: 'SQS queues' },
    aws_ssm_parameter: {
        scope: 'regional',
        actions: ['ssm:DescribeParameters'],
        label: 'SSM parameters'
    },
    aws_cloudwatch_log_group: {
        scope: 'regional',
        actions: ['logs:DescribeLogGroups'],
        label: 'CloudWatch log groups'
    },
    aws_dynamodb_table: {
        scope: 'regional',
        actions: ['dynamodb:ListTables'],
        label: 'DynamoDB tables'
    },
    aws_ecr_repository: {
        scope: 'regional',
        actions: ['ecr:DescribeRepositories'],
        label: 'ECR repositories'
    },
    aws_s3_bucket: {
        scope: 'regional',
        actions: ['s3:ListAllMyBuckets'],
        label: 'S3 buckets'
    }
};
function isListedType(type) {
    return Object.hasOwn(LISTED_TYPES, type);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error the user can fix. Its message is one line that says what to change; main prints it
 * as is, without a stack trace. Anything else that escapes is a bug in Driftwatch.
 */
class UserError extends Error {
    name = 'UserError';
}
/**
 * A bad value of one input. `label` names it where the user set it (`Input 'fail-on'` in a
 * workflow, `Option '--fail-on'` on the command line: see inputField in inputs.ts), so no one
 * rewrites the message later. Of two inputs that clash, `input` is the one the message asks to
 * change.
 */
class InputError extends UserError {
    name = 'InputError';
    input;
    constructor(field, detail) {
        super(`${field.label} ${detail}`);
        this.input = field.input;
    }
}
/** One line of a possibly multi-line message, trimmed to a length a log line or table cell can hold. */
function oneLine(text, max = 400) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(607);

await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4337:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ redactValue),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   h6: () => (/* binding */ Scrubber),
/* harmony export */   qI: () => (/* binding */ maskAt)
/* harmony export */ });
/**
 * Redaction, used by every stage. Terraform's JSON plan carries sensitive values in plaintext,
 * marked only by parallel masks (`*_sensitive`, `sensitive_values`, sensitive variables and
 * outputs). This module turns masks into redactions, and scrubs every known secret from free text
 * so that any text leaving Driftwatch is clean a second time, whatever path it took.
 */
/** What a sensitive value reads as, everywhere. */
const REDACTED = '(sensitive)';
/** Shortest secret scrubbed from free text; shorter values ("1", "true") would mangle every line. */
const MIN_SCRUB_LENGTH = 4;
function maskAt(mask, key) {
    if (mask === true)
        return true;
    if (!mask || typeof mask !== 'object')
        return false;
    const child = mask[key];
    return child ?? false;
}
/** The value with every part the mask marks replaced by REDACTED. */
function redactValue(value, mask) {
    if (mask === true)
        return value === null || value === undefined ? value : REDACTED;
    if (!mask || typeof mask !== 'object' || value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map((item, i) => redactValue(item, maskAt(mask, i)));
    const out = {};
    for (const [key, item] of Object.entries(value))
        out[key] = redactValue(item, maskAt(mask, key));
    return out;
}
/**
 * Candidates are found in steps. Most of a text is skipped a window at a time, by the two
 * characters each window ends with (Scrubber.shifts). Where a secret could start, the position is
 * ruled out by its first two characters, then its next two, when no secret starts so (each
 * character folded to 8 bits: tables of 65,536 bits, 8 KB, that stay in the processor's cache);
 * the rest are looked up by a hash of their first MIN_SCRUB_LENGTH characters, whose low
 * HASH_BITS index the secrets' buckets.
 */
const HASH_BASE = 31;
const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;
function headHash(text, at) {
    let hash = 0;
    for (let i = at; i < at + MIN_SCRUB_LENGTH; i++)
        hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(i)) | 0;
    return hash & HASH_MASK;
}
function pairAt(text, at) {
    return ((text.charCodeAt(at) & 0xff) << 8) | (text.charCodeAt(at + 1) & 0xff);
}
function setBit(bits, index) {
    bits[index >>> 5] |= 1 << (index & 31);
}
/**
 * Replaces every known secret in free text (terraform's stderr, a rendered body). At each place
 * the longest secret that starts there is replaced whole. One pass over the text whatever the
 * number of secrets, so a plan with thousands of secrets and megabytes of output stays linear.
 */
class Scrubber {
    secrets = [];
    /** No text shorter than the shortest secret can hold one: most keys and values are. */
    shortest = Number.POSITIVE_INFINITY;
    /**
     * Secrets by the hash of their first characters: their lengths, longest first, and the set to
     * look a candidate up in. Many secrets share a prefix (`arn:aws:…`, `postgres://…`), so a
     * bucket is searched by length, not secret by secret.
     */
    heads = new Map();
    /** The first two characters of some secret, folded (see pairAt); then its next two. */
    pairs = new Int32Array((1 << 16) >>> 5);
    nextPairs = new Int32Array((1 << 16) >>> 5);
    /**
     * How far a window of `window` characters can move on, by the two characters it ends with
     * (Wu–Manber): as far as the window's length unless that pair stands in some secret's first
     * `window` characters. Most text is skipped a window at a time, never looked at position by
     * position.
     */
    window = 0;
    shifts = new Uint8Array(1 << 16);
    add(values) {
        const all = new Set(this.secrets);
        for (const value of values)
            if (value.length >= MIN_SCRUB_LENGTH)
                all.add(value);
        this.secrets = [...all].sort((a, b) => b.length - a.length);
        this.shortest = this.secrets.at(-1)?.length ?? Number.POSITIVE_INFINITY;
        this.heads = new Map();
        this.pairs.fill(0);
        this.nextPairs.fill(0);
        // Any secret is at least this long; 64 keeps every shift in a byte.
        this.window = Math.min(this.shortest, 64);
        this.shifts.fill(this.window - 1);
        for (const secret of this.secrets) {
            for (let j = 0; j <= this.window - 2; j++) {
                const pair = pairAt(secret, j);
                this.shifts[pair] = Math.min(this.shifts[pair], this.window - 2 - j);
            }
            setBit(this.pairs, pairAt(secret, 0));
            setBit(this.nextPairs, pairAt(secret, 2));
            const hash = headHash(secret, 0);
            const bucket = this.heads.get(hash) ?? { lengths: [], secrets: new Set() };
            this.heads.set(hash, bucket);
            bucket.secrets.add(secret);
            if (!bucket.lengths.includes(secret.length))
                bucket.lengths.push(secret.length);
        }
    }
    get values() {
        return this.secrets;
    }
    /** The length of the longest secret starting at `at`, or 0. */
    matchAt(text, at) {
        const bucket = this.heads.get(headHash(text, at));
        if (!bucket)
            return 0;
        for (const length of bucket.lengths) {
            if (at + length <= text.length && bucket.secrets.has(text.slice(at, at + length)))
                return length;
        }
        return 0;
    }
    scrub(text) {
        if (text.length < this.shortest)
            return text;
        const parts = [];
        let copied = 0;
        const last = text.length - this.shortest;
        const { pairs, nextPairs, shifts } = this;
        const tail = this.window - 2;
        let i = 0;
        while (i <= last) {
            const shift = shifts[pairAt(text, i + tail)];
            if (shift > 0) {
                i += shift;
                continue;
            }
            const pair = pairAt(text, i);
            if (((pairs[pair >>> 5] >>> (pair & 31)) & 1) === 1) {
                const next = pairAt(text, i + 2);
                const matched = (nextPairs[next >>> 5] >>> (next & 31)) & 1 ? this.matchAt(text, i) : 0;
                if (matched > 0) {
                    parts.push(text.slice(copied, i), REDACTED);
                    i += matched;
                    copied = i;
                    continue;
                }
            }
            i++;
        }
        if (copied === 0)
            return text;
        parts.push(text.slice(copied));
        return parts.join('');
    }
    /**
     * Scrubs every string inside a JSON-like value. Only what changed is copied: a report of tens
     * of thousands of entries usually holds no secret at all, and copying all of it was most of
     * this pass's cost.
     */
    scrubDeep(value) {
        if (this.secrets.length === 0)
            return value;
        return this.deep(value);
    }
    deep(value) {
        if (typeof value === 'string')
            return this.scrub(value);
        if (value === null || typeof value !== 'object')
            return value;
        if (Array.isArray(value)) {
            let copy;
            for (let i = 0; i < value.length; i++) {
                const item = value[i];
                const scrubbed = this.deep(item);
                if (scrubbed !== item)
                    (copy ??= value.slice())[i] = scrubbed;
            }
            return copy ?? value;
        }
        const entries = value;
        let copy;
        for (const key of Object.keys(entries)) {
            const item = entries[key];
            const scrubbed = this.deep(item);
            const scrubbedKey = this.scrub(key);
            if (scrubbedKey !== key) {
                // A key is rewritten in place in the copy, keeping the order of the others.
                copy = Object.fromEntries(Object.entries(copy ?? entries).map(([k, v]) => k === key ? [scrubbedKey, scrubbed] : [k, v]));
            }
            else if (scrubbed !== item) {
                ;
                (copy ??= { ...entries })[key] = scrubbed;
            }
        }
        return copy ?? value;
    }
}


/***/ }),

/***/ 9519:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ allocate),
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   Th: () => (/* binding */ BODY_LIMIT),
/* harmony export */   Uj: () => (/* binding */ fit),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   eW: () => (/* binding */ FULL),
/* harmony export */   hg: () => (/* binding */ characters),
/* harmony export */   tY: () => (/* binding */ TABLE_ROWS)
/* harmony export */ });
/**
 * Keeping a body inside a size limit (GitHub refuses comment and issue bodies over 65,536
 * characters and job summaries over 1 MiB) without losing what a reader needs first: detail is
 * collapsed first, then rows are dropped from the end with a count of what was left out. The
 * headline and counts come before any row, so they always survive.
 */
/** GitHub's limit for an issue or comment body, in characters. */
const BODY_LIMIT = 65_536;
/** GitHub's limit for one step's job summary, in bytes. */
const SUMMARY_LIMIT = 1024 * 1024;
/** Fewer characters than any table row takes (a finding's, an unmanaged resource's). */
const MIN_ROW = 40;
/** Rows in the first probe, which gives the search its first slope. */
const SAMPLE_ROWS = 16;
/** Guesses along the secant before the search falls back to midpoints. */
const SECANT_GUESSES = 6;
/** Room left under a limit for what the publisher adds around a body (marker, line ends). */
const MARGIN = 512;
const FULL = {
    valueLength: 200,
    changesPerFinding: Number.POSITIVE_INFINITY,
    findings: Number.POSITIVE_INFINITY,
    details: true,
    elsewhere: 'see the JSON report'
};
const COMPACT = {
    valueLength: 80,
    changesPerFinding: 10,
    details: false
};
const characters = text => text.length;
const utf8Bytes = text => Buffer.byteLength(text, 'utf8');
/** How many of each group's items to show when `limit` items are shown in order overall. */
function allocate(sizes, limit) {
    let left = limit;
    return sizes.map(size => {
        const take = Math.max(0, Math.min(size, left));
        left -= take;
        return take;
    });
}
/**
 * Rows shown per table at most, whatever the limit: a reader scans a few hundred rows, not
 * 27,000, and the JSON report holds every one. Rendering and measuring tens of thousands of rows
 * to fill a 1 MiB summary cost more than the rest of the analysis together.
 */
const TABLE_ROWS = 1000;
/**
 * The richest rendering that fits: everything in full, else as many rows as fit in the compact
 * form (never more than TABLE_ROWS), found by a search over row counts. `fallback` is used when
 * not even the counts fit, and is clipped.
 */
function fit(render, options) {
    const max = options.limit - MARGIN;
    // Every row costs at least MIN_ROW: with more findings than that allows, neither full
    // rendering can fit, and the search need not try more rows than could.
    const maxRows = Math.min(Math.floor(max / MIN_ROW), TABLE_ROWS);
    const shownRows = Math.min(options.totalFindings, maxRows);
    const findings = shownRows < options.totalFindings ? shownRows : FULL.findings;
    const compact = { ...FULL, ...COMPACT, elsewhere: options.elsewhere };
    const sized = (count) => {
        const text = render({ ...compact, findings: count === shownRows ? findings : count });
        return { text, size: options.measure(text) };
    };
    const full = () => {
        const text = render({ ...FULL, elsewhere: options.elsewhere, findings });
        return options.measure(text) <= max ? text : undefined;
    };
    const zero = sized(0);
    if (zero.size > max)
        return clip(options.fallback(), max, options.measure);
    // No rows to search for: the full rendering, if it fits.
    if (shownRows === 0)
        return full() ?? zero.text;
    // Size grows about linearly with the rows shown, so after a small sample each guess follows
    // the line through the last two renders (a secant): rows near the limit cost about the same,
    // so a report far too large for the limit takes three or four small renders, and the large
    // renderings are only tried when the line says they could fit. Every guess stays strictly
    // inside the range known to hold the answer; after SECANT_GUESSES, midpoints take over, which
    // keeps the worst case logarithmic. The full rendering is tried just before the compact one
    // with every row: it is the larger of the two, so it can only fit if that one does.
    let low = zero.text;
    let lowCount = 0;
    let highCount = shownRows + 1;
    let previous = { count: 0, size: zero.size };
    let latest = previous;
    for (let guesses = 0; highCount - lowCount > 1; guesses++) {
        const slope = (latest.size - previous.size) / Math.max(1, latest.count - previous.count);
        const guess = guesses === 0
            ? SAMPLE_ROWS
            : guesses <= SECANT_GUESSES
                ? latest.count + Math.floor((max - latest.size) / Math.max(slope, 1))
                : lowCount + Math.floor((highCount - lowCount) / 2);
        const count = Math.min(highCount - 1, Math.max(lowCount + 1, guess));
        if (count === shownRows) {
            const whole = full();
            if (whole !== undefined)
                return whole;
        }
        const probe = sized(count);
        previous = latest;
        latest = { count, size: probe.size };
        if (probe.size <= max) {
            low = probe.text;
            lowCount = count;
        }
        else {
            highCount = count;
        }
    }
    return low;
}
/** Cuts text to a measured size on a line boundary, as a last resort. */
function clip(text, max, measure) {
    if (measure(text) <= max)
        return text;
    const lines = text.split('\n');
    let low = 0;
    let high = lines.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (measure(lines.slice(0, mid).join('\n')) <= max)
            low = mid;
        else
            high = mid - 1;
    }
    if (low > 0)
        return lines.slice(0, low).join('\n');
    let cut = lines[0].slice(0, max);
    while (cut.length > 0 && measure(cut) > max)
        cut = cut.slice(0, Math.floor(cut.length * 0.9));
    return cut;
}


/***/ }),

/***/ 6965:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ CHANGE_SIGNS),
/* harmony export */   DT: () => (/* binding */ describeChanges),
/* harmony export */   Ir: () => (/* binding */ changeLineText),
/* harmony export */   gK: () => (/* binding */ FORM_ONLY)
/* harmony export */ });
/* harmony import */ var _analyse_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(326);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6867);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9519);



const CHANGE_SIGNS = { added: '+', removed: '-', changed: '~' };
/**
 * Said in place of the lines when a finding has changes but none is a difference (a policy AWS
 * only reformatted): Terraform still counts the resource as drifted, so it is never left blank.
 */
const FORM_ONLY = 'reformatted only: the same content, written differently';
/** `+ ingress tcp 22 from 0.0.0.0/0`: the line as the step log and annotations show it. */
function changeLineText(line) {
    return `${CHANGE_SIGNS[line.kind]} ${line.text}`;
}
function describeChanges(type, changes, options = {}) {
    const context = { type, limit: options.valueLength ?? _budget_js__WEBPACK_IMPORTED_MODULE_2__/* .FULL */ .eW.valueLength };
    return describeLeaves(changes.flatMap(expand), context);
}
// ---------------------------------------------------------------------------------------------
// Values
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Terraform writes an absent optional value as null, "", [] or {}: all mean nothing is there. */
function isEmpty(value) {
    if (value === null || value === undefined || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return isObject(value) && Object.keys(value).length === 0;
}
function kindOf(before, after) {
    if (isEmpty(before))
        return 'added';
    return isEmpty(after) ? 'removed' : 'changed';
}
function list(value) {
    if (Array.isArray(value))
        return value.filter(item => !isEmpty(item));
    return isEmpty(value) ? [] : [value];
}
/** A nested block is a list of one object in Terraform's JSON: its first element, if any. */
function first(value) {
    const item = list(value)[0];
    return isObject(item) ? item : {};
}
function characters(count) {
    return `${count.toLocaleString('en-US')} characters`;
}
/**
 * Counted in code points, so a fold never splits an emoji or a CJK character in two; a value the
 * fold would not make shorter (`null` under a tiny limit) is left whole.
 */
function fold(text, limit, quote) {
    const chars = [...text];
    const whole = quote(text);
    if (chars.length <= limit)
        return whole;
    const folded = `${quote(`${chars.slice(0, limit).join('')}…`)} (${characters(chars.length)})`;
    return folded.length < whole.length ? folded : whole;
}
/** A value as compact JSON (strings quoted, so `"1"` and `1` differ), folded past the limit. */
function formatValue(value, limit) {
    if (value === _report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF)
        return _report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF;
    if (typeof value === 'string')
        return fold(value, limit, text => JSON.stringify(text));
    return fold(JSON.stringify(value ?? null), limit, text => text);
}
/**
 * A word inside a sentence: bare when it reads unambiguously, else quoted; always one line. A
 * control or invisible character keeps it quoted, where JSON escapes ESC and the other C0
 * controls: the step log is a terminal, and an escape sequence in a value would reach it raw.
 */
function word(value, limit) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (/^[^\s",;()\p{Cc}\p{Cf}]+$/u.test(text))
        return fold(text, limit, t => t);
    return formatValue(value, limit);
}
/** Lists in a sentence show their first few items: the count says how much is left out. */
const LIST_ITEMS = 3;
function words(values, limit) {
    const shown = values.slice(0, LIST_ITEMS).map(value => word(value, limit));
    const hidden = values.length - shown.length;
    return hidden > 0 ? `${shown.join(', ')} +${hidden} more` : shown.join(', ');
}
function sentence(parts) {
    return parts.filter(Boolean).join(' ');
}
// ---------------------------------------------------------------------------------------------
// Paths
const BLOCK_PATH = /\[\d+\]$/;
/** `rule[0].transition[1]` → `rule[0].transition`: the block list the element belongs to. */
function blockList(path) {
    return path.replace(BLOCK_PATH, '');
}
/** `ingress[0].from_port` → `from_port`. */
function lastKey(path) {
    const match = /(?:^|\.)([^.[\]]+)$/.exec(path);
    return match ? match[1] : '';
}
/** Joins a path diffAttributes wrote from the root (`a.b`, `[0].c`, `"k 1".c`) under `parent`. */
function appendPath(parent, sub) {
    if (!parent || !sub)
        return parent || sub;
    if (sub.startsWith('['))
        return `${parent}${sub}`;
    const quoted = /^"(?:[^"\\]|\\.)*"/.exec(sub);
    if (quoted)
        return `${parent}[${quoted[0]}]${sub.slice(quoted[0].length)}`;
    return `${parent}.${sub}`;
}
function shapeOf(value) {
    if (isEmpty(value))
        return 'empty';
    if (isObject(value))
        return 'object';
    if (Array.isArray(value) && value.some(isObject))
        return 'blocks';
    return 'scalar';
}
/** A whole block appearing or going: described as one line, never taken apart. */
function isBlockChange(change) {
    const shapes = [shapeOf(change.before), shapeOf(change.after)];
    return BLOCK_PATH.test(change.path) && shapes.includes('empty') && shapes.includes('object');
}
/** Objects and lists of blocks on both sides (or on one, the other empty) can be gone into. */
function containerOf(change) {
    const shapes = new Set([shapeOf(change.before), shapeOf(change.after)]);
    shapes.delete('empty');
    const [shape] = [...shapes];
    return shapes.size === 1 && shape !== 'scalar' ? shape : undefined;
}
/**
 * A change holding a map, an object or a list of blocks, taken down to what differs: a tag map
 * set from null reads as one line per tag, a block whose one key changed as that key alone. The
 * values are already redacted, and a sensitive change is never gone into.
 */
function expand(change) {
    const container = containerOf(change);
    if (change.sensitive || isBlockChange(change) || !container)
        return [change];
    const empty = container === 'object' ? {} : [];
    const before = isEmpty(change.before) ? empty : change.before;
    const after = isEmpty(change.after) ? empty : change.after;
    return (0,_analyse_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffAttributes */ .xX)(before, after).flatMap(sub => expand({ ...sub, path: appendPath(change.path, sub.path), sensitive: false }));
}
// ---------------------------------------------------------------------------------------------
// Lines
function describeLeaves(changes, context) {
    const ports = portPairs(changes, context);
    return changes.flatMap(change => {
        if (ports.merged.has(change))
            return [];
        const pair = ports.pairs.get(change);
        return pair ? [portLine(change, pair)] : describeChange(change, context);
    });
}
function describeChange(change, context) {
    if (change.sensitive)
        return [sensitiveLine(change)];
    if (isBlockChange(change))
        return [blockLine(change, context)];
    const documents = policyDocuments(change);
    if (documents)
        return policyLines(change.path, documents, context);
    return [valueLine(change, context)];
}
function line(kind, path, text, side) {
    return {
        kind,
        path,
        text,
        before: kind === 'added' ? '' : side,
        after: kind === 'removed' ? '' : side
    };
}
function changedLine(change, before, after) {
    const label = change.path ? `${change.path}: ` : '';
    return {
        kind: kindOf(change.before, change.after),
        path: change.path,
        text: `${label}${before} → ${after}`,
        before,
        after
    };
}
/** Only whether a side is there is shown: the value itself was redacted before it got here. */
function sensitiveLine(change) {
    const side = (value) => (isEmpty(value) ? 'null' : _report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF);
    return changedLine(change, side(change.before), side(change.after));
}
function valueLine(change, context) {
    const show = (value) => isNetworkType(context.type) && PROTOCOL_FIELDS.has(lastKey(change.path)) && !isEmpty(value)
        ? protocolName(value)
        : formatValue(value, context.limit);
    return changedLine(change, show(change.before), show(change.after));
}
function blockLine(change, context) {
    const kind = isEmpty(change.before) ? 'added' : 'removed';
    const block = (kind === 'added' ? change.after : change.before);
    const name = blockList(change.path);
    const description = describeBlock(name, block, context) || '(empty)';
    return line(kind, change.path, `${name} ${description}`, description);
}
/** By resource type and the block's path without indexes: only top-level blocks are known. */
const DESCRIBERS = [
    { type: /^aws_(default_)?security_group$/, block: /^(ingress|egress)$/, describe: sgRule },
    { type: /^aws_(default_)?network_acl$/, block: /^(ingress|egress)$/, describe: naclEntry },
    { type: /^aws_s3_bucket_lifecycle_configuration$/, block: /^rule$/, describe: lifecycleRule },
    { type: /^aws_s3_bucket$/, block: /^lifecycle_rule$/, describe: lifecycleRule },
    { type: /^aws_iam_role$/, block: /^inline_policy$/, describe: inlinePolicy }
];
function describeBlock(name, block, context) {
    const pattern = name.replace(/\[\d+\]/g, '');
    const known = DESCRIBERS.find(d => d.type.test(context.type) && d.block.test(pattern));
    return (known?.describe ?? genericBlock)(block, name, context);
}
/** Pairs past this many are left out: a line names a block, it does not list it. */
const GENERIC_FIELDS = 6;
const GENERIC_VALUE = 40;
/** Any other block: its non-empty plain fields as `key=value`; nested blocks are left out. */
function genericBlock(block, _name, context) {
    const limit = Math.min(context.limit, GENERIC_VALUE);
    const pairs = Object.entries(block)
        .filter(([, value]) => !isEmpty(value) && ['scalar', 'empty'].includes(shapeOf(value)))
        .map(([key, value]) => `${key}=${Array.isArray(value) ? words(value, limit) : word(value, limit)}`);
    const hidden = pairs.length - GENERIC_FIELDS;
    return sentence([...pairs.slice(0, GENERIC_FIELDS), hidden > 0 ? `+${hidden} more` : '']);
}
// Security group rules and network ACL entries
const NETWORK_TYPE = /security_group|network_acl/;
const PROTOCOL_FIELDS = new Set(['protocol', 'ip_protocol']);
const PROTOCOL_NUMBERS = {
    '1': 'icmp',
    '6': 'tcp',
    '17': 'udp',
    '58': 'icmpv6'
};
function isNetworkType(type) {
    return NETWORK_TYPE.test(type);
}
/** AWS takes `-1`, names and IANA numbers alike: one word for each protocol. */
function protocolName(protocol) {
    const text = String(protocol).toLowerCase();
    if (text === '-1' || text === 'all')
        return 'all traffic';
    return PROTOCOL_NUMBERS[text] ?? (/^\d+$/.test(text) ? `protocol ${text}` : text);
}
function portRange(from, to) {
    if (isEmpty(from) && isEmpty(to))
        return 'null';
    if (isEmpty(to) || from === to)
        return String(from);
    return `${from}-${to}`;
}
/** ICMP rules put the ICMP type and code where other protocols put ports; -1 means any. */
function icmp(name, type, code) {
    if (isEmpty(type) || Number(type) === -1)
        return name;
    const withCode = !isEmpty(code) && Number(code) !== -1 ? ` code ${code}` : '';
    return `${name} type ${type}${withCode}`;
}
function traffic(protocol, from, to) {
    const name = protocolName(protocol);
    if (name === 'all traffic')
        return name;
    if (name.startsWith('icmp'))
        return icmp(name, from, to);
    return isEmpty(from) ? name : `${name} ${portRange(from, to)}`;
}
function peers(direction, values, context) {
    if (values.length === 0)
        return '';
    return `${direction === 'egress' ? 'to' : 'from'} ${words(values, context.limit)}`;
}
function description(value, context) {
    return isEmpty(value) ? '' : `(${formatValue(value, context.limit)})`;
}
/** `tcp 22 from 0.0.0.0/0 ("temporary debug access")`, `all traffic to ::/0`. */
function sgRule(rule, name, context) {
    const sources = [
        ...list(rule.cidr_blocks),
        ...list(rule.ipv6_cidr_blocks),
        ...list(rule.prefix_list_ids),
        ...list(rule.security_groups),
        ...(rule.self === true ? ['self'] : [])
    ];
    return sentence([
        traffic(rule.protocol, rule.from_port, rule.to_port),
        peers(name, sources, context),
        description(rule.description, context)
    ]);
}
/** `#100 allow tcp 22 from 0.0.0.0/0`: entries are read in rule number order, so it comes first. */
function naclEntry(entry, name, context) {
    const protocol = protocolName(entry.protocol);
    const what = protocol.startsWith('icmp')
        ? icmp(protocol, entry.icmp_type, entry.icmp_code)
        : traffic(entry.protocol, entry.from_port, entry.to_port);
    return sentence([
        isEmpty(entry.rule_no) ? '' : `#${entry.rule_no}`,
        isEmpty(entry.action) ? '' : String(entry.action),
        what,
        peers(name, [...list(entry.cidr_block), ...list(entry.ipv6_cidr_block)], context)
    ]);
}
/** A rule widened from port 22 to all ports changes both ends: one line says `22 → 0-65535`. */
function portPairs(changes, context) {
    const found = { pairs: new Map(), merged: new Set() };
    if (!isNetworkType(context.type))
        return found;
    for (const from of changes.filter(c => !c.sensitive && lastKey(c.path) === 'from_port')) {
        const parent = from.path.slice(0, -'from_port'.length);
        const to = changes.find(c => !c.sensitive && c.path === `${parent}to_port`);
        if (!to)
            continue;
        found.pairs.set(from, to);
        found.merged.add(to);
    }
    return found;
}
function portLine(from, to) {
    const parent = from.path.slice(0, -'from_port'.length);
    const change = { ...from, path: `${parent}ports` };
    return changedLine(change, portRange(from.before, to.before), portRange(from.after, to.after));
}
// S3 lifecycle rules (aws_s3_bucket_lifecycle_configuration `rule`, aws_s3_bucket `lifecycle_rule`)
/** The provider writes an unset day count as 0. */
function after(days, date) {
    if (!isEmpty(days) && days !== 0)
        return `after ${days} days`;
    return isEmpty(date) ? '' : `on ${date}`;
}
function ruleScope(rule, context) {
    const filter = first(rule.filter);
    const and = first(filter.and);
    const prefix = [filter.prefix, and.prefix, rule.prefix].find(p => !isEmpty(p));
    const tag = first(filter.tag);
    const tags = {
        ...(isObject(rule.tags) ? rule.tags : {}),
        ...(isObject(and.tags) ? and.tags : {})
    };
    if (!isEmpty(tag.key))
        tags[String(tag.key)] = tag.value;
    const tagged = Object.entries(tags).map(([key, value]) => `${key}=${value}`);
    return sentence([
        prefix === undefined ? '' : `for ${word(prefix, context.limit)}`,
        tagged.length > 0 ? `tagged ${words(tagged, context.limit)}` : ''
    ]);
}
function expiry(label, days, date) {
    const when = after(days, date);
    return when ? `${label} ${when}` : '';
}
function transitions(steps, label, context) {
    return list(steps)
        .filter(isObject)
        .map(step => sentence([
        label,
        word(step.storage_class, context.limit),
        after(step.noncurrent_days ?? step.days, step.date)
    ]));
}
function ruleActions(rule, context) {
    const expiration = first(rule.expiration);
    const noncurrent = first(rule.noncurrent_version_expiration);
    const abortDays = first(rule.abort_incomplete_multipart_upload).days_after_initiation ??
        rule.abort_incomplete_multipart_upload_days;
    return [
        expiry('expire', expiration.days, expiration.date),
        expiration.expired_object_delete_marker === true ? 'remove expired delete markers' : '',
        ...transitions(rule.transition, 'to', context),
        expiry('noncurrent versions expire', noncurrent.noncurrent_days ?? noncurrent.days),
        ...transitions(rule.noncurrent_version_transition, 'noncurrent versions to', context),
        expiry('abort incomplete uploads', abortDays)
    ].filter(Boolean);
}
/** `"logs" for logs/: expire after 90 days, to GLACIER after 30 days`. */
function lifecycleRule(rule, _name, context) {
    const disabled = rule.status === 'Disabled' || rule.enabled === false;
    const head = sentence([
        isEmpty(rule.id) ? '' : formatValue(rule.id, context.limit),
        disabled ? '(disabled)' : '',
        ruleScope(rule, context)
    ]);
    const actions = ruleActions(rule, context);
    return actions.length > 0 ? `${head}: ${actions.join(', ')}` : head;
}
// ---------------------------------------------------------------------------------------------
// Policy documents
/** `policy`, `assume_role_policy`, `access_policies`; not flags such as `block_public_policy`. */
const POLICY_KEY = /(^|_)polic(y|ies)$/;
/** A statement list shows this many statements in one line; the rest are counted. */
const INLINE_STATEMENTS = 2;
function parseDocument(value) {
    if (isEmpty(value))
        return null;
    if (typeof value !== 'string')
        return undefined;
    try {
        const parsed = JSON.parse(value);
        return isObject(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Both sides as parsed JSON objects, when the attribute holds a JSON document on each side. */
function policyDocuments(change) {
    if (!POLICY_KEY.test(lastKey(change.path)))
        return undefined;
    const before = parseDocument(change.before);
    const after = parseDocument(change.after);
    if (before === undefined || after === undefined || (before === null && after === null))
        return undefined;
    return [before, after];
}
/**
 * IAM reads `"s3:*"` and `["s3:*"]` alike, and the order of keys and of a list of names does not
 * matter to it: the form statements are compared in, so AWS reformatting a document is no change.
 */
function canonical(value) {
    if (Array.isArray(value)) {
        const items = value.map(canonical);
        if (items.length === 1)
            return items[0];
        return items.every(item => typeof item === 'string') ? [...items].sort() : items;
    }
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map(key => [key, canonical(value[key])]));
}
function statementsOf(document) {
    return list(document?.Statement).filter(isObject);
}
/** Statements of `from` that `against` lacks, each matched at most once. */
function unmatched(from, against) {
    const left = against.map(s => JSON.stringify(canonical(s)));
    return from.filter(statement => {
        const at = left.indexOf(JSON.stringify(canonical(statement)));
        if (at === -1)
            return true;
        left.splice(at, 1);
        return false;
    });
}
function withoutStatements(document) {
    const rest = Object.entries(document ?? {}).filter(([key]) => key !== 'Statement');
    return canonical(Object.fromEntries(rest));
}
function principal(statement, context) {
    const [key, value] = statement.NotPrincipal !== undefined
        ? ['NotPrincipal', statement.NotPrincipal]
        : ['Principal', statement.Principal];
    if (value === undefined)
        return '';
    const names = isObject(value) ? Object.values(value).flatMap(list) : list(value);
    return `${key} ${words(names, context.limit)}`;
}
function condition(statement, context) {
    if (!isObject(statement.Condition))
        return '';
    const tests = Object.entries(statement.Condition).flatMap(([operator, keys]) => Object.entries(isObject(keys) ? keys : {}).map(([key, value]) => `${key} ${operator} ${words(list(value), context.limit)}`));
    return tests.length > 0 ? `when ${tests.join(' and ')}` : '';
}
/** `Allow s3:* on * (Principal *)`: effect, actions and resources first, then who and when. */
function statementText(statement, context) {
    const items = (value) => words(list(value), context.limit);
    const actions = statement.NotAction !== undefined
        ? `all actions except ${items(statement.NotAction)}`
        : items(statement.Action) || '(no action)';
    const resources = statement.NotResource !== undefined
        ? `on all resources except ${items(statement.NotResource)}`
        : statement.Resource === undefined
            ? ''
            : `on ${items(statement.Resource)}`;
    const sid = isEmpty(statement.Sid) ? '' : `Sid ${word(statement.Sid, context.limit)}`;
    const details = [principal(statement, context), condition(statement, context), sid].filter(Boolean);
    return sentence([
        word(statement.Effect ?? '?', context.limit),
        actions,
        resources,
        details.length > 0 ? `(${details.join('; ')})` : ''
    ]);
}
/**
 * Only what differs once both documents are read as JSON: each statement removed or added is one
 * line (a statement edited in place is the old one removed and the new one added), then any other
 * key that changed (`Version`; every key of a document with no statements, a redrive policy).
 * A whole policy appearing or going is its statements alone: its `Version` would be noise.
 */
function policyLines(path, [before, after], context) {
    const statementLine = (kind) => (statement) => {
        const text = statementText(statement, context);
        return line(kind, path, `${path}: ${text}`, text);
    };
    const removed = unmatched(statementsOf(before), statementsOf(after)).map(statementLine('removed'));
    const added = unmatched(statementsOf(after), statementsOf(before)).map(statementLine('added'));
    const wholePolicy = (!before || !after) && removed.length + added.length > 0;
    const others = wholePolicy
        ? []
        : (0,_analyse_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffAttributes */ .xX)(withoutStatements(before), withoutStatements(after))
            .flatMap(sub => expand({ ...sub, path: appendPath(path, sub.path) }))
            .flatMap(sub => describeChange(sub, context));
    return [...removed, ...added, ...others];
}
/** `"debug": Allow s3:* on *`: the policy's name, then its first statements. */
function inlinePolicy(block, _name, context) {
    const name = isEmpty(block.name) ? '' : formatValue(block.name, context.limit);
    const document = parseDocument(block.policy);
    if (!document)
        return sentence([name, isEmpty(block.policy) ? '' : formatValue(block.policy, context.limit)]);
    const statements = statementsOf(document);
    const shown = statements.slice(0, INLINE_STATEMENTS).map(s => statementText(s, context));
    const hidden = statements.length - shown.length;
    const more = hidden > 0 ? `; +${hidden} more statement${hidden === 1 ? '' : 's'}` : '';
    return `${name}${name && shown.length > 0 ? ': ' : ''}${shown.join('; ')}${more}`;
}


/***/ }),

/***/ 8141:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ reportBody),
/* harmony export */   KM: () => (/* binding */ fitBody),
/* harmony export */   qr: () => (/* binding */ footer),
/* harmony export */   wQ: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony export COMMENT_ELSEWHERE */
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9519);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2495);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6327);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1102);




/**
 * The pull request comment: what a reviewer needs before merging, inside GitHub's body limit.
 * The hidden marker on the first line is how the publisher finds this comment on the next run;
 * the digest below it covers the commit line, so a push edits the comment even when the findings
 * stay the same, and a re-run on the same commit edits nothing.
 */
const COMMENT_ELSEWHERE = 'see the job summary or the report artifact';
/** The inventory in full, folded away: the visible counts line says whether to open it. */
function collapsedUnmanaged(report, limits) {
    const section = (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .unmanagedSection */ .S3)(report, limits);
    const found = report.unmanaged?.resources.length ?? 0;
    if (!section || found === 0)
        return section;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .details */ .zH)(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(found, 'unmanaged resource')}, with import blocks to adopt them`, section);
}
/** Sections of the report body shared by the comment and the audit issue. */
function reportBody(report, limits) {
    const shares = (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .allocate */ .CN)(report.directories.map(d => d.drift.length), limits.findings);
    return [
        (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .countsTable */ .Po)(report),
        (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryCounts */ .N5)(report),
        (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .securitySection */ .i7)(report, limits),
        ...report.directories.map((dir, i) => (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .directorySection */ .Zp)(dir, { ...limits, findings: shares[i] })),
        collapsedUnmanaged(report, limits),
        (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .errorsSection */ .li)(report),
        (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .coverageLine */ .vn)(report)
    ];
}
function footer(report) {
    const link = (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .runLink */ .ut)(report);
    return `<sub>Driftwatch ${report.tool.version} · ${report.generatedAt}${link ? ` · ${link}` : ''}</sub>`;
}
/** `## Driftwatch: …` and, in a repository, the commit whose code was compared. */
function commentHeading(report) {
    const commit = (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .commitLink */ .wn)(report);
    const heading = `## Driftwatch: ${(0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report)}`;
    return commit ? `${heading}\n\nTerraform code at commit ${commit}.` : heading;
}
function commentBody(report, limits) {
    const content = [commentHeading(report), ...reportBody(report, limits)]
        .filter(Boolean)
        .join('\n\n');
    return [(0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .marker */ .xL)('comment', (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .reportKey */ .y1)(report)), (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .digestMarker */ .JV)(content), content, footer(report)]
        .join('\n\n')
        .concat('\n');
}
/**
 * A comment or issue body inside GitHub's body limit; when not even the counts fit, the marker,
 * heading and counts alone, with where to read the rest.
 */
function fitBody(report, kind, heading, body) {
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .fit */ .Uj)(body, {
        limit: _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .BODY_LIMIT */ .Th,
        measure: _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .characters */ .hg,
        totalFindings: (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .tableRows */ .QE)(report),
        elsewhere: COMMENT_ELSEWHERE,
        fallback: () => [
            (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .marker */ .xL)(kind, (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .reportKey */ .y1)(report)),
            heading,
            (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .countsTable */ .Po)(report),
            `The details do not fit in ${kind === 'comment' ? 'a comment' : 'an issue'}: ${COMMENT_ELSEWHERE}.`,
            footer(report)
        ].join('\n\n')
    });
}
function renderComment(report) {
    return fitBody(report, 'comment', commentHeading(report), limits => commentBody(report, limits));
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ cellCode),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export formatValue */
/**
 * Markdown that reads cleanly as plain text (e-mail's plain-text part, `gh api`, Slack unfurls
 * show the source as is) and renders inert on GitHub. Identifiers and values go in code spans,
 * which GitHub shows exactly and never turns into HTML, mentions, references or links. Untrusted
 * prose (tag values, AWS and terraform messages: anyone with console access writes them) is
 * escaped only where Markdown would act on it. Text we write ourselves is never escaped.
 */
const ZWSP = '\u200B';
/** Stops GitHub from turning prose into mentions, issue references and links. */
function defuse(text) {
    return text
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\bGH-(?=\d)/gi, match => `${match}${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${ZWSP}.`);
}
function oneLine(text) {
    return text.replace(/\r\n|\r|\n/g, ' ');
}
function clip(text, maxLength) {
    return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
/**
 * Characters that start markup inside a line. A backslash only needs doubling where it would
 * escape what follows; `_` inside a word never emphasises; `<` only opens a tag or autolink
 * before a letter, `/`, `!` or `?`; `&` only starts an entity when a `;` closes it.
 */
function escapeInline(text) {
    return text
        .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
        .replace(/[`*[\]|~]/g, ch => `\\${ch}`)
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
        .replace(/<(?=[A-Za-z/!?])/g, '\\<')
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}
const ORDERED_ITEM = /^(\d{1,9})([.)])(?=\s|$)/;
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|>|[-=](?:\s*[-=])*\s*$)/;
/** What would make the start of a list item a heading, list, quote or thematic break. */
function escapeLineStart(text) {
    if (ORDERED_ITEM.test(text))
        return text.replace(ORDERED_ITEM, '$1\\$2');
    return BLOCK_START.test(text) ? `\\${text}` : text;
}
/** Untrusted text as Markdown prose: in a paragraph, a list item or a table cell. */
function escapeText(text) {
    return defuse(escapeLineStart(escapeInline(oneLine(text).trimStart())));
}
function longestBacktickRun(text) {
    return Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
}
/**
 * A code span that shows `text` exactly, on one line: its fence is longer than any backtick run
 * inside, and a space pads a value that starts or ends with a backtick or a space (CommonMark
 * strips one from each side).
 */
function span(text) {
    if (text === '')
        return '';
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    const pad = /^[` ]|[` ]$/.test(text) && /[^ ]/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** An identifier or value in running text, a list or a heading. */
function codeSpan(text, maxLength = 200) {
    return span(clip(oneLine(text), maxLength));
}
/**
 * An identifier or value in a table cell. GFM splits a row on `|` before it sees code spans, so
 * a pipe is written `\|`, after an odd run of backslashes, since `\\` is an escaped backslash.
 * (GFM cannot show a backslash right before a pipe there: one extra shows, the row stays whole.)
 */
function cellCode(text, maxLength = 200) {
    return codeSpan(text, maxLength).replace(/(\\*)\|/g, (_, run) => run.length % 2 === 0 ? `${run}\\|` : `${run}\\\\|`);
}
/** A multi-line value as a fenced code block, whose fence no line inside can close. */
function fenced(language, body) {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
    return `${fence}${language}\n${body}\n${fence}`;
}
/** A value from the plan, for display: strings quoted, everything else as compact JSON. */
function formatValue(value) {
    if (value === undefined)
        return 'null';
    return JSON.stringify(value) ?? 'null';
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function table(header, rows) {
    return [tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)].join('\n');
}
/** `summary` is raw HTML, where Markdown is not read: only our own words go there. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JV: () => (/* binding */ digestMarker),
/* harmony export */   j7: () => (/* binding */ normalise),
/* harmony export */   xL: () => (/* binding */ marker),
/* harmony export */   y1: () => (/* binding */ reportKey)
/* harmony export */ });
/* unused harmony export directoriesKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** A working directory as written once: `./infra/prod/` is `infra/prod`, the root `.`. */
function normalise(dir) {
    const flat = dir
        .replace(/\\/g, '/')
        .replace(/\/+$/, '')
        .replace(/^(\.\/)+/, '');
    return flat === '' ? '.' : flat;
}
/** Same set of directories, same key: order, `./` and trailing slashes do not matter. */
function directoriesKey(dirs) {
    const set = [...new Set(dirs.map(normalise))].sort();
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(set.join('\n')).digest('hex').slice(0, 12);
}
function reportKey(report) {
    return directoriesKey(report.directories.map(d => d.path));
}
function marker(kind, key) {
    return `<!-- driftwatch:${kind}:${key} -->`;
}
/** A digest of what a body says, leaving out what changes on every run (time, run link). */
function digestMarker(content) {
    return `<!-- driftwatch:digest:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex').slice(0, 16)} -->`;
}


/***/ }),

/***/ 1102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ inventoryCounts),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   Po: () => (/* binding */ countsTable),
/* harmony export */   QE: () => (/* binding */ tableRows),
/* harmony export */   S3: () => (/* reexport safe */ _unmanaged_js__WEBPACK_IMPORTED_MODULE_5__.S3),
/* harmony export */   Zp: () => (/* binding */ directorySection),
/* harmony export */   i7: () => (/* binding */ securitySection),
/* harmony export */   li: () => (/* binding */ errorsSection),
/* harmony export */   ut: () => (/* binding */ runLink),
/* harmony export */   vn: () => (/* binding */ coverageLine),
/* harmony export */   wn: () => (/* binding */ commitLink)
/* harmony export */ });
/* unused harmony exports driftTable, pendingList */
/* harmony import */ var _report_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9179);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6867);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9519);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6965);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2495);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5629);
/* harmony import */ var _unmanaged_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8406);







/**
 * Markdown building blocks shared by the job summary, the PR comment and the audit issue, so
 * the three say the same thing the same way.
 */
function headline(report) {
    const { counts } = report;
    if (counts.drifted > 0) {
        const parts = [
            counts.changed > 0 ? `${counts.changed} changed` : '',
            counts.deleted > 0 ? `${counts.deleted} deleted` : ''
        ].filter(Boolean);
        const unmanaged = counts.unmanaged > 0 ? `; ${counts.unmanaged} unmanaged` : '';
        return `🔴 Drift detected: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(counts.drifted, 'resource')} changed outside Terraform (${parts.join(', ')})${unmanaged}`;
    }
    // counts.errors also holds inventory faults; the headline speaks of directories only.
    const failed = report.directories.filter(d => d.status === 'error').length;
    if (failed > 0)
        return `⚠️ No drift found, but ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(failed, 'working directory', 'working directories')} could not be checked`;
    if (counts.unmanaged > 0)
        return `🟠 No drift, but ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(counts.unmanaged, 'resource')} in the account ${counts.unmanaged === 1 ? 'is' : 'are'} in no Terraform state`;
    return '✅ No drift: the infrastructure matches the Terraform state';
}
/** The rows of the longest table, which the size budget counts in. */
function tableRows(report) {
    return Math.max(report.counts.drifted, report.unmanaged?.resources.length ?? 0, report.unmanaged?.ownedByOthers.length ?? 0);
}
function countsTable(report) {
    const { counts } = report;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(['Drifted', 'Changed', 'Deleted', 'Pending changes (code)', 'Errors'], [[counts.drifted, counts.changed, counts.deleted, counts.pending, counts.errors].map(String)]);
}
/**
 * A line's side in a table cell. A side that stands alone (a rule added, a statement removed)
 * carries the line's sign, so the row reads as an addition or removal without the other column.
 * describeChanges already folded each value to `valueLength`; a line joins several values and the
 * fold's own length note, so the cell is only clipped well past that, against runaway sentences.
 */
function sideCell(line, side, alone, limits) {
    if (side === '')
        return '';
    const value = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .cellCode */ .GA)(side, limits.valueLength * 2);
    return alone ? `${_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .CHANGE_SIGNS */ .C_[line.kind]} ${value}` : value;
}
function findingRows(finding, limits) {
    const address = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .cellCode */ .GA)(finding.address);
    const security = `${(0,_report_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .securityConcerns */ .k2)(finding).length > 0 ? ' ⚠️' : ''}${finding.severity ? ` · ${(0,_severity_js__WEBPACK_IMPORTED_MODULE_4__/* .severityLabel */ .yi)(finding.severity)}` : ''}`;
    if (finding.kind === 'deleted')
        return [[address, `**deleted** outside Terraform${security}`, '', '', '']];
    const lines = (0,_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .describeChanges */ .DT)(finding.type, finding.changes, { valueLength: limits.valueLength });
    const shown = lines.slice(0, limits.changesPerFinding);
    const rows = shown.map((line, i) => {
        const alone = line.before === '' || line.after === '';
        return [
            i === 0 ? address : '',
            i === 0 ? `changed${security}` : '',
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .cellCode */ .GA)(line.path, limits.valueLength),
            sideCell(line, line.before, alone, limits),
            sideCell(line, line.after, alone, limits)
        ];
    });
    const hidden = lines.length - shown.length;
    if (hidden > 0)
        rows.push(['', '', `_${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(hidden, 'more attribute')}_`, '', '']);
    return rows.length > 0 ? rows : [[address, `changed${security}`, `_${_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .FORM_ONLY */ .gK}_`, '', '']];
}
const DRIFT_HEADER = ['Resource', 'Drift', 'Attribute', 'Before (state)', 'Now (real)'];
/**
 * Each finding's table lines, per cell length and attribute limit: fitting a body to a size
 * limit renders the same findings several times with only the row count changing.
 */
const renderedLines = new WeakMap();
function findingLines(finding, limits) {
    let byLimits = renderedLines.get(finding);
    if (!byLimits)
        renderedLines.set(finding, (byLimits = new Map()));
    const key = `${limits.valueLength}/${limits.changesPerFinding}`;
    let lines = byLimits.get(key);
    if (!lines)
        byLimits.set(key, (lines = findingRows(finding, limits).map(_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .tableRow */ .jD)));
    return lines;
}
function driftTable(findings, limits = _budget_js__WEBPACK_IMPORTED_MODULE_2__/* .FULL */ .eW) {
    return [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(DRIFT_HEADER, []),
        ...findings.flatMap(finding => findingLines(finding, limits))
    ].join('\n');
}
/** Each report's security lines: fitting a body renders the section several times. */
const securityLines = new WeakMap();
function flaggedLines(report) {
    let lines = securityLines.get(report);
    if (!lines) {
        lines = report.directories.flatMap(dir => dir.drift.flatMap(finding => {
            const reasons = (0,_report_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .securityConcerns */ .k2)(finding);
            return reasons.length === 0
                ? []
                : [
                    `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(finding.address)}: ${reasons.map(reason => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeText */ .X1)(reason)).join('; ')}`
                ];
        }));
        securityLines.set(report, lines);
    }
    return lines;
}
/** Security-relevant drift in words (`ingress open to 0.0.0.0/0 (tcp 22)`), above the tables. */
function securitySection(report, limits = _budget_js__WEBPACK_IMPORTED_MODULE_2__/* .FULL */ .eW) {
    const flagged = flaggedLines(report);
    if (flagged.length === 0)
        return '';
    const lines = flagged.slice(0, Math.max(limits.findings, 10));
    if (flagged.length > lines.length)
        lines.push(`- …and ${flagged.length - lines.length} more: ${limits.elsewhere}`);
    return [`#### ⚠️ Security-relevant drift (${flagged.length})`, ...lines].join('\n');
}
function pendingList(dir) {
    const hidden = dir.pending.length - _budget_js__WEBPACK_IMPORTED_MODULE_2__/* .TABLE_ROWS */ .tY;
    return dir.pending
        .slice(0, _budget_js__WEBPACK_IMPORTED_MODULE_2__/* .TABLE_ROWS */ .tY)
        .map(change => {
        const attrs = change.attributes.length > 0
            ? ` (${change.attributes.map(a => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(a)).join(', ')})`
            : '';
        return `- ${change.action} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(change.address)}${attrs}`;
    })
        .concat(hidden > 0 ? [`- …and ${hidden} more: see the JSON report`] : [])
        .join('\n');
}
/**
 * One working directory. `limits.findings` is this directory's share of the rows (see
 * `allocate`); what does not fit is counted, with where to read it.
 */
function directorySection(dir, limits = _budget_js__WEBPACK_IMPORTED_MODULE_2__/* .FULL */ .eW) {
    const title = `### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(dir.path)}`;
    if (dir.status === 'error')
        return `${title}\n\n❌ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeText */ .X1)(dir.error ?? 'failed')}`;
    const parts = [title];
    const shown = dir.drift.slice(0, limits.findings);
    const hidden = dir.drift.length - shown.length;
    const intro = `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(dir.drift.length, 'resource')} drifted of ${dir.managedResources} managed.`;
    parts.push(dir.drift.length === 0
        ? `No drift in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(dir.managedResources, 'managed resource')}.`
        : shown.length > 0
            ? `${intro}\n\n${driftTable(shown, limits)}`
            : intro);
    if (hidden > 0) {
        parts.push(`…and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(hidden, 'more drifted resource')} not shown here: ${limits.elsewhere}.`);
    }
    if (!limits.details && dir.pending.length > 0) {
        parts.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(dir.pending.length, 'pending change')} the code asks for (not drift).`);
    }
    else if (dir.pending.length > 0) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .details */ .zH)(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(dir.pending.length, 'pending change')} the code asks for (not drift)`, pendingList(dir)));
    }
    return parts.join('\n\n');
}
function errorsSection(report) {
    if (report.errors.length === 0)
        return '';
    return ['#### Errors', ...report.errors.map(e => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeText */ .X1)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(e))}`)].join('\n');
}
/** How much of what the inventory saw a Terraform state manages; empty when it did not run. */
function inventoryCoverage(report) {
    const inventory = report.unmanaged;
    if (!inventory || inventory.skipped)
        return '';
    const seen = inventory.managed + inventory.resources.length;
    return inventory.coverage === null
        ? `; coverage of the AWS account ${(0,_unmanaged_js__WEBPACK_IMPORTED_MODULE_5__/* .coverageText */ ._)(inventory)}`
        : `; ${(0,_unmanaged_js__WEBPACK_IMPORTED_MODULE_5__/* .coverageText */ ._)(inventory)} of the resources seen in AWS are in a Terraform state (${inventory.managed} of ${seen})`;
}
/**
 * What was checked, so a clean result can be trusted: directories, managed resources and, when
 * the inventory ran, the share of the account Terraform manages. Once per body, the only place
 * a body states coverage.
 */
function coverageLine(report) {
    const checked = report.directories.filter(d => d.status === 'ok');
    const managed = checked.reduce((n, d) => n + d.managedResources, 0);
    const failed = report.directories.length - checked.length;
    const parts = [
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(checked.length, 'working directory', 'working directories')} checked`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(managed, 'managed resource')
    ];
    if (failed > 0)
        parts.push(`${failed} could not be checked`);
    return `**Coverage:** ${parts.join(', ')}${inventoryCoverage(report)}.`;
}
/** Counts from the AWS inventory, when it ran: what it found and what it was told to leave out. */
function inventoryCounts(report) {
    const inventory = report.unmanaged;
    if (!inventory || inventory.skipped)
        return '';
    return (`**Unmanaged:** ${inventory.resources.length} · **Ignored:** ${inventory.ignored} · ` +
        `**Owned by others:** ${inventory.ownedByOthers.length} · ` +
        `**Made by AWS:** ${(0,_unmanaged_js__WEBPACK_IMPORTED_MODULE_5__/* .madeByAwsCount */ .b9)(inventory)}`);
}
/** Lives in its own file with the HCL escaping it relies on. */

function runLink(report) {
    return report.run.runUrl ? `[Workflow run](${report.run.runUrl})` : '';
}
/** The commit a body reflects, as its short SHA linking to it; empty when the run names none. */
function commitLink(report) {
    const { sha, repository, runUrl } = report.run;
    if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha))
        return '';
    if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        return '';
    const url = new URL(`/${repository}/commit/${sha}`, runUrl ?? 'https://github.com');
    return `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(sha.slice(0, 7))}](${url.href})`;
}


/***/ }),

/***/ 5629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S2: () => (/* binding */ severityLine),
/* harmony export */   yi: () => (/* binding */ severityLabel)
/* harmony export */ });
/* unused harmony export severityCounts */
/* harmony import */ var _report_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9179);

/** Severity as every renderer shows it, so the summary, comment, issue and log agree. */
const MARKS = {
    critical: '🔴',
    high: '🟠',
    medium: '🟡',
    low: '⚪'
};
/** `🔴 critical`; empty for a finding that was never assessed. */
function severityLabel(severity) {
    return severity ? `${MARKS[severity]} ${severity}` : '';
}
/** Findings per severity, highest first: drift and, when scanned, unmanaged resources. */
function severityCounts(report) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const dir of report.directories)
        for (const finding of dir.drift)
            if (finding.severity)
                counts[finding.severity]++;
    for (const resource of report.unmanaged?.resources ?? [])
        if (resource.severity)
            counts[resource.severity]++;
    return counts;
}
/** `**Severity:** 🔴 1 critical · 🟠 2 high`, only the levels present; empty when none are. */
function severityLine(report) {
    const counts = severityCounts(report);
    const parts = [..._report_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC]
        .reverse()
        .filter(severity => counts[severity] > 0)
        .map(severity => `${MARKS[severity]} ${counts[severity]} ${severity}`);
    return parts.length > 0 ? `**Severity:** ${parts.join(' · ')}` : '';
}


/***/ }),

/***/ 8406:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ coverageText),
  b9: () => (/* binding */ madeByAwsCount),
  S3: () => (/* binding */ unmanagedSection),
  ZT: () => (/* binding */ unmanagedTextLines)
});

// UNUSED EXPORTS: seenText

// EXTERNAL MODULE: ./src/render/budget.ts
var budget = __nccwpck_require__(9519);
;// CONCATENATED MODULE: ./src/render/hcl.ts
/**
 * Terraform `import` blocks for copy and paste. Ids come from AWS and are untrusted: inside an
 * HCL string nothing may end the string, start an interpolation or a new line; markdown.ts's
 * `fenced` puts the blocks in a fence no line can close.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** A value as an HCL quoted string literal. */
function hclString(value) {
    const escaped = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')
        .replace(CONTROL, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/\$\{/g, () => '$${')
        .replace(/%\{/g, () => '%%{');
    return `"${escaped}"`;
}
/** `to` addresses are built from sanitised names, but are checked here too. */
const ADDRESS = /^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/;
function importBlock(block) {
    if (!ADDRESS.test(block.to))
        throw new Error(`not a resource address: ${block.to}`);
    return `import {\n  to = ${block.to}\n  id = ${hclString(block.id)}\n}`;
}
const GENERATE_CONFIG_HINT = 'terraform plan -generate-config-out=generated.tf';

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __nccwpck_require__(2495);
// EXTERNAL MODULE: ./src/render/severity.ts
var severity = __nccwpck_require__(5629);
;// CONCATENATED MODULE: ./src/render/unmanaged.ts




/**
 * The unmanaged-resources section of the Markdown reports. Names, ids, ARNs and tags come from
 * the AWS account and anyone with console access writes them: they reach Markdown only through
 * codeSpan / cellCode / escapeText, and the import blocks only through hcl.ts.
 */
const TAGS_SHOWN = 8;
function tagsCell(tags, limits) {
    const entries = Object.entries(tags).sort(([a], [b]) => a.localeCompare(b));
    const shown = entries
        .slice(0, TAGS_SHOWN)
        .map(([key, value]) => (0,markdown/* cellCode */.GA)(`${key}=${value}`, limits.valueLength));
    if (entries.length > TAGS_SHOWN)
        shown.push(`+${entries.length - TAGS_SHOWN} more`);
    return shown.join(' ');
}
/** How a row was seen, in the words the README uses. */
function seenText(resource) {
    return resource.seenBy === 'listed' ? 'never tagged, found by listing' : 'tagged';
}
/** `🔴 critical: ingress open to 0.0.0.0/0 (tcp 22)`; the reasons only where they say something. */
function severityCell(resource) {
    const label = (0,severity/* severityLabel */.yi)(resource.severity);
    const concerns = resource.concerns ?? [];
    return concerns.length > 0 ? `${label}: ${(0,markdown/* escapeText */.X1)(concerns.join('; '))}` : label;
}
function resourceRow(resource, limits) {
    return [
        (0,markdown/* cellCode */.GA)(resource.id, limits.valueLength),
        (0,markdown/* cellCode */.GA)(resource.type),
        (0,markdown/* cellCode */.GA)(resource.region),
        severityCell(resource),
        seenText(resource),
        tagsCell(resource.tags, limits),
        resource.arn ? (0,markdown/* cellCode */.GA)(resource.arn, limits.valueLength) : '(no ARN)'
    ];
}
const RESOURCE_HEADER = ['Resource', 'Type', 'Region', 'Severity', 'Seen', 'Tags', 'ARN'];
/**
 * Table lines already rendered, per section and cell length: fitting a body to a size limit
 * renders the same rows several times with only the row count changing, and escaping tens of
 * thousands of rows each time dominated a large report's rendering.
 */
const renderedLines = new WeakMap();
function resourceLines(section, count, limits) {
    let byLength = renderedLines.get(section);
    if (!byLength)
        renderedLines.set(section, (byLength = new Map()));
    let lines = byLength.get(limits.valueLength);
    if (!lines)
        byLength.set(limits.valueLength, (lines = []));
    for (let i = lines.length; i < count; i++) {
        lines.push((0,markdown/* tableRow */.jD)(resourceRow(section.resources[i], limits)));
    }
    return lines.length === count ? lines : lines.slice(0, count);
}
/** `72.7%`, or why there is no figure: the one way every renderer writes coverage. */
function coverageText(section) {
    return section.coverage === null ? 'not known (nothing could be scanned)' : `${section.coverage}%`;
}
function summaryLine(section) {
    const regions = section.regions.map(region => (0,markdown/* codeSpan */.SS)(region)).join(', ');
    const found = section.resources.length === 0
        ? `No unmanaged resources in ${regions}.`
        : `**${(0,markdown/* plural */.LS)(section.resources.length, 'resource')}** in ${regions} ${section.resources.length === 1 ? 'is' : 'are'} in no Terraform state.`;
    return [
        found,
        `${section.ownedByOthers.length} owned by other tools`,
        `${madeByAwsCount(section)} made by AWS`,
        `${section.ignored} ignored`
    ].join(' · ');
}
/** Resources AWS made itself, counted and never listed (default VPCs, service-linked roles). */
function madeByAwsCount(section) {
    return Object.values(section.madeByAws ?? {}).reduce((n, count) => n + count, 0);
}
function importDetails(resources) {
    const blocks = resources.flatMap(r => (r.importBlock ? [importBlock(r.importBlock)] : []));
    if (blocks.length === 0)
        return '';
    return (0,markdown/* details */.zH)(`Import blocks for ${(0,markdown/* plural */.LS)(blocks.length, 'resource')}`, `${(0,markdown/* fenced */.OF)('hcl', blocks.join('\n\n'))}\n\nAdd them to the root that should manage these resources, then run ${(0,markdown/* codeSpan */.SS)(GENERATE_CONFIG_HINT)} to have Terraform write their \`resource\` blocks; review those before applying.`);
}
function ownedDetails(section, limits) {
    const owned = section.ownedByOthers;
    if (owned.length === 0)
        return '';
    const title = `${(0,markdown/* plural */.LS)(owned.length, 'resource')} owned by other tools (not unmanaged)`;
    if (!limits.details)
        return `${title}.`;
    const shown = owned.slice(0, limits.findings);
    const rows = shown.map(r => [
        (0,markdown/* cellCode */.GA)(r.id, limits.valueLength),
        (0,markdown/* cellCode */.GA)(r.type),
        (0,markdown/* cellCode */.GA)(r.region),
        (0,markdown/* escapeText */.X1)(r.owner),
        (0,markdown/* cellCode */.GA)(r.rule)
    ]);
    const more = owned.length > shown.length
        ? `\n\n…and ${owned.length - shown.length} more: ${limits.elsewhere}.`
        : '';
    return (0,markdown/* details */.zH)(title, (0,markdown/* table */.tp)(['Resource', 'Type', 'Region', 'Owned by', 'Rule'], rows) + more);
}
function unmanagedSection(report, limits = budget/* FULL */.eW) {
    const section = report.unmanaged;
    if (!section)
        return '';
    const parts = ['### Unmanaged resources'];
    if (section.skipped) {
        parts.push(`⚠️ Not reported: ${(0,markdown/* escapeText */.X1)(section.skipped)}.`);
        return parts.join('\n\n');
    }
    parts.push(summaryLine(section));
    const shown = section.resources.slice(0, limits.findings);
    if (shown.length > 0) {
        const lines = resourceLines(section, shown.length, limits);
        parts.push(`${(0,markdown/* table */.tp)(RESOURCE_HEADER, [])}\n${lines.join('\n')}`);
    }
    const hidden = section.resources.length - shown.length;
    if (hidden > 0) {
        parts.push(`…and ${(0,markdown/* plural */.LS)(hidden, 'more unmanaged resource')} not shown here: ${limits.elsewhere}.`);
    }
    if (limits.details)
        parts.push(importDetails(shown));
    parts.push(ownedDetails(section, limits));
    if (section.regionErrors.length > 0) {
        parts.push(`⚠️ The scan is incomplete: ${section.regionErrors.map(e => (0,markdown/* escapeText */.X1)(e.message)).join('; ')}.`);
    }
    parts.push(`<sub>Blind spots: ${(0,markdown/* escapeText */.X1)(section.blindSpots)}</sub>`);
    return parts.filter(Boolean).join('\n\n');
}
/**
 * Untrusted text for the step log: control characters (ANSI escapes, line breaks that could
 * forge a workflow command line) become `?`.
 */
function plain(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}
/** The unmanaged section as plain text lines, for the step log and the terminal. */
function unmanagedTextLines(report, paint) {
    const section = report.unmanaged;
    if (!section)
        return [];
    const lines = [''];
    if (section.skipped) {
        lines.push(paint('yellow', `Unmanaged resources not reported: ${section.skipped}`));
        return lines;
    }
    const count = section.resources.length;
    lines.push(paint(count > 0 ? 'red' : 'green', `Unmanaged: ${count} in ${section.regions.join(', ')}; coverage ${coverageText(section)}; ` +
        `${section.ownedByOthers.length} owned by other tools; ${madeByAwsCount(section)} made by AWS; ${section.ignored} ignored`));
    for (const r of section.resources.slice(0, budget/* TABLE_ROWS */.tY)) {
        const tags = Object.entries(r.tags)
            .map(([key, value]) => `${key}=${value}`)
            .join(', ');
        lines.push(`  ${paint('red', '+')} ${paint('bold', plain(r.type))} ${plain(r.id)} (${r.region}, ${seenText(r)})  ${plain(r.arn ?? '')}${tags ? `  ${paint('dim', plain(tags))}` : ''}`);
    }
    if (count > budget/* TABLE_ROWS */.tY)
        lines.push(`  …and ${count - budget/* TABLE_ROWS */.tY} more: see the JSON report`);
    for (const r of section.ownedByOthers.slice(0, budget/* TABLE_ROWS */.tY)) {
        lines.push(`  ${paint('dim', `owned by ${plain(r.owner)}: ${plain(r.type)} ${plain(r.id)} (${r.region})`)}`);
    }
    const owned = section.ownedByOthers.length;
    if (owned > budget/* TABLE_ROWS */.tY) {
        lines.push(`  ${paint('dim', `…and ${owned - budget/* TABLE_ROWS */.tY} more owned by other tools`)}`);
    }
    for (const fault of section.regionErrors)
        lines.push(`  ${paint('yellow', plain(fault.message))}`);
    return lines;
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   XF: () => (/* reexport safe */ _redact_sensitive_js__WEBPACK_IMPORTED_MODULE_0__.XF),
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
/* harmony import */ var _redact_sensitive_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4337);
/**
 * The one Report model every renderer reads. Analysis builds it; nothing downstream goes back to
 * the plan JSON or AWS. Values in it are already redacted: a sensitive value is the string
 * REDACTED, never the secret.
 */
const REPORT_SCHEMA_VERSION = 3;

/** An error as one line: its scope first, unless the message already starts by naming it. */
function errorText(error) {
    return error.message.startsWith(error.scope) ? error.message : `${error.scope}: ${error.message}`;
}


/***/ }),

/***/ 9179:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* reexport safe */ _analyse_severity_js__WEBPACK_IMPORTED_MODULE_1__.ME),
/* harmony export */   jZ: () => (/* reexport safe */ _analyse_findings_js__WEBPACK_IMPORTED_MODULE_0__.jZ),
/* harmony export */   k2: () => (/* binding */ securityConcerns),
/* harmony export */   oC: () => (/* reexport safe */ _analyse_findings_js__WEBPACK_IMPORTED_MODULE_0__.oC),
/* harmony export */   qs: () => (/* reexport safe */ _analyse_findings_js__WEBPACK_IMPORTED_MODULE_0__.qs)
/* harmony export */ });
/* harmony import */ var _analyse_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9131);
/* harmony import */ var _analyse_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8246);



/** Why a finding matters for security, in words; empty unless it is high or critical. */
function securityConcerns(finding) {
    return (0,_analyse_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(finding.severity, 'high') ? finding.concerns : [];
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
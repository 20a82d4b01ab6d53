import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  LISTED_TYPES,
  isListedType
} from "./chunk-PXOIFRMI.js";
import {
  parsePolicyDocument,
  policyStatements
} from "./chunk-WBAT22HC.js";
import {
  tagsOf
} from "./chunk-MF3KIHXQ.js";
import {
  AwsClients,
  EXPIRED_CREDENTIALS,
  classifyFault,
  credentialsFault,
  endpointClause,
  failedAction
} from "./chunk-NZAG3SLV.js";
import "./chunk-XLWJYSYU.js";
import {
  normaliseArn,
  parseQueueUrl,
  partitionOf
} from "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-4VRGRBXQ.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";

// src/collect/aws/listing/lister.ts
async function* itemsOf(pages, pick) {
  for await (const page of pages) yield* pick(page) ?? [];
}
function regionalArn(context, service, account, resource) {
  return `arn:${context.partition}:${service}:${context.region}:${account}:${resource}`;
}
async function ec2Arn(context, owner, resource) {
  return regionalArn(context, "ec2", owner ?? await context.account(), resource);
}
async function eachLimited(items, limit, call) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await call(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// src/collect/aws/listing/listers/ec2.ts
var securityGroups = {
  types: ["aws_security_group"],
  async list(context) {
    const { sdk, client } = await context.client("ec2");
    const pages = sdk.paginateDescribeSecurityGroups({ client }, {});
    for await (const group of itemsOf(pages, (page) => page.SecurityGroups)) {
      if (!group.GroupId) continue;
      context.emit({
        terraformType: "aws_security_group",
        arn: group.SecurityGroupArn ?? await ec2Arn(context, group.OwnerId, `security-group/${group.GroupId}`),
        id: group.GroupId,
        importId: group.GroupId,
        tags: tagsOf(group.Tags),
        facts: { groupName: group.GroupName, vpcId: group.VpcId }
      });
    }
  }
};
function ruleFacts(rule) {
  return {
    groupId: rule.GroupId ?? "",
    egress: rule.IsEgress === true,
    protocol: rule.IpProtocol ?? "-1",
    fromPort: rule.FromPort ?? -1,
    toPort: rule.ToPort ?? -1,
    cidrIpv4: rule.CidrIpv4,
    cidrIpv6: rule.CidrIpv6,
    prefixListId: rule.PrefixListId,
    referencedGroupId: rule.ReferencedGroupInfo?.GroupId,
    description: rule.Description
  };
}
var securityGroupRules = {
  types: ["aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"],
  async list(context) {
    const { sdk, client } = await context.client("ec2");
    const pages = sdk.paginateDescribeSecurityGroupRules({ client }, {});
    for await (const rule of itemsOf(pages, (page) => page.SecurityGroupRules)) {
      const id = rule.SecurityGroupRuleId;
      if (!id) continue;
      context.emit({
        terraformType: rule.IsEgress ? "aws_vpc_security_group_egress_rule" : "aws_vpc_security_group_ingress_rule",
        arn: rule.SecurityGroupRuleArn ?? await ec2Arn(context, rule.GroupOwnerId, `security-group-rule/${id}`),
        id,
        importId: id,
        tags: tagsOf(rule.Tags),
        facts: { rule: ruleFacts(rule) }
      });
    }
  }
};
function rootVolumeIds(instance) {
  return (instance.BlockDeviceMappings ?? []).flatMap(
    (mapping) => mapping.DeviceName === instance.RootDeviceName && mapping.Ebs?.VolumeId ? [mapping.Ebs.VolumeId] : []
  );
}
var instances = {
  types: ["aws_instance"],
  async list(context) {
    const { sdk, client } = await context.client("ec2");
    const pages = sdk.paginateDescribeInstances({ client }, {});
    for await (const reservation of itemsOf(pages, (page) => page.Reservations)) {
      for (const instance of reservation.Instances ?? []) {
        if (!instance.InstanceId || instance.State?.Name === "terminated") continue;
        context.emit({
          terraformType: "aws_instance",
          arn: await ec2Arn(context, reservation.OwnerId, `instance/${instance.InstanceId}`),
          id: instance.InstanceId,
          importId: instance.InstanceId,
          tags: tagsOf(instance.Tags),
          facts: { rootVolumeIds: rootVolumeIds(instance) }
        });
      }
    }
  }
};
var volumes = {
  types: ["aws_ebs_volume"],
  async list(context) {
    const { sdk, client } = await context.client("ec2");
    const pages = sdk.paginateDescribeVolumes({ client }, {});
    for await (const volume of itemsOf(pages, (page) => page.Volumes)) {
      if (!volume.VolumeId) continue;
      context.emit({
        terraformType: "aws_ebs_volume",
        arn: await ec2Arn(context, void 0, `volume/${volume.VolumeId}`),
        id: volume.VolumeId,
        importId: volume.VolumeId,
        tags: tagsOf(volume.Tags)
      });
    }
  }
};
var keyPairs = {
  types: ["aws_key_pair"],
  async list(context) {
    const { sdk, client } = await context.client("ec2");
    const { KeyPairs = [] } = await client.send(new sdk.DescribeKeyPairsCommand({}));
    for (const pair of KeyPairs) {
      if (!pair.KeyName) continue;
      context.emit({
        terraformType: "aws_key_pair",
        arn: pair.KeyPairId ? await ec2Arn(context, void 0, `key-pair/${pair.KeyPairId}`) : void 0,
        id: pair.KeyName,
        importId: pair.KeyName,
        tags: tagsOf(pair.Tags)
      });
    }
  }
};
async function publicSnapshots(context) {
  const { sdk, client } = await context.client("ec2");
  const account = await context.account();
  const input = {
    OwnerIds: ["self"],
    RestorableByUserIds: ["all"],
    Filters: [{ Name: "owner-id", Values: [account] }]
  };
  const own = [];
  const pages = sdk.paginateDescribeSnapshots({ client }, input);
  for await (const snapshot of itemsOf(pages, (page) => page.Snapshots)) {
    if (snapshot.SnapshotId && snapshot.OwnerId === account) own.push(snapshot);
  }
  const found = [];
  await context.each(own, async (snapshot) => {
    const { CreateVolumePermissions = [] } = await client.send(
      new sdk.DescribeSnapshotAttributeCommand({
        SnapshotId: snapshot.SnapshotId,
        Attribute: "createVolumePermission"
      })
    );
    if (CreateVolumePermissions.some((permission) => permission.Group === "all")) {
      found.push(snapshot);
    }
  });
  return found;
}
async function imagesBySnapshot(context) {
  const { sdk, client } = await context.client("ec2");
  const images = /* @__PURE__ */ new Map();
  const pages = sdk.paginateDescribeImages({ client }, { Owners: ["self"] });
  for await (const image of itemsOf(pages, (page) => page.Images)) {
    for (const mapping of image.BlockDeviceMappings ?? []) {
      const snapshot = mapping.Ebs?.SnapshotId;
      if (snapshot && image.ImageId) images.set(snapshot, image.ImageId);
    }
  }
  return images;
}
var snapshots = {
  types: ["aws_ebs_snapshot"],
  async list(context) {
    const found = await publicSnapshots(context);
    if (found.length === 0) return;
    const images = await imagesBySnapshot(context);
    for (const snapshot of found) {
      const id = snapshot.SnapshotId ?? "";
      context.emit({
        terraformType: "aws_ebs_snapshot",
        // Snapshot ARNs name no account.
        arn: regionalArn(context, "ec2", "", `snapshot/${id}`),
        id,
        importId: id,
        tags: tagsOf(snapshot.Tags),
        facts: { public: true, behindAmi: images.get(id) }
      });
    }
  }
};

// src/collect/aws/listing/policy.ts
var ANY_ACTION = /* @__PURE__ */ new Set(["*", "*:*"]);
function listOf(value) {
  return Array.isArray(value) ? value : [value];
}
function allowsEverything(statement) {
  return statement.Effect === "Allow" && listOf(statement.Action).some((action) => typeof action === "string" && ANY_ACTION.has(action)) && listOf(statement.Resource).includes("*");
}
function isAdminDocument(document) {
  if (!document) return false;
  const parsed = parsePolicyDocument(document, { urlEncoded: true });
  return policyStatements(parsed).some(allowsEverything);
}
function isAdministratorAccess(policyArn) {
  return /^arn:[\w-]+:iam::aws:policy\/AdministratorAccess$/.test(policyArn ?? "");
}

// src/collect/aws/listing/listers/iam.ts
var PAGE_SIZE = 1e3;
function authorizationOf(context) {
  return context.shared("authorization", async () => {
    const { sdk, client } = await context.client("iam");
    const found = { users: [], roles: [], groups: [], policies: [] };
    const pages = sdk.paginateGetAccountAuthorizationDetails(
      { client, pageSize: PAGE_SIZE },
      { Filter: ["User", "Role", "Group", "LocalManagedPolicy"] }
    );
    try {
      for await (const page of pages) {
        found.users.push(...page.UserDetailList ?? []);
        found.roles.push(...page.RoleDetailList ?? []);
        found.groups.push(...page.GroupDetailList ?? []);
        found.policies.push(...page.Policies ?? []);
      }
    } catch (error) {
      found.error = error;
    }
    return found;
  });
}
function defaultDocument(policy) {
  return policy.PolicyVersionList?.find((version) => version.IsDefaultVersion)?.Document;
}
var AdminJudge = class {
  adminPolicies;
  adminGroups;
  constructor(authorization) {
    this.adminPolicies = new Set(
      authorization.policies.filter((policy) => isAdminDocument(defaultDocument(policy))).map((policy) => policy.Arn)
    );
    this.adminGroups = new Set(
      authorization.groups.filter((group) => this.grants(group.GroupPolicyList, group.AttachedManagedPolicies)).map((group) => group.GroupName)
    );
  }
  attached(policyArn) {
    return isAdministratorAccess(policyArn) || this.adminPolicies.has(policyArn);
  }
  grants(inline = [], attached = [], groups = []) {
    return inline.some((policy) => isAdminDocument(policy.PolicyDocument)) || attached.some((policy) => this.attached(policy.PolicyArn)) || groups.some((group) => this.adminGroups.has(group));
  }
};
var PRINCIPAL_TYPES = {
  user: {
    self: "aws_iam_user",
    inline: "aws_iam_user_policy",
    attachment: "aws_iam_user_policy_attachment"
  },
  role: {
    self: "aws_iam_role",
    inline: "aws_iam_role_policy",
    attachment: "aws_iam_role_policy_attachment"
  }
};
function principals(authorization) {
  const users = authorization.users.map((user) => ({
    kind: "user",
    name: user.UserName ?? "",
    arn: user.Arn,
    path: user.Path,
    tags: user.Tags,
    inline: user.UserPolicyList ?? [],
    attached: user.AttachedManagedPolicies ?? [],
    groups: user.GroupList ?? []
  }));
  const roles = authorization.roles.map((role) => ({
    kind: "role",
    name: role.RoleName ?? "",
    arn: role.Arn,
    path: role.Path,
    tags: role.Tags,
    inline: role.RolePolicyList ?? [],
    attached: role.AttachedManagedPolicies ?? [],
    groups: []
  }));
  return [...users, ...roles].filter((principal) => principal.name);
}
function emitPrincipal(context, principal, judge) {
  const types = PRINCIPAL_TYPES[principal.kind];
  const { name } = principal;
  context.emit({
    terraformType: types.self,
    arn: principal.arn,
    id: name,
    importId: name,
    tags: tagsOf(principal.tags),
    facts: {
      iamPath: principal.path,
      admin: judge.grants(principal.inline, principal.attached, principal.groups)
    }
  });
  for (const { PolicyName: policyName, PolicyDocument } of principal.inline) {
    if (!policyName) continue;
    context.emit({
      terraformType: types.inline,
      id: `${name}:${policyName}`,
      importId: `${name}:${policyName}`,
      facts: { parent: name, policyName, admin: isAdminDocument(PolicyDocument) }
    });
  }
  for (const { PolicyArn: policyArn } of principal.attached) {
    if (!policyArn) continue;
    context.emit({
      terraformType: types.attachment,
      id: `${name}/${policyArn}`,
      importId: `${name}/${policyArn}`,
      facts: { parent: name, policyArn, admin: judge.attached(policyArn) }
    });
  }
}
function emitGroup(context, group, judge) {
  if (!group.GroupName) return;
  context.emit({
    terraformType: "aws_iam_group",
    arn: group.Arn,
    id: group.GroupName,
    importId: group.GroupName,
    facts: {
      iamPath: group.Path,
      admin: judge.grants(group.GroupPolicyList, group.AttachedManagedPolicies)
    }
  });
}
function emitPolicy(context, policy) {
  if (!policy.Arn) return;
  context.emit({
    terraformType: "aws_iam_policy",
    arn: policy.Arn,
    // moto leaves PolicyName out of the details; the ARN ends with it.
    id: policy.PolicyName ?? policy.Arn.slice(policy.Arn.lastIndexOf("/") + 1),
    importId: policy.Arn,
    facts: { iamPath: policy.Path, admin: isAdminDocument(defaultDocument(policy)) }
  });
}
var authorizationDetails = {
  types: [
    "aws_iam_user",
    "aws_iam_role",
    "aws_iam_group",
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_role_policy_attachment",
    "aws_iam_user_policy_attachment"
  ],
  async list(context) {
    const authorization = await authorizationOf(context);
    const judge = new AdminJudge(authorization);
    for (const principal of principals(authorization)) emitPrincipal(context, principal, judge);
    for (const group of authorization.groups) emitGroup(context, group, judge);
    for (const policy of authorization.policies) emitPolicy(context, policy);
    if (authorization.error) throw authorization.error;
  }
};
var accessKeys = {
  types: ["aws_iam_access_key"],
  async list(context) {
    const authorization = await authorizationOf(context);
    const { sdk, client } = await context.client("iam");
    const users = authorization.users.flatMap((user) => user.UserName ? [user.UserName] : []);
    await context.each(users, async (user) => {
      const pages = sdk.paginateListAccessKeys({ client }, { UserName: user });
      for await (const key of itemsOf(pages, (page) => page.AccessKeyMetadata)) {
        if (!key.AccessKeyId) continue;
        context.emit({
          terraformType: "aws_iam_access_key",
          id: key.AccessKeyId,
          importId: key.AccessKeyId,
          facts: { parent: user }
        });
      }
    });
    if (authorization.error) throw authorization.error;
  }
};
var instanceProfiles = {
  types: ["aws_iam_instance_profile"],
  async list(context) {
    const { sdk, client } = await context.client("iam");
    const pages = sdk.paginateListInstanceProfiles({ client, pageSize: PAGE_SIZE }, {});
    for await (const profile of itemsOf(pages, (page) => page.InstanceProfiles)) {
      const name = profile.InstanceProfileName;
      if (!name) continue;
      context.emit({
        terraformType: "aws_iam_instance_profile",
        arn: profile.Arn,
        id: name,
        importId: name,
        facts: { iamPath: profile.Path }
      });
    }
  }
};

// src/collect/aws/listing/listers/services.ts
function lastPart(arn) {
  return arn.slice(arn.lastIndexOf(":") + 1);
}
var kmsKeys = {
  types: ["aws_kms_key"],
  async list(context) {
    const { sdk, client } = await context.client("kms");
    const keys = [];
    const pages = sdk.paginateListKeys({ client, pageSize: 1e3 }, {});
    for await (const key of itemsOf(pages, (page) => page.Keys)) if (key.KeyId) keys.push(key.KeyId);
    await context.each(keys, async (KeyId) => {
      const { KeyMetadata } = await client.send(new sdk.DescribeKeyCommand({ KeyId }));
      context.emit({
        terraformType: "aws_kms_key",
        arn: KeyMetadata?.Arn,
        id: KeyId,
        importId: KeyId,
        facts: { keyManager: KeyMetadata?.KeyManager }
      });
    });
  }
};
var secrets = {
  types: ["aws_secretsmanager_secret"],
  async list(context) {
    const { sdk, client } = await context.client("secretsmanager");
    const pages = sdk.paginateListSecrets({ client, pageSize: 100 }, {});
    for await (const secret of itemsOf(pages, (page) => page.SecretList)) {
      if (!secret.ARN) continue;
      context.emit({
        terraformType: "aws_secretsmanager_secret",
        arn: secret.ARN,
        id: secret.Name ?? secret.ARN,
        importId: secret.ARN,
        tags: tagsOf(secret.Tags)
      });
    }
  }
};
var lambdaFunctions = {
  types: ["aws_lambda_function"],
  async list(context) {
    const { sdk, client } = await context.client("lambda");
    const pages = sdk.paginateListFunctions({ client }, {});
    for await (const fn of itemsOf(pages, (page) => page.Functions)) {
      if (!fn.FunctionName) continue;
      context.emit({
        terraformType: "aws_lambda_function",
        arn: fn.FunctionArn,
        id: fn.FunctionName,
        importId: fn.FunctionName
      });
    }
  }
};
var dbInstances = {
  types: ["aws_db_instance"],
  async list(context) {
    const { sdk, client } = await context.client("rds");
    const pages = sdk.paginateDescribeDBInstances({ client }, {});
    for await (const db of itemsOf(pages, (page) => page.DBInstances)) {
      const id = db.DBInstanceIdentifier;
      if (!id) continue;
      context.emit({
        terraformType: "aws_db_instance",
        arn: db.DBInstanceArn,
        id,
        importId: id,
        tags: tagsOf(db.TagList)
      });
    }
  }
};
var loadBalancers = {
  types: ["aws_lb"],
  async list(context) {
    const { sdk, client } = await context.client("elbv2");
    const pages = sdk.paginateDescribeLoadBalancers({ client }, {});
    for await (const lb of itemsOf(pages, (page) => page.LoadBalancers)) {
      if (!lb.LoadBalancerArn) continue;
      context.emit({
        terraformType: "aws_lb",
        arn: lb.LoadBalancerArn,
        id: lb.LoadBalancerName ?? lb.LoadBalancerArn,
        importId: lb.LoadBalancerArn
      });
    }
  }
};
var targetGroups = {
  types: ["aws_lb_target_group"],
  async list(context) {
    const { sdk, client } = await context.client("elbv2");
    const pages = sdk.paginateDescribeTargetGroups({ client }, {});
    for await (const group of itemsOf(pages, (page) => page.TargetGroups)) {
      if (!group.TargetGroupArn) continue;
      context.emit({
        terraformType: "aws_lb_target_group",
        arn: group.TargetGroupArn,
        id: group.TargetGroupName ?? group.TargetGroupArn,
        importId: group.TargetGroupArn
      });
    }
  }
};
var hostedZones = {
  types: ["aws_route53_zone"],
  async list(context) {
    const { sdk, client } = await context.client("route53");
    for await (const zone of itemsOf(
      sdk.paginateListHostedZones({ client }, {}),
      (page) => page.HostedZones
    )) {
      const id = zone.Id?.replace(/^\/hostedzone\//, "");
      if (!id) continue;
      context.emit({
        terraformType: "aws_route53_zone",
        arn: `arn:${context.partition}:route53:::hostedzone/${id}`,
        id,
        importId: id
      });
    }
  }
};
var topics = {
  types: ["aws_sns_topic"],
  async list(context) {
    const { sdk, client } = await context.client("sns");
    for await (const topic of itemsOf(
      sdk.paginateListTopics({ client }, {}),
      (page) => page.Topics
    )) {
      if (!topic.TopicArn) continue;
      context.emit({
        terraformType: "aws_sns_topic",
        arn: topic.TopicArn,
        id: lastPart(topic.TopicArn),
        importId: topic.TopicArn
      });
    }
  }
};
var queues = {
  types: ["aws_sqs_queue"],
  async list(context) {
    const { sdk, client } = await context.client("sqs");
    const pages = sdk.paginateListQueues({ client, pageSize: 1e3 }, {});
    for await (const url of itemsOf(pages, (page) => page.QueueUrls)) {
      const queue = parseQueueUrl(url);
      if (!queue) continue;
      context.emit({
        terraformType: "aws_sqs_queue",
        arn: regionalArn(context, "sqs", queue.account, queue.name),
        id: queue.name,
        importId: url
      });
    }
  }
};
var parameters = {
  types: ["aws_ssm_parameter"],
  async list(context) {
    const { sdk, client } = await context.client("ssm");
    const pages = sdk.paginateDescribeParameters({ client, pageSize: 50 }, {});
    for await (const parameter of itemsOf(pages, (page) => page.Parameters)) {
      const name = parameter.Name;
      if (!name) continue;
      const arn = parameter.ARN ?? regionalArn(context, "ssm", await context.account(), `parameter/${name.replace(/^\//, "")}`);
      context.emit({
        terraformType: "aws_ssm_parameter",
        arn: normaliseArn(arn),
        id: name,
        importId: name
      });
    }
  }
};
var logGroups = {
  types: ["aws_cloudwatch_log_group"],
  async list(context) {
    const { sdk, client } = await context.client("logs");
    const pages = sdk.paginateDescribeLogGroups({ client }, {});
    for await (const group of itemsOf(pages, (page) => page.logGroups)) {
      const name = group.logGroupName;
      const arn = group.logGroupArn ?? group.arn;
      if (!name || !arn) continue;
      context.emit({
        terraformType: "aws_cloudwatch_log_group",
        // DescribeLogGroups' `arn` ends in `:*`; the log group's own ARN does not.
        arn: normaliseArn(arn),
        id: name,
        importId: name
      });
    }
  }
};
var tables = {
  types: ["aws_dynamodb_table"],
  async list(context) {
    const { sdk, client } = await context.client("dynamodb");
    const pages = sdk.paginateListTables({ client }, {});
    for await (const name of itemsOf(pages, (page) => page.TableNames)) {
      context.emit({
        terraformType: "aws_dynamodb_table",
        arn: regionalArn(context, "dynamodb", await context.account(), `table/${name}`),
        id: name,
        importId: name
      });
    }
  }
};
var repositories = {
  types: ["aws_ecr_repository"],
  async list(context) {
    const { sdk, client } = await context.client("ecr");
    const pages = sdk.paginateDescribeRepositories({ client, pageSize: 1e3 }, {});
    for await (const repository of itemsOf(pages, (page) => page.repositories)) {
      const name = repository.repositoryName;
      if (!name) continue;
      context.emit({
        terraformType: "aws_ecr_repository",
        arn: repository.repositoryArn,
        id: name,
        importId: name
      });
    }
  }
};
var buckets = {
  types: ["aws_s3_bucket"],
  async list(context) {
    const { sdk, client } = await context.client("s3");
    const pages = sdk.paginateListBuckets({ client }, { BucketRegion: context.region });
    for await (const bucket of itemsOf(pages, (page) => page.Buckets)) {
      if (!bucket.Name) continue;
      context.emit({
        terraformType: "aws_s3_bucket",
        arn: `arn:${context.partition}:s3:::${bucket.Name}`,
        id: bucket.Name,
        importId: bucket.Name
      });
    }
  }
};

// src/collect/aws/listing/listers/vpc.ts
function vpcsOf(context) {
  return context.shared("vpcs", async () => {
    const { sdk, client } = await context.client("ec2");
    const vpcs2 = [];
    for await (const vpc of itemsOf(sdk.paginateDescribeVpcs({ client }, {}), (p) => p.Vpcs)) {
      vpcs2.push(vpc);
    }
    return vpcs2;
  });
}
var vpcs = {
  types: ["aws_vpc"],
  async list(context) {
    for (const vpc of await vpcsOf(context)) {
      if (!vpc.VpcId) continue;
      context.emit({
        terraformType: "aws_vpc",
        arn: await ec2Arn(context, vpc.OwnerId, `vpc/${vpc.VpcId}`),
        id: vpc.VpcId,
        importId: vpc.VpcId,
        tags: tagsOf(vpc.Tags),
        facts: { awsDefault: vpc.IsDefault === true }
      });
    }
  }
};
var subnets = {
  types: ["aws_subnet"],
  async list(context) {
    const { sdk, client } = await context.client("ec2");
    const pages = sdk.paginateDescribeSubnets({ client }, {});
    for await (const subnet of itemsOf(pages, (page) => page.Subnets)) {
      if (!subnet.SubnetId) continue;
      context.emit({
        terraformType: "aws_subnet",
        arn: subnet.SubnetArn ?? await ec2Arn(context, subnet.OwnerId, `subnet/${subnet.SubnetId}`),
        id: subnet.SubnetId,
        importId: subnet.SubnetId,
        tags: tagsOf(subnet.Tags),
        facts: { awsDefault: subnet.DefaultForAz === true, vpcId: subnet.VpcId }
      });
    }
  }
};
var internetGateways = {
  types: ["aws_internet_gateway"],
  async list(context) {
    const { sdk, client } = await context.client("ec2");
    const defaultVpc = (await vpcsOf(context)).find((vpc) => vpc.IsDefault)?.VpcId;
    const pages = sdk.paginateDescribeInternetGateways({ client }, {});
    for await (const gateway of itemsOf(pages, (page) => page.InternetGateways)) {
      const id = gateway.InternetGatewayId;
      if (!id) continue;
      const vpcId = gateway.Attachments?.[0]?.VpcId;
      context.emit({
        terraformType: "aws_internet_gateway",
        arn: await ec2Arn(context, gateway.OwnerId, `internet-gateway/${id}`),
        id,
        importId: id,
        tags: tagsOf(gateway.Tags),
        facts: { awsDefault: vpcId !== void 0 && vpcId === defaultVpc, vpcId }
      });
    }
  }
};
var routeTables = {
  types: ["aws_route_table"],
  async list(context) {
    const { sdk, client } = await context.client("ec2");
    const pages = sdk.paginateDescribeRouteTables({ client }, {});
    for await (const table of itemsOf(pages, (page) => page.RouteTables)) {
      const id = table.RouteTableId;
      if (!id) continue;
      context.emit({
        terraformType: "aws_route_table",
        arn: await ec2Arn(context, table.OwnerId, `route-table/${id}`),
        id,
        importId: id,
        tags: tagsOf(table.Tags),
        facts: {
          awsDefault: (table.Associations ?? []).some((association) => association.Main),
          vpcId: table.VpcId
        }
      });
    }
  }
};
var networkAcls = {
  types: ["aws_network_acl"],
  async list(context) {
    const { sdk, client } = await context.client("ec2");
    const pages = sdk.paginateDescribeNetworkAcls({ client }, {});
    for await (const acl of itemsOf(pages, (page) => page.NetworkAcls)) {
      const id = acl.NetworkAclId;
      if (!id) continue;
      context.emit({
        terraformType: "aws_network_acl",
        arn: await ec2Arn(context, acl.OwnerId, `network-acl/${id}`),
        id,
        importId: id,
        tags: tagsOf(acl.Tags),
        facts: { awsDefault: acl.IsDefault === true, vpcId: acl.VpcId }
      });
    }
  }
};

// src/collect/aws/listing/listers/index.ts
var LISTERS = [
  securityGroups,
  securityGroupRules,
  instances,
  volumes,
  keyPairs,
  snapshots,
  vpcs,
  subnets,
  internetGateways,
  routeTables,
  networkAcls,
  authorizationDetails,
  accessKeys,
  instanceProfiles,
  kmsKeys,
  secrets,
  lambdaFunctions,
  dbInstances,
  loadBalancers,
  targetGroups,
  hostedZones,
  topics,
  queues,
  parameters,
  logGroups,
  tables,
  repositories,
  buckets
];

// src/collect/aws/listing/index.ts
var GLOBAL = "global";
var ITEM_CONCURRENCY = 8;
function reason(action, label, error) {
  const fault = classifyFault(error);
  const { kind, name, detail, tries } = fault;
  switch (kind) {
    case "foreign":
    case "unsupported":
      return endpointClause(fault, action);
    case "denied":
      return `access denied to ${action}: grant it to list ${label}`;
    case "expired":
      return EXPIRED_CREDENTIALS;
    case "rejected":
      return `${action} rejected the credentials (${detail}): check they are for this account and the region is enabled for it`;
    case "throttled":
      return `${action} kept throttling${tries}: run again later, or allow more attempts with AWS_MAX_ATTEMPTS`;
    case "unreachable":
      return `${action} could not reach AWS (${detail})`;
    case "failing":
      return `${action} kept failing${tries} (${name}: ${detail}): run again later`;
    default:
      return `${action} failed (${name}: ${detail})`;
  }
}
function listingFault(types, region, error) {
  const action = failedAction(error) ?? LISTED_TYPES[types[0]].actions[0];
  const global = region === GLOBAL;
  const label = types.length === 1 ? LISTED_TYPES[types[0]].label : "them";
  const named = types.join(", ");
  return {
    types: [...types],
    ...global ? {} : { region },
    action,
    message: `${global ? named : `${named} in ${region}`}: ${reason(action, label, error)}`
  };
}
function byTypeRegionId(a, b) {
  return a.terraformType.localeCompare(b.terraformType) || a.region.localeCompare(b.region) || a.id.localeCompare(b.id);
}
var ListingRun = class {
  constructor(options, wanted) {
    this.options = options;
    this.wanted = wanted;
    this.clients = new AwsClients(options.credentials);
  }
  options;
  wanted;
  clients;
  resources = [];
  faults = /* @__PURE__ */ new Map();
  durations = {};
  lookups = /* @__PURE__ */ new Map();
  accountId;
  /** Every lister a wanted type needs, in every region its scope asks for, all at once. */
  listAll() {
    const jobs = LISTERS.filter((lister) => this.wantedOf(lister).length > 0).flatMap(
      (lister) => LISTED_TYPES[lister.types[0]].scope === "global" ? [this.list(lister, GLOBAL)] : this.options.regions.map((region) => this.list(lister, region))
    );
    return Promise.all(jobs);
  }
  /** One fault for every wanted type: for credentials that could not be had. */
  failEverything(message) {
    this.faults.set("credentials", faultOfAll([...this.wanted].sort(), message));
  }
  wantedOf(lister) {
    return lister.types.filter((type) => this.wanted.has(type));
  }
  async list(lister, region) {
    const started = Date.now();
    try {
      await lister.list(this.context(lister, region));
    } catch (error) {
      this.fail(lister, region, error);
    }
    const took = Date.now() - started;
    for (const type of this.wantedOf(lister)) {
      this.durations[type] = Math.max(this.durations[type] ?? 0, took);
    }
  }
  /**
   * A lister's first failure in a region is the one reported, for all the types it lists. Listers
   * that fail on the same call the same way (access keys need the users IAM denied) share the line.
   */
  fail(lister, region, error) {
    const fault = listingFault(this.wantedOf(lister), region, error);
    const key = `${region} ${fault.action} ${classifyFault(error).kind}`;
    const same = this.faults.get(key);
    if (!same) this.faults.set(key, fault);
    else if (!fault.types.every((type) => same.types.includes(type))) {
      const types = [...same.types, ...fault.types.filter((type) => !same.types.includes(type))];
      this.faults.set(key, listingFault(types, region, error));
    }
  }
  context(lister, region) {
    const clientRegion = region === GLOBAL ? this.options.regions[0] : region;
    return {
      region,
      partition: partitionOf(clientRegion),
      client: (service) => this.clients.get(service, clientRegion),
      account: () => this.account(),
      emit: (found) => {
        if (this.wanted.has(found.terraformType)) this.resources.push({ ...found, region });
      },
      shared: (key, load) => this.shared(`${region} ${key}`, load),
      each: (items, call) => eachLimited(
        items,
        ITEM_CONCURRENCY,
        (item) => call(item).catch((error) => this.fail(lister, region, error))
      )
    };
  }
  shared(key, load) {
    let lookup = this.lookups.get(key);
    if (!lookup) {
      lookup = load();
      this.lookups.set(key, lookup);
    }
    return lookup;
  }
  account() {
    if (this.options.account) return Promise.resolve(this.options.account);
    this.accountId ??= this.clients.get("sts", this.options.regions[0]).then(({ sdk, client }) => client.send(new sdk.GetCallerIdentityCommand({}))).then(({ Account }) => {
      if (!Account) throw new Error("STS GetCallerIdentity named no account");
      return Account;
    });
    return this.accountId;
  }
};
function faultOfAll(types, message) {
  return {
    types,
    action: LISTED_TYPES[types[0]].actions[0],
    message: `${types.join(", ")}: ${message}`
  };
}
function failedListing(types, message) {
  const wanted = [...new Set(types.filter(isListedType))].sort();
  const now = Date.now();
  const faults = wanted.length > 0 ? [faultOfAll(wanted, message)] : [];
  return { types: wanted, resources: [], faults, durations: {}, startedAt: now, finishedAt: now };
}
async function listResources(options) {
  const startedAt = Date.now();
  const wanted = new Set([...options.types].filter(isListedType));
  const run = new ListingRun(options, wanted);
  if (options.regions.length > 0 && wanted.size > 0) {
    const credentialsError = await options.credentials().then(
      () => void 0,
      (error) => ({ error })
    );
    if (credentialsError) run.failEverything(credentialsFault(credentialsError.error));
    else await run.listAll();
    await run.clients.destroy();
  }
  return {
    types: [...wanted].sort(),
    resources: run.resources.sort(byTypeRegionId),
    faults: [...run.faults.values()].sort(
      (a, b) => a.types[0].localeCompare(b.types[0]) || (a.region ?? "").localeCompare(b.region ?? "")
    ),
    durations: run.durations,
    startedAt,
    finishedAt: Date.now()
  };
}
export {
  GLOBAL,
  LISTED_TYPES,
  failedListing,
  isListedType,
  listResources,
  listingFault
};
//# sourceMappingURL=listing-7CFVXSSM.js.map

// Out-of-band "someone used the console" changes, made with the AWS SDK v3 (against moto).
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client
} from '@aws-sdk/client-ec2'
import {
  CreateBucketCommand,
  GetBucketTaggingCommand,
  PutBucketTaggingCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { DeleteTopicCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns'
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs'
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm'

// SDK v3 nags on Node 20 about 2027 support; test tooling, so keep logs quiet unless asked.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

export const INITIAL_SECRET = 'demo-initial-secret-VALUE-1'
export const ROTATED_SECRET = 'rotated-secret-VALUE-2'

// With no target, the SDK's own environment lookup applies (AWS_ENDPOINT_URL, AWS_REGION, keys).
// An explicit endpoint means moto, so moto's dummy keys are used unless the environment has some.
function config(target = {}) {
  const endpoint = target.endpoint ?? process.env.AWS_ENDPOINT_URL
  const region =
    target.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'
  const credentials =
    target.endpoint && !process.env.AWS_ACCESS_KEY_ID
      ? { accessKeyId: 'testing', secretAccessKey: 'testing' }
      : undefined
  return { endpoint, region, credentials }
}

async function using(Client, target, extra, fn) {
  const client = new Client({ ...config(target), ...extra })
  try {
    return await fn(client)
  } finally {
    client.destroy()
  }
}

/** Adds ingress from 0.0.0.0/0 on `port`; returns the group id. */
export async function openSecurityGroup(groupNameOrId, port = 22, target) {
  return using(EC2Client, target, {}, async ec2 => {
    const query = groupNameOrId.startsWith('sg-')
      ? { GroupIds: [groupNameOrId] }
      : { Filters: [{ Name: 'group-name', Values: [groupNameOrId] }] }
    const { SecurityGroups = [] } = await ec2.send(new DescribeSecurityGroupsCommand(query))
    if (SecurityGroups.length !== 1)
      throw new Error(`security group ${groupNameOrId}: ${SecurityGroups.length} found`)
    const groupId = SecurityGroups[0].GroupId
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: groupId,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: port,
            ToPort: port,
            IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'temporary debug access' }]
          }
        ]
      })
    )
    return groupId
  })
}

/** Overwrites an SSM SecureString parameter's value. */
export async function rotateSecret(name, newValue, target) {
  await using(SSMClient, target, {}, ssm =>
    ssm.send(
      new PutParameterCommand({
        Name: name,
        Value: newValue,
        Type: 'SecureString',
        Overwrite: true
      })
    )
  )
}

// Path-style because emulators are reached by address, where bucket subdomains do not resolve.
const s3Options = target => ({ forcePathStyle: Boolean(config(target).endpoint) })

/** Edits a bucket's tags the way the console does: merges `tags` in; a null value removes a key. */
export async function retagBucket(bucket, tags, target) {
  return using(S3Client, target, s3Options(target), async s3 => {
    const current = await s3.send(new GetBucketTaggingCommand({ Bucket: bucket })).then(
      r => r.TagSet ?? [],
      error => {
        if (error.name === 'NoSuchTagSet') return []
        throw error
      }
    )
    const merged = Object.fromEntries(current.map(tag => [tag.Key, tag.Value]))
    for (const [key, value] of Object.entries(tags)) {
      if (value === null) delete merged[key]
      else merged[key] = value
    }
    const TagSet = Object.entries(merged).map(([Key, Value]) => ({ Key, Value }))
    await s3.send(new PutBucketTaggingCommand({ Bucket: bucket, Tagging: { TagSet } }))
    return merged
  })
}

/** Deletes the SNS topic with this name; returns its ARN. */
export async function deleteTopic(name, target) {
  return using(SNSClient, target, {}, async sns => {
    let NextToken
    do {
      const page = await sns.send(new ListTopicsCommand({ NextToken }))
      const topic = (page.Topics ?? []).find(t => t.TopicArn.endsWith(`:${name}`))
      if (topic) {
        await sns.send(new DeleteTopicCommand({ TopicArn: topic.TopicArn }))
        return topic.TopicArn
      }
      NextToken = page.NextToken
    } while (NextToken)
    throw new Error(`SNS topic ${name} not found`)
  })
}

const CONSOLE_TAGS = { CreatedBy: 'console', Owner: 'alice' }

/** A tagged bucket no Terraform state knows about. */
export async function createUnmanagedBucket(name, tags = CONSOLE_TAGS, target) {
  const { region } = config(target)
  await using(S3Client, target, s3Options(target), async s3 => {
    await s3.send(
      new CreateBucketCommand({
        Bucket: name,
        // us-east-1 is the one region that rejects an explicit location constraint.
        CreateBucketConfiguration:
          region === 'us-east-1' ? undefined : { LocationConstraint: region }
      })
    )
    const TagSet = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
    await s3.send(new PutBucketTaggingCommand({ Bucket: name, Tagging: { TagSet } }))
  })
  return name
}

/** A tagged SQS queue (fast through the SDK, unlike Terraform's ~28 s against moto); returns its URL. */
export async function createUnmanagedQueue(name, tags = CONSOLE_TAGS, target) {
  return using(SQSClient, target, {}, async sqs => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, tags }))
    return QueueUrl
  })
}

/** A security group in the default VPC, tagged with `tags` (none: never tagged); returns its id. */
export async function createUnmanagedSecurityGroup(name, tags = CONSOLE_TAGS, target) {
  return using(EC2Client, target, {}, async ec2 => {
    const { Vpcs = [] } = await ec2.send(
      new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] })
    )
    const { GroupId } = await ec2.send(
      new CreateSecurityGroupCommand({
        GroupName: name,
        Description: 'made by hand',
        VpcId: Vpcs[0]?.VpcId,
        // Never tagged when there are no tags: AWS refuses an empty tag specification.
        TagSpecifications:
          Object.keys(tags).length === 0
            ? undefined
            : [
                {
                  ResourceType: 'security-group',
                  Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
                }
              ]
      })
    )
    return GroupId
  })
}

/** One of each unmanaged resource, named from `prefix`. */
export async function createUnmanaged(prefix, target) {
  return {
    bucket: await createUnmanagedBucket(`${prefix}-console-uploads`, CONSOLE_TAGS, target),
    queueUrl: await createUnmanagedQueue(`${prefix}-console-jobs`, CONSOLE_TAGS, target),
    securityGroupId: await createUnmanagedSecurityGroup(
      `${prefix}-console-debug`,
      CONSOLE_TAGS,
      target
    )
  }
}

/**
 * Console fixes that are never tagged, so only a direct listing sees them: a security group
 * opened to the world on 22 "just for now" and an IAM user with an access key.
 */
export async function createConsoleFixes(prefix, target) {
  const securityGroupId = await createUnmanagedSecurityGroup(`${prefix}-debug-ssh`, {}, target)
  await openSecurityGroup(securityGroupId, 22, target)
  const user = `${prefix}-hotfix`
  const accessKeyId = await withSdk('iam', 'IAMClient', target, async (iam, send) => {
    await send(new iam.CreateUserCommand({ UserName: user }))
    const { AccessKey } = await send(new iam.CreateAccessKeyCommand({ UserName: user }))
    return AccessKey.AccessKeyId
  })
  return { securityGroupId, user, accessKeyId }
}

/**
 * The standard drift of examples/demo applied with `name_prefix = prefix`: SSH opened to the
 * world, the password rotated, the bucket retagged, the billing alerts topic deleted.
 */
export async function driftDemo(prefix, target) {
  const securityGroupId = await openSecurityGroup(`${prefix}-web`, 22, target)
  await rotateSecret(`/${prefix}/db/password`, ROTATED_SECRET, target)
  const bucketTags = await retagBucket(
    `${prefix}-assets`,
    { Environment: 'production', CostCenter: null, Owner: 'alice' },
    target
  )
  const deletedTopicArn = await deleteTopic(`${prefix}-alerts-billing`, target)
  return { securityGroupId, bucketTags, deletedTopicArn }
}

// Untagged resources of every type the direct listing finds, as someone makes them in the
// console. Each service's SDK is imported when used, so importing this file stays cheap.

async function withSdk(pkg, clientName, target, fn, extra = {}) {
  const sdk = await import(`@aws-sdk/client-${pkg}`)
  return using(sdk[clientName], target, extra, client => fn(sdk, command => client.send(command)))
}

const ALLOW_S3_READ = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }]
})
const ALLOW_EVERYTHING = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
})
const LAMBDA_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
})

/**
 * IAM (a user with an access key, an inline and an attached policy; a role with an inline `*` on
 * `*` policy and the same attachment; a customer policy; a group; an instance profile) and a
 * Route 53 zone: the global types.
 */
export async function createUntaggedGlobal(prefix, target) {
  const made = await withSdk('iam', 'IAMClient', target, async (iam, send) => {
    const user = `${prefix}-alice`
    const role = `${prefix}-admin`
    await send(new iam.CreateUserCommand({ UserName: user }))
    const { AccessKey } = await send(new iam.CreateAccessKeyCommand({ UserName: user }))
    const userPolicy = { UserName: user, PolicyName: 'read', PolicyDocument: ALLOW_S3_READ }
    await send(new iam.PutUserPolicyCommand(userPolicy))
    const { Role } = await send(
      new iam.CreateRoleCommand({ RoleName: role, AssumeRolePolicyDocument: LAMBDA_TRUST })
    )
    const rolePolicy = {
      RoleName: role,
      PolicyName: 'everything',
      PolicyDocument: ALLOW_EVERYTHING
    }
    await send(new iam.PutRolePolicyCommand(rolePolicy))
    const { Policy } = await send(
      new iam.CreatePolicyCommand({ PolicyName: `${prefix}-read`, PolicyDocument: ALLOW_S3_READ })
    )
    await send(new iam.AttachUserPolicyCommand({ UserName: user, PolicyArn: Policy.Arn }))
    await send(new iam.AttachRolePolicyCommand({ RoleName: role, PolicyArn: Policy.Arn }))
    await send(new iam.CreateGroupCommand({ GroupName: `${prefix}-ops` }))
    const profile = `${prefix}-profile`
    await send(new iam.CreateInstanceProfileCommand({ InstanceProfileName: profile }))
    return {
      user,
      accessKeyId: AccessKey.AccessKeyId,
      role,
      roleArn: Role.Arn,
      policyArn: Policy.Arn,
      group: `${prefix}-ops`,
      instanceProfile: profile
    }
  })
  const zoneId = await withSdk('route-53', 'Route53Client', target, async (route53, send) => {
    const { HostedZone } = await send(
      new route53.CreateHostedZoneCommand({
        Name: `${prefix}.example.com`,
        CallerReference: prefix
      })
    )
    return HostedZone.Id.replace('/hostedzone/', '')
  })
  return { ...made, zoneId }
}

/** A VPC with a subnet, route table and ACL; a gateway on it and one on the default VPC; an SG open on 22. */
async function untaggedNetwork(prefix, target) {
  return withSdk('ec2', 'EC2Client', target, async (ec2, send) => {
    const isDefault = { Filters: [{ Name: 'is-default', Values: ['true'] }] }
    const defaultVpcId = (await send(new ec2.DescribeVpcsCommand(isDefault))).Vpcs[0].VpcId
    const { Vpc } = await send(new ec2.CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))
    const vpcId = Vpc.VpcId
    const { Subnet } = await send(
      new ec2.CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.20.1.0/24' })
    )
    const gateways = []
    for (const VpcId of [defaultVpcId, vpcId]) {
      const { InternetGateway } = await send(new ec2.CreateInternetGatewayCommand({}))
      const InternetGatewayId = InternetGateway.InternetGatewayId
      await send(new ec2.AttachInternetGatewayCommand({ InternetGatewayId, VpcId }))
      gateways.push(InternetGatewayId)
    }
    const { RouteTable } = await send(new ec2.CreateRouteTableCommand({ VpcId: vpcId }))
    const { NetworkAcl } = await send(new ec2.CreateNetworkAclCommand({ VpcId: vpcId }))
    const group = { GroupName: `${prefix}-debug`, Description: 'made by hand', VpcId: defaultVpcId }
    const { GroupId } = await send(new ec2.CreateSecurityGroupCommand(group))
    const { SecurityGroupRules } = await send(
      new ec2.AuthorizeSecurityGroupIngressCommand({
        GroupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }
        ]
      })
    )
    return {
      defaultVpcId,
      vpcId,
      subnetId: Subnet.SubnetId,
      defaultVpcGatewayId: gateways[0],
      gatewayId: gateways[1],
      routeTableId: RouteTable.RouteTableId,
      networkAclId: NetworkAcl.NetworkAclId,
      securityGroupId: GroupId,
      ingressRuleId: SecurityGroupRules[0].SecurityGroupRuleId
    }
  })
}

/** An instance, a loose volume with a public and a private snapshot, a key pair. */
async function untaggedCompute(prefix, target) {
  const { region } = config(target)
  return withSdk('ec2', 'EC2Client', target, async (ec2, send) => {
    const { Instances } = await send(
      new ec2.RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1 })
    )
    const [instance] = Instances
    const root = instance.BlockDeviceMappings.find(m => m.DeviceName === instance.RootDeviceName)
    const { VolumeId } = await send(
      new ec2.CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 1 })
    )
    const snapshot = () => send(new ec2.CreateSnapshotCommand({ VolumeId }))
    const [{ SnapshotId: publicSnapshotId }, { SnapshotId: privateSnapshotId }] = [
      await snapshot(),
      await snapshot()
    ]
    await send(
      new ec2.ModifySnapshotAttributeCommand({
        SnapshotId: publicSnapshotId,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        GroupNames: ['all']
      })
    )
    const { KeyName, KeyPairId } = await send(
      new ec2.CreateKeyPairCommand({ KeyName: `${prefix}-key` })
    )
    return {
      instanceId: instance.InstanceId,
      rootVolumeId: root.Ebs.VolumeId,
      volumeId: VolumeId,
      publicSnapshotId,
      privateSnapshotId,
      keyName: KeyName,
      keyPairId: KeyPairId
    }
  })
}

/** A load balancer on two default subnets and a target group in the default VPC. */
async function untaggedLoadBalancing(prefix, target) {
  const subnets = await withSdk('ec2', 'EC2Client', target, async (ec2, send) => {
    const isDefault = { Filters: [{ Name: 'default-for-az', Values: ['true'] }] }
    return (await send(new ec2.DescribeSubnetsCommand(isDefault))).Subnets
  })
  return withSdk(
    'elastic-load-balancing-v2',
    'ElasticLoadBalancingV2Client',
    target,
    async (elb, send) => {
      const { LoadBalancers } = await send(
        new elb.CreateLoadBalancerCommand({
          Name: `${prefix}-lb`,
          Subnets: subnets.slice(0, 2).map(subnet => subnet.SubnetId)
        })
      )
      const { TargetGroups } = await send(
        new elb.CreateTargetGroupCommand({
          Name: `${prefix}-tg`,
          Protocol: 'HTTP',
          Port: 80,
          VpcId: subnets[0].VpcId
        })
      )
      return {
        loadBalancerArn: LoadBalancers[0].LoadBalancerArn,
        targetGroupArn: TargetGroups[0].TargetGroupArn
      }
    }
  )
}

/** One each of the regional services' resources that a single call makes. */
async function untaggedServices(prefix, lambdaRoleArn, target) {
  const { region } = config(target)
  const bucket = `${prefix}-${region}-dump`
  const [kmsKeyId, secretArn, functionName, dbInstance, topicArn, queueUrl] = await Promise.all([
    withSdk(
      'kms',
      'KMSClient',
      target,
      async (kms, send) => (await send(new kms.CreateKeyCommand({}))).KeyMetadata.KeyId
    ),
    withSdk(
      'secrets-manager',
      'SecretsManagerClient',
      target,
      async (sm, send) =>
        (await send(new sm.CreateSecretCommand({ Name: `${prefix}-secret`, SecretString: 'x' })))
          .ARN
    ),
    withSdk('lambda', 'LambdaClient', target, async (lambda, send) => {
      // The smallest zip there is: moto stores the code, it does not run it.
      const ZipFile = Buffer.concat([Buffer.from('PK\x05\x06'), Buffer.alloc(18)])
      const fn = {
        FunctionName: `${prefix}-fn`,
        Runtime: 'python3.12',
        Role: lambdaRoleArn,
        Handler: 'main.handler',
        Code: { ZipFile }
      }
      return (await send(new lambda.CreateFunctionCommand(fn))).FunctionName
    }),
    withSdk('rds', 'RDSClient', target, async (rds, send) => {
      const db = {
        DBInstanceIdentifier: `${prefix}-db`,
        Engine: 'postgres',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'admin_user',
        MasterUserPassword: 'not-a-secret-1'
      }
      return (await send(new rds.CreateDBInstanceCommand(db))).DBInstance.DBInstanceIdentifier
    }),
    withSdk(
      'sns',
      'SNSClient',
      target,
      async (sns, send) =>
        (await send(new sns.CreateTopicCommand({ Name: `${prefix}-topic` }))).TopicArn
    ),
    withSdk(
      'sqs',
      'SQSClient',
      target,
      async (sqs, send) =>
        (await send(new sqs.CreateQueueCommand({ QueueName: `${prefix}-queue` }))).QueueUrl
    )
  ])
  const [parameterName, logGroupName, tableName, repositoryName] = await Promise.all([
    withSdk('ssm', 'SSMClient', target, async (ssm, send) => {
      const Name = `/${prefix}/param`
      await send(new ssm.PutParameterCommand({ Name, Value: 'x', Type: 'String' }))
      return Name
    }),
    withSdk('cloudwatch-logs', 'CloudWatchLogsClient', target, async (logs, send) => {
      const logGroupName = `/${prefix}/logs`
      await send(new logs.CreateLogGroupCommand({ logGroupName }))
      return logGroupName
    }),
    withSdk('dynamodb', 'DynamoDBClient', target, async (dynamodb, send) => {
      const TableName = `${prefix}-table`
      await send(
        new dynamodb.CreateTableCommand({
          TableName,
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST'
        })
      )
      return TableName
    }),
    withSdk('ecr', 'ECRClient', target, async (ecr, send) => {
      const repositoryName = `${prefix}-repo`
      await send(new ecr.CreateRepositoryCommand({ repositoryName }))
      return repositoryName
    }),
    withSdk(
      's3',
      'S3Client',
      target,
      (s3, send) =>
        send(
          new s3.CreateBucketCommand({
            Bucket: bucket,
            CreateBucketConfiguration:
              region === 'us-east-1' ? undefined : { LocationConstraint: region }
          })
        ),
      s3Options(target)
    )
  ])
  return {
    kmsKeyId,
    secretArn,
    functionName,
    dbInstance,
    topicArn,
    queueUrl,
    parameterName,
    logGroupName,
    tableName,
    repositoryName,
    bucket
  }
}

/**
 * One or two of every regional type the direct listing finds, untagged, in target's region.
 * `lambdaRoleArn` is a role that exists (moto checks), e.g. createUntaggedGlobal's `roleArn`.
 */
export async function createUntaggedRegional(prefix, lambdaRoleArn, target) {
  const [network, compute, loadBalancing, services] = await Promise.all([
    untaggedNetwork(prefix, target),
    untaggedCompute(prefix, target),
    untaggedLoadBalancing(prefix, target),
    untaggedServices(prefix, lambdaRoleArn, target)
  ])
  return { ...network, ...compute, ...loadBalancing, ...services }
}

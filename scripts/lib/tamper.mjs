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

/** A tagged security group in the default VPC; returns its id. */
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
        TagSpecifications: [
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

import { normaliseArn, parseQueueUrl } from '../../../../model/arn.js'
import { tagsOf } from '../../tags.js'
import type { Lister } from '../lister.js'
import { itemsOf, regionalArn } from '../lister.js'

/** One lister per type for the services with one listing call each (KMS adds DescribeKey). */

/** The last part of an ARN: a topic's name. */
function lastPart(arn: string): string {
  return arn.slice(arn.lastIndexOf(':') + 1)
}

/** KeyManager tells AWS-managed keys apart, and only DescribeKey says it. */
export const kmsKeys: Lister = {
  types: ['aws_kms_key'],
  async list(context) {
    const { sdk, client } = await context.client('kms')
    const keys: string[] = []
    const pages = sdk.paginateListKeys({ client, pageSize: 1000 }, {})
    for await (const key of itemsOf(pages, page => page.Keys)) if (key.KeyId) keys.push(key.KeyId)
    await context.each(keys, async KeyId => {
      const { KeyMetadata } = await client.send(new sdk.DescribeKeyCommand({ KeyId }))
      context.emit({
        terraformType: 'aws_kms_key',
        arn: KeyMetadata?.Arn,
        id: KeyId,
        importId: KeyId,
        facts: { keyManager: KeyMetadata?.KeyManager }
      })
    })
  }
}

export const secrets: Lister = {
  types: ['aws_secretsmanager_secret'],
  async list(context) {
    const { sdk, client } = await context.client('secretsmanager')
    const pages = sdk.paginateListSecrets({ client, pageSize: 100 }, {})
    for await (const secret of itemsOf(pages, page => page.SecretList)) {
      if (!secret.ARN) continue
      context.emit({
        terraformType: 'aws_secretsmanager_secret',
        arn: secret.ARN,
        id: secret.Name ?? secret.ARN,
        importId: secret.ARN,
        tags: tagsOf(secret.Tags)
      })
    }
  }
}

export const lambdaFunctions: Lister = {
  types: ['aws_lambda_function'],
  async list(context) {
    const { sdk, client } = await context.client('lambda')
    const pages = sdk.paginateListFunctions({ client }, {})
    for await (const fn of itemsOf(pages, page => page.Functions)) {
      if (!fn.FunctionName) continue
      context.emit({
        terraformType: 'aws_lambda_function',
        arn: fn.FunctionArn,
        id: fn.FunctionName,
        importId: fn.FunctionName
      })
    }
  }
}

export const dbInstances: Lister = {
  types: ['aws_db_instance'],
  async list(context) {
    const { sdk, client } = await context.client('rds')
    const pages = sdk.paginateDescribeDBInstances({ client }, {})
    for await (const db of itemsOf(pages, page => page.DBInstances)) {
      const id = db.DBInstanceIdentifier
      if (!id) continue
      context.emit({
        terraformType: 'aws_db_instance',
        arn: db.DBInstanceArn,
        id,
        importId: id,
        tags: tagsOf(db.TagList)
      })
    }
  }
}

export const loadBalancers: Lister = {
  types: ['aws_lb'],
  async list(context) {
    const { sdk, client } = await context.client('elbv2')
    const pages = sdk.paginateDescribeLoadBalancers({ client }, {})
    for await (const lb of itemsOf(pages, page => page.LoadBalancers)) {
      if (!lb.LoadBalancerArn) continue
      context.emit({
        terraformType: 'aws_lb',
        arn: lb.LoadBalancerArn,
        id: lb.LoadBalancerName ?? lb.LoadBalancerArn,
        importId: lb.LoadBalancerArn
      })
    }
  }
}

export const targetGroups: Lister = {
  types: ['aws_lb_target_group'],
  async list(context) {
    const { sdk, client } = await context.client('elbv2')
    const pages = sdk.paginateDescribeTargetGroups({ client }, {})
    for await (const group of itemsOf(pages, page => page.TargetGroups)) {
      if (!group.TargetGroupArn) continue
      context.emit({
        terraformType: 'aws_lb_target_group',
        arn: group.TargetGroupArn,
        id: group.TargetGroupName ?? group.TargetGroupArn,
        importId: group.TargetGroupArn
      })
    }
  }
}

export const hostedZones: Lister = {
  types: ['aws_route53_zone'],
  async list(context) {
    const { sdk, client } = await context.client('route53')
    for await (const zone of itemsOf(
      sdk.paginateListHostedZones({ client }, {}),
      page => page.HostedZones
    )) {
      const id = zone.Id?.replace(/^\/hostedzone\//, '')
      if (!id) continue
      context.emit({
        terraformType: 'aws_route53_zone',
        arn: `arn:${context.partition}:route53:::hostedzone/${id}`,
        id,
        importId: id
      })
    }
  }
}

export const topics: Lister = {
  types: ['aws_sns_topic'],
  async list(context) {
    const { sdk, client } = await context.client('sns')
    for await (const topic of itemsOf(
      sdk.paginateListTopics({ client }, {}),
      page => page.Topics
    )) {
      if (!topic.TopicArn) continue
      context.emit({
        terraformType: 'aws_sns_topic',
        arn: topic.TopicArn,
        id: lastPart(topic.TopicArn),
        importId: topic.TopicArn
      })
    }
  }
}

/** Without MaxResults, ListQueues stops at 1,000 queues and gives no token for the rest. */
export const queues: Lister = {
  types: ['aws_sqs_queue'],
  async list(context) {
    const { sdk, client } = await context.client('sqs')
    const pages = sdk.paginateListQueues({ client, pageSize: 1000 }, {})
    for await (const url of itemsOf(pages, page => page.QueueUrls)) {
      const queue = parseQueueUrl(url)
      if (!queue) continue
      context.emit({
        terraformType: 'aws_sqs_queue',
        arn: regionalArn(context, 'sqs', queue.account, queue.name),
        id: queue.name,
        importId: url
      })
    }
  }
}

export const parameters: Lister = {
  types: ['aws_ssm_parameter'],
  async list(context) {
    const { sdk, client } = await context.client('ssm')
    // Ten a page unless asked; fifty is the most.
    const pages = sdk.paginateDescribeParameters({ client, pageSize: 50 }, {})
    for await (const parameter of itemsOf(pages, page => page.Parameters)) {
      const name = parameter.Name
      if (!name) continue
      const arn =
        parameter.ARN ??
        regionalArn(context, 'ssm', await context.account(), `parameter/${name.replace(/^\//, '')}`)
      context.emit({
        terraformType: 'aws_ssm_parameter',
        arn: normaliseArn(arn),
        id: name,
        importId: name
      })
    }
  }
}

export const logGroups: Lister = {
  types: ['aws_cloudwatch_log_group'],
  async list(context) {
    const { sdk, client } = await context.client('logs')
    const pages = sdk.paginateDescribeLogGroups({ client }, {})
    for await (const group of itemsOf(pages, page => page.logGroups)) {
      const name = group.logGroupName
      const arn = group.logGroupArn ?? group.arn
      if (!name || !arn) continue
      context.emit({
        terraformType: 'aws_cloudwatch_log_group',
        // DescribeLogGroups' `arn` ends in `:*`; the log group's own ARN does not.
        arn: normaliseArn(arn),
        id: name,
        importId: name
      })
    }
  }
}

export const tables: Lister = {
  types: ['aws_dynamodb_table'],
  async list(context) {
    const { sdk, client } = await context.client('dynamodb')
    const pages = sdk.paginateListTables({ client }, {})
    for await (const name of itemsOf(pages, page => page.TableNames)) {
      context.emit({
        terraformType: 'aws_dynamodb_table',
        arn: regionalArn(context, 'dynamodb', await context.account(), `table/${name}`),
        id: name,
        importId: name
      })
    }
  }
}

export const repositories: Lister = {
  types: ['aws_ecr_repository'],
  async list(context) {
    const { sdk, client } = await context.client('ecr')
    const pages = sdk.paginateDescribeRepositories({ client, pageSize: 1000 }, {})
    for await (const repository of itemsOf(pages, page => page.repositories)) {
      const name = repository.repositoryName
      if (!name) continue
      context.emit({
        terraformType: 'aws_ecr_repository',
        arn: repository.repositoryArn,
        id: name,
        importId: name
      })
    }
  }
}

/**
 * One ListBuckets per region, filtered to the region's buckets, and never a page size: moto then
 * returns that many buckets with no token for the rest.
 */
export const buckets: Lister = {
  types: ['aws_s3_bucket'],
  async list(context) {
    const { sdk, client } = await context.client('s3')
    const pages = sdk.paginateListBuckets({ client }, { BucketRegion: context.region })
    for await (const bucket of itemsOf(pages, page => page.Buckets)) {
      if (!bucket.Name) continue
      context.emit({
        terraformType: 'aws_s3_bucket',
        arn: `arn:${context.partition}:s3:::${bucket.Name}`,
        id: bucket.Name,
        importId: bucket.Name
      })
    }
  }
}

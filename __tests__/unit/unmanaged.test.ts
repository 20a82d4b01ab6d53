import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseIgnoreFile } from '../../src/analyse/ignore.js'
import { managedSet } from '../../src/analyse/managed.js'
import { OWNERSHIP_RULES, OWNERSHIP_RULE_IDS, ownerOf } from '../../src/analyse/ownership.js'
import type { Plan, StateResource } from '../../src/analyse/plan-json.js'
import {
  classifyInventory,
  coverage,
  NO_REGION,
  unmanagedReport
} from '../../src/analyse/unmanaged.js'
import type { Inventory, TaggedResource } from '../../src/collect/inventory.js'
import { REPO_ROOT } from '../helpers/action.js'

const ACCOUNT = '123456789012'
const arn = (service: string, resource: string, region = 'eu-west-1') =>
  `arn:aws:${service}:${region}:${ACCOUNT}:${resource}`

function res(
  address: string,
  type: string,
  values: Record<string, unknown>,
  mode: 'managed' | 'data' = 'managed'
): StateResource {
  const name = address.split('.').slice(-1)[0].replace(/\[.*$/, '')
  return { address, mode, type, name, values }
}

/** The shape `terraform show -json` gives: root and child modules, count and for_each instances. */
const plan: Plan = {
  format_version: '1.2',
  prior_state: {
    values: {
      root_module: {
        resources: [
          res(
            'data.aws_vpc.default',
            'aws_vpc',
            { id: 'vpc-default', arn: arn('ec2', 'vpc/vpc-default') },
            'data'
          ),
          res('aws_s3_bucket.assets', 'aws_s3_bucket', {
            id: 'assets',
            arn: 'arn:aws:s3:::assets'
          }),
          res('aws_sns_topic.alerts["ops"]', 'aws_sns_topic', {
            id: arn('sns', 'alerts-ops'),
            arn: arn('sns', 'alerts-ops')
          }),
          res('aws_sns_topic.alerts["billing"]', 'aws_sns_topic', {
            id: arn('sns', 'alerts-billing')
          }),
          // An older provider, or a queue whose state lost its arn: the URL says it all.
          res('aws_sqs_queue.jobs', 'aws_sqs_queue', {
            id: `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/jobs`
          }),
          res('aws_sqs_queue.local', 'aws_sqs_queue', {
            id: `http://127.0.0.1:5000/${ACCOUNT}/local`
          }),
          res('aws_instance.web', 'aws_instance', {
            id: 'i-1',
            arn: arn('ec2', 'instance/i-1'),
            root_block_device: [{ volume_id: 'vol-root' }],
            ebs_block_device: [{ volume_id: 'vol-data' }],
            primary_network_interface_id: 'eni-1'
          }),
          res('aws_vpc.main', 'aws_vpc', {
            id: 'vpc-1',
            arn: arn('ec2', 'vpc/vpc-1'),
            default_security_group_id: 'sg-default'
          }),
          res('aws_nat_gateway.out', 'aws_nat_gateway', { id: 'nat-1' })
        ],
        child_modules: [
          {
            address: 'module.logs',
            resources: [
              res('module.logs.aws_cloudwatch_log_group.this[0]', 'aws_cloudwatch_log_group', {
                id: '/app/web',
                arn: `${arn('logs', 'log-group:/app/web')}:*`
              }),
              res('module.logs.aws_cloudwatch_log_group.this[1]', 'aws_cloudwatch_log_group', {
                id: '/app/audit',
                arn: arn('logs', 'log-group:/app/audit')
              })
            ],
            child_modules: [
              {
                address: 'module.logs.module.params',
                resources: [
                  res('module.logs.module.params.aws_ssm_parameter.p', 'aws_ssm_parameter', {
                    id: '/app/db',
                    arn: arn('ssm', 'parameter/app/db')
                  })
                ]
              }
            ]
          }
        ]
      }
    }
  }
}

describe('the managed set', () => {
  const managed = managedSet([plan])

  it.each([
    ['root', 'arn:aws:s3:::assets'],
    ['for_each instance', arn('sns', 'alerts-ops')],
    ['for_each instance known by an id that is an ARN', arn('sns', 'alerts-billing')],
    ['queue by its URL', arn('sqs', 'jobs')],
    ['queue by an emulator URL, in any region', arn('sqs', 'local', 'us-east-1')],
    ['count instance, log group ARN with :*', arn('logs', 'log-group:/app/web')],
    ['count instance, log group ARN without :*', arn('logs', 'log-group:/app/audit')],
    ['nested module', arn('ssm', 'parameter/app/db')],
    ["instance's root volume", arn('ec2', 'volume/vol-root')],
    ["instance's extra volume", arn('ec2', 'volume/vol-data')],
    ["instance's network interface", arn('ec2', 'network-interface/eni-1')],
    ["VPC's default security group", arn('ec2', 'security-group/sg-default')],
    ['NAT gateway known by its id only', arn('ec2', 'natgateway/nat-1')]
  ])('holds a %s', (_what, resourceArn) => {
    expect(managed.has(resourceArn)).toBe(true)
  })

  it.each([
    ['a data source', arn('ec2', 'vpc/vpc-default')],
    ['another bucket', 'arn:aws:s3:::assets-2'],
    ['a queue in another region when the URL names one', arn('sqs', 'jobs', 'us-east-1')],
    ['another log group', arn('logs', 'log-group:/app')]
  ])('does not hold %s', (_what, resourceArn) => {
    expect(managed.has(resourceArn)).toBe(false)
  })

  it('is the union over working directories', () => {
    const other: Plan = {
      format_version: '1.2',
      prior_state: {
        values: {
          root_module: {
            resources: [res('aws_s3_bucket.x', 'aws_s3_bucket', { id: 'x', arn: 'arn:aws:s3:::x' })]
          }
        }
      }
    }
    const both = managedSet([plan, other])
    expect(both.has('arn:aws:s3:::x')).toBe(true)
    expect(both.has('arn:aws:s3:::assets')).toBe(true)
    expect(managedSet([{ format_version: '1.2' }]).has('arn:aws:s3:::x')).toBe(false)
  })
})

describe('ownership rules', () => {
  it.each([
    [{ 'aws:cloudformation:stack-name': 'web' }, 'cloudformation', 'CloudFormation stack web'],
    [{ 'aws:autoscaling:groupName': 'workers' }, 'autoscaling', 'Auto Scaling group workers'],
    [{ 'eks:cluster-name': 'prod' }, 'eks', 'EKS cluster prod'],
    [{ 'kubernetes.io/cluster/prod': 'owned' }, 'kubernetes', 'Kubernetes cluster prod'],
    [
      { 'elasticbeanstalk:environment-name': 'app-env' },
      'elasticbeanstalk',
      'Elastic Beanstalk environment app-env'
    ],
    [{ 'aws:ecs:clusterName': 'c' }, 'ecs', 'ECS cluster c'],
    [{ 'aws:ecs:serviceName': 's' }, 'ecs', 'Amazon ECS'],
    [{ 'aws:servicecatalog:productArn': 'p' }, 'servicecatalog', 'AWS Service Catalog'],
    [{ 'aws:cloud9:environment': 'e1' }, 'cloud9', 'Cloud9 environment e1'],
    [{ 'aws:elasticmapreduce:job-flow-id': 'j-1' }, 'emr', 'EMR cluster j-1']
  ])('%j is owned (%s)', (tags, rule, owner) => {
    expect(ownerOf(tags)).toEqual({ rule, owner })
  })

  it('leaves ordinary tags alone', () => {
    expect(ownerOf({ Owner: 'alice', Name: 'x' })).toBeUndefined()
    expect(ownerOf({})).toBeUndefined()
  })

  it('switches a rule off by id', () => {
    const tags = { 'aws:cloudformation:stack-name': 'web' }
    expect(ownerOf(tags, new Set(['cloudformation']))).toBeUndefined()
    expect(
      ownerOf({ ...tags, 'aws:autoscaling:groupName': 'g' }, new Set(['cloudformation']))
    ).toEqual({
      rule: 'autoscaling',
      owner: 'Auto Scaling group g'
    })
  })

  it('has unique ids, each in the README table', () => {
    expect(new Set(OWNERSHIP_RULE_IDS).size).toBe(OWNERSHIP_RULES.length)
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    for (const rule of OWNERSHIP_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/)
      expect(readme).toContain(`| \`${rule.id}\` | ${rule.owner} | ${rule.tags} |`)
    }
  })
})

function inventory(resources: TaggedResource[], extra: Partial<Inventory> = {}): Inventory {
  return {
    regions: ['eu-west-1', 'us-east-1'],
    resources,
    errors: [],
    startedAt: 1000,
    finishedAt: 1500,
    ...extra
  }
}

const tagged = (
  resourceArn: string,
  tags: Record<string, string> = {},
  region = 'eu-west-1'
): TaggedResource => ({
  arn: resourceArn,
  region,
  tags
})

describe('classification', () => {
  const found = [
    tagged('arn:aws:s3:::assets', { Name: 'assets' }),
    tagged(arn('logs', 'log-group:/app/web')),
    tagged('arn:aws:s3:::console-uploads', { Owner: 'alice' }),
    tagged(arn('sqs', 'console-jobs'), { Owner: 'alice' }),
    tagged(arn('ec2', 'security-group/sg-9')),
    tagged('arn:aws:s3:::legacy-logs', { Owner: 'legacy' }),
    tagged(arn('sns', 'stack-topic'), { 'aws:cloudformation:stack-name': 'web' }),
    tagged(arn('glue', 'crawler/nightly'))
  ]
  const ignoreFiles = [parseIgnoreFile('arn:aws:s3:::legacy-*\n', '.driftignore')]

  it('sorts resources into managed, ignored, owned and unmanaged', () => {
    const section = classifyInventory({
      inventory: inventory(found),
      managed: managedSet([plan]),
      ignoreFiles
    })
    expect(section.managed).toBe(2)
    expect(section.ignored).toBe(1)
    expect(section.ownedByOthers).toEqual([
      {
        arn: arn('sns', 'stack-topic'),
        type: 'aws_sns_topic',
        region: 'eu-west-1',
        id: 'stack-topic',
        owner: 'CloudFormation stack web',
        rule: 'cloudformation'
      }
    ])
    expect(section.resources.map(r => [r.type, r.id, r.importBlock])).toEqual([
      [
        'aws_s3_bucket',
        'console-uploads',
        { to: 'aws_s3_bucket.console-uploads', id: 'console-uploads' }
      ],
      ['aws_security_group', 'sg-9', { to: 'aws_security_group.sg-9', id: 'sg-9' }],
      [
        'aws_sqs_queue',
        'console-jobs',
        {
          to: 'aws_sqs_queue.console-jobs',
          id: `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/console-jobs`
        }
      ],
      ['glue:crawler', 'nightly', undefined]
    ])
    expect(section.resources[0].tags).toEqual({ Owner: 'alice' })
    expect(section.coverage).toBe(33.3)
    expect(section.durationMs).toBe(500)
    expect(section.blindSpots).toMatch(/never tagged.*IAM users, roles/)
  })

  it('lets the ignore file win over ownership, and a disabled rule report the resource', () => {
    const stack = [tagged(arn('sns', 'stack-topic'), { 'aws:cloudformation:stack-name': 'web' })]
    const ignored = classifyInventory({
      inventory: inventory(stack),
      managed: managedSet([]),
      ignoreFiles: [parseIgnoreFile('tag:aws:cloudformation:stack-name=*', 'f')]
    })
    expect([ignored.ignored, ignored.ownedByOthers.length]).toEqual([1, 0])
    const disabled = classifyInventory({
      inventory: inventory(stack),
      managed: managedSet([]),
      ignoreFiles: [],
      disabledOwnershipRules: new Set(['cloudformation'])
    })
    expect(disabled.resources.map(r => r.id)).toEqual(['stack-topic'])
  })

  it('reports region faults and keeps coverage from the regions that answered', () => {
    const section = classifyInventory({
      inventory: inventory([tagged('arn:aws:s3:::assets')], {
        errors: [
          {
            scope: 'region us-east-1',
            region: 'us-east-1',
            message: 'region us-east-1 denied access (x): check'
          }
        ]
      }),
      managed: managedSet([plan]),
      ignoreFiles: []
    })
    expect(section.regionErrors).toEqual([
      { scope: 'region us-east-1', message: 'region us-east-1 denied access (x): check' }
    ])
    expect(section.coverage).toBe(100)
  })

  it('has no coverage figure when nothing could be scanned', () => {
    const section = classifyInventory({
      inventory: inventory([], {
        regions: ['eu-west-1'],
        errors: [{ scope: 'region eu-west-1', region: 'eu-west-1', message: 'denied' }]
      }),
      managed: managedSet([]),
      ignoreFiles: []
    })
    expect(section.coverage).toBeNull()
  })

  it('computes coverage as managed / (managed + unmanaged), one decimal', () => {
    expect(coverage(2, 1)).toBe(66.7)
    expect(coverage(0, 0)).toBe(100)
    expect(coverage(0, 3)).toBe(0)
  })

  it('does not classify when a working directory could not be planned', () => {
    const section = unmanagedReport({
      regions: ['eu-west-1'],
      inventory: inventory([tagged('arn:aws:s3:::assets')]),
      plans: [plan, undefined],
      labels: ['infra/a', 'infra/b'],
      ignoreFiles: [],
      disabledOwnershipRules: []
    })
    expect(section.skipped).toMatch(/'infra\/b' could not be planned/)
    expect(section.resources).toEqual([])
  })

  it('says to set a region when none is known', () => {
    const section = unmanagedReport({
      regions: [],
      plans: [plan],
      labels: ['.'],
      ignoreFiles: [],
      disabledOwnershipRules: []
    })
    expect(section.skipped).toBe(NO_REGION)
    expect(section.regionErrors).toEqual([{ scope: 'inventory', message: NO_REGION }])
    expect(NO_REGION).toMatch(/set the aws-regions input or AWS_REGION/)
  })
})

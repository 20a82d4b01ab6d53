import { describe, expect, it } from '@jest/globals'
import type { IgnoreFile } from '../../src/analyse/ignore.js'
import { isIgnored } from '../../src/analyse/ignore.js'
import { parseIgnoreFile } from '../../src/collect/driftignore.js'
import { parseArn } from '../../src/model/arn.js'
import { identifyParsed, ImportNames } from '../../src/analyse/import-blocks.js'
import { managedSet } from '../../src/analyse/managed.js'
import type { Ownership } from '../../src/analyse/ownership.js'
import {
  claimedKeys,
  OWNERSHIP_RULES,
  OWNERSHIP_RULE_IDS,
  ownerOf
} from '../../src/analyse/ownership.js'
import type { Plan, StateResource } from '../../src/collect/terraform/plan-json.js'
import { assessUnmanaged } from '../../src/analyse/severity.js'
import type { ClassifyInput } from '../../src/analyse/unmanaged.js'
import {
  BLIND_SPOTS,
  classifyScans,
  coverage,
  NO_REGION,
  unmanagedReport
} from '../../src/analyse/unmanaged.js'
import type { TaggedResource, TaggingScan } from '../../src/collect/aws/tagging.js'
import type { OwnedResource, UnmanagedReport, UnmanagedResource } from '../../src/model/findings.js'
import { readDoc } from '../helpers/docs.js'

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

  it('has unique ids, each in the table of docs/unmanaged.md', () => {
    expect(new Set(OWNERSHIP_RULE_IDS).size).toBe(OWNERSHIP_RULES.length)
    const page = readDoc('docs/unmanaged.md')
    for (const rule of OWNERSHIP_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/)
      expect(page).toContain(`| \`${rule.id}\` | ${rule.owner} | ${rule.tags} |`)
    }
  })
})

function taggingScan(resources: TaggedResource[], extra: Partial<TaggingScan> = {}): TaggingScan {
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
    const section = classifyScans({
      tagging: taggingScan(found),
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
    const ignored = classifyScans({
      tagging: taggingScan(stack),
      managed: managedSet([]),
      ignoreFiles: [parseIgnoreFile('tag:aws:cloudformation:stack-name=*', 'f')]
    })
    expect([ignored.ignored, ignored.ownedByOthers.length]).toEqual([1, 0])
    const disabled = classifyScans({
      tagging: taggingScan(stack),
      managed: managedSet([]),
      ignoreFiles: [],
      disabledOwnershipRules: new Set(['cloudformation'])
    })
    expect(disabled.resources.map(r => r.id)).toEqual(['stack-topic'])
  })

  it('reports region faults and keeps coverage from the regions that answered', () => {
    const section = classifyScans({
      tagging: taggingScan([tagged('arn:aws:s3:::assets')], {
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
    const section = classifyScans({
      tagging: taggingScan([], {
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
      tagging: taggingScan([tagged('arn:aws:s3:::assets')]),
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

/** Every rule in table order, with no shortcut for tag sets no rule reads. */
function everyRule(
  tags: Record<string, string>,
  disabled: ReadonlySet<string> = new Set()
): Ownership | undefined {
  for (const rule of OWNERSHIP_RULES) {
    if (disabled.has(rule.id)) continue
    const owner = rule.match(tags)
    if (owner !== undefined) return { rule: rule.id, owner }
  }
  return undefined
}

describe('ownership rules, skipping tag sets no rule reads', () => {
  const columnKeys = OWNERSHIP_RULES.flatMap(rule =>
    [...rule.tags.matchAll(/`([^`]+)`/g)].map(([, key]) => key.replace(/(\*|<[^>]*>)$/, 'x'))
  )

  it('asks for no tag key its tags column does not name', () => {
    const claimed = claimedKeys()
    for (const rule of OWNERSHIP_RULES) {
      for (const tags of [{}, ...columnKeys.map(key => ({ [key]: 'v' }))]) {
        const asked: string[] = []
        const watched = new Proxy(tags as Record<string, string>, {
          has: (target, key) => {
            asked.push(String(key))
            return key in target
          }
        })
        rule.match(watched)
        for (const key of asked)
          expect([rule.id, key, claimed.test(key)]).toEqual([rule.id, key, true])
      }
    }
  })

  const near = [
    'aws:ecs',
    'aws:ecsx:y',
    'Aws:ecs:x',
    'aws:cloudformation:stack-name ',
    'aws:cloudformation:stack-nam',
    'kubernetes.io/cluster',
    'xkubernetes.io/cluster/a',
    'eks:cluster-name\n',
    'crossplane-name',
    'aws:sagemaker',
    'Owner',
    'Name'
  ]

  it('claims no tag set made only of near misses', () => {
    for (const key of near) expect(ownerOf({ [key]: 'v' })).toBeUndefined()
    expect(ownerOf(Object.fromEntries(near.map(key => [key, 'v'])))).toBeUndefined()
  })

  it('decides as asking every rule does', () => {
    const random = seeded(11)
    const keys = [...columnKeys, ...near, 'aws:ecs:clusterName', 'crossplane-name']
    for (let i = 0; i < 2000; i++) {
      const tags: Record<string, string> = {}
      for (let n = Math.floor(random() * 4); n > 0; n--)
        tags[pick(random, keys)] = pick(random, ['', 'v', 'web'])
      const disabled = new Set(OWNERSHIP_RULE_IDS.filter(() => random() < 0.2))
      expect(ownerOf(tags, disabled)).toEqual(everyRule(tags, disabled))
      expect(ownerOf(tags)).toEqual(everyRule(tags))
    }
  })
})

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]
}

/**
 * The classification written plainly (spreads, a three-key comparator over every resource,
 * names given over the sorted list), on the same building blocks: what classifyScans must match
 * to the last property, order included.
 */
function classifyPlainly(input: ClassifyInput): UnmanagedReport {
  const { tagging } = input
  const byTypeRegionId = (
    a: { type: string; region: string; id: string },
    b: { type: string; region: string; id: string }
  ) => ordinal(a.type, b.type) || ordinal(a.region, b.region) || ordinal(a.id, b.id)
  const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const unmanaged: (Omit<UnmanagedResource, 'importBlock'> & {
    importId?: string
    terraformType?: string
  })[] = []
  const owned: OwnedResource[] = []
  let managed = 0
  let ignored = 0
  for (const resource of tagging.resources) {
    if (input.managed.has(resource.arn)) {
      managed++
      continue
    }
    const identity = identifyParsed(parseArn(resource.arn), resource.arn)
    const subject = {
      arn: resource.arn,
      type: identity.type,
      ids: [...new Set([identity.importId, identity.id].filter((id): id is string => !!id))],
      tags: resource.tags
    }
    if (isIgnored(input.ignoreFiles, subject)) {
      ignored++
      continue
    }
    const base = {
      arn: resource.arn,
      type: identity.type,
      region: resource.region,
      id: identity.id
    }
    const owner = everyRule(resource.tags, input.disabledOwnershipRules)
    if (owner) {
      owned.push({ ...base, owner: owner.owner, rule: owner.rule })
      continue
    }
    const assessed = assessUnmanaged({ arn: resource.arn, type: identity.type })
    unmanaged.push({
      ...base,
      tags: resource.tags,
      seenBy: 'tagged',
      severity: assessed.severity,
      severityRule: assessed.rule,
      ...(assessed.concerns.length > 0 ? { concerns: assessed.concerns } : {}),
      ...(identity.importId && identity.terraformType
        ? { importId: identity.importId, terraformType: identity.terraformType }
        : {})
    })
  }
  unmanaged.sort(byTypeRegionId)
  owned.sort(byTypeRegionId)
  const importable = unmanaged.filter(r => r.importId && r.terraformType)
  const importNames = new ImportNames()
  const names = importable.map(r => importNames.next(r.terraformType as string, r.id))
  const nameOf = new Map(importable.map((r, i) => [r, names[i]]))
  const resources: UnmanagedResource[] = unmanaged.map(r => {
    const { importId, terraformType, ...rest } = r
    const name = nameOf.get(r)
    return importId && terraformType && name
      ? { ...rest, importBlock: { to: `${terraformType}.${name}`, id: importId } }
      : rest
  })
  const failed = new Set(tagging.errors.map(e => e.region))
  const nothingScanned =
    tagging.errors.some(e => e.scope === 'inventory') ||
    tagging.regions.every(region => failed.has(region))
  return {
    inventory: 'tagging',
    regions: tagging.regions,
    listedTypes: [],
    notListed: [],
    regionErrors: tagging.errors.map(({ scope, message }) => ({ scope, message })),
    resources,
    ownedByOthers: owned,
    managed,
    ignored,
    madeByAws: {},
    coverage: nothingScanned ? null : coverage(managed, resources.length),
    blindSpots: BLIND_SPOTS,
    durationMs: tagging.finishedAt - tagging.startedAt
  }
}

describe('classification of a large generated inventory', () => {
  const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'eu-central-1']
  const NAMES = ['assets', 'Assets.Bucket', 'jobs', 'jobs.fifo', 'a_2', 'a', 'ignored-1', 'web']
  const TAG_SETS: Record<string, string>[] = [
    {},
    { Owner: 'alice' },
    { Team: 'ops' },
    { 'aws:cloudformation:stack-name': 'web' },
    { 'aws:ecs:serviceName': 's', Name: 'x' },
    { 'kubernetes.io/cluster/prod': 'owned' },
    { 'crossplane-kind': 'Bucket', 'crossplane-name': 'b' }
  ]

  function generate(seed: number, count: number): { tagging: TaggingScan; plan: Plan } {
    const random = seeded(seed)
    const name = (i: number) =>
      random() < 0.5 ? pick(random, NAMES) : random() < 0.1 ? `${'long-'.repeat(15)}${i}` : `n${i}`
    const kinds: ((i: number, region: string) => string)[] = [
      i =>
        `arn:aws:s3:::${name(i)
          .toLowerCase()
          .replace(/[^a-z0-9.-]/g, '-')}`,
      (i, region) => arn('sqs', name(i), region),
      (i, region) => arn('sns', name(i), region),
      (i, region) => arn('ec2', `instance/i-${(i % 300).toString(16)}`, region),
      (i, region) => arn('ec2', `security-group/sg-${i % 50}`, region),
      (i, region) => arn('ec2', `volume/vol-${i % 40}`, region),
      (i, region) => arn('ec2', `natgateway/nat-${i % 30}`, region),
      (i, region) => arn('ec2', `key-pair/key-${i % 9}`, region),
      (i, region) =>
        `${arn('logs', `log-group:/app/${name(i)}`, region)}${random() < 0.3 ? ':*' : ''}`,
      (i, region) => arn('ssm', `parameter/${random() < 0.3 ? '/' : ''}app/${name(i)}`, region),
      i => `arn:aws:iam::${ACCOUNT}:role/service/${name(i)}`,
      i => `arn:aws:iam::${ACCOUNT}:policy/${name(i)}`,
      (i, region) => arn('elasticloadbalancing', `loadbalancer/app/${name(i)}/50dc${i}`, region),
      (i, region) => arn('elasticloadbalancing', `loadbalancer/${name(i)}`, region),
      (i, region) => arn('elasticloadbalancing', `targetgroup/${name(i)}/73e2${i}`, region),
      (i, region) => arn('glue', `crawler/${name(i)}`, region),
      (i, region) => arn('lambda', `function:${name(i)}`, region),
      i => (i % 2 ? ` arn:aws:s3:::padded-${i % 5} ` : `not-an-arn-${i % 5}`)
    ]
    const resources: TaggedResource[] = []
    for (let i = 0; i < count; i++) {
      const region = pick(random, REGIONS)
      const resourceArn = pick(random, kinds)(i, region)
      resources.push({ arn: resourceArn, region, tags: pick(random, TAG_SETS) })
      // The same ARN listed again, as ties that must keep their order.
      if (random() < 0.05) resources.push({ arn: resourceArn, region, tags: { Again: `${i}` } })
    }
    const state: StateResource[] = []
    for (const [i, r] of resources.entries()) {
      if (random() > 0.3) continue
      const exact = random() < 0.5
      if (r.arn.includes(':s3:::') && !exact) {
        state.push(
          res(`aws_s3_bucket.b${i}`, 'aws_s3_bucket', { id: r.arn.trim().split(':::')[1] })
        )
      } else if (r.arn.includes(':sqs:') && !exact) {
        const [, , , region, account, queue] = r.arn.split(':')
        const host = random() < 0.5 ? `sqs.${region}.amazonaws.com` : '127.0.0.1:4566'
        state.push(
          res(`aws_sqs_queue.q${i}`, 'aws_sqs_queue', { id: `https://${host}/${account}/${queue}` })
        )
      } else if (r.arn.includes(':instance/') && !exact) {
        const id = r.arn.split('/')[1]
        state.push(
          res(`aws_instance.i${i}`, 'aws_instance', {
            id,
            root_block_device: [{ volume_id: `vol-${i % 40}` }],
            primary_network_interface_id: ''
          })
        )
      } else if (r.arn.includes(':natgateway/') && !exact) {
        state.push(res(`aws_nat_gateway.n${i}`, 'aws_nat_gateway', { id: r.arn.split('/')[1] }))
      } else {
        state.push(res(`aws_x.r${i}`, 'aws_x', { id: `id-${i}`, arn: r.arn.trim() }))
      }
    }
    return {
      tagging: {
        regions: REGIONS,
        resources,
        errors: [{ scope: 'region eu-central-1', region: 'eu-central-1', message: 'denied' }],
        startedAt: 10,
        finishedAt: 25
      },
      plan: {
        format_version: '1.2',
        prior_state: {
          values: {
            root_module: {
              resources: state.slice(0, state.length / 2),
              child_modules: [{ address: 'module.m', resources: state.slice(state.length / 2) }]
            }
          }
        }
      }
    }
  }

  const ignoreFiles: IgnoreFile[] = [
    parseIgnoreFile(
      [
        'aws_s3_bucket.assets*',
        '!aws_s3_bucket.assets-bucket',
        'tag:Team=ops',
        'arn:aws:sns:*:*:ignored-*',
        'glue:*',
        'aws_iam_user.x.tags'
      ].join('\n'),
      '.driftignore'
    ),
    parseIgnoreFile('web\n!aws_lb.web', 'infra/.driftignore')
  ]
  const cases: [string, Partial<ClassifyInput>][] = [
    ['no ignore file', { ignoreFiles: [] }],
    ['ignore files', { ignoreFiles }],
    ['only field rules', { ignoreFiles: [parseIgnoreFile('aws_iam_user.x.tags', 'f')] }],
    [
      'ownership rules switched off',
      { ignoreFiles, disabledOwnershipRules: new Set(['cloudformation', 'kubernetes']) }
    ]
  ]

  it.each(cases)('gives what the plain classification gives, with %s', (_what, options) => {
    for (const seed of [1, 2, 3]) {
      const generated = generate(seed, 3000)
      const input: ClassifyInput = {
        tagging: generated.tagging,
        managed: managedSet([generated.plan, plan]),
        ignoreFiles: [],
        ...options
      }
      const expected = classifyPlainly(input)
      const actual = classifyScans(input)
      expect(actual).toStrictEqual(expected)
      // Property order too: it shows in the JSON report.
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
      expect(expected.managed).toBeGreaterThan(300)
      expect(expected.ownedByOthers.length).toBeGreaterThan(100)
      expect(expected.resources.some(r => r.importBlock?.to.endsWith('_2'))).toBe(true)
    }
  })
})

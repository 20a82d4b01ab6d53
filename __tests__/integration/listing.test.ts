import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import type { UntaggedGlobal, UntaggedRegional } from '../../scripts/lib/tamper.mjs'
import { createUntaggedGlobal, createUntaggedRegional } from '../../scripts/lib/tamper.mjs'
import { setAwsEnv } from '../helpers/process-env.js'
import { scanAccount } from '../../src/collect/aws/account.js'
import { LISTED_TYPES, listingFault, listResources } from '../../src/collect/aws/listing/index.js'
import { LISTERS } from '../../src/collect/aws/listing/listers/index.js'
import type { ListedResource, Listing } from '../../src/collect/aws/listing/model.js'
import type { ListedType } from '../../src/collect/aws/listing/types.js'
import type { AwsStandIn } from '../helpers/aws-standin.js'
import { ec2Error, jsonError, queryError, startAwsStandIn } from '../helpers/aws-standin.js'

/**
 * The direct listing with the real SDK clients against moto over HTTP: untagged resources of every
 * listed type, made through the API in two regions, come back exactly, with moto's own defaults
 * told apart by their facts. What moto cannot do (page IAM's authorization details, deny,
 * throttle) comes from a loopback stand-in in front of the same moto.
 */

const HOME = 'us-east-1'
const OTHER = 'eu-west-1'
const ACCOUNT = '123456789012'
const PREFIX = 'dw-list'
const ALL = Object.keys(LISTED_TYPES) as ListedType[]
const credentials = async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' })

let moto: MotoServer
let made: { global: UntaggedGlobal; regions: Record<string, UntaggedRegional> }
let listing: Listing
const savedEndpoint = process.env.AWS_ENDPOINT_URL

/** The SDK reads AWS_ENDPOINT_URL when a client is made: each listing makes its own. */
function endpointFor(url: string | undefined): void {
  if (url === undefined) delete process.env.AWS_ENDPOINT_URL
  else process.env.AWS_ENDPOINT_URL = url
}

beforeAll(async () => {
  moto = await startMoto()
  const target = (region: string) => ({ endpoint: moto.endpoint, region })
  const global = await createUntaggedGlobal(PREFIX, target(HOME))
  const [home, other] = await Promise.all(
    [HOME, OTHER].map(region => createUntaggedRegional(PREFIX, global.roleArn, target(region)))
  )
  made = { global, regions: { [HOME]: home, [OTHER]: other } }
  endpointFor(moto.endpoint)
  listing = await listResources({ regions: [HOME, OTHER], types: ALL, credentials })
}, 60_000)

afterAll(async () => {
  endpointFor(savedEndpoint)
  await moto?.stop()
})

function of(type: ListedType, region: string, from = listing): ListedResource[] {
  return from.resources.filter(r => r.terraformType === type && r.region === region)
}

function ids(type: ListedType, region: string, from = listing): string[] {
  return of(type, region, from).map(r => r.id)
}

describe('listResources on moto', () => {
  it('lists every type, without a fault, each type timed', () => {
    expect(listing.faults).toEqual([])
    expect(listing.types).toEqual([...ALL].sort())
    expect(Object.keys(listing.durations).sort()).toEqual([...ALL].sort())
  })

  it.each([HOME, OTHER])('tells AWS-made network pieces apart in %s', region => {
    const m = made.regions[region]
    const vpcs = of('aws_vpc', region)
    expect(vpcs.map(v => [v.id, v.facts?.awsDefault]).sort()).toEqual(
      [
        [m.defaultVpcId, true],
        [m.vpcId, false]
      ].sort()
    )
    expect(vpcs.find(v => v.id === m.vpcId)).toEqual({
      terraformType: 'aws_vpc',
      arn: `arn:aws:ec2:${region}:${ACCOUNT}:vpc/${m.vpcId}`,
      region,
      id: m.vpcId,
      importId: m.vpcId,
      tags: {},
      facts: { awsDefault: false }
    })
    const subnets = of('aws_subnet', region)
    expect(subnets.filter(s => !s.facts?.awsDefault).map(s => s.id)).toEqual([m.subnetId])
    // moto makes one default subnet per availability zone: us-east-1 has 6, eu-west-1 3.
    expect(subnets.filter(s => s.facts?.awsDefault)).toHaveLength(region === HOME ? 6 : 3)
    expect(
      subnets.filter(s => s.facts?.awsDefault).every(s => s.facts?.vpcId === m.defaultVpcId)
    ).toBe(true)
    expect(
      of('aws_internet_gateway', region)
        .map(g => [g.id, g.facts])
        .sort()
    ).toEqual(
      [
        [m.defaultVpcGatewayId, { awsDefault: true, vpcId: m.defaultVpcId }],
        [m.gatewayId, { awsDefault: false, vpcId: m.vpcId }]
      ].sort()
    )
    // Each VPC's main route table and default ACL are AWS's; the ones made by hand are not.
    for (const type of ['aws_route_table', 'aws_network_acl'] as const) {
      const made = type === 'aws_route_table' ? m.routeTableId : m.networkAclId
      const listed = of(type, region)
      expect(listed.filter(r => !r.facts?.awsDefault).map(r => r.id)).toEqual([made])
      expect(
        listed
          .filter(r => r.facts?.awsDefault)
          .map(r => r.facts?.vpcId)
          .sort()
      ).toEqual([m.defaultVpcId, m.vpcId].sort())
    }
  })

  it.each([HOME, OTHER])('lists security groups and their rules in %s', region => {
    const m = made.regions[region]
    const groups = of('aws_security_group', region)
    expect(groups.filter(g => g.facts?.groupName !== 'default').map(g => g.id)).toEqual([
      m.securityGroupId
    ])
    expect(
      groups
        .filter(g => g.facts?.groupName === 'default')
        .map(g => g.facts?.vpcId)
        .sort()
    ).toEqual([m.defaultVpcId, m.vpcId].sort())
    expect(of('aws_vpc_security_group_ingress_rule', region)).toEqual([
      {
        terraformType: 'aws_vpc_security_group_ingress_rule',
        arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group-rule/${m.ingressRuleId}`,
        region,
        id: m.ingressRuleId,
        importId: m.ingressRuleId,
        tags: {},
        facts: {
          rule: {
            groupId: m.securityGroupId,
            egress: false,
            protocol: 'tcp',
            fromPort: 22,
            toPort: 22,
            cidrIpv4: '0.0.0.0/0'
          }
        }
      }
    ])
    // moto gives each group, defaults included, AWS's allow-all egress rule.
    const egress = of('aws_vpc_security_group_egress_rule', region)
    expect(egress.map(r => r.facts?.rule?.groupId).sort()).toEqual(groups.map(g => g.id).sort())
    expect(egress[0].facts?.rule).toMatchObject({ egress: true, protocol: '-1' })
    expect(egress[0].importId).toMatch(/^sgr-/)
  })

  it.each([HOME, OTHER])(
    'lists compute with root volumes and only public snapshots in %s',
    region => {
      const m = made.regions[region]
      expect(of('aws_instance', region)).toEqual([
        {
          terraformType: 'aws_instance',
          arn: `arn:aws:ec2:${region}:${ACCOUNT}:instance/${m.instanceId}`,
          region,
          id: m.instanceId,
          importId: m.instanceId,
          tags: {},
          facts: { rootVolumeIds: [m.rootVolumeId] }
        }
      ])
      expect(ids('aws_ebs_volume', region).sort()).toEqual([m.rootVolumeId, m.volumeId].sort())
      expect(of('aws_key_pair', region)).toEqual([
        {
          terraformType: 'aws_key_pair',
          arn: `arn:aws:ec2:${region}:${ACCOUNT}:key-pair/${m.keyPairId}`,
          region,
          id: m.keyName,
          importId: m.keyName,
          tags: {}
        }
      ])
      // Not the private one, nor the ~1,000 snapshots moto keeps for its own AMIs.
      expect(of('aws_ebs_snapshot', region)).toEqual([
        {
          terraformType: 'aws_ebs_snapshot',
          arn: `arn:aws:ec2:${region}::snapshot/${m.publicSnapshotId}`,
          region,
          id: m.publicSnapshotId,
          importId: m.publicSnapshotId,
          tags: {},
          facts: { public: true }
        }
      ])
    }
  )

  it.each([HOME, OTHER])('lists one of each service resource in %s, buckets by region', region => {
    const m = made.regions[region]
    const arn = (service: string, resource: string) =>
      `arn:aws:${service}:${region}:${ACCOUNT}:${resource}`
    const rows = (type: ListedType) => of(type, region).map(r => [r.id, r.importId, r.arn])
    expect(of('aws_kms_key', region).map(k => [k.id, k.importId, k.facts])).toEqual([
      [m.kmsKeyId, m.kmsKeyId, { keyManager: 'CUSTOMER' }]
    ])
    expect(rows('aws_secretsmanager_secret')).toEqual([
      [`${PREFIX}-secret`, m.secretArn, m.secretArn]
    ])
    expect(rows('aws_lambda_function')).toEqual([
      [m.functionName, m.functionName, arn('lambda', `function:${m.functionName}`)]
    ])
    expect(rows('aws_db_instance')).toEqual([
      [m.dbInstance, m.dbInstance, arn('rds', `db:${m.dbInstance}`)]
    ])
    expect(rows('aws_lb')).toEqual([[`${PREFIX}-lb`, m.loadBalancerArn, m.loadBalancerArn]])
    expect(rows('aws_lb_target_group')).toEqual([
      [`${PREFIX}-tg`, m.targetGroupArn, m.targetGroupArn]
    ])
    expect(rows('aws_sns_topic')).toEqual([[`${PREFIX}-topic`, m.topicArn, m.topicArn]])
    expect(rows('aws_sqs_queue')).toEqual([
      [`${PREFIX}-queue`, m.queueUrl, arn('sqs', `${PREFIX}-queue`)]
    ])
    expect(rows('aws_ssm_parameter')).toEqual([
      [m.parameterName, m.parameterName, arn('ssm', `parameter${m.parameterName}`)]
    ])
    expect(rows('aws_cloudwatch_log_group')).toEqual([
      [m.logGroupName, m.logGroupName, arn('logs', `log-group:${m.logGroupName}`)]
    ])
    expect(rows('aws_dynamodb_table')).toEqual([
      [m.tableName, m.tableName, arn('dynamodb', `table/${m.tableName}`)]
    ])
    expect(rows('aws_ecr_repository')).toEqual([
      [m.repositoryName, m.repositoryName, arn('ecr', `repository/${m.repositoryName}`)]
    ])
    // ListBuckets is global; the BucketRegion filter gives each region its own.
    expect(rows('aws_s3_bucket')).toEqual([[m.bucket, m.bucket, `arn:aws:s3:::${m.bucket}`]])
  })

  it('lists IAM and Route 53 once, as global, with admin judged from the policies', () => {
    const g = made.global
    const regions = new Set(
      listing.resources
        .filter(
          r => r.terraformType.startsWith('aws_iam_') || r.terraformType === 'aws_route53_zone'
        )
        .map(r => r.region)
    )
    expect([...regions]).toEqual(['global'])
    const rows = (type: ListedType) =>
      of(type, 'global').map(r => ({ id: r.id, importId: r.importId, arn: r.arn, facts: r.facts }))
    const iamArn = (resource: string) => `arn:aws:iam::${ACCOUNT}:${resource}`
    expect(rows('aws_iam_user')).toEqual([
      {
        id: g.user,
        importId: g.user,
        arn: iamArn(`user/${g.user}`),
        facts: { iamPath: '/', admin: false }
      }
    ])
    expect(rows('aws_iam_role')).toEqual([
      { id: g.role, importId: g.role, arn: g.roleArn, facts: { iamPath: '/', admin: true } }
    ])
    expect(rows('aws_iam_role_policy')).toEqual([
      {
        id: `${g.role}:everything`,
        importId: `${g.role}:everything`,
        arn: undefined,
        facts: { parent: g.role, policyName: 'everything', admin: true }
      }
    ])
    expect(rows('aws_iam_user_policy')).toEqual([
      {
        id: `${g.user}:read`,
        importId: `${g.user}:read`,
        arn: undefined,
        facts: { parent: g.user, policyName: 'read', admin: false }
      }
    ])
    for (const [type, parent] of [
      ['aws_iam_role_policy_attachment', g.role],
      ['aws_iam_user_policy_attachment', g.user]
    ] as const) {
      expect(rows(type)).toEqual([
        {
          id: `${parent}/${g.policyArn}`,
          importId: `${parent}/${g.policyArn}`,
          arn: undefined,
          facts: { parent, policyArn: g.policyArn, admin: false }
        }
      ])
    }
    expect(rows('aws_iam_policy')).toEqual([
      {
        id: `${PREFIX}-read`,
        importId: g.policyArn,
        arn: g.policyArn,
        facts: { iamPath: '/', admin: false }
      }
    ])
    expect(rows('aws_iam_access_key')).toEqual([
      { id: g.accessKeyId, importId: g.accessKeyId, arn: undefined, facts: { parent: g.user } }
    ])
    expect(ids('aws_iam_group', 'global')).toEqual([g.group])
    expect(ids('aws_iam_instance_profile', 'global')).toEqual([g.instanceProfile])
    expect(rows('aws_route53_zone')).toEqual([
      {
        id: g.zoneId,
        importId: g.zoneId,
        arn: `arn:aws:route53:::hostedzone/${g.zoneId}`,
        facts: undefined
      }
    ])
  })

  it('lists only the types asked for, and none of the others', async () => {
    const narrow = await listResources({
      regions: [OTHER],
      types: new Set(['aws_vpc_security_group_egress_rule', 'aws_iam_role', 'aws_not_a_type']),
      credentials,
      account: ACCOUNT
    })
    expect(narrow.types).toEqual(['aws_iam_role', 'aws_vpc_security_group_egress_rule'])
    expect([...new Set(narrow.resources.map(r => r.terraformType))].sort()).toEqual(narrow.types)
    expect(
      narrow.resources.filter(r => r.terraformType === 'aws_iam_role').map(r => r.region)
    ).toEqual(['global'])
    expect(ids('aws_vpc_security_group_egress_rule', OTHER, narrow).sort()).toEqual(
      ids('aws_vpc_security_group_egress_rule', OTHER).sort()
    )
  })
})

describe('listResources through a stand-in in front of moto', () => {
  let standIn: AwsStandIn
  let paged: Listing

  const user = (name: string) =>
    `<member><UserName>${name}</UserName><Path>/</Path><Arn>arn:aws:iam::${ACCOUNT}:user/${name}</Arn><UserPolicyList/><AttachedManagedPolicies/><GroupList/><Tags/></member>`
  const role = (name: string) =>
    `<member><RoleName>${name}</RoleName><Path>/</Path><Arn>arn:aws:iam::${ACCOUNT}:role/${name}</Arn><RolePolicyList/><AttachedManagedPolicies><member><PolicyName>AdministratorAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/AdministratorAccess</PolicyArn></member></AttachedManagedPolicies><Tags/></member>`
  const detailsPage = (users: string, roles: string, marker?: string) => ({
    status: 200,
    body: `<GetAccountAuthorizationDetailsResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetAccountAuthorizationDetailsResult><IsTruncated>${marker !== undefined}</IsTruncated>${marker ? `<Marker>${marker}</Marker>` : ''}<UserDetailList>${users}</UserDetailList><GroupDetailList/><RoleDetailList>${roles}</RoleDetailList><Policies/></GetAccountAuthorizationDetailsResult><ResponseMetadata><RequestId>standin</RequestId></ResponseMetadata></GetAccountAuthorizationDetailsResponse>`
  })

  beforeAll(async () => {
    standIn = await startAwsStandIn(moto.endpoint)
    const gaad = { service: 'iam', action: 'GetAccountAuthorizationDetails' }
    standIn.answer({
      ...gaad,
      params: { Marker: '' },
      answer: detailsPage(user('paged-1'), '', 'm2')
    })
    standIn.answer({ ...gaad, params: { Marker: 'm2' }, answer: detailsPage('', role('paged-2')) })
    standIn.answer({
      service: 'iam',
      action: 'ListInstanceProfiles',
      answer: queryError(
        403,
        'AccessDenied',
        `User: arn:aws:sts::${ACCOUNT}:assumed-role/drift/ci is not authorized to perform: iam:ListInstanceProfiles`
      )
    })
    standIn.answer({
      service: 'ec2',
      action: 'DescribeKeyPairs',
      region: OTHER,
      answer: ec2Error(
        403,
        'UnauthorizedOperation',
        'You are not authorized to perform this operation.'
      )
    })
    standIn.answer({
      service: 'ec2',
      action: 'DescribeSecurityGroups',
      region: HOME,
      times: 1,
      answer: ec2Error(503, 'RequestLimitExceeded', 'Request limit exceeded.')
    })
    standIn.answer({
      service: 'kms',
      action: 'DescribeKey',
      region: HOME,
      answer: jsonError(400, 'AccessDeniedException', 'not allowed by the key policy')
    })
    endpointFor(standIn.url)
    paged = await listResources({
      regions: [HOME, OTHER],
      types: [
        'aws_iam_user',
        'aws_iam_role',
        'aws_iam_role_policy_attachment',
        'aws_iam_instance_profile',
        'aws_security_group',
        'aws_key_pair',
        'aws_kms_key',
        'aws_s3_bucket'
      ],
      credentials,
      account: ACCOUNT
    })
  })

  afterAll(async () => {
    endpointFor(moto.endpoint)
    await standIn?.close()
  })

  it('reads both pages of the authorization details', () => {
    const pages = standIn.calls.filter(c => c.action === 'GetAccountAuthorizationDetails')
    expect(pages.map(c => c.params.get('Marker') ?? '')).toEqual(['', 'm2'])
    expect(ids('aws_iam_user', 'global', paged)).toEqual(['paged-1'])
    expect(of('aws_iam_role', 'global', paged).map(r => [r.id, r.facts?.admin])).toEqual([
      ['paged-2', true]
    ])
    expect(of('aws_iam_role_policy_attachment', 'global', paged)[0].facts).toEqual({
      parent: 'paged-2',
      policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      admin: true
    })
  })

  it('gives one line per denied listing (and region), naming its types and the action to grant', () => {
    expect(paged.faults).toEqual([
      {
        types: ['aws_iam_instance_profile'],
        action: 'iam:ListInstanceProfiles',
        message:
          'aws_iam_instance_profile: access denied to iam:ListInstanceProfiles: grant it to list IAM instance profiles'
      },
      {
        types: ['aws_key_pair'],
        region: OTHER,
        action: 'ec2:DescribeKeyPairs',
        message: `aws_key_pair in ${OTHER}: access denied to ec2:DescribeKeyPairs: grant it to list EC2 key pairs`
      },
      {
        types: ['aws_kms_key'],
        region: HOME,
        action: 'kms:DescribeKey',
        message: `aws_kms_key in ${HOME}: access denied to kms:DescribeKey: grant it to list KMS keys`
      }
    ])
    // Denials are not retried: asking again would not change the answer.
    expect(standIn.calls.filter(c => c.action === 'ListInstanceProfiles')).toHaveLength(1)
  })

  it('keeps everything the denials did not touch', () => {
    expect(ids('aws_key_pair', HOME, paged)).toEqual([`${PREFIX}-key`])
    expect(ids('aws_kms_key', OTHER, paged)).toEqual([made.regions[OTHER].kmsKeyId])
    expect(ids('aws_s3_bucket', HOME, paged)).toEqual([made.regions[HOME].bucket])
    expect(ids('aws_s3_bucket', OTHER, paged)).toEqual([made.regions[OTHER].bucket])
  })

  it('lets the SDK retry a throttled call', () => {
    const calls = standIn.calls.filter(
      c => c.action === 'DescribeSecurityGroups' && c.region === HOME
    )
    expect(calls.map(c => c.status)).toEqual([503, 200])
    expect(ids('aws_security_group', HOME, paged)).toContain(made.regions[HOME].securityGroupId)
  })
})

describe('the account the ARNs name, through the scan of the account', () => {
  let standIn: AwsStandIn
  let restoreEnv: (() => void) | undefined

  beforeAll(async () => {
    standIn = await startAwsStandIn(moto.endpoint)
    // scanAccount takes the credentials from the SDK's chain, as the Action does.
    restoreEnv = setAwsEnv({ endpoint: standIn.url, region: HOME }, { AWS_ACCOUNT_ID: '' })
  })

  afterAll(async () => {
    restoreEnv?.()
    await standIn?.close()
  })

  /** A key pair's ARN needs the account, which DescribeKeyPairs does not say. */
  async function scanKeyPairs(accountId: string, roleToAssume?: string) {
    process.env.AWS_ACCOUNT_ID = accountId
    const before = standIn.calls.length
    const { listing } = await scanAccount({
      regions: [HOME],
      roleToAssume,
      listTypes: ['aws_key_pair']
    })
    const calls = standIn.calls.slice(before)
    return {
      arns: (listing?.resources ?? []).map(r => r.arn),
      sts: calls.filter(c => c.service === 'sts').map(c => c.action)
    }
  }

  it('asks STS once when the credentials do not name it', async () => {
    const { arns, sts } = await scanKeyPairs('')
    expect(sts).toEqual(['GetCallerIdentity'])
    expect(arns).toEqual([
      `arn:aws:ec2:${HOME}:${ACCOUNT}:key-pair/${made.regions[HOME].keyPairId}`
    ])
  })

  it('takes it from the role it assumes', async () => {
    const { arns, sts } = await scanKeyPairs('', `arn:aws:iam::${ACCOUNT}:role/drift-audit`)
    expect(sts).toEqual(['AssumeRole'])
    expect(arns).toEqual([
      `arn:aws:ec2:${HOME}:${ACCOUNT}:key-pair/${made.regions[HOME].keyPairId}`
    ])
  })

  it('takes it from the credentials when they name it (AWS_ACCOUNT_ID)', async () => {
    // Another account than moto's, so the ARN shows where the account came from.
    const { arns, sts } = await scanKeyPairs('210987654321')
    expect(sts).toEqual([])
    expect(arns).toEqual([
      `arn:aws:ec2:${HOME}:210987654321:key-pair/${made.regions[HOME].keyPairId}`
    ])
  })
})

describe('the types table', () => {
  it('has exactly one lister per type, and a lister yields types of one scope', () => {
    const yielded = LISTERS.flatMap(lister => lister.types)
    expect([...yielded].sort()).toEqual([...ALL].sort())
    for (const lister of LISTERS) {
      expect(new Set(lister.types.map(type => LISTED_TYPES[type].scope)).size).toBe(1)
    }
  })
})

describe('fault lines', () => {
  const awsError = (name: string, message: string, status: number, attempts?: number) =>
    Object.assign(new Error(message), {
      name,
      $metadata: { httpStatusCode: status, attempts }
    })

  it.each([
    [
      'throttling past the attempts',
      awsError('ThrottlingException', 'Rate exceeded', 400, 10),
      'aws_sns_topic in eu-west-1: sns:ListTopics kept throttling after 10 attempts: run again later, or allow more attempts with AWS_MAX_ATTEMPTS'
    ],
    [
      '5xx past the attempts',
      awsError('InternalFailure', 'boom\nagain', 500, 3),
      'aws_sns_topic in eu-west-1: sns:ListTopics kept failing after 3 attempts (InternalFailure: boom again): run again later'
    ],
    [
      'expired credentials',
      awsError('ExpiredToken', 'The security token included in the request is expired', 403),
      'aws_sns_topic in eu-west-1: credentials expired: refresh them (aws-actions/configure-aws-credentials)'
    ],
    [
      'a network error',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
      'aws_sns_topic in eu-west-1: sns:ListTopics could not reach AWS (connect ECONNREFUSED 127.0.0.1:1)'
    ]
  ])('%s', (_, error, message) => {
    expect(listingFault(['aws_sns_topic'], 'eu-west-1', error).message).toBe(message)
  })
})

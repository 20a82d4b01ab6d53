import { describe, expect, it } from '@jest/globals'
import { accountedParts } from '../../src/analyse/accounted.js'
import { AWS_MADE_RULE_IDS, AWS_MADE_RULES } from '../../src/analyse/aws-made.js'
import { ignoresWholeType } from '../../src/analyse/ignore.js'
import { parseIgnoreFile } from '../../src/collect/driftignore.js'
import { managedSet } from '../../src/analyse/managed.js'
import type { Plan, StateResource } from '../../src/collect/terraform/plan-json.js'
import { classifyScans } from '../../src/analyse/unmanaged.js'
import type { TaggingScan } from '../../src/collect/aws/tagging.js'
import type { ListedResource, Listing, RuleFacts } from '../../src/collect/aws/listing/model.js'
import { LISTED_TYPES } from '../../src/collect/aws/listing/types.js'
import type { UnmanagedReport } from '../../src/model/findings.js'
import { readDoc, section } from '../helpers/docs.js'

/**
 * Classification of a deep inventory: the Tagging API's resources and a direct listing merged,
 * parts of managed resources (rules, inline policies, keys) told apart from console-made ones,
 * AWS's own resources counted and never listed. Plans here are in `terraform show -json`'s shape;
 * the integration suite runs the same against real terraform and moto.
 */

const ACCOUNT = '123456789012'
const REGION = 'eu-west-1'
const ec2 = (resource: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:${resource}`

function state(address: string, type: string, values: Record<string, unknown>): StateResource {
  const name = address.split('.').slice(-1)[0].replace(/\[.*$/, '')
  return { address, mode: 'managed', type, name, values }
}

function planOf(
  resources: StateResource[],
  options: { expressions?: Record<string, string[]>; updates?: Plan['resource_changes'] } = {}
): Plan {
  return {
    format_version: '1.2',
    prior_state: { values: { root_module: { resources } } },
    resource_changes: options.updates ?? [],
    configuration: {
      root_module: {
        resources: resources.map(r => ({
          address: r.address,
          mode: r.mode,
          type: r.type,
          name: r.name,
          expressions: Object.fromEntries(
            (options.expressions?.[r.address] ?? []).map(key => [key, {}])
          )
        }))
      }
    }
  }
}

const rule = (groupId: string, extra: Partial<RuleFacts> = {}): RuleFacts => ({
  groupId,
  egress: false,
  protocol: 'tcp',
  fromPort: 22,
  toPort: 22,
  cidrIpv4: '0.0.0.0/0',
  ...extra
})

function listedRule(id: string, facts: RuleFacts): ListedResource {
  return {
    terraformType: facts.egress
      ? 'aws_vpc_security_group_egress_rule'
      : 'aws_vpc_security_group_ingress_rule',
    arn: ec2(`security-group-rule/${id}`),
    region: REGION,
    id,
    importId: id,
    facts: { rule: facts }
  }
}

function group(id: string, name = id): ListedResource {
  return {
    terraformType: 'aws_security_group',
    arn: ec2(`security-group/${id}`),
    region: REGION,
    id,
    importId: id,
    facts: { groupName: name }
  }
}

function listing(resources: ListedResource[], faults: Listing['faults'] = []): Listing {
  return {
    types: [...new Set(resources.map(r => r.terraformType))].sort(),
    resources,
    faults,
    durations: {},
    startedAt: 0,
    finishedAt: 5
  }
}

const taggingScan = (resources: TaggingScan['resources'] = []): TaggingScan => ({
  regions: [REGION],
  resources,
  errors: [],
  startedAt: 0,
  finishedAt: 3
})

function classify(
  listed: Listing,
  plans: Plan[] = [],
  options: { tagged?: TaggingScan['resources']; disabled?: string[]; ignore?: string } = {}
): UnmanagedReport {
  return classifyScans({
    tagging: taggingScan(options.tagged),
    listing: listed,
    managed: managedSet(plans),
    accounted: accountedParts(plans),
    ignoreFiles: options.ignore ? [parseIgnoreFile(options.ignore, '.driftignore')] : [],
    disabledOwnershipRules: new Set(options.disabled ?? [])
  })
}

const rows = (section: UnmanagedReport) =>
  section.resources.map(r => `${r.type} ${r.id} ${r.severity}`)

describe('merging the Tagging API with the listing', () => {
  it('says how each row was seen, and keeps the tags of whichever source had them', () => {
    const tagged = {
      arn: ec2('security-group/sg-tagged'),
      region: REGION,
      tags: { Owner: 'alice' }
    }
    const section = classify(listing([group('sg-tagged'), group('sg-never')]), [], {
      tagged: [tagged]
    })
    expect(section.resources.map(r => [r.id, r.seenBy, r.tags])).toEqual([
      ['sg-never', 'listed', {}],
      ['sg-tagged', 'tagged', { Owner: 'alice' }]
    ])
    expect(section.inventory).toBe('deep')
    expect(section.listedTypes).toEqual(['aws_security_group'])
  })
})

describe('security group rules', () => {
  const managedGroup = (address: string, id: string) =>
    state(address, 'aws_security_group', { id, arn: ec2(`security-group/${id}`), name: id })

  it('reports a console-added rule of a group whose rules are separate resources, not the managed ones', () => {
    const plan = planOf([
      managedGroup('aws_security_group.app', 'sg-app'),
      state('aws_vpc_security_group_ingress_rule.https', 'aws_vpc_security_group_ingress_rule', {
        id: 'sgr-https',
        security_group_rule_id: 'sgr-https',
        arn: ec2('security-group-rule/sgr-https')
      }),
      state('aws_security_group_rule.legacy', 'aws_security_group_rule', {
        security_group_id: 'sg-app',
        type: 'ingress',
        protocol: '6',
        from_port: 8080,
        to_port: 8080,
        cidr_blocks: ['10.0.0.0/8', '10.1.0.0/16']
      })
    ])
    const section = classify(
      listing([
        group('sg-app'),
        listedRule('sgr-https', rule('sg-app', { fromPort: 443, toPort: 443 })),
        listedRule(
          'sgr-legacy-1',
          rule('sg-app', { fromPort: 8080, toPort: 8080, cidrIpv4: '10.0.0.0/8' })
        ),
        listedRule(
          'sgr-legacy-2',
          rule('sg-app', { fromPort: 8080, toPort: 8080, cidrIpv4: '10.1.0.0/16' })
        ),
        listedRule('sgr-console', rule('sg-app'))
      ]),
      [plan]
    )
    expect(rows(section)).toEqual(['aws_vpc_security_group_ingress_rule sgr-console critical'])
    expect(section.resources[0].concerns).toContain('ingress open to 0.0.0.0/0 (tcp 22)')
    expect(section.resources[0].importBlock).toEqual({
      to: 'aws_vpc_security_group_ingress_rule.sgr-console',
      id: 'sgr-console'
    })
    expect(section.managed).toBe(4)
  })

  it('leaves a rule added to a group with inline rules to drift (written, dynamic or put back by the plan)', () => {
    const written = planOf([managedGroup('aws_security_group.web', 'sg-web')], {
      expressions: { 'aws_security_group.web': ['ingress', 'name'] }
    })
    const putBack = planOf([managedGroup('aws_security_group.web', 'sg-web')], {
      updates: [
        {
          address: 'aws_security_group.web',
          mode: 'managed',
          type: 'aws_security_group',
          name: 'web',
          change: {
            actions: ['update'],
            before: { ingress: [{ from_port: 22 }, { from_port: 443 }] },
            after: { ingress: [{ from_port: 443 }] }
          }
        }
      ]
    })
    const listed = listing([group('sg-web'), listedRule('sgr-console', rule('sg-web'))])
    for (const plan of [written, putBack]) expect(classify(listed, [plan]).resources).toEqual([])
    const dynamic = classifyScans({
      tagging: taggingScan(),
      listing: listed,
      managed: managedSet([planOf([managedGroup('aws_security_group.web', 'sg-web')])]),
      accounted: accountedParts(
        [planOf([managedGroup('aws_security_group.web', 'sg-web')])],
        [new Map([['aws_security_group.web', new Set(['ingress'])]])]
      ),
      ignoreFiles: []
    })
    expect(dynamic.resources).toEqual([])
    // The same group without inline rules: the console's rule is its own row.
    const separate = classify(listed, [planOf([managedGroup('aws_security_group.web', 'sg-web')])])
    expect(rows(separate)).toEqual(['aws_vpc_security_group_ingress_rule sgr-console critical'])
  })

  it('reports an unmanaged group once, ranked by its rules, without its rules as rows', () => {
    const section = classify(
      listing([
        group('sg-debug'),
        listedRule('sgr-ssh', rule('sg-debug')),
        listedRule(
          'sgr-out',
          rule('sg-debug', { egress: true, protocol: '-1', fromPort: -1, toPort: -1 })
        )
      ])
    )
    expect(rows(section)).toEqual(['aws_security_group sg-debug critical'])
    expect(section.resources[0].concerns).toContain('ingress open to 0.0.0.0/0 (tcp 22)')
    expect(section.resources[0].severityRule).toBe('unmanaged-open-admin-port')
  })

  it("counts a default group and AWS's own rules in it as made by AWS, but not a rule added to it", () => {
    const section = classify(
      listing([
        group('sg-default', 'default'),
        listedRule(
          'sgr-self',
          rule('sg-default', {
            protocol: '-1',
            fromPort: -1,
            toPort: -1,
            cidrIpv4: undefined,
            referencedGroupId: 'sg-default'
          })
        ),
        listedRule(
          'sgr-all-out',
          rule('sg-default', { egress: true, protocol: '-1', fromPort: -1, toPort: -1 })
        ),
        listedRule('sgr-rdp', rule('sg-default', { fromPort: 3389, toPort: 3389 }))
      ])
    )
    expect(rows(section)).toEqual(['aws_vpc_security_group_ingress_rule sgr-rdp critical'])
    expect(section.madeByAws).toEqual({ 'default-security-group': 3 })
  })
})

describe('made by AWS', () => {
  const vpcParts: ListedResource[] = [
    {
      terraformType: 'aws_vpc',
      arn: ec2('vpc/vpc-d'),
      region: REGION,
      id: 'vpc-d',
      importId: 'vpc-d',
      facts: { awsDefault: true }
    },
    {
      terraformType: 'aws_subnet',
      arn: ec2('subnet/subnet-a'),
      region: REGION,
      id: 'subnet-a',
      importId: 'subnet-a',
      facts: { awsDefault: true, vpcId: 'vpc-d' }
    },
    {
      terraformType: 'aws_internet_gateway',
      arn: ec2('internet-gateway/igw-d'),
      region: REGION,
      id: 'igw-d',
      importId: 'igw-d',
      facts: { awsDefault: true, vpcId: 'vpc-d' }
    },
    {
      terraformType: 'aws_route_table',
      arn: ec2('route-table/rtb-main'),
      region: REGION,
      id: 'rtb-main',
      importId: 'rtb-main',
      facts: { awsDefault: true, vpcId: 'vpc-d' }
    },
    {
      terraformType: 'aws_network_acl',
      arn: ec2('network-acl/acl-d'),
      region: REGION,
      id: 'acl-d',
      importId: 'acl-d',
      facts: { awsDefault: true, vpcId: 'vpc-d' }
    },
    {
      terraformType: 'aws_route_table',
      arn: ec2('route-table/rtb-console'),
      region: REGION,
      id: 'rtb-console',
      importId: 'rtb-console',
      facts: { vpcId: 'vpc-d' }
    }
  ]
  const iam: ListedResource[] = [
    {
      terraformType: 'aws_iam_role',
      arn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/rds.amazonaws.com/AWSServiceRoleForRDS`,
      region: 'global',
      id: 'AWSServiceRoleForRDS',
      importId: 'AWSServiceRoleForRDS',
      facts: { iamPath: '/aws-service-role/rds.amazonaws.com/' }
    },
    {
      terraformType: 'aws_iam_role_policy_attachment',
      region: 'global',
      id: 'AWSServiceRoleForRDS/arn:aws:iam::aws:policy/aws-service-role/AmazonRDSServiceRolePolicy',
      importId:
        'AWSServiceRoleForRDS/arn:aws:iam::aws:policy/aws-service-role/AmazonRDSServiceRolePolicy',
      facts: {
        parent: 'AWSServiceRoleForRDS',
        policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonRDSServiceRolePolicy'
      }
    },
    {
      terraformType: 'aws_kms_key',
      arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/aws-1`,
      region: REGION,
      id: 'aws-1',
      importId: 'aws-1',
      facts: { keyManager: 'AWS' }
    },
    {
      terraformType: 'aws_kms_key',
      arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/mine`,
      region: REGION,
      id: 'mine',
      importId: 'mine',
      facts: { keyManager: 'CUSTOMER' }
    }
  ]
  const compute: ListedResource[] = [
    {
      terraformType: 'aws_instance',
      arn: ec2('instance/i-1'),
      region: REGION,
      id: 'i-1',
      importId: 'i-1',
      facts: { rootVolumeIds: ['vol-root'] }
    },
    {
      terraformType: 'aws_ebs_volume',
      arn: ec2('volume/vol-root'),
      region: REGION,
      id: 'vol-root',
      importId: 'vol-root'
    },
    {
      terraformType: 'aws_ebs_volume',
      arn: ec2('volume/vol-dump'),
      region: REGION,
      id: 'vol-dump',
      importId: 'vol-dump'
    },
    {
      terraformType: 'aws_ebs_snapshot',
      arn: `arn:aws:ec2:${REGION}::snapshot/snap-ami`,
      region: REGION,
      id: 'snap-ami',
      importId: 'snap-ami',
      facts: { public: true, behindAmi: 'ami-1' }
    },
    {
      terraformType: 'aws_ebs_snapshot',
      arn: `arn:aws:ec2:${REGION}::snapshot/snap-dump`,
      region: REGION,
      id: 'snap-dump',
      importId: 'snap-dump',
      facts: { public: true }
    }
  ]

  it('counts what AWS made by rule and lists only what someone made', () => {
    const section = classify(listing([...vpcParts, ...iam, ...compute]))
    expect(section.madeByAws).toEqual({
      'default-vpc': 3,
      'vpc-defaults': 2,
      'service-linked-role': 2,
      'aws-managed-kms-key': 1,
      'instance-root-volume': 1,
      'ami-snapshot': 1
    })
    expect(rows(section)).toEqual([
      'aws_ebs_snapshot snap-dump critical',
      'aws_ebs_volume vol-dump low',
      'aws_instance i-1 low',
      'aws_kms_key mine high',
      'aws_route_table rtb-console low'
    ])
    expect(section.resources[0].concerns).toEqual(['public snapshot: anyone can copy it'])
  })

  it('reports what a switched-off rule would have counted', () => {
    const section = classify(listing(vpcParts), [], { disabled: ['default-vpc'] })
    expect(section.madeByAws).toEqual({ 'vpc-defaults': 2 })
    expect(section.resources.map(r => r.id)).toEqual(['igw-d', 'rtb-console', 'subnet-a', 'vpc-d'])
  })
})

describe('IAM parts', () => {
  const role = (name: string, facts = {}): ListedResource => ({
    terraformType: 'aws_iam_role',
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    region: 'global',
    id: name,
    importId: name,
    facts: { iamPath: '/', ...facts }
  })
  const inline = (parent: string, name: string, admin = false): ListedResource => ({
    terraformType: 'aws_iam_role_policy',
    region: 'global',
    id: `${parent}:${name}`,
    importId: `${parent}:${name}`,
    facts: { parent, policyName: name, ...(admin ? { admin } : {}) }
  })
  const key = (user: string, id: string): ListedResource => ({
    terraformType: 'aws_iam_access_key',
    region: 'global',
    id,
    importId: id,
    facts: { parent: user }
  })
  const plan = planOf([
    state('aws_iam_role.app', 'aws_iam_role', {
      name: 'app',
      arn: `arn:aws:iam::${ACCOUNT}:role/app`
    }),
    state('aws_iam_role_policy.app', 'aws_iam_role_policy', {
      id: 'app:read',
      role: 'app',
      name: 'read'
    }),
    state('aws_iam_user.ci', 'aws_iam_user', {
      name: 'ci',
      arn: `arn:aws:iam::${ACCOUNT}:user/ci`
    }),
    state('aws_iam_access_key.ci', 'aws_iam_access_key', { id: 'AKIAMANAGED', user: 'ci' })
  ])

  it('reports a console-added inline policy and access key, not the managed ones', () => {
    const section = classify(
      listing([
        role('app'),
        inline('app', 'read'),
        inline('app', 'break-glass', true),
        key('ci', 'AKIAMANAGED'),
        key('ci', 'AKIACONSOLE')
      ]),
      [plan]
    )
    expect(rows(section)).toEqual([
      'aws_iam_access_key AKIACONSOLE high',
      'aws_iam_role_policy app:break-glass critical'
    ])
    expect(section.resources.every(r => r.arn === undefined && r.seenBy === 'listed')).toBe(true)
    expect(section.resources[1].importBlock).toEqual({
      to: 'aws_iam_role_policy.app_break-glass',
      id: 'app:break-glass'
    })
  })

  it('leaves an inline policy of a role whose inline_policy is written to drift of the role', () => {
    const written = planOf(plan.prior_state?.values?.root_module?.resources ?? [], {
      expressions: { 'aws_iam_role.app': ['inline_policy', 'name'] }
    })
    const section = classify(listing([role('app'), inline('app', 'break-glass', true)]), [written])
    expect(section.resources).toEqual([])
  })

  it('ignores listed parts by type and id, as driftctl does', () => {
    const section = classify(listing([key('ci', 'AKIACONSOLE')]), [], {
      ignore: 'aws_iam_access_key.AKIA*\n'
    })
    expect(section.resources).toEqual([])
    expect(section.ignored).toBe(1)
  })
})

describe('a listing that failed', () => {
  it('is one line per failed listing in the errors, naming its types, and the blind spots name them', () => {
    const section = classify(
      listing(
        [group('sg-1')],
        [
          {
            types: ['aws_iam_user', 'aws_iam_role'],
            action: 'iam:GetAccountAuthorizationDetails',
            message:
              'aws_iam_user, aws_iam_role: access denied to iam:GetAccountAuthorizationDetails: grant it to list them'
          }
        ]
      )
    )
    expect(section.notListed).toEqual([
      {
        types: ['aws_iam_user', 'aws_iam_role'],
        action: 'iam:GetAccountAuthorizationDetails',
        message:
          'aws_iam_user, aws_iam_role: access denied to iam:GetAccountAuthorizationDetails: grant it to list them'
      }
    ])
    expect(section.regionErrors).toEqual([
      {
        scope: 'aws_iam_user, aws_iam_role',
        message:
          'aws_iam_user, aws_iam_role: access denied to iam:GetAccountAuthorizationDetails: grant it to list them'
      }
    ])
    expect(section.blindSpots).toContain(
      'Not listed this time, so seen only if tagged: aws_iam_user, aws_iam_role (iam:GetAccountAuthorizationDetails).'
    )
    expect(section.resources.map(r => r.id)).toEqual(['sg-1'])
  })
})

describe('types the ignore file ignores whole', () => {
  const file = (text: string) => [parseIgnoreFile(text, '.driftignore')]

  it('are not listed, unless a later negation could bring one back', () => {
    expect(ignoresWholeType(file('aws_ebs_volume.*\n'), 'aws_ebs_volume')).toBe(true)
    expect(ignoresWholeType(file('aws_ebs_*\n'), 'aws_ebs_volume')).toBe(true)
    expect(ignoresWholeType(file('*\n'), 'aws_iam_user')).toBe(true)
    expect(ignoresWholeType(file('aws_ebs_volume.vol-*\n'), 'aws_ebs_volume')).toBe(false)
    expect(
      ignoresWholeType(file('aws_ebs_volume.*\n!aws_ebs_volume.keep\n'), 'aws_ebs_volume')
    ).toBe(false)
    expect(ignoresWholeType(file('aws_ebs_volume.*\n!tag:Keep=*\n'), 'aws_ebs_volume')).toBe(false)
    expect(
      ignoresWholeType(file('!aws_ebs_volume.keep\naws_ebs_volume.*\n'), 'aws_ebs_volume')
    ).toBe(true)
    expect(ignoresWholeType(file('aws_ebs_volume.*\n'), 'aws_instance')).toBe(false)
  })
})

describe('the docs', () => {
  const unmanaged = readDoc('docs/unmanaged.md')
  const policy = section(readDoc('docs/permissions.md'), '## AWS permissions')

  it('have a row for every listed type, with its scope, and its IAM actions in the policy', () => {
    for (const [type, info] of Object.entries(LISTED_TYPES)) {
      const actions = info.actions.map(action => `\`${action}\``).join(', ')
      expect(unmanaged).toContain(`| \`${type}\` | ${info.scope} | ${actions} |`)
      for (const action of info.actions) expect(policy).toContain(`"${action}"`)
    }
  })

  it('have a row for every made-by-AWS rule, with unique ids', () => {
    expect(new Set(AWS_MADE_RULE_IDS).size).toBe(AWS_MADE_RULES.length)
    for (const rule of AWS_MADE_RULES)
      expect(unmanaged).toContain(`| \`${rule.id}\` | ${rule.covers} |`)
  })
})

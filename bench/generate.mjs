// Deterministic, realistic inputs for the analysis benchmark: the JSON plan `terraform show -json`
// would print for a fleet of N resources (root and child modules, count and for_each, sensitive
// values, about 10% drifted and 1% deleted outside Terraform), and a Tagging API inventory.
// Attribute sets follow what hashicorp/aws 5.x writes for each type (see __tests__/fixtures).

const ACCOUNT = '123456789012'
export const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']

/** A small seeded PRNG (mulberry32), so every run benchmarks the same plan. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hex = (rnd, n) =>
  Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('')

function tags(name, extra = {}) {
  const own = { Name: name, Team: 'platform', ...extra }
  return { tags: own, tags_all: { ...own, ManagedBy: 'terraform', Project: 'fleet' } }
}

function ingressRule(port, cidr) {
  return {
    cidr_blocks: [cidr],
    description: `port ${port}`,
    from_port: port,
    ipv6_cidr_blocks: [],
    prefix_list_ids: [],
    protocol: 'tcp',
    security_groups: [],
    self: false,
    to_port: port
  }
}

const TYPES = {
  aws_security_group(name, region, rnd) {
    const id = `sg-${hex(rnd, 17)}`
    const rules = Array.from({ length: 3 + Math.floor(rnd() * 10) }, (_, i) =>
      ingressRule(1000 + i * 7, `10.${i}.0.0/16`)
    )
    return {
      values: {
        arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`,
        description: 'Managed by Terraform',
        egress: [{ ...ingressRule(0, '0.0.0.0/0'), protocol: '-1', description: '' }],
        id,
        ingress: rules,
        name,
        name_prefix: '',
        owner_id: ACCOUNT,
        revoke_rules_on_delete: false,
        ...tags(name),
        timeouts: null,
        vpc_id: 'vpc-0a1b2c3d4e5f67890'
      },
      sensitive: { egress: [{ cidr_blocks: [false] }], ingress: [], tags: {}, tags_all: {} },
      drift: values => ({ ...values, ingress: [...values.ingress, ingressRule(22, '0.0.0.0/0')] })
    }
  },
  aws_s3_bucket(name, region) {
    return {
      values: {
        acceleration_status: '',
        acl: null,
        arn: `arn:aws:s3:::${name}`,
        bucket: name,
        bucket_domain_name: `${name}.s3.amazonaws.com`,
        bucket_prefix: '',
        bucket_regional_domain_name: `${name}.s3.${region}.amazonaws.com`,
        cors_rule: [],
        force_destroy: false,
        grant: [{ id: 'abc', permissions: ['FULL_CONTROL'], type: 'CanonicalUser', uri: '' }],
        hosted_zone_id: 'Z3AQBSTGFYJSTF',
        id: name,
        lifecycle_rule: [],
        logging: [],
        object_lock_configuration: [],
        object_lock_enabled: false,
        policy: '',
        region,
        replication_configuration: [],
        request_payer: 'BucketOwner',
        server_side_encryption_configuration: [
          {
            rule: [
              {
                apply_server_side_encryption_by_default: [
                  { kms_master_key_id: '', sse_algorithm: 'AES256' }
                ],
                bucket_key_enabled: false
              }
            ]
          }
        ],
        ...tags(name, { Environment: 'prod', CostCenter: 'web' }),
        timeouts: null,
        versioning: [{ enabled: true, mfa_delete: false }],
        website: [],
        website_domain: null,
        website_endpoint: null
      },
      sensitive: { grant: [{ permissions: [false] }], tags: {}, tags_all: {}, versioning: [{}] },
      drift: values => {
        const changed = { ...values.tags, Environment: 'production', Owner: 'alice' }
        delete changed.CostCenter
        return { ...values, tags: changed, tags_all: { ...values.tags_all, ...changed } }
      }
    }
  },
  aws_ssm_parameter(name, region, rnd) {
    return {
      values: {
        allowed_pattern: '',
        arn: `arn:aws:ssm:${region}:${ACCOUNT}:parameter/${name}`,
        data_type: 'text',
        description: 'database password',
        id: `/${name}`,
        insecure_value: null,
        key_id: 'alias/aws/ssm',
        name: `/${name}`,
        overwrite: null,
        ...tags(name),
        tier: 'Standard',
        type: 'SecureString',
        value: `secret-${hex(rnd, 24)}`,
        version: 1
      },
      sensitive: { tags: {}, tags_all: {}, value: true },
      drift: (values, rnd2) => ({ ...values, value: `rotated-${hex(rnd2, 24)}`, version: 2 })
    }
  },
  aws_iam_role(name) {
    const policy = actions =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }]
      })
    return {
      values: {
        arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
        assume_role_policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'sts:AssumeRole',
              Principal: { Service: 'ec2.amazonaws.com' }
            }
          ]
        }),
        create_date: '2026-11-01T10:00:00Z',
        description: '',
        force_detach_policies: false,
        id: name,
        inline_policy: [{ name: 'read', policy: policy('s3:GetObject') }],
        managed_policy_arns: [],
        max_session_duration: 3600,
        name,
        name_prefix: '',
        path: '/',
        permissions_boundary: '',
        ...tags(name),
        unique_id: `AROA${name.length}EXAMPLE`
      },
      sensitive: { inline_policy: [{}], managed_policy_arns: [], tags: {}, tags_all: {} },
      drift: values => ({ ...values, inline_policy: [{ name: 'read', policy: policy('s3:*') }] })
    }
  },
  aws_cloudwatch_log_group(name, region) {
    return {
      values: {
        arn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/${name}`,
        id: `/${name}`,
        kms_key_id: '',
        log_group_class: 'STANDARD',
        name: `/${name}`,
        name_prefix: '',
        retention_in_days: 14,
        skip_destroy: false,
        ...tags(name)
      },
      sensitive: { tags: {}, tags_all: {} },
      drift: values => ({ ...values, retention_in_days: 30 })
    }
  }
}
const TYPE_NAMES = Object.keys(TYPES)

/**
 * A plan of `count` managed resources: a tenth in the root module, the rest in module.service
 * (for_each over services), each service holding count-indexed resources of every type.
 */
export function makePlan(count, seed = 1) {
  const rnd = random(seed)
  const drifted = random(seed + 1)
  const root = { resources: [], child_modules: [] }
  const modules = new Map()
  const resourceDrift = []
  const resourceChanges = []
  const perService = 50
  for (let i = 0; i < count; i++) {
    const type = TYPE_NAMES[i % TYPE_NAMES.length]
    const region = REGIONS[i % REGIONS.length]
    const name = `fleet-${type.slice(4).replace(/_/g, '-')}-${i}`
    const made = TYPES[type](name, region, rnd)
    let moduleAddress
    let address
    let index
    if (i < count / 10) {
      address = `${type}.r${i}`
    } else {
      const service = `svc-${Math.floor(i / perService)}`
      moduleAddress = `module.service["${service}"]`
      index = Math.floor((i % perService) / TYPE_NAMES.length)
      address = `${moduleAddress}.${type}.this[${index}]`
    }
    const resource = {
      address,
      mode: 'managed',
      type,
      name: moduleAddress ? 'this' : `r${i}`,
      ...(index !== undefined ? { index } : {}),
      provider_name: 'registry.terraform.io/hashicorp/aws',
      schema_version: 0,
      values: made.values,
      sensitive_values: made.sensitive
    }
    if (moduleAddress) {
      let mod = modules.get(moduleAddress)
      if (!mod) {
        mod = { resources: [], address: moduleAddress }
        modules.set(moduleAddress, mod)
        root.child_modules.push(mod)
      }
      mod.resources.push(resource)
    } else {
      root.resources.push(resource)
    }
    const roll = drifted()
    const base = {
      address,
      ...(moduleAddress ? { module_address: moduleAddress } : {}),
      mode: 'managed',
      type,
      name: resource.name,
      ...(index !== undefined ? { index } : {}),
      provider_name: 'registry.terraform.io/hashicorp/aws'
    }
    if (roll < 0.01) {
      // Deleted outside Terraform: gone from the refreshed state, to be created again.
      resourceDrift.push({
        ...base,
        change: {
          actions: ['delete'],
          before: made.values,
          after: null,
          after_unknown: {},
          before_sensitive: made.sensitive,
          after_sensitive: false
        }
      })
      resourceChanges.push({
        ...base,
        change: {
          actions: ['create'],
          before: null,
          after: made.values,
          after_unknown: { arn: true, id: true },
          before_sensitive: false,
          after_sensitive: made.sensitive
        },
        action_reason: undefined
      })
      ;(moduleAddress ? modules.get(moduleAddress).resources : root.resources).pop()
      continue
    }
    if (roll < 0.1) {
      const real = made.drift(made.values, drifted)
      resource.values = real
      resourceDrift.push({
        ...base,
        change: {
          actions: ['update'],
          before: made.values,
          after: real,
          after_unknown: {},
          before_sensitive: made.sensitive,
          after_sensitive: made.sensitive
        }
      })
      resourceChanges.push({
        ...base,
        change: {
          actions: ['update'],
          before: real,
          after: made.values,
          after_unknown: {},
          before_sensitive: made.sensitive,
          after_sensitive: made.sensitive
        }
      })
      continue
    }
    resourceChanges.push({
      ...base,
      change: {
        actions: ['no-op'],
        before: made.values,
        after: made.values,
        after_unknown: {},
        before_sensitive: made.sensitive,
        after_sensitive: made.sensitive
      }
    })
  }
  const configResources = TYPE_NAMES.map(type => ({
    address: `${type}.this`,
    mode: 'managed',
    type,
    name: 'this',
    provider_config_key: 'aws',
    expressions: { tags: { references: ['var.name'] } },
    schema_version: 0,
    count_expression: { constant_value: 10 }
  }))
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    variables: { db_password: { value: 'fleet-root-PASSWORD-0' }, name: { value: 'fleet' } },
    planned_values: {
      outputs: {
        database_url: {
          sensitive: true,
          type: 'string',
          value: 'postgres://app:fleet-root-PASSWORD-0@db/app'
        }
      },
      root_module: root
    },
    resource_drift: resourceDrift,
    resource_changes: resourceChanges,
    output_changes: {
      database_url: {
        actions: ['no-op'],
        before: 'postgres://app:fleet-root-PASSWORD-0@db/app',
        after: 'postgres://app:fleet-root-PASSWORD-0@db/app',
        after_unknown: false,
        before_sensitive: true,
        after_sensitive: true
      }
    },
    prior_state: {
      format_version: '1.0',
      terraform_version: '1.11.4',
      values: {
        outputs: {
          database_url: {
            sensitive: true,
            value: 'postgres://app:fleet-root-PASSWORD-0@db/app',
            type: 'string'
          }
        },
        root_module: root
      }
    },
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws' } },
      root_module: {
        outputs: {
          database_url: { sensitive: true, expression: { references: ['var.db_password'] } }
        },
        resources: configResources,
        module_calls: {
          service: {
            source: './modules/service',
            for_each_expression: { references: ['local.services'] },
            module: { resources: configResources, variables: { name: {} } }
          }
        },
        variables: {
          db_password: { sensitive: true, default: 'fleet-root-PASSWORD-0' },
          name: { default: 'fleet' }
        }
      }
    },
    timestamp: '2026-11-24T10:00:00Z',
    applyable: true,
    complete: true,
    errored: false
  }
}

/**
 * A Tagging API inventory of `count` resources across REGIONS: every resource the plan manages,
 * then unmanaged ones (some owned by CloudFormation or an AWS service, by their tags).
 */
export function makeInventory(plan, count, seed = 7) {
  const rnd = random(seed)
  const resources = []
  const walk = mod => {
    for (const r of mod.resources ?? []) {
      if (resources.length < count && r.values.arn)
        resources.push({
          arn: r.values.arn,
          region: r.values.arn.split(':')[3] || REGIONS[0],
          tags: r.values.tags ?? {}
        })
    }
    for (const child of mod.child_modules ?? []) walk(child)
  }
  walk(plan.prior_state.values.root_module)
  const kinds = [
    (i, region) => `arn:aws:ec2:${region}:${ACCOUNT}:instance/i-${hex(rnd, 17)}`,
    (i, region) => `arn:aws:logs:${region}:${ACCOUNT}:log-group:/console/${i}`,
    (i, region) => `arn:aws:sqs:${region}:${ACCOUNT}:console-${i}`,
    (i, region) => `arn:aws:ec2:${region}:${ACCOUNT}:security-group/sg-${hex(rnd, 17)}`,
    i => `arn:aws:s3:::console-uploads-${i}`
  ]
  for (let i = 0; resources.length < count; i++) {
    const region = REGIONS[i % REGIONS.length]
    const owned = i % 10 === 0
    resources.push({
      arn: kinds[i % kinds.length](i, region),
      region,
      tags: owned
        ? {
            'aws:cloudformation:stack-name': `stack-${i % 40}`,
            'aws:cloudformation:logical-id': `R${i}`
          }
        : { CreatedBy: 'console', Owner: 'alice' }
    })
  }
  return { regions: REGIONS, resources, errors: [], startedAt: 0, finishedAt: 1 }
}

import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { analysePlan } from '../../src/analyse/drift.js'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import type { AttributeChange, DriftFinding } from '../../src/model/findings.js'
import { REDACTED } from '../../src/redact/sensitive.js'
import type { DescribeOptions } from '../../src/render/changes.js'
import { changeLineText, describeChanges } from '../../src/render/changes.js'

// Plans made by real terraform against moto: __tests__/fixtures/README.md says how.
const findings = (name: string): DriftFinding[] =>
  analysePlan(
    JSON.parse(
      readFileSync(new URL(`../fixtures/${name}.plan.json`, import.meta.url), 'utf8')
    ) as Plan
  ).drift

function linesOf(finding: DriftFinding | undefined, options?: DescribeOptions): string[] {
  if (!finding) throw new Error('no such finding in the fixture')
  return describeChanges(finding.type, finding.changes, options).map(changeLineText)
}

const change = (path: string, before: unknown, after: unknown): AttributeChange => ({
  path,
  before,
  after,
  sensitive: false
})

const text = (type: string, changes: AttributeChange[], options?: DescribeOptions) =>
  describeChanges(type, changes, options).map(changeLineText)

const policy = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements })

const sgRule = (fields: object) => ({
  cidr_blocks: [],
  description: '',
  from_port: 0,
  ipv6_cidr_blocks: [],
  prefix_list_ids: [],
  protocol: 'tcp',
  security_groups: [],
  self: false,
  to_port: 0,
  ...fields
})

describe('describeChanges on real plans', () => {
  const drift = findings('drift')
  const security = findings('security-drift')
  const find = (list: DriftFinding[], address: string) => list.find(d => d.address === address)

  it('reads a security group rule added in the console as one line', () => {
    const web = find(drift, 'aws_security_group.web')
    expect(linesOf(web)).toEqual(['+ ingress tcp 22 from 0.0.0.0/0 ("temporary debug access")'])
    expect(describeChanges(web!.type, web!.changes)[0]).toEqual({
      kind: 'added',
      path: 'ingress[0]',
      text: 'ingress tcp 22 from 0.0.0.0/0 ("temporary debug access")',
      before: '',
      after: 'tcp 22 from 0.0.0.0/0 ("temporary debug access")'
    })
    expect(linesOf(find(security, 'aws_security_group.db'))).toEqual([
      '+ ingress tcp 22 from 0.0.0.0/0'
    ])
  })

  it('shows each changed tag, and a secret only as (sensitive)', () => {
    expect(linesOf(find(drift, 'aws_s3_bucket.assets'))).toEqual([
      '- tags.CostCenter: "web" → null',
      '~ tags.Environment: "demo" → "production"',
      '+ tags.Owner: null → "alice"'
    ])
    const password = linesOf(find(drift, 'aws_ssm_parameter.db_password'))
    expect(password).toEqual(['~ value: (sensitive) → (sensitive)', '~ version: 1 → 2'])
    expect(password.join('\n')).not.toContain('demo-initial-secret')
  })

  it('shows only the policy statements that changed', () => {
    expect(linesOf(find(security, 'aws_iam_role_policy.app'))).toEqual([
      '- policy: Allow s3:GetObject on *',
      '+ policy: Allow s3:* on *'
    ])
    expect(linesOf(find(security, 'aws_s3_bucket_policy.data'))).toEqual([
      '- policy: Allow s3:GetObject on arn:aws:s3:::sev-data/* (Principal arn:aws:iam::123456789012:root; Sid Read)',
      '+ policy: Allow s3:GetObject on arn:aws:s3:::sev-data/* (Principal *; Sid Read)'
    ])
    expect(linesOf(find(security, 'aws_iam_role.app'))).toEqual([
      '- assume_role_policy: Allow sts:AssumeRole (Principal ec2.amazonaws.com)',
      '+ assume_role_policy: Allow sts:AssumeRole (Principal arn:aws:iam::999999999999:root)'
    ])
  })

  it('shows only the keys that changed inside nested blocks', () => {
    expect(
      linesOf(find(security, 'aws_s3_bucket_server_side_encryption_configuration.data'), {
        valueLength: 30
      })
    ).toEqual([
      '- rule[0].apply_server_side_encryption_by_default[0].kms_master_key_id: "arn:aws:kms:us-east-1:12345678…" (75 characters) → ""',
      '~ rule[0].apply_server_side_encryption_by_default[0].sse_algorithm: "aws:kms" → "AES256"',
      '+ rule[0].bucket_key_enabled: null → false'
    ])
  })

  it('keeps plain attribute changes as they were', () => {
    expect(linesOf(find(security, 'aws_cloudwatch_log_group.app'))).toEqual([
      '~ retention_in_days: 14 → 30'
    ])
    expect(linesOf(find(security, 'aws_vpc_security_group_ingress_rule.https'))).toEqual([
      '~ cidr_ipv4: "10.2.0.0/16" → "0.0.0.0/0"'
    ])
  })

  it('writes every line on one line, with no JSON object left in it', () => {
    for (const finding of [...drift, ...security]) {
      for (const line of linesOf(finding)) {
        expect(line).not.toMatch(/\n|\{"/)
      }
    }
  })
})

describe('blocks added to or removed from a list or set', () => {
  it('reads security group rules in the group’s own terms', () => {
    const removed = sgRule({ protocol: '-1', ipv6_cidr_blocks: ['::/0'] })
    const ranged = sgRule({ from_port: 8000, to_port: 8080, security_groups: ['sg-1'], self: true })
    const ping = sgRule({
      protocol: 'icmp',
      from_port: 8,
      to_port: -1,
      cidr_blocks: ['10.0.0.0/8']
    })
    expect(
      text('aws_security_group', [
        change('egress[1]', removed, null),
        change('ingress[2]', null, ranged),
        change('ingress[3]', null, ping)
      ])
    ).toEqual([
      '- egress all traffic to ::/0',
      '+ ingress tcp 8000-8080 from sg-1, self',
      '+ ingress icmp type 8 from 10.0.0.0/8'
    ])
  })

  it('names every added rule when a whole list appears', () => {
    const rules = [sgRule({ from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] })]
    rules.push(sgRule({ from_port: 80, to_port: 80, cidr_blocks: ['0.0.0.0/0'] }))
    expect(text('aws_security_group', [change('ingress', null, rules)])).toEqual([
      '+ ingress tcp 443 from 0.0.0.0/0',
      '+ ingress tcp 80 from 0.0.0.0/0'
    ])
  })

  it('reads network ACL entries by rule number and action', () => {
    const entry = {
      action: 'allow',
      cidr_block: '0.0.0.0/0',
      from_port: 22,
      icmp_code: 0,
      icmp_type: 0,
      ipv6_cidr_block: '',
      protocol: '6',
      rule_no: 100,
      to_port: 22
    }
    expect(text('aws_network_acl', [change('ingress[0]', null, entry)])).toEqual([
      '+ ingress #100 allow tcp 22 from 0.0.0.0/0'
    ])
  })

  it('reads S3 lifecycle rules as what they do', () => {
    const rule = {
      id: 'logs',
      status: 'Enabled',
      filter: [{ prefix: 'logs/', tag: [], and: [] }],
      expiration: [{ days: 90, date: null, expired_object_delete_marker: false }],
      transition: [{ days: 30, date: null, storage_class: 'GLACIER' }],
      noncurrent_version_expiration: [],
      noncurrent_version_transition: [],
      abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }]
    }
    expect(text('aws_s3_bucket_lifecycle_configuration', [change('rule[1]', rule, null)])).toEqual([
      '- rule "logs" for logs/: expire after 90 days, to GLACIER after 30 days, abort incomplete uploads after 7 days'
    ])
  })

  it('reads an inline policy by name and statements', () => {
    const inline = {
      name: 'debug',
      policy: policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })
    }
    expect(text('aws_iam_role', [change('inline_policy[0]', null, inline)])).toEqual([
      '+ inline_policy "debug": Allow s3:* on *'
    ])
  })

  it('reads any other block as its non-empty plain fields', () => {
    const disk = {
      device_name: '/dev/sdf',
      encrypted: false,
      iops: null,
      tags: {},
      volume_size: 100,
      volume_type: 'gp3'
    }
    expect(text('aws_instance', [change('ebs_block_device[1]', null, disk)])).toEqual([
      '+ ebs_block_device device_name=/dev/sdf encrypted=false volume_size=100 volume_type=gp3'
    ])
  })
})

describe('changed nested objects', () => {
  it('shows only the key that changed inside a block', () => {
    const before = { id: 'logs', status: 'Enabled', expiration: [{ days: 30 }] }
    const after = { id: 'logs', status: 'Enabled', expiration: [{ days: 90 }] }
    expect(text('aws_s3_bucket', [change('lifecycle_rule[0]', before, after)])).toEqual([
      '~ lifecycle_rule[0].expiration[0].days: 30 → 90'
    ])
  })

  it('shows a map set from nothing one key at a time', () => {
    expect(text('aws_s3_bucket', [change('tags', null, { Env: 'prod', 'a b': 'c' })])).toEqual([
      '+ tags.Env: null → "prod"',
      '+ tags["a b"]: null → "c"'
    ])
  })

  it('reads a security group rule resource widened to all ports in rule terms', () => {
    expect(
      text('aws_security_group_rule', [
        change('from_port', 22, 0),
        change('protocol', 'tcp', '-1'),
        change('to_port', 22, 65535)
      ])
    ).toEqual(['~ ports: 22 → 0-65535', '~ protocol: tcp → all traffic'])
  })
})

describe('policy documents', () => {
  const read = {
    Sid: 'Read',
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::b/*'
  }
  const open = { Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }

  it('shows a statement added as one line', () => {
    expect(
      text('aws_s3_bucket_policy', [change('policy', policy(read), policy(read, open))])
    ).toEqual(['+ policy: Allow s3:* on * (Principal *)'])
  })

  it('shows a statement removed as one line', () => {
    expect(
      text('aws_s3_bucket_policy', [change('policy', policy(read, open), policy(open))])
    ).toEqual(['- policy: Allow s3:GetObject on arn:aws:s3:::b/* (Sid Read)'])
  })

  it('sees no change in a document only reformatted', () => {
    const reformatted = JSON.stringify(
      {
        Statement: [
          { Resource: ['arn:aws:s3:::b/*'], Action: ['s3:GetObject'], Effect: 'Allow', Sid: 'Read' }
        ],
        Version: '2012-10-17'
      },
      null,
      2
    )
    expect(
      describeChanges('aws_s3_bucket_policy', [change('policy', policy(read), reformatted)])
    ).toEqual([])
  })

  it('says what a statement allows, to whom and when', () => {
    const scoped = {
      Effect: 'Deny',
      NotAction: ['iam:*', 'sts:*'],
      NotResource: 'arn:aws:iam::1:role/admin',
      NotPrincipal: { AWS: ['arn:aws:iam::1:root'] },
      Condition: { Bool: { 'aws:SecureTransport': 'false' } }
    }
    expect(text('aws_iam_policy', [change('policy', null, policy(scoped))])).toEqual([
      '+ policy: Deny all actions except iam:*, sts:* on all resources except arn:aws:iam::1:role/admin (NotPrincipal arn:aws:iam::1:root; when aws:SecureTransport Bool false)'
    ])
  })

  it('shows a changed Version beside the statements', () => {
    const old = JSON.stringify({ Version: '2008-10-17', Statement: [read] })
    expect(text('aws_s3_bucket_policy', [change('policy', old, policy(read))])).toEqual([
      '~ policy.Version: "2008-10-17" → "2012-10-17"'
    ])
  })

  it('shows a whole policy appearing as its statements', () => {
    expect(text('aws_sqs_queue_policy', [change('policy', '', policy(open))])).toEqual([
      '+ policy: Allow s3:* on * (Principal *)'
    ])
  })

  it('compares any other JSON document under a policy name key by key', () => {
    const redrive = (count: number) =>
      JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:1:dlq', maxReceiveCount: count })
    expect(
      text('aws_sqs_queue', [
        change('redrive_policy', redrive(3), redrive(5)),
        change('redrive_allow_policy', null, JSON.stringify({ redrivePermission: 'allowAll' }))
      ])
    ).toEqual([
      '~ redrive_policy.maxReceiveCount: 3 → 5',
      '+ redrive_allow_policy.redrivePermission: null → "allowAll"'
    ])
  })

  it('leaves a value that is not JSON, and a flag named like a policy, as values', () => {
    expect(
      text('aws_s3_bucket_public_access_block', [
        change('block_public_policy', true, false),
        change('policy', 'not json', '{}')
      ])
    ).toEqual(['~ block_public_policy: true → false', '~ policy: "not json" → "{}"'])
  })
})

describe('long values', () => {
  it('folds a long value with its length', () => {
    const long = 'a'.repeat(2048)
    expect(
      text('aws_ssm_parameter', [change('description', null, long)], { valueLength: 3 })
    ).toEqual(['+ description: null → "aaa…" (2,048 characters)'])
  })

  it('folds by characters, never splitting one', () => {
    const emoji = '🙂'.repeat(30)
    expect(text('aws_s3_bucket', [change('tags.Mood', null, emoji)], { valueLength: 2 })).toEqual([
      '+ tags.Mood: null → "🙂🙂…" (30 characters)'
    ])
  })

  it('folds a rule description and keeps it on one line', () => {
    const rule = sgRule({
      from_port: 22,
      to_port: 22,
      cidr_blocks: ['0.0.0.0/0'],
      description: 'line one\nline two, to be removed on Friday'
    })
    expect(
      text('aws_security_group', [change('ingress[0]', null, rule)], { valueLength: 8 })
    ).toEqual(['+ ingress tcp 22 from 0.0.0.0/0 ("line one…" (42 characters))'])
    expect(text('aws_security_group', [change('ingress[0]', null, rule)])).toEqual([
      '+ ingress tcp 22 from 0.0.0.0/0 ("line one\\nline two, to be removed on Friday")'
    ])
  })

  it('shows a long list of sources by its first few', () => {
    const cidrs = ['10.0.0.0/8', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16']
    const rule = sgRule({ from_port: 443, to_port: 443, cidr_blocks: cidrs })
    expect(text('aws_security_group', [change('ingress[0]', null, rule)])).toEqual([
      '+ ingress tcp 443 from 10.0.0.0/8, 10.1.0.0/16, 10.2.0.0/16 +2 more'
    ])
  })
})

describe('sensitive values', () => {
  it('never looks into a sensitive change, whatever it holds', () => {
    const secretRule = { ...sgRule({ from_port: 22, to_port: 22 }), description: REDACTED }
    const lines = describeChanges('aws_security_group', [
      { path: 'ingress[0]', before: null, after: secretRule, sensitive: true },
      { path: 'value', before: REDACTED, after: REDACTED, sensitive: true }
    ])
    expect(lines.map(changeLineText)).toEqual([
      '+ ingress[0]: null → (sensitive)',
      '~ value: (sensitive) → (sensitive)'
    ])
  })

  it('shows nothing of a value marked sensitive even if it slipped through unredacted', () => {
    const secret = 'hunter2-SECRET-VALUE'
    const leaked = { Effect: 'Allow', Action: 's3:*', Resource: secret }
    const lines = describeChanges('aws_iam_role', [
      { path: 'inline_policy[0]', before: null, after: { name: secret }, sensitive: true },
      { path: 'policy', before: policy(), after: policy(leaked), sensitive: true },
      { path: 'tags', before: null, after: { Token: secret }, sensitive: true }
    ])
    expect(lines.map(changeLineText)).toEqual([
      '+ inline_policy[0]: null → (sensitive)',
      '~ policy: (sensitive) → (sensitive)',
      '+ tags: null → (sensitive)'
    ])
    expect(JSON.stringify(lines)).not.toContain(secret)
  })
})

import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { analysePlan } from '../../src/analyse/drift.js'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import type { DriftFacts } from '../../src/analyse/severity.js'
import {
  assessDrift,
  assessUnmanaged,
  pathSegments,
  SEVERITY_RULES
} from '../../src/analyse/severity.js'
import { atLeast } from '../../src/model/severity.js'
import type { AttributeChange } from '../../src/model/findings.js'

// Plans made by real terraform against moto: scripts/make-security-fixture.mjs and
// __tests__/fixtures/README.md say how.
const fixture = (name: string): Plan =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Plan

function facts(address: string, changes: AttributeChange[] = [], type?: string): DriftFacts {
  const [, t, name] = /([a-z0-9_]+)\.([^.[]+)(?:\[.*\])?$/.exec(address) ?? []
  return {
    address,
    type: type ?? t,
    name,
    kind: changes.length === 0 ? 'deleted' : 'changed',
    changes
  }
}

const change = (path: string, before: unknown, after: unknown, sensitive = false) => ({
  path,
  before,
  after,
  sensitive
})

const rule = (cidr: string, from: number, to = from, protocol = 'tcp') => ({
  cidr_blocks: [cidr],
  from_port: from,
  to_port: to,
  protocol,
  self: false
})

describe('severity of real drift (security-drift.plan.json, made by terraform against moto)', () => {
  const drift = analysePlan(fixture('security-drift.plan.json')).drift
  const byAddress = Object.fromEntries(drift.map(f => [f.address, f]))
  const at = (address: string) => {
    const f = byAddress[address]
    return { severity: f.severity, rule: f.severityRule, concerns: f.concerns }
  }

  it('gives every finding a severity and a rule from the table', () => {
    expect(drift).toHaveLength(12)
    const ids = SEVERITY_RULES.map(rule => rule.id)
    for (const f of drift) expect(ids).toContain(f.severityRule)
  })

  it('ranks SSH added from anywhere to a group as critical, with its port', () => {
    expect(at('aws_security_group.db')).toEqual({
      severity: 'critical',
      rule: 'open-ingress-admin-port',
      concerns: ['ingress open to 0.0.0.0/0 (tcp 22)']
    })
  })

  it('finds the port of a rule whose CIDR alone was widened from the resource as it is now', () => {
    expect(at('aws_vpc_security_group_ingress_rule.mysql')).toEqual({
      severity: 'critical',
      rule: 'open-ingress-admin-port',
      concerns: ['ingress open to 0.0.0.0/0 (tcp 3306)']
    })
    expect(at('aws_vpc_security_group_ingress_rule.https')).toEqual({
      severity: 'high',
      rule: 'open-ingress',
      concerns: ['ingress open to 0.0.0.0/0 (tcp 443)']
    })
  })

  it('ranks a bucket policy open to everyone critical, and the loosened public access block high', () => {
    expect(at('aws_s3_bucket_policy.data')).toMatchObject({
      severity: 'critical',
      rule: 'public-policy',
      concerns: ['policy allows Principal "*"']
    })
    expect(at('aws_s3_bucket_public_access_block.data')).toEqual({
      severity: 'high',
      rule: 'public-access-block-loosened',
      concerns: ['block_public_policy turned off', 'restrict_public_buckets turned off']
    })
  })

  it('ranks a KMS key scheduled for deletion critical and encryption moved off it high', () => {
    expect(at('aws_kms_key.data[0]')).toMatchObject({
      severity: 'critical',
      rule: 'kms-key-deleted'
    })
    expect(at('aws_s3_bucket_server_side_encryption_configuration.data')).toEqual({
      severity: 'high',
      rule: 'encryption-weakened',
      concerns: ['kms_master_key_id removed', 'encryption changed from aws:kms to AES256']
    })
  })

  it('ranks IAM trust and inline policy changes and a rotated secret high', () => {
    expect(at('aws_iam_role.app')).toMatchObject({
      severity: 'high',
      rule: 'access-policy-changed'
    })
    expect(at('aws_iam_role.app').concerns).toContain('trust policy changed')
    expect(at('aws_iam_role_policy.app')).toMatchObject({
      severity: 'high',
      concerns: ['policy changed']
    })
    expect(at('aws_ssm_parameter.secret')).toEqual({
      severity: 'high',
      rule: 'secret-changed',
      concerns: ['a sensitive value changed']
    })
  })

  it('ranks versioning suspended medium and a retention change low', () => {
    expect(at('aws_s3_bucket_versioning.data')).toEqual({
      severity: 'medium',
      rule: 'protection-disabled',
      concerns: ['versioning turned off']
    })
    expect(at('aws_cloudwatch_log_group.app')).toEqual({
      severity: 'low',
      rule: 'drift',
      concerns: []
    })
  })

  it('ranks the demo drift: SSH open critical, rotated password high, retag low, deleted topic medium', () => {
    const demo = analysePlan(fixture('drift.plan.json')).drift
    expect(Object.fromEntries(demo.map(f => [f.address, f.severity]))).toEqual({
      'aws_s3_bucket.assets': 'low',
      'aws_security_group.web': 'critical',
      'aws_sns_topic.alerts["billing"]': 'medium',
      'aws_ssm_parameter.db_password': 'high'
    })
  })

  it('never puts a secret into a reason', () => {
    const text = JSON.stringify(drift)
    expect(text).not.toContain('fixture-initial-SECRET-1')
    expect(text).not.toContain('fixture-rotated-SECRET-2')
  })
})

describe('severity rules on small findings', () => {
  it.each([
    ['RDP from anywhere', 'critical', rule('0.0.0.0/0', 3389)],
    ['a range spanning PostgreSQL from anywhere', 'critical', rule('::/0', 5000, 6000)],
    ['all traffic from anywhere', 'critical', rule('0.0.0.0/0', 0, 0, '-1')],
    ['HTTP from anywhere', 'high', rule('0.0.0.0/0', 80)],
    ['SSH from a private range', 'medium', rule('10.0.0.0/8', 22)]
  ])('ingress: %s is %s', (_, severity, block) => {
    const f = facts('aws_security_group.web', [change('ingress[1]', null, block)])
    expect(assessDrift(f).severity).toBe(severity)
  })

  it('ranks a widened CIDR high when the port cannot be known', () => {
    const f = facts('aws_security_group.web', [
      change('ingress[0].cidr_blocks', ['10.0.0.0/8'], ['10.0.0.0/8', '::/0'])
    ])
    expect(assessDrift(f)).toEqual({
      severity: 'high',
      rule: 'open-ingress',
      concerns: ['ingress open to ::/0']
    })
  })

  it('ignores an open CIDR that was already there, or that sits in a tag or a deny rule', () => {
    const already = facts('aws_security_group.web', [
      change('ingress[0].description', 'a', 'b'),
      change('ingress[0].cidr_blocks', ['0.0.0.0/0'], ['0.0.0.0/0', '10.0.0.0/8'])
    ])
    expect(assessDrift(already).severity).toBe('medium')
    const tagged = facts('aws_s3_bucket.assets', [change('tags.Note', 'x', '0.0.0.0/0')])
    expect(assessDrift(tagged).severity).toBe('low')
    const deny = facts('aws_network_acl_rule.deny', [
      change('cidr_block', '10.0.0.0/8', '0.0.0.0/0')
    ])
    expect(assessDrift(deny, { rule_action: 'deny', from_port: 22, to_port: 22 }).rule).not.toMatch(
      /open-ingress/
    )
  })

  it('reads egress from the rule type', () => {
    const f = facts('aws_security_group_rule.out', [change('cidr_blocks', [], ['0.0.0.0/0'])])
    expect(assessDrift(f, { type: 'egress', protocol: '-1' })).toMatchObject({
      severity: 'high',
      rule: 'open-egress',
      concerns: ['egress open to 0.0.0.0/0 (all traffic)']
    })
  })

  it('tells an unconditional "*" principal from one narrowed by a condition', () => {
    const policy = (condition?: object) =>
      JSON.stringify({
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:*', Condition: condition }]
      })
    const open = facts('aws_sqs_queue_policy.q', [change('policy', '{}', policy())])
    expect(assessDrift(open).rule).toBe('public-policy')
    const narrowed = facts('aws_sqs_queue_policy.q', [
      change('policy', '{}', policy({ StringEquals: { 'aws:SourceVpce': 'vpce-1' } }))
    ])
    expect(assessDrift(narrowed)).toMatchObject({
      severity: 'high',
      rule: 'public-policy-conditional'
    })
  })

  it('flags public ACLs and grants', () => {
    expect(
      assessDrift(facts('aws_s3_bucket_acl.a', [change('acl', 'private', 'public-read')]))
    ).toMatchObject({ severity: 'critical', concerns: ['public ACL public-read'] })
    const grant = facts('aws_s3_bucket_acl.a', [
      change('access_control_policy[0].grant[1]', null, {
        grantee: [{ uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }],
        permission: 'READ'
      })
    ])
    expect(assessDrift(grant).concerns).toEqual(['ACL grants AllUsers'])
  })

  it('ranks audit logging off high and access logging off medium', () => {
    const trail = facts('aws_cloudtrail.main', [change('enable_logging', true, false)])
    expect(assessDrift(trail)).toMatchObject({ severity: 'high', rule: 'audit-logging-disabled' })
    expect(assessDrift(facts('aws_flow_log.vpc')).severity).toBe('high')
    const alb = facts('aws_lb.web', [change('access_logs[0].enabled', true, false)])
    expect(assessDrift(alb)).toMatchObject({ severity: 'medium', rule: 'logging-disabled' })
    expect(assessDrift(facts('aws_s3_bucket_logging.assets')).rule).toBe('logging-disabled')
  })

  it('ranks encryption turned off and a changed key high, deletion protection off medium', () => {
    const rds = facts('aws_db_instance.main', [
      change('storage_encrypted', true, false),
      change('kms_key_id', 'arn:aws:kms:r:1:key/a', 'arn:aws:kms:r:1:key/b')
    ])
    expect(assessDrift(rds)).toEqual({
      severity: 'high',
      rule: 'encryption-weakened',
      concerns: ['storage_encrypted turned off', 'kms_key_id changed (KMS key)']
    })
    const unprotected = facts('aws_db_instance.main', [change('deletion_protection', true, false)])
    expect(assessDrift(unprotected)).toMatchObject({
      severity: 'medium',
      rule: 'protection-disabled'
    })
  })

  it('gives ordinary drift no concerns: a retag is low, a deleted topic medium', () => {
    expect(assessDrift(facts('aws_s3_bucket.a', [change('tags.Env', 'a', 'b')]))).toEqual({
      severity: 'low',
      rule: 'drift',
      concerns: []
    })
    expect(assessDrift(facts('aws_sns_topic.alerts["ops"]'))).toEqual({
      severity: 'medium',
      rule: 'resource-deleted',
      concerns: []
    })
  })

  it('says only what is specific when a generic rule would repeat it', () => {
    const f = facts('aws_security_group.web', [change('ingress[1]', null, rule('0.0.0.0/0', 22))])
    expect(assessDrift(f).concerns).toEqual(['ingress open to 0.0.0.0/0 (tcp 22)'])
  })
})

describe('severity of unmanaged resources', () => {
  const of = (arn: string, type = '') => assessUnmanaged({ arn, type }).severity

  it('ranks security groups above buckets above log groups', () => {
    const sg = of('arn:aws:ec2:us-east-1:123456789012:security-group/sg-1')
    const bucket = of('arn:aws:s3:::uploads')
    const logs = of('arn:aws:logs:us-east-1:123456789012:log-group:/app')
    expect([sg, bucket, logs]).toEqual(['high', 'medium', 'low'])
    expect(of('arn:aws:iam::123456789012:role/x')).toBe('high')
    expect(of('not an arn', 'sqs:queue')).toBe('medium')
  })
})

describe('the table', () => {
  it('has unique ids, and every severity level at least once', () => {
    expect(new Set(SEVERITY_RULES.map(rule => rule.id)).size).toBe(SEVERITY_RULES.length)
    expect(new Set(SEVERITY_RULES.map(r => r.severity))).toEqual(
      new Set(['critical', 'high', 'medium', 'low'])
    )
  })

  it('orders severities', () => {
    expect(atLeast('critical', 'high')).toBe(true)
    expect(atLeast('medium', 'high')).toBe(false)
  })

  it('reads paths back the way diff.joinPath writes them', () => {
    expect(pathSegments('ingress[1].cidr_blocks')).toEqual(['ingress', 1, 'cidr_blocks'])
    expect(pathSegments('tags["a.b"]')).toEqual(['tags', 'a.b'])
    expect(pathSegments('"weird key".x')).toEqual(['weird key', 'x'])
  })
})

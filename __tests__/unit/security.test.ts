import { describe, expect, it } from '@jest/globals'
import { securityConcerns } from '../../src/model/severity.js'
import { change, finding } from '../helpers/reports.js'

const rule = (cidr: string, port = 22) => ({
  cidr_blocks: [cidr],
  description: '',
  from_port: port,
  ipv6_cidr_blocks: [],
  prefix_list_ids: [],
  protocol: 'tcp',
  security_groups: [],
  self: false,
  to_port: port
})

describe('securityConcerns', () => {
  it('says in words that an ingress rule now lets the whole internet in, with its port', () => {
    const opened = finding('aws_security_group.web', [
      change('ingress[1]', null, rule('0.0.0.0/0'))
    ])
    expect(securityConcerns(opened)).toEqual(['ingress open to 0.0.0.0/0 (tcp 22)'])
  })

  it('catches a CIDR widened in place', () => {
    const widened = finding('aws_security_group.web', [
      change('ingress[0].cidr_blocks', ['10.0.0.0/8'], ['10.0.0.0/8', '::/0'])
    ])
    expect(securityConcerns(widened)).toEqual(['ingress open to ::/0'])
  })

  it('flags egress rules as egress', () => {
    const f = finding('aws_vpc_security_group_egress_rule.out', [
      change('cidr_ipv4', '10.0.0.0/8', '0.0.0.0/0')
    ])
    expect(securityConcerns(f)).toEqual(['egress open to 0.0.0.0/0'])
  })

  it('treats a deleted access-control resource and a changed secret as relevant', () => {
    expect(securityConcerns(finding('aws_iam_role.app'))).toEqual([
      'access control resource deleted'
    ])
    const rotated = finding('aws_ssm_parameter.db_password', [
      change('value', '(sensitive)', '(sensitive)', true)
    ])
    expect(securityConcerns(rotated)).toEqual(['a sensitive value changed'])
  })

  it('leaves ordinary drift alone', () => {
    const retagged = finding('aws_s3_bucket.assets', [change('tags.Env', 'prod', 'dev')])
    expect(securityConcerns(retagged)).toEqual([])
    expect(securityConcerns(finding('aws_sns_topic.alerts["ops"]'))).toEqual([])
    // A tag whose value happens to be an open CIDR is not a rule.
    const tagged = finding('aws_s3_bucket.assets', [change('tags.Note', 'x', '0.0.0.0/0')])
    expect(securityConcerns(tagged)).toEqual([])
  })
})

import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { analysePlan } from '../../src/analyse/drift.js'
import type { Plan, ResourceChange } from '../../src/collect/terraform/plan-json.js'
import { readInChunks } from '../helpers/plans.js'

// Plans made by real terraform against moto: __tests__/fixtures/README.md says how.
const fixtureText = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}.plan.json`, import.meta.url), 'utf8')
const fixture = (name: string) => JSON.parse(fixtureText(name)) as Plan

describe('analysePlan on real plans', () => {
  it('finds nothing in a clean plan, and counts the state', () => {
    const result = analysePlan(fixture('clean'))
    expect(result.drift).toEqual([])
    expect(result.pending).toEqual([])
    expect(result.managedResources).toBe(8)
  })

  it('reports each resource changed or deleted outside Terraform, attribute by attribute', () => {
    const { drift, pending } = analysePlan(fixture('drift'))
    expect(drift.map(d => [d.address, d.kind]).sort()).toEqual([
      ['aws_s3_bucket.assets', 'changed'],
      ['aws_security_group.web', 'changed'],
      ['aws_sns_topic.alerts["billing"]', 'deleted'],
      ['aws_ssm_parameter.db_password', 'changed']
    ])
    // Terraform's plan to undo the drift is the drift itself, not a change the code asks for.
    expect(pending).toEqual([])

    const sg = drift.find(d => d.address === 'aws_security_group.web')
    const opened = sg?.changes.find(c => c.path.startsWith('ingress'))
    expect(opened?.before).toBeNull()
    expect(opened?.after).toMatchObject({ cidr_blocks: ['0.0.0.0/0'], from_port: 22, to_port: 22 })

    const bucket = drift.find(d => d.address === 'aws_s3_bucket.assets')
    expect(bucket?.changes.map(c => c.path)).toContain('tags.Owner')
    // tags_all mirrors tags: shown once.
    expect(bucket?.changes.some(c => c.path.startsWith('tags_all.Owner'))).toBe(false)

    const topic = drift.find(d => d.kind === 'deleted')
    expect(topic).toMatchObject({
      type: 'aws_sns_topic',
      name: 'alerts',
      index: 'billing',
      changes: []
    })
  })

  it('reports a rotated secret by path, never by value', () => {
    const { drift } = analysePlan(fixture('drift'))
    const secret = drift.find(d => d.address === 'aws_ssm_parameter.db_password')
    expect(secret?.changes).toContainEqual({
      path: 'value',
      before: '(sensitive)',
      after: '(sensitive)',
      sensitive: true
    })
    const text = JSON.stringify(drift)
    expect(text).not.toContain('demo-initial-secret-VALUE-1')
    expect(text).not.toContain('rotated-secret-VALUE-2')
  })

  it('keeps a resource the code adds apart from drift', () => {
    const onlyPending = analysePlan(fixture('pending'))
    expect(onlyPending.drift).toEqual([])
    expect(onlyPending.pending).toEqual([
      { address: 'aws_sns_topic.deploys', type: 'aws_sns_topic', action: 'create', attributes: [] }
    ])

    const both = analysePlan(fixture('drift-and-pending'))
    expect(both.drift).toHaveLength(4)
    expect(both.pending.map(p => p.address)).toEqual(['aws_sns_topic.deploys'])
  })
})

describe('drift is only what the next apply would put back', () => {
  // security-drift.plan.json: a group whose rules are aws_vpc_security_group_ingress_rule
  // resources, a bucket configured by aws_s3_bucket_* resources, a role with an
  // aws_iam_role_policy; each rule, policy and setting changed outside Terraform.
  const security = fixture('security-drift')
  const byAddress = (plan: Plan) =>
    Object.fromEntries(analysePlan(plan).drift.map(d => [d.address, d]))

  it('drops a parent whose computed attributes only mirror resources managed apart', () => {
    const listed = (security.resource_drift ?? []).map(r => r.address)
    expect(listed).toEqual(expect.arrayContaining(['aws_security_group.app', 'aws_s3_bucket.data']))
    const drift = byAddress(security)
    // Terraform plans no change for them: the rules and the policy are reported on their own.
    expect(drift['aws_security_group.app']).toBeUndefined()
    expect(drift['aws_s3_bucket.data']).toBeUndefined()
    expect(drift['aws_vpc_security_group_ingress_rule.mysql']?.changes.map(c => c.path)).toEqual([
      'cidr_ipv4'
    ])
    expect(drift['aws_s3_bucket_policy.data']?.changes.map(c => c.path)).toEqual(['policy'])
  })

  it("keeps a parent's own drift and drops only its mirror", () => {
    const role = (security.resource_drift ?? []).find(r => r.address === 'aws_iam_role.app')
    expect(Object.keys(role?.change.after as object)).toContain('inline_policy')
    expect(byAddress(security)['aws_iam_role.app']).toMatchObject({
      changes: [expect.objectContaining({ path: 'assume_role_policy' })],
      severity: 'high',
      concerns: ['trust policy changed']
    })
  })

  it('counts a value only apply will know (a key id it sets from a recreated key) as put back', () => {
    const encryption =
      byAddress(security)['aws_s3_bucket_server_side_encryption_configuration.data']
    expect(encryption?.changes.map(c => c.path)).toContain(
      'rule[0].apply_server_side_encryption_by_default[0].kms_master_key_id'
    )
  })

  it('gives the same drift from the streaming reader, which drops no-op changes', () => {
    for (const name of ['drift', 'security-drift']) {
      const streamed = readInChunks(fixtureText(name))
      expect(analysePlan(streamed)).toEqual(analysePlan(fixture(name)))
    }
  })
})

/** A resource_drift or resource_changes entry for one `aws_thing`. */
function entry(
  address: string,
  actions: string[],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null
): ResourceChange {
  const [type, name] = address.split('.')
  return { address, mode: 'managed', type, name, change: { actions, before, after } }
}

function planOf(drift: ResourceChange[], changes: ResourceChange[] = []): Plan {
  return { format_version: '1.2', resource_drift: drift, resource_changes: changes }
}

const RULE_443 = { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'] }
const RULE_22 = { from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }

describe('which drifted paths a planned change touches', () => {
  it('is no drift when Terraform plans nothing for the attribute (ignore_changes)', () => {
    const before = { bucket: 'b', tags: { Team: 'web' }, tags_all: { Team: 'web' } }
    const after = { bucket: 'b', tags: { Team: 'data' }, tags_all: { Team: 'data' } }
    const drifted = entry('aws_s3_bucket.uploads', ['update'], before, after)
    // No entry at all (the streaming reader drops no-ops), or a no-op one (a parsed plan).
    expect(analysePlan(planOf([drifted])).drift).toEqual([])
    const noop = entry('aws_s3_bucket.uploads', ['no-op'], after, after)
    expect(analysePlan(planOf([drifted], [noop]))).toMatchObject({ drift: [], pending: [] })
  })

  it('keeps only the tags the update puts back when some keys are ignored', () => {
    // lifecycle { ignore_changes = [tags["Owner"]] }: Env is put back, Owner is left alone.
    const drifted = entry(
      'aws_s3_bucket.assets',
      ['update'],
      { tags: { Env: 'demo' }, tags_all: { Env: 'demo' } },
      { tags: { Env: 'prod', Owner: 'alice' }, tags_all: { Env: 'prod', Owner: 'alice' } }
    )
    const planned = entry(
      'aws_s3_bucket.assets',
      ['update'],
      { tags: { Env: 'prod', Owner: 'alice' }, tags_all: { Env: 'prod', Owner: 'alice' } },
      { tags: { Env: 'demo', Owner: 'alice' }, tags_all: { Env: 'demo', Owner: 'alice' } }
    )
    const { drift, pending } = analysePlan(planOf([drifted], [planned]))
    // tags_all mirrors tags and is shown once; the revert is not a change the code asks for.
    expect(drift[0].changes).toEqual([
      { path: 'tags.Env', before: 'demo', after: 'prod', sensitive: false }
    ])
    expect(pending).toEqual([])
  })

  it('matches a block by content when it sits at another index in the planned diff', () => {
    // Drift: the group gained RULE_22 (first in the refreshed list); the plan removes it from
    // the second place of its own `before`. Paths ingress[0] and ingress[1]: one rule.
    const drifted = entry(
      'aws_security_group.web',
      ['update'],
      { ingress: [RULE_443] },
      { ingress: [RULE_22, RULE_443] }
    )
    const planned = entry(
      'aws_security_group.web',
      ['update'],
      { ingress: [RULE_443, RULE_22] },
      { ingress: [RULE_443] }
    )
    const [finding] = analysePlan(planOf([drifted], [planned])).drift
    expect(finding.changes).toEqual([
      { path: 'ingress[0]', before: null, after: RULE_22, sensitive: false }
    ])
    expect(finding.severity).toBe('critical')
  })

  it('treats a whole value and a path inside it as touching, either way round', () => {
    const wholeDrift = entry('aws_sns_topic.a', ['update'], { tags: null }, { tags: { Env: 'x' } })
    const keyPlanned = entry('aws_sns_topic.a', ['update'], { tags: { Env: 'x' } }, { tags: {} })
    expect(analysePlan(planOf([wholeDrift], [keyPlanned])).drift[0].changes[0].path).toBe('tags')

    const keyDrift = entry('aws_sns_topic.b', ['update'], { tags: {} }, { tags: { Env: 'x' } })
    const wholePlanned = entry(
      'aws_sns_topic.b',
      ['update'],
      { tags: { Env: 'x' } },
      { tags: null }
    )
    expect(analysePlan(planOf([keyDrift], [wholePlanned])).drift[0].changes[0].path).toBe(
      'tags.Env'
    )
  })

  it('does not take a key for another key it merely begins', () => {
    const drifted = entry(
      'aws_sns_topic.c',
      ['update'],
      { tags: { Env: 'a', Environment: 'a' } },
      { tags: { Env: 'b', Environment: 'b' } }
    )
    // Only Environment is put back (Env is ignored).
    const planned = entry(
      'aws_sns_topic.c',
      ['update'],
      { tags: { Env: 'b', Environment: 'b' } },
      { tags: { Env: 'b', Environment: 'a' } }
    )
    const [finding] = analysePlan(planOf([drifted], [planned])).drift
    expect(finding.changes.map(c => c.path)).toEqual(['tags.Environment'])
  })

  it('still treats null, "" and [] alike on both sides', () => {
    const drifted = entry(
      'aws_sns_topic.d',
      ['update'],
      { description: null, tags: null, rules: [] },
      { description: '', tags: {}, rules: null }
    )
    const planned = entry(
      'aws_sns_topic.d',
      ['update'],
      { description: '', tags: {}, rules: null },
      { description: null, tags: null, rules: [] }
    )
    expect(analysePlan(planOf([drifted], [planned])).drift).toEqual([])
  })

  it('reports a resource deleted outside Terraform whatever the plan says', () => {
    const deleted = entry('aws_sns_topic.e', ['delete'], { name: 'e' }, null)
    expect(analysePlan(planOf([deleted])).drift).toMatchObject([
      { address: 'aws_sns_topic.e', kind: 'deleted', changes: [] }
    ])
  })

  it("lists the code's update of a parent whose only drift is a mirror as pending", () => {
    // The group's ingress mirrors separate rule resources; a pull request retags it.
    const mirror = entry(
      'aws_security_group.app',
      ['update'],
      { ingress: [], tags: { Team: 'web' } },
      { ingress: [RULE_443], tags: { Team: 'web' } }
    )
    const retag = entry(
      'aws_security_group.app',
      ['update'],
      { ingress: [RULE_443], tags: { Team: 'web' }, tags_all: { Team: 'web' } },
      { ingress: [RULE_443], tags: { Team: 'api' }, tags_all: { Team: 'api' } }
    )
    expect(analysePlan(planOf([mirror], [retag]))).toMatchObject({
      drift: [],
      pending: [
        { address: 'aws_security_group.app', action: 'update', attributes: ['tags', 'tags_all'] }
      ]
    })
  })
})

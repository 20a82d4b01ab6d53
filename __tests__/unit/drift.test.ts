import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { analysePlan } from '../../src/analyse/drift.js'
import { parsePlan } from '../../src/analyse/plan-json.js'

// Plans made by real terraform against moto: __tests__/fixtures/README.md says how.
const fixture = (name: string) =>
  parsePlan(readFileSync(new URL(`../fixtures/${name}.plan.json`, import.meta.url), 'utf8'))

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

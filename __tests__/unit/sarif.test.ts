import { describe, expect, it } from '@jest/globals'
import AjvDraft04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Log } from 'sarif'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import { analyseDirectory } from '../../src/analyse/directory.js'
import { buildReport } from '../../src/report/build.js'
import type { Report } from '../../src/model/report.js'
import { buildSarif, MAX_RESULTS, renderSarif } from '../../src/render/sarif.js'
import { change, directory, finding, report } from '../helpers/reports.js'
import { assessDrift, severityFields } from '../../src/analyse/severity.js'

// The SARIF 2.1.0 schema (rtm.5, the one json.schemastore.org serves) as Microsoft's SARIF SDK
// ships it; it is draft-04, hence ajv-draft-04.
const require = createRequire(import.meta.url)
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')
) as object
// The schema's language pattern is not valid in unicode mode; `uri` and friends need ajv-formats.
// Both packages are CommonJS whose export is also on `.default`, which is what the types see.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats.default(ajv)
const validate = ajv.compile(schema)

function expectValid(log: unknown): void {
  const ok = validate(log)
  expect(validate.errors ?? []).toEqual([])
  expect(ok).toBe(true)
}

const plan = JSON.parse(
  readFileSync(new URL('../fixtures/security-drift.plan.json', import.meta.url), 'utf8')
) as Plan

function securityReport(): Report {
  return buildReport({
    directories: [
      {
        label: 'infra/security',
        durationMs: 1000,
        plan,
        // Every block but the KMS key's was found (as source-locations.ts would give them).
        locations: new Map(
          (plan.resource_drift ?? [])
            .filter(r => r.type !== 'aws_kms_key')
            .map((r, i) => [
              r.address.replace(/\[[^\]]*\]/g, ''),
              { file: 'infra/security/main.tf', line: 10 + i * 5 }
            ])
        )
      },
      { label: 'infra/broken', durationMs: 5, error: "terraform plan failed in 'infra/broken'" }
    ].map(analyseDirectory),
    version: '0.1.0',
    run: { event: 'schedule', repository: 'o/r', sha: 'abc' },
    now: new Date('2026-11-24T10:00:00Z')
  })
}

describe('SARIF log', () => {
  const log = buildSarif(securityReport())
  const run = log.runs[0]
  const results = run.results ?? []
  const rules = run.tool.driver.rules ?? []

  it('is valid SARIF 2.1.0', () => {
    expectValid(log)
    expectValid(JSON.parse(renderSarif(securityReport())))
  })

  it('is checked by a validator that does reject what is not SARIF', () => {
    const broken = structuredClone(log) as unknown as {
      runs: { results: { level: string }[] }[]
    }
    broken.runs[0].results[0].level = 'fatal'
    expect(validate(broken)).toBe(false)
    expect(validate({ ...log, version: '2.0.0' })).toBe(false)
  })

  it('has one result per drifted resource, most severe first, under its severity rule', () => {
    expect(results).toHaveLength(12)
    expect(results.map(r => r.properties?.severity)).toEqual([
      ...Array(4).fill('critical'),
      ...Array(6).fill('high'),
      'medium',
      'low'
    ])
    for (const r of results) {
      expect(rules[r.ruleIndex as number].id).toBe(r.ruleId)
    }
    const ssh = results.find(
      r => r.locations?.[0].logicalLocations?.[0].fullyQualifiedName === 'aws_security_group.db'
    )
    expect(ssh).toMatchObject({
      ruleId: 'open-ingress-admin-port',
      level: 'error',
      message: { text: expect.stringContaining('ingress open to 0.0.0.0/0 (tcp 22)') }
    })
    // The rule added in the console, as one line in the group's terms rather than a JSON blob.
    expect(ssh?.message.text?.split('\n').slice(1)).toEqual(['  + ingress tcp 22 from 0.0.0.0/0'])
  })

  it('takes the level from the severity and ranks security rules for code scanning', () => {
    const levels = Object.fromEntries(results.map(r => [r.properties?.severity, r.level]))
    expect(levels).toEqual({ critical: 'error', high: 'error', medium: 'warning', low: 'note' })
    const rule = rules.find(r => r.id === 'open-ingress-admin-port')
    expect(rule?.properties).toMatchObject({
      'security-severity': '9.5',
      tags: expect.arrayContaining(['security'])
    })
    expect(rules.find(r => r.id === 'drift')?.properties?.tags).not.toContain('security')
  })

  it('places each result at its resource block, or at the working directory when none was found', () => {
    const at = (address: string) =>
      results.find(r => r.locations?.[0].logicalLocations?.[0].fullyQualifiedName === address)
        ?.locations?.[0].physicalLocation
    expect(at('aws_security_group.db')).toEqual({
      artifactLocation: { uri: 'infra/security/main.tf', uriBaseId: '%SRCROOT%' },
      region: { startLine: expect.any(Number) }
    })
    expect(at('aws_kms_key.data[0]')).toEqual({
      artifactLocation: { uri: 'infra/security/', uriBaseId: '%SRCROOT%' }
    })
  })

  it('reports a directory that could not be checked as a failed invocation', () => {
    expect(run.invocations?.[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [
        { level: 'error', message: { text: expect.stringContaining('infra/broken') } }
      ]
    })
  })

  it('never carries a secret', () => {
    const text = renderSarif(securityReport())
    expect(text).not.toContain('fixture-initial-SECRET-1')
    expect(text).not.toContain('fixture-rotated-SECRET-2')
  })
})

describe('fingerprints', () => {
  const assessed = (address: string, before: string, after: string, line: number) => {
    const f = finding(address, [change('tags.Env', before, after)], {
      location: { file: 'main.tf', line }
    })
    return { ...f, ...severityFields(assessDrift(f)) }
  }
  const fingerprints = (log: Log) =>
    (log.runs[0].results ?? []).map(r => r.partialFingerprints?.['driftwatch/resource/v1'])

  it('stay the same for a resource whose values and line change, and differ between resources', () => {
    const first = buildSarif(
      report([directory('infra', [assessed('aws_s3_bucket.a', 'x', 'y', 3)])])
    )
    const later = buildSarif(
      report([directory('infra', [assessed('aws_s3_bucket.a', 'x', 'z', 9)])])
    )
    const other = buildSarif(
      report([directory('infra', [assessed('aws_s3_bucket.b', 'x', 'y', 3)])])
    )
    const elsewhere = buildSarif(
      report([directory('prod', [assessed('aws_s3_bucket.a', 'x', 'y', 3)])])
    )
    expect(fingerprints(first)).toEqual(fingerprints(later))
    expect(fingerprints(first)).not.toEqual(fingerprints(other))
    expect(fingerprints(first)).not.toEqual(fingerprints(elsewhere))
  })
})

describe('limits', () => {
  it(`keeps the ${MAX_RESULTS} most severe results and says how many were left out`, () => {
    const retag = (i: number) => {
      const f = finding(`aws_s3_bucket.b${i}`, [change('tags.Env', 'a', 'b')])
      return { ...f, ...severityFields(assessDrift(f)) }
    }
    const open = finding('aws_security_group.web', [
      change('ingress[1]', null, {
        cidr_blocks: ['0.0.0.0/0'],
        from_port: 22,
        to_port: 22,
        protocol: 'tcp'
      })
    ])
    const many = Array.from({ length: MAX_RESULTS + 10 }, (_, i) => retag(i))
    many.splice(4000, 0, { ...open, ...severityFields(assessDrift(open)) })
    const log = buildSarif(report([directory('infra', many)]))
    const results = log.runs[0].results ?? []
    expect(results).toHaveLength(MAX_RESULTS)
    expect(results[0].ruleId).toBe('open-ingress-admin-port')
    expect(log.runs[0].properties).toEqual({ resultsLeftOut: 11 })
    expect(log.runs[0].invocations?.[0].toolExecutionNotifications?.[0].message.text).toMatch(
      /^11 less severe drifted resources were left out/
    )
    expectValid(log)
  })

  it('writes a valid empty log when nothing drifted', () => {
    const log = buildSarif(report([directory('infra', [])]))
    expect(log.runs[0].results).toEqual([])
    expectValid(log)
  })
})

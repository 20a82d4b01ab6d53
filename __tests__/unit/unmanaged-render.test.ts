import { describe, expect, it } from '@jest/globals'
import { failureReason } from '../../src/report/verdict.js'
import { parseInputs } from '../../src/inputs/options.js'
import { analyseDirectory } from '../../src/analyse/directory.js'
import { buildReport } from '../../src/report/build.js'
import type { Report } from '../../src/model/report.js'
import type { UnmanagedReport } from '../../src/model/findings.js'
import { headline } from '../../src/render/sections.js'
import { renderComment } from '../../src/render/comment.js'
import { renderIssue } from '../../src/render/issue.js'
import { renderSummary } from '../../src/render/summary.js'
import { renderText } from '../../src/render/text.js'
import { unmanagedSection } from '../../src/render/unmanaged.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'

const section = (extra: Partial<UnmanagedReport> = {}): UnmanagedReport => ({
  inventory: 'deep',
  regions: ['eu-west-1', 'us-east-1'],
  listedTypes: ['aws_s3_bucket'],
  notListed: [],
  regionErrors: [],
  resources: [
    {
      arn: 'arn:aws:s3:::console-uploads',
      type: 'aws_s3_bucket',
      region: 'eu-west-1',
      id: 'console-uploads',
      tags: { Owner: 'alice' },
      importBlock: { to: 'aws_s3_bucket.console-uploads', id: 'console-uploads' },
      seenBy: 'listed',
      severity: 'medium',
      severityRule: 'unmanaged-data-or-compute'
    }
  ],
  ownedByOthers: [
    {
      arn: 'arn:aws:sns:eu-west-1:1:t',
      type: 'aws_sns_topic',
      region: 'eu-west-1',
      id: 't',
      owner: 'CloudFormation stack <b>web</b>',
      rule: 'cloudformation'
    }
  ],
  managed: 3,
  ignored: 2,
  madeByAws: { 'default-vpc': 7 },
  coverage: 75,
  blindSpots: 'Untagged resources are not seen.',
  durationMs: 10,
  ...extra
})

const report = (unmanaged?: UnmanagedReport): Report =>
  buildReport({
    directories: [{ label: 'infra', durationMs: 1, plan: { format_version: '1.2' } }].map(
      analyseDirectory
    ),
    version: '0.0.0',
    run: {},
    unmanaged,
    now: new Date(0)
  })

describe('the unmanaged section', () => {
  it('lists resources, counts, import blocks and the blind spots', () => {
    const markdown = unmanagedSection(report(section()))
    const text = visibleText(markdown)
    expect(text).toContain(
      [
        'Unmanaged resources',
        '1 resource in eu-west-1, us-east-1 is in no Terraform state. · 1 owned by other tools · 7 made by AWS · 2 ignored',
        'Resource | Type | Region | Severity | Seen | Tags | ARN',
        'console-uploads | aws_s3_bucket | eu-west-1 | 🟡 medium | never tagged, found by listing | Owner=alice | arn:aws:s3:::console-uploads',
        'Import blocks for 1 resource',
        'import {',
        '  to = aws_s3_bucket.console-uploads',
        '  id = "console-uploads"',
        '}',
        'Add them to the root that should manage these resources, then run terraform plan -generate-config-out=generated.tf to have Terraform write their resource blocks; review those before applying.',
        '1 resource owned by other tools (not unmanaged)',
        'Resource | Type | Region | Owned by | Rule',
        't | aws_sns_topic | eu-west-1 | CloudFormation stack <b>web</b> | cloudformation',
        'Blind spots: Untagged resources are not seen.'
      ].join('\n')
    )
    // Coverage is said once per body, by the coverage line, not by this section.
    expect(text).not.toContain('75')
    expect(liveMarkup(markdown)).toEqual([])
    // The source reads as plain text: a command to copy, not `\-generate\-config\-out`.
    expect(markdown).toContain('`terraform plan -generate-config-out=generated.tf`')
  })

  it('says coverage once in each body, one way', () => {
    const r = report(section())
    const line =
      'Coverage: 1 working directory checked, 0 managed resources; 75% of the resources seen in AWS are in a Terraform state (3 of 4).'
    for (const body of [renderSummary(r), renderComment(r), renderIssue(r).body]) {
      const text = visibleText(body)
      expect(text.match(/coverage/gi)).toHaveLength(1)
      expect(text).toContain(line)
    }
    expect(renderText(r)).toContain('coverage 75%;')
  })

  it('keeps attacker-written tags and ids inert', () => {
    const hostile = section({
      resources: [
        {
          arn: 'arn:aws:sqs:eu-west-1:1:q',
          type: 'aws_sqs_queue',
          region: 'eu-west-1',
          id: 'q```\n</details>',
          tags: { 'x|y': '<img src=x onerror=alert(1)> @admin ```', Link: 'https://evil.example' },
          importBlock: { to: 'aws_sqs_queue.q', id: 'q```\n"}\nresource "x" {' },
          seenBy: 'tagged'
        }
      ]
    })
    const markdown = unmanagedSection(report(hostile))
    // Every untrusted value shows as written, in one table row, and nothing in it is live.
    const rows = visibleText(markdown).split('\n')
    expect(rows).toContain(
      'q``` </details> | aws_sqs_queue | eu-west-1 | | tagged | Link=https://evil.example x|y=<img src=x onerror=alert(1)> @admin ``` | arn:aws:sqs:eu-west-1:1:q'
    )
    expect(liveMarkup(markdown)).toEqual([])
    // The import block's fence outlasts any backtick run, and the id stays one HCL string.
    expect(markdown).toContain(
      '````hcl\nimport {\n  to = aws_sqs_queue.q\n  id = "q```\\n\\"}\\nresource \\"x\\" {"\n}\n````'
    )
  })

  it('says why nothing is listed when the scan was skipped', () => {
    const text = unmanagedSection(
      report(section({ skipped: 'no AWS region to scan', resources: [] }))
    )
    expect(text).toBe('### Unmanaged resources\n\n⚠️ Not reported: no AWS region to scan.')
  })

  it('is absent when the scan was switched off', () => {
    expect(unmanagedSection(report())).toBe('')
  })

  it('names failed regions', () => {
    const text = unmanagedSection(
      report(
        section({
          regionErrors: [{ scope: 'region us-east-1', message: 'region us-east-1 denied access' }]
        })
      )
    )
    expect(visibleText(text)).toContain(
      '⚠️ The scan is incomplete: region us-east-1 denied access.'
    )
  })

  it('shows at most a thousand rows of resources owned by other tools, counting the rest', () => {
    const owned = Array.from({ length: 1500 }, (_, i) => ({
      arn: `arn:aws:sns:eu-west-1:1:topic-${i}`,
      type: 'aws_sns_topic',
      region: 'eu-west-1',
      id: `topic-${i}`,
      owner: 'CloudFormation stack web',
      rule: 'cloudformation'
    }))
    const big = report(section({ resources: [], ownedByOthers: owned }))
    const summary = visibleText(renderSummary(big))
    expect(summary).toContain('\ntopic-999 |')
    expect(summary).not.toContain('\ntopic-1000 |')
    expect(summary).toContain('…and 500 more: see the JSON report file')
    const log = renderText(big)
    expect(log).toContain('topic-999 ')
    expect(log).not.toContain('topic-1000 ')
    expect(log).toContain('…and 500 more owned by other tools')
  })

  it('keeps the full detail of a report with nothing to list: the pending changes in a list', () => {
    const pending = buildReport({
      directories: [
        {
          label: 'infra',
          durationMs: 1,
          plan: {
            format_version: '1.2',
            resource_changes: [
              {
                address: 'aws_s3_bucket.new',
                mode: 'managed' as const,
                type: 'aws_s3_bucket',
                name: 'new',
                change: { actions: ['create'], before: null, after: {} }
              }
            ]
          }
        }
      ].map(analyseDirectory),
      version: '0.0.0',
      run: {},
      now: new Date(0)
    })
    expect(visibleText(renderSummary(pending))).toContain(
      '1 pending change the code asks for (not drift)\ncreate aws_s3_bucket.new'
    )
  })

  it('is in the job summary and the step log', () => {
    expect(visibleText(renderSummary(report(section())))).toContain('\nUnmanaged resources\n')
    const log = renderText(
      report(
        section({
          resources: [{ ...section().resources[0], tags: { Evil: 'a\u001b[2Jb\n::error::x' } }]
        })
      )
    )
    expect(log).toContain(
      'Unmanaged: 1 in eu-west-1, us-east-1; coverage 75%; 1 owned by other tools; 7 made by AWS; 2 ignored'
    )
    expect(log).toContain(
      '+ aws_s3_bucket console-uploads (eu-west-1, never tagged, found by listing)  arn:aws:s3:::console-uploads  Evil=a?[2Jb?::error::x'
    )
  })
})

describe('unmanaged findings in the report, outputs and verdict', () => {
  it('fills the counts and copies region faults into the errors', () => {
    const r = report(section({ regionErrors: [{ scope: 'region us-east-1', message: 'denied' }] }))
    expect(r.schemaVersion).toBe(3)
    expect(r.counts).toMatchObject({ unmanaged: 1, ownedByOthers: 1, ignored: 2, errors: 1 })
    expect(r.errors).toEqual([{ scope: 'region us-east-1', message: 'denied' }])
  })

  it('headlines unmanaged resources when nothing drifted', () => {
    expect(headline(report(section()))).toBe(
      '🟠 No drift, but 1 resource in the account is in no Terraform state'
    )
    expect(headline(report(section({ resources: [] })))).toBe(
      '✅ No drift: the infrastructure matches the Terraform state'
    )
  })

  it('fails on unmanaged resources and on an incomplete scan only when fail-on asks', () => {
    const found = report(section())
    expect(failureReason(found, 'unmanaged')).toBe('1 unmanaged resource found')
    expect(failureReason(found, 'any')).toBe('1 unmanaged resource found')
    expect(failureReason(found, 'drift')).toBeUndefined()
    const partial = report(
      section({
        resources: [],
        regionErrors: [{ scope: 'region us-east-1', message: 'region us-east-1 denied access' }]
      })
    )
    expect(failureReason(partial, 'unmanaged')).toBe(
      'The unmanaged-resource scan is incomplete: region us-east-1 denied access'
    )
    expect(failureReason(partial, 'drift')).toBeUndefined()
    expect(failureReason(partial, 'never')).toBeUndefined()
  })
})

describe('the unmanaged inputs', () => {
  const get =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? ''

  it('defaults to scanning, with no role, no ignore file and every ownership rule', () => {
    const inputs = parseInputs(get({}), { AWS_REGION: 'eu-west-1' })
    expect(inputs).toMatchObject({ scanUnmanaged: true, disabledOwnershipRules: [] })
    expect(inputs.roleToAssume).toBeUndefined()
    expect(inputs.ignoreFile).toBeUndefined()
  })

  it('reads them', () => {
    const inputs = parseInputs(
      get({
        'scan-unmanaged': 'false',
        'role-to-assume': 'arn:aws:iam::123456789012:role/audit/drift-readonly',
        'ignore-file': 'infra/.driftignore',
        'disable-ownership-rules': 'CloudFormation, ecs'
      }),
      {}
    )
    expect(inputs).toMatchObject({
      scanUnmanaged: false,
      roleToAssume: 'arn:aws:iam::123456789012:role/audit/drift-readonly',
      ignoreFile: 'infra/.driftignore',
      disabledOwnershipRules: ['cloudformation', 'ecs']
    })
  })

  it.each([
    [{ 'scan-unmanaged': 'maybe' }, "Input 'scan-unmanaged' must be true or false, got 'maybe'."],
    [
      { 'role-to-assume': 'drift-readonly' },
      "Input 'role-to-assume' must be a role ARN such as arn:aws:iam::123456789012:role/drift-readonly; got 'drift-readonly'."
    ]
  ])('rejects %j with one line', (values, message) => {
    expect(() => parseInputs(get(values), {})).toThrow(message)
  })
})

import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import { analyseDirectory } from '../../src/analyse/directory.js'
import { buildReport } from '../../src/report/build.js'
import type { Report } from '../../src/model/report.js'
import { renderAnnotations } from '../../src/render/annotations.js'
import { renderComment } from '../../src/render/comment.js'
import { renderSarif } from '../../src/render/sarif.js'
import { renderText } from '../../src/render/text.js'
import { visibleText } from '../helpers/gfm.js'
import { change, directory, finding, report } from '../helpers/reports.js'

/**
 * A finding's changes read as the same lines in every channel: the PR comment's table, the step
 * log, the annotations and the SARIF log. The report is analysed from terraform's own plan after
 * the drift demo (a rule added in the console, tags edited, a password rotated).
 */

// drift.plan.json: __tests__/fixtures/README.md says how it was made.
const plan = JSON.parse(
  readFileSync(new URL('../fixtures/drift.plan.json', import.meta.url), 'utf8')
) as Plan
const SECRETS = ['demo-initial-secret-VALUE-1', 'rotated-secret-VALUE-2']
const RULE = 'ingress tcp 22 from 0.0.0.0/0 ("temporary debug access")'

function demoReport(p: Plan = plan): Report {
  return buildReport({
    directories: [{ label: 'infra', durationMs: 1, plan: p }].map(analyseDirectory),
    version: '0.1.0',
    run: {},
    now: new Date(0)
  })
}

/** What each channel shows a reader, as text. */
function channels(r: Report): Record<string, string> {
  return {
    comment: visibleText(renderComment(r)),
    log: renderText(r),
    annotations: renderAnnotations(r)
      .map(a => a.message)
      .join('\n'),
    sarif: renderSarif(r)
  }
}

function annotationOf(r: Report, address: string): string {
  return renderAnnotations(r).find(a => a.title.includes(` ${address} `))?.message ?? ''
}

describe('a security group rule added outside Terraform', () => {
  it('reads as one row in the comment, in the group’s own terms', () => {
    const rows = visibleText(renderComment(demoReport()))
      .split('\n')
      .filter(line => line.startsWith('aws_security_group.web |'))
    expect(rows).toEqual([
      'aws_security_group.web | changed ⚠️ · 🔴 critical | ingress[0] | | + tcp 22 from 0.0.0.0/0 ("temporary debug access")'
    ])
  })

  it('reads as one line in the step log, with its sign', () => {
    const log = renderText(demoReport()).split('\n')
    const at = log.findIndex(line => line.includes('aws_security_group.web'))
    expect(log.slice(at + 1).filter(line => line.startsWith('      + '))[0]).toBe(`      + ${RULE}`)
    expect(log.join('\n')).not.toContain('cidr_blocks')
  })

  it('reads as one line in its annotation and its SARIF result', () => {
    const r = demoReport()
    expect(annotationOf(r, 'aws_security_group.web').split('\n')).toContain(`  + ${RULE}`)
    const results = JSON.parse(renderSarif(r)) as {
      runs: { results: { message: { text: string } }[] }[]
    }
    const messages = results.runs[0].results.map(result => result.message.text)
    expect(messages.find(m => m.startsWith('aws_security_group.web '))?.split('\n')).toContain(
      `  + ${RULE}`
    )
  })
})

describe('the same lines everywhere', () => {
  it('shows each changed tag, not the whole map, in the log and the annotations', () => {
    const r = demoReport()
    const expected = [
      '- tags.CostCenter: "web" → null',
      '~ tags.Environment: "demo" → "production"',
      '+ tags.Owner: null → "alice"'
    ]
    const log = renderText(r).split('\n')
    const annotation = annotationOf(r, 'aws_s3_bucket.assets').split('\n')
    for (const line of expected) {
      expect(log).toContain(`      ${line}`)
      expect(annotation).toContain(`  ${line}`)
    }
  })

  it('never shows a rotated secret, only that it changed', () => {
    const leaking = (r: Report) =>
      Object.entries(channels(r))
        .filter(([, text]) => SECRETS.some(secret => text.includes(secret)))
        .map(([name]) => name)
    const r = demoReport()
    expect(leaking(r)).toEqual([])
    expect(renderText(r)).toContain('      ~ value: (sensitive) → (sensitive)')
    expect(annotationOf(r, 'aws_ssm_parameter.db_password')).toContain(
      '  ~ value: (sensitive) → (sensitive)'
    )

    // The check can fail: without terraform's sensitivity marks, nothing redacts the secret.
    const unmarked = JSON.parse(
      JSON.stringify(plan, (key, value: unknown) => (/_sensitive$/.test(key) ? undefined : value))
    ) as Plan
    expect(leaking(demoReport(unmarked))).toEqual(['comment', 'log', 'annotations', 'sarif'])
  })
})

describe('a resource whose every change is one of form', () => {
  it('still has its row and its line, saying so', () => {
    const read = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }
    const compact = JSON.stringify({ Version: '2012-10-17', Statement: [read] })
    const reformatted = JSON.stringify(
      { Statement: [{ ...read, Action: ['s3:GetObject'] }], Version: '2012-10-17' },
      null,
      2
    )
    const r = report([
      directory('infra', [
        finding('aws_s3_bucket_policy.b', [change('policy', compact, reformatted)], {
          severity: 'low',
          severityRule: 'drift',
          concerns: []
        })
      ])
    ])
    const said = 'reformatted only: the same content, written differently'
    const { comment, log, annotations, sarif } = channels(r)
    expect(comment).toContain(`aws_s3_bucket_policy.b | changed · ⚪ low | ${said} | |`)
    expect(log).toContain(
      `  ~ aws_s3_bucket_policy.b  changed outside Terraform  [low]\n      ${said}`
    )
    expect(annotations).toContain(`(state → real):\n  ${said}\n`)
    expect(sarif).toContain(`\\n  ${said}`)
  })
})

describe('the step log', () => {
  const ruleReport = (before: unknown, after: unknown) =>
    report([
      directory('infra', [
        finding('aws_security_group.web', [
          change('ingress[0]', before, after),
          change('description', 'web', 'web servers')
        ])
      ])
    ])
  const rule = { cidr_blocks: ['10.0.0.0/8'], from_port: 443, to_port: 443, protocol: 'tcp' }

  it('colours each sign as a diff does: green added, red removed, yellow changed', () => {
    const added = renderText(ruleReport(null, rule), { colour: true })
    expect(added).toContain('      \u001b[32m+\u001b[0m ingress tcp 443 from 10.0.0.0/8\n')
    expect(added).toContain('      \u001b[33m~\u001b[0m description: "web" → "web servers"')
    const removed = renderText(ruleReport(rule, null), { colour: true })
    expect(removed).toContain('      \u001b[31m-\u001b[0m ingress tcp 443 from 10.0.0.0/8\n')
  })

  it('writes no escape sequence a value holds to the terminal', () => {
    // No space, quote or separator in it: a word that would otherwise be written bare.
    const disk = { device_name: '\u001b[2J\u001b[31mowned', volume_size: 8 }
    const log = renderText(
      report([
        directory('infra', [
          finding('aws_instance.app', [
            change('ebs_block_device[0]', null, disk),
            change('tags.Owner', 'a', '\u001b[31mred')
          ])
        ])
      ])
    )
    expect(log).not.toContain('\u001b')
    expect(log).toContain(
      '      + ebs_block_device device_name="\\u001b[2J\\u001b[31mowned" volume_size=8'
    )
    expect(log).toContain('      ~ tags.Owner: "a" → "\\u001b[31mred"')
  })
})

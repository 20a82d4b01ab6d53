import { describe, expect, it } from '@jest/globals'
import { renderAnnotations, renderCheckRun } from '../../src/render/annotations.js'
import { BODY_LIMIT, fit, SUMMARY_LIMIT } from '../../src/render/budget.js'
import { renderComment } from '../../src/render/comment.js'
import {
  issueTitle,
  renderIssue,
  renderIssueResolved,
  renderIssueReturned
} from '../../src/render/issue.js'
import { directoriesKey, marker } from '../../src/render/markers.js'
import { renderSummary } from '../../src/render/summary.js'
import { change, directory, finding, report } from '../helpers/reports.js'

const openRule = {
  cidr_blocks: ['0.0.0.0/0'],
  description: 'ssh',
  from_port: 22,
  protocol: 'tcp',
  to_port: 22
}

function driftReport() {
  return report([
    directory('infra/prod', [
      finding('aws_security_group.web', [change('ingress[1]', null, openRule)], {
        location: { file: 'infra/prod/main.tf', line: 5 }
      }),
      finding('aws_ssm_parameter.db_password', [
        change('value', '(sensitive)', '(sensitive)', true)
      ]),
      finding('aws_s3_bucket.assets', [
        change('tags.Owner', 'web', '<b>x</b> @someone [click](https://evil.example) | #12')
      ]),
      finding('module.logs.aws_cloudwatch_log_group.this[0]', [], {
        module: 'module.logs',
        location: { file: 'infra/prod/modules/logs/main.tf', line: 9 }
      })
    ])
  ])
}

/** A report whose full rendering is far beyond a comment's limit. */
function hugeReport(findings = 400) {
  const value = 'v'.repeat(150)
  return report([
    directory(
      'infra/big',
      Array.from({ length: findings }, (_, i) =>
        finding(`aws_s3_bucket.b${i}`, [
          change('tags.A', value, `${value}-${i}`),
          change('tags.B', value, `${value}-${i}`)
        ])
      )
    )
  ])
}

describe('renderComment', () => {
  it('leads with a marker, the headline and the counts, then every drifted resource', () => {
    const body = renderComment(driftReport())
    const lines = body.split('\n')
    expect(lines[0]).toBe(marker('comment', directoriesKey(['infra/prod'])))
    expect(body).toContain(
      '## Driftwatch: 🔴 Drift detected: 4 resources changed outside Terraform'
    )
    expect(body).toContain('| Drifted | Changed | Deleted |')
    expect(body).toContain('| 4 | 3 | 1 |')
    expect(body).toContain(
      '<code>module.logs.aws\\_cloudwatch\\_log\\_group.this\\[0\\]</code> | **deleted**'
    )
    expect(body).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)')
    expect(body).toContain('**Coverage:** 1 working directory checked, 7 managed resources.')
  })

  it('makes an ingress opened to the internet readable, above the tables', () => {
    const body = renderComment(driftReport())
    expect(body).toContain('#### ⚠️ Security-relevant drift (2)')
    expect(body).toContain(
      '- <code>aws\\_security\\_group.web</code>: ingress open to 0.0.0.0/0 \\(tcp 22\\)'
    )
    expect(body).toContain(
      '<code>aws\\_ssm\\_parameter.db\\_password</code>: a sensitive value changed'
    )
  })

  it('renders hostile tag values inert: no HTML, no mention, no link, no broken table', () => {
    const body = renderComment(driftReport())
    expect(body).not.toContain('<b>')
    expect(body).not.toMatch(/@someone/)
    expect(body).not.toContain('https://evil.example')
    expect(body).not.toMatch(/#12/)
    const row = body.split('\n').find(line => line.includes('tags.Owner')) ?? ''
    // Five cells: the pipe in the value is escaped, so the row keeps its shape.
    expect(row.replace(/\\\|/g, '').split('|').length).toBe(7)
  })

  it('never shows a sensitive value', () => {
    const body = renderComment(driftReport())
    const row = body.split('\n').find(line => line.includes('<code>value</code>')) ?? ''
    expect(row).toContain('<code>\\(sensitive\\)</code>')
  })

  it('says clean in words when nothing drifted', () => {
    const body = renderComment(report([directory('infra/prod', [])]))
    expect(body).toContain('## Driftwatch: ✅ No drift')
    expect(body).toContain('No drift in 3 managed resources.')
  })

  it('keeps the same digest on a re-run that finds the same drift', () => {
    const first = renderComment(driftReport())
    const rerun = renderComment({
      ...driftReport(),
      generatedAt: '2026-11-25T00:00:00.000Z',
      run: { runUrl: 'https://github.com/o/r/actions/runs/2' }
    })
    const digest = (body: string) => body.split('\n')[2]
    expect(digest(first)).toMatch(/^<!-- driftwatch:digest:[0-9a-f]+ -->$/)
    expect(digest(rerun)).toBe(digest(first))
    expect(digest(renderComment(report([directory('infra/prod', [])])))).not.toBe(digest(first))
  })

  it('truncates a 70,000-character report under the limit, keeping headline and counts', () => {
    const big = hugeReport()
    const full = renderSummary(big)
    expect(full.length).toBeGreaterThan(70_000)

    const body = renderComment(big)
    expect(body.length).toBeLessThan(BODY_LIMIT)
    expect(body).toContain(
      '## Driftwatch: 🔴 Drift detected: 400 resources changed outside Terraform'
    )
    expect(body).toContain('| 400 | 400 | 0 |')
    const more =
      /…and (\d+) more drifted resources not shown here: see the job summary or the report artifact\./.exec(
        body
      )
    expect(more).not.toBeNull()
    const shown = (body.match(/^\| <code>aws\\_s3\\_bucket\.b\d+<\/code>/gm) ?? []).length
    expect(shown + Number(more?.[1])).toBe(400)
    expect(body).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)')
  })

  it('shortens long values before it drops any row', () => {
    const big = hugeReport(100)
    expect(renderSummary(big).length).toBeGreaterThan(BODY_LIMIT)
    const body = renderComment(big)
    expect(body).not.toContain('more drifted resources not shown')
    expect(body).toContain('v…')
  })
})

describe('renderIssue', () => {
  it('names the directories in the title and carries its own marker', () => {
    const r = driftReport()
    const { title, body } = renderIssue(r)
    expect(title).toBe('Driftwatch: infrastructure drift in infra/prod')
    expect(body.split('\n')[0]).toBe(marker('issue', directoriesKey(['infra/prod'])))
    expect(body).toContain('## 🔴 Drift detected')
    expect(body).toContain('Last audit: 2026-11-24T10:00:00.000Z')
  })

  it('stays under the limit for a huge report', () => {
    const { body } = renderIssue(hugeReport())
    expect(body.length).toBeLessThan(BODY_LIMIT)
    expect(body).toContain('| 400 | 400 | 0 |')
  })

  it('explains closing and reopening', () => {
    expect(renderIssueResolved(driftReport())).toMatch(/^✅ The audit of .* found no drift/)
    expect(renderIssueReturned(driftReport())).toContain('found 4 drifted resources')
    const many = report(['a', 'b', 'c', 'd'].map(p => directory(p, [])))
    expect(issueTitle(many)).toBe('Driftwatch: infrastructure drift in a, b, c and 1 more')
  })
})

describe('renderSummary', () => {
  it('stays under 1 MiB, pointing to the JSON report for the rest', () => {
    const summary = renderSummary(hugeReport(3000))
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT)
    expect(summary).toContain('| 3000 | 3000 | 0 |')
    expect(summary).toMatch(/more drifted resources not shown here: see the JSON report file/)
  })
})

describe('renderAnnotations', () => {
  it('annotates each drifted resource at its block, errors for security-relevant drift', () => {
    const annotations = renderAnnotations(driftReport())
    expect(annotations.map(a => [a.level, a.file, a.line])).toEqual([
      ['error', 'infra/prod/main.tf', 5],
      ['error', undefined, undefined],
      ['warning', undefined, undefined],
      ['warning', 'infra/prod/modules/logs/main.tf', 9]
    ])
    expect(annotations[0].title).toBe('Drift: aws_security_group.web changed outside Terraform')
    expect(annotations[0].message).toContain(
      'Security relevant: ingress open to 0.0.0.0/0 (tcp 22).'
    )
    expect(annotations[0].message).toContain('ingress[1]: null → {"cidr_blocks":["0.0.0.0/0"]')
    expect(annotations[1].message).toContain('value: (sensitive) → (sensitive)')
    expect(annotations[3].message).toContain('Deleted outside Terraform')
  })

  it('titles the check run with the counts', () => {
    const r = driftReport()
    expect(renderCheckRun(r, renderAnnotations(r)).title).toBe(
      '4 drifted resources (2 security-relevant, 2 other)'
    )
  })
})

describe('fit', () => {
  it('falls back to the headline alone when even the counts do not fit', () => {
    const text = fit(() => 'x'.repeat(5000), {
      limit: 2000,
      measure: text => text.length,
      totalFindings: 3,
      elsewhere: 'see elsewhere',
      fallback: () => `# headline\n${'y'.repeat(3000)}`
    })
    expect(text).toBe('# headline')
  })
})

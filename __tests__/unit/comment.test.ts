import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import { sameContent } from '../../src/publish/github/comment.js'
import { analyseDirectory } from '../../src/analyse/directory.js'
import { buildReport } from '../../src/report/build.js'
import type { Report } from '../../src/model/report.js'
import { renderAnnotations, renderCheckRun } from '../../src/render/annotations.js'
import { fit, FULL } from '../../src/render/budget.js'
import { renderComment } from '../../src/render/comment.js'
import {
  issueTitle,
  renderIssue,
  renderIssueResolved,
  renderIssueReturned
} from '../../src/render/issue.js'
import { driftTable } from '../../src/render/sections.js'
import { renderSummary } from '../../src/render/summary.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'
import { change, directory, finding, report } from '../helpers/reports.js'

const openRule = {
  cidr_blocks: ['0.0.0.0/0'],
  description: 'ssh',
  from_port: 22,
  protocol: 'tcp',
  to_port: 22
}

/** GitHub's limits, not Driftwatch's: it refuses a longer comment or issue body, or job summary. */
const BODY_LIMIT = 65_536
const SUMMARY_LIMIT = 1024 * 1024

const HEAD = 'c0ffee0000000000000000000000000000000001'
const RUN_URL = 'https://github.com/o/r/actions/runs/1'
const COMMIT_URL = `https://github.com/o/r/commit/${HEAD}`

/** The report of a run on a pull request's head commit. */
function atCommit(r: Report, sha = HEAD): Report {
  return { ...r, run: { ...r.run, sha } }
}

/** The visible table row that starts with `first`. */
function rowOf(body: string, first: string): string {
  return (
    visibleText(body)
      .split('\n')
      .find(line => line.startsWith(`${first} |`)) ?? ''
  )
}

function driftReport() {
  return atCommit(
    report([
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
  )
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
  it('leads with a marker, the headline, the commit and the counts, then every drifted resource', () => {
    const body = renderComment(driftReport())
    // The key finds this comment again on the next run: a change orphans every existing one.
    expect(body.split('\n')[0]).toBe('<!-- driftwatch:comment:da8747bbaad1 -->')
    const text = visibleText(body)
    expect(text).toContain(
      'Driftwatch: 🔴 Drift detected: 4 resources changed outside Terraform (3 changed, 1 deleted)\nTerraform code at commit c0ffee0.'
    )
    expect(body).toContain(`[\`c0ffee0\`](${COMMIT_URL})`)
    expect(text).toContain(
      'Drifted | Changed | Deleted | Pending changes (code) | Errors\n4 | 3 | 1 | 0 | 0'
    )
    expect(rowOf(body, 'module.logs.aws_cloudwatch_log_group.this[0]')).toBe(
      'module.logs.aws_cloudwatch_log_group.this[0] | deleted outside Terraform · 🟡 medium | | |'
    )
    expect(text).toContain('Workflow run')
    expect(text).toContain('Coverage: 1 working directory checked, 7 managed resources.')
    expect(liveMarkup(body, [RUN_URL, COMMIT_URL])).toEqual([])
  })

  it('names no commit when the run has none', () => {
    const body = renderComment(atCommit(driftReport(), ''))
    expect(visibleText(body)).not.toContain('commit')
  })

  it('makes an ingress opened to the internet readable, above the tables', () => {
    const text = visibleText(renderComment(driftReport()))
    expect(text).toContain(
      [
        '⚠️ Security-relevant drift (2)',
        'aws_security_group.web: ingress open to 0.0.0.0/0 (tcp 22)',
        'aws_ssm_parameter.db_password: a sensitive value changed'
      ].join('\n')
    )
  })

  it('reads cleanly as plain text: identifiers in code spans, nothing of ours escaped', () => {
    const body = renderComment(driftReport())
    expect(body).toContain(
      '- `aws_security_group.web`: ingress open to 0.0.0.0/0 (tcp 22)\n- `aws_ssm_parameter.db_password`'
    )
    expect(body).toContain('| `aws_s3_bucket.assets` | changed · ⚪ low | `tags.Owner` | `"web"` |')
    expect(body).not.toMatch(/<code>|\\[_().-]/)
  })

  it('reads a rule added outside Terraform as one row, in the group’s own terms', () => {
    const body = renderComment(driftReport())
    expect(rowOf(body, 'aws_security_group.web')).toBe(
      'aws_security_group.web | changed ⚠️ · 🔴 critical | ingress[1] | | + tcp 22 from 0.0.0.0/0 ("ssh")'
    )
    expect(body).toContain(
      '| `aws_security_group.web` | changed ⚠️ · 🔴 critical | `ingress[1]` |  | + `tcp 22 from 0.0.0.0/0 ("ssh")` |\n'
    )
  })

  it('gives each change its own row: a statement removed and one added, a port range', () => {
    const statement = (Action: string) => ({ Effect: 'Allow', Action, Resource: '*' })
    const policy = (action: string) =>
      JSON.stringify({ Version: '2012-10-17', Statement: [statement(action)] })
    const rows = visibleText(
      renderSummary(
        report([
          directory('infra', [
            finding('aws_iam_role_policy.app', [
              change('policy', policy('s3:GetObject'), policy('s3:*'))
            ]),
            finding('aws_security_group_rule.ssh', [
              change('from_port', 22, 0),
              change('to_port', 22, 65535)
            ])
          ])
        ])
      )
    ).split('\n')
    const at = rows.findIndex(row => row.startsWith('aws_iam_role_policy.app |'))
    expect(rows.slice(at, at + 3)).toEqual([
      'aws_iam_role_policy.app | changed ⚠️ · 🟠 high | policy | - Allow s3:GetObject on * |',
      ' | | policy | | + Allow s3:* on *',
      'aws_security_group_rule.ssh | changed · 🟡 medium | ports | 22 | 0-65535'
    ])
  })

  it('counts the lines past the limit, not the attributes Terraform reported', () => {
    const tags = finding('aws_s3_bucket.b', [change('tags', null, { A: '1', B: '2', C: '3' })])
    const rows = visibleText(driftTable([tags], { ...FULL, changesPerFinding: 1 })).split('\n')
    expect(rows.slice(1)).toEqual([
      'aws_s3_bucket.b | changed · ⚪ low | tags.A | null | "1"',
      ' | | 2 more attributes | |'
    ])
  })

  it('shows hostile tag values as written, inert: no HTML, mention, link or broken table', () => {
    const body = renderComment(driftReport())
    expect(rowOf(body, 'aws_s3_bucket.assets')).toBe(
      'aws_s3_bucket.assets | changed · ⚪ low | tags.Owner | "web" | "<b>x</b> @someone [click](https://evil.example) | #12"'
    )
    expect(liveMarkup(body, [RUN_URL, COMMIT_URL])).toEqual([])
  })

  it('never shows a sensitive value: a rotated secret analysed from a real plan', () => {
    // drift.plan.json: terraform's own plan after the demo's password was rotated in AWS.
    const plan = JSON.parse(
      readFileSync(new URL('../fixtures/drift.plan.json', import.meta.url), 'utf8')
    ) as Plan
    const secrets = ['demo-initial-secret-VALUE-1', 'rotated-secret-VALUE-2']
    const render = (p: Plan) =>
      renderComment(
        buildReport({
          directories: [{ label: 'infra', durationMs: 1, plan: p }].map(analyseDirectory),
          version: '0.1.0',
          run: {},
          now: new Date(0)
        })
      )
    const body = render(plan)
    expect(rowOf(body, 'aws_ssm_parameter.db_password')).toMatch(
      /^aws_ssm_parameter\.db_password \| changed .* \| value \| \(sensitive\) \| \(sensitive\)$/
    )
    for (const secret of secrets) expect(body).not.toContain(secret)

    // The check can fail: without terraform's sensitivity marks, nothing redacts the secret.
    const unmarked = JSON.parse(
      JSON.stringify(plan, (key, value: unknown) => (/_sensitive$/.test(key) ? undefined : value))
    ) as Plan
    expect(render(unmarked)).toContain(secrets[1])
  })

  it('says clean in words when nothing drifted', () => {
    const text = visibleText(renderComment(report([directory('infra/prod', [])])))
    expect(text).toContain('Driftwatch: ✅ No drift')
    expect(text).toContain('No drift in 3 managed resources.')
  })

  it('keeps its digest on a re-run of the same commit, and changes it on a new commit', () => {
    const first = renderComment(driftReport())
    const rerun = renderComment({
      ...driftReport(),
      generatedAt: '2026-11-25T00:00:00.000Z',
      run: { ...driftReport().run, runUrl: 'https://github.com/o/r/actions/runs/2' }
    })
    const pushed = renderComment(
      atCommit(driftReport(), 'beef000000000000000000000000000000000002')
    )
    const digest = (body: string) => body.split('\n')[2]
    expect(digest(first)).toMatch(/^<!-- driftwatch:digest:[0-9a-f]+ -->$/)
    expect(digest(rerun)).toBe(digest(first))
    expect(digest(pushed)).not.toBe(digest(first))
    expect(digest(renderComment(report([directory('infra/prod', [])])))).not.toBe(digest(first))
    // What the publisher decides on: same findings on the same commit edit nothing; a push edits.
    expect(sameContent(first, rerun)).toBe(true)
    expect(sameContent(first, pushed)).toBe(false)
    expect(visibleText(pushed)).toContain('Terraform code at commit beef000.')
  })

  it('truncates a 70,000-character report under the limit, keeping headline and counts', () => {
    const big = hugeReport()
    const full = renderSummary(big)
    expect(full.length).toBeGreaterThan(70_000)

    const body = renderComment(big)
    expect(body.length).toBeLessThan(BODY_LIMIT)
    const text = visibleText(body)
    expect(text).toContain('Driftwatch: 🔴 Drift detected: 400 resources changed outside Terraform')
    expect(text).toContain('400 | 400 | 0 | 0 | 0')
    const more =
      /…and (\d+) more drifted resources not shown here: see the job summary or the report artifact\./.exec(
        text
      )
    expect(more).not.toBeNull()
    const shown = (text.match(/^aws_s3_bucket\.b\d+ \|/gm) ?? []).length
    expect(shown + Number(more?.[1])).toBe(400)
    expect(text).toContain('Workflow run')
  })

  it('shortens long values before it drops any row', () => {
    const big = hugeReport(100)
    expect(renderSummary(big).length).toBeGreaterThan(BODY_LIMIT)
    const text = visibleText(renderComment(big))
    expect(text).not.toContain('more drifted resources not shown')
    expect(text).toContain('v…')
  })
})

describe('renderIssue', () => {
  it('names the directories in the title and carries its own marker', () => {
    const r = driftReport()
    const { title, body } = renderIssue(r)
    expect(title).toBe('Driftwatch: drift in infra/prod')
    expect(body.split('\n')[0]).toBe('<!-- driftwatch:issue:da8747bbaad1 -->')
    const text = visibleText(body)
    expect(text).toMatch(/^🔴 Drift detected/)
    expect(text).toContain('Last audit: 2026-11-24T10:00:00.000Z (Workflow run).')
    expect(liveMarkup(body, [RUN_URL])).toEqual([])
  })

  it('names directories relative to the repository, the root as the root module', () => {
    const title = (...paths: string[]) => issueTitle(report(paths.map(p => directory(p, []))))
    expect(title('.')).toBe('Driftwatch: drift in the root module')
    expect(title('./')).toBe('Driftwatch: drift in the root module')
    expect(title('./network/', 'data')).toBe('Driftwatch: drift in network, data')
    expect(title('a', 'b', 'c', 'd')).toBe('Driftwatch: drift in a, b, c and 1 more')
  })

  it('stays under the limit for a huge report', () => {
    const { body } = renderIssue(hugeReport())
    expect(body.length).toBeLessThan(BODY_LIMIT)
    expect(visibleText(body)).toContain('400 | 400 | 0 | 0 | 0')
  })

  it('explains closing and reopening', () => {
    expect(renderIssueResolved(driftReport())).toMatch(/^✅ The audit of .* found no drift/)
    expect(renderIssueReturned(driftReport())).toContain('found 4 drifted resources')
  })
})

describe('renderSummary', () => {
  it('stays under 1 MiB, pointing to the JSON report for the rest', () => {
    const summary = renderSummary(hugeReport(3000))
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT)
    const text = visibleText(summary)
    expect(text).toContain('3000 | 3000 | 0 | 0 | 0')
    expect(text).toMatch(/more drifted resources not shown here: see the JSON report file/)
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
    expect(annotations[0].message).toContain(
      'Changed outside Terraform (state → real):\n  + ingress tcp 22 from 0.0.0.0/0 ("ssh")\n'
    )
    expect(annotations[1].message).toContain('\n  ~ value: (sensitive) → (sensitive)\n')
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

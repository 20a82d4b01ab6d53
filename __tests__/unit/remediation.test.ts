import { describe, expect, it } from '@jest/globals'
import { parse as parseCodeowners } from 'codeowners-utils'
import { assigneesFor, reviewersFor } from '../../src/analyse/owners.js'
import { decodeRemedyMarker } from '../../src/github/remediation.js'
import { parseOwnersMap } from '../../src/collect/owners.js'
import { parseCommands } from '../../src/inputs/commands.js'
import { parseInput } from '../../src/inputs/options.js'
import type { UnmanagedResource } from '../../src/model/findings.js'
import type { Report } from '../../src/model/report.js'
import {
  planProblem,
  qualifyingFindings,
  resolveTargets,
  withRemediationPulls
} from '../../src/report/remediation.js'
import type { Remedy } from '../../src/model/remedy.js'
import { remedyBranch, rootSlug } from '../../src/render/remediation/branch.js'
import {
  renderOutcomes,
  renderRefusal,
  renderUsage
} from '../../src/render/remediation/commands.js'
import { renderRemedyPullRequest } from '../../src/render/remediation/pull-request.js'
import { addedLines, waiverLine, withWaiver } from '../../src/render/remediation/waiver.js'
import { renderComment } from '../../src/render/comment.js'
import { renderIssue } from '../../src/render/issue.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'
import { change, directory, finding, report, unmanagedInventory } from '../helpers/reports.js'

const TODAY = '2026-11-24'

describe('the /driftwatch commands', () => {
  it('reads adopt, codify, waive and help, one per line, outside code blocks and quotes', () => {
    const body = [
      'Please adopt these:',
      '/driftwatch adopt arn:aws:sqs:eu-west-1:123456789012:jobs sg-0abc',
      '> /driftwatch codify aws_s3_bucket.quoted',
      '```',
      '/driftwatch codify aws_s3_bucket.fenced',
      '```',
      '  /driftwatch codify module.app.aws_s3_bucket.logs["eu"]',
      '/driftwatch waive aws_s3_bucket.logs tags.CostCenter until 2027-01-31: finance migrates this',
      '/driftwatch help'
    ].join('\n')
    expect(parseCommands(body, TODAY).map(p => p.command ?? p.error)).toEqual([
      {
        kind: 'adopt',
        targets: ['arn:aws:sqs:eu-west-1:123456789012:jobs', 'sg-0abc']
      },
      { kind: 'codify', targets: ['module.app.aws_s3_bucket.logs["eu"]'] },
      {
        kind: 'waive',
        target: 'aws_s3_bucket.logs',
        attribute: 'tags.CostCenter',
        until: '2027-01-31',
        reason: 'finance migrates this'
      },
      { kind: 'help' }
    ])
  })

  it('says what is wrong with a malformed command', () => {
    const errors = (line: string) => parseCommands(line, TODAY).map(p => p.error)
    expect(errors('/driftwatch adop x')).toEqual(["'adop' is not a command."])
    expect(errors('/driftwatch adopt')).toEqual(['adopt needs at least one id or address.'])
    expect(errors('/driftwatch codify $(rm -rf /)')).toEqual([
      "'$(rm' is not a resource address such as aws_s3_bucket.logs."
    ])
    expect(errors('/driftwatch waive aws_s3_bucket.logs until 2027-02-30: x')).toEqual([
      "'2027-02-30' is not a date written YYYY-MM-DD."
    ])
    expect(errors('/driftwatch waive aws_s3_bucket.logs until 2026-11-24: x')).toEqual([
      'the waiver must end after today (2026-11-24); got 2026-11-24.'
    ])
    expect(errors('/driftwatch waive aws_s3_bucket.logs until 2027-01-31:  ')).toEqual([
      'waive needs a reason after the colon.'
    ])
    expect(errors('/driftwatch waive aws_s3_bucket.logs tags.${x} until 2027-01-31: r')).toEqual([
      "'tags.${x}' is not an attribute path such as tags.CostCenter."
    ])
    expect(parseCommands('/driftwatch help\n'.repeat(6), TODAY)).toEqual([
      { line: '/driftwatch help', error: 'a comment takes at most 5 commands.' }
    ])
    expect(parseCommands('no command here; /driftwatch in the middle', TODAY)).toEqual([])
  })
})

describe('the remediate inputs', () => {
  it('takes none, adopt, codify or both, and says what else is allowed', () => {
    expect(parseInput('remediate', '')).toEqual([])
    expect(parseInput('remediate', 'none')).toEqual([])
    expect(parseInput('remediate', 'adopt, codify')).toEqual(['adopt', 'codify'])
    expect(() => parseInput('remediate', 'adopt, fix')).toThrow(
      "Input 'remediate' must be none, adopt, codify or 'adopt, codify'; got 'fix'."
    )
    expect(parseInput('remediateMinSeverity', 'high')).toBe('high')
  })
})

describe('branch names', () => {
  it('are one per remedy and root, and keep only safe characters', () => {
    expect(remedyBranch('adopt', './infra/prod/')).toBe('driftwatch/adopt/infra-prod')
    expect(remedyBranch('codify', '.')).toBe('driftwatch/codify/root')
    const hostile = rootSlug('infra/$(touch x)/..lock~^:?*[\\ @{')
    expect(hostile).toMatch(/^[a-z0-9._-]+-[0-9a-f]{8}$/)
    expect(rootSlug('Infra/Prod')).not.toBe(rootSlug('infra/prod'))
    expect(rootSlug('x'.repeat(200)).length).toBeLessThanOrEqual(60)
  })
})

const UNTRUSTED = '@admins #1 <img src=x onerror=alert(1)> [x](https://evil.test) `'

function auditReport(): Report {
  const drifted = finding('aws_s3_bucket.logs', [change('tags.CostCenter', 'a', UNTRUSTED)], {
    changedBy: {
      who: 'AWSReservedSSO_Admin_0123',
      whoKind: 'role',
      session: 'alice@example.com',
      when: '2026-11-20T10:00:00Z',
      action: 'PutBucketTagging',
      console: true,
      source: 's3.amazonaws.com',
      summary: `PutBucketTagging by ${UNTRUSTED} on 2026-11-20 10:00 UTC`
    }
  })
  const base = report([directory('infra/prod', [drifted])])
  const queue: UnmanagedResource = {
    arn: 'arn:aws:sqs:eu-west-1:123456789012:jobs',
    type: 'aws_sqs_queue',
    region: 'eu-west-1',
    id: 'jobs',
    tags: { Team: UNTRUSTED },
    importBlock: { to: 'aws_sqs_queue.jobs', id: 'https://sqs.eu-west-1.amazonaws.com/1/jobs' },
    seenBy: 'tagged',
    severity: 'medium'
  }
  return {
    ...base,
    unmanaged: unmanagedInventory([queue])
  }
}

function adoptRemedy(): Remedy {
  return {
    kind: 'adopt',
    root: 'infra/prod',
    files: [{ path: 'infra/prod/adopted.tf', content: 'resource "aws_sqs_queue" "jobs" {}\n' }],
    addressed: [
      { finding: 'arn:aws:sqs:eu-west-1:123456789012:jobs', address: 'aws_sqs_queue.jobs' }
    ],
    skipped: [{ finding: 'arn:aws:iam::1:role/x', reason: `generated config fails: ${UNTRUSTED}` }],
    plan: {
      import: 1,
      add: 0,
      change: 0,
      destroy: 0,
      resources: [{ address: 'aws_sqs_queue.jobs', action: 'import', remedy: true }]
    }
  }
}

describe('the remediation pull request', () => {
  const audit = auditReport()

  it('says what, why, the plan, what was left out and how to apply, all inert', () => {
    const text = renderRemedyPullRequest(adoptRemedy(), audit, {
      keys: ['unmanaged:arn:aws:sqs:eu-west-1:123456789012:jobs'],
      requestedBy: 'alice'
    })
    expect(text.title).toBe('Driftwatch: adopt 1 unmanaged resource into `infra/prod`')
    const seen = visibleText(text.body)
    expect(seen).toContain('Finding | In the code | Severity | What | Changed by (CloudTrail)')
    expect(seen).toContain(
      'arn:aws:sqs:eu-west-1:123456789012:jobs | aws_sqs_queue.jobs | 🟡 medium | unmanaged aws_sqs_queue |'
    )
    expect(seen).toContain(
      "terraform plan of infra/prod with this branch's files: 1 to import, 0 to add, 0 to change, 0 to destroy."
    )
    expect(seen).toContain('✅ Exactly the 1 resource of this pull request are imported')
    expect(seen).toContain(`arn:aws:iam::1:role/x: generated config fails: ${UNTRUSTED}`)
    expect(seen).toContain('How to apply')
    expect(liveMarkup(text.body, ['https://github.com/o/r/actions/runs/1'])).toEqual([])
    expect(decodeRemedyMarker(text.body)).toEqual({
      kind: 'adopt',
      root: 'infra/prod',
      keys: ['unmanaged:arn:aws:sqs:eu-west-1:123456789012:jobs']
    })
  })

  it('shows who changed a codified finding, and a plan that does not hold', () => {
    const remedy: Remedy = {
      kind: 'codify',
      root: 'infra/prod',
      files: [{ path: 'infra/prod/main.tf', content: '' }],
      addressed: [{ finding: 'aws_s3_bucket.logs' }],
      skipped: [],
      plan: {
        import: 0,
        add: 0,
        change: 1,
        destroy: 0,
        resources: [{ address: 'aws_s3_bucket.logs', action: 'update', remedy: true }]
      }
    }
    expect(planProblem(remedy)).toBe('its validation plan would update aws_s3_bucket.logs')
    const body = renderRemedyPullRequest(remedy, audit, { keys: [] }).body
    const seen = visibleText(body)
    expect(seen).toContain(`PutBucketTagging by ${UNTRUSTED} on 2026-11-20 10:00 UTC`)
    expect(seen).toContain('⚠️ The plan does not do only what this pull request says')
    expect(liveMarkup(body, ['https://github.com/o/r/actions/runs/1'])).toEqual([])
  })
})

describe('selecting findings', () => {
  const audit = auditReport()

  it('takes what qualifies at the least severity, and what a command names', () => {
    expect(qualifyingFindings(audit, 'adopt', 'none')).toEqual([
      { kind: 'unmanaged', name: 'arn:aws:sqs:eu-west-1:123456789012:jobs' }
    ])
    expect(qualifyingFindings(audit, 'adopt', 'high')).toEqual([])
    expect(resolveTargets(audit, 'adopt', ['jobs', 'aws_sqs_queue.jobs', 'nope'])).toEqual({
      selected: [
        { kind: 'unmanaged', name: 'arn:aws:sqs:eu-west-1:123456789012:jobs' },
        { kind: 'unmanaged', name: 'arn:aws:sqs:eu-west-1:123456789012:jobs' }
      ],
      unknown: ['nope']
    })
    expect(resolveTargets(audit, 'codify', ['aws_s3_bucket.logs']).selected).toEqual([
      { kind: 'drift', root: 'infra/prod', address: 'aws_s3_bucket.logs' }
    ])
  })
})

describe('remediation in the audit issue and comment', () => {
  it('links open remediation pull requests and credits a resolved finding to the merged one', () => {
    const base = auditReport()
    const audited: Report = {
      ...base,
      history: {
        kind: 'audit',
        previousAudit: '2026-11-17',
        audits: 2,
        newCount: 0,
        resolved: [
          {
            kind: 'drift',
            directory: 'infra/prod',
            name: 'aws_sns_topic.t',
            firstSeen: '2026-11-10'
          },
          {
            kind: 'unmanaged',
            name: 'arn:aws:sqs:eu-west-1:123456789012:old',
            firstSeen: '2026-11-10'
          }
        ]
      }
    }
    const linked = withRemediationPulls(audited, [
      {
        kind: 'codify',
        root: 'infra/prod',
        keys: ['drift:infra/prod:aws_s3_bucket.logs'],
        number: 31,
        url: 'https://github.test/o/r/pull/31',
        branch: 'driftwatch/codify/infra-prod',
        state: 'open',
        merged: false
      },
      {
        kind: 'adopt',
        root: 'infra/prod',
        keys: ['unmanaged:arn:aws:sqs:eu-west-1:123456789012:old'],
        number: 30,
        url: 'https://github.test/o/r/pull/30',
        branch: 'driftwatch/adopt/infra-prod',
        state: 'closed',
        merged: true
      }
    ])
    for (const body of [renderIssue(linked).body, renderComment(linked)]) {
      const seen = visibleText(body)
      expect(seen).toContain('Open remediation pull requests')
      expect(seen).toContain('#31 writes accepted drift into infra/prod')
      expect(seen).toContain(
        'arn:aws:sqs:eu-west-1:123456789012:old (first seen 2026-11-10) · resolved by #30'
      )
      expect(seen).toContain('aws_sns_topic.t in infra/prod (first seen 2026-11-10)\n')
    }
  })
})

describe('the waiver line', () => {
  it('keeps the reason a comment on one line, and replaces a waiver of the same target', () => {
    const waiver = {
      target: 'aws_s3_bucket.logs',
      attribute: 'tags.CostCenter',
      until: '2027-01-31',
      reason: 'finance\nmigrates\u0000 this'
    }
    expect(waiverLine(waiver)).toBe(
      'aws_s3_bucket.logs tags.CostCenter until 2027-01-31 # finance migrates this'
    )
    const before = 'aws_s3_bucket.old\n'
    const once = withWaiver(before, waiver)
    const twice = withWaiver(once, { ...waiver, until: '2027-03-01', reason: 'later' })
    expect(twice).toBe(
      'aws_s3_bucket.old\naws_s3_bucket.logs tags.CostCenter until 2027-03-01 # later\n'
    )
    expect(addedLines(before, twice)).toEqual([
      'aws_s3_bucket.logs tags.CostCenter until 2027-03-01 # later'
    ])
  })
})

describe('the replies to commands', () => {
  it('quote the command as code and stay inert', () => {
    const line = `/driftwatch adopt ${UNTRUSTED}`
    const bodies = [
      renderUsage([{ line, error: `'${UNTRUSTED}' is not a resource id, ARN or address.` }]),
      renderRefusal('mallory'),
      renderOutcomes([
        { line, error: `${UNTRUSTED} is not an unmanaged resource this audit found` },
        {
          line: '/driftwatch adopt jobs',
          pulls: [
            {
              number: 7,
              url: 'https://github.test/o/r/pull/7',
              action: 'created',
              title: 'Driftwatch: adopt 1 unmanaged resource into `infra/prod`'
            }
          ],
          notes: []
        }
      ])
    ]
    for (const body of bodies)
      expect(liveMarkup(body, ['https://github.test/o/r/pull/7'])).toEqual([])
    expect(visibleText(bodies[0])).toContain(
      '/driftwatch waive <address or id> [attribute] until <YYYY-MM-DD>: <reason>'
    )
    expect(visibleText(bodies[2])).toContain(
      '✅ /driftwatch adopt jobs: opened #7, adopt 1 unmanaged resource into infra/prod'
    )
  })
})

describe('reviewers and assignees', () => {
  it('take the last matching CODEOWNERS line, users and teams, and the first matching owner rule', () => {
    const codeowners = {
      file: '.github/CODEOWNERS',
      entries: parseCodeowners(
        [
          '* @everyone',
          '/infra/ @platform @acme/infra-team dev@example.com',
          '/infra/legacy/'
        ].join('\n')
      )
    }
    expect(reviewersFor(['infra/prod/main.tf'], codeowners)).toEqual({
      users: ['platform'],
      teams: ['infra-team']
    })
    expect(reviewersFor(['infra/legacy/main.tf'], codeowners)).toEqual({ users: [], teams: [] })
    expect(reviewersFor(['README.md'], codeowners)).toEqual({ users: ['everyone'], teams: [] })

    const { map, problems } = parseOwnersMap(
      [
        '"AWSReservedSSO_*/alice@example.com": alice-gh',
        'bob: "@bob-gh"',
        'carol: "not a login!"'
      ].join('\n')
    )
    expect(problems).toEqual([
      ".github/driftwatch-owners.yml: 'carol' does not map to a GitHub login."
    ])
    expect(
      assigneesFor(
        [
          { who: 'AWSReservedSSO_Admin_0123', session: 'Alice@Example.com' },
          { who: 'bob' },
          { who: 'dave' }
        ],
        map
      )
    ).toEqual(['alice-gh', 'bob-gh'])
    expect(parseOwnersMap('a: [').problems[0]).toMatch(
      /^\.github\/driftwatch-owners\.yml line \d+ is not valid YAML\.$/
    )
  })
})

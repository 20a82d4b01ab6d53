import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  commandsBeforeAudit,
  linkRemediations,
  remediateAfterPublish
} from '../../src/action/remediation-steps.js'
import { openRemedyPull, openSession } from '../../src/action/remediation.js'
import type { GitHubClient } from '../../src/github/client.js'
import { createClient } from '../../src/github/client.js'
import { decodeRemedyMarker } from '../../src/github/remediation.js'
import { parseInputs } from '../../src/inputs/options.js'
import type { Inputs } from '../../src/inputs/options.js'
import { publishToGitHub } from '../../src/publish/github/publish.js'
import { Scrubber } from '../../src/redact/sensitive.js'
import type { UnmanagedResource } from '../../src/model/findings.js'
import type { Report } from '../../src/model/report.js'
import type { Remedy, RemedyRunner, SelectedFinding } from '../../src/model/remedy.js'
import { GitHubServer } from '../helpers/github-server.js'
import { validBranch } from '../helpers/github-repo.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'
import { setProcessEnv } from '../helpers/process-env.js'
import { change, directory, finding, report, unmanagedInventory } from '../helpers/reports.js'

/**
 * Remediation pull requests and commands against the GitHub stand-in, through the real Octokit
 * client over HTTP. What reaches the engines and what their remedies become on GitHub is checked
 * here with a stand-in remedy at the RemedyRunner seam (each real engine needs terraform against
 * moto: remediation-round-trip.test.ts runs the Action with the real adopt engine end to end,
 * adopt.test.ts and codify.test.ts each engine); waivers need no engine and run whole.
 */

let server: GitHubServer
let restoreEnv: () => void = () => undefined
const warnings: string[] = []
const infos: string[] = []
const log = {
  info: (m: string) => infos.push(m),
  warning: (m: string) => warnings.push(m)
}

const UNTRUSTED = '@admins #1 <img src=x onerror=alert(1)> ${var.x} %{if} `'
const BASE_FILES = {
  'infra/prod/main.tf': 'resource "aws_s3_bucket" "logs" {}\n',
  'infra/prod/.driftignore': '# accepted drift\n',
  'README.md': '# r\n'
}

function client(): GitHubClient {
  return createClient('test-token', log, {
    GITHUB_API_URL: server.url,
    DRIFTWATCH_RETRY_BASE_MS: '5'
  })
}

/** The repository's checkout: CODEOWNERS and the owners map are read from it. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'driftwatch-checkout-'))
  mkdirSync(join(dir, '.github'))
  writeFileSync(
    join(dir, '.github', 'CODEOWNERS'),
    '* @someone\n/infra/ @platform-lead @acme/infra\n'
  )
  writeFileSync(
    join(dir, '.github', 'driftwatch-owners.yml'),
    '# who CloudTrail names: GitHub login\n"AWSReservedSSO_*/alice@example.com": alice-gh\n'
  )
  return dir
}

function queue(name: string): UnmanagedResource {
  return {
    arn: `arn:aws:sqs:eu-west-1:123456789012:${name}`,
    type: 'aws_sqs_queue',
    region: 'eu-west-1',
    id: name,
    tags: { Team: UNTRUSTED },
    importBlock: {
      to: `aws_sqs_queue.${name}`,
      id: `https://sqs.eu-west-1.amazonaws.com/123456789012/${name}`
    },
    seenBy: 'tagged',
    severity: 'medium',
    changedBy: {
      who: 'AWSReservedSSO_Admin_0123',
      whoKind: 'role',
      session: 'alice@example.com',
      when: '2026-11-20T10:00:00Z',
      action: 'CreateQueue',
      console: true,
      source: 'sqs.amazonaws.com',
      summary:
        'CreateQueue by AWSReservedSSO_Admin_0123/alice@example.com (console) on 2026-11-20 10:00 UTC'
    }
  }
}

function auditReport(): Report {
  const base = report([
    directory('infra/prod', [
      finding('aws_s3_bucket.logs', [change('tags.CostCenter', 'a', UNTRUSTED)])
    ])
  ])
  return {
    ...base,
    run: { ...base.run, event: 'schedule' },
    unmanaged: unmanagedInventory([queue('jobs'), queue('mail')])
  }
}

/**
 * The seam the adopt engine fills: one remedy for infra/prod writing one block per selected
 * queue, its plan importing exactly those. Which findings reach it is what these tests check.
 */
const asked: SelectedFinding[][] = []
const fakeAdopt: RemedyRunner = (kind, findings) => {
  asked.push(findings)
  const names = findings.map(f =>
    f.kind === 'unmanaged' ? (f.name.split(':').pop() ?? '') : f.address
  )
  const remedy: Remedy = {
    kind,
    root: 'infra/prod',
    files: [
      {
        path: 'infra/prod/adopted.tf',
        content: names
          .map(n => `resource "aws_sqs_queue" "${n}" {\n  name = "${n}"\n}\n`)
          .join('\n')
      }
    ],
    addressed: findings.map(f => ({
      finding: f.kind === 'unmanaged' ? f.name : f.address,
      address: `aws_sqs_queue.${f.kind === 'unmanaged' ? f.name.split(':').pop() : ''}`
    })),
    skipped: [],
    plan: {
      import: names.length,
      add: 0,
      change: 0,
      destroy: 0,
      resources: names.map(n => ({
        address: `aws_sqs_queue.${n}`,
        action: 'import' as const,
        remedy: true
      }))
    }
  }
  return Promise.resolve([remedy])
}

beforeAll(async () => {
  server = await GitHubServer.start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.reset()
  server.repo.seed(BASE_FILES)
  for (const login of ['alice', 'platform-lead', 'alice-gh']) server.addCollaborator(login, 'write')
  server.addCollaborator('maintainer', 'maintain')
  warnings.length = 0
  infos.length = 0
  asked.length = 0
})

afterEach(() => restoreEnv())

const target = { owner: 'o', repo: 'r' }

/** What remedies of an audit publish with: the stand-in's repository and a checkout. */
function auditSession() {
  return openSession(client(), target, auditReport(), new Scrubber(), log, checkout())
}
const ADOPT_BRANCH = 'driftwatch/adopt/infra-prod'

describe('a remedy as its pull request', () => {
  it('creates the branch and pull request, then updates the same ones: one pull request, the ref force-moved', async () => {
    const session = await auditSession()
    const first = await openRemedyPull(
      session,
      (
        await fakeAdopt(
          'adopt',
          [{ kind: 'unmanaged', name: 'arn:aws:sqs:eu-west-1:123456789012:jobs' }],
          session.report
        )
      )[0]
    )
    expect(first).toMatchObject({ action: 'created', branch: ADOPT_BRANCH })
    expect(server.repo.files(ADOPT_BRANCH)).toEqual({
      ...BASE_FILES,
      'infra/prod/adopted.tf': 'resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n'
    })

    const both = (
      await fakeAdopt(
        'adopt',
        ['jobs', 'mail'].map(n => ({
          kind: 'unmanaged' as const,
          name: `arn:aws:sqs:eu-west-1:123456789012:${n}`
        })),
        session.report
      )
    )[0]
    const second = await openRemedyPull(session, both)
    expect(second).toMatchObject({ action: 'updated', number: first.number, branch: ADOPT_BRANCH })
    expect(server.pullRequests()).toHaveLength(1)
    expect(server.repo.files(ADOPT_BRANCH)?.['infra/prod/adopted.tf']).toContain('"mail"')
    // Rebuilt on the base: one commit above main, not a growing history.
    expect(server.repo.depth(ADOPT_BRANCH)).toBe(2)
    const moves = server.requests.filter(
      r =>
        r.method === 'PATCH' &&
        decodeURIComponent(r.path).endsWith(`/git/refs/heads/${ADOPT_BRANCH}`)
    )
    expect(moves.map(r => r.body)).toEqual([{ sha: expect.any(String), force: true }])

    const pull = server.pullRequests()[0]
    expect(pull.title).toBe('Driftwatch: adopt 2 unmanaged resources into `infra/prod`')
    expect(visibleText(pull.body)).toContain('2 to import, 0 to add, 0 to change, 0 to destroy.')
    expect(decodeRemedyMarker(pull.body)?.keys).toEqual([
      'unmanaged:arn:aws:sqs:eu-west-1:123456789012:jobs',
      'unmanaged:arn:aws:sqs:eu-west-1:123456789012:mail'
    ])

    // Reviewers from the last CODEOWNERS line matching infra/prod/adopted.tf; the assignee is
    // the login the owners map gives the SSO session CloudTrail named.
    expect(pull.requestedReviewers).toEqual(['platform-lead'])
    expect(pull.requestedTeams).toEqual(['infra'])
    expect(pull.assignees).toEqual(['alice-gh'])

    const writes = server.writes().length
    expect(await openRemedyPull(session, both)).toMatchObject({
      action: 'unchanged',
      number: first.number
    })
    // Blobs and a tree are written to compare; no commit, ref or pull request changes.
    expect(
      server
        .writes()
        .slice(writes)
        .filter(w => !/git\/(blobs|trees)$/.test(w))
    ).toEqual([])
  })
})

/** The Action's environment for a comment on the audit issue, and the comment in the stand-in. */
function comment(body: string, user: string): { issue: number; commentId: number; inputs: Inputs } {
  const issue = server.addIssue({
    title: 'Driftwatch: drift in infra/prod',
    body: '<!-- driftwatch:issue:abc123 -->\n\n## Drift'
  })
  const stored = server.addComment(issue.number, body, user)
  const dir = mkdtempSync(join(tmpdir(), 'driftwatch-event-'))
  const eventPath = join(dir, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'created',
      comment: { id: stored.id, body, user: { login: user, type: 'User' } },
      issue: { number: issue.number, body: issue.body },
      repository: { full_name: 'o/r' }
    })
  )
  restoreEnv = setProcessEnv({
    GITHUB_EVENT_NAME: 'issue_comment',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: server.url,
    GITHUB_WORKSPACE: checkout(),
    DRIFTWATCH_RETRY_BASE_MS: '5'
  })
  const inputs = parseInputs(name => (name === 'github-token' ? 'test-token' : ''), process.env)
  return { issue: issue.number, commentId: stored.id, inputs }
}

/** Driftwatch's replies on an issue: comments by the bot. */
function replies(issue: number): string[] {
  return server
    .commentsOn(issue)
    .filter(c => c.user === 'github-actions[bot]')
    .map(c => visibleText(c.body))
}

async function command(body: string, user = 'alice', runner: RemedyRunner = fakeAdopt) {
  const { issue, commentId, inputs } = comment(body, user)
  const step = await commandsBeforeAudit(inputs, log)
  if (step.audit && step.request)
    await remediateAfterPublish(auditReport(), inputs, new Scrubber(), step.request, log, runner)
  const reacted = server.comments.find(c => c.id === commentId)?.reactions ?? []
  return { step, issue, reacted, replies: replies(issue) }
}

describe('commands in a comment', () => {
  it('from a user with write permission: 👀, the pull request, and a reply linking it', async () => {
    const run = await command('/driftwatch adopt jobs')
    expect(run.reacted).toEqual(['eyes'])
    expect(run.step.audit).toBe(true)
    expect(server.pullRequests()).toHaveLength(1)
    const pull = server.pullRequests()[0]
    expect(visibleText(pull.body)).toContain('Asked for by alice.')
    expect(run.replies).toHaveLength(1)
    expect(run.replies[0]).toContain(
      `✅ /driftwatch adopt jobs: opened #${pull.number}, adopt 1 unmanaged resource into infra/prod`
    )
    const permission = server.requests.find(r => r.path.endsWith('/collaborators/alice/permission'))
    expect(permission?.status).toBe(200)
  })

  it('a second command adds to the same pull request', async () => {
    await command('/driftwatch adopt jobs')
    const second = await command('/driftwatch adopt mail', 'maintainer')
    expect(server.pullRequests()).toHaveLength(1)
    // What the open pull request held goes to the engine again, with what is new.
    expect(
      asked
        .at(-1)
        ?.map(f => (f.kind === 'unmanaged' ? f.name : f.address))
        .sort()
    ).toEqual([
      'arn:aws:sqs:eu-west-1:123456789012:jobs',
      'arn:aws:sqs:eu-west-1:123456789012:mail'
    ])
    expect(second.replies[0]).toContain(`updated #${server.pullRequests()[0].number}`)
  })

  it('from a user who can only read: a polite refusal, and nothing else happens', async () => {
    const run = await command('/driftwatch adopt jobs', 'stranger')
    expect(run.step).toEqual({ audit: false })
    expect(run.reacted).toEqual(['eyes'])
    expect(run.replies).toHaveLength(1)
    expect(run.replies[0]).toContain(
      'Driftwatch only runs commands from people with write, maintain or admin permission'
    )
    expect(server.pullRequests()).toEqual([])
    expect(server.writes().filter(w => /\/git\/|\/pulls/.test(w))).toEqual([])
  })

  it('malformed: the usage, saying what was wrong, and no audit', async () => {
    const run = await command('/driftwatch adopt\n/driftwatch waive x until tomorrow: y')
    expect(run.step).toEqual({ audit: false })
    expect(run.replies[0]).toContain('/driftwatch adopt: adopt needs at least one id or address.')
    expect(run.replies[0]).toContain("'tomorrow' is not a date written YYYY-MM-DD.")
    expect(run.replies[0]).toContain('/driftwatch codify <address>...')
    expect(server.pullRequests()).toEqual([])
  })

  it('naming what the audit did not find: exactly that, and no pull request', async () => {
    const run = await command('/driftwatch adopt nope')
    expect(run.replies[0]).toContain(
      '❌ /driftwatch adopt nope: nope is not an unmanaged resource this audit found; nothing was changed.'
    )
    expect(server.pullRequests()).toEqual([])
  })

  it('waive: the line in the root ignore file, a second waiver in the same pull request, all inert', async () => {
    await command(
      `/driftwatch waive aws_s3_bucket.logs tags.CostCenter until 2099-01-31: finance ${UNTRUSTED}`
    )
    const second = await command(
      '/driftwatch waive arn:aws:sqs:eu-west-1:123456789012:jobs until 2099-02-01: legacy queue'
    )
    const pulls = server.pullRequests()
    expect(pulls).toHaveLength(1)
    const branch = 'driftwatch/waive/infra-prod'
    expect(pulls[0].head).toBe(branch)
    expect(validBranch(branch)).toBe(true)
    expect(server.repo.files(branch)?.['infra/prod/.driftignore']).toBe(
      [
        '# accepted drift',
        `aws_s3_bucket.logs tags.CostCenter until 2099-01-31 # finance ${UNTRUSTED}`,
        'arn:aws:sqs:eu-west-1:123456789012:jobs until 2099-02-01 # legacy queue',
        ''
      ].join('\n')
    )
    expect(pulls[0].title).toBe('Driftwatch: waive 2 findings in `infra/prod`')
    expect(liveMarkup(pulls[0].body, ['https://github.com/o/r/actions/runs/1'])).toEqual([])
    expect(visibleText(pulls[0].body)).toContain(`finance ${UNTRUSTED}`)
    expect(decodeRemedyMarker(pulls[0].body)?.keys.sort()).toEqual([
      'drift:infra/prod:aws_s3_bucket.logs',
      'unmanaged:arn:aws:sqs:eu-west-1:123456789012:jobs'
    ])
    expect(second.replies[0]).toContain(`updated #${pulls[0].number}`)
    for (const c of server.comments)
      expect(
        liveMarkup(c.user === 'github-actions[bot]' ? c.body : '', [
          `https://github.test/o/r/pull/${pulls[0].number}`,
          'https://github.com/o/r/actions/runs/1'
        ])
      ).toEqual([])
  })

  it('with a token without contents: write: one warning naming it, and a reply saying so', async () => {
    server.denied.add('contents')
    const run = await command(
      '/driftwatch waive aws_s3_bucket.logs until 2099-01-31: later\n/driftwatch adopt jobs'
    )
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(
      'the token lacks the `contents: write` permission (HTTP 403: Resource not accessible by integration)'
    )
    expect(run.replies[0]).toContain(
      "the workflow's token lacks the contents: write permission (HTTP 403)"
    )
    expect(run.replies[0]).toContain(
      '/driftwatch adopt jobs: not run: the token lacks the contents: write permission.'
    )
    expect(server.pullRequests()).toEqual([])
  })
})

describe('an audit with remediate', () => {
  it('publishes the findings, and a token without contents: write is one warning', async () => {
    restoreEnv = setProcessEnv({
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: undefined,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: server.url,
      GITHUB_WORKSPACE: checkout(),
      DRIFTWATCH_RETRY_BASE_MS: '5'
    })
    server.denied.add('contents')
    const inputs = parseInputs(
      name => ({ 'github-token': 'test-token', remediate: 'adopt' })[name] ?? '',
      process.env
    )
    const audit = auditReport()
    await publishToGitHub(
      {
        comment: { marker: '<!-- driftwatch:comment:abc -->', body: 'unused' },
        issues: [
          {
            marker: '<!-- driftwatch:issue:abc123 -->',
            state: 'findings',
            texts: {
              title: 'Driftwatch: drift in infra/prod',
              body: '<!-- driftwatch:issue:abc123 -->\n\nfindings',
              resolved: '',
              returned: ''
            }
          }
        ],
        check: { name: 'Driftwatch', title: '', summary: '', conclusion: 'neutral' },
        annotations: [],
        annotationOverflow: false
      },
      inputs,
      { eventName: 'schedule', owner: 'o', repo: 'r', fromFork: false },
      log,
      () => client()
    )
    await remediateAfterPublish(audit, inputs, new Scrubber(), undefined, log, fakeAdopt)
    expect(server.auditIssues()).toHaveLength(1)
    expect(asked).toHaveLength(1)
    expect(warnings).toEqual([
      expect.stringContaining('the token lacks the `contents: write` permission')
    ])
    expect(server.pullRequests()).toEqual([])
  })
})

describe('the next audit', () => {
  it('links the open remediation pull request, and credits the merged one with what it resolved', async () => {
    const session = await auditSession()
    const jobs = { kind: 'unmanaged' as const, name: 'arn:aws:sqs:eu-west-1:123456789012:jobs' }
    const adopted = await openRemedyPull(
      session,
      (await fakeAdopt('adopt', [jobs], session.report))[0]
    )
    server.mergePull(adopted.number)
    const waived = await command('/driftwatch waive aws_s3_bucket.logs until 2099-01-31: later')
    const open = server.pullRequests().find(p => p.state === 'open')
    expect(waived.replies[0]).toContain(`opened #${open?.number}`)
    restoreEnv()
    // The next audit: a scheduled one, which keeps the audit issue.
    restoreEnv = setProcessEnv({
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: undefined,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: server.url,
      DRIFTWATCH_RETRY_BASE_MS: '5'
    })

    const later: Report = {
      ...auditReport(),
      history: {
        kind: 'audit',
        previousAudit: '2026-11-17',
        audits: 3,
        newCount: 0,
        resolved: [{ kind: 'unmanaged', name: jobs.name, firstSeen: '2026-11-10' }]
      }
    }
    const inputs = parseInputs(name => (name === 'github-token' ? 'test-token' : ''), process.env)
    const [linked] = await linkRemediations([later], inputs, log)
    expect(linked.remediation?.open).toEqual([
      {
        number: open?.number,
        url: `https://github.test/o/r/pull/${open?.number}`,
        kind: 'waive',
        root: 'infra/prod'
      }
    ])
    expect(linked.history?.resolved[0].resolvedBy).toEqual({
      number: adopted.number,
      url: `https://github.test/o/r/pull/${adopted.number}`
    })
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startMoto } from '../../scripts/lib/moto.mjs'
import type { MotoServer } from '../../scripts/lib/moto.d.mts'
import {
  createUnmanagedBucket,
  driftDemo,
  INITIAL_SECRET,
  ROTATED_SECRET
} from '../../scripts/lib/tamper.mjs'
import { REPO_ROOT } from '../helpers/action.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'
import { GitHubServer } from '../helpers/github-server.js'
import type { Workspace } from '../helpers/publish-env.js'
import {
  HEAD_SHA,
  runFor,
  setLogRetention,
  TOKEN,
  workflowAnnotations,
  workspace
} from '../helpers/publish-env.js'

/**
 * The pull request workflow end to end: real Terraform on moto, the bundled action, the real
 * Octokit client and the stand-in GitHub server. One comment per pull request over any number of
 * re-runs, edited in place, saying clean once the drift is reconciled.
 */

const PREFIX = 'dw-pr'
let moto: MotoServer
let github: GitHubServer
let ws: Workspace
const PR = 12
/** The only links a comment may carry: the workflow run and the commit it reflects. */
const LINKS = [
  'https://github.test/o/r/actions/runs/4242',
  `https://github.test/o/r/commit/${HEAD_SHA}`
]

const pr = (inputs: Record<string, string> = {}, number = PR, fork = false) =>
  runFor(ws, github.url, { name: 'pull_request', number, fork }, inputs)

/** The line of a block in the demo, so edits to the example do not break the test. */
function lineOf(block: string, file = 'main.tf'): number {
  const lines = readFileSync(join(REPO_ROOT, 'examples', 'demo', file), 'utf8').split('\n')
  return lines.findIndex(line => line.startsWith(block)) + 1
}

function ourComments(number = PR) {
  return github.commentsOn(number).filter(c => c.body.startsWith('<!-- driftwatch:comment:'))
}

/** Every byte sent to GitHub, for leak checks. */
function sentToGitHub(): string {
  return github.requests.map(r => JSON.stringify(r.body ?? '')).join('\n')
}

beforeAll(async () => {
  moto = await startMoto()
  github = await GitHubServer.start()
  ws = await workspace(join(REPO_ROOT, 'examples', 'demo'), moto.endpoint, { name_prefix: PREFIX })
})

afterAll(async () => {
  await github?.stop()
  await moto?.stop()
})

describe('pull request comment', () => {
  it('first run with drift creates one comment a reviewer can act on', async () => {
    github.addPullRequest(PR)
    // Opens SSH to the world, rotates the password, retags the bucket, deletes a topic.
    await driftDemo(PREFIX, { endpoint: moto.endpoint })
    // A resource inside the local module: its annotation belongs in the module's file.
    await setLogRetention(moto.endpoint, `/${PREFIX}/audit`, 1)

    const run = await pr()
    expect(run.code).toBe(1)
    expect(run.outputs['drift-detected']).toBe('true')

    const comments = ourComments()
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    const text = visibleText(body)
    expect(text).toMatch(/^Driftwatch: 🔴 Drift detected: \d+ resources changed outside Terraform/)
    // The pull request's head commit, not the merge commit GitHub ran on, linked.
    expect(text).toContain(`Terraform code at commit ${HEAD_SHA.slice(0, 7)}.`)
    expect(liveMarkup(body, LINKS)).toEqual([])
    expect(text).toContain('Drifted | Changed | Deleted |')
    // The opened ingress, in words, above the tables.
    expect(text).toMatch(/^aws_security_group\.web: .*ingress.*0\.0\.0\.0\/0.*22/m)
    // The deleted topic is called out as deleted.
    expect(text).toContain('aws_sns_topic.alerts["billing"] | deleted outside Terraform')
    // The rotated secret is a changed sensitive value, never the value.
    expect(text).toMatch(/^aws_ssm_parameter\.db_password: .*sensitive value/m)
    expect(body).toContain('[Workflow run](https://github.test/o/r/actions/runs/4242)')
    expect(sentToGitHub()).not.toContain(ROTATED_SECRET)
    expect(sentToGitHub()).not.toContain(INITIAL_SECRET)

    // Every request carried the token.
    expect(github.requests.every(r => r.headers.authorization === `token ${TOKEN}`)).toBe(true)

    // Annotations at the resource blocks, relative to the repository root.
    const annotations = workflowAnnotations(run.stdout).filter(a => a.title?.startsWith('Drift:'))
    expect(annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'infra/demo/main.tf',
        line: lineOf('resource "aws_security_group" "web"'),
        title: 'Drift: aws_security_group.web changed outside Terraform'
      })
    )
    expect(annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        file: 'infra/demo/main.tf',
        line: lineOf('resource "aws_sns_topic" "alerts"'),
        title: 'Drift: aws_sns_topic.alerts["billing"] deleted outside Terraform'
      })
    )
    expect(annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        file: 'infra/demo/modules/log-groups/main.tf',
        line: lineOf('resource "aws_cloudwatch_log_group" "this"', 'modules/log-groups/main.tf'),
        title: 'Drift: module.logs.aws_cloudwatch_log_group.this[1] changed outside Terraform'
      })
    )
    // The summary and outputs come first; they do not depend on the API.
    expect(run.summary).toContain('Drift detected')
  })

  it('a re-run that finds the same drift leaves the comment alone', async () => {
    const before = ourComments()[0]
    github.requests.length = 0
    const run = await pr()
    expect(run.code).toBe(1)
    expect(github.writes()).toEqual([])
    expect(ourComments()).toEqual([before])
    expect(run.stdout).toContain('Pull request comment unchanged')
  })

  it('a re-run with other findings edits the same comment in place', async () => {
    await createUnmanagedBucket(
      `${PREFIX}-console-made`,
      { Owner: '<b>x</b> @someone' },
      {
        endpoint: moto.endpoint
      }
    )
    github.requests.length = 0
    const run = await pr({ 'scan-unmanaged': 'true' })
    expect(run.code).toBe(1)
    expect(github.writes()).toEqual([`PATCH /repos/o/r/issues/comments/${ourComments()[0].id}`])
    const [comment] = ourComments()
    expect(ourComments()).toHaveLength(1)
    // Unmanaged resources, folded away with their import blocks; the hostile tag is inert.
    expect(comment.body).toMatch(/<details><summary>\d+ unmanaged resources?, with import blocks/)
    const text = visibleText(comment.body)
    expect(text).toContain(`id = "${PREFIX}-console-made"`)
    expect(text).toContain('Owner=<b>x</b> @someone')
    expect(liveMarkup(comment.body, LINKS)).toEqual([])
  })

  it('after the drift is reconciled, the same comment says there is no drift', async () => {
    await ws.reconcile()
    github.requests.length = 0
    const run = await pr()
    expect(run.code).toBe(0)
    const comments = ourComments()
    expect(comments).toHaveLength(1)
    expect(visibleText(comments[0].body)).toMatch(/^Driftwatch: ✅ No drift/)
    expect(github.writes()).toEqual([`PATCH /repos/o/r/issues/comments/${comments[0].id}`])
    expect(workflowAnnotations(run.stdout).filter(a => a.title?.startsWith('Drift:'))).toEqual([])
  })

  it('keeps one comment per pull request: another pull request gets its own', async () => {
    github.addPullRequest(13)
    await pr({}, 13)
    expect(ourComments(13)).toHaveLength(1)
    expect(ourComments(PR)).toHaveLength(1)
  })
})

describe('when GitHub says no', () => {
  it('a read-only token (fork pull request): a warning naming the permission; findings decide', async () => {
    github.addPullRequest(20)
    await driftDemo(`${PREFIX}`, { endpoint: moto.endpoint }).catch(() => undefined)
    github.readOnly = true
    try {
      const run = await pr({ 'fail-on': 'never' }, 20, true)
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(
        /^::warning::Driftwatch could not comment on pull request #20: the token lacks the `pull-requests: write` permission \(HTTP 403: Resource not accessible by integration\)/m
      )
      expect(run.stdout).toContain('Pull requests from forks get a read-only token')
      expect(run.summary).toContain('Drift detected')
      expect(run.outputs['drift-detected']).toBe('true')
      expect(ourComments(20)).toHaveLength(0)

      // With fail-on left at its default, the drift alone fails the step, as without the 403.
      const failing = await pr({}, 20, true)
      expect(failing.code).toBe(1)
      expect(failing.stdout).toMatch(/^::error::Drift detected in \d+ resources/m)
    } finally {
      github.readOnly = false
    }
  })

  it('a 5xx that persists: a warning, and the findings are still in summary, outputs and report', async () => {
    github.addPullRequest(22)
    github.failNext('POST', /\/issues\/22\/comments$/, 503, 100)
    const run = await pr({}, 22)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::warning::Driftwatch could not comment on pull request #22 \(HTTP 503: Server Error\), even after retrying/m
    )
    expect(run.summary).toContain('Drift detected')
    expect(run.outputs['drifted-count']).not.toBe('0')
    expect(run.everything).toContain('"drift"')
  })
})

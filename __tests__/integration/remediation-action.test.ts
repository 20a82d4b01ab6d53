import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startMoto } from '../../scripts/lib/moto.mjs'
import type { MotoServer } from '../../scripts/lib/moto.d.mts'
import { retagBucket } from '../../scripts/lib/tamper.mjs'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'
import { GitHubServer } from '../helpers/github-server.js'
import type { Workspace } from '../helpers/publish-env.js'
import { githubEnv, TOKEN, workspace } from '../helpers/publish-env.js'

/**
 * The bundled Action on `issue_comment`, as a runner starts it: a waive command on the audit
 * issue runs the audit (terraform against moto), then opens the waiver's pull request on the
 * GitHub stand-in and replies; a comment without a command runs nothing; a token without
 * `contents: write` is one warning, with the findings in the job summary all the same.
 */

const PREFIX = 'dw-remedy'
let moto: MotoServer
let github: GitHubServer
let ws: Workspace

const COMMAND =
  '/driftwatch waive aws_s3_bucket.assets tags.Environment until 2099-01-31: moving @ops to #12'

/** A comment by `user` on the audit issue, and the Action's run for its event. */
async function commentRun(
  body: string,
  user = 'alice'
): Promise<{ run: ActionRun; issue: number; commentId: number }> {
  const issue = github.addIssue({
    title: 'Driftwatch: drift in infra/demo',
    body: '<!-- driftwatch:issue:0123456789ab -->\n\n## Drift',
    labels: ['drift']
  })
  const comment = github.addComment(issue.number, body, user)
  const env = githubEnv(ws, github.url, { name: 'workflow_dispatch' })
  const eventPath = join(ws.dir, '..', `${PREFIX}-comment-${comment.id}.json`)
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'created',
      comment: { id: comment.id, body, user: { login: user, type: 'User' } },
      issue: { number: issue.number, body: issue.body },
      repository: { full_name: 'o/r', default_branch: 'main' }
    })
  )
  const run = await runAction({
    cwd: ws.dir,
    env: { ...ws.env, ...env, GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: eventPath },
    inputs: {
      'working-directory': ws.root,
      'github-token': TOKEN,
      'terraform-init': 'false',
      'scan-unmanaged': 'false',
      attribution: 'never'
    }
  })
  return { run, issue: issue.number, commentId: comment.id }
}

function replies(issue: number): string[] {
  return github
    .commentsOn(issue)
    .filter(c => c.user === 'github-actions[bot]')
    .map(c => c.body)
}

beforeAll(async () => {
  moto = await startMoto()
  github = await GitHubServer.start()
  ws = await workspace(join(REPO_ROOT, 'examples', 'demo'), moto.endpoint, { name_prefix: PREFIX })
  await retagBucket(`${PREFIX}-assets`, { Environment: 'production' }, { endpoint: moto.endpoint })
})

afterAll(async () => {
  await github?.stop()
  await moto?.stop()
})

beforeEach(() => {
  github.reset()
  github.repo.seed({ 'infra/demo/main.tf': '# the demo root\n' })
  github.addCollaborator('alice', 'write')
})

describe('the Action on a comment', () => {
  it('without a command: nothing runs, nothing is written', async () => {
    const { run } = await commentRun('Looks good to me, @ops.')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'nothing to do on this comment (the comment has no /driftwatch command)'
    )
    expect(run.stdout).not.toContain('Planning')
    expect(github.writes()).toEqual([])
  })

  it('waive: 👀, the audit, the waiver pull request, a reply linking it; the step passes', async () => {
    const { run, issue, commentId } = await commentRun(COMMAND)
    expect(run.code).toBe(0)
    expect(github.comments.find(c => c.id === commentId)?.reactions).toEqual(['eyes'])
    expect(run.summary).toContain('aws_s3_bucket.assets')
    const [pull] = github.pullRequests()
    expect(pull).toMatchObject({ head: 'driftwatch/waive/infra-demo', base: 'main', state: 'open' })
    expect(github.repo.files(pull.head)).toEqual({
      'infra/demo/main.tf': '# the demo root\n',
      'infra/demo/.driftignore':
        'aws_s3_bucket.assets tags.Environment until 2099-01-31 # moving @ops to #12\n'
    })
    expect(pull.title).toBe('Driftwatch: waive 1 finding in `infra/demo`')
    expect(liveMarkup(pull.body, ['https://github.test/o/r/actions/runs/4242'])).toEqual([])
    const [reply] = replies(issue)
    expect(visibleText(reply)).toContain(
      `✅ ${COMMAND}: opened #${pull.number}, waive 1 finding in infra/demo`
    )
    expect(
      liveMarkup(reply, [
        `https://github.test/o/r/pull/${pull.number}`,
        'https://github.test/o/r/actions/runs/4242'
      ])
    ).toEqual([])
  })

  it('with a token without contents: write: one warning naming it, the findings in the summary', async () => {
    github.denied.add('contents')
    const { run, issue } = await commentRun(COMMAND)
    expect(run.code).toBe(0)
    const warnings = run.stdout.split('\n').filter(line => line.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(
      'the token lacks the `contents: write` permission (HTTP 403: Resource not accessible by integration)'
    )
    expect(run.summary).toContain('aws_s3_bucket.assets')
    expect(github.pullRequests()).toEqual([])
    expect(visibleText(replies(issue)[0])).toContain(
      "the workflow's token lacks the contents: write permission (HTTP 403)"
    )
  })
})

import { AddTagsToResourceCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { startMoto } from '../../scripts/lib/moto.mjs'
import type { MotoServer } from '../../scripts/lib/moto.d.mts'
import { openSecurityGroup } from '../../scripts/lib/tamper.mjs'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT } from '../helpers/action.js'
import { GitHubServer } from '../helpers/github-server.js'
import type { Workspace } from '../helpers/publish-env.js'
import { HEAD_SHA, runFor, workflowAnnotations, workspace } from '../helpers/publish-env.js'

/**
 * A big drift: 60 parameters redescribed and retagged and 12 security groups opened to the world.
 * More annotations than workflow commands show go to a check run, 50 per request; a report far
 * beyond GitHub's body limit still makes one comment, cut below the limit with headline and
 * counts intact.
 */

const PREFIX = 'dw-many'
const PARAMETERS = 60
const GROUPS = 12
let moto: MotoServer
let github: GitHubServer
let ws: Workspace
let run: ActionRun

async function tamper(endpoint: string): Promise<void> {
  const ssm = new SSMClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  })
  try {
    for (let i = 0; i < PARAMETERS; i++) {
      const name = `/${PREFIX}/setting-${i}`
      await ssm.send(
        // Same value (the provider marks `value` sensitive, which would make this security drift).
        new PutParameterCommand({
          Name: name,
          Value: `initial-${i}`,
          Description: `edited by hand ${'x'.repeat(300)}`,
          Type: 'String',
          Overwrite: true
        })
      )
      await ssm.send(
        new AddTagsToResourceCommand({
          ResourceType: 'Parameter',
          ResourceId: name,
          Tags: Array.from({ length: 10 }, (_, t) => ({
            Key: `note${t}`,
            Value: `${t}-${'y'.repeat(120)}`
          }))
        })
      )
    }
  } finally {
    ssm.destroy()
  }
  for (let i = 0; i < GROUPS; i++)
    await openSecurityGroup(`${PREFIX}-service-${i}`, 3389, { endpoint })
}

const driftAnnotations = (r: ActionRun) =>
  workflowAnnotations(r.stdout).filter(a => a.title?.startsWith('Drift:'))

beforeAll(async () => {
  moto = await startMoto()
  github = await GitHubServer.start()
  ws = await workspace(join(REPO_ROOT, '__tests__', 'fixtures', 'roots', 'many'), moto.endpoint, {
    name_prefix: PREFIX
  })
  await tamper(moto.endpoint)
  github.addPullRequest(5)
  run = await runFor(ws, github.url, { name: 'pull_request', number: 5 })
})

afterAll(async () => {
  await github?.stop()
  await moto?.stop()
})

describe('annotations beyond what workflow commands show', () => {
  it('sends the first 10 errors and 10 warnings as workflow commands, at their lines', () => {
    expect(run.outputs['drifted-count']).toBe(String(PARAMETERS + GROUPS))
    const annotations = driftAnnotations(run)
    expect(annotations.filter(a => a.level === 'error')).toHaveLength(10)
    expect(annotations.filter(a => a.level === 'warning')).toHaveLength(10)
    for (const a of annotations) expect(a.file).toBe('infra/many/main.tf')
    expect(annotations.find(a => a.level === 'error')).toMatchObject({
      line: 46,
      title: 'Drift: aws_security_group.service[0] changed outside Terraform'
    })
    expect(annotations.find(a => a.level === 'warning')?.line).toBe(33)
  })

  it('publishes every annotation in one check run on the pull request head, 50 per request', () => {
    expect(github.checkRuns).toHaveLength(1)
    const [check] = github.checkRuns
    expect(check).toMatchObject({
      name: 'Driftwatch',
      headSha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure'
    })
    expect(check.batches).toEqual([50, PARAMETERS + GROUPS - 50])
    expect(check.annotations.filter(a => a.annotation_level === 'failure')).toHaveLength(GROUPS)
    expect(new Set(check.annotations.map(a => a.path))).toEqual(new Set(['infra/many/main.tf']))
    expect(check.title).toBe('72 drifted resources (12 security-relevant, 60 other)')
  })
})

describe('a report far beyond the body limit', () => {
  it('still makes one comment under 65,536 characters, headline and counts first', () => {
    expect(run.summary.length).toBeGreaterThan(100_000)
    const comments = github.commentsOn(5)
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain(
      '## Driftwatch: 🔴 Drift detected: 72 resources changed outside Terraform'
    )
    expect(body).toContain('| 72 | 72 | 0 | 0 | 0 |')
    const more =
      /…and (\d+) more drifted resources not shown here: see the job summary or the report artifact\./.exec(
        body
      )
    expect(more).not.toBeNull()
    expect(body).toContain('[Workflow run](https://github.test/o/r/actions/runs/4242)')
  })
})

describe('opting out', () => {
  it('annotations: false sends none, and no check run', async () => {
    const before = github.checkRuns.length
    const quiet = await runFor(
      ws,
      github.url,
      { name: 'pull_request', number: 5 },
      { annotations: 'false' }
    )
    expect(driftAnnotations(quiet)).toEqual([])
    expect(github.checkRuns).toHaveLength(before)
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { startMoto } from '../../scripts/lib/moto.mjs'
import type { MotoServer } from '../../scripts/lib/moto.d.mts'
import { createUnmanagedQueue } from '../../scripts/lib/tamper.mjs'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import type { AwsStandIn } from '../helpers/aws-standin.js'
import { startAwsStandIn, writingCalls } from '../helpers/aws-standin.js'
import { GitHubServer } from '../helpers/github-server.js'
import { plannedChanges } from '../helpers/planned-changes.js'
import type { Workspace } from '../helpers/publish-env.js'
import { githubEnv, TOKEN, workspace } from '../helpers/publish-env.js'

/**
 * The round trip of a remediation pull request, as a scheduled run makes it: a queue made by
 * hand in moto → the bundled Action with `remediate: adopt` audits, runs the adopt engine and
 * opens its pull request on the GitHub stand-in → the test puts the pull request branch's files
 * into a copy of the root and plans there → the plan imports exactly what the body promised, and
 * changes nothing else. Every AWS request of the run, the Action's and its terraform's, passes
 * a recorder in front of moto: Driftwatch itself only reads the account.
 */

const PREFIX = 'dw-roundtrip'
const HOME = 'us-east-1'
const QUEUE = `aws_sqs_queue.${PREFIX}-jobs`

let moto: MotoServer
let github: GitHubServer
let ws: Workspace
let run: ActionRun
let recorder: AwsStandIn

const rootDir = () => join(ws.dir, ws.root)

beforeAll(async () => {
  moto = await startMoto()
  github = await GitHubServer.start()
  ws = await workspace(join(REPO_ROOT, '__tests__', 'roots', 'adopt'), moto.endpoint, {
    name_prefix: PREFIX
  })
  await createUnmanagedQueue(`${PREFIX}-jobs`, {}, { endpoint: moto.endpoint, region: HOME })
  // The repository as the default branch holds it: the root's code, not its state.
  github.repo.seed(
    Object.fromEntries(
      ['main.tf', 'terraform.tfvars'].map(name => [
        `${ws.root}/${name}`,
        readFileSync(join(rootDir(), name), 'utf8')
      ])
    )
  )
  recorder = await startAwsStandIn(moto.endpoint)
  run = await runAction({
    cwd: ws.dir,
    env: {
      ...ws.env,
      ...githubEnv(ws, github.url, { name: 'schedule' }),
      AWS_ENDPOINT_URL: recorder.url
    },
    inputs: {
      'working-directory': ws.root,
      'github-token': TOKEN,
      'terraform-init': 'false',
      'aws-regions': HOME,
      attribution: 'never',
      'fail-on': 'never',
      remediate: 'adopt'
    }
  })
}, 400_000)

afterAll(async () => {
  await recorder?.close()
  await github?.stop()
  await moto?.stop()
})

describe('a remediation pull request from the Action (remediate: adopt)', () => {
  it('opens one pull request whose branch plans in a copy of the root exactly what its body promises', async () => {
    expect(run.stdout).not.toContain('::warning::')
    expect(run.code).toBe(0)
    const pulls = github.pullRequests()
    expect(pulls.map(p => [p.head, p.state])).toEqual([['driftwatch/adopt/infra-adopt', 'open']])
    const [pull] = pulls
    expect(pull.body).toContain('**1 to import, 0 to add, 0 to change, 0 to destroy.**')
    expect(pull.body).toContain(QUEUE)

    // The branch's files over a copy of the root (its state and providers included).
    const files = github.repo.files(pull.head) ?? {}
    const copy = mkdtempSync(join(tmpdir(), 'driftwatch-pr-'))
    cpSync(rootDir(), copy, { recursive: true, verbatimSymlinks: true })
    const written = Object.keys(files).filter(path => path.startsWith(`${ws.root}/`))
    expect(written.sort()).toEqual([
      `${ws.root}/adopted.tf`,
      `${ws.root}/main.tf`,
      `${ws.root}/terraform.tfvars`
    ])
    for (const path of written) writeFileSync(join(copy, relative(ws.root, path)), files[path])

    expect(await plannedChanges(copy, ws.env)).toEqual([[QUEUE, 'no-op', true]])
  })

  it('only reads the account: every AWS request of the run, terraform included, is a List, Describe, Get or Lookup, or STS', () => {
    const operations = new Set(recorder.calls.map(call => `${call.service}:${call.action}`))
    // The run went through the recorder: the plan's refresh, the listing and the adopt engine's
    // plan of the import all read the queue.
    expect(operations).toContain('sqs:GetQueueAttributes')
    expect(operations).toContain('sqs:ListQueues')
    expect(writingCalls(recorder.calls)).toEqual([])
  })
})

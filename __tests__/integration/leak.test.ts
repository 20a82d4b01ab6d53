import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { AddTagsToResourceCommand, SSMClient } from '@aws-sdk/client-ssm'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import { rotateSecret } from '../../scripts/lib/tamper.mjs'
import type { ActionRun } from '../helpers/action.js'
import type { CliRun } from '../helpers/action.js'
import { REPO_ROOT, runCli } from '../helpers/action.js'
import { GitHubServer } from '../helpers/github-server.js'
import type { Workspace } from '../helpers/publish-env.js'
import { runFor, workflowAnnotations, workspace } from '../helpers/publish-env.js'

/**
 * The leak hunt: secrets planted where Terraform keeps them (a sensitive attribute, a sensitive
 * variable from tfvars and one from its default, a sensitive output, a value rotated outside
 * Terraform, a tag holding a sensitive variable and retagged by hand), then every channel a user
 * or GitHub sees is searched for any of them: stdout, stderr, the job summary, the step outputs,
 * the JSON report, the SARIF log, the annotations, the comment, the issue, the check run, and the
 * CLI. Also when terraform itself fails mid-plan with a message that quotes a secret.
 */

const PREFIX = 'dw-leak'
const SECRETS = {
  tfvars: 'LEAK-TFVARS-7f3a9c',
  variableDefault: 'LEAK-DEFAULT-2b8e1d',
  rotated: 'LEAK-ROTATED-5c0d4e',
  retagged: 'LEAK-RETAG-9d1f0a'
}
const ALL = Object.values(SECRETS)

let moto: MotoServer
let github: GitHubServer
let ws: Workspace

/** Every place a secret could reach, as one text: what the runner shows and what GitHub got. */
function channels(run: ActionRun, files: string[] = []): string {
  return [
    // ::add-mask:: lines register secrets with the runner; that is where they belong.
    run.stdout.replace(/^::add-mask::.*$/gm, ''),
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    run.everything.replace(/^::add-mask::.*$/gm, ''),
    ...files.map(file => readFileSync(file, 'utf8')),
    ...github.requests.map(request => JSON.stringify(request.body ?? '')),
    JSON.stringify([...github.issues.values()]),
    JSON.stringify(github.checkRuns)
  ].join('\n')
}

function expectNoSecret(text: string): void {
  for (const secret of ALL) expect(text).not.toContain(secret)
  // Nor a telltale part of one (a secret cut by clipping or escaping).
  expect(text).not.toMatch(/LEAK-[A-Z]+-[0-9a-f]{3}/)
}

function cli(args: string[]): Promise<CliRun> {
  return runCli(args, { cwd: ws.dir, env: ws.env })
}

beforeAll(async () => {
  moto = await startMoto()
  github = await GitHubServer.start()
  ws = await workspace(join(REPO_ROOT, '__tests__', 'roots', 'leak'), moto.endpoint, {
    prefix: PREFIX,
    param_secret: SECRETS.tfvars
  })
  const target = { endpoint: moto.endpoint, region: 'us-east-1' }
  await rotateSecret(`/${PREFIX}/secret`, SECRETS.rotated, target)
  const ssm = new SSMClient({
    endpoint: moto.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  })
  await ssm.send(
    new AddTagsToResourceCommand({
      ResourceType: 'Parameter',
      ResourceId: `/${PREFIX}/tagged`,
      Tags: [{ Key: 'Token', Value: SECRETS.retagged }]
    })
  )
  ssm.destroy()
})

afterAll(async () => {
  await github?.stop()
  await moto?.stop()
})

describe('no secret reaches any channel', () => {
  it('on a pull request: comment, annotations, check run, summary, outputs, JSON and SARIF', async () => {
    github.reset()
    const pr = github.addPullRequest(7)
    const sarif = join(ws.dir, 'leak.sarif')
    const run = await runFor(
      ws,
      github.url,
      { name: 'pull_request', number: pr },
      {
        'sarif-path': sarif,
        annotations: 'true',
        publish: 'comment'
      }
    )
    expect(run.code).toBe(1)
    // The drift was found and reported, redacted: the test is not passing on an empty report.
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
      directories: { drift: { address: string; changes: { path: string; after: unknown }[] }[] }[]
    }
    const drift = Object.fromEntries(report.directories[0].drift.map(d => [d.address, d]))
    expect(drift['aws_ssm_parameter.secret'].changes).toContainEqual(
      expect.objectContaining({ path: 'value', after: '(sensitive)' })
    )
    expect(drift['aws_ssm_parameter.tagged']).toBeDefined()
    expect(github.commentsOn(pr)).toHaveLength(1)
    expect(workflowAnnotations(run.stdout).length).toBeGreaterThan(0)
    // Every secret the plan knows was registered with the runner's log masking.
    expect(run.masked).toEqual(expect.arrayContaining([SECRETS.tfvars, SECRETS.rotated]))
    expectNoSecret(channels(run, [sarif]))
  })

  it('on a schedule: the audit issue', async () => {
    github.reset()
    const run = await runFor(ws, github.url, { name: 'schedule' }, { publish: 'issue' })
    expect(run.code).toBe(1)
    expect(github.issues.size).toBe(1)
    expectNoSecret(channels(run))
  })

  it('when terraform fails mid-plan with a message that quotes a secret', async () => {
    github.reset()
    const pr = github.addPullRequest(8)
    const run = await runFor(
      ws,
      github.url,
      { name: 'pull_request', number: pr },
      {
        'plan-args': '-var fail=true',
        publish: 'comment'
      }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::.*terraform plan failed in 'infra\/leak': Error: Resource precondition failed Refusing to plan: the stored secret is \(sensitive\)\./m
    )
    expectNoSecret(channels(run))
  })

  it('from the local CLI, text and JSON, when it works and when terraform fails', async () => {
    const sarif = join(ws.dir, 'cli.sarif')
    const text = await cli([ws.root, '--no-unmanaged', '--no-init', '--sarif', sarif])
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('aws_ssm_parameter.secret')
    const json = await cli([ws.root, '--no-unmanaged', '--no-init', '--json'])
    const failed = await cli([ws.root, '--no-unmanaged', '--no-init', '--plan-args=-var fail=true'])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('Refusing to plan: the stored secret is (sensitive).')
    expectNoSecret(
      [text, json, failed].map(r => r.stdout + r.stderr).join('\n') + readFileSync(sarif, 'utf8')
    )
  })
})

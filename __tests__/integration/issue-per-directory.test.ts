import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { startMoto } from '../../scripts/lib/moto.mjs'
import type { MotoServer } from '../../scripts/lib/moto.d.mts'
import { retagBucket } from '../../scripts/lib/tamper.mjs'
import { REPO_ROOT } from '../helpers/action.js'
import { visibleText } from '../helpers/gfm.js'
import { GitHubServer } from '../helpers/github-server.js'
import type { StoredIssue } from '../helpers/github-server.js'
import type { Workspace } from '../helpers/publish-env.js'
import { runFor, workspace } from '../helpers/publish-env.js'

/**
 * `issue-per: directory` (issue 13): two roots in one repository, each with its own audit issue
 * and its own history, opened, updated and closed on its own.
 */

const FIRST = 'dw-per-a'
const SECOND = 'dw-per-b'
let moto: MotoServer
let github: GitHubServer
let ws: Workspace

const target = () => ({ endpoint: moto.endpoint })
const audit = () =>
  runFor(
    ws,
    github.url,
    { name: 'schedule' },
    { 'working-directory': 'infra/demo\ninfra/second', 'issue-per': 'directory' }
  )

const auditIssues = (): StoredIssue[] => github.auditIssues()

function byTitle(title: string): StoredIssue {
  const found = auditIssues().filter(i => i.title === title)
  expect(found).toHaveLength(1)
  return found[0]
}

const states = (issue: StoredIssue) =>
  github.commentsOn(issue.number).filter(c => c.body.includes('<!-- driftwatch:state:'))

beforeAll(async () => {
  moto = await startMoto()
  github = await GitHubServer.start()
  const demo = join(REPO_ROOT, 'examples', 'demo')
  ws = await workspace(demo, moto.endpoint, { name_prefix: FIRST })
  // A second root, applied with its own names, then placed beside the first (state and all).
  const second = await workspace(demo, moto.endpoint, { name_prefix: SECOND })
  cpSync(join(second.dir, second.root), join(ws.dir, 'infra', 'second'), { recursive: true })
})

afterAll(async () => {
  await github?.stop()
  await moto?.stop()
})

describe('one audit issue per directory', () => {
  it('drift in both roots opens two issues, each with its own history', async () => {
    await retagBucket(`${FIRST}-assets`, { Environment: 'production' }, target())
    await retagBucket(`${SECOND}-assets`, { Environment: 'staging' }, target())
    const run = await audit()
    expect(run.code).toBe(1)
    expect(auditIssues()).toHaveLength(2)
    const first = byTitle('Driftwatch: drift in infra/demo')
    const second = byTitle('Driftwatch: drift in infra/second')
    for (const issue of [first, second]) expect(states(issue)).toHaveLength(1)
    expect(visibleText(first.body)).toMatch(/tags\.Environment \| "demo" \| "production"/)
    expect(visibleText(first.body)).not.toContain('staging')
    expect(visibleText(second.body)).toMatch(/tags\.Environment \| "demo" \| "staging"/)
  })

  it('a fix in one root closes its issue alone; the other is updated and ages', async () => {
    await retagBucket(`${SECOND}-assets`, { Environment: 'demo' }, target())
    const run = await audit()
    expect(run.code).toBe(1)
    const first = byTitle('Driftwatch: drift in infra/demo')
    const second = byTitle('Driftwatch: drift in infra/second')
    expect(first.state).toBe('open')
    expect(second.state).toBe('closed')
    expect(visibleText(first.body)).toMatch(/since \d{4}-\d\d-\d\d, 2 audits/)
    expect(states(first)).toHaveLength(1)
    expect(states(second)).toHaveLength(1)
  })
})

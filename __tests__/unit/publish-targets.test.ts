import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readEventContext, readRunContext } from '../../src/action/context.js'
import { parseInput } from '../../src/inputs/options.js'
import { publishTargets } from '../../src/publish/github/context.js'
import { issueState } from '../../src/action/results.js'
import { directoriesKey } from '../../src/github/markers.js'
import { retryBaseMs } from '../../src/github/client.js'
import { change, directory, finding, report } from '../helpers/reports.js'

describe('publish input', () => {
  it('defaults to auto and accepts comment and issue together', () => {
    expect(parseInput('publish', '')).toEqual(['auto'])
    expect(parseInput('publish', 'Comment, issue')).toEqual(['comment', 'issue'])
    expect(parseInput('publish', 'none')).toEqual(['none'])
  })

  it.each([
    [
      'sometimes',
      "Input 'publish' must be auto, comment, issue, 'comment, issue' or none; got 'sometimes'."
    ],
    [
      'auto, issue',
      "Input 'publish' takes auto or none alone; list only comment and issue together."
    ]
  ])('rejects %s with one line saying what to change', (value, message) => {
    expect(() => parseInput('publish', value)).toThrow(message)
  })

  it('takes one issue label', () => {
    expect(parseInput('issueLabel', '')).toBe('drift')
    expect(parseInput('issueLabel', ' infra drift ')).toBe('infra drift')
    expect(() => parseInput('issueLabel', 'a,b')).toThrow(/one label name/)
  })
})

describe('publishTargets', () => {
  it.each([
    ['pull_request', { comment: true, issue: false }],
    ['pull_request_target', { comment: true, issue: false }],
    ['schedule', { comment: false, issue: true }],
    ['workflow_dispatch', { comment: false, issue: true }],
    ['push', { comment: false, issue: false }]
  ])('auto on %s', (event, targets) => {
    expect(publishTargets(['auto'], event)).toEqual(targets)
  })

  it('follows an explicit choice whatever the trigger', () => {
    expect(publishTargets(['issue'], 'pull_request')).toEqual({ comment: false, issue: true })
    expect(publishTargets(['comment', 'issue'], 'push')).toEqual({ comment: true, issue: true })
    expect(publishTargets(['none'], 'pull_request')).toEqual({ comment: false, issue: false })
  })
})

describe('readEventContext', () => {
  it('takes the pull request number and head commit, and knows a fork', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'event-'))
    const path = join(dir, 'event.json')
    await writeFile(
      path,
      JSON.stringify({
        pull_request: {
          number: 9,
          head: { sha: 'head', repo: { full_name: 'someone/r' } },
          base: { repo: { full_name: 'o/r' } }
        }
      })
    )
    const env = {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path,
      GITHUB_SHA: 'merge'
    }
    // The report names the commit the pull request's comment reflects: the head, not the merge.
    expect(readRunContext(env).sha).toBe('head')
    const context = await readEventContext(env)
    expect(context).toEqual({
      eventName: 'pull_request',
      owner: 'o',
      repo: 'r',
      pullNumber: 9,
      headSha: 'head',
      fromFork: true
    })
  })

  it('uses GITHUB_SHA without a pull request, and nothing outside a repository', async () => {
    expect(
      await readEventContext({
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_SHA: 's'
      })
    ).toEqual({ eventName: 'schedule', owner: 'o', repo: 'r', headSha: 's', fromFork: false })
    expect(readRunContext({ GITHUB_SHA: 's' }).sha).toBe('s')
    expect(await readEventContext({})).toBeUndefined()
  })
})

describe('issueState', () => {
  it('opens on findings, closes when clean, and leaves things be when a directory failed', () => {
    expect(
      issueState(report([directory('a', [finding('aws_s3_bucket.b', [change('tags.A', 1, 2)])])]))
    ).toBe('findings')
    expect(issueState(report([directory('a', [])]))).toBe('clean')
    expect(issueState(report([directory('a', [], { status: 'error', error: 'boom' })]))).toBe(
      'incomplete'
    )
  })
})

describe('directoriesKey', () => {
  it('is the same for the same set of directories however they are written', () => {
    expect(directoriesKey(['./infra/prod/', 'infra/staging'])).toBe(
      directoriesKey(['infra/staging', 'infra/prod'])
    )
    expect(directoriesKey(['.'])).toBe(directoriesKey(['./']))
    expect(directoriesKey(['infra/prod'])).not.toBe(directoriesKey(['infra/staging']))
  })
})

describe('retryBaseMs', () => {
  it('is one second unless DRIFTWATCH_RETRY_BASE_MS says otherwise', () => {
    expect(retryBaseMs({})).toBe(1000)
    expect(retryBaseMs({ DRIFTWATCH_RETRY_BASE_MS: '5' })).toBe(5)
    expect(retryBaseMs({ DRIFTWATCH_RETRY_BASE_MS: 'soon' })).toBe(1000)
  })
})

import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IgnoreSubject } from '../../src/analyse/ignore.js'
import { expiredWaivers, isIgnored, unusedRules } from '../../src/analyse/ignore.js'
import { parseIgnoreFile } from '../../src/collect/driftignore.js'
import { loadIgnoreFiles } from '../../src/collect/ignore-files.js'
import { UserError } from '../../src/errors.js'
import { withWaiver } from '../../src/render/remediation/waiver.js'
import { thrown } from '../helpers/thrown.js'

const bucket = (name: string, tags: Record<string, string> = {}): IgnoreSubject => ({
  arn: `arn:aws:s3:::${name}`,
  type: 'aws_s3_bucket',
  ids: [name],
  tags
})
const queue: IgnoreSubject = {
  arn: 'arn:aws:sqs:eu-west-1:123456789012:jobs.fifo',
  type: 'aws_sqs_queue',
  ids: ['https://sqs.eu-west-1.amazonaws.com/123456789012/jobs.fifo', 'jobs.fifo'],
  tags: { Owner: 'legacy-team' }
}
const natGateway: IgnoreSubject = {
  arn: 'arn:aws:ec2:eu-west-1:123456789012:natgateway/nat-1',
  type: 'ec2:natgateway',
  ids: ['nat-1'],
  tags: {}
}

const ignores = (text: string, subject: IgnoreSubject) =>
  isIgnored([parseIgnoreFile(text, '.driftignore')], subject)

describe('ignore file syntax', () => {
  it('matches one resource by type and id', () => {
    expect(ignores('aws_s3_bucket.logs', bucket('logs'))).toBe(true)
    expect(ignores('aws_s3_bucket.logs', bucket('logs-2'))).toBe(false)
    expect(ignores('aws_sqs_queue.logs', bucket('logs'))).toBe(false)
  })

  it('matches every resource of a type with type.*', () => {
    expect(ignores('aws_s3_bucket.*', bucket('anything'))).toBe(true)
    expect(ignores('aws_s3_bucket.*', queue)).toBe(false)
  })

  it('takes * as a wildcard in ids and types, and a lone * as everything', () => {
    expect(ignores('aws_s3_bucket.legacy-*', bucket('legacy-2019'))).toBe(true)
    expect(ignores('aws_s3_bucket.legacy-*', bucket('new-legacy'))).toBe(false)
    expect(ignores('aws_s3_*.*', bucket('x'))).toBe(true)
    expect(ignores('*', queue)).toBe(true)
    expect(ignores('*', natGateway)).toBe(true)
  })

  it('reads a one-part rule against the type or the id, as driftctl does', () => {
    expect(ignores('aws_s3_bucket', bucket('x'))).toBe(true)
    expect(ignores('legacy-*', bucket('legacy-1'))).toBe(true)
    expect(ignores('legacy-*', bucket('new'))).toBe(false)
  })

  it('matches the import id (driftctl) or the short name, with escaped dots', () => {
    expect(ignores('aws_sqs_queue.jobs\\.fifo', queue)).toBe(true)
    expect(
      ignores('aws_sqs_queue.https://sqs\\.eu-west-1\\.amazonaws\\.com/123456789012/*', queue)
    ).toBe(true)
  })

  it('matches types Terraform has no name for by service:resourceType', () => {
    expect(ignores('ec2:natgateway.*', natGateway)).toBe(true)
  })

  it('lets later lines win, negations included', () => {
    expect(ignores('aws_s3_bucket.*\n!aws_s3_bucket.keep', bucket('keep'))).toBe(false)
    expect(ignores('aws_s3_bucket.*\n!aws_s3_bucket.keep', bucket('other'))).toBe(true)
    expect(ignores('!aws_s3_bucket.keep\naws_s3_bucket.*', bucket('keep'))).toBe(true)
    expect(ignores('!aws_s3_bucket.keep', bucket('keep'))).toBe(false)
  })

  it('matches ARN globs', () => {
    expect(ignores('arn:aws:s3:::legacy-*', bucket('legacy-logs'))).toBe(true)
    expect(ignores('arn:aws:s3:::legacy-*', bucket('logs'))).toBe(false)
    expect(ignores('arn:aws:sqs:*:123456789012:*', queue)).toBe(true)
    expect(ignores('arn:aws:sqs:us-east-1:*:*', queue)).toBe(false)
  })

  it('matches tag rules with exact or glob values', () => {
    expect(ignores('tag:Owner=legacy-team', queue)).toBe(true)
    expect(ignores('tag:Owner=legacy-*', queue)).toBe(true)
    expect(ignores('tag:Owner=*', queue)).toBe(true)
    expect(ignores('tag:Owner=legacy', queue)).toBe(false)
    expect(ignores('tag:Team=*', queue)).toBe(false)
    expect(
      ignores(
        'tag:aws:cloudformation:stack-name=web',
        bucket('x', { 'aws:cloudformation:stack-name': 'web' })
      )
    ).toBe(true)
  })

  it('negates ARN and tag rules too', () => {
    const text = 'tag:Owner=*\n!arn:aws:sqs:*:*:*'
    expect(ignores(text, queue)).toBe(false)
    expect(ignores(text, bucket('x', { Owner: 'bob' }))).toBe(true)
  })

  it('skips comments and blank lines, and trims', () => {
    const file = parseIgnoreFile('# buckets\n\n   aws_s3_bucket.x   \n\t# more\n', 'f')
    expect(file.rules).toHaveLength(1)
    expect(file.rules[0].line).toBe(3)
  })

  it('accepts driftctl field rules but never widens them to the whole resource', () => {
    const file = parseIgnoreFile('aws_s3_bucket.logs.tags.Owner\n', '.driftignore')
    expect(isIgnored([file], bucket('logs'))).toBe(false)
    expect(unusedRules([file])).toEqual(['.driftignore:1'])
  })

  it('ignores when any one of several files ignores, each read on its own', () => {
    const a = parseIgnoreFile('aws_s3_bucket.*\n!aws_s3_bucket.keep', 'a/.driftignore')
    const b = parseIgnoreFile('aws_s3_bucket.keep', 'b/.driftignore')
    expect(isIgnored([a], bucket('keep'))).toBe(false)
    expect(isIgnored([a, b], bucket('keep'))).toBe(true)
    expect(isIgnored([], bucket('keep'))).toBe(false)
  })
})

describe('waivers: a rule with a last day', () => {
  const TODAY = '2026-12-07'
  const parse = (text: string) => parseIgnoreFile(text, 'infra/.driftignore', TODAY)

  it('ignores the resource up to and including its last day', () => {
    for (const until of ['2026-12-07', '2027-01-31']) {
      const file = parse(`aws_s3_bucket.logs until ${until} # finance migrates this`)
      expect(isIgnored([file], bucket('logs'))).toBe(true)
      expect(isIgnored([file], bucket('logs-2'))).toBe(false)
      expect(file.expired).toEqual([])
    }
  })

  it('leaves out a waiver whose day has passed, with a warning naming the file, line and day', () => {
    const file = parse('# waivers\naws_s3_bucket.logs until 2026-12-06 # finance migrates this')
    expect(isIgnored([file], bucket('logs'))).toBe(false)
    expect(file.rules).toEqual([])
    expect(expiredWaivers([file])).toEqual([
      'infra/.driftignore:2: the waiver ended on 2026-12-06, so what it named counts again: aws_s3_bucket.logs until 2026-12-06 # finance migrates this'
    ])
  })

  it('accepts a waiver of an attribute of drift, and lists it as not applying to unmanaged resources', () => {
    const file = parse('aws_s3_bucket.logs tags.CostCenter until 2027-01-31 # reason')
    expect(isIgnored([file], bucket('logs'))).toBe(false)
    expect(unusedRules([file])).toEqual(['infra/.driftignore:1'])
  })

  it('refuses a day that is not one, and a negated waiver', () => {
    const refused = (text: string) => thrown(() => parse(text))
    expect(refused('aws_sqs_queue.x until 2027-02-30').message).toBe(
      "infra/.driftignore:1: '2027-02-30' is not a day: a waiver ends on a day written YYYY-MM-DD"
    )
    expect(refused('aws_sqs_queue.x until soon').message).toBe(
      "infra/.driftignore:1: 'soon' is not a day: a waiver ends on a day written YYYY-MM-DD"
    )
    expect(refused('!aws_sqs_queue.x until 2027-01-31').message).toBe(
      'infra/.driftignore:1: a waiver cannot be a negation'
    )
  })

  it('reads the line the waive command writes, hostile reason included', () => {
    const written = withWaiver('aws_s3_bucket.keep\n', {
      target: 'aws_s3_bucket.logs',
      until: '2027-01-31',
      reason: 'ok # ${x} %{y}\naws_s3_bucket.*'
    })
    const file = parse(written)
    expect(isIgnored([file], bucket('logs'))).toBe(true)
    // The reason stays a comment: its text makes no rule of its own.
    expect(isIgnored([file], bucket('other'))).toBe(false)
    expect(file.rules.map(rule => rule.line)).toEqual([1, 2])
  })
})

describe('invalid ignore lines', () => {
  it.each([
    ['!', ".driftignore:1: '!' needs a rule after it"],
    ['aws_s3_bucket.', ".driftignore:1: 'aws_s3_bucket.' has an empty part"],
    ['.my-bucket', ".driftignore:1: '.my-bucket' has an empty part"],
    ['aws s3 bucket.x', ".driftignore:1: 'aws s3 bucket' is not a resource type"],
    ['arn:aws:s3', ".driftignore:1: 'arn:aws:s3' is not an ARN glob"],
    ['tag:Owner', '.driftignore:1: a tag rule needs a value: write tag:Owner=value'],
    ['tag:=x', '.driftignore:1: a tag rule needs a key'],
    ['aws_s3_bucket.x\\', '.driftignore:1: a line cannot end with an unescaped backslash'],
    ['Owner=legacy', ".driftignore:1: 'Owner=legacy' is not a resource type"]
  ])('%j fails with its file and line', (line, message) => {
    expect(() => parseIgnoreFile(line, '.driftignore')).toThrow(UserError)
    expect(() => parseIgnoreFile(line, '.driftignore')).toThrow(message)
  })

  it('names every bad line with its number and keeps nothing of the file', () => {
    const text = '# ok\naws_s3_bucket.*\ntag:Owner\n\n!\n'
    expect(() => parseIgnoreFile(text, 'infra/.driftignore')).toThrow(
      /^infra\/\.driftignore:3: a tag rule needs a value.*; infra\/\.driftignore:5: '!' needs a rule after it$/
    )
  })
})

describe('finding the ignore files', () => {
  it('reads .driftignore in each working directory that has one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'driftignore-'))
    await mkdir(join(root, 'a'))
    await mkdir(join(root, 'b'))
    await writeFile(join(root, 'a', '.driftignore'), 'aws_s3_bucket.*\n')
    const cwd = process.cwd()
    process.chdir(root)
    try {
      const files = await loadIgnoreFiles(undefined, ['a', './b', 'missing'])
      expect(files.map(f => [f.file, f.rules.length])).toEqual([['a/.driftignore', 1]])
      await writeFile(join(root, 'only.ignore'), 'tag:Owner=x\n')
      const only = await loadIgnoreFiles('only.ignore', ['a'])
      expect(only.map(f => f.file)).toEqual(['only.ignore'])
      await expect(loadIgnoreFiles('nope.ignore', ['a'])).rejects.toThrow(
        "Input 'ignore-file' names 'nope.ignore', which does not exist (paths are relative to the repository root)."
      )
      await writeFile(join(root, 'b', '.driftignore'), 'ok.*\ntag:\n')
      await expect(loadIgnoreFiles(undefined, ['a', 'b'])).rejects.toThrow(
        'b/.driftignore:2: a tag rule needs a value'
      )
    } finally {
      process.chdir(cwd)
    }
  })
})

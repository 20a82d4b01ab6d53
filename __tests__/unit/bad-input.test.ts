import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseIgnoreFile } from '../../src/analyse/ignore.js'
import { checkWorkingDirectory } from '../../src/collect/terraform.js'
import { UserError } from '../../src/errors.js'
import { parseInputs } from '../../src/inputs.js'

/**
 * Every bad input and what the user reads: one line that names the input and says what to write
 * instead. The table is the documentation of these messages; a change to one shows up here.
 */

const INPUT_CASES: [input: string, value: string, message: string][] = [
  ['terraform-init', 'yes', "Input 'terraform-init' must be true or false, got 'yes'."],
  ['annotations', 'maybe', "Input 'annotations' must be true or false, got 'maybe'."],
  ['scan-unmanaged', 'sometimes', "Input 'scan-unmanaged' must be true or false, got 'sometimes'."],
  [
    'init-args',
    "-backend-config='x",
    "Input 'init-args' has an unclosed ' quote: -backend-config='x"
  ],
  ['plan-args', '-var "a=b', `Input 'plan-args' has an unclosed " quote: -var "a=b`],
  [
    'fail-on',
    'sometimes',
    "Input 'fail-on' must be one of drift, unmanaged, any, never; got 'sometimes'."
  ],
  [
    'fail-on-severity',
    'severe',
    "Input 'fail-on-severity' must be one of none, low, medium, high, critical; got 'severe'."
  ],
  [
    'aws-regions',
    'mars-1',
    "Input 'aws-regions' has 'mars-1', which is not an AWS region name such as eu-west-1."
  ],
  [
    'aws-regions',
    'eu-west-1, Europe',
    "Input 'aws-regions' has 'Europe', which is not an AWS region name such as eu-west-1."
  ],
  [
    'publish',
    'slack',
    "Input 'publish' must be auto, comment, issue, 'comment, issue' or none; got 'slack'."
  ],
  [
    'publish',
    'auto, issue',
    "Input 'publish' takes auto or none alone; list only comment and issue together."
  ],
  [
    'issue-label',
    'a,b',
    "Input 'issue-label' must be one label name of at most 50 characters without commas."
  ],
  [
    'issue-label',
    'x'.repeat(51),
    "Input 'issue-label' must be one label name of at most 50 characters without commas."
  ],
  [
    'role-to-assume',
    'admin',
    "Input 'role-to-assume' must be a role ARN such as arn:aws:iam::123456789012:role/drift-readonly; got 'admin'."
  ],
  [
    'disable-ownership-rules',
    'cloudformation, nope',
    "Input 'disable-ownership-rules' has 'nope', which is not a rule id; the ids are cloudformation, autoscaling, eks, kubernetes, elasticbeanstalk, ecs, servicecatalog, cloud9, emr, batch, spot-fleet, backup, image-builder, sagemaker, crossplane."
  ]
]

function thrown(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('nothing was thrown')
}

async function rejected(action: () => Promise<unknown>): Promise<Error> {
  try {
    await action()
  } catch (error) {
    return error as Error
  }
  throw new Error('nothing was thrown')
}

function expectOneLine(error: Error, message: string): void {
  expect(error).toBeInstanceOf(UserError)
  expect(error.message).toBe(message)
  expect(error.message).not.toContain('\n')
}

describe('bad inputs', () => {
  it.each(INPUT_CASES)('%s: %j', (input, value, message) => {
    expectOneLine(
      thrown(() => parseInputs(name => (name === input ? value : ''), {})),
      message
    )
  })
})

describe('bad ignore files', () => {
  it.each([
    [
      'aws_s3_bucket.',
      ".driftignore:1: 'aws_s3_bucket.' has an empty part: write type.id, e.g. aws_s3_bucket.my-bucket (escape dots in ids as \\.)"
    ],
    ['!', ".driftignore:1: '!' needs a rule after it"],
    ['tag:', '.driftignore:1: a tag rule needs a value: write tag:Key=value (the value may be *)']
  ])('%j', (line, message) => {
    expectOneLine(
      thrown(() => parseIgnoreFile(line, '.driftignore')),
      message
    )
  })

  it('reports every bad line of a file at once, still on one line', () => {
    const error = thrown(() =>
      parseIgnoreFile('# fine\naws_s3_bucket.ok\n!\ntag:\n', 'infra/.driftignore')
    )
    expectOneLine(
      error,
      "infra/.driftignore:3: '!' needs a rule after it; infra/.driftignore:4: a tag rule needs a value: write tag:Key=value (the value may be *)"
    )
  })
})

describe('bad working directories', () => {
  it('names what is wrong with each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'driftwatch-bad-'))
    const file = join(dir, 'main.tf')
    await writeFile(file, '')
    const empty = await mkdtemp(join(tmpdir(), 'driftwatch-empty-'))
    const cases: [string, string][] = [
      [
        join(dir, 'missing'),
        `working-directory 'X' does not exist (paths are relative to the repository root).`
      ],
      [file, `working-directory 'X' is a file, not a directory.`],
      // A path through a file cannot be read (as root, permissions never stop a read).
      [join(file, 'sub'), `working-directory 'X' cannot be read (ENOTDIR).`],
      [empty, `working-directory 'X' has no .tf files: point it at a Terraform root module.`]
    ]
    for (const [path, message] of cases) {
      expectOneLine(await rejected(() => checkWorkingDirectory(path, 'X')), message)
    }
  })
})

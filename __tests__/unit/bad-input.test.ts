import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseIgnoreFile } from '../../src/collect/driftignore.js'
import { EXIT, main } from '../../src/cli/main.js'
import { unmanagedReport } from '../../src/analyse/unmanaged.js'
import { checkRuleIds, typesToList } from '../../src/pipeline.js'
import { loadIgnoreFiles } from '../../src/collect/ignore-files.js'
import { LISTED_TYPES } from '../../src/collect/aws/listing/types.js'
import { checkVarFiles, checkWorkingDirectory } from '../../src/collect/terraform/run.js'
import { UserError } from '../../src/errors.js'
import { InputError, INPUTS, optionMessage, parseInputs } from '../../src/inputs/options.js'
import type { Rendered } from '../../src/publish/github/publish.js'
import { publishToGitHub } from '../../src/publish/github/publish.js'
import type { ReportFileInput } from '../../src/publish/report-files.js'
import { reportFiles, checkReportFiles, writeInputFile } from '../../src/publish/report-files.js'
import { failureReason } from '../../src/report/verdict.js'
import { directory, report } from '../helpers/reports.js'
import { rejected, thrown } from '../helpers/thrown.js'

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
    "Input 'fail-on' must be one of drift, unmanaged, any, new, never; got 'sometimes'."
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
  ]
]

/**
 * The same mistakes on the command line: one line that names the option, and exit 2 before
 * anything runs.
 */
const OPTION_CASES: [args: string[], message: string][] = [
  [
    ["--init-args=-backend-config='x"],
    "Option '--init-args' has an unclosed ' quote: -backend-config='x"
  ],
  [['--plan-args=-var "a=b'], `Option '--plan-args' has an unclosed " quote: -var "a=b`],
  [
    ['--fail-on', 'sometimes'],
    "Option '--fail-on' must be one of drift, unmanaged, any, new, never; got 'sometimes'."
  ],
  [
    ['--fail-on-severity', 'severe'],
    "Option '--fail-on-severity' must be one of none, low, medium, high, critical; got 'severe'."
  ],
  [
    ['--regions', 'eu-west-1, Europe'],
    "Option '--regions' has 'Europe', which is not an AWS region name such as eu-west-1."
  ],
  [['--inventory', 'all'], "Option '--inventory' must be one of deep, tagging; got 'all'."],
  [
    ['--inventory-types', 'aws-iam-role'],
    "Option '--inventory-types' has 'aws-iam-role', which is not a Terraform type name or glob such as aws_iam_* or aws_security_group."
  ],
  [
    ['--role-to-assume', 'admin'],
    "Option '--role-to-assume' must be a role ARN such as arn:aws:iam::123456789012:role/drift-readonly; got 'admin'."
  ]
]

/**
 * `var-files`, checked in each working directory before terraform init (terraform would only say
 * so after init, without naming the input). The working directory here is 'infra', holding
 * `prod.tfvars` and a folder `vars`.
 */
const VAR_FILE_CASES: [value: string, message: string][] = [
  [
    'staging.tfvars',
    "Input 'var-files' names 'staging.tfvars', which does not exist in working-directory 'infra' (var files are relative to each working directory)."
  ],
  ['/nowhere/prod.tfvars', "Input 'var-files' names '/nowhere/prod.tfvars', which does not exist."],
  [
    'prod.tfvars/x.tfvars',
    "Input 'var-files' names 'prod.tfvars/x.tfvars', which does not exist in working-directory 'infra' (var files are relative to each working directory)."
  ],
  [
    'vars',
    "Input 'var-files' names 'vars', which is a directory in working-directory 'infra': name the variables file itself."
  ]
]

/**
 * `report-path` and `sarif-path`, checked before terraform runs, relative to a repository root
 * that holds a folder `out` and a file `notes.txt`. The other input keeps its default.
 */
const REPORT_FILE_CASES: [input: ReportFileInput, value: string, message: string][] = [
  [
    'report-path',
    'out',
    "Input 'report-path' names 'out', which is a directory: name a file in it, e.g. 'out/driftwatch-report.json'."
  ],
  [
    'report-path',
    'reports/',
    "Input 'report-path' names 'reports/', which is a directory: name a file in it, e.g. 'reports/driftwatch-report.json'."
  ],
  [
    'report-path',
    'notes.txt/report.json',
    "Input 'report-path' names 'notes.txt/report.json', but 'notes.txt' is a file, not a directory: choose a path outside it."
  ],
  [
    'report-path',
    'notes.txt/deeper/report.json',
    "Input 'report-path' names 'notes.txt/deeper/report.json', but 'notes.txt' is a file, not a directory: choose a path outside it."
  ],
  [
    'sarif-path',
    'out',
    "Input 'sarif-path' names 'out', which is a directory: name a file in it, e.g. 'out/driftwatch.sarif'."
  ],
  [
    'sarif-path',
    'notes.txt/drift.sarif',
    "Input 'sarif-path' names 'notes.txt/drift.sarif', but 'notes.txt' is a file, not a directory: choose a path outside it."
  ],
  [
    'sarif-path',
    './driftwatch-report.json',
    "Inputs 'report-path' and 'sarif-path' both name './driftwatch-report.json': give each a file of its own, e.g. 'driftwatch.sarif'."
  ]
]

/** `ignore-file`, read before terraform runs, relative to a repository root holding a folder `policy`. */
const IGNORE_FILE_CASES: [value: string, message: string][] = [
  [
    'policy/.driftignore',
    "Input 'ignore-file' names 'policy/.driftignore', which does not exist (paths are relative to the repository root)."
  ],
  [
    'policy',
    "Input 'ignore-file' names 'policy', which is a directory: name the file itself, e.g. 'policy/.driftignore'."
  ]
]

/**
 * The checks outside the parsers (files an input names, inventory types against the listed
 * types) throw an InputError carrying the input, as the parsers do; its message names the
 * Action's input, and the CLI words it with its flag (optionMessage).
 * The repository root holds a folder `out` and a folder `policy`; 'infra' is the root itself.
 */
const LISTED = Object.keys(LISTED_TYPES).join(', ')
const OUTSIDE_CASES: [input: string, check: () => Promise<unknown>, action: string, cli: string][] =
  [
    [
      'var-files',
      () => checkVarFiles('.', 'infra', ['nope.tfvars']),
      "Input 'var-files' names 'nope.tfvars', which does not exist in working-directory 'infra' (var files are relative to each working directory).",
      "Option '--var-file' names 'nope.tfvars', which does not exist in working-directory 'infra' (var files are relative to each working directory)."
    ],
    [
      'var-files',
      () => checkVarFiles('.', 'infra', ['out']),
      "Input 'var-files' names 'out', which is a directory in working-directory 'infra': name the variables file itself.",
      "Option '--var-file' names 'out', which is a directory in working-directory 'infra': name the variables file itself."
    ],
    [
      'ignore-file',
      () => loadIgnoreFiles('policy', ['.']),
      "Input 'ignore-file' names 'policy', which is a directory: name the file itself, e.g. 'policy/.driftignore'.",
      "Option '--ignore-file' names 'policy', which is a directory: name the file itself, e.g. 'policy/.driftignore'."
    ],
    [
      'inventory-types',
      async () =>
        typesToList(
          parseInputs(name => (name === 'inventory-types' ? 'aws_iam_*, aws_nothing_*' : ''), {}),
          []
        ),
      `Input 'inventory-types' has 'aws_nothing_*', which names no listed type; the listed types are ${LISTED}.`,
      `Option '--inventory-types' has 'aws_nothing_*', which names no listed type; the listed types are ${LISTED}.`
    ],
    [
      'report-path',
      () => checkReportFiles(reportFiles({ reportPath: 'out', sarifPath: '' })),
      "Input 'report-path' names 'out', which is a directory: name a file in it, e.g. 'out/driftwatch-report.json'.",
      "Option '--report' names 'out', which is a directory: name a file in it, e.g. 'out/driftwatch-report.json'."
    ],
    [
      'sarif-path',
      () => checkReportFiles(reportFiles({ reportPath: 'r.json', sarifPath: './r.json' })),
      "Inputs 'report-path' and 'sarif-path' both name './r.json': give each a file of its own, e.g. 'driftwatch.sarif'.",
      "Options '--report' and '--sarif' both name './r.json': give each a file of its own, e.g. 'driftwatch.sarif'."
    ],
    [
      'sarif-path',
      () => writeInputFile('sarif-path', 'out', '{}'),
      "Input 'sarif-path' names 'out', which is a directory: name a file in it, e.g. 'out/driftwatch.sarif'.",
      "Option '--sarif' names 'out', which is a directory: name a file in it, e.g. 'out/driftwatch.sarif'."
    ]
  ]

/** Runs in a scratch repository root, so messages show paths as the user wrote them. */
async function inRoot<T>(setUp: (root: string) => Promise<void>, action: () => Promise<T>) {
  const root = await mkdtemp(join(tmpdir(), 'driftwatch-root-'))
  await setUp(root)
  const cwd = process.cwd()
  process.chdir(root)
  try {
    return await action()
  } finally {
    process.chdir(cwd)
  }
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

  // The ids are the analysis's: the pipeline checks them before anything runs.
  it('disable-ownership-rules: an id no rule has', () => {
    const inputs = parseInputs(
      name => (name === 'disable-ownership-rules' ? 'cloudformation, nope' : ''),
      {}
    )
    expectOneLine(
      thrown(() => checkRuleIds(inputs)),
      "Input 'disable-ownership-rules' has 'nope', which is not a rule id; the ids are cloudformation, autoscaling, eks, kubernetes, elasticbeanstalk, ecs, servicecatalog, cloud9, emr, batch, spot-fleet, backup, image-builder, sagemaker, crossplane, default-vpc, vpc-defaults, default-security-group, aws-managed-kms-key, service-linked-role, instance-root-volume, ami-snapshot."
    )
  })
})

describe('bad options', () => {
  it.each(OPTION_CASES)('%j', async (args, message) => {
    const out: string[] = []
    const err: string[] = []
    const io = {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
      env: {}
    }
    expect(await main(args, io)).toBe(EXIT.usage)
    expect(err.join('')).toBe(`driftwatch: ${message}\n`)
    expect(out).toEqual([])
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

describe('bad var files', () => {
  it.each(VAR_FILE_CASES)('%j', async (value, message) => {
    const cwd = await mkdtemp(join(tmpdir(), 'driftwatch-vars-'))
    await writeFile(join(cwd, 'prod.tfvars'), 'env = "prod"\n')
    await mkdir(join(cwd, 'vars'))
    expectOneLine(await rejected(() => checkVarFiles(cwd, 'infra', [value])), message)
    await expect(checkVarFiles(cwd, 'infra', ['prod.tfvars'])).resolves.toBeUndefined()
  })
})

describe('bad report paths', () => {
  const setUp = async (root: string) => {
    await mkdir(join(root, 'out'))
    await writeFile(join(root, 'notes.txt'), '')
  }

  it.each(REPORT_FILE_CASES)('%s: %j', async (input, value, message) => {
    const inputs = parseInputs(name => (name === input ? value : ''), {})
    const error = await inRoot(setUp, () => rejected(() => checkReportFiles(reportFiles(inputs))))
    expectOneLine(error, message)
  })

  it('takes paths whose folders do not exist yet, and writes them', async () => {
    const inputs = parseInputs(
      name => ({ 'report-path': 'out/new/report.json', 'sarif-path': 'drift.sarif' })[name] ?? '',
      {}
    )
    await inRoot(setUp, async () => {
      await checkReportFiles(reportFiles(inputs))
      await writeInputFile('report-path', inputs.reportPath, '{}')
      expect(await readFile('out/new/report.json', 'utf8')).toBe('{}')
    })
  })

  it('says the same when the path goes bad between the check and the write', async () => {
    // main then still writes the other file, the outputs and the summary, and publishes, before
    // it fails the step with this line.
    const error = await inRoot(setUp, async () => {
      await checkReportFiles(reportFiles({ reportPath: 'late.json', sarifPath: '' }))
      await mkdir('late.json')
      return rejected(() => writeInputFile('report-path', 'late.json', '{}'))
    })
    expectOneLine(
      error,
      "Input 'report-path' names 'late.json', which is a directory: name a file in it, e.g. 'late.json/driftwatch-report.json'."
    )
  })
})

describe('bad ignore-file paths', () => {
  it.each(IGNORE_FILE_CASES)('%j', async (value, message) => {
    const error = await inRoot(
      root => mkdir(join(root, 'policy')),
      () => rejected(() => loadIgnoreFiles(value, ['.']))
    )
    expectOneLine(error, message)
  })
})

describe('checks outside the parsers', () => {
  const setUp = async (root: string) => {
    await mkdir(join(root, 'out'))
    await mkdir(join(root, 'policy'))
  }

  it.each(OUTSIDE_CASES)(
    '%s: names the input, or the flag on the CLI',
    async (input, check, action, cli) => {
      const error = await inRoot(setUp, () => rejected(check))
      expectOneLine(error, action)
      expect(error).toBeInstanceOf(InputError)
      const inputError = error as InputError
      expect(INPUTS[inputError.key].input).toBe(input)
      expect(optionMessage(inputError)).toBe(cli)
    }
  )
})

/**
 * Values that look wrong but are accepted on purpose, and what the user reads instead of an
 * error. An empty input is the default, as for every input of an Action.
 */
describe('accepted on purpose', () => {
  const parse = (values: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    parseInputs(name => values[name] ?? '', env)

  it.each([
    ['', ['.']],
    ['   ', ['.']],
    ['# none yet', ['.']],
    ['infra/a\n\ninfra/b', ['infra/a', 'infra/b']],
    ['infra/a,,infra/b,', ['infra/a', 'infra/b']]
  ])('working-directory %j plans %j: blank items are dropped', (value, dirs) => {
    expect(parse({ 'working-directory': value }).workingDirectories).toEqual(dirs)
  })

  it('aws-regions empty: the region of the AWS environment, else the scan is skipped with a warning', () => {
    expect(parse({ 'aws-regions': '' }, { AWS_REGION: 'eu-west-1' }).awsRegions).toEqual([
      'eu-west-1'
    ])
    expect(parse({ 'aws-regions': ' , ' }).awsRegions).toEqual([])
    // The plans still run and report drift; the log warns "Unmanaged resources: <this>", and the
    // step fails on it with fail-on any or unmanaged, as an incomplete scan.
    const section = unmanagedReport({
      regions: [],
      plans: [],
      labels: [],
      ignoreFiles: [],
      disabledOwnershipRules: []
    })
    const why =
      'no AWS region to scan for unmanaged resources: set the aws-regions input or AWS_REGION (or set scan-unmanaged to false)'
    expect(section.skipped).toBe(why)
    const withSection = { ...report([directory('infra', [])]), unmanaged: section }
    expect(failureReason(withSection, 'unmanaged')).toBe(
      `The unmanaged-resource scan is incomplete: ${why}`
    )
    expect(failureReason(withSection, 'any')).toBe(
      `The unmanaged-resource scan is incomplete: ${why}`
    )
    expect(failureReason(withSection, 'drift')).toBeUndefined()
  })

  it('github-token empty while publish asks for a comment or issue: a warning, not a failure', async () => {
    // Publishing never fails the step (a fork's pull request has no usable token either): the
    // findings are in the job summary, and the step's result is left to them.
    const inputs = parse({ 'github-token': '  ', publish: 'comment, issue' })
    expect(inputs.githubToken).toBe('')
    const rendered: Rendered = {
      comment: { marker: 'c', body: '' },
      issues: [
        {
          marker: 'i',
          state: 'clean',
          texts: { title: '', body: '', resolved: '', returned: '' }
        }
      ],
      check: { name: 'Driftwatch', title: '', summary: '', conclusion: 'neutral' },
      annotations: [],
      annotationOverflow: false
    }
    const lines: string[] = []
    await publishToGitHub(
      rendered,
      inputs,
      { eventName: 'pull_request', owner: 'o', repo: 'r', pullNumber: 1, fromFork: false },
      { info: m => lines.push(`info: ${m}`), warning: m => lines.push(`warning: ${m}`) },
      () => {
        throw new Error('no client without a token')
      }
    )
    expect(lines).toEqual([
      'warning: The github-token input is empty: no pull request comment, audit issue or check run. The findings are in the job summary.'
    ])
  })
})

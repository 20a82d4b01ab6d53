import * as core from '@actions/core'
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  envInput,
  InputError,
  INPUTS,
  optionMessage,
  parseInputs,
  readInputs
} from '../../src/inputs/options.js'
import { readRunContext } from '../../src/action/context.js'
import { readDoc, section, tableRows } from '../helpers/docs.js'

const getter =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

function caught(action: () => unknown): InputError {
  try {
    action()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('nothing was thrown')
}

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const inputs = parseInputs(getter({}), { AWS_REGION: 'eu-west-1' })
    expect(inputs).toMatchObject({
      workingDirectories: ['.'],
      terraformInit: true,
      initArgs: [],
      planArgs: [],
      varFiles: [],
      failOn: 'any',
      reportPath: 'driftwatch-report.json',
      awsRegions: ['eu-west-1']
    })
  })

  it('reads several working directories, one per line, without duplicates or comments', () => {
    const inputs = parseInputs(
      getter({ 'working-directory': 'infra/prod\n\ninfra/staging # eu\ninfra/prod\n' }),
      {}
    )
    expect(inputs.workingDirectories).toEqual(['infra/prod', 'infra/staging'])
  })

  it('splits extra arguments like a shell would for quotes', () => {
    const planArgs = `-var 'name=a b' -var "x=\\"y\\"" -parallelism=20`
    expect(parseInputs(getter({ 'plan-args': planArgs }), {}).planArgs).toEqual([
      '-var',
      'name=a b',
      '-var',
      'x="y"',
      '-parallelism=20'
    ])
  })

  it.each([
    [
      { 'fail-on': 'sometimes' },
      "Input 'fail-on' must be one of drift, unmanaged, any, new, never; got 'sometimes'."
    ],
    [{ 'terraform-init': 'yes' }, "Input 'terraform-init' must be true or false, got 'yes'."],
    [{ 'plan-args': "-var 'a=b" }, "Input 'plan-args' has an unclosed ' quote: -var 'a=b"],
    [
      { 'aws-regions': 'eu-west-1\nEurope' },
      "Input 'aws-regions' has 'Europe', which is not an AWS region name such as eu-west-1."
    ]
  ])('rejects %j with one line that says what to change', (values, message) => {
    expect(() => parseInputs(getter(values), {})).toThrow(message)
  })

  it('reads adopt-into as one directory or lines of glob: directory', () => {
    expect(parseInputs(getter({}), {}).adoptInto).toEqual([])
    expect(parseInputs(getter({ 'adopt-into': 'infra/app' }), {}).adoptInto).toEqual([
      { match: '*', directory: 'infra/app' }
    ])
    const lines = 'aws_iam_*: infra/iam  # global\neu-west-1: infra/eu\n\n123456789012 : infra/prod'
    expect(parseInputs(getter({ 'adopt-into': lines }), {}).adoptInto).toEqual([
      { match: 'aws_iam_*', directory: 'infra/iam' },
      { match: 'eu-west-1', directory: 'infra/eu' },
      { match: '123456789012', directory: 'infra/prod' }
    ])
    expect(() => parseInputs(getter({ 'adopt-into': 'aws iam: infra' }), {})).toThrow(
      "Input 'adopt-into' has 'aws iam: infra'; write one directory, or lines of '<type, region or account glob>: <directory>' such as 'aws_iam_*: infra/iam'."
    )
  })

  it('takes the region list from the input before the environment', () => {
    const inputs = parseInputs(getter({ 'aws-regions': 'us-east-1, eu-central-1' }), {
      AWS_REGION: 'eu-west-1'
    })
    expect(inputs.awsRegions).toEqual(['us-east-1', 'eu-central-1'])
  })
})

describe('the inputs table', () => {
  /** Each input of action.yml with its default, read line by line (the file is plain). */
  function actionYmlDefaults(): Record<string, string> {
    const yml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
    const inputs = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'))
    const defaults: Record<string, string> = {}
    let name = ''
    for (const line of inputs.split('\n')) {
      name = /^ {2}([a-z-]+):$/.exec(line)?.[1] ?? name
      const value = /^ {4}default: '?(.*?)'?$/.exec(line)?.[1]
      if (value !== undefined) defaults[name] = value
    }
    return defaults
  }

  it('has every input of action.yml, with its default', () => {
    const table = Object.fromEntries(Object.values(INPUTS).map(spec => [spec.input, spec.default]))
    // The runner fills in github-token's expression; unset, it reads as empty.
    expect({ ...actionYmlDefaults(), 'github-token': '' }).toEqual(table)
  })

  it("is the README's inputs table: a row for every input and no other, with its default", () => {
    const rows = tableRows(section(readDoc('README.md'), '## Inputs'), [
      'input',
      'default',
      'meaning'
    ])
    const readme = Object.fromEntries(rows.map(([input, fallback]) => [input, fallback]))
    expect(Object.keys(readme).sort()).toEqual(
      Object.values(INPUTS)
        .map(spec => `\`${spec.input}\``)
        .sort()
    )
    // action.yml's default, which the test above ties to the table (github-token's as users see
    // it); an empty one is a blank cell or, in parentheses, what the empty value stands for.
    for (const [input, fallback] of Object.entries(actionYmlDefaults())) {
      const cell = readme[`\`${input}\``]
      if (fallback === '')
        expect({ input, cell }).toEqual({ input, cell: expect.stringMatching(/^$|^\(.+\)$/) })
      else expect({ input, cell }).toEqual({ input, cell: `\`${fallback}\`` })
    }
  })

  it("is the README's outputs table: a row for every output of action.yml and no other", () => {
    const yml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
    const outputs = yml.slice(yml.indexOf('\noutputs:'), yml.indexOf('\nruns:'))
    const names = [...outputs.matchAll(/^ {2}([a-z-]+):$/gm)].map(match => `\`${match[1]}\``)
    expect(names.length).toBeGreaterThan(0)
    const rows = tableRows(section(readDoc('README.md'), '## Outputs'), ['output', 'meaning'])
    expect(rows.map(([output]) => output).sort()).toEqual(names.sort())
  })

  it('carries the input an error is about, named as the Action or the CLI names it', () => {
    const detail = "must be one of drift, unmanaged, any, new, never; got 'sometimes'."
    for (const defaults of ['action', 'cli'] as const) {
      const error = caught(() => parseInputs(getter({ 'fail-on': 'sometimes' }), {}, defaults))
      expect(error).toMatchObject({ key: 'failOn', keys: ['failOn'], detail })
      expect(error.message).toBe(`Input 'fail-on' ${detail}`)
      expect(optionMessage(error)).toBe(`Option '--fail-on' ${detail}`)
    }
  })

  it('names an input for the checks outside the parsers the same way', () => {
    const named = (error: InputError) => [error.message, optionMessage(error)]
    expect(named(new InputError('varFiles', 'x'))).toEqual([
      "Input 'var-files' x",
      "Option '--var-file' x"
    ])
    expect(optionMessage(new InputError('ignoreFile', 'x'))).toBe("Option '--ignore-file' x")
    expect(optionMessage(new InputError('inventoryTypes', 'x'))).toBe(
      "Option '--inventory-types' x"
    )
    // Of two that clash, the error carries the second: the one its message asks to change.
    const clash = new InputError(['reportPath', 'sarifPath'], 'x')
    expect(clash.key).toBe('sarifPath')
    expect(named(clash)).toEqual([
      "Inputs 'report-path' and 'sarif-path' x",
      "Options '--report' and '--sarif' x"
    ])
    // No flag sets it: the CLI names the input.
    expect(optionMessage(new InputError('disabledOwnershipRules', 'x'))).toBe(
      "Input 'disable-ownership-rules' x"
    )
  })
})

describe('readInputs', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('reads the inputs and the region fallback from the env it is given', () => {
    process.env.AWS_REGION = 'us-east-1'
    process.env['INPUT_FAIL-ON'] = 'never'
    const inputs = readInputs({ 'INPUT_FAIL-ON': 'drift', AWS_REGION: 'eu-west-1' })
    expect(inputs).toMatchObject({ failOn: 'drift', awsRegions: ['eu-west-1'] })
  })
})

describe('envInput', () => {
  const set: string[] = []
  afterEach(() => {
    for (const name of set.splice(0)) delete process.env[name]
  })

  // The Action reads its inputs before @actions/core is loaded: it must read them as core does.
  it.each([
    ['working-directory', '  infra/prod \n infra/staging\n'],
    ['fail-on', 'changed'],
    ['aws regions', 'eu-west-1'],
    ['Ignore-File', '\t.driftignore  '],
    ['plan-args', ''],
    ['never-set', undefined]
  ])('reads %j as core.getInput does', (name, value) => {
    const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
    if (value !== undefined) {
      process.env[variable] = value
      set.push(variable)
    }
    expect(envInput(name)).toBe(core.getInput(name))
  })
})

describe('readRunContext', () => {
  it('links the workflow run on the configured server', () => {
    expect(
      readRunContext({
        GITHUB_SERVER_URL: 'https://ghe.example.com',
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_RUN_ID: '42',
        GITHUB_EVENT_NAME: 'schedule'
      })
    ).toEqual({
      event: 'schedule',
      repository: 'acme/infra',
      runUrl: 'https://ghe.example.com/acme/infra/actions/runs/42'
    })
  })
})

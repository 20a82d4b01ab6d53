import * as core from '@actions/core'
import { afterEach, describe, expect, it } from '@jest/globals'
import { envInput, parseInputs, readRunContext, splitArgs } from '../../src/inputs.js'

const getter =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

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
    expect(splitArgs('plan-args', `-var 'name=a b' -var "x=\\"y\\"" -parallelism=20`)).toEqual([
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
      "Input 'fail-on' must be one of drift, unmanaged, any, never; got 'sometimes'."
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

  it('takes the region list from the input before the environment', () => {
    const inputs = parseInputs(getter({ 'aws-regions': 'us-east-1, eu-central-1' }), {
      AWS_REGION: 'eu-west-1'
    })
    expect(inputs.awsRegions).toEqual(['us-east-1', 'eu-central-1'])
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

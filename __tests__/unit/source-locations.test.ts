import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRootFiles } from '../../src/collect/terraform/module-files.js'
import { configAddress, findSources } from '../../src/collect/terraform/source-locations.js'
import { readConfiguration } from '../../src/collect/terraform/plan-file/config.js'
import { locateFindings } from '../../src/analyse/directory.js'
import { finding } from '../helpers/reports.js'

async function write(path: string, text: string): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, text)
}

/** A repository with a root in infra/prod, a local module, a nested one and a registry module. */
async function repository(): Promise<{ repo: string; root: string }> {
  const repo = await mkdtemp(join(tmpdir(), 'locations-'))
  const root = join(repo, 'infra', 'prod')
  await write(
    join(root, 'main.tf'),
    [
      'terraform {}',
      '',
      'resource "aws_security_group" "web" {',
      '  name = "web"',
      '}',
      '',
      'module "logs" {',
      '  source = "../modules/logs"',
      '}',
      '',
      'module "vpc" {',
      '  source = "terraform-aws-modules/vpc/aws"',
      '}'
    ].join('\n')
  )
  await write(join(root, 'extra.tf'), '\n  resource "aws_sns_topic" "alerts" {\n}\n')
  await write(
    join(repo, 'infra', 'modules', 'logs', 'main.tf'),
    'variable "names" {}\n\n\nresource "aws_cloudwatch_log_group" "this" {\n}\nmodule "inner" {\n  source = "./inner"\n}\n'
  )
  await write(
    join(repo, 'infra', 'modules', 'logs', 'inner', 'main.tf'),
    'resource "aws_s3_bucket" "archive" {}\n'
  )
  await write(
    join(root, '.terraform', 'modules', 'vpc', 'main.tf'),
    'resource "aws_vpc" "this" {}\n'
  )
  await write(
    join(root, '.terraform', 'modules', 'modules.json'),
    JSON.stringify({
      Modules: [
        { Key: '', Source: '', Dir: '.' },
        { Key: 'logs', Source: '../modules/logs', Dir: '../modules/logs' },
        { Key: 'logs.inner', Source: './inner', Dir: '../modules/logs/inner' },
        {
          Key: 'vpc',
          Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws',
          Dir: '.terraform/modules/vpc'
        }
      ]
    })
  )
  return { repo, root }
}

describe('configAddress', () => {
  it('drops instance keys, including keys with dots and brackets in them', () => {
    expect(configAddress('module.logs[0].aws_cloudwatch_log_group.this[1]')).toBe(
      'module.logs.aws_cloudwatch_log_group.this'
    )
    expect(configAddress('aws_sns_topic.alerts["ops.eu[1]"]')).toBe('aws_sns_topic.alerts')
  })
})

describe('findSources: locations', () => {
  it('finds resource blocks in the root and in local modules, relative to the repository', async () => {
    const { repo, root } = await repository()
    const index = findSources(await readRootFiles(root), repo).locations
    expect(Object.fromEntries(index)).toEqual({
      'aws_security_group.web': { file: 'infra/prod/main.tf', line: 3 },
      'aws_sns_topic.alerts': { file: 'infra/prod/extra.tf', line: 2 },
      'module.logs.aws_cloudwatch_log_group.this': { file: 'infra/modules/logs/main.tf', line: 4 },
      'module.logs.module.inner.aws_s3_bucket.archive': {
        file: 'infra/modules/logs/inner/main.tf',
        line: 1
      },
      // Downloaded modules are not in the repository: the module call is the nearest line.
      'module.vpc.aws_vpc.this': { file: 'infra/prod/main.tf', line: 11 }
    })
  })

  it('reads the root alone before init', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'locations-'))
    await write(join(repo, 'main.tf'), 'resource "aws_s3_bucket" "b" {}\n')
    const index = findSources(await readRootFiles(repo), repo).locations
    expect(Object.fromEntries(index)).toEqual({ 'aws_s3_bucket.b': { file: 'main.tf', line: 1 } })
  })

  it('places findings by their address without instance keys', async () => {
    const { repo, root } = await repository()
    const index = findSources(await readRootFiles(root), repo).locations
    const [placed, unknown] = locateFindings(
      [finding('module.logs.aws_cloudwatch_log_group.this[1]'), finding('aws_iam_role.gone')],
      index
    )
    expect(placed.location).toEqual({ file: 'infra/modules/logs/main.tf', line: 4 })
    expect(unknown.location).toBeUndefined()
  })
})

describe('the .tf files of a root', () => {
  it('are read once, for the plan-file reader and for source locations alike', async () => {
    const { repo, root } = await repository()
    const files = await readRootFiles(root)
    expect(files.modules.map(module => [module.entry.Key, module.files.map(f => f.name)])).toEqual([
      ['', ['extra.tf', 'main.tf']],
      ['logs', ['main.tf']],
      ['logs.inner', ['main.tf']],
      ['vpc', ['main.tf']]
    ])
    const resources = readConfiguration(files).resources?.map(r => r.address)
    expect(resources).toEqual(['aws_sns_topic.alerts', 'aws_security_group.web'])
    expect(findSources(files, repo).locations.get('aws_sns_topic.alerts')).toEqual({
      file: 'infra/prod/extra.tf',
      line: 2
    })
  })

  it('keep a file that cannot be read as its error, which each reader throws', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'locations-'))
    await write(join(repo, 'main.tf'), 'resource "aws_s3_bucket" "b" {}\n')
    await mkdir(join(repo, 'odd.tf'))
    const files = await readRootFiles(repo)
    expect(files.modules[0].files.map(f => [f.name, f.text !== undefined])).toEqual([
      ['main.tf', true],
      ['odd.tf', false]
    ])
    expect(() => findSources(files, repo)).toThrow(/EISDIR/)
    expect(() => readConfiguration(files)).toThrow(/EISDIR/)
  })
})

import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configAddress, findSources } from '../../src/collect/terraform/source-locations.js'
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
    const index = (await findSources(root, repo)).locations
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
    const index = (await findSources(repo, repo)).locations
    expect(Object.fromEntries(index)).toEqual({ 'aws_s3_bucket.b': { file: 'main.tf', line: 1 } })
  })

  it('places findings by their address without instance keys', async () => {
    const { repo, root } = await repository()
    const index = (await findSources(root, repo)).locations
    const [placed, unknown] = locateFindings(
      [finding('module.logs.aws_cloudwatch_log_group.this[1]'), finding('aws_iam_role.gone')],
      index
    )
    expect(placed.location).toEqual({ file: 'infra/modules/logs/main.tf', line: 4 })
    expect(unknown.location).toBeUndefined()
  })
})

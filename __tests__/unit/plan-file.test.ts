import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeZip } from '../../scripts/lib/plan-rewrite.mjs'
import { ConfigError, readConfiguration } from '../../src/collect/terraform/plan-file/config.js'
import { sensitiveMask } from '../../src/collect/terraform/plan-file/masks.js'
import {
  decodeValue,
  MsgpackError,
  UNKNOWN
} from '../../src/collect/terraform/plan-file/msgpack.js'
import { readPlanFile, UnknownPlanFile } from '../../src/collect/terraform/plan-file/read.js'
import { readRootFiles } from '../../src/collect/terraform/module-files.js'
import { lockedSchemaKeys, reduceSchemas } from '../../src/collect/terraform/plan-file/schema.js'
import {
  isVerified,
  recordVerdict,
  trustIn,
  verdictsTag
} from '../../src/collect/terraform/plan-file/trust.js'
import { VERSION } from '../../src/version.js'

/**
 * The parts of the plan-file reader that real plans seldom exercise: cty's MessagePack forms,
 * configuration that only looks like a block, and plan files this reader must refuse (so the
 * Action asks `terraform show` instead). The real plans are read in
 * integration/plan-file.test.ts, against show.
 */

function dir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'driftwatch-config-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  return root
}

function planFile(entries: Record<string, Buffer>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'driftwatch-planfile-')), 'plan.tfplan')
  writeFileSync(file, writeZip(Object.entries(entries).map(([name, data]) => ({ name, data }))))
  return file
}

const STATE = Buffer.from(JSON.stringify({ version: 4, resources: [] }))

/** A length-delimited protobuf field (of under 128 bytes, its number under 2048). */
function field(number: number, value: string | Buffer): Buffer {
  const bytes = Buffer.from(value)
  const key = (number << 3) | 2
  const varint = key < 0x80 ? [key] : [(key & 0x7f) | 0x80, key >> 7]
  return Buffer.concat([Buffer.from([...varint, bytes.length]), bytes])
}

/** A tfplan of format 3 that Terraform 1.11.4 wrote, with `more` fields. */
function tfplan(...more: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from([0x08, 0x03]), field(14, '1.11.4'), ...more])
}

/** A plan file whose tfplan has `more` fields. */
function planWith(...more: Buffer[]): string {
  return planFile({ tfplan: tfplan(...more), tfstate: STATE, 'tfstate-prev': STATE })
}

describe('cty MessagePack', () => {
  it('reads objects, lists, numbers, unknown values and dynamic pairs', () => {
    // {"a": 1, "b": [true, null], "c": <unknown>, "d": 1.5, "e": ["\"string\"" as bytes, "x"]}
    const bytes = Buffer.from([
      0x85,
      0xa1,
      0x61,
      0x01,
      0xa1,
      0x62,
      0x92,
      0xc3,
      0xc0,
      0xa1,
      0x63,
      0xd4,
      0x00,
      0x00,
      0xa1,
      0x64,
      0xcb,
      ...Buffer.from(new Float64Array([1.5]).buffer).reverse(),
      0xa1,
      0x65,
      0x92,
      0xc4,
      0x08,
      ...Buffer.from('"string"'),
      0xa1,
      0x78
    ])
    expect(decodeValue(bytes)).toEqual({ a: 1, b: [true, null], c: UNKNOWN, d: 1.5, e: 'x' })
  })

  it('refuses what cty never writes, and cut values', () => {
    expect(() => decodeValue(Buffer.from([0xc4, 0x01, 0x00]))).toThrow(MsgpackError)
    expect(() => decodeValue(Buffer.from([0x92, 0x01]))).toThrow('truncated value')
    expect(() => decodeValue(Buffer.from([0xc1]))).toThrow('is not MessagePack')
  })
})

describe('sensitive masks', () => {
  it('marks paths and schema patterns as show does, leaving false out of objects', () => {
    const value = {
      name: 'db',
      password: 'p',
      users: [
        { key: 'k1', id: 1 },
        { key: 'k2', id: 2 }
      ]
    }
    expect(sensitiveMask(value, [['password']], [['users', '*', 'key']])).toEqual({
      password: true,
      users: [{ key: true }, { key: true }]
    })
  })
})

describe('the configuration read from .tf files', () => {
  it('sees the arguments and blocks each resource writes, through strings, heredocs and comments', async () => {
    const root = dir({
      'main.tf': `
variable "token" { sensitive = true }
variable "password" {
  sensitive = true
  default   = "s3cr\\"et" # a comment with a } brace
}
variable "plain" {
  default = "x"
}
resource "aws_security_group" "web" {
  count       = 2
  name        = "a { string } with \${jsonencode({ a = "}" })} braces"
  /* ingress = [] in a comment { */
  // egress { } in a comment
  policy = <<-EOF
    resource "not" "real" {
    ingress {
  EOF
  dynamic "egress" {
    for_each = []
    content {}
  }
  ingress {
    from_port = 443
  }
  tags = merge(
    var.tags,
    { Name = "web" }
  )
  lifecycle {
    ignore_changes = [tags]
  }
}
data "aws_vpc" "default" {
  default = true
}
module "child" {
  source = "./child"
}
`,
      'child/main.tf': 'resource "aws_iam_role" "r" {\n  name = "r"\n  inline_policy {\n  }\n}\n',
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Dir: '.' },
          { Key: 'child', Dir: 'child' }
        ]
      })
    })
    const config = readConfiguration(await readRootFiles(root))
    expect(config.variables).toEqual({
      token: { sensitive: true },
      password: { sensitive: true, default: 's3cr"et' },
      plain: { default: 'x' }
    })
    expect(config.resources?.map(r => [r.address, Object.keys(r.expressions ?? {})])).toEqual([
      ['aws_security_group.web', ['name', 'policy', 'ingress', 'tags']],
      ['data.aws_vpc.default', ['default']]
    ])
    expect(config.module_calls?.child.module?.resources?.[0]).toMatchObject({
      address: 'aws_iam_role.r',
      expressions: { name: {}, inline_policy: {} }
    })
  })

  it('leaves JSON syntax and unbalanced files to terraform', async () => {
    const json = await readRootFiles(dir({ 'main.tf.json': '{}' }))
    expect(() => readConfiguration(json)).toThrow('main.tf.json is configuration in JSON syntax')
    const open = await readRootFiles(dir({ 'main.tf': 'resource "a" "b" {\n  x = "open\n' }))
    expect(() => readConfiguration(open)).toThrow(ConfigError)
  })
})

describe('plan files the reader refuses', () => {
  const schemas = new Map()

  it.each([
    ['a file that is not a zip', () => planFileText('not a zip'), /not a zip archive/],
    [
      'a plan without the state before refresh',
      () => planFile({ tfplan: tfplan(), tfstate: STATE }),
      /it has no tfstate-prev/
    ],
    [
      'another tfplan format',
      () => planFile({ tfplan: Buffer.from([0x08, 0x02]), tfstate: STATE, 'tfstate-prev': STATE }),
      /tfplan format version 2, not 3/
    ],
    [
      'another state format',
      () =>
        planFile({
          tfplan: tfplan(),
          tfstate: Buffer.from('{"version": 3}'),
          'tfstate-prev': STATE
        }),
      /state format version 3, not 4/
    ],
    [
      'a plan that records no Terraform version',
      () => planFile({ tfplan: Buffer.from([0x08, 0x03]), tfstate: STATE, 'tfstate-prev': STATE }),
      /^it records no Terraform version this reader can name$/
    ],
    [
      'a field this reader does not know, in a resource change',
      // Field 15 (a varint) of the first drift entry.
      () => planWith(field(18, Buffer.from([0x78, 0x01]))),
      /^it has field 15 in a resource change, which this reader does not know$/
    ],
    [
      'a field this reader does not know, in a change',
      () => planWith(field(3, field(9, Buffer.from([0x48, 0x01])))),
      /^it has field 9 in a change, which this reader does not know$/
    ],
    [
      'an OpenTofu plan',
      () => planWith(field(3, field(8, 'provider["registry.opentofu.org/hashicorp/aws"]'))),
      /^OpenTofu wrote it: its providers come from registry\.opentofu\.org$/
    ],
    [
      "OpenTofu's encrypted plan, a JSON envelope",
      () =>
        planFileText(
          JSON.stringify({
            meta: { 'key_provider.pbkdf2.main': 'e30=' },
            encrypted_data: 'UEsDBA==',
            encryption_version: 'v0'
          })
        ),
      /^it is encrypted: OpenTofu's plan encryption$/
    ],
    [
      'a damaged tfplan',
      () =>
        planFile({
          tfplan: Buffer.from([0x1a, 0x09, 0x00]),
          tfstate: STATE,
          'tfstate-prev': STATE
        }),
      /truncated field/
    ]
  ])('%s', async (_, make, why) => {
    const files = await readRootFiles(tmpdir())
    const error = await readPlanFile(make(), files, schemas).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnknownPlanFile)
    expect((error as Error).message).toMatch(why)
  })
})

function planFileText(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'driftwatch-planfile-')), 'plan.tfplan')
  writeFileSync(file, text)
  return file
}

describe('provider schemas', () => {
  it('keeps the sensitive and number paths of each type, nested blocks and attributes included', () => {
    const schemas = reduceSchemas(
      JSON.stringify({
        provider_schemas: {
          'registry.terraform.io/hashicorp/aws': {
            resource_schemas: {
              aws_db_instance: {
                block: {
                  attributes: {
                    password: { type: 'string', sensitive: true },
                    port: { type: 'number' },
                    weights: { type: ['map', 'number'] },
                    secret: {
                      nested_type: {
                        nesting_mode: 'list',
                        attributes: { arn: { type: 'string', sensitive: true } }
                      }
                    }
                  },
                  block_types: {
                    scaling: {
                      nesting_mode: 'list',
                      block: { attributes: { ratio: { type: 'number' } } }
                    }
                  }
                }
              },
              aws_vpc: { block: { attributes: { id: { type: 'string' } } } }
            },
            data_source_schemas: {}
          }
        }
      })
    )
    expect(schemas.get('registry.terraform.io/hashicorp/aws')?.managed).toEqual({
      aws_db_instance: {
        sensitive: [['password'], ['secret', '*', 'arn']],
        numbers: [['port'], ['weights', '*'], ['scaling', '*', 'ratio']]
      },
      aws_vpc: {}
    })
  })

  it('keys a cached schema on the provider, its version and its checksums', () => {
    const lock = (version: string, hash: string) => `
provider "registry.terraform.io/hashicorp/aws" {
  version     = "${version}"
  constraints = "~> 5.40"
  hashes = [
    "${hash}",
  ]
}
`
    const [a] = lockedSchemaKeys(lock('5.100.0', 'h1:aaa='))
    expect(a.address).toBe('registry.terraform.io/hashicorp/aws')
    expect(lockedSchemaKeys(lock('5.100.0', 'h1:aaa='))[0].key).toBe(a.key)
    expect(lockedSchemaKeys(lock('5.100.1', 'h1:aaa='))[0].key).not.toBe(a.key)
    expect(lockedSchemaKeys(lock('5.100.0', 'h1:bbb='))[0].key).not.toBe(a.key)
  })
})

describe('verdicts on Terraform versions', () => {
  const cacheDir = () => mkdtempSync(join(tmpdir(), 'driftwatch-verdicts-'))
  const verdict = (dir: string, version: string) =>
    JSON.parse(
      readFileSync(join(dir, 'driftwatch-plan-reader', `terraform-${version}.json`), 'utf8')
    ) as unknown

  it('trust the reader on every patch release of the verified minor versions, and no other', () => {
    expect(['1.11.0', '1.11.4', '1.11.17'].map(isVerified)).toEqual([true, true, true])
    expect(['1.12.0', '1.11.4-rc1', '1.1.0', '11.1.0', '1.10.9'].map(isVerified)).toEqual([
      false,
      false,
      false,
      false,
      false
    ])
  })

  it('keep what the first contact found, per version', async () => {
    const dir = cacheDir()
    expect(await trustIn(dir, '1.11.4')).toBe('verified')
    expect(await trustIn(dir, '1.99.0')).toBe('unseen')
    expect(await recordVerdict(dir, '1.99.0', undefined)).toBe(true)
    expect(await trustIn(dir, '1.99.0')).toBe('plan-file')
    expect(await trustIn(dir, '1.99.1')).toBe('unseen')
    expect(verdict(dir, '1.99.0')).toEqual({
      format: 1,
      driftwatch: VERSION,
      terraform: '1.99.0',
      reader: 'plan-file'
    })
  })

  it("let a difference one root found stand over another root's agreement, told once", async () => {
    const dir = cacheDir()
    expect(await recordVerdict(dir, '1.99.0', undefined)).toBe(true)
    expect(await recordVerdict(dir, '1.99.0', '/drift/a.b/change/after/x')).toBe(true)
    expect(await recordVerdict(dir, '1.99.0', undefined)).toBe(false)
    expect(await recordVerdict(dir, '1.99.0', '/drift/c.d/change/after/y')).toBe(false)
    expect(await trustIn(dir, '1.99.0')).toBe('show')
    expect(verdict(dir, '1.99.0')).toMatchObject({
      reader: 'show',
      difference: '/drift/a.b/change/after/x'
    })
  })

  it('take a verdict afresh when another Driftwatch made it, or it does not parse', async () => {
    const dir = cacheDir()
    const folder = join(dir, 'driftwatch-plan-reader')
    mkdirSync(folder)
    const file = (version: string, content: unknown) =>
      writeFileSync(join(folder, `terraform-${version}.json`), JSON.stringify(content))
    file('1.99.0', { format: 1, driftwatch: '0.0.1', terraform: '1.99.0', reader: 'plan-file' })
    file('1.99.1', { format: 1, driftwatch: VERSION, terraform: '1.99.0', reader: 'plan-file' })
    writeFileSync(join(folder, 'terraform-1.99.2.json'), '{"format": 1, "driftw')
    for (const version of ['1.99.0', '1.99.1', '1.99.2'])
      expect(await trustIn(dir, version)).toBe('unseen')
  })

  it('are told apart by the tag the Action cache key ends with', async () => {
    const dir = cacheDir()
    const none = await verdictsTag(dir)
    expect(none).toMatch(/^[0-9a-f]{12}$/)
    expect(await verdictsTag(cacheDir())).toBe(none)
    await recordVerdict(dir, '1.99.0', undefined)
    const one = await verdictsTag(dir)
    expect(one).not.toBe(none)
    await recordVerdict(dir, '1.99.0', undefined)
    expect(await verdictsTag(dir)).toBe(one)
    await recordVerdict(dir, '1.99.0', '/prior/a.b/x')
    expect(await verdictsTag(dir)).not.toBe(one)
  })
})

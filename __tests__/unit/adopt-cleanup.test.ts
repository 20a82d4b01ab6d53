import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Diagnostic } from '../../src/collect/terraform/ui-json.js'
import { uiDiagnostics } from '../../src/collect/terraform/ui-json.js'
import { repairBlock, tidyBlock } from '../../src/remediate/adopt/cleanup.js'
import type { Block } from '../../src/remediate/hcl/syntax.js'
import {
  attributes,
  blocks,
  HclError,
  indexOfByte,
  parseBody,
  valueText
} from '../../src/remediate/hcl/syntax.js'

/**
 * The adopt remedy's clean-up on configuration real terraform generated against moto
 * (__tests__/fixtures/README.md, "Generated configuration"), with the diagnostics its plan gave.
 */

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/adopt/${name}`, import.meta.url), 'utf8')

const EVERY_TYPE = fixture('every-type.generated.tf')
const ROUND_TRIP = fixture('round-trip.generated.tf')
const DIAGNOSTICS = uiDiagnostics(fixture('every-type.diagnostics.jsonl'))

function resourceBlocks(text: string): Map<string, Block> {
  return new Map(blocks(parseBody(text), 'resource').map(b => [`${b.labels[0]}.${b.labels[1]}`, b]))
}

function blockText(text: string, type: string): { address: string; text: string; block: Block } {
  const [address, block] = [...resourceBlocks(text)].find(([a]) => a.startsWith(`${type}.`))!
  return { address, text: text.slice(block.start, block.end), block }
}

/** Argument names of a resource block, nested blocks as `name{}`. */
function names(block: string): string[] {
  const [resource] = blocks(parseBody(block), 'resource')
  return resource.items.map(i => (i.kind === 'attribute' ? i.name : `${i.type}{}`))
}

/** The generated block of `type` repaired with its own diagnostics, positions made block-relative. */
function repaired(type: string) {
  const { address, text, block } = blockText(EVERY_TYPE, type)
  const errors = DIAGNOSTICS.filter(d => d.address === address && d.severity === 'error').map(
    (diagnostic: Diagnostic) => ({
      diagnostic,
      at: indexOfByte(EVERY_TYPE, diagnostic.range!.start.byte) - block.start
    })
  )
  expect(errors.length).toBeGreaterThan(0)
  return repairBlock(text, type, errors)
}

describe('reading generated configuration', () => {
  it('finds every resource block terraform generated, with its arguments', () => {
    const found = resourceBlocks(EVERY_TYPE)
    expect(found.size).toBe(34)
    const lb = blockText(EVERY_TYPE, 'aws_lb').text
    expect(names(lb)).toEqual(
      expect.arrayContaining(['name', 'access_logs{}', 'connection_logs{}', 'subnet_mapping{}'])
    )
  })

  it('steps over strings, templates, heredocs and comments', () => {
    const text = [
      'resource "x" "y" {',
      '  a = "}{ ${ {b = "}"} } %{ if true }]%{ endif }" # }',
      '  b = <<-EOT',
      '    } not the end',
      '    EOT',
      '  /* } */ c = [1, {',
      '    d = 2 }]',
      '  e { f = 1 }',
      '}'
    ].join('\n')
    const [resource] = blocks(parseBody(text), 'resource')
    expect(resource.items.map(i => (i.kind === 'attribute' ? i.name : i.type))).toEqual([
      'a',
      'b',
      'c',
      'e'
    ])
    const [a] = attributes(resource.items)
    expect(valueText(text, a)).toBe('"}{ ${ {b = "}"} } %{ if true }]%{ endif }"')
    expect(() => parseBody('resource "x" "y" {\n  a = "open\n}')).toThrow(HclError)
  })
})

describe('tidying what the generator writes', () => {
  it('drops computed and excluded arguments, nulls and zero values, and keeps the escapes', () => {
    const sg = blockText(ROUND_TRIP, 'aws_security_group').text
    const tidy = tidyBlock(sg, 'full')
    expect(names(tidy)).toEqual(['description', 'egress', 'ingress', 'name', 'tags', 'vpc_id'])
    // The rules are one value each: nothing inside them is touched.
    expect(tidy).toContain('    ipv6_cidr_blocks = []\n')
    expect(tidy).toContain('Note = "cost $${var.x} %%{ if true }"')
    const bucket = tidyBlock(blockText(ROUND_TRIP, 'aws_s3_bucket').text, 'full')
    expect(names(bucket)).toEqual(['bucket', 'tags'])
    expect(bucket).toContain('Owner = "$${jndi} %%{x}"')
  })

  it('at the minimal level drops only what validation needs gone (name_prefix beside a name)', () => {
    const role = blockText(ROUND_TRIP, 'aws_iam_role').text
    expect(names(tidyBlock(role, 'minimal'))).toEqual([
      'assume_role_policy',
      'description',
      'force_detach_policies',
      'max_session_duration',
      'name',
      'path',
      'permissions_boundary',
      'tags'
    ])
  })

  it('removes a nested block left empty', () => {
    const lb = tidyBlock(blockText(EVERY_TYPE, 'aws_lb').text, 'full')
    expect(names(lb)).not.toContain('connection_logs{}')
    expect(names(lb)).toContain('subnet_mapping{}')
  })
})

describe('repairing what fails validation', () => {
  it('leaves a queue of 1 MiB messages its size, as AWS holds it, and says why', () => {
    const result = repaired('aws_sqs_queue')
    expect(result).toHaveProperty('block')
    const block = (result as { block: string }).block
    expect(names(block)).not.toContain('max_message_size')
    expect(block).toContain(
      '  # max_message_size: AWS holds 1048576, above the 262144 that hashicorp/aws 5.x accepts'
    )
    expect(block).toMatch(
      / {2}lifecycle \{\n {4}ignore_changes = \[max_message_size\]\n {2}\}\n\}$/
    )
  })

  it('removes zero values validation refuses, and the longer of two exclusive arguments', () => {
    const subnet = repaired('aws_subnet') as { block: string }
    expect(names(subnet.block)).toContain('availability_zone')
    for (const gone of [
      'availability_zone_id',
      'enable_lni_at_device_index',
      'map_customer_owned_ip_on_launch'
    ])
      expect(names(subnet.block)).not.toContain(gone)
    const lb = repaired('aws_lb') as { block: string }
    expect(names(lb.block)).toContain('subnets')
    expect(names(lb.block)).not.toContain('subnet_mapping{}')
    expect(names(lb.block)).not.toContain('connection_logs{}')
    for (const type of ['aws_kms_key', 'aws_sns_topic', 'aws_ebs_volume', 'aws_vpc'])
      expect(repaired(type)).toHaveProperty('block')
  })

  it('leaves out what no rule can put right, with the error in one line', () => {
    expect(repaired('aws_ssm_parameter')).toEqual({
      reason:
        'its generated configuration fails validation: Invalid combination of arguments: "value_wo": one of `insecure_value,value,value_wo` must be specified'
    })
    expect(repaired('aws_key_pair')).toEqual({
      reason:
        'its generated configuration fails validation: Missing required argument: The argument "public_key" is required, but no definition was found.'
    })
    expect(repaired('aws_lambda_function')).toHaveProperty('reason')
  })
})

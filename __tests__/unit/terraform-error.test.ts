import { describe, expect, it } from '@jest/globals'
import { terraformError } from '../../src/collect/terraform/run.js'

describe('terraformError on diagnostics with a source excerpt', () => {
  it('keeps the summary and the detail, and leaves out the excerpt and its values', () => {
    // As terraform 1.11 prints a failed precondition with -no-color.
    const stderr = [
      '╷',
      '│ Error: Resource precondition failed',
      '│ ',
      '│   on main.tf line 55, in resource "aws_ssm_parameter" "tagged":',
      '│   55:       condition     = !var.fail',
      '│     ├────────────────',
      '│     │ var.fail is true',
      '│ ',
      '│ Refusing to plan: the stored secret is (sensitive).',
      '╵',
      '╷',
      '│ Error: a second diagnostic',
      '╵'
    ].join('\n')
    expect(terraformError(stderr)).toBe(
      'Error: Resource precondition failed Refusing to plan: the stored secret is (sensitive).'
    )
  })

  it('reads diagnostics printed without a frame too (terraform -no-color)', () => {
    const plain = [
      '',
      'Error: Resource precondition failed',
      '',
      '  on main.tf line 55, in resource "aws_ssm_parameter" "tagged":',
      '  55:       condition     = !var.fail',
      '    ├────────────────',
      '    │ var.fail is true',
      '',
      'Refusing to plan: the stored secret is (sensitive).',
      ''
    ].join('\n')
    expect(terraformError(plain)).toBe(
      'Error: Resource precondition failed Refusing to plan: the stored secret is (sensitive).'
    )
    const stderr = [
      'Error: Unsupported argument',
      '',
      '  on main.tf line 3, in resource "aws_s3_bucket" "b":',
      '   3:   buckt = "x"',
      '',
      'An argument named "buckt" is not expected here. Did you mean "bucket"?'
    ].join('\n')
    expect(terraformError(stderr)).toBe(
      'Error: Unsupported argument An argument named "buckt" is not expected here. Did you mean "bucket"?'
    )
  })
})

import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PlanRewrite } from '../../scripts/lib/plan-rewrite.mjs'
import type { Plan } from '../../src/collect/terraform/plan-json.js'
import { PlanReader } from '../../src/collect/terraform/plan-reader.js'

const REWRITER = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'scripts',
  'lib',
  'plan-rewrite.mjs'
)

/** A plan read the way the pipeline streams `terraform show -json`, `chunkSize` bytes at a time. */
export function readInChunks(text: string | Buffer, chunkSize = 1 << 16): Plan {
  const reader = new PlanReader()
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  for (let at = 0; at < bytes.length; at += chunkSize)
    reader.write(bytes.subarray(at, at + chunkSize))
  return reader.end()
}

/**
 * A `terraform` on a PATH of its own, in front of the real one, that writes each command it runs
 * to a log and rewrites each plan it saves as `rewrite` says (none: the plan stays as written),
 * while `terraform show` reads the plan as terraform wrote it (scripts/lib/plan-rewrite.mjs): a
 * Terraform whose plan files the reader was not verified on, or misreads.
 */
export function rewritingTerraform(rewrite: PlanRewrite = {}): {
  path: string
  commands: () => string[]
} {
  const bin = mkdtempSync(join(tmpdir(), 'driftwatch-rewriting-'))
  const log = join(bin, 'commands.log')
  const spec = join(bin, 'rewrite.json')
  writeFileSync(log, '')
  writeFileSync(spec, JSON.stringify(rewrite))
  const real = process.env.PATH?.split(delimiter)
    .map(dir => join(dir, 'terraform'))
    .find(file => existsSync(file))
  if (!real) throw new Error('terraform is not on PATH')
  const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`
  writeFileSync(
    join(bin, 'terraform'),
    [
      '#!/bin/sh',
      `export DRIFTWATCH_REAL_TERRAFORM=${quote(real)}`,
      `export DRIFTWATCH_REWRITE=${quote(spec)}`,
      `export DRIFTWATCH_TERRAFORM_LOG=${quote(log)}`,
      `exec ${quote(process.execPath)} ${quote(REWRITER)} "$@"`,
      ''
    ].join('\n')
  )
  chmodSync(join(bin, 'terraform'), 0o755)
  return {
    path: `${bin}${delimiter}${process.env.PATH}`,
    commands: () => readFileSync(log, 'utf8').split('\n').filter(Boolean)
  }
}

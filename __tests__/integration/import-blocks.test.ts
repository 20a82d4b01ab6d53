import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import { createUntaggedGlobal, createUntaggedRegional } from '../../scripts/lib/tamper.mjs'
import { awsEnv, copyRoot, terraform } from '../../scripts/lib/terraform-env.mjs'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'

/**
 * The import blocks a user copies from the job summary must adopt what they name. Every listed
 * type is made by hand on moto, never tagged; the bundled action lists them; the `hcl` blocks of
 * its summary go into an empty root, and `terraform plan -generate-config-out` must find every
 * object and write a `resource` block for each. A wrong id form (a key pair by id instead of name,
 * an inline policy without its role) shows as "Cannot import non-existent remote object".
 */

const HOME = 'us-east-1'
const PREFIX = 'dw-import'

let moto: MotoServer
let root: string
let env: Record<string, string>
let run: ActionRun
let plan: { code: number; stdout: string; stderr: string }

interface Block {
  to: string
  id: string
}

/** The import blocks as the summary prints them, from its `hcl` fences. */
function summaryBlocks(summary: string): { text: string; blocks: Block[] } {
  const fences = [...summary.matchAll(/^(`{3,})hcl\n([\s\S]*?)\n\1$/gm)].map(m => m[2])
  const text = fences.join('\n\n')
  const blocks = [...text.matchAll(/import \{\n {2}to = (\S+)\n {2}id = ("(?:[^"\\]|\\.)*")\n\}/g)]
  return { text, blocks: blocks.map(m => ({ to: m[1], id: JSON.parse(m[2]) as string })) }
}

beforeAll(async () => {
  moto = await startMoto()
  env = awsEnv({ endpoint: moto.endpoint, region: HOME })
  root = copyRoot(join(REPO_ROOT, '__tests__', 'roots', 'empty'))
  const target = { endpoint: moto.endpoint, region: HOME }
  const global = await createUntaggedGlobal(PREFIX, target)
  await createUntaggedRegional(PREFIX, global.roleArn, target)
  run = await runAction({
    cwd: root,
    env: { ...env, GITHUB_WORKSPACE: root },
    inputs: {
      'working-directory': '.',
      'aws-regions': HOME,
      publish: 'none',
      annotations: 'false',
      'fail-on': 'never'
    }
  })
  const { text } = summaryBlocks(run.summary)
  writeFileSync(join(root, 'imports.tf'), `${text}\n`)
  plan = await terraform(['plan', '-no-color', '-generate-config-out=generated.tf'], {
    cwd: root,
    env
  })
}, 300_000)

afterAll(async () => {
  await moto?.stop()
})

describe('import blocks for every listed type', () => {
  it('are printed for each never-tagged resource the listing found', () => {
    expect(run.code).toBe(0)
    const types = new Set(summaryBlocks(run.summary).blocks.map(block => block.to.split('.')[0]))
    for (const type of [
      // Its rule goes with it: importing the group brings the rule.
      'aws_security_group',
      'aws_iam_user',
      'aws_iam_access_key',
      'aws_iam_role',
      'aws_iam_role_policy',
      'aws_iam_user_policy',
      'aws_iam_role_policy_attachment',
      'aws_iam_user_policy_attachment',
      'aws_iam_policy',
      'aws_iam_group',
      'aws_iam_instance_profile',
      'aws_route53_zone',
      'aws_instance',
      'aws_ebs_volume',
      'aws_ebs_snapshot',
      'aws_key_pair',
      'aws_kms_key',
      'aws_secretsmanager_secret',
      'aws_lambda_function',
      'aws_db_instance',
      'aws_lb',
      'aws_lb_target_group',
      'aws_sns_topic',
      'aws_sqs_queue',
      'aws_ssm_parameter',
      'aws_cloudwatch_log_group',
      'aws_dynamodb_table',
      'aws_ecr_repository',
      'aws_s3_bucket'
    ]) {
      expect(types).toContain(type)
    }
  })

  it('go through terraform plan -generate-config-out, every object found', () => {
    const output = plan.stdout + plan.stderr
    expect(output).not.toContain('Cannot import non-existent remote object')
    expect(output).not.toMatch(/Error: .*import/i)
    const generated = readFileSync(join(root, 'generated.tf'), 'utf8')
    for (const { to } of summaryBlocks(run.summary).blocks) {
      const [type, name] = to.split('.')
      expect(generated).toContain(`resource "${type}" "${name}"`)
    }
  })
})

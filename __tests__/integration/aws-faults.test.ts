import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import {
  createUnmanagedQueue,
  createUnmanagedSecurityGroup,
  openSecurityGroup
} from '../../scripts/lib/tamper.mjs'
import { applyRoot, awsEnv, copyRoot } from '../../scripts/lib/terraform-env.mjs'
import type { ActionRun } from '../helpers/action.js'
import { REPO_ROOT, runAction } from '../helpers/action.js'
import type { AwsStandIn } from '../helpers/aws-standin.js'
import { ec2Error, queryError, startAwsStandIn } from '../helpers/aws-standin.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'
import type { TaggingStandIn } from '../helpers/tagging-standin.js'
import { startTaggingStandIn } from '../helpers/tagging-standin.js'

/**
 * AWS faults per region, end to end: real terraform plans a root applied to moto while the
 * bundled Action scans five regions through a stand-in Tagging API in front of moto. One region
 * denies access, one throttles for good, one answers 500 for good, one throttles once and
 * recovers; the home region answers. The direct listing goes through a second stand-in that
 * denies IAM's GetAccountAuthorizationDetails and throttles one EC2 call once. The run must keep
 * the drift, the unmanaged resources of the regions and types that answered, and say in one line
 * per region, and per denied listing, what went wrong and what to grant.
 */

const PREFIX = 'dw-awsfaults'
/** What IAM's denied GetAccountAuthorizationDetails would have listed: one line names them all. */
const IAM_TYPES = [
  'aws_iam_user',
  'aws_iam_role',
  'aws_iam_group',
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_role_policy_attachment',
  'aws_iam_user_policy_attachment',
  'aws_iam_access_key'
]
const HOME = 'us-east-1'
const RECOVERS = 'eu-west-1'
const DENIES = 'ap-south-1'
const THROTTLES = 'eu-central-1'
const FAILS = 'us-west-2'

let moto: MotoServer
let standIn: TaggingStandIn
let apis: AwsStandIn
let run: ActionRun
const made = { securityGroupId: '', homeQueue: '', otherQueue: '', consoleGroup: '' }

interface ReportJson {
  counts: Record<string, number>
  directories: { drift: { address: string; severity: string }[] }[]
  unmanaged: {
    regions: string[]
    regionErrors: { scope: string; region: string; message: string }[]
    resources: { arn: string; region: string; type: string; id: string }[]
    notListed: { types: string[]; action: string; message: string }[]
    blindSpots: string
  }
}

beforeAll(async () => {
  moto = await startMoto()
  const env = awsEnv({ endpoint: moto.endpoint, region: HOME })
  const root = copyRoot(join(REPO_ROOT, '__tests__', 'fixtures', 'roots', 'many'))
  await applyRoot(root, env, { name_prefix: PREFIX, parameters: 1, groups: 1 })
  const home = { endpoint: moto.endpoint, region: HOME }
  made.securityGroupId = await openSecurityGroup(`${PREFIX}-service-0`, 22, home)
  made.homeQueue = await createUnmanagedQueue(`${PREFIX}-home-jobs`, { CreatedBy: 'console' }, home)
  made.otherQueue = await createUnmanagedQueue(
    `${PREFIX}-other-jobs`,
    { CreatedBy: 'console' },
    { endpoint: moto.endpoint, region: RECOVERS }
  )

  standIn = await startTaggingStandIn({ upstream: moto.endpoint })
  standIn.fail({
    region: DENIES,
    status: 403,
    type: 'AccessDeniedException',
    message:
      'User: arn:aws:sts::123456789012:assumed-role/drift/ci is not authorized to perform: tag:GetResources'
  })
  standIn.fail({
    region: THROTTLES,
    status: 400,
    type: 'ThrottlingException',
    message: 'Rate exceeded'
  })
  standIn.fail({
    region: FAILS,
    status: 500,
    type: 'InternalServiceException',
    message: 'We hit a snag'
  })
  standIn.fail({
    region: RECOVERS,
    status: 400,
    type: 'ThrottlingException',
    message: 'Rate exceeded',
    times: 1
  })

  apis = await startAwsStandIn(moto.endpoint)
  apis.answer({
    service: 'iam',
    action: 'GetAccountAuthorizationDetails',
    answer: queryError(
      403,
      'AccessDenied',
      'User: arn:aws:sts::123456789012:assumed-role/drift/ci is not authorized to perform: iam:GetAccountAuthorizationDetails'
    )
  })
  apis.answer({
    service: 'ec2',
    action: 'DescribeSecurityGroups',
    region: HOME,
    times: 1,
    answer: ec2Error(503, 'RequestLimitExceeded', 'Request limit exceeded.')
  })
  // One made by hand in the console, never tagged: the listing must still find it.
  made.consoleGroup = await createUnmanagedSecurityGroup(`${PREFIX}-console`, {}, home)

  run = await runAction({
    cwd: root,
    env: {
      ...env,
      GITHUB_WORKSPACE: root,
      // Only the inventory goes through the stand-in; terraform talks to moto directly.
      AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API: standIn.url,
      AWS_ENDPOINT_URL_IAM: apis.url,
      AWS_ENDPOINT_URL_EC2: apis.url,
      // The SDK's own setting: two attempts keep the regions that never recover quick.
      AWS_MAX_ATTEMPTS: '2'
    },
    inputs: {
      'working-directory': '.',
      'plan-args': `-var name_prefix=${PREFIX} -var parameters=1 -var groups=1`,
      'aws-regions': [HOME, RECOVERS, DENIES, THROTTLES, FAILS].join(', '),
      publish: 'none',
      annotations: 'false',
      'fail-on': 'never'
    }
  })
}, 240_000)

afterAll(async () => {
  await standIn?.close()
  await apis?.close()
  await moto?.stop()
})

const report = (): ReportJson => JSON.parse(readFileSync(run.outputs.report, 'utf8')) as ReportJson

describe('AWS faults in some regions', () => {
  it('keeps the drift terraform found', () => {
    expect(run.code).toBe(0)
    expect(report().directories[0].drift.map(d => [d.address, d.severity])).toEqual([
      ['aws_security_group.service[0]', 'critical']
    ])
    expect(run.outputs['drifted-count']).toBe('1')
  })

  it('reports the unmanaged resources of the regions that answered, the recovered one too', () => {
    const arns = report().unmanaged.resources.map(r => r.arn)
    expect(arns).toEqual([
      // Never tagged, found by listing, although EC2 throttled the listing's first call.
      `arn:aws:ec2:${HOME}:123456789012:security-group/${made.consoleGroup}`,
      `arn:aws:sqs:${RECOVERS}:123456789012:${PREFIX}-other-jobs`,
      `arn:aws:sqs:${HOME}:123456789012:${PREFIX}-home-jobs`
    ])
    expect(run.outputs['unmanaged-count']).toBe('3')
    const listed = apis.calls.filter(
      c => c.action === 'DescribeSecurityGroups' && c.region === HOME
    )
    expect(listed.map(c => c.status).slice(0, 2)).toEqual([503, 200])
    // The throttled page was asked again by the SDK, not given up on.
    expect(standIn.requests.filter(r => r.region === RECOVERS).map(r => r.status)).toEqual([
      400, 200
    ])
  })

  it('says in one line per region what went wrong and what to do', () => {
    const expected = [
      `region ${DENIES} denied access (User: arn:aws:sts::123456789012:assumed-role/drift/ci is not authorized to perform: tag:GetResources): check the role's tag:GetResources permission`,
      `region ${THROTTLES} kept throttling the Tagging API after 2 attempts: run again later, or allow more attempts with AWS_MAX_ATTEMPTS`,
      `region ${FAILS}: the Tagging API kept failing after 2 attempts (InternalServiceException: We hit a snag): run again later`,
      `${IAM_TYPES.join(', ')}: access denied to iam:GetAccountAuthorizationDetails: grant it to list them`
    ]
    expect(report().unmanaged.regionErrors.map(e => e.message)).toEqual(expected)
    const warnings = run.stdout.split('\n').filter(line => line.startsWith('::warning::Inventory'))
    expect(warnings).toEqual(expected.map(message => `::warning::Inventory: ${message}`))
    // In the summary as a reader sees it, once under the unmanaged table, once under Errors.
    const summary = visibleText(run.summary)
    expect(summary).toContain(`⚠️ The scan is incomplete: ${expected.join('; ')}.`)
    expect(summary).toContain(['Errors', ...expected].join('\n'))
    expect(liveMarkup(run.summary)).toEqual([])
    expect(run.everything).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
  })

  it('names what a denied listing could not see, in the JSON report and the blind spots', () => {
    const { notListed, blindSpots } = report().unmanaged
    expect(notListed).toEqual([
      expect.objectContaining({ types: IAM_TYPES, action: 'iam:GetAccountAuthorizationDetails' })
    ])
    expect(blindSpots).toContain(
      `Not listed this time, so seen only if tagged: ${IAM_TYPES.join(', ')} (iam:GetAccountAuthorizationDetails).`
    )
  })
})

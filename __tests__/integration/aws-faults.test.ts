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
import { lookUpAttributions } from '../../src/collect/aws/attribution.js'
import { sharedCredentials } from '../../src/collect/aws/clients.js'
import { credentialsFault } from '../../src/collect/aws/faults.js'
import { listResources } from '../../src/collect/aws/listing/index.js'
import { scanTaggingApi } from '../../src/collect/aws/tagging.js'
import type { AwsStandIn, CannedAnswer } from '../helpers/aws-standin.js'
import {
  cutShort,
  ec2Error,
  htmlPage,
  jsonError,
  queryError,
  restXmlError,
  startAwsStandIn
} from '../helpers/aws-standin.js'
import type { CloudTrailStandIn } from '../helpers/cloudtrail-standin.js'
import { startCloudTrailStandIn } from '../helpers/cloudtrail-standin.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'
import { setProcessEnv } from '../helpers/process-env.js'
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

/** The root applied to moto, and drifted: what every run of the Action here plans. */
let root: string
let env: ReturnType<typeof awsEnv>
const home = () => ({ endpoint: moto.endpoint, region: HOME })
const PLAN_ARGS = `-var name_prefix=${PREFIX} -var parameters=1 -var groups=1`

beforeAll(async () => {
  moto = await startMoto()
  env = awsEnv({ endpoint: moto.endpoint, region: HOME })
  root = copyRoot(join(REPO_ROOT, '__tests__', 'fixtures', 'roots', 'many'))
  await applyRoot(root, env, { name_prefix: PREFIX, parameters: 1, groups: 1 })
  made.securityGroupId = await openSecurityGroup(`${PREFIX}-service-0`, 22, home())
  made.homeQueue = await createUnmanagedQueue(
    `${PREFIX}-home-jobs`,
    { CreatedBy: 'console' },
    home()
  )
  made.otherQueue = await createUnmanagedQueue(
    `${PREFIX}-other-jobs`,
    { CreatedBy: 'console' },
    { endpoint: moto.endpoint, region: RECOVERS }
  )
}, 240_000)

/** The stand-ins with their faults per region, and the Action run through them. */
async function runThroughFaultyRegions(): Promise<void> {
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
  made.consoleGroup = await createUnmanagedSecurityGroup(`${PREFIX}-console`, {}, home())

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
      'plan-args': PLAN_ARGS,
      'aws-regions': [HOME, RECOVERS, DENIES, THROTTLES, FAILS].join(', '),
      publish: 'none',
      annotations: 'false',
      'fail-on': 'never'
    }
  })
}

afterAll(async () => {
  await standIn?.close()
  await apis?.close()
  await moto?.stop()
})

const report = (): ReportJson => JSON.parse(readFileSync(run.outputs.report, 'utf8')) as ReportJson

describe('AWS faults in some regions', () => {
  beforeAll(runThroughFaultyRegions, 240_000)

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

describe('a scheduled audit with attribution against moto, which has no CloudTrail', () => {
  /** In front of moto, passing every request on: it only counts them. */
  let recorder: AwsStandIn
  let audit: ActionRun

  beforeAll(async () => {
    recorder = await startAwsStandIn(moto.endpoint)
    audit = await runAction({
      cwd: root,
      env: {
        ...env,
        GITHUB_WORKSPACE: root,
        GITHUB_EVENT_NAME: 'schedule',
        AWS_ENDPOINT_URL_CLOUDTRAIL: recorder.url
      },
      inputs: {
        'working-directory': '.',
        'plan-args': PLAN_ARGS,
        'scan-unmanaged': 'false',
        attribution: 'audit',
        publish: 'none',
        annotations: 'false',
        'fail-on': 'never'
      }
    })
  }, 240_000)

  afterAll(async () => {
    await recorder?.close()
  })

  it("asks LookupEvents once (moto's HTML 500 cannot heal) and says so in one line", () => {
    expect(audit.code).toBe(0)
    const lookups = recorder.calls.filter(c => c.service === 'cloudtrail')
    // The SDK is allowed ten attempts here (its default in Driftwatch).
    expect(lookups.map(c => [c.action, c.status])).toEqual([['LookupEvents', 500]])
    const warnings = audit.stdout.split('\n').filter(line => line.startsWith('::warning::'))
    expect(warnings).toEqual([
      `::warning::Attribution: the endpoint for cloudtrail:LookupEvents in ${HOME} answered HTTP 500, an HTML page instead of the API: check AWS_ENDPOINT_URL, or a proxy in between; findings are shown without attribution`
    ])
    const audited = JSON.parse(readFileSync(audit.outputs.report, 'utf8')) as ReportJson
    expect(audited.directories[0].drift.map(d => d.address)).toEqual([
      'aws_security_group.service[0]'
    ])
  })
})

// ---------------------------------------------------------------------------------------------
// What no retry heals, through every kind of client

/** How each AWS API writes its answers, and so its errors. */
type Protocol = 'json' | 'query' | 'ec2' | 'rest-xml'

/** An error in the protocol's own format. */
function apiError(protocol: Protocol, status: number, code: string, message: string) {
  switch (protocol) {
    case 'json':
      return jsonError(status, code, message)
    case 'query':
      return queryError(status, code, message)
    case 'ec2':
      return ec2Error(status, code, message)
    case 'rest-xml':
      return restXmlError(status, code, message)
  }
}

/** One fault as each protocol's APIs write it, by status and code. */
function asEach(codes: Record<Protocol, [number, string]>, message: string) {
  return (protocol: Protocol) => apiError(protocol, ...codes[protocol], message)
}

interface FaultRow {
  name: string
  answer(protocol: Protocol): CannedAnswer
  /** The one line that says what went wrong; absent for a fault the retries heal. */
  says?: RegExp
}

/** Each answered on every request: what cannot heal is asked once however often it is allowed. */
const LASTING_ROWS: FaultRow[] = [
  {
    name: 'an HTML page under 500 (moto without the API)',
    answer: () => htmlPage(500),
    says: /answered HTTP 500, an HTML page instead of the API: check AWS_ENDPOINT_URL/
  },
  {
    name: 'an HTML page under 200 where XML or JSON was due',
    answer: () => htmlPage(200),
    says: /answered HTTP 200, an HTML page instead of the API/
  },
  {
    name: 'an HTML 404',
    answer: () => htmlPage(404),
    says: /answered HTTP 404, an HTML page instead of the API/
  },
  {
    name: 'an unknown operation',
    answer: asEach(
      {
        json: [400, 'UnknownOperationException'],
        query: [400, 'InvalidAction'],
        ec2: [400, 'InvalidAction'],
        'rest-xml': [501, 'NotImplemented']
      },
      'Could not find operation'
    ),
    says: /does not offer it \((UnknownOperationException|InvalidAction|NotImplemented)\)/
  },
  {
    name: 'a body that does not parse, under 500',
    answer: protocol => cutShort(500, protocol === 'json'),
    says: /answered HTTP 500, an unreadable body instead of the API/
  },
  {
    name: 'access denied',
    answer: asEach(
      {
        json: [400, 'AccessDeniedException'],
        query: [403, 'AccessDenied'],
        ec2: [403, 'UnauthorizedOperation'],
        'rest-xml': [403, 'AccessDenied']
      },
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform this action'
    ),
    says: /access denied|denied access|not authorized/
  },
  {
    name: 'an expired token',
    answer: asEach(
      {
        json: [400, 'ExpiredTokenException'],
        query: [400, 'ExpiredToken'],
        ec2: [400, 'RequestExpired'],
        'rest-xml': [400, 'ExpiredToken']
      },
      'The security token included in the request is expired'
    ),
    says: /credentials expired: refresh them/
  }
]

/** Each answered once, then the request goes through: the SDK's retries get the answer. */
const HEALING_ROWS: FaultRow[] = [
  {
    name: 'throttling',
    answer: asEach(
      {
        json: [400, 'ThrottlingException'],
        query: [400, 'Throttling'],
        ec2: [503, 'RequestLimitExceeded'],
        'rest-xml': [503, 'SlowDown']
      },
      'Rate exceeded'
    )
  },
  {
    name: "a 5xx in the API's own format",
    answer: asEach(
      {
        json: [500, 'InternalFailure'],
        query: [500, 'InternalFailure'],
        ec2: [500, 'InternalError'],
        'rest-xml': [500, 'InternalError']
      },
      'We encountered an internal error.'
    )
  }
]

const ACCOUNT = '123456789012'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/drift-audit`
const staticCredentials = async () => ({ accessKeyId: 'AKIDFAULTS', secretAccessKey: 'faults' })
let trail: CloudTrailStandIn

/** A stage that calls AWS through the clients the Action makes, and the lines it reports. */
interface ClientPath {
  name: string
  protocol: Protocol
  /** The SDK's endpoint variable that sends the service's requests to the stand-in. */
  endpoint: string
  service: string
  /** '' for REST protocols. */
  action: string
  /** Where the stand-in sends what it does not answer. */
  upstream(): string
  /** Runs the stage; its warning lines. */
  run(): Promise<string[]>
}

/** The direct listing of one type, whose lister makes one call of `action`. */
function listingPath(
  api: string,
  protocol: Protocol,
  service: string,
  action: string,
  type: string
): ClientPath {
  return {
    name: `${api}'s listing`,
    protocol,
    endpoint: `AWS_ENDPOINT_URL_${service.toUpperCase()}`,
    service,
    action,
    upstream: () => moto.endpoint,
    run: async () => {
      const listing = await listResources({
        regions: [HOME],
        types: [type],
        credentials: staticCredentials,
        account: ACCOUNT
      })
      return listing.faults.map(fault => fault.message)
    }
  }
}

const PATHS: ClientPath[] = [
  {
    name: 'the Tagging API scan',
    protocol: 'json',
    endpoint: 'AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API',
    service: 'tagging',
    action: 'GetResources',
    upstream: () => moto.endpoint,
    run: async () =>
      (await scanTaggingApi({ regions: [HOME], credentials: staticCredentials })).errors.map(
        error => error.message
      )
  },
  listingPath('IAM', 'query', 'iam', 'GetAccountAuthorizationDetails', 'aws_iam_user'),
  listingPath('EC2', 'ec2', 'ec2', 'DescribeSecurityGroups', 'aws_security_group'),
  listingPath('S3', 'rest-xml', 's3', '', 'aws_s3_bucket'),
  {
    name: 'attribution (CloudTrail)',
    protocol: 'json',
    endpoint: 'AWS_ENDPOINT_URL_CLOUDTRAIL',
    service: 'cloudtrail',
    action: 'LookupEvents',
    upstream: () => trail.url,
    run: async () => {
      const found = await lookUpAttributions(
        [{ key: 'sg', region: HOME, names: ['sg-0a1'], severity: 1 }],
        { credentials: staticCredentials, budget: { calls: 10, ms: 60_000 } }
      )
      return found.warning ? [found.warning] : []
    }
  },
  {
    name: 'role-to-assume (STS)',
    protocol: 'query',
    endpoint: 'AWS_ENDPOINT_URL_STS',
    service: 'sts',
    action: 'AssumeRole',
    upstream: () => moto.endpoint,
    run: async () => {
      const credentials = sharedCredentials({
        regions: [HOME],
        roleToAssume: ROLE,
        credentials: staticCredentials
      })
      return credentials().then(
        () => [],
        (error: unknown) => [credentialsFault(error, ROLE)]
      )
    }
  }
]

/** The path's requests the stand-in received after running it against `answer`. */
async function runAgainst(path: ClientPath, answer: CannedAnswer, times?: number) {
  const standIn = await startAwsStandIn(path.upstream())
  standIn.answer({
    service: path.service,
    action: path.action,
    answer,
    ...(times ? { times } : {})
  })
  const restore = setProcessEnv({ [path.endpoint]: standIn.url })
  try {
    const lines = await path.run()
    const asked = standIn.calls.filter(c => c.service === path.service && c.action === path.action)
    return { lines, statuses: asked.map(c => c.status) }
  } finally {
    restore()
    await standIn.close()
  }
}

const cases = (rows: FaultRow[]) =>
  PATHS.flatMap(path => rows.map(row => [path.name, row.name, path, row] as const))

describe('what no retry heals, through every kind of AWS client', () => {
  beforeAll(async () => {
    trail = await startCloudTrailStandIn({ events: {} })
  })
  afterAll(async () => {
    await trail?.close()
  })

  it.each(cases(LASTING_ROWS))('%s × %s: asked once, one line', async (_p, _r, path, row) => {
    const { lines, statuses } = await runAgainst(path, row.answer(path.protocol))
    // Ten attempts are allowed (the default); the stand-in would answer the same every time.
    expect(statuses).toEqual([row.answer(path.protocol).status])
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toContain('\n')
    expect(lines[0]).toMatch(row.says ?? /./)
    expect(lines[0]).not.toMatch(/attempts/)
  })

  it.each(cases(HEALING_ROWS))('%s × %s: retried, then answered', async (_p, _r, path, row) => {
    const fault = row.answer(path.protocol)
    const { lines, statuses } = await runAgainst(path, fault, 1)
    expect(statuses.slice(0, 2)).toEqual([fault.status, 200])
    expect(lines).toEqual([])
  })
})

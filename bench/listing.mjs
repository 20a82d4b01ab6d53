// The direct listing (`inventory: deep`) on a large account: moto filled through the SDK with
// thousands of untagged resources in us-east-1 and eu-west-1, in the proportions of a mid-size
// account (security groups and their rules most, then IAM, parameters, log groups, buckets, ...),
// plus one of every other listed type from the tests' helpers. Then the real `listResources`,
// bundled with esbuild as the Action is (see listing-entry.ts), in a fresh process per run, beside
// `terraform plan` alone on examples/demo in the same moto, as e2e.mjs times it, and both at
// once, as the Action runs them: in turns, N runs each, medians and ranges.
// Environment: BENCH_LISTING_SCALE (default 1: about 8,000 resources), BENCH_WORK.
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { BUNDLE_OPTIONS, commonJsImportTargets, markModule } from '../scripts/bundle.mjs'
import { startMoto } from '../scripts/lib/moto.mjs'
import { createUntaggedGlobal, createUntaggedRegional } from '../scripts/lib/tamper.mjs'
import { work } from './analysis.mjs'
import { demoOnMoto, timed, timePlan, treeState } from './e2e.mjs'
import { median, range } from './stats.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const LISTING_REGIONS = ['us-east-1', 'eu-west-1']
const PREFIX = 'dw-fleet'

// Per region. Every group gets three ingress rules, and AWS (and moto) adds an egress rule.
const REGIONAL_MIX = {
  securityGroups: 400,
  parameters: 400,
  logGroups: 300,
  buckets: 120,
  volumes: 100,
  // Private snapshots of as many volumes: the listing asks each one's attribute (is it public?).
  snapshots: 50,
  topics: 80,
  queues: 80,
  secrets: 80,
  tables: 40,
  repositories: 30,
  kmsKeys: 25,
  instances: 10
}
// Global. Users and roles each have an inline policy; every second user an access key, every
// third one a customer policy attached; every role one attached.
const IAM_MIX = { users: 250, roles: 300, policies: 100, groups: 15 }

// moto is one Python process: a few calls at once keep it busy, more only queue up in it.
const CREATE_CONCURRENCY = 8
const ALONE_RUNS = 3

const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' }
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }]
})
const EC2_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
})

/** At most `limit` of the tasks at once; the first failure fails the lot. */
async function runLimited(tasks, limit) {
  let next = 0
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]()
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
}

/** `send(service, 'CreateTopic', input)` on one client per service, counting the calls. */
function sender(endpoint, region, counter) {
  const clients = new Map()
  const PACKAGES = {
    ec2: ['ec2', 'EC2Client'],
    iam: ['iam', 'IAMClient'],
    s3: ['s3', 'S3Client', { forcePathStyle: true }],
    ssm: ['ssm', 'SSMClient'],
    logs: ['cloudwatch-logs', 'CloudWatchLogsClient'],
    sns: ['sns', 'SNSClient'],
    sqs: ['sqs', 'SQSClient'],
    secrets: ['secrets-manager', 'SecretsManagerClient'],
    dynamodb: ['dynamodb', 'DynamoDBClient'],
    ecr: ['ecr', 'ECRClient'],
    kms: ['kms', 'KMSClient']
  }
  const clientOf = service => {
    if (!clients.has(service)) {
      const [pkg, name, extra] = PACKAGES[service]
      clients.set(
        service,
        import(`@aws-sdk/client-${pkg}`).then(sdk => ({
          sdk,
          client: new sdk[name]({ endpoint, region, credentials: CREDENTIALS, ...extra })
        }))
      )
    }
    return clients.get(service)
  }
  const send = async (service, operation, input) => {
    const { sdk, client } = await clientOf(service)
    counter.calls++
    return client.send(new sdk[`${operation}Command`](input))
  }
  send.destroy = async () => {
    for (const made of clients.values()) (await made).client.destroy()
  }
  return send
}

const times = (count, make) => Array.from({ length: count }, (_, i) => make(i))

/** The tasks that fill one region, each a few calls at most. */
async function regionalTasks(send, region, scale) {
  const n = count => Math.max(1, Math.round(count * scale))
  const name = (kind, i) => `${PREFIX}-${kind}-${String(i).padStart(4, '0')}`
  const isDefault = { Filters: [{ Name: 'is-default', Values: ['true'] }] }
  const defaultVpc = (await send('ec2', 'DescribeVpcs', isDefault)).Vpcs[0].VpcId
  const cidr = i => `10.${i % 250}.${Math.floor(i / 250)}.0/24`
  return [
    ...times(n(REGIONAL_MIX.securityGroups), i => async () => {
      const group = { GroupName: name('sg', i), Description: 'app tier', VpcId: defaultVpc }
      const { GroupId } = await send('ec2', 'CreateSecurityGroup', group)
      // One call makes the group's three rules.
      const tcp = (port, CidrIp) => ({
        IpProtocol: 'tcp',
        FromPort: port,
        ToPort: port,
        IpRanges: [{ CidrIp }]
      })
      await send('ec2', 'AuthorizeSecurityGroupIngress', {
        GroupId,
        IpPermissions: [
          tcp(443, '0.0.0.0/0'),
          tcp(8080, cidr(i)),
          tcp(22, i % 40 ? '10.0.0.0/8' : '0.0.0.0/0')
        ]
      })
    }),
    ...times(
      n(REGIONAL_MIX.parameters),
      i => () =>
        send('ssm', 'PutParameter', {
          Name: `/${PREFIX}/service-${i % 40}/setting-${i}`,
          Value: `value-${i}`,
          Type: i % 4 ? 'String' : 'SecureString'
        })
    ),
    ...times(
      n(REGIONAL_MIX.logGroups),
      i => () => send('logs', 'CreateLogGroup', { logGroupName: `/aws/lambda/${name('fn', i)}` })
    ),
    ...times(
      n(REGIONAL_MIX.buckets),
      i => () =>
        send('s3', 'CreateBucket', {
          Bucket: `${name('bucket', i)}-${region}`,
          // us-east-1 is the one region that rejects an explicit location constraint.
          CreateBucketConfiguration:
            region === 'us-east-1' ? undefined : { LocationConstraint: region }
        })
    ),
    ...times(n(REGIONAL_MIX.volumes), i => async () => {
      const volume = { AvailabilityZone: `${region}a`, Size: 8 }
      const { VolumeId } = await send('ec2', 'CreateVolume', volume)
      if (i < n(REGIONAL_MIX.snapshots)) await send('ec2', 'CreateSnapshot', { VolumeId })
    }),
    ...times(
      n(REGIONAL_MIX.topics),
      i => () => send('sns', 'CreateTopic', { Name: name('topic', i) })
    ),
    ...times(
      n(REGIONAL_MIX.queues),
      i => () => send('sqs', 'CreateQueue', { QueueName: name('queue', i) })
    ),
    ...times(
      n(REGIONAL_MIX.secrets),
      i => () => send('secrets', 'CreateSecret', { Name: name('secret', i), SecretString: 'x' })
    ),
    ...times(
      n(REGIONAL_MIX.tables),
      i => () =>
        send('dynamodb', 'CreateTable', {
          TableName: name('table', i),
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST'
        })
    ),
    ...times(
      n(REGIONAL_MIX.repositories),
      i => () => send('ecr', 'CreateRepository', { repositoryName: name('repo', i) })
    ),
    ...times(n(REGIONAL_MIX.kmsKeys), () => () => send('kms', 'CreateKey', {})),
    // All in one call; each adds its root volume.
    () =>
      send('ec2', 'RunInstances', {
        ImageId: 'ami-12c6146b',
        MinCount: n(REGIONAL_MIX.instances),
        MaxCount: n(REGIONAL_MIX.instances)
      })
  ]
}

/** The IAM tasks; customer policies first, since users and roles attach them. */
async function iamTasks(send, scale) {
  const n = count => Math.max(1, Math.round(count * scale))
  const policies = []
  await runLimited(
    times(n(IAM_MIX.policies), i => async () => {
      const input = { PolicyName: `${PREFIX}-policy-${i}`, PolicyDocument: POLICY }
      policies[i] = (await send('iam', 'CreatePolicy', input)).Policy.Arn
    }),
    CREATE_CONCURRENCY
  )
  const inline = { PolicyName: 'inline', PolicyDocument: POLICY }
  return [
    ...times(n(IAM_MIX.users), i => async () => {
      const UserName = `${PREFIX}-user-${i}`
      await send('iam', 'CreateUser', { UserName })
      await send('iam', 'PutUserPolicy', { UserName, ...inline })
      if (i % 2 === 0) await send('iam', 'CreateAccessKey', { UserName })
      if (i % 3 === 0) {
        const PolicyArn = policies[i % policies.length]
        await send('iam', 'AttachUserPolicy', { UserName, PolicyArn })
      }
    }),
    ...times(n(IAM_MIX.roles), i => async () => {
      const RoleName = `${PREFIX}-role-${i}`
      await send('iam', 'CreateRole', { RoleName, AssumeRolePolicyDocument: EC2_TRUST })
      await send('iam', 'PutRolePolicy', { RoleName, ...inline })
      const PolicyArn = policies[i % policies.length]
      await send('iam', 'AttachRolePolicy', { RoleName, PolicyArn })
    }),
    ...times(
      n(IAM_MIX.groups),
      i => () => send('iam', 'CreateGroup', { GroupName: `${PREFIX}-group-${i}` })
    )
  ]
}

/**
 * Fills moto: one of every listed type from the tests' helpers (load balancers, Lambda, RDS, a
 * hosted zone, key pairs, snapshots, a VPC, ...: the types an account has a few of), then the
 * bulk, every region's and IAM's tasks in one queue. Returns the calls made and the time taken.
 */
async function fillAccount(endpoint, scale) {
  const started = performance.now()
  const counter = { calls: 0 }
  const target = region => ({ endpoint, region })
  const { roleArn } = await createUntaggedGlobal(`${PREFIX}-one`, target(LISTING_REGIONS[0]))
  await Promise.all(
    LISTING_REGIONS.map(region => createUntaggedRegional(`${PREFIX}-one`, roleArn, target(region)))
  )
  const senders = LISTING_REGIONS.map(region => sender(endpoint, region, counter))
  try {
    const tasks = [await iamTasks(senders[0], scale)]
    for (const [i, region] of LISTING_REGIONS.entries()) {
      tasks.push(await regionalTasks(senders[i], region, scale))
    }
    // Interleaved across regions and services, as a mix of teams would make them.
    const queue = []
    const longest = Math.max(...tasks.map(list => list.length))
    for (let i = 0; i < longest; i++) {
      for (const list of tasks) if (i < list.length) queue.push(list[i])
    }
    await runLimited(queue, CREATE_CONCURRENCY)
  } finally {
    for (const send of senders) await send.destroy()
  }
  return { calls: counter.calls, ms: performance.now() - started }
}

/**
 * The listing bundled as dist is, from the working tree's src: compiled from source rather than
 * dist's chunks, which cannot be called from outside, and bundled rather than compiled file by
 * file, since loading the SDK from node_modules file by file costs a second more than from a
 * bundle. With dist's esbuild options (scripts/bundle.mjs), without source maps. Transpiled
 * only: type errors are the typecheck's business.
 */
async function bundle() {
  const out = join(work, 'listing-bundle')
  rmSync(out, { recursive: true, force: true })
  const { metafile } = await build({
    ...BUNDLE_OPTIONS,
    absWorkingDir: repo,
    entryPoints: { index: 'bench/listing-entry.ts' },
    outdir: out,
    metafile: true,
    logLevel: 'error'
  })
  markModule(out)
  const cjs = commonJsImportTargets(metafile)
  if (cjs.length > 0) throw new Error(`the listing's bundle imports CommonJS: ${cjs.join(', ')}`)
  return out
}

/** One listing in a fresh process (every listed type, or those given): the child's JSON line. */
async function listOnce(bundleDir, env, types = []) {
  const child = join(repo, 'bench', 'listing-child.mjs')
  const args = [child, bundleDir, LISTING_REGIONS.join(','), types.join(',')]
  const result = await timed(process.execPath, args, { env })
  if (result.code !== 0) throw new Error(`the listing exited ${result.code}: ${result.stderr}`)
  const listing = JSON.parse(result.stdout.trim().split('\n').at(-1))
  if (listing.faults.length > 0) throw new Error(`the listing failed: ${listing.faults.join('; ')}`)
  return listing
}

export async function runListingBench({ runs, scale = 1, log = console.log }) {
  const bundleDir = await bundle()
  log(`  the listing: bundled from src/ at ${treeState('src')}`)
  // Without its ~1,180 AMIs per region: moto answers DescribeSnapshots(OwnerIds: self) with the
  // snapshots behind them too (AWS does not), which would time moto's quirk, not the listing.
  // No AMI is checked when an instance is run, so the helpers' instances still start.
  const moto = await startMoto({ env: { MOTO_EC2_LOAD_DEFAULT_AMIS: 'false' } })
  let demo
  const scratch = mkdtempSync(join(tmpdir(), 'driftwatch-bench-listing-'))
  try {
    // The demo root lives in the same account, as a root does in a real one.
    demo = await demoOnMoto(moto.endpoint)
    const made = await fillAccount(moto.endpoint, scale)
    log(
      `  account filled: ${made.calls} SDK calls (plus the helpers' few dozen) in ${(made.ms / 1000).toFixed(1)} s, ${CREATE_CONCURRENCY} at a time`
    )
    const planFile = join(scratch, 'bench.tfplan')
    // moto builds some of its answers lazily: a first listing and plan, not counted.
    const warmUp = await listOnce(bundleDir, demo.env)
    await timePlan(demo.root, demo.env, planFile)
    log(`  warm-up listing: ${warmUp.resources} resources in ${warmUp.totalMs} ms`)

    const listings = []
    const planMs = []
    const together = []
    const steps = {
      plan: async () => planMs.push(await timePlan(demo.root, demo.env, planFile)),
      listing: async () => listings.push(await listOnce(bundleDir, demo.env)),
      // As in the Action: the listing runs while terraform plans, on the same machine and moto.
      both: async () => {
        const [plan, listing] = await Promise.all([
          timePlan(demo.root, demo.env, planFile),
          listOnce(bundleDir, demo.env)
        ])
        together.push({ planMs: plan, listingMs: listing.totalMs })
      }
    }
    const order = Object.keys(steps)
    for (let i = 0; i < runs; i++) {
      // In turns, so no step always follows the same one.
      const turn = [...order.slice(i % 3), ...order.slice(0, i % 3)]
      for (const step of turn) await steps[step]()
      log(
        `  run ${i + 1}/${runs} (load average ${loadavg()[0].toFixed(1)}): plan alone ${Math.round(planMs.at(-1))} ms, listing alone ${listings.at(-1).totalMs} ms (process ${listings.at(-1).processMs} ms), at once: plan ${Math.round(together.at(-1).planMs)} ms, listing ${together.at(-1).listingMs} ms`
      )
    }

    // Above, every type waits for moto behind all the others. Each lister alone (its types, both
    // regions, a fresh process) shows what its own calls cost: the median of ALONE_RUNS.
    const { LISTERS } = await import(pathToFileURL(join(bundleDir, 'index.js')).href)
    const alone = {}
    for (let pass = 0; pass < ALONE_RUNS; pass++) {
      for (const lister of LISTERS) {
        const listing = await listOnce(bundleDir, demo.env, lister.types)
        for (const type of lister.types) alone[type] = [...(alone[type] ?? []), listing]
      }
    }
    log(
      `  each lister alone, ${ALONE_RUNS} passes: ${LISTERS.length} listers, load average ${loadavg()[0].toFixed(1)}`
    )

    const perType = Object.keys(warmUp.durations)
      .map(type => {
        const ms = listings.map(listing => listing.durations[type])
        return {
          type,
          found: warmUp.found[type] ?? {},
          ms: median(ms),
          range: range(ms),
          aloneMs: median(alone[type].map(listing => listing.totalMs)),
          aloneCpuMs: median(alone[type].map(listing => listing.cpuMs))
        }
      })
      .sort((a, b) => b.ms - a.ms || a.type.localeCompare(b.type))
    const totals = listings.map(listing => listing.totalMs)
    const processes = listings.map(listing => listing.processMs)
    const cpu = listings.map(listing => listing.cpuMs)
    const planTogether = together.map(pair => pair.planMs)
    const listingTogether = together.map(pair => pair.listingMs)
    return {
      runs,
      resources: warmUp.resources,
      perType,
      listingMs: median(totals),
      listingRange: range(totals),
      processMs: median(processes),
      cpuMs: median(cpu),
      cpuRange: range(cpu),
      planMs: Math.round(median(planMs)),
      planRange: range(planMs),
      together: {
        planMs: Math.round(median(planTogether)),
        planRange: range(planTogether),
        listingMs: median(listingTogether),
        listingRange: range(listingTogether)
      }
    }
  } finally {
    await moto.stop()
    demo?.remove()
    rmSync(scratch, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runListingBench({
    runs: Number(process.env.BENCH_RUNS || 3),
    scale: Number(process.env.BENCH_LISTING_SCALE || 1)
  })
  console.log(JSON.stringify(result, null, 2))
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { CreateSecurityGroupCommand, EC2Client } from '@aws-sdk/client-ec2'
import { CreateBucketCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3'
import type { MotoServer } from '../../scripts/lib/moto.mjs'
import { startMoto } from '../../scripts/lib/moto.mjs'
import { setAwsEnv } from '../helpers/process-env.js'
import type { AccountScan } from '../../src/collect/aws/account.js'
import { scanInThread } from '../../src/collect/aws/thread.js'

/**
 * A deep inventory's scan runs in a thread of its own (dist/scan-thread.js, as bundled): the
 * Tagging API scan and the direct listing, against moto through the real SDK. A thread that
 * cannot run loses only the listing: the Tagging API scan runs in the Action's own thread.
 */

const REGION = 'us-east-1'
const PREFIX = 'dw-thread'
const TYPES = ['aws_s3_bucket', 'aws_security_group', 'aws_iam_user']
const BUNDLED = new URL('../../dist/scan-thread.js', import.meta.url)

let moto: MotoServer
let groupId: string
let restoreEnv: (() => void) | undefined

beforeAll(async () => {
  moto = await startMoto()
  // The thread's SDK reads the environment (credentials chain, endpoint) as the Action's does.
  restoreEnv = setAwsEnv({ endpoint: moto.endpoint, region: REGION })
  const target = { endpoint: moto.endpoint, region: REGION }
  const s3 = new S3Client({ ...target, forcePathStyle: true })
  await s3.send(new CreateBucketCommand({ Bucket: `${PREFIX}-tagged` }))
  await s3.send(
    new PutBucketTaggingCommand({
      Bucket: `${PREFIX}-tagged`,
      Tagging: { TagSet: [{ Key: 'team', Value: 'web' }] }
    })
  )
  const ec2 = new EC2Client(target)
  const group = await ec2.send(
    new CreateSecurityGroupCommand({ GroupName: `${PREFIX}-console`, Description: 'by hand' })
  )
  groupId = group.GroupId ?? ''
  s3.destroy()
  ec2.destroy()
}, 60_000)

afterAll(async () => {
  restoreEnv?.()
  await moto?.stop()
})

const request = { regions: [REGION], listTypes: TYPES, lowPriority: true }
const taggedArns = (scan: AccountScan) => scan.tagging.resources.map(r => r.arn)

describe('the deep inventory thread', () => {
  it('scans the Tagging API and lists the never-tagged resources', async () => {
    const scan = await scanInThread(request, BUNDLED)
    expect(scan.tagging.errors).toEqual([])
    expect(taggedArns(scan)).toEqual([`arn:aws:s3:::${PREFIX}-tagged`])
    expect(scan.listing?.faults).toEqual([])
    expect(scan.listing?.types).toEqual([...TYPES].sort())
    const found = scan.listing?.resources.map(r => `${r.terraformType} ${r.id}`)
    expect(found).toContain(`aws_security_group ${groupId}`)
    expect(found).toContain(`aws_s3_bucket ${PREFIX}-tagged`)
    // Read back by the thread from /proc: SCHED_IDLE through util-linux's chrt, else nice 19.
    const chrt = spawnSync('chrt', ['--version'], { stdio: 'ignore' }).status === 0
    const linux = existsSync('/proc/thread-self')
    expect(scan.priority).toBe(!linux ? 'normal' : chrt ? 'idle' : 'nice 19')
  })

  it('keeps the normal priority when no core is idle', async () => {
    const scan = await scanInThread({ ...request, lowPriority: false }, BUNDLED)
    expect(scan.priority).toBe('normal')
    expect(taggedArns(scan)).toEqual([`arn:aws:s3:::${PREFIX}-tagged`])
  })

  it('that cannot start keeps the Tagging API scan and makes the listing one fault', async () => {
    const scan = await scanInThread(request, new URL('file:///nonexistent/scan-thread.js'))
    expect(scan.tagging.errors).toEqual([])
    expect(taggedArns(scan)).toEqual([`arn:aws:s3:::${PREFIX}-tagged`])
    expect(scan.listing?.resources).toEqual([])
    expect(scan.listing?.faults).toHaveLength(1)
    expect(scan.listing?.faults[0].types).toEqual([
      'aws_iam_user',
      'aws_s3_bucket',
      'aws_security_group'
    ])
    expect(scan.listing?.faults[0].message).toMatch(
      /^aws_iam_user, aws_s3_bucket, aws_security_group: the direct listing could not run \(.*scan-thread\.js.*\): run again, and report it if it persists$/
    )
  })
})

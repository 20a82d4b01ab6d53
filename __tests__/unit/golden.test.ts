import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { countFindings } from '../../src/report/build.js'
import type { Report } from '../../src/model/report.js'
import type { UnmanagedReport } from '../../src/model/findings.js'
import { renderComment } from '../../src/render/comment.js'
import { renderIssue } from '../../src/render/issue.js'
import { renderSummary } from '../../src/render/summary.js'
import { liveMarkup, visibleText } from '../helpers/gfm.js'
import { change, directory, finding, report } from '../helpers/reports.js'

/**
 * Whole bodies as GitHub receives them (`.md`) and as a reader sees them (`.txt`), kept in
 * __tests__/golden/ so a change to how anything reads shows up in review.
 * `UPDATE_GOLDEN=1 npm run jest -- __tests__/unit/golden.test.ts` rewrites them.
 */

const HEAD = 'c0ffee0000000000000000000000000000000001'
const RUN_URL = 'https://github.com/o/r/actions/runs/1'
const LINKS = [RUN_URL, `https://github.com/o/r/commit/${HEAD}`]

const unmanaged: UnmanagedReport = {
  inventory: 'deep',
  regions: ['us-east-1'],
  listedTypes: ['aws_s3_bucket', 'aws_security_group'],
  notListed: [],
  regionErrors: [],
  resources: [
    {
      arn: 'arn:aws:ec2:us-east-1:123456789012:security-group/sg-0abc',
      type: 'aws_security_group',
      region: 'us-east-1',
      id: 'sg-0abc',
      tags: {},
      importBlock: { to: 'aws_security_group.sg-0abc', id: 'sg-0abc' },
      seenBy: 'listed',
      severity: 'critical',
      severityRule: 'open-ingress-admin-port',
      concerns: ['ingress open to 0.0.0.0/0 (tcp 22)']
    },
    {
      arn: 'arn:aws:s3:::console-uploads',
      type: 'aws_s3_bucket',
      region: 'us-east-1',
      id: 'console-uploads',
      tags: { Owner: '<img src=x onerror=alert(1)> @admin #12 | `x`', Team: 'data_eng' },
      importBlock: { to: 'aws_s3_bucket.console-uploads', id: 'console-uploads' },
      seenBy: 'tagged',
      severity: 'medium',
      severityRule: 'unmanaged-data-or-compute'
    }
  ],
  ownedByOthers: [
    {
      type: 'aws_sns_topic',
      region: 'us-east-1',
      id: 'alerts',
      owner: 'CloudFormation stack *web* [prod](https://evil.example)',
      rule: 'cloudformation'
    }
  ],
  managed: 6,
  ignored: 1,
  madeByAws: { 'default-vpc': 1 },
  coverage: 75,
  blindSpots:
    'Listed directly: 2 types (see docs/unmanaged.md in the Driftwatch repository). Other types are seen only when they carry tags.',
  durationMs: 10
}

function goldenReport(): Report {
  const base = report(
    [
      directory(
        'infra/prod',
        [
          finding('aws_security_group.web', [
            change('ingress[1]', null, {
              cidr_blocks: ['0.0.0.0/0'],
              from_port: 22,
              to_port: 22,
              protocol: 'tcp'
            })
          ]),
          finding('aws_s3_bucket.assets', [
            change('tags.Owner', 'web', '<b>x</b> @someone [click](https://evil.example) | #12')
          ]),
          finding('aws_sns_topic.alerts["billing"]', [])
        ],
        {
          pending: [
            {
              address: 'aws_sqs_queue.jobs',
              type: 'aws_sqs_queue',
              action: 'update',
              attributes: ['visibility_timeout_seconds']
            }
          ]
        }
      ),
      directory('.', [], {
        status: 'error',
        error: "terraform plan failed in '.': Error: <b>bad</b>"
      })
    ],
    RUN_URL
  )
  return {
    ...base,
    run: { ...base.run, sha: HEAD },
    unmanaged,
    counts: countFindings(base.directories, unmanaged),
    errors: [
      ...base.errors,
      {
        scope: 'region us-east-1',
        message: 'region us-east-1: AccessDenied for ec2:DescribeVolumes @ops'
      }
    ]
  }
}

const BODIES: [string, (r: Report) => string][] = [
  ['comment', renderComment],
  ['issue', r => renderIssue(r).body],
  ['summary', renderSummary]
]

function matchesGolden(name: string, actual: string): void {
  const path = new URL(`../golden/${name}`, import.meta.url)
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(new URL('.', path), { recursive: true })
    writeFileSync(path, actual)
  }
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('golden bodies', () => {
  it.each(BODIES)('the %s reads as it did, and nothing untrusted in it is live', (name, render) => {
    const body = render(goldenReport())
    matchesGolden(`${name}.md`, body)
    matchesGolden(`${name}.txt`, `${visibleText(body)}\n`)
    expect(liveMarkup(body, LINKS)).toEqual([])
  })

  it('the issue title names the directories', () => {
    expect(renderIssue(goldenReport()).title).toBe(
      'Driftwatch: drift in infra/prod, the root module'
    )
  })
})

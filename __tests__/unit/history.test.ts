import { describe, expect, it } from '@jest/globals'
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'
import type { AuditState } from '../../src/history/state.js'
import type { CurrentFinding } from '../../src/history/advance.js'
import {
  advance,
  baseline,
  currentFindings,
  resolvedByLastAudit,
  uncheckedScope
} from '../../src/history/advance.js'
import { auditDay } from '../../src/history/state.js'
import { driftKey, parseKey, unmanagedKey } from '../../src/history/keys.js'
import type { Severity } from '../../src/model/severity.js'
import type { UnmanagedResource } from '../../src/model/findings.js'
import { decodeState } from '../../src/history/decode.js'
import { mergeStates } from '../../src/history/merge.js'
import { STATE_MARKER_END, STATE_MARKER_START } from '../../src/history/format.js'
import { toWire } from '../../src/history/encode.js'
import { describeAge, describeBaseline } from '../../src/render/since-last-audit.js'
import { encodeState, fitState, STATE_LIMIT } from '../../src/history/encode.js'
import { change, finding } from '../helpers/reports.js'

const COMMENT_LIMIT = 65_536
const PROBLEM =
  /^the audit state in the issue could not be read \([^\n]+\): starting a fresh history$/

const NETWORK = 'infra/network'
const sgKey = driftKey(NETWORK, { address: 'aws_security_group.app' })
const roleKey = driftKey(NETWORK, { address: 'module.iam.aws_iam_role.ci' })
const bucketKey = driftKey('infra/data', { address: 'aws_s3_bucket.logs' })
const strayKey = unmanagedKey({
  arn: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0a1b2c3d4e5f67890',
  type: 'aws_security_group',
  id: 'sg-0a1b2c3d4e5f67890'
})

/** What the wiring will do between audits: write the state into the issue, read it back. */
function throughIssue(state: AuditState): AuditState {
  const body = `Driftwatch keeps its audit history here.\n\n${encodeState(state)}\n`
  const { state: read, problem } = decodeState(body)
  expect(problem).toBeUndefined()
  return read as AuditState
}

/** The JSON a marker holds, as a person with a base64 decoder would see it. */
function payloadJson(marker: string): string {
  const payload = marker.slice(marker.indexOf(':v1:') + 4, -STATE_MARKER_END.length)
  return brotliDecompressSync(Buffer.from(payload, 'base64')).toString('utf8')
}

function markerOf(json: string, version = 'v1', quality = 11): string {
  const bytes = brotliCompressSync(Buffer.from(json), {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality }
  })
  return `${STATE_MARKER_START}${version}:${bytes.toString('base64')}${STATE_MARKER_END}`
}

describe('finding keys', () => {
  it('name drift by its directory as written once, and its address', () => {
    expect(driftKey('./infra/network/', { address: 'aws_security_group.app' })).toBe(sgKey)
    expect(sgKey).toBe('drift:infra/network:aws_security_group.app')
    expect(driftKey('.', { address: 'aws_s3_bucket.x' })).toBe('drift:.:aws_s3_bucket.x')
  })

  it('name unmanaged resources by normalised ARN, or by type and import id without one', () => {
    expect(strayKey).toBe(
      'unmanaged:arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0a1b2c3d4e5f67890'
    )
    const group = 'arn:aws:logs:eu-west-1:123456789012:log-group:/app/api'
    const logs = { type: 'aws_cloudwatch_log_group', id: '/app/api' }
    expect(unmanagedKey({ ...logs, arn: `${group}:*` })).toBe(unmanagedKey({ ...logs, arn: group }))
    expect(unmanagedKey({ type: 'aws_iam_access_key', id: 'AKIAEXAMPLE' })).toBe(
      'unmanaged:aws_iam_access_key:AKIAEXAMPLE'
    )
  })

  it('read back into their parts, for listing what was resolved', () => {
    expect(parseKey(driftKey('infra/net', { address: 'aws_ssm_parameter.p["a:b"]' }))).toEqual({
      kind: 'drift',
      directory: 'infra/net',
      address: 'aws_ssm_parameter.p["a:b"]'
    })
    expect(parseKey(strayKey)).toEqual({
      kind: 'unmanaged',
      resource: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0a1b2c3d4e5f67890'
    })
    expect(parseKey('something:else')).toBeUndefined()
  })
})

describe('three audits in a row', () => {
  // Audit 1 finds drift; audit 2 finds more and one fix; audit 3 finds everything fixed.
  const first = advance(
    undefined,
    [
      { key: sgKey, severity: 'high' },
      { key: roleKey, severity: 'medium' }
    ],
    '2026-11-02'
  )
  const second = advance(
    throughIssue(first.state),
    [{ key: sgKey, severity: 'critical' }, { key: bucketKey, severity: 'low' }, { key: strayKey }],
    '2026-11-03'
  )
  const third = advance(throughIssue(second.state), [], '2026-11-04')

  it('audit 1: everything is new, first seen today, one audit', () => {
    expect(first.newKeys).toEqual([sgKey, roleKey])
    expect(first.resolved).toEqual([])
    expect(first.perFinding.get(sgKey)).toEqual({ first: '2026-11-02', audits: 1, isNew: true })
    expect(first.state).toMatchObject({ version: 1, audits: 1, lastAudit: '2026-11-02' })
    expect(first.state.findings[sgKey]).toEqual({
      first: '2026-11-02',
      last: '2026-11-02',
      audits: 1,
      severity: 'high'
    })
  })

  it('audit 2: the first-seen day is carried, audits counted, the new and the fixed told apart', () => {
    expect(second.perFinding.get(sgKey)).toEqual({ first: '2026-11-02', audits: 2, isNew: false })
    expect(second.newKeys).toEqual([bucketKey, strayKey])
    expect(second.perFinding.get(bucketKey)).toEqual({
      first: '2026-11-03',
      audits: 1,
      isNew: true
    })
    expect(second.resolved).toEqual([{ key: roleKey, first: '2026-11-02' }])
    expect(second.state.audits).toBe(2)
    expect(second.state.findings[sgKey]).toEqual({
      first: '2026-11-02',
      last: '2026-11-03',
      audits: 2,
      severity: 'critical'
    })
    expect(second.state.findings[strayKey].severity).toBeUndefined()
    expect(second.state.findings[roleKey]).toBeUndefined()
    expect(resolvedByLastAudit(second.state)).toEqual([
      { key: roleKey, first: '2026-11-02', resolvedOn: '2026-11-03', audit: 2 }
    ])
  })

  it('audit 3: all fixed; the recent list keeps audit 2’s fix after audit 3’s', () => {
    expect(third.newKeys).toEqual([])
    expect(third.perFinding.size).toBe(0)
    expect(third.resolved).toEqual([
      { key: bucketKey, first: '2026-11-03' },
      { key: sgKey, first: '2026-11-02' },
      { key: strayKey, first: '2026-11-03' }
    ])
    expect(third.state.findings).toEqual({})
    expect(resolvedByLastAudit(third.state).map(r => r.key)).toEqual([bucketKey, sgKey, strayKey])
    expect(third.state.resolved.map(r => [r.key, r.audit])).toEqual([
      [bucketKey, 3],
      [sgKey, 3],
      [strayKey, 3],
      [roleKey, 2]
    ])
    expect(throughIssue(third.state)).toEqual(third.state)
  })

  it('shows each finding’s age in the issue’s words', () => {
    expect(describeAge('2026-11-02', 4)).toBe('since 2026-11-02, 4 audits')
    // One audit is not called "new": after a fresh start that would not be true.
    expect(describeAge('2026-11-03', 1)).toBe('since 2026-11-03, 1 audit')
  })
})

describe('advance', () => {
  it('counts a key listed twice once, at its higher severity', () => {
    const { state } = advance(
      undefined,
      [{ key: sgKey, severity: 'low' }, { key: sgKey, severity: 'high' }, { key: sgKey }],
      '2026-11-02'
    )
    expect(state.findings[sgKey]).toMatchObject({ audits: 1, severity: 'high' })
  })

  it('does not resolve what an audit could not look at: a failed directory, a failed region', () => {
    const usKey = unmanagedKey({
      arn: 'arn:aws:s3:us-east-1:123456789012:accesspoint/ap',
      type: 'aws_s3_access_point',
      id: 'ap'
    })
    const before = advance(
      undefined,
      [{ key: sgKey }, { key: bucketKey }, { key: strayKey }, { key: usKey }],
      '2026-11-02'
    ).state
    const unchecked = uncheckedScope({ directories: ['./infra/network/'], regions: ['eu-west-1'] })
    const after = advance(before, [], '2026-11-03', unchecked)
    expect(after.resolved.map(r => r.key)).toEqual([bucketKey, usKey])
    expect(after.state.findings[sgKey]).toEqual({
      first: '2026-11-02',
      last: '2026-11-02',
      audits: 1
    })
    expect(after.state.findings[strayKey]).toBeDefined()
    expect(throughIssue(after.state)).toEqual(after.state)

    const noAccountScan = uncheckedScope({ account: true })
    expect(noAccountScan(strayKey)).toBe(true)
    expect(noAccountScan('unmanaged:aws_iam_access_key:AKIAEXAMPLE')).toBe(true)
    expect(noAccountScan(sgKey)).toBe(false)
  })

  it('treats a finding that comes back after a fix as new, and says when it was fixed', () => {
    const one = advance(undefined, [{ key: sgKey }], '2026-11-02').state
    const two = advance(one, [], '2026-11-03').state
    const three = advance(two, [{ key: sgKey }], '2026-11-04')
    expect(three.perFinding.get(sgKey)).toEqual({
      first: '2026-11-04',
      audits: 1,
      isNew: true,
      returnedAfter: '2026-11-03'
    })
    expect(three.state.resolved).toEqual([])
  })

  it('lists a resolution for 10 audits, its own and the 9 after it', () => {
    let state = advance(undefined, [{ key: sgKey }], '2026-11-01').state
    state = advance(state, [], '2026-11-02').state
    const listed: number[] = []
    for (let day = 3; day <= 13; day++) {
      state = advance(state, [], `2026-11-${String(day).padStart(2, '0')}`).state
      if (state.resolved.length > 0) listed.push(state.audits)
    }
    expect(listed).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11])
  })

  it('takes keys and severities only: values a finding carries never reach the state', () => {
    const secret = 'hunter2-planted-secret-value'
    const drifted = finding('aws_db_instance.main', [change('password', secret, 'x', false)])
    const stray: UnmanagedResource = {
      arn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/app/db',
      type: 'aws_ssm_parameter',
      region: 'eu-west-1',
      id: '/app/db',
      tags: { Secret: secret },
      seenBy: 'tagged',
      concerns: [secret]
    }
    const current = currentFindings([{ label: 'infra/db', drift: [drifted] }], [stray])
    expect(current).toEqual([
      { key: 'drift:infra/db:aws_db_instance.main', severity: drifted.severity },
      { key: 'unmanaged:arn:aws:ssm:eu-west-1:123456789012:parameter/app/db' }
    ])
    // Even a finding passed where a key is expected leaves everything but key and severity.
    const sneaky = { ...drifted, key: 'drift:infra/db:aws_db_instance.main' } as CurrentFinding
    const { state } = advance(undefined, [sneaky, ...current], '2026-11-02')
    const marker = encodeState(state)
    expect(JSON.stringify(state)).not.toContain(secret)
    expect(payloadJson(marker)).not.toContain(secret)
    expect(marker).not.toContain(secret)
    // The type says so too: a value does not fit where the state takes a finding.
    // @ts-expect-error: CurrentFinding has no changes
    advance(undefined, [{ key: 'drift:x:y', changes: [] }], '2026-11-02')
  })

  it('counts days in UTC', () => {
    expect(auditDay(new Date('2026-11-02T23:30:00-05:00'))).toBe('2026-11-03')
  })
})

describe('baseline for a pull request', () => {
  const audit = advance(undefined, [{ key: sgKey }, { key: strayKey }], '2026-11-02').state

  it('marks what the last audit knew, with its first-seen day, and the rest new', () => {
    const marks = baseline(audit, [sgKey, bucketKey])
    expect(marks.get(sgKey)).toEqual({ known: true, since: '2026-11-02' })
    expect(marks.get(bucketKey)).toEqual({ known: false })
    expect(describeBaseline(marks.get(sgKey), 12)).toBe('known since 2026-11-02 (#12)')
    expect(describeBaseline(marks.get(bucketKey), 12)).toBe('new')
  })

  it('marks everything new when there is no audit state', () => {
    expect(baseline(undefined, [sgKey]).get(sgKey)).toEqual({ known: false })
  })

  it('does not call a finding known because the audit resolved it once', () => {
    const fixed = advance(audit, [{ key: strayKey }], '2026-11-03').state
    expect(baseline(fixed, [sgKey]).get(sgKey)).toEqual({ known: false })
  })

  it('says when a truncated state cannot tell', () => {
    const marks = baseline({ ...audit, truncated: 40 }, [bucketKey])
    expect(marks.get(bucketKey)).toEqual({ known: false, uncertain: true })
    expect(describeBaseline(marks.get(bucketKey))).toBe('new (the audit history is incomplete)')
  })
})

describe('reading a state a person may have edited', () => {
  const state = advance(
    undefined,
    [{ key: sgKey, severity: 'high' }, { key: strayKey }],
    '2026-11-02'
  ).state
  const marker = encodeState(state)
  const wire = JSON.parse(payloadJson(marker)) as Record<string, unknown>

  it('reads the marker anywhere in a body whose words a person rewrote', () => {
    const edited = `Someone wrote here.\n\n> quoted\n${marker}\n\nAnd here, with --> arrows.`
    expect(decodeState(edited)).toEqual({ state })
  })

  const broken: [string, string][] = [
    ['no marker at all', 'The maintainer rewrote the whole description.'],
    ['truncated base64', marker.slice(0, marker.length - 20) + STATE_MARKER_END],
    ['base64 cut mid-way', marker.slice(0, STATE_MARKER_START.length + 40)],
    ['not base64', marker.replace(':v1:', ':v1:***')],
    ['a newer format', marker.replace(':v1:', ':v2:')],
    ['a made-up format', marker.replace(':v1:', ':<b>hello</b>:')],
    ['an empty marker', `${STATE_MARKER_START}v1:${STATE_MARKER_END}`],
    ['compressed text that is not JSON', markerOf('{"n": 3,')],
    ['JSON that is not an object', markerOf('[1, 2, 3]')],
    ['altered counts', markerOf(JSON.stringify({ ...wire, n: -1 }))],
    ['an impossible day', markerOf(JSON.stringify({ ...wire, d: '2026-02-30' }))],
    ['a history index out of range', markerOf(JSON.stringify({ ...wire, i: 'ZZ' }))],
    ['a key that is not a finding', markerOf(JSON.stringify({ ...wire, k: ['__proto__', 'x'] }))],
    ['a missing column', markerOf(JSON.stringify({ ...wire, h: undefined }))],
    ['a severity out of range', markerOf(JSON.stringify({ ...wire, s: `9${String(wire.s)}` }))],
    ['a history cut short', markerOf(JSON.stringify({ ...wire, h: [0, 0] }))],
    ['resolutions that are not there', markerOf(JSON.stringify({ ...wire, r: 'none' }))],
    [
      'a decompression bomb',
      markerOf(JSON.stringify({ ...wire, pad: ' '.repeat(20_000_000) }), 'v1', 1)
    ]
  ]

  it.each(broken)('%s: a fresh start and one line that says so, never a throw', (_, text) => {
    const read = decodeState(text)
    expect(read.state).toBeUndefined()
    expect(read.problem).toMatch(PROBLEM)
  })

  it('names the reason without echoing what a person typed', () => {
    expect(decodeState(marker.replace(':v1:', ':v2:')).problem).toContain('format v2')
    expect(decodeState(marker.replace(':v1:', ':<b>hello</b>:')).problem).not.toContain('<b>')
    expect(decodeState('').problem).toContain('(no state marker)')
  })

  it('never throws on any one-character edit of the marker', () => {
    for (let at = 0; at < marker.length; at++) {
      for (const c of ['A', '/', '=', ' ', '\n']) {
        const read = decodeState(marker.slice(0, at) + c + marker.slice(at + 1))
        expect(read.state !== undefined || PROBLEM.test(read.problem ?? '')).toBe(true)
      }
    }
  })
})

/** A small deterministic generator: the same "realistic" account on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Keys like a large estate's: drift under modules with for_each keys, and unmanaged EC2, S3,
 * IAM, Lambda and log-group ARNs with random ids, which compress worst.
 */
function realisticKeys(rnd: () => number, driftShare: number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]
  const hex = (n: number): string =>
    Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('')
  const severities: readonly (Severity | undefined)[] = ['low', 'medium', 'high', 'critical']
  let n = 0
  return (): CurrentFinding => {
    n++
    if (rnd() < driftShare) {
      const dir = pick(['infra/network', 'infra/prod', 'infra/staging', 'platform/eks', 'apps/web'])
      const module = pick(['module.vpc.', 'module.app.module.sg.', '', 'module.logs.'])
      const resource = pick([
        'aws_security_group.app',
        'aws_iam_role.service',
        'aws_s3_bucket.data',
        'aws_lambda_function.worker',
        'aws_route53_record.www'
      ])
      return {
        key: driftKey(dir, { address: `${module}${resource}["web-${n}"]` }),
        severity: pick(severities)
      }
    }
    const region = pick(['eu-west-1', 'us-east-1', 'eu-central-1'])
    const arn = pick([
      () => `arn:aws:ec2:${region}:123456789012:security-group/sg-${hex(17)}`,
      () => `arn:aws:ec2:${region}:123456789012:instance/i-${hex(17)}`,
      () => `arn:aws:s3:::logs-${hex(8)}-bucket`,
      () => `arn:aws:iam::123456789012:role/service-role/lambda-${hex(6)}`,
      () => `arn:aws:lambda:${region}:123456789012:function:worker-${hex(6)}`,
      () => `arn:aws:logs:${region}:123456789012:log-group:/aws/lambda/worker-${hex(6)}`
    ])()
    return {
      key: unmanagedKey({ arn, type: 'x', id: 'x' }),
      ...(rnd() < 0.5 ? { severity: pick(severities) } : {})
    }
  }
}

/**
 * Daily audits over two months: findings arrive in batches of varying size and some get fixed,
 * until at least `target` are open. The history is the one advance itself builds.
 */
function realisticState(target: number, driftShare: number, seed: number): AuditState {
  const rnd = random(seed)
  const next = realisticKeys(rnd, driftShare)
  let open: CurrentFinding[] = []
  let state: AuditState | undefined
  for (let day = 0; day < 60; day++) {
    const arriving = Math.floor(rnd() * (day === 59 ? target : target / 20))
    open = open.filter(() => rnd() > 0.02)
    while (day === 59 ? open.length < target : open.length < (target * day) / 60 + arriving) {
      open.push(next())
    }
    const date = new Date(Date.UTC(2026, 8, 1 + day)).toISOString().slice(0, 10)
    state = advance(state, open, date).state
  }
  // What the size tests take as given: a check of this generator, not of the code under test.
  const made = state as AuditState
  if (Object.keys(made.findings).length !== target || made.resolved.length === 0) {
    throw new Error(`realisticState(${target}) made no ${target} open findings with resolutions`)
  }
  return made
}

describe('size', () => {
  const mixed = realisticState(5000, 0.5, 1)
  const mixedMarker = encodeState(mixed)
  const unmanaged = realisticState(5000, 0, 2)
  const unmanagedMarker = encodeState(unmanaged)

  it(`5,000 realistic findings, half drift, half unmanaged: ${mixedMarker.length} characters`, () => {
    // A quarter of a comment to spare, with the last ten audits' resolutions stored too.
    expect(mixedMarker.length).toBeLessThan(COMMENT_LIMIT * 0.75)
    expect(decodeState(mixedMarker)).toEqual({ state: mixed })
  })

  it(`5,000 realistic unmanaged ARNs, random ids and all: ${unmanagedMarker.length} characters`, () => {
    // encodeState never writes more than STATE_LIMIT: what counts is that nothing was left out.
    expect(decodeState(unmanagedMarker)).toEqual({ state: unmanaged })
  })
})

describe('the stored form', () => {
  const day = (n: number) => `2026-10-${String(n).padStart(2, '0')}`
  const keys = (...names: string[]) => names.map(name => ({ key: `drift:x:${name}` }))

  it('stores each history shared by findings first seen together once, the most shared first', () => {
    let state = advance(undefined, keys('a', 'b', 'c'), day(1)).state
    state = advance(state, keys('a', 'b', 'c', 'd', 'e'), day(2)).state
    state = advance(state, keys('a', 'b', 'c', 'd', 'e', 'f'), day(3)).state
    const wire = toWire(state)
    // [days since first seen, days since last seen, audits]: a to c, then d and e, then f.
    expect(wire.h).toEqual([2, 0, 3, 1, 0, 2, 0, 0, 1])
    expect(wire.i).toBe('AAABBC')
    expect(throughIssue(state)).toEqual(state)
  })

  it('writes each index in two digits once there are more than 64 histories', () => {
    let state: AuditState | undefined
    const open: string[] = []
    for (let n = 1; n <= 65; n++) {
      open.push(`k${String(n).padStart(2, '0')}`)
      state = advance(
        state,
        keys(...open),
        new Date(Date.UTC(2026, 0, n)).toISOString().slice(0, 10)
      ).state
    }
    const wire = toWire(state as AuditState)
    expect(wire.h).toHaveLength(65 * 3)
    expect(wire.i).toHaveLength(65 * 2)
    // Histories shared by no one are ordered by their text; k01's, '64,0,65', is the 62nd: 'A9'.
    expect(wire.i.slice(0, 4)).toBe('A9A8')
    expect(throughIssue(state as AuditState)).toEqual(state)
  })
})

describe('a state too big for its comment', () => {
  it('20,000 findings: the most severe that fit', () => {
    const huge = realisticState(20_000, 0.5, 4)
    const fitted = fitState(huge)
    expect(fitted.text.length).toBeLessThanOrEqual(STATE_LIMIT)
    expect(fitted.droppedResolved).toBe(huge.resolved.length)
    const kept = Object.keys(fitted.stored.findings).length
    expect(kept).toBeGreaterThan(8000)
    expect(fitted.stored.truncated).toBe(20_000 - kept)
    expect(decodeState(fitted.text)).toEqual({ state: fitted.stored })
  })

  const state = realisticState(600, 0.5, 3)
  const whole = fitState(state, 100_000)

  it('drops the oldest resolutions first', () => {
    const limit = whole.text.length - 50
    const fitted = fitState(state, limit)
    expect(fitted.text.length).toBeLessThanOrEqual(limit)
    expect(fitted.droppedResolved).toBeGreaterThan(0)
    expect(fitted.stored.findings).toEqual(state.findings)
    expect(fitted.stored.truncated).toBeUndefined()
    expect(fitted.stored.resolved).toEqual(
      state.resolved.slice(0, state.resolved.length - fitted.droppedResolved)
    )
  })

  it('then keeps the most severe findings, counts the rest, and reads back as it was stored', () => {
    const limit = Math.floor(whole.text.length / 2)
    const fitted = fitState(state, limit)
    expect(fitted.text.length).toBeLessThanOrEqual(limit)
    expect(fitted.stored.resolved).toEqual([])
    const kept = Object.keys(fitted.stored.findings)
    const dropped = Object.keys(state.findings).filter(key => !kept.includes(key))
    expect(fitted.stored.truncated).toBe(dropped.length)
    const rank = (key: string): number =>
      ['low', 'medium', 'high', 'critical'].indexOf(state.findings[key].severity ?? 'none')
    const lowestKept = Math.min(...kept.map(rank))
    expect(dropped.every(key => rank(key) <= lowestKept)).toBe(true)
    expect(decodeState(fitted.text)).toEqual({ state: fitted.stored })
  })
})

describe('two histories racing audits wrote, merged', () => {
  const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`
  const base = advance(undefined, [{ key: sgKey }, { key: roleKey }], day(2)).state
  // Two audits on the same day, both from `base`: one also sees the bucket, the other the stray
  // group and no longer the role.
  const a = advance(base, [{ key: sgKey }, { key: roleKey }, { key: bucketKey }], day(9)).state
  const b = advance(base, [{ key: sgKey, severity: 'high' }, { key: strayKey }], day(9)).state

  it('keeps every finding either saw, with its first-seen day and the higher severity', () => {
    const merged = mergeStates(a, b)
    expect(merged).toEqual({
      version: 1,
      audits: 2,
      lastAudit: day(9),
      findings: {
        [bucketKey]: { first: day(9), last: day(9), audits: 1 },
        [sgKey]: { first: day(2), last: day(9), audits: 2, severity: 'high' },
        [roleKey]: { first: day(2), last: day(9), audits: 2 },
        [strayKey]: { first: day(9), last: day(9), audits: 1 }
      },
      resolved: []
    })
  })

  it('is the same whichever way round, and merging again changes nothing', () => {
    const merged = mergeStates(a, b)
    expect(mergeStates(b, a)).toEqual(merged)
    expect(mergeStates(merged, a)).toEqual(merged)
    expect(mergeStates(b, merged)).toEqual(merged)
    expect(throughIssue(merged)).toEqual(merged)
  })

  it('a later audit that resolved a finding wins over the history it advanced from', () => {
    const later = advance(a, [{ key: sgKey }], day(16)).state
    const merged = mergeStates(a, later)
    expect(Object.keys(merged.findings)).toEqual([sgKey])
    expect(merged.resolved.map(r => r.key)).toEqual([bucketKey, roleKey])
    expect(merged).toEqual(later)
  })
})

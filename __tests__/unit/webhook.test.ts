import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { sendWebhook } from '../../src/publish/webhook.js'
import type { ChangedFinding, FindingsChange } from '../../src/render/slack.js'
import { findingsChanged, LIST_LIMIT, renderSlackMessage } from '../../src/render/slack.js'
import { listenOnLoopback } from '../helpers/loopback.js'
import { WEBHOOK_TOKEN, WebhookStandIn } from '../helpers/webhook-standin.js'

const ISSUE_URL = 'https://github.com/o/r/issues/7'
const RUN_URL = 'https://github.com/o/r/actions/runs/42?attempt=1&check=2'

function change(fields: Partial<FindingsChange> = {}): FindingsChange {
  return {
    repository: 'o/r',
    title: 'Driftwatch: drift in the root module',
    issueUrl: ISSUE_URL,
    runUrl: RUN_URL,
    added: [],
    resolved: [],
    counts: { drifted: 3, unmanaged: 2, total: 5 },
    ...fields
  }
}

function unmanaged(address: string, detail?: string): ChangedFinding {
  return { kind: 'unmanaged', address, severity: 'medium', ...(detail ? { detail } : {}) }
}

/** Every `<…>` Slack would act on: after escaping, only the links we made ourselves. */
function controlSequences(text: string): string[] {
  return text.match(/<[^>]*>/g) ?? []
}

const OUR_LINKS = [
  `<${ISSUE_URL}|Audit issue>`,
  '<https://github.com/o/r/actions/runs/42?attempt=1&amp;check=2|Workflow run>'
]

function recorder() {
  const warnings: string[] = []
  return { warnings, log: { warning: (message: string) => void warnings.push(message) } }
}

let webhook: WebhookStandIn

beforeAll(async () => {
  webhook = await WebhookStandIn.start()
})

afterAll(async () => {
  await webhook.stop()
})

beforeEach(() => webhook.reset())

describe('renderSlackMessage', () => {
  const mixed = change({
    added: [
      { kind: 'unmanaged', address: 'arn:aws:s3:::scratch', severity: 'low' },
      { kind: 'drift', address: 'aws_instance.api', directory: 'infra/prod' },
      {
        kind: 'drift',
        address: 'aws_security_group.web',
        directory: 'infra/prod',
        severity: 'critical'
      },
      { kind: 'deleted', address: 'aws_iam_role.deploy', directory: 'infra/prod', severity: 'high' }
    ],
    resolved: [{ kind: 'drift', address: 'aws_s3_bucket.logs', directory: 'infra/prod' }]
  })

  it('lists new findings most severe first, then the resolved, the counts and both links', async () => {
    const { log, warnings } = recorder()
    expect(await sendWebhook(webhook.url, renderSlackMessage(mixed), log)).toBe(true)

    expect(webhook.posts).toHaveLength(1)
    expect(webhook.posts[0].headers['content-type']).toMatch(/^application\/json/)
    expect(Object.keys(webhook.posts[0].body as object)).toEqual(['text'])
    const [text] = webhook.texts()
    const lines = text.split('\n').filter(Boolean)
    expect(lines[0]).toBe('*Driftwatch: drift in the root module* in `o/r`')
    expect(lines[1]).toBe(
      '4 new findings, 1 resolved finding. Open now: 3 drifted, 2 unmanaged (5 findings).'
    )
    const newAt = lines.indexOf('*New (4)*')
    expect(lines.slice(newAt + 1, newAt + 5)).toEqual([
      '• 🔴 critical changed `aws_security_group.web` in `infra/prod`',
      '• 🟠 high deleted `aws_iam_role.deploy` in `infra/prod`',
      '• ⚪ low unmanaged `arn:aws:s3:::scratch`',
      '• changed `aws_instance.api` in `infra/prod`'
    ])
    const resolvedAt = lines.indexOf('*Resolved (1)*')
    expect(resolvedAt).toBeGreaterThan(newAt)
    expect(lines[resolvedAt + 1]).toBe('• changed `aws_s3_bucket.logs` in `infra/prod`')
    expect(lines.at(-1)).toBe(OUR_LINKS.join(' · '))
    expect(warnings).toEqual([])
  })

  it('delivers hostile tag values inert: no ping, no link, no formatting', async () => {
    const hostile = change({
      title: 'Driftwatch: drift in <!here> @channel',
      added: [
        unmanaged('arn:aws:ec2:eu-west-1:1:instance/i-1', '<!channel>'),
        unmanaged('arn:aws:ec2:eu-west-1:1:instance/i-2', '<https://evil.example|click>'),
        unmanaged('arn:aws:ec2:eu-west-1:1:instance/i-3', '@here see https://evil.example'),
        unmanaged('arn:aws:ec2:eu-west-1:1:instance/i-4', '<@U024BE7LH> & <#C024BE7LR>'),
        unmanaged('aws_s3_bucket.x["`<!everyone>` @everyone"]', 'a `b`\nc')
      ]
    })
    await sendWebhook(webhook.url, renderSlackMessage(hostile), recorder().log)
    const [text] = webhook.texts()

    expect(text).not.toContain('<!channel>')
    expect(text).not.toContain('<!here>')
    expect(text).not.toContain('<https://evil')
    expect(text).not.toContain('https://evil')
    expect(text).not.toMatch(/@(here|channel|everyone)/)
    expect(controlSequences(text)).toEqual(OUR_LINKS)
    expect(text).toContain('`&lt;!channel&gt;`')
    expect(text).toContain('&lt;@\u2060U024BE7LH&gt; &amp; &lt;#C024BE7LR&gt;')
    // The value's backticks cannot close its code span, nor can its newline start a line.
    expect(text).toContain('`a ˋbˋ c`')
    expect(text).toContain('`aws_s3_bucket.x["ˋ&lt;!everyone&gt;ˋ @\u2060everyone"]`')
    expect(text.split('\n').filter(line => line.startsWith('•'))).toHaveLength(5)
  })

  it('shows ten findings of a long list and counts the rest', () => {
    const added = Array.from({ length: 25 }, (_, i) =>
      unmanaged(`arn:aws:sqs:eu-west-1:1:queue-${String(i).padStart(2, '0')}`, 'a & b')
    )
    const { text } = renderSlackMessage(change({ added, resolved: added }))
    const items = text.split('\n').filter(line => line.startsWith('• '))
    expect(items).toHaveLength(2 * (LIST_LIMIT + 1))
    expect(items[0]).toBe('• 🟡 medium unmanaged `arn:aws:sqs:eu-west-1:1:queue-00` — `a &amp; b`')
    expect(items.filter(line => line === '• …and 15 more')).toHaveLength(2)
  })

  it("stays far below Slack's 40,000 characters when every character needs escaping", () => {
    const worst = '&'.repeat(5_000)
    const added = Array.from({ length: 25 }, () => ({
      ...unmanaged(worst, worst),
      directory: worst
    }))
    const { text } = renderSlackMessage(change({ title: worst, added, resolved: added }))
    expect(text.length).toBeLessThan(13_000)
    expect(text).toMatch(/^• …and \d+ more$/m)
    expect(controlSequences(text)).toEqual(OUR_LINKS)
  })

  it('finds nothing to send when nothing was added or resolved', async () => {
    const unchanged = change({ counts: { drifted: 3, unmanaged: 2, total: 5 } })
    expect(findingsChanged(unchanged)).toBe(false)
    if (findingsChanged(unchanged))
      await sendWebhook(webhook.url, renderSlackMessage(unchanged), recorder().log)
    expect(webhook.posts).toEqual([])
    expect(findingsChanged(change({ resolved: [unmanaged('arn:aws:s3:::gone')] }))).toBe(true)
  })
})

describe('sendWebhook', () => {
  const message = renderSlackMessage(change({ added: [unmanaged('arn:aws:s3:::new')] }))

  it('waits out a 429 for as long as Retry-After asks, then posts again', async () => {
    webhook.answerNext({ status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' })
    const waits: number[] = []
    const sleep = (ms: number) => {
      waits.push(ms)
      return new Promise<void>(resolve => setTimeout(resolve, ms))
    }
    const { log, warnings } = recorder()

    expect(await sendWebhook(webhook.url, message, log, { sleep })).toBe(true)
    expect(webhook.posts.map(post => post.status)).toEqual([429, 200])
    expect(waits).toEqual([1000])
    expect(webhook.texts()).toEqual([message.text, message.text])
    expect(warnings).toEqual([])
  })

  it('gives up on a 429 that asks for longer than it may wait, with one warning', async () => {
    webhook.answerNext({ status: 429, headers: { 'retry-after': '120' } })
    const { log, warnings } = recorder()

    expect(await sendWebhook(webhook.url, message, log)).toBe(false)
    expect(webhook.posts).toHaveLength(1)
    expect(warnings).toEqual([
      'Driftwatch could not notify the webhook (HTTP 429, asked to wait 120 s): it is rate limited; this change is not announced.'
    ])
  })

  it('warns once on a 404 and never shows the URL', async () => {
    webhook.answerNext({ status: 404, body: 'no_service' })
    const { log, warnings } = recorder()

    expect(await sendWebhook(webhook.url, message, log)).toBe(false)
    expect(webhook.posts).toHaveLength(1)
    expect(warnings).toEqual([
      'Driftwatch could not notify the webhook (HTTP 404: no_service): check the notify-webhook-url secret.'
    ])
    expect(warnings.join('\n')).not.toContain(WEBHOOK_TOKEN)
    expect(warnings.join('\n')).not.toContain(webhook.url)
  })

  it('retries a 5xx twice with a backoff, then warns once', async () => {
    webhook.answerNext({ status: 500 }, { status: 502 }, { status: 503 })
    const waits: number[] = []
    const sleep = async (ms: number) => void waits.push(ms)
    const { log, warnings } = recorder()

    expect(await sendWebhook(webhook.url, message, log, { sleep })).toBe(false)
    expect(webhook.posts.map(post => post.status)).toEqual([500, 502, 503])
    expect(waits).toEqual([1000, 2000])
    expect(warnings).toEqual([
      'Driftwatch could not notify the webhook (HTTP 503, 3 attempts): the service seems to be down.'
    ])
  })

  it('delivers after a passing 5xx', async () => {
    webhook.answerNext({ status: 503 })
    const { log, warnings } = recorder()

    expect(await sendWebhook(webhook.url, message, log, { backoffMs: 0 })).toBe(true)
    expect(webhook.posts.map(post => post.status)).toEqual([503, 200])
    expect(warnings).toEqual([])
  })

  it('warns once, without retrying, when the webhook does not answer in time', async () => {
    webhook.answerNext({ status: 200, delayMs: 2_000 })
    const { log, warnings } = recorder()

    expect(await sendWebhook(webhook.url, message, log, { timeoutMs: 200 })).toBe(false)
    expect(webhook.posts).toHaveLength(1)
    expect(warnings).toEqual([
      'Driftwatch could not notify the webhook: it did not answer within 0.2 s.'
    ])
  })

  it('warns once, without the URL, when nothing listens', async () => {
    const closed = await listenOnLoopback((_req, res) => res.end())
    await closed.close()
    const url = `${closed.url}/services/T0/B0/${WEBHOOK_TOKEN}`
    const { log, warnings } = recorder()

    expect(await sendWebhook(url, message, log)).toBe(false)
    expect(warnings).toEqual([
      'Driftwatch could not notify the webhook (ECONNREFUSED): check the notify-webhook-url secret and that the runner can reach it.'
    ])
    expect(warnings.join('\n')).not.toContain(WEBHOOK_TOKEN)
  })

  it('warns once, without echoing it, about a secret that is not a URL', async () => {
    const { log, warnings } = recorder()

    for (const url of [`hooks.slack.com/services/${WEBHOOK_TOKEN}`, `ftp://x/${WEBHOOK_TOKEN}`, ''])
      expect(await sendWebhook(url, message, log)).toBe(false)
    expect(warnings).toHaveLength(3)
    expect(new Set(warnings)).toEqual(
      new Set([
        'Driftwatch could not notify the webhook: the notify-webhook-url secret is not an http(s) URL.'
      ])
    )
    expect(webhook.posts).toEqual([])
  })

  it('sends only what it is given: the text', async () => {
    await sendWebhook(webhook.url, message, recorder().log)
    expect(webhook.posts[0].body).toEqual({ text: message.text })
    expect(JSON.stringify(webhook.posts[0].body)).not.toContain(WEBHOOK_TOKEN)
  })
})

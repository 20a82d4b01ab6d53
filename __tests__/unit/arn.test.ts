import { describe, expect, it } from '@jest/globals'
import { normaliseArn, parseArn, parseQueueUrl, queueUrlToArn } from '../../src/model/arn.js'
import { identifyParsed, ImportNames, resourceName } from '../../src/analyse/import-blocks.js'
import { hclString, importBlock } from '../../src/remediate/hcl/write.js'
import { fenced } from '../../src/render/markdown.js'
import { thrown } from '../helpers/thrown.js'

const identify = (arn: string) => identifyParsed(parseArn(arn), arn)

/** Import block names for `items` in order, from one ImportNames as the classifier uses it. */
function uniqueNames(items: { terraformType: string; id: string }[]): string[] {
  const names = new ImportNames()
  return items.map(item => names.next(item.terraformType, item.id))
}

describe('ARN normalisation', () => {
  it('drops the :* the provider appends to log group ARNs', () => {
    expect(normaliseArn('arn:aws:logs:eu-west-1:123456789012:log-group:/app/web:*')).toBe(
      'arn:aws:logs:eu-west-1:123456789012:log-group:/app/web'
    )
    expect(normaliseArn('arn:aws:logs:eu-west-1:123456789012:log-group:/app/web')).toBe(
      'arn:aws:logs:eu-west-1:123456789012:log-group:/app/web'
    )
  })

  it('leaves a :* alone outside CloudWatch Logs', () => {
    expect(normaliseArn('arn:aws:s3:::bucket:*')).toBe('arn:aws:s3:::bucket:*')
  })

  it('collapses the double slash of a hierarchical SSM parameter', () => {
    expect(normaliseArn('arn:aws:ssm:eu-west-1:123456789012:parameter//app/db')).toBe(
      'arn:aws:ssm:eu-west-1:123456789012:parameter/app/db'
    )
  })

  it('takes ARNs apart, with the type of untyped services', () => {
    expect(parseArn('arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1')).toMatchObject({
      service: 'ec2',
      region: 'eu-west-1',
      account: '123456789012',
      resourceType: 'security-group',
      resourceId: 'sg-1'
    })
    expect(parseArn('arn:aws:s3:::my-bucket')).toMatchObject({
      resourceType: 'bucket',
      resourceId: 'my-bucket',
      region: ''
    })
    expect(parseArn('arn:aws:logs:eu-west-1:1:log-group:/a/b')).toMatchObject({
      resourceType: 'log-group',
      resourceId: '/a/b'
    })
    expect(parseArn('not an arn')).toBeUndefined()
  })
})

describe('SQS queue URLs', () => {
  it('turns an AWS queue URL into its ARN', () => {
    expect(queueUrlToArn('https://sqs.eu-west-1.amazonaws.com/123456789012/jobs')).toBe(
      'arn:aws:sqs:eu-west-1:123456789012:jobs'
    )
    expect(queueUrlToArn('https://eu-west-1.queue.amazonaws.com/123456789012/jobs.fifo')).toBe(
      'arn:aws:sqs:eu-west-1:123456789012:jobs.fifo'
    )
    expect(queueUrlToArn('https://sqs.cn-north-1.amazonaws.com.cn/123456789012/q')).toBe(
      'arn:aws-cn:sqs:cn-north-1:123456789012:q'
    )
  })

  it('reads account and name from an emulator URL that has no region', () => {
    expect(parseQueueUrl('http://127.0.0.1:4566/123456789012/jobs')).toEqual({
      account: '123456789012',
      name: 'jobs'
    })
    expect(queueUrlToArn('http://127.0.0.1:4566/123456789012/jobs')).toBeUndefined()
    expect(parseQueueUrl('not a url')).toBeUndefined()
  })
})

describe('import ids by type', () => {
  it.each([
    ['arn:aws:s3:::assets', 'aws_s3_bucket', 'assets', 'assets'],
    [
      'arn:aws:sqs:eu-west-1:123456789012:jobs',
      'aws_sqs_queue',
      'https://sqs.eu-west-1.amazonaws.com/123456789012/jobs',
      'jobs'
    ],
    [
      'arn:aws:sns:eu-west-1:123456789012:alerts',
      'aws_sns_topic',
      'arn:aws:sns:eu-west-1:123456789012:alerts',
      'alerts'
    ],
    [
      'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc',
      'aws_security_group',
      'sg-0abc',
      'sg-0abc'
    ],
    [
      'arn:aws:ssm:eu-west-1:123456789012:parameter/app/db/password',
      'aws_ssm_parameter',
      '/app/db/password',
      '/app/db/password'
    ],
    ['arn:aws:ssm:eu-west-1:123456789012:parameter/plain', 'aws_ssm_parameter', 'plain', 'plain'],
    [
      'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/x',
      'aws_cloudwatch_log_group',
      '/aws/lambda/x',
      '/aws/lambda/x'
    ],
    [
      'arn:aws:dynamodb:eu-west-1:123456789012:table/sessions',
      'aws_dynamodb_table',
      'sessions',
      'sessions'
    ],
    ['arn:aws:ec2:eu-west-1:123456789012:instance/i-0123', 'aws_instance', 'i-0123', 'i-0123'],
    ['arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-1', 'aws_vpc', 'vpc-1', 'vpc-1'],
    ['arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-1', 'aws_subnet', 'subnet-1', 'subnet-1'],
    [
      'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'aws_kms_key',
      '1234abcd-12ab-34cd-56ef-1234567890ab',
      '1234abcd-12ab-34cd-56ef-1234567890ab'
    ],
    [
      'arn:aws:lambda:eu-west-1:123456789012:function:resize',
      'aws_lambda_function',
      'resize',
      'resize'
    ],
    ['arn:aws:iam::123456789012:role/service/deployer', 'aws_iam_role', 'deployer', 'deployer'],
    [
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188',
      'aws_lb',
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188',
      'web'
    ],
    [
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/classic',
      'aws_elb',
      'classic',
      'classic'
    ],
    ['arn:aws:rds:eu-west-1:123456789012:db:orders', 'aws_db_instance', 'orders', 'orders'],
    [
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067',
      'aws_lb_target_group',
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067',
      'web'
    ]
  ])('%s is %s imported by %j', (arn, type, importId, id) => {
    expect(identify(arn)).toEqual({ type, terraformType: type, importId, id })
  })

  it('names a type Terraform cannot import from the ARN, without an import id', () => {
    expect(identify('arn:aws:ec2:eu-west-1:123456789012:key-pair/key-0abc')).toEqual({
      type: 'aws_key_pair',
      terraformType: 'aws_key_pair',
      id: 'key-0abc'
    })
  })

  it('falls back to service:resourceType for unknown types', () => {
    expect(identify('arn:aws:glue:eu-west-1:123456789012:crawler/nightly')).toEqual({
      type: 'glue:crawler',
      id: 'nightly'
    })
  })
})

describe('import blocks', () => {
  it('builds resource names Terraform accepts, unique per type', () => {
    expect(resourceName('/app/db/password')).toBe('app_db_password')
    expect(resourceName('123-bucket')).toBe('r_123-bucket')
    expect(resourceName('My.Bucket')).toBe('my_bucket')
    expect(resourceName('///')).toBe('imported')
    expect(
      uniqueNames([
        { terraformType: 'aws_s3_bucket', id: 'a.b' },
        { terraformType: 'aws_s3_bucket', id: 'a_b' },
        { terraformType: 'aws_sqs_queue', id: 'a_b' }
      ])
    ).toEqual(['a_b', 'a_b_2', 'a_b'])
  })

  it('writes the block', () => {
    expect(importBlock({ to: 'aws_s3_bucket.assets', id: 'assets' })).toBe(
      'import {\n  to = aws_s3_bucket.assets\n  id = "assets"\n}'
    )
  })

  it('keeps an id from ending the string, interpolating or starting a line', () => {
    expect(hclString('a"b\\c')).toBe('"a\\"b\\\\c"')
    expect(hclString('${file("/etc/passwd")}')).toBe('"$${file(\\"/etc/passwd\\")}"')
    expect(hclString('%{ if true }x%{ endif }')).toBe('"%%{ if true }x%%{ endif }"')
    expect(hclString('a\nb\r\u001b[31m')).toBe('"a\\nb\\r\\u001b[31m"')
  })

  it('refuses a to address that is not one', () => {
    for (const to of ['aws_s3_bucket.x\n}', 'aws_s3_bucket.${x}', 'aws_s3_bucket', 'x.y z']) {
      expect(thrown(() => importBlock({ to, id: 'x' })).message).toBe(
        `not a resource address: ${to}`
      )
    }
  })

  it('fences the blocks so no backtick run can close the fence', () => {
    const body = importBlock({ to: 'aws_s3_bucket.x', id: 'a```b````c' })
    const text = fenced('hcl', body)
    expect(text.startsWith('`````hcl\n')).toBe(true)
    expect(text.endsWith('\n`````')).toBe(true)
    expect(fenced('hcl', 'plain')).toBe('```hcl\nplain\n```')
  })
})

/** Plain regular-expression definitions of these functions: what the indexOf-based ones must match. */
const reference = {
  parseArn(text: string) {
    const match = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/s.exec(text)
    if (!match) return undefined
    const [, partition, service, region, account, resource] = match
    const untyped = ({ s3: 'bucket', sqs: 'queue', sns: 'topic' } as Record<string, string>)[
      service
    ]
    if (untyped && !/[/:]/.test(resource)) {
      return {
        partition,
        service,
        region,
        account,
        resource,
        resourceType: untyped,
        resourceId: resource
      }
    }
    const sep = resource.search(/[/:]/)
    const resourceType = sep < 0 ? '' : resource.slice(0, sep)
    const resourceId = sep < 0 ? resource : resource.slice(sep + 1)
    return { partition, service, region, account, resource, resourceType, resourceId }
  },
  normaliseArn(arn: string) {
    let out = arn.trim()
    if (/^arn:[^:]+:logs:/.test(out)) out = out.replace(/:\*$/, '')
    if (/^arn:[^:]+:ssm:/.test(out)) out = out.replace(/:parameter\/\/+/, ':parameter/')
    return out
  },
  resourceName(id: string) {
    const cleaned = id
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '_')
      .replace(/^[_-]+|[_-]+$/g, '')
      .slice(0, 60)
    if (cleaned === '') return 'imported'
    return /^[a-z_]/.test(cleaned) ? cleaned : `r_${cleaned}`
  },
  uniqueNames(items: { terraformType: string; id: string }[]) {
    const used = new Set<string>()
    return items.map(item => {
      const base = reference.resourceName(item.id)
      let name = base
      for (let n = 2; used.has(`${item.terraformType}.${name}`); n++) name = `${base}_${n}`
      used.add(`${item.terraformType}.${name}`)
      return name
    })
  }
}

const ARN_LIKE = [
  'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1',
  'arn:aws:s3:::my-bucket',
  'arn:aws:s3:::my-bucket/key:with/parts',
  'arn:aws:sqs:eu-west-1:1:queue.fifo',
  'arn:aws:sns:eu-west-1:1:topic:sub-id',
  'arn:aws:logs:eu-west-1:1:log-group:/a/b:*',
  'arn:aws:logs:eu-west-1:1:log-group:/a/b',
  'arn:aws-cn:logs:cn-north-1:1:log-group:x:*',
  'arn:aws:logs:eu-west-1:1:log-group:x:*:*',
  'arn:aws:s3:::bucket:*',
  'arn:aws:ssm:eu-west-1:1:parameter//app/db',
  'arn:aws:ssm:eu-west-1:1:parameter///app/db',
  'arn:aws:ssm:eu-west-1:1:parameter/app//db',
  'arn:aws:ssm:eu-west-1:1:document//x',
  'arn:aws:lambda:eu-west-1:1:function:resize:$LATEST',
  'arn:aws:iam::1:role/service/deployer',
  'arn:aws:glue:eu-west-1:1:crawler',
  '  arn:aws:logs:eu-west-1:1:log-group:/x:*\n',
  '\tarn:aws:s3:::padded ',
  'arn:aws:s3:::line\nbreak',
  'arn:aws:s3:::',
  'arn::s3:::x',
  'arn:aws::eu-west-1:1:x',
  'arn:aws:s3',
  'arn:aws:s3:::x:',
  'arn:aws:s3::::',
  'arn:logs:logs:logs:logs:logs',
  'arn:a:logs:',
  'ARN:aws:s3:::upper',
  'not an arn',
  '',
  'arn:'
]

describe('ARN parsing without regular expressions', () => {
  it.each(ARN_LIKE)('parses %j as the reference regular expression does', text => {
    expect(parseArn(text)).toStrictEqual(reference.parseArn(text))
  })

  it.each(ARN_LIKE)('normalises %j as the reference regular expressions do', text => {
    expect(normaliseArn(text)).toBe(reference.normaliseArn(text))
  })
})

describe('import block names, as the reference names them, in linear time', () => {
  const IDS = [
    'assets',
    'a',
    'a_2',
    'A',
    'a.b',
    'a_b',
    '/app/db/password',
    '123-bucket',
    'My.Bucket',
    '///',
    '',
    'x'.repeat(60),
    'x'.repeat(61),
    `a${'-'.repeat(59)}b`,
    `${'a'.repeat(59)}-`,
    `${'a'.repeat(59)}-b`,
    'trailing-',
    '_lead',
    'İstanbul',
    'sg-0abc',
    'i-0123456789abcdef0'
  ]

  it.each(IDS)('names %j as the reference does', id => {
    expect(resourceName(id)).toBe(reference.resourceName(id))
  })

  it('numbers repeats as the reference does, including ids that look like numbered names', () => {
    const items = [
      ...['a', 'a', 'a_2', 'a', 'a_3', 'A', 'a_2', 'a_2_2', 'a'].map(id => ({
        terraformType: 'aws_s3_bucket',
        id
      })),
      ...['a', 'a_2', 'a'].map(id => ({ terraformType: 'aws_sqs_queue', id })),
      ...IDS.flatMap(id => [id, id, `${id}_2`, id]).map(id => ({ terraformType: 'aws_x', id }))
    ]
    expect(uniqueNames(items)).toEqual(reference.uniqueNames(items))
  })

  it('numbers a thousand repeats as the reference does', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({
      terraformType: 'aws_cloudwatch_log_group',
      id: i % 7 === 0 ? `/aws/lambda/fn_${i}` : `/aws/lambda/${'x'.repeat(70)}${i}`
    }))
    expect(uniqueNames(items)).toEqual(reference.uniqueNames(items))
  })

  it('does not slow down with the square of the repeats', () => {
    // Quadratic, this would be over a billion set lookups and far past the test timeout.
    const names = uniqueNames(
      Array.from({ length: 50_000 }, () => ({ terraformType: 'aws_s3_bucket', id: 'same' }))
    )
    expect(names.slice(0, 3)).toEqual(['same', 'same_2', 'same_3'])
    expect(names.at(-1)).toBe('same_50000')
  })
})

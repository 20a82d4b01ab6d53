import { describe, expect, it } from '@jest/globals'
import type { DriftFinding } from '../../src/model/findings.js'
import { applyEdits } from '../../src/remediate/codify/editor.js'
import { parseHcl } from '../../src/remediate/codify/hcl.js'
import type { NotCodified } from '../../src/remediate/codify/index.js'
import { locate, parsePath } from '../../src/remediate/codify/locate.js'
import { hclValue, literalOf } from '../../src/remediate/codify/values.js'

/**
 * The codify remedy's editor on `.tf` text: each finding becomes edits to the concrete syntax
 * tree's nodes, and the file around them (comments, blank lines, alignment) is kept byte for
 * byte. `terraform fmt` runs after these edits in the remedy (integration/codify.test.ts); here
 * the text is exactly what the editor writes.
 */

type Change = [path: string, before: unknown, after: unknown, sensitive?: boolean]

function finding(
  address: string,
  changes: Change[],
  extra: Partial<DriftFinding> = {}
): DriftFinding {
  const [type, name] = address.split('.')
  return {
    address,
    type,
    name,
    kind: 'changed',
    changes: changes.map(([path, before, after, sensitive]) => ({
      path,
      before,
      after,
      sensitive: sensitive ?? false
    })),
    severity: 'low',
    severityRule: 'drift',
    concerns: [],
    ...extra
  }
}

async function codifyText(
  source: string,
  findings: DriftFinding[]
): Promise<{ text: string; notCodified: NotCodified[] }> {
  const tree = await parseHcl(source)
  try {
    const file = { path: '/repo/infra/main.tf', repoPath: 'infra/main.tf', source, tree }
    const { planned, notCodified } = locate([file], findings)
    return {
      text: applyEdits(
        source,
        planned.flatMap(p => p.edits)
      ).text,
      notCodified
    }
  } finally {
    tree.delete()
  }
}

const LOGS = `# Application logs.
resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/web" # the service's name
  retention_in_days = 7 # one week

  tags = {
    # Who pays.
    Team = "web"
    Env  = "prod"
  }
}
`

describe('codify: literals take the live value in place', () => {
  it('replaces a number and keeps the comments around it', async () => {
    const { text, notCodified } = await codifyText(LOGS, [
      finding('aws_cloudwatch_log_group.app', [['retention_in_days', 7, 30]])
    ])
    expect(notCodified).toEqual([])
    expect(text).toBe(
      LOGS.replace('retention_in_days = 7 # one week', 'retention_in_days = 30 # one week')
    )
  })

  it('changes, adds and removes tags, keeping the map comment', async () => {
    const { text } = await codifyText(LOGS, [
      finding('aws_cloudwatch_log_group.app', [
        ['tags.Team', 'web', 'payments'],
        ['tags.Env', 'prod', null],
        ['tags.CostCenter', null, 'cc-42']
      ])
    ])
    expect(text).toBe(`# Application logs.
resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/web" # the service's name
  retention_in_days = 7 # one week

  tags = {
    # Who pays.
    Team = "payments"
    CostCenter = "cc-42"
  }
}
`)
  })

  it('adds to a one-line map on its line, quoting a key that is not a plain name', async () => {
    const source = 'resource "aws_s3_bucket" "b" {\n  tags = { Team = "web" }\n}\n'
    const { text } = await codifyText(source, [
      finding('aws_s3_bucket.b', [['tags["aws:owner"]', null, 'alice']])
    ])
    expect(text).toBe(
      'resource "aws_s3_bucket" "b" {\n  tags = { Team = "web", "aws:owner" = "alice" }\n}\n'
    )
  })

  it('writes an argument the code leaves out after the last argument', async () => {
    const source =
      'resource "aws_cloudwatch_log_group" "app" {\n  name = "/app"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n'
    const { text } = await codifyText(source, [
      finding('aws_cloudwatch_log_group.app', [['retention_in_days', 0, 14]])
    ])
    expect(text).toBe(
      'resource "aws_cloudwatch_log_group" "app" {\n  name = "/app"\n  retention_in_days = 14\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n'
    )
  })

  it('writes tags added to a resource whose code has none as one map', async () => {
    const source = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'
    const { text } = await codifyText(source, [
      finding('aws_s3_bucket.b', [
        ['tags.Team', null, 'data'],
        ['tags.Env', null, 'dev']
      ])
    ])
    expect(text).toBe(
      'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  tags = {\n    Team = "data"\n    Env = "dev"\n  }\n}\n'
    )
  })

  it('replaces a whole list, one line as written', async () => {
    const source = 'resource "aws_x" "y" {\n  cidr_blocks = ["10.0.0.0/8"] // internal\n}\n'
    const { text } = await codifyText(source, [
      finding('aws_x.y', [['cidr_blocks', ['10.0.0.0/8'], ['10.0.0.0/8', '192.168.0.0/16']]])
    ])
    expect(text).toBe(
      'resource "aws_x" "y" {\n  cidr_blocks = ["10.0.0.0/8", "192.168.0.0/16"] // internal\n}\n'
    )
  })
})

const GROUP = `resource "aws_security_group" "web" {
  name = "web"

  # HTTPS from anywhere.
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`

const RULE = {
  cidr_blocks: ['10.0.0.0/8'],
  description: 'debug',
  from_port: 22,
  ipv6_cidr_blocks: [],
  prefix_list_ids: [],
  protocol: 'tcp',
  security_groups: [],
  self: false,
  to_port: 22
}

describe('codify: nested blocks are matched by content, not by the state index', () => {
  it('adds a rule as an inline block after its siblings, empty arguments left out', async () => {
    const { text } = await codifyText(GROUP, [
      finding('aws_security_group.web', [['ingress[0]', null, RULE]])
    ])
    expect(text).toBe(
      GROUP.replace(
        '    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
        '    cidr_blocks = ["0.0.0.0/0"]\n  }\n\n  ingress {\n    cidr_blocks = ["10.0.0.0/8"]\n    description = "debug"\n    from_port = 22\n    protocol = "tcp"\n    self = false\n    to_port = 22\n  }\n}\n'
      )
    )
  })

  it('deletes the block the state says was revoked, whatever its index, with its blank line', async () => {
    const revoked = {
      ...RULE,
      cidr_blocks: ['0.0.0.0/0'],
      description: '',
      from_port: 80,
      to_port: 80
    }
    const { text } = await codifyText(GROUP, [
      finding('aws_security_group.web', [['ingress[0]', revoked, null]])
    ])
    expect(text).toBe(`resource "aws_security_group" "web" {
  name = "web"

  # HTTPS from anywhere.
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`)
  })

  it('edits one argument of the block whose old value it was', async () => {
    const { text } = await codifyText(GROUP, [
      finding('aws_security_group.web', [['ingress[1].from_port', 80, 8080]])
    ])
    expect(text).toBe(GROUP.replace('from_port   = 80', 'from_port   = 8080'))
  })

  it('lists a rule no block matches', async () => {
    const { text, notCodified } = await codifyText(GROUP, [
      finding('aws_security_group.web', [['ingress[0]', { ...RULE, from_port: 25 }, null]])
    ])
    expect(text).toBe(GROUP)
    expect(notCodified).toEqual([
      expect.objectContaining({ reason: 'not-found', file: 'infra/main.tf', line: 5 })
    ])
  })
})

describe('codify: what it does not write', () => {
  const source = `variable "retention" {
  type = number
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/\${terraform.workspace}"
  retention_in_days = var.retention
  kms_key_id        = "alias/old"
  tags              = merge(local.tags, { Team = "web" })
}
`

  it('lists values set by variables and expressions with file:line and the live value', async () => {
    const { text, notCodified } = await codifyText(source, [
      finding('aws_cloudwatch_log_group.app', [
        ['retention_in_days', 7, 30],
        ['name', '/app/default', '/app/other'],
        ['tags.Team', 'web', 'data']
      ])
    ])
    expect(text).toBe(source)
    expect(notCodified).toEqual([
      {
        address: 'aws_cloudwatch_log_group.app',
        path: 'retention_in_days',
        reason: 'expression',
        detail: 'set by `var.retention`: change it there',
        file: 'infra/main.tf',
        line: 7,
        live: 30
      },
      expect.objectContaining({
        path: 'name',
        detail: 'set by `"/app/${terraform.workspace}"`: change it there',
        line: 6,
        live: '/app/other'
      }),
      expect.objectContaining({ path: 'tags.Team', reason: 'expression', line: 9, live: 'data' })
    ])
  })

  it('never writes a sensitive value: set by hand, with no value', async () => {
    const { text, notCodified } = await codifyText(source, [
      finding('aws_cloudwatch_log_group.app', [['kms_key_id', '(sensitive)', '(sensitive)', true]])
    ])
    expect(text).toBe(source)
    expect(notCodified).toEqual([
      {
        address: 'aws_cloudwatch_log_group.app',
        path: 'kms_key_id',
        reason: 'sensitive',
        detail: 'sensitive: set by hand',
        file: 'infra/main.tf',
        line: 8
      }
    ])
  })

  it('lists a resource of a child module or of count, where the code is shared', async () => {
    const { notCodified } = await codifyText(source, [
      finding('module.logs.aws_cloudwatch_log_group.app', [['retention_in_days', 7, 30]], {
        module: 'module.logs',
        location: { file: 'infra/main.tf', line: 20 }
      }),
      finding('aws_cloudwatch_log_group.app[0]', [['retention_in_days', 7, 30]], {
        index: 0,
        name: 'app'
      })
    ])
    expect(notCodified.map(n => [n.reason, n.file, n.line])).toEqual([
      ['module', 'infra/main.tf', 20],
      ['instances', undefined, undefined]
    ])
  })
})

describe('codify: a resource deleted outside Terraform', () => {
  const source = `resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic" "audit" {
  name = "audit"
}

output "audit" {
  value = aws_sns_topic.audit.arn
}
`

  it('becomes a removed block in its place that destroys nothing', async () => {
    const { text } = await codifyText(source, [
      finding('aws_sns_topic.alerts', [], { kind: 'deleted' })
    ])
    expect(text).toBe(
      source.replace(
        'resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n}',
        'removed {\n  from = aws_sns_topic.alerts\n\n  lifecycle {\n    destroy = false\n  }\n}'
      )
    )
  })

  it('is listed when other code still refers to it', async () => {
    const { text, notCodified } = await codifyText(source, [
      finding('aws_sns_topic.audit', [], { kind: 'deleted' })
    ])
    expect(text).toBe(source)
    expect(notCodified).toEqual([
      expect.objectContaining({ reason: 'referenced', file: 'infra/main.tf', line: 10 })
    ])
  })
})

describe('codify: untrusted live values are inert HCL', () => {
  const hostile = 'x" }\n  evil = "${file("/etc/passwd")} %{ if true }\\'

  it('escapes quotes, backslashes, new lines and template openers', () => {
    expect(hclValue(hostile)).toBe(
      '"x\\" }\\n  evil = \\"$${file(\\"/etc/passwd\\")} %%{ if true }\\\\"'
    )
    expect(hclValue({ 'a b': '${x}', ok: 1 })).toBe('{\n  "a b" = "$${x}"\n  ok = 1\n}')
  })

  it('reads back as the same characters, a literal and not a template', async () => {
    const { text } = await codifyText(LOGS, [
      finding('aws_cloudwatch_log_group.app', [['tags.Team', 'web', hostile]])
    ])
    const tree = await parseHcl(text)
    try {
      const tags = tree.rootNode
        .descendantsOfType('attribute')
        .find(a => a?.text.startsWith('tags'))
      const value = tags?.namedChildren.find(c => c?.type === 'expression')
      expect(tree.rootNode.hasError).toBe(false)
      expect(value && literalOf(value)).toEqual({
        literal: true,
        value: { Team: hostile, Env: 'prod' }
      })
    } finally {
      tree.delete()
    }
  })

  it('parses the paths analysis writes', () => {
    expect(parsePath('ingress[1].cidr_blocks')).toEqual(['ingress', 1, 'cidr_blocks'])
    expect(parsePath('tags["aws:owner"]')).toEqual(['tags', 'aws:owner'])
    expect(parsePath('tags.Env')).toEqual(['tags', 'Env'])
  })
})

// How reading a large plan compares with terraform's own `show -json`: a root of N
// `terraform_data` resources (Terraform's built-in provider, so no AWS and no download), its state
// written directly rather than applied (applying 2,000 took 7.5 minutes here), planned once, then
// `terraform show -json` timed with its output thrown away and read by the Action's PlanReader,
// interleaved. Terraform builds the whole JSON before it writes the first byte, so what the reader
// adds is how much longer the output takes to drain: printed apart from terraform's own time.
// Environment: BENCH_SHOW_RESOURCES (default 2000), BENCH_WORK.
import { spawn, spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { awsEnv } from '../scripts/lib/terraform-env.mjs'
import { median } from './stats.mjs'

const CONFIG = `variable "n" { type = number }
resource "terraform_data" "r" {
  count = var.n
  input = {
    name        = "fleet-security-group-\${count.index}"
    description = "Managed by Terraform"
    arn         = "arn:aws:ec2:us-east-1:123456789012:security-group/sg-\${format("%017d", count.index)}"
    ingress = [for p in range(3) : {
      cidr_blocks = ["10.\${p}.0.0/16"], description = "port \${1000 + p * 7}", from_port = 1000 + p * 7,
      ipv6_cidr_blocks = [], prefix_list_ids = [], protocol = "tcp", security_groups = [], self = false,
      to_port = 1000 + p * 7
    }]
    tags = { Name = "fleet-security-group-\${count.index}", Team = "platform", ManagedBy = "terraform", Project = "fleet" }
  }
}
`

const RULE_TYPE = [
  'object',
  {
    cidr_blocks: ['tuple', ['string']],
    description: 'string',
    from_port: 'number',
    ipv6_cidr_blocks: ['tuple', []],
    prefix_list_ids: ['tuple', []],
    protocol: 'string',
    security_groups: ['tuple', []],
    self: 'bool',
    to_port: 'number'
  }
]
const INPUT_TYPE = [
  'object',
  {
    arn: 'string',
    description: 'string',
    ingress: ['tuple', [RULE_TYPE, RULE_TYPE, RULE_TYPE]],
    name: 'string',
    tags: ['object', { ManagedBy: 'string', Name: 'string', Project: 'string', Team: 'string' }]
  }
]

/** What the config above evaluates to for instance i, as terraform stores it. */
function input(i) {
  const name = `fleet-security-group-${i}`
  const value = {
    arn: `arn:aws:ec2:us-east-1:123456789012:security-group/sg-${String(i).padStart(17, '0')}`,
    description: 'Managed by Terraform',
    ingress: [0, 1, 2].map(p => ({
      cidr_blocks: [`10.${p}.0.0/16`],
      description: `port ${1000 + p * 7}`,
      from_port: 1000 + p * 7,
      ipv6_cidr_blocks: [],
      prefix_list_ids: [],
      protocol: 'tcp',
      security_groups: [],
      self: false,
      to_port: 1000 + p * 7
    })),
    name,
    tags: { ManagedBy: 'terraform', Name: name, Project: 'fleet', Team: 'platform' }
  }
  return { value, type: INPUT_TYPE }
}

function state(n) {
  return {
    version: 4,
    terraform_version: '1.11.4',
    serial: 1,
    lineage: randomUUID(),
    outputs: {},
    resources: [
      {
        mode: 'managed',
        type: 'terraform_data',
        name: 'r',
        provider: 'provider["terraform.io/builtin/terraform"]',
        instances: Array.from({ length: n }, (_, i) => ({
          index_key: i,
          schema_version: 0,
          attributes: {
            id: randomUUID(),
            input: input(i),
            output: input(i),
            triggers_replace: null
          },
          sensitive_attributes: []
        }))
      }
    ],
    check_results: null
  }
}

function must(args, cwd, env) {
  const result = spawnSync('terraform', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26 })
  if (result.status !== 0 && result.status !== 2)
    throw new Error(`terraform ${args[0]} failed:\n${result.stderr}`)
}

/** One `terraform show -json`: its output drained, or fed to the reader as the Action does. */
function show(dir, env, PlanReader) {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn('terraform', ['show', '-json', '-no-color', 'plan.bin'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    const reader = PlanReader ? new PlanReader() : undefined
    let first = 0
    let bytes = 0
    child.stdout.on('data', chunk => {
      first ||= performance.now()
      bytes += chunk.length
      reader?.write(chunk)
    })
    child.on('error', fail)
    child.on('close', () => {
      reader?.end()
      const end = performance.now()
      done({ totalMs: end - started, firstByteMs: first - started, drainMs: end - first, bytes })
    })
  })
}

export async function runShowBench({ work, build, resources, runs }) {
  const dir = join(work, `show-${resources}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'main.tf'), CONFIG)
  writeFileSync(join(dir, 'terraform.tfstate'), JSON.stringify(state(resources)))
  const env = { ...process.env, ...awsEnv({ endpoint: 'http://127.0.0.1:9' }) }
  must(['init', '-input=false', '-no-color'], dir, env)
  must(
    ['plan', '-refresh=false', '-input=false', '-no-color', `-var=n=${resources}`, '-out=plan.bin'],
    dir,
    env
  )
  const { PlanReader } = await import(
    pathToFileURL(join(build, 'src', 'analyse', 'plan-reader.js')).href
  )
  const alone = []
  const read = []
  for (let run = 0; run < runs; run++) {
    alone.push(await show(dir, env))
    read.push(await show(dir, env, PlanReader))
  }
  const pick = (list, key) => Math.round(median(list.map(r => r[key])))
  return {
    resources,
    planMb: Math.round(alone[0].bytes / 1e5) / 10,
    alone: {
      totalMs: pick(alone, 'totalMs'),
      firstByteMs: pick(alone, 'firstByteMs'),
      drainMs: pick(alone, 'drainMs')
    },
    read: {
      totalMs: pick(read, 'totalMs'),
      firstByteMs: pick(read, 'firstByteMs'),
      drainMs: pick(read, 'drainMs')
    }
  }
}

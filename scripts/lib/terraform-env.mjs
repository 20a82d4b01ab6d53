// Runs real Terraform offline against moto: provider from a local mirror, AWS pointed at moto.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'

const AWS_PROVIDER = join('registry.terraform.io', 'hashicorp', 'aws')

/** The directory holding registry.terraform.io/hashicorp/aws, for a filesystem_mirror block. */
export function findProviderMirror() {
  const fromEnv = process.env.DRIFTWATCH_TF_MIRROR
  if (fromEnv) {
    if (existsSync(join(fromEnv, AWS_PROVIDER))) return resolve(fromEnv)
    throw new Error(`DRIFTWATCH_TF_MIRROR=${fromEnv} has no ${AWS_PROVIDER} in it.`)
  }
  const dataDirs = (process.env.XDG_DATA_DIRS || '/usr/local/share:/usr/share').split(':')
  const candidates = [
    '/opt/tf-plugins',
    join(homedir(), '.terraform.d', 'plugins'),
    join(process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'terraform', 'plugins'),
    ...dataDirs.map(dir => join(dir, 'terraform', 'plugins'))
  ]
  const found = candidates.find(dir => existsSync(join(dir, AWS_PROVIDER)))
  if (found) return found
  throw new Error(
    `No local mirror of hashicorp/aws: set DRIFTWATCH_TF_MIRROR to a directory holding ${AWS_PROVIDER} ` +
      '(make one with `terraform providers mirror DIR`).'
  )
}

/** Writes a CLI config that installs providers only from the mirror; returns its path. */
export function writeTerraformrc(dir) {
  const path = join(dir, 'terraformrc')
  const mirror = findProviderMirror()
  writeFileSync(
    path,
    `# Offline: hashicorp/* come from the local mirror; nothing is fetched from a registry.
provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(mirror)}
    include = ["registry.terraform.io/hashicorp/*"]
  }
  direct {
    exclude = ["registry.terraform.io/*/*"]
  }
}
disable_checkpoint = true
`
  )
  return path
}

let sharedRc
function sharedTerraformrc() {
  sharedRc ??= writeTerraformrc(mkdtempSync(join(tmpdir(), 'driftwatch-tfrc-')))
  return sharedRc
}

/**
 * The environment a terraform or AWS SDK process needs to reach moto (spread over process.env).
 * @param {{ endpoint: string, region?: string, terraformrc?: string }} opts
 */
export function awsEnv({ endpoint, region = 'us-east-1', terraformrc }) {
  return {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    // A session token or profile from the caller's shell must not mix in with the fake keys.
    AWS_SESSION_TOKEN: '',
    AWS_PROFILE: '',
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    // Honoured by the JS SDK v3, the AWS CLI and terraform-provider-aws 5.x alike.
    AWS_ENDPOINT_URL: endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
    TF_CLI_CONFIG_FILE: terraformrc ?? sharedTerraformrc(),
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    // SDK v3 nags on Node 20 about 2027; noise in test logs that users on node24 never see.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
  }
}

/** Runs terraform with env merged over process.env; never throws on a non-zero exit. */
export function terraform(args, { cwd, env = {} }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('terraform', args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => resolvePromise({ code: code ?? 1, stdout, stderr }))
  })
}

function varArgs(vars = {}) {
  return Object.entries(vars).map(([name, value]) => `-var=${name}=${value}`)
}

async function mustSucceed(args, cwd, env) {
  const result = await terraform(args, { cwd, env })
  if (result.code !== 0) {
    throw new Error(
      `terraform ${args[0]} in ${cwd} exited ${result.code}:\n${result.stderr || result.stdout}`
    )
  }
  return result
}

/** terraform init; throws with terraform's output when it fails. */
export function initRoot(dir, env) {
  return mustSucceed(['init', '-input=false', '-no-color'], dir, env)
}

/**
 * terraform apply in an initialised root; throws with terraform's output when it fails twice.
 * Once in some dozen CI runs moto answered a fresh security group's default-egress revoke with
 * InvalidPermission.NotFound, a state it cannot be in (the group was made in a VPC moto had just
 * described). A second apply replaces what the first left tainted; a fault in the root itself
 * fails both times, so nothing real is hidden, and the first failure is printed.
 */
export async function applyInitialised(dir, env, vars) {
  const args = ['apply', '-auto-approve', '-input=false', '-no-color', ...varArgs(vars)]
  const first = await terraform(args, { cwd: dir, env })
  if (first.code === 0) return first
  const why = (first.stderr || first.stdout).trim().split('\n')[0]
  console.warn(`terraform apply in ${dir} exited ${first.code} (${why}): applying again`)
  return mustSucceed(args, dir, env)
}

/** terraform init + apply; throws with terraform's output when either fails. */
export async function applyRoot(dir, env, vars) {
  await initRoot(dir, env)
  return applyInitialised(dir, env, vars)
}

/**
 * terraform plan -detailed-exitcode -out, then show -json: exitCode 0 no changes, 2 changes.
 * @returns {Promise<{ exitCode: number, plan: any, planText: string }>}
 */
export async function planJson(dir, env, vars) {
  const planFile = 'driftwatch.tfplan'
  const plan = await terraform(
    [
      'plan',
      '-detailed-exitcode',
      '-input=false',
      '-no-color',
      `-out=${planFile}`,
      ...varArgs(vars)
    ],
    { cwd: dir, env }
  )
  if (plan.code !== 0 && plan.code !== 2) {
    throw new Error(`terraform plan in ${dir} exited ${plan.code}:\n${plan.stderr || plan.stdout}`)
  }
  const show = await mustSucceed(['show', '-json', planFile], dir, env)
  return { exitCode: plan.code, plan: JSON.parse(show.stdout), planText: plan.stdout }
}

/**
 * Copies a root module into a fresh temp dir so .terraform and state never land in the repo.
 * A local lock file is left behind too: it may pin a version the offline mirror lacks.
 */
export function copyRoot(srcDir) {
  const dest = mkdtempSync(join(tmpdir(), `driftwatch-${basename(resolve(srcDir))}-`))
  cpSync(srcDir, dest, {
    recursive: true,
    filter: src =>
      !/^(\.terraform|\.terraform\.lock\.hcl|terraform\.tfstate.*|.*\.tfplan)$/.test(basename(src))
  })
  return dest
}

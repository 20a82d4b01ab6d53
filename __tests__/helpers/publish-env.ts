import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { applyInitialised, awsEnv, initRoot } from '../../scripts/lib/terraform-env.mjs'
import type { ActionRun } from './action.js'
import { runAction } from './action.js'
import { withWarmProvider } from './warm-provider.js'

/**
 * A repository checkout as the action sees it on a runner: a workspace directory holding a
 * Terraform root at `infra/<name>`, applied to moto, and the GitHub variables of one event,
 * pointed at the stand-in GitHub server.
 */

export const HEAD_SHA = 'c0ffee0000000000000000000000000000000001'
export const TOKEN = 'ghs_standInToken123'

export interface Workspace {
  /** GITHUB_WORKSPACE: the repository root. */
  dir: string
  /** The root, relative to the workspace: the `working-directory` input. */
  root: string
  env: Record<string, string>
  /** terraform apply: puts AWS back in line with the code. */
  reconcile(): Promise<void>
}

let pluginCache: string | undefined

/** Copies `source` to `<workspace>/infra/<name>`, sets its variables, and applies it. */
export async function workspace(
  source: string,
  endpoint: string,
  vars: Record<string, string> = {}
): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'driftwatch-ws-'))
  const root = `infra/${basename(source)}`
  const rootDir = join(dir, root)
  mkdirSync(rootDir, { recursive: true })
  cpSync(source, rootDir, {
    recursive: true,
    filter: src =>
      !/^(\.terraform(\.lock\.hcl)?|terraform\.tfstate.*|.*\.tfplan)$/.test(basename(src))
  })
  // Both our apply and the action's plan read it, so they agree on every variable.
  writeFileSync(
    join(rootDir, 'terraform.tfvars'),
    Object.entries(vars)
      .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
      .join('\n') + '\n'
  )
  // One per Jest worker of this run, shared by its test files: providers and their schemas are
  // cached once, as one runner's cache holds them.
  pluginCache ??= join(
    tmpdir(),
    `driftwatch-plugins-${process.ppid}-${process.env.JEST_WORKER_ID ?? process.pid}`
  )
  mkdirSync(pluginCache, { recursive: true })
  const env = { ...awsEnv({ endpoint }), TF_PLUGIN_CACHE_DIR: pluginCache }
  const reconcile = async (): Promise<void> => {
    await withWarmProvider(env, [rootDir], env => applyInitialised(rootDir, env))
  }
  await initRoot(rootDir, env)
  await reconcile()
  return { dir, root, env, reconcile }
}

export type GitHubEvent =
  | { name: 'pull_request' | 'pull_request_target'; number: number; fork?: boolean }
  | { name: 'schedule' | 'workflow_dispatch' | 'push' }

/** The variables a runner sets for one event, with its payload file. */
export function githubEnv(
  ws: Workspace,
  apiUrl: string,
  event: GitHubEvent
): Record<string, string> {
  const payload =
    'number' in event
      ? {
          action: 'synchronize',
          number: event.number,
          pull_request: {
            number: event.number,
            head: { sha: HEAD_SHA, repo: { full_name: event.fork ? 'someone/r' : 'o/r' } },
            base: { sha: 'base', repo: { full_name: 'o/r' } }
          },
          repository: { full_name: 'o/r' }
        }
      : event.name === 'schedule'
        ? { schedule: '0 6 * * 1' }
        : { inputs: {} }
  const eventPath = join(ws.dir, '..', `${basename(ws.dir)}-event-${event.name}.json`)
  writeFileSync(eventPath, JSON.stringify(payload))
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_REPOSITORY_OWNER: 'o',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'merge000000000000000000000000000000000001',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: ws.dir,
    // The real retry and throttling plugins, with back-off in milliseconds instead of seconds.
    DRIFTWATCH_RETRY_BASE_MS: '5'
  }
}

/** Runs the bundled action in the workspace for one event. */
export function runFor(
  ws: Workspace,
  apiUrl: string,
  event: GitHubEvent,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    cwd: ws.dir,
    env: { ...ws.env, ...githubEnv(ws, apiUrl, event) },
    inputs: {
      'working-directory': ws.root,
      'github-token': TOKEN,
      'terraform-init': 'false',
      'scan-unmanaged': 'false',
      // moto has no CloudTrail: a test that wants attribution asks for it and points
      // AWS_ENDPOINT_URL_CLOUDTRAIL at the stand-in (history.test.ts).
      attribution: 'never',
      ...inputs
    }
  })
}

/** Undoes @actions/core's escaping of workflow command data and properties. */
function unescapeCommand(text: string): string {
  return text
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

/** The workflow commands a runner turns into annotations, parsed from the step's stdout. */
export function workflowAnnotations(
  stdout: string
): { level: string; file?: string; line?: number; title?: string; message: string }[] {
  const out = []
  for (const match of stdout.matchAll(/^::(warning|error|notice)( [^:]*)?::(.*)$/gm)) {
    const props = Object.fromEntries(
      (match[2] ?? '')
        .trim()
        .split(',')
        .filter(Boolean)
        .map(pair => {
          const [k, ...v] = pair.split('=')
          return [k, unescapeCommand(v.join('='))]
        })
    )
    out.push({
      level: match[1],
      ...(props.file ? { file: props.file } : {}),
      ...(props.line ? { line: Number(props.line) } : {}),
      ...(props.title ? { title: props.title } : {}),
      message: unescapeCommand(match[3])
    })
  }
  return out
}

/**
 * Changes a CloudWatch log group's retention, as someone in the console would. No SDK client for
 * CloudWatch Logs is installed; moto answers the JSON protocol without checking signatures.
 */
export async function setLogRetention(
  endpoint: string,
  logGroupName: string,
  days: number
): Promise<void> {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      authorization:
        'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/logs/aws4_request, SignedHeaders=host, Signature=0',
      'x-amz-target': 'Logs_20140328.PutRetentionPolicy',
      'content-type': 'application/x-amz-json-1.1'
    },
    body: JSON.stringify({ logGroupName, retentionInDays: days })
  })
  if (!response.ok)
    throw new Error(
      `PutRetentionPolicy ${logGroupName}: ${response.status} ${await response.text()}`
    )
}

import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers'
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  DeserializeMiddleware,
  HttpResponse,
  InitializeMiddleware,
  MetadataBearer,
  MiddlewareStack,
  Pluggable,
  RetryErrorInfo,
  RetryStrategyV2,
  RetryToken
} from '@aws-sdk/types'
import { AdaptiveRetryStrategy, StandardRetryStrategy } from '@smithy/core/retry'
import { buffer } from 'node:stream/consumers'
import { isHtmlPage, mayBeHtml } from '../../faults.js'
import { parseArn } from '../../model/arn.js'
import { cannotHeal, ForeignAnswer } from './faults.js'

/**
 * The one place AWS SDK clients are made, for the Tagging API scan, the direct listing and
 * attribution alike: the same credentials, the same retry rules (the credential providers' own
 * STS clients too), one client per service and region. Each service's SDK is imported only when
 * a client of it is first asked for, so the bundler puts each in a chunk of its own and a run
 * that lists nothing from EC2 never loads EC2's SDK.
 * `AWS_ENDPOINT_URL` (and `AWS_ENDPOINT_URL_<SERVICE>`) reach the SDK without code here.
 */

/**
 * Retries are the SDK's: adaptive mode backs off and also slows the client's own request rate
 * while a region throttles. Ten attempts ride out about a minute of throttling per call.
 */
const MAX_ATTEMPTS = 10
const RETRY_MODES = new Set(['standard', 'adaptive', 'legacy'])

export interface RetrySettings {
  retryMode: string
  maxAttempts: number
  retryStrategy: RetryStrategyV2
}

export interface ClientConfig extends RetrySettings {
  region: string
  credentials: AwsCredentialIdentityProvider
}

/**
 * The SDK's own retry strategy (adaptive or standard: its back-off, its retry quota, its rate
 * limiter), told only what not to retry: a fault no retry can heal (faults.ts, cannotHeal) fails
 * on its first attempt. The SDK alone retries any 500 to 504 whatever came with it, and moto
 * answers LookupEvents with the same HTML 500 every time. The SDK then throws the call's error.
 */
class FailFast implements RetryStrategyV2 {
  constructor(private readonly sdk: RetryStrategyV2) {}

  acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    return this.sdk.acquireInitialRetryToken(scope)
  }

  async refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    if (cannotHeal(info.error)) throw new Error('not retried: no retry can heal this fault')
    return this.sdk.refreshRetryTokenForRetry(token, info)
  }

  recordSuccess(token: RetryToken): void {
    this.sdk.recordSuccess(token)
  }
}

/**
 * The SDK's standard settings AWS_RETRY_MODE and AWS_MAX_ATTEMPTS still win over these defaults,
 * as users of the AWS CLI and SDKs expect. `legacy` is the SDK's standard mode.
 */
export function retrySettings(env: NodeJS.ProcessEnv = process.env): RetrySettings {
  const mode = env.AWS_RETRY_MODE?.trim()
  const attempts = Number(env.AWS_MAX_ATTEMPTS)
  const retryMode = mode && RETRY_MODES.has(mode) ? mode : 'adaptive'
  const maxAttempts = Number.isInteger(attempts) && attempts > 0 ? attempts : MAX_ATTEMPTS
  const sdk =
    retryMode === 'adaptive'
      ? new AdaptiveRetryStrategy(maxAttempts)
      : new StandardRetryStrategy(maxAttempts)
  return { retryMode, maxAttempts, retryStrategy: new FailFast(sdk) }
}

export function awsClientConfig(
  region: string,
  credentials: AwsCredentialIdentityProvider,
  env: NodeJS.ProcessEnv = process.env
): ClientConfig {
  return { region, credentials, ...retrySettings(env) }
}

/**
 * Fails an HTML page as a ForeignAnswer before the SDK parses it. Sits inside the retry
 * middleware, so FailFast sees it; the SDK's deserializer stands between. Only a body labelled
 * as HTML is read here (moto labels its JSON so too: that one is handed on as read); a body the
 * API streams never is.
 */
const refuseHtml: DeserializeMiddleware<object, MetadataBearer> = next => async args => {
  const result = await next(args)
  const response = result.response as HttpResponse
  if (!mayBeHtml(response.headers?.['content-type'])) return result
  const body = await buffer(response.body as NodeJS.ReadableStream)
  if (isHtmlPage(body.toString('utf8', 0, 1024))) throw new ForeignAnswer(response.statusCode)
  response.body = new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
  return result
}

/**
 * What every AWS client made here or by a credential provider gets, with retrySettings. A
 * provider may apply it to its client again for each set of credentials: it replaces itself.
 */
export const faultRules: Pluggable<object, MetadataBearer> = {
  applyToStack: stack =>
    stack.add(refuseHtml, {
      step: 'deserialize',
      priority: 'low',
      name: 'driftwatchRefuseHtml',
      override: true
    })
}

export interface CredentialOptions {
  regions: string[]
  roleToAssume?: string
  /** Credentials instead of the provider chain (tests, or a caller that already has them). */
  credentials?: AwsCredentialIdentityProvider
}

/**
 * An assumed role's credentials are in the role's account. The SDK does not say so for
 * AssumeRole, as it does for web identities and AWS_ACCOUNT_ID; named, it saves the listing an
 * STS call.
 */
function inAccountOf(
  roleArn: string,
  provider: AwsCredentialIdentityProvider
): AwsCredentialIdentityProvider {
  const account = parseArn(roleArn)?.account
  return async () => {
    const identity = await provider()
    return identity.accountId || !account ? identity : { ...identity, accountId: account }
  }
}

/** Resolves credentials once, so every client (and one AssumeRole) shares them. */
export function sharedCredentials(options: CredentialOptions): AwsCredentialIdentityProvider {
  // The STS (and SSO) clients the providers make follow the same rules as the clients made here.
  const { retryMode, maxAttempts, retryStrategy } = retrySettings()
  const clients = {
    clientConfig: { retryMode, maxAttempts, retryStrategy },
    clientPlugins: [faultRules]
  }
  const base = options.credentials ?? fromNodeProviderChain(clients)
  const provider: AwsCredentialIdentityProvider = options.roleToAssume
    ? inAccountOf(
        options.roleToAssume,
        fromTemporaryCredentials({
          params: {
            RoleArn: options.roleToAssume,
            RoleSessionName: 'driftwatch',
            DurationSeconds: 3600
          },
          masterCredentials: base,
          clientConfig: { ...clients.clientConfig, region: options.regions[0] },
          clientPlugins: clients.clientPlugins
        })
      )
    : base
  let pending: Promise<AwsCredentialIdentity> | undefined
  return () => {
    pending ??= provider()
    return pending
  }
}

// Each import is a literal so that the bundler makes a chunk per service. Each is of a module in
// ./sdk/ that names the commands called, not of the package: a package's index also builds its
// aggregated client (a method per command, 600 for EC2) and pulls in every command, which the
// listing's thread paid for in processor time beside terraform's plan. `iam` is the prefix IAM
// actions of the service carry, to name the action a failed call needs.
const SERVICES = {
  tagging: {
    iam: 'tag',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/tagging.js')
      return { sdk, client: new sdk.ResourceGroupsTaggingAPIClient(config) }
    }
  },
  sts: {
    iam: 'sts',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/sts.js')
      return { sdk, client: new sdk.STSClient(config) }
    }
  },
  ec2: {
    iam: 'ec2',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/ec2.js')
      return { sdk, client: new sdk.EC2Client(config) }
    }
  },
  iam: {
    iam: 'iam',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/iam.js')
      return { sdk, client: new sdk.IAMClient(config) }
    }
  },
  s3: {
    iam: 's3',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/s3.js')
      return { sdk, client: new sdk.S3Client(config) }
    }
  },
  kms: {
    iam: 'kms',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/kms.js')
      return { sdk, client: new sdk.KMSClient(config) }
    }
  },
  secretsmanager: {
    iam: 'secretsmanager',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/secretsmanager.js')
      return { sdk, client: new sdk.SecretsManagerClient(config) }
    }
  },
  lambda: {
    iam: 'lambda',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/lambda.js')
      return { sdk, client: new sdk.LambdaClient(config) }
    }
  },
  rds: {
    iam: 'rds',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/rds.js')
      return { sdk, client: new sdk.RDSClient(config) }
    }
  },
  elbv2: {
    iam: 'elasticloadbalancing',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/elbv2.js')
      return { sdk, client: new sdk.ElasticLoadBalancingV2Client(config) }
    }
  },
  route53: {
    iam: 'route53',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/route53.js')
      return { sdk, client: new sdk.Route53Client(config) }
    }
  },
  sns: {
    iam: 'sns',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/sns.js')
      return { sdk, client: new sdk.SNSClient(config) }
    }
  },
  sqs: {
    iam: 'sqs',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/sqs.js')
      return { sdk, client: new sdk.SQSClient(config) }
    }
  },
  ssm: {
    iam: 'ssm',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/ssm.js')
      return { sdk, client: new sdk.SSMClient(config) }
    }
  },
  logs: {
    iam: 'logs',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/logs.js')
      return { sdk, client: new sdk.CloudWatchLogsClient(config) }
    }
  },
  dynamodb: {
    iam: 'dynamodb',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/dynamodb.js')
      return { sdk, client: new sdk.DynamoDBClient(config) }
    }
  },
  ecr: {
    iam: 'ecr',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/ecr.js')
      return { sdk, client: new sdk.ECRClient(config) }
    }
  },
  cloudtrail: {
    iam: 'cloudtrail',
    make: async (config: ClientConfig) => {
      const sdk = await import('./sdk/cloudtrail.js')
      return { sdk, client: new sdk.CloudTrailClient(config) }
    }
  }
}

export type Service = keyof typeof SERVICES
/** A service's SDK module and a client of it: `{ sdk, client }`. */
export type ServiceClient<S extends Service> = Awaited<ReturnType<(typeof SERVICES)[S]['make']>>

/** Where an operation's IAM action is not named after it. */
const ACTION_NAMES: Record<string, string> = { 's3:ListBuckets': 's3:ListAllMyBuckets' }

const failedActions = new WeakMap<object, string>()

/** The IAM action of the call that threw `error`, when an SDK client made here threw it. */
export function failedAction(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? failedActions.get(error) : undefined
}

/** Notes the action on every error a client throws: the SDK's errors do not say which call. */
function noteFailedAction(prefix: string): InitializeMiddleware<object, MetadataBearer> {
  return (next, context) => async args => {
    try {
      return await next(args)
    } catch (error) {
      if (typeof error === 'object' && error !== null && context.commandName) {
        const action = `${prefix}:${context.commandName.replace(/Command$/, '')}`
        failedActions.set(error, ACTION_NAMES[action] ?? action)
      }
      throw error
    }
  }
}

export async function createClient<S extends Service>(
  service: S,
  region: string,
  credentials: AwsCredentialIdentityProvider,
  env: NodeJS.ProcessEnv = process.env
): Promise<ServiceClient<S>> {
  const { iam, make } = SERVICES[service]
  const made = (await make(awsClientConfig(region, credentials, env))) as ServiceClient<S>
  // Every client's stack takes this middleware; TypeScript cannot see it through the union.
  const stack = made.client.middlewareStack as unknown as MiddlewareStack<object, MetadataBearer>
  stack.add(noteFailedAction(iam), { step: 'initialize', name: 'driftwatchFailedAction' })
  stack.use(faultRules)
  return made
}

/** One client per service and region, made on first use; `destroy` closes their sockets. */
export class AwsClients {
  private readonly made = new Map<string, Promise<ServiceClient<Service>>>()

  constructor(
    private readonly credentials: AwsCredentialIdentityProvider,
    private readonly env: NodeJS.ProcessEnv = process.env
  ) {}

  get<S extends Service>(service: S, region: string): Promise<ServiceClient<S>> {
    const key = `${service} ${region}`
    let made = this.made.get(key)
    if (!made) {
      made = createClient(service, region, this.credentials, this.env)
      this.made.set(key, made)
    }
    return made as Promise<ServiceClient<S>>
  }

  async destroy(): Promise<void> {
    const made = [...this.made.values()]
    this.made.clear()
    for (const pending of made) (await pending.catch(() => undefined))?.client.destroy()
  }
}

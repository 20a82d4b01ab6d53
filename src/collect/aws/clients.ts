import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers'
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  InitializeMiddleware,
  MetadataBearer,
  MiddlewareStack
} from '@aws-sdk/types'
import { parseArn } from '../../model/arn.js'

/**
 * The one place AWS SDK clients are made, for the Tagging API scan and the direct listing alike:
 * the same credentials, the same retry settings, one client per service and region. Each
 * service's SDK is imported only when a client of it is first asked for, so the bundler puts each in a
 * chunk of its own and a run that lists nothing from EC2 never loads EC2's SDK.
 * `AWS_ENDPOINT_URL` (and `AWS_ENDPOINT_URL_<SERVICE>`) reach the SDK without code here.
 */

/**
 * Retries are the SDK's: adaptive mode backs off and also slows the client's own request rate
 * while a region throttles. Ten attempts ride out about a minute of throttling per call.
 */
const MAX_ATTEMPTS = 10
const RETRY_MODES = new Set(['standard', 'adaptive', 'legacy'])

export interface ClientConfig {
  region: string
  credentials: AwsCredentialIdentityProvider
  retryMode: string
  maxAttempts: number
}

/**
 * The SDK's standard settings AWS_RETRY_MODE and AWS_MAX_ATTEMPTS still win over these defaults,
 * as users of the AWS CLI and SDKs expect.
 */
export function awsClientConfig(
  region: string,
  credentials: AwsCredentialIdentityProvider,
  env: NodeJS.ProcessEnv = process.env
): ClientConfig {
  const mode = env.AWS_RETRY_MODE?.trim()
  const attempts = Number(env.AWS_MAX_ATTEMPTS)
  return {
    region,
    credentials,
    retryMode: mode && RETRY_MODES.has(mode) ? mode : 'adaptive',
    maxAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : MAX_ATTEMPTS
  }
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
  const base = options.credentials ?? fromNodeProviderChain()
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
          clientConfig: { region: options.regions[0] }
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

/** Where the SDK clients go; omitted fields come from the environment (AWS_ENDPOINT_URL, AWS_REGION). */
export interface AwsTarget {
  endpoint?: string
  region?: string
}

export type Tags = Record<string, string>

export const INITIAL_SECRET: 'demo-initial-secret-VALUE-1'
export const ROTATED_SECRET: 'rotated-secret-VALUE-2'

export function openSecurityGroup(
  groupNameOrId: string,
  port?: number,
  target?: AwsTarget
): Promise<string>
export function rotateSecret(name: string, newValue: string, target?: AwsTarget): Promise<void>
export function retagBucket(
  bucket: string,
  tags: Record<string, string | null>,
  target?: AwsTarget
): Promise<Tags>
export function deleteTopic(name: string, target?: AwsTarget): Promise<string>
export function createUnmanagedBucket(
  name: string,
  tags?: Tags,
  target?: AwsTarget
): Promise<string>
export function createUnmanagedQueue(name: string, tags?: Tags, target?: AwsTarget): Promise<string>
export function createUnmanagedSecurityGroup(
  name: string,
  tags?: Tags,
  target?: AwsTarget
): Promise<string>
export function createUnmanaged(
  prefix: string,
  target?: AwsTarget
): Promise<{ bucket: string; queueUrl: string; securityGroupId: string }>
export function driftDemo(
  prefix: string,
  target?: AwsTarget
): Promise<{ securityGroupId: string; bucketTags: Tags; deletedTopicArn: string }>

export function createConsoleFixes(
  prefix: string,
  target?: AwsTarget
): Promise<{ securityGroupId: string; user: string; accessKeyId: string }>

export interface UntaggedGlobal {
  user: string
  accessKeyId: string
  /** Has an inline policy allowing `*` on `*`, and `policyArn` attached. */
  role: string
  roleArn: string
  /** A customer policy attached to `user` and `role`. */
  policyArn: string
  group: string
  instanceProfile: string
  /** Without `/hostedzone/`. */
  zoneId: string
}

export interface UntaggedRegional {
  defaultVpcId: string
  vpcId: string
  subnetId: string
  /** A gateway attached to the default VPC, as AWS makes one. */
  defaultVpcGatewayId: string
  gatewayId: string
  routeTableId: string
  networkAclId: string
  /** In the default VPC, open on 22 to 0.0.0.0/0 by `ingressRuleId`. */
  securityGroupId: string
  ingressRuleId: string
  instanceId: string
  rootVolumeId: string
  volumeId: string
  publicSnapshotId: string
  privateSnapshotId: string
  keyName: string
  keyPairId: string
  loadBalancerArn: string
  targetGroupArn: string
  kmsKeyId: string
  secretArn: string
  functionName: string
  dbInstance: string
  topicArn: string
  queueUrl: string
  parameterName: string
  logGroupName: string
  tableName: string
  repositoryName: string
  bucket: string
}

export function createUntaggedGlobal(prefix: string, target?: AwsTarget): Promise<UntaggedGlobal>
export function createUntaggedRegional(
  prefix: string,
  lambdaRoleArn: string,
  target?: AwsTarget
): Promise<UntaggedRegional>

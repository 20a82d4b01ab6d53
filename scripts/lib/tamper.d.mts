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

import type { Lister } from '../lister.js'
import {
  instances,
  keyPairs,
  securityGroupRules,
  securityGroups,
  snapshots,
  volumes
} from './ec2.js'
import { accessKeys, authorizationDetails, instanceProfiles } from './iam.js'
import {
  buckets,
  dbInstances,
  hostedZones,
  kmsKeys,
  lambdaFunctions,
  loadBalancers,
  logGroups,
  parameters,
  queues,
  repositories,
  secrets,
  tables,
  targetGroups,
  topics
} from './services.js'
import { internetGateways, networkAcls, routeTables, subnets, vpcs } from './vpc.js'

/** Every lister; each listed type is yielded by exactly one. */
export const LISTERS: readonly Lister[] = [
  securityGroups,
  securityGroupRules,
  instances,
  volumes,
  keyPairs,
  snapshots,
  vpcs,
  subnets,
  internetGateways,
  routeTables,
  networkAcls,
  authorizationDetails,
  accessKeys,
  instanceProfiles,
  kmsKeys,
  secrets,
  lambdaFunctions,
  dbInstances,
  loadBalancers,
  targetGroups,
  hostedZones,
  topics,
  queues,
  parameters,
  logGroups,
  tables,
  repositories,
  buckets
]

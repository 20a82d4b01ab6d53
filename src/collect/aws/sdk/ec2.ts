// What Driftwatch calls of this service (see ../clients.ts, SERVICES): named, so the bundle
// keeps these commands and the client, not the package's hundreds of others.
export {
  EC2Client,
  DescribeKeyPairsCommand,
  DescribeSnapshotAttributeCommand,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeInternetGateways,
  paginateDescribeNetworkAcls,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroupRules,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeSubnets,
  paginateDescribeVolumes,
  paginateDescribeVpcs
} from '@aws-sdk/client-ec2'

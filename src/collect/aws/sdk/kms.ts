// What Driftwatch calls of this service (see ../clients.ts, SERVICES): named, so the bundle
// keeps these commands and the client, not the package's hundreds of others.
export { KMSClient, DescribeKeyCommand, paginateListKeys } from '@aws-sdk/client-kms'

// What bench/listing.mjs bundles with esbuild, as the Action is bundled (a chunk per AWS service,
// loaded when a listing first needs it): the direct listing, its listers, and the credentials
// the Action's account scan gives it.
export { listResources, LISTED_TYPES } from '../src/collect/aws/listing/index.js'
export { LISTERS } from '../src/collect/aws/listing/listers/index.js'
export { sharedCredentials } from '../src/collect/aws/clients.js'

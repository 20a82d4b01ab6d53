// One run of the direct listing, in its own process as in the Action: the real `listResources`
// from the bundle of bench/listing-entry.ts (each service's SDK chunk loads on first use, inside
// the listing's time), every listed type (or those given), credentials from the SDK's provider
// chain as the Action's account scan makes them. Arguments: bundle directory, regions
// (comma-separated), optionally types. Prints one JSON line: the Listing's own durations,
// resources found per type and region, faults.
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const [bundleDir, regionList, typeList] = process.argv.slice(2)
const { listResources, LISTED_TYPES, sharedCredentials } = await import(
  pathToFileURL(`${bundleDir}/index.js`).href
)

const regions = regionList.split(',')
const types = typeList ? typeList.split(',') : Object.keys(LISTED_TYPES)
const listing = await listResources({ regions, types, credentials: sharedCredentials({ regions }) })

const cpu = process.cpuUsage()
const found = {}
for (const { terraformType, region } of listing.resources) {
  found[terraformType] ??= {}
  found[terraformType][region] = (found[terraformType][region] ?? 0) + 1
}
console.log(
  JSON.stringify({
    totalMs: listing.finishedAt - listing.startedAt,
    // From the process's start: Node, loading the listing's modules, the listing.
    processMs: Math.round(performance.now()),
    // This process's CPU (user + system): what would compete with terraform on a runner where
    // AWS, not a local moto, answers the calls.
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    durations: listing.durations,
    found,
    resources: listing.resources.length,
    faults: listing.faults.map(fault => fault.message)
  })
)

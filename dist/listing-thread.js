import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/collect/aws/listing/thread-entry.ts
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
function lowestPriority() {
  try {
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (threadId > 0) setPriority(threadId, 19);
  } catch {
  }
}
var { regions, types, credentials, lowPriority } = workerData;
if (lowPriority) lowestPriority();
var { listResources } = await import("./chunks/listing-EIL4PDWA.js");
var listing = await listResources({
  regions,
  types,
  credentials: () => Promise.resolve(credentials)
});
parentPort?.postMessage(listing);
//# sourceMappingURL=listing-thread.js.map

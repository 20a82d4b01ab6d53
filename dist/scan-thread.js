import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/collect/aws/thread-entry.ts
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
var { regions, roleToAssume, listTypes, lowPriority } = workerData;
if (lowPriority) lowestPriority();
var { scanAccount } = await import("./chunks/account-LQGNXVEZ.js");
var scan = await scanAccount({ regions, listTypes, ...roleToAssume ? { roleToAssume } : {} });
parentPort?.postMessage(scan);
//# sourceMappingURL=scan-thread.js.map

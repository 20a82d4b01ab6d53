import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  listResources
} from "./chunks/chunk-LZAVIQYD.js";
import "./chunks/chunk-PXOIFRMI.js";
import "./chunks/chunk-MF3KIHXQ.js";
import "./chunks/chunk-YCDVFDEF.js";
import "./chunks/chunk-AY3X5UW3.js";
import "./chunks/chunk-TWFAX4VC.js";
import "./chunks/chunk-GXLTFKQW.js";
import "./chunks/chunk-4QPVKR3V.js";
import "./chunks/chunk-AWW74NRY.js";
import "./chunks/chunk-ISHEMCTQ.js";
import "./chunks/chunk-2LVNHQC5.js";
import "./chunks/chunk-ESINEMDQ.js";
import "./chunks/chunk-QNIVMOOM.js";

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
var listing = await listResources({
  regions,
  types,
  credentials: () => Promise.resolve(credentials)
});
parentPort?.postMessage(listing);
//# sourceMappingURL=listing-thread.js.map

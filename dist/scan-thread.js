import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/collect/aws/thread-entry.ts
import { execFile } from "node:child_process";
import { readFileSync, readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
function linuxThreadId() {
  try {
    const id = Number(readlinkSync("/proc/thread-self").split("/").pop());
    return id > 0 ? id : void 0;
  } catch {
    return void 0;
  }
}
function priorityNow() {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[38] === "5") return "idle";
    return Number(fields[16]) >= 19 ? "nice 19" : "normal";
  } catch {
    return "normal";
  }
}
async function yieldToTerraform() {
  const id = linuxThreadId();
  if (id === void 0) return "normal";
  try {
    setPriority(id, 19);
  } catch {
  }
  await new Promise((resolve) => {
    execFile("chrt", ["--idle", "--pid", "0", String(id)], { timeout: 5e3 }, () => resolve());
  });
  return priorityNow();
}
var request = workerData;
var priority = request.lowPriority ? await yieldToTerraform() : "normal";
var { scanAccount } = await import("./chunks/account-WKMDAFEY.js");
var scan = await scanAccount(request);
parentPort?.postMessage({ ...scan, priority });
//# sourceMappingURL=scan-thread.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  clipToLine
} from "./chunk-FFYNXMZ5.js";
import "./chunk-QNIVMOOM.js";

// src/collect/aws/thread.ts
import { Worker } from "node:worker_threads";
var ENTRY = new URL("../scan-thread.js", import.meta.url);
async function scanInThread(request, entry = ENTRY) {
  const answer = await new Promise((resolve) => {
    const worker = new Worker(entry, { workerData: request, env: process.env });
    worker.once("message", (scan2) => {
      resolve(scan2);
      void worker.terminate();
    });
    worker.once(
      "error",
      (error) => resolve(error instanceof Error ? error : new Error(String(error)))
    );
    worker.once(
      "exit",
      (code) => resolve(new Error(`it stopped with exit code ${code} before it answered`))
    );
  });
  if (!(answer instanceof Error)) return answer;
  const [{ scanAccount }, { failedListing }] = await Promise.all([
    import("./account-WKMDAFEY.js"),
    import("./listing-7CFVXSSM.js")
  ]);
  const { regions, roleToAssume, listTypes } = request;
  const scan = await scanAccount({ regions, roleToAssume });
  const why = clipToLine(answer.message, 200);
  const listing = failedListing(
    listTypes,
    `the direct listing could not run (${why}): run again, and report it if it persists`
  );
  return { ...scan, listing };
}
export {
  scanInThread
};
//# sourceMappingURL=thread-DILSPH4F.js.map

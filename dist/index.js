import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// driftwatch-entry:src/index.ts
if (process.env.RUNNER_DEBUG === "1" || process.env.DRIFTWATCH_DEBUG) {
  process.setSourceMapsEnabled(true);
}
await import("./chunks/src-K4APMUVC.js");
//# sourceMappingURL=index.js.map

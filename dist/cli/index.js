#!/usr/bin/env node
import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// driftwatch-entry:src/cli/index.ts
if (process.env.RUNNER_DEBUG === "1" || process.env.DRIFTWATCH_DEBUG) {
  process.setSourceMapsEnabled(true);
}
await import("../chunks/cli-6N7Q5WQ4.js");
//# sourceMappingURL=index.js.map

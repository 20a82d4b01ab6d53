import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  setOutput,
  summary
} from "./chunk-TREQ3TT5.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";

// src/publish/outputs.ts
var OUTPUTS = {
  "drift-detected": ({ report }) => String(report.counts.drifted + report.counts.unmanaged > 0),
  "drifted-count": ({ report }) => String(report.counts.drifted),
  "unmanaged-count": ({ report }) => String(report.counts.unmanaged),
  coverage: ({ report }) => report.unmanaged?.coverage != null ? String(report.unmanaged.coverage) : "",
  report: ({ reportPath }) => reportPath
};
function setOutputs(report, reportPath) {
  for (const [name, value] of Object.entries(OUTPUTS)) {
    setOutput(name, value({ report, reportPath }));
  }
}
async function writeJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(markdown).write({ overwrite: false });
}
export {
  OUTPUTS,
  setOutputs,
  writeJobSummary
};
//# sourceMappingURL=outputs-XJ6PVS4J.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  setOutput,
  summary
} from "./chunk-TREQ3TT5.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";

// src/publish/outputs.ts
function setOutputs(report, reportPath) {
  setOutput("drift-detected", String(report.counts.drifted + report.counts.unmanaged > 0));
  setOutput("drifted-count", String(report.counts.drifted));
  setOutput("unmanaged-count", String(report.counts.unmanaged));
  setOutput(
    "coverage",
    report.unmanaged?.coverage != null ? String(report.unmanaged.coverage) : ""
  );
  setOutput("report", reportPath);
}
async function writeJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(markdown).write({ overwrite: false });
}
export {
  setOutputs,
  writeJobSummary
};
//# sourceMappingURL=outputs-UJTZY5S4.js.map

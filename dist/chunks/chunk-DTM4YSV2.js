import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/model/severity.ts
var SEVERITIES = [
  "low",
  "medium",
  "high",
  "critical"
];
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
  return severityRank(severity) >= severityRank(threshold);
}
function securityConcerns(finding) {
  return atLeast(finding.severity, "high") ? finding.concerns : [];
}

export {
  SEVERITIES,
  severityRank,
  atLeast,
  securityConcerns
};
//# sourceMappingURL=chunk-DTM4YSV2.js.map

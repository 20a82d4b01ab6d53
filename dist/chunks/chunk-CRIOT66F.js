import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  directoryLabel
} from "./chunk-RZVL7GST.js";
import {
  normaliseArn
} from "./chunk-UEO5CBCT.js";

// src/history/keys.ts
var DRIFT_PREFIX = "drift:";
var UNMANAGED_PREFIX = "unmanaged:";
function isFindingKey(key) {
  return key.startsWith(DRIFT_PREFIX) || key.startsWith(UNMANAGED_PREFIX);
}
function driftKey(directory, finding) {
  return `${DRIFT_PREFIX}${directoryLabel(directory)}:${finding.address}`;
}
function unmanagedKey(resource) {
  return resource.arn ? `${UNMANAGED_PREFIX}${normaliseArn(resource.arn)}` : `${UNMANAGED_PREFIX}${resource.type}:${resource.id}`;
}
function parseKey(key) {
  if (key.startsWith(UNMANAGED_PREFIX))
    return { kind: "unmanaged", resource: key.slice(UNMANAGED_PREFIX.length) };
  if (!key.startsWith(DRIFT_PREFIX)) return void 0;
  const colon = key.indexOf(":", DRIFT_PREFIX.length);
  if (colon < 0) return void 0;
  return {
    kind: "drift",
    directory: key.slice(DRIFT_PREFIX.length, colon),
    address: key.slice(colon + 1)
  };
}

export {
  DRIFT_PREFIX,
  UNMANAGED_PREFIX,
  isFindingKey,
  driftKey,
  unmanagedKey,
  parseKey
};
//# sourceMappingURL=chunk-CRIOT66F.js.map

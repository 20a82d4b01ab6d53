import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  ResourceGroupsTaggingAPIClient,
  paginateGetResources
} from "./chunk-JFWJLGLY.js";
import "./chunk-GXTROH3I.js";
import "./chunk-PVKFD2IH.js";
import "./chunk-BOO5ZA6T.js";
import "./chunk-BTKDSBW3.js";
import "./chunk-32CQHLVU.js";
import "./chunk-UMQIBEZV.js";
import "./chunk-4VRGRBXQ.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  ResourceGroupsTaggingAPIClient,
  paginateGetResources
};
//# sourceMappingURL=tagging-K34KNXGU.js.map

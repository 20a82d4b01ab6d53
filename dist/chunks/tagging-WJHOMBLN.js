import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  ResourceGroupsTaggingAPIClient,
  paginateGetResources
} from "./chunk-INR2KSUZ.js";
import "./chunk-S33CJ3HS.js";
import "./chunk-E6ECISK6.js";
import "./chunk-AGLGNWGM.js";
import "./chunk-BTKDSBW3.js";
import "./chunk-32CQHLVU.js";
import "./chunk-DYFAL4XB.js";
import "./chunk-4QPVKR3V.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  ResourceGroupsTaggingAPIClient,
  paginateGetResources
};
//# sourceMappingURL=tagging-WJHOMBLN.js.map

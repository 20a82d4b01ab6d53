import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  GLOBAL,
  failedListing,
  listResources,
  listingFault
} from "./chunk-LZAVIQYD.js";
import {
  LISTED_TYPES,
  isListedType
} from "./chunk-PXOIFRMI.js";
import "./chunk-MF3KIHXQ.js";
import "./chunk-YCDVFDEF.js";
import "./chunk-AY3X5UW3.js";
import "./chunk-TWFAX4VC.js";
import "./chunk-GXLTFKQW.js";
import "./chunk-4QPVKR3V.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  GLOBAL,
  LISTED_TYPES,
  failedListing,
  isListedType,
  listResources,
  listingFault
};
//# sourceMappingURL=listing-YDK3ULCG.js.map

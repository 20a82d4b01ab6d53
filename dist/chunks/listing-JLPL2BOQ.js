import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  GLOBAL,
  failedListing,
  listResources,
  listingFault
} from "./chunk-LRM45AI7.js";
import {
  LISTED_TYPES,
  isListedType
} from "./chunk-PXOIFRMI.js";
import "./chunk-MF3KIHXQ.js";
import "./chunk-YCDVFDEF.js";
import "./chunk-RRJ2IMCT.js";
import "./chunk-TWFAX4VC.js";
import "./chunk-GXLTFKQW.js";
import "./chunk-4QPVKR3V.js";
import "./chunk-47V7VVFD.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-6PF6ITAZ.js";
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
//# sourceMappingURL=listing-JLPL2BOQ.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  readHistory
} from "./chunk-VH2YQAEH.js";
import "./chunk-CTZZ7GTO.js";
import "./chunk-MYSML5RH.js";
import "./chunk-CRIOT66F.js";
import "./chunk-RZVL7GST.js";
import "./chunk-DTM4YSV2.js";
import "./chunk-XLWJYSYU.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";
export {
  readHistory
};
//# sourceMappingURL=previous-audit-7K6LQL2Z.js.map

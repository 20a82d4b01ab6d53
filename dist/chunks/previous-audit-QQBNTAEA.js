import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  readHistory
} from "./chunk-M2SYWST6.js";
import "./chunk-TSRS4VHP.js";
import "./chunk-MYSML5RH.js";
import "./chunk-AEWH75CH.js";
import "./chunk-DTM4YSV2.js";
import "./chunk-XLWJYSYU.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";
export {
  readHistory
};
//# sourceMappingURL=previous-audit-QQBNTAEA.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  readHistory
} from "./chunk-BBYUZTFT.js";
import "./chunk-3X6KTYY5.js";
import "./chunk-MYSML5RH.js";
import "./chunk-4NOD677B.js";
import "./chunk-VGWQQIM2.js";
import "./chunk-XLWJYSYU.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";
export {
  readHistory
};
//# sourceMappingURL=previous-audit-AKJ5SFP4.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  readHistory
} from "./chunk-P443L2TM.js";
import "./chunk-54X7UPET.js";
import "./chunk-IOEPNHZF.js";
import "./chunk-XLWJYSYU.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";
export {
  readHistory
};
//# sourceMappingURL=previous-audit-MQNO2LOQ.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  readHistory
} from "./chunk-D52MTJ2T.js";
import "./chunk-EQBXZ6W6.js";
import "./chunk-4MV7N5M5.js";
import "./chunk-KBTWIID5.js";
import "./chunk-XLWJYSYU.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-ZZZ4QWSM.js";
import "./chunk-QNIVMOOM.js";
export {
  readHistory
};
//# sourceMappingURL=previous-audit-YR4SVODX.js.map

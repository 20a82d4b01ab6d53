import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  adopt,
  codifyRoots,
  remediesFor,
  remedy
} from "./chunk-GM37BG6C.js";
import "./chunk-4VM37TSZ.js";
import "./chunk-FBRGTV5C.js";
import "./chunk-BWOIZBIC.js";
import "./chunk-DTM4YSV2.js";
import "./chunk-WBAT22HC.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-QNIVMOOM.js";
export {
  adopt,
  codifyRoots,
  remediesFor,
  remedy
};
//# sourceMappingURL=remediate-FZJRINEX.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
} from "./chunk-S33CJ3HS.js";
import "./chunk-E6ECISK6.js";
import "./chunk-DYFAL4XB.js";
import "./chunk-4QPVKR3V.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
};
//# sourceMappingURL=dist-es-JXIF2BM7.js.map

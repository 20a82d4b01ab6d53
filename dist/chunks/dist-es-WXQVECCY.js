import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
} from "./chunk-7YUBMPEK.js";
import "./chunk-IFK4WSZA.js";
import "./chunk-YV6QQJOO.js";
import "./chunk-4QPVKR3V.js";
import "./chunk-47V7VVFD.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-6PF6ITAZ.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
};
//# sourceMappingURL=dist-es-WXQVECCY.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AssumeRoleCommand,
  STSClient
} from "./chunk-IZ6FJ5G4.js";
import "./chunk-3ZHCLF6Q.js";
import "./chunk-WR7PGUMA.js";
import "./chunk-BOO5ZA6T.js";
import "./chunk-BTKDSBW3.js";
import "./chunk-32CQHLVU.js";
import "./chunk-UMQIBEZV.js";
import "./chunk-4VRGRBXQ.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  AssumeRoleCommand,
  STSClient
};
//# sourceMappingURL=loadSts-MRD4PPOT.js.map

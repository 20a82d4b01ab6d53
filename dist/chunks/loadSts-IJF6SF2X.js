import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AssumeRoleCommand,
  STSClient
} from "./chunk-V5Z45UMM.js";
import "./chunk-7SV2COWC.js";
import "./chunk-WR7PGUMA.js";
import "./chunk-AGLGNWGM.js";
import "./chunk-BTKDSBW3.js";
import "./chunk-32CQHLVU.js";
import "./chunk-DYFAL4XB.js";
import "./chunk-4QPVKR3V.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  AssumeRoleCommand,
  STSClient
};
//# sourceMappingURL=loadSts-IJF6SF2X.js.map

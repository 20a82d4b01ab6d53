import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AssumeRoleCommand,
  STSClient
} from "./chunk-BVBHOMZT.js";
import "./chunk-SGHPLETE.js";
import "./chunk-WR7PGUMA.js";
import "./chunk-DZDUNDA2.js";
import "./chunk-TNCTD5XL.js";
import "./chunk-VBCCF6MD.js";
import "./chunk-YV6QQJOO.js";
import "./chunk-4QPVKR3V.js";
import "./chunk-47V7VVFD.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-6PF6ITAZ.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  AssumeRoleCommand,
  STSClient
};
//# sourceMappingURL=loadSts-KJUNMQ4W.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AwsClients,
  awsClientConfig,
  createClient,
  failedAction,
  faultRules,
  retrySettings,
  sharedCredentials
} from "./chunk-NZAG3SLV.js";
import "./chunk-XLWJYSYU.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-FFYNXMZ5.js";
import "./chunk-4VRGRBXQ.js";
import "./chunk-AWW74NRY.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-2LVNHQC5.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  AwsClients,
  awsClientConfig,
  createClient,
  failedAction,
  faultRules,
  retrySettings,
  sharedCredentials
};
//# sourceMappingURL=clients-SG24HJ23.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AwsClients,
  awsClientConfig,
  createClient,
  failedAction,
  faultRules,
  retrySettings,
  sharedCredentials
} from "./chunk-Q64VQPD6.js";
import "./chunk-VJNLUB4Z.js";
import "./chunk-TWFAX4VC.js";
import "./chunk-GXLTFKQW.js";
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
//# sourceMappingURL=clients-WPB4ZZNZ.js.map

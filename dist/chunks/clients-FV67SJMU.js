import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AwsClients,
  awsClientConfig,
  createClient,
  failedAction,
  sharedCredentials
} from "./chunk-55ZZULDY.js";
import "./chunk-UEO5CBCT.js";
import "./chunk-4QPVKR3V.js";
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
  sharedCredentials
};
//# sourceMappingURL=clients-FV67SJMU.js.map

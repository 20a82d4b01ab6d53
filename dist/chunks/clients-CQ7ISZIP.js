import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  AwsClients,
  awsClientConfig,
  createClient,
  failedAction,
  sharedCredentials
} from "./chunk-RRJ2IMCT.js";
import "./chunk-4QPVKR3V.js";
import "./chunk-47V7VVFD.js";
import "./chunk-ISHEMCTQ.js";
import "./chunk-6PF6ITAZ.js";
import "./chunk-ESINEMDQ.js";
import "./chunk-QNIVMOOM.js";
export {
  AwsClients,
  awsClientConfig,
  createClient,
  failedAction,
  sharedCredentials
};
//# sourceMappingURL=clients-CQ7ISZIP.js.map

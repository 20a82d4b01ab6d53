import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/model/policy-document.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function parsePolicyDocument(text, options = {}) {
  const forms = options.urlEncoded ? [() => decodeURIComponent(text), () => text] : [() => text];
  for (const form of forms) {
    try {
      const parsed = JSON.parse(form());
      return isObject(parsed) ? parsed : void 0;
    } catch {
    }
  }
  return void 0;
}
function policyStatements(document) {
  const statement = document?.Statement;
  return (Array.isArray(statement) ? statement : [statement]).filter(
    (item) => isObject(item) && Object.keys(item).length > 0
  );
}

export {
  parsePolicyDocument,
  policyStatements
};
//# sourceMappingURL=chunk-WBAT22HC.js.map

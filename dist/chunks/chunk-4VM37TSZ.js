import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/model/findings.ts
function unmanagedNames(resource) {
  return [
    resource.arn,
    `${resource.type}:${resource.id}`,
    `${resource.type}.${resource.id}`,
    resource.id,
    resource.importBlock?.to
  ].filter((name) => Boolean(name));
}

export {
  unmanagedNames
};
//# sourceMappingURL=chunk-4VM37TSZ.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/collect/aws/tags.ts
function tagsOf(list) {
  const tags = {};
  for (const tag of list ?? []) if (tag.Key !== void 0) tags[tag.Key] = tag.Value ?? "";
  return tags;
}

export {
  tagsOf
};
//# sourceMappingURL=chunk-MF3KIHXQ.js.map

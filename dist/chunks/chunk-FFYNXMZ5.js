import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/text.ts
function clip(text, max, options = {}) {
  const line = options.flatten ? text.replace(/\s+/g, " ") : text;
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};
function clipToLine(text, max = 400) {
  return clip(text.trim(), max, { flatten: true });
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  clip,
  escapeRegExp,
  plural,
  compareCodeUnits,
  UserError,
  clipToLine,
  messageOf
};
//# sourceMappingURL=chunk-FFYNXMZ5.js.map

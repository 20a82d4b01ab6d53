import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/faults.ts
var LASTING = /* @__PURE__ */ new Set(["expired", "denied", "rejected", "foreign", "unsupported"]);
function isLasting(kind) {
  return LASTING.has(kind);
}
function mayBeHtml(contentType) {
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? "");
}
function isHtmlPage(body) {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/i.test(body);
}
function foreignDetail(status, html) {
  const what = html ? "an HTML page" : "an unreadable body";
  return status === void 0 ? what : `HTTP ${status}, ${what}`;
}

export {
  isLasting,
  mayBeHtml,
  isHtmlPage,
  foreignDetail
};
//# sourceMappingURL=chunk-XLWJYSYU.js.map

import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  ALL_TRAFFIC,
  OPEN_CIDRS,
  deepEqual,
  diffAttributes,
  isAllTraffic,
  joinPath,
  maskAt,
  reachesAdminPort,
  redactValue,
  topAttribute
} from "./chunk-BWOIZBIC.js";
import {
  severityRank
} from "./chunk-DTM4YSV2.js";
import {
  parsePolicyDocument,
  policyStatements
} from "./chunk-WBAT22HC.js";
import {
  parseArn
} from "./chunk-UEO5CBCT.js";
import {
  UserError,
  clipToLine,
  messageOf
} from "./chunk-FFYNXMZ5.js";

// src/collect/terraform/plan-json.ts
function markedPaths(mask, join7, at = "") {
  if (mask === true) return [at];
  if (!mask || typeof mask !== "object") return [];
  return Object.entries(mask).flatMap(
    ([key, inner]) => markedPaths(inner, join7, join7(at, Array.isArray(mask) ? Number(key) : key))
  );
}
function* walkModules(root) {
  if (!root) return;
  const stack = [root];
  while (stack.length > 0) {
    const mod = stack.pop();
    yield mod;
    for (const child of mod.child_modules ?? []) stack.push(child);
  }
}

// src/collect/terraform/secrets.ts
function collectLeaves(value, into) {
  if (value === null || value === void 0) return;
  if (typeof value === "object") {
    for (const item of Object.values(value)) collectLeaves(item, into);
    return;
  }
  into.add(String(value));
  if (typeof value === "string" && /^[[{]/.test(value)) {
    try {
      collectLeaves(JSON.parse(value), into);
    } catch {
    }
  }
}
function collectMasked(value, mask, into) {
  if (mask === true) return collectLeaves(value, into);
  if (!mask || typeof mask !== "object" || value === null || typeof value !== "object") return;
  const values = value;
  for (const key in mask) {
    const child = mask[key];
    if (child) collectMasked(values[key], child, into);
  }
}
function collectSecrets(plan2) {
  const found2 = /* @__PURE__ */ new Set();
  for (const change2 of [...plan2.resource_drift ?? [], ...plan2.resource_changes ?? []]) {
    collectMasked(change2.change.before, change2.change.before_sensitive, found2);
    collectMasked(change2.change.after, change2.change.after_sensitive, found2);
  }
  for (const values of [plan2.planned_values, plan2.prior_state?.values]) {
    for (const mod of walkModules(values?.root_module)) {
      for (const resource of mod.resources ?? []) {
        collectMasked(resource.values, resource.sensitive_values, found2);
      }
    }
    for (const output of Object.values(values?.outputs ?? {})) {
      if (output.sensitive) collectLeaves(output.value, found2);
    }
  }
  for (const change2 of Object.values(plan2.output_changes ?? {})) {
    if (change2.before_sensitive === true) collectLeaves(change2.before, found2);
    if (change2.after_sensitive === true) collectLeaves(change2.after, found2);
  }
  const configVariables = plan2.configuration?.root_module?.variables ?? {};
  for (const [name, variable] of Object.entries(configVariables)) {
    if (!variable.sensitive) continue;
    collectLeaves(variable.default, found2);
    collectLeaves(plan2.variables?.[name]?.value, found2);
  }
  return found2;
}

// src/collect/terraform/module-files.ts
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
async function readModules(rootDir) {
  try {
    const text = await readFile(join(rootDir, ".terraform", "modules", "modules.json"), "utf8");
    const parsed = JSON.parse(text);
    return (parsed.Modules ?? []).filter(
      (m) => typeof m.Key === "string" && typeof m.Dir === "string"
    );
  } catch {
    return [];
  }
}
async function readModuleFiles(entry, rootDir) {
  const dir = resolve(rootDir, entry.Dir);
  let names;
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return { entry, dir, files: [] };
  }
  const files = await Promise.all(
    names.filter((name) => name.endsWith(".tf")).map(async (name) => {
      const path2 = join(dir, name);
      try {
        return { name, path: path2, text: await readFile(path2, "utf8") };
      } catch (error) {
        return { name, path: path2, error };
      }
    })
  );
  const jsonFile = names.find((name) => name.endsWith(".tf.json"));
  return { entry, dir, files, ...jsonFile ? { jsonFile } : {} };
}
async function readRootFiles(workingDir) {
  const dir = resolve(workingDir);
  const entries = await readModules(dir);
  if (!entries.some((e) => e.Key === "")) entries.unshift({ Key: "", Dir: "." });
  return { dir, modules: await Promise.all(entries.map((entry) => readModuleFiles(entry, dir))) };
}
function textOf(file) {
  if (file.text === void 0) throw file.error;
  return file.text;
}

// src/collect/terraform/source-locations.ts
import { isAbsolute, join as join2, relative, resolve as resolve2, sep } from "node:path";
var RESOURCE = /^\s*resource\s+"([^"]+)"\s+"([^"]+)"/;
var MODULE = /^\s*module\s+"([^"]+)"/;
var DYNAMIC = /^\s*dynamic\s+"([^"]+)"/;
var TOP_LEVEL = /^[a-z]/;
var INSTANCE_KEY = /\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g;
function configAddress(address) {
  return address.replace(INSTANCE_KEY, "");
}
function sourceRoot(env = process.env) {
  return resolve2(env.GITHUB_WORKSPACE || process.cwd());
}
function toRepoPath(root, file) {
  const rel = relative(root, file);
  if (rel.startsWith("..") || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}
function scanModule({ files }) {
  const scan2 = { resources: /* @__PURE__ */ new Map(), modules: /* @__PURE__ */ new Map(), dynamic: /* @__PURE__ */ new Map() };
  for (const file of files) scanFile(file.path, textOf(file).split("\n"), scan2);
  return scan2;
}
function scanFile(file, lines, scan2) {
  let current;
  lines.forEach((text, i) => {
    if (TOP_LEVEL.test(text)) current = void 0;
    const resource = RESOURCE.exec(text);
    if (resource) {
      current = `${resource[1]}.${resource[2]}`;
      if (!scan2.resources.has(current)) scan2.resources.set(current, { file, line: i + 1 });
    }
    const module = MODULE.exec(text);
    if (module && !scan2.modules.has(module[1])) scan2.modules.set(module[1], { file, line: i + 1 });
    const dynamic2 = current ? DYNAMIC.exec(text) : null;
    if (dynamic2 && current) {
      const names = scan2.dynamic.get(current) ?? /* @__PURE__ */ new Set();
      scan2.dynamic.set(current, names.add(dynamic2[1]));
    }
  });
}
function modulePrefix(key) {
  return key === "" ? "" : key.split(".").map((name) => `module.${name}.`).join("");
}
function isLocal(entry, rootDir) {
  const dir = resolve2(rootDir, entry.Dir);
  const downloaded = relative(join2(rootDir, ".terraform"), dir);
  return downloaded.startsWith("..") || isAbsolute(downloaded);
}
function findSources(files, root) {
  const rootDir = files.dir;
  const index = /* @__PURE__ */ new Map();
  const dynamicBlocks = /* @__PURE__ */ new Map();
  const entries = files.modules.map((module) => module.entry);
  const scans = /* @__PURE__ */ new Map();
  for (const module of files.modules) scans.set(module.entry.Key, scanModule(module));
  const place = (address, block) => {
    const file = toRepoPath(root, block.file);
    if (file && !index.has(address)) index.set(address, { file, line: block.line });
  };
  for (const entry of entries) {
    const prefix = modulePrefix(entry.Key);
    for (const [key, names] of scans.get(entry.Key)?.dynamic ?? []) {
      dynamicBlocks.set(prefix + key, names);
    }
    if (isLocal(entry, rootDir)) {
      for (const [key, block] of scans.get(entry.Key)?.resources ?? []) place(prefix + key, block);
      continue;
    }
    const parts = entry.Key.split(".");
    for (let depth = parts.length; depth > 0; depth--) {
      const parentKey = parts.slice(0, depth - 1).join(".");
      const parent = entries.find((e) => e.Key === parentKey);
      const call = scans.get(parentKey)?.modules.get(parts[depth - 1]);
      if (parent && call && isLocal(parent, rootDir)) {
        for (const key of scans.get(entry.Key)?.resources.keys() ?? []) place(prefix + key, call);
        break;
      }
    }
  }
  return { locations: index, dynamicBlocks };
}

// src/inputs/options.ts
var FAIL_ON = ["drift", "unmanaged", "any", "new", "never"];
var FAIL_ON_SEVERITY = ["none", "low", "medium", "high", "critical"];
var PUBLISH = ["auto", "comment", "issue", "none"];
var INVENTORY = ["deep", "tagging"];
var ATTRIBUTION = ["audit", "always", "never"];
var REMEDIATE = ["adopt", "codify"];
var ISSUE_PER = ["run", "directory"];
var REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function parseList(value) {
  return value.split(/[\n,]/).map((item) => item.replace(/#.*$/, "").trim()).filter((item) => item.length > 0);
}
function uniqueList(value) {
  return [...new Set(parseList(value))];
}
function trimmed(value) {
  return value.trim();
}
function parseDirectories(value) {
  const dirs = uniqueList(value);
  return dirs.length > 0 ? dirs : ["."];
}
function parseBoolean(value, field) {
  const v = value.trim().toLowerCase();
  if (v === "true") return true;
  if (v === "false") return false;
  throw new InputError(field.key, `must be true or false, got '${value.trim()}'.`);
}
function choiceOf(choices) {
  return (value, field) => {
    const v = value.trim().toLowerCase();
    if (choices.includes(v)) return v;
    throw new InputError(field.key, `must be one of ${choices.join(", ")}; got '${value.trim()}'.`);
  };
}
function splitArgs(value, field) {
  const args = [];
  let current;
  let quote;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quote) {
      if (ch === quote) quote = void 0;
      else if (ch === "\\" && quote === '"' && i + 1 < value.length) current += value[++i];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current ??= "";
    } else if (/\s/.test(ch)) {
      if (current !== void 0) args.push(current);
      current = void 0;
    } else if (ch === "\\" && i + 1 < value.length) {
      current = (current ?? "") + value[++i];
    } else {
      current = (current ?? "") + ch;
    }
  }
  if (quote) throw new InputError(field.key, `has an unclosed ${quote} quote: ${value.trim()}`);
  if (current !== void 0) args.push(current);
  return args;
}
function parseRegions(value, field) {
  const listed = parseList(value);
  const { env } = field;
  const regions = listed.length > 0 ? listed : [env.AWS_REGION || env.AWS_DEFAULT_REGION || ""].filter(Boolean);
  const bad = regions.find((region) => !REGION.test(region));
  if (bad !== void 0) {
    throw new InputError(
      field.key,
      `has '${bad}', which is not an AWS region name such as eu-west-1.`
    );
  }
  return [...new Set(regions)];
}
function parsePublishList(value, field) {
  const items = uniqueList(value.toLowerCase());
  if (items.length === 0) return ["auto"];
  const unknown = items.find((item) => !PUBLISH.includes(item));
  if (unknown !== void 0) {
    throw new InputError(
      field.key,
      `must be auto, comment, issue, 'comment, issue' or none; got '${unknown}'.`
    );
  }
  if (items.length > 1 && (items.includes("auto") || items.includes("none"))) {
    throw new InputError(
      field.key,
      `takes auto or none alone; list only comment and issue together.`
    );
  }
  return items;
}
function parseLabel(value, field) {
  const label = value.trim();
  if (label.length > 50 || label.includes(",")) {
    throw new InputError(
      field.key,
      `must be one label name of at most 50 characters without commas.`
    );
  }
  return label;
}
function parseRemediate(value, field) {
  const items = uniqueList(value.toLowerCase());
  if (items.length === 1 && items[0] === "none") return [];
  const bad = items.find((item) => !REMEDIATE.includes(item));
  if (bad !== void 0 || items.length === 0) {
    throw new InputError(
      field.key,
      `must be none, adopt, codify or 'adopt, codify'; got '${bad ?? value.trim()}'.`
    );
  }
  return items;
}
var ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
function parseRoleArn(value, field) {
  const role = value.trim();
  if (role === "") return void 0;
  if (!ROLE_ARN.test(role)) {
    throw new InputError(
      field.key,
      `must be a role ARN such as arn:aws:iam::123456789012:role/drift-readonly; got '${role}'.`
    );
  }
  return role;
}
function parseOwnershipRules(value) {
  return uniqueList(value.toLowerCase());
}
var TARGET_GLOB = /^[A-Za-z0-9_*?-]+$/;
function parseAdoptTargets(value, field) {
  const lines = value.split("\n").map((line) => line.replace(/(^|\s)#.*$/, "").trim()).filter(Boolean);
  return lines.map((line) => {
    const colon = line.indexOf(":");
    if (colon < 0) return { match: "*", directory: line };
    const match = line.slice(0, colon).trim();
    const directory = line.slice(colon + 1).trim();
    if (!TARGET_GLOB.test(match) || directory === "") {
      throw new InputError(
        field.key,
        `has '${line}'; write one directory, or lines of '<type, region or account glob>: <directory>' such as 'aws_iam_*: infra/iam'.`
      );
    }
    return { match, directory };
  });
}
var TYPE_GLOB = /^[a-z0-9_*?]+$/;
function parseTypeGlobs(value, field) {
  const globs = uniqueList(value.toLowerCase());
  const bad = globs.find((glob) => !TYPE_GLOB.test(glob));
  if (bad !== void 0) {
    throw new InputError(
      field.key,
      `has '${bad}', which is not a Terraform type name or glob such as aws_iam_* or aws_security_group.`
    );
  }
  return globs;
}
var INPUTS = {
  workingDirectories: { input: "working-directory", default: ".", parse: parseDirectories },
  terraformInit: {
    input: "terraform-init",
    default: "true",
    parse: parseBoolean,
    option: { name: "no-init", form: "off" }
  },
  initArgs: { input: "init-args", default: "", parse: splitArgs, option: { name: "init-args" } },
  planArgs: { input: "plan-args", default: "", parse: splitArgs, option: { name: "plan-args" } },
  varFiles: {
    input: "var-files",
    default: "",
    parse: parseList,
    option: { name: "var-file", form: "list" }
  },
  failOn: {
    input: "fail-on",
    default: "any",
    parse: choiceOf(FAIL_ON),
    option: { name: "fail-on" }
  },
  failOnSeverity: {
    input: "fail-on-severity",
    default: "none",
    parse: choiceOf(FAIL_ON_SEVERITY),
    option: { name: "fail-on-severity" }
  },
  // A terminal user asks for a report file; the Action always writes one.
  reportPath: {
    input: "report-path",
    default: "driftwatch-report.json",
    parse: trimmed,
    option: { name: "report" },
    cliDefault: ""
  },
  sarifPath: { input: "sarif-path", default: "", parse: trimmed, option: { name: "sarif" } },
  githubToken: { input: "github-token", default: "", parse: trimmed },
  awsRegions: {
    input: "aws-regions",
    default: "",
    parse: parseRegions,
    option: { name: "regions" }
  },
  // Nothing goes to GitHub from a terminal.
  publish: { input: "publish", default: "auto", parse: parsePublishList, cliDefault: "none" },
  issueLabel: { input: "issue-label", default: "drift", parse: parseLabel },
  annotations: {
    input: "annotations",
    default: "true",
    parse: parseBoolean,
    cliDefault: "false"
  },
  scanUnmanaged: {
    input: "scan-unmanaged",
    default: "true",
    parse: parseBoolean,
    option: { name: "no-unmanaged", form: "off" }
  },
  inventory: {
    input: "inventory",
    default: "deep",
    parse: choiceOf(INVENTORY),
    option: { name: "inventory" }
  },
  inventoryTypes: {
    input: "inventory-types",
    default: "",
    parse: parseTypeGlobs,
    option: { name: "inventory-types" }
  },
  roleToAssume: {
    input: "role-to-assume",
    default: "",
    parse: parseRoleArn,
    option: { name: "role-to-assume" }
  },
  ignoreFile: {
    input: "ignore-file",
    default: "",
    parse: (value) => value.trim() || void 0,
    option: { name: "ignore-file" }
  },
  disabledOwnershipRules: {
    input: "disable-ownership-rules",
    default: "",
    parse: parseOwnershipRules
  },
  attribution: {
    input: "attribution",
    default: "audit",
    parse: choiceOf(ATTRIBUTION),
    option: { name: "attribution" },
    // A terminal user asks for it; a local run is not an audit.
    cliDefault: "never"
  },
  notifyWebhookUrl: { input: "notify-webhook-url", default: "", parse: trimmed },
  issuePer: { input: "issue-per", default: "run", parse: choiceOf(ISSUE_PER) },
  // The CLI's `fix --into` sets it (cli/fix.ts): no flag of the audit's own.
  adoptInto: { input: "adopt-into", default: "", parse: parseAdoptTargets },
  // Pull requests are the Action's; `driftwatch fix` is the terminal's way to the same files.
  remediate: { input: "remediate", default: "none", parse: parseRemediate, cliDefault: "none" },
  remediateMinSeverity: {
    input: "remediate-min-severity",
    default: "none",
    parse: choiceOf(FAIL_ON_SEVERITY)
  }
};
var INPUT_KEYS = Object.keys(INPUTS);
function labelOf(keys, flags) {
  const specs = keys.map((key) => INPUTS[key]);
  const asFlags = flags && specs.every((spec) => spec.option);
  const names = specs.map((spec) => asFlags ? `'--${spec.option?.name}'` : `'${spec.input}'`);
  return `${asFlags ? "Option" : "Input"}${specs.length > 1 ? "s" : ""} ${names.join(" and ")}`;
}
var InputError = class extends UserError {
  name = "InputError";
  /** The inputs the message is about: one, or two that clash. */
  keys;
  /** The input the message asks to change: of two that clash, the second. */
  key;
  /** What is wrong, after the inputs' names: `must be true or false, got 'yes'.` */
  detail;
  constructor(key, detail) {
    const keys = typeof key === "string" ? [key] : key;
    super(`${labelOf(keys, false)} ${detail}`);
    this.keys = keys;
    this.key = keys[keys.length - 1];
    this.detail = detail;
  }
};
function optionMessage(error) {
  return `${labelOf(error.keys, true)} ${error.detail}`;
}
function parseInput(key, raw, defaults = "action", env = process.env) {
  const spec = INPUTS[key];
  const fallback = defaults === "cli" ? spec.cliDefault ?? spec.default : spec.default;
  const value = raw.trim() === "" ? fallback : raw;
  return spec.parse(value, { key, env });
}
function parseSome(keys, get, env = process.env, defaults = "action") {
  const entries = keys.map((key) => [key, parseInput(key, get(INPUTS[key].input), defaults, env)]);
  return Object.fromEntries(entries);
}
function parseInputs(get, env = process.env, defaults = "action") {
  return parseSome(INPUT_KEYS, get, env, defaults);
}
function envInput(name, env = process.env) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function readInputs(env = process.env) {
  return parseInputs((name) => envInput(name, env), env);
}

// src/collect/terraform/plan-file/config.ts
var ConfigError = class extends Error {
};
var BLOCK = /^\s*(resource|data|variable)\s+"([^"]+)"(?:\s+"([^"]+)")?\s*\{/;
var ITEM = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*(?:=(?!=)|\{|")/;
var META = /* @__PURE__ */ new Set([
  "count",
  "for_each",
  "provider",
  "depends_on",
  "lifecycle",
  "connection",
  "provisioner",
  "dynamic"
]);
function lineDepths(lines) {
  const depths = [];
  const stack = [];
  let heredoc;
  let blockComment = false;
  for (const line of lines) {
    if (heredoc !== void 0) {
      depths.push(-1);
      if (line.trim() === heredoc) heredoc = void 0;
      continue;
    }
    const inCode = stack.every((f) => f.kind === "bracket") && !blockComment;
    depths.push(inCode ? stack.length : -1);
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      const top = stack[stack.length - 1];
      if (blockComment) {
        if (c === "*" && line[i + 1] === "/") {
          blockComment = false;
          i++;
        }
        continue;
      }
      if (top?.kind === "string") {
        if (c === "\\") i++;
        else if (c === '"') stack.pop();
        else if ((c === "$" || c === "%") && line[i + 1] === "{") {
          if (line[i - 1] === c) continue;
          stack.push({ kind: "template", open: 0 });
          i++;
        }
        continue;
      }
      if (c === "#" || c === "/" && line[i + 1] === "/") break;
      if (c === "/" && line[i + 1] === "*") {
        blockComment = true;
        i++;
        continue;
      }
      if (c === '"') stack.push({ kind: "string" });
      else if (c === "{" || c === "[" || c === "(") {
        if (top?.kind === "template") top.open = (top.open ?? 0) + 1;
        else stack.push({ kind: "bracket" });
      } else if (c === "}" || c === "]" || c === ")") {
        if (top?.kind === "template") {
          if (top.open) top.open--;
          else stack.pop();
        } else if (top?.kind === "bracket") stack.pop();
        else throw new ConfigError("a closing bracket that nothing opened");
      } else if (c === "<" && line[i + 1] === "<" && top?.kind !== "template") {
        const marker = /^<<-?([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(line.slice(i));
        if (marker) {
          heredoc = marker[1];
          break;
        }
      }
    }
  }
  if (stack.length > 0 || heredoc !== void 0 || blockComment)
    throw new ConfigError("brackets, strings or heredocs left open");
  return depths;
}
function scanFile2(text, into) {
  const lines = text.split("\n");
  const depths = lineDepths(lines);
  let resource;
  let variable;
  lines.forEach((line, i) => {
    const depth = depths[i];
    if (depth === 0) {
      resource = void 0;
      variable = void 0;
      const block = BLOCK.exec(line);
      if (!block) return;
      const [, kind, first, second] = block;
      if (kind === "variable") {
        variable = into.variables[first] ?? {};
        into.variables[first] = variable;
        if (/\bsensitive\s*=\s*true\b/.test(line)) variable.sensitive = true;
      } else if (second) {
        const mode = kind === "data" ? "data" : "managed";
        resource = {
          address: `${mode === "data" ? "data." : ""}${first}.${second}`,
          mode,
          type: first,
          name: second,
          expressions: {}
        };
        into.resources.push(resource);
      }
      return;
    }
    if (depth !== 1) return;
    const item = ITEM.exec(line);
    if (!item) return;
    if (resource && !META.has(item[1]))
      resource.expressions[item[1]] = {};
    if (variable && item[1] === "sensitive" && /=\s*true\b/.test(line)) variable.sensitive = true;
    if (variable && item[1] === "default") {
      const literal = /=\s*("(?:[^"\\$%]|\\.)*")\s*(?:#.*|\/\/.*)?$/.exec(line);
      if (literal) variable.default = JSON.parse(literal[1]);
    }
  });
}
function scanModule2({ files, jsonFile }) {
  const config = { resources: [], variables: {} };
  if (jsonFile)
    throw new ConfigError(
      `${jsonFile} is configuration in JSON syntax, which is read only by terraform`
    );
  for (const file of files) {
    try {
      scanFile2(textOf(file), config);
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(`${file.name}: ${error.message}`);
      throw error;
    }
  }
  return config;
}
function readConfiguration(files) {
  const modules = /* @__PURE__ */ new Map();
  const ordered = [...files.modules].sort((a, b) => a.entry.Key.length - b.entry.Key.length);
  for (const moduleFiles of ordered) {
    const entry = moduleFiles.entry;
    const scanned = scanModule2(moduleFiles);
    const module = { resources: scanned.resources, variables: scanned.variables };
    modules.set(entry.Key, module);
    if (entry.Key === "") continue;
    const at = entry.Key.lastIndexOf(".");
    const parent = modules.get(at < 0 ? "" : entry.Key.slice(0, at));
    if (!parent) continue;
    parent.module_calls ??= {};
    parent.module_calls[entry.Key.slice(at + 1)] = { module };
  }
  return modules.get("") ?? {};
}

// src/version.ts
var VERSION = "0.1.0";

// src/collect/terraform/run.ts
import { createHash as createHash3 } from "node:crypto";
import {
  access,
  constants,
  mkdtemp,
  readdir as readdir3,
  readFile as readFile4,
  rm,
  stat,
  writeFile as writeFile2
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute as isAbsolute2, join as join5, resolve as resolve3 } from "node:path";

// src/collect/terraform/plan-reader.ts
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var COMMA = 44;
var COLON = 58;
var BRACKET_BIT = 32;
var SKIPPED = /* @__PURE__ */ new Set(["planned_values"]);
var BY_ELEMENT = /* @__PURE__ */ new Set(["resource_changes"]);
var NO_OP = /^\s*\{(?:[^{}[\]"]|"(?:[^"\\]|\\.)*")*?"change"\s*:\s*\{\s*"actions"\s*:\s*\[\s*"no-op"\s*\]\s*[,}]/;
var NO_OP_CHARS = 4096;
var NO_OP_BYTES = (NO_OP_CHARS + 1) * 3;
var FIRST_LOOK = 512;
function isWhitespace(byte) {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}
function matchesNoOp(text) {
  return NO_OP.test(text.length > NO_OP_CHARS ? text.slice(0, NO_OP_CHARS) : text);
}
function lookAhead(bytes, at, available) {
  for (let size = FIRST_LOOK; ; size *= 8) {
    const seen = Math.min(size, available, NO_OP_BYTES);
    const text = bytes.toString("utf8", at, at + seen);
    if (matchesNoOp(text)) return "no-op";
    if (seen >= NO_OP_BYTES) return "other";
    if (text.includes('"actions"')) return "other";
    if (seen === available) return "short";
  }
}
var CUT = -1;
var CUT_IN_STRING = -2;
var cutDepth = 0;
var cutAt = 0;
function scan(chunk, from, depth, closing) {
  const n = chunk.length;
  let i = from;
  while (i < n) {
    const byte = chunk[i];
    if (byte === QUOTE) {
      i++;
      for (; ; ) {
        if (i >= n) {
          cutDepth = depth;
          cutAt = i;
          return CUT_IN_STRING;
        }
        const inner = chunk[i];
        if (inner === QUOTE) break;
        i += inner === BACKSLASH ? 2 : 1;
      }
    } else if ((byte | BRACKET_BIT) === CLOSE_OBJECT) {
      if (depth === closing) return i;
      depth--;
    } else if ((byte | BRACKET_BIT) === OPEN_OBJECT) {
      depth++;
    }
    i++;
  }
  cutDepth = depth;
  return CUT;
}
function closeOf(chunk, at) {
  const close = scan(chunk, at, 0, 1);
  return close < 0 ? -1 : close + 1;
}
function stringEnd(chunk, from, cut) {
  const n = chunk.length;
  let i = from;
  if (cut.escaped) {
    cut.escaped = false;
    i++;
  }
  for (; ; ) {
    if (i >= n) {
      cut.escaped = i > n;
      return -1;
    }
    const byte = chunk[i++];
    if (byte === QUOTE) return i;
    if (byte === BACKSLASH) i++;
  }
}
function plainEnd(chunk, from) {
  for (let i = from; i < chunk.length; i++) {
    const byte = chunk[i];
    if (byte === COMMA || (byte | BRACKET_BIT) === CLOSE_OBJECT || isWhitespace(byte)) return i;
  }
  return -1;
}
var Pieces = class {
  parts = [];
  size = 0;
  add(chunk, from, to = chunk.length) {
    if (to <= from) return;
    this.parts.push(Buffer.from(chunk.subarray(from, to)));
    this.size += to - from;
  }
  /** The value's text, ending with `last` (the rest of it, in the current chunk). */
  text(last) {
    const parts = this.parts;
    this.parts = [];
    this.size = 0;
    if (parts.length === 0) return last.toString("utf8");
    parts.push(last);
    return Buffer.concat(parts).toString("utf8");
  }
  /** The bytes so far, then `more`. */
  with(more) {
    return Buffer.concat([...this.parts, more]);
  }
  clear() {
    this.parts = [];
    this.size = 0;
  }
};
var JsonError = class extends Error {
};
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JsonError(error.message);
  }
}
var VALUE = 0;
var FIRST_VALUE = 1;
var KEY = 2;
var FIRST_KEY = 3;
var COLON_NEXT = 4;
var COMMA_OR_CLOSE = 5;
var Assembler = class {
  value;
  done = false;
  frames = [];
  expect = VALUE;
  partial;
  pieces = new Pieces();
  cut = { escaped: false };
  /** Reads from `from` on: returns where the value ended (the index after it), or the length. */
  write(chunk, from) {
    const n = chunk.length;
    let i = from;
    if (this.partial) {
      i = this.finishPartial(chunk, i);
      if (i < 0) return n;
    }
    while (i < n && !this.done) {
      const byte = chunk[i];
      if (isWhitespace(byte)) {
        i++;
        continue;
      }
      const expect = this.expect;
      if (expect === COMMA_OR_CLOSE) {
        if (byte === COMMA) {
          this.expect = this.frames[this.frames.length - 1].isArray ? VALUE : KEY;
          i++;
        } else {
          i = this.close(byte, i);
        }
      } else if (expect === FIRST_VALUE && byte === CLOSE_ARRAY || expect === FIRST_KEY && byte === CLOSE_OBJECT) {
        i = this.close(byte, i);
      } else if (expect === VALUE || expect === FIRST_VALUE) {
        i = this.readValue(chunk, i);
      } else if (expect === KEY || expect === FIRST_KEY) {
        if (byte !== QUOTE) throw unexpected(byte, "where a key belongs");
        i = this.readString(chunk, i, "key");
      } else {
        if (byte !== COLON) throw unexpected(byte, "after a key");
        this.expect = VALUE;
        i++;
      }
    }
    return i;
  }
  readValue(chunk, at) {
    const byte = chunk[at];
    if ((byte | BRACKET_BIT) === OPEN_OBJECT) {
      const end2 = closeOf(chunk, at);
      if (end2 >= 0) {
        this.add(parseJson(chunk.toString("utf8", at, end2)));
        return end2;
      }
      const isArray = byte === OPEN_ARRAY;
      this.frames.push({ container: isArray ? [] : {}, isArray, key: "" });
      this.expect = isArray ? FIRST_VALUE : FIRST_KEY;
      return at + 1;
    }
    if (byte === QUOTE) return this.readString(chunk, at, "string");
    const end = plainEnd(chunk, at);
    if (end < 0) {
      this.partial = "plain";
      this.pieces.add(chunk, at);
      return chunk.length;
    }
    this.add(parseJson(chunk.toString("utf8", at, end)));
    return end;
  }
  readString(chunk, at, kind) {
    const end = stringEnd(chunk, at + 1, this.cut);
    if (end < 0) {
      this.partial = kind;
      this.pieces.add(chunk, at);
      return chunk.length;
    }
    this.took(kind, parseJson(chunk.toString("utf8", at, end)));
    return end;
  }
  /** Goes on with a string or plain value the last chunk cut: -1 while this chunk cuts it too. */
  finishPartial(chunk, from) {
    const kind = this.partial;
    const end = kind === "plain" ? plainEnd(chunk, from) : stringEnd(chunk, from, this.cut);
    if (end < 0) {
      this.pieces.add(chunk, from);
      return -1;
    }
    this.partial = void 0;
    this.took(kind, parseJson(this.pieces.text(chunk.subarray(from, end))));
    return end;
  }
  took(kind, value) {
    if (kind !== "key") {
      this.add(value);
      return;
    }
    this.frames[this.frames.length - 1].key = value;
    this.expect = COLON_NEXT;
  }
  close(byte, at) {
    const frame = this.frames.pop();
    if (byte !== (frame.isArray ? CLOSE_ARRAY : CLOSE_OBJECT)) {
      throw unexpected(byte, `in ${frame.isArray ? "an array" : "an object"}`);
    }
    this.add(frame.container);
    return at + 1;
  }
  add(value) {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) {
      this.value = value;
      this.done = true;
    } else if (frame.isArray) {
      ;
      frame.container.push(value);
    } else if (frame.key === "__proto__") {
      Object.defineProperty(frame.container, frame.key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true
      });
    } else {
      ;
      frame.container[frame.key] = value;
    }
    this.expect = COMMA_OR_CLOSE;
  }
};
function unexpected(byte, where) {
  return new JsonError(`Unexpected ${JSON.stringify(String.fromCharCode(byte))} ${where}`);
}
var PlanReader = class {
  result = {};
  depth = 0;
  inString = false;
  /** Inside a string, a backslash ended the last chunk. */
  cut = { escaped: false };
  started = false;
  finished = false;
  /** At depth 1: the next string is a key. */
  expectKey = false;
  keyParts;
  captureKeyFrom = 0;
  key = "";
  /** At depth 1, after a key's colon: the next non-blank byte starts its value. */
  expectValue = false;
  mode = "keep";
  /**
   * The depth a skipped value (or, in resource_changes, an entry) closes back to: deeper than
   * this, nothing but depth and strings matter, and scanInside reads on alone.
   */
  floor = 1;
  /** The top-level value being read. */
  valueKind;
  /** A kept object or array, put together as it comes. */
  assembler;
  /** A kept string or plain value, or resource_changes entry: where it goes on in this chunk. */
  capture = false;
  captureFrom = -1;
  pieces = new Pieces();
  /** resource_changes: the array's elements. */
  elements = [];
  /** The resource_changes entry being read: skipped once known to be a no-op, else captured. */
  element;
  /**
   * A captured entry whose start a chunk's end cut short is looked at again once this many of its
   * bytes are at hand (0: not); doubling, lest tiny chunks make it quadratic.
   */
  lookAgain = 0;
  /** Bytes seen, for messages. */
  bytes = 0;
  /**
   * Keep the no-op entries that import an object. Whether one imports is written after its
   * values, so no entry is skipped by its first bytes then: each is read whole and judged.
   */
  keepImports;
  constructor(options = {}) {
    this.keepImports = options.keepImports ?? false;
  }
  write(chunk) {
    try {
      this.read(chunk);
    } catch (error) {
      if (error instanceof JsonError) throw this.error(error.message);
      throw error;
    }
  }
  /**
   * One chunk: the loop hands each stretch to what reads it (the Assembler for a kept container,
   * scanInside below the floor, inStringAt in a string) and takes the few bytes left, between
   * keys, values and entries, one at a time. The loop stays whole, and its steps allocate nothing
   * per byte.
   */
  read(chunk) {
    const n = chunk.length;
    let i = 0;
    this.startChunk(chunk);
    while (i < n) {
      if (this.assembler) {
        i = this.assembler.write(chunk, i);
        if (!this.assembler.done) break;
        this.keepAssembled();
        continue;
      }
      if (this.depth > this.floor) {
        i = this.scanInside(chunk, i);
        if (i === n) break;
      }
      if (this.inString) {
        i = this.inStringAt(chunk, i);
        continue;
      }
      const byte = chunk[i];
      if (isWhitespace(byte)) {
        i++;
        continue;
      }
      if (!this.started) {
        this.openPlan(byte);
        i++;
        continue;
      }
      if (this.depth === 0) throw this.error("text after the end of the plan");
      if (this.depth === 1 && this.expectValue) {
        this.startValue(byte, i);
        if (this.assembler) continue;
      }
      this.structural(chunk, byte, i);
      i++;
    }
    this.endChunk(chunk);
  }
  /** What was cut by the last chunk's end goes on from this chunk's start. */
  startChunk(chunk) {
    if (this.capture) this.captureFrom = 0;
    if (this.lookAgain && this.pieces.size + chunk.length >= this.lookAgain) this.lookAgainAt(chunk);
  }
  /** What this chunk's end cuts is kept (copied: the caller may reuse the buffer). */
  endChunk(chunk) {
    if (this.inString && this.keyParts) {
      this.keyParts.push(Buffer.from(chunk.subarray(this.captureKeyFrom)));
      this.captureKeyFrom = 0;
    }
    if (this.capture) this.pieces.add(chunk, this.captureFrom);
    this.bytes += chunk.length;
  }
  /** The Assembler closed a kept top-level container. */
  keepAssembled() {
    const assembler = this.assembler;
    this.result[this.key] = assembler.value;
    this.assembler = void 0;
    this.valueKind = void 0;
    this.mode = "keep";
  }
  /** The plan's first non-blank byte. */
  openPlan(byte) {
    if (byte !== OPEN_OBJECT) throw this.error("it does not start with {");
    this.started = true;
    this.depth = 1;
    this.expectKey = true;
  }
  /**
   * A byte outside any string, no deeper than the floor's next level: what opens or closes a
   * value or entry, separates them, or starts a key. The loop goes on at the next byte.
   */
  structural(chunk, byte, i) {
    switch (byte) {
      case QUOTE:
        this.inString = true;
        if (this.depth === 1 && this.expectKey) this.keyParts = [];
        if (this.keyParts) this.captureKeyFrom = i + 1;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        this.depth++;
        if (this.mode === "elements" && this.depth === 3 && byte === OPEN_OBJECT) {
          this.startElement(chunk, i);
        }
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        this.closeBracket(chunk, i);
        break;
      case COMMA:
        if (this.depth === 1) {
          if (this.valueKind === "primitive") this.endValue(chunk, i);
          this.expectKey = true;
        }
        break;
      case COLON:
        if (this.depth === 1) this.expectValue = true;
        break;
    }
  }
  /** A closing bracket at `at` ends a top-level value, a resource_changes entry or the plan. */
  closeBracket(chunk, at) {
    if (this.depth === 1 && this.valueKind === "primitive") this.endValue(chunk, at);
    this.depth--;
    if (this.depth === 2 && this.element !== void 0) this.endElement(chunk, at + 1);
    else if (this.depth === 1 && this.valueKind === "container") this.endValue(chunk, at + 1);
    if (this.depth === 0) this.finished = true;
  }
  /**
   * Deeper than `floor` in a skipped value or an entry: reads on until the byte that brings the
   * depth back to `floor`, and returns its index (left for read to handle), or the chunk's length.
   */
  scanInside(chunk, from) {
    let i = from;
    if (this.inString) {
      i = stringEnd(chunk, i, this.cut);
      if (i < 0) return chunk.length;
      this.inString = false;
    }
    const close = scan(chunk, i, this.depth, this.floor + 1);
    if (close >= 0) {
      this.depth = this.floor + 1;
      return close;
    }
    this.depth = cutDepth;
    this.inString = close === CUT_IN_STRING;
    this.cut.escaped = this.inString && cutAt > chunk.length;
    return chunk.length;
  }
  /** Inside a string at `i`: returns where scanning goes on. Strings are skipped natively. */
  inStringAt(chunk, i) {
    if (this.cut.escaped) {
      this.cut.escaped = false;
      return i + 1;
    }
    const quote = chunk.indexOf(QUOTE, i);
    if (quote < 0) {
      this.cut.escaped = trailingBackslashes(chunk, i, chunk.length) % 2 === 1;
      return chunk.length;
    }
    if (trailingBackslashes(chunk, i, quote) % 2 === 1) return quote + 1;
    this.inString = false;
    if (this.keyParts) {
      this.keyParts.push(chunk.subarray(this.captureKeyFrom, quote));
      this.key = Buffer.concat(this.keyParts).toString("utf8");
      this.keyParts = void 0;
      this.expectKey = false;
    } else if (this.depth === 1 && this.valueKind === "string") {
      this.endValue(chunk, quote + 1);
    }
    return quote + 1;
  }
  startValue(byte, at) {
    this.expectValue = false;
    this.mode = SKIPPED.has(this.key) ? "skip" : BY_ELEMENT.has(this.key) ? "elements" : "keep";
    this.valueKind = byte === OPEN_OBJECT || byte === OPEN_ARRAY ? "container" : byte === QUOTE ? "string" : "primitive";
    if (this.mode === "elements" && byte !== OPEN_ARRAY) this.mode = "keep";
    if (this.mode === "elements") this.floor = 2;
    if (this.mode === "keep" && this.valueKind === "container") this.assembler = new Assembler();
    else if (this.mode === "keep") {
      this.capture = true;
      this.captureFrom = at;
    }
  }
  endValue(chunk, end) {
    if (this.mode === "keep") {
      this.capture = false;
      this.result[this.key] = parseJson(this.pieces.text(chunk.subarray(this.captureFrom, end)));
    }
    if (this.mode === "elements") this.result[this.key] = this.elements;
    this.elements = [];
    this.valueKind = void 0;
    this.mode = "keep";
    this.floor = 1;
  }
  /**
   * An entry opens at `at`: judged on the bytes the chunk already holds, so that a no-op is
   * skipped without being copied or decoded. An entry not known to be a no-op is captured, and
   * judged for good by endElement on its whole text, as NO_OP always was: looking ahead only
   * saves work.
   */
  startElement(chunk, at) {
    const ahead = this.keepImports ? "other" : lookAhead(chunk, at, chunk.length - at);
    this.lookAgain = ahead === "short" ? Math.min(2 * (chunk.length - at), NO_OP_BYTES) : 0;
    this.element = ahead === "no-op" ? "skip" : "keep";
    this.capture = this.element === "keep";
    this.captureFrom = at;
  }
  /** The captured entry's start was cut by the last chunk's end: now with this chunk's too. */
  lookAgainAt(chunk) {
    const wanted = Math.max(0, Math.min(chunk.length, NO_OP_BYTES - this.pieces.size));
    const start = this.pieces.with(chunk.subarray(0, wanted));
    const ahead = lookAhead(start, 0, start.length);
    this.lookAgain = ahead === "short" ? Math.min(2 * start.length, NO_OP_BYTES) : 0;
    if (ahead === "no-op") {
      this.element = "skip";
      this.capture = false;
      this.pieces.clear();
    }
  }
  endElement(chunk, end) {
    const kept = this.element === "keep";
    this.element = void 0;
    this.lookAgain = 0;
    if (!kept) return;
    this.capture = false;
    const text = this.pieces.text(chunk.subarray(this.captureFrom, end));
    if (!matchesNoOp(text)) this.elements.push(parseJson(text));
    else if (this.keepImports) {
      const entry = parseJson(text);
      if (entry.change?.importing) this.elements.push(entry);
    }
  }
  error(why) {
    return new Error(`the plan JSON could not be parsed (${why})`);
  }
  /** The plan, once the whole text was written. */
  end() {
    if (!this.started) throw this.error("it is empty");
    if (!this.finished || this.inString)
      throw this.error(`it ends early, after ${this.bytes} bytes: truncated?`);
    if (typeof this.result.format_version !== "string") {
      throw new Error(
        "the plan JSON has no format_version: is this the output of `terraform show -json`?"
      );
    }
    return this.result;
  }
};
function trailingBackslashes(chunk, from, end) {
  let count = 0;
  for (let j = end - 1; j >= from && chunk[j] === BACKSLASH; j--) count++;
  return count;
}

// src/collect/terraform/plan-file/check.ts
function change(c) {
  return {
    actions: c.actions,
    before: redactValue(c.before, c.before_sensitive),
    after: redactValue(c.after, c.after_sensitive),
    unknown: markedPaths(c.after_unknown, (at, key) => `${at}/${key}`).sort()
  };
}
function resources(list) {
  const out = {};
  for (const r of list ?? []) {
    if (r.change.actions.join() === "no-op") continue;
    out[r.deposed ? `${r.address} deposed ${r.deposed}` : r.address] = {
      module: r.module_address ?? "",
      mode: r.mode,
      type: r.type,
      name: r.name,
      index: r.index ?? null,
      change: change(r.change)
    };
  }
  return out;
}
function written(root) {
  const out = {};
  const visit = (mod, prefix) => {
    for (const r of mod?.resources ?? [])
      out[prefix + r.address] = Object.keys(r.expressions ?? {}).sort();
    for (const [name, call] of Object.entries(mod?.module_calls ?? {}))
      visit(call.module, `${prefix}module.${name}.`);
  };
  visit(root, "");
  return out;
}
function comparable(plan2) {
  const prior = {};
  for (const mod of walkModules(plan2.prior_state?.values?.root_module))
    for (const r of mod.resources ?? []) {
      const key = r.deposed_key ? `${r.address} deposed ${r.deposed_key}` : r.address;
      prior[key] = redactValue(r.values, r.sensitive_values);
    }
  const outputs = Object.fromEntries(
    Object.entries(plan2.output_changes ?? {}).map(([name, c]) => [
      name,
      {
        sensitive: [c.before_sensitive === true, c.after_sensitive === true],
        ...change(c)
      }
    ])
  );
  const variables = Object.entries(plan2.configuration?.root_module?.variables ?? {}).filter(([, v]) => v.sensitive).map(([name]) => name).sort();
  return {
    drift: resources(plan2.resource_drift),
    changes: resources(plan2.resource_changes),
    prior,
    outputs,
    sensitiveVariables: variables,
    written: written(plan2.configuration?.root_module)
  };
}
function difference(a, b, at = "") {
  if (a === b) return void 0;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object")
    return { path: at || "/", mine: a, theirs: b };
  if (Array.isArray(a) !== Array.isArray(b)) return { path: at || "/", mine: a, theirs: b };
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])];
  if (!Array.isArray(a)) keys.sort();
  for (const key of keys) {
    const found2 = difference(
      a[key],
      b[key],
      `${at}/${key}`
    );
    if (found2) return found2;
  }
  return void 0;
}
function short(value) {
  const text = value === void 0 ? "nothing" : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function readersDiffer(fromFile, fromShow) {
  const [mine, theirs] = [collectSecrets(fromFile), collectSecrets(fromShow)];
  if (mine.size !== theirs.size || [...mine].some((secret) => !theirs.has(secret)))
    return {
      path: "/secrets",
      detail: `/secrets: ${mine.size} sensitive values from the plan file, ${theirs.size} from show`
    };
  const found2 = difference(comparable(fromFile), comparable(fromShow));
  if (!found2) return void 0;
  return {
    path: found2.path,
    detail: `${found2.path}: ${short(found2.mine)} \u2260 ${short(found2.theirs)}`
  };
}

// src/collect/terraform/plan-file/read.ts
import { open as open2 } from "node:fs/promises";

// src/collect/terraform/plan-file/address.ts
var AddressError = class extends Error {
};
var NAME = "[A-Za-z_][A-Za-z0-9_-]*";
var KEY2 = '\\[(?:\\d+|"(?:[^"\\\\]|\\\\.)*")\\]';
var ADDRESS = new RegExp(
  `^((?:module\\.${NAME}(?:${KEY2})?\\.)*)(data\\.)?(${NAME})\\.(${NAME})(${KEY2})?$`
);
function instanceKey(text) {
  const inner = text.slice(1, -1);
  return inner.startsWith('"') ? JSON.parse(inner) : Number(inner);
}
function parseAddress(address) {
  const match = ADDRESS.exec(address);
  if (!match) throw new AddressError(`an address this reader does not know: ${address}`);
  const [, modulePath, data, type, name, key] = match;
  const module = modulePath.replace(/\.$/, "");
  return {
    address,
    ...module ? { module_address: module } : {},
    mode: data ? "data" : "managed",
    type,
    name,
    ...key ? { index: instanceKey(key) } : {}
  };
}
function formatAddress(module, mode, type, name, index) {
  const key = index === void 0 ? "" : typeof index === "number" ? `[${index}]` : `[${JSON.stringify(index)}]`;
  return `${module ? `${module}.` : ""}${mode === "data" ? "data." : ""}${type}.${name}${key}`;
}
function providerSource(config) {
  return /provider\["([^"]+)"\]/.exec(config)?.[1];
}

// src/collect/terraform/plan-file/msgpack.ts
var MsgpackError = class extends Error {
};
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
var Bin = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
};
function decodeValue(bytes) {
  const reader = new Reader(bytes);
  const value = reader.value();
  if (reader.at !== bytes.length) throw new MsgpackError("trailing bytes");
  if (value instanceof Bin) throw new MsgpackError("bytes outside a dynamic value");
  return value;
}
var Reader = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  at = 0;
  need(n) {
    if (this.at + n > this.bytes.length) throw new MsgpackError("truncated value");
  }
  take(n) {
    this.need(n);
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  uint(n) {
    this.need(n);
    const b = this.bytes;
    const at = this.at;
    this.at += n;
    if (n === 1) return b.readUInt8(at);
    if (n === 2) return b.readUInt16BE(at);
    if (n === 4) return b.readUInt32BE(at);
    return Number(b.readBigUInt64BE(at));
  }
  int(n) {
    this.need(n);
    const b = this.bytes;
    const at = this.at;
    this.at += n;
    if (n === 1) return b.readInt8(at);
    if (n === 2) return b.readInt16BE(at);
    if (n === 4) return b.readInt32BE(at);
    return Number(b.readBigInt64BE(at));
  }
  array(length) {
    const items = [];
    for (let i = 0; i < length; i++) items.push(this.value());
    if (length === 2 && items[0] instanceof Bin) return dynamic(items[1]);
    if (items.some((item) => item instanceof Bin)) throw new MsgpackError("bytes in a list");
    return items;
  }
  map(length) {
    const out = {};
    for (let i = 0; i < length; i++) {
      const key = this.value();
      if (typeof key !== "string") throw new MsgpackError("a map key that is not a string");
      const item = this.value();
      if (item instanceof Bin) throw new MsgpackError("bytes in a map");
      out[key] = item;
    }
    return out;
  }
  ext(length) {
    this.take(1 + length);
    return UNKNOWN;
  }
  value() {
    const byte = this.uint(1);
    if (byte <= 127) return byte;
    if (byte >= 224) return byte - 256;
    if (byte >= 128 && byte <= 143) return this.map(byte & 15);
    if (byte >= 144 && byte <= 159) return this.array(byte & 15);
    if (byte >= 160 && byte <= 191) return this.take(byte & 31).toString("utf8");
    switch (byte) {
      case 192:
        return null;
      case 194:
        return false;
      case 195:
        return true;
      case 196:
        return new Bin(this.take(this.uint(1)));
      case 197:
        return new Bin(this.take(this.uint(2)));
      case 198:
        return new Bin(this.take(this.uint(4)));
      case 199:
        return this.ext(this.uint(1));
      case 200:
        return this.ext(this.uint(2));
      case 201:
        return this.ext(this.uint(4));
      case 202:
        this.need(4);
        this.at += 4;
        return this.bytes.readFloatBE(this.at - 4);
      case 203:
        this.need(8);
        this.at += 8;
        return this.bytes.readDoubleBE(this.at - 8);
      case 204:
        return this.uint(1);
      case 205:
        return this.uint(2);
      case 206:
        return this.uint(4);
      case 207:
        return this.uint(8);
      case 208:
        return this.int(1);
      case 209:
        return this.int(2);
      case 210:
        return this.int(4);
      case 211:
        return this.int(8);
      case 212:
        return this.ext(1);
      case 213:
        return this.ext(2);
      case 214:
        return this.ext(4);
      case 215:
        return this.ext(8);
      case 216:
        return this.ext(16);
      case 217:
        return this.take(this.uint(1)).toString("utf8");
      case 218:
        return this.take(this.uint(2)).toString("utf8");
      case 219:
        return this.take(this.uint(4)).toString("utf8");
      case 220:
        return this.array(this.uint(2));
      case 221:
        return this.array(this.uint(4));
      case 222:
        return this.map(this.uint(2));
      case 223:
        return this.map(this.uint(4));
      default:
        throw new MsgpackError(`byte 0x${byte.toString(16)} is not MessagePack`);
    }
  }
};
function dynamic(inner) {
  if (inner instanceof Bin) throw new MsgpackError("bytes inside a dynamic value");
  return inner;
}

// src/collect/terraform/plan-file/masks.ts
function addPath(root, path2) {
  let node = root;
  for (const step2 of path2) {
    node.children ??= /* @__PURE__ */ new Map();
    let child = node.children.get(step2);
    if (!child) node.children.set(step2, child = {});
    node = child;
  }
  node.marked = true;
}
function expand(value, pattern, from = 0, at = []) {
  if (from === pattern.length) return [at];
  if (value === null || typeof value !== "object") return [];
  const step2 = pattern[from];
  if (step2 === "*") {
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return keys.flatMap(
      (key) => expand(value[key], pattern, from + 1, [...at, key])
    );
  }
  if (Array.isArray(value) || !(step2 in value)) return [];
  return expand(value[step2], pattern, from + 1, [...at, step2]);
}
function sensitiveAsBool(value, marks) {
  if (marks?.marked) return true;
  if (value === null || value === void 0 || value === UNKNOWN || typeof value !== "object")
    return false;
  if (Array.isArray(value))
    return value.map((item, i) => sensitiveAsBool(item, marks?.children?.get(i)));
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    const inner = sensitiveAsBool(item, marks?.children?.get(key));
    if (inner !== false) out[key] = inner;
  }
  return out;
}
function sensitiveMask(value, paths2, patterns = []) {
  const root = {};
  for (const path2 of paths2) addPath(root, path2);
  for (const pattern of patterns) for (const path2 of expand(value, pattern)) addPath(root, path2);
  return sensitiveAsBool(value, root);
}
function omitUnknowns(value) {
  if (value === UNKNOWN) return void 0;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => item === UNKNOWN ? null : omitUnknowns(item));
  const out = {};
  for (const [key, item] of Object.entries(value))
    if (item !== UNKNOWN) out[key] = omitUnknowns(item);
  return out;
}
function unknownAsBool(value) {
  if (value === UNKNOWN) return true;
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return hasUnknown(value) ? value.map(unknownAsBool) : false;
  const out = {};
  for (const [key, item] of Object.entries(value))
    if (hasUnknown(item)) out[key] = unknownAsBool(item);
  return out;
}
function hasUnknown(value) {
  if (value === UNKNOWN) return true;
  if (value === null || typeof value !== "object") return false;
  return Object.values(value).some(hasUnknown);
}
function restoreNumbers(value, patterns) {
  for (const pattern of patterns) {
    for (const path2 of expand(value, pattern)) {
      const parent = path2.slice(0, -1).reduce((v, step2) => v[step2], value);
      const key = path2[path2.length - 1];
      const current = parent[key];
      if (typeof current === "string" && current.trim() !== "" && Number.isFinite(Number(current)))
        parent[key] = Number(current);
    }
  }
}

// src/collect/terraform/plan-file/state.ts
var StateError = class extends Error {
};
var STATE_VERSION = 4;
function step(raw) {
  if (raw.type === "get_attr" && typeof raw.value === "string") return raw.value;
  if (raw.type === "index") {
    const key = raw.value?.value;
    if (typeof key === "string" || typeof key === "number") return key;
  }
  return void 0;
}
function statePath(raw) {
  const out = [];
  for (const s of raw) {
    const next = step(s);
    if (next === void 0) break;
    out.push(next);
  }
  return out;
}
function schemaFor(schemas, resource, mode) {
  const source = providerSource(resource.provider ?? "");
  const schema = source ? schemas.get(source)?.[mode][resource.type ?? ""] : void 0;
  if (!schema)
    throw new StateError(`no schema for ${resource.type} of ${source ?? resource.provider}`);
  return schema;
}
function instanceOf(resource, instance, schemas) {
  const mode = resource.mode === "data" ? "data" : "managed";
  if (!resource.type || !resource.name) throw new StateError("a resource without a type or name");
  const schema = schemaFor(schemas, resource, mode);
  const values = instance.attributes ?? {};
  restoreNumbers(values, schema.numbers ?? []);
  return {
    address: formatAddress(resource.module, mode, resource.type, resource.name, instance.index_key),
    mode,
    type: resource.type,
    name: resource.name,
    ...instance.index_key !== void 0 ? { index: instance.index_key } : {},
    provider_name: providerSource(resource.provider ?? "") ?? resource.provider ?? "",
    values: instance.attributes ?? {},
    sensitive_values: sensitiveMask(
      values,
      (instance.sensitive_attributes ?? []).map(statePath),
      schema.sensitive ?? []
    )
  };
}
function readState(bytes, schemas) {
  const state = JSON.parse(bytes.toString("utf8"));
  if (state.version !== STATE_VERSION)
    throw new StateError(`state format version ${state.version}, not ${STATE_VERSION}`);
  const root = { resources: [] };
  const children = /* @__PURE__ */ new Map();
  for (const resource of state.resources ?? []) {
    let module = root;
    if (resource.module) {
      module = children.get(resource.module) ?? { address: resource.module, resources: [] };
      children.set(resource.module, module);
    }
    for (const instance of resource.instances ?? []) {
      const read = instanceOf(resource, instance, schemas);
      module.resources?.push(instance.deposed ? { ...read, deposed_key: instance.deposed } : read);
    }
  }
  if (children.size > 0) root.child_modules = [...children.values()];
  const outputs = Object.fromEntries(
    Object.entries(state.outputs ?? {}).map(([name, o]) => [
      name,
      { value: o.value, ...o.sensitive ? { sensitive: true } : {} }
    ])
  );
  return { outputs, root_module: root };
}

// src/collect/terraform/plan-file/protobuf.ts
var ProtobufError = class extends Error {
};
var VARINT = 0;
var FIXED64 = 1;
var LENGTH_DELIMITED = 2;
var FIXED32 = 5;
function* fields(bytes) {
  let at = 0;
  const varint = () => {
    let result = 0;
    let scale = 1;
    for (; ; ) {
      if (at >= bytes.length) throw new ProtobufError("truncated varint");
      const byte = bytes[at++];
      result += (byte & 127) * scale;
      if (byte < 128) return result;
      scale *= 128;
      if (scale > 2 ** 63) throw new ProtobufError("varint too long");
    }
  };
  while (at < bytes.length) {
    const key = varint();
    const number = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === VARINT) yield { number, value: varint() };
    else if (wire === LENGTH_DELIMITED) {
      const length = varint();
      if (at + length > bytes.length) throw new ProtobufError("truncated field");
      yield { number, value: bytes.subarray(at, at + length) };
      at += length;
    } else if (wire === FIXED64) at += 8;
    else if (wire === FIXED32) at += 4;
    else throw new ProtobufError(`wire type ${wire} is not known`);
  }
  if (at !== bytes.length) throw new ProtobufError("truncated message");
}
function message(bytes) {
  const out = /* @__PURE__ */ new Map();
  for (const { number, value } of fields(bytes)) {
    const list = out.get(number);
    if (list) list.push(value);
    else out.set(number, [value]);
  }
  return out;
}
function bytesOf(m, number) {
  const value = m.get(number)?.at(-1);
  return Buffer.isBuffer(value) ? value : void 0;
}
function stringOf(m, number) {
  return bytesOf(m, number)?.toString("utf8") ?? "";
}
function numberOf(m, number) {
  const value = m.get(number)?.at(-1);
  return typeof value === "number" ? value : 0;
}
function allBytes(m, number) {
  return (m.get(number) ?? []).filter((v) => Buffer.isBuffer(v));
}

// src/collect/terraform/plan-file/tfplan.ts
var TfplanError = class extends Error {
};
var TFPLAN_VERSION = 3;
var KNOWN_FIELDS = {
  "a resource change": /* @__PURE__ */ new Set([7, 8, 9, 10, 11, 12, 13, 14]),
  "a change": /* @__PURE__ */ new Set([1, 2, 3, 4, 5, 6, 7, 8]),
  "an output change": /* @__PURE__ */ new Set([1, 2, 3]),
  "a value": /* @__PURE__ */ new Set([1]),
  "a path": /* @__PURE__ */ new Set([1]),
  "a path step": /* @__PURE__ */ new Set([1, 2]),
  "a variable": /* @__PURE__ */ new Set([1, 2])
};
function known(bytes, what) {
  const fields2 = message(bytes);
  for (const number of fields2.keys())
    if (!KNOWN_FIELDS[what].has(number))
      throw new TfplanError(`it has field ${number} in ${what}, which this reader does not know`);
  return fields2;
}
var OPENTOFU_REGISTRY = "registry.opentofu.org/";
var TERRAFORM_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/;
var ACTIONS = {
  0: ["no-op"],
  1: ["create"],
  2: ["read"],
  3: ["update"],
  5: ["delete"],
  6: ["delete", "create"],
  7: ["create", "delete"],
  8: ["forget"],
  9: ["create", "forget"]
};
function dynamicValue(bytes) {
  if (!bytes) return null;
  const msgpack = bytesOf(known(bytes, "a value"), 1);
  if (!msgpack) throw new TfplanError("a value in a format other than MessagePack");
  return decodeValue(msgpack);
}
function path(bytes) {
  const steps = [];
  for (const step2 of allBytes(known(bytes, "a path"), 1)) {
    const fields2 = known(step2, "a path step");
    if (fields2.has(1)) steps.push(stringOf(fields2, 1));
    else {
      const key = dynamicValue(bytesOf(fields2, 2));
      if (typeof key !== "string" && typeof key !== "number") return void 0;
      steps.push(key);
    }
  }
  return steps;
}
function paths(list) {
  return list.map((bytes) => {
    const steps = path(bytes);
    if (steps) return steps;
    const whole = [];
    for (const step2 of allBytes(message(bytes), 1)) {
      const fields2 = message(step2);
      if (!fields2.has(1)) break;
      whole.push(stringOf(fields2, 1));
    }
    return whole;
  });
}
function sides(bytes) {
  const fields2 = known(bytes, "a change");
  const code = numberOf(fields2, 1);
  const actions = ACTIONS[code];
  if (!actions) throw new TfplanError(`a change action this reader does not know (${code})`);
  const values = allBytes(fields2, 2).map((v) => dynamicValue(v));
  let before = null;
  let after = null;
  if (code === 1 || code === 0) after = values[0] ?? null;
  else if (code === 5 || code === 8) before = values[0] ?? null;
  else [before = null, after = null] = values;
  if (code === 0) before = after;
  const importing = bytesOf(fields2, 5);
  return {
    actions,
    ...importing ? { importing: { id: stringOf(message(importing), 1) } } : {},
    before,
    after,
    beforePaths: paths(allBytes(fields2, 3)),
    afterPaths: paths(allBytes(fields2, 4))
  };
}
function typeSchema(schemas, provider, mode, type) {
  const source = providerSource(provider);
  const schema = source ? schemas.get(source)?.[mode][type] : void 0;
  if (!schema) throw new TfplanError(`no schema for ${type} of ${source ?? provider}`);
  return schema;
}
function planChange(s, schema) {
  const sensitive = schema.sensitive ?? [];
  for (const value of [s.before, s.after]) restoreNumbers(value, schema.numbers ?? []);
  return {
    actions: s.actions,
    before: omitUnknowns(s.before) ?? null,
    after: omitUnknowns(s.after) ?? null,
    after_unknown: s.after === null ? {} : unknownAsBool(s.after),
    before_sensitive: s.before === null ? false : sensitiveMask(s.before, s.beforePaths, sensitive),
    after_sensitive: s.after === null ? false : sensitiveMask(s.after, s.afterPaths, sensitive),
    ...s.importing ? { importing: s.importing } : {}
  };
}
function resourceChange(bytes, schemas, skipNoOp, keepImports = false) {
  const fields2 = known(bytes, "a resource change");
  const change2 = bytesOf(fields2, 9);
  const provider = stringOf(fields2, 8);
  if (providerSource(provider)?.startsWith(OPENTOFU_REGISTRY))
    throw new TfplanError("OpenTofu wrote it: its providers come from registry.opentofu.org");
  if (skipNoOp && change2) {
    const changeFields = known(change2, "a change");
    if (numberOf(changeFields, 1) === 0 && !(keepImports && changeFields.has(5))) return void 0;
  }
  const address = parseAddress(stringOf(fields2, 13));
  if (!change2) throw new TfplanError(`${address.address} has no change`);
  const deposed = stringOf(fields2, 7);
  return {
    ...address,
    ...deposed ? { deposed } : {},
    provider_name: providerSource(provider) ?? provider,
    change: planChange(sides(change2), typeSchema(schemas, provider, address.mode, address.type))
  };
}
function outputChange(bytes) {
  const fields2 = known(bytes, "an output change");
  const change2 = bytesOf(fields2, 2);
  if (!change2) throw new TfplanError("an output without a change");
  const s = sides(change2);
  const sensitive = numberOf(fields2, 3) === 1;
  const mark = (value, marked) => sensitive ? true : marked.length === 0 ? false : sensitiveMask(value, marked);
  return [
    stringOf(fields2, 1),
    {
      actions: s.actions,
      before: omitUnknowns(s.before) ?? null,
      after: omitUnknowns(s.after) ?? null,
      after_unknown: s.after !== null && typeof s.after === "object" && !hasUnknown(s.after) ? false : unknownAsBool(s.after),
      before_sensitive: mark(s.before, s.beforePaths),
      after_sensitive: mark(s.after, s.afterPaths)
    }
  ];
}
function byAddress(a, b) {
  const x = `${a.address}\0${a.deposed ?? ""}`;
  const y = `${b.address}\0${b.deposed ?? ""}`;
  return x < y ? -1 : x > y ? 1 : 0;
}
function planFields(bytes) {
  const fields2 = message(bytes);
  const version = numberOf(fields2, 1);
  if (version !== TFPLAN_VERSION)
    throw new TfplanError(`tfplan format version ${version}, not ${TFPLAN_VERSION}`);
  if (!TERRAFORM_VERSION.test(stringOf(fields2, 14)))
    throw new TfplanError("it records no Terraform version this reader can name");
  return fields2;
}
function tfplanTerraformVersion(bytes) {
  return stringOf(planFields(bytes), 14);
}
function readTfplan(bytes, schemas, options = {}) {
  const fields2 = planFields(bytes);
  const variables = {};
  for (const entry of allBytes(fields2, 2)) {
    const pair = known(entry, "a variable");
    const value = dynamicValue(bytesOf(pair, 2));
    if (hasUnknown(value)) throw new TfplanError("a variable whose value is not known");
    variables[stringOf(pair, 1)] = { value };
  }
  const changes = (number, skipNoOp) => allBytes(fields2, number).map((b) => resourceChange(b, schemas, skipNoOp, options.keepImports)).filter((c) => c !== void 0).sort(byAddress);
  return {
    terraformVersion: stringOf(fields2, 14),
    variables,
    // As show's reader keeps them: a no-op's values are prior_state's (plan-reader.ts).
    resourceChanges: changes(3, true),
    resourceDrift: changes(18, false),
    outputChanges: Object.fromEntries(allBytes(fields2, 4).map(outputChange))
  };
}

// src/collect/terraform/plan-file/zip.ts
import { open } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
var END_OF_DIRECTORY = 101010256;
var DIRECTORY_ENTRY = 33639248;
var LOCAL_HEADER = 67324752;
var END_SEARCH = 22 + 65535;
var ZipError = class extends Error {
};
function findEndOfDirectory(tail) {
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipError("not a zip archive");
}
function directoryEntries(directory, count) {
  const entries = /* @__PURE__ */ new Map();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError("damaged zip directory");
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
    entries.set(name, {
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeader: directory.readUInt32LE(at + 42)
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
async function readZipEntries(path2, names) {
  const file = await open(path2, "r");
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, END_SEARCH);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const end = findEndOfDirectory(tail);
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 65535 || directoryOffset === 4294967295) throw new ZipError("zip64 archive");
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    const entries = directoryEntries(directory, count);
    const out = /* @__PURE__ */ new Map();
    for (const name of names) {
      const entry = entries.get(name);
      if (!entry) continue;
      if (entry.flags & 1) throw new ZipError(`${name} is encrypted`);
      const header = Buffer.alloc(30);
      await file.read(header, 0, 30, entry.localHeader);
      if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`damaged entry ${name}`);
      const dataStart = entry.localHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      const data = Buffer.alloc(entry.compressedSize);
      await file.read(data, 0, entry.compressedSize, dataStart);
      if (entry.method === 0) out.set(name, data);
      else if (entry.method === 8) out.set(name, inflateRawSync(data));
      else throw new ZipError(`${name} uses compression method ${entry.method}`);
      if (out.get(name)?.length !== entry.size) throw new ZipError(`${name} has the wrong size`);
    }
    return out;
  } finally {
    await file.close();
  }
}

// src/collect/terraform/plan-file/read.ts
var UnknownPlanFile = class extends Error {
};
var ENTRIES = ["tfplan", "tfstate", "tfstate-prev"];
function withDefaults(variables, configuration) {
  const out = { ...variables };
  for (const [name, variable] of Object.entries(configuration.variables ?? {}))
    if (!(name in out) && variable.default !== void 0) out[name] = { value: variable.default };
  return out;
}
async function asUnknown(step2) {
  try {
    return await step2();
  } catch (error) {
    if (error instanceof UnknownPlanFile) throw error;
    throw new UnknownPlanFile(error instanceof Error ? error.message : String(error));
  }
}
var SNIFF = 64 * 1024;
async function isEncryptedPlan(path2) {
  const file = await open2(path2, "r");
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, SNIFF));
    await file.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(size, SNIFF));
    await file.read(tail, 0, tail.length, size - tail.length);
    const text = `${head.toString("utf8")}${tail.toString("utf8")}`;
    return text.trimStart().startsWith("{") && /"encryption_version"\s*:\s*"[^"]/.test(text);
  } finally {
    await file.close();
  }
}
async function readEntries(planFile) {
  try {
    return await readZipEntries(planFile, ENTRIES);
  } catch (error) {
    if (error instanceof ZipError && await isEncryptedPlan(planFile).catch(() => false))
      throw new UnknownPlanFile("it is encrypted: OpenTofu's plan encryption");
    throw error;
  }
}
function openPlanFile(planFile) {
  return asUnknown(async () => {
    const entries = await readEntries(planFile);
    const missing = ENTRIES.filter((name) => !entries.has(name));
    if (missing.length > 0) throw new UnknownPlanFile(`it has no ${missing.join(" or ")}`);
    const tfplanBytes = entries.get("tfplan");
    return {
      terraformVersion: tfplanTerraformVersion(tfplanBytes),
      read: (files, schemas, options = {}) => asUnknown(async () => {
        const tfplan = readTfplan(tfplanBytes, schemas, options);
        const prior = readState(entries.get("tfstate"), schemas);
        const configuration = readConfiguration(files);
        return {
          format_version: "plan-file",
          terraform_version: tfplan.terraformVersion,
          variables: withDefaults(tfplan.variables, configuration),
          prior_state: { values: prior },
          resource_drift: tfplan.resourceDrift,
          resource_changes: tfplan.resourceChanges,
          output_changes: tfplan.outputChanges,
          configuration: { root_module: configuration }
        };
      })
    };
  });
}

// src/collect/terraform/plan-file/schema.ts
import { createHash } from "node:crypto";
import { join as join3 } from "node:path";

// src/collect/terraform/plan-file/cache-file.ts
import { mkdir, readFile as readFile2, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
async function readCacheFile(file) {
  try {
    return JSON.parse(await readFile2(file, "utf8"));
  } catch {
    return void 0;
  }
}
async function writeCacheFile(file, content) {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(content));
  await rename(temp, file);
}

// src/collect/terraform/plan-file/schema.ts
var FORMAT = 1;
var CACHE_FOLDER = "driftwatch-schemas";
function numberPaths(type, at, into) {
  if (type === "number") into.push(at);
  if (!Array.isArray(type)) return;
  const [kind, inner] = type;
  if (kind === "list" || kind === "set" || kind === "map")
    numberPaths(inner, [...at, "*"], into);
  else if (kind === "object")
    for (const [name, t] of Object.entries(inner))
      numberPaths(t, [...at, name], into);
  else if (kind === "tuple") for (const t of inner) numberPaths(t, [...at, "*"], into);
}
var NESTED = /* @__PURE__ */ new Set(["list", "set", "map"]);
function reduceAttributes(attributes, at, out) {
  for (const [name, attribute] of Object.entries(attributes ?? {})) {
    const path2 = [...at, name];
    if (attribute.sensitive) out.sensitive.push(path2);
    if (attribute.nested_type) {
      const inner = NESTED.has(attribute.nested_type.nesting_mode ?? "") ? [...path2, "*"] : path2;
      reduceAttributes(attribute.nested_type.attributes, inner, out);
    } else numberPaths(attribute.type, path2, out.numbers);
  }
}
function reduceBlock(block, at, out) {
  reduceAttributes(block?.attributes, at, out);
  for (const [name, nested] of Object.entries(block?.block_types ?? {})) {
    const path2 = NESTED.has(nested.nesting_mode ?? "") ? [...at, name, "*"] : [...at, name];
    reduceBlock(nested.block, path2, out);
  }
}
function reduceTypes(types) {
  const out = {};
  for (const [type, schema] of Object.entries(types ?? {})) {
    const paths2 = { sensitive: [], numbers: [] };
    reduceBlock(schema.block, [], paths2);
    out[type] = {
      ...paths2.sensitive.length ? { sensitive: paths2.sensitive } : {},
      ...paths2.numbers.length ? { numbers: paths2.numbers } : {}
    };
  }
  return out;
}
function reduceSchemas(json) {
  const parsed = JSON.parse(json);
  const out = /* @__PURE__ */ new Map();
  for (const [address, provider] of Object.entries(parsed.provider_schemas ?? {})) {
    out.set(address, {
      managed: reduceTypes(provider.resource_schemas),
      data: reduceTypes(provider.data_source_schemas)
    });
  }
  return out;
}
function lockedSchemaKeys(lock) {
  const out = [];
  for (const block of lock.matchAll(/provider\s+"([^"]+)"\s*\{([\s\S]*?)\n\}/g)) {
    const [, address, body] = block;
    const version = /\bversion\s*=\s*"([^"]+)"/.exec(body)?.[1];
    if (!version) continue;
    const hashes = [...body.matchAll(/"((?:h1|zh):[^"]+)"/g)].map((m) => m[1]).sort();
    const key = createHash("sha256").update([FORMAT, address, version, ...hashes].join("\0")).digest("hex").slice(0, 40);
    out.push({ address, key });
  }
  return out;
}
function cacheFile(cacheDir, key) {
  return join3(cacheDir, CACHE_FOLDER, `${key}.json`);
}
async function readCachedSchema(cacheDir, provider) {
  const cached = await readCacheFile(cacheFile(cacheDir, provider.key));
  if (cached?.format !== FORMAT || cached.address !== provider.address || !cached.schema)
    return void 0;
  return cached.schema;
}
async function writeCachedSchema(cacheDir, provider, schema) {
  await writeCacheFile(cacheFile(cacheDir, provider.key), {
    format: FORMAT,
    address: provider.address,
    schema
  });
}
var fetching = /* @__PURE__ */ new Map();
async function fetchAndCache(source, missing) {
  const json = await source.fetch();
  if (json === void 0) return void 0;
  const schemas = reduceSchemas(json);
  for (const provider of missing) {
    const schema = schemas.get(provider.address);
    if (schema) await writeCachedSchema(source.cacheDir, provider, schema).catch(() => void 0);
  }
  return schemas;
}
async function loadSchemas(lock, source) {
  const locked = lock ? lockedSchemaKeys(lock) : [];
  const schemas = /* @__PURE__ */ new Map();
  const missing = [];
  for (const provider of locked) {
    const cached = await readCachedSchema(source.cacheDir, provider);
    if (cached) schemas.set(provider.address, cached);
    else missing.push(provider);
  }
  if (locked.length > 0 && missing.length === 0) return schemas;
  if (locked.length === 0) return fetchAndCache(source, []);
  const key = missing.map((p) => p.key).join(",");
  let pending = fetching.get(key);
  if (!pending) {
    pending = fetchAndCache(source, missing).finally(() => fetching.delete(key));
    fetching.set(key, pending);
  }
  const fetched = await pending;
  if (!fetched) return void 0;
  for (const [address, schema] of fetched) if (!schemas.has(address)) schemas.set(address, schema);
  return schemas;
}

// src/collect/terraform/plan-file/trust.ts
import { createHash as createHash2 } from "node:crypto";
import { readdir as readdir2, readFile as readFile3 } from "node:fs/promises";
import { join as join4 } from "node:path";
var VERIFIED_TERRAFORM = ["1.11"];
var VERIFIED_WINDOW = VERIFIED_TERRAFORM.map((minor) => `${minor}.x`).join(", ");
var FORMAT2 = 1;
var CACHE_FOLDER2 = "driftwatch-plan-reader";
function isVerified(version) {
  const minor = /^(\d+\.\d+)\.\d+$/.exec(version)?.[1];
  return minor !== void 0 && VERIFIED_TERRAFORM.includes(minor);
}
function verdictFile(cacheDir, version) {
  return join4(cacheDir, CACHE_FOLDER2, `terraform-${version}.json`);
}
async function trustIn(cacheDir, version) {
  if (isVerified(version)) return "verified";
  const cached = await readCacheFile(verdictFile(cacheDir, version));
  if (cached?.format !== FORMAT2 || cached.driftwatch !== VERSION || cached.terraform !== version)
    return "unseen";
  return cached.reader === "plan-file" || cached.reader === "show" ? cached.reader : "unseen";
}
var found = /* @__PURE__ */ new Map();
var writing = /* @__PURE__ */ new Map();
async function recordVerdict(cacheDir, version, difference2) {
  const key = `${cacheDir}\0${version}`;
  const before = found.get(key);
  const news = difference2 === void 0 ? before === void 0 : before?.difference === void 0;
  const stands = before?.difference ?? difference2;
  found.set(key, { difference: stands });
  const verdict = {
    format: FORMAT2,
    driftwatch: VERSION,
    terraform: version,
    reader: stands === void 0 ? "plan-file" : "show",
    ...stands === void 0 ? {} : { difference: stands }
  };
  const write = (writing.get(key) ?? Promise.resolve()).then(() => writeCacheFile(verdictFile(cacheDir, version), verdict)).catch(() => void 0);
  writing.set(key, write);
  await write;
  return news;
}
async function verdictsTag(cacheDir) {
  const dir = join4(cacheDir, CACHE_FOLDER2);
  const names = (await readdir2(dir).catch(() => [])).filter((name) => name.endsWith(".json")).sort();
  const hash = createHash2("sha256");
  for (const name of names) {
    const text = await readFile3(join4(dir, name)).catch(() => Buffer.alloc(0));
    hash.update(name).update("\0").update(text).update("\0");
  }
  return hash.digest("hex").slice(0, 12);
}

// src/collect/terraform/process.ts
import { spawn } from "node:child_process";
function runProcess(command, args, options) {
  return new Promise((resolve5, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"]
    });
    const stdout = [];
    const stderr = [];
    const { onStdout } = options;
    child.stdout.on("data", (chunk) => {
      if (onStdout) onStdout(chunk);
      else stdout.push(chunk);
    });
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    if (options.onSpawn) child.once("spawn", options.onSpawn);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      resolve5({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8") + (signal ? `
terminated by ${signal}` : "")
      });
    });
  });
}

// src/collect/terraform/run.ts
async function isExecutable(path2) {
  try {
    await access(path2, constants.X_OK);
    return (await stat(path2)).isFile();
  } catch {
    return false;
  }
}
async function findTerraform(env = process.env) {
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const wrapped = join5(dir, "terraform-bin");
    if (await isExecutable(wrapped)) return wrapped;
    const plain = join5(dir, "terraform");
    if (await isExecutable(plain)) return plain;
  }
  throw new UserError(
    "terraform was not found on PATH: add a hashicorp/setup-terraform step before Driftwatch."
  );
}
function terraformError(stderr, stdout = "") {
  const text = stderr.trim() ? stderr : stdout;
  const raw = text.split("\n");
  const start = raw.findIndex((line) => /^│?\s*Error:/.test(line));
  if (start < 0) {
    const lines = raw.map((line) => line.replace(/^[\s│╷╵]+/, "").trim()).filter(Boolean);
    return clipToLine(lines.slice(-4).join(" "), 500) || "no error message";
  }
  const kept = [];
  for (let i = start; i < raw.length; i++) {
    if (i > start && raw[i].startsWith("\u2575")) break;
    const body = raw[i].replace(/^[╷╵│]/, "");
    if (/^\s+(on \S.* line \d+|\d+:|├|│)/.test(body)) continue;
    const line = body.trim();
    if (line) kept.push(line);
  }
  return clipToLine(kept.join(" "), 500);
}
async function checkWorkingDirectory(dir, label) {
  const absolute = resolve3(dir);
  let entries;
  try {
    if (!(await stat(absolute)).isDirectory()) {
      throw new UserError(`working-directory '${label}' is a file, not a directory.`);
    }
    entries = await readdir3(absolute);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = error.code;
    if (code === "ENOENT") {
      throw new UserError(
        `working-directory '${label}' does not exist (paths are relative to the repository root).`
      );
    }
    throw new UserError(`working-directory '${label}' cannot be read (${code ?? "unknown error"}).`);
  }
  if (!entries.some((name) => name.endsWith(".tf") || name.endsWith(".tf.json"))) {
    throw new UserError(
      `working-directory '${label}' has no .tf files: point it at a Terraform root module.`
    );
  }
  return absolute;
}
async function checkVarFiles(cwd, label, varFiles) {
  for (const file of varFiles) {
    const where = isAbsolute2(file) ? "" : ` in working-directory '${label}'`;
    const named = `names '${file}', which`;
    try {
      if ((await stat(resolve3(cwd, file))).isDirectory()) {
        throw new InputError(
          "varFiles",
          `${named} is a directory${where}: name the variables file itself.`
        );
      }
      await access(resolve3(cwd, file), constants.R_OK);
    } catch (error) {
      if (error instanceof UserError) throw error;
      const code = error.code ?? "unknown error";
      if (code === "ENOENT" || code === "ENOTDIR") {
        throw new InputError(
          "varFiles",
          where ? `${named} does not exist${where} (var files are relative to each working directory).` : `${named} does not exist.`
        );
      }
      throw new InputError("varFiles", `${named} cannot be read${where} (${code}).`);
    }
  }
}
var INIT_MARKER = "driftwatch-init";
var NEEDS_INIT = /terraform init|Module not installed|Backend initialization required|Inconsistent dependency lock file|Required plugins are not installed/i;
async function initFingerprint(cwd, initArgs) {
  let lock;
  try {
    lock = await readFile4(join5(cwd, ".terraform.lock.hcl"));
  } catch {
    return void 0;
  }
  return createHash3("sha256").update(lock).update("\0").update(initArgs.join("\0")).digest("hex");
}
async function initIsCurrent(cwd, initArgs) {
  const fingerprint = await initFingerprint(cwd, initArgs);
  if (!fingerprint) return false;
  try {
    return (await readFile4(join5(cwd, ".terraform", INIT_MARKER), "utf8")).trim() === fingerprint;
  } catch {
    return false;
  }
}
async function markInitialised(cwd, initArgs) {
  const fingerprint = await initFingerprint(cwd, initArgs);
  if (!fingerprint) return;
  await writeFile2(join5(cwd, ".terraform", INIT_MARKER), `${fingerprint}
`).catch(() => void 0);
}
async function stateSecrets(run) {
  const show2 = await run(["show", "-json", "-no-color"]).catch(() => void 0);
  if (!show2 || show2.code !== 0) return /* @__PURE__ */ new Set();
  try {
    const state = JSON.parse(show2.stdout);
    return collectSecrets({ format_version: "", prior_state: { values: state.values } });
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function rootOf(cwd, label, options) {
  return {
    cwd,
    label,
    options,
    timings: { initMs: 0, planMs: 0, readMs: 0, showMs: 0 },
    run: (args) => runProcess(options.binary, args, { cwd, env: options.env, onSpawn: options.onStarted }),
    fail: (step2, stderr, stdout) => {
      throw new UserError(
        `terraform ${step2} failed in '${label}': ${options.scrub(terraformError(stderr, stdout))}`
      );
    }
  };
}
async function init(root) {
  const started = Date.now();
  const result = await root.run(["init", "-input=false", "-no-color", ...root.options.initArgs]);
  if (result.code !== 0) root.fail("init", result.stderr, result.stdout);
  await markInitialised(root.cwd, root.options.initArgs);
  root.timings.initMs += Date.now() - started;
}
async function plan(root, planFile, initSkipped) {
  const { options } = root;
  const planArgs = [
    "plan",
    "-detailed-exitcode",
    "-input=false",
    "-lock=false",
    "-no-color",
    `-out=${planFile}`,
    ...options.varFiles.map((file) => `-var-file=${file}`),
    ...options.planArgs
  ];
  const runPlan = () => runProcess(options.binary, planArgs, {
    cwd: root.cwd,
    env: options.env,
    onSpawn: options.onStarted
  });
  let started = Date.now();
  let result = await runPlan();
  if (initSkipped && result.code === 1 && NEEDS_INIT.test(result.stderr)) {
    await init(root);
    started = Date.now();
    result = await runPlan();
  }
  root.timings.planMs = Date.now() - started;
  if (result.code !== 0 && result.code !== 2) {
    if (options.addSecrets) options.addSecrets(await stateSecrets(root.run));
    root.fail("plan", result.stderr, result.stdout);
  }
  return result.code;
}
async function show(root, planFile) {
  const started = Date.now();
  const reader = new PlanReader({ keepImports: root.options.keepImports });
  let unreadable;
  const result = await runProcess(root.options.binary, ["show", "-json", "-no-color", planFile], {
    cwd: root.cwd,
    env: root.options.env,
    onStdout: (chunk) => {
      if (unreadable) return;
      try {
        reader.write(chunk);
      } catch (error) {
        unreadable = error;
      }
    }
  });
  root.timings.showMs = Date.now() - started;
  if (result.code !== 0) root.fail("show -json", result.stderr);
  if (unreadable) throw unreadable;
  return reader.end();
}
function schemasFor(root) {
  const { options } = root;
  if (!options.schemaCacheDir) return Promise.resolve(void 0);
  const cacheDir = options.schemaCacheDir;
  return readFile4(join5(root.cwd, ".terraform.lock.hcl"), "utf8").catch(() => void 0).then(
    (lock) => loadSchemas(lock, {
      cacheDir,
      fetch: async () => {
        const result = await root.run(["providers", "schema", "-json"]);
        return result.code === 0 ? result.stdout : void 0;
      }
    })
  ).catch(() => void 0);
}
async function checkReader(root, planFile, plan2) {
  const started = Date.now();
  const difference2 = readersDiffer(plan2, await show(root, planFile));
  root.timings.showMs = Date.now() - started;
  if (difference2) {
    throw new UserError(
      `the plan file and terraform show -json disagree in '${root.label}' at ${root.options.scrub(difference2.detail)}.`
    );
  }
}
async function showInstead(root, planFile, why) {
  root.options.onNotice?.(
    `${root.label}: read the plan with terraform show -json, as the plan file could not be read directly (${root.options.scrub(clipToLine(why, 200))}).`
  );
  return { plan: await show(root, planFile), reader: "show" };
}
async function firstContact(root, cacheDir, planFile, plan2) {
  const version = plan2.terraform_version;
  const shown = await show(root, planFile);
  const difference2 = readersDiffer(plan2, shown);
  const news = await recordVerdict(cacheDir, version, difference2?.path);
  const outside = `Terraform ${version} is not one the plan-file reader was verified on (${VERIFIED_WINDOW})`;
  if (!difference2) {
    if (news)
      root.options.onNotice?.(
        `${root.label}: ${outside}; its plan was read both ways, from the plan file and with terraform show -json, and they agree: plans from Terraform ${version} are read from the plan file from now on.`
      );
    return { plan: plan2, reader: "plan-file" };
  }
  if (news) {
    const where = root.options.scrub(clipToLine(difference2.path, 200));
    (root.options.onWarning ?? root.options.onNotice)?.(
      `${root.label}: ${outside}, and its plan file reads differently from terraform show -json at ${where}: plans from Terraform ${version} are read with terraform show -json from now on.`
    );
  }
  return { plan: shown, reader: "show" };
}
async function readPlan(root, planFile, schemas, files) {
  const started = Date.now();
  const cacheDir = root.options.schemaCacheDir;
  const loaded = await schemas ?? await schemasFor(root);
  if (!loaded || !cacheDir)
    return showInstead(root, planFile, "the providers' schemas could not be had from terraform");
  const checked = Boolean(root.options.env.DRIFTWATCH_CHECK_PLAN_READER);
  let plan2;
  let trust;
  try {
    const file = await openPlanFile(planFile);
    trust = checked ? "verified" : await trustIn(cacheDir, file.terraformVersion);
    if (trust === "show") return { plan: await show(root, planFile), reader: "show" };
    plan2 = await file.read(await files, loaded, { keepImports: root.options.keepImports });
  } catch (error) {
    if (!(error instanceof UnknownPlanFile)) throw error;
    return showInstead(root, planFile, error.message);
  }
  root.timings.readMs = Date.now() - started;
  if (checked) await checkReader(root, planFile, plan2);
  if (trust === "unseen") return firstContact(root, cacheDir, planFile, plan2);
  return { plan: plan2, reader: "plan-file" };
}
async function runTerraform(dir, label, options) {
  const cwd = await checkWorkingDirectory(dir, label);
  await checkVarFiles(cwd, label, options.varFiles);
  const root = rootOf(cwd, label, options);
  const initSkipped = options.init && await initIsCurrent(cwd, options.initArgs);
  if (options.init && !initSkipped) await init(root);
  const workDir = await mkdtemp(join5(process.env.RUNNER_TEMP || tmpdir(), "driftwatch-"));
  const planFile = join5(workDir, "drift.tfplan");
  try {
    const schemas = schemasFor(root);
    const planExitCode = await plan(root, planFile, initSkipped);
    const files = readRootFiles(cwd);
    const { plan: read, reader } = await readPlan(root, planFile, schemas, files);
    return { plan: read, planExitCode, timings: root.timings, reader, files: await files };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
async function readSavedPlan(dir, label, planFile, options) {
  const root = rootOf(dir, label, options);
  return (await readPlan(root, planFile, schemasFor(root), readRootFiles(dir))).plan;
}

// src/collect/terraform/plugin-cache.ts
import { createHash as createHash4 } from "node:crypto";
import { readdir as readdir4, readFile as readFile5, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join6, resolve as resolve4 } from "node:path";
var PREFIX = "driftwatch-tf-plugins";
function pluginCacheDir(env) {
  return env.TF_PLUGIN_CACHE_DIR || join6(env.RUNNER_TEMP || tmpdir2(), "driftwatch-plugin-cache");
}
function cacheServiceAvailable(env) {
  return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
function runnerPlatform(env) {
  const os = env.RUNNER_OS || process.platform;
  const arch = env.RUNNER_ARCH || process.arch;
  return `${os}-${arch}`.toLowerCase();
}
async function lockFiles(workingDirectories) {
  const locks = [];
  for (const dir of [...new Set(workingDirectories.map((d) => resolve4(d)))].sort()) {
    const text = await readFile5(join6(dir, ".terraform.lock.hcl"), "utf8").catch(() => void 0);
    if (text !== void 0) locks.push(text);
  }
  return locks;
}
function lockedProviders(locks) {
  const found2 = /* @__PURE__ */ new Set();
  for (const lock of locks) {
    for (const block of lock.matchAll(/provider\s+"([^"]+)"\s*\{[^}]*?\bversion\s*=\s*"([^"]+)"/g))
      found2.add(`${block[1]}/${block[2]}`);
  }
  return [...found2].sort();
}
function keyOf(locks, env) {
  if (locks.length === 0) return void 0;
  const hash = createHash4("sha256");
  for (const lock of [...new Set(locks)].sort()) hash.update(lock).update("\0");
  return `${PREFIX}-${runnerPlatform(env)}-${hash.digest("hex").slice(0, 40)}`;
}
async function restorePluginCache(options) {
  const dir = pluginCacheDir(options.env);
  if (!cacheServiceAvailable(options.env)) {
    options.log.notice(
      "Provider cache skipped: the Actions cache service is only there in GitHub Actions."
    );
    return { dir };
  }
  const locks = await lockFiles(options.workingDirectories);
  const key = keyOf(locks, options.env);
  if (!key) {
    options.log.info("Provider cache skipped: no .terraform.lock.hcl to key it on.");
    return { dir };
  }
  const keep = options.env.TF_PLUGIN_CACHE_DIR ? void 0 : lockedProviders(locks);
  const state = (restored) => ({
    dir,
    key,
    ...restored ? { restored } : {},
    ...keep ? { keep } : {}
  });
  try {
    const restored = await options.cache.restoreCache([dir], `${key}-`, [
      `${PREFIX}-${runnerPlatform(options.env)}-`
    ]);
    options.log.info(
      restored ? `Provider cache restored from ${restored.startsWith(`${key}-`) ? "its key" : `an older key, ${restored}`}.` : "Provider cache: nothing cached yet for these lock files."
    );
    return state(restored);
  } catch (error) {
    options.log.notice(
      `Provider cache not restored (${clipToLine(messageOf(error), 200)}); terraform init downloads providers instead.`
    );
    return state();
  }
}
async function savedKey(state) {
  return `${state.key}-${await verdictsTag(state.dir)}`;
}
async function savePluginCache(state, cache, log) {
  if (!state.key) return;
  const key = await savedKey({ ...state, key: state.key });
  if (key === state.restored) return;
  if (state.keep?.length) await prune(state.dir, new Set(state.keep));
  const entries = await readdir4(state.dir).catch(() => []);
  if (entries.length === 0) return;
  try {
    if (await cache.saveCache([state.dir], key) === -1) {
      log.notice("Provider cache not saved (the cache service did not take it; see above).");
      return;
    }
    log.info(`Provider cache saved as ${key}.`);
  } catch (error) {
    log.notice(`Provider cache not saved (${clipToLine(messageOf(error), 200)}).`);
  }
}
async function folders(dir) {
  const entries = await readdir4(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}
async function prune(dir, keep) {
  for (const host of await folders(dir))
    for (const namespace of await folders(join6(dir, host)))
      for (const type of await folders(join6(dir, host, namespace)))
        for (const version of await folders(join6(dir, host, namespace, type))) {
          const path2 = `${host}/${namespace}/${type}/${version}`;
          if (!keep.has(path2)) await rm2(join6(dir, path2), { recursive: true, force: true });
        }
}
async function initWillRun(workingDirectories, initArgs, isCurrent) {
  const current = await Promise.all(
    workingDirectories.map((dir) => isCurrent(resolve4(dir), initArgs).catch(() => false))
  );
  return current.some((done) => !done);
}
var actionsCache = {
  restoreCache: async (paths2, primaryKey, restoreKeys) => (await import("./cache-VHAKU7NV.js")).restoreCache(paths2, primaryKey, restoreKeys),
  saveCache: async (paths2, key) => (await import("./cache-VHAKU7NV.js")).saveCache(paths2, key)
};

// src/analyse/severity.ts
var PUBLIC_ACLS = /* @__PURE__ */ new Set(["public-read", "public-read-write", "authenticated-read"]);
var PUBLIC_GRANTEES = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/;
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isEmpty(value) {
  return value === null || value === void 0 || value === "" || value === false || Array.isArray(value) && value.length === 0 || isObject(value) && Object.keys(value).length === 0;
}
function strings(value, into = []) {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (isObject(value)) for (const item of Object.values(value)) strings(item, into);
  return into;
}
var SEGMENT = /^(?:\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|"((?:[^"\\]|\\.)*)")/;
function pathSegments(path2) {
  const out = [];
  let rest = path2;
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest);
    if (!match) break;
    if (match[1] !== void 0) out.push(match[1]);
    else if (match[2] !== void 0) out.push(Number(match[2]));
    else out.push(JSON.parse(`"${match[3] ?? match[4]}"`));
    rest = rest.slice(match[0].length);
  }
  return out;
}
function valueAt(root, segments) {
  let value = root;
  for (const key of segments) {
    if (Array.isArray(value) && typeof key === "number") value = value[key];
    else if (isObject(value) && typeof key === "string") value = value[key];
    else return void 0;
  }
  return value;
}
function lastSegment(path2) {
  const segments = pathSegments(path2).filter((s) => typeof s === "string");
  return segments.at(-1) ?? path2;
}
function wasOn(value) {
  return value === true || value === "Enabled" || value === "true";
}
function turnedOff(change2) {
  return wasOn(change2.before) && !wasOn(change2.after);
}
function portsOf(block) {
  if (!isObject(block)) return { admin: false };
  const protocol = String(block.protocol ?? block.ip_protocol ?? "").toLowerCase();
  if (isAllTraffic(protocol)) return { label: ALL_TRAFFIC, admin: true };
  const from = Number(block.from_port);
  const to = block.to_port === void 0 || block.to_port === null ? from : Number(block.to_port);
  if (!Number.isFinite(from)) return { admin: false };
  const range = from === to ? `${from}` : `${from}-${to}`;
  return { label: `${protocol || "port"} ${range}`, admin: reachesAdminPort(from, to) };
}
function directionOf(finding, path2, block) {
  if (topAttribute(path2) === "egress" || /egress/.test(finding.type)) return "egress";
  if (isObject(block) && (block.type === "egress" || block.egress === true)) return "egress";
  return "ingress";
}
var NETWORK_TYPES = /security_group|network_acl/;
function exposures(finding, current) {
  if (finding.kind !== "changed") return [];
  const isRule = NETWORK_TYPES.test(finding.type);
  const found2 = [];
  for (const change2 of finding.changes) {
    const top = topAttribute(change2.path);
    if (!isRule && top !== "ingress" && top !== "egress") continue;
    if (top === "tags" || top === "tags_all" || top === "description") continue;
    const before = new Set(strings(change2.before).filter((s) => OPEN_CIDRS.has(s)));
    const cidrs = [...new Set(strings(change2.after))].filter(
      (s) => OPEN_CIDRS.has(s) && !before.has(s)
    );
    if (cidrs.length === 0) continue;
    const segments = pathSegments(change2.path);
    const block = isObject(change2.after) ? change2.after : valueAt(current, segments.slice(0, -1)) ?? current;
    if (isObject(block) && /^deny$/i.test(String(block.action ?? block.rule_action ?? ""))) continue;
    const { label, admin } = portsOf(block);
    found2.push({ direction: directionOf(finding, change2.path, block), cidrs, ports: label, admin });
  }
  return found2;
}
function describe(exposure) {
  const ports = exposure.ports ? ` (${exposure.ports})` : "";
  return `${exposure.direction} open to ${exposure.cidrs.join(", ")}${ports}`;
}
function exposureReasons(finding, current, keep) {
  const reasons = [...new Set(exposures(finding, current).filter(keep).map(describe))];
  return reasons.length > 0 ? reasons : void 0;
}
function statements(policy) {
  if (typeof policy === "string") return policyStatements(parsePolicyDocument(policy));
  return isObject(policy) ? policyStatements(policy) : [];
}
function isEveryone(principal) {
  if (principal === "*") return true;
  if (Array.isArray(principal)) return principal.some(isEveryone);
  if (isObject(principal)) return isEveryone(principal.AWS);
  return false;
}
function publicAccess(policy) {
  const open3 = statements(policy).filter((s) => s.Effect === "Allow" && isEveryone(s.Principal));
  if (open3.length === 0) return void 0;
  return open3.some((s) => isEmpty(s.Condition)) ? "unconditional" : "conditional";
}
var POLICY_ATTRIBUTE = /polic(y|ies)$/;
function isPolicyValue(value) {
  return typeof value === "string" || value !== null && typeof value === "object";
}
function policyChanges(finding) {
  return finding.changes.filter(
    (c) => POLICY_ATTRIBUTE.test(lastSegment(c.path)) && !c.sensitive && (isPolicyValue(c.before) || isPolicyValue(c.after))
  );
}
function newlyPublic(finding, level) {
  const reasons = policyChanges(finding).filter((c) => publicAccess(c.after) === level && publicAccess(c.before) !== "unconditional").map(
    (c) => level === "unconditional" ? `${lastSegment(c.path)} allows Principal "*"` : `${lastSegment(c.path)} allows Principal "*" under a condition`
  );
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
function publicAcl(finding) {
  const reasons = [];
  for (const change2 of finding.changes) {
    const top = topAttribute(change2.path);
    if (top !== "acl" && top !== "grant" && top !== "access_control_policy") continue;
    const before = new Set(strings(change2.before));
    for (const value of strings(change2.after)) {
      if (before.has(value)) continue;
      if (PUBLIC_ACLS.has(value)) reasons.push(`public ACL ${value}`);
      else if (PUBLIC_GRANTEES.test(value))
        reasons.push(`ACL grants ${PUBLIC_GRANTEES.exec(value)?.[1]}`);
    }
  }
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
var ACCESS_TYPES = [
  /^aws_security_group/,
  /^aws_vpc_security_group_(ingress|egress)_rule$/,
  /^aws_network_acl/,
  /^aws_iam_/,
  /^aws_kms_/,
  /^aws_s3_bucket_(policy|acl|public_access_block|ownership_controls)$/,
  /^aws_s3_account_public_access_block$/,
  /^aws_secretsmanager_secret_policy$/,
  /^aws_lambda_permission$/,
  /^aws_sns_topic_policy$/,
  /^aws_sqs_queue_policy$/,
  /^aws_ecr_repository_policy$/
];
function isAccessType(type) {
  return ACCESS_TYPES.some((pattern) => pattern.test(type));
}
var COSMETIC = /* @__PURE__ */ new Set(["tags", "tags_all", "description"]);
function substantive(finding) {
  return finding.changes.filter((c) => !COSMETIC.has(topAttribute(c.path)));
}
var PUBLIC_ACCESS_BLOCK = /^aws_s3_(bucket|account)_public_access_block$/;
var BLOCK_SETTINGS = /* @__PURE__ */ new Set([
  "block_public_acls",
  "block_public_policy",
  "ignore_public_acls",
  "restrict_public_buckets"
]);
var KMS_KEY_ATTRIBUTE = /^(kms_key_id|kms_key_arn|kms_master_key_id|kms_key|kms_key_identifier|sse_kms_key_id|encryption_key_arn)$/;
var ENCRYPTED_FLAG = /^(encrypted|storage_encrypted|enable_encryption|encryption_enabled)$/;
var ENCRYPTION_BLOCK = /^(server_side_encryption_configuration|server_side_encryption|encryption_configuration|encryption_config|encrypt_at_rest|encryption_info|rule)$/;
function encryptionWeakened(finding) {
  const reasons = [];
  if (finding.kind === "deleted") {
    if (finding.type === "aws_s3_bucket_server_side_encryption_configuration")
      reasons.push("bucket encryption configuration removed");
    return reasons.length > 0 ? reasons : void 0;
  }
  for (const change2 of finding.changes) {
    const leaf = lastSegment(change2.path);
    const top = topAttribute(change2.path);
    if (KMS_KEY_ATTRIBUTE.test(leaf) && !isEmpty(change2.before)) {
      reasons.push(isEmpty(change2.after) ? `${leaf} removed` : `${leaf} changed (KMS key)`);
    } else if (leaf === "sse_algorithm") {
      reasons.push(
        isEmpty(change2.after) ? "encryption removed" : `encryption changed from ${String(change2.before)} to ${String(change2.after)}`
      );
    } else if (ENCRYPTED_FLAG.test(leaf) && change2.before === true && change2.after !== true) {
      reasons.push(`${leaf} turned off`);
    } else if (ENCRYPTION_BLOCK.test(top) && change2.path === top && !isEmpty(change2.before) && isEmpty(change2.after) && (top !== "rule" || /encryption/.test(finding.type))) {
      reasons.push(`${top} removed`);
    } else if (/^aws_kms_(key|replica_key)$/.test(finding.type) && turnedOff(change2)) {
      if (leaf === "is_enabled") reasons.push("KMS key disabled");
      if (leaf === "enable_key_rotation") reasons.push("KMS key rotation turned off");
    }
  }
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
var AUDIT_LOG_TYPES = /^aws_(cloudtrail|flow_log|config_configuration_recorder(_status)?|guardduty_detector|securityhub_account)$/;
function auditLoggingOff(finding) {
  if (!AUDIT_LOG_TYPES.test(finding.type)) return void 0;
  if (finding.kind === "deleted") return [`${finding.type.slice(4)} deleted`];
  const off = finding.changes.filter(
    (c) => turnedOff(c) && /^(enable_logging|is_enabled|enable)$/.test(lastSegment(c.path))
  );
  return off.length > 0 ? [`audit logging turned off (${off[0].path})`] : void 0;
}
var LOGGING_DELETED = /* @__PURE__ */ new Set(["aws_s3_bucket_logging"]);
function loggingOff(finding) {
  if (finding.kind === "deleted")
    return LOGGING_DELETED.has(finding.type) ? ["access logging removed"] : void 0;
  const reasons = finding.changes.filter((c) => {
    const segments = pathSegments(c.path).filter((s) => typeof s === "string");
    if (COSMETIC.has(segments[0] ?? "")) return false;
    if (!segments.some((s) => /log/i.test(s))) return false;
    return turnedOff(c) || !isEmpty(c.before) && isEmpty(c.after) && c.after !== 0;
  }).map((c) => `logging turned off (${c.path})`);
  return reasons.length > 0 ? reasons : void 0;
}
function protectionOff(finding) {
  if (finding.kind === "deleted")
    return finding.type === "aws_s3_bucket_versioning" ? ["versioning configuration removed"] : void 0;
  const reasons = [];
  for (const change2 of finding.changes) {
    const path2 = change2.path;
    const leaf = lastSegment(path2);
    if (/versioning/.test(path2) && (leaf === "status" || leaf === "enabled") && turnedOff(change2))
      reasons.push("versioning turned off");
    else if (leaf === "mfa_delete" && turnedOff(change2)) reasons.push("MFA delete turned off");
    else if (leaf === "deletion_protection" && turnedOff(change2))
      reasons.push("deletion protection turned off");
    else if (/point_in_time_recovery/.test(path2) && turnedOff(change2))
      reasons.push("point-in-time recovery turned off");
    else if (leaf === "backup_retention_period" && change2.after === 0 && Number(change2.before) > 0)
      reasons.push("automated backups turned off");
  }
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
var SERVICE_OF_TYPE = /^aws_(iam)_/;
function unmanagedKind(subject) {
  const arn = subject.arn ? parseArn(subject.arn) : void 0;
  const service = arn?.service ?? SERVICE_OF_TYPE.exec(subject.type)?.[1] ?? subject.type.split(":")[0];
  const type = arn?.resourceType ?? subject.type.replace(/^aws_iam_/, "");
  return { service, type, terraformType: subject.type, risk: subject.risk };
}
function openIngress(kind, admin) {
  const reasons = (kind.risk?.rules ?? []).flatMap((rule) => {
    const cidr = rule.cidrIpv4 ?? rule.cidrIpv6;
    if (rule.egress || !cidr || !OPEN_CIDRS.has(cidr)) return [];
    const ports = portsOf({
      protocol: rule.protocol,
      from_port: rule.fromPort,
      to_port: rule.toPort
    });
    if (ports.admin !== admin) return [];
    return [`ingress open to ${cidr}${ports.label ? ` (${ports.label})` : ""}`];
  });
  return reasons.length > 0 ? [...new Set(reasons)] : void 0;
}
var DATA_OR_COMPUTE = /* @__PURE__ */ new Set([
  "s3",
  "secretsmanager",
  "ssm",
  "rds",
  "dynamodb",
  "elasticfilesystem",
  "elasticache",
  "es",
  "redshift",
  "sqs",
  "lambda",
  "ecs",
  "eks",
  "backup"
]);
var SEVERITY_RULES = [
  {
    id: "open-ingress-admin-port",
    severity: "critical",
    title: "Ingress from anywhere (0.0.0.0/0 or ::/0) to an administration or database port",
    drift: (f, current) => exposureReasons(f, current, (e) => e.direction === "ingress" && e.admin)
  },
  {
    id: "public-policy",
    severity: "critical",
    title: 'A resource or trust policy now allows Principal "*" without a condition',
    drift: (f) => newlyPublic(f, "unconditional")
  },
  {
    id: "public-acl",
    severity: "critical",
    title: "An S3 ACL now grants access to everyone or to any AWS user",
    drift: (f) => publicAcl(f)
  },
  {
    id: "unmanaged-open-admin-port",
    severity: "critical",
    title: "An unmanaged security group or rule lets anyone (0.0.0.0/0 or ::/0) reach an administration or database port",
    unmanaged: (kind) => openIngress(kind, true)
  },
  {
    id: "unmanaged-admin-access",
    severity: "critical",
    title: "An unmanaged IAM user, role, group or policy allows every action on every resource",
    unmanaged: ({ risk }) => risk?.admin ? ["allows all actions on all resources (administrator)"] : void 0
  },
  {
    id: "unmanaged-public-snapshot",
    severity: "critical",
    title: "An EBS snapshot of the account that anyone can copy",
    unmanaged: ({ risk }) => risk?.public ? ["public snapshot: anyone can copy it"] : void 0
  },
  {
    id: "kms-key-deleted",
    severity: "critical",
    title: "A KMS key was deleted or scheduled for deletion outside Terraform",
    drift: (f) => f.kind === "deleted" && /^aws_kms_(key|replica_key|external_key)$/.test(f.type) ? ["KMS key deleted or scheduled for deletion"] : void 0
  },
  {
    id: "open-ingress",
    severity: "high",
    title: "Ingress from anywhere (0.0.0.0/0 or ::/0)",
    drift: (f, current) => exposureReasons(f, current, (e) => e.direction === "ingress" && !e.admin)
  },
  {
    id: "open-egress",
    severity: "high",
    title: "Egress to anywhere (0.0.0.0/0 or ::/0)",
    drift: (f, current) => exposureReasons(f, current, (e) => e.direction === "egress")
  },
  {
    id: "public-policy-conditional",
    severity: "high",
    title: 'A resource or trust policy now allows Principal "*" under a condition',
    drift: (f) => newlyPublic(f, "conditional")
  },
  {
    id: "public-access-block-loosened",
    severity: "high",
    title: "An S3 public access block was turned off or removed",
    drift: (f) => {
      if (!PUBLIC_ACCESS_BLOCK.test(f.type)) return void 0;
      if (f.kind === "deleted") return ["public access block removed"];
      const off = f.changes.filter((c) => BLOCK_SETTINGS.has(c.path) && turnedOff(c));
      return off.length > 0 ? off.map((c) => `${c.path} turned off`) : void 0;
    }
  },
  {
    id: "encryption-weakened",
    severity: "high",
    title: "Encryption removed or weakened, or its KMS key changed or disabled",
    drift: (f) => encryptionWeakened(f)
  },
  {
    id: "access-policy-changed",
    severity: "high",
    title: "An IAM policy, trust policy or resource policy changed outside Terraform",
    drift: (f) => {
      const reasons = policyChanges(f).filter((c) => !publicAccess(c.after) || publicAccess(c.before)).map(
        (c) => lastSegment(c.path) === "assume_role_policy" ? "trust policy changed" : `${lastSegment(c.path)} changed`
      );
      if (/^aws_iam_/.test(f.type) && f.kind === "changed") {
        for (const c of substantive(f))
          if (!POLICY_ATTRIBUTE.test(lastSegment(c.path)))
            reasons.push(`IAM ${topAttribute(c.path)} changed`);
      }
      return reasons.length > 0 ? [...new Set(reasons)] : void 0;
    }
  },
  {
    id: "access-control-deleted",
    severity: "high",
    title: "An access control resource (IAM, security group, policy, key) was deleted",
    drift: (f) => f.kind === "deleted" && isAccessType(f.type) ? ["access control resource deleted"] : void 0
  },
  {
    id: "secret-changed",
    severity: "high",
    title: "A sensitive value (a secret) was changed outside Terraform",
    drift: (f) => f.changes.some((c) => c.sensitive) ? ["a sensitive value changed"] : void 0
  },
  {
    id: "audit-logging-disabled",
    severity: "high",
    title: "CloudTrail, flow logs, AWS Config or GuardDuty turned off or deleted",
    drift: (f) => auditLoggingOff(f)
  },
  {
    id: "unmanaged-access-key",
    severity: "high",
    title: "An unmanaged IAM access key: a long-lived credential no code review saw",
    unmanaged: ({ terraformType }) => terraformType === "aws_iam_access_key" ? ["long-lived access key"] : void 0
  },
  {
    id: "unmanaged-open-ingress",
    severity: "high",
    title: "An unmanaged security group or rule lets anyone (0.0.0.0/0 or ::/0) in",
    unmanaged: (kind) => openIngress(kind, false)
  },
  {
    id: "unmanaged-access-control",
    severity: "high",
    title: "An unmanaged security group, network ACL, IAM resource or KMS key",
    unmanaged: ({ service, type, terraformType }) => {
      if (terraformType === "aws_iam_access_key") return void 0;
      if (service === "iam" || service === "kms") return [`unmanaged ${service} ${type}`.trim()];
      if (service === "ec2" && /^(security-group|security-group-rule|network-acl)$/.test(type))
        return [`unmanaged ${type}`];
      return void 0;
    }
  },
  {
    id: "logging-disabled",
    severity: "medium",
    title: "Access logging turned off or removed",
    drift: (f) => loggingOff(f)
  },
  {
    id: "protection-disabled",
    severity: "medium",
    title: "Versioning, MFA delete, deletion protection, backups or point-in-time recovery turned off",
    drift: (f) => protectionOff(f)
  },
  {
    id: "access-control-changed",
    severity: "medium",
    fallback: true,
    title: "A security group, network ACL or other access control changed (not opened to the world)",
    drift: (f) => f.kind === "changed" && isAccessType(f.type) && substantive(f).length > 0 ? ["access control changed"] : void 0
  },
  {
    id: "resource-deleted",
    severity: "medium",
    title: "A resource was deleted outside Terraform; the next apply recreates it, empty",
    drift: (f) => f.kind === "deleted" ? [] : void 0
  },
  {
    id: "unmanaged-data-or-compute",
    severity: "medium",
    title: "An unmanaged bucket, database, secret, queue or compute resource",
    unmanaged: ({ service }) => DATA_OR_COMPUTE.has(service) ? [] : void 0
  },
  {
    id: "drift",
    severity: "low",
    title: "A resource changed outside Terraform",
    drift: () => []
  },
  {
    id: "unmanaged-resource",
    severity: "low",
    title: "A resource no Terraform state manages",
    unmanaged: () => []
  }
];
function assess(matches, fallback) {
  let top;
  const concerns = [];
  for (const rule of SEVERITY_RULES) {
    const reasons = matches(rule);
    if (!reasons || rule.fallback && concerns.length > 0) continue;
    if (!top || severityRank(rule.severity) > severityRank(top.severity)) top = rule;
    concerns.push(...reasons);
  }
  return {
    severity: top?.severity ?? "low",
    rule: top?.id ?? fallback,
    concerns: [...new Set(concerns)]
  };
}
function assessDrift(finding, current) {
  return assess((rule) => rule.drift?.(finding, current), "drift");
}
var unmanagedAssessments = /* @__PURE__ */ new Map();
function assessUnmanaged(subject) {
  const kind = unmanagedKind(subject);
  if (kind.risk) return assess((rule) => rule.unmanaged?.(kind), "unmanaged-resource");
  const key = `${kind.service}\0${kind.type}`;
  let assessment = unmanagedAssessments.get(key);
  if (!assessment) {
    const assessed = assess((rule) => rule.unmanaged?.(kind), "unmanaged-resource");
    Object.freeze(assessed.concerns);
    assessment = Object.freeze(assessed);
    unmanagedAssessments.set(key, assessment);
  }
  return assessment;
}
function severityFields(assessment) {
  return {
    severity: assessment.severity,
    severityRule: assessment.rule,
    concerns: assessment.concerns
  };
}

// src/analyse/drift.ts
function isDeleted(change2) {
  return change2.change.actions.includes("delete") && change2.change.after == null;
}
function withoutMirroredTags(changes) {
  const tagChanges = new Map(
    changes.filter((c) => c.path.startsWith("tags.") || c.path.startsWith("tags[")).map((c) => [c.path.slice(4), c])
  );
  return changes.filter((change2) => {
    if (!change2.path.startsWith("tags_all")) return true;
    const twin = tagChanges.get(change2.path.slice(8));
    return !(twin && deepEqual(twin.before, change2.before) && deepEqual(twin.after, change2.after));
  });
}
function pendingAction(actions) {
  if (actions.includes("delete") && actions.includes("create")) return "replace";
  for (const action of ["create", "update", "delete"])
    if (actions.includes(action)) return action;
  return void 0;
}
function pathPattern(path2) {
  return path2.replace(/\[\d+\]/g, "[*]");
}
function touches(a, b) {
  const [outer, inner] = a.length <= b.length ? [a, b] : [b, a];
  if (outer === "" || outer === inner) return true;
  const next = inner[outer.length];
  return inner.startsWith(outer) && (next === "." || next === "[");
}
function plannedPaths(planned) {
  const action = planned && pendingAction(planned.change.actions);
  if (!planned || action !== "update" && action !== "replace") return [];
  const { before, after, before_sensitive, after_sensitive, after_unknown } = planned.change;
  const changed = diffAttributes(before, after, before_sensitive, after_sensitive).map((c) => c.path);
  return [...changed, ...markedPaths(after_unknown, joinPath)].map(pathPattern);
}
function revertedChanges(drift, planned) {
  const { before, after, before_sensitive, after_sensitive } = drift.change;
  const written2 = plannedPaths(planned);
  const drifted = diffAttributes(before, after, before_sensitive, after_sensitive);
  const reverted = drifted.filter((c) => written2.some((p) => touches(pathPattern(c.path), p)));
  return withoutMirroredTags(reverted);
}
function identity(resource) {
  const { before, before_sensitive } = resource.change;
  if (!before || typeof before !== "object") return {};
  const values = before;
  const plain = (key) => typeof values[key] === "string" && values[key] !== "" && maskAt(before_sensitive, key) === false ? values[key] : void 0;
  const resourceId = plain("id");
  const arn = plain("arn");
  return { ...resourceId ? { resourceId } : {}, ...arn ? { arn } : {} };
}
function driftFinding(resource, planned) {
  const deleted = isDeleted(resource);
  const changes = deleted ? [] : revertedChanges(resource, planned);
  const { after, after_sensitive } = resource.change;
  const facts = {
    address: resource.address,
    type: resource.type,
    name: resource.name,
    ...resource.module_address ? { module: resource.module_address } : {},
    ...resource.index !== void 0 ? { index: resource.index } : {},
    ...identity(resource),
    kind: deleted ? "deleted" : "changed",
    changes
  };
  const current = deleted ? void 0 : redactValue(after, after_sensitive);
  return { ...facts, ...severityFields(assessDrift(facts, current)) };
}
function touchedAttributes(resource) {
  const { before, after, before_sensitive, after_sensitive } = resource.change;
  const paths2 = diffAttributes(before, after, before_sensitive, after_sensitive).map(
    (c) => topAttribute(c.path)
  );
  return [...new Set(paths2)].sort();
}
function isRevert(resource, action, drift) {
  if (!drift) return false;
  if (drift.kind === "deleted") return action === "create";
  if (action !== "update") return false;
  const drifted = new Set(drift.changes.map((c) => topAttribute(c.path)));
  return touchedAttributes(resource).every((attr) => drifted.has(attr) || attr === "tags_all");
}
function countManagedResources(plan2) {
  let count = 0;
  for (const mod of walkModules(plan2.prior_state?.values?.root_module)) {
    count += (mod.resources ?? []).filter((r) => r.mode === "managed").length;
  }
  return count;
}
function plannedByAddress(plan2) {
  const managed = (plan2.resource_changes ?? []).filter((r) => r.mode === "managed");
  return new Map(managed.map((r) => [r.address, r]));
}
function findDrift(plan2) {
  const planned = plannedByAddress(plan2);
  return (plan2.resource_drift ?? []).filter((r) => r.mode === "managed").map((r) => driftFinding(r, planned.get(r.address))).filter((finding) => finding.kind === "deleted" || finding.changes.length > 0);
}
function analysePlan(plan2) {
  const drift = findDrift(plan2);
  const driftByAddress = new Map(drift.map((d) => [d.address, d]));
  const pending = [];
  for (const resource of plan2.resource_changes ?? []) {
    if (resource.mode !== "managed") continue;
    const action = pendingAction(resource.change.actions);
    if (!action || isRevert(resource, action, driftByAddress.get(resource.address))) continue;
    pending.push({
      address: resource.address,
      type: resource.type,
      ...resource.module_address ? { module: resource.module_address } : {},
      action,
      attributes: action === "update" ? touchedAttributes(resource) : []
    });
  }
  return { drift, pending, managedResources: countManagedResources(plan2) };
}

export {
  walkModules,
  collectSecrets,
  readRootFiles,
  configAddress,
  sourceRoot,
  findSources,
  SEVERITY_RULES,
  assessUnmanaged,
  INPUTS,
  InputError,
  optionMessage,
  parseSome,
  parseInputs,
  readInputs,
  readConfiguration,
  VERSION,
  runProcess,
  findTerraform,
  terraformError,
  initIsCurrent,
  runTerraform,
  readSavedPlan,
  pluginCacheDir,
  restorePluginCache,
  savePluginCache,
  initWillRun,
  actionsCache,
  pathPattern,
  touches,
  analysePlan
};
//# sourceMappingURL=chunk-FBRGTV5C.js.map

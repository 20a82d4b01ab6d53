import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  unmanagedNames
} from "./chunk-4VM37TSZ.js";
import {
  analysePlan,
  pathPattern,
  pluginCacheDir,
  readConfiguration,
  readRootFiles,
  readSavedPlan,
  runProcess,
  runTerraform,
  sourceRoot,
  terraformError,
  touches
} from "./chunk-FBRGTV5C.js";
import {
  commentText,
  deepEqual,
  diffAttributes,
  hclString,
  importBlock,
  isEmpty,
  isPlainObject,
  topAttribute
} from "./chunk-BWOIZBIC.js";
import {
  parseArn
} from "./chunk-UEO5CBCT.js";
import {
  UserError,
  clipToLine
} from "./chunk-FFYNXMZ5.js";

// src/remediate/adopt/index.ts
import { readFile, rm as rm3, writeFile } from "node:fs/promises";
import { join as join3, relative as relative2, resolve } from "node:path";

// src/remediate/hcl/syntax.ts
var HclError = class extends Error {
};
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  fail(at2, why) {
    const line = this.text.slice(0, at2).split("\n").length;
    throw new HclError(`line ${line}: ${why}`);
  }
  /** After a comment starting at `at`, or `at` when none starts there. */
  skipComment(at2) {
    const { text } = this;
    if (text[at2] === "#" || text[at2] === "/" && text[at2 + 1] === "/") {
      const nl = text.indexOf("\n", at2);
      return nl < 0 ? text.length : nl;
    }
    if (text[at2] === "/" && text[at2 + 1] === "*") {
      const close = text.indexOf("*/", at2 + 2);
      if (close < 0) this.fail(at2, "a comment that never closes");
      return close + 2;
    }
    return at2;
  }
  /** After the quoted template whose opening quote is at `at`. */
  skipString(at2) {
    const { text } = this;
    let i2 = at2 + 1;
    while (i2 < text.length) {
      const c = text[i2];
      if (c === "\\") i2 += 2;
      else if (c === '"') return i2 + 1;
      else if (c === "\n") this.fail(i2, "a string that runs past its line");
      else if ((c === "$" || c === "%") && text[i2 + 1] === c && text[i2 + 2] === "{") i2 += 3;
      else if ((c === "$" || c === "%") && text[i2 + 1] === "{") i2 = this.skipExpression(i2 + 2, "}");
      else i2++;
    }
    return this.fail(at2, "a string that never closes");
  }
  /** After the heredoc whose `<<` is at `at`, or -1 when `<<` does not start one. */
  skipHeredoc(at2) {
    const marker = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(this.text.slice(at2, at2 + 200));
    if (!marker) return -1;
    let line = at2 + marker[0].length;
    while (line < this.text.length) {
      const nl = this.text.indexOf("\n", line);
      const end = nl < 0 ? this.text.length : nl;
      if (this.text.slice(line, end).trim() === marker[1]) return end;
      line = end + 1;
    }
    return this.fail(at2, `a heredoc without its closing ${marker[1]}`);
  }
  /**
   * After the expression text from `at` up to the `closer` that ends it (consumed), with brackets,
   * strings, heredocs and comments inside stepped over.
   */
  skipExpression(at2, closer) {
    const { text } = this;
    const closers = [closer];
    let i2 = at2;
    while (i2 < text.length) {
      const c = text[i2];
      const afterComment = this.skipComment(i2);
      if (afterComment !== i2) {
        i2 = afterComment;
        continue;
      }
      if (c === '"') i2 = this.skipString(i2);
      else if (c === "<" && text[i2 + 1] === "<" && this.skipHeredoc(i2) >= 0) i2 = this.skipHeredoc(i2);
      else if (c === "{" || c === "[" || c === "(") {
        closers.push(c === "{" ? "}" : c === "[" ? "]" : ")");
        i2++;
      } else if (c === "}" || c === "]" || c === ")") {
        if (closers.pop() !== c) this.fail(i2, `an unexpected ${c}`);
        i2++;
        if (closers.length === 0) return i2;
      } else i2++;
    }
    return this.fail(at2, `a bracket that never closes`);
  }
  /** The end of an attribute's expression starting at `at`: its line's end outside brackets. */
  expressionEnd(at2) {
    const { text } = this;
    let i2 = at2;
    let valueEnd = at2;
    while (i2 < text.length && text[i2] !== "\n") {
      const c = text[i2];
      const afterComment = this.skipComment(i2);
      if (afterComment !== i2) {
        if (c === "/" && text[i2 + 1] === "*") {
          i2 = afterComment;
          continue;
        }
        return { valueEnd, lineEnd: afterComment };
      }
      if (c === '"') i2 = this.skipString(i2);
      else if (c === "<" && text[i2 + 1] === "<" && this.skipHeredoc(i2) >= 0) i2 = this.skipHeredoc(i2);
      else if (c === "{" || c === "[" || c === "(") {
        i2 = this.skipExpression(i2 + 1, c === "{" ? "}" : c === "[" ? "]" : ")");
      } else if (c === "}") {
        return { valueEnd, lineEnd: i2 };
      } else i2++;
      if (!/\s/.test(c)) valueEnd = i2;
    }
    return { valueEnd, lineEnd: i2 };
  }
};
var IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
function readBody(scanner, from, closing) {
  const { text } = scanner;
  const items = [];
  let i2 = from;
  while (i2 < text.length) {
    const c = text[i2];
    if (/\s/.test(c)) {
      i2++;
      continue;
    }
    const afterComment = scanner.skipComment(i2);
    if (afterComment !== i2) {
      i2 = afterComment;
      continue;
    }
    if (c === "}") {
      if (!closing) scanner.fail(i2, "a } that nothing opened");
      return { items, end: i2 };
    }
    IDENT.lastIndex = i2;
    const name2 = IDENT.exec(text)?.[0];
    if (!name2) scanner.fail(i2, `'${c}' where an argument or block belongs`);
    const start2 = i2;
    i2 += name2.length;
    while (text[i2] === " " || text[i2] === "	") i2++;
    if (text[i2] === "=" && text[i2 + 1] !== "=") {
      let valueStart = i2 + 1;
      while (text[valueStart] === " " || text[valueStart] === "	") valueStart++;
      const { valueEnd, lineEnd: lineEnd2 } = scanner.expressionEnd(valueStart);
      items.push({ kind: "attribute", name: name2, start: start2, end: lineEnd2, valueStart, valueEnd });
      i2 = lineEnd2;
      continue;
    }
    const labels = [];
    while (text[i2] !== "{") {
      if (text[i2] === '"') {
        const end = scanner.skipString(i2);
        labels.push(JSON.parse(text.slice(i2, end)));
        i2 = end;
      } else {
        IDENT.lastIndex = i2;
        const label = IDENT.exec(text)?.[0];
        if (!label) scanner.fail(i2, `'${text[i2] ?? "the end"}' after ${name2}`);
        labels.push(label);
        i2 += label.length;
      }
      while (text[i2] === " " || text[i2] === "	") i2++;
    }
    const body2 = readBody(scanner, i2 + 1, true);
    items.push({
      kind: "block",
      type: name2,
      labels,
      start: start2,
      end: body2.end + 1,
      bodyStart: i2 + 1,
      bodyEnd: body2.end,
      items: body2.items
    });
    i2 = body2.end + 1;
  }
  if (closing) scanner.fail(from, "a block that never closes");
  return { items, end: i2 };
}
function parseBody(text) {
  return readBody(new Scanner(text), 0, false).items;
}
function blocks(items, type) {
  return items.filter(
    (item) => item.kind === "block" && (!type || item.type === type)
  );
}
function attributes(items) {
  return items.filter((item) => item.kind === "attribute");
}
function valueText(text, attribute) {
  return text.slice(attribute.valueStart, attribute.valueEnd);
}
function emptyLiteral(value) {
  const v = value.trim();
  if (/^(null|false|0|""|\[\s*\]|\{\s*\})$/.test(v)) return v.replace(/\s+/g, "");
  return void 0;
}
function itemAt(items, at2, around = []) {
  for (const item of items) {
    if (at2 < item.start || at2 >= item.end) continue;
    if (item.kind === "block" && at2 >= item.bodyStart && at2 < item.bodyEnd) {
      return itemAt(item.items, at2, [...around, item]) ?? { item, around };
    }
    return { item, around };
  }
  return void 0;
}
function removal(source, item) {
  let start2 = item.start;
  while (start2 > 0 && (source[start2 - 1] === " " || source[start2 - 1] === "	")) start2--;
  let end = item.end;
  if (source[end] === "\n") end++;
  return { start: start2, end, text: "" };
}
function applyEdits(source, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out2 = "";
  let at2 = 0;
  for (const edit of sorted) {
    if (edit.start < at2) continue;
    out2 += source.slice(at2, edit.start) + edit.text;
    at2 = edit.end;
  }
  return out2 + source.slice(at2);
}
function indexOfByte(source, byte) {
  return Buffer.from(source, "utf8").subarray(0, byte).toString("utf8").length;
}

// src/remediate/scratch.ts
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, sep } from "node:path";
async function linkSiblings(from, to, except) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (entry !== except) await symlink(join(from, entry), join(to, entry));
  }
}
async function copyDotTerraform(source, target) {
  let entries;
  try {
    entries = await readdir(source);
  } catch {
    return false;
  }
  await mkdir(target);
  for (const entry of entries) {
    if (entry === "providers") await symlink(join(source, entry), join(target, entry));
    else
      await cp(join(source, entry), join(target, entry), {
        recursive: true,
        verbatimSymlinks: true
      });
  }
  return true;
}
async function scratchCopy(rootDir, repoRoot) {
  const base = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), "driftwatch-remedy-"));
  const remove = () => rm(base, { recursive: true, force: true });
  try {
    const path = relative(repoRoot, rootDir);
    const inside = path !== "" && !path.startsWith("..") && !isAbsolute(path);
    let to = join(base, "root");
    if (inside) {
      let from = repoRoot;
      to = base;
      for (const segment of path.split(sep)) {
        await linkSiblings(from, to, segment);
        from = join(from, segment);
        to = join(to, segment);
      }
    }
    await cp(rootDir, to, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => src !== join(rootDir, ".terraform")
    });
    const initialised = await copyDotTerraform(join(rootDir, ".terraform"), join(to, ".terraform"));
    return { dir: to, initialised, remove };
  } catch (error) {
    await remove();
    const code = error.code ?? String(error);
    throw new UserError(`could not make a scratch copy of '${rootDir}' (${code}).`);
  }
}

// src/remediate/terraform.ts
import { rm as rm2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/collect/terraform/ui-json.ts
function uiDiagnostics(stdout) {
  const out2 = [];
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    let parsed;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    const d = parsed.diagnostic;
    if (parsed.type !== "diagnostic" || !d) continue;
    out2.push({
      severity: d.severity === "error" ? "error" : "warning",
      summary: String(d.summary ?? ""),
      detail: String(d.detail ?? ""),
      ...d.address ? { address: d.address } : {},
      ...d.range ? { range: d.range } : {}
    });
  }
  return out2;
}

// src/remediate/terraform.ts
async function initScratch(scratch, tf) {
  if (scratch.initialised) return;
  await rm2(join2(scratch.dir, ".terraform"), { recursive: true, force: true });
  const args2 = ["init", "-input=false", "-no-color", ...tf.initArgs];
  const result = await runProcess(tf.binary, args2, { cwd: scratch.dir, env: tf.env });
  if (result.code !== 0) {
    throw new UserError(
      `terraform init failed in a copy of the root: ${tf.scrub(terraformError(result.stderr, result.stdout))}`
    );
  }
  scratch.initialised = true;
}
async function fmtScratch(scratch, tf, file) {
  const result = await runProcess(tf.binary, ["fmt", "-no-color", file], {
    cwd: scratch.dir,
    env: tf.env
  });
  if (result.code !== 0) {
    throw new UserError(
      `terraform fmt failed on ${file}: ${tf.scrub(terraformError(result.stderr, result.stdout))}`
    );
  }
}
async function planScratch(scratch, tf, extra) {
  const args2 = [
    "plan",
    "-input=false",
    "-lock=false",
    "-no-color",
    "-json",
    ...extra,
    ...tf.varFiles.map((file) => `-var-file=${file}`),
    ...tf.planArgs
  ];
  const result = await runProcess(tf.binary, args2, { cwd: scratch.dir, env: tf.env });
  const errors = uiDiagnostics(result.stdout).filter((d) => d.severity === "error").map((d) => ({ ...d, summary: tf.scrub(d.summary), detail: tf.scrub(d.detail) }));
  if (result.code !== 0 && errors.length === 0) {
    const message = tf.scrub(terraformError(result.stderr, result.stdout));
    errors.push({ severity: "error", summary: message, detail: "" });
  }
  return { ok: result.code === 0, errors };
}
function readScratchPlan(scratch, tf, planFile) {
  return readSavedPlan(scratch.dir, "a copy of the root", planFile, {
    binary: tf.binary,
    init: false,
    initArgs: tf.initArgs,
    planArgs: tf.planArgs,
    varFiles: tf.varFiles,
    env: tf.env,
    scrub: tf.scrub,
    schemaCacheDir: pluginCacheDir(tf.env),
    keepImports: true
  });
}
function plannedAction(actions, importing) {
  if (actions.includes("delete") && actions.includes("create")) return "replace";
  for (const action of ["create", "update", "delete"])
    if (actions.includes(action)) return action;
  return importing ? "import" : "no-op";
}
function validationPlan(plan, ours) {
  const summary = { import: 0, add: 0, change: 0, destroy: 0, resources: [] };
  for (const resource of plan.resource_changes ?? []) {
    if (resource.mode !== "managed") continue;
    const { actions, importing } = resource.change;
    const action = plannedAction(actions, Boolean(importing));
    if (importing) summary.import++;
    if (actions.includes("create")) summary.add++;
    if (actions.includes("update")) summary.change++;
    if (actions.includes("delete")) summary.destroy++;
    if (action === "no-op") continue;
    summary.resources.push({
      address: resource.address,
      action,
      remedy: ours.has(resource.address)
    });
  }
  return summary;
}

// src/remediate/adopt/cleanup.ts
var COMPUTED = /* @__PURE__ */ new Set(["tags_all"]);
var EXCLUDED_BY = {
  name_prefix: "name",
  bucket_prefix: "bucket"
};
function tidyItems(source, items, level) {
  const out2 = [];
  let kept = 0;
  const present = new Map(attributes(items).map((a) => [a.name, a]));
  for (const item of items) {
    if (item.kind === "block") {
      const inner = item.type === "lifecycle" ? { edits: [], kept: 1 } : tidyItems(source, item.items, level);
      if (level === "full" && inner.kept === 0) out2.push(removal(source, item));
      else {
        out2.push(...inner.edits);
        kept++;
      }
      continue;
    }
    const excluder = present.get(EXCLUDED_BY[item.name] ?? "");
    const drop = COMPUTED.has(item.name) || excluder !== void 0 && emptyLiteral(valueText(source, excluder)) === void 0 || level === "full" && emptyLiteral(valueText(source, item)) !== void 0;
    if (drop) out2.push(removal(source, item));
    else kept++;
  }
  return { edits: out2, kept };
}
function tidyBlock(block, level) {
  const [resource] = blocks(parseBody(block), "resource");
  if (!resource) return block;
  return applyEdits(block, tidyItems(block, resource.items, level).edits);
}
var SQS_LIMIT = 262144;
var WANTS_A_VALUE = /is required|one of `[^`]*` must be specified/;
var RULES = [
  // The generator writes a zero value for what was never set; validation refuses some (a range
  // starting at 1, a list of at least two): unset is what AWS holds.
  ({ source, item, diagnostic }) => item.kind === "attribute" && emptyLiteral(valueText(source, item)) !== void 0 && !WANTS_A_VALUE.test(diagnostic.detail) ? { edits: [removal(source, item)] } : void 0,
  // A nested block of nothing but unset values, which then lacks a required argument.
  ({ source, diagnostic, around }) => {
    const block = around.length > 1 ? around[around.length - 1] : void 0;
    if (!block || !/required/i.test(diagnostic.summary + diagnostic.detail)) return void 0;
    const values = attributes(block.items);
    if (blocks(block.items).length > 0 || values.some((a) => !emptyLiteral(valueText(source, a))))
      return void 0;
    return { edits: [removal(source, block)] };
  },
  // Arguments that exclude each other, both holding a value: the longer name goes (`_id`,
  // `_prefix`, `_mapping` of the plain one), which the provider then computes as AWS has it.
  ({ source, diagnostic, around }) => {
    const names = exclusivePair(diagnostic);
    if (!names) return void 0;
    const body2 = around.length > 0 ? around[around.length - 1].items : void 0;
    if (!body2) return void 0;
    const [, longer] = [...names].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const gone = body2.filter((i2) => (i2.kind === "attribute" ? i2.name : i2.type) === longer);
    return gone.length > 0 ? { edits: gone.map((i2) => removal(source, i2)) } : void 0;
  },
  ({ source, type, item }) => {
    if (type !== "aws_sqs_queue" || item.kind !== "attribute" || item.name !== "max_message_size")
      return void 0;
    const size = Number(valueText(source, item));
    if (!(size > SQS_LIMIT)) return void 0;
    return {
      edits: [removal(source, item)],
      ignore: {
        name: "max_message_size",
        why: `AWS holds ${size}, above the ${SQS_LIMIT} that hashicorp/aws 5.x accepts: left to AWS until the provider takes it.`
      }
    };
  }
];
function exclusivePair(diagnostic) {
  const text = diagnostic.detail;
  const conflict = /^"([\w.]+)": conflicts with ([\w.]+)$/.exec(text);
  if (conflict) return [conflict[1], conflict[2]].map((n) => n.split(".").pop());
  const onlyOne = /only one of `([\w,]+)` can be specified/.exec(text);
  const names = onlyOne?.[1].split(",");
  return names?.length === 2 ? names : void 0;
}
function diagnosticLine(diagnostic) {
  const detail = diagnostic.detail && diagnostic.detail !== diagnostic.summary ? `: ${diagnostic.detail}` : "";
  return clipToLine(`${diagnostic.summary}${detail}`, 300);
}
function lifecycleEdit(block, resource, ignored) {
  const comments = ignored.map((i2) => `  # ${i2.name}: ${i2.why}
`).join("");
  const names = ignored.map((i2) => i2.name).join(", ");
  return {
    start: resource.bodyEnd,
    end: resource.bodyEnd,
    text: `${comments}  lifecycle {
    ignore_changes = [${names}]
  }
`
  };
}
function repairBlock(block, type, errors) {
  const [resource] = blocks(parseBody(block), "resource");
  if (!resource) return { reason: "terraform generated no resource block for it" };
  const all = [];
  const ignored = [];
  for (const { diagnostic, at: at2 } of errors) {
    const found = (at2 === void 0 ? void 0 : itemAt(resource.items, at2, [resource])) ?? {
      item: resource,
      around: [resource]
    };
    const repair = RULES.reduce(
      (done, rule) => done ?? rule({ source: block, type, diagnostic, ...found }),
      void 0
    );
    if (!repair)
      return {
        reason: `its generated configuration fails validation: ${diagnosticLine(diagnostic)}`
      };
    all.push(...repair.edits);
    if (repair.ignore) ignored.push(repair.ignore);
  }
  if (ignored.length > 0) all.push(lifecycleEdit(block, resource, ignored));
  const repaired = applyEdits(block, all);
  return repaired === block ? {
    reason: `its generated configuration fails validation: ${diagnosticLine(errors[0].diagnostic)}`
  } : { block: repaired };
}

// src/remediate/adopt/targets.ts
function findingName(resource) {
  return resource.arn ?? `${resource.type}:${resource.id}`;
}
function globMatches(glob, value) {
  if (!value) return false;
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${pattern}$`).test(value);
}
function targetOf(resource, targets) {
  const account = resource.arn ? parseArn(resource.arn)?.account : void 0;
  return targets.find(
    ({ match }) => globMatches(match, resource.type) || globMatches(match, resource.region) || globMatches(match, account)
  )?.directory;
}
function named(resource, wanted) {
  const names = unmanagedNames(resource);
  return wanted.some((w) => names.includes(w));
}
function adoptionRequests(resources, settings, field = "Input 'adopt-into'") {
  const { adoptInto: adoptInto2, workingDirectories, only } = settings;
  if (adoptInto2.length === 0 && workingDirectories.length > 1) {
    throw new UserError(
      `${field} must name the root that adopts unmanaged resources when there are several working directories.`
    );
  }
  const targets = adoptInto2.length > 0 ? adoptInto2 : [{ match: "*", directory: workingDirectories[0] }];
  const chosen = only?.length ? resources.filter((r) => named(r, only)) : resources;
  const byRoot = /* @__PURE__ */ new Map();
  const skipped = [];
  for (const resource of chosen) {
    const finding = findingName(resource);
    if (!resource.importBlock?.to) {
      skipped.push({
        finding,
        reason: `Terraform cannot import a ${resource.type} from what the inventory knows of it.`
      });
      continue;
    }
    const directory = targetOf(resource, targets);
    if (!directory) {
      skipped.push({ finding, reason: `no line of ${field} matches its type, region or account.` });
      continue;
    }
    byRoot.set(directory, [...byRoot.get(directory) ?? [], resource]);
  }
  const requests = [...byRoot].map(([directory, list]) => ({ directory, resources: list }));
  return { requests, skipped };
}

// src/remediate/adopt/index.ts
var ADOPTED_FILE = "adopted.tf";
var IMPORTS_FILE = "driftwatch-adopt-imports.tf";
var GENERATED_FILE = "driftwatch-adopt-generated.tf";
var PLAN_FILE = ".driftwatch-adopt.tfplan";
var ROUNDS = 6;
var FILE_HEADER = `# Resources Driftwatch found in AWS that no Terraform state managed. Each import block brings
# the existing object under this configuration on the next apply, which changes nothing in AWS;
# the import blocks can be removed once applied.
`;
function posixPath(path) {
  return path.split("\\").join("/");
}
async function takenAddresses(dir) {
  const root = await readRootFiles(dir).then((files) => readConfiguration(files)).catch(() => void 0);
  return new Set((root?.resources ?? []).map((r) => r.address));
}
function addresses(resources, taken) {
  const out2 = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const base = resource.importBlock?.to;
    let address = base;
    for (let n = 2; taken.has(address); n++) address = `${base}_${n}`;
    taken.add(address);
    out2.set(resource, address);
  }
  return out2;
}
function subjectOf(diagnostic, candidates, located) {
  const byAddress = candidates.find((c) => c.subject.address === diagnostic.address);
  const range = diagnostic.range;
  if (located && range && range.filename.endsWith(located.file)) {
    const at2 = indexOfByte(located.text, range.start.byte);
    for (const candidate of candidates) {
      const { importAt, resourceAt } = located.spans.get(candidate.subject.address) ?? {};
      if (byAddress && byAddress !== candidate) continue;
      if (resourceAt && at2 >= resourceAt.start && at2 < resourceAt.end)
        return { candidate, at: at2 - resourceAt.start };
      if (importAt && at2 >= importAt.start && at2 < importAt.end) return { candidate };
    }
  }
  if (byAddress) return { candidate: byAddress };
  const text = `${diagnostic.summary} ${diagnostic.detail}`;
  const named2 = candidates.find((c) => text.includes(`"${c.subject.address}"`));
  return named2 ? { candidate: named2 } : void 0;
}
function resourceBlocks(text) {
  const out2 = /* @__PURE__ */ new Map();
  for (const block of blocks(parseBody(text), "resource")) {
    if (block.labels.length === 2) out2.set(`${block.labels[0]}.${block.labels[1]}`, block);
  }
  return out2;
}
function importBlocks(text) {
  const out2 = /* @__PURE__ */ new Map();
  for (const block of blocks(parseBody(text), "import")) {
    const to = attributes(block.items).find((a) => a.name === "to");
    if (to) out2.set(valueText(text, to), block);
  }
  return out2;
}
var Adoption = class {
  constructor(scratch, root, options) {
    this.scratch = scratch;
    this.root = root;
    this.options = options;
  }
  scratch;
  root;
  options;
  skipped = [];
  candidates = [];
  skip(candidate, reason) {
    this.candidates = this.candidates.filter((c) => c !== candidate);
    this.skipped.push({ ...candidate.subject, reason });
  }
  get tf() {
    return this.options.terraform;
  }
  /** `terraform plan -generate-config-out` with an import block for each resource. */
  async generate(resources) {
    const names = addresses(resources, await takenAddresses(this.scratch.dir));
    const imports = resources.map(
      (r) => importBlock({ to: names.get(r), id: r.importBlock?.id })
    );
    const importsPath = join3(this.scratch.dir, IMPORTS_FILE);
    const generatedPath = join3(this.scratch.dir, GENERATED_FILE);
    await writeFile(importsPath, `${imports.join("\n\n")}
`);
    this.options.log(
      `Generating configuration for ${resources.length} resources in a copy of '${this.root}'`
    );
    const run2 = await planScratch(this.scratch, this.tf, [`-generate-config-out=${GENERATED_FILE}`]);
    const generatedText = await readFile(generatedPath, "utf8").catch(() => "");
    await rm3(importsPath, { force: true });
    await rm3(generatedPath, { force: true });
    const generated = resourceBlocks(generatedText);
    const all = resources.map((resource) => {
      const address = names.get(resource);
      const block = generated.get(address);
      const raw = block ? generatedText.slice(block.start, block.end) : "";
      return {
        resource,
        subject: { finding: findingName(resource), address },
        type: resource.type,
        importId: resource.importBlock?.id,
        raw,
        block: raw,
        level: "full"
      };
    });
    this.candidates = all;
    if (generated.size === 0 && !run2.ok) {
      const unattributed = run2.errors.find((e) => !subjectOf(e, all));
      if (unattributed)
        throw new UserError(
          `terraform plan failed in a copy of '${this.root}': ${diagnosticLine(unattributed)}`
        );
    }
    for (const candidate of all) {
      if (candidate.raw && this.options.holdsSecret(candidate.raw)) {
        this.skip(candidate, "its configuration would hold a value Terraform marks sensitive.");
      } else if (candidate.raw) {
        candidate.block = tidyBlock(candidate.raw, "full");
      } else {
        const error = run2.errors.find((e) => subjectOf(e, [candidate]));
        this.skip(
          candidate,
          error ? `terraform cannot import it: ${diagnosticLine(error)}` : "terraform generated no configuration for it."
        );
      }
    }
  }
  /** The file as it would be written: what the root had in it, then each adopted resource. */
  compose(existing) {
    const parts2 = this.candidates.map(({ resource, subject, importId, block }) => {
      const where = resource.region === "global" ? "(global)" : `in ${resource.region}`;
      const about = commentText(`${resource.type} ${hclString(resource.id)} ${where}`);
      const severity = resource.severity ? `, ${resource.severity}` : "";
      return `# ${about}: unmanaged${severity}.
${importBlock({ to: subject.address, id: importId })}

${block.trim()}
`;
    });
    const head = existing === void 0 ? FILE_HEADER : `${existing.trimEnd()}
`;
    return `${head}
${parts2.join("\n")}`;
  }
  /**
   * Plans the composed file until every resource left imports with no change: each round repairs
   * or leaves out the resources that failed validation, or tidies less (then leaves out) those
   * whose plan would change them.
   */
  async validate(existing) {
    const path = join3(this.scratch.dir, ADOPTED_FILE);
    for (let round = 1; this.candidates.length > 0; round++) {
      await writeFile(path, this.compose(existing));
      await fmtScratch(this.scratch, this.tf, ADOPTED_FILE);
      const text = await readFile(path, "utf8");
      const resources = resourceBlocks(text);
      for (const c of this.candidates) {
        const block = resources.get(c.subject.address);
        if (block) c.block = text.slice(block.start, block.end);
      }
      this.options.log(
        `Validation plan ${round} of ${this.candidates.length} resources in a copy of '${this.root}'`
      );
      const run2 = await planScratch(this.scratch, this.tf, [`-out=${PLAN_FILE}`]);
      if (!run2.ok) {
        this.repair(run2.errors, text, resources, round);
        continue;
      }
      const plan = await readScratchPlan(this.scratch, this.tf, join3(this.scratch.dir, PLAN_FILE));
      const ours = new Set(this.candidates.map((c) => c.subject.address));
      const summary = validationPlan(plan, ours);
      if (this.settle(plan, summary)) return { text, plan: summary };
    }
    return void 0;
  }
  repair(errors, text, resources, round) {
    const imports = importBlocks(text);
    const spans = new Map(
      this.candidates.map((c) => [
        c.subject.address,
        { importAt: imports.get(c.subject.address), resourceAt: resources.get(c.subject.address) }
      ])
    );
    const located = { text, file: ADOPTED_FILE, spans };
    const byCandidate = /* @__PURE__ */ new Map();
    for (const diagnostic of errors) {
      const found = subjectOf(diagnostic, this.candidates, located);
      if (!found) {
        throw new UserError(
          `terraform plan failed in a copy of '${this.root}': ${diagnosticLine(diagnostic)}`
        );
      }
      byCandidate.set(found.candidate, [
        ...byCandidate.get(found.candidate) ?? [],
        { diagnostic, at: found.at }
      ]);
    }
    for (const [candidate, list] of byCandidate) {
      const result = round < ROUNDS ? repairBlock(candidate.block, candidate.type, list) : {
        reason: `its generated configuration still fails validation: ${diagnosticLine(list[0].diagnostic)}`
      };
      if ("block" in result) candidate.block = result.block;
      else this.skip(candidate, result.reason);
    }
  }
  /** Whether every resource imports with no change; if not, the next round's changes are made. */
  settle(plan, summary) {
    let settled = true;
    for (const candidate of [...this.candidates]) {
      const address = candidate.subject.address;
      const planned = summary.resources.find((r) => r.address === address);
      if (planned?.action === "import") continue;
      settled = false;
      if (candidate.level === "full" && planned) {
        candidate.level = "minimal";
        candidate.block = tidyBlock(candidate.raw, "minimal");
        continue;
      }
      const change = plan.resource_changes?.find((r) => r.address === address)?.change;
      const paths = change ? diffAttributes(
        change.before,
        change.after,
        change.before_sensitive,
        change.after_sensitive
      ).map((d) => d.path.split(/[.[]/)[0]) : [];
      const attributes2 = [...new Set(paths)].join(", ");
      this.skip(
        candidate,
        planned ? `its plan would ${planned.action} it${attributes2 ? ` (${attributes2})` : ""}, not only import it.` : "its plan does not import it."
      );
    }
    return settled;
  }
};
async function adoptInto(request, options) {
  const rootDir = resolve(request.directory);
  const root = posixPath(relative2(options.repoRoot, rootDir)) || ".";
  const file = root === "." ? ADOPTED_FILE : `${root}/${ADOPTED_FILE}`;
  const scratch = await scratchCopy(rootDir, options.repoRoot);
  const adoption = new Adoption(scratch, root, options);
  try {
    await initScratch(scratch, options.terraform);
    const existing = await readFile(join3(scratch.dir, ADOPTED_FILE), "utf8").catch(() => void 0);
    await adoption.generate(request.resources);
    const validated2 = await adoption.validate(existing);
    const remedy2 = {
      kind: "adopt",
      root,
      files: validated2 ? [{ path: file, content: validated2.text }] : [],
      addressed: adoption.candidates.map((c) => c.subject),
      skipped: adoption.skipped
    };
    return validated2 ? { ...remedy2, plan: validated2.plan } : remedy2;
  } finally {
    await scratch.remove();
  }
}

// src/remediate/codify/index.ts
import { readdir as readdir3, readFile as readFile3 } from "node:fs/promises";
import { join as join5, relative as relative4, resolve as resolve2, sep as sep3 } from "node:path";

// src/remediate/codify/hcl.ts
import { access } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language2) {
    assertInternal(internal);
    this[0] = address;
    this.language = language2;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language2, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language2[0], stateId)) {
      this.language = language2;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language2, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language2;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named2) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named2 ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve3, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve3(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve3, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve3(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve3, reject) => {
      readyPromiseResolve = resolve3;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses2) => {
  C._ts_parser_delete(addresses2[0]);
  C._free(addresses2[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language2) {
    let address;
    if (!language2) {
      address = 0;
      this.language = null;
    } else if (language2.constructor === Language) {
      address = language2[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language2;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language2, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language2[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// src/remediate/codify/hcl.ts
var WASM = {
  runtime: { file: "web-tree-sitter.wasm", module: "web-tree-sitter/web-tree-sitter.wasm" },
  grammar: {
    file: "tree-sitter-hcl.wasm",
    module: "@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm"
  }
};
async function exists(path) {
  return access(path).then(
    () => true,
    () => false
  );
}
async function wasmPath(which) {
  const bundled = fileURLToPath(new URL(`../wasm/${WASM[which].file}`, import.meta.url));
  if (await exists(bundled)) return bundled;
  return createRequire(import.meta.url).resolve(WASM[which].module);
}
var loading;
function language() {
  loading ??= (async () => {
    const runtime = await wasmPath("runtime");
    await Parser.init({ locateFile: () => runtime });
    return Language.load(await wasmPath("grammar"));
  })();
  return loading;
}
async function parseHcl(source) {
  const hcl = await language();
  const parser = new Parser();
  try {
    parser.setLanguage(hcl);
    const tree = parser.parse(source);
    if (!tree) throw new Error("tree-sitter returned no tree");
    return tree;
  } finally {
    parser.delete();
  }
}
function childrenOf(node, type) {
  return node.namedChildren.filter((child) => child?.type === type);
}
function firstChild(node, type) {
  return childrenOf(node, type)[0];
}
function lineOf(node) {
  return node.startPosition.row + 1;
}

// src/remediate/codify/values.ts
var notLiteral = (node) => ({ literal: false, node });
function decodeString(raw) {
  return raw.replace(
    /\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|\$\$\{|%%\{/gs,
    (match, u4, u8, char) => {
      if (match === "$${") return "${";
      if (match === "%%{") return "%{";
      if (u4 || u8) return String.fromCodePoint(parseInt(u4 ?? u8, 16));
      return { n: "\n", r: "\r", t: "	" }[char] ?? char;
    }
  );
}
function stringOf(node) {
  if (node.namedChildren.some(
    (child) => child && !/^(quoted_template_(start|end)|template_literal)$/.test(child.type)
  ))
    return notLiteral(node);
  return { literal: true, value: decodeString(node.text.slice(1, -1)) };
}
function literalValueOf(node) {
  const inner = node.namedChildren[0];
  if (!inner) return notLiteral(node);
  switch (inner.type) {
    case "numeric_lit":
      return { literal: true, value: Number(inner.text) };
    case "bool_lit":
      return { literal: true, value: inner.text === "true" };
    case "null_lit":
      return { literal: true, value: null };
    case "string_lit":
      return stringOf(inner);
    default:
      return notLiteral(node);
  }
}
function keyOf(key) {
  const inner = key.type === "expression" ? key.namedChildren : [key];
  if (inner.length !== 1 || !inner[0]) return void 0;
  const node = inner[0];
  if (node.type === "variable_expr") return node.text;
  const value = node.type === "literal_value" ? literalValueOf(node) : void 0;
  return value?.literal && typeof value.value === "string" ? value.value : void 0;
}
function collectionOf(node) {
  const inner = node.namedChildren[0];
  if (inner?.type === "tuple") {
    const values = [];
    for (const element of childrenOf(inner, "expression")) {
      const value = literalOf(element);
      if (!value.literal) return value;
      values.push(value.value);
    }
    return { literal: true, value: values };
  }
  if (inner?.type === "object") {
    const value = {};
    for (const element of childrenOf(inner, "object_elem")) {
      const keyNode = element.childForFieldName("key");
      const valNode = element.childForFieldName("val");
      const key = keyNode ? keyOf(keyNode) : void 0;
      if (key === void 0 || !valNode) return notLiteral(keyNode ?? element);
      const item = literalOf(valNode);
      if (!item.literal) return item;
      value[key] = item.value;
    }
    return { literal: true, value };
  }
  return notLiteral(node);
}
function literalOf(node) {
  switch (node.type) {
    case "expression": {
      const parts2 = node.namedChildren.filter((child) => child !== null);
      return parts2.length === 1 ? literalOf(parts2[0]) : notLiteral(node);
    }
    case "literal_value":
      return literalValueOf(node);
    case "collection_value":
      return collectionOf(node);
    case "template_expr": {
      const quoted = node.namedChildren[0];
      return quoted?.type === "quoted_template" ? stringOf(quoted) : notLiteral(node);
    }
    case "operation": {
      const unary = node.namedChildren[0];
      const operand = unary?.type === "unary_operation" ? unary.namedChildren[0] : void 0;
      const number = operand?.type === "literal_value" ? literalValueOf(operand) : void 0;
      return unary?.text.startsWith("-") && number?.literal && typeof number.value === "number" ? { literal: true, value: -number.value } : notLiteral(node);
    }
    default:
      return notLiteral(node);
  }
}
var BARE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
var KEYWORDS = /* @__PURE__ */ new Set(["true", "false", "null", "for", "in", "if"]);
function objectKey(key) {
  return BARE_KEY.test(key) && !KEYWORDS.has(key) ? key : hclString(key);
}
function hclValue(value, indent = "") {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return hclString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.some((item) => isPlainObject(item) || Array.isArray(item)))
      return `[${value.map((item) => hclValue(item)).join(", ")}]`;
    return `[
${value.map((item) => `${inner}${hclValue(item, inner)},
`).join("")}${indent}]`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const element = ([key, item]) => `${objectKey(key)} = ${hclValue(item, inner)}`;
    if (entries.length === 1 && !isPlainObject(entries[0][1])) return `{ ${element(entries[0])} }`;
    return `{
${entries.map((entry) => `${inner}${element(entry)}
`).join("")}${indent}}`;
  }
  throw new Error(`not a JSON value: ${typeof value}`);
}

// src/remediate/codify/editor.ts
var OverlappingEdits = class extends Error {
};
function applyEdits2(source, edits) {
  const order = edits.map((_, i2) => i2).sort((a, b) => edits[a].start - edits[b].start || a - b);
  const offsets = new Array(edits.length);
  let text = "";
  let at2 = 0;
  for (const i2 of order) {
    const edit = edits[i2];
    if (edit.start < at2) throw new OverlappingEdits(`edits overlap at offset ${edit.start}`);
    text += source.slice(at2, edit.start);
    offsets[i2] = text.length;
    text += edit.text;
    at2 = edit.end;
  }
  return { text: text + source.slice(at2), offsets };
}
function lineStart(source, index) {
  return source.lastIndexOf("\n", index - 1) + 1;
}
function lineEnd(source, index) {
  const end = source.indexOf("\n", index);
  return end < 0 ? source.length : end;
}
function indentAt(source, index) {
  const start2 = lineStart(source, index);
  return /^[ \t]*/.exec(source.slice(start2))?.[0] ?? "";
}
function onOwnLines(source, node) {
  const before = source.slice(lineStart(source, node.startIndex), node.startIndex);
  const after = source.slice(node.endIndex, lineEnd(source, node.endIndex));
  return /^\s*$/.test(before) && /^\s*,?\s*(#.*|\/\/.*|\/\*.*)?$/.test(after);
}
function replaceValue(source, node, value) {
  return {
    start: node.startIndex,
    end: node.endIndex,
    text: hclValue(value, indentAt(source, node.startIndex))
  };
}
function deleteNode(source, node) {
  if (onOwnLines(source, node)) {
    const end = lineEnd(source, node.endIndex);
    const start2 = lineStart(source, node.startIndex);
    const blankBefore = /\n[ \t]*\n$/.test(source.slice(0, start2));
    const next = source.slice(end + 1, lineEnd(source, end + 1));
    if (blankBefore && /^\s*$/.test(next) && end < source.length)
      return { start: start2, end: Math.min(lineEnd(source, end + 1) + 1, source.length), text: "" };
    if (blankBefore && /^\s*[}\]]/.test(next))
      return {
        start: lineStart(source, start2 - 1),
        end: Math.min(end + 1, source.length),
        text: ""
      };
    return { start: start2, end: Math.min(end + 1, source.length), text: "" };
  }
  const after = /^\s*,[ \t]*/.exec(source.slice(node.endIndex));
  if (after) return { start: node.startIndex, end: node.endIndex + after[0].length, text: "" };
  const before = /,\s*$/.exec(source.slice(0, node.startIndex));
  return { start: node.startIndex - (before?.[0].length ?? 0), end: node.endIndex, text: "" };
}
function afterLine(source, anchor, text) {
  const end = lineEnd(source, anchor.endIndex);
  if (end === source.length) return { start: end, end, text: `
${text}` };
  return { start: end + 1, end: end + 1, text: `${text}
` };
}
function insertLine(source, line, anchor, open, close) {
  if (anchor) return afterLine(source, anchor, line(indentAt(source, anchor.startIndex)));
  const outer = indentAt(source, open.startIndex);
  if (open.startPosition.row === close.startPosition.row) {
    return {
      start: open.endIndex,
      end: close.startIndex,
      text: `
${line(`${outer}  `)}
${outer}`
    };
  }
  const at2 = lineEnd(source, open.endIndex) + 1;
  return { start: at2, end: at2, text: `${line(`${outer}  `)}
` };
}
function blockParts(block) {
  const open = firstChild(block, "block_start");
  const close = firstChild(block, "block_end");
  if (!open || !close) throw new Error(`not a block: ${block.type}`);
  return { open, close, body: firstChild(block, "body") };
}
function insertAttribute(source, block, name2, value) {
  const { open, close, body: body2 } = blockParts(block);
  const attributes2 = body2 ? childrenOf(body2, "attribute") : [];
  return insertLine(
    source,
    (indent) => `${indent}${name2} = ${hclValue(value, indent)}`,
    attributes2.at(-1),
    open,
    close
  );
}
function insertElement(source, collection, key, value) {
  const object = firstChild(collection, "object");
  const open = object && firstChild(object, "object_start");
  const close = object && firstChild(object, "object_end");
  if (!object || !open || !close) throw new Error(`not an object: ${collection.text}`);
  const elements = childrenOf(object, "object_elem");
  const last = elements.at(-1);
  if (last && open.startPosition.row === close.startPosition.row) {
    const at2 = last.endIndex;
    return { start: at2, end: at2, text: `, ${objectKey(key)} = ${hclValue(value)}` };
  }
  return insertLine(
    source,
    (indent) => `${indent}${objectKey(key)} = ${hclValue(value, indent)}`,
    last,
    open,
    close
  );
}
function appendElement(source, collection, value) {
  const tuple = firstChild(collection, "tuple");
  const open = tuple && firstChild(tuple, "tuple_start");
  const close = tuple && firstChild(tuple, "tuple_end");
  if (!tuple || !open || !close) throw new Error(`not a list: ${collection.text}`);
  const last = childrenOf(tuple, "expression").at(-1);
  if (!last)
    return [{ start: open.endIndex, end: close.startIndex, text: hclValue([value]).slice(1, -1) }];
  if (open.startPosition.row === close.startPosition.row)
    return [{ start: last.endIndex, end: last.endIndex, text: `, ${hclValue(value)}` }];
  const comma = /^\s*,/.test(source.slice(last.endIndex));
  return [
    ...comma ? [] : [{ start: last.endIndex, end: last.endIndex, text: "," }],
    insertLine(source, (indent) => `${indent}${hclValue(value, indent)},`, last, open, close)
  ];
}
function blockText(name2, value, indent) {
  const inner = `${indent}  `;
  const lines = [];
  const blocks2 = [];
  for (const [key, item] of Object.entries(value)) {
    if (isEmpty(item)) continue;
    if (Array.isArray(item) && item.every(isPlainObject)) {
      for (const element of item) blocks2.push(blockText(key, element, inner));
      continue;
    }
    lines.push(`${inner}${key} = ${hclValue(item, inner)}`);
  }
  const body2 = [...lines, ...blocks2.length > 0 && lines.length > 0 ? [""] : [], ...blocks2];
  return `${indent}${name2} {
${body2.map((line) => `${line}
`).join("")}${indent}}`;
}
function insertBlock(source, parent, siblings, name2, value) {
  const last = siblings.at(-1);
  if (last)
    return afterLine(source, last, `
${blockText(name2, value, indentAt(source, last.startIndex))}`);
  const { open, close } = blockParts(parent);
  const indent = `${indentAt(source, parent.startIndex)}  `;
  if (open.startPosition.row === close.startPosition.row)
    return {
      start: open.endIndex,
      end: close.startIndex,
      text: `
${blockText(name2, value, indent)}
`
    };
  const at2 = lineStart(source, close.startIndex);
  return { start: at2, end: at2, text: `
${blockText(name2, value, indent)}
` };
}
function replaceWithRemoved(resource, address) {
  return {
    start: resource.startIndex,
    end: resource.endIndex,
    text: `removed {
  from = ${address}

  lifecycle {
    destroy = false
  }
}`
  };
}

// src/remediate/codify/locate.ts
var SEGMENT = /^(?:\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|("(?:[^"\\]|\\.)*"))/;
function parsePath(path) {
  const segments = [];
  let rest = path;
  while (rest) {
    const match = SEGMENT.exec(rest);
    if (!match) return void 0;
    const [, name2, index, bracketed, quoted] = match;
    if (name2 !== void 0) segments.push(name2);
    else if (index !== void 0) segments.push(Number(index));
    else segments.push(JSON.parse(bracketed ?? quoted));
    rest = rest.slice(match[0].length);
  }
  return segments;
}
function blockName(block) {
  return firstChild(block, "identifier")?.text;
}
function blockLabels(block) {
  return childrenOf(block, "string_lit").map((label) => decodeString(label.text.slice(1, -1)));
}
function bodyOf(block) {
  const body2 = firstChild(block, "body");
  return body2 ? body2.namedChildren.filter((child) => child !== null) : [];
}
function attributeOf(block, name2) {
  for (const node of bodyOf(block)) {
    if (node.type !== "attribute" || firstChild(node, "identifier")?.text !== name2) continue;
    const value = firstChild(node, "expression");
    if (value) return { attribute: node, value };
  }
  return void 0;
}
function nestedBlocks(block, name2) {
  return bodyOf(block).filter(
    (node) => node.type === "block" && blockName(node) === name2 && blockLabels(node).length === 0
  );
}
function dynamicBlock(block, name2) {
  return bodyOf(block).find(
    (node) => node.type === "block" && blockName(node) === "dynamic" && blockLabels(node)[0] === name2
  );
}
function resourceBlocks2(files) {
  const index = /* @__PURE__ */ new Map();
  for (const file of files) {
    const body2 = firstChild(file.tree.rootNode, "body");
    for (const block of body2 ? childrenOf(body2, "block") : []) {
      const labels = blockLabels(block);
      if (blockName(block) !== "resource" || labels.length !== 2) continue;
      const key = `${labels[0]}.${labels[1]}`;
      if (!index.has(key)) index.set(key, { file, block });
    }
  }
  return index;
}
function sameValue(code, state) {
  if (isEmpty(code) && isEmpty(state)) return true;
  if (Array.isArray(code) && Array.isArray(state))
    return code.length === state.length && code.every((item, i2) => sameValue(item, state[i2]));
  if (isPlainObject(code) && isPlainObject(state)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(code), ...Object.keys(state)]);
    return [...keys].every((key) => sameValue(code[key], state[key]));
  }
  if (code === null || state === null || typeof code === "object" || typeof state === "object")
    return deepEqual(code, state);
  return String(code) === String(state);
}
function literalIn(block, path) {
  const [name2, ...rest] = path;
  if (typeof name2 !== "string") return void 0;
  const attribute = attributeOf(block, name2);
  if (!attribute) return rest.length === 0 ? { value: null } : void 0;
  const literal = literalOf(attribute.value);
  if (!literal.literal) return void 0;
  let value = literal.value;
  for (const segment of rest) {
    if (value === null || typeof value !== "object") return { value: null };
    value = value[segment] ?? null;
  }
  return { value };
}
function blockMatches(block, element) {
  const attributes2 = bodyOf(block).filter((node) => node.type === "attribute");
  return attributes2.length > 0 && attributes2.every((attribute) => {
    const name2 = firstChild(attribute, "identifier")?.text ?? "";
    const found = literalIn(block, [name2]);
    return found !== void 0 && sameValue(found.value, element[name2]);
  });
}
var notFound = (detail, node) => ({ reason: "not-found", detail, node });
function fromExpression(node) {
  return {
    reason: "expression",
    detail: `set by \`${clipToLine(node.text, 80)}\`: change it there`,
    node
  };
}
var Locator = class {
  constructor(source, change) {
    this.source = source;
    this.change = change;
  }
  source;
  change;
  get after() {
    return this.change.after;
  }
  inBlock(block, path) {
    const [name2, ...rest] = path;
    if (typeof name2 !== "string") return notFound("not an argument name", block);
    const attribute = attributeOf(block, name2);
    if (attribute) return this.inExpression(attribute.attribute, attribute.value, rest);
    const blocks2 = nestedBlocks(block, name2);
    if (blocks2.length > 0) return this.inBlocks(block, blocks2, name2, rest);
    const dynamic = dynamicBlock(block, name2);
    if (dynamic)
      return { reason: "expression", detail: `made by \`dynamic "${name2}"\``, node: dynamic };
    if (rest.length > 0) return notFound(`the code does not set \`${name2}\``, block);
    if (isEmpty(this.after)) return notFound(`the code does not set \`${name2}\``, block);
    const after = this.after;
    if (Array.isArray(after) && after.every(isPlainObject))
      return { edits: after.map((item) => insertBlock(this.source, block, [], name2, item)) };
    return { edits: [insertAttribute(this.source, block, name2, after)] };
  }
  /** `owner` is what holds the expression (an attribute or object element): deleted with it. */
  inExpression(owner, value, path) {
    if (path.length === 0) {
      const literal2 = literalOf(value);
      if (!literal2.literal) return fromExpression(literal2.node);
      if (this.after === null || this.after === void 0)
        return { edits: [deleteNode(this.source, owner)] };
      return { edits: [replaceValue(this.source, value, this.after)] };
    }
    const collection = value.namedChildren.length === 1 ? value.namedChildren[0] : null;
    const inner = collection?.type === "collection_value" ? collection.namedChildren[0] : null;
    const [segment, ...rest] = path;
    if (collection && inner?.type === "object" && typeof segment === "string") {
      for (const element of childrenOf(inner, "object_elem")) {
        const key = element.childForFieldName("key");
        const val = element.childForFieldName("val");
        if (!key || !val) continue;
        const name2 = keyOf(key);
        if (name2 === void 0) return fromExpression(key);
        if (name2 === segment) return this.inExpression(element, val, rest);
      }
      if (rest.length > 0 || this.after === null)
        return notFound(`the code has no \`${segment}\``, value);
      return { edits: [insertElement(this.source, collection, segment, this.after)] };
    }
    if (collection && inner?.type === "tuple" && typeof segment === "number")
      return this.inList(collection, childrenOf(inner, "expression"), rest);
    const literal = literalOf(value);
    return literal.literal ? notFound("the code writes another shape", value) : fromExpression(literal.node);
  }
  /** A list literal of objects (`ingress = [{...}]`): elements are matched by content. */
  inList(collection, elements, rest) {
    const { before, after } = this.change;
    if (rest.length === 0) {
      if (before === null && isPlainObject(after))
        return { edits: appendElement(this.source, collection, after) };
      const match2 = isPlainObject(before) ? elements.filter((element) => {
        const literal = literalOf(element);
        return literal.literal && sameValue(literal.value, before);
      }) : [];
      if (match2.length === 1 && after === null)
        return { edits: [deleteNode(this.source, match2[0])] };
      return notFound("no single element of the list matches the state", collection);
    }
    const match = elements.filter((element) => {
      const literal = literalOf(element);
      if (!literal.literal) return false;
      let value = literal.value;
      for (const segment of rest)
        value = value?.[segment] ?? null;
      return sameValue(value, before);
    });
    if (match.length !== 1)
      return notFound("no single element of the list matches the state", collection);
    return this.inExpression(match[0], match[0], rest);
  }
  /** Nested blocks (`ingress { ... }`): a set's order is not the code's, so they are matched by content. */
  inBlocks(parent, blocks2, name2, path) {
    const [index, ...rest] = path;
    const { before, after } = this.change;
    if (typeof index !== "number") return notFound(`\`${name2}\` is written as blocks`, blocks2[0]);
    if (rest.length === 0) {
      if (before === null && isPlainObject(after))
        return { edits: [insertBlock(this.source, parent, blocks2, name2, after)] };
      const match2 = isPlainObject(before) ? blocks2.filter((block2) => blockMatches(block2, before)) : [];
      if (match2.length === 1 && after === null)
        return { edits: [deleteNode(this.source, match2[0])] };
      return notFound(`no single \`${name2}\` block in the code matches the state's`, blocks2[0]);
    }
    const match = blocks2.filter((block2) => {
      const found = literalIn(block2, rest);
      return found !== void 0 && sameValue(found.value, before);
    });
    const block = match.length === 1 ? match[0] : blocks2.length === 1 ? blocks2[0] : void 0;
    if (!block)
      return notFound(`no single \`${name2}\` block in the code matches the state's`, blocks2[0]);
    return this.inBlock(block, rest);
  }
};
function referenceTo(files, type, name2) {
  for (const file of files) {
    for (const node of file.tree.rootNode.descendantsOfType("variable_expr")) {
      const next = node?.nextNamedSibling;
      if (node?.text === type && next?.type === "get_attr" && firstChild(next, "identifier")?.text === name2)
        return { file, node };
    }
  }
  return void 0;
}
var PLAIN_ADDRESS = /^[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*$/;
function at(file, node) {
  return node ? { file: file.repoPath, line: lineOf(node) } : {};
}
function removal2(files, resource, finding) {
  const reference = referenceTo(files, finding.type, finding.name);
  if (reference || !PLAIN_ADDRESS.test(finding.address)) {
    return {
      address: finding.address,
      reason: "referenced",
      detail: "other code refers to it: remove it and those references by hand",
      ...reference ? at(reference.file, reference.node) : at(resource.file, resource.block)
    };
  }
  return {
    file: resource.file,
    edits: [replaceWithRemoved(resource.block, finding.address)],
    address: finding.address,
    changes: [],
    removed: true
  };
}
function live(change) {
  return change.sensitive ? {} : { live: change.after };
}
function unsetArgument(resource, changes) {
  const unset = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const path = parsePath(change.path);
    if (!path || path.length !== 2 || typeof path[1] !== "string" || change.sensitive) continue;
    const name2 = path[0];
    const { block } = resource;
    if (attributeOf(block, name2) || nestedBlocks(block, name2).length || dynamicBlock(block, name2))
      continue;
    unset.set(name2, [...unset.get(name2) ?? [], change]);
  }
  return unset;
}
function changed(resource, finding) {
  const { file, block } = resource;
  const out2 = [];
  const unset = unsetArgument(resource, finding.changes);
  for (const [name2, changes] of unset) {
    const value = Object.fromEntries(
      changes.filter((c) => c.after !== null).map((c) => [parsePath(c.path)?.[1], c.after])
    );
    out2.push({
      file,
      edits: [insertAttribute(file.source, block, name2, value)],
      address: finding.address,
      changes
    });
  }
  const grouped = new Set([...unset.values()].flat());
  for (const change of finding.changes.filter((c) => !grouped.has(c))) {
    const path = parsePath(change.path);
    const skip = (reason, detail, node) => ({
      address: finding.address,
      path: change.path,
      reason,
      detail,
      ...at(file, node ?? block),
      ...live(change)
    });
    if (change.sensitive) {
      const attribute = attributeOf(block, String(path?.[0] ?? topAttribute(change.path)));
      out2.push(skip("sensitive", "sensitive: set by hand", attribute?.attribute));
      continue;
    }
    if (!path || path.length === 0) {
      out2.push(skip("not-found", "the change has no attribute path"));
      continue;
    }
    if (path[0] === "tags_all") {
      out2.push(
        skip(
          "expression",
          "computed from `tags` and the provider's `default_tags`: change one of them"
        )
      );
      continue;
    }
    const step = new Locator(file.source, change).inBlock(block, path);
    if ("edits" in step)
      out2.push({ file, edits: step.edits, address: finding.address, changes: [change] });
    else out2.push(skip(step.reason, step.detail, step.node));
  }
  return out2;
}
function locate(files, findings) {
  const resources = resourceBlocks2(files);
  const located = { planned: [], notCodified: [] };
  const whole = (finding, reason, detail) => ({
    address: finding.address,
    reason,
    detail,
    ...finding.location ?? {}
  });
  for (const finding of findings) {
    const resource = resources.get(`${finding.type}.${finding.name}`);
    let outcomes;
    if (finding.module)
      outcomes = [
        whole(finding, "module", `in \`${finding.module}\`: change it in the module or its call`)
      ];
    else if (finding.index !== void 0)
      outcomes = [
        whole(
          finding,
          "instances",
          "one block makes several instances (count or for_each): change it by hand"
        )
      ];
    else if (!resource)
      outcomes = [whole(finding, "not-found", "no resource block for it in the root's .tf files")];
    else if (finding.kind === "deleted") outcomes = [removal2(files, resource, finding)];
    else outcomes = changed(resource, finding);
    for (const outcome of outcomes) {
      if ("edits" in outcome) located.planned.push(outcome);
      else located.notCodified.push(outcome);
    }
  }
  return located;
}

// src/remediate/codify/validate.ts
import {
  cp as cp2,
  mkdir as mkdir2,
  mkdtemp as mkdtemp2,
  readdir as readdir2,
  readFile as readFile2,
  rm as rm4,
  stat,
  symlink as symlink2,
  writeFile as writeFile2
} from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { isAbsolute as isAbsolute2, join as join4, relative as relative3, sep as sep2 } from "node:path";
async function exists2(path) {
  return stat(path).then(
    () => true,
    () => false
  );
}
async function scratchCopy2(rootDir, repoRoot) {
  const dir = await mkdtemp2(join4(process.env.RUNNER_TEMP || tmpdir2(), "driftwatch-codify-"));
  const inside = relative3(repoRoot, rootDir);
  const steps = inside && !inside.startsWith("..") && !isAbsolute2(inside) ? inside.split(sep2) : [];
  let from = steps.length > 0 ? repoRoot : rootDir;
  let to = dir;
  for (const step of steps) {
    for (const entry of await readdir2(from)) {
      if (entry !== step && entry !== ".git") await symlink2(join4(from, entry), join4(to, entry));
    }
    from = join4(from, step);
    to = join4(to, step);
    await mkdir2(to);
  }
  const root = steps.length > 0 ? to : join4(dir, "root");
  await cp2(rootDir, root, {
    recursive: true,
    filter: (source) => relative3(rootDir, source) !== ".terraform"
  });
  if (await exists2(join4(rootDir, ".terraform")))
    await symlink2(join4(rootDir, ".terraform"), join4(root, ".terraform"));
  return { dir, root };
}
async function openScratch(rootDir, repoRoot, label, options) {
  const scratch = await scratchCopy2(rootDir, repoRoot);
  const inScratch = (path) => join4(scratch.root, relative3(rootDir, path));
  const written = /* @__PURE__ */ new Set();
  const run2 = (args2) => runProcess(options.binary, args2, { cwd: scratch.root, env: options.env });
  const fail = (step, stderr, stdout) => {
    throw new UserError(
      `terraform ${step} failed on the rewritten files of '${label}': ${options.scrub(terraformError(stderr, stdout))}`
    );
  };
  return {
    async write(contents) {
      for (const path of written)
        if (!contents.has(path)) await writeFile2(inScratch(path), await readFile2(path, "utf8"));
      for (const [path, text] of contents) {
        await writeFile2(inScratch(path), text);
        written.add(path);
      }
      const files = [...contents.keys()].map(inScratch);
      const fmt = await run2(["fmt", "-no-color", "-list=false", ...files]);
      if (fmt.code !== 0) fail("fmt", fmt.stderr, fmt.stdout);
      const formatted = /* @__PURE__ */ new Map();
      for (const path of contents.keys())
        formatted.set(path, await readFile2(inScratch(path), "utf8"));
      return formatted;
    },
    async validate() {
      const result = await run2(["validate", "-json", "-no-color"]);
      let parsed;
      try {
        parsed = JSON.parse(result.stdout);
      } catch {
        return fail("validate", result.stderr, result.stdout);
      }
      return (parsed.diagnostics ?? []).filter((d) => d.severity === "error").map((d) => ({
        file: join4(rootDir, d.range?.filename ?? ""),
        line: d.range?.start?.line ?? 0,
        message: options.scrub(clipToLine([d.summary, d.detail].filter(Boolean).join(": "), 300))
      }));
    },
    async plan() {
      return (await runTerraform(scratch.root, label, options)).plan;
    },
    remove: () => rm4(scratch.dir, { recursive: true, force: true })
  };
}
function overlap(a, b) {
  return touches(pathPattern(a), pathPattern(b));
}
function plannedAction2(actions) {
  if (actions.includes("create") && actions.includes("delete")) return "replace";
  for (const action of ["create", "delete", "update", "forget"])
    if (actions.includes(action)) return action;
  return "no-op";
}
function validationPlan2(plan, own) {
  const actions = new Map(
    (plan.resource_changes ?? []).filter((rc) => rc.mode === "managed").map((rc) => [rc.address, plannedAction2(rc.change.actions)])
  );
  const addresses2 = [.../* @__PURE__ */ new Set([...own, ...actions.keys()])].sort();
  const resources = addresses2.map((address) => ({
    address,
    action: actions.get(address) ?? "no-op",
    remedy: own.has(address)
  })).filter((resource) => resource.remedy || resource.action !== "no-op");
  const count = (...kinds) => resources.filter((r) => kinds.includes(r.action)).length;
  return {
    import: 0,
    add: count("create", "replace"),
    change: count("update"),
    destroy: count("delete", "replace"),
    resources
  };
}
function judge(plan, planned) {
  const analysis = analysePlan(plan);
  const changes = new Map((plan.resource_changes ?? []).map((rc) => [rc.address, rc]));
  const failed = /* @__PURE__ */ new Map();
  for (const edit of planned) {
    const actions = changes.get(edit.address)?.change.actions ?? [];
    const action = plannedAction2(actions);
    if (edit.removed) {
      if (action !== "forget" && action !== "no-op") failed.set(edit, `the plan would ${action} it`);
      continue;
    }
    if (action === "create" || action === "delete" || action === "replace") {
      failed.set(edit, `the plan would ${action} the resource`);
      continue;
    }
    const drift = analysis.drift.find((d) => d.address === edit.address);
    const pending = analysis.pending.find((p) => p.address === edit.address);
    for (const change of edit.changes) {
      const undone = drift?.changes.find((d) => overlap(d.path, change.path));
      const asked = pending?.attributes.find((name2) => name2 === topAttribute(change.path));
      if (undone) failed.set(edit, `the plan still changes \`${undone.path}\``);
      else if (asked) failed.set(edit, `the plan still changes \`${asked}\``);
    }
  }
  return { failed, plan: validationPlan2(plan, new Set(planned.map((edit) => edit.address))) };
}

// src/remediate/codify/index.ts
var MAX_PLANS = 3;
async function readRoot(rootDir, repoRoot) {
  const names = (await readdir3(rootDir)).filter((name2) => name2.endsWith(".tf")).sort();
  const files = [];
  for (const name2 of names) {
    const path = join5(rootDir, name2);
    const source = await readFile3(path, "utf8");
    const repoPath = relative4(repoRoot, path).split(sep3).join("/");
    files.push({ path, repoPath, source, tree: await parseHcl(source) });
  }
  return files;
}
function withoutOverlaps(planned) {
  const kept = [];
  const dropped = [];
  for (const edit of planned) {
    const same = kept.filter((other) => other.file === edit.file).flatMap((other) => other.edits);
    try {
      applyEdits2(edit.file.source, [...same, ...edit.edits]);
      kept.push(edit);
    } catch (error) {
      if (!(error instanceof OverlappingEdits)) throw error;
      dropped.push(edit);
    }
  }
  return { kept, dropped };
}
function render(planned) {
  const rendered = { contents: /* @__PURE__ */ new Map(), lines: /* @__PURE__ */ new Map() };
  for (const file of new Set(planned.map((edit) => edit.file))) {
    const mine = planned.filter((edit) => edit.file === file);
    const edits = mine.flatMap((edit) => edit.edits);
    const { text, offsets } = applyEdits2(file.source, edits);
    rendered.contents.set(file.path, text);
    const lineAt = (offset) => text.slice(0, offset).split("\n").length;
    let next = 0;
    for (const edit of mine) {
      const spans = edit.edits.map((textEdit, i2) => {
        const written = textEdit.text.replace(/^\n+/, "").replace(/\n+$/, "");
        const first = lineAt(
          offsets[next + i2] + textEdit.text.length - textEdit.text.replace(/^\n+/, "").length
        );
        return [first, first + written.split("\n").length - 1];
      });
      next += edit.edits.length;
      rendered.lines.set(edit, [
        Math.min(...spans.map((s) => s[0])),
        Math.max(...spans.map((s) => s[1]))
      ]);
    }
  }
  return rendered;
}
function takenBack(edit, reason, why) {
  const where = { file: edit.file.repoPath };
  if (edit.removed)
    return [{ address: edit.address, reason, detail: `${why}: remove it by hand`, ...where }];
  return edit.changes.map((change) => ({
    address: edit.address,
    path: change.path,
    reason,
    detail: `written, then taken back: ${why}`,
    ...where,
    live: change.after
  }));
}
function rejected(errors, planned, rendered) {
  const found = /* @__PURE__ */ new Map();
  for (const error of errors) {
    const edit = planned.find((edit2) => {
      const [first, last] = rendered.lines.get(edit2) ?? [0, -1];
      return edit2.file.path === error.file && error.line >= first && error.line <= last;
    });
    if (edit && !found.has(edit)) found.set(edit, `terraform validate: ${error.message}`);
  }
  return found;
}
function skippedReason(entry) {
  const what = entry.path ? `\`${entry.path}\`` : "the resource";
  const where = entry.file ? ` (${entry.file}${entry.line ? `:${entry.line}` : ""})` : "";
  const live2 = "live" in entry ? `; live value ${JSON.stringify(entry.live)}` : "";
  return `${what}${where}: ${entry.detail}${live2}`;
}
function remedyOf({ root, planned, notCodified, run: run2 }) {
  const changes = [];
  const removed = [];
  for (const edit of run2 ? planned : []) {
    const where = { file: edit.file.repoPath, line: run2?.rendered.lines.get(edit)?.[0] ?? 0 };
    if (edit.removed) removed.push({ address: edit.address, ...where });
    for (const change of edit.changes)
      changes.push({
        address: edit.address,
        path: change.path,
        ...where,
        before: change.before,
        after: change.after
      });
  }
  const files = run2 ? [...run2.formatted].map(([path, content]) => ({
    path: planned.find((edit) => edit.file.path === path)?.file.repoPath ?? path,
    content
  })) : [];
  const addressed = [...new Set([...changes, ...removed].map((c) => c.address))];
  return {
    kind: "codify",
    root,
    files,
    addressed: addressed.map((address) => ({ finding: address, address })),
    skipped: notCodified.map((entry) => ({
      finding: entry.address,
      address: entry.address,
      reason: skippedReason(entry)
    })),
    ...run2 ? { plan: run2.plan } : {},
    codify: { changes, removed, notCodified }
  };
}
async function codify(request) {
  const rootDir = resolve2(request.directory);
  const repoRoot = resolve2(request.repoRoot ?? sourceRoot());
  const root = relative4(repoRoot, rootDir).split(sep3).join("/") || ".";
  const files = await readRoot(rootDir, repoRoot);
  try {
    const located = locate(files, request.drift);
    const { kept, dropped } = withoutOverlaps(located.planned);
    const notCodified = [
      ...located.notCodified,
      ...dropped.flatMap(
        (edit) => takenBack(edit, "still-planned", "another edit changes the same code")
      )
    ];
    const outcome = { directory: request.directory, root, planned: kept, notCodified };
    if (kept.length === 0) return remedyOf(outcome);
    const scratch = await openScratch(rootDir, repoRoot, request.directory, request.terraform);
    try {
      return remedyOf(await validated(scratch, outcome));
    } finally {
      await scratch.remove();
    }
  } finally {
    for (const file of files) file.tree.delete();
  }
}
async function validated(scratch, outcome) {
  const { notCodified } = outcome;
  let planned = outcome.planned;
  let plans = 0;
  while (planned.length > 0) {
    const rendered = render(planned);
    const formatted = await scratch.write(rendered.contents);
    const errors = await scratch.validate();
    if (errors.length > 0) {
      const bad = rejected(errors, planned, rendered);
      if (bad.size === 0) {
        const [error] = errors;
        throw new UserError(
          `codify: ${relative4(process.cwd(), error.file)}:${error.line} does not validate, where no edit was made: ${error.message}`
        );
      }
      for (const [edit, why] of bad) notCodified.push(...takenBack(edit, "invalid", why));
      planned = planned.filter((edit) => !bad.has(edit));
      continue;
    }
    const verdict = judge(await scratch.plan(), planned);
    if (verdict.failed.size === 0)
      return { ...outcome, planned, run: { rendered, formatted, plan: verdict.plan } };
    if (++plans === MAX_PLANS) {
      const [[edit, why]] = verdict.failed;
      throw new UserError(
        `codify: the validation plan of '${outcome.directory}' still undoes the edit of ${edit.address} after ${MAX_PLANS} plans (${why}): nothing is written.`
      );
    }
    for (const [edit, why] of verdict.failed)
      notCodified.push(...takenBack(edit, "still-planned", why));
    planned = planned.filter((edit) => !verdict.failed.has(edit));
  }
  return { ...outcome, planned: [] };
}

// src/remediate/index.ts
async function adopt(report, settings, options) {
  const unmanaged = report.unmanaged;
  if (!unmanaged || unmanaged.skipped) {
    throw new UserError(
      `adopt needs the unmanaged-resource scan${unmanaged?.skipped ? `, which did not run: ${unmanaged.skipped}` : ""}.`
    );
  }
  const { requests, skipped } = adoptionRequests(
    unmanaged.resources,
    settings,
    settings.adoptIntoField
  );
  const remedies = [];
  for (const request of requests) remedies.push(await adoptInto(request, options));
  return { remedies, skipped };
}
async function codifyRoots(report, settings, options) {
  const remedies = [];
  for (const dir of report.directories) {
    const drift = settings.only?.length ? dir.drift.filter((finding) => settings.only?.includes(finding.address)) : dir.drift;
    if (dir.status !== "ok" || drift.length === 0) continue;
    options.log(`codify: ${dir.path}: ${drift.length} drifted resource(s)`);
    remedies.push(
      await codify({
        directory: dir.path,
        drift,
        repoRoot: options.repoRoot,
        terraform: { ...options.terraform, init: false }
      })
    );
  }
  return { remedies, skipped: [] };
}
async function remedy(kind, report, settings, options) {
  return kind === "adopt" ? adopt(report, settings, options) : codifyRoots(report, settings, options);
}
async function remediesFor(kind, findings, report, settings, options) {
  if (kind === "adopt") {
    const only = findings.flatMap((f) => f.kind === "unmanaged" ? [f.name] : []);
    if (only.length === 0) return [];
    const run2 = await adopt(report, { ...settings, only }, options);
    if (run2.remedies.length === 0 && run2.skipped.length > 0)
      throw new UserError(
        `nothing could be adopted: ${run2.skipped[0].finding}: ${run2.skipped[0].reason}`
      );
    return run2.remedies;
  }
  const byRoot = /* @__PURE__ */ new Map();
  for (const f of findings)
    if (f.kind === "drift") byRoot.set(f.root, [...byRoot.get(f.root) ?? [], f.address]);
  const narrowed = {
    ...report,
    directories: report.directories.map((dir) => ({
      ...dir,
      drift: dir.drift.filter((d) => byRoot.get(dir.path)?.includes(d.address))
    }))
  };
  return (await codifyRoots(narrowed, {}, options)).remedies;
}

export {
  adopt,
  codifyRoots,
  remedy,
  remediesFor
};
//# sourceMappingURL=chunk-GM37BG6C.js.map

#!/usr/bin/env node
import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  INPUTS,
  InputError,
  VERSION,
  audit,
  checkReportFiles,
  coverage,
  failureReason,
  findTerraform,
  optionMessage,
  parseInputs,
  parseSome,
  pluginCacheDir,
  readConfiguration,
  readRootFiles,
  readSavedPlan,
  renderJson,
  renderSummary,
  renderText,
  reportFileTexts,
  reportFiles,
  runProcess,
  sourceRoot,
  terraformEnv,
  terraformError,
  writeReportFile,
  writeReportFiles
} from "./chunk-HCKWJV7Y.js";
import {
  commentText,
  diffAttributes,
  hclString,
  importBlock,
  plain
} from "./chunk-QNTUNPTI.js";
import {
  countFindings
} from "./chunk-WTJH7HIO.js";
import "./chunk-4NOD677B.js";
import {
  REPORT_SCHEMA_VERSION
} from "./chunk-VGWQQIM2.js";
import "./chunk-PXOIFRMI.js";
import "./chunk-WBAT22HC.js";
import {
  parseArn
} from "./chunk-UEO5CBCT.js";
import {
  UserError,
  clipToLine,
  messageOf,
  plural
} from "./chunk-FFYNXMZ5.js";
import "./chunk-QNIVMOOM.js";

// src/cli/main.ts
import { readFile as readFile2, writeFile as writeFile3 } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";

// src/report/merge.ts
function asReport(name, value) {
  const report = value;
  if (!report || typeof report !== "object" || report.tool?.name !== "driftwatch" || typeof report.schemaVersion !== "number" || !Array.isArray(report.directories)) {
    throw new UserError(`'${name}' is not a Driftwatch JSON report (the file report-path names).`);
  }
  if (report.schemaVersion > REPORT_SCHEMA_VERSION) {
    throw new UserError(
      `'${name}' has report schema ${report.schemaVersion}, newer than this Driftwatch reads (${REPORT_SCHEMA_VERSION}): update the CLI.`
    );
  }
  return report;
}
function labelled(reports) {
  const seen = /* @__PURE__ */ new Map();
  for (const { report } of reports)
    for (const dir of report.directories) seen.set(dir.path, (seen.get(dir.path) ?? 0) + 1);
  return reports.flatMap(
    ({ name, report }) => report.directories.map(
      (dir) => (seen.get(dir.path) ?? 0) > 1 ? { ...dir, path: `${dir.path} (${name})` } : dir
    )
  );
}
function mergeUnmanaged(parts) {
  if (parts.length === 0) return void 0;
  const once = (items) => [
    ...new Map(items.map((item) => [item.arn ?? `${item.type} ${item.id}`, item])).values()
  ];
  const scanned = parts.filter((part) => !part.skipped);
  const resources = once(parts.flatMap((part) => part.resources));
  const managed = parts.reduce((n, part) => n + part.managed, 0);
  const madeByAws = {};
  for (const part of parts) {
    for (const [rule, count] of Object.entries(part.madeByAws ?? {})) {
      madeByAws[rule] = Math.max(madeByAws[rule] ?? 0, count);
    }
  }
  return {
    inventory: parts.some((part) => part.inventory === "deep") ? "deep" : "tagging",
    regions: [...new Set(parts.flatMap((part) => part.regions))],
    ...scanned.length === 0 && parts[0].skipped ? { skipped: parts[0].skipped } : {},
    listedTypes: [...new Set(parts.flatMap((part) => part.listedTypes ?? []))].sort(),
    notListed: parts.flatMap((part) => part.notListed ?? []),
    regionErrors: parts.flatMap((part) => part.regionErrors),
    resources,
    ownedByOthers: once(parts.flatMap((part) => part.ownedByOthers)),
    managed,
    ignored: parts.reduce((n, part) => n + part.ignored, 0),
    // The same account seen by several jobs: each counts the same defaults.
    madeByAws,
    coverage: scanned.length === 0 ? null : coverage(managed, resources.length),
    blindSpots: parts[0].blindSpots,
    durationMs: Math.max(...parts.map((part) => part.durationMs))
  };
}
function mergeReports(reports, options) {
  if (reports.length === 0) throw new UserError("merge needs at least one JSON report.");
  const directories = labelled(reports);
  const unmanaged = mergeUnmanaged(
    reports.flatMap(({ report }) => report.unmanaged ? [report.unmanaged] : [])
  );
  const first = reports[0].report;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "driftwatch", version: options.version },
    generatedAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
    // The jobs of one matrix share their run; otherwise the first report's stands for all.
    run: first.run,
    directories,
    counts: countFindings(directories, unmanaged),
    ...unmanaged ? { unmanaged } : {},
    errors: reports.flatMap(({ report }) => report.errors)
  };
}

// src/cli/fix.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, resolve as resolve2 } from "node:path";

// src/cli/usage-error.ts
var UsageError = class extends UserError {
};

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
  fail(at, why) {
    const line = this.text.slice(0, at).split("\n").length;
    throw new HclError(`line ${line}: ${why}`);
  }
  /** After a comment starting at `at`, or `at` when none starts there. */
  skipComment(at) {
    const { text } = this;
    if (text[at] === "#" || text[at] === "/" && text[at + 1] === "/") {
      const nl = text.indexOf("\n", at);
      return nl < 0 ? text.length : nl;
    }
    if (text[at] === "/" && text[at + 1] === "*") {
      const close = text.indexOf("*/", at + 2);
      if (close < 0) this.fail(at, "a comment that never closes");
      return close + 2;
    }
    return at;
  }
  /** After the quoted template whose opening quote is at `at`. */
  skipString(at) {
    const { text } = this;
    let i = at + 1;
    while (i < text.length) {
      const c = text[i];
      if (c === "\\") i += 2;
      else if (c === '"') return i + 1;
      else if (c === "\n") this.fail(i, "a string that runs past its line");
      else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") i += 3;
      else if ((c === "$" || c === "%") && text[i + 1] === "{") i = this.skipExpression(i + 2, "}");
      else i++;
    }
    return this.fail(at, "a string that never closes");
  }
  /** After the heredoc whose `<<` is at `at`, or -1 when `<<` does not start one. */
  skipHeredoc(at) {
    const marker = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(this.text.slice(at, at + 200));
    if (!marker) return -1;
    let line = at + marker[0].length;
    while (line < this.text.length) {
      const nl = this.text.indexOf("\n", line);
      const end = nl < 0 ? this.text.length : nl;
      if (this.text.slice(line, end).trim() === marker[1]) return end;
      line = end + 1;
    }
    return this.fail(at, `a heredoc without its closing ${marker[1]}`);
  }
  /**
   * After the expression text from `at` up to the `closer` that ends it (consumed), with brackets,
   * strings, heredocs and comments inside stepped over.
   */
  skipExpression(at, closer) {
    const { text } = this;
    const closers = [closer];
    let i = at;
    while (i < text.length) {
      const c = text[i];
      const afterComment = this.skipComment(i);
      if (afterComment !== i) {
        i = afterComment;
        continue;
      }
      if (c === '"') i = this.skipString(i);
      else if (c === "<" && text[i + 1] === "<" && this.skipHeredoc(i) >= 0) i = this.skipHeredoc(i);
      else if (c === "{" || c === "[" || c === "(") {
        closers.push(c === "{" ? "}" : c === "[" ? "]" : ")");
        i++;
      } else if (c === "}" || c === "]" || c === ")") {
        if (closers.pop() !== c) this.fail(i, `an unexpected ${c}`);
        i++;
        if (closers.length === 0) return i;
      } else i++;
    }
    return this.fail(at, `a bracket that never closes`);
  }
  /** The end of an attribute's expression starting at `at`: its line's end outside brackets. */
  expressionEnd(at) {
    const { text } = this;
    let i = at;
    let valueEnd = at;
    while (i < text.length && text[i] !== "\n") {
      const c = text[i];
      const afterComment = this.skipComment(i);
      if (afterComment !== i) {
        if (c === "/" && text[i + 1] === "*") {
          i = afterComment;
          continue;
        }
        return { valueEnd, lineEnd: afterComment };
      }
      if (c === '"') i = this.skipString(i);
      else if (c === "<" && text[i + 1] === "<" && this.skipHeredoc(i) >= 0) i = this.skipHeredoc(i);
      else if (c === "{" || c === "[" || c === "(") {
        i = this.skipExpression(i + 1, c === "{" ? "}" : c === "[" ? "]" : ")");
      } else if (c === "}") {
        return { valueEnd, lineEnd: i };
      } else i++;
      if (!/\s/.test(c)) valueEnd = i;
    }
    return { valueEnd, lineEnd: i };
  }
};
var IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
function readBody(scanner, from, closing) {
  const { text } = scanner;
  const items = [];
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const afterComment = scanner.skipComment(i);
    if (afterComment !== i) {
      i = afterComment;
      continue;
    }
    if (c === "}") {
      if (!closing) scanner.fail(i, "a } that nothing opened");
      return { items, end: i };
    }
    IDENT.lastIndex = i;
    const name = IDENT.exec(text)?.[0];
    if (!name) scanner.fail(i, `'${c}' where an argument or block belongs`);
    const start = i;
    i += name.length;
    while (text[i] === " " || text[i] === "	") i++;
    if (text[i] === "=" && text[i + 1] !== "=") {
      let valueStart = i + 1;
      while (text[valueStart] === " " || text[valueStart] === "	") valueStart++;
      const { valueEnd, lineEnd } = scanner.expressionEnd(valueStart);
      items.push({ kind: "attribute", name, start, end: lineEnd, valueStart, valueEnd });
      i = lineEnd;
      continue;
    }
    const labels = [];
    while (text[i] !== "{") {
      if (text[i] === '"') {
        const end = scanner.skipString(i);
        labels.push(JSON.parse(text.slice(i, end)));
        i = end;
      } else {
        IDENT.lastIndex = i;
        const label = IDENT.exec(text)?.[0];
        if (!label) scanner.fail(i, `'${text[i] ?? "the end"}' after ${name}`);
        labels.push(label);
        i += label.length;
      }
      while (text[i] === " " || text[i] === "	") i++;
    }
    const body = readBody(scanner, i + 1, true);
    items.push({
      kind: "block",
      type: name,
      labels,
      start,
      end: body.end + 1,
      bodyStart: i + 1,
      bodyEnd: body.end,
      items: body.items
    });
    i = body.end + 1;
  }
  if (closing) scanner.fail(from, "a block that never closes");
  return { items, end: i };
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
function itemAt(items, at, around = []) {
  for (const item of items) {
    if (at < item.start || at >= item.end) continue;
    if (item.kind === "block" && at >= item.bodyStart && at < item.bodyEnd) {
      return itemAt(item.items, at, [...around, item]) ?? { item, around };
    }
    return { item, around };
  }
  return void 0;
}
function removal(source, item) {
  let start = item.start;
  while (start > 0 && (source[start - 1] === " " || source[start - 1] === "	")) start--;
  let end = item.end;
  if (source[end] === "\n") end++;
  return { start, end, text: "" };
}
function applyEdits(source, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
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
  const out = [];
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
    out.push({
      severity: d.severity === "error" ? "error" : "warning",
      summary: String(d.summary ?? ""),
      detail: String(d.detail ?? ""),
      ...d.address ? { address: d.address } : {},
      ...d.range ? { range: d.range } : {}
    });
  }
  return out;
}

// src/remediate/terraform.ts
async function initScratch(scratch, tf) {
  if (scratch.initialised) return;
  await rm2(join2(scratch.dir, ".terraform"), { recursive: true, force: true });
  const args = ["init", "-input=false", "-no-color", ...tf.initArgs];
  const result = await runProcess(tf.binary, args, { cwd: scratch.dir, env: tf.env });
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
  const args = [
    "plan",
    "-input=false",
    "-lock=false",
    "-no-color",
    "-json",
    ...extra,
    ...tf.varFiles.map((file) => `-var-file=${file}`),
    ...tf.planArgs
  ];
  const result = await runProcess(tf.binary, args, { cwd: scratch.dir, env: tf.env });
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
  const out = [];
  let kept = 0;
  const present = new Map(attributes(items).map((a) => [a.name, a]));
  for (const item of items) {
    if (item.kind === "block") {
      const inner = item.type === "lifecycle" ? { edits: [], kept: 1 } : tidyItems(source, item.items, level);
      if (level === "full" && inner.kept === 0) out.push(removal(source, item));
      else {
        out.push(...inner.edits);
        kept++;
      }
      continue;
    }
    const excluder = present.get(EXCLUDED_BY[item.name] ?? "");
    const drop = COMPUTED.has(item.name) || excluder !== void 0 && emptyLiteral(valueText(source, excluder)) === void 0 || level === "full" && emptyLiteral(valueText(source, item)) !== void 0;
    if (drop) out.push(removal(source, item));
    else kept++;
  }
  return { edits: out, kept };
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
    const body = around.length > 0 ? around[around.length - 1].items : void 0;
    if (!body) return void 0;
    const [, longer] = [...names].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const gone = body.filter((i) => (i.kind === "attribute" ? i.name : i.type) === longer);
    return gone.length > 0 ? { edits: gone.map((i) => removal(source, i)) } : void 0;
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
  const comments = ignored.map((i) => `  # ${i.name}: ${i.why}
`).join("");
  const names = ignored.map((i) => i.name).join(", ");
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
  for (const { diagnostic, at } of errors) {
    const found = (at === void 0 ? void 0 : itemAt(resource.items, at, [resource])) ?? {
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
  return wanted.some(
    (w) => w === resource.arn || w === resource.id || w === `${resource.type}:${resource.id}` || w === resource.importBlock?.to
  );
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
  const out = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const base = resource.importBlock?.to;
    let address = base;
    for (let n = 2; taken.has(address); n++) address = `${base}_${n}`;
    taken.add(address);
    out.set(resource, address);
  }
  return out;
}
function subjectOf(diagnostic, candidates, located) {
  const byAddress = candidates.find((c) => c.subject.address === diagnostic.address);
  const range = diagnostic.range;
  if (located && range && range.filename.endsWith(located.file)) {
    const at = indexOfByte(located.text, range.start.byte);
    for (const candidate of candidates) {
      const { importAt, resourceAt } = located.spans.get(candidate.subject.address) ?? {};
      if (byAddress && byAddress !== candidate) continue;
      if (resourceAt && at >= resourceAt.start && at < resourceAt.end)
        return { candidate, at: at - resourceAt.start };
      if (importAt && at >= importAt.start && at < importAt.end) return { candidate };
    }
  }
  if (byAddress) return { candidate: byAddress };
  const text = `${diagnostic.summary} ${diagnostic.detail}`;
  const named2 = candidates.find((c) => text.includes(`"${c.subject.address}"`));
  return named2 ? { candidate: named2 } : void 0;
}
function resourceBlocks(text) {
  const out = /* @__PURE__ */ new Map();
  for (const block of blocks(parseBody(text), "resource")) {
    if (block.labels.length === 2) out.set(`${block.labels[0]}.${block.labels[1]}`, block);
  }
  return out;
}
function importBlocks(text) {
  const out = /* @__PURE__ */ new Map();
  for (const block of blocks(parseBody(text), "import")) {
    const to = attributes(block.items).find((a) => a.name === "to");
    if (to) out.set(valueText(text, to), block);
  }
  return out;
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
    const run = await planScratch(this.scratch, this.tf, [`-generate-config-out=${GENERATED_FILE}`]);
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
    if (generated.size === 0 && !run.ok) {
      const unattributed = run.errors.find((e) => !subjectOf(e, all));
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
        const error = run.errors.find((e) => subjectOf(e, [candidate]));
        this.skip(
          candidate,
          error ? `terraform cannot import it: ${diagnosticLine(error)}` : "terraform generated no configuration for it."
        );
      }
    }
  }
  /** The file as it would be written: what the root had in it, then each adopted resource. */
  compose(existing) {
    const parts = this.candidates.map(({ resource, subject, importId, block }) => {
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
${parts.join("\n")}`;
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
      const run = await planScratch(this.scratch, this.tf, [`-out=${PLAN_FILE}`]);
      if (!run.ok) {
        this.repair(run.errors, text, resources, round);
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
    const validated = await adoption.validate(existing);
    const remedy2 = {
      kind: "adopt",
      root,
      files: validated ? [{ path: file, content: validated.text }] : [],
      addressed: adoption.candidates.map((c) => c.subject),
      skipped: adoption.skipped
    };
    return validated ? { ...remedy2, plan: validated.plan } : remedy2;
  } finally {
    await scratch.remove();
  }
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
async function remedy(kind, report, settings, options) {
  if (kind === "adopt") return adopt(report, settings, options);
  throw new UserError("codify is not built yet: only --adopt can be asked for.");
}

// src/render/remedy.ts
var KIND_TITLE = { adopt: "Adopt", codify: "Codify" };
function planLine(plan) {
  return `Plan: ${plan.import} to import, ${plan.add} to add, ${plan.change} to change, ${plan.destroy} to destroy.`;
}
function skippedLines(skipped) {
  if (skipped.length === 0) return [];
  return [
    `Left out (${skipped.length}):`,
    ...skipped.map((s) => {
      const address = s.address ? ` (${plain(s.address)})` : "";
      return `  - ${plain(s.finding)}${address}: ${plain(s.reason)}`;
    })
  ];
}
function remedyText(remedy2) {
  const title = `${KIND_TITLE[remedy2.kind]} into ${plain(remedy2.root)}: ${plural(remedy2.addressed.length, "resource")}`;
  const lines = [title];
  for (const file of remedy2.files) lines.push(`  writes ${plain(file.path)}`);
  if (remedy2.plan) {
    lines.push(`Validation plan (terraform plan in a copy of the root): ${planLine(remedy2.plan)}`);
    for (const { address, action, remedy: ours } of remedy2.plan.resources) {
      lines.push(
        `  ${action.padEnd(7)} ${plain(address)}${ours ? "" : "  (not part of this remedy)"}`
      );
    }
  }
  lines.push(...skippedLines(remedy2.skipped));
  return lines.join("\n");
}
function remediesText(remedies, unplaced) {
  const parts = remedies.map(remedyText);
  if (unplaced.length > 0) parts.push(skippedLines(unplaced).join("\n"));
  return parts.length > 0 ? parts.join("\n\n") : "Nothing to remedy: no finding qualifies.";
}

// src/cli/fix.ts
var FIX_OPTIONS = {
  adopt: { type: "boolean" },
  codify: { type: "boolean" },
  into: { type: "string", multiple: true },
  only: { type: "string", multiple: true }
};
var FIX_USAGE = `fix options (driftwatch fix --adopt [--into <dir>] [dir...]):
  --adopt                  write import and resource blocks for the unmanaged resources
  --codify                 write accepted drift into the code (not built yet)
  --into <dir>             the root adopted resources go into (default: the one dir), or
                           '<type, region or account glob>: <dir>' (repeatable, first match wins)
  --only <id>              remedy only this finding: its ARN, id or import address (repeatable)`;
var INTO_LABEL = "Option '--into'";
function parseInto(lines, env) {
  try {
    return INPUTS.adoptInto.parse(lines.join("\n"), { key: "adoptInto", env });
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${INTO_LABEL} ${error.detail}`);
    throw error;
  }
}
function fixInputs(dirs, values, io, deps) {
  if (Boolean(values.adopt) === Boolean(values.codify)) {
    throw new UsageError("fix needs one of --adopt or --codify.");
  }
  const kind = values.adopt ? "adopt" : "codify";
  const adoptInto2 = parseInto(values.into ?? [], io.env);
  const inputs = { ...deps.inputs(dirs, values, io.env), adoptInto: adoptInto2 };
  if (kind === "adopt" && !inputs.scanUnmanaged) {
    throw new UsageError("fix --adopt needs the unmanaged-resource scan: leave out --no-unmanaged.");
  }
  if (kind === "adopt" && adoptInto2.length === 0 && inputs.workingDirectories.length > 1) {
    throw new UsageError(
      `${INTO_LABEL} must name the root that adopts unmanaged resources when there are several working directories.`
    );
  }
  return { kind, inputs };
}
async function fix(dirs, values, io, deps) {
  const { kind, inputs } = fixInputs(dirs, values, io, deps);
  if (kind === "codify")
    throw new UserError("fix --codify is not built yet: only --adopt can be asked for.");
  const { report, scrubber } = await deps.audit(inputs);
  const repoRoot = sourceRoot(io.env);
  const run = await remedy(
    kind,
    report,
    {
      adoptInto: inputs.adoptInto,
      workingDirectories: inputs.workingDirectories,
      ...values.only ? { only: values.only } : {},
      adoptIntoField: INTO_LABEL
    },
    {
      repoRoot,
      terraform: {
        binary: await findTerraform(),
        env: await terraformEnv(process.env),
        initArgs: inputs.initArgs,
        planArgs: inputs.planArgs,
        varFiles: inputs.varFiles,
        scrub: (text) => scrubber.scrub(text)
      },
      holdsSecret: (text) => scrubber.scrub(text) !== text,
      log: (message) => io.stderr.write(`${message}
`)
    }
  );
  for (const file of run.remedies.flatMap((r) => r.files)) {
    const path = resolve2(repoRoot, file.path);
    await mkdir2(dirname(path), { recursive: true });
    await writeFile2(path, file.content);
  }
  io.stdout.write(`${scrubber.scrub(remediesText(run.remedies, run.skipped))}
`);
  const qualified = run.remedies.length + run.skipped.length;
  if (qualified === 0 || run.remedies.some((r) => r.addressed.length > 0)) return 0;
  io.stderr.write("driftwatch: nothing could be remedied; the reasons are listed above.\n");
  return 1;
}

// src/cli/main.ts
var EXIT = { clean: 0, failed: 1, usage: 2 };
var USAGE = `Usage:
  driftwatch [options] [dir...]        plan each Terraform root (default .) and report drift
  driftwatch merge <report.json>...    merge JSON reports (one per matrix job) into one
  driftwatch fix --adopt [dir...]      write what remedies the findings (docs/remediation.md)

Options:
  --json                   print the JSON report instead of text
  --fail-on <kind>         drift, unmanaged, any (default), new or never
  --fail-on-severity <s>   none (default), low, medium, high or critical
  --regions <list>         AWS regions to scan for unmanaged resources (default: AWS_REGION)
  --no-unmanaged           skip the unmanaged-resource scan
  --inventory <mode>       deep (default: Tagging API plus direct listing) or tagging
  --inventory-types <list> narrow the directly listed types, e.g. 'aws_iam_*, aws_security_group'
  --attribution <when>     ask CloudTrail who changed each finding: never (default) or always
  --no-init                do not run terraform init
  --init-args=<args>       extra arguments for terraform init (with = when they start with -)
  --plan-args=<args>       extra arguments for terraform plan, e.g. --plan-args='-var env=prod'
  --var-file <file>        a -var-file for plan (repeatable)
  --role-to-assume <arn>   a role the inventory assumes
  --ignore-file <path>     replaces each root's .driftignore
  --report <path>          also write the JSON report to a file
  --sarif <path>           also write a SARIF 2.1.0 log
  --color, --no-color      colour the text (default: when stdout is a terminal and NO_COLOR is unset)
  -h, --help               this help
  -v, --version            the version

merge options:
  --summary <path>         also write the merged Markdown summary (for $GITHUB_STEP_SUMMARY)
  --output <path>          also write the merged JSON report to a file
  --json, --fail-on, --fail-on-severity, --color as above

${FIX_USAGE}

Exit codes: 0 clean, 1 drift or unmanaged resources per --fail-on (or a root that could not be
checked), 2 bad usage.`;
var CLI_OPTIONS = {
  json: { type: "boolean" },
  summary: { type: "string" },
  output: { type: "string" },
  color: { type: "boolean" },
  colour: { type: "boolean" },
  "no-color": { type: "boolean" },
  "no-colour": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  ...FIX_OPTIONS
};
var FLAGGED = Object.values(INPUTS).flatMap(
  ({ input, option }) => option ? [{ input, option }] : []
);
var INPUT_OPTIONS = Object.fromEntries(
  FLAGGED.map(({ option }) => [
    option.name,
    option.form === "off" ? { type: "boolean" } : { type: "string", multiple: option.form === "list" }
  ])
);
function parse(args) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { ...CLI_OPTIONS, ...INPUT_OPTIONS }
    });
  } catch (error) {
    const message = String(error.message ?? error);
    throw new UsageError(message.replace(/\. To specify a positional .*$/s, "."));
  }
}
function colourWanted(values, io) {
  if (values["no-color"] || values["no-colour"]) return false;
  if (values.color || values.colour) return true;
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
}
function flagValue(option, values) {
  const value = values[option.name];
  if (option.form === "off") return value ? "false" : "";
  return Array.isArray(value) ? value.join("\n") : String(value ?? "");
}
function flagGetter(values, dirs = []) {
  const given = Object.fromEntries(
    FLAGGED.map(({ input, option }) => [input, flagValue(option, values)])
  );
  given["working-directory"] = dirs.join("\n");
  return (name) => given[name] ?? "";
}
function cliInputs(dirs, values, env) {
  return parseInputs(flagGetter(values, dirs), env, "cli");
}
function print(io, report, values) {
  io.stdout.write(
    values.json ? renderJson(report) : `${renderText(report, { colour: colourWanted(values, io) })}
`
  );
}
function verdict(io, report, { failOn, failOnSeverity }) {
  const failure = failureReason(report, failOn, failOnSeverity);
  if (!failure) return EXIT.clean;
  io.stderr.write(`driftwatch: ${failure}
`);
  return EXIT.failed;
}
function cliAudit(inputs, io) {
  return audit(
    inputs,
    {},
    {
      info: (message) => io.stderr.write(`${message}
`),
      notice: (message) => io.stderr.write(`note: ${message}
`),
      warning: (message) => io.stderr.write(`warning: ${message}
`),
      // The scrubber below redacts every output; there is no log masking to register with.
      secret: () => void 0
    },
    { inputMessage: optionMessage, attribution: inputs.attribution === "always" }
  );
}
async function check(dirs, values, io) {
  const inputs = cliInputs(dirs, values, io.env);
  const files = reportFiles(inputs);
  await checkReportFiles(files);
  const { report, scrubber } = await cliAudit(inputs, io);
  const scrubbed = {
    ...io,
    stdout: {
      write: (text) => io.stdout.write(scrubber.scrub(text)),
      isTTY: io.stdout.isTTY
    }
  };
  print(scrubbed, report, values);
  const { failed: failed2 } = await writeReportFiles(files, reportFileTexts(report, scrubber));
  const unwritten = failed2.map(({ error }) => {
    if (error instanceof InputError) return optionMessage(error);
    throw error;
  });
  if (unwritten.length > 0) throw new UserError(unwritten.join(" "));
  return verdict(io, report, inputs);
}
async function readReport(file) {
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    const code = error.code ?? messageOf(error);
    throw new UsageError(`Cannot read '${file}' (${code}).`);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`'${file}' is not JSON.`);
  }
  try {
    return { name: basename(file), report: asReport(file, parsed) };
  } catch (error) {
    throw new UsageError(messageOf(error));
  }
}
async function merge(files, values, io) {
  const judging = parseSome(["failOn", "failOnSeverity"], flagGetter(values), io.env, "cli");
  if (files.length === 0) throw new UsageError("merge needs one or more JSON report files.");
  const merged = mergeReports(await Promise.all(files.map(readReport)), { version: VERSION });
  print(io, merged, values);
  if (values.output) await writeReportFile(values.output, renderJson(merged));
  if (values.summary) await writeFile3(values.summary, renderSummary(merged), { flag: "a" });
  return verdict(io, merged, judging);
}
async function main(args, io) {
  try {
    const { values, positionals } = parse(args);
    if (values.help) {
      io.stdout.write(`${USAGE}
`);
      return EXIT.clean;
    }
    if (values.version) {
      io.stdout.write(`${VERSION}
`);
      return EXIT.clean;
    }
    if (positionals[0] === "merge") return await merge(positionals.slice(1), values, io);
    if (positionals[0] === "fix") {
      return await fix(positionals.slice(1), values, io, {
        inputs: cliInputs,
        audit: (inputs) => cliAudit(inputs, io)
      });
    }
    return await check(positionals, values, io);
  } catch (error) {
    return failed(error, io);
  }
}
function failed(error, io) {
  if (error instanceof InputError) {
    io.stderr.write(`driftwatch: ${optionMessage(error)}
`);
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr.write(
      `driftwatch: ${error.message}
${error.message.startsWith("Unknown") ? `
${USAGE}
` : ""}`
    );
    return EXIT.usage;
  }
  if (error instanceof UserError) {
    io.stderr.write(`driftwatch: ${error.message}
`);
    return EXIT.failed;
  }
  io.stderr.write(`driftwatch failed unexpectedly: ${messageOf(error)}
`);
  if (io.env.DRIFTWATCH_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}
`);
  return EXIT.failed;
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env
});
//# sourceMappingURL=cli-FAWAZZUM.js.map

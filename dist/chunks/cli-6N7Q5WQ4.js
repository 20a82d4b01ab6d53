#!/usr/bin/env node
import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  remedy
} from "./chunk-GM37BG6C.js";
import "./chunk-4VM37TSZ.js";
import {
  checkReportFiles,
  failureReason,
  renderSummary,
  renderText,
  reportFiles,
  writeReportFile,
  writeReportFiles
} from "./chunk-YFIGM5MO.js";
import {
  audit,
  coverage,
  remedyOptions,
  renderJson,
  reportFileTexts
} from "./chunk-7GBZAHWI.js";
import {
  plain
} from "./chunk-K43CLM6B.js";
import {
  INPUTS,
  InputError,
  VERSION,
  optionMessage,
  parseInputs,
  parseSome
} from "./chunk-FBRGTV5C.js";
import "./chunk-BWOIZBIC.js";
import {
  countFindings
} from "./chunk-N6OVI5OJ.js";
import "./chunk-L3EXT3UP.js";
import {
  REPORT_SCHEMA_VERSION
} from "./chunk-AEWH75CH.js";
import "./chunk-DTM4YSV2.js";
import "./chunk-PXOIFRMI.js";
import "./chunk-WBAT22HC.js";
import "./chunk-UEO5CBCT.js";
import {
  UserError,
  messageOf,
  plural
} from "./chunk-FFYNXMZ5.js";
import "./chunk-QNIVMOOM.js";

// src/cli/main.ts
import { readFile, writeFile as writeFile2 } from "node:fs/promises";
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
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/cli/usage-error.ts
var UsageError = class extends UserError {
};

// src/render/remedy.ts
var KIND_TITLE = { adopt: "Adopt", codify: "Codify", waive: "Waive" };
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
var FIX_USAGE = `fix options (driftwatch fix --adopt [--into <dir>] | --codify [dir...]):
  --adopt                  write import and resource blocks for the unmanaged resources
  --codify                 write accepted drift (live values) into the .tf files
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
  const adoptInto = parseInto(values.into ?? [], io.env);
  const inputs = { ...deps.inputs(dirs, values, io.env), adoptInto };
  if (kind === "adopt" && !inputs.scanUnmanaged) {
    throw new UsageError("fix --adopt needs the unmanaged-resource scan: leave out --no-unmanaged.");
  }
  if (kind === "adopt" && adoptInto.length === 0 && inputs.workingDirectories.length > 1) {
    throw new UsageError(
      `${INTO_LABEL} must name the root that adopts unmanaged resources when there are several working directories.`
    );
  }
  return { kind, inputs };
}
async function fix(dirs, values, io, deps) {
  const { kind, inputs } = fixInputs(dirs, values, io, deps);
  const { report, scrubber } = await deps.audit(inputs);
  const options = await remedyOptions(
    inputs,
    scrubber,
    io.env,
    (message) => io.stderr.write(`${message}
`)
  );
  const repoRoot = options.repoRoot;
  const run = await remedy(
    kind,
    report,
    {
      adoptInto: inputs.adoptInto,
      workingDirectories: inputs.workingDirectories,
      ...values.only ? { only: values.only } : {},
      adoptIntoField: INTO_LABEL
    },
    options
  );
  for (const file of run.remedies.flatMap((r) => r.files)) {
    const path = resolve(repoRoot, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
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
    text = await readFile(file, "utf8");
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
  if (values.summary) await writeFile2(values.summary, renderSummary(merged), { flag: "a" });
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
//# sourceMappingURL=cli-6N7Q5WQ4.js.map

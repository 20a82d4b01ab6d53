#!/usr/bin/env node
import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  INPUTS,
  VERSION,
  audit,
  checkReportFiles,
  coverage,
  failureReason,
  parseInputs,
  parseSome,
  renderJson,
  renderSarif,
  renderSummary,
  renderText,
  reportFiles,
  writeInputFile,
  writeReportFile
} from "./chunk-JLSQB7LY.js";
import {
  countFindings
} from "./chunk-HGBFW3Z5.js";
import "./chunk-JYENYS22.js";
import "./chunk-YOBR7N4Q.js";
import {
  REPORT_SCHEMA_VERSION
} from "./chunk-VDN5SZHK.js";
import "./chunk-PXOIFRMI.js";
import "./chunk-TWFAX4VC.js";
import {
  InputError,
  UserError,
  messageOf
} from "./chunk-GXLTFKQW.js";
import "./chunk-QNIVMOOM.js";

// src/cli/main.ts
import { readFile, writeFile } from "node:fs/promises";
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

// src/cli/main.ts
var EXIT = { clean: 0, failed: 1, usage: 2 };
var USAGE = `Usage:
  driftwatch [options] [dir...]        plan each Terraform root (default .) and report drift
  driftwatch merge <report.json>...    merge JSON reports (one per matrix job) into one

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

Exit codes: 0 clean, 1 drift or unmanaged resources per --fail-on (or a root that could not be
checked), 2 bad usage.`;
var UsageError = class extends UserError {
};
var CLI_OPTIONS = {
  json: { type: "boolean" },
  summary: { type: "string" },
  output: { type: "string" },
  color: { type: "boolean" },
  colour: { type: "boolean" },
  "no-color": { type: "boolean" },
  "no-colour": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
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
    { surface: "cli", attribution: inputs.attribution === "always" }
  );
}
async function check(dirs, values, io) {
  const inputs = cliInputs(dirs, values, io.env);
  const files = reportFiles(inputs);
  await checkReportFiles(files, "cli");
  const { report, scrubber } = await cliAudit(inputs, io);
  const scrubbed = {
    ...io,
    stdout: {
      write: (text) => io.stdout.write(scrubber.scrub(text)),
      isTTY: io.stdout.isTTY
    }
  };
  print(scrubbed, report, values);
  for (const { input, path } of files) {
    const text = input === "report-path" ? renderJson(report) : renderSarif(report);
    await writeInputFile(input, path, scrubber.scrub(text), "cli").catch((error) => {
      throw error instanceof InputError ? new UserError(error.message) : error;
    });
  }
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
  if (values.summary) await writeFile(values.summary, renderSummary(merged), { flag: "a" });
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
    return await check(positionals, values, io);
  } catch (error) {
    return failed(error, io);
  }
}
function failed(error, io) {
  if (error instanceof UsageError || error instanceof InputError) {
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
//# sourceMappingURL=cli-NJIK5GA7.js.map

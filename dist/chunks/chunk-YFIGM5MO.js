import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);
import {
  CHANGE_SIGNS,
  FORM_ONLY,
  SUMMARY_LIMIT,
  countsTable,
  describeChanges,
  fit,
  footer,
  headline,
  historyTag,
  plain,
  reportSections,
  severityLine,
  tableRows,
  unmanagedTextLines,
  utf8Bytes
} from "./chunk-K43CLM6B.js";
import {
  InputError
} from "./chunk-FBRGTV5C.js";
import {
  atLeast
} from "./chunk-DTM4YSV2.js";
import {
  plural
} from "./chunk-FFYNXMZ5.js";

// src/report/verdict.ts
function failureReason(report, failOn, failOnSeverity = "none") {
  const counts = (severity) => failOnSeverity === "none" || severity !== void 0 && atLeast(severity, failOnSeverity);
  const atOrAbove = failOnSeverity === "none" ? "" : ` of severity ${failOnSeverity} or above`;
  const reasons = [];
  const failed = report.directories.filter((d) => d.status === "error");
  if (failed.length > 0) {
    reasons.push(
      `${failed.length} working director${failed.length === 1 ? "y" : "ies"} could not be checked: ${failed.map((d) => d.error).join("; ")}`
    );
  }
  const scanFaults = report.unmanaged?.regionErrors ?? [];
  if ((failOn === "unmanaged" || failOn === "any") && scanFaults.length > 0) {
    reasons.push(
      `The unmanaged-resource scan is incomplete: ${scanFaults.map((e) => e.message).join("; ")}`
    );
  }
  const onlyNew = failOn === "new";
  const isNew = (finding) => !onlyNew || finding.history?.status !== "known";
  const newly = onlyNew ? " new since the last audit" : "";
  const drift = report.directories.flatMap((d) => d.drift).filter((d) => counts(d.severity) && isNew(d));
  if ((failOn === "drift" || failOn === "any" || onlyNew) && drift.length > 0) {
    const names = drift.slice(0, 5).map((d) => `${d.address} (${d.kind}, ${d.severity})`);
    const more = drift.length > 5 ? ` and ${drift.length - 5} more` : "";
    reasons.push(
      `Drift${atOrAbove}${newly} detected in ${plural(drift.length, "resource")}: ${names.join(", ")}${more}`
    );
  }
  const unmanaged = failOnSeverity === "none" && !onlyNew ? report.counts.unmanaged : (report.unmanaged?.resources ?? []).filter((r) => counts(r.severity) && isNew(r)).length;
  if ((failOn === "unmanaged" || failOn === "any" || onlyNew) && unmanaged > 0) {
    reasons.push(`${plural(unmanaged, "unmanaged resource")}${atOrAbove}${newly} found`);
  }
  return reasons.length > 0 ? reasons.join(". ") : void 0;
}

// src/publish/report-files.ts
import { access, constants, mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
var EXAMPLE = {
  "report-path": "driftwatch-report.json",
  "sarif-path": "driftwatch.sarif"
};
var KEY = { "report-path": "reportPath", "sarif-path": "sarifPath" };
function code(error) {
  return error.code ?? "unknown error";
}
function isDirectory(input, path) {
  const inside = `${path.replace(/[\\/]+$/, "")}/${EXAMPLE[input]}`;
  return new InputError(
    KEY[input],
    `names '${path}', which is a directory: name a file in it, e.g. '${inside}'.`
  );
}
function notWritable(input, path, error) {
  return new InputError(
    KEY[input],
    `names '${path}', which cannot be written (${code(error)}): choose a path the runner can write to.`
  );
}
async function checkReportPath(input, path) {
  if (/[\\/]$/.test(path)) throw isDirectory(input, path);
  const target = await stat(resolve(path)).catch(() => void 0);
  if (target?.isDirectory()) throw isDirectory(input, path);
  if (target) {
    await access(resolve(path), constants.W_OK).catch((error) => {
      throw notWritable(input, path, error);
    });
    return;
  }
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    let found;
    try {
      found = await stat(resolve(dir));
    } catch (error) {
      const missing = ["ENOENT", "ENOTDIR"].includes(code(error));
      if (missing && dirname(dir) !== dir) continue;
      throw notWritable(input, path, error);
    }
    if (!found.isDirectory()) {
      throw new InputError(
        KEY[input],
        `names '${path}', but '${dir}' is a file, not a directory: choose a path outside it.`
      );
    }
    await access(resolve(dir), constants.W_OK).catch((error) => {
      throw notWritable(input, path, error);
    });
    return;
  }
}
function reportFiles(paths) {
  return [
    ...paths.reportPath ? [{ input: "report-path", path: paths.reportPath }] : [],
    ...paths.sarifPath ? [{ input: "sarif-path", path: paths.sarifPath }] : []
  ];
}
async function checkReportFiles(files) {
  const [first, second] = files;
  if (second && resolve(first.path) === resolve(second.path)) {
    throw new InputError(
      [KEY[first.input], KEY[second.input]],
      `both name '${second.path}': give each a file of its own, e.g. '${EXAMPLE[second.input]}'.`
    );
  }
  for (const file of files) await checkReportPath(file.input, file.path);
}
async function writeReportFile(path, text) {
  const absolute = resolve(path);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(absolute, text, "utf8");
  return absolute;
}
async function writeReportFiles(files, texts) {
  const written = { paths: {}, failed: [] };
  for (const { input, path } of files) {
    const text = texts[input]();
    try {
      written.paths[input] = await writeInputFile(input, path, text);
    } catch (error) {
      written.failed.push({ input, error });
    }
  }
  return written;
}
async function writeInputFile(input, path, text) {
  try {
    return await writeReportFile(path, text);
  } catch (error) {
    await checkReportPath(input, path);
    throw notWritable(input, path, error);
  }
}

// src/render/summary.ts
function summaryBody(report, limits) {
  return [
    `## Driftwatch: ${headline(report)}`,
    ...reportSections(report, limits, "summary"),
    footer(report)
  ].filter(Boolean).join("\n\n").concat("\n");
}
function renderSummary(report) {
  return fit((limits) => summaryBody(report, limits), {
    limit: SUMMARY_LIMIT,
    measure: utf8Bytes,
    totalFindings: tableRows(report),
    elsewhere: "see the JSON report file (the `report` output)",
    fallback: () => [`## Driftwatch: ${headline(report)}`, countsTable(report)].join("\n\n").concat("\n")
  });
}

// src/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
function painter(enabled) {
  return (colour, text) => enabled ? `\x1B[${CODES[colour]}m${text}\x1B[0m` : text;
}
var VALUE_LENGTH = 160;
var SEVERITY_COLOUR = { critical: "red", high: "red", medium: "yellow", low: "dim" };
var SIGN_COLOUR = {
  added: "green",
  removed: "red",
  changed: "yellow"
};
function severityTag(finding, paint) {
  const age = historyTag(finding.history);
  const aged = age ? `  ${paint("dim", `(${age})`)}` : "";
  if (!finding.severity) return aged;
  return `  ${paint(SEVERITY_COLOUR[finding.severity], `[${finding.severity}]`)}${aged}`;
}
function concernLines(finding, paint) {
  const concerns = (finding.concerns ?? []).map((concern) => `      ${paint("red", "!")} ${concern}`);
  const who = finding.changedBy ? [`      ${paint("dim", `last change: ${plain(finding.changedBy.summary)}`)}`] : [];
  return [...concerns, ...who];
}
function changeLines(finding, paint) {
  const lines = describeChanges(finding.type, finding.changes, { valueLength: VALUE_LENGTH });
  if (lines.length === 0) return [`      ${paint("dim", FORM_ONLY)}`];
  return lines.map(
    (line) => `      ${paint(SIGN_COLOUR[line.kind], CHANGE_SIGNS[line.kind])} ${line.text}`
  );
}
function findingLines(finding, paint) {
  if (finding.kind === "deleted") {
    return [
      `  ${paint("red", "-")} ${paint("bold", finding.address)}  ${paint("red", "deleted outside Terraform")}${severityTag(finding, paint)}`,
      ...concernLines(finding, paint)
    ];
  }
  return [
    `  ${paint("yellow", "~")} ${paint("bold", finding.address)}  changed outside Terraform${severityTag(finding, paint)}`,
    ...concernLines(finding, paint),
    ...changeLines(finding, paint)
  ];
}
function renderText(report, options = {}) {
  const paint = painter(options.colour ?? false);
  const { counts } = report;
  const lines = [];
  const failed = report.directories.some((d) => d.status === "error");
  lines.push(
    counts.drifted > 0 ? paint(
      "red",
      `Drift: ${counts.drifted} drifted (${counts.changed} changed, ${counts.deleted} deleted)`
    ) : paint(
      failed ? "yellow" : "green",
      failed ? "No drift found in the directories that could be checked" : "No drift"
    )
  );
  const severities = severityLine(report).replace(/\*\*/g, "");
  if (severities) lines.push(severities);
  lines.push(`Pending changes the code asks for: ${counts.pending}; errors: ${counts.errors}`);
  for (const dir of report.directories) {
    lines.push("");
    if (dir.status === "error") {
      lines.push(`${paint("bold", dir.path)}: ${paint("red", `error: ${dir.error}`)}`);
      continue;
    }
    lines.push(
      `${paint("bold", dir.path)}: ${dir.drift.length} drifted of ${dir.managedResources} managed`
    );
    for (const finding of dir.drift) lines.push(...findingLines(finding, paint));
    for (const change of dir.pending)
      lines.push(`  ${paint("dim", `pending ${change.action} ${change.address}`)}`);
  }
  lines.push(...unmanagedTextLines(report, paint));
  return lines.join("\n");
}

export {
  failureReason,
  reportFiles,
  checkReportFiles,
  writeReportFile,
  writeReportFiles,
  renderSummary,
  renderText
};
//# sourceMappingURL=chunk-YFIGM5MO.js.map

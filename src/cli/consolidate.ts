/**
 * `kieumau consolidate`: ward files and folders into a summary workbook
 * and/or JSON. Nothing the user has is lost: the output is never one of the
 * inputs; an existing file that is not an earlier summary is kept unless
 * --force; an earlier summary keeps what the user typed on "Theo tỉnh";
 * when no input gives a ward nothing is written; every write goes through
 * a temporary file and a rename.
 */
import { collectBetweenFiles } from "./memory";
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseTarget, type CriteriaSet } from "../core";
import type { ConsolidationResult, ProvinceInput } from "../core/consolidate/consolidate";
import { toSummaryJson, type SummaryJson } from "../core/consolidate/summary-json";
import type { ProvinceMode } from "../core/provinces";
import type { AnyProblem } from "../core/problems";
import { problemRenderer, problemText, type Language } from "../contracts/problem-text";
import { buildReport, type ReportData } from "../core/report";
import { reportText } from "../contracts/report-text";
import { consolidateFiles } from "../files/consolidate-files";
import { writeSummaryWorkbook } from "../files/write-summary";
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  line,
  loadCriteria,
  outputOf,
  usage,
  type CliIo,
  type Parsed,
} from "./args";
import { inspectOutput } from "./earlier-summary";
import { expandInputs, type Inputs } from "./inputs";
import { folderOf, printFailure, writeOutput } from "./write-output";

/**
 * JSON text with the distribution highest first ("22", "21", …): a plain
 * object would list integer-like keys in ascending order.
 */
export function summaryJsonText(summary: SummaryJson): string {
  const placeholder = "\u0000distribution\u0000";
  const text = JSON.stringify({ ...summary, distribution: placeholder }, null, 2);
  const entries = Object.entries(summary.distribution).sort((a, b) => Number(b[0]) - Number(a[0]));
  const body =
    entries.length === 0 ? "{}" : `{\n${entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${v}`).join(",\n")}\n  }`;
  return text.replace(JSON.stringify(placeholder), body);
}

interface ConsolidateArgs {
  readonly out: string | undefined;
  readonly json: boolean;
  readonly force: boolean;
  readonly defaultTarget: number | undefined;
  readonly provinces: ProvinceMode | undefined;
  readonly set: CriteriaSet;
  /** --report: the report's text on stdout (after the JSON with --json). */
  readonly report: boolean;
  /** --quota N: the wards the programme asked for (chỉ tiêu được giao); null: none. */
  readonly quota: number | null;
}

/** --quota: a whole number of wards, 0 or more; null when not given. */
function quotaOf(text: string | true | undefined, language: Language): number | null {
  if (typeof text !== "string") return null;
  const trimmed = text.trim();
  if (/^\d{1,7}$/u.test(trimmed)) return Number(trimmed);
  throw usage("cliBadTarget", {
    reason:
      language === "en"
        ? `--quota takes a whole number of wards, 0 or more (got "${text}").`
        : `--quota phải là số phường nguyên, từ 0 trở lên (nhận "${text}").`,
  });
}

async function argsOf(parsed: Parsed, io: CliIo, language: Language): Promise<ConsolidateArgs> {
  if (parsed.positional.length === 0) throw usage("cliNoInput", {});
  const out = outputOf(parsed.options);
  const json = parsed.options.get("--json") === true;
  if (out === undefined && !json) throw usage("cliMissingSummaryOutput", {});
  let defaultTarget: number | undefined;
  const targetText = parsed.options.get("--target");
  if (typeof targetText === "string") {
    try {
      defaultTarget = parseTarget(targetText);
    } catch (error) {
      throw usage("cliBadTarget", { reason: (error as Error).message });
    }
  }
  const provincesText = parsed.options.get("--provinces");
  if (provincesText !== undefined && provincesText !== "current" && provincesText !== "as-written")
    throw usage("cliBadProvinces", { value: String(provincesText) });
  const provinces = provincesText === undefined ? undefined : provincesText === "current" ? "current" : "asWritten";
  const quota = quotaOf(parsed.options.get("--quota"), language);
  const set = await loadCriteria(parsed.options.get("--criteria"), io.cwd);
  const report = parsed.options.get("--report") === true;
  return { out, json, force: parsed.options.get("--force") === true, defaultTarget, provinces, set, report, quota };
}

/** A few sheet names, for a message. */
function sheetList(sheets: readonly string[]): string {
  const shown = sheets.slice(0, 5).map((name) => (name.length > 40 ? `${name.slice(0, 40)}…` : name));
  return sheets.length > shown.length ? `${shown.join(", ")}, …` : shown.join(", ");
}

type Checked = { readonly provinceInputs?: ReadonlyMap<string, ProvinceInput>; readonly inputs: Inputs };

/**
 * The inputs found and the output checked, before any input is read: the
 * output's folder exists, it is none of the inputs, and what is there
 * already is an earlier summary (or --force). A number: the exit code.
 */
async function inputsAndOutput(
  names: readonly string[],
  args: ConsolidateArgs,
  io: CliIo,
  language: Language,
): Promise<Checked | number> {
  const { out } = args;
  if (out === undefined) return { inputs: await expandInputs(names, io.cwd) };
  const full = path.resolve(io.cwd, out);
  const folder = await fs.stat(path.dirname(full)).catch(() => null);
  if (folder === null || !folder.isDirectory()) {
    printFailure(io, { code: "cliFolderMissing", params: { file: out, folder: folderOf(out) } }, language);
    return EXIT_PROBLEMS;
  }
  const inputs = await expandInputs(names, io.cwd, out);
  const clash = inputs.clash;
  const earlier = clash?.explicit === true ? null : await inspectOutput(out, full);
  if (clash !== undefined && earlier?.kind !== "summary") {
    printFailure(io, { code: "cliOutputIsInput", params: { file: out, input: clash.name } }, language);
    return EXIT_USAGE;
  }
  if (earlier?.kind === "other" && !args.force) {
    printFailure(
      io,
      { code: "cliOutputNotSummary", params: { file: out, sheets: sheetList(earlier.sheets) } },
      language,
    );
    return EXIT_USAGE;
  }
  return { inputs, provinceInputs: earlier?.kind === "summary" ? earlier.provinceInputs : undefined };
}

/** The lines under the summary line: each file that gave no ward, with its first problem; each entry passed over. */
function fileLines(failedFiles: readonly string[], problems: readonly AnyProblem[], language: Language): string[] {
  const first = new Map<string, AnyProblem>();
  for (const p of problems) {
    const file = p.where.file;
    if (file !== undefined && p.severity === "error" && !first.has(file)) first.set(file, p);
  }
  const lines = failedFiles.map((file) => {
    const reported = first.get(file);
    const detail = reported === undefined ? "" : problemText(reported, language).message;
    return line("cliFileHasProblems", { file, detail }, language);
  });
  for (const p of problems) {
    if (p.code === "cliFileSkipped" && p.where.file !== undefined)
      lines.push(line("cliFileNote", { file: p.where.file, detail: problemText(p, language).message }, language));
  }
  return lines;
}

export async function consolidate(parsed: Parsed, io: CliIo, language: Language): Promise<number> {
  const args = await argsOf(parsed, io, language);
  const { out } = args;
  const checked = await inputsAndOutput(parsed.positional, args, io, language);
  if (typeof checked === "number") return checked;
  const { sources, notes } = checked.inputs;
  if (sources.length === 0 && notes.length === 0) throw usage("cliEmptyFolder", {});
  const { result, failedFiles } = await consolidateFiles([], args.set, {
    sources,
    extra: { records: [], problems: notes },
    defaultTarget: args.defaultTarget,
    provinces: args.provinces,
    provinceInputs: checked.provinceInputs,
    afterSource: collectBetweenFiles(),
    onProgress: args.json
      ? undefined
      : ({ done, total, file }) => done < total && io.stderr(`[${done + 1}/${total}] ${file}\n`),
  });
  const nothingRead = failedFiles.length === sources.length;
  let code = failedFiles.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  let written: string | undefined;
  if (out !== undefined && !nothingRead) {
    const bytes = await writeSummaryWorkbook(result, args.set, { report: { quota: args.quota }, language });
    const failure = await writeOutput(out, path.resolve(io.cwd, out), bytes, { overwrite: true, io });
    if (failure === null) written = out;
    else {
      printFailure(io, failure.problem, language);
      code = EXIT_PROBLEMS;
    }
  }
  const reportData = args.json || args.report ? buildReport(result, args.set, { quota: args.quota }) : undefined;
  if (args.json) io.stdout(`${jsonText(result, reportData as ReportData, language)}\n`);
  if (args.report && reportData !== undefined) io.stdout(`${reportText(reportData, language)}\n`);
  report(io, language, { result, sources: sources.length, failedFiles, written });
  const kept = result.provinces.filter((p) => checked.provinceInputs?.has(p.key) === true).length;
  if (written !== undefined && kept > 0)
    io.stderr(`${line("cliInputsKept", { provinces: kept, file: written }, language)}\n`);
  if (nothingRead) {
    io.stderr(`${line("cliNothingRead", out === undefined ? {} : { output: out }, language)}\n`);
    code = EXIT_PROBLEMS;
  }
  return code;
}

/** The --json text: the summary, then `report` (its text, and the figures it says as data). */
function jsonText(result: ConsolidationResult, data: ReportData, language: Language): string {
  const summary = summaryJsonText(toSummaryJson(result, problemRenderer(language)));
  const report = JSON.stringify({ text: reportText(data, language), data }, null, 2).replace(/\n/gu, "\n  ");
  return `${summary.slice(0, summary.lastIndexOf("}")).trimEnd()},\n  "report": ${report}\n}`;
}

function report(
  io: CliIo,
  language: Language,
  run: { result: ConsolidationResult; sources: number; failedFiles: readonly string[]; written?: string },
): void {
  const { result, failedFiles } = run;
  const done = {
    wards: result.national.wards,
    files: run.sources - failedFiles.length,
    total: run.sources,
    metAll: result.national.metAll,
    problems: result.problems.filter((p) => p.severity !== "info").length,
    ...(run.written !== undefined ? { output: run.written } : {}),
  };
  io.stderr(`${line("cliConsolidated", done, language)}\n`);
  for (const text of fileLines(failedFiles, result.problems, language)) io.stderr(`  ${text}\n`);
}

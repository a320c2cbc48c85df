/**
 * The headless tool `kieumau`: write a template workbook, or consolidate
 * ward workbooks into a summary workbook (and JSON). Same core as the add-in.
 * Exit status: 0 all files consolidated, 1 some files had problems, 2 usage error.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { DEFAULT_CRITERIA_SET, parseCriteriaSetJson, CriteriaSetError, parseTarget, type CriteriaSet } from "../core";
import { buildMatrixTemplate, buildPhieuTemplate, MAX_WARD_ROWS, DEFAULT_WARD_ROWS } from "../core/template";
import { toSummaryJson, type SummaryJson } from "../core/consolidate/summary-json";
import { problem, type AnyProblem, type ProblemCode, type ProblemParams } from "../core/problems";
import { problemRenderer, problemText, severityText, type Language } from "../contracts/problem-text";
import { consolidateFiles } from "../files/consolidate-files";
import type { WardFileSource } from "../files/read-ward-file";
import { writeTemplateWorkbook } from "../files/render-template";
import { writeSummaryWorkbook } from "../files/write-summary";
import { compare, COMPARE_USAGE } from "./compare";

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Cách dùng (usage):
  kieumau template [--layout phieu|nhanh] [--wards N] [--criteria BO_TIEU_CHI.json] -o MAU.xlsx
      Ghi sổ mẫu chấm (phiếu chấm một phường, hoặc bảng chấm nhanh N phường) có công thức,
      kiểm tra dữ liệu, định dạng có điều kiện và dấu hiệu mẫu.
      (Write a template workbook: one ward's form, or the quick matrix with N ward rows.)
  kieumau consolidate TEP.xlsx... [-o TONG_HOP.xlsx] [--json] [--criteria BO_TIEU_CHI.json] [--target 30%]
      Tổng hợp các tệp chấm của phường (hoặc thư mục chứa tệp .xlsx) thành sổ tổng hợp;
      --json in kết quả dạng JSON ra màn hình. Cần -o hoặc --json.
      (Consolidate ward workbooks into a summary workbook and/or JSON on stdout.)
${COMPARE_USAGE}
  kieumau --help
  --lang vi|en  ngôn ngữ của thông báo và của vấn đề trong --json (mặc định vi).
      (Language of messages and of the problems in --json; Vietnamese by default.)

Mã thoát (exit status): 0 mọi tệp đã tổng hợp; 1 có tệp gặp vấn đề (các tệp khác vẫn được tổng hợp); 2 sai cách dùng.`;

/** The usage text with --lang en. */
export const USAGE_EN = `Usage:
  kieumau template [--layout phieu|nhanh] [--wards N] [--criteria CRITERIA.json] -o TEMPLATE.xlsx
      Write a template workbook (one ward's form, or the quick matrix with N ward rows) with formulas,
      data validation, conditional formats and the template marker.
  kieumau consolidate FILE.xlsx... [-o SUMMARY.xlsx] [--json] [--criteria CRITERIA.json] [--target 30%]
      Consolidate ward workbooks (or every .xlsx file of a folder) into a summary workbook;
      --json prints the result as JSON. Needs -o or --json.
  kieumau --help
  --lang vi|en  language of the messages and of the problems in --json (default vi).

Exit status: 0 every file consolidated; 1 some files had problems (the others are still consolidated); 2 usage error.`;

function usageText(language: Language): string {
  return language === "en" ? USAGE_EN : USAGE;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** A usage error, as a problem code rendered in the chosen language. */
class UsageError extends Error {
  readonly problem: AnyProblem;
  constructor(reported: AnyProblem) {
    super(reported.code);
    this.problem = reported;
  }
}

function usage<C extends ProblemCode>(code: C, params: ProblemParams[C]): UsageError {
  return new UsageError(problem(code, params, "error") as AnyProblem);
}

/** One line of text for a code, in `language`: the message, then what to do when there is something to do. */
function line<C extends ProblemCode>(code: C, params: ProblemParams[C], language: Language): string {
  const text = problemText({ code, params }, language);
  return text.action === "" ? text.message : `${text.message} ${text.action}`;
}

/** `--lang` anywhere on the line (checked before anything else, so usage errors speak it too). */
function languageOf(args: readonly string[]): Language {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "vi" || value === "en") return value;
  }
  return "vi";
}

interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const VALUE_OPTIONS = new Set(["--layout", "--wards", "--criteria", "-o", "--output", "--target", "--lang"]);
const FLAG_OPTIONS = new Set(["--json", "--help", "-h"]);

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw usage("cliMissingValue", { option: name });
      if (name === "--lang" && value !== "vi" && value !== "en") throw usage("cliBadLanguage", { value });
      options.set(name === "--output" ? "-o" : name, value);
    } else if (FLAG_OPTIONS.has(name)) options.set(name === "-h" ? "--help" : name, true);
    else if (arg.startsWith("-") && arg !== "-") throw usage("cliBadOption", { option: arg });
    else positional.push(arg);
  }
  return { positional, options };
}

async function loadCriteria(file: string | true | undefined, cwd: string): Promise<CriteriaSet> {
  if (typeof file !== "string") return DEFAULT_CRITERIA_SET;
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), "utf8");
  } catch {
    throw usage("cliCriteriaUnreadable", { file });
  }
  try {
    return parseCriteriaSetJson(text);
  } catch (error) {
    const reasons =
      error instanceof CriteriaSetError
        ? error.problems.map((p) => problemText(p, "vi").message).join("; ")
        : (error as Error).message;
    throw usage("cliCriteriaInvalid", { file, reasons });
  }
}

function outputOf(options: Map<string, string | true>): string | undefined {
  const o = options.get("-o");
  return typeof o === "string" ? o : undefined;
}

async function template(parsed: Parsed, io: CliIo, language: Language): Promise<number> {
  if (parsed.positional.length > 0) throw usage("cliTemplateTakesNoFiles", { files: parsed.positional.join(" ") });
  const out = outputOf(parsed.options);
  if (out === undefined) throw usage("cliMissingTemplateOutput", {});
  const layout = parsed.options.get("--layout") ?? "phieu";
  if (layout !== "phieu" && layout !== "nhanh") throw usage("cliBadLayout", { value: String(layout) });
  const wardsText = parsed.options.get("--wards");
  const wards = wardsText === undefined ? (layout === "nhanh" ? DEFAULT_WARD_ROWS : 1) : Number(wardsText);
  const maxWards = layout === "nhanh" ? MAX_WARD_ROWS : 200;
  if (!Number.isInteger(wards) || wards < 1 || wards > maxWards)
    throw usage("cliBadWards", { value: String(wardsText), max: maxWards });
  const set = await loadCriteria(parsed.options.get("--criteria"), io.cwd);
  const specs =
    layout === "nhanh"
      ? [{ spec: buildMatrixTemplate(set, { wardRows: wards }) }]
      : Array.from({ length: wards }, (_, i) => {
          const spec = buildPhieuTemplate(set);
          return { spec, sheetName: wards === 1 ? spec.sheetName : `${spec.sheetName} ${i + 1}` };
        });
  const bytes = await writeTemplateWorkbook(specs);
  await fs.writeFile(path.resolve(io.cwd, out), bytes);
  const written = {
    layout,
    count: wards,
    setId: set.id,
    setVersion: set.version,
    criteria: set.criteria.length,
    file: out,
  } as const;
  io.stderr(`${line("cliTemplateWritten", written, language)}\n`);
  return EXIT_OK;
}

/** Files named on the command line; a directory stands for the .xlsx files in it. */
async function expandInputs(names: readonly string[], cwd: string): Promise<WardFileSource[]> {
  const sources: WardFileSource[] = [];
  for (const name of names) {
    const full = path.resolve(cwd, name);
    const stat = await fs.stat(full).catch(() => null);
    if (stat !== null && stat.isDirectory()) {
      const entries = (await fs.readdir(full)).filter((f) => /\.xlsx$/iu.test(f) && !f.startsWith("~$")).sort();
      for (const entry of entries) sources.push(diskSource(path.join(name, entry), path.join(full, entry)));
    } else sources.push(diskSource(name, full, stat?.size));
  }
  return sources;
}

function diskSource(name: string, full: string, size?: number): WardFileSource {
  return {
    name,
    size,
    arrayBuffer: async () => {
      // A missing or unreadable file becomes that file's problem (its errno code as the reason).
      return new Uint8Array(await fs.readFile(full));
    },
  };
}

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

async function consolidate(parsed: Parsed, io: CliIo, language: Language): Promise<number> {
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
  const set = await loadCriteria(parsed.options.get("--criteria"), io.cwd);
  const files = await expandInputs(parsed.positional, io.cwd);
  if (files.length === 0) throw usage("cliEmptyFolder", {});
  const { result, failedFiles } = await consolidateFiles(files, set, {
    defaultTarget,
    onProgress: json
      ? undefined
      : ({ done, total, file }) => done < total && io.stderr(`[${done + 1}/${total}] ${file}\n`),
  });
  if (out !== undefined) {
    const bytes = await writeSummaryWorkbook(result, set);
    try {
      await fs.writeFile(path.resolve(io.cwd, out), bytes);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      io.stderr(`${errorWord(language)}: ${line("cliWriteFailed", { file: out, reason }, language)}\n`);
      return EXIT_PROBLEMS;
    }
  }
  if (json) io.stdout(`${summaryJsonText(toSummaryJson(result, problemRenderer(language)))}\n`);
  const errors = result.problems.filter((p) => p.severity !== "info").length;
  const done = {
    wards: result.national.wards,
    files: files.length - failedFiles.length,
    total: files.length,
    metAll: result.national.metAll,
    problems: errors,
    ...(out !== undefined ? { output: out } : {}),
  };
  io.stderr(`${line("cliConsolidated", done, language)}\n`);
  for (const file of failedFiles) io.stderr(`  ${line("cliFileHasProblems", { file }, language)}\n`);
  return failedFiles.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function errorWord(language: Language): string {
  return severityText("error", language);
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const language = languageOf(args);
  try {
    const [command, ...rest] = args;
    if (command === undefined) throw usage("cliNoCommand", {});
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(`${usageText(language)}\n`);
      return EXIT_OK;
    }
    if (command === "compare") return await compare(rest, io, USAGE);
    const parsed = parseArgs(rest);
    if (parsed.options.get("--help") === true) {
      io.stdout(`${usageText(language)}\n`);
      return EXIT_OK;
    }
    if (command === "template") return await template(parsed, io, language);
    if (command === "consolidate") return await consolidate(parsed, io, language);
    throw usage("cliBadCommand", { command });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${errorWord(language)}: ${problemText(error.problem, language).message}\n\n${usageText(language)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`${line("cliUnexpected", { reason: (error as Error).message }, language)}\n`);
    return EXIT_PROBLEMS;
  }
}

/** Entry point of bin/kieumau.js. */
export async function main(args: readonly string[]): Promise<void> {
  const code = await run(args, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}

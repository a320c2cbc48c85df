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
import { consolidateFiles } from "../files/consolidate-files";
import type { WardFileSource } from "../files/read-ward-file";
import { writeTemplateWorkbook } from "../files/render-template";
import { writeSummaryWorkbook } from "../files/write-summary";
import { problemText } from "../contracts/problem-text";

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
  kieumau --help

Mã thoát (exit status): 0 mọi tệp đã tổng hợp; 1 có tệp gặp vấn đề (các tệp khác vẫn được tổng hợp); 2 sai cách dùng.`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

class UsageError extends Error {}

interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const VALUE_OPTIONS = new Set(["--layout", "--wards", "--criteria", "-o", "--output", "--target"]);
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
      if (value === undefined || value === "") throw new UsageError(`Thiếu giá trị sau ${name}.`);
      options.set(name === "--output" ? "-o" : name, value);
    } else if (FLAG_OPTIONS.has(name)) options.set(name === "-h" ? "--help" : name, true);
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`Tuỳ chọn không hợp lệ: ${arg}.`);
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
    throw new UsageError(`Không đọc được tệp bộ tiêu chí ${file}.`);
  }
  try {
    return parseCriteriaSetJson(text);
  } catch (error) {
    const problems =
      error instanceof CriteriaSetError
        ? error.problems.map((p) => problemText(p, "vi").message).join("; ")
        : (error as Error).message;
    throw new UsageError(`Tệp bộ tiêu chí ${file} không hợp lệ: ${problems}`);
  }
}

function outputOf(options: Map<string, string | true>): string | undefined {
  const o = options.get("-o");
  return typeof o === "string" ? o : undefined;
}

async function template(parsed: Parsed, io: CliIo): Promise<number> {
  if (parsed.positional.length > 0) throw new UsageError(`Lệnh template không nhận tệp: ${parsed.positional.join(" ")}.`);
  const out = outputOf(parsed.options);
  if (out === undefined) throw new UsageError("Thiếu tệp ghi ra: -o MAU.xlsx.");
  const layout = parsed.options.get("--layout") ?? "phieu";
  if (layout !== "phieu" && layout !== "nhanh") throw new UsageError(`--layout chỉ nhận phieu hoặc nhanh (nhận "${String(layout)}").`);
  const wardsText = parsed.options.get("--wards");
  const wards = wardsText === undefined ? (layout === "nhanh" ? DEFAULT_WARD_ROWS : 1) : Number(wardsText);
  const maxWards = layout === "nhanh" ? MAX_WARD_ROWS : 200;
  if (!Number.isInteger(wards) || wards < 1 || wards > maxWards) throw new UsageError(`--wards phải là số nguyên từ 1 đến ${maxWards} (nhận "${String(wardsText)}").`);
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
  io.stderr(`Đã ghi mẫu ${layout === "nhanh" ? `bảng chấm nhanh (${wards} dòng phường)` : `phiếu chấm (${wards} phiếu)`} theo bộ ${set.id} phiên bản ${set.version} (${set.criteria.length} tiêu chí): ${out}\n`);
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
      try {
        return new Uint8Array(await fs.readFile(full));
      } catch {
        throw new Error(`không tìm thấy hoặc không mở được ${full}`);
      }
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
  const body = entries.length === 0 ? "{}" : `{\n${entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${v}`).join(",\n")}\n  }`;
  return text.replace(JSON.stringify(placeholder), body);
}

async function consolidate(parsed: Parsed, io: CliIo): Promise<number> {
  if (parsed.positional.length === 0) throw new UsageError("Chưa chọn tệp nào để tổng hợp.");
  const out = outputOf(parsed.options);
  const json = parsed.options.get("--json") === true;
  if (out === undefined && !json) throw new UsageError("Thiếu tệp ghi ra: -o TONG_HOP.xlsx (hoặc --json).");
  let defaultTarget: number | undefined;
  const targetText = parsed.options.get("--target");
  if (typeof targetText === "string") {
    try {
      defaultTarget = parseTarget(targetText);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const set = await loadCriteria(parsed.options.get("--criteria"), io.cwd);
  const files = await expandInputs(parsed.positional, io.cwd);
  if (files.length === 0) throw new UsageError("Thư mục không có tệp .xlsx nào.");
  const { result, failedFiles } = await consolidateFiles(files, set, {
    defaultTarget,
    onProgress: json ? undefined : ({ done, total, file }) => done < total && io.stderr(`[${done + 1}/${total}] ${file}\n`),
  });
  if (out !== undefined) {
    const bytes = await writeSummaryWorkbook(result, set);
    try {
      await fs.writeFile(path.resolve(io.cwd, out), bytes);
    } catch (error) {
      io.stderr(`Lỗi: không ghi được ${out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Kiểm tra thư mục có tồn tại, tệp không đang mở trong Excel, rồi chạy lại.\n`);
      return EXIT_PROBLEMS;
    }
  }
  if (json) io.stdout(`${summaryJsonText(toSummaryJson(result))}\n`);
  const errors = result.problems.filter((p) => p.severity !== "info").length;
  io.stderr(`Đã tổng hợp ${result.national.wards} phường từ ${files.length - failedFiles.length}/${files.length} tệp; ${result.national.metAll} phường đạt đủ tiêu chí; ${errors} vấn đề${out !== undefined ? `; ghi ${out}` : ""}.\n`);
  for (const file of failedFiles) io.stderr(`  Có vấn đề: ${file}\n`);
  return failedFiles.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = args;
    if (command === undefined) throw new UsageError("Chưa có lệnh.");
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    }
    const parsed = parseArgs(rest);
    if (parsed.options.get("--help") === true) {
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    }
    if (command === "template") return await template(parsed, io);
    if (command === "consolidate") return await consolidate(parsed, io);
    throw new UsageError(`Lệnh không hợp lệ: ${command}.`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`Lỗi: ${error.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`Lỗi không mong đợi: ${(error as Error).message}\n`);
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

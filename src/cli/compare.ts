/**
 * `kieumau compare EARLIER.xlsx LATER.xlsx`: two summary workbooks that
 * `kieumau consolidate -o` or the add-in wrote, read back from their
 * "Tổng hợp" (and "Theo tỉnh") sheets, consolidated again and compared:
 * the progress in words on stdout, and with -o a workbook with the
 * "Tiến độ" sheet. Exit status as `kieumau`: 0 compared, 1 a file could not
 * be read, 2 usage error.
 */
import { problemText } from "../contracts/problem-text";
import { promises as fs } from "fs";
import * as path from "path";
import { CriteriaSetError, DEFAULT_CRITERIA_SET, parseCriteriaSetJson, type CriteriaSet } from "../core";
import { consolidateRecords, type ConsolidationResult } from "../core/consolidate";
import { compareResults, type ProgressData } from "../core/progress";
import { comparePeriods } from "../core/report";
import {
  matchCriteriaSet,
  readProvinceInputs,
  readWardSummary,
  recordsFromSummary,
  SummaryReadError,
  SUMMARY_SHEETS,
} from "../core/summary";
import { progressParagraphs, type Language } from "../contracts/report-text";
import { gridFromWorksheet } from "../files/exceljs-grid";
import { loadExcelJs } from "../files/exceljs-loader";
import { sniffFile } from "../files/sniff";
import { writeProgressWorkbook } from "../files/write-summary";
import type { CliIo } from "./args";

/** The same exit codes as src/cli/main.ts. */
const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
/** Summaries of tens of thousands of wards stay far below this. */
const MAX_SUMMARY_BYTES = 100 * 1024 * 1024;

export const COMPARE_USAGE = [
  "  kieumau compare TRUOC.xlsx SAU.xlsx [-o TIEN_DO.xlsx] [--lang vi|en] [--criteria BO.json]",
  "      So sánh hai sổ tổng hợp (kỳ trước, kỳ sau) do kieumau hoặc add-in ghi: in tiến độ (phường đạt thêm,",
  '      không còn đạt tiêu chí, tỷ lệ từng tỉnh so với chỉ tiêu); -o ghi sổ có trang "Tiến độ".',
  '      (Compare two summary workbooks: print the progress; -o writes a workbook with the "Tiến độ" sheet.)',
].join("\n");

class CompareUsageError extends Error {}
class CompareFileError extends Error {}

interface CompareArgs {
  readonly files: readonly [string, string];
  readonly output: string | undefined;
  readonly language: Language;
  readonly criteria: string | undefined;
  readonly help: boolean;
}

function parseCompareArgs(args: readonly string[]): CompareArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "-o" || name === "--output" || name === "--lang" || name === "--criteria") {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw new CompareUsageError(`Thiếu giá trị sau ${name}.`);
      values.set(name === "--output" ? "-o" : name, value);
    } else if (name === "--help" || name === "-h") help = true;
    else if (arg.startsWith("-") && arg !== "-") throw new CompareUsageError(`Tuỳ chọn không hợp lệ: ${arg}.`);
    else positional.push(arg);
  }
  const language = values.get("--lang") ?? "vi";
  if (language !== "vi" && language !== "en")
    throw new CompareUsageError(`--lang chỉ nhận vi hoặc en (nhận "${language}").`);
  if (!help && positional.length !== 2)
    throw new CompareUsageError(
      `Lệnh compare cần đúng hai sổ tổng hợp: kỳ trước và kỳ sau (nhận ${positional.length}).`,
    );
  return {
    files: [positional[0] ?? "", positional[1] ?? ""],
    output: values.get("-o"),
    language,
    criteria: values.get("--criteria"),
    help,
  };
}

async function criteriaSets(file: string | undefined, cwd: string): Promise<CriteriaSet[]> {
  if (file === undefined) return [DEFAULT_CRITERIA_SET];
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), "utf8");
  } catch {
    throw new CompareUsageError(`Không đọc được tệp bộ tiêu chí ${file}.`);
  }
  try {
    return [parseCriteriaSetJson(text), DEFAULT_CRITERIA_SET];
  } catch (error) {
    const problems =
      error instanceof CriteriaSetError
        ? error.problems.map((p) => problemText(p, "vi").message).join("; ")
        : (error as Error).message;
    throw new CompareUsageError(`Tệp bộ tiêu chí ${file} không hợp lệ: ${problems}`);
  }
}

/** A summary workbook read back and consolidated again with its criteria set. */
async function readSummary(name: string, cwd: string, sets: readonly CriteriaSet[]): Promise<ConsolidationResult> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(path.resolve(cwd, name));
    if (stat.size > MAX_SUMMARY_BYTES) throw new CompareFileError(`${name} quá lớn để là một sổ tổng hợp.`);
    bytes = new Uint8Array(await fs.readFile(path.resolve(cwd, name)));
  } catch (error) {
    if (error instanceof CompareFileError) throw error;
    throw new CompareFileError(`không tìm thấy hoặc không mở được ${name}.`);
  }
  if (sniffFile(bytes) !== "xlsx") throw new CompareFileError(`${name} không phải tệp .xlsx.`);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new CompareFileError(`không đọc được ${name} (${(error as Error).message}).`);
  }
  const wardsSheet = workbook.getWorksheet(SUMMARY_SHEETS.wards);
  if (wardsSheet === undefined)
    throw new CompareFileError(`${name} không phải sổ tổng hợp: không có trang “${SUMMARY_SHEETS.wards}”.`);
  let summary: ReturnType<typeof readWardSummary>;
  try {
    summary = readWardSummary(gridFromWorksheet(wardsSheet));
  } catch (error) {
    if (!(error instanceof SummaryReadError)) throw error;
    throw new CompareFileError(`${name}: trang “${SUMMARY_SHEETS.wards}” không có dòng tiêu đề của bảng tổng hợp.`);
  }
  const set = matchCriteriaSet(summary, sets);
  if (set === null) {
    const named = summary.setTitle === null ? "" : ` (bộ ${summary.setTitle} phiên bản ${summary.setVersion ?? "?"})`;
    throw new CompareUsageError(
      `Không xác định được bộ tiêu chí của ${name}${named}: chọn tệp bộ tiêu chí bằng --criteria.`,
    );
  }
  const provincesSheet = workbook.getWorksheet(SUMMARY_SHEETS.provinces);
  const provinceInputs =
    provincesSheet === undefined ? new Map() : readProvinceInputs(gridFromWorksheet(provincesSheet));
  return consolidateRecords(recordsFromSummary(summary.wards, set, name), set, [], { provinceInputs });
}

/** "Lưu ý" when the earlier summary's period comes after the later one's. */
function orderNote(progress: ProgressData, files: readonly [string, string]): string {
  const [before, after] = progress.stages;
  if (before?.value == null || after?.value == null || comparePeriods(before.value, after.value) <= 0) return "";
  const which = `kỳ của ${files[0]} (${before.label}) muộn hơn kỳ của ${files[1]} (${after.label})`;
  return `Lưu ý: ${which}; thứ tự đúng là kỳ trước rồi kỳ sau.\n`;
}

async function runCompare(args: CompareArgs, io: CliIo): Promise<number> {
  const sets = await criteriaSets(args.criteria, io.cwd);
  const earlier = await readSummary(args.files[0], io.cwd, sets);
  const later = await readSummary(args.files[1], io.cwd, sets);
  const progress = compareResults(earlier, later);
  io.stdout(`${progressParagraphs(progress, args.language).join("\n\n")}\n`);
  if (args.output !== undefined) {
    const bytes = await writeProgressWorkbook(progress, { language: args.language });
    try {
      await fs.writeFile(path.resolve(io.cwd, args.output), bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      io.stderr(
        `Lỗi: không ghi được ${args.output} (${code}). ` +
          "Kiểm tra thư mục có tồn tại, tệp không đang mở trong Excel, rồi chạy lại.\n",
      );
      return EXIT.problems;
    }
  }
  io.stderr(orderNote(progress, args.files));
  const written = args.output === undefined ? "" : `; ghi ${args.output}`;
  io.stderr(
    `Đã so sánh ${earlier.national.wards} phường (${args.files[0]}) ` +
      `với ${later.national.wards} phường (${args.files[1]}): ` +
      `${progress.wards.length} phường có ở cả hai${written}.\n`,
  );
  return EXIT.ok;
}

/** The command: `usage` is the tool's whole usage text, printed after a usage error. */
export async function compare(args: readonly string[], io: CliIo, usage: string): Promise<number> {
  try {
    const parsed = parseCompareArgs(args);
    if (parsed.help) {
      io.stdout(`${usage}\n`);
      return EXIT.ok;
    }
    return await runCompare(parsed, io);
  } catch (error) {
    if (error instanceof CompareUsageError) {
      io.stderr(`Lỗi: ${error.message}\n\n${usage}\n`);
      return EXIT.usage;
    }
    if (error instanceof CompareFileError) {
      io.stderr(`Lỗi: ${error.message}\n`);
      return EXIT.problems;
    }
    throw error;
  }
}

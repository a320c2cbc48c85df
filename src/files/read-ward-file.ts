import type { CriteriaSet } from "../core/criteria/types";
import { readSheet } from "../core/consolidate/read-sheet";
import type { Problem, WardRecord } from "../core/consolidate/types";
import { CRITERIA_SHEET_NAME } from "../core/criteria/sheet-rows";
import { SUMMARY_SHEETS } from "../core/consolidate/summary-tables";
import { gridFromWorksheet } from "./exceljs-grid";
import { loadExcelJs } from "./exceljs-loader";
import { sniffFile } from "./sniff";
import type { WardFileSource } from "../contracts/ward-file";

export type { WardFileSource };

export interface FileReadResult {
  readonly records: WardRecord[];
  readonly problems: Problem[];
  /** True when the file gave at least one ward. */
  readonly consolidated: boolean;
}

/** Ward files are a few hundred KB; anything this big is not a ward's workbook. */
export const DEFAULT_MAX_FILE_BYTES = 30 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

function fail(file: string, message: string, action: string): FileReadResult {
  return { records: [], problems: [{ file, severity: "error", message, action }], consolidated: false };
}

/** Sheets the add-in writes itself: never ward data. */
const SKIPPED_SHEETS: ReadonlySet<string> = new Set([CRITERIA_SHEET_NAME, ...Object.values(SUMMARY_SHEETS)]);

const SEND_XLSX = "Mở tệp bằng Excel, chọn Lưu thành (Save As) → Sổ làm việc Excel (*.xlsx) rồi chọn lại tệp.";

/**
 * Read one ward workbook: every sheet is looked at (marker first, then the
 * criterion codes); a bad file gives one problem line and no records, never
 * an exception.
 */
export async function readWardFile(source: WardFileSource, set: CriteriaSet, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<FileReadResult> {
  const name = source.name;
  if (source.size !== undefined && source.size > maxBytes) {
    return fail(name, `Tệp quá lớn (${megabytes(source.size)}, giới hạn ${megabytes(maxBytes)}) — không phải tệp chấm của một phường.`, "Kiểm tra lại tệp; nếu đúng là tệp chấm, xoá các dòng/ảnh thừa rồi lưu lại.");
  }
  let data: Uint8Array;
  try {
    const buffer = await source.arrayBuffer();
    data = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  } catch (error) {
    return fail(name, `Không đọc được tệp: ${(error as Error).message}.`, "Kiểm tra tệp còn tồn tại và có quyền đọc, rồi chọn lại.");
  }
  if (data.length > maxBytes) {
    return fail(name, `Tệp quá lớn (${megabytes(data.length)}, giới hạn ${megabytes(maxBytes)}) — không phải tệp chấm của một phường.`, "Kiểm tra lại tệp; nếu đúng là tệp chấm, xoá các dòng/ảnh thừa rồi lưu lại.");
  }
  switch (sniffFile(data)) {
    case "empty":
      return fail(name, "Tệp rỗng (0 byte hoặc không có nội dung).", "Xin đơn vị gửi lại tệp.");
    case "encrypted":
      return fail(name, "Tệp được đặt mật khẩu — không đọc được.", "Mở tệp bằng Excel với mật khẩu, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại rồi chọn lại tệp.");
    case "xls":
      return fail(name, "Tệp Excel cũ (.xls, Excel 97–2003) — chưa đọc được định dạng này.", SEND_XLSX);
    case "ole":
      return fail(name, "Tệp không phải sổ làm việc Excel (.xlsx).", SEND_XLSX);
    case "text":
      return fail(name, "Tệp là văn bản (CSV hoặc TXT) được đổi đuôi thành .xlsx, không phải sổ làm việc Excel.", SEND_XLSX);
    case "unknown":
      return fail(name, "Tệp không phải sổ làm việc Excel (.xlsx).", SEND_XLSX);
    case "xlsx":
      break;
  }
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  } catch {
    return fail(name, "Tệp bị hỏng hoặc không phải sổ làm việc Excel (.xlsx) — không mở được.", "Thử mở tệp bằng Excel; nếu Excel sửa được thì lưu lại, nếu không xin đơn vị gửi lại.");
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0 || sheets.every((s) => s.actualRowCount === 0)) {
    return fail(name, "Sổ làm việc trống (không có dữ liệu).", "Xin đơn vị gửi lại tệp đã chấm.");
  }
  const records: WardRecord[] = [];
  const problems: Problem[] = [];
  let templates = 0;
  for (const sheet of sheets) {
    if (sheet.actualRowCount === 0 || SKIPPED_SHEETS.has(sheet.name)) continue;
    const result = readSheet(gridFromWorksheet(sheet), name, set);
    if (result.foundBy === null && result.problems.length === 0) continue;
    templates++;
    records.push(...result.records);
    problems.push(...result.problems);
  }
  if (templates === 0) {
    return fail(name, `Không tìm thấy mẫu chấm trong tệp (không có dấu hiệu KIEUMAU, không có hàng mã tiêu chí như ${set.criteria.slice(0, 2).map((c) => c.code).join(", ")}…).`, "Dùng mẫu phiếu chấm hoặc bảng chấm nhanh (kieumau template hoặc add-in) rồi gửi lại.");
  }
  if (records.length === 0 && !problems.some((p) => p.severity !== "info")) {
    problems.push({ file: name, severity: "error", message: "Tệp có mẫu chấm nhưng chưa có phường nào được chấm (chưa có tên phường hoặc kết quả).", action: "Điền tên phường và kết quả Đạt/Không đạt rồi gửi lại." });
  }
  return { records, problems, consolidated: records.length > 0 };
}

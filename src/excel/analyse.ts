/**
 * Pure analysis of a sheet's values (no Office.js): find every template by
 * its marker row, classify every entry with the core, list problems and
 * each ward's result. check.ts and normalise.ts feed it what they read.
 */
import { CANONICAL_MET, CANONICAL_NOT_MET, NATIVE_MET_TOKENS, NATIVE_NOT_MET_TOKENS } from "../core/entries/vocabulary";
import { parseEntry } from "../core/entries/parse";
import { problemText } from "../contracts/problem-text";
import { foldForComparison } from "../core/text/normalize";
import { scoreWard, type WardScore } from "../core/scoring";
import { cellAddress, MARKER_TAG, MARKER_WIDTH, readMarker, type MarkerInfo, type TemplateKind } from "../core/template";

/** The values of a block of the sheet; top/left are 1-based positions of values[0][0]. */
export interface SheetValues {
  readonly values: readonly (readonly unknown[])[];
  readonly top: number;
  readonly left: number;
}

export interface LocatedTemplate {
  readonly marker: MarkerInfo;
  /** 1-based row and column of the marker's tag cell. */
  readonly tagRow: number;
  readonly tagColumn: number;
}

export type ProblemRule =
  | "invalidEntry"
  | "needsNormalising"
  | "missingWard"
  | "missingProvince"
  | "missingField"
  | "badDate"
  | "duplicateWard"
  | "codesChanged"
  | "missingFormulas"
  | "outsideTemplate";

export interface Problem {
  readonly sheet: string;
  /** A1 address of the cell, without the sheet. */
  readonly address: string;
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
  readonly rule: ProblemRule;
  readonly severity: "error" | "warning";
  /** What is wrong, in Vietnamese. */
  readonly message: string;
  /** What to type or do instead, in Vietnamese. */
  readonly suggestion: string;
  /** Highlighted by the add-in's check rule (conditional formats already show the others). */
  readonly highlight: boolean;
}

export interface WardResult {
  readonly kind: TemplateKind;
  /** Row of the ward (matrix) or of the ward name cell (phiếu). */
  readonly row: number;
  readonly province: string;
  readonly ward: string;
  readonly score: WardScore;
}

export interface TemplateAnalysis {
  readonly template: LocatedTemplate;
  readonly codes: readonly string[];
  readonly wards: readonly WardResult[];
  readonly problems: readonly Problem[];
  /** Entries the core reads as a result but not in canonical form, for "Chuẩn hoá". */
  readonly variants: ReadonlyArray<{ readonly row: number; readonly column: number; readonly value: unknown; readonly canonical: string }>;
}

export function cellOf(sheet: SheetValues, row: number, column: number): unknown {
  const value = sheet.values[row - sheet.top]?.[column - sheet.left];
  return value === undefined || value === null ? "" : value;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/** Every template on the sheet, by its marker row. */
export function locateTemplates(sheet: SheetValues): LocatedTemplate[] {
  const found: LocatedTemplate[] = [];
  sheet.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value !== MARKER_TAG) return;
      const marker = readMarker(line.slice(c, c + MARKER_WIDTH));
      if (marker !== null) found.push({ marker, tagRow: sheet.top + r, tagColumn: sheet.left + c });
    });
  });
  return found;
}

const NATIVE_TEXT = new Set([...NATIVE_MET_TOKENS, ...NATIVE_NOT_MET_TOKENS].map((t) => t.toLowerCase()));

/** Counted by the template's native formulas as typed (COUNTIF: exact text, any case; 1/0; TRUE/FALSE). */
export function isNativeForm(value: unknown): boolean {
  if (typeof value === "boolean") return true;
  if (typeof value === "number") return value === 1 || value === 0;
  return typeof value === "string" && NATIVE_TEXT.has(value.toLowerCase());
}

function describeValue(value: unknown): string {
  const s = typeof value === "string" ? value : String(value);
  return `"${s.length > 30 ? `${s.slice(0, 30)}…` : s}"`;
}

/** Ngày chấm: a date serial, or dd/mm/yyyy text of a real date. */
export function isValidDate(value: unknown): boolean {
  if (typeof value === "number") return value > 0 && value < 2_958_466;
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/u.exec(text(value));
  if (match === null) return false;
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const PHIEU_FIELDS: ReadonlyArray<{ label: string; field: string; date?: boolean }> = [
  { label: "ky danh gia", field: "Kỳ đánh giá" },
  { label: "ngay cham", field: "Ngày chấm", date: true },
  { label: "nguoi cham / don vi", field: "Người chấm / đơn vị" },
];

/** Rows of the used range under the table reported as outside it, at most. */
const OUTSIDE_ROWS_REPORTED = 100;

/**
 * Analyse one template. `nextTemplateRow` is the marker row of the next
 * template below on the same sheet (rows from there belong to it).
 */
export function analyseTemplate(sheet: SheetValues, sheetName: string, template: LocatedTemplate, nextTemplateRow = Number.POSITIVE_INFINITY): TemplateAnalysis {
  const { marker } = template;
  const problems: Problem[] = [];
  const variants: Array<{ row: number; column: number; value: unknown; canonical: string }> = [];
  const problem = (row: number, column: number, rule: ProblemRule, severity: Problem["severity"], message: string, suggestion: string, highlight: boolean): void => {
    problems.push({ sheet: sheetName, address: cellAddress(row, column), row, column, value: cellOf(sheet, row, column), rule, severity, message, suggestion, highlight });
  };
  const entry = (row: number, column: number): unknown => {
    const value = cellOf(sheet, row, column);
    const parsed = parseEntry(value);
    if (parsed.kind === "invalid") {
      const text = parsed.issue === undefined ? { message: `Giá trị ${describeValue(value)} không phải kết quả chấm.`, action: `Nhập "${CANONICAL_MET}" hoặc "${CANONICAL_NOT_MET}".` } : problemText(parsed.issue, "vi");
      problem(row, column, "invalidEntry", "error", text.message, text.action, false);
    } else if (parsed.canonical !== undefined && parsed.variant) {
      variants.push({ row, column, value, canonical: parsed.canonical });
      if (!isNativeForm(value)) {
        const how = parsed.encoding === "tcvn3" ? " (phông TCVN3/ABC cũ)" : parsed.encoding === "vni" ? " (phông VNI cũ)" : parsed.encoding === "no-diacritics" ? " (không dấu)" : "";
        problem(row, column, "needsNormalising", "warning", `${describeValue(value)}${how} được hiểu là "${parsed.canonical}", nhưng công thức đếm trong bảng (khi không có add-in) không nhận cách viết này.`, `Bấm "Chuẩn hoá" để đổi thành "${parsed.canonical}", hoặc gõ lại "${parsed.canonical}".`, true);
      }
    }
    return value;
  };

  const wards: WardResult[] = [];
  let codes: string[] = [];
  if (marker.kind === "matrix") {
    for (let column = marker.firstCodeColumn; column <= marker.lastCodeColumn; column++) codes.push(text(cellOf(sheet, marker.codeRow, column)));
    const seen = new Map<string, number>();
    for (let row = marker.firstDataRow; row <= marker.lastDataRow; row++) {
      const province = text(cellOf(sheet, row, marker.province.column));
      const ward = text(cellOf(sheet, row, marker.ward.column));
      let filled = false;
      for (let column = marker.firstCodeColumn; column <= marker.lastCodeColumn; column++) if (cellOf(sheet, row, column) !== "") filled = true;
      if (!filled && province === "" && ward === "") continue;
      const entries: unknown[] = [];
      for (let column = marker.firstCodeColumn; column <= marker.lastCodeColumn; column++) entries.push(entry(row, column));
      if (ward === "") problem(row, marker.ward.column, "missingWard", "error", "Dòng đã có kết quả nhưng chưa có tên phường.", "Nhập tên phường vào ô này.", true);
      if (province === "") problem(row, marker.province.column, "missingProvince", "warning", "Dòng chưa có tên tỉnh/thành phố.", "Nhập tên tỉnh/thành phố (cần khi tổng hợp).", true);
      if (ward !== "") {
        const key = `${foldForComparison(province)}|${foldForComparison(ward)}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) problem(row, marker.ward.column, "duplicateWard", "warning", `Phường "${ward}" đã có ở dòng ${earlier}.`, "Xoá một trong hai dòng, hoặc sửa tên nếu là hai phường khác nhau.", true);
        else seen.set(key, row);
      }
      // A row inserted inside the table by hand has no counting formulas.
      const metCell = cellOf(sheet, row, marker.lastCodeColumn + 1);
      if (typeof metCell !== "number") {
        problem(row, marker.lastCodeColumn + 1, "missingFormulas", "warning", "Dòng này chưa có công thức đếm (thường do chèn dòng bằng tay), nên bảng không tự tính kết quả.", "Chọn các ô Số đạt…Thiếu của dòng ngay trên, sao chép rồi dán vào dòng này.", true);
      }
      wards.push({ kind: "matrix", row, province, ward, score: scoreWard(entries, codes) });
    }
    // Rows typed under the table are outside the formulas, rules and consolidation.
    const lastRow = Math.min(sheet.top + sheet.values.length - 1, nextTemplateRow - 1);
    let outside = 0;
    for (let row = marker.lastDataRow + 1; row <= lastRow && outside < OUTSIDE_ROWS_REPORTED; row++) {
      for (let column = marker.province.column; column <= marker.lastCodeColumn; column++) {
        if (cellOf(sheet, row, column) === "") continue;
        outside++;
        problem(row, column, "outsideTemplate", "warning", `Dòng ${row} nằm ngoài bảng chấm (bảng kết thúc ở dòng ${marker.lastDataRow}), nên không được đếm và không được tổng hợp.`, "Chèn thêm dòng bên trong bảng (chuột phải vào một dòng phường › Insert) rồi chuyển dữ liệu vào, hoặc chèn mẫu mới với nhiều dòng hơn.", false);
        break;
      }
    }
  } else {
    const entries: unknown[] = [];
    for (let row = marker.firstDataRow; row <= marker.lastDataRow; row++) {
      const code = text(cellOf(sheet, row, marker.firstCodeColumn));
      if (code === "") continue; // group heading
      codes.push(code);
      entries.push(entry(row, marker.lastCodeColumn));
    }
    const province = text(cellOf(sheet, marker.province.row, marker.province.column));
    const ward = text(cellOf(sheet, marker.ward.row, marker.ward.column));
    if (province === "") problem(marker.province.row, marker.province.column, "missingProvince", "error", "Phiếu chưa ghi tỉnh/thành phố.", "Nhập tên tỉnh/thành phố.", true);
    if (ward === "") problem(marker.ward.row, marker.ward.column, "missingWard", "error", "Phiếu chưa ghi tên phường.", "Nhập tên phường được chấm.", true);
    // Other header fields: found by their labels between the ward row and the table header.
    for (let row = marker.ward.row + 1; row < marker.headerRow; row++) {
      const label = foldForComparison(text(cellOf(sheet, row, 1))).replace(/:$/u, "").trim();
      const field = PHIEU_FIELDS.find((f) => f.label === label);
      if (field === undefined) continue;
      const value = cellOf(sheet, row, marker.province.column);
      if (value === "") problem(row, marker.province.column, "missingField", "warning", `Phiếu chưa ghi "${field.field}".`, `Nhập ${field.field.toLowerCase()}.`, true);
      else if (field.date === true && !isValidDate(value)) problem(row, marker.province.column, "badDate", "warning", `Ngày ${describeValue(value)} không đúng dạng ngày.`, "Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/11/2026.", true);
    }
    wards.push({ kind: "phieu", row: marker.ward.row, province, ward, score: scoreWard(entries, codes) });
  }

  if (codes.length !== marker.criteriaCount || codes.some((c) => c === "") || new Set(codes).size !== codes.length) {
    problem(marker.headerRow, marker.firstCodeColumn, "codesChanged", "warning", `Cột/dòng mã tiêu chí đã bị sửa: có ${codes.filter((c) => c !== "").length} mã, mẫu cần ${marker.criteriaCount} mã khác nhau.`, "Hoàn tác thay đổi ở phần mã tiêu chí, hoặc chèn mẫu mới rồi dán kết quả sang.", true);
    codes = codes.map((c, i) => (c === "" ? `#${i + 1}` : c));
  }
  return { template, codes, wards, problems, variants };
}

/** Every template on the sheet, analysed in order. */
export function analyseSheet(sheet: SheetValues, sheetName: string): TemplateAnalysis[] {
  const templates = locateTemplates(sheet);
  return templates.map((t) => {
    const below = templates.filter((o) => o.tagRow > t.marker.lastDataRow).map((o) => o.tagRow);
    return analyseTemplate(sheet, sheetName, t, below.length > 0 ? Math.min(...below) : Number.POSITIVE_INFINITY);
  });
}

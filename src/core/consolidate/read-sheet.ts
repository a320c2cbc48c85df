import type { CriteriaSet } from "../criteria/types";
import { parseEntry } from "../entries/parse";
import { cellAddress } from "../template/address";
import { MARKER_TAG, MARKER_WIDTH, readMarker, type MarkerInfo } from "../template/marker";
import { foldForComparison } from "../text/normalize";
import { cellText, type CellGrid } from "./grid";
import { codeKey } from "./identity";
import type { FoundBy, Problem, WardRecord } from "./types";

/**
 * Find the ward data of one sheet: by the template marker first, then by
 * the criterion codes of a header row (a matrix: codes across; a phiếu:
 * codes down), so renamed sheets, inserted rows, reordered criteria, extra
 * columns and older copies still consolidate. Criteria are matched by code.
 */

export interface SheetReadResult {
  readonly records: WardRecord[];
  readonly problems: Problem[];
  /** How the data was found; null when the sheet holds no template. */
  readonly foundBy: FoundBy | null;
}

/** Where to look for the marker tag (it moves when rows or columns are inserted above or left of it). */
const MARKER_SCAN_ROWS = 200;
const MARKER_SCAN_COLUMNS = 60;
/** Sheets are scanned for a header at most this deep and wide. */
const HEADER_SCAN_ROWS = 5_000;
const HEADER_SCAN_COLUMNS = 400;
const CODE_SHAPE = /^[\p{L}]{0,6}[\s._-]?\d{1,4}[a-z]?$/iu;

type CodeIndex = ReadonlyMap<string, string>;

function codeIndex(set: CriteriaSet): CodeIndex {
  return new Map(set.criteria.map((c) => [codeKey(c.code), c.code]));
}

/** The set's code a cell holds, if any. */
function codeAt(grid: CellGrid, row: number, column: number, index: CodeIndex): string | undefined {
  const value = grid.value(row, column);
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).trim();
  if (text === "" || text.length > 12) return undefined;
  if (!CODE_SHAPE.test(text) && !index.has(codeKey(text))) return undefined;
  return index.get(codeKey(text));
}

function findMarker(grid: CellGrid): { info: MarkerInfo; row: number; column: number } | null | "damaged" {
  let damaged = false;
  const rows = Math.min(grid.rowCount, MARKER_SCAN_ROWS);
  const columns = Math.min(grid.columnCount, MARKER_SCAN_COLUMNS);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string" || v.trim().toUpperCase() !== MARKER_TAG) continue;
      const values: unknown[] = [];
      const formulas: unknown[] = [];
      for (let i = 0; i < MARKER_WIDTH; i++) {
        values.push(grid.value(r, c + i));
        formulas.push(grid.formula(r, c + i));
      }
      const info = readMarker(values, formulas);
      if (info !== null) return { info, row: r, column: c };
      damaged = true;
    }
  }
  return damaged ? "damaged" : null;
}

const LABELS = {
  province: ["tinh/thanh pho", "tinh / thanh pho", "tinh, thanh pho", "tinh", "thanh pho", "tinh/tp", "don vi tinh"],
  ward: ["phuong", "ten phuong", "don vi", "cong an phuong", "phuong/xa"],
  period: ["ky danh gia", "ky", "ky bao cao", "dot danh gia", "thoi gian danh gia"],
} as const;

function labelKind(value: unknown): keyof typeof LABELS | null {
  const text = cellText(value);
  if (text === "" || text.length > 40) return null;
  const folded = foldForComparison(text).replace(/[:：]\s*$/u, "").trim();
  for (const kind of ["period", "province", "ward"] as const) {
    if ((LABELS[kind] as readonly string[]).includes(folded)) return kind;
  }
  return null;
}

/** Label cells ("Phường:", "Kỳ đánh giá:") above `beforeRow`, with the first filled cell to their right. */
function labelledFields(grid: CellGrid, beforeRow: number): { province?: string; ward?: string; period?: string; cells: Partial<Record<"province" | "ward" | "period", string>> } {
  const found: { province?: string; ward?: string; period?: string; cells: Partial<Record<"province" | "ward" | "period", string>> } = { cells: {} };
  const columns = Math.min(grid.columnCount, 30);
  for (let r = 1; r < Math.min(beforeRow, 60); r++) {
    for (let c = 1; c <= columns; c++) {
      const label = grid.value(r, c);
      const kind = labelKind(label);
      if (kind === null || found[kind] !== undefined) continue;
      for (let k = c + 1; k <= columns; k++) {
        const text = cellText(grid.value(r, k));
        // Some readers repeat a merged label in every cell of the merge.
        if (text !== "" && text !== cellText(label)) {
          found[kind] = text;
          found.cells[kind] = cellAddress(r, k);
          break;
        }
      }
      if (found[kind] === undefined) found.cells[kind] = cellAddress(r, c + 1);
    }
  }
  return found;
}

function hasVerdict(value: unknown): boolean {
  const kind = parseEntry(value).kind;
  return kind === "met" || kind === "notMet";
}

interface MatrixLayout {
  readonly codeRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly codeColumns: ReadonlyArray<{ code: string; column: number }>;
  readonly provinceColumn: number | null;
  readonly wardColumn: number | null;
  readonly periodColumn: number | null;
}

interface PhieuLayout {
  readonly codeColumn: number;
  readonly resultColumn: number;
  readonly rows: ReadonlyArray<{ code: string; row: number }>;
  readonly province?: { value: string; cell?: string };
  readonly ward?: { value: string; cell?: string };
}

/** Codes across one row (a matrix header). */
function codesInRow(grid: CellGrid, row: number, index: CodeIndex): Array<{ code: string; column: number }> {
  const found: Array<{ code: string; column: number }> = [];
  const seen = new Set<string>();
  const columns = Math.min(grid.columnCount, HEADER_SCAN_COLUMNS);
  for (let c = 1; c <= columns; c++) {
    const code = codeAt(grid, row, c, index);
    if (code !== undefined && !seen.has(code)) {
      seen.add(code);
      found.push({ code, column: c });
    }
  }
  return found;
}

/** Province, ward and period columns from the labels of the header row (and the row above or below, for two-line headers). */
function identityColumns(grid: CellGrid, headerRow: number, exclude: ReadonlySet<number>): { province: number | null; ward: number | null; period: number | null } {
  const result: { province: number | null; ward: number | null; period: number | null } = { province: null, ward: null, period: null };
  const columns = Math.min(grid.columnCount, HEADER_SCAN_COLUMNS);
  for (const r of [headerRow, headerRow - 1, headerRow + 1]) {
    if (r < 1 || r > grid.rowCount) continue;
    for (let c = 1; c <= columns; c++) {
      if (exclude.has(c)) continue;
      const kind = labelKind(grid.value(r, c));
      if (kind !== null && result[kind] === null) result[kind] = c;
    }
  }
  return result;
}

function matrixRecords(grid: CellGrid, file: string, layout: MatrixLayout, foundBy: FoundBy, sheetPeriod: string, marker: MarkerInfo | null, problems: Problem[]): WardRecord[] {
  const records: WardRecord[] = [];
  let unnamedWithResults: number[] = [];
  let junk = 0;
  let empty = 0;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const ward = layout.wardColumn === null ? "" : cellText(grid.value(r, layout.wardColumn));
    const province = layout.provinceColumn === null ? "" : cellText(grid.value(r, layout.provinceColumn));
    const entries = new Map<string, unknown>();
    const cells = new Map<string, string>();
    let verdicts = 0;
    let filled = 0;
    for (const { code, column } of layout.codeColumns) {
      const value = grid.value(r, column);
      entries.set(code, value);
      cells.set(code, cellAddress(r, column));
      if (cellText(value) !== "") filled++;
      if (hasVerdict(value)) verdicts++;
    }
    if (ward === "") {
      if (verdicts > 0) unnamedWithResults.push(r);
      continue;
    }
    // A second header line (some readers repeat the merged "Phường" label into it).
    if (labelKind(ward) !== null && verdicts === 0) continue;
    if (verdicts === 0) {
      if (filled > 0) junk++;
      else empty++;
      continue;
    }
    const period = layout.periodColumn === null ? sheetPeriod : cellText(grid.value(r, layout.periodColumn)) || sheetPeriod;
    records.push({ province, ward, period, entries, cells, source: { file, sheet: grid.name, row: r, foundBy }, setId: marker?.setId, setVersion: marker?.setVersion });
  }
  if (unnamedWithResults.length > 0) {
    const rows = unnamedWithResults.slice(0, 10).join(", ") + (unnamedWithResults.length > 10 ? ", …" : "");
    problems.push({ file, sheet: grid.name, cell: layout.wardColumn === null ? undefined : cellAddress(unnamedWithResults[0] as number, layout.wardColumn), severity: "warning", message: `${unnamedWithResults.length} dòng có kết quả nhưng không có tên phường (dòng ${rows}) — không tổng hợp.`, action: "Điền tên phường vào các dòng này rồi tổng hợp lại." });
    unnamedWithResults = [];
  }
  if (junk > 0) {
    problems.push({ file, sheet: grid.name, severity: "warning", message: `Bỏ qua ${junk} dòng có tên phường nhưng không có kết quả Đạt/Không đạt nào hợp lệ.`, action: "Nếu đó là phường cần tổng hợp, nhập kết quả Đạt/Không đạt cho từng tiêu chí." });
  }
  if (empty > 0 && records.length === 0) {
    problems.push({ file, sheet: grid.name, severity: "warning", message: `Có ${empty} phường nhưng chưa chấm tiêu chí nào — không tổng hợp.`, action: "Chấm các tiêu chí rồi tổng hợp lại." });
  }
  return records;
}

function phieuRecord(grid: CellGrid, file: string, layout: PhieuLayout, foundBy: FoundBy, period: string, marker: MarkerInfo | null, problems: Problem[]): WardRecord[] {
  const ward = layout.ward?.value ?? "";
  const entries = new Map<string, unknown>();
  const cells = new Map<string, string>();
  let verdicts = 0;
  for (const { code, row } of layout.rows) {
    const value = grid.value(row, layout.resultColumn);
    entries.set(code, value);
    cells.set(code, cellAddress(row, layout.resultColumn));
    if (hasVerdict(value)) verdicts++;
  }
  if (ward === "") {
    problems.push({ file, sheet: grid.name, cell: layout.ward?.cell, severity: "error", message: "Phiếu chấm không ghi tên phường — không tổng hợp được.", action: "Điền tên phường (và tỉnh, kỳ đánh giá) vào đầu phiếu rồi tổng hợp lại." });
    return [];
  }
  if (verdicts === 0) {
    problems.push({ file, sheet: grid.name, severity: "warning", message: `Phiếu chấm của phường ${ward} chưa chấm tiêu chí nào — không tổng hợp.`, action: "Chấm các tiêu chí rồi tổng hợp lại." });
    return [];
  }
  return [{ province: layout.province?.value ?? "", ward, period, entries, cells, source: { file, sheet: grid.name, foundBy }, setId: marker?.setId, setVersion: marker?.setVersion }];
}

function periodColumnNear(grid: CellGrid, headerRow: number, exclude: ReadonlySet<number>): number | null {
  return identityColumns(grid, headerRow, exclude).period;
}

function fromMarker(grid: CellGrid, file: string, marker: MarkerInfo, index: CodeIndex, problems: Problem[]): WardRecord[] | null {
  if (marker.kind === "matrix") {
    const codeColumns = codesInRow(grid, marker.codeRow, index);
    if (codeColumns.length === 0) return null;
    const exclude = new Set(codeColumns.map((c) => c.column));
    const sheetFields = labelledFields(grid, marker.headerRow);
    const layout: MatrixLayout = {
      codeRow: marker.codeRow,
      firstDataRow: marker.firstDataRow,
      lastDataRow: Math.max(marker.lastDataRow, grid.rowCount),
      codeColumns,
      // Marker positions go stale when a program without formulas (not Excel) inserts columns: trust the header labels then.
      provinceColumn: labelKind(grid.value(marker.headerRow, marker.province.column)) === "province" ? marker.province.column : (identityColumns(grid, marker.headerRow, exclude).province ?? marker.province.column),
      wardColumn: labelKind(grid.value(marker.headerRow, marker.ward.column)) === "ward" ? marker.ward.column : (identityColumns(grid, marker.headerRow, exclude).ward ?? marker.ward.column),
      periodColumn: periodColumnNear(grid, marker.headerRow, exclude),
    };
    return matrixRecords(grid, file, layout, "marker", sheetFields.period ?? "", marker, problems);
  }
  // The whole code column, not only the marker's rows: rows inserted above by another program shift them.
  const rows: Array<{ code: string; row: number }> = [];
  const seen = new Set<string>();
  for (let r = 1; r <= Math.min(grid.rowCount, HEADER_SCAN_ROWS); r++) {
    const code = codeAt(grid, r, marker.firstCodeColumn, index);
    if (code !== undefined && !seen.has(code)) {
      seen.add(code);
      rows.push({ code, row: r });
    }
  }
  if (rows.length === 0) return null;
  const fields = labelledFields(grid, rows[0]?.row ?? marker.headerRow);
  const at = (p: { row: number; column: number }, kind: "province" | "ward"): { value: string; cell: string } => {
    const labelled = labelKind(grid.value(p.row, 1)) === kind || labelKind(grid.value(p.row, p.column - 1)) === kind;
    if (!labelled && fields[kind] !== undefined) return { value: fields[kind] as string, cell: fields.cells[kind] as string };
    return { value: cellText(grid.value(p.row, p.column)), cell: cellAddress(p.row, p.column) };
  };
  const layout: PhieuLayout = { codeColumn: marker.firstCodeColumn, resultColumn: marker.lastCodeColumn, rows, province: at(marker.province, "province"), ward: at(marker.ward, "ward") };
  return phieuRecord(grid, file, layout, "marker", fields.period ?? "", marker, problems);
}

/** The fallback: the row (matrix) or column (phiếu) holding the most criterion codes. */
function fromHeaderCodes(grid: CellGrid, file: string, index: CodeIndex, problems: Problem[]): WardRecord[] | null {
  const rowCounts = new Map<number, number>();
  const columnCounts = new Map<number, number>();
  const rows = Math.min(grid.rowCount, HEADER_SCAN_ROWS);
  const columns = Math.min(grid.columnCount, HEADER_SCAN_COLUMNS);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      if (codeAt(grid, r, c, index) === undefined) continue;
      rowCounts.set(r, (rowCounts.get(r) ?? 0) + 1);
      columnCounts.set(c, (columnCounts.get(c) ?? 0) + 1);
    }
  }
  const best = (counts: Map<number, number>): [number, number] => [...counts.entries()].reduce<[number, number]>((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  const [codeRow, acrossCount] = best(rowCounts);
  const [codeColumn, downCount] = best(columnCounts);
  const threshold = Math.min(3, index.size);
  if (Math.max(acrossCount, downCount) < threshold) return null;

  if (acrossCount >= downCount) {
    const codeColumns = codesInRow(grid, codeRow, index);
    const ids = identityColumns(grid, codeRow, new Set(codeColumns.map((c) => c.column)));
    const sheetFields = labelledFields(grid, codeRow);
    if (ids.ward === null) {
      problems.push({ file, sheet: grid.name, cell: cellAddress(codeRow, 1), severity: "error", message: "Có hàng mã tiêu chí nhưng không tìm thấy cột \"Phường\" — không tổng hợp được trang này.", action: "Đặt tiêu đề \"Phường\" cho cột tên phường (và \"Tỉnh/thành phố\" cho cột tỉnh) ở hàng tiêu đề rồi tổng hợp lại." });
      return [];
    }
    const layout: MatrixLayout = { codeRow, firstDataRow: codeRow + 1, lastDataRow: grid.rowCount, codeColumns, provinceColumn: ids.province, wardColumn: ids.ward, periodColumn: ids.period };
    return matrixRecords(grid, file, layout, "headerCodes", sheetFields.period ?? "", null, problems);
  }

  const codeRows: Array<{ code: string; row: number }> = [];
  const seen = new Set<string>();
  for (let r = 1; r <= grid.rowCount; r++) {
    const code = codeAt(grid, r, codeColumn, index);
    if (code !== undefined && !seen.has(code)) {
      seen.add(code);
      codeRows.push({ code, row: r });
    }
  }
  const firstRow = codeRows[0]?.row ?? 1;
  let resultColumn: number | null = null;
  // A "Kết quả" header above the first criterion, else the first column to the right holding verdicts.
  for (let r = firstRow - 1; r >= Math.max(1, firstRow - 4) && resultColumn === null; r--) {
    for (let c = 1; c <= columns; c++) {
      if (foldForComparison(cellText(grid.value(r, c))) === "ket qua") {
        resultColumn = c;
        break;
      }
    }
  }
  for (let c = codeColumn + 1; c <= columns && resultColumn === null; c++) {
    if (codeRows.some(({ row }) => hasVerdict(grid.value(row, c)))) resultColumn = c;
  }
  // Codes down a column with no results beside them: a list of criteria, not a phiếu.
  if (resultColumn === null) return null;
  const fields = labelledFields(grid, firstRow);
  const layout: PhieuLayout = {
    codeColumn,
    resultColumn,
    rows: codeRows,
    province: fields.province === undefined ? undefined : { value: fields.province, cell: fields.cells.province },
    ward: { value: fields.ward ?? "", cell: fields.cells.ward },
  };
  return phieuRecord(grid, file, layout, "headerCodes", fields.period ?? "", null, problems);
}

export function readSheet(grid: CellGrid, file: string, set: CriteriaSet): SheetReadResult {
  const index = codeIndex(set);
  const problems: Problem[] = [];
  const marker = findMarker(grid);
  if (marker !== null && marker !== "damaged") {
    const records = fromMarker(grid, file, marker.info, index, problems);
    if (records !== null) {
      if (marker.info.setId !== set.id || marker.info.setVersion !== set.version) {
        problems.push({ file, sheet: grid.name, severity: "info", message: `Trang dùng bộ tiêu chí ${marker.info.setId} phiên bản ${marker.info.setVersion}, khác bộ đang tổng hợp (${set.id} phiên bản ${set.version}): đối chiếu theo mã tiêu chí.`, action: "Kiểm tra các cảnh báo thiếu tiêu chí (nếu có)." });
      }
      return { records, problems, foundBy: "marker" };
    }
  }
  const fallback = fromHeaderCodes(grid, file, index, problems);
  if (fallback === null) return { records: [], problems, foundBy: null };
  const why = marker === null ? "không có dấu hiệu mẫu (dòng ẩn KIEUMAU)" : "có dấu hiệu mẫu nhưng bị hỏng hoặc lệch vị trí";
  problems.unshift({ file, sheet: grid.name, severity: "info", message: `Trang ${why}: đã nhận dữ liệu theo hàng/cột mã tiêu chí.`, action: "Không cần làm gì; lần sau nên dùng mẫu mới (kieumau template) để nhận chính xác hơn." });
  return { records: fallback, problems, foundBy: "headerCodes" };
}

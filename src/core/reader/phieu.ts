/**
 * Reading a phiếu (one ward's form: codes down a column, results beside
 * them, the ward and province in labelled cells above).
 */
import { cellText, type CellGrid } from "../consolidate/grid";
import { scoreWard } from "../scoring/score-ward";
import { cellAddress, parseCell } from "../template/address";
import type { MarkerInfo } from "../template/marker";
import { foldForComparison } from "../text/normalize";
import { Findings } from "./collect";
import { capField } from "./fields";
import { checkCodes } from "./matrix";
import { codesInColumn, codeTextAt, hasVerdict, labelKind, labelledFields, type CodeIndex } from "./labels";
import type { PhieuField } from "./problems";
import type { FoundBy, TemplateRead } from "./types";

export interface PhieuLayout {
  readonly foundBy: FoundBy;
  readonly marker: MarkerInfo | null;
  readonly anchor: { row: number; column: number };
  readonly firstRow: number;
  readonly lastRow: number;
  readonly resultColumn: number;
  /** Code rows, group headings left out. */
  readonly rows: ReadonlyArray<{ code: string; row: number }>;
  readonly province?: { value: string; row: number; column: number };
  readonly ward: { value: string; row: number; column: number };
  readonly period: string;
}

const PHIEU_FIELDS: ReadonlyArray<{ label: string; field: PhieuField; date?: boolean }> = [
  { label: "ky danh gia", field: "period" },
  { label: "ngay cham", field: "date", date: true },
  { label: "nguoi cham / don vi", field: "assessor" },
];

/** Ngày chấm: a date serial, or dd/mm/yyyy text of a real date. */
export function isValidDate(value: unknown): boolean {
  if (typeof value === "number") return value > 0 && value < 2_958_466;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/u.exec(cellText(value));
  if (match === null) return false;
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function cellAt(
  address: string | undefined,
  fallback: { row: number; column: number },
): { row: number; column: number } {
  return address === undefined ? fallback : parseCell(address);
}

/** The layout of a marked phiếu; null when its positions no longer fit the sheet. */
export function markedPhieuLayout(
  grid: CellGrid,
  marker: MarkerInfo,
  anchor: { row: number; column: number },
  boundary: number,
  index: CodeIndex,
): PhieuLayout | null {
  let rows: Array<{ code: string; row: number }> = [];
  let codeLike = 0;
  for (let row = marker.firstDataRow; row <= Math.min(marker.lastDataRow, boundary - 1); row++) {
    const code = codeTextAt(grid, row, marker.firstCodeColumn, index);
    if (code.codeLike) codeLike++;
    if (code.text !== "" && code.codeLike) rows.push({ code: code.text, row });
  }
  // Rows inserted by a program that keeps no formulas: find the codes by value in the template's rows.
  if (codeLike * 2 < marker.criteriaCount) {
    rows = codesInColumn(grid, marker.firstCodeColumn, anchor.row, boundary - 1, index);
    if (rows.length === 0) return null;
  }
  const fields = labelledFields(grid, anchor.row, rows[0]?.row ?? marker.headerRow);
  const at = (
    p: { row: number; column: number },
    kind: "province" | "ward",
  ): { value: string; row: number; column: number } => {
    const labelled = labelKind(grid.value(p.row, 1)) === kind || labelKind(grid.value(p.row, p.column - 1)) === kind;
    if (!labelled && fields[kind] !== undefined)
      return { value: fields[kind] as string, ...cellAt(fields.cells[kind], p) };
    return { value: cellText(grid.value(p.row, p.column)), ...p };
  };
  return {
    foundBy: "marker",
    marker,
    anchor,
    firstRow: anchor.row,
    lastRow: Math.max(marker.lastDataRow, ...rows.map((r) => r.row)),
    resultColumn: marker.lastCodeColumn,
    rows,
    province: at(marker.province, "province"),
    ward: at(marker.ward, "ward"),
    period: fields.period ?? "",
  };
}

export function readPhieu(grid: CellGrid, layout: PhieuLayout): TemplateRead {
  const found = new Findings(grid, layout.marker !== null);
  const wardText = capField(layout.ward.value, "ward");
  const provinceText = capField(layout.province?.value ?? "", "province");
  const periodText = capField(layout.period, "period");
  const ward = wardText.text;
  const province = provinceText.text;
  if (wardText.cutFrom !== undefined) found.tooLong("ward", wardText.cutFrom, layout.ward.row, layout.ward.column);
  if (provinceText.cutFrom !== undefined && layout.province !== undefined)
    found.tooLong("province", provinceText.cutFrom, layout.province.row, layout.province.column);
  if (periodText.cutFrom !== undefined)
    found.tooLong("period", periodText.cutFrom, layout.anchor.row, layout.anchor.column);
  const codes: string[] = [];
  const entries: unknown[] = [];
  const cells: string[] = [];
  let verdicts = 0;
  for (const { code, row } of layout.rows) {
    codes.push(code);
    const value = found.entry(row, layout.resultColumn, { ward, criterion: code });
    entries.push(value);
    cells.push(cellAddress(row, layout.resultColumn));
    if (hasVerdict(value)) verdicts++;
  }
  if (layout.province !== undefined && province === "")
    found.add("readerPhieuWithoutProvince", {}, "error", layout.province.row, layout.province.column, true);
  if (ward === "") found.add("readerPhieuWithoutWard", {}, "error", layout.ward.row, layout.ward.column, true);
  if (layout.marker !== null) checkFields(grid, found, layout.marker, layout.ward.row);
  if (layout.marker !== null)
    checkCodes(found, codes, layout.marker, layout.marker.headerRow, layout.marker.firstCodeColumn);
  return {
    kind: "phieu",
    foundBy: layout.foundBy,
    marker: layout.marker,
    anchor: layout.anchor,
    firstRow: layout.firstRow,
    lastRow: layout.lastRow,
    codes,
    wards: [
      {
        kind: "phieu",
        row: layout.ward.row,
        province,
        ward,
        period: periodText.text,
        entries,
        cells,
        verdicts,
        score: scoreWard(entries, codes),
      },
    ],
    problems: found.problems,
    highlights: found.highlights,
    variants: found.variants,
    invalidEntries: found.invalidEntries,
  };
}

/** Header fields between the ward row and the table, found by their labels in column A. */
function checkFields(grid: CellGrid, found: Findings, marker: MarkerInfo, wardRow: number): void {
  for (let row = wardRow + 1; row < marker.headerRow; row++) {
    const label = foldForComparison(cellText(grid.value(row, 1)))
      .replace(/:$/u, "")
      .trim();
    const field = PHIEU_FIELDS.find((f) => f.label === label);
    if (field === undefined) continue;
    const value = grid.value(row, marker.province.column);
    if (cellText(value) === "")
      found.add("readerPhieuFieldMissing", { field: field.field }, "warning", row, marker.province.column, true);
    else if (field.date === true && !isValidDate(value))
      found.add("readerPhieuBadDate", { value: cellText(value) }, "warning", row, marker.province.column, true);
  }
}

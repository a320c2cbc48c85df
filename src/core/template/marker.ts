import type { TemplateKind } from "./types";
import { absoluteCell, cellAddress } from "./address";

/**
 * The machine-readable marker: one hidden row whose first cell reads
 * MARKER_TAG, followed by fixed fields. Positions are formulas
 * (=ROW($A$10), =COLUMN($C$4)), so Excel keeps them right when users insert
 * rows or columns or rename the sheet; a reader that sees only formula text
 * (a file written without cached values) parses the address instead.
 *
 * Fields, left to right (1-based offset from the tag cell):
 *  1 tag "KIEUMAU"           2 marker format version (1)
 *  3 kind "phieu"|"matrix"   4 criteria-set id      5 criteria-set version
 *  6 number of criteria
 *  7 header row              8 code row (matrix: row of codes; phiếu: header row)
 *  9 first data row         10 last data row (matrix: ward rows; phiếu: criterion rows incl. group headings)
 * 11 first code column      12 matrix: last criterion column; phiếu: result column
 *                               (phiếu: the column holding the codes)
 * 13 province cell row     14 province cell column (matrix: header row / province column)
 * 15 ward cell row         16 ward cell column      (matrix: header row / ward column)
 * 17 a human note asking people not to delete the row.
 * 18 the check flags: "|r:c|r:c|…", cells the add-in's check highlights
 *    (r = rows below the marker row, c = column), read by the template's own
 *    top-priority conditional format (flagFormula), rewritten by every check.
 * The sheet also gets a sheet-scoped defined name MARKER_NAME over the row.
 */

export const MARKER_TAG = "KIEUMAU";
export const MARKER_FORMAT_VERSION = 1;
export const MARKER_NAME = "KieuMau_DauHieu";
export const DATA_NAME = "KieuMau_DuLieu";
export const MARKER_WIDTH = 18;
/** 0-based offset of the check-flags cell from the tag cell. */
export const FLAG_OFFSET = 17;
export const MARKER_NOTE = "Dấu hiệu mẫu KIEUMAU — không xoá dòng ẩn này (add-in dùng để nhận mẫu và tổng hợp).";

export interface MarkerPositions {
  readonly headerRow: number;
  readonly codeRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly firstCodeColumn: number;
  readonly lastCodeColumn: number;
  readonly province: { readonly row: number; readonly column: number };
  readonly ward: { readonly row: number; readonly column: number };
}

export interface MarkerInfo extends MarkerPositions {
  readonly formatVersion: number;
  readonly kind: TemplateKind;
  readonly setId: string;
  readonly setVersion: string;
  readonly criteriaCount: number;
}

/** The marker row's cells, from column `firstColumn` of `row`: values or formulas. */
export function markerCells(
  info: MarkerInfo,
  row: number,
  firstColumn = 1,
): Array<{ address: string; value?: string | number; formula?: string }> {
  const rowOf = (r: number): string => `=ROW(${absoluteCell(r, firstColumn)})`;
  const fields: Array<{ value?: string | number; formula?: string }> = [
    { value: MARKER_TAG },
    { value: info.formatVersion },
    { value: info.kind },
    { value: info.setId },
    { value: info.setVersion },
    { value: info.criteriaCount },
    { formula: rowOf(info.headerRow) },
    { formula: rowOf(info.codeRow) },
    { formula: rowOf(info.firstDataRow) },
    { formula: rowOf(info.lastDataRow) },
    { formula: `=COLUMN(${absoluteCell(info.headerRow, info.firstCodeColumn)})` },
    { formula: `=COLUMN(${absoluteCell(info.headerRow, info.lastCodeColumn)})` },
    { formula: `=ROW(${absoluteCell(info.province.row, info.province.column)})` },
    { formula: `=COLUMN(${absoluteCell(info.province.row, info.province.column)})` },
    { formula: `=ROW(${absoluteCell(info.ward.row, info.ward.column)})` },
    { formula: `=COLUMN(${absoluteCell(info.ward.row, info.ward.column)})` },
    { value: MARKER_NOTE },
  ];
  return fields.map((field, i) => ({ address: cellAddress(row, firstColumn + i), ...field }));
}

const ROW_FORMULA = /^=\s*(ROW|COLUMN)\(\s*\$?([A-Za-z]{1,3})\$?(\d+)\s*\)\s*$/iu;

/** A position field: a computed number, or the formula text =ROW($A$9) / =COLUMN($C$4). */
function positionOf(value: unknown, formula: unknown): number | null {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  const text = typeof formula === "string" ? formula : typeof value === "string" ? value : "";
  const match = ROW_FORMULA.exec(text);
  if (match === null) return null;
  if ((match[1] as string).toUpperCase() === "ROW") return Number(match[3]);
  let column = 0;
  for (const ch of (match[2] as string).toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return column;
}

/**
 * Read a marker from the cells of one row starting at the tag cell: their
 * values (computed) and, optionally, their formulas. Returns null when the
 * row is not a marker or is damaged.
 */
export function readMarker(values: readonly unknown[], formulas: readonly unknown[] = []): MarkerInfo | null {
  if (typeof values[0] !== "string" || values[0].trim().toUpperCase() !== MARKER_TAG) return null;
  const kind = values[2];
  if (kind !== "phieu" && kind !== "matrix") return null;
  const positions: number[] = [];
  for (let i = 6; i <= 15; i++) {
    const p = positionOf(values[i], formulas[i]);
    if (p === null) return null;
    positions.push(p);
  }
  const [headerRow, codeRow, firstDataRow, lastDataRow, firstCodeColumn, lastCodeColumn, pRow, pCol, wRow, wCol] =
    positions as [number, number, number, number, number, number, number, number, number, number];
  const criteriaCount = Number(values[5]);
  if (!Number.isInteger(criteriaCount) || criteriaCount < 1 || lastDataRow < firstDataRow) return null;
  return {
    formatVersion: Number(values[1]) || MARKER_FORMAT_VERSION,
    kind,
    setId: String(values[3] ?? ""),
    setVersion: String(values[4] ?? ""),
    criteriaCount,
    headerRow,
    codeRow,
    firstDataRow,
    lastDataRow,
    firstCodeColumn,
    lastCodeColumn,
    province: { row: pRow, column: pCol },
    ward: { row: wRow, column: wCol },
  };
}

/** The flag text for a set of cells, positions relative to the marker row. */
export function flagText(cells: Iterable<{ readonly rowsBelowMarker: number; readonly column: number }>): string {
  const parts = [...cells].map((c) => `${c.rowsBelowMarker}:${c.column}`);
  return parts.length === 0 ? "" : `|${parts.join("|")}|`;
}

/** Excel limits a cell to 32,767 characters; flags beyond are not highlighted (still reported). */
export const FLAG_TEXT_LIMIT = 32_767;

/**
 * The conditional-format formula of the check highlight, for a range whose
 * top-left cell is anywhere: true where the flags cell lists this cell.
 */
export function flagFormula(markerRow: number, tagColumn: number): string {
  const flag = absoluteCell(markerRow, tagColumn + FLAG_OFFSET);
  return `=ISNUMBER(SEARCH("|"&(ROW()-ROW(${flag}))&":"&COLUMN()&"|",${flag}))`;
}

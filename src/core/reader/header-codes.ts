/**
 * The fallback when a sheet has no usable marker: the row (matrix) or the
 * column (phiếu) holding the most criterion codes of the set, so renamed
 * sheets, older copies and hand-made tables still read. Criteria are
 * matched by code, in any order.
 */
import { cellText, type CellGrid } from "../consolidate/grid";
import { parseCell } from "../template/address";
import { foldForComparison } from "../text/normalize";
import { Findings } from "./collect";
import { readMatrix } from "./matrix";
import { readPhieu } from "./phieu";
import {
  codeAt,
  codesInColumn,
  codesInRow,
  hasVerdict,
  HEADER_SCAN_COLUMNS,
  HEADER_SCAN_ROWS,
  identityColumns,
  labelledFields,
  type CodeIndex,
} from "./labels";
import type { TemplateRead } from "./types";

function best(counts: ReadonlyMap<number, number>): [number, number] {
  let top: [number, number] = [0, 0];
  for (const entry of counts) if (entry[1] > top[1]) top = entry;
  return top;
}

export function readByHeaderCodes(grid: CellGrid, index: ReadonlyMap<string, string>): TemplateRead | null {
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
  const [codeRow, acrossCount] = best(rowCounts);
  const [codeColumn, downCount] = best(columnCounts);
  if (Math.max(acrossCount, downCount) < Math.min(3, index.size)) return null;
  return acrossCount >= downCount ? matrixByCodes(grid, codeRow, index) : phieuByCodes(grid, codeColumn, index);
}

function matrixByCodes(grid: CellGrid, codeRow: number, index: CodeIndex): TemplateRead {
  const codeColumns = codesInRow(grid, codeRow, index);
  const anchor = { row: codeRow, column: codeColumns[0]?.column ?? 1 };
  const ids = identityColumns(grid, codeRow, new Set(codeColumns.map((c) => c.column)));
  if (ids.ward === null) {
    const found = new Findings(grid, false);
    found.add("readerNoWardColumn", {}, "error", codeRow, 1, false);
    const codes = codeColumns.map((c) => c.code);
    return {
      kind: "matrix",
      foundBy: "headerCodes",
      marker: null,
      anchor,
      firstRow: codeRow,
      lastRow: codeRow,
      codes,
      wards: [],
      problems: found.problems,
      highlights: [],
      variants: [],
      invalidEntries: 0,
    };
  }
  return readMatrix(grid, {
    foundBy: "headerCodes",
    marker: null,
    anchor,
    firstRow: codeRow,
    codeRow,
    firstDataRow: codeRow + 1,
    lastDataRow: grid.rowCount,
    boundary: grid.rowCount + 1,
    codeColumns,
    provinceColumn: ids.province,
    wardColumn: ids.ward,
    periodColumn: ids.period,
    sheetPeriod: labelledFields(grid, 1, codeRow).period ?? "",
  });
}

function phieuByCodes(grid: CellGrid, codeColumn: number, index: CodeIndex): TemplateRead | null {
  const codeRows = codesInColumn(grid, codeColumn, 1, grid.rowCount, index);
  const firstRow = codeRows[0]?.row ?? 1;
  const columns = Math.min(grid.columnCount, HEADER_SCAN_COLUMNS);
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
  const fields = labelledFields(grid, 1, firstRow);
  const position = (address: string | undefined): { row: number; column: number } =>
    address === undefined ? { row: firstRow, column: codeColumn } : parseCell(address);
  return readPhieu(grid, {
    foundBy: "headerCodes",
    marker: null,
    anchor: { row: firstRow, column: codeColumn },
    firstRow: 1,
    lastRow: codeRows[codeRows.length - 1]?.row ?? firstRow,
    resultColumn,
    rows: codeRows,
    province:
      fields.province === undefined ? undefined : { value: fields.province, ...position(fields.cells.province) },
    ward: { value: fields.ward ?? "", ...position(fields.cells.ward) },
    period: fields.period ?? "",
  });
}

/**
 * Reading a matrix (bảng chấm nhanh, or any table with codes across a
 * header row): one ward per row, from the first data row to the table's
 * own last row. A marked table also owns the wards typed right under it
 * (a ward name and entries on each row, no gap); anything further down,
 * above the next template, is reported and not read.
 */
import { cellText, type CellGrid } from "../consolidate/grid";
import { foldForComparison } from "../text/normalize";
import { scoreWard } from "../scoring/score-ward";
import { columnLetter } from "../template/address";
import type { MarkerInfo } from "../template/marker";
import { Findings } from "./collect";
import { capField } from "./fields";
import { notWardRow } from "./not-ward";
import {
  codesInRow,
  codeTextAt,
  identityColumns,
  labelKind,
  labelledFields,
  hasVerdict,
  type CodeIndex,
} from "./labels";
import type { FoundBy, TemplateRead, WardRead } from "./types";

export interface MatrixLayout {
  readonly foundBy: FoundBy;
  readonly marker: MarkerInfo | null;
  readonly anchor: { row: number; column: number };
  readonly firstRow: number;
  readonly codeRow: number;
  readonly firstDataRow: number;
  /** Last row of the table as drawn (a marked table), or the last row to read (found by codes). */
  readonly lastDataRow: number;
  /** Rows from here on belong to the next template. */
  readonly boundary: number;
  readonly codeColumns: ReadonlyArray<{ code: string; column: number }>;
  readonly provinceColumn: number | null;
  readonly wardColumn: number;
  readonly periodColumn: number | null;
  readonly sheetPeriod: string;
}

/** The layout of a marked matrix; null when its positions no longer fit the sheet (another program moved things). */
export function markedMatrixLayout(
  grid: CellGrid,
  marker: MarkerInfo,
  anchor: { row: number; column: number },
  boundary: number,
  index: CodeIndex,
): MatrixLayout | null {
  let codeColumns: Array<{ code: string; column: number }> = [];
  let codeLike = 0;
  for (let column = marker.firstCodeColumn; column <= marker.lastCodeColumn; column++) {
    const code = codeTextAt(grid, marker.codeRow, column, index);
    if (code.codeLike) codeLike++;
    codeColumns.push({ code: code.text, column });
  }
  // A column inserted by a program that keeps no formulas: the cached positions are stale, find the codes by value.
  if (codeLike * 2 < marker.criteriaCount) {
    codeColumns = codesInRow(grid, marker.codeRow, index);
    if (codeColumns.length === 0) return null;
  }
  const exclude = new Set(codeColumns.map((c) => c.column));
  const labelled = (column: number, kind: "province" | "ward"): number | null =>
    labelKind(grid.value(marker.headerRow, column)) === kind
      ? column
      : identityColumns(grid, marker.headerRow, exclude)[kind];
  return {
    foundBy: "marker",
    marker,
    anchor,
    firstRow: anchor.row,
    codeRow: marker.codeRow,
    firstDataRow: marker.firstDataRow,
    lastDataRow: marker.lastDataRow,
    boundary,
    codeColumns,
    provinceColumn: labelled(marker.province.column, "province") ?? marker.province.column,
    wardColumn: labelled(marker.ward.column, "ward") ?? marker.ward.column,
    periodColumn: identityColumns(grid, marker.headerRow, exclude).period,
    sheetPeriod: labelledFields(grid, anchor.row, marker.headerRow).period ?? "",
  };
}

interface RowRead {
  readonly province: string;
  readonly ward: string;
  readonly filled: boolean;
  /** Lengths of a province or ward name cut to its limit. */
  readonly provinceCutFrom?: number;
  readonly wardCutFrom?: number;
}

function rowAt(grid: CellGrid, layout: MatrixLayout, row: number): RowRead {
  const province = capField(
    layout.provinceColumn === null ? "" : cellText(grid.value(row, layout.provinceColumn)),
    "province",
  );
  const ward = capField(cellText(grid.value(row, layout.wardColumn)), "ward");
  let filled = false;
  for (const { column } of layout.codeColumns) {
    if (cellText(grid.value(row, column)) !== "") {
      filled = true;
      break;
    }
  }
  return {
    province: province.text,
    ward: ward.text,
    filled,
    ...(province.cutFrom === undefined ? {} : { provinceCutFrom: province.cutFrom }),
    ...(ward.cutFrom === undefined ? {} : { wardCutFrom: ward.cutFrom }),
  };
}

function verdictsIn(grid: CellGrid, row: number, columns: readonly number[]): number {
  let verdicts = 0;
  for (const column of columns) if (hasVerdict(grid.value(row, column))) verdicts++;
  return verdicts;
}

/** The table's own last row: its drawn last row, plus wards typed right under it (not totals or signatures). */
function ownLastRow(grid: CellGrid, layout: MatrixLayout, columns: readonly number[]): number {
  if (layout.marker === null) return Math.min(layout.lastDataRow, layout.boundary - 1);
  let last = Math.min(layout.lastDataRow, layout.boundary - 1);
  while (last + 1 < layout.boundary && last + 1 <= grid.rowCount) {
    const row = last + 1;
    const next = rowAt(grid, layout, row);
    if (next.ward === "" || !next.filled) break;
    const verdicts = verdictsIn(grid, row, columns);
    if (notWardRow(grid, row, [next.ward, next.province], columns, verdicts) !== null) break;
    last++;
  }
  return last;
}

export function readMatrix(grid: CellGrid, layout: MatrixLayout): TemplateRead {
  const marked = layout.marker !== null;
  const found = new Findings(grid, marked);
  const codes = layout.codeColumns.map((c, i) => (c.code === "" ? `#${i + 1}` : c.code));
  const columns = layout.codeColumns.map((c) => c.column);
  const lastRow = ownLastRow(grid, layout, columns);
  const lastCodeColumn = maxOf(columns);
  const wards: WardRead[] = [];
  const seen = new Map<string, number>();
  // Column letters once per table, not once per cell (100,000 rows × 22 criteria).
  const letters = layout.codeColumns.map((c) => columnLetter(c.column));
  for (let row = layout.firstDataRow; row <= lastRow; row++) {
    const read = rowAt(grid, layout, row);
    const { province, ward, filled } = read;
    if (!filled && ward === "") continue;
    const verdicts = verdictsIn(grid, row, columns);
    const other = notWardRow(grid, row, [ward, province], columns, verdicts);
    if (other !== null) {
      found.add("readerNotWardRow", { row, text: other.text, kind: other.kind }, "info", row, layout.wardColumn, false);
      continue;
    }
    if (read.wardCutFrom !== undefined) found.tooLong("ward", read.wardCutFrom, row, layout.wardColumn);
    if (read.provinceCutFrom !== undefined && layout.provinceColumn !== null)
      found.tooLong("province", read.provinceCutFrom, row, layout.provinceColumn);
    // Without results: a second header line (a merged label repeated), or a note or total under a hand-made table.
    if (verdicts === 0 && (ward === "" ? !marked : labelKind(ward) !== null)) continue;
    const entries: unknown[] = [];
    const cells: string[] = [];
    layout.codeColumns.forEach(({ column }, i) => {
      entries.push(found.entry(row, column, { ward, criterion: codes[i] as string }));
      cells.push(`${letters[i] as string}${row}`);
    });
    if (ward === "") found.add("readerRowWithoutWard", {}, "error", row, layout.wardColumn, true);
    if (province === "" && layout.provinceColumn !== null)
      found.add("readerRowWithoutProvince", {}, "warning", row, layout.provinceColumn, true);
    if (ward !== "") {
      const key = `${foldForComparison(province)}|${foldForComparison(ward)}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        found.add("readerWardRepeated", { ward, firstRow: earlier }, "warning", row, layout.wardColumn, true);
      else seen.set(key, row);
    }
    if (marked) checkMarkedRow(grid, found, row, lastCodeColumn, row > layout.lastDataRow ? layout.lastDataRow : null);
    const period = periodAt(grid, found, layout, row);
    wards.push({
      kind: "matrix",
      row,
      province,
      ward,
      period,
      entries,
      cells,
      verdicts,
      score: scoreWard(entries, codes),
    });
  }
  if (marked) reportOutsideRows(grid, found, layout, lastRow);
  if (layout.marker !== null)
    checkCodes(
      found,
      codes,
      layout.marker,
      layout.codeRow,
      layout.codeColumns[0]?.column ?? layout.marker.firstCodeColumn,
    );
  return {
    kind: "matrix",
    foundBy: layout.foundBy,
    marker: layout.marker,
    anchor: layout.anchor,
    firstRow: layout.firstRow,
    lastRow,
    codes,
    wards,
    problems: found.problems,
    highlights: found.highlights,
    variants: found.variants,
    invalidEntries: found.invalidEntries,
  };
}

function maxOf(numbers: readonly number[]): number {
  let max = -Infinity;
  for (const n of numbers) if (n > max) max = n;
  return max;
}

/** The row's period (its own column, else the sheet's), within its length. */
function periodAt(grid: CellGrid, found: Findings, layout: MatrixLayout, row: number): string {
  const own = layout.periodColumn === null ? "" : cellText(grid.value(row, layout.periodColumn));
  const period = capField(own || layout.sheetPeriod, "period");
  if (period.cutFrom !== undefined)
    found.tooLong("period", period.cutFrom, row, own === "" || layout.periodColumn === null ? 1 : layout.periodColumn);
  return period.text;
}

/** A marked table's row: its counting formulas, and whether it was typed under the table. */
function checkMarkedRow(
  grid: CellGrid,
  found: Findings,
  row: number,
  lastCodeColumn: number,
  tableLastRow: number | null,
): void {
  const metColumn = lastCodeColumn + 1;
  const met = grid.value(row, metColumn);
  const belowTable = tableLastRow !== null;
  if (belowTable) found.add("readerRowBelowTable", { row, lastRow: tableLastRow }, "warning", row, metColumn, true);
  else if (typeof met !== "number" && grid.formula(row, metColumn) === undefined)
    found.add("readerRowWithoutFormulas", {}, "warning", row, metColumn, true);
}

/** Rows typed further under the table (after a gap) are outside its formulas and the consolidation: one problem. */
function reportOutsideRows(grid: CellGrid, found: Findings, layout: MatrixLayout, lastRow: number): void {
  const end = Math.min(grid.rowCount, layout.boundary - 1);
  const first = layout.provinceColumn === null ? layout.wardColumn : Math.min(layout.provinceColumn, layout.wardColumn);
  const columns = layout.codeColumns.map((c) => c.column);
  const last = maxOf(columns);
  let at: { row: number; column: number } | null = null;
  let count = 0;
  for (let row = lastRow + 1; row <= end; row++) {
    for (let column = first; column <= last; column++) {
      if (cellText(grid.value(row, column)) === "") continue;
      // A total, note or signature under the table: said once, not as data left out.
      const { ward, province } = rowAt(grid, layout, row);
      const other = notWardRow(grid, row, [ward, province], columns, verdictsIn(grid, row, columns));
      if (other !== null) {
        found.add("readerNotWardRow", { row, text: other.text, kind: other.kind }, "info", row, column, false);
        break;
      }
      at ??= { row, column };
      count++;
      break;
    }
  }
  if (at !== null)
    found.add("readerRowOutsideTable", { row: at.row, count, lastRow }, "warning", at.row, at.column, false);
}

/** The codes of a marked template: as many as the marker says, none blank, none twice. */
export function checkCodes(
  found: Findings,
  codes: readonly string[],
  marker: MarkerInfo,
  row: number,
  column: number,
): void {
  const named = codes.filter((c) => !c.startsWith("#"));
  if (named.length !== marker.criteriaCount || codes.length !== named.length || new Set(codes).size !== codes.length) {
    found.add(
      "readerCodesChanged",
      { found: named.length, expected: marker.criteriaCount },
      "warning",
      row,
      column,
      true,
    );
  }
}

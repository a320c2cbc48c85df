/**
 * What the preview grid shows of a simulated sheet: the visible rows and
 * columns of the used range (hidden rows and columns skipped, capped, room
 * kept for charts), their heights and widths, the frozen panes, and each
 * cell's text and look — static format overlaid by the conditional format
 * that applies, as Excel paints it.
 */
import type { SheetInspector, SheetLayout } from "../simulator";
import { columnLetters, parseLocal } from "../simulator/address";
import { formatCellValue } from "./number-format";

export const MAX_ROWS = 120;
export const MAX_COLUMNS = 40;

export interface CellView {
  readonly address: string;
  readonly text: string;
  readonly background: string | null;
  readonly color: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  /** The font when not the sheet's default (Calibri), e.g. the phiếu's Times New Roman. */
  readonly fontName: string | null;
  /** Font size in pixels. */
  readonly fontSize: number;
  readonly wrap: boolean;
  readonly align: "left" | "center" | "right";
  readonly vertical: "top" | "middle" | "bottom";
}

export interface GridView {
  /** 1-based row numbers shown. */
  readonly rows: readonly number[];
  /** 1-based column numbers shown. */
  readonly columns: readonly number[];
  readonly widths: readonly number[];
  /** Pixel height of each shown row set in the workbook; null = Excel's default (grows with wrapped text). */
  readonly heights: readonly (number | null)[];
  /** How many of the shown rows and columns are frozen (stay put while the grid scrolls). */
  readonly frozen: { readonly rows: number; readonly columns: number };
  readonly cut: boolean;
}

/** Excel's default row height: 15 pt. */
export const DEFAULT_ROW_PX = 20;
/** Excel's default chart: 5 × 3 inches. */
export const CHART_SIZE = { width: 480, height: 288 } as const;

export interface MergeMap {
  /** "row:column" of a merge's top-left cell → its span in shown rows and columns. */
  readonly spans: ReadonlyMap<string, { rowSpan: number; colSpan: number }>;
  /** "row:column" of cells covered by a merge (not drawn). */
  readonly covered: ReadonlySet<string>;
}

/** Merged areas as table spans, counting only the rows and columns shown. */
export function mergeMap(merges: readonly string[], view: GridView): MergeMap {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  const shownRows = new Set(view.rows);
  const shownColumns = new Set(view.columns);
  for (const merge of merges) {
    // 0-based rectangle → the 1-based corners the view uses.
    const rect = parseLocal(merge.replaceAll("$", ""));
    const a = { row: rect.top + 1, column: rect.left + 1 };
    const b = { row: rect.bottom + 1, column: rect.right + 1 };
    const rows = view.rows.filter((r) => r >= a.row && r <= b.row);
    const columns = view.columns.filter((c) => c >= a.column && c <= b.column);
    if (!shownRows.has(a.row) || !shownColumns.has(a.column)) continue;
    spans.set(`${a.row}:${a.column}`, { rowSpan: rows.length, colSpan: columns.length });
    for (const r of rows) for (const c of columns) if (r !== a.row || c !== a.column) covered.add(`${r}:${c}`);
  }
  return { spans, covered };
}

export function addressOf(row: number, column: number): string {
  return `${columnLetters(column - 1)}${row}`;
}

/** Points to pixels (a pixel is 0.75 pt). */
export const pointsToPixels = (points: number): number => Math.round(points / 0.75);

/** Rows and columns to show: the used range and a margin, the area under charts, within the caps. */
function extent(sheet: SheetInspector, layout: SheetLayout | undefined): { lastRow: number; lastColumn: number } {
  let lastRow = 20;
  let lastColumn = 10;
  const used = sheet.usedRange(false);
  if (used !== null) {
    const rect = parseLocal(used);
    lastRow = Math.max(lastRow, rect.bottom + 3);
    lastColumn = Math.max(lastColumn, rect.right + 2);
  }
  for (const chart of layout?.charts ?? []) {
    if (chart.anchor === null) continue;
    const at = parseLocal(chart.anchor);
    lastRow = Math.max(lastRow, at.top + 1 + Math.ceil(CHART_SIZE.height / DEFAULT_ROW_PX));
    lastColumn = Math.max(lastColumn, at.left + 1 + Math.ceil(CHART_SIZE.width / 64));
  }
  return { lastRow, lastColumn };
}

export function gridView(sheet: SheetInspector, layout?: SheetLayout): GridView {
  const { lastRow, lastColumn } = extent(sheet, layout);
  const hidden = new Set(sheet.hiddenRows);
  const rows: number[] = [];
  for (let r = 1; r <= lastRow && rows.length < MAX_ROWS; r++) if (!hidden.has(r)) rows.push(r);
  const hiddenColumns = new Set(layout?.hiddenColumns ?? []);
  const columns: number[] = [];
  for (let c = 1; c <= lastColumn && columns.length < MAX_COLUMNS; c++) if (!hiddenColumns.has(c)) columns.push(c);
  const widths = columns.map((c) => Math.min(320, Math.max(28, pointsToPixels(sheet.columnWidth(c) ?? 48))));
  const heights = rows.map((r) => {
    const points = layout?.rowHeight(r);
    return points === undefined ? null : pointsToPixels(points);
  });
  const frozen = {
    rows: rows.filter((r) => r <= sheet.freeze.rows).length,
    columns: columns.filter((c) => c <= sheet.freeze.columns).length,
  };
  const cut =
    (rows.length === MAX_ROWS && (rows[rows.length - 1] ?? 0) < lastRow) ||
    (columns.length === MAX_COLUMNS && (columns[columns.length - 1] ?? 0) < lastColumn);
  return { rows, columns, widths, heights, frozen, cut };
}

const VERTICAL: Readonly<Record<string, CellView["vertical"]>> = {
  Top: "top",
  Center: "middle",
  Justify: "top",
  Distributed: "middle",
};

function alignOf(horizontal: string, text: string, value: unknown): CellView["align"] {
  if (horizontal === "Center" || horizontal === "CenterAcrossSelection") return "center";
  if (horizontal === "Right") return "right";
  if (horizontal === "Left") return "left";
  return typeof value === "number" && text !== "" ? "right" : "left";
}

export function cellView(sheet: SheetInspector, row: number, column: number, text: string): CellView {
  const address = addressOf(row, column);
  const format = sheet.format(address);
  const look = sheet.conditionalLook(address);
  return {
    address,
    text,
    background: look.fill ?? format.fill,
    color: look.fontColor ?? format.fontColor,
    bold: look.bold ?? format.bold ?? false,
    italic: format.italic === true,
    fontName: format.fontName === null || format.fontName === "Calibri" ? null : format.fontName,
    // Calibri 11 pt drawn at 13 px, as the grid's zoom.
    fontSize: Math.round((format.fontSize ?? 11) * 1.2),
    wrap: format.wrapText === true,
    align: alignOf(String(format.horizontalAlignment), text, sheet.value(address)),
    vertical: VERTICAL[String(format.verticalAlignment)] ?? "bottom",
  };
}

/** What each cell of A1:`last` shows: its value under its number format, with the locale's separators. */
export function cellTexts(sheet: SheetInspector, layout: SheetLayout, last: string, locale: string): string[][] {
  const formats = layout.numberFormats(`A1:${last}`);
  return sheet
    .values(`A1:${last}`)
    .map((line, r) => line.map((value, c) => formatCellValue(value, formats[r]?.[c] ?? "General", locale)));
}

/**
 * Pixels a cell's text may run into the empty cells on its right, as Excel
 * lets unwrapped, left-aligned text overflow; 0 when it may not.
 */
export function spillWidth(
  view: GridView,
  merges: MergeMap,
  texts: readonly string[][],
  cell: CellView,
  row: number,
): number {
  if (cell.wrap || cell.align !== "left" || cell.text === "") return 0;
  const at = view.columns.findIndex((c) => addressOf(row, c) === cell.address);
  if (at < 0 || merges.spans.has(`${row}:${view.columns[at]}`)) return 0;
  let width = 0;
  for (let i = at + 1; i < view.columns.length; i++) {
    const column = view.columns[i] as number;
    const key = `${row}:${column}`;
    if (merges.spans.has(key) || merges.covered.has(key) || (texts[row - 1]?.[column - 1] ?? "") !== "") break;
    width += view.widths[i] ?? 0;
  }
  return width;
}

/**
 * What the preview grid shows of a simulated sheet: the visible rows and
 * columns of the used range (hidden rows skipped, capped), and each cell's
 * text and look — static format overlaid by the conditional format that
 * applies, as Excel paints it.
 */
import type { SheetInspector } from "../simulator";
import { columnLetters, parseLocal } from "../simulator/address";

export const MAX_ROWS = 120;
export const MAX_COLUMNS = 40;

export interface CellView {
  readonly address: string;
  readonly text: string;
  readonly background: string | null;
  readonly color: string | null;
  readonly bold: boolean;
  readonly wrap: boolean;
  readonly align: "left" | "center" | "right";
}

export interface GridView {
  /** 1-based row numbers shown. */
  readonly rows: readonly number[];
  /** 1-based column numbers shown. */
  readonly columns: readonly number[];
  readonly widths: readonly number[];
  readonly cut: boolean;
}

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

export function gridView(sheet: SheetInspector): GridView {
  const used = sheet.usedRange(false);
  let lastRow = 20;
  let lastColumn = 10;
  if (used !== null) {
    const rect = parseLocal(used);
    lastRow = Math.max(lastRow, rect.bottom + 3);
    lastColumn = Math.max(lastColumn, rect.right + 2);
  }
  const hidden = new Set(sheet.hiddenRows);
  const rows: number[] = [];
  for (let r = 1; r <= lastRow && rows.length < MAX_ROWS; r++) if (!hidden.has(r)) rows.push(r);
  const columns: number[] = [];
  for (let c = 1; c <= Math.min(lastColumn, MAX_COLUMNS); c++) columns.push(c);
  // Excel's column width is in points; a pixel is 0.75 pt.
  const widths = columns.map((c) => Math.round(Math.min(320, Math.max(28, (sheet.columnWidth(c) ?? 48) / 0.75))));
  return { rows, columns, widths, cut: lastRow > (rows[rows.length - 1] ?? 0) + hidden.size || lastColumn > MAX_COLUMNS };
}

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
    wrap: format.wrapText === true,
    align: alignOf(String(format.horizontalAlignment), text, sheet.value(address)),
  };
}

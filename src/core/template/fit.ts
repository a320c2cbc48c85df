/**
 * Row heights and column widths that make a drafted sheet print well: each
 * row as tall as its wrapped text needs (text-fit.ts), and the page it
 * fills at the scale Excel's "fit to 1 × 1 page" would choose.
 */
import { parseCell, parseRange, type RangeRef } from "./address";
import { columnWidthPoints, mergedWidth, rowHeightFor, type CellText, type FontMetrics } from "./text-fit";
import type { CellSpec, CellStyle, RangeStyleSpec } from "./types";

/** A4 in points, and the margins every template prints with (inches). */
export const A4_POINTS = { width: 595.3, height: 841.9 } as const;
export const PRINT_MARGINS = { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } as const;

/** The printable area of an A4 page with PRINT_MARGINS, in points. */
export function printableArea(orientation: "portrait" | "landscape"): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4_POINTS.width, A4_POINTS.height] : [A4_POINTS.height, A4_POINTS.width];
  return {
    width: w - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72,
    height: h - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72,
  };
}

export interface DraftSheet {
  readonly cells: readonly CellSpec[];
  readonly styles: readonly RangeStyleSpec[];
  readonly merges: readonly string[];
}

interface Parsed {
  readonly rect: RangeRef;
  readonly style: CellStyle;
}

const inside = (rect: RangeRef, row: number, column: number): boolean =>
  row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;

/** The style of one cell: every style over it, later over earlier. */
function styleAt(styles: readonly Parsed[], row: number, column: number): CellStyle {
  let style: CellStyle = {};
  for (const s of styles) if (inside(s.rect, row, column)) style = { ...style, ...s.style };
  return style;
}

export interface FitOptions {
  /** Texts to measure for formula cells (their result is not known here), by address. */
  readonly hints?: ReadonlyMap<string, string>;
  /** Rows with nothing to measure get this height (points). */
  readonly emptyHeight: number;
}

/** What a row's height depends on, read once from the draft; widths applied later (`heightsFor`). */
export interface MeasuredRows {
  readonly first: number;
  readonly emptyHeight: number;
  readonly rows: ReadonlyArray<
    ReadonlyArray<{ readonly left: number; readonly right: number; readonly text: string; readonly font: FontMetrics }>
  >;
}

/** Read the texts, fonts and merged spans of rows `first`..`last` of the draft. */
export function measureRows(draft: DraftSheet, first: number, last: number, options: FitOptions): MeasuredRows {
  const styles = draft.styles.map((s) => ({ rect: parseRange(s.range), style: s.style }));
  const merges = draft.merges.map((m) => parseRange(m));
  const rows: Array<Array<{ left: number; right: number; text: string; font: FontMetrics }>> = [];
  for (let row = first; row <= last; row++) rows.push([]);
  const add = (address: string, text: string): void => {
    const { row, column } = parseCell(address);
    if (row < first || row > last) return;
    const merge = merges.find((m) => inside(m, row, column));
    // A cell merged over several rows shares their height: it sets none of them.
    if (merge !== undefined && merge.bottom > merge.top) return;
    const style = styleAt(styles, row, column);
    const font = { size: style.fontSize ?? 11, bold: style.bold === true };
    // Text that does not wrap stays on one line (it may overflow sideways).
    const measured = style.wrapText === true ? text : "x";
    (rows[row - first] as (typeof rows)[number]).push({
      left: merge?.left ?? column,
      right: merge?.right ?? column,
      text: measured,
      font,
    });
  };
  for (const cell of draft.cells)
    if (cell.value !== undefined && cell.value !== null) add(cell.address, String(cell.value));
  for (const [address, text] of options.hints ?? []) add(address, text);
  return { first, emptyHeight: options.emptyHeight, rows };
}

/** The height (points) of every measured row with these column widths (Excel characters, column A first). */
export function heightsFor(measured: MeasuredRows, widths: readonly number[]): Array<{ row: number; height: number }> {
  return measured.rows.map((cells, i) => {
    const texts: CellText[] = cells.map((c) => ({
      text: c.text,
      widthCharacters: mergedWidth(widths.slice(c.left - 1, c.right)),
      font: c.font,
    }));
    return { row: measured.first + i, height: texts.length === 0 ? measured.emptyHeight : rowHeightFor(texts) };
  });
}

/** The height (points) of every row from `first` to `last` of the draft with these column widths. */
export function fitRowHeights(
  draft: DraftSheet,
  first: number,
  last: number,
  options: FitOptions & { readonly widths: readonly number[] },
): Array<{ row: number; height: number }> {
  return heightsFor(measureRows(draft, first, last, options), options.widths);
}

/** Width of columns (Excel characters) in points. */
export function sheetWidthPoints(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + columnWidthPoints(w), 0);
}

/** The zoom (whole percent, at most 100) that fits a sheet of this size on one printable area. */
export function fitScale(width: number, height: number, page: { width: number; height: number }): number {
  return Math.min(100, Math.floor(Math.min(page.width / width, page.height / height) * 100));
}

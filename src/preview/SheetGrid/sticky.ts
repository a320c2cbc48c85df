/**
 * Frozen panes as CSS `position: sticky`: the frozen rows keep their
 * offset below the column headers and the frozen columns theirs beside
 * the row headers, so they stay put while the grid scrolls, as in Excel.
 * Pure: the offsets come from the rows' measured heights (declared heights
 * where nothing was measured, e.g. in jsdom).
 */
import type { CSSProperties } from "react";
import { DEFAULT_ROW_PX, type GridView } from "../grid-model";

export interface StickyPlan {
  /** `top` of each frozen row, by its index among the shown rows. */
  readonly tops: readonly number[];
  /** `left` of each frozen column, by its index among the shown columns. */
  readonly lefts: readonly number[];
}

/**
 * Stacking, low to high: scrolling cells (auto; 1 when their text runs over
 * empty neighbours), frozen rows or columns (3), both (5) — each +1 for a
 * cell whose text runs over its neighbours —, charts (6: a chart anchored
 * in the frozen rows shows whole, as in Excel at rest; scrolled, it passes
 * over them), row headers (7; frozen rows' 9), column headers (8; frozen
 * columns' 9), the corner (10, in the styles).
 */
export const Z = { frozen: 3, frozenBoth: 5, chart: 6, rowHeader: 7, columnHeader: 8, frozenHeader: 9 } as const;

/** The line Excel draws where the panes are frozen. */
const FREEZE_LINE = "#7a7a7a";

export function stickyPlan(
  view: GridView,
  measured: readonly number[],
  headerHeight: number,
  rowHeaderWidth: number,
): StickyPlan {
  const tops: number[] = [];
  let top = headerHeight;
  for (let i = 0; i < view.frozen.rows; i++) {
    tops.push(top);
    top += measured[i] || (view.heights[i] ?? DEFAULT_ROW_PX);
  }
  const lefts: number[] = [];
  let left = rowHeaderWidth;
  for (let k = 0; k < view.frozen.columns; k++) {
    lefts.push(left);
    left += view.widths[k] ?? 0;
  }
  return { tops, lefts };
}

/** Sticky position of a cell at (row index, column index) among the shown ones; undefined when it scrolls. */
export function stickyCell(plan: StickyPlan, rowIndex: number, columnIndex: number): CSSProperties | undefined {
  const top = plan.tops[rowIndex];
  const left = plan.lefts[columnIndex];
  if (top === undefined && left === undefined) return undefined;
  const lines: string[] = [];
  if (rowIndex === plan.tops.length - 1) lines.push(`inset 0 -1px 0 ${FREEZE_LINE}`);
  if (columnIndex === plan.lefts.length - 1) lines.push(`inset -1px 0 0 ${FREEZE_LINE}`);
  return {
    position: "sticky",
    ...(top !== undefined ? { top: `${top}px` } : {}),
    ...(left !== undefined ? { left: `${left}px` } : {}),
    // Over the scrolling cells (and charts); where a frozen row meets a frozen column, over both.
    zIndex: top !== undefined && left !== undefined ? Z.frozenBoth : Z.frozen,
    ...(lines.length > 0 ? { boxShadow: lines.join(", ") } : {}),
  };
}

/** A row header: always stuck to the left; a frozen row's also to its top. */
export function stickyRowHeader(plan: StickyPlan, rowIndex: number): CSSProperties {
  const top = plan.tops[rowIndex];
  return top === undefined ? { left: 0, zIndex: Z.rowHeader } : { left: 0, top: `${top}px`, zIndex: Z.frozenHeader };
}

/** A column header: always stuck to the top; a frozen column's also to its left. */
export function stickyColumnHeader(plan: StickyPlan, columnIndex: number): CSSProperties {
  const left = plan.lefts[columnIndex];
  return left === undefined
    ? { top: 0, zIndex: Z.columnHeader }
    : { top: 0, left: `${left}px`, zIndex: Z.frozenHeader };
}

import { cellText, type CellGrid } from "../consolidate/grid";
import { MARKER_TAG, MARKER_WIDTH, readMarker, type MarkerInfo } from "../template/marker";

/** A marker row found on a grid. */
export interface FoundMarker {
  readonly info: MarkerInfo;
  /** 1-based row and column of the tag cell. */
  readonly row: number;
  readonly column: number;
}

/** Where to look for marker tags (they move when rows or columns are inserted above or left of them). */
const MARKER_SCAN_COLUMNS = 60;

/**
 * Every marker on the grid, top to bottom: the tag compared trimmed and in
 * any case; positions from the computed values, or from the formula text
 * when a file was written without cached values. `damaged` counts tags
 * whose row could not be read.
 */
export function findMarkers(grid: CellGrid): { markers: FoundMarker[]; damaged: number } {
  const markers: FoundMarker[] = [];
  let damaged = 0;
  const columns = Math.min(grid.columnCount, MARKER_SCAN_COLUMNS);
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let c = 1; c <= columns; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string" || cellText(v).toUpperCase() !== MARKER_TAG) continue;
      const values: unknown[] = [];
      const formulas: unknown[] = [];
      for (let i = 0; i < MARKER_WIDTH; i++) {
        values.push(grid.value(r, c + i));
        formulas.push(grid.formula(r, c + i));
      }
      const info = readMarker(values, formulas);
      if (info === null) damaged++;
      else markers.push({ info, row: r, column: c });
    }
  }
  return { markers, damaged };
}

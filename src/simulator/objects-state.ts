/**
 * State of the workbook's tables and charts. They live on their sheet, so
 * deleting the sheet deletes them; whole-row inserts move them like names.
 */
import type { Rect } from "./state";

export interface TableState {
  readonly id: string;
  name: string;
  /** Header row included. */
  rect: Rect;
  readonly showHeaders: boolean;
  style: string;
}

export interface ChartState {
  readonly id: string;
  name: string;
  readonly type: string;
  /** The source data on the chart's sheet. */
  source: Rect;
  readonly seriesBy: string;
  title: string;
  /** The category names (axis labels), when set. */
  categories: Rect | null;
  /** Top-left (and bottom-right, when given) cell the chart is placed at. */
  position: { from: Rect; to: Rect | null } | null;
}

/** What a sheet holds besides cells. */
export interface SheetObjects {
  tables: TableState[];
  charts: ChartState[];
}

/** Move rectangles of tables and charts when `count` rows are inserted at row `at`. */
export function shiftObjectsForInsertedRows(objects: SheetObjects, moveRect: (r: Rect) => Rect): void {
  for (const table of objects.tables) table.rect = moveRect(table.rect);
  for (const chart of objects.charts) {
    chart.source = moveRect(chart.source);
    if (chart.categories !== null) chart.categories = moveRect(chart.categories);
    if (chart.position !== null) {
      chart.position = {
        from: moveRect(chart.position.from),
        to: chart.position.to === null ? null : moveRect(chart.position.to),
      };
    }
  }
}

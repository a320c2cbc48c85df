import { useLayoutEffect, useState, type RefObject } from "react";
import { DEFAULT_ROW_PX, type GridView } from "../grid-model";

/** Rows as the browser laid them out (0 where nothing was measured, e.g. in jsdom). */
export interface RowMetrics {
  /** Height of the column-header row. */
  readonly header: number;
  /** Height and top of each shown row, by its index among the shown rows. */
  readonly heights: readonly number[];
  readonly tops: readonly number[];
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Measures the grid's rows after each render (wrapped text makes rows
 * taller than declared), for the frozen panes' offsets and the charts'
 * places; renders again only when a measure changed.
 */
export function useRowMetrics(table: RefObject<HTMLTableElement | null>): RowMetrics {
  const [metrics, setMetrics] = useState<RowMetrics>({ header: 0, heights: [], tops: [] });
  useLayoutEffect(() => {
    const element = table.current;
    if (element === null) return;
    const header = element.tHead?.rows[0]?.offsetHeight ?? 0;
    const rows = Array.from(element.tBodies[0]?.rows ?? []);
    const heights = rows.map((row) => row.offsetHeight);
    const tops = rows.map((row) => row.offsetTop);
    if (header !== metrics.header || !same(heights, metrics.heights) || !same(tops, metrics.tops)) {
      setMetrics({ header, heights, tops });
    }
  });
  return metrics;
}

/** Top of a shown row over the grid: measured, or from the declared heights. */
export function rowTop(view: GridView, metrics: RowMetrics, index: number): number {
  const measured = metrics.tops[index];
  if (measured !== undefined && measured > 0) return measured;
  let top = metrics.header || DEFAULT_ROW_PX + 1;
  for (let i = 0; i < index; i++) top += metrics.heights[i] || (view.heights[i] ?? DEFAULT_ROW_PX);
  return top;
}

/** Cells grouped for writing: runs of consecutive rows as rectangles, at most MAX_BLOCK_ROWS rows each. */

const MAX_BLOCK_ROWS = 2000;

export interface CellBlock<T> {
  top: number;
  bottom: number;
  left: number;
  right: number;
  readonly cells: T[];
}

/** Runs of consecutive rows holding `cells`, as rectangles (rows and columns as the cells give them). */
export function blocksOf<T extends { readonly row: number; readonly column: number }>(
  cells: readonly T[],
): CellBlock<T>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const blocks: CellBlock<T>[] = [];
  for (const cell of sorted) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && cell.row <= last.bottom + 1 && last.bottom - last.top < MAX_BLOCK_ROWS) {
      last.bottom = Math.max(last.bottom, cell.row);
      last.left = Math.min(last.left, cell.column);
      last.right = Math.max(last.right, cell.column);
      last.cells.push(cell);
    } else blocks.push({ top: cell.row, bottom: cell.row, left: cell.column, right: cell.column, cells: [cell] });
  }
  return blocks;
}

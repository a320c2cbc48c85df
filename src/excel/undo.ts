/**
 * "Hoàn tác": put back what the add-in changed in a user's sheet. Excel's
 * Ctrl+Z does not undo an add-in's writes, so the add-in keeps the previous
 * content of every cell it changed (normaliseSheet with keepPrevious) and
 * restores it here. A cell the user has changed since is left as it is.
 * Syncs: find the sheet (1), read what the cells hold now (2), write the
 * previous content (3);
 * only far beyond 10,000 wards do the writes take further syncs, each under
 * the request budget.
 */
import { blocksOf, type CellBlock } from "./cell-blocks";
import { withPlainErrors } from "./errors";

/** One cell the add-in changed (1-based row and column). */
export interface CellChange {
  readonly row: number;
  readonly column: number;
  /** What the cell held before (its constant, as Range.formulas gives it). */
  readonly before: unknown;
  /** What the add-in wrote. */
  readonly after: unknown;
}

export interface UndoRecord {
  readonly sheetName: string;
  readonly changes: readonly CellChange[];
}

export interface UndoResult {
  readonly sheetName: string;
  /** Cells given back their previous content. */
  readonly restored: number;
  /** Cells changed again since (by the user): left alone. */
  readonly keptChanged: number;
  /** The sheet is gone (deleted or renamed): nothing restored. */
  readonly sheetMissing: boolean;
}

const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === "string" && typeof b === "string" && a.normalize() === b.normalize());

/** Restore the previous content of the cells in `record` that still hold what the add-in wrote. */
export function undoChanges(
  context: Excel.RequestContext,
  record: UndoRecord,
  requestBudget = 4_000_000,
): Promise<UndoResult> {
  return withPlainErrors(async () => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(record.sheetName);
    await context.sync();
    const none = { sheetName: record.sheetName, restored: 0, keptChanged: 0 };
    if (sheet.isNullObject) return { ...none, sheetMissing: true };
    const blocks = blocksOf(record.changes);
    const rangeOf = (b: CellBlock<CellChange>) =>
      sheet.getRangeByIndexes(b.top - 1, b.left - 1, b.bottom - b.top + 1, b.right - b.left + 1);
    const ranges = blocks.map((b) => rangeOf(b).load("formulas"));
    await context.sync();

    let restored = 0;
    let keptChanged = 0;
    let pending = 0;
    for (const [i, block] of blocks.entries()) {
      const now = (ranges[i] as Excel.Range).formulas;
      const grid: unknown[][] = Array.from({ length: block.bottom - block.top + 1 }, () =>
        Array<unknown>(block.right - block.left + 1).fill(null),
      );
      for (const cell of block.cells) {
        if (!same(now[cell.row - block.top]?.[cell.column - block.left], cell.after)) {
          keptChanged++;
          continue;
        }
        (grid[cell.row - block.top] as unknown[])[cell.column - block.left] = cell.before;
        restored++;
      }
      const bytes = JSON.stringify(grid).length * 2 + 200;
      if (pending > 0 && pending + bytes > requestBudget) {
        await context.sync();
        pending = 0;
      }
      rangeOf(block).values = grid as never;
      pending += bytes;
    }
    await context.sync();
    return { ...none, restored, keptChanged, sheetMissing: false };
  });
}

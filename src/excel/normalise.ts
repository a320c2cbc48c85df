/**
 * "Chuẩn hoá": rewrite entries the core recognises but that are not the
 * canonical text ("dat", "§¹t", "1", "x", NFD…) to "Đạt" / "Không đạt",
 * after the user confirms. Invalid entries are left for the user; cells
 * holding a formula are never replaced. Syncs: read values (1), read the
 * formulas of the affected block (2), write (3); with more than one
 * request's worth of changes (far beyond 10,000 wards) the writes take
 * further syncs, each under the request budget.
 */
import { blocksOf } from "./cell-blocks";
import { cellAddress } from "../core/template/address";
import { readSheetValues, readTemplates } from "./read-sheet";
import { withPlainErrors } from "./errors";
import type { CellChange } from "./undo";

export interface NormalisePreview {
  readonly sheetName: string;
  /** Cells that would change. */
  readonly count: number;
  /** A few of them, for the confirm dialog. */
  readonly examples: ReadonlyArray<{ readonly address: string; readonly from: unknown; readonly to: string }>;
  /** Invalid entries that will be left as they are. */
  readonly invalidLeft: number;
}

export interface NormaliseOptions {
  readonly sheetName?: string;
  /** Asked once with what would change; false cancels. */
  readonly confirm: (preview: NormalisePreview) => boolean | Promise<boolean>;
  /** Request budget for the writes (default 4,000,000 bytes). */
  readonly requestBudget?: number;
  /** Return each changed cell's previous content (for "Hoàn tác", src/excel/undo.ts). */
  readonly keepPrevious?: boolean;
}

export interface NormaliseResult {
  readonly sheetName: string;
  readonly changed: number;
  readonly cancelled: boolean;
  readonly invalidLeft: number;
  /** Recognised cells left alone because they hold a formula. */
  readonly skippedFormulas: number;
  /** With `keepPrevious`: every cell changed, before and after. */
  readonly previous?: readonly CellChange[];
}

export async function normaliseSheet(
  context: Excel.RequestContext,
  options: NormaliseOptions,
): Promise<NormaliseResult> {
  return withPlainErrors(async () => {
    const { sheet, sheetName: name, read } = await readSheetValues(context, options.sheetName);
    const { sheetName, templates } = readTemplates(name, read);
    const variants = templates.flatMap((t) => t.variants);
    const invalidLeft = templates.reduce((n, t) => n + t.invalidEntries, 0);
    const none = { sheetName, changed: 0, invalidLeft, skippedFormulas: 0 };
    if (variants.length === 0) return { ...none, cancelled: false };
    const confirmed = await options.confirm({
      sheetName,
      count: variants.length,
      examples: variants
        .slice(0, 5)
        .map((v) => ({ address: cellAddress(v.row, v.column), from: v.value, to: v.canonical })),
      invalidLeft,
    });
    if (!confirmed) return { ...none, cancelled: true };

    // Sync 2: which of these cells hold formulas (never replaced).
    const blocks = blocksOf(variants);
    const ranges = blocks.map((b) => {
      const range = sheet.getRangeByIndexes(b.top - 1, b.left - 1, b.bottom - b.top + 1, b.right - b.left + 1);
      range.load("formulas");
      return range;
    });
    await context.sync();

    // Sync 3 (and more only past the budget): write the canonical text, null elsewhere (= unchanged).
    const budget = options.requestBudget ?? 4_000_000;
    let pending = 0;
    let changed = 0;
    let skippedFormulas = 0;
    const previous: CellChange[] = [];
    for (const [i, block] of blocks.entries()) {
      const formulas = (ranges[i] as Excel.Range).formulas;
      const grid: Array<Array<string | null>> = Array.from({ length: block.bottom - block.top + 1 }, () =>
        Array.from({ length: block.right - block.left + 1 }, () => null),
      );
      for (const cell of block.cells) {
        const current = formulas[cell.row - block.top]?.[cell.column - block.left];
        if (typeof current === "string" && current.startsWith("=")) {
          skippedFormulas++;
          continue;
        }
        (grid[cell.row - block.top] as Array<string | null>)[cell.column - block.left] = cell.canonical;
        changed++;
        if (options.keepPrevious === true)
          previous.push({ row: cell.row, column: cell.column, before: current ?? "", after: cell.canonical });
      }
      const bytes = JSON.stringify(grid).length * 2 + 200;
      if (pending > 0 && pending + bytes > budget) {
        await context.sync();
        pending = 0;
      }
      sheet.getRangeByIndexes(
        block.top - 1,
        block.left - 1,
        block.bottom - block.top + 1,
        block.right - block.left + 1,
      ).values = grid as unknown as unknown[][];
      pending += bytes;
    }
    await context.sync();
    const kept = options.keepPrevious === true ? { previous } : {};
    return { sheetName, changed, cancelled: false, invalidLeft, skippedFormulas, ...kept };
  });
}

import { DEFAULT_CRITERIA_SET } from "../core/criteria/default-set";
import type { CriteriaSet } from "../core/criteria/types";
import type { CellGrid } from "../core/consolidate/grid";
import { readGrid } from "../core/reader/read-grid";
import type { TemplateRead } from "../core/reader/types";
import { NotATemplateError } from "./errors";
import { finishUsedReads, queueUsedRead, type UsedValues } from "./read-blocks";

/**
 * The one read both check and normalise start with: the sheet's name and
 * the values of its used range (values only: the ward formulas are long,
 * their results are short). One sync for a small sheet; a large one is read
 * in row blocks under Excel's limits (read-blocks.ts).
 */
export async function readSheetValues(
  context: Excel.RequestContext,
  sheetName?: string,
): Promise<{ sheet: Excel.Worksheet; sheetName: string; read: UsedValues | null }> {
  const worksheets = context.workbook.worksheets;
  const sheet = sheetName === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheetName);
  sheet.load("name");
  const pending = queueUsedRead(sheet);
  await context.sync();
  const [read] = await finishUsedReads(context, [pending]);
  return { sheet, sheetName: sheet.name, read: read ?? null };
}

/** A used range's values as a grid for the core reader (1-based sheet positions; "" reads as empty). */
export function gridFromValues(
  name: string,
  values: readonly (readonly unknown[])[],
  top: number,
  left: number,
): CellGrid {
  const columns = values[0]?.length ?? 0;
  return {
    name,
    rowCount: top - 1 + values.length,
    columnCount: left - 1 + columns,
    value: (row, column) => {
      const v = values[row - top]?.[column - left];
      return v === undefined || v === "" ? null : v;
    },
    formula: () => undefined,
  };
}

/**
 * Every template on the sheet, read by the core reader (marker first,
 * criterion codes of `set` as the fallback); NotATemplateError when there is none.
 */
export function readTemplates(
  sheetName: string,
  read: UsedValues | null,
  set: CriteriaSet = DEFAULT_CRITERIA_SET,
): { sheetName: string; templates: readonly TemplateRead[] } {
  if (read === null) throw new NotATemplateError(sheetName);
  const grid = gridFromValues(sheetName, read.values, read.rowIndex + 1, read.columnIndex + 1);
  const found = readGrid(grid, { set });
  if (found.templates.length === 0) throw new NotATemplateError(sheetName);
  return { sheetName, templates: found.templates };
}

import { DEFAULT_CRITERIA_SET } from "../core/criteria/default-set";
import type { CriteriaSet } from "../core/criteria/types";
import type { CellGrid } from "../core/consolidate/grid";
import { readGrid } from "../core/reader/read-grid";
import type { TemplateRead } from "../core/reader/types";
import { NotATemplateError } from "./errors";

/**
 * Queue the one read both check and normalise start with: the sheet's name
 * and the values of its used range (values only: the ward formulas are
 * long, their results are short).
 */
export function queueSheetRead(
  context: Excel.RequestContext,
  sheetName?: string,
): { sheet: Excel.Worksheet; used: Excel.Range } {
  const worksheets = context.workbook.worksheets;
  const sheet = sheetName === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheetName);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  return { sheet, used };
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
 * After the sync: every template on the sheet, read by the core reader
 * (marker first, criterion codes of `set` as the fallback);
 * NotATemplateError when there is none.
 */
export function readTemplates(
  sheet: Excel.Worksheet,
  used: Excel.Range,
  set: CriteriaSet = DEFAULT_CRITERIA_SET,
): { sheetName: string; templates: readonly TemplateRead[] } {
  const sheetName = sheet.name;
  if (used.isNullObject) throw new NotATemplateError(sheetName);
  const read = readGrid(gridFromValues(sheetName, used.values, used.rowIndex + 1, used.columnIndex + 1), { set });
  if (read.templates.length === 0) throw new NotATemplateError(sheetName);
  return { sheetName, templates: read.templates };
}

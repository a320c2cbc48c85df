import type { CriteriaSet } from "../../core/criteria/types";
import { readSheet } from "../../core/consolidate/read-sheet";
import { SUMMARY_SHEETS } from "../../core/consolidate/summary-tables";
import type { CellGrid } from "../../core/consolidate/grid";
import type { Problem, WardRecord } from "../../core/consolidate/types";
import { CRITERIA_SHEET_NAME } from "../../core/criteria/sheet-rows";

/**
 * The open workbook as a source: every sheet that carries the template
 * marker (or a header row of criterion codes) gives its wards. Two syncs
 * whatever the number of sheets: names, then every used range's values.
 */

export interface WorkbookSourceResult {
  readonly records: WardRecord[];
  readonly problems: Problem[];
  /** Sheets that gave wards, with how they were found. */
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly foundBy: "marker" | "headerCodes"; readonly wards: number }>;
}

/** The label used as "file" for sheets of the open workbook. */
export const OPEN_WORKBOOK_LABEL = "Sổ đang mở";

const OWNED: ReadonlySet<string> = new Set([CRITERIA_SHEET_NAME, ...Object.values(SUMMARY_SHEETS)]);

function gridAt(name: string, values: unknown[][], top: number, left: number): CellGrid {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  return {
    name,
    rowCount: top - 1 + rows,
    columnCount: left - 1 + columns,
    value: (row, column) => {
      const v = values[row - top]?.[column - left];
      return v === undefined || v === "" ? null : v;
    },
    formula: () => undefined,
  };
}

export async function readWorkbookSources(context: Excel.RequestContext, set: CriteriaSet, fileLabel = OPEN_WORKBOOK_LABEL): Promise<WorkbookSourceResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const reads = worksheets.items
    .filter((sheet) => !OWNED.has(sheet.name) && !sheet.name.startsWith(TEMP_PREFIX))
    .map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values, rowIndex, columnIndex");
      return { name: sheet.name, used };
    });
  await context.sync();
  const records: WardRecord[] = [];
  const problems: Problem[] = [];
  const sheets: Array<{ name: string; foundBy: "marker" | "headerCodes"; wards: number }> = [];
  for (const { name, used } of reads) {
    if (used.isNullObject) continue;
    const result = readSheet(gridAt(name, used.values, used.rowIndex + 1, used.columnIndex + 1), fileLabel, set);
    if (result.foundBy === null && result.problems.length === 0) continue;
    records.push(...result.records);
    problems.push(...result.problems);
    if (result.foundBy !== null) sheets.push({ name, foundBy: result.foundBy, wards: result.records.length });
  }
  return { records, problems, sheets };
}

/** Sheets being built carry this prefix until the final swap. */
export const TEMP_PREFIX = "~KM ";

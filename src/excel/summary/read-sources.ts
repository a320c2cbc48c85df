import type { CriteriaSet } from "../../core/criteria/types";
import { gridFromValues } from "../read-sheet";
import { readSource, SKIPPED_SHEETS, type ConsolidationSource, type SourceRead } from "../../core/consolidate/pipeline";

/**
 * The open workbook as a consolidation source: every sheet (but the ones
 * the add-in writes) as a grid for the template reader. Two syncs whatever
 * the number of sheets: names, then every used range's values.
 */
export type WorkbookSourceResult = SourceRead;

/** The label used as "file" for sheets of the open workbook. */
export const OPEN_WORKBOOK_LABEL = "Sổ đang mở";

/** Sheets being built carry this prefix until the final swap. */
export const TEMP_PREFIX = "~KM ";

/** The open workbook's sheets as one source (read when the pipeline opens it). */
export function workbookSource(context: Excel.RequestContext, label = OPEN_WORKBOOK_LABEL): ConsolidationSource {
  return {
    name: label,
    kind: "workbook",
    open: async () => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const reads = worksheets.items
        .filter((sheet) => !SKIPPED_SHEETS.has(sheet.name) && !sheet.name.startsWith(TEMP_PREFIX))
        .map((sheet) => {
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load("values, rowIndex, columnIndex");
          return { name: sheet.name, used };
        });
      await context.sync();
      const grids = reads
        .filter(({ used }) => !used.isNullObject)
        .map(({ name, used }) => gridFromValues(name, used.values, used.rowIndex + 1, used.columnIndex + 1));
      return { grids };
    },
  };
}

/** Read the open workbook's template sheets now (for callers that merge them with files later). */
export function readWorkbookSources(
  context: Excel.RequestContext,
  set: CriteriaSet,
  label = OPEN_WORKBOOK_LABEL,
): Promise<WorkbookSourceResult> {
  return readSource(workbookSource(context, label), set);
}

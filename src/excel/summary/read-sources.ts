import type { CriteriaSet } from "../../core/criteria/types";
import { gridFromValues } from "../read-sheet";
import { finishUsedReads, FIRST_READ_ROWS, queueUsedRead } from "../read-blocks";
import { readSource, SKIPPED_SHEETS, type ConsolidationSource, type SourceRead } from "../../core/consolidate/pipeline";

/**
 * The open workbook as a consolidation source: every sheet (but the ones
 * the add-in writes) as a grid for the template reader. Two syncs for
 * sheets of a few thousand rows: names, then every used range's values;
 * large sheets add syncs of row blocks under Excel's limits (read-blocks.ts).
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
      const sheets = worksheets.items.filter(
        (sheet) => !SKIPPED_SHEETS.has(sheet.name) && !sheet.name.startsWith(TEMP_PREFIX),
      );
      // The first rows of every sheet together; what is left of large sheets in blocks (read-blocks.ts).
      const headRows = Math.max(1, Math.floor(FIRST_READ_ROWS / Math.max(1, sheets.length)));
      const pending = sheets.map((sheet) => queueUsedRead(sheet, headRows));
      await context.sync();
      const reads = await finishUsedReads(context, pending);
      const grids = sheets.flatMap((sheet, i) => {
        const read = reads[i];
        return read === null || read === undefined
          ? []
          : [gridFromValues(sheet.name, read.values, read.rowIndex + 1, read.columnIndex + 1)];
      });
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

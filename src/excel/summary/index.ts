/**
 * The provincial summary in the open workbook: read template sheets as a
 * source, read the user's totals and targets, write Tổng hợp / Theo tỉnh /
 * Phân bố / Vấn đề (the summary spec of src/core/summary) with a constant
 * number of syncs, swapping sheets only at the end so a failure leaves the
 * workbook as it was.
 */
export {
  readWorkbookSources,
  workbookSource,
  OPEN_WORKBOOK_LABEL,
  TEMP_PREFIX,
  type WorkbookSourceResult,
} from "./read-sources";
export {
  readSummaryInputs,
  writeSummarySheets,
  writeSummarySpec,
  refreshSummary,
  SUMMARY_TABLE_NAME,
  type SummaryInputs,
  type WriteSummaryOptions,
  type WriteSummaryResult,
} from "./write-summary";

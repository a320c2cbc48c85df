/**
 * The provincial summary in the open workbook: read template sheets as a
 * source, read the user's totals and targets, write Tổng hợp / Theo tỉnh /
 * Phân bố / Vấn đề with a constant number of syncs, swapping sheets only at
 * the end so a failure leaves the workbook as it was.
 */
export { readWorkbookSources, workbookSource, OPEN_WORKBOOK_LABEL, TEMP_PREFIX, type WorkbookSourceResult } from "./read-sources";
export { readSummaryInputs, writeSummarySheets, refreshSummary, SUMMARY_TABLE_NAME, type SummaryInputs, type WriteSummaryOptions, type WriteSummaryResult } from "./write-summary";

/**
 * The summary spec: a pure, renderer-neutral description of the summary
 * sheets (Tổng hợp, Theo tỉnh, Phân bố, Tiến độ, Báo cáo, Vấn đề) built from
 * a consolidation result. Drawn by src/excel/summary (Office.js) and
 * src/files (ExcelJS).
 */
export * from "./types";
export { buildSummarySpec, buildProgressSpec } from "./build";
export { reportSheet } from "./report-sheet";
export { progressSheet } from "./progress-sheet";
export { rowHeightFor, rowHeightForPoints, wrappedLines, columnPoints, MAX_ROW_HEIGHT } from "./text-fit";
export {
  provinceRowFormulas,
  provinceTotalFormulas,
  rateBarFormula,
  countBarFormula,
  type ProvinceRowFormulas,
} from "./formulas";
export {
  SUMMARY_SHEETS,
  SUMMARY_HEADER_ROW,
  SUMMARY_TABLE_NAME,
  SUMMARY_TABLE_STYLE,
  SUMMARY_FUNCTIONS,
  SUMMARY_PRINT,
  SUMMARY_COLORS,
  PROVINCE_COLUMNS,
  PROVINCE_HEADER,
  WARD_HEADER,
  DISTRIBUTION_HEADER,
  MISSED_HEADER,
  COLUMN_WIDTHS,
  NUMBER_FORMATS,
  PROBLEM_SHEET_TEXT,
  PROGRESS_SHEET_TEXT,
  REPORT_COLUMNS,
  REPORT_COLUMN_WIDTH,
  REPORT_FONT,
  REPORT_PRINT,
  TOTAL_LABEL,
} from "./layout";
export {
  readWardSummary,
  readProvinceInputs,
  matchCriteriaSet,
  recordsFromSummary,
  SummaryReadError,
  type SummaryReadBack,
  type SummaryWardRow,
} from "./read-back";

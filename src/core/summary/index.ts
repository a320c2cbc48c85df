/**
 * The summary spec: a pure, renderer-neutral description of the summary
 * sheets (Tổng hợp, Theo tỉnh, Phân bố, Vấn đề) built from a consolidation
 * result. Drawn by src/excel/summary (Office.js) and src/files (ExcelJS).
 */
export * from "./types";
export { buildSummarySpec } from "./build";
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
  TOTAL_LABEL,
} from "./layout";

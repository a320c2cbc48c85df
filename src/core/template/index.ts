/**
 * Template spec: a pure, renderer-neutral description of the two templates
 * (phiếu chấm, bảng chấm nhanh) built from any criteria set. Rendered by
 * src/excel (Office.js) and by the CLI (ExcelJS).
 */
export * from "./types";
export { buildPhieuTemplate, type PhieuOptions } from "./phieu";
export {
  buildMatrixTemplate,
  matrixSummaryColumns,
  DEFAULT_WARD_ROWS,
  MAX_WARD_ROWS,
  type MatrixOptions,
} from "./matrix";
export {
  MARKER_TAG,
  MARKER_FORMAT_VERSION,
  MARKER_NAME,
  DATA_NAME,
  MARKER_WIDTH,
  MARKER_NOTE,
  FLAG_OFFSET,
  FLAG_TEXT_LIMIT,
  flagText,
  flagFormula,
  markerCells,
  readMarker,
  type MarkerInfo,
  type MarkerPositions,
} from "./marker";
export {
  metTest,
  notMetTest,
  invalidTest,
  missingListExpression,
  statusExpression,
  type StatusRefs,
} from "./predicates";
export { EXCEL_FORMULA_LIMIT, TemplateProblemError, type TemplateProblems } from "./problems";
export { expandRowFormula, allCells } from "./expand";
export {
  columnLetter,
  columnNumber,
  cellAddress,
  absoluteCell,
  rangeAddress,
  parseCell,
  parseRange,
  type CellRef,
  type RangeRef,
} from "./address";
export { COLORS, FONT_NAME, RESULT_LIST, CHECK_FLAG_DESCRIPTION, safeSheetName } from "./style";

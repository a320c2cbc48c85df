import type { CriteriaSet } from "../criteria/types";
import { blankCountFormula, failCountFormula, passCountFormula } from "../formulas/native";
import { cellAddress, columnLetter, rangeAddress } from "./address";
import { DATA_NAME, FLAG_OFFSET, MARKER_FORMAT_VERSION, MARKER_NAME, MARKER_WIDTH, flagFormula, markerCells, type MarkerInfo } from "./marker";
import { invalidTest, missingListExpression, notMetTest, statusExpression } from "./predicates";
import { CHECK_FLAG_DESCRIPTION, COLORS, FONT_NAME, MATRIX_PROMPT, NUMBER_FORMAT_TEXT, PROMPT_TITLE, SHORT_LIST, VALIDATION_TITLE, safeSheetName, validationMessage } from "./style";
import type { CellSpec, ConditionalFormatSpec, RangeStyleSpec, TemplateSpec } from "./types";

/**
 * Bảng chấm nhanh: one row per ward (tỉnh, phường, one narrow column per
 * criterion, then số đạt, không đạt, chưa chấm, kết quả, thiếu), codes in the
 * header with the short titles on a second header line, panes frozen.
 * Ward rows are a RepeatedRowsSpec so a renderer can fill them down.
 */

export interface MatrixOptions {
  /** Number of empty ward rows (default 50). */
  readonly wardRows?: number;
  readonly sheetName?: string;
  readonly title?: string;
}

export const DEFAULT_WARD_ROWS = 50;
export const MAX_WARD_ROWS = 100_000;

export function buildMatrixTemplate(set: CriteriaSet, options: MatrixOptions = {}): TemplateSpec {
  const wardRows = options.wardRows ?? DEFAULT_WARD_ROWS;
  if (!Number.isInteger(wardRows) || wardRows < 1 || wardRows > MAX_WARD_ROWS) {
    throw new RangeError(`Số dòng phường phải là số nguyên từ 1 đến ${MAX_WARD_ROWS} (nhận ${wardRows}).`);
  }
  const total = set.criteria.length;
  const markerRow = 1;
  const titleRow = 2;
  const headerRow = 4;
  const shortTitleRow = 5;
  const firstDataRow = 6;
  const lastDataRow = firstDataRow + wardRows - 1;

  const provinceCol = 1;
  const wardCol = 2;
  const firstCode = 3;
  const lastCode = firstCode + total - 1;
  const metCol = lastCode + 1;
  const notMetCol = metCol + 1;
  const blankCol = metCol + 2;
  const statusCol = metCol + 3;
  const missingCol = metCol + 4;
  const lastCol = missingCol;
  const L = columnLetter;

  const cells: CellSpec[] = [];
  const styles: RangeStyleSpec[] = [];
  const merges: string[] = [];
  const value = (row: number, column: number, v: string | number): void => {
    cells.push({ address: cellAddress(row, column), value: v });
  };

  value(titleRow, 1, options.title ?? "BẢNG CHẤM NHANH CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU");
  merges.push(rangeAddress(titleRow, 1, titleRow, lastCol));
  styles.push({ range: rangeAddress(titleRow, 1, titleRow, lastCol), style: { bold: true, fontSize: 14, horizontal: "center", fontColor: COLORS.titleFont } });
  value(titleRow + 1, 1, `Bộ tiêu chí: ${set.title} — phiên bản ${set.version}. Nhập 1/0, x, Đ/K hoặc Đạt/Không đạt; ô trống = chưa chấm.`);
  merges.push(rangeAddress(titleRow + 1, 1, titleRow + 1, lastCol));
  styles.push({ range: rangeAddress(titleRow + 1, 1, titleRow + 1, lastCol), style: { italic: true, horizontal: "center" } });

  const twoLine = (column: number, label: string): void => {
    value(headerRow, column, label);
    merges.push(rangeAddress(headerRow, column, shortTitleRow, column));
  };
  twoLine(provinceCol, "Tỉnh/thành phố");
  twoLine(wardCol, "Phường");
  set.criteria.forEach((criterion, i) => {
    value(headerRow, firstCode + i, criterion.code);
    value(shortTitleRow, firstCode + i, criterion.title);
  });
  twoLine(metCol, "Số đạt");
  twoLine(notMetCol, "Không đạt");
  twoLine(blankCol, "Chưa chấm");
  twoLine(statusCol, "Kết quả");
  twoLine(missingCol, "Thiếu");

  const entries = `${L(firstCode)}{r}:${L(lastCode)}{r}`;
  const ref = (column: number): string => `$${L(column)}{r}`;
  const repeatedCells = [
    { column: L(metCol), formula: passCountFormula(entries) },
    { column: L(notMetCol), formula: failCountFormula(entries) },
    { column: L(blankCol), formula: blankCountFormula(entries) },
    {
      column: L(statusCol),
      formula: `=IF(COUNTA(${L(provinceCol)}{r}:${L(lastCode)}{r})=0,"",${statusExpression({ met: ref(metCol), notMet: ref(notMetCol), blank: ref(blankCol), missing: ref(missingCol) }, total)})`,
    },
    { column: L(missingCol), formula: `=${missingListExpression(set.criteria.map((c, i) => ({ cell: `${L(firstCode + i)}{r}`, code: c.code })))}` },
  ];

  const marker: MarkerInfo = {
    formatVersion: MARKER_FORMAT_VERSION,
    kind: "matrix",
    setId: set.id,
    setVersion: set.version,
    criteriaCount: total,
    headerRow,
    codeRow: headerRow,
    firstDataRow,
    lastDataRow,
    firstCodeColumn: firstCode,
    lastCodeColumn: lastCode,
    province: { row: headerRow, column: provinceCol },
    ward: { row: headerRow, column: wardCol },
  };
  cells.push(...markerCells(marker, markerRow));
  const lastColumn = Math.max(lastCol, MARKER_WIDTH);

  const header = rangeAddress(headerRow, 1, shortTitleRow, lastCol);
  const data = rangeAddress(firstDataRow, 1, lastDataRow, lastCol);
  const entryRange = rangeAddress(firstDataRow, firstCode, lastDataRow, lastCode);
  styles.unshift({ range: rangeAddress(1, 1, lastDataRow, lastCol), style: { fontName: FONT_NAME, fontSize: 11 } });
  styles.push(
    { range: header, style: { bold: true, fill: COLORS.headerFill, horizontal: "center", vertical: "center", wrapText: true, border: "thin" } },
    { range: rangeAddress(shortTitleRow, firstCode, shortTitleRow, lastCode), style: { bold: false, fontSize: 8, vertical: "top" } },
    { range: data, style: { border: "thin" } },
    { range: rangeAddress(firstDataRow, provinceCol, lastDataRow, wardCol), style: { numberFormat: NUMBER_FORMAT_TEXT } },
    { range: entryRange, style: { horizontal: "center" } },
    { range: rangeAddress(firstDataRow, metCol, lastDataRow, blankCol), style: { horizontal: "center", numberFormat: "0" } },
    { range: rangeAddress(firstDataRow, statusCol, lastDataRow, missingCol), style: { wrapText: true } },
    { range: rangeAddress(markerRow, 1, markerRow, MARKER_WIDTH), style: { fontName: FONT_NAME, fontSize: 8, fontColor: COLORS.markerFont, numberFormat: "General" } },
  );

  const top = cellAddress(firstDataRow, firstCode);
  const rowHasData = `COUNTA($${L(provinceCol)}${firstDataRow}:$${L(lastCode)}${firstDataRow})>0`;
  const metRef = `$${L(metCol)}${firstDataRow}`;
  const summaryRange = rangeAddress(firstDataRow, metCol, lastDataRow, missingCol);
  const conditionalFormats: ConditionalFormatSpec[] = [
    { id: "checkFlag", range: rangeAddress(titleRow, 1, lastDataRow, lastCol), formula: flagFormula(markerRow, 1), fill: COLORS.checkFlagFill, fontColor: COLORS.checkFlagFont, bold: true, stopIfTrue: true, description: CHECK_FLAG_DESCRIPTION },
    { id: "invalid", range: entryRange, formula: `=${invalidTest(top)}`, fill: COLORS.invalidFill, fontColor: COLORS.invalidFont, bold: true, stopIfTrue: true, description: "Ô kết quả không hợp lệ" },
    { id: "notMet", range: entryRange, formula: `=${notMetTest(top)}`, fill: COLORS.notMetFill, fontColor: COLORS.notMetFont, stopIfTrue: true, description: "Tiêu chí không đạt" },
    { id: "notAssessed", range: entryRange, formula: `=AND(${top}="",${rowHasData})`, fill: COLORS.notAssessedFill, stopIfTrue: true, description: "Tiêu chí chưa chấm (dòng đã có dữ liệu)" },
    { id: "fullMarks", range: summaryRange, formula: `=${metRef}=${total}`, fill: COLORS.fullMarksFill, fontColor: COLORS.fullMarksFont, stopIfTrue: true, description: "Phường đạt đủ tất cả tiêu chí" },
    { id: "rowShort", range: rangeAddress(firstDataRow, provinceCol, lastDataRow, wardCol), formula: `=AND(${rowHasData},${metRef}<${total})`, fill: COLORS.rowShortFill, stopIfTrue: true, description: "Phường chưa đạt đủ tất cả tiêu chí" },
    { id: "rowShort", range: summaryRange, formula: `=AND(${rowHasData},${metRef}<${total})`, fill: COLORS.rowShortFill, stopIfTrue: true, description: "Phường chưa đạt đủ tất cả tiêu chí" },
  ];

  return {
    kind: "matrix",
    sheetName: safeSheetName(options.sheetName ?? "Bảng chấm nhanh"),
    setId: set.id,
    setVersion: set.version,
    codes: set.criteria.map((c) => c.code),
    usedRange: rangeAddress(1, 1, lastDataRow, lastColumn),
    cells,
    repeatedRows: { firstRow: firstDataRow, lastRow: lastDataRow, cells: repeatedCells },
    merges,
    styles,
    columnWidths: [
      { column: L(provinceCol), width: 16 },
      { column: L(wardCol), width: 22 },
      ...set.criteria.map((_, i) => ({ column: L(firstCode + i), width: 6 })),
      { column: L(metCol), width: 7 },
      { column: L(notMetCol), width: 8 },
      { column: L(blankCol), width: 8 },
      { column: L(statusCol), width: 30 },
      { column: L(missingCol), width: 24 },
    ],
    rowHeights: [{ row: shortTitleRow, height: 72 }],
    hiddenRows: [markerRow],
    validations: [
      { range: entryRange, list: SHORT_LIST, allowBlank: true, errorStyle: "warning", errorTitle: VALIDATION_TITLE, errorMessage: validationMessage(SHORT_LIST), promptTitle: PROMPT_TITLE, prompt: MATRIX_PROMPT },
    ],
    conditionalFormats,
    freeze: { rows: shortTitleRow, columns: wardCol },
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: 1, fitToHeight: 0, titleRows: `${headerRow}:${shortTitleRow}`, printArea: rangeAddress(titleRow, 1, lastDataRow, lastCol), centerHorizontally: true },
    names: [
      { name: MARKER_NAME, reference: `$A$${markerRow}:$${L(MARKER_WIDTH)}$${markerRow}`, comment: "Dấu hiệu mẫu KIEUMAU (loại mẫu, bộ tiêu chí, vị trí)" },
      { name: DATA_NAME, reference: `$${L(provinceCol)}$${firstDataRow}:$${L(lastCode)}$${lastDataRow}`, comment: "Tỉnh, phường và kết quả từng tiêu chí" },
    ],
    layout: {
      markerRow,
      headerRow,
      codeRow: headerRow,
      firstDataRow,
      lastDataRow,
      criteria: set.criteria.map((c, i) => ({ code: c.code, column: firstCode + i })),
      lastColumn,
      flagCell: cellAddress(markerRow, 1 + FLAG_OFFSET),
    },
  };
}

/** Column numbers of the matrix's summary columns for a set of `total` criteria. */
export function matrixSummaryColumns(total: number): { met: number; notMet: number; blank: number; status: number; missing: number } {
  const met = 2 + total + 1;
  return { met, notMet: met + 1, blank: met + 2, status: met + 3, missing: met + 4 };
}

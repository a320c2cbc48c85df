import type { CriteriaSet } from "../criteria/types";
import { blankCountFormula, failCountExpression, passCountExpression } from "../formulas/native";
import { absoluteCell, cellAddress, columnLetter, rangeAddress } from "./address";
import { DATA_NAME, FLAG_OFFSET, MARKER_FORMAT_VERSION, MARKER_NAME, MARKER_WIDTH, flagFormula, markerCells, type MarkerInfo } from "./marker";
import { invalidTest, missingListExpression, notMetTest, statusExpression } from "./predicates";
import { CHECK_FLAG_DESCRIPTION, COLORS, FONT_NAME, LONG_LIST, NUMBER_FORMAT_DATE, NUMBER_FORMAT_TEXT, PROMPT_TITLE, VALIDATION_TITLE, safeSheetName, validationMessage } from "./style";
import type { CellSpec, ConditionalFormatSpec, RangeStyleSpec, TemplateSpec } from "./types";

/**
 * Phiếu chấm: the self-assessment form of one ward. Header fields, one row
 * per criterion under its group heading (STT, mã, nội dung, kết quả, minh
 * chứng / ghi chú), then a result block with native formulas.
 */

export interface PhieuOptions {
  readonly sheetName?: string;
  readonly title?: string;
}

const COL = { stt: 1, code: 2, text: 3, result: 4, note: 5 } as const;
const LAST_COL = COL.note;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

const HEADER_FIELDS = ["Tỉnh/thành phố:", "Phường:", "Kỳ đánh giá:", "Ngày chấm:", "Người chấm / đơn vị:"] as const;

export function buildPhieuTemplate(set: CriteriaSet, options: PhieuOptions = {}): TemplateSpec {
  const total = set.criteria.length;
  const cells: CellSpec[] = [];
  const styles: RangeStyleSpec[] = [];
  const merges: string[] = [];
  const value = (row: number, column: number, v: string | number): void => {
    cells.push({ address: cellAddress(row, column), value: v });
  };
  const formula = (row: number, column: number, f: string): void => {
    cells.push({ address: cellAddress(row, column), formula: f });
  };
  const wide = (row: number, from: number, to: number = LAST_COL): string => {
    const range = rangeAddress(row, from, row, to);
    if (from !== to) merges.push(range);
    return range;
  };

  const markerRow = 1;
  const titleRow = 2;
  const firstFieldRow = 4;
  const headerRow = firstFieldRow + HEADER_FIELDS.length + 1;

  value(titleRow, 1, options.title ?? "PHIẾU CHẤM ĐIỂM CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU");
  styles.push({ range: wide(titleRow, 1), style: { bold: true, fontSize: 14, horizontal: "center", fontColor: COLORS.titleFont } });
  value(titleRow + 1, 1, `Bộ tiêu chí: ${set.title} — phiên bản ${set.version}${set.source ? ` — ${set.source}` : ""}`);
  styles.push({ range: wide(titleRow + 1, 1), style: { italic: true, horizontal: "center", wrapText: true } });

  HEADER_FIELDS.forEach((label, i) => {
    const row = firstFieldRow + i;
    value(row, 1, label);
    styles.push({ range: wide(row, 1, 2), style: { bold: true } });
    const input = wide(row, 3, LAST_COL);
    styles.push({ range: input, style: { border: "thin", numberFormat: label === "Ngày chấm:" ? NUMBER_FORMAT_DATE : NUMBER_FORMAT_TEXT, horizontal: "left" } });
  });
  const provinceCell = { row: firstFieldRow, column: 3 };
  const wardCell = { row: firstFieldRow + 1, column: 3 };

  ["STT", "Mã", "Nội dung tiêu chí", "Kết quả", "Minh chứng / ghi chú"].forEach((label, i) => value(headerRow, i + 1, label));
  styles.push({ range: rangeAddress(headerRow, 1, headerRow, LAST_COL), style: { bold: true, fill: COLORS.headerFill, horizontal: "center", vertical: "center", wrapText: true, border: "thin" } });

  // Criterion rows, grouped; groups without criteria are skipped, criteria of unknown groups come last.
  let row = headerRow + 1;
  const firstDataRow = row;
  const criteriaRows: Array<{ code: string; row: number }> = [];
  const groupRanges: string[] = [];
  const groups = [...set.groups, { id: "\u0000other", title: "Tiêu chí khác" }];
  let stt = 0;
  groups.forEach((group) => {
    const members = set.criteria.filter((c) => (group.id === "\u0000other" ? !set.groups.some((g) => g.id === c.group) : c.group === group.id));
    if (members.length === 0) return;
    value(row, 1, `${ROMAN[groupRanges.length] ?? groupRanges.length + 1}. ${group.title}`);
    styles.push({ range: wide(row, 1), style: { bold: true, fill: COLORS.groupFill, border: "thin", wrapText: true } });
    row++;
    const first = row;
    for (const criterion of members) {
      stt++;
      value(row, COL.stt, stt);
      value(row, COL.code, criterion.code);
      value(row, COL.text, criterion.title === "" ? criterion.text : `${criterion.title}: ${criterion.text}`);
      criteriaRows.push({ code: criterion.code, row });
      row++;
    }
    groupRanges.push(rangeAddress(first, COL.result, row - 1, COL.result));
  });
  const lastDataRow = row - 1;
  const table = rangeAddress(firstDataRow, 1, lastDataRow, LAST_COL);
  styles.push({ range: table, style: { border: "thin", vertical: "top", wrapText: true } });
  for (const groupRange of groupRanges) styles.push({ range: groupRange, style: { horizontal: "center", vertical: "center", bold: true } });
  styles.push({ range: rangeAddress(firstDataRow, COL.stt, lastDataRow, COL.code), style: { horizontal: "center" } });

  // Result block.
  const blockRow = lastDataRow + 2;
  const labels = ["Số tiêu chí đạt", "Số tiêu chí không đạt", "Số tiêu chí chưa chấm", "Số ô không hợp lệ", "Kết quả", "Các tiêu chí chưa đạt"];
  labels.forEach((label, i) => {
    value(blockRow + i, 1, label);
    styles.push({ range: wide(blockRow + i, 1, COL.text), style: { bold: true, border: "thin", horizontal: "right" } });
  });
  const at = (i: number): string => absoluteCell(blockRow + i, COL.result);
  formula(blockRow, COL.result, `=${groupRanges.map(passCountExpression).join("+")}`);
  formula(blockRow + 1, COL.result, `=${groupRanges.map(failCountExpression).join("+")}`);
  formula(blockRow + 2, COL.result, `=${groupRanges.map((r) => blankCountFormula(r).slice(1)).join("+")}`);
  formula(blockRow + 3, COL.result, `=${total}-${at(0)}-${at(1)}-${at(2)}`);
  // Missing codes in the set's order (as the core lists them), whatever the group order on the sheet.
  const rowOfCode = new Map(criteriaRows.map((c) => [c.code, c.row]));
  const inSetOrder = set.criteria.map((c) => ({ cell: cellAddress(rowOfCode.get(c.code) ?? 0, COL.result), code: c.code }));
  formula(blockRow + 5, COL.result, `=${missingListExpression(inSetOrder)}`);
  formula(blockRow + 4, COL.result, `=${statusExpression({ met: at(0), notMet: at(1), blank: at(2), missing: at(5) }, total)}`);
  styles.push({ range: rangeAddress(blockRow, COL.result, blockRow + 3, COL.result), style: { border: "thin", horizontal: "center", bold: true } });
  for (let i = 4; i <= 5; i++) styles.push({ range: wide(blockRow + i, COL.result), style: { border: "thin", bold: true, wrapText: true } });
  const statusCell = cellAddress(blockRow + 4, COL.result);
  const signRow = blockRow + labels.length + 1;
  value(signRow, COL.result, "NGƯỜI CHẤM");
  value(signRow + 1, COL.result, "(Ký, ghi rõ họ tên)");
  styles.push({ range: wide(signRow, COL.result), style: { bold: true, horizontal: "center" } });
  styles.push({ range: wide(signRow + 1, COL.result), style: { italic: true, horizontal: "center" } });
  const lastRow = signRow + 1;

  // Marker.
  const marker: MarkerInfo = {
    formatVersion: MARKER_FORMAT_VERSION,
    kind: "phieu",
    setId: set.id,
    setVersion: set.version,
    criteriaCount: total,
    headerRow,
    codeRow: headerRow,
    firstDataRow,
    lastDataRow,
    firstCodeColumn: COL.code,
    lastCodeColumn: COL.result,
    province: provinceCell,
    ward: wardCell,
  };
  cells.push(...markerCells(marker, markerRow));
  const markerRange = rangeAddress(markerRow, 1, markerRow, MARKER_WIDTH);
  const lastColumn = Math.max(LAST_COL, MARKER_WIDTH);

  // Base font first so every later style overrides it.
  styles.unshift({ range: rangeAddress(1, 1, lastRow, LAST_COL), style: { fontName: FONT_NAME, fontSize: 12 } });
  styles.push({ range: markerRange, style: { fontName: FONT_NAME, fontSize: 8, fontColor: COLORS.markerFont, numberFormat: "General" } });

  const resultRange = rangeAddress(firstDataRow, COL.result, lastDataRow, COL.result);
  const top = cellAddress(firstDataRow, COL.result);
  const codeRef = `$${columnLetter(COL.code)}${firstDataRow}`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    { id: "checkFlag", range: rangeAddress(titleRow, 1, lastRow, LAST_COL), formula: flagFormula(markerRow, 1), fill: COLORS.checkFlagFill, fontColor: COLORS.checkFlagFont, bold: true, stopIfTrue: true, description: CHECK_FLAG_DESCRIPTION },
    { id: "invalid", range: resultRange, formula: `=${invalidTest(top)}`, fill: COLORS.invalidFill, fontColor: COLORS.invalidFont, bold: true, stopIfTrue: true, description: "Ô kết quả không hợp lệ (không phải Đạt/Không đạt)" },
    { id: "notMet", range: resultRange, formula: `=${notMetTest(top)}`, fill: COLORS.notMetFill, fontColor: COLORS.notMetFont, stopIfTrue: true, description: "Tiêu chí không đạt" },
    { id: "notAssessed", range: resultRange, formula: `=AND(${top}="",${codeRef}<>"")`, fill: COLORS.notAssessedFill, stopIfTrue: true, description: "Tiêu chí chưa chấm" },
    { id: "fullMarks", range: statusCell, formula: `=${at(0)}=${total}`, fill: COLORS.fullMarksFill, fontColor: COLORS.fullMarksFont, stopIfTrue: true, description: "Đạt đủ tất cả tiêu chí" },
    { id: "rowShort", range: statusCell, formula: `=${at(0)}<${total}`, fill: COLORS.rowShortFill, stopIfTrue: true, description: "Chưa đạt đủ tất cả tiêu chí" },
  ];

  return {
    kind: "phieu",
    sheetName: safeSheetName(options.sheetName ?? "Phiếu chấm"),
    setId: set.id,
    setVersion: set.version,
    codes: set.criteria.map((c) => c.code),
    usedRange: rangeAddress(1, 1, lastRow, lastColumn),
    cells,
    merges,
    styles,
    columnWidths: [
      { column: "A", width: 6 },
      { column: "B", width: 8 },
      { column: "C", width: 62 },
      { column: "D", width: 14 },
      { column: "E", width: 30 },
    ],
    rowHeights: [{ row: titleRow + 1, height: 32 }],
    hiddenRows: [markerRow],
    validations: [
      { range: resultRange, list: LONG_LIST, allowBlank: true, errorStyle: "stop", errorTitle: VALIDATION_TITLE, errorMessage: validationMessage(LONG_LIST), promptTitle: PROMPT_TITLE, prompt: `Chọn ${LONG_LIST.join(" hoặc ")}; để trống nếu chưa chấm.` },
    ],
    conditionalFormats,
    freeze: { rows: headerRow, columns: 0 },
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: 1, fitToHeight: 0, titleRows: `${headerRow}:${headerRow}`, printArea: rangeAddress(titleRow, 1, lastRow, LAST_COL), centerHorizontally: true },
    names: [
      { name: MARKER_NAME, reference: `$A$${markerRow}:$${columnLetter(MARKER_WIDTH)}$${markerRow}`, comment: "Dấu hiệu mẫu KIEUMAU (loại mẫu, bộ tiêu chí, vị trí)" },
      { name: DATA_NAME, reference: `$${columnLetter(COL.code)}$${firstDataRow}:$${columnLetter(COL.result)}$${lastDataRow}`, comment: "Mã tiêu chí và kết quả" },
    ],
    layout: {
      markerRow,
      headerRow,
      codeRow: headerRow,
      firstDataRow,
      lastDataRow,
      criteria: criteriaRows.map((c) => ({ code: c.code, column: COL.result, row: c.row })),
      lastColumn,
      flagCell: cellAddress(markerRow, 1 + FLAG_OFFSET),
    },
  };
}

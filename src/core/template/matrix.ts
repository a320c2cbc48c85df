import type { CriteriaSet } from "../criteria/types";
import { SUGGESTED_TOKENS } from "../entries/vocabulary";
import { blankCountFormula, failCountFormula, passCountFormula } from "../formulas/native";
import { cellAddress, columnLetter as L, rangeAddress } from "./address";
import { expandRowFormula } from "./expand";
import { FLAG_OFFSET, MARKER_FORMAT_VERSION, MARKER_WIDTH, type MarkerInfo } from "./marker";
import {
  HEADER_STYLE,
  SheetDraft,
  absoluteRange,
  printSetup,
  resultFormats,
  resultValidation,
  templateNames,
  type CommonTemplateOptions,
} from "./parts";
import { missingListExpression, statusExpression } from "./predicates";
import { assertFormulaLengths } from "./problems";
import { fitRowHeights } from "./fit";
import { COLORS, NUMBER_FORMAT_TEXT, safeSheetName } from "./style";
import type { ConditionalFormatSpec, RepeatedRowsSpec, TemplateSpec } from "./types";

/**
 * Bảng chấm nhanh: one row per ward (tỉnh, phường, one narrow column per
 * criterion, then số đạt, không đạt, chưa chấm, kết quả, thiếu), codes in the
 * header with the short titles on a second header line, panes frozen.
 * Ward rows are a RepeatedRowsSpec so a renderer can fill them down.
 */

export interface MatrixOptions extends CommonTemplateOptions {
  /** Number of empty ward rows (default 50). */
  readonly wardRows?: number;
}

export const DEFAULT_WARD_ROWS = 50;
export const MAX_WARD_ROWS = 100_000;

const ROWS = { marker: 1, title: 2, header: 4, shortTitle: 5, firstData: 6 } as const;
const COLS = { province: 1, ward: 2, firstCode: 3 } as const;

/** Column numbers of the matrix's summary columns for a set of `total` criteria. */
export function matrixSummaryColumns(total: number): {
  met: number;
  notMet: number;
  blank: number;
  status: number;
  missing: number;
} {
  const met = 2 + total + 1;
  return { met, notMet: met + 1, blank: met + 2, status: met + 3, missing: met + 4 };
}

interface MatrixGeometry {
  readonly total: number;
  readonly lastDataRow: number;
  readonly lastCode: number;
  readonly cols: ReturnType<typeof matrixSummaryColumns>;
  readonly lastCol: number;
}

function drawHeader(draft: SheetDraft, set: CriteriaSet, g: MatrixGeometry): void {
  const twoLine = (column: number, label: string): void => {
    draft.value(ROWS.header, column, label);
    draft.merges.push(rangeAddress(ROWS.header, column, ROWS.shortTitle, column));
  };
  twoLine(COLS.province, "Tỉnh/thành phố");
  twoLine(COLS.ward, "Phường");
  set.criteria.forEach((criterion, i) => {
    draft.value(ROWS.header, COLS.firstCode + i, criterion.code);
    draft.value(ROWS.shortTitle, COLS.firstCode + i, criterion.title);
  });
  const labels: Array<[number, string]> = [
    [g.cols.met, "Số đạt"],
    [g.cols.notMet, "Không đạt"],
    [g.cols.blank, "Chưa chấm"],
    [g.cols.status, "Kết quả"],
    [g.cols.missing, "Thiếu"],
  ];
  for (const [column, label] of labels) twoLine(column, label);
}

/** The formulas of one ward row, for row "{r}". */
function wardRowFormulas(set: CriteriaSet, g: MatrixGeometry, options: MatrixOptions): RepeatedRowsSpec["cells"] {
  const entries = `${L(COLS.firstCode)}{r}:${L(g.lastCode)}{r}`;
  const ref = (column: number): string => `$${L(column)}{r}`;
  const refs = {
    met: ref(g.cols.met),
    notMet: ref(g.cols.notMet),
    blank: ref(g.cols.blank),
    missing: ref(g.cols.missing),
  };
  const status = statusExpression(refs, g.total, options.language);
  const missing = missingListExpression(
    set.criteria.map((c, i) => ({ cell: `${L(COLS.firstCode + i)}{r}`, code: c.code })),
  );
  return [
    { column: L(g.cols.met), formula: passCountFormula(entries) },
    { column: L(g.cols.notMet), formula: failCountFormula(entries) },
    { column: L(g.cols.blank), formula: blankCountFormula(entries) },
    { column: L(g.cols.status), formula: `=IF(COUNTA(${L(COLS.province)}{r}:${L(g.lastCode)}{r})=0,"",${status})` },
    { column: L(g.cols.missing), formula: `=${missing}` },
  ];
}

function matrixStyles(draft: SheetDraft, g: MatrixGeometry): void {
  const { lastDataRow, lastCode, cols, lastCol } = g;
  draft.style(rangeAddress(ROWS.header, 1, ROWS.shortTitle, lastCol), HEADER_STYLE);
  draft.style(rangeAddress(ROWS.shortTitle, COLS.firstCode, ROWS.shortTitle, lastCode), {
    bold: false,
    fontSize: 8,
    vertical: "top",
  });
  draft.style(rangeAddress(ROWS.firstData, 1, lastDataRow, lastCol), { border: "thin" });
  draft.style(rangeAddress(ROWS.firstData, COLS.province, lastDataRow, COLS.ward), {
    numberFormat: NUMBER_FORMAT_TEXT,
  });
  draft.style(rangeAddress(ROWS.firstData, COLS.firstCode, lastDataRow, lastCode), { horizontal: "center" });
  draft.style(rangeAddress(ROWS.firstData, cols.met, lastDataRow, cols.blank), {
    horizontal: "center",
    numberFormat: "0",
  });
  draft.style(rangeAddress(ROWS.firstData, cols.status, lastDataRow, cols.missing), { wrapText: true });
}

function matrixMarker(set: CriteriaSet, g: MatrixGeometry): MarkerInfo {
  return {
    formatVersion: MARKER_FORMAT_VERSION,
    kind: "matrix",
    setId: set.id,
    setVersion: set.version,
    criteriaCount: g.total,
    headerRow: ROWS.header,
    codeRow: ROWS.header,
    firstDataRow: ROWS.firstData,
    lastDataRow: g.lastDataRow,
    firstCodeColumn: COLS.firstCode,
    lastCodeColumn: g.lastCode,
    province: { row: ROWS.header, column: COLS.province },
    ward: { row: ROWS.header, column: COLS.ward },
  };
}

function matrixFormats(g: MatrixGeometry): ConditionalFormatSpec[] {
  const { lastDataRow, lastCode, cols, total } = g;
  const first = ROWS.firstData;
  const rowHasData = `COUNTA($${L(COLS.province)}${first}:$${L(lastCode)}${first})>0`;
  const metRef = `$${L(cols.met)}${first}`;
  const summary = rangeAddress(first, cols.met, lastDataRow, cols.missing);
  const short = {
    formula: `=AND(${rowHasData},${metRef}<${total})`,
    fill: COLORS.rowShortFill,
    stopIfTrue: true,
    description: "Phường chưa đạt đủ tất cả tiêu chí",
  };
  const entries = rangeAddress(first, COLS.firstCode, lastDataRow, lastCode);
  return [
    ...resultFormats(
      rangeAddress(ROWS.title, 1, lastDataRow, g.lastCol),
      ROWS.marker,
      entries,
      cellAddress(first, COLS.firstCode),
      rowHasData,
      {
        invalid: "Ô kết quả không hợp lệ",
        notAssessed: "Tiêu chí chưa chấm (dòng đã có dữ liệu)",
      },
    ),
    {
      id: "fullMarks",
      range: summary,
      formula: `=${metRef}=${total}`,
      fill: COLORS.fullMarksFill,
      fontColor: COLORS.fullMarksFont,
      stopIfTrue: true,
      description: "Phường đạt đủ tất cả tiêu chí",
    },
    { id: "rowShort", range: rangeAddress(first, COLS.province, lastDataRow, COLS.ward), ...short },
    { id: "rowShort", range: summary, ...short },
  ];
}

/** The two header rows as tall as their wrapped labels and short titles need (at least 72 pt for the titles). */
function headerHeights(draft: SheetDraft, widths: readonly number[]): Array<{ row: number; height: number }> {
  return fitRowHeights(draft, ROWS.header, ROWS.shortTitle, { widths, emptyHeight: 15 }).map(({ row, height }) => ({
    row,
    height: row === ROWS.shortTitle ? Math.max(72, height) : height,
  }));
}

export function buildMatrixTemplate(set: CriteriaSet, options: MatrixOptions = {}): TemplateSpec {
  const wardRows = options.wardRows ?? DEFAULT_WARD_ROWS;
  if (!Number.isInteger(wardRows) || wardRows < 1 || wardRows > MAX_WARD_ROWS) {
    throw new RangeError(`Số dòng phường phải là số nguyên từ 1 đến ${MAX_WARD_ROWS} (nhận ${wardRows}).`);
  }
  const total = set.criteria.length;
  const cols = matrixSummaryColumns(total);
  const g: MatrixGeometry = {
    total,
    lastDataRow: ROWS.firstData + wardRows - 1,
    lastCode: COLS.firstCode + total - 1,
    cols,
    lastCol: cols.missing,
  };
  const draft = new SheetDraft();
  const subtitle = `Bộ tiêu chí: ${set.title} — phiên bản ${set.version}. Nhập ${SUGGESTED_TOKENS}; ô trống = chưa chấm.`;
  draft.titles(
    ROWS.title,
    g.lastCol,
    options.title ?? "BẢNG CHẤM NHANH CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU",
    subtitle,
    false,
  );
  drawHeader(draft, set, g);
  const repeated = wardRowFormulas(set, g, options);
  assertFormulaLengths(
    repeated.map((c) => expandRowFormula(c.formula, g.lastDataRow)),
    total,
  );
  draft.marker(matrixMarker(set, g), ROWS.marker, rangeAddress(1, 1, g.lastDataRow, g.lastCol), 11);
  matrixStyles(draft, g);
  const lastColumn = Math.max(g.lastCol, MARKER_WIDTH);
  const widths = [16, 22, ...set.criteria.map(() => 6), 7, 8, 8, 30, 24];
  return {
    kind: "matrix",
    sheetName: safeSheetName(options.sheetName ?? "Bảng chấm nhanh"),
    setId: set.id,
    setVersion: set.version,
    codes: set.criteria.map((c) => c.code),
    usedRange: rangeAddress(1, 1, g.lastDataRow, lastColumn),
    cells: draft.cells,
    repeatedRows: { firstRow: ROWS.firstData, lastRow: g.lastDataRow, cells: repeated },
    merges: draft.merges,
    styles: draft.styles,
    columnWidths: widths.map((width, i) => ({ column: L(i + 1), width })),
    rowHeights: headerHeights(draft, widths),
    hiddenRows: [ROWS.marker],
    validations: [resultValidation(rangeAddress(ROWS.firstData, COLS.firstCode, g.lastDataRow, g.lastCode), "warning")],
    conditionalFormats: matrixFormats(g),
    freeze: { rows: ROWS.shortTitle, columns: COLS.ward },
    print: printSetup(
      "landscape",
      `${ROWS.header}:${ROWS.shortTitle}`,
      rangeAddress(ROWS.title, 1, g.lastDataRow, g.lastCol),
    ),
    names: templateNames(
      ROWS.marker,
      absoluteRange(ROWS.firstData, COLS.province, g.lastDataRow, g.lastCode),
      "Tỉnh, phường và kết quả từng tiêu chí",
    ),
    layout: {
      markerRow: ROWS.marker,
      headerRow: ROWS.header,
      codeRow: ROWS.header,
      firstDataRow: ROWS.firstData,
      lastDataRow: g.lastDataRow,
      criteria: set.criteria.map((c, i) => ({ code: c.code, column: COLS.firstCode + i })),
      lastColumn,
      flagCell: cellAddress(ROWS.marker, 1 + FLAG_OFFSET),
    },
  };
}

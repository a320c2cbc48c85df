import type { CriteriaSet } from "../criteria/types";
import { blankCountFormula, failCountExpression, passCountExpression } from "../formulas/native";
import { absoluteCell, cellAddress, columnLetter, rangeAddress } from "./address";
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
import { fitScale, heightsFor, measureRows, printableArea, sheetWidthPoints } from "./fit";
import { statusText } from "../scoring/status-words";
import { COLORS, NUMBER_FORMAT_DATE, NUMBER_FORMAT_TEXT, safeSheetName } from "./style";
import type { ConditionalFormatSpec, TemplateSpec } from "./types";

/**
 * Phiếu chấm: the self-assessment form of one ward. Header fields, one row
 * per criterion under its group heading (STT, mã, nội dung, kết quả, minh
 * chứng / ghi chú), then a result block with native formulas.
 */

export type PhieuOptions = CommonTemplateOptions;

const COL = { stt: 1, code: 2, text: 3, result: 4, note: 5 } as const;
const LAST_COL = COL.note;
const ROMAN = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
  "XVIII",
  "XIX",
  "XX",
];
const HEADER_FIELDS = ["Tỉnh/thành phố:", "Phường:", "Kỳ đánh giá:", "Ngày chấm:", "Người chấm / đơn vị:"] as const;
const BLOCK_LABELS = [
  "Số tiêu chí đạt",
  "Số tiêu chí không đạt",
  "Số tiêu chí chưa chấm",
  "Số ô không hợp lệ",
  "Kết quả",
  "Các tiêu chí chưa đạt",
];
const ROWS = { marker: 1, title: 2, firstField: 4, header: 4 + HEADER_FIELDS.length + 1 } as const;

/** The header fields (tỉnh, phường, kỳ, ngày, người chấm) and the table header. */
function drawHeader(draft: SheetDraft): void {
  HEADER_FIELDS.forEach((label, i) => {
    const row = ROWS.firstField + i;
    draft.value(row, 1, label);
    // Labels wrap in the narrow STT and Mã columns; the row is made tall enough (fit.ts).
    draft.style(draft.wide(row, 1, 2), { bold: true, fontSize: 11, wrapText: true, vertical: "center" });
    const numberFormat = label === "Ngày chấm:" ? NUMBER_FORMAT_DATE : NUMBER_FORMAT_TEXT;
    draft.style(draft.wide(row, 3, LAST_COL), { border: "thin", numberFormat, horizontal: "left", vertical: "center" });
  });
  ["STT", "Mã", "Nội dung tiêu chí", "Kết quả", "Minh chứng / ghi chú"].forEach((label, i) =>
    draft.value(ROWS.header, i + 1, label),
  );
  draft.style(rangeAddress(ROWS.header, 1, ROWS.header, LAST_COL), HEADER_STYLE);
}

interface CriteriaRows {
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly rows: ReadonlyArray<{ readonly code: string; readonly row: number }>;
  /** The result cells of each group, without the heading rows. */
  readonly groupRanges: readonly string[];
  /** The criterion rows of each group ("12:14"), without the merged heading rows. */
  readonly criterionRuns: readonly string[];
}

/** Criterion rows, grouped; groups without criteria are skipped, criteria of unknown groups come last. */
function drawCriteria(draft: SheetDraft, set: CriteriaSet): CriteriaRows {
  const firstDataRow = ROWS.header + 1;
  let row = firstDataRow;
  const rows: Array<{ code: string; row: number }> = [];
  const groupRanges: string[] = [];
  const criterionRuns: string[] = [];
  const other = "\u0000other";
  for (const group of [...set.groups, { id: other, title: "Tiêu chí khác" }]) {
    const known = (groupId: string): boolean => set.groups.some((g) => g.id === groupId);
    const members = set.criteria.filter((c) => (group.id === other ? !known(c.group) : c.group === group.id));
    if (members.length === 0) continue;
    draft.value(row, 1, `${ROMAN[groupRanges.length] ?? groupRanges.length + 1}. ${group.title}`);
    draft.style(draft.wide(row, 1, LAST_COL), { bold: true, fill: COLORS.groupFill, border: "thin", wrapText: true });
    row++;
    const first = row;
    for (const criterion of members) {
      draft.value(row, COL.stt, rows.length + 1);
      draft.value(row, COL.code, criterion.code);
      draft.value(row, COL.text, criterion.title === "" ? criterion.text : `${criterion.title}: ${criterion.text}`);
      rows.push({ code: criterion.code, row });
      row++;
    }
    groupRanges.push(rangeAddress(first, COL.result, row - 1, COL.result));
    criterionRuns.push(`${first}:${row - 1}`);
  }
  const lastDataRow = row - 1;
  draft.style(rangeAddress(firstDataRow, 1, lastDataRow, LAST_COL), {
    border: "thin",
    vertical: "top",
    wrapText: true,
  });
  for (const range of groupRanges) draft.style(range, { horizontal: "center", vertical: "center", bold: true });
  draft.style(rangeAddress(firstDataRow, COL.stt, lastDataRow, COL.code), { horizontal: "center" });
  return { firstDataRow, lastDataRow, rows, groupRanges, criterionRuns };
}

/** The result block under the table: counts, status, missing codes, signature. Returns its first row and last row. */
function drawResultBlock(
  draft: SheetDraft,
  set: CriteriaSet,
  criteria: CriteriaRows,
  options: PhieuOptions,
): { block: number; last: number } {
  const block = criteria.lastDataRow + 2;
  BLOCK_LABELS.forEach((label, i) => {
    draft.value(block + i, 1, label);
    draft.style(draft.wide(block + i, 1, COL.text), { bold: true, border: "thin", horizontal: "right" });
  });
  const at = (i: number): string => absoluteCell(block + i, COL.result);
  const { groupRanges } = criteria;
  const total = set.criteria.length;
  draft.formula(block, COL.result, `=${groupRanges.map(passCountExpression).join("+")}`);
  draft.formula(block + 1, COL.result, `=${groupRanges.map(failCountExpression).join("+")}`);
  draft.formula(block + 2, COL.result, `=${groupRanges.map((r) => blankCountFormula(r).slice(1)).join("+")}`);
  draft.formula(block + 3, COL.result, `=${total}-${at(0)}-${at(1)}-${at(2)}`);
  // Missing codes in the set's order (as the core lists them), whatever the group order on the sheet.
  const rowOf = new Map(criteria.rows.map((c) => [c.code, c.row]));
  const inSetOrder = set.criteria.map((c) => ({ cell: cellAddress(rowOf.get(c.code) ?? 0, COL.result), code: c.code }));
  draft.formula(block + 5, COL.result, `=${missingListExpression(inSetOrder)}`);
  const refs = { met: at(0), notMet: at(1), blank: at(2), missing: at(5) };
  draft.formula(block + 4, COL.result, `=${statusExpression(refs, total, options.language)}`);
  draft.style(rangeAddress(block, COL.result, block + 3, COL.result), {
    border: "thin",
    horizontal: "center",
    bold: true,
  });
  for (let i = 4; i <= 5; i++)
    draft.style(draft.wide(block + i, COL.result, LAST_COL), { border: "thin", bold: true, wrapText: true });
  const sign = block + BLOCK_LABELS.length + 1;
  draft.value(sign, COL.result, "NGƯỜI CHẤM");
  draft.value(sign + 1, COL.result, "(Ký, ghi rõ họ tên)");
  draft.style(draft.wide(sign, COL.result, LAST_COL), { bold: true, horizontal: "center" });
  draft.style(draft.wide(sign + 1, COL.result, LAST_COL), { italic: true, horizontal: "center" });
  return { block, last: sign + 1 };
}

function phieuMarker(set: CriteriaSet, criteria: CriteriaRows): MarkerInfo {
  return {
    formatVersion: MARKER_FORMAT_VERSION,
    kind: "phieu",
    setId: set.id,
    setVersion: set.version,
    criteriaCount: set.criteria.length,
    headerRow: ROWS.header,
    codeRow: ROWS.header,
    firstDataRow: criteria.firstDataRow,
    lastDataRow: criteria.lastDataRow,
    firstCodeColumn: COL.code,
    lastCodeColumn: COL.result,
    province: { row: ROWS.firstField, column: 3 },
    ward: { row: ROWS.firstField + 1, column: 3 },
  };
}

function phieuFormats(criteria: CriteriaRows, block: number, lastRow: number, total: number): ConditionalFormatSpec[] {
  const results = rangeAddress(criteria.firstDataRow, COL.result, criteria.lastDataRow, COL.result);
  const top = cellAddress(criteria.firstDataRow, COL.result);
  const codeRef = `$${columnLetter(COL.code)}${criteria.firstDataRow}`;
  const statusCell = cellAddress(block + 4, COL.result);
  const met = absoluteCell(block, COL.result);
  return [
    ...resultFormats(rangeAddress(ROWS.title, 1, lastRow, LAST_COL), ROWS.marker, results, top, `${codeRef}<>""`, {
      invalid: "Ô kết quả không hợp lệ (không phải Đạt/Không đạt)",
      notAssessed: "Tiêu chí chưa chấm",
    }),
    {
      id: "fullMarks",
      range: statusCell,
      formula: `=${met}=${total}`,
      fill: COLORS.fullMarksFill,
      fontColor: COLORS.fullMarksFont,
      stopIfTrue: true,
      description: "Đạt đủ tất cả tiêu chí",
    },
    {
      id: "rowShort",
      range: statusCell,
      formula: `=${met}<${total}`,
      fill: COLORS.rowShortFill,
      stopIfTrue: true,
      description: "Chưa đạt đủ tất cả tiêu chí",
    },
  ];
}

/** What the status and missing cells of an unfilled form show, to size their rows. */
function blockHints(set: CriteriaSet, block: number, options: PhieuOptions): Map<string, string> {
  const total = set.criteria.length;
  const facts = { statusKind: "incomplete", met: 0, notMet: 0, blank: total, total, unmetCodes: [] } as const;
  return new Map([
    [cellAddress(block + 4, COL.result), statusText(facts, options.language)],
    // Room for two lines of codes; the cell wraps beyond that.
    [
      cellAddress(block + 5, COL.result),
      set.criteria
        .slice(0, 6)
        .map((c) => c.code)
        .join(", "),
    ],
  ]);
}

/** Columns other than the criterion text: STT, Mã, Kết quả, Minh chứng / ghi chú (Excel characters). */
const FIXED_WIDTHS = { stt: 5, code: 8, result: 10, note: 12 } as const;
const TEXT_WIDTHS = { min: 40, max: 140 } as const;
/** Height of the empty spacer rows (points). */
const SPACER_HEIGHT = 8;

/**
 * The criterion column's width and every row's height: of the widths that
 * wrap the text, the one whose sheet prints largest on one A4 portrait page
 * (fit to 1 × 1 page), so the form uses the page's width and height.
 */
function fitPhieuPage(
  draft: SheetDraft,
  hints: ReadonlyMap<string, string>,
  lastRow: number,
): { widths: number[]; heights: Array<{ row: number; height: number }>; scale: number } {
  const page = printableArea("portrait");
  let best: { widths: number[]; heights: Array<{ row: number; height: number }>; scale: number; fill: number } | null =
    null;
  const measured = measureRows(draft, ROWS.title, lastRow, { hints, emptyHeight: SPACER_HEIGHT });
  for (let text = TEXT_WIDTHS.min; text <= TEXT_WIDTHS.max; text++) {
    const widths = [FIXED_WIDTHS.stt, FIXED_WIDTHS.code, text, FIXED_WIDTHS.result, FIXED_WIDTHS.note];
    const heights = heightsFor(measured, widths);
    const width = sheetWidthPoints(widths);
    const height = heights.reduce((sum, h) => sum + h.height, 0);
    const scale = fitScale(width, height, page);
    const fill = (width * scale) / page.width;
    if (best === null || scale > best.scale || (scale === best.scale && fill > best.fill)) {
      best = { widths, heights, scale, fill };
    }
  }
  const { widths, heights, scale } = best as NonNullable<typeof best>;
  return { widths, heights, scale };
}

export function buildPhieuTemplate(set: CriteriaSet, options: PhieuOptions = {}): TemplateSpec {
  const total = set.criteria.length;
  const draft = new SheetDraft();
  const subtitle = `Bộ tiêu chí: ${set.title} — phiên bản ${set.version}${set.source ? ` — ${set.source}` : ""}`;
  draft.titles(
    ROWS.title,
    LAST_COL,
    options.title ?? "PHIẾU CHẤM ĐIỂM CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU",
    subtitle,
    true,
  );
  drawHeader(draft);
  const criteria = drawCriteria(draft, set);
  const { block, last: lastRow } = drawResultBlock(draft, set, criteria, options);
  draft.marker(phieuMarker(set, criteria), ROWS.marker, rangeAddress(1, 1, lastRow, LAST_COL), 12);
  assertFormulaLengths(
    draft.cells.flatMap((c) => (c.formula === undefined ? [] : [c.formula])),
    total,
  );
  const lastColumn = Math.max(LAST_COL, MARKER_WIDTH);
  draft.style(rangeAddress(ROWS.title, 1, ROWS.title, LAST_COL), { wrapText: true });
  const page = fitPhieuPage(draft, blockHints(set, block, options), lastRow);
  const results = rangeAddress(criteria.firstDataRow, COL.result, criteria.lastDataRow, COL.result);
  return {
    kind: "phieu",
    sheetName: safeSheetName(options.sheetName ?? "Phiếu chấm"),
    setId: set.id,
    setVersion: set.version,
    codes: set.criteria.map((c) => c.code),
    usedRange: rangeAddress(1, 1, lastRow, lastColumn),
    cells: draft.cells,
    merges: draft.merges,
    styles: draft.styles,
    columnWidths: page.widths.map((width, i) => ({ column: columnLetter(i + 1), width })),
    rowHeights: page.heights,
    autofitRows: criteria.criterionRuns,
    hiddenRows: [ROWS.marker],
    validations: [resultValidation(results, "stop")],
    conditionalFormats: phieuFormats(criteria, block, lastRow, total),
    freeze: { rows: ROWS.header, columns: 0 },
    print: printSetup(
      "portrait",
      `${ROWS.header}:${ROWS.header}`,
      rangeAddress(ROWS.title, 1, lastRow, LAST_COL),
      true,
    ),
    names: templateNames(
      ROWS.marker,
      absoluteRange(criteria.firstDataRow, COL.code, criteria.lastDataRow, COL.result),
      "Mã tiêu chí và kết quả",
    ),
    layout: {
      markerRow: ROWS.marker,
      headerRow: ROWS.header,
      codeRow: ROWS.header,
      firstDataRow: criteria.firstDataRow,
      lastDataRow: criteria.lastDataRow,
      criteria: criteria.rows.map((c) => ({ code: c.code, column: COL.result, row: c.row })),
      lastColumn,
      flagCell: cellAddress(ROWS.marker, 1 + FLAG_OFFSET),
    },
  };
}

/**
 * Queue the writes that draw a TemplateSpec on a worksheet (no sync here).
 * The payload does not grow with the number of ward rows: ward formulas are
 * written once and filled down with Range.copyFrom (ExcelApi 1.9); only the
 * number formats of the ward rows are sent per cell. Without copyFrom
 * (ExcelApi 1.8) the formulas are written row by row in blocks, one block per
 * request under the size budget, and `writeBlocks` says how many requests.
 * Without Worksheet.pageLayout (ExcelApi 1.8) there is no print setup; the
 * caller says so (src/excel/features.ts names the gates).
 */
import {
  columnNumber,
  expandRowFormula,
  parseCell,
  parseRange,
  type CellSpec,
  type CellStyle,
  type RangeRef,
  type TemplateSpec,
} from "../core/template";
import { asExcelValue } from "./excel-text";

/** Characters of the default font → points, Excel's unit for columnWidth. */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

type FormulaGrid = Array<Array<string | number | boolean | null>>;

function blockOf(cells: readonly CellSpec[]): { rect: RangeRef; grid: FormulaGrid } | null {
  if (cells.length === 0) return null;
  const refs = cells.map((c) => ({ ...parseCell(c.address), cell: c }));
  const rect = {
    top: Math.min(...refs.map((r) => r.row)),
    bottom: Math.max(...refs.map((r) => r.row)),
    left: Math.min(...refs.map((r) => r.column)),
    right: Math.max(...refs.map((r) => r.column)),
  };
  // null leaves a cell as it is, so gaps cost four bytes and change nothing.
  const grid: FormulaGrid = Array.from({ length: rect.bottom - rect.top + 1 }, () =>
    Array.from({ length: rect.right - rect.left + 1 }, () => null),
  );
  for (const { row, column, cell } of refs) {
    (grid[row - rect.top] as FormulaGrid[number])[column - rect.left] = cell.formula ?? asExcelValue(cell.value);
  }
  return { rect, grid };
}

function rangeOf(sheet: Excel.Worksheet, rect: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(rect.top - 1, rect.left - 1, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

export function applyStyle(sheet: Excel.Worksheet, address: string, style: CellStyle): void {
  const range = sheet.getRange(address);
  const format = range.format;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.horizontal !== undefined)
    format.horizontalAlignment = HORIZONTAL[style.horizontal] as Excel.HorizontalAlignment;
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical] as Excel.VerticalAlignment;
  if (style.border === "thin") {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ] as const) {
      const { top, bottom, left, right } = parseRange(address);
      if (edge === "InsideHorizontal" && top === bottom) continue;
      if (edge === "InsideVertical" && left === right) continue;
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.color = "#808080";
    }
  }
  if (style.numberFormat !== undefined) {
    const rect = parseRange(address);
    range.numberFormat = Array.from({ length: rect.bottom - rect.top + 1 }, () =>
      Array.from({ length: rect.right - rect.left + 1 }, () => style.numberFormat as string),
    );
  }
}

export interface RenderOptions {
  /** Range.copyFrom (ExcelApi 1.9) is available (feature "copyFrom", src/excel/features.ts); default true. */
  readonly supportsCopyFrom?: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9) is available (feature "printSetup"); default true. Without it: no print setup. */
  readonly supportsPrintSetup?: boolean;
  /** Byte budget of one request when formulas are written row by row. */
  readonly blockBytes?: number;
}

/** Gated by feature "copyFrom" (ExcelApi 1.9). */
function queueCopyDown(rest: Excel.Range, firstRange: Excel.Range): void {
  rest.copyFrom(firstRange, "Formulas" as Excel.RangeCopyType);
}

/** Ward-row formulas: the first row, then copyFrom or, without it, blocks returned for later syncs. */
function queueRepeatedRows(sheet: Excel.Worksheet, spec: TemplateSpec, options: RenderOptions): Array<() => void> {
  const laterBlocks: Array<() => void> = [];
  const repeated = spec.repeatedRows;
  if (repeated === undefined) return laterBlocks;
  const columns = repeated.cells.map((c) => columnNumber(c.column));
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const rowFormulas = (row: number): FormulaGrid[number] => {
    const line: FormulaGrid[number] = Array.from({ length: right - left + 1 }, () => null);
    repeated.cells.forEach((c, i) => {
      line[(columns[i] as number) - left] = expandRowFormula(c.formula, row);
    });
    return line;
  };
  const firstRange = rangeOf(sheet, { top: repeated.firstRow, bottom: repeated.firstRow, left, right });
  firstRange.formulas = [rowFormulas(repeated.firstRow)] as unknown as unknown[][];
  if (repeated.lastRow <= repeated.firstRow) return laterBlocks;
  const rest = { top: repeated.firstRow + 1, bottom: repeated.lastRow, left, right };
  if (options.supportsCopyFrom ?? true) {
    queueCopyDown(rangeOf(sheet, rest), firstRange);
    return laterBlocks;
  }
  const budget = options.blockBytes ?? 3_000_000;
  const rowBytes = Math.max(1, JSON.stringify(rowFormulas(repeated.lastRow)).length * 3);
  const rowsPerBlock = Math.max(1, Math.floor(budget / rowBytes));
  for (let top = rest.top; top <= rest.bottom; top += rowsPerBlock) {
    const bottom = Math.min(rest.bottom, top + rowsPerBlock - 1);
    laterBlocks.push(() => {
      const grid: FormulaGrid = [];
      for (let row = top; row <= bottom; row++) grid.push(rowFormulas(row));
      rangeOf(sheet, { top, bottom, left, right }).formulas = grid as unknown as unknown[][];
    });
  }
  return laterBlocks;
}

/** Gated by feature "insertTemplate" (ExcelApi 1.8: DataValidation). */
function queueValidations(sheet: Excel.Worksheet, spec: TemplateSpec): void {
  for (const v of spec.validations) {
    const dv = sheet.getRange(v.range).dataValidation;
    dv.clear();
    dv.ignoreBlanks = v.allowBlank;
    dv.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
    dv.errorAlert = {
      showAlert: true,
      style: (v.errorStyle === "stop" ? "Stop" : "Warning") as Excel.DataValidationAlertStyle,
      title: v.errorTitle,
      message: v.errorMessage,
    };
    if (v.prompt !== undefined) dv.prompt = { showPrompt: true, title: v.promptTitle ?? "", message: v.prompt };
  }
}

function queueConditionalFormats(sheet: Excel.Worksheet, spec: TemplateSpec): void {
  spec.conditionalFormats.forEach((rule, priority) => {
    const cf = sheet.getRange(rule.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = rule.formula;
    if (rule.fill !== undefined) cf.custom.format.fill.color = rule.fill;
    if (rule.fontColor !== undefined) cf.custom.format.font.color = rule.fontColor;
    if (rule.bold !== undefined) cf.custom.format.font.bold = rule.bold;
    cf.stopIfTrue = rule.stopIfTrue;
    // Spec order is priority order, whichever end Excel adds new rules at.
    cf.priority = priority;
  });
}

function queueFreeze(sheet: Excel.Worksheet, spec: TemplateSpec): void {
  if (spec.freeze.rows > 0 || spec.freeze.columns > 0) {
    if (spec.freeze.columns === 0) sheet.freezePanes.freezeRows(spec.freeze.rows);
    else if (spec.freeze.rows === 0) sheet.freezePanes.freezeColumns(spec.freeze.columns);
    else sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, spec.freeze.rows, spec.freeze.columns));
  }
}

/** Gated by feature "printSetup" (ExcelApi 1.9). */
function queuePrint(sheet: Excel.Worksheet, spec: TemplateSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = (spec.print.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  layout.paperSize = "A4" as Excel.PaperType;
  layout.centerHorizontally = spec.print.centerHorizontally;
  const { margins } = spec.print;
  layout.leftMargin = margins.left * 72;
  layout.rightMargin = margins.right * 72;
  layout.topMargin = margins.top * 72;
  layout.bottomMargin = margins.bottom * 72;
  layout.headerMargin = margins.header * 72;
  layout.footerMargin = margins.footer * 72;
  layout.zoom = { horizontalFitToPages: spec.print.fitToWidth, verticalFitToPages: spec.print.fitToHeight };
  layout.setPrintArea(spec.print.printArea);
  if (spec.print.titleRows !== undefined) layout.setPrintTitleRows(`$${spec.print.titleRows.replace(":", ":$")}`);
}

/**
 * Queue everything except, without copyFrom, the ward-row formulas after
 * the first row: those come back as blocks for the caller to write, one
 * block per sync.
 */
export function queueTemplate(
  sheet: Excel.Worksheet,
  spec: TemplateSpec,
  options: RenderOptions = {},
): { laterBlocks: Array<() => void> } {
  const fixed = blockOf(spec.cells);
  if (fixed !== null) rangeOf(sheet, fixed.rect).formulas = fixed.grid as unknown as unknown[][];
  const laterBlocks = queueRepeatedRows(sheet, spec, options);
  for (const { range, style } of spec.styles) applyStyle(sheet, range, style);
  for (const merge of spec.merges) sheet.getRange(merge).merge(false);
  for (const { column, width } of spec.columnWidths) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
  }
  for (const { row, height } of spec.rowHeights) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  // Excel measures with the fonts it has: autofit the plain wrapped rows (never the merged ones) over the estimate.
  for (const rows of spec.autofitRows ?? []) sheet.getRange(rows).format.autofitRows();
  for (const row of spec.hiddenRows) sheet.getRange(`${row}:${row}`).rowHidden = true;
  queueValidations(sheet, spec);
  queueConditionalFormats(sheet, spec);
  queueFreeze(sheet, spec);
  if (options.supportsPrintSetup ?? true) queuePrint(sheet, spec);
  for (const name of spec.names) {
    sheet.names.add(name.name, sheet.getRange(name.reference.replace(/\$/gu, "")), name.comment);
  }
  return { laterBlocks };
}

/**
 * Draw a summary spec (src/core/summary) with Office.js: values and formulas
 * as row blocks the caller writes under a request budget, then formats,
 * widths, validations, panes, print setup, the table and the chart (queued
 * here, no sync; the table and chart in their own sync, after the data). The layout is the spec's; this file only translates it.
 */
import type { NumberValidationSpec, SummaryCell, SummarySheetSpec, SummarySpec } from "../../core/summary";
import { rangeAddress } from "../../core/template/address";
import { asExcelText } from "../excel-text";
import { applyStyle, charactersToPoints } from "../render-template";

/** Rows per written block: a block is one range write. */
const ROW_BLOCK = 2_000;

type Cell = string | number | null;

/** One range write, with its estimated request size. */
export interface SummaryWriteBlock {
  readonly sheet: string;
  readonly address: string;
  readonly kind: "values" | "formulas";
  readonly rows: Cell[][];
  readonly bytes: number;
}

function blockBytes(rows: readonly Cell[][]): number {
  let bytes = 64;
  for (const row of rows) for (const v of row) bytes += (typeof v === "string" ? v.length * 3 : 12) + 4;
  return bytes;
}

/** Text is written as text (asExcelText), never as a formula; null leaves the cell as it is. */
function officeCell(cell: SummaryCell | undefined): { value: Cell; formula: boolean } {
  if (cell === undefined || cell === null) return { value: null, formula: false };
  if (typeof cell === "object") return { value: cell.formula, formula: true };
  return { value: typeof cell === "string" ? asExcelText(cell) : cell, formula: false };
}

/**
 * Every block of every sheet, cut into row blocks; `sheetName` maps a spec
 * sheet to the sheet written (e.g. a temporary name).
 */
export function summaryWriteBlocks(
  spec: SummarySpec,
  sheetName: (sheet: SummarySheetSpec) => string,
): SummaryWriteBlock[] {
  const out: SummaryWriteBlock[] = [];
  for (const sheet of spec.sheets) {
    for (const block of sheet.blocks) {
      const width = Math.max(0, ...block.rows.map((r) => r.length));
      if (width === 0) continue;
      for (let i = 0; i < block.rows.length; i += ROW_BLOCK) {
        let formulas = false;
        const rows = block.rows.slice(i, i + ROW_BLOCK).map((line) =>
          Array.from({ length: width }, (_, k) => {
            const cell = officeCell(line[k]);
            formulas ||= cell.formula;
            return cell.value;
          }),
        );
        const top = block.row + i;
        out.push({
          sheet: sheetName(sheet),
          address: rangeAddress(top, block.column, top + rows.length - 1, block.column + width - 1),
          kind: formulas ? "formulas" : "values",
          rows,
          bytes: blockBytes(rows),
        });
      }
    }
  }
  return out;
}

const OPERATOR = { greaterThanOrEqual: "GreaterThanOrEqualTo", between: "Between" } as const;

function queueValidation(sheet: Excel.Worksheet, v: NumberValidationSpec): void {
  const dv = sheet.getRange(v.range).dataValidation;
  dv.clear();
  dv.ignoreBlanks = v.allowBlank;
  const basic = {
    formula1: v.formula1,
    operator: OPERATOR[v.operator] as Excel.DataValidationOperator,
    ...(v.formula2 !== undefined ? { formula2: v.formula2 } : {}),
  };
  dv.rule = v.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
  dv.errorAlert = {
    showAlert: true,
    style: "Stop" as Excel.DataValidationAlertStyle,
    title: v.errorTitle,
    message: v.errorMessage,
  };
}

const ORIENTATION = { landscape: "Landscape", portrait: "Portrait" } as const;

/** Which gated features the summary may use (src/excel/features.ts); default all. */
export interface SummaryFeatures {
  readonly summaryValidations: boolean;
  readonly printSetup: boolean;
}

/** Formats after values: styles, merges, widths, row heights, validations, frozen header, print setup (the last two when present). */
export function queueSummaryFormats(
  sheet: Excel.Worksheet,
  spec: SummarySheetSpec,
  features: SummaryFeatures = { summaryValidations: true, printSetup: true },
): void {
  for (const { range, style } of spec.styles) applyStyle(sheet, range, style);
  for (const merge of spec.merges) sheet.getRange(merge).merge(false);
  for (const { column, width } of spec.columnWidths) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
  }
  for (const { row, height } of spec.rowHeights) sheet.getRange(`A${row}`).format.rowHeight = height;
  if (features.summaryValidations) for (const v of spec.validations) queueValidation(sheet, v);
  if (spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);
  if (features.printSetup) queueSummaryPrint(sheet, spec);
}

/** Gated by feature "printSetup" (ExcelApi 1.9). */
function queueSummaryPrint(sheet: Excel.Worksheet, spec: SummarySheetSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = ORIENTATION[spec.print.orientation] as Excel.PageOrientation;
  layout.paperSize = spec.print.paperSize as Excel.PaperType;
  layout.zoom = { horizontalFitToPages: spec.print.fitToWidth, verticalFitToPages: spec.print.fitToHeight };
  if (spec.print.titleRows !== null) layout.setPrintTitleRows(`$${spec.print.titleRows.replace(":", ":$")}`);
}

/** True when the sheet has a table or a chart to add (queueSummaryObjects). */
export function hasSummaryObjects(spec: SummarySheetSpec): boolean {
  return spec.table !== undefined || spec.chart !== undefined;
}

/**
 * The table and the chart (ExcelApi 1.1; category names 1.7), queued on the
 * finished sheet: the caller syncs them on their own, after the data.
 */
export function queueSummaryObjects(sheet: Excel.Worksheet, spec: SummarySheetSpec): void {
  if (spec.table !== undefined) {
    const table = sheet.tables.add(spec.table.range, true);
    table.name = spec.table.name;
    table.style = spec.table.style;
  }
  if (spec.chart !== undefined) {
    const chart = sheet.charts.add(
      spec.chart.type as Excel.ChartType,
      sheet.getRange(spec.chart.source),
      "Columns" as Excel.ChartSeriesBy,
    );
    chart.title.text = spec.chart.title;
    chart.axes.categoryAxis.setCategoryNames(sheet.getRange(spec.chart.categories));
    chart.setPosition(spec.chart.anchor);
  }
}

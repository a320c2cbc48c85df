import { summaryProblemRow } from "../contracts/problem-text/summary-row";
import type { Workbook, Worksheet } from "exceljs";
import type { CriteriaSet } from "../core/criteria/types";
import type { ConsolidationResult } from "../core/consolidate/consolidate";
import type { ProgressData } from "../core/progress";
import {
  buildProgressSpec,
  buildSummarySpec,
  type SummaryContentOptions,
  type SummarySheetSpec,
  type SummarySpec,
} from "../core/summary";
import { summaryTexts } from "../contracts/report-text";
import { parseRange } from "../core/template/address";
import { cellString } from "./cell-string";
import { loadExcelJs } from "./exceljs-loader";
import { applyStyle } from "./render-template";

/**
 * The summary workbook of the command line, with ExcelJS: the summary spec
 * (src/core/summary) drawn as it is in the add-in, with native formulas by
 * default. ExcelJS cannot write charts: the spec's charts (Theo tỉnh,
 * Tiến độ) are left out; the in-cell bars (Theo tỉnh, Phân bố) and the
 * chart's data stay. Every text is a plain string cell
 * (ExcelJS writes strings as strings, never as formulas).
 */

/** The summary's content; formulas default "native" here: a file must compute without the add-in. */
export type WriteSummaryWorkbookOptions = SummaryContentOptions;

function writeBlocks(sheet: Worksheet, spec: SummarySheetSpec): void {
  for (const block of spec.blocks) {
    block.rows.forEach((values, i) => {
      const row = sheet.getRow(block.row + i);
      values.forEach((v, k) => {
        if (v === null) return;
        const cell = row.getCell(block.column + k);
        if (typeof v === "object") cell.value = { formula: v.formula.slice(1) } as never;
        else if (typeof v === "string") {
          const text = cellString(v);
          cell.value = text.value;
          if (text.note !== undefined) cell.note = text.note;
        } else cell.value = v;
      });
    });
  }
}

/** An Excel table over cells already written: header names and rows are read back from them. */
function addTable(sheet: Worksheet, spec: NonNullable<SummarySheetSpec["table"]>): void {
  const { top, left, bottom, right } = parseRange(spec.range);
  const line = (r: number): unknown[] => {
    const out: unknown[] = [];
    for (let c = left; c <= right; c++) out.push(sheet.getCell(r, c).value ?? "");
    return out;
  };
  const rows: unknown[][] = [];
  for (let r = top + 1; r <= bottom; r++) rows.push(line(r));
  sheet.addTable({
    name: spec.name,
    ref: sheet.getCell(top, left).address,
    headerRow: true,
    style: { theme: spec.style as never, showRowStripes: true },
    columns: line(top).map((name) => ({ name: String(name), filterButton: true })),
    rows,
  });
}

function renderSheet(workbook: Workbook, spec: SummarySheetSpec): Worksheet {
  const views = spec.freezeRows > 0 ? [{ state: "frozen" as const, ySplit: spec.freezeRows }] : [];
  const sheet = workbook.addWorksheet(spec.name, { views });
  writeBlocks(sheet, spec);
  for (const { column, width } of spec.columnWidths) sheet.getColumn(column).width = width;
  for (const { row, height } of spec.rowHeights) sheet.getRow(row).height = height;
  for (const { range, style } of spec.styles) applyStyle(sheet, range, style);
  for (const merge of spec.merges) sheet.mergeCells(merge);
  const validations = (sheet as unknown as { dataValidations: { add(address: string, v: unknown): void } })
    .dataValidations;
  for (const v of spec.validations) {
    validations.add(v.range, {
      type: v.type,
      operator: v.operator,
      formulae: v.formula2 === undefined ? [v.formula1] : [v.formula1, v.formula2],
      allowBlank: v.allowBlank,
      showErrorMessage: true,
      errorTitle: v.errorTitle,
      error: v.errorMessage,
    });
  }
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: spec.print.orientation,
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: spec.print.fitToWidth,
    fitToHeight: spec.print.fitToHeight,
    ...(spec.print.titleRows === null ? {} : { printTitlesRow: spec.print.titleRows }),
  };
  if (spec.table !== undefined) addTable(sheet, spec.table);
  return sheet;
}

/** A summary spec as .xlsx bytes; formulas are computed by Excel on open. */
export async function renderSummaryWorkbook(spec: SummarySpec): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "kieumau";
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spec.sheets) renderSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The summary workbook of a consolidation (the command line's `consolidate -o`). */
export async function writeSummaryWorkbook(
  result: ConsolidationResult,
  set: CriteriaSet,
  options: WriteSummaryWorkbookOptions = {},
): Promise<Uint8Array> {
  const spec = buildSummarySpec(result, set, {
    formulas: options.formulas ?? "native",
    language: options.language,
    renderProblem: options.renderProblem ?? summaryProblemRow,
    renderText: options.renderText ?? summaryTexts,
    ...(options.report === undefined ? {} : { report: options.report }),
    ...(options.progress === undefined ? {} : { progress: options.progress }),
  });
  return renderSummaryWorkbook(spec);
}

/**
 * A workbook of one "Tiến độ" sheet (`kieumau compare -o`); it has no sheet
 * when the progress spans fewer than two periods (check `progress.stages`).
 */
export async function writeProgressWorkbook(
  progress: ProgressData,
  options: Pick<WriteSummaryWorkbookOptions, "language" | "renderText"> = {},
): Promise<Uint8Array> {
  const spec = buildProgressSpec(progress, {
    language: options.language,
    renderText: options.renderText ?? summaryTexts,
  });
  return renderSummaryWorkbook(spec);
}

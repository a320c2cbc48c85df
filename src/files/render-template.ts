import type { Workbook, Worksheet, Style, Fill, Font } from "exceljs";
import type { CellStyle, TemplateSpec } from "../core/template/types";
import { allCells } from "../core/template/expand";
import { cellAddress, parseRange } from "../core/template/address";
import { loadExcelJs } from "./exceljs-loader";
import { cellString } from "./cell-string";

/**
 * Render a template spec (src/core/template) with ExcelJS: values, native
 * formulas, merges, styles, data validation, conditional formats, the
 * hidden marker row and the defined names. The layout is the spec's; this
 * file only translates it.
 */

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

export function applyStyle(sheet: Worksheet, range: string, style: CellStyle): void {
  const { top, left, bottom, right } = parseRange(range);
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = sheet.getCell(r, c);
      const font: Partial<Font> = { ...cell.font };
      if (style.fontName !== undefined) font.name = style.fontName;
      if (style.fontSize !== undefined) font.size = style.fontSize;
      if (style.bold !== undefined) font.bold = style.bold;
      if (style.italic !== undefined) font.italic = style.italic;
      if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
      cell.font = font;
      if (style.fill !== undefined)
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } as Fill;
      if (style.wrapText !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
        const alignment: Style["alignment"] = { ...cell.alignment };
        if (style.wrapText !== undefined) alignment.wrapText = style.wrapText;
        if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
        if (style.vertical !== undefined) alignment.vertical = style.vertical === "center" ? "middle" : style.vertical;
        cell.alignment = alignment;
      }
      if (style.border === "thin") {
        const thin = { style: "thin" as const };
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      }
      if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
    }
  }
}

/** Write one template spec into a new sheet of `workbook`. */
export function renderTemplateSheet(
  workbook: Workbook,
  spec: TemplateSpec,
  sheetName: string = spec.sheetName,
  withNames = true,
): Worksheet {
  const sheet = workbook.addWorksheet(sheetName);
  for (const { column, width } of spec.columnWidths) sheet.getColumn(column).width = width;
  for (const { row, height } of spec.rowHeights) sheet.getRow(row).height = height;
  for (const style of spec.styles) applyStyle(sheet, style.range, style.style);
  for (const cell of allCells(spec)) {
    const target = sheet.getCell(cell.address);
    if (cell.formula !== undefined) target.value = { formula: cell.formula.slice(1) } as never;
    else if (typeof cell.value === "string") {
      const text = cellString(cell.value);
      target.value = text.value;
      if (text.note !== undefined) target.note = text.note;
    } else if (cell.value !== undefined) target.value = cell.value;
  }
  for (const merge of spec.merges) sheet.mergeCells(merge);
  for (const row of spec.hiddenRows) sheet.getRow(row).hidden = true;
  const validations = (sheet as unknown as { dataValidations: { add(address: string, v: unknown): void } })
    .dataValidations;
  for (const v of spec.validations) {
    validations.add(v.range, {
      type: "list",
      allowBlank: v.allowBlank,
      formulae: [`"${v.list.join(",")}"`],
      showErrorMessage: true,
      errorStyle: v.errorStyle,
      errorTitle: v.errorTitle,
      error: v.errorMessage,
      showInputMessage: v.prompt !== undefined,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
    });
  }
  spec.conditionalFormats.forEach((cf, i) => {
    sheet.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/u, "")],
          stopIfTrue: cf.stopIfTrue,
          style: {
            ...(cf.fill !== undefined
              ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } }
              : {}),
            ...(cf.fontColor !== undefined || cf.bold !== undefined
              ? {
                  font: {
                    ...(cf.fontColor !== undefined ? { color: { argb: argb(cf.fontColor) } } : {}),
                    ...(cf.bold !== undefined ? { bold: cf.bold } : {}),
                  },
                }
              : {}),
          },
        } as never,
      ],
    });
  });
  sheet.views = [
    {
      state: "frozen",
      xSplit: spec.freeze.columns,
      ySplit: spec.freeze.rows,
      topLeftCell: cellAddress(spec.freeze.rows + 1, spec.freeze.columns + 1),
    },
  ];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: spec.print.orientation,
    paperSize: 9,
    fitToPage: true,
    fitToWidth: spec.print.fitToWidth,
    fitToHeight: spec.print.fitToHeight,
    // ExcelJS writes "$" before each corner's column only; "A$2" makes the row absolute too ($A$2),
    // without which LibreOffice sizes the page by the whole used range (the marker row's 18 columns).
    printArea: spec.print.printArea.replace(/([A-Z]+)(\d+)/gu, "$1$$$2"),
    printTitlesRow: spec.print.titleRows,
    horizontalCentered: spec.print.centerHorizontally,
    margins: { ...spec.print.margins },
  };
  if (withNames) {
    const quoted = `'${sheetName.replace(/'/gu, "''")}'`;
    for (const name of spec.names) workbook.definedNames.add(`${quoted}!${name.reference}`, name.name);
  }
  return sheet;
}

/** A template workbook (one sheet per spec), as .xlsx bytes. Formulas are computed by Excel on open. */
export async function writeTemplateWorkbook(
  specs: ReadonlyArray<{ spec: TemplateSpec; sheetName?: string }>,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "kieumau";
  workbook.calcProperties.fullCalcOnLoad = true;
  // Names are per workbook in ExcelJS: only a single-sheet template carries them (the marker row is always there).
  specs.forEach(({ spec, sheetName }) =>
    renderTemplateSheet(workbook, spec, sheetName ?? spec.sheetName, specs.length === 1),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

import { analyseSheet, type SheetValues, type TemplateAnalysis } from "./analyse";
import { NotATemplateError } from "./errors";

/**
 * Queue the one read both check and normalise start with: the sheet's name
 * and the values of its used range (values only: the ward formulas are
 * long, their results are short).
 */
export function queueSheetRead(context: Excel.RequestContext, sheetName?: string): { sheet: Excel.Worksheet; used: Excel.Range } {
  const worksheets = context.workbook.worksheets;
  const sheet = sheetName === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheetName);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  return { sheet, used };
}

/** After the sync: every template on the sheet, analysed; NotATemplateError when there is none. */
export function analyseRead(sheet: Excel.Worksheet, used: Excel.Range): { sheetName: string; values: SheetValues; analyses: TemplateAnalysis[] } {
  const sheetName = sheet.name;
  if (used.isNullObject) throw new NotATemplateError(sheetName);
  const values: SheetValues = { values: used.values, top: used.rowIndex + 1, left: used.columnIndex + 1 };
  const analyses = analyseSheet(values, sheetName);
  if (analyses.length === 0) throw new NotATemplateError(sheetName);
  return { sheetName, values, analyses };
}

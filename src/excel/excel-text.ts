/**
 * Text written through range.values is read by Excel as if typed: "=…",
 * "+…", "-…", "@…" become formulas, "1"/"TRUE"/"12/3" become numbers,
 * booleans or dates. A leading apostrophe keeps it text (it is not part of
 * the value). Used for every string that comes from files or users.
 */
import { cleanCellText, EXCEL_CELL_TEXT_LIMIT } from "../core/text/cell-text";

const NEEDS_APOSTROPHE =
  /^(?:[=+\-@']|\s*[+-]?(?:\d|\.\d)|\s*(?:true|false)\s*$|\s*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\s*$)/iu;

/**
 * Also made valid for a cell: characters XML forbids (control characters,
 * lone surrogates) removed, and cut to Excel's 32,767 characters (ending
 * with "…"), the apostrophe included.
 */
export function asExcelText(text: string): string {
  const clean = cleanCellText(text, EXCEL_CELL_TEXT_LIMIT - 1).text;
  return clean !== "" && NEEDS_APOSTROPHE.test(clean) ? `'${clean}` : clean;
}

/** A cell value to write: strings made prefix-safe, numbers and booleans as is, null/undefined → "". */
export function asExcelValue(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? asExcelText(value) : value;
}

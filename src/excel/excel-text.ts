/**
 * Text written through range.values is read by Excel as if typed: "=…",
 * "+…", "-…", "@…" become formulas, "1"/"TRUE"/"12/3" become numbers,
 * booleans or dates. A leading apostrophe keeps it text (it is not part of
 * the value). Used for every string that comes from files or users.
 */
const NEEDS_APOSTROPHE = /^(?:[=+\-@']|\s*[+-]?(?:\d|\.\d)|\s*(?:true|false)\s*$|\s*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\s*$)/iu;

export function asExcelText(text: string): string {
  return text !== "" && NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** A cell value to write: strings made prefix-safe, numbers and booleans as is, null/undefined → "". */
export function asExcelValue(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? asExcelText(value) : value;
}

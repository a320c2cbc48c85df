/**
 * Text as a spreadsheet cell can hold it. Files arrive with control
 * characters, lone surrogates and megabyte-long "names"; Excel refuses a
 * cell over 32,767 characters and an .xlsx whose XML holds characters XML
 * forbids is not well-formed (LibreOffice then shows the cells empty).
 */

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;

/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE/U+FFFF) and lone surrogates. */
/* eslint-disable no-control-regex -- these control characters are exactly what XML forbids */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/* eslint-enable no-control-regex */

export interface CleanText {
  readonly text: string;
  /** Characters XML forbids were removed. */
  readonly cleaned: boolean;
  /** The text was cut to the limit (an ellipsis ends it). */
  readonly truncated: boolean;
}

/** Remove what XML forbids and cut to `limit` characters (never inside a surrogate pair). */
export function cleanCellText(text: string, limit = EXCEL_CELL_TEXT_LIMIT): CleanText {
  const stripped = text.replace(XML_ILLEGAL, "");
  const cleaned = stripped.length !== text.length;
  if (stripped.length <= limit) return { text: stripped, cleaned, truncated: false };
  let end = limit - 1;
  const code = stripped.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: `${stripped.slice(0, end)}…`, cleaned, truncated: true };
}

/**
 * OOXML reads "_xHHHH_" inside a string as an escaped character. A literal
 * one from a file must have its underscore escaped (as "_x005F_") when it is
 * written into an .xlsx's XML, or it would come back as another character.
 */
export function escapeOoxmlLiterals(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/gu, "_x005F_$1");
}

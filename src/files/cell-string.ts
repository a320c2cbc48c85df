import { cleanCellText, escapeOoxmlLiterals } from "../core/text/cell-text";

/**
 * Text as an .xlsx cell can hold it: characters XML forbids removed, cut to
 * Excel's limit (the cell then says so in a note), literal "_xHHHH_" kept
 * literal. ExcelJS writes none of this itself.
 */
export function cellString(text: string): { readonly value: string; readonly note?: string } {
  const clean = cleanCellText(text);
  const value = escapeOoxmlLiterals(clean.text);
  return clean.truncated ? { value, note: truncationNote(text.length) } : { value };
}

function truncationNote(length: number): string {
  const n = length.toLocaleString("vi-VN");
  return `Nội dung dài ${n} ký tự, vượt giới hạn 32.767 ký tự một ô của Excel — ` + "đã cắt bớt.";
}

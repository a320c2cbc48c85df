import type { ProblemLocation } from "../../core/problems";
import type { Language } from "./types";

/** "file › sheet!A1", or "file › sheet (dòng 6)" — the short location used in lists, sheets and the CLI. */
export function locationText(where: ProblemLocation, language: Language = "vi"): string {
  const sheetPart = where.sheet === undefined ? "" : ` › ${where.sheet}`;
  const rowWord = language === "en" ? "row" : "dòng";
  const cellPart =
    where.cell !== undefined ? `!${where.cell}` : where.row !== undefined ? ` (${rowWord} ${where.row})` : "";
  return `${where.file ?? ""}${sheetPart}${cellPart}`.replace(/^ › /u, "");
}

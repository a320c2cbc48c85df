/**
 * Problems as text, at the edges: the task pane in its language, the
 * command line (Vietnamese unless --lang en), the "Vấn đề" sheet in the
 * workbook's language. Each language is a catalog joined from one file per
 * area; the type makes a missing text a compile error.
 */
import type { AnyProblem, ProblemCode, ProblemLocation, ProblemParams } from "../../core/problems";
import { enCriteria } from "./en/criteria";
import { enEntries } from "./en/entries";
import { enFunctions } from "./en/functions";
import { enProvinces } from "./en/provinces";
import type { Language, ProblemText, ProblemTexts } from "./types";
import { viCriteria } from "./vi/criteria";
import { viEntries } from "./vi/entries";
import { viFunctions } from "./vi/functions";
import { viProvinces } from "./vi/provinces";

export type { Language, ProblemText } from "./types";
export { quote } from "./shared";

const CATALOGS: Record<Language, ProblemTexts> = {
  vi: {
    ...viCriteria,
    ...viEntries,
    ...viFunctions,
    ...viProvinces,
  },
  en: {
    ...enCriteria,
    ...enEntries,
    ...enFunctions,
    ...enProvinces,
  },
};

/** The message and next step of a problem, in `language`. */
export function problemText(problem: { readonly code: ProblemCode; readonly params: unknown }, language: Language = "vi"): ProblemText {
  const render = CATALOGS[language][problem.code] as (params: ProblemParams[ProblemCode]) => ProblemText;
  return render(problem.params as ProblemParams[ProblemCode]);
}

/** "file › sheet!A1" — the short location used in lists and the CLI. */
export function locationText(where: ProblemLocation, language: Language = "vi"): string {
  const sheetPart = where.sheet === undefined ? "" : ` › ${where.sheet}`;
  const rowWord = language === "en" ? "row" : "dòng";
  const cellPart = where.cell !== undefined ? `!${where.cell}` : where.row !== undefined ? ` (${rowWord} ${where.row})` : "";
  return `${where.file ?? ""}${sheetPart}${cellPart}`.replace(/^ › /u, "");
}

/** Every code has a text in every language (asserted by the tests). */
export function catalogCodes(language: Language): string[] {
  return Object.keys(CATALOGS[language]);
}

export type { AnyProblem };

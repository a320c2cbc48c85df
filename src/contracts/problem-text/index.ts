/**
 * Problems as text, at the edges: the task pane in its language, the
 * command line (Vietnamese unless --lang en), the "Vấn đề" sheet in the
 * workbook's language. Each language is a catalog joined from one file per
 * area; the type makes a missing text a compile error.
 */
import type { AnyProblem, ProblemCode, ProblemParams, ProblemRenderer, Severity } from "../../core/problems";
import { enCli } from "./en/cli";
import { enConsolidation } from "./en/consolidation";
import { enCriteria } from "./en/criteria";
import { enEntries } from "./en/entries";
import { enFunctions } from "./en/functions";
import { enProvinces } from "./en/provinces";
import { enTemplate } from "./en/template";
import { enExcel } from "./en/excel";
import { enReader } from "./en/reader";
import { locationText } from "./location";
import type { Language, ProblemText, ProblemTexts } from "./types";
import { viCli } from "./vi/cli";
import { viConsolidation } from "./vi/consolidation";
import { viCriteria } from "./vi/criteria";
import { viEntries } from "./vi/entries";
import { viFunctions } from "./vi/functions";
import { viProvinces } from "./vi/provinces";
import { viTemplate } from "./vi/template";
import { viExcel } from "./vi/excel";
import { viReader } from "./vi/reader";

export type { Language, ProblemText } from "./types";
export { quote } from "./shared";
export { locationText } from "./location";

const CATALOGS: Record<Language, ProblemTexts> = {
  vi: {
    ...viCriteria,
    ...viEntries,
    ...viReader,
    ...viConsolidation,
    ...viExcel,
    ...viCli,
    ...viFunctions,
    ...viProvinces,
    ...viTemplate,
  },
  en: {
    ...enCriteria,
    ...enEntries,
    ...enReader,
    ...enConsolidation,
    ...enExcel,
    ...enCli,
    ...enFunctions,
    ...enProvinces,
    ...enTemplate,
  },
};

const SEVERITY: Record<Language, Record<Severity, string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" },
  en: { error: "Error", warning: "Warning", info: "Note" },
};

/** The message and next step of a problem, in `language`. */
export function problemText(
  problem: { readonly code: ProblemCode; readonly params: unknown },
  language: Language = "vi",
): ProblemText {
  const render = CATALOGS[language][problem.code] as (params: ProblemParams[ProblemCode]) => ProblemText;
  return render(problem.params as ProblemParams[ProblemCode]);
}

/** How serious, as a word ("Lỗi" / "Error"). */
export function severityText(severity: Severity, language: Language = "vi"): string {
  return SEVERITY[language][severity];
}

/** Everything an edge needs to show problems in one language (core lays out sheets and JSON with it). */
export function problemRenderer(language: Language = "vi"): ProblemRenderer {
  return {
    problem: (p: AnyProblem) => problemText(p, language),
    location: (where) => locationText(where, language),
    severity: (s) => severityText(s, language),
  };
}

/** Every code has a text in every language (asserted by the tests). */
export function catalogCodes(language: Language): string[] {
  return Object.keys(CATALOGS[language]);
}

export type { AnyProblem };

/** Why a template cannot be built for a criteria set. Parameters are data; text lives in src/contracts/problem-text. */
import { problem, type Problem } from "../problems/problem";

export interface TemplateProblems {
  /** A native formula of the template would exceed Excel's formula length limit. */
  readonly templateFormulaTooLong: {
    readonly criteria: number;
    readonly length: number;
    readonly limit: number;
    /** About how many criteria a set may have for this layout. */
    readonly maxCriteria: number;
  };
}

/** Excel refuses a formula longer than this many characters. */
export const EXCEL_FORMULA_LIMIT = 8192;

/** A template that cannot be built, with the problem that says why. */
export class TemplateProblemError extends Error {
  readonly problem: Problem<"templateFormulaTooLong">;
  constructor(found: Problem<"templateFormulaTooLong">) {
    super(found.code);
    this.name = "TemplateProblemError";
    this.problem = found;
  }
}

/** Throw when any formula of the template is longer than Excel accepts. */
export function assertFormulaLengths(formulas: Iterable<string>, criteria: number): void {
  let longest = 0;
  for (const formula of formulas) longest = Math.max(longest, formula.length);
  if (longest <= EXCEL_FORMULA_LIMIT) return;
  const maxCriteria = Math.max(1, Math.floor((criteria * EXCEL_FORMULA_LIMIT) / longest) - 1);
  const params = { criteria, length: longest, limit: EXCEL_FORMULA_LIMIT, maxCriteria };
  throw new TemplateProblemError(problem("templateFormulaTooLong", params, "error"));
}

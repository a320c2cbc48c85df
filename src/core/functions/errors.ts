import type { FunctionIssue } from "./problems";

/**
 * What kind of refusal: a wrong argument, a value out of range, or nothing
 * to divide by. The edges (custom functions, HyperFormula plugin) map the
 * kind to an Excel error; see `excelErrorOf`.
 */
export type FunctionErrorKind = "invalid" | "outOfRange" | "noDivisor";

/** A KIEUMAU function refusing its arguments: a kind and an issue (code + parameters), no sentence. */
export class FunctionError extends Error {
  readonly kind: FunctionErrorKind;
  readonly issue: FunctionIssue;
  constructor(kind: FunctionErrorKind, issue: FunctionIssue) {
    super(issue.code);
    this.name = "FunctionError";
    this.kind = kind;
    this.issue = issue;
  }
}

/** The Excel errors the functions return. */
export type ExcelErrorKind = "#VALUE!" | "#NUM!" | "#DIV/0!";

const EXCEL_ERRORS: Record<FunctionErrorKind, ExcelErrorKind> = {
  invalid: "#VALUE!",
  outOfRange: "#NUM!",
  noDivisor: "#DIV/0!",
};

/** The Excel error a refusal shows as. */
export function excelErrorOf(kind: FunctionErrorKind): ExcelErrorKind {
  return EXCEL_ERRORS[kind];
}

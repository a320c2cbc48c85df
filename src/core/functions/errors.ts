import type { FunctionIssue } from "./problems";

/**
 * What kind of refusal: a wrong argument, a value out of range, nothing to
 * divide by, or an answer that cannot be given (blank cells that cannot be
 * told from 0). The edges map the kind to an Excel error with `excelErrorOf`.
 */
export type FunctionErrorKind = "invalid" | "outOfRange" | "noDivisor" | "unavailable";

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

/**
 * The Excel errors the functions return: only the two that Excel shows a
 * custom message with (#NUM! and #DIV/0! would drop the message).
 */
export type ExcelErrorKind = "#VALUE!" | "#N/A";

const EXCEL_ERRORS: Record<FunctionErrorKind, ExcelErrorKind> = {
  invalid: "#VALUE!",
  outOfRange: "#VALUE!",
  noDivisor: "#N/A",
  unavailable: "#N/A",
};

/** The Excel error a refusal shows as: #VALUE! for a wrong argument, #N/A for a figure that cannot be computed. */
export function excelErrorOf(kind: FunctionErrorKind): ExcelErrorKind {
  return EXCEL_ERRORS[kind];
}

/**
 * Failures the task pane shows as is: a problem code and its parameters
 * (rendered in the pane's language by src/contracts/problem-text), the
 * Office.js error code when Excel raised it, and an English message for
 * logs. Office.js errors map to problem codes by their `code`.
 */
import { problemText } from "../contracts/problem-text";
import { problem, type AnyProblem, type ProblemCode, type ProblemParams } from "../core/problems";

export class KieuMauExcelError extends Error {
  /** Office.js's error code ("ItemNotFound"…), or the problem's code for the add-in's own failures. */
  readonly code: string;
  /** What to tell the user, as data. */
  readonly problem: AnyProblem;
  override readonly cause?: unknown;

  constructor(reported: AnyProblem, code: string = reported.code, cause?: unknown) {
    super(problemText(reported, "en").message);
    this.name = "KieuMauExcelError";
    this.code = code;
    this.problem = reported;
    if (cause !== undefined) this.cause = cause;
  }
}

/** A KieuMauExcelError for one of the add-in's own failures. */
export function excelError<C extends ProblemCode>(code: C, params: ProblemParams[C]): KieuMauExcelError {
  return new KieuMauExcelError(problem(code, params, "error") as AnyProblem);
}

/** The sheet holds no template (no marker row, no header of criterion codes). */
export class NotATemplateError extends KieuMauExcelError {
  constructor(sheetName: string) {
    super(problem("excelNotATemplate", { sheet: sheetName }, "error") as AnyProblem, "NotATemplate");
    this.name = "NotATemplateError";
  }
}

interface OfficeLikeError {
  readonly code?: unknown;
  readonly message?: unknown;
}

const BY_CODE: Readonly<Record<string, ProblemCode>> = {
  ItemNotFound: "excelItemNotFound",
  ItemAlreadyExists: "excelItemAlreadyExists",
  InvalidArgument: "excelInvalidArgument",
  InvalidReference: "excelInvalidReference",
  InvalidOperation: "excelInvalidOperation",
  InvalidOperationInCellEditMode: "excelCellEditMode",
  AccessDenied: "excelAccessDenied",
  RequestPayloadSizeLimitExceeded: "excelRequestTooLarge",
  ResponsePayloadSizeLimitExceeded: "excelResponseTooLarge",
  RequestAborted: "excelRequestAborted",
  ActivityLimitReached: "excelBusy",
  NotImplemented: "excelNotSupported",
  ApiNotFound: "excelNotSupported",
};

/** Any error → a KieuMauExcelError with a problem code (plain language in either language) and Excel's code. */
export function toPlainError(error: unknown): KieuMauExcelError {
  if (error instanceof KieuMauExcelError) return error;
  const office = (typeof error === "object" && error !== null ? error : {}) as OfficeLikeError;
  const code = typeof office.code === "string" ? office.code : "Unknown";
  const english = typeof office.message === "string" ? office.message : String(error);
  const known = BY_CODE[code];
  const reported =
    known !== undefined
      ? problem(known, {} as never, "error")
      : problem("excelUnexpected", { detail: english }, "error");
  return new KieuMauExcelError(reported as AnyProblem, code, error);
}

/** Run an action and rethrow any failure as a KieuMauExcelError. */
export async function withPlainErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toPlainError(error);
  }
}

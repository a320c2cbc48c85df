/**
 * The edge of the KIEUMAU functions shared by the Excel custom functions
 * (functions.ts) and the HyperFormula plugin: call a function of the core's
 * table by id and turn its refusal (a FunctionError: kind + issue code) into
 * an Excel error with the message in the user's language.
 */
import { problemText, type Language } from "../contracts/problem-text";
import { type ExcelErrorKind, FunctionError, customFunction, excelErrorOf } from "../core/functions";

export type { ExcelErrorKind } from "../core/functions";
export { passCount } from "../core/functions";

/** An Excel error with its message, ready for CustomFunctions.Error or HyperFormula's CellError. */
export class KieumauFunctionError extends Error {
  readonly excelError: ExcelErrorKind;
  constructor(excelError: ExcelErrorKind, message: string) {
    super(message);
    this.name = "KieumauFunctionError";
    this.excelError = excelError;
  }
}

/** "message action" of a refusal, in `language`. */
export function refusalMessage(error: FunctionError, language: Language = "vi"): string {
  const text = problemText(error.issue, language);
  return `${text.message} ${text.action}`.trim();
}

/** Run function `id` of the table over `args`; a refusal becomes a KieumauFunctionError. */
export function callFunction(id: string, args: readonly unknown[], language: Language = "vi"): number | string {
  try {
    return customFunction(id).invoke(args);
  } catch (error) {
    if (error instanceof FunctionError) throw new KieumauFunctionError(excelErrorOf(error.kind), refusalMessage(error, language));
    throw error;
  }
}

/**
 * The edge of the KIEUMAU functions shared by the Excel custom functions
 * (functions.ts) and the HyperFormula plugin: call a function of the core's
 * table by id and turn its refusal (a FunctionError: kind + issue code) into
 * an Excel error with the message in the user's language.
 */
import { problemText, type Language } from "../contracts/problem-text";
import { type ExcelErrorKind, FunctionError, customFunction, excelErrorOf } from "../core/functions";
import { restoreBlanks, type ValueTypesReader } from "./blank-cells";

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

function asExcelError(error: unknown, language: Language): unknown {
  return error instanceof FunctionError
    ? new KieumauFunctionError(excelErrorOf(error.kind), refusalMessage(error, language))
    : error;
}

/** Run function `id` of the table over `args`; a refusal becomes a KieumauFunctionError. */
export function callFunction(id: string, args: readonly unknown[], language: Language = "vi"): number | string {
  try {
    return customFunction(id).invoke(args);
  } catch (error) {
    throw asExcelError(error, language);
  }
}

/**
 * The same, for a function that gets its arguments' addresses: first undo
 * Excel's 0-for-empty where the range says the cell is empty (blank-cells.ts);
 * a 0 in `results` that cannot be resolved is refused with #N/A.
 */
export async function callWithBlanks(
  id: string,
  args: readonly unknown[],
  addresses: readonly (string | null | undefined)[] | undefined,
  read: ValueTypesReader,
  language: Language = "vi",
): Promise<number | string> {
  const spec = customFunction(id);
  try {
    const strict = spec.parameters.map((p) => p.name === "results");
    return spec.invoke(await restoreBlanks(args, addresses, strict, read));
  } catch (error) {
    throw asExcelError(error, language);
  }
}

/**
 * A test double for the `CustomFunctions` global of Excel's custom-functions
 * runtime: the Error class and the ErrorCode values, shaped as in
 * @types/custom-functions-runtime. Install before importing functions.ts.
 */
export class CustomFunctionsErrorDouble extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
  }
}

export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctionsDouble(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: CustomFunctionsErrorDouble, ErrorCode: ERROR_CODE };
}

/** The KIEUMAU custom functions: one table (ids, parameters, help, implementation), pure TypeScript. */
export * from "./table";
export * from "./implementations";
export { FunctionError, excelErrorOf, type ExcelErrorKind, type FunctionErrorKind } from "./errors";
export type { FunctionProblems, FunctionIssue, FunctionProblemCode, CountArgument } from "./problems";

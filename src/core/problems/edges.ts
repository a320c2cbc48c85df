/**
 * Codes reported at the edges: Excel failures (mapped from Office.js error
 * codes by src/excel/errors.ts) and the command line's own messages. They
 * are declared here, not beside their reporters, because this folder joins
 * every code and core imports nothing above it. Text in
 * src/contracts/problem-text/{vi,en}/{excel,cli}.ts.
 */

type None = Record<string, never>;

export interface ExcelProblems {
  readonly excelItemNotFound: None;
  readonly excelItemAlreadyExists: None;
  readonly excelInvalidArgument: None;
  readonly excelInvalidReference: None;
  readonly excelInvalidOperation: None;
  readonly excelCellEditMode: None;
  readonly excelAccessDenied: None;
  readonly excelRequestTooLarge: None;
  readonly excelResponseTooLarge: None;
  readonly excelRequestAborted: None;
  readonly excelBusy: None;
  readonly excelNotSupported: None;
  /** Any other failure; `detail` is Excel's own (English) message. */
  readonly excelUnexpected: { readonly detail: string };
  /** The sheet holds no template (no marker row, no header of criterion codes). */
  readonly excelNotATemplate: { readonly sheet: string };
  readonly excelBadWardRows: None;
  /** The workbook has no criteria sheet to read a set from. */
  readonly excelNoCriteriaSheet: { readonly sheet: string };
  /** This Excel lacks the requirement set an action needs (src/excel/features.ts); `set` e.g. "ExcelApi 1.8". */
  readonly excelFeatureMissing: { readonly feature: "insertTemplate" | "ribbon"; readonly set: string };
  /** Info: the sheet was drawn without print setup (no Worksheet.pageLayout, ExcelApi 1.9). */
  readonly excelPrintSetupSkipped: { readonly sheet: string };
  /** Warning: the summary was written but its table or chart could not be made; `detail` is Excel's message. */
  readonly excelChartFailed: { readonly detail: string };
  /** Info: the summary got native formulas, this Excel has no custom functions (CustomFunctionsRuntime 1.1). */
  readonly excelNativeFormulas: None;
}

export interface CliProblems {
  readonly cliNoCommand: None;
  readonly cliBadCommand: { readonly command: string };
  readonly cliMissingValue: { readonly option: string };
  readonly cliBadOption: { readonly option: string };
  readonly cliBadLanguage: { readonly value: string };
  readonly cliTemplateTakesNoFiles: { readonly files: string };
  readonly cliMissingTemplateOutput: None;
  readonly cliBadLayout: { readonly value: string };
  readonly cliBadWards: { readonly value: string; readonly max: number };
  readonly cliCriteriaUnreadable: { readonly file: string };
  readonly cliCriteriaInvalid: { readonly file: string; readonly reasons: string };
  readonly cliNoInput: None;
  readonly cliEmptyFolder: None;
  readonly cliMissingSummaryOutput: None;
  readonly cliBadTarget: { readonly reason: string };
  readonly cliWriteFailed: { readonly file: string; readonly reason: string };
  readonly cliUnexpected: { readonly reason: string };
  /** Informational lines. */
  readonly cliTemplateWritten: {
    readonly layout: "phieu" | "nhanh";
    readonly count: number;
    readonly setId: string;
    readonly setVersion: string;
    readonly criteria: number;
    readonly file: string;
  };
  readonly cliConsolidated: {
    readonly wards: number;
    readonly files: number;
    readonly total: number;
    readonly metAll: number;
    readonly problems: number;
    readonly output?: string;
  };
  readonly cliFileHasProblems: { readonly file: string };
}

export type EdgeProblems = ExcelProblems & CliProblems;

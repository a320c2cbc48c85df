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
  readonly cliBadProvinces: { readonly value: string };
  readonly cliWriteFailed: { readonly file: string; readonly reason: string };
  /** The output's folder does not exist (nothing written). */
  readonly cliFolderMissing: { readonly file: string; readonly folder: string };
  /** The output is, by real path, one of the inputs (exit 2, nothing read or written). */
  readonly cliOutputIsInput: { readonly file: string; readonly input: string };
  /** `kieumau template` onto an existing file without --force (exit 2). */
  readonly cliOutputExists: { readonly file: string };
  /** `kieumau consolidate -o` onto an existing file that is not a summary kieumau wrote (exit 2 without --force). */
  readonly cliOutputNotSummary: { readonly file: string; readonly sheets: string };
  /** No input gave a ward: nothing written, the earlier summary kept (exit 1). */
  readonly cliNothingRead: { readonly output?: string };
  /** The earlier summary's "Theo tỉnh" inputs carried over. */
  readonly cliInputsKept: { readonly provinces: number; readonly file: string };
  /** Per-file problems about inputs, before any reading (where.file names the path). */
  readonly cliInputNotFound: None;
  readonly cliNotRegularFile: { readonly kind: "fifo" | "socket" | "device" | "other" };
  readonly cliUnsupportedFile: { readonly kind: "xls" | "ods" | "csv" | "other"; readonly extension: string };
  /** A folder entry passed over (information, not counted as a file). */
  readonly cliFileSkipped: { readonly reason: "lock" | "hidden" | "subfolder" | "output" };
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
  /** stderr lines under the summary line: a file that gave no ward, a folder entry passed over. */
  readonly cliFileHasProblems: { readonly file: string; readonly detail: string };
  readonly cliFileNote: { readonly file: string; readonly detail: string };
}

export type EdgeProblems = ExcelProblems & CliProblems;

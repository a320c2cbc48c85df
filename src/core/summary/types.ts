/**
 * A renderer-neutral description of the summary sheets (Tổng hợp, Theo tỉnh,
 * Phân bố, Tiến độ, Báo cáo, Vấn đề), like the template spec: A1 addresses, formulas as
 * strings starting with "=", colours as "#RRGGBB", widths in characters of
 * the default font. The add-in draws it with Office.js (src/excel/summary),
 * the command line with ExcelJS (src/files); neither decides anything about
 * the layout.
 */
import type { ProblemLocation } from "../problems";
import type { ConsolidationResult } from "../consolidate/consolidate";
import type { ProgressData } from "../progress/progress";
import type { PeriodStage, ReportData, ReportOptions } from "../report";
import type { RangeStyleSpec } from "../template/types";

/** Language of the problem rows ("Vấn đề"); sheet names stay Vietnamese (they identify the add-in's sheets). */
export type SummaryLanguage = "vi" | "en";

/**
 * "kieumau": the add-in's custom functions; "native": Excel's own functions
 * (files, hosts without custom functions).
 */
export type SummaryFormulas = "kieumau" | "native";

export type SummarySheetKey = "wards" | "provinces" | "distribution" | "progress" | "report" | "problems";

/** A constant (a string is text, written as text and never as a formula) or a formula. */
export type SummaryCell = string | number | null | { readonly formula: string };

/** A rectangle of cells written at (row, column), 1-based; rows may be ragged. */
export interface SummaryBlock {
  readonly row: number;
  readonly column: number;
  readonly rows: ReadonlyArray<ReadonlyArray<SummaryCell>>;
}

/** A number rule on input cells (the user's totals and targets in "Theo tỉnh"). */
export interface NumberValidationSpec {
  readonly range: string;
  readonly type: "whole" | "decimal";
  readonly operator: "greaterThanOrEqual" | "between";
  readonly formula1: number;
  /** Upper bound, for "between". */
  readonly formula2?: number;
  readonly allowBlank: boolean;
  readonly errorTitle: string;
  readonly errorMessage: string;
}

/** An Excel table over `range` (header row first). */
export interface SummaryTableSpec {
  readonly name: string;
  readonly range: string;
  readonly style: string;
}

/** A clustered column chart; drawn where the host can (Office.js), left out where it cannot (ExcelJS). */
export interface SummaryChartSpec {
  readonly type: "ColumnClustered";
  readonly title: string;
  /** Series in columns, their names in the first row of `source`. */
  readonly source: string;
  readonly categories: string;
  /** Top-left cell of the chart. */
  readonly anchor: string;
}

export interface SummaryPrintSpec {
  /** Landscape for the tables; portrait for "Báo cáo" (a page of text). */
  readonly orientation: "landscape" | "portrait";
  readonly paperSize: "A4";
  readonly fitToWidth: 1;
  /** 0 = as many pages tall as needed. */
  readonly fitToHeight: 0;
  /** Rows repeated at the top of every printed page, e.g. "3:3"; null: none. */
  readonly titleRows: string | null;
}

export interface SummarySheetSpec {
  readonly key: SummarySheetKey;
  /** The final sheet name (a renderer may build under a temporary name first). */
  readonly name: string;
  readonly blocks: readonly SummaryBlock[];
  readonly merges: readonly string[];
  /** Later entries override earlier ones. */
  readonly styles: readonly RangeStyleSpec[];
  readonly columnWidths: ReadonlyArray<{ readonly column: string; readonly width: number }>;
  /** Row heights in points (1-based rows); rows not listed keep the default height. */
  readonly rowHeights: ReadonlyArray<{ readonly row: number; readonly height: number }>;
  readonly validations: readonly NumberValidationSpec[];
  readonly freezeRows: number;
  readonly print: SummaryPrintSpec;
  readonly table?: SummaryTableSpec;
  readonly chart?: SummaryChartSpec;
}

export interface SummarySpec {
  readonly language: SummaryLanguage;
  readonly formulas: SummaryFormulas;
  /** In workbook order. */
  readonly sheets: readonly SummarySheetSpec[];
}

/** One row of "Vấn đề", as the edge renders a problem in the summary's language. */
export interface SummaryProblemRow {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly action: string;
}

/** The one place a problem becomes text: injected by each renderer's caller (core builds no sentence). */
export type SummaryProblemRenderer = (
  problem: ConsolidationResult["problems"][number],
  language: SummaryLanguage,
) => SummaryProblemRow;

/** Rows of a table as text and numbers. */
export interface SummaryTextTable {
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

/**
 * The sentences of "Báo cáo" and "Tiến độ", made at the edge from the
 * catalog (src/contracts/report-text: `summaryTexts`) and injected like
 * renderProblem: the core builds the data and the layout, never a sentence.
 */
export interface SummaryTextRenderer {
  /** "BÁO CÁO KẾT QUẢ … (tính đến tháng 11/2023)". */
  reportTitle(data: ReportData, language: SummaryLanguage): string;
  /** The report, one paragraph each. */
  reportParagraphs(data: ReportData, language: SummaryLanguage): readonly string[];
  /** What changed between the last two periods, the sets compared, the periods left out (no province paragraphs). */
  progressNotes(progress: ProgressData, language: SummaryLanguage): readonly string[];
  /** The ward table of "Tiến độ": one row per ward seen at two periods. */
  progressWards(progress: ProgressData, language: SummaryLanguage): SummaryTextTable;
  /** A period as a column header: "Tháng 11/2023" / "November 2023". */
  periodName(stage: PeriodStage, language: SummaryLanguage): string;
  /** Where a ward came from: "file › sheet (dòng 6)" / "file › sheet (row 6)". */
  location(where: ProblemLocation, language: SummaryLanguage): string;
}

export interface SummaryOptions {
  readonly formulas: SummaryFormulas;
  /** Default "vi"; also the language of "Báo cáo" and "Tiến độ". */
  readonly language?: SummaryLanguage;
  readonly renderProblem: SummaryProblemRenderer;
  readonly renderText: SummaryTextRenderer;
  /** Given: a "Báo cáo" sheet, the report of buildReport(result, set, report) (quota, date…). */
  readonly report?: ReportOptions;
  /**
   * The progress for "Tiến độ" (e.g. compareResults with an earlier summary);
   * default buildProgress(result). The sheet is there when it spans two periods or more.
   */
  readonly progress?: ProgressData;
}

/** What the summary holds, as both writers (Office.js and ExcelJS) take it; defaults are the catalogs'. */
export interface SummaryContentOptions {
  /** "kieumau" (the add-in's custom functions) or "native" formulas. */
  readonly formulas?: SummaryFormulas;
  /** Language of "Vấn đề", "Tiến độ" and "Báo cáo" (default Vietnamese). */
  readonly language?: SummaryLanguage;
  /** How a problem becomes a row of "Vấn đề" (default: summaryProblemRow, from the problem catalogs). */
  readonly renderProblem?: SummaryProblemRenderer;
  /** The sentences of "Báo cáo" and "Tiến độ" (default: the catalog's, summaryTexts). */
  readonly renderText?: SummaryTextRenderer;
  /** Given: a "Báo cáo" sheet (quota, date…). */
  readonly report?: ReportOptions;
  /** The progress for "Tiến độ" (default: between the periods of the result's wards). */
  readonly progress?: ProgressData;
}

/**
 * A renderer-neutral description of a template sheet: A1 addresses,
 * formulas as strings starting with "=", colours as "#RRGGBB". The add-in
 * renders it with Office.js (src/excel), the CLI with ExcelJS; neither
 * renderer decides anything about the layout.
 */

export type TemplateKind = "phieu" | "matrix";

export type CellValue = string | number | boolean | null;

/** One fixed cell: a value (written as text, never as a formula) or a formula. */
export interface CellSpec {
  readonly address: string;
  readonly value?: CellValue;
  /** Native formula starting with "=". */
  readonly formula?: string;
}

/**
 * Rows that repeat (the ward rows of the matrix): every row from firstRow to
 * lastRow holds the same cells, formulas written for row "{r}". A renderer
 * expands them (`expandRowFormula`) or writes the first row and fills down.
 */
export interface RepeatedRowsSpec {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly cells: ReadonlyArray<{ readonly column: string; readonly formula: string }>;
}

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "center" | "bottom";

export interface CellStyle {
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrapText?: boolean;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  /** Thin borders on every edge of every cell of the range. */
  readonly border?: "thin";
  readonly numberFormat?: string;
}

/** A style applied to a range; later entries override earlier ones. */
export interface RangeStyleSpec {
  readonly range: string;
  readonly style: CellStyle;
}

export interface ListValidationSpec {
  readonly range: string;
  /** The in-cell drop-down, in order. */
  readonly list: readonly string[];
  readonly allowBlank: boolean;
  /** "stop" refuses other input, "warning" asks first. */
  readonly errorStyle: "stop" | "warning";
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly promptTitle?: string;
  readonly prompt?: string;
}

/** A formula-based conditional format, formula written for the top-left cell of `range`. */
export interface ConditionalFormatSpec {
  /** What the rule marks: checkFlag, invalid, notMet, notAssessed, fullMarks, rowShort. Listed in priority order (first = top). */
  readonly id: string;
  readonly range: string;
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly stopIfTrue: boolean;
  /** Vietnamese description for documentation and the manual test script. */
  readonly description: string;
}

export interface PrintSpec {
  readonly orientation: "portrait" | "landscape";
  readonly paperSize: "A4";
  readonly fitToWidth: 1;
  /** 0 = as many pages tall as needed; 1 = everything on one page. */
  readonly fitToHeight: 0 | 1;
  /** Page margins in inches (Excel's unit in the file; Office.js takes points). */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Rows repeated at the top of every printed page, e.g. "4:5". */
  readonly titleRows?: string;
  readonly printArea: string;
  readonly centerHorizontally: boolean;
}

/** A defined name scoped to the template's sheet; reference without sheet name, e.g. "$A$1:$Q$1". */
export interface NameSpec {
  readonly name: string;
  readonly reference: string;
  readonly comment: string;
}

/** Where things are, as 1-based row and column numbers at creation time. */
export interface TemplateLayout {
  readonly markerRow: number;
  readonly headerRow: number;
  readonly codeRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Matrix: column of each criterion's results. Phiếu: the result column, same for all. */
  readonly criteria: ReadonlyArray<{ readonly code: string; readonly column: number; readonly row?: number }>;
  readonly lastColumn: number;
  /** The hidden cell listing the cells the add-in's check highlights (see marker.ts). */
  readonly flagCell: string;
}

export interface TemplateSpec {
  readonly kind: TemplateKind;
  /** Suggested sheet name (≤ 31 characters, no []:*?/\). */
  readonly sheetName: string;
  readonly setId: string;
  readonly setVersion: string;
  readonly codes: readonly string[];
  /** The range the template occupies at creation time, e.g. "A1:AC1005". */
  readonly usedRange: string;
  readonly cells: readonly CellSpec[];
  readonly repeatedRows?: RepeatedRowsSpec;
  readonly merges: readonly string[];
  readonly styles: readonly RangeStyleSpec[];
  /** Column widths in characters of the default font (Excel's unit). */
  readonly columnWidths: ReadonlyArray<{ readonly column: string; readonly width: number }>;
  /** Row heights in points (written to the file: Excel does not autofit the rows of a file it opens). */
  readonly rowHeights: ReadonlyArray<{ readonly row: number; readonly height: number }>;
  /** Row ranges ("12:14") the add-in autofits after setting the heights: wrapped, unmerged cells only. */
  readonly autofitRows?: readonly string[];
  readonly hiddenRows: readonly number[];
  readonly validations: readonly ListValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly print: PrintSpec;
  readonly names: readonly NameSpec[];
  readonly layout: TemplateLayout;
}

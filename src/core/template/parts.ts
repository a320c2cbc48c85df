/** Pieces both template builders share: cells and styles, titles, the result validation and formats, print setup, names. */
import type { StatusLanguage } from "../scoring/status-words";
import { cellAddress, columnLetter, rangeAddress } from "./address";
import { PRINT_MARGINS } from "./fit";
import { DATA_NAME, MARKER_NAME, MARKER_WIDTH, flagFormula, markerCells, type MarkerInfo } from "./marker";
import { invalidTest, notMetTest } from "./predicates";
import {
  CHECK_FLAG_DESCRIPTION,
  COLORS,
  FONT_NAME,
  PROMPT_TITLE,
  RESULT_LIST,
  RESULT_PROMPT,
  VALIDATION_TITLE,
  validationMessage,
} from "./style";
import type {
  CellSpec,
  CellStyle,
  ConditionalFormatSpec,
  ListValidationSpec,
  NameSpec,
  PrintSpec,
  RangeStyleSpec,
} from "./types";

/** Options both layouts take. */
export interface CommonTemplateOptions {
  readonly sheetName?: string;
  readonly title?: string;
  /** Language of the status formula's words (default Vietnamese). */
  readonly language?: StatusLanguage;
}

/** Collects the cells, styles and merges of one sheet. */
export class SheetDraft {
  readonly cells: CellSpec[] = [];
  readonly styles: RangeStyleSpec[] = [];
  readonly merges: string[] = [];

  value(row: number, column: number, value: string | number): void {
    this.cells.push({ address: cellAddress(row, column), value });
  }

  formula(row: number, column: number, formula: string): void {
    this.cells.push({ address: cellAddress(row, column), formula });
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  /** Merge columns `from`..`to` of one row (when more than one) and return the range. */
  wide(row: number, from: number, to: number): string {
    const range = rangeAddress(row, from, row, to);
    if (from !== to) this.merges.push(range);
    return range;
  }

  /** The title line and the line under it, merged across the sheet. */
  titles(titleRow: number, lastColumn: number, title: string, subtitle: string, wrap: boolean): void {
    this.value(titleRow, 1, title);
    this.style(this.wide(titleRow, 1, lastColumn), {
      bold: true,
      fontSize: 14,
      horizontal: "center",
      fontColor: COLORS.titleFont,
    });
    this.value(titleRow + 1, 1, subtitle);
    this.style(this.wide(titleRow + 1, 1, lastColumn), {
      italic: true,
      horizontal: "center",
      ...(wrap ? { wrapText: true } : {}),
    });
  }

  /** The hidden marker row, its look, and the base font of the sheet (first, so every later style overrides it). */
  marker(marker: MarkerInfo, markerRow: number, sheetRange: string, fontSize: number): void {
    this.cells.push(...markerCells(marker, markerRow));
    this.styles.unshift({ range: sheetRange, style: { fontName: FONT_NAME, fontSize } });
    const range = rangeAddress(markerRow, 1, markerRow, MARKER_WIDTH);
    this.style(range, { fontName: FONT_NAME, fontSize: 8, fontColor: COLORS.markerFont, numberFormat: "General" });
  }
}

/** The header style of both layouts. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: COLORS.headerFill,
  horizontal: "center",
  vertical: "center",
  wrapText: true,
  border: "thin",
};

/** The validation of the result cells: the same list and prompt in both layouts. */
export function resultValidation(range: string, errorStyle: ListValidationSpec["errorStyle"]): ListValidationSpec {
  return {
    range,
    list: RESULT_LIST,
    allowBlank: true,
    errorStyle,
    errorTitle: VALIDATION_TITLE,
    errorMessage: validationMessage(RESULT_LIST),
    promptTitle: PROMPT_TITLE,
    prompt: RESULT_PROMPT,
  };
}

/**
 * The formats both layouts put first: the check highlight over the sheet,
 * then invalid, not met and not assessed on the result cells (`top` is the
 * first result cell, `filled` the test that the row or criterion is in use).
 */
export function resultFormats(
  sheet: string,
  markerRow: number,
  results: string,
  top: string,
  filled: string,
  describe: { readonly invalid: string; readonly notAssessed: string },
): ConditionalFormatSpec[] {
  const flag = { fill: COLORS.checkFlagFill, fontColor: COLORS.checkFlagFont, bold: true, stopIfTrue: true };
  return [
    { id: "checkFlag", range: sheet, formula: flagFormula(markerRow, 1), ...flag, description: CHECK_FLAG_DESCRIPTION },
    {
      id: "invalid",
      range: results,
      formula: `=${invalidTest(top)}`,
      fill: COLORS.invalidFill,
      fontColor: COLORS.invalidFont,
      bold: true,
      stopIfTrue: true,
      description: describe.invalid,
    },
    {
      id: "notMet",
      range: results,
      formula: `=${notMetTest(top)}`,
      fill: COLORS.notMetFill,
      fontColor: COLORS.notMetFont,
      stopIfTrue: true,
      description: "Tiêu chí không đạt",
    },
    {
      id: "notAssessed",
      range: results,
      formula: `=AND(${top}="",${filled})`,
      fill: COLORS.notAssessedFill,
      stopIfTrue: true,
      description: describe.notAssessed,
    },
  ];
}

/** A4, one page wide (and one tall when `onePage`), centred, with the templates' margins. */
export function printSetup(
  orientation: PrintSpec["orientation"],
  titleRows: string,
  printArea: string,
  onePage = false,
): PrintSpec {
  return {
    orientation,
    paperSize: "A4",
    fitToWidth: 1,
    fitToHeight: onePage ? 1 : 0,
    margins: { ...PRINT_MARGINS },
    titleRows,
    printArea,
    centerHorizontally: true,
  };
}

/** The marker and data names of a template. */
export function templateNames(markerRow: number, data: string, dataComment: string): NameSpec[] {
  return [
    {
      name: MARKER_NAME,
      reference: `$A$${markerRow}:$${columnLetter(MARKER_WIDTH)}$${markerRow}`,
      comment: "Dấu hiệu mẫu KIEUMAU (loại mẫu, bộ tiêu chí, vị trí)",
    },
    { name: DATA_NAME, reference: data, comment: dataComment },
  ];
}

/** "$B$7:$D$30" */
export function absoluteRange(top: number, left: number, bottom: number, right: number): string {
  return `$${columnLetter(left)}$${top}:$${columnLetter(right)}$${bottom}`;
}

/** What every summary sheet with a table has: title, note, header style, widths, print setup. */
import { columnLetter, rangeAddress } from "../template/address";
import type { CellStyle, RangeStyleSpec } from "../template/types";
import {
  COLUMN_WIDTHS,
  SUMMARY_COLORS,
  SUMMARY_HEADER_ROW,
  SUMMARY_PRINT,
  SUMMARY_SHEETS,
  TITLE_FONT_SIZE,
} from "./layout";
import type { SummarySheetKey, SummarySheetSpec } from "./types";

export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: SUMMARY_COLORS.headerFill,
  wrapText: true,
  horizontal: "center",
  vertical: "center",
};
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: TITLE_FONT_SIZE, fontColor: SUMMARY_COLORS.titleFont };

export type SheetFrame = Pick<SummarySheetSpec, "key" | "name" | "merges" | "columnWidths" | "print" | "rowHeights"> & {
  blocks: SummarySheetSpec["blocks"][number][];
  styles: RangeStyleSpec[];
};

/** Title (A1, merged across `width` columns), note (A2), header style on row 3, widths, print. */
export function frame(
  key: SummarySheetKey,
  title: string,
  note: string | null,
  width: number,
  headers: ReadonlyArray<{ column: number; width: number }>,
): SheetFrame {
  const top = SUMMARY_HEADER_ROW;
  return {
    key,
    name: SUMMARY_SHEETS[key],
    blocks: [{ row: 1, column: 1, rows: note === null ? [[title]] : [[title], [note]] }],
    merges: width > 1 ? [rangeAddress(1, 1, 1, width)] : [],
    styles: [
      { range: "A1", style: TITLE_STYLE },
      ...headers.map((h) => ({ range: rangeAddress(top, h.column, top, h.column + h.width - 1), style: HEADER_STYLE })),
    ],
    columnWidths: COLUMN_WIDTHS[key].map((w, i) => ({ column: columnLetter(i + 1), width: w })),
    rowHeights: [],
    print: SUMMARY_PRINT,
  };
}

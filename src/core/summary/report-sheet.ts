/**
 * "Báo cáo": the report of the consolidation as a page of text, one
 * paragraph per row in a cell merged across the page (wrapped, each row as
 * tall as its lines), the title on top, A4 portrait one page wide. The
 * sentences come from the injected text renderer (src/contracts/report-text).
 */
import type { ReportData } from "../report";
import { columnLetter, rangeAddress } from "../template/address";
import { COLUMN_WIDTHS, REPORT_FONT, REPORT_PRINT, SUMMARY_COLORS, SUMMARY_SHEETS } from "./layout";
import { columnPoints, rowHeightForPoints } from "./text-fit";
import type { SummaryLanguage, SummarySheetSpec, SummaryTextRenderer } from "./types";

/** Space below each paragraph (points), added to its row. */
const PARAGRAPH_GAP = 6;

/** The "Báo cáo" sheet of `data`: the title in row 1, the paragraphs from row 2 down, each merged across. */
export function reportSheet(
  data: ReportData,
  renderText: SummaryTextRenderer,
  language: SummaryLanguage,
): SummarySheetSpec {
  const title = renderText.reportTitle(data, language);
  const paragraphs = renderText.reportParagraphs(data, language);
  const last = 1 + paragraphs.length;
  const widths = COLUMN_WIDTHS.report;
  const points = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  const font = { fontName: REPORT_FONT.name, wrapText: true } as const;
  return {
    key: "report",
    name: SUMMARY_SHEETS.report,
    blocks: [{ row: 1, column: 1, rows: [[title], ...paragraphs.map((p) => [p])] }],
    merges: Array.from({ length: last }, (_, i) => rangeAddress(i + 1, 1, i + 1, widths.length)),
    styles: [
      {
        range: "A1",
        style: {
          ...font,
          bold: true,
          fontSize: REPORT_FONT.title,
          fontColor: SUMMARY_COLORS.titleFont,
          horizontal: "center",
          vertical: "center",
        },
      },
      ...(paragraphs.length > 0
        ? [{ range: `A2:A${last}`, style: { ...font, fontSize: REPORT_FONT.body, vertical: "top" as const } }]
        : []),
    ],
    columnWidths: widths.map((width, i) => ({ column: columnLetter(i + 1), width })),
    rowHeights: [
      { row: 1, height: rowHeightForPoints(title, points, REPORT_FONT.title, PARAGRAPH_GAP * 2) },
      ...paragraphs.map((p, i) => ({
        row: i + 2,
        height: rowHeightForPoints(p, points, REPORT_FONT.body, PARAGRAPH_GAP),
      })),
    ],
    validations: [],
    freezeRows: 0,
    print: REPORT_PRINT,
  };
}

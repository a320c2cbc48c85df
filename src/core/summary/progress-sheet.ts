/**
 * "Tiến độ": what changed between periods. The ward table first (its
 * header repeated on every printed page), then each province's rate then
 * and now against its target, then the rate by period that the chart draws
 * (Office.js; ExcelJS cannot draw charts and leaves it out). Rates are
 * numbers under a percent format. The sentences and the ward rows come
 * from the injected text renderer.
 */
import type { ProgressData } from "../progress/progress";
import { cellAddress, columnLetter, rangeAddress } from "../template/address";
import type { RangeStyleSpec } from "../template/types";
import { frame, HEADER_STYLE } from "./frame";
import { COLUMN_WIDTHS, NUMBER_FORMATS, PROGRESS_SHEET_TEXT, SUMMARY_HEADER_ROW } from "./layout";
import { rowHeightFor } from "./text-fit";
import type {
  SummaryBlock,
  SummaryCell,
  SummaryLanguage,
  SummarySheetSpec,
  SummaryTextRenderer,
  SummaryTextTable,
} from "./types";

const TOP = SUMMARY_HEADER_ROW;
/** Width of a column past the ward table (one per period in the rate-by-period block). */
const EXTRA_WIDTH = 12;
const CHANGE_FORMAT = "+0;-0;0";
const RATE_CHANGE_FORMAT = "+0.0%;-0.0%;0.0%";
/** Header rows are written in the default font (11 pt), 15 pt a line. */
const HEADER_FONT = 11;

const rate = (value: number | null | undefined): number | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : value;

const difference = (before: number | null, after: number | null): number | null =>
  before === null || after === null ? null : after - before;

/** A header row tall enough for its longest wrapped header. */
function headerHeight(
  row: number,
  headers: readonly string[],
  widths: readonly number[],
): { row: number; height: number } {
  const heights = headers.map((h, i) => rowHeightFor(h, widths[i] ?? EXTRA_WIDTH, HEADER_FONT));
  return { row, height: Math.max(15, ...heights) };
}

/** What a block adds to the sheet. */
interface BlockParts {
  readonly blocks: SummaryBlock[];
  readonly styles: RangeStyleSpec[];
  readonly heights: Array<{ row: number; height: number }>;
  /** The last row written. */
  readonly end: number;
}

type Text = (typeof PROGRESS_SHEET_TEXT)[SummaryLanguage];

/** Wards seen at two periods (the catalog's rows): gained and lost codes, the change, the result. */
function wardBlock(wards: SummaryTextTable, text: Text, widths: readonly number[]): BlockParts {
  const rows: SummaryCell[][] = wards.rows.length > 0 ? wards.rows.map((r) => [...r]) : [[text.noWards]];
  const change = wards.headers.length - 1;
  return {
    blocks: [{ row: TOP, column: 1, rows: [[...wards.headers], ...rows] }],
    styles:
      wards.rows.length > 0
        ? [
            { range: rangeAddress(TOP + 1, change, TOP + rows.length, change), style: { numberFormat: CHANGE_FORMAT } },
            // The counts and the change centred, apart from the codes beside them.
            ...[5, 6, change].map((c) => ({
              range: rangeAddress(TOP + 1, c, TOP + rows.length, c),
              style: { horizontal: "center" as const },
            })),
          ]
        : [],
    heights: [headerHeight(TOP, wards.headers, widths)],
    end: TOP + rows.length,
  };
}

/** Each province then and now against its target, and the total over the wards consolidated. */
function provinceBlock(
  progress: ProgressData,
  text: Text,
  header: readonly string[],
  top: number,
  widths: readonly number[],
): BlockParts {
  const first = progress.national[progress.national.length - 2];
  const last = progress.national[progress.national.length - 1];
  const rows: SummaryCell[][] = progress.provinces.flatMap((p) => {
    const before = p.before;
    const after = p.after;
    if (after === null) return [];
    const then = rate(before?.rate);
    const now = rate(after.rate);
    return [
      [
        p.province,
        after.wards,
        after.target,
        before?.metAll ?? null,
        then,
        after.metAll,
        now,
        difference(then, now),
        after.needed,
      ],
    ];
  });
  const then = rate(first?.rate);
  const now = rate(last?.rate);
  rows.push([
    text.total,
    null,
    null,
    first?.metAll ?? null,
    then,
    last?.metAll ?? null,
    now,
    difference(then, now),
    null,
  ]);
  const end = top + 1 + rows.length;
  const column = (c: number, numberFormat: string): RangeStyleSpec => ({
    range: rangeAddress(top + 2, c, end, c),
    style: { numberFormat },
  });
  return {
    blocks: [
      { row: top, column: 1, rows: [[text.provincesTitle]] },
      { row: top + 1, column: 1, rows: [[...header], ...rows] },
    ],
    styles: [
      { range: `A${top}`, style: { bold: true } },
      { range: rangeAddress(top + 1, 1, top + 1, header.length), style: HEADER_STYLE },
      column(3, NUMBER_FORMATS.target),
      column(5, NUMBER_FORMATS.rate),
      column(7, NUMBER_FORMATS.rate),
      column(8, RATE_CHANGE_FORMAT),
      { range: rangeAddress(end, 1, end, header.length), style: { bold: true } },
    ],
    heights: [headerHeight(top + 1, header, widths)],
    end,
  };
}

/** The rate by period (the chart's data): one column per period, then the target; the chart over it. */
function chartBlock(
  progress: ProgressData,
  text: Text,
  names: readonly string[],
  top: number,
  widths: readonly number[],
): BlockParts & { chart: SummarySheetSpec["chart"] } {
  const header = [text.chartFirst, ...names, text.chartTarget];
  const rows: SummaryCell[][] = progress.chart.map((c) => [c.province, ...c.rates.map(rate), c.target]);
  const total = progress.chart.length > 1;
  if (total) rows.push([text.total, ...progress.national.map((n) => rate(n.rate)), null]);
  const end = top + 1 + rows.length;
  const target = names.length + 2;
  const styles: RangeStyleSpec[] = [
    { range: `A${top}`, style: { bold: true } },
    { range: rangeAddress(top + 1, 1, top + 1, header.length), style: HEADER_STYLE },
    ...(total ? [{ range: rangeAddress(end, 1, end, header.length), style: { bold: true } }] : []),
  ];
  if (rows.length > 0)
    styles.push(
      { range: rangeAddress(top + 2, 2, end, target - 1), style: { numberFormat: NUMBER_FORMATS.rate } },
      { range: rangeAddress(top + 2, target, end, target), style: { numberFormat: NUMBER_FORMATS.target } },
    );
  return {
    blocks: [
      { row: top, column: 1, rows: [[text.chartBlockTitle]] },
      { row: top + 1, column: 1, rows: [header, ...rows] },
    ],
    styles,
    heights: [headerHeight(top + 1, header, widths)],
    end,
    chart:
      rows.length === 0
        ? undefined
        : {
            type: "ColumnClustered",
            title: text.chartTitle,
            // The periods and the target are adjacent: one source, headers as series names.
            source: rangeAddress(top + 1, 2, end, target),
            categories: rangeAddress(top + 2, 1, end, 1),
            anchor: cellAddress(TOP, widths.length + 2),
          },
  };
}

/** "Tiến độ" for `progress`, or null when it spans fewer than two periods. */
export function progressSheet(
  progress: ProgressData,
  renderText: SummaryTextRenderer,
  language: SummaryLanguage,
): SummarySheetSpec | null {
  if (progress.stages.length < 2) return null;
  const text = PROGRESS_SHEET_TEXT[language];
  const names = progress.stages.map((s) => renderText.periodName(s, language));
  const earlier = names[names.length - 2] as string;
  const later = names[names.length - 1] as string;
  const wards = renderText.progressWards(progress, language);
  const note = renderText.progressNotes(progress, language).join(" ");
  const sheet = frame("progress", text.title(earlier, later), note, wards.headers.length, [
    { column: 1, width: wards.headers.length },
  ]);
  const header = text.provinceHeader(earlier, later);
  const width = Math.max(wards.headers.length, names.length + 2, header.length);
  const widths = Array.from({ length: width }, (_, i) => COLUMN_WIDTHS.progress[i] ?? EXTRA_WIDTH);
  const wardPart = wardBlock(wards, text, widths);
  const provincePart = provinceBlock(progress, text, header, wardPart.end + 2, widths);
  const chartPart = chartBlock(progress, text, names, provincePart.end + 2, widths);
  const parts = [wardPart, provincePart, chartPart];
  return {
    ...sheet,
    blocks: [...sheet.blocks, ...parts.flatMap((p) => p.blocks)],
    styles: [...sheet.styles, ...parts.flatMap((p) => p.styles)],
    columnWidths: widths.map((w, i) => ({ column: columnLetter(i + 1), width: w })),
    rowHeights: parts.flatMap((p) => p.heights),
    validations: [],
    freezeRows: TOP,
    ...(chartPart.chart === undefined ? {} : { chart: chartPart.chart }),
  };
}

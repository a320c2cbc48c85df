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
import type { SummaryCell, SummaryLanguage, SummarySheetSpec, SummaryTextRenderer } from "./types";

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

/** "Tiến độ" for `progress`, or null when it spans fewer than two periods. */
export function progressSheet(
  progress: ProgressData,
  renderText: SummaryTextRenderer,
  language: SummaryLanguage,
): SummarySheetSpec | null {
  const stages = progress.stages;
  if (stages.length < 2) return null;
  const text = PROGRESS_SHEET_TEXT[language];
  const names = stages.map((s) => renderText.periodName(s, language));
  const earlier = names[names.length - 2] as string;
  const later = names[names.length - 1] as string;
  const wards = renderText.progressWards(progress, language);
  const note = renderText.progressNotes(progress, language).join(" ");
  const sheet = frame("progress", text.title(earlier, later), note, wards.headers.length, [
    { column: 1, width: wards.headers.length },
  ]);
  const width = Math.max(wards.headers.length, names.length + 2, text.provinceHeader("", "").length);
  const widths = Array.from({ length: width }, (_, i) => COLUMN_WIDTHS.progress[i] ?? EXTRA_WIDTH);
  const styles: RangeStyleSpec[] = [];
  const heights = [headerHeight(TOP, wards.headers, widths)];

  // Wards seen at two periods: gained and lost codes, the change, the result.
  const wardRows: SummaryCell[][] = wards.rows.length > 0 ? wards.rows.map((r) => [...r]) : [[text.noWards]];
  sheet.blocks.push({ row: TOP, column: 1, rows: [[...wards.headers], ...wardRows] });
  const changeColumn = wards.headers.length - 1;
  if (wards.rows.length > 0)
    styles.push({
      range: rangeAddress(TOP + 1, changeColumn, TOP + wards.rows.length, changeColumn),
      style: { numberFormat: CHANGE_FORMAT },
    });

  // Each province then and now, against its target; the total over the wards consolidated.
  const provinceTop = TOP + wardRows.length + 2;
  const header = text.provinceHeader(earlier, later);
  const provinces = progress.provinces.filter((p) => p.after !== null);
  const first = progress.national[progress.national.length - 2];
  const last = progress.national[progress.national.length - 1];
  const provinceRows: SummaryCell[][] = provinces.map((p) => {
    const before = p.before;
    const after = p.after as NonNullable<typeof p.after>;
    return [
      p.province,
      after.wards,
      after.target,
      before?.metAll ?? null,
      rate(before?.rate),
      after.metAll,
      rate(after.rate),
      difference(rate(before?.rate), rate(after.rate)),
      after.needed,
    ];
  });
  provinceRows.push([
    text.total,
    null,
    null,
    first?.metAll ?? null,
    rate(first?.rate),
    last?.metAll ?? null,
    rate(last?.rate),
    difference(rate(first?.rate), rate(last?.rate)),
    null,
  ]);
  const provinceEnd = provinceTop + 1 + provinceRows.length;
  sheet.blocks.push(
    { row: provinceTop, column: 1, rows: [[text.provincesTitle]] },
    { row: provinceTop + 1, column: 1, rows: [header, ...provinceRows] },
  );
  styles.push(
    { range: `A${provinceTop}`, style: { bold: true } },
    { range: rangeAddress(provinceTop + 1, 1, provinceTop + 1, header.length), style: HEADER_STYLE },
    { range: rangeAddress(provinceTop + 2, 3, provinceEnd, 3), style: { numberFormat: NUMBER_FORMATS.target } },
    { range: rangeAddress(provinceTop + 2, 5, provinceEnd, 5), style: { numberFormat: NUMBER_FORMATS.rate } },
    { range: rangeAddress(provinceTop + 2, 7, provinceEnd, 7), style: { numberFormat: NUMBER_FORMATS.rate } },
    { range: rangeAddress(provinceTop + 2, 8, provinceEnd, 8), style: { numberFormat: RATE_CHANGE_FORMAT } },
    { range: rangeAddress(provinceEnd, 1, provinceEnd, header.length), style: { bold: true } },
  );
  heights.push(headerHeight(provinceTop + 1, header, widths));

  // The rate by period (the chart's data): one column per period, then the target.
  const chartTop = provinceEnd + 2;
  const chartHeader = [text.chartFirst, ...names, text.chartTarget];
  const chartRows: SummaryCell[][] = progress.chart.map((c) => [c.province, ...c.rates.map(rate), c.target]);
  if (progress.chart.length > 1) chartRows.push([text.total, ...progress.national.map((n) => rate(n.rate)), null]);
  const chartEnd = chartTop + 1 + chartRows.length;
  const targetColumn = names.length + 2;
  sheet.blocks.push(
    { row: chartTop, column: 1, rows: [[text.chartBlockTitle]] },
    { row: chartTop + 1, column: 1, rows: [chartHeader, ...chartRows] },
  );
  styles.push(
    { range: `A${chartTop}`, style: { bold: true } },
    { range: rangeAddress(chartTop + 1, 1, chartTop + 1, chartHeader.length), style: HEADER_STYLE },
  );
  if (chartRows.length > 0)
    styles.push(
      {
        range: rangeAddress(chartTop + 2, 2, chartEnd, targetColumn - 1),
        style: { numberFormat: NUMBER_FORMATS.rate },
      },
      {
        range: rangeAddress(chartTop + 2, targetColumn, chartEnd, targetColumn),
        style: { numberFormat: NUMBER_FORMATS.target },
      },
    );
  heights.push(headerHeight(chartTop + 1, chartHeader, widths));

  return {
    ...sheet,
    styles: [...sheet.styles, ...styles],
    columnWidths: widths.map((w, i) => ({ column: columnLetter(i + 1), width: w })),
    rowHeights: heights,
    validations: [],
    freezeRows: TOP,
    ...(chartRows.length > 0
      ? {
          chart: {
            type: "ColumnClustered",
            title: text.chartTitle,
            // The periods and the target are adjacent: one source, headers as series names.
            source: rangeAddress(chartTop + 1, 2, chartEnd, targetColumn),
            categories: rangeAddress(chartTop + 2, 1, chartEnd, 1),
            anchor: cellAddress(TOP, width + 2),
          },
        }
      : {}),
  };
}

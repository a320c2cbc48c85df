/**
 * A recorded chart (the simulator keeps type, ranges, title, position)
 * turned into what a small SVG needs: categories, series with their
 * numbers read from the cells, and a rounded value axis. Pure.
 */
import type { ChartView, ComputedValue } from "../../simulator";
import { formatCellValue } from "../number-format";

export interface ChartSeries {
  readonly name: string;
  /** NaN where the cell holds no number (drawn as a gap). */
  readonly values: readonly number[];
}

export interface ChartModel {
  readonly kind: "column" | "line";
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly axis: { readonly min: number; readonly max: number; readonly ticks: readonly number[] };
  /** Value and tick text, in the number format of the source cells. */
  format(value: number): string;
}

/** How the model reads cells: values, shown texts and number formats of a sheet's block. */
export interface ChartCells {
  values(sheet: string, address: string): ComputedValue[][];
  texts(sheet: string, address: string): string[][];
  numberFormats(sheet: string, address: string): string[][];
}

const transpose = <T>(rows: readonly T[][]): T[][] => (rows[0] ?? []).map((_, c) => rows.map((line) => line[c] as T));

/** A step of 1, 2, 2.5 or 5 × 10^k giving about five intervals, as Excel picks. */
function niceStep(range: number): number {
  if (range <= 0) return 1;
  const rough = range / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10;
  return step * power;
}

export function valueAxis(values: readonly number[]): ChartModel["axis"] {
  const numbers = values.filter((v) => Number.isFinite(v));
  const low = Math.min(0, ...numbers);
  const high = Math.max(0, ...numbers);
  const step = niceStep(high - low);
  const min = Math.floor(low / step) * step;
  const max = Math.max(min + step, Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1e6; t += step) ticks.push(Number(t.toPrecision(12)));
  return { min, max, ticks };
}

export function chartModel(chart: ChartView, cells: ChartCells, locale: string): ChartModel {
  const { sheet, address } = chart.source;
  const byRows = chart.seriesBy === "Rows";
  // Series as lines of cells: columns by default (the summary's chart), rows on request.
  const orient = <T>(rows: T[][]): T[][] => (byRows ? rows : transpose(rows));
  const values = orient(cells.values(sheet, address));
  const texts = orient(cells.texts(sheet, address));
  const formats = orient(cells.numberFormats(sheet, address));
  // Series names in the first cell of each line when it holds text (Excel's header detection).
  const named = values.length > 0 && values.every((line) => typeof line[0] === "string" && line[0] !== "");
  const series = values.map((line, i) => ({
    name: named ? String(texts[i]?.[0] ?? "") : `Series${i + 1}`,
    values: line.slice(named ? 1 : 0).map((v) => (typeof v === "number" ? v : Number.NaN)),
  }));
  const count = Math.max(0, ...series.map((s) => s.values.length));
  const categoryTexts =
    chart.categories === null ? [] : cells.texts(chart.categories.sheet, chart.categories.address).flat();
  const categories = Array.from({ length: count }, (_, i) => categoryTexts[i] ?? String(i + 1));
  const numberFormat = formats[0]?.[named ? 1 : 0] ?? "General";
  return {
    kind: /line/iu.test(chart.type) ? "line" : "column",
    title: chart.title,
    categories,
    series,
    axis: valueAxis(series.flatMap((s) => s.values)),
    format: (value) => formatCellValue(value, numberFormat, locale),
  };
}

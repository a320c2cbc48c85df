/**
 * The report ("Báo cáo") and the progress ("Tiến độ") as text, from the
 * data the core builds (src/core/report, src/core/progress): paragraphs for
 * the CLI and the task pane, rows for the summary sheets. Vietnamese by
 * default, English with the language setting.
 */
import { locationText } from "../problem-text/location";
import type { ProgressData } from "../../core/progress";
import type { PeriodStage, ReportData } from "../../core/report";
import type { SummaryTextRenderer } from "../../core/summary/types";
import { enReport } from "./en";
import { capitalise } from "./format";
import type { Language, ReportTexts } from "./types";
import { viReport } from "./vi";

export type { Language, ReportTexts, ProgressTexts } from "./types";
export { formatCount, formatNumber, formatPercent } from "./format";

const TEXTS: Record<Language, ReportTexts> = { vi: viReport, en: enReport };

const present = (text: string): boolean => text !== "";

/** "BÁO CÁO KẾT QUẢ … (tính đến tháng 11/2023)". */
export function reportTitle(data: ReportData, language: Language = "vi"): string {
  return TEXTS[language].title(data);
}

/**
 * The report, one paragraph each: overview, quota, each province, the provinces whose total is not entered,
 * the criteria missed most, the problems left.
 */
export function reportParagraphs(data: ReportData, language: Language = "vi"): string[] {
  const t = TEXTS[language];
  return [
    t.overview(data),
    data.quota === null ? "" : t.quota(data.quota),
    ...data.provinces.map((p) => t.province(p, data)),
    t.missingTotals(
      data.provinces.filter((p) => p.rateBasis === "assessed").map((p) => p.province),
      data.provinceSheet,
    ),
    data.registered > 0 ? t.missedMost(data.missedMost) : "",
    t.problems(data.problems),
  ].filter(present);
}

/** The title and the paragraphs, separated by blank lines (for the command line and the clipboard). */
export function reportText(data: ReportData, language: Language = "vi"): string {
  return [reportTitle(data, language), ...reportParagraphs(data, language)].join("\n\n");
}

/** One paragraph per row (one column), for a "Báo cáo" sheet. */
export function reportSheetRows(data: ReportData, language: Language = "vi"): string[][] {
  return reportParagraphs(data, language).map((p) => [p]);
}

/** "tháng 11/2023" / "November 2023"; the text as written when it names no known period. */
export function periodText(stage: Pick<PeriodStage, "label" | "value">, language: Language = "vi"): string {
  return TEXTS[language].periodName(stage);
}

/** The progress in words: what changed, the criteria sets, periods left out, each province then and now. */
export function progressParagraphs(progress: ProgressData, language: Language = "vi"): string[] {
  const t = TEXTS[language].progress;
  return [
    t.summary(progress),
    t.codes(progress.codes),
    t.unordered(progress.unordered),
    ...(progress.stages.length > 1 ? progress.provinces.map((p) => t.province(p, progress)) : []),
  ].filter(present);
}

export type SheetCell = string | number | null;

export interface SheetTable {
  readonly headers: readonly string[];
  readonly rows: SheetCell[][];
}

/**
 * The "Tiến độ" ward table: ward, province, previous period, current period,
 * criteria met before and now, codes gained and lost, the change, the result.
 * Periods are written as on the wards' sheets.
 */
export function progressSheetRows(progress: ProgressData, language: Language = "vi"): SheetTable {
  const t = TEXTS[language].progress;
  return {
    headers: t.wardHeader,
    rows: progress.wards.map((w) => [
      w.ward,
      w.province,
      w.previous.period.label,
      w.current.period.label,
      w.previous.met,
      w.current.met,
      w.gained.join(", "),
      w.lost.join(", "),
      w.change,
      t.kinds[w.kind],
    ]),
  };
}

/**
 * The rate by period, one row per province (a fraction: format the cells
 * as percentages), for a chart: province, total wards, target, then one
 * column per period, earliest first; null where the province had no ward yet.
 */
export function progressChartRows(progress: ProgressData, language: Language = "vi"): SheetTable {
  const t = TEXTS[language];
  return {
    headers: [...t.progress.chartHeader, ...progress.stages.map((s) => capitalise(t.periodName(s)))],
    rows: progress.provinces.map((p) => {
      const last = p.after ?? [...p.series].reverse().find((s) => s !== null) ?? null;
      return [p.province, last?.wards ?? null, last?.target ?? null, ...p.series.map((s) => s?.rate ?? null)];
    }),
  };
}

/**
 * The sentences of the "Báo cáo" and "Tiến độ" sheets in the shape the
 * summary spec asks for (SummaryTextRenderer); the Office.js and ExcelJS
 * renderers pass this one by default.
 */
export const summaryTexts: SummaryTextRenderer = {
  reportTitle: (data, language) => reportTitle(data, language),
  reportParagraphs: (data, language) => reportParagraphs(data, language),
  progressNotes: (progress, language) => {
    const t = TEXTS[language].progress;
    return [t.summary(progress), t.codes(progress.codes), t.unordered(progress.unordered)].filter(present);
  },
  progressWards: (progress, language) => progressSheetRows(progress, language),
  periodName: (stage, language) => capitalise(periodText(stage, language)),
  location: (where, language) => locationText(where, language),
};

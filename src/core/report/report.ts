import { DEFAULT_PROVINCE_TARGET, type ConsolidatedWard, type ConsolidationResult } from "../consolidate/consolidate";
import { SUMMARY_SHEETS } from "../summary/layout";
import type { CriteriaSet } from "../criteria/types";
import type { ProvinceSummary } from "../targets/province";
import type { PeriodValue } from "./period";
import { groupByProvince, latestRows, stagesOf, standing } from "./wards";

/**
 * The report ("Báo cáo") as data, in the order the Ministry's reports give
 * it: the period, the wards registered and their pass counts, the quota,
 * each province against its target, the criteria missed most and the
 * problems left. The sentences are in src/contracts/report-text.
 *
 * When the wards carry several periods, each ward counts once, with its
 * latest period: the report is the standing "as of" the latest period.
 */

export interface CalendarDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

export interface ReportOptions {
  /** Wards the programme asked for (chỉ tiêu được giao); omitted or null: no quota sentence. */
  readonly quota?: number | null;
  /** The date said when the wards carry no period ("Tính đến ngày …"). */
  readonly date?: Date | CalendarDate | null;
  /** How many of the criteria missed most to list (default 5). */
  readonly missedLimit?: number;
  /** How many per province (default 3). */
  readonly provinceMissedLimit?: number;
}

export type ReportPeriod =
  | { readonly kind: "period"; readonly label: string; readonly value: PeriodValue }
  /** A period written in a form the parser does not know ("Đợt 1"): said as written. */
  | { readonly kind: "label"; readonly label: string }
  | ({ readonly kind: "date" } & CalendarDate)
  | { readonly kind: "none" };

export interface PassCount {
  readonly met: number;
  readonly total: number;
  readonly count: number;
}

export interface CriterionCount {
  readonly code: string;
  /** The criterion's title in the criteria set ("" when the set does not have the code). */
  readonly wording: string;
  readonly count: number;
}

export interface QuotaStanding {
  readonly quota: number;
  readonly registered: number;
  /** Registered above the quota (0 when not above). */
  readonly over: number;
  /** Still missing to reach the quota (0 when reached). */
  readonly short: number;
}

export interface ProvinceReport extends ProvinceSummary {
  readonly key: string;
  /** Wards still to meet every criterion for 100% (the 2030 target), when the total number of wards is known. */
  readonly toFull: number | null;
  /** Criteria this province's wards miss most, with how many wards miss each. */
  readonly missedMost: readonly CriterionCount[];
}

export interface ReportData {
  readonly setId: string;
  readonly setVersion: string;
  /** Number of criteria in the set (22). */
  readonly criteriaTotal: number;
  readonly period: ReportPeriod;
  /** Distinct periods on the wards; above 1, each ward counts with its latest period. */
  readonly periodCount: number;
  /** Wards consolidated (each ward once). */
  readonly registered: number;
  /** Fully assessed wards by pass count, highest first. */
  readonly byPassCount: readonly PassCount[];
  /** Wards with criteria not yet assessed. */
  readonly incomplete: number;
  /** Wards with a cell that is not a valid result. */
  readonly invalid: number;
  /** Wards meeting every criterion. */
  readonly metAll: number;
  readonly quota: QuotaStanding | null;
  readonly provinces: readonly ProvinceReport[];
  /** The sheet where the user enters each province's total number of wards and target. */
  readonly provinceSheet: string;
  readonly missedMost: readonly CriterionCount[];
  readonly problems: {
    /** Errors and warnings (notes on how files were read are not problems to resolve). */
    readonly unresolved: number;
    readonly errors: number;
    readonly warnings: number;
    /** The sheet that lists them. */
    readonly sheet: string;
  };
}

/** The report's period: the wards' latest parsed period, else their one period text, else the date. */
function reportPeriod(wards: readonly ConsolidatedWard[], date: Date | CalendarDate | null | undefined): ReportPeriod {
  const stages = stagesOf(wards).filter((s) => s.label.trim() !== "");
  const latest = stages[stages.length - 1];
  if (latest?.value) return { kind: "period", label: latest.label, value: latest.value };
  if (stages.length === 1 && latest !== undefined) return { kind: "label", label: latest.label };
  if (date instanceof Date)
    return { kind: "date", year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  if (date) return { kind: "date", year: date.year, month: date.month, day: date.day };
  return { kind: "none" };
}

/** Codes judged not met, counted over wards, most missed first (ties by code). */
export function missedCounts(
  wards: readonly ConsolidatedWard[],
  titles: ReadonlyMap<string, string>,
  limit: number,
): CriterionCount[] {
  const counts = new Map<string, number>();
  for (const ward of wards) for (const code of ward.score.unmetCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "en", { numeric: true }))
    .slice(0, Math.max(0, limit))
    .map(([code, count]) => ({ code, wording: titles.get(code) ?? "", count }));
}

function passCounts(wards: readonly ConsolidatedWard[]): PassCount[] {
  const counts = new Map<string, PassCount>();
  for (const ward of wards) {
    if (!ward.score.complete) continue;
    const key = `${ward.met}/${ward.total}`;
    const entry = counts.get(key);
    counts.set(key, { met: ward.met, total: ward.total, count: (entry?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.met - a.met || b.total - a.total);
}

function quotaStanding(quota: number | null | undefined, registered: number): QuotaStanding | null {
  if (quota === null || quota === undefined || !Number.isFinite(quota) || quota < 0) return null;
  return { quota, registered, over: Math.max(0, registered - quota), short: Math.max(0, quota - registered) };
}

function provinceReports(
  wards: readonly ConsolidatedWard[],
  result: ConsolidationResult,
  titles: ReadonlyMap<string, string>,
  limit: number,
): ProvinceReport[] {
  return groupByProvince(wards, result.provinces)
    .filter((group) => group.wards.length > 0)
    .map((group) => {
      const summary = standing(group.name, group.wards, group.row, DEFAULT_PROVINCE_TARGET);
      const toFull =
        summary.rateBasis === "wards" && summary.wards !== null && summary.metAll <= summary.wards
          ? summary.wards - summary.metAll
          : null;
      return { ...summary, key: group.key, toFull, missedMost: missedCounts(group.wards, titles, limit) };
    });
}

/** The report of a consolidation, as data. Pure: the same result and options give the same report. */
export function buildReport(result: ConsolidationResult, set: CriteriaSet, options: ReportOptions = {}): ReportData {
  const titles = new Map(set.criteria.map((c) => [c.code, c.title]));
  const wards = latestRows(result.wards);
  const problems = result.problems as ReadonlyArray<{ readonly severity: string }>;
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.filter((p) => p.severity === "warning").length;
  return {
    setId: result.setId,
    setVersion: result.setVersion,
    criteriaTotal: result.codes.length,
    period: reportPeriod(result.wards, options.date),
    periodCount: stagesOf(result.wards).length,
    registered: wards.length,
    byPassCount: passCounts(wards),
    incomplete: wards.filter((w) => w.statusKind === "incomplete").length,
    invalid: wards.filter((w) => w.statusKind === "invalid").length,
    metAll: wards.filter((w) => w.score.complete && w.met === w.total).length,
    quota: quotaStanding(options.quota, wards.length),
    provinces: provinceReports(wards, result, titles, options.provinceMissedLimit ?? 3),
    provinceSheet: SUMMARY_SHEETS.provinces,
    missedMost: missedCounts(wards, titles, options.missedLimit ?? 5),
    problems: { unresolved: errors + warnings, errors, warnings, sheet: SUMMARY_SHEETS.problems },
  };
}

import type { ProgressData, ProvinceProgress, WardChangeKind } from "../../core/progress";
import type {
  CriterionCount,
  PeriodStage,
  ProvinceReport,
  QuotaStanding,
  ReportData,
  ReportPeriod,
} from "../../core/report";

export type { Language } from "../problem-text/types";

/** The sentences of the report and the progress in one language: a missing one is a compile error. */
export interface ReportTexts {
  /** "BÁO CÁO KẾT QUẢ … tháng 11/2023". */
  title(data: ReportData): string;
  /** "tháng 11/2023", "quý IV/2023" (vi) / "November 2023", "Q4 2023" (en); the text as written when unparsed. */
  periodName(stage: Pick<PeriodStage, "label" | "value">): string;
  /** "Tính đến tháng 11/2023" / "As of November 2023"; "" when the report has no period and no date. */
  asOf(period: ReportPeriod): string;
  /** The period, the wards registered and one clause per pass count. */
  overview(data: ReportData): string;
  quota(quota: QuotaStanding): string;
  province(province: ProvinceReport, data: ReportData): string;
  /** Provinces whose total number of wards is not entered, named once; "" when none. */
  missingTotals(provinces: readonly string[], sheet: string): string;
  /** The criteria missed most ("none missed" when the list is empty). */
  missedMost(missed: readonly CriterionCount[]): string;
  /** "" when nothing is left to resolve. */
  problems(problems: ReportData["problems"]): string;
  readonly progress: ProgressTexts;
}

export interface ProgressTexts {
  /** What changed between the last two periods, or why there is nothing to compare. */
  summary(progress: ProgressData): string;
  /** A province's rate then and now against its target; "" when it has no earlier standing. */
  province(province: ProvinceProgress, progress: ProgressData): string;
  /** Codes in only one of the sets compared; "" when none. */
  codes(codes: ProgressData["codes"]): string;
  /** Periods that could not be placed in time; "" when none. */
  unordered(labels: readonly string[]): string;
  /** Columns of the "Tiến độ" ward table. */
  readonly wardHeader: readonly string[];
  /** First columns of the rate-by-period table (the periods follow). */
  readonly chartHeader: readonly [province: string, totalWards: string, target: string];
  readonly kinds: Readonly<Record<WardChangeKind, string>>;
}

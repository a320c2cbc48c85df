/** The report ("Báo cáo") of a consolidation as data, and the period parser shared with the progress. Pure. */
export {
  buildReport,
  missedCounts,
  type CalendarDate,
  type CriterionCount,
  type PassCount,
  type ProvinceReport,
  type QuotaStanding,
  type ReportData,
  type ReportOptions,
  type ReportPeriod,
} from "./report";
export { comparePeriods, parsePeriod, periodBounds, samePeriod, type PeriodValue } from "./period";
export {
  compareStages,
  latestRows,
  periodStage,
  stagesOf,
  wardHistories,
  type PeriodStage,
  type WardHistory,
} from "./wards";

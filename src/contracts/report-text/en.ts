import type { ProgressData, ProvinceProgress } from "../../core/progress";
import type {
  CriterionCount,
  PeriodStage,
  PeriodValue,
  ProvinceReport,
  ReportData,
  ReportPeriod,
} from "../../core/report";
import { capitalise, formatCount, formatPercent, sentence } from "./format";
import type { ProgressTexts, ReportTexts } from "./types";

/** The report in English. Criterion wording stays as the criteria set has it (Vietnamese). */

const num = (n: number): string => formatCount(n, "en");
const pct = (rate: number): string => formatPercent(rate, "en");
const wards = (n: number): string => `${num(n)} ${n === 1 ? "ward" : "wards"}`;
const PROGRAMME = "registered to become model wards for security, order and urban civility";
const TITLE = "REPORT ON MODEL WARD POLICE FOR SECURITY, ORDER AND URBAN CIVILITY";
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function valueName(value: PeriodValue): string {
  switch (value.kind) {
    case "day":
      return `${value.day} ${MONTHS[value.month - 1]} ${value.year}`;
    case "month":
      return `${MONTHS[value.month - 1]} ${value.year}`;
    case "quarter":
      return `Q${value.quarter} ${value.year}`;
    case "half":
      return `the ${value.half === 1 ? "first" : "second"} half of ${value.year}`;
    case "year":
      return String(value.year);
  }
}

function periodName(stage: Pick<PeriodStage, "label" | "value">): string {
  if (stage.value !== null) return valueName(stage.value);
  return stage.label.trim() === "" ? "an unnamed period" : `period “${stage.label}”`;
}

function asOf(period: ReportPeriod): string {
  switch (period.kind) {
    case "period":
      return `As of ${valueName(period.value)}`;
    case "label":
      return `As of ${periodName({ label: period.label, value: null })}`;
    case "date":
      return `As of ${valueName({ kind: "day", year: period.year, month: period.month, day: period.day })}`;
    case "none":
      return "";
  }
}

function overview(data: ReportData): string {
  const lead = asOf(data.period);
  if (data.registered === 0)
    return lead === "" ? "No wards have been consolidated yet." : `${lead}, no wards have been consolidated yet.`;
  const meets = (n: number): string => (n === 1 ? "meets" : "meet");
  const clauses = [
    ...data.byPassCount.map((p) => `${wards(p.count)} ${meets(p.count)} ${p.met}/${p.total} criteria`),
    data.incomplete > 0 ? `${wards(data.incomplete)} not fully assessed` : "",
    data.invalid > 0 ? `${wards(data.invalid)} with a result cell that is not valid` : "",
  ].filter((c) => c !== "");
  const latest = data.periodCount > 1 ? " (each ward with its latest assessment)" : "";
  const have = data.registered === 1 ? "has" : "have";
  const body = `${wards(data.registered)} ${PROGRAMME} ${have} been consolidated${latest}: ${clauses.join("; ")}.`;
  return lead === "" ? capitalise(body) : `${lead}, ${body}`;
}

function criterion(m: CriterionCount): string {
  return m.wording === "" ? m.code : `${m.code} “${m.wording}”`;
}

/** Over the province's total when entered; else the share of wards consolidated (missingTotals asks for the total). */
function province(p: ProvinceReport, data: ReportData): string {
  const all = `${data.criteriaTotal}/${data.criteriaTotal}`;
  const met = p.metAll === 0 ? `none meeting ${all} criteria` : `${num(p.metAll)} meeting ${all} criteria`;
  const head = `${p.province}: ${wards(p.assessed)} consolidated, ${met}`;
  let clauses: string[];
  if (p.rateBasis === "assessed") {
    clauses = [p.metAll > 0 && p.rate !== null ? `${head} (${pct(p.rate)} of the wards consolidated)` : head];
  } else if (p.rate === null) {
    const entered = `the total entered on the “${data.provinceSheet}” sheet (${num(p.wards ?? 0)})`;
    clauses = [head, `the rate cannot be computed: ${entered} is below the wards meeting every criterion`];
  } else {
    const target = `target ${pct(p.target)}, ${pct(p.targetPct ?? 0)} of the target`;
    const rate = `a rate of ${pct(p.rate)} of its ${wards(p.wards ?? 0)} (${target})`;
    const needed =
      p.needed === null
        ? ""
        : p.needed === 0
          ? "the target is reached"
          : `${num(p.needed)} more must meet every criterion to reach the target`;
    const full =
      p.toFull === null || p.target >= 1
        ? ""
        : p.toFull === 0
          ? "100% (the 2030 goal) is reached"
          : `${num(p.toFull)} more to reach 100% by 2030`;
    clauses = [head, rate, needed, full];
  }
  const text = sentence(clauses);
  if (p.missedMost.length === 0) return text;
  const missed = p.missedMost.map((m) => `${criterion(m)} (${m.count} of ${wards(p.assessed)})`);
  return `${text} Missed most: ${missed.join("; ")}.`;
}

function missingTotals(provinces: readonly string[], sheet: string): string {
  if (provinces.length === 0) return "";
  const which =
    provinces.length === 1 ? (provinces[0] as string) : `${num(provinces.length)} provinces (${provinces.join(", ")})`;
  const consequence = "so the rate over all wards and the wards still needed for the target cannot be computed yet";
  return `The total number of wards of ${which} is not entered on the “${sheet}” sheet, ${consequence}.`;
}

function missedMost(missed: readonly CriterionCount[]): string {
  if (missed.length === 0) return "No criterion was judged not met.";
  const list = missed.map((m) => `${criterion(m)}: ${wards(m.count)}`);
  return `Criteria missed most: ${list.join("; ")}.`;
}

function problems(p: ReportData["problems"]): string {
  if (p.unresolved === 0) return "";
  const kinds = [
    p.errors > 0 ? `${num(p.errors)} ${p.errors === 1 ? "error" : "errors"}` : "",
    p.warnings > 0 ? `${num(p.warnings)} ${p.warnings === 1 ? "warning" : "warnings"}` : "",
  ];
  const subject = p.unresolved === 1 ? "1 problem remains" : `${num(p.unresolved)} problems remain`;
  return `${subject} unresolved (${kinds.filter((k) => k !== "").join(", ")}); see the “${p.sheet}” sheet.`;
}

function progressSummary(progress: ProgressData): string {
  const { stages, counts } = progress;
  const current = stages[stages.length - 1];
  const previous = stages[stages.length - 2];
  if (current === undefined) return "No period could be placed in time: there is no progress to compare.";
  if (previous === undefined)
    return `Only one period (${periodName(current)}) so far: there is no progress to compare.`;
  const clauses = [
    counts.newlyFull > 0 ? `${wards(counts.newlyFull)} newly meeting every criterion` : "",
    counts.improved > 0 ? `${wards(counts.improved)} meeting more criteria` : "",
    counts.fellBack > 0 ? `${wards(counts.fellBack)} no longer meeting every criterion` : "",
    counts.declined > 0 ? `${wards(counts.declined)} meeting fewer criteria` : "",
    counts.unchanged > 0 ? `${wards(counts.unchanged)} unchanged` : "",
    counts.firstSeen > 0 ? `${wards(counts.firstSeen)} consolidated for the first time` : "",
  ].filter((c) => c !== "");
  const span = `From ${periodName(previous)} to ${periodName(current)}`;
  return clauses.length === 0 ? `${span}, no ward was assessed in both periods.` : `${span}: ${clauses.join("; ")}.`;
}

function progressProvince(p: ProvinceProgress, progress: ProgressData): string {
  const a = p.after;
  const b = p.before;
  const stages = progress.stages;
  if (a === null) return "";
  const now = periodName(stages[stages.length - 1] as PeriodStage);
  if (a.rate === null || (b !== null && b.rate === null))
    return `${p.province}: the rate cannot be computed (the total of wards is below those meeting every criterion).`;
  const needed = a.needed === 0 ? "the target is reached" : `${num(a.needed ?? 0)} more needed`;
  const tail =
    a.rateBasis === "wards"
      ? `of its ${wards(a.wards ?? 0)}, against a ${pct(a.target)} target; ${needed}.`
      : "of the wards consolidated (the province's total is not entered).";
  if (b === null || b.rate === null)
    return `${p.province}: consolidated for the first time (${now}), a rate of ${pct(a.rate)} ${tail}`;
  const then = periodName(stages[stages.length - 2] as PeriodStage);
  const move =
    a.rate > b.rate
      ? `rose from ${pct(b.rate)} (${then}) to ${pct(a.rate)} (${now})`
      : a.rate < b.rate
        ? `fell from ${pct(b.rate)} (${then}) to ${pct(a.rate)} (${now})`
        : `stayed at ${pct(a.rate)} (${then} and ${now})`;
  return `${p.province}: the share of wards meeting every criterion ${move} ${tail}`;
}

const progress: ProgressTexts = {
  summary: progressSummary,
  province: progressProvince,
  codes: (codes) => {
    if (codes.onlyBefore.length === 0 && codes.onlyAfter.length === 0) return "";
    const parts = [
      codes.onlyBefore.length > 0 ? `Only in the earlier set: ${codes.onlyBefore.join(", ")}.` : "",
      codes.onlyAfter.length > 0 ? `Only in the later set: ${codes.onlyAfter.join(", ")}.` : "",
    ];
    const which = parts.filter((s) => s !== "").join(" ");
    return `The two periods use different criteria sets; only the criteria in both are compared. ${which}`;
  },
  unordered: (labels) => {
    if (labels.length === 0) return "";
    const named = labels.map((l) => `“${l}”`).join(", ");
    const one = labels.length === 1;
    const subject = one ? `Period ${named}` : `Periods ${named}`;
    return `${subject} could not be placed in time and ${one ? "is" : "are"} left out of the comparison.`;
  },
  wardHeader: [
    "Ward",
    "Province",
    "Previous period",
    "Current period",
    "Criteria met before",
    "Criteria met now",
    "Criteria gained",
    "Criteria lost",
    "Change",
    "Result",
  ],
  chartHeader: ["Province", "Total wards", "Target"],
  kinds: {
    newlyFull: "Newly meets every criterion",
    fellBack: "No longer meets every criterion",
    improved: "Meets more criteria",
    declined: "Meets fewer criteria",
    unchanged: "Unchanged",
  },
};

export const enReport: ReportTexts = {
  title: (data) => {
    const when = asOf(data.period);
    return when === "" ? TITLE : `${TITLE} (${when.charAt(0).toLowerCase()}${when.slice(1)})`;
  },
  periodName,
  asOf,
  overview,
  quota: (q) => {
    const standing =
      q.over > 0
        ? `${num(q.over)} over the quota`
        : q.short > 0
          ? `${num(q.short)} short of the quota`
          : "exactly the quota";
    const registered = `${wards(q.registered)} ${q.registered === 1 ? "is" : "are"} registered`;
    return `The quota is ${wards(q.quota)}; ${registered} (${standing}).`;
  },
  province,
  missingTotals,
  missedMost,
  problems,
  progress,
};

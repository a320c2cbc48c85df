import {
  DEFAULT_PROVINCE_TARGET,
  type ConsolidatedWard,
  type ConsolidationResult,
  type ProvinceRow,
} from "../consolidate/consolidate";
import { codeKey as computeCodeKey } from "../consolidate/identity";
import {
  remembered,
  groupByProvince,
  latestRows,
  periodStage,
  stagesOf,
  standing,
  wardHistories,
  wardId,
  type PeriodStage,
} from "../report/wards";
import type { ProvinceSummary } from "../targets/province";

/**
 * Progress ("Tiến độ") between periods, as data: per ward the criteria
 * gained and lost since its previous period, per province the rate by
 * period against its target. Criteria are compared by code (codeKey), so
 * two versions of a criteria set compare on the codes they share.
 *
 * A province's standing at a period counts each ward with its latest row
 * up to that period: a ward not re-assessed keeps its last result.
 */

export type WardChangeKind = "newlyFull" | "fellBack" | "improved" | "declined" | "unchanged";

export interface WardStanding {
  readonly period: PeriodStage;
  readonly met: number;
  readonly total: number;
}

export interface WardChange {
  readonly province: string;
  readonly ward: string;
  readonly previous: WardStanding;
  readonly current: WardStanding;
  /** Codes met now and not before (codes of both sets only), in the current set's order. */
  readonly gained: readonly string[];
  /** Codes met before and not now (codes of both sets only). */
  readonly lost: readonly string[];
  /** Change in pass count: current.met − previous.met (= gained − lost when both sets have the same codes). */
  readonly change: number;
  readonly kind: WardChangeKind;
}

export interface ProvinceProgress {
  readonly key: string;
  readonly province: string;
  /** The province's standing at each stage (null before its first ward). */
  readonly series: ReadonlyArray<ProvinceSummary | null>;
  /** At the stage before the last. */
  readonly before: ProvinceSummary | null;
  /** At the last stage. */
  readonly after: ProvinceSummary | null;
}

export interface ProgressData {
  /** The periods compared, earliest first. */
  readonly stages: readonly PeriodStage[];
  /** Period texts that name no known period ("Đợt 1"): left out of the comparison. */
  readonly unordered: readonly string[];
  /** Wards seen at two stages or more: their latest row against the one before. */
  readonly wards: readonly WardChange[];
  readonly counts: {
    readonly newlyFull: number;
    readonly fellBack: number;
    readonly improved: number;
    readonly declined: number;
    readonly unchanged: number;
    /** Wards first seen at the last stage. */
    readonly firstSeen: number;
  };
  readonly provinces: readonly ProvinceProgress[];
  /** All wards known at each stage: how many, how many meet every criterion, and the share. */
  readonly national: ReadonlyArray<{ readonly wards: number; readonly metAll: number; readonly rate: number | null }>;
  /** For a chart of the rate by period: one series per province, aligned with `stages`. */
  readonly chart: ReadonlyArray<{
    readonly province: string;
    readonly target: number;
    readonly rates: ReadonlyArray<number | null>;
  }>;
  /** Criterion codes present in only one of the sets compared. */
  readonly codes: { readonly onlyBefore: readonly string[]; readonly onlyAfter: readonly string[] };
}

interface Stage {
  readonly period: PeriodStage;
  /** Ward id → its row at this stage. */
  readonly rows: ReadonlyMap<string, ConsolidatedWard>;
  /** The set's codes the rows were scored against. */
  readonly codes: readonly string[];
  readonly provinceRows: readonly ProvinceRow[];
}

/** Codes compared without case, spaces or leading zeros ("tc 7" = "TC07"). */
const codeKey = remembered(computeCodeKey);

function metKeys(ward: ConsolidatedWard, codes: readonly string[]): Set<string> {
  const missing = new Set(ward.missing);
  return new Set(codes.filter((c) => !missing.has(c)).map(codeKey));
}

function changeKind(before: ConsolidatedWard, after: ConsolidatedWard): WardChangeKind {
  const wasFull = before.met === before.total;
  const isFull = after.met === after.total;
  if (!wasFull && isFull) return "newlyFull";
  if (wasFull && !isFull) return "fellBack";
  const change = after.met - before.met;
  return change > 0 ? "improved" : change < 0 ? "declined" : "unchanged";
}

function wardChange(
  before: ConsolidatedWard,
  beforeCodes: readonly string[],
  after: ConsolidatedWard,
  afterCodes: readonly string[],
): WardChange {
  const beforeKeys = new Set(beforeCodes.map(codeKey));
  const common = afterCodes.filter((c) => beforeKeys.has(codeKey(c)));
  const wasMet = metKeys(before, beforeCodes);
  const isMet = metKeys(after, afterCodes);
  return {
    province: after.province,
    ward: after.ward,
    previous: { period: periodStage(before.period), met: before.met, total: before.total },
    current: { period: periodStage(after.period), met: after.met, total: after.total },
    gained: common.filter((c) => isMet.has(codeKey(c)) && !wasMet.has(codeKey(c))),
    lost: common.filter((c) => !isMet.has(codeKey(c)) && wasMet.has(codeKey(c))),
    change: after.met - before.met,
    kind: changeKind(before, after),
  };
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Each ward's latest row and the one before it, over the stages; by province, then ward. */
function wardChanges(stages: readonly Stage[]): { changes: WardChange[]; firstSeen: number } {
  const ids = new Set(stages.flatMap((s) => [...s.rows.keys()]));
  const changes: WardChange[] = [];
  let firstSeen = 0;
  for (const id of ids) {
    const seen = stages.map((stage) => ({ stage, row: stage.rows.get(id) })).filter((s) => s.row !== undefined);
    const last = seen[seen.length - 1];
    const prior = seen[seen.length - 2];
    if (seen.length === 1 && stages.length > 1 && last?.stage === stages[stages.length - 1]) firstSeen++;
    if (last === undefined || prior === undefined) continue;
    changes.push(
      wardChange(prior.row as ConsolidatedWard, prior.stage.codes, last.row as ConsolidatedWard, last.stage.codes),
    );
  }
  changes.sort((a, b) => collator.compare(a.province, b.province) || collator.compare(a.ward, b.ward));
  return { changes, firstSeen };
}

/** Province standings at each stage, each ward counted with its latest row up to the stage. */
function provinceSeries(stages: readonly Stage[]): {
  provinces: ProvinceProgress[];
  national: ProgressData["national"];
} {
  const known = new Map<string, ConsolidatedWard>();
  const byProvince = new Map<string, { key: string; province: string; series: Array<ProvinceSummary | null> }>();
  const national: Array<{ wards: number; metAll: number; rate: number | null }> = [];
  stages.forEach((stage, index) => {
    for (const [id, row] of stage.rows) known.set(id, row);
    const rows = [...known.values()];
    const metAll = rows.filter((w) => w.met === w.total).length;
    national.push({ wards: rows.length, metAll, rate: rows.length > 0 ? metAll / rows.length : null });
    for (const group of groupByProvince(rows, stage.provinceRows)) {
      if (group.wards.length === 0) continue;
      const entry = byProvince.get(group.key) ?? {
        key: group.key,
        province: group.name,
        series: stages.map(() => null),
      };
      entry.series[index] = standing(group.name, group.wards, group.row, DEFAULT_PROVINCE_TARGET);
      entry.province = entry.series[index]?.province ?? entry.province;
      byProvince.set(group.key, entry);
    }
  });
  const provinces = [...byProvince.values()].map((p) => ({
    ...p,
    before: p.series[stages.length - 2] ?? null,
    after: p.series[stages.length - 1] ?? null,
  }));
  return { provinces, national };
}

function progressOf(
  stages: readonly Stage[],
  unordered: readonly string[],
  codes: ProgressData["codes"],
): ProgressData {
  const { changes, firstSeen } = wardChanges(stages);
  const { provinces, national } = provinceSeries(stages);
  const count = (kind: WardChangeKind): number => changes.filter((c) => c.kind === kind).length;
  return {
    stages: stages.map((s) => s.period),
    unordered,
    wards: changes,
    counts: {
      newlyFull: count("newlyFull"),
      fellBack: count("fellBack"),
      improved: count("improved"),
      declined: count("declined"),
      unchanged: count("unchanged"),
      firstSeen,
    },
    provinces,
    national,
    chart: provinces.map((p) => ({
      province: p.province,
      target: (p.after ?? [...p.series].reverse().find((s) => s !== null) ?? { target: DEFAULT_PROVINCE_TARGET })
        .target,
      rates: p.series.map((s) => s?.rate ?? null),
    })),
    codes,
  };
}

/**
 * Progress within one consolidation whose wards carry several periods
 * (e.g. last month's files added to this month's). With fewer than two
 * known periods the data has no ward changes (stages.length < 2).
 */
export function buildProgress(result: ConsolidationResult): ProgressData {
  const ordered = stagesOf(result.wards).filter((s) => s.value !== null);
  const unordered = stagesOf(result.wards)
    .filter((s) => s.value === null && s.label.trim() !== "")
    .map((s) => s.label);
  const rowsByStage = new Map(ordered.map((s) => [s.key, new Map<string, ConsolidatedWard>()]));
  for (const history of wardHistories(result.wards)) {
    for (const { stage, ward } of history.records) rowsByStage.get(stage.key)?.set(history.id, ward);
  }
  const stages = ordered.map((period) => ({
    period,
    rows: rowsByStage.get(period.key) as Map<string, ConsolidatedWard>,
    codes: result.codes,
    provinceRows: result.provinces,
  }));
  return progressOf(stages, unordered, { onlyBefore: [], onlyAfter: [] });
}

function snapshot(result: ConsolidationResult, key: string): Stage {
  const rows = latestRows(result.wards);
  const latest = stagesOf(rows)
    .filter((s) => s.label.trim() !== "")
    .pop();
  const period: PeriodStage = { key, label: latest?.label ?? "", value: latest?.value ?? null };
  return {
    period,
    rows: new Map(rows.map((w) => [wardId(w), w])),
    codes: result.codes,
    provinceRows: result.provinces,
  };
}

/**
 * Progress from an earlier consolidation to a later one (each ward with its
 * latest row in each). The two may use different versions of the criteria
 * set: codes are matched by codeKey, and those in only one are listed.
 */
export function compareResults(earlier: ConsolidationResult, later: ConsolidationResult): ProgressData {
  const laterKeys = new Set(later.codes.map(codeKey));
  const earlierKeys = new Set(earlier.codes.map(codeKey));
  return progressOf([snapshot(earlier, "earlier"), snapshot(later, "later")], [], {
    onlyBefore: earlier.codes.filter((c) => !laterKeys.has(codeKey(c))),
    onlyAfter: later.codes.filter((c) => !earlierKeys.has(codeKey(c))),
  });
}

import { NO_PROVINCE, type ConsolidatedWard, type ProvinceRow } from "../consolidate/consolidate";
import { periodKey, provinceKey } from "../consolidate/identity";
import { summariseProvince, type ProvinceSummary } from "../targets/province";
import { comparePeriods, parsePeriod, periodBounds, type PeriodValue } from "./period";

/**
 * Shared by the report and the progress: a consolidation holds one row per
 * ward and period; these helpers group the rows of one ward, order its
 * periods in time and find the province row a ward belongs to.
 */

const SEP = "\u0001";

/** A period as found on the wards: its text, its value (null when not a known form), a key equal for equal periods. */
export interface PeriodStage {
  /** Equal for the same period however written ("11/2023", "Tháng 11 năm 2023"). */
  readonly key: string;
  /** The text as the first ward (in consolidation order) wrote it. */
  readonly label: string;
  readonly value: PeriodValue | null;
}

/** A pure function of a string, remembered: wards repeat a few periods and provinces thousands of times. */
export function remembered<T>(compute: (text: string) => T, limit = 2000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

export const periodStage: (label: string) => PeriodStage = remembered(computeStage);

function computeStage(label: string): PeriodStage {
  const value = parsePeriod(label);
  if (value === null) return { key: `?${periodKey(label)}`, label, value };
  const { start, end } = periodBounds(value);
  return { key: `${start}-${end}`, label, value };
}

/** Parsed periods in time order; unparsed ones first (they cannot be placed), by their text. */
export function compareStages(a: PeriodStage, b: PeriodStage): number {
  if (a.value === null || b.value === null) {
    if (a.value !== null) return 1;
    if (b.value !== null) return -1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  }
  return comparePeriods(a.value, b.value);
}

/** One ward over time: its rows, earliest period first. */
export interface WardHistory {
  /** Province + ward identity, without the period. */
  readonly id: string;
  readonly records: ReadonlyArray<{ readonly stage: PeriodStage; readonly ward: ConsolidatedWard }>;
}

/** The distinct periods of the wards, in time order (unparsed first). */
export function stagesOf(wards: readonly ConsolidatedWard[]): PeriodStage[] {
  const stages = new Map<string, PeriodStage>();
  for (const ward of wards) {
    const stage = periodStage(ward.period);
    if (!stages.has(stage.key)) stages.set(stage.key, stage);
  }
  return [...stages.values()].sort(compareStages);
}

export function wardId(ward: ConsolidatedWard): string {
  return ward.key.slice(0, ward.key.lastIndexOf(SEP));
}

/**
 * Group the rows of each ward. Two rows of one ward in the same period
 * written two ways ("11/2023" and "T11/2023") keep the first, in
 * consolidation order.
 */
export function wardHistories(wards: readonly ConsolidatedWard[]): WardHistory[] {
  const stages = new Map(stagesOf(wards).map((s) => [s.key, s]));
  const byWard = new Map<string, Map<string, ConsolidatedWard>>();
  for (const ward of wards) {
    const id = wardId(ward);
    const rows = byWard.get(id) ?? new Map<string, ConsolidatedWard>();
    const key = periodStage(ward.period).key;
    if (!rows.has(key)) rows.set(key, ward);
    byWard.set(id, rows);
  }
  return [...byWard].map(([id, rows]) => ({
    id,
    records: [...rows]
      .map(([key, ward]) => ({ stage: stages.get(key) as PeriodStage, ward }))
      .sort((a, b) => compareStages(a.stage, b.stage)),
  }));
}

/** Each ward's latest row: the standing "as of" the latest period. */
export function latestRows(wards: readonly ConsolidatedWard[]): ConsolidatedWard[] {
  return wardHistories(wards).map((h) => (h.records[h.records.length - 1] as { ward: ConsolidatedWard }).ward);
}

const rememberedProvinceKey = remembered(provinceKey);

export function wardProvinceKey(ward: { readonly province: string }): string {
  return rememberedProvinceKey(ward.province === NO_PROVINCE ? "" : ward.province);
}

/** Finds a ward's province row by key, then by name. */
export function provinceRowLookup(
  rows: readonly ProvinceRow[],
): (ward: { readonly province: string }) => ProvinceRow | undefined {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const byName = new Map(rows.map((r) => [r.province, r]));
  return (ward) => byKey.get(wardProvinceKey(ward)) ?? byName.get(ward.province);
}

/** A province's standing from its wards, with the total and target of its row (or the default target). */
export function standing(
  name: string,
  wards: readonly ConsolidatedWard[],
  row: ProvinceRow | undefined,
  defaultTarget: number,
): ProvinceSummary {
  const metAll = wards.filter((w) => w.met === w.total).length;
  return summariseProvince(
    row?.province ?? name,
    wards.length,
    metAll,
    row?.target ?? defaultTarget,
    row?.wards ?? null,
  );
}

/** Wards grouped by province, in the order of the province rows, unmatched provinces after, by name. */
export function groupByProvince(
  wards: readonly ConsolidatedWard[],
  rows: readonly ProvinceRow[],
): Array<{ key: string; name: string; row: ProvinceRow | undefined; wards: ConsolidatedWard[] }> {
  const lookup = provinceRowLookup(rows);
  const groups = new Map<
    string,
    { key: string; name: string; row: ProvinceRow | undefined; wards: ConsolidatedWard[] }
  >();
  for (const row of rows) groups.set(row.key, { key: row.key, name: row.province, row, wards: [] });
  for (const ward of wards) {
    const row = lookup(ward);
    const key = row?.key ?? wardProvinceKey(ward);
    const group = groups.get(key) ?? { key, name: ward.province, row, wards: [] };
    group.wards.push(ward);
    groups.set(key, group);
  }
  return [...groups.values()];
}

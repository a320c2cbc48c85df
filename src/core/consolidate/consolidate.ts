import type { CriteriaSet } from "../criteria/types";
import { parseEntry } from "../entries/parse";
import { aggregateWards } from "../scoring/aggregate";
import { scoreWard, type WardScore, type WardStatusKind } from "../scoring/score-ward";
import { summariseProvince, type ProvinceSummary } from "../targets/province";
import { toCanonicalText } from "../text/normalize";
import {
  resolverFor,
  unknownProvinceProblems,
  type ProvinceMode,
  type ProvinceOptions,
  type ProvinceResolver,
} from "../provinces";
import { periodKey, provinceKey, wardIdentity } from "./identity";
import { SUMMARY_SHEETS } from "../summary/layout";
import { problem, valueParam, type AnyProblem } from "../problems";
import type { Difference, SourceRef } from "./problems";
import { appendAll } from "./records";
import type { Problem, WardRecord, WardSource } from "./types";

/** The default target when the user has not entered one (30% by 2025). */
export const DEFAULT_PROVINCE_TARGET = 0.3;
export const NO_PROVINCE = "(chưa ghi tỉnh)";

/** What the user typed in "Theo tỉnh" (kept across refreshes), by provinceKey. */
export interface ProvinceInput {
  readonly totalWards?: number | null;
  readonly target?: number | null;
}

/** `provinces` ("asWritten" | "current") and `provinceRegistry`: see src/core/provinces (issue 14). */
export interface ConsolidateOptions extends ProvinceOptions {
  readonly defaultTarget?: number;
  readonly provinceInputs?: ReadonlyMap<string, ProvinceInput>;
}

export interface ConsolidatedWard {
  /** Identity (province + ward + period, normalised). */
  readonly key: string;
  readonly province: string;
  readonly ward: string;
  readonly period: string;
  readonly met: number;
  readonly total: number;
  readonly statusKind: WardStatusKind;
  readonly status: string;
  /** Codes the ward does not have yet (not met, not assessed or invalid), in criteria order. */
  readonly missing: readonly string[];
  readonly score: WardScore;
  readonly source: WardSource;
  /** Other copies of the same ward (duplicates), not counted. */
  readonly duplicates: readonly WardSource[];
}

export interface ProvinceRow extends ProvinceSummary {
  readonly key: string;
}

export interface ConsolidationResult {
  readonly setId: string;
  readonly setVersion: string;
  readonly codes: readonly string[];
  /** Sorted by province, ward, period (Vietnamese collation). */
  readonly wards: readonly ConsolidatedWard[];
  readonly provinces: readonly ProvinceRow[];
  /** Pass count → complete wards, highest first. */
  readonly distribution: ReadonlyArray<{ readonly met: number; readonly count: number }>;
  readonly missedMost: ReadonlyArray<{ readonly code: string; readonly count: number }>;
  readonly national: {
    readonly wards: number;
    readonly complete: number;
    readonly metAll: number;
    readonly rate: number | null;
  };
  readonly problems: readonly Problem[];
  /** How "Theo tỉnh" named provinces: the option given, or the default for the periods read (issue 14). */
  readonly provinceMode: ProvinceMode;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function compareSources(a: WardSource, b: WardSource): number {
  return collator.compare(a.file, b.file) || collator.compare(a.sheet, b.sheet) || (a.row ?? 0) - (b.row ?? 0);
}

function canonical(text: string): string {
  return toCanonicalText(text).text;
}

/** What a cell says, for comparing two copies of a ward: "met", "notMet", "" or the invalid text. */
function verdictOf(value: unknown): string {
  const parsed = parseEntry(value);
  if (parsed.kind === "invalid") return `?${String(value)}`;
  return parsed.kind === "blank" ? "" : parsed.kind;
}

/** A value as compared in a conflict: the canonical word, the text as typed, or "" for blank. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const parsed = parseEntry(value);
  return parsed.canonical ?? valueParam(value);
}

interface Scored {
  readonly record: WardRecord;
  readonly score: WardScore;
  readonly assessed: number;
}

/** Score each record against the set; criteria a source lacks are warned once per sheet. */
function scoreRecords(sorted: readonly WardRecord[], set: CriteriaSet, problems: Problem[]): Scored[] {
  const codes = set.criteria.map((c) => c.code);
  const warnedMissing = new Set<string>();
  return sorted.map((record) => {
    const missingCodes = codes.filter((code) => !record.entries.has(code));
    if (missingCodes.length > 0) {
      const once = `${record.source.file}\u0001${record.source.sheet}\u0001${missingCodes.join(",")}`;
      if (!warnedMissing.has(once)) {
        warnedMissing.add(once);
        const params = {
          codes: missingCodes,
          setId: set.id,
          setVersion: set.version,
          ...(record.setVersion ? { sourceSetId: record.setId ?? "", sourceSetVersion: record.setVersion } : {}),
        };
        problems.push(
          problem("consolidateCriteriaMissing", params, "warning", {
            file: record.source.file,
            sheet: record.source.sheet,
          }) as AnyProblem,
        );
      }
    }
    const score = scoreWard(
      codes.map((code) => record.entries.get(code)),
      codes,
    );
    return { record, score, assessed: score.met + score.notMet };
  });
}

/** One ward per identity: the most complete copy, the others reported as duplicates. */
function mergeGroups(
  groups: ReadonlyMap<string, Scored[]>,
  codes: readonly string[],
  problems: Problem[],
  provinceOf: ProvinceResolver,
): ConsolidatedWard[] {
  const provinceNames = new Map<string, string>();
  const wards: ConsolidatedWard[] = [];
  for (const [key, group] of groups) {
    // The most complete copy wins; ties go to the first source.
    group.sort((a, b) => compareSources(a.record.source, b.record.source));
    const kept = group.reduce((best, item) => (item.assessed > best.assessed ? item : best));
    const others = group.filter((item) => item !== kept);
    for (const other of others) problems.push(duplicateProblem(kept, other, codes));
    const pKey = provinceOf.key(kept.record.province);
    const provinceName = provinceOf.name(kept.record.province) || NO_PROVINCE;
    if (!provinceNames.has(pKey)) provinceNames.set(pKey, provinceName);
    const score = kept.score;
    wards.push({
      key,
      province: provinceNames.get(pKey) as string,
      ward: canonical(kept.record.ward),
      period: canonical(kept.record.period || (group.find((item) => item.record.period !== "")?.record.period ?? "")),
      met: score.met,
      total: score.total,
      statusKind: score.statusKind,
      status: score.status,
      missing: codes.filter(
        (code) =>
          score.unmetCodes.includes(code) ||
          score.blankCodes.includes(code) ||
          score.invalidEntries.some((e) => e.code === code),
      ),
      score,
      source: kept.record.source,
      duplicates: others.map((o) => o.record.source),
    });
  }
  return wards;
}

/**
 * Consolidate ward records into one summary: wards matched by identity
 * (one count per ward, duplicates and conflicts reported), criteria matched
 * by code (missing ones are not assessed, with a warning), per-province
 * standing against the target, distribution and criteria missed most.
 * Pure and deterministic: the same records in any order give the same result.
 */
export function consolidateRecords(
  records: readonly WardRecord[],
  set: CriteriaSet,
  readProblems: readonly Problem[] = [],
  options: ConsolidateOptions = {},
): ConsolidationResult {
  const codes = set.criteria.map((c) => c.code);
  const problems: Problem[] = [];
  appendAll(problems, readProblems);
  const sorted = [...records].sort((a, b) => compareSources(a.source, b.source));
  // One key and one name per province (the registry); names it does not know are reported once each.
  const provinceOf = resolverFor(
    options,
    records.map((r) => r.period),
  );
  appendAll(problems, unknownProvinceProblems(sorted, provinceOf));

  // Entries that are not results were reported by the reader, where they are.
  const scored = scoreRecords(sorted, set, problems);

  // Group by identity, keeping first-seen order (sources are sorted).
  const groups = new Map<string, Scored[]>();
  for (const item of scored) {
    const { province, ward, period } = item.record;
    const key = wardIdentity(province, ward, period, provinceOf.key);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }

  mergeBlankPeriods(groups);

  const wards = mergeGroups(groups, codes, problems, provinceOf);
  wards.sort(
    (a, b) =>
      collator.compare(a.province, b.province) ||
      collator.compare(a.ward, b.ward) ||
      collator.compare(periodKey(a.period), periodKey(b.period)),
  );

  const aggregate = aggregateWards(wards.map((w) => w.score));
  const provinces = summariseProvinces(wards, options, problems);
  return {
    setId: set.id,
    setVersion: set.version,
    codes,
    wards,
    provinces,
    distribution: [...aggregate.distribution.entries()].map(([met, count]) => ({ met, count })),
    missedMost: aggregate.missedByCode,
    national: {
      wards: wards.length,
      complete: aggregate.complete,
      metAll: aggregate.metAll,
      rate: wards.length > 0 ? aggregate.metAll / wards.length : null,
    },
    problems,
    provinceMode: provinceOf.mode,
  };
}

/**
 * A copy without a period (a matrix sheet has no period column) is the same
 * ward as the only copy of that province + ward that has one.
 */
function mergeBlankPeriods(groups: Map<string, Scored[]>): void {
  const byWard = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const wardPart = key.slice(0, key.lastIndexOf("\u0001"));
    const keys = byWard.get(wardPart) ?? [];
    keys.push(key);
    byWard.set(wardPart, keys);
  }
  for (const [wardPart, keys] of byWard) {
    const blank = `${wardPart}\u0001`;
    const dated = keys.filter((k) => k !== blank);
    if (!keys.includes(blank) || dated.length !== 1) continue;
    const target = groups.get(dated[0] as string) as Scored[];
    appendAll(target, groups.get(blank) as Scored[]);
    groups.delete(blank);
  }
}

function refOf(source: WardSource): SourceRef {
  return source.row === undefined
    ? { file: source.file, sheet: source.sheet }
    : { file: source.file, sheet: source.sheet, row: source.row };
}

/** Differences listed in a conflict, at most. */
const DIFFERENCES_LISTED = 10;

function duplicateProblem(kept: Scored, other: Scored, codes: readonly string[]): Problem {
  const a = kept.record;
  const b = other.record;
  const differing = codes.filter((code) => verdictOf(a.entries.get(code)) !== verdictOf(b.entries.get(code)));
  const name = { ward: canonical(a.ward), province: canonical(a.province), period: canonical(a.period) };
  const pair = { kept: refOf(a.source), other: refOf(b.source) };
  if (differing.length === 0) {
    return problem("consolidateSameWardTwice", { ...name, ...pair }, "warning", {
      file: b.source.file,
      sheet: b.source.sheet,
    }) as AnyProblem;
  }
  const differences: Difference[] = differing.slice(0, DIFFERENCES_LISTED).map((code) => ({
    code,
    keptCell: a.cells.get(code) ?? "?",
    keptValue: describeValue(a.entries.get(code)),
    otherCell: b.cells.get(code) ?? "?",
    otherValue: describeValue(b.entries.get(code)),
  }));
  const params = { ...name, ...pair, differences, more: Math.max(0, differing.length - DIFFERENCES_LISTED) };
  return problem("consolidateWardConflict", params, "warning", {
    file: b.source.file,
    sheet: b.source.sheet,
    cell: b.cells.get(differing[0] as string),
  }) as AnyProblem;
}

function summariseProvinces(
  wards: readonly ConsolidatedWard[],
  options: ConsolidateOptions,
  problems: Problem[],
): ProvinceRow[] {
  const byProvince = new Map<string, { name: string; assessed: number; metAll: number }>();
  for (const ward of wards) {
    const key = provinceKey(ward.province === NO_PROVINCE ? "" : ward.province, options.provinceRegistry);
    const entry = byProvince.get(key) ?? { name: ward.province, assessed: 0, metAll: 0 };
    entry.assessed++;
    if (ward.met === ward.total) entry.metAll++;
    byProvince.set(key, entry);
  }
  const rows: ProvinceRow[] = [];
  for (const [key, entry] of byProvince) {
    const input = options.provinceInputs?.get(key);
    const target = input?.target ?? options.defaultTarget ?? DEFAULT_PROVINCE_TARGET;
    const totalWards = input?.totalWards ?? null;
    if (totalWards !== null && totalWards > 0 && totalWards < entry.assessed) {
      const params = { province: entry.name, total: totalWards, assessed: entry.assessed };
      problems.push(
        problem("consolidateProvinceTotalTooSmall", params, "warning", {
          sheet: SUMMARY_SHEETS.provinces,
        }) as AnyProblem,
      );
    }
    rows.push({ key, ...summariseProvince(entry.name, entry.assessed, entry.metAll, target, totalWards) });
  }
  return rows.sort((a, b) => collator.compare(a.province, b.province));
}

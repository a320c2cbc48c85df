/**
 * Test support (not product code): ward records as a reader gives them,
 * from the same fixtures the file tests use (../consolidate/fixtures),
 * consolidated with the real consolidation.
 */
import { november2023, type WardFixture } from "../consolidate/fixtures";
import {
  consolidateRecords,
  type ConsolidateOptions,
  type ConsolidationResult,
  type ProvinceInput,
} from "../../src/core/consolidate/consolidate";
import { provinceKey } from "../../src/core/consolidate/identity";
import type { WardRecord } from "../../src/core/consolidate/types";
import { DEFAULT_CRITERIA_SET } from "../../src/core/criteria/default-set";
import type { CriteriaSet } from "../../src/core/criteria/types";
import { cellAddress } from "../../src/core/template/address";

export { november2023, type WardFixture };

/** One record per fixture, rows of one matrix sheet in `file`. */
export function recordsOf(
  fixtures: readonly WardFixture[],
  set: CriteriaSet = DEFAULT_CRITERIA_SET,
  file = "tong-hop.xlsx",
): WardRecord[] {
  const codes = set.criteria.map((c) => c.code);
  return fixtures.map((fixture, i) => ({
    province: fixture.province,
    ward: fixture.ward,
    period: fixture.period ?? "",
    entries: new Map(codes.map((code, k) => [code, fixture.results[k] ?? null])),
    cells: new Map(codes.map((code, k) => [code, cellAddress(6 + i, 4 + k)])),
    source: { file, sheet: "Bảng chấm nhanh", row: 6 + i, foundBy: "marker" as const },
  }));
}

/** Province inputs ("Theo tỉnh") by name: total wards and target. */
export function provinceInputs(inputs: Readonly<Record<string, ProvinceInput>>): ReadonlyMap<string, ProvinceInput> {
  return new Map(Object.entries(inputs).map(([name, input]) => [provinceKey(name), input]));
}

export function consolidateFixtures(
  fixtures: readonly WardFixture[],
  set: CriteriaSet = DEFAULT_CRITERIA_SET,
  options: ConsolidateOptions = {},
): ConsolidationResult {
  return consolidateRecords(recordsOf(fixtures, set), set, [], options);
}

/** Results with the given codes not met and the rest met. */
export function results(set: CriteriaSet, notMet: readonly string[]): Array<string> {
  return set.criteria.map((c) => (notMet.includes(c.code) ? "Không đạt" : "Đạt"));
}

/**
 * Nghệ An's 16 wards at 21/22 (TC02 not met) in `earlier`; in `later`, the first `improved` at 22/22
 * and, if `keepOthers`, the rest still at 21/22.
 */
export function ngheAnTwoPeriods(
  improved: number,
  keepOthers: boolean,
  earlier = "10/2023",
  later = "11/2023",
): WardFixture[] {
  const set = DEFAULT_CRITERIA_SET;
  const out: WardFixture[] = [];
  for (let i = 1; i <= 16; i++)
    out.push({ province: "Nghệ An", ward: `Phường ${i}`, period: earlier, results: results(set, ["TC02"]) });
  for (let i = 1; i <= 16; i++) {
    if (i <= improved) out.push({ province: "Nghệ An", ward: `Phường ${i}`, period: later, results: results(set, []) });
    else if (keepOthers)
      out.push({ province: "Nghệ An", ward: `Phường ${i}`, period: later, results: results(set, ["TC02"]) });
  }
  return out;
}

import fc from "fast-check";
import type { ConsolidatedWard } from "../consolidate/consolidate";
import { codeKey } from "../consolidate/identity";
import { DEFAULT_CRITERIA_SET as SET } from "../criteria/default-set";
import type { CriteriaSet } from "../criteria/types";
import { buildReport } from "../report/report";
import {
  consolidateFixtures,
  ngheAnTwoPeriods,
  provinceInputs,
  results,
  type WardFixture,
} from "../../../test/report/records";
import { buildProgress, compareResults, type ProgressData } from "./progress";

const NGHE_AN_40 = { provinceInputs: provinceInputs({ "Nghệ An": { totalWards: 40, target: 0.3 } }) };

describe("buildProgress: Nghệ An's 16 wards from 21/22 to 22/22", () => {
  const progress = buildProgress(consolidateFixtures(ngheAnTwoPeriods(10, true), SET, NGHE_AN_40));

  test("ten wards gained TC02 and are newly at full score; six are unchanged", () => {
    expect(progress.stages.map((s) => s.label)).toEqual(["10/2023", "11/2023"]);
    expect(progress.wards).toHaveLength(16);
    const gained = progress.wards.filter((w) => w.gained.length > 0);
    expect(gained).toHaveLength(10);
    for (const w of gained) {
      expect(w).toMatchObject({ province: "Nghệ An", gained: ["TC02"], lost: [], change: 1, kind: "newlyFull" });
      expect(w.previous).toMatchObject({ period: { label: "10/2023" }, met: 21, total: 22 });
      expect(w.current).toMatchObject({ period: { label: "11/2023" }, met: 22, total: 22 });
    }
    expect(new Set(gained.map((w) => w.ward))).toEqual(
      new Set(Array.from({ length: 10 }, (_, i) => `Phường ${i + 1}`)),
    );
    expect(progress.counts).toEqual({
      newlyFull: 10,
      fellBack: 0,
      improved: 0,
      declined: 0,
      unchanged: 6,
      firstSeen: 0,
    });
  });

  test("the province's rate then and now, over its 40 wards, against its 30% target", () => {
    const [ngheAn] = progress.provinces;
    expect(progress.provinces).toHaveLength(1);
    expect(ngheAn?.before).toMatchObject({
      province: "Nghệ An",
      assessed: 16,
      metAll: 0,
      wards: 40,
      rate: 0,
      target: 0.3,
      targetPct: 0,
      needed: 12,
    });
    expect(ngheAn?.after).toMatchObject({ assessed: 16, metAll: 10, rate: 0.25, needed: 2 });
    expect(ngheAn?.after?.targetPct).toBeCloseTo(0.25 / 0.3, 10);
    expect(progress.chart).toEqual([{ province: "Nghệ An", target: 0.3, rates: [0, 0.25] }]);
    expect(progress.national).toEqual([
      { wards: 16, metAll: 0, rate: 0 },
      { wards: 16, metAll: 10, rate: 0.625 },
    ]);
  });

  test("when only the ten are re-assessed, the other six keep their last result in the rate", () => {
    const partial = buildProgress(consolidateFixtures(ngheAnTwoPeriods(10, false), SET, NGHE_AN_40));
    expect(partial.wards).toHaveLength(10);
    expect(partial.counts.newlyFull).toBe(10);
    expect(partial.provinces[0]?.after).toMatchObject({ assessed: 16, metAll: 10, rate: 0.25 });
  });
});

describe("buildProgress: other cases", () => {
  const ward = (name: string, period: string, notMet: string[], province = "Huế"): WardFixture => ({
    province,
    ward: name,
    period,
    results: results(SET, notMet),
  });

  test("a ward that fell back lost a criterion; with three periods the latest is compared with the one before", () => {
    const progress = buildProgress(
      consolidateFixtures([
        ward("Phường 1", "Quý III/2023", ["TC02", "TC07"]),
        ward("Phường 1", "10/2023", []),
        ward("Phường 1", "Tháng 12 năm 2023", ["TC19"]),
        ward("Phường 2", "Tháng 12 năm 2023", []),
      ]),
    );
    expect(progress.stages.map((s) => s.label)).toEqual(["Quý III/2023", "10/2023", "Tháng 12 năm 2023"]);
    expect(progress.wards).toEqual([
      {
        province: "Huế",
        ward: "Phường 1",
        previous: { period: expect.objectContaining({ label: "10/2023" }), met: 22, total: 22 },
        current: { period: expect.objectContaining({ label: "Tháng 12 năm 2023" }), met: 21, total: 22 },
        gained: [],
        lost: ["TC19"],
        change: -1,
        kind: "fellBack",
      },
    ]);
    expect(progress.counts).toMatchObject({ fellBack: 1, firstSeen: 1 });
    expect(progress.national.map((n) => n.wards)).toEqual([1, 1, 2]);
    expect(progress.provinces[0]?.series.map((s) => s?.metAll)).toEqual([0, 1, 1]);
  });

  test("a period in an unknown form is left out of the comparison and named", () => {
    const progress = buildProgress(
      consolidateFixtures([ward("Phường 1", "Đợt 1", ["TC02"]), ward("Phường 1", "11/2023", [])]),
    );
    expect(progress.unordered).toEqual(["Đợt 1"]);
    expect(progress.stages.map((s) => s.label)).toEqual(["11/2023"]);
    expect(progress.wards).toEqual([]);
  });

  test("one period: no changes, the rate at that period only", () => {
    const progress = buildProgress(consolidateFixtures([ward("Phường 1", "11/2023", [])]));
    expect(progress.stages).toHaveLength(1);
    expect(progress.wards).toEqual([]);
    expect(progress.provinces[0]).toMatchObject({ before: null, after: { metAll: 1 } });
  });
});

/** The default set with its last criterion replaced by `code` (a later version of the set). */
function setWithLast(code: string): CriteriaSet {
  const last = SET.criteria[SET.criteria.length - 1];
  return {
    ...SET,
    version: "2024.1",
    criteria: [
      ...SET.criteria.slice(0, -1),
      { ...(last as CriteriaSet["criteria"][number]), code, title: "Tiêu chí mới" },
    ],
  };
}

describe("compareResults", () => {
  test("two consolidations on different versions of the set compare by code and name the codes in only one", () => {
    const later = setWithLast("TC23");
    const earlierResult = consolidateFixtures([
      { province: "Nghệ An", ward: "Phường 1", period: "10/2023", results: results(SET, ["TC02"]) },
      { province: "Nghệ An", ward: "Phường 2", period: "10/2023", results: results(SET, ["TC22"]) },
    ]);
    const laterResult = consolidateFixtures(
      [
        { province: "Nghệ An", ward: "P. 1", period: "Quý IV/2023", results: results(later, []) },
        { province: "Nghệ An", ward: "Phường 2", period: "Quý IV/2023", results: results(later, []) },
      ],
      later,
    );
    const progress = compareResults(earlierResult, laterResult);
    expect(progress.stages.map((s) => s.label)).toEqual(["10/2023", "Quý IV/2023"]);
    expect(progress.codes).toEqual({ onlyBefore: ["TC22"], onlyAfter: ["TC23"] });
    expect(progress.wards.map((w) => [w.ward, w.gained, w.lost, w.change, w.kind])).toEqual([
      ["P. 1", ["TC02"], [], 1, "newlyFull"],
      ["Phường 2", [], [], 1, "newlyFull"],
    ]);
  });

  test("codes are matched however they are spelt", () => {
    const spelt: CriteriaSet = {
      ...SET,
      criteria: SET.criteria.map((c) => ({ ...c, code: c.code.replace(/^TC0?/u, "tc ") })),
    };
    const before = consolidateFixtures([
      { province: "Huế", ward: "Phường 1", period: "10/2023", results: results(SET, ["TC02"]) },
    ]);
    const after = consolidateFixtures(
      [{ province: "Huế", ward: "Phường 1", period: "11/2023", results: results(spelt, []) }],
      spelt,
    );
    const progress = compareResults(before, after);
    expect(progress.codes).toEqual({ onlyBefore: [], onlyAfter: [] });
    expect(progress.wards[0]).toMatchObject({ gained: ["tc 2"], lost: [], change: 1 });
  });
});

const wardsArbitrary = (codes: number, periods: readonly string[]) =>
  fc.array(
    fc.record({
      province: fc.constantFrom("Nghệ An", "Hà Nội", "Huế"),
      ward: fc.integer({ min: 1, max: 8 }).map((n) => `Phường ${n}`),
      period: fc.constantFrom(...periods),
      results: fc.array(
        fc.oneof(
          { weight: 10, arbitrary: fc.constant("Đạt") },
          { weight: 4, arbitrary: fc.constant("Không đạt") },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
        {
          minLength: codes,
          maxLength: codes,
        },
      ),
    }),
    { maxLength: 30 },
  );

function checkChanges(progress: ProgressData): void {
  for (const w of progress.wards) {
    expect(w.change).toBe(w.current.met - w.previous.met);
    expect(w.kind === "newlyFull").toBe(w.previous.met < w.previous.total && w.current.met === w.current.total);
    expect(w.kind === "fellBack").toBe(w.previous.met === w.previous.total && w.current.met < w.current.total);
    expect(new Set([...w.gained, ...w.lost]).size).toBe(w.gained.length + w.lost.length);
  }
  const c = progress.counts;
  expect(c.newlyFull + c.fellBack + c.improved + c.declined + c.unchanged).toBe(progress.wards.length);
}

describe("progress: properties", () => {
  test("a ward's gained minus lost equals its change in pass count; the last stage agrees with the report", () => {
    fc.assert(
      fc.property(
        wardsArbitrary(22, ["Quý III/2023", "10/2023", "11/2023", "Tháng 11 năm 2023", "Năm 2023"]),
        (wards) => {
          const result = consolidateFixtures(wards);
          const progress = buildProgress(result);
          checkChanges(progress);
          for (const w of progress.wards) expect(w.gained.length - w.lost.length).toBe(w.change);
          for (let i = 1; i < progress.stages.length; i++)
            expect(progress.stages[i - 1]?.key).not.toBe(progress.stages[i]?.key);
          const report = buildReport(result, SET);
          const last = progress.national[progress.national.length - 1];
          expect(last?.wards ?? 0).toBe(report.registered);
          expect(last?.metAll ?? 0).toBe(report.metAll);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("between two versions of the set, gained minus lost equals the change over the codes both have", () => {
    const later = setWithLast("TC23");
    const common = new Set(SET.criteria.map((c) => codeKey(c.code)).filter((k) => k !== codeKey("TC22")));
    fc.assert(
      fc.property(wardsArbitrary(22, ["10/2023"]), wardsArbitrary(22, ["11/2023"]), (before, after) => {
        const earlierResult = consolidateFixtures(before);
        const laterResult = consolidateFixtures(after, later);
        const progress = compareResults(earlierResult, laterResult);
        checkChanges(progress);
        const metCommon = (ward: { missing: readonly string[] }, codes: readonly string[]): number =>
          codes.filter((c) => common.has(codeKey(c)) && !ward.missing.includes(c)).length;
        for (const w of progress.wards) {
          const b = earlierResult.wards.find((x) => x.ward === w.ward && x.province === w.province);
          const a = laterResult.wards.find((x) => x.ward === w.ward && x.province === w.province);
          expect(a).toBeDefined();
          expect(b).toBeDefined();
          expect(w.gained.length - w.lost.length).toBe(
            metCommon(a as ConsolidatedWard, laterResult.codes) - metCommon(b as ConsolidatedWard, earlierResult.codes),
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});

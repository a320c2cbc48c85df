import fc from "fast-check";
import { wardKey, provinceKey } from "../consolidate/identity";
import { DEFAULT_CRITERIA_SET as SET } from "../criteria/default-set";
import { buildReport } from "./report";
import {
  consolidateFixtures,
  ngheAnTwoPeriods,
  november2023,
  provinceInputs,
  results,
  type WardFixture,
} from "../../../test/report/records";

describe("buildReport: the November 2023 national figures", () => {
  const result = consolidateFixtures(november2023(SET), SET, {
    provinceInputs: provinceInputs({
      "Nghệ An": { totalWards: 40, target: 0.3 },
      "Hà Nội": { totalWards: 150, target: 0.5 },
    }),
  });
  const report = buildReport(result, SET, { quota: 106 });

  test("period, wards registered and one count per pass count, highest first", () => {
    expect(report.period).toEqual({
      kind: "period",
      label: "11/2023",
      value: { kind: "month", year: 2023, month: 11 },
    });
    expect(report.registered).toBe(172);
    expect(report.byPassCount).toEqual([
      { met: 22, total: 22, count: 144 },
      { met: 21, total: 22, count: 25 },
      { met: 20, total: 22, count: 3 },
    ]);
    expect(report.metAll).toBe(144);
    expect([report.incomplete, report.invalid]).toEqual([0, 0]);
    expect(report.criteriaTotal).toBe(22);
  });

  test("the quota: 172 registered for 106 is 66 over; for 200 it is 28 short", () => {
    expect(report.quota).toEqual({ quota: 106, registered: 172, over: 66, short: 0 });
    expect(buildReport(result, SET, { quota: 200 }).quota).toEqual({ quota: 200, registered: 172, over: 0, short: 28 });
    expect(buildReport(result, SET).quota).toBeNull();
  });

  test("each province against its target, over its total number of wards when known", () => {
    const ngheAn = report.provinces.find((p) => p.province === "Nghệ An");
    expect(ngheAn).toMatchObject({
      assessed: 16,
      metAll: 0,
      wards: 40,
      rateBasis: "wards",
      rate: 0,
      target: 0.3,
      needed: 12,
      toFull: 40,
    });
    expect(ngheAn?.missedMost).toEqual([{ code: "TC02", wording: "Xếp loại thi đua Đảng ủy, UBND phường", count: 16 }]);
    const haNoi = report.provinces.find((p) => p.province === "Hà Nội");
    expect(haNoi).toMatchObject({
      assessed: 15,
      metAll: 15,
      wards: 150,
      rate: 0.1,
      target: 0.5,
      needed: 60,
      toFull: 135,
      missedMost: [],
    });
    const daNang = report.provinces.find((p) => p.province === "Đà Nẵng");
    expect(daNang).toMatchObject({
      assessed: 7,
      metAll: 0,
      wards: null,
      rateBasis: "assessed",
      rate: 0,
      target: 0.3,
      needed: 3,
      toFull: null,
    });
    expect(report.provinces.map((p) => p.province)).toEqual(result.provinces.map((p) => p.province));
  });

  test("the criteria missed most, with their wording and how many wards miss each", () => {
    expect(report.missedMost).toEqual([
      { code: "TC02", wording: "Xếp loại thi đua Đảng ủy, UBND phường", count: 16 },
      { code: "TC19", wording: "Trụ sở đạt chuẩn của Bộ Công an", count: 12 },
      { code: "TC07", wording: "Không có cháy, nổ, TNGT nghiêm trọng", count: 3 },
    ]);
    expect(buildReport(result, SET, { missedLimit: 1 }).missedMost.map((m) => m.code)).toEqual(["TC02"]);
  });

  test("no problems, and the sheet that would list them", () => {
    expect(report.problems).toEqual({ unresolved: 0, errors: 0, warnings: 0, sheet: "Vấn đề" });
  });
});

describe("buildReport: periods, dates and unfinished wards", () => {
  test("wards over two periods count once, with their latest period", () => {
    const result = consolidateFixtures(ngheAnTwoPeriods(10, true));
    expect(result.wards).toHaveLength(32);
    const report = buildReport(result, SET);
    expect(report.period).toMatchObject({ kind: "period", label: "11/2023" });
    expect(report.periodCount).toBe(2);
    expect(report.registered).toBe(16);
    expect(report.byPassCount).toEqual([
      { met: 22, total: 22, count: 10 },
      { met: 21, total: 22, count: 6 },
    ]);
  });

  test("a ward not re-assessed in the latest period keeps its last result", () => {
    const report = buildReport(consolidateFixtures(ngheAnTwoPeriods(10, false)), SET);
    expect(report.registered).toBe(16);
    expect(report.byPassCount.map((p) => p.count)).toEqual([10, 6]);
  });

  test("without a period: the date given, else none; a period in an unknown form is said as written", () => {
    const noPeriod: WardFixture[] = [{ province: "Huế", ward: "Phường 1", results: results(SET, []) }];
    const result = consolidateFixtures(noPeriod);
    expect(buildReport(result, SET, { date: { year: 2023, month: 12, day: 5 } }).period).toEqual({
      kind: "date",
      year: 2023,
      month: 12,
      day: 5,
    });
    expect(buildReport(result, SET, { date: new Date(2024, 0, 31) }).period).toEqual({
      kind: "date",
      year: 2024,
      month: 1,
      day: 31,
    });
    expect(buildReport(result, SET).period).toEqual({ kind: "none" });
    const labelled = consolidateFixtures([{ ...noPeriod[0], period: "Đợt 1" } as WardFixture]);
    expect(buildReport(labelled, SET, { date: { year: 2023, month: 12, day: 5 } }).period).toEqual({
      kind: "label",
      label: "Đợt 1",
    });
  });

  test("wards not fully assessed and wards with invalid cells are counted apart from the pass counts", () => {
    const partial = results(SET, []).map((v, i) => (i < 3 ? null : v));
    const invalid = results(SET, []).map((v, i) => (i === 5 ? "có lẽ" : v));
    const result = consolidateFixtures([
      { province: "Huế", ward: "Phường 1", period: "11/2023", results: results(SET, []) },
      { province: "Huế", ward: "Phường 2", period: "11/2023", results: partial },
      { province: "Huế", ward: "Phường 3", period: "11/2023", results: invalid },
    ]);
    const report = buildReport(result, SET);
    expect(report).toMatchObject({
      registered: 3,
      metAll: 1,
      incomplete: 1,
      invalid: 1,
      byPassCount: [{ met: 22, total: 22, count: 1 }],
    });
    // Invalid cells are reported by the reader where they are; records made directly carry no problem.
    expect(report.problems).toMatchObject({ unresolved: 0, warnings: 0, errors: 0 });
  });

  test("problems left: a ward sent twice with different results is one warning", () => {
    const result = consolidateFixtures([
      { province: "Huế", ward: "Phường 1", period: "11/2023", results: results(SET, []) },
      { province: "Huế", ward: "P. 1", period: "11/2023", results: results(SET, ["TC04"]) },
    ]);
    expect(buildReport(result, SET).problems).toEqual({ unresolved: 1, errors: 0, warnings: 1, sheet: "Vấn đề" });
  });
});

/** Random wards: a few provinces, wards and periods (so duplicates and several periods occur), mostly complete. */
const wardsArbitrary = fc.array(
  fc.record({
    province: fc.constantFrom("Nghệ An", "Hà Nội", "TP Hồ Chí Minh", "Huế", ""),
    ward: fc.integer({ min: 1, max: 12 }).map((n) => `Phường ${n}`),
    period: fc.constantFrom("10/2023", "11/2023", "Tháng 11 năm 2023", "Quý IV/2023", ""),
    results: fc.array(
      fc.oneof(
        { weight: 12, arbitrary: fc.constant("Đạt") },
        { weight: 3, arbitrary: fc.constant("Không đạt") },
        { weight: 1, arbitrary: fc.constantFrom(null, "??") },
      ),
      { minLength: 22, maxLength: 22 },
    ),
  }),
  { maxLength: 40 },
);

describe("buildReport: properties", () => {
  test("the counts add up to the wards consolidated, each ward once", () => {
    fc.assert(
      fc.property(wardsArbitrary, fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), (wards, quota) => {
        const result = consolidateFixtures(wards);
        const report = buildReport(result, SET, { quota });
        const distinct = new Set(
          result.wards.map(
            (w) => `${provinceKey(w.province === "(chưa ghi tỉnh)" ? "" : w.province)}|${wardKey(w.ward)}`,
          ),
        );
        expect(report.registered).toBe(distinct.size);
        if (report.periodCount <= 1) expect(report.registered).toBe(result.wards.length);
        const byPass = report.byPassCount.reduce((sum, p) => sum + p.count, 0);
        expect(byPass + report.incomplete + report.invalid).toBe(report.registered);
        expect(report.provinces.reduce((sum, p) => sum + p.assessed, 0)).toBe(report.registered);
        expect(report.provinces.reduce((sum, p) => sum + p.metAll, 0)).toBe(report.metAll);
        expect(report.byPassCount.find((p) => p.met === p.total)?.count ?? 0).toBe(report.metAll);
        for (const m of report.missedMost) expect(m.count).toBeLessThanOrEqual(report.registered);
        if (quota !== undefined) {
          expect(report.quota?.over).toBe(Math.max(0, report.registered - quota));
          expect((report.quota?.over ?? 0) - (report.quota?.short ?? 0)).toBe(report.registered - quota);
        }
        if (periodsOf(wards) === 1)
          expect(report.byPassCount.map((p) => [p.met, p.count])).toEqual(
            result.distribution.map((d) => [d.met, d.count]),
          );
      }),
      { numRuns: 60 },
    );
  });
});

function periodsOf(wards: readonly WardFixture[]): number {
  return new Set(wards.map((w) => w.period)).size;
}

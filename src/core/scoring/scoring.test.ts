import fc from "fast-check";
import { aggregateWards, scoreWard } from ".";
import { statusKindOfText, statusText } from "./status-words";
import { DEFAULT_CRITERIA_SET, criterionCodes } from "../criteria";

const CODES = criterionCodes(DEFAULT_CRITERIA_SET);
const allMet = (): unknown[] => CODES.map(() => "Đạt");

describe("scoreWard", () => {
  it("gives 'Đạt 22/22' when every criterion is met, in any accepted form", () => {
    const entries: unknown[] = ["Đạt", "x", 1, true, "§¹t", "Ñaït", "Dat", "✓", ...allMet().slice(8)];
    const score = scoreWard(entries, CODES);
    expect(score).toMatchObject({
      total: 22,
      met: 22,
      notMet: 0,
      blank: 0,
      invalid: 0,
      complete: true,
      statusKind: "met",
      status: "Đạt 22/22",
    });
  });

  it("lists the unmet codes in the status", () => {
    const entries = allMet();
    entries[6] = "Không đạt";
    expect(scoreWard(entries, CODES).status).toBe("Chưa đạt 21/22 — thiếu TC07");
    entries[11] = 0;
    const score = scoreWard(entries, CODES);
    expect(score.status).toBe("Chưa đạt 20/22 — thiếu TC07, TC12");
    expect(score.unmetCodes).toEqual(["TC07", "TC12"]);
    expect(score.complete).toBe(true);
  });

  it("is not complete while a criterion is blank, and says how many are assessed", () => {
    const entries = allMet().slice(0, 18);
    const score = scoreWard(entries, CODES);
    expect(score.status).toBe("Đã chấm 18/22 tiêu chí, còn 4 chưa chấm");
    expect(score.complete).toBe(false);
    expect(score.blankCodes).toEqual(["TC19", "TC20", "TC21", "TC22"]);
  });

  it("reports invalid cells before anything else, with their code and reason", () => {
    const entries = allMet();
    entries[2] = "dat?";
    entries[20] = "";
    const score = scoreWard(entries, CODES);
    expect(score.status).toBe("Có ô không hợp lệ");
    expect(score.invalidEntries).toEqual([expect.objectContaining({ index: 2, code: "TC03", value: "dat?" })]);
    expect(score.invalidEntries[0]?.issue.code).toBe("entryNotAResult");
    expect(score.complete).toBe(false);
  });

  it("works with any criteria set size", () => {
    const codes = Array.from({ length: 34 }, (_, i) => `X${i + 1}`);
    const score = scoreWard(
      codes.map(() => "x"),
      codes,
    );
    expect(score.status).toBe("Đạt 34/34");
  });

  const entry = fc.oneof(
    fc.constantFrom<unknown>("Đạt", "Không đạt", "", null, "x", "K", 1, 0, "dat?", "2", "§¹t"),
    fc.string(),
    fc.integer(),
  );

  it("always adds up: met + not met + blank + invalid = total", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 1, max: 40 }), (entries, size) => {
        const codes = Array.from({ length: size }, (_, i) => `C${i}`);
        const score = scoreWard(entries, codes);
        expect(score.met + score.notMet + score.blank + score.invalid).toBe(size);
        expect(score.unmetCodes).toHaveLength(score.notMet);
        expect(score.blankCodes).toHaveLength(score.blank);
        expect(score.complete).toBe(score.blank === 0 && score.invalid === 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("aggregateWards", () => {
  function ward(missing: number, blank = 0): unknown[] {
    const entries = allMet();
    for (let i = 0; i < missing; i++) entries[i] = "Không đạt";
    for (let i = 0; i < blank; i++) entries[21 - i] = "";
    return entries;
  }

  it("reproduces the national figures of November 2023: 172 wards, 144 at 22/22, 25 at 21/22, 3 at 20/22", () => {
    const wards = [...Array(144).fill(0), ...Array(25).fill(1), ...Array(3).fill(2)].map((missing: number) =>
      scoreWard(ward(missing), CODES),
    );
    const result = aggregateWards(wards);
    expect(result.wards).toBe(172);
    expect(result.metAll).toBe(144);
    expect([...result.distribution.entries()]).toEqual([
      [22, 144],
      [21, 25],
      [20, 3],
    ]);
    expect(result.missedByCode).toEqual([
      { code: "TC01", count: 28 },
      { code: "TC02", count: 3 },
    ]);
  });

  it("reproduces Nghệ An 2023: 16 wards all at 21/22, all missing the emulation ranking (TC02)", () => {
    const entries = allMet();
    entries[1] = "Không đạt";
    const result = aggregateWards(Array.from({ length: 16 }, () => scoreWard(entries, CODES)));
    expect(result.metAll).toBe(0);
    expect([...result.distribution.entries()]).toEqual([[21, 16]]);
    expect(result.missedByCode).toEqual([{ code: "TC02", count: 16 }]);
  });

  it("leaves unfinished wards out of the distribution", () => {
    const result = aggregateWards([scoreWard(ward(0, 3), CODES), scoreWard(ward(0), CODES)]);
    expect(result.complete).toBe(1);
    expect([...result.distribution.entries()]).toEqual([[22, 1]]);
  });

  it("always adds up over random wards", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 3 })), { maxLength: 60 }),
        (shapes) => {
          const result = aggregateWards(shapes.map(([missing, blank]) => scoreWard(ward(missing, blank), CODES)));
          const distributed = [...result.distribution.values()].reduce((a, b) => a + b, 0);
          expect(distributed).toBe(result.complete);
          expect(result.metAll).toBe(result.distribution.get(22) ?? 0);
          expect(result.complete).toBeLessThanOrEqual(result.wards);
        },
      ),
    );
  });
});

describe("status sentences read back", () => {
  it("gives the kind of every sentence statusText writes, in both languages, and null for other text", () => {
    const facts = [
      { statusKind: "met", met: 22, notMet: 0, blank: 0, total: 22, unmetCodes: [] },
      { statusKind: "notMet", met: 20, notMet: 2, blank: 0, total: 22, unmetCodes: ["TC02", "TC18"] },
      { statusKind: "incomplete", met: 20, notMet: 1, blank: 1, total: 22, unmetCodes: ["TC03"] },
      { statusKind: "invalid", met: 1, notMet: 0, blank: 0, total: 22, unmetCodes: [] },
    ] as const;
    for (const language of ["vi", "en"] as const) {
      for (const f of facts) expect(statusKindOfText(statusText(f, language))).toBe(f.statusKind);
    }
    expect(statusKindOfText("Chưa chấm đủ 21/22")).toBeNull();
    expect(statusKindOfText("")).toBeNull();
  });
});

import fc from "fast-check";
import { TargetError, needed, parseTarget, quotaPct, rate, summariseProvince, targetForYear, targetPct } from ".";

describe("targets", () => {
  it.each<[unknown, number]>([
    [0.3, 0.3],
    [30, 0.3],
    ["30%", 0.3],
    ["30", 0.3],
    ["0,3", 0.3],
    [" 50 % ", 0.5],
    [1, 1],
    [100, 1],
    ["100%", 1],
  ])("reads the target %j as %d", (input, expected) => expect(parseTarget(input)).toBeCloseTo(expected, 12));

  it.each<[unknown]>([[0], [-5], [150], ["abc"], [""], [null]])("rejects the target %j", (input) => {
    expect(() => parseTarget(input)).toThrow(TargetError);
  });

  it("computes the rate over the total number of wards", () => {
    expect(rate(3, 10)).toBeCloseTo(0.3, 12);
    expect(targetPct(3, 10, "50%")).toBeCloseTo(0.6, 12);
  });

  it("rounds the wards needed up: 30% of 7 wards needs 3, 30% of 10 needs 3", () => {
    expect(needed(0, 7, 0.3)).toBe(3);
    expect(needed(0, 10, 0.3)).toBe(3);
    expect(needed(2, 10, 30)).toBe(1);
    expect(needed(9, 10, "30%")).toBe(0);
    expect(needed(0, 16, 1)).toBe(16);
  });

  it("gives registration against quota: 172 registered for 106 is 162%", () => {
    expect(quotaPct(172, 106)).toBeCloseTo(1.62, 2);
    expect(quotaPct(16, 1)).toBe(16);
  });

  it.each([
    [() => rate(1, 0), "#DIV/0!"],
    [() => rate(-1, 5), "#NUM!"],
    [() => rate(6, 5), "#NUM!"],
    [() => quotaPct(1, 0), "#DIV/0!"],
    [() => needed(Number.NaN, 5, 0.3), "#VALUE!"],
  ])("maps bad counts to an Excel error (%#)", (call, excelError) => {
    expect(call).toThrow(TargetError);
    try {
      call();
    } catch (error) {
      expect((error as TargetError).excelError).toBe(excelError);
    }
  });

  it("uses 30% up to 2025 and 100% for 2026–2030", () => {
    expect(targetForYear(2024)).toBe(0.3);
    expect(targetForYear(2025)).toBe(0.3);
    expect(targetForYear(2027)).toBe(1);
    expect(targetForYear(2035)).toBe(1);
  });

  it("never needs a negative number of wards, and reaching 'needed' reaches the target", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 100 }),
        (total, metRaw, percent) => {
          const met = metRaw % (total + 1);
          const more = needed(met, total, percent);
          expect(more).toBeGreaterThanOrEqual(0);
          if (more > 0) {
            expect(targetPct(met + more, total, percent)).toBeGreaterThanOrEqual(1 - 1e-9);
            expect(targetPct(met + more - 1, total, percent)).toBeLessThan(1);
          }
        },
      ),
    );
  });
});

describe("summariseProvince", () => {
  it("uses the province's total number of wards when known", () => {
    const summary = summariseProvince("Hà Nội", 15, 12, 0.3, 126);
    expect(summary.rateBasis).toBe("wards");
    expect(summary.rate).toBeCloseTo(12 / 126, 12);
    expect(summary.needed).toBe(26);
  });

  it("falls back to the number assessed, labelled so, when the total is unknown", () => {
    const summary = summariseProvince("Nghệ An", 16, 0, 0.3);
    expect(summary.rateBasis).toBe("assessed");
    expect(summary.rate).toBe(0);
    expect(summary.needed).toBe(5);
  });

  it("gives no rate when nothing can be computed", () => {
    expect(summariseProvince("X", 0, 0, 0.3).rate).toBeNull();
    expect(summariseProvince("X", 5, 6, 0.3, 3).rate).toBeNull();
  });
});

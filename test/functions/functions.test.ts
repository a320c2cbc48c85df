import fc from "fast-check";
import { CustomFunctionsErrorDouble, installCustomFunctionsDouble } from "../support/custom-functions-double";
import { encodeTcvn3, encodeVni } from "../../src/core";

installCustomFunctionsDouble();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

/** The Excel error a call raises, with its message. */
function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctionsErrorDouble);
    return { code: (error as CustomFunctionsErrorDouble).code, message: (error as Error).message };
  }
  throw new Error("expected an Excel error");
}

const row = (...cells: unknown[]) => [cells];
const fullRow = (overrides: Record<number, unknown> = {}) => [Array.from({ length: 22 }, (_, i) => (i in overrides ? overrides[i] : "Đạt"))];

describe("KIEUMAU.PASSCOUNT", () => {
  it("counts every accepted entry form, in a row, a column or a block", () => {
    const forms = ["Đạt", "x", 1, true, "Đ", "✓", "Dat", "Đạt".normalize("NFD"), encodeTcvn3("Đạt"), encodeVni("Đạt"), "Có"];
    expect(functions.passCount([forms])).toBe(forms.length);
    expect(functions.passCount(forms.map((f) => [f]))).toBe(forms.length);
    expect(functions.passCount([forms.slice(0, 5), forms.slice(5, 10)])).toBe(10);
  });

  it("does not count not met or blank cells", () => {
    expect(functions.passCount(row("Đạt", "Không đạt", "", "K", 0, false, "x"))).toBe(2);
  });

  it("returns #VALUE! naming the first bad entry", () => {
    const { code, message } = excelError(() => functions.passCount(row("Đạt", "dat?", "2")));
    expect(code).toBe("#VALUE!");
    expect(message).toContain('Ô thứ 2: "dat?"');
    expect(message).toMatch(/không phải kết quả hợp lệ/u);
  });
});

describe("KIEUMAU.SHORTFALL", () => {
  it("names the unmet criteria by the default codes, by position", () => {
    expect(functions.shortfall(fullRow({ 6: "Không đạt", 11: 0 }))).toBe("TC07, TC12");
    expect(functions.shortfall(fullRow())).toBe("");
  });

  it("uses the header cells when given", () => {
    expect(functions.shortfall(row("x", "K", "Đ", "KĐ"), row("A1", "B2", "C3", "D4"))).toBe("B2, D4");
  });

  it("refuses header and result ranges of different sizes, and invalid entries", () => {
    expect(excelError(() => functions.shortfall(row("x", "K"), row("A")))).toMatchObject({ code: "#VALUE!" });
    expect(excelError(() => functions.shortfall(row("x", "??")))).toMatchObject({ code: "#VALUE!" });
  });
});

describe("KIEUMAU.STATUS", () => {
  it.each<[unknown[][], number | undefined, string]>([
    [fullRow(), undefined, "Đạt 22/22"],
    [fullRow({ 6: "Không đạt" }), undefined, "Chưa đạt 21/22 — thiếu TC07"],
    [fullRow({ 18: "", 19: "", 20: "", 21: "" }), undefined, "Đã chấm 18/22 tiêu chí, còn 4 chưa chấm"],
    [[Array(18).fill("x")], 22, "Đã chấm 18/22 tiêu chí, còn 4 chưa chấm"],
  ])("gives the core's status text (%#)", (results, total, expected) => {
    expect(functions.status(results, total)).toBe(expected);
  });

  it("rejects a total smaller than the range, or not a positive whole number", () => {
    expect(excelError(() => functions.status(fullRow(), 20))).toMatchObject({ code: "#VALUE!" });
    expect(excelError(() => functions.status(fullRow(), 0))).toMatchObject({ code: "#NUM!" });
    expect(excelError(() => functions.status(fullRow({ 3: "22/22" })))).toMatchObject({ code: "#VALUE!" });
  });
});

describe("KIEUMAU.RATE, TARGETPCT, NEEDED, QUOTAPCT", () => {
  it("computes the shares and counts", () => {
    expect(functions.rate(144, 172)).toBeCloseTo(0.837, 3);
    expect(functions.targetPct(3, 10, 0.5)).toBeCloseTo(0.6, 12);
    expect(functions.targetPct(3, 10, "50%")).toBeCloseTo(0.6, 12);
    expect(functions.targetPct(3, 10, 50)).toBeCloseTo(0.6, 12);
    expect(functions.neededWards(0, 7, 0.3)).toBe(3);
    expect(functions.neededWards(5, 7, "30%")).toBe(0);
    expect(functions.quotaPct(172, 106)).toBeCloseTo(1.62, 2);
  });

  it.each<[string, () => unknown, string]>([
    ["RATE total 0", () => functions.rate(0, 0), "#DIV/0!"],
    ["RATE negative", () => functions.rate(-1, 5), "#NUM!"],
    ["RATE met > total", () => functions.rate(6, 5), "#NUM!"],
    ["TARGETPCT bad target", () => functions.targetPct(1, 5, "abc"), "#VALUE!"],
    ["TARGETPCT target 0", () => functions.targetPct(1, 5, 0), "#NUM!"],
    ["NEEDED total 0", () => functions.neededWards(0, 0, 0.3), "#DIV/0!"],
    ["NEEDED met > total", () => functions.neededWards(9, 5, 0.3), "#NUM!"],
    ["QUOTAPCT quota 0", () => functions.quotaPct(5, 0), "#DIV/0!"],
    ["QUOTAPCT negative", () => functions.quotaPct(-5, 3), "#NUM!"],
  ])("%s gives %s", (_label, call, code) => {
    const error = excelError(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/\S/u);
  });

  it("never needs a negative number of wards", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(300), fc.integer({ min: 1, max: 100 }), (total, metRaw, target) => {
        expect(functions.neededWards(metRaw % (total + 1), total, target)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

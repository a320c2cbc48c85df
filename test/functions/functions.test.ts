import fc from "fast-check";
import {
  CustomFunctionsErrorDouble,
  installCustomFunctionsDouble,
  installExcelRunDouble,
} from "../support/custom-functions-double";
import { encodeTcvn3, encodeVni } from "../../src/core";

installCustomFunctionsDouble();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

type Addresses = (string | null)[] | undefined;
const invocation = (parameterAddresses?: Addresses) =>
  ({ parameterAddresses }) as unknown as CustomFunctions.Invocation;
const status = (results: unknown[][], total?: unknown, addresses?: Addresses) =>
  functions.status(results, total as number, invocation(addresses));
const shortfall = (results: unknown[][], codes?: unknown[][], addresses?: Addresses) =>
  functions.shortfall(results, codes as unknown[][], invocation(addresses));

/** The Excel error a call raises (or its promise rejects with), with its message. */
async function excelError(call: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctionsErrorDouble);
    return { code: (error as CustomFunctionsErrorDouble).code, message: (error as Error).message };
  }
  throw new Error("expected an Excel error");
}

const row = (...cells: unknown[]) => [cells];
const fullRow = (overrides: Record<number, unknown> = {}) => [
  Array.from({ length: 22 }, (_, i) => (i in overrides ? overrides[i] : "Đạt")),
];

beforeEach(() => functions.resetValueTypesReader());

describe("KIEUMAU.PASSCOUNT", () => {
  it("counts every accepted entry form, in a row, a column or a block", () => {
    const forms = [
      "Đạt",
      "x",
      1,
      true,
      "Đ",
      "✓",
      "Dat",
      "Đạt".normalize("NFD"),
      encodeTcvn3("Đạt"),
      encodeVni("Đạt"),
      "Có",
    ];
    expect(functions.passCount([forms])).toBe(forms.length);
    expect(functions.passCount(forms.map((f) => [f]))).toBe(forms.length);
    expect(functions.passCount([forms.slice(0, 5), forms.slice(5, 10)])).toBe(10);
  });

  it("does not count not met or blank cells", () => {
    expect(functions.passCount(row("Đạt", "Không đạt", "", "K", 0, false, "x", null, undefined))).toBe(2);
  });

  it("returns #VALUE! naming the first bad entry", async () => {
    const { code, message } = await excelError(() => functions.passCount(row("Đạt", "dat?", "2")));
    expect(code).toBe("#VALUE!");
    expect(message).toContain('Ô thứ 2: "dat?"');
    expect(message).toMatch(/không phải kết quả hợp lệ/u);
  });
});

describe("KIEUMAU.SHORTFALL", () => {
  it("names the unmet criteria by the default codes, by position", async () => {
    expect(await shortfall(fullRow({ 6: "Không đạt", 11: "K" }))).toBe("TC07, TC12");
    expect(await shortfall(fullRow())).toBe("");
  });

  it("uses the header cells when given", async () => {
    expect(await shortfall(row("x", "K", "Đ", "KĐ"), row("A1", "B2", "C3", "D4"))).toBe("B2, D4");
  });

  it("refuses header and result ranges of different sizes, and invalid entries, with #VALUE!", async () => {
    expect(await excelError(() => shortfall(row("x", "K"), row("A")))).toMatchObject({ code: "#VALUE!" });
    expect(await excelError(() => shortfall(row("x", "??")))).toMatchObject({ code: "#VALUE!" });
  });
});

describe("KIEUMAU.STATUS", () => {
  it.each<[unknown[][], number | undefined, string]>([
    [fullRow(), undefined, "Đạt 22/22"],
    [fullRow({ 6: "Không đạt" }), undefined, "Chưa đạt 21/22 — thiếu TC07"],
    [fullRow({ 18: "", 19: null, 20: undefined, 21: "" }), undefined, "Đã chấm 18/22 tiêu chí, còn 4 chưa chấm"],
    [[Array(18).fill("x")], 22, "Đã chấm 18/22 tiêu chí, còn 4 chưa chấm"],
  ])("gives the core's status text (%#)", async (results, total, expected) => {
    expect(await status(results, total)).toBe(expected);
  });

  it("rejects a total smaller than the range, or not a positive whole number, with #VALUE! and a message", async () => {
    for (const call of [
      () => status(fullRow(), 20),
      () => status(fullRow(), 2.5),
      () => status(fullRow({ 3: "22/22" })),
    ]) {
      const error = await excelError(call);
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(/\S/u);
    }
  });
});

describe("blank cells: Excel passes an empty cell of a range as 0", () => {
  // Row 5 of "Tỉnh A": C5 Đạt, D5 typed 0 (not met), E5 empty (Excel passes 0 for it too).
  const RESULTS = [["Đạt", 0, 0]];
  const TYPES = [["String", "Double", "Empty"]];
  const ADDRESS = "'Tỉnh A'!C5:E5";

  it("reads the range's value types and takes an empty cell as not assessed, a typed 0 as not met", async () => {
    const stats = installExcelRunDouble((sheet, range) =>
      sheet === "Tỉnh A" && range === "C5:E5" ? TYPES : undefined,
    );
    expect(await status(RESULTS, undefined, [ADDRESS, null])).toBe("Đã chấm 2/3 tiêu chí, còn 1 chưa chấm");
    expect(await shortfall(RESULTS, undefined, [ADDRESS, null])).toBe("TC02");
    expect(stats.ranges).toEqual(["Tỉnh A!C5:E5", "Tỉnh A!C5:E5"]);
  });

  it("reads every range asked for in the same recalculation in one Excel.run and one sync", async () => {
    const stats = installExcelRunDouble(() => TYPES);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, r) => status(RESULTS, undefined, [`Sheet1!C${r + 5}:E${r + 5}`, null])),
    );
    expect(new Set(results)).toEqual(new Set(["Đã chấm 2/3 tiêu chí, còn 1 chưa chấm"]));
    expect(stats).toMatchObject({ runs: 1, syncs: 1 });
    expect(stats.ranges).toHaveLength(30);
  });

  it("does not call Excel when no cell holds 0", async () => {
    const stats = installExcelRunDouble(() => TYPES);
    expect(await status(row("Đạt", "K", ""), undefined, ["Sheet1!C5:E5", null])).toBe(
      "Đã chấm 2/3 tiêu chí, còn 1 chưa chấm",
    );
    expect(stats.runs).toBe(0);
  });

  it("takes the 0 of an argument without an address (an expression) as Excel computed it", async () => {
    const stats = installExcelRunDouble(() => TYPES);
    expect(await status(RESULTS, undefined, [null, null])).toBe("Chưa đạt 1/3 — thiếu TC02, TC03");
    expect(stats.runs).toBe(0);
  });

  it("refuses with #N/A and says why when a 0 cannot be resolved (no addresses, or the read fails)", async () => {
    installExcelRunDouble(() => undefined);
    for (const addresses of [undefined, [ADDRESS, null]]) {
      const error = await excelError(() => status(RESULTS, undefined, addresses));
      expect(error.code).toBe("#N/A");
      expect(error.message).toContain("2 ô là 0");
    }
  });

  it("reads an empty total cell (0 on desktop, null on the web) as not given", async () => {
    installExcelRunDouble((_sheet, range) => (range === "Z1" ? [["Empty"]] : undefined));
    expect(await status(row("Đạt", "Đạt"), 0, ["Sheet1!A1:B1", "Sheet1!Z1"])).toBe("Đạt 2/2");
    expect(await status(row("Đạt", "Đạt"), null, ["Sheet1!A1:B1", "Sheet1!Z1"])).toBe("Đạt 2/2");
  });

  it('treats "", null and undefined alike in every function', async () => {
    const blankForms = fc.constantFrom("", null, undefined);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom("Đạt", "K", "x", 1), blankForms), { minLength: 1, maxLength: 30 }),
        async (cells) => {
          const asEmpty = cells.map((c) => (c === null || c === undefined ? "" : c));
          expect(functions.passCount([cells])).toBe(functions.passCount([asEmpty]));
          expect(await status([cells])).toBe(await status([asEmpty]));
          expect(await shortfall([cells])).toBe(await shortfall([asEmpty]));
        },
      ),
      { numRuns: 200 },
    );
    for (const blank of ["", null, undefined]) {
      expect(functions.passRate(blank as never, 5)).toBe(0);
      expect(functions.neededWards(blank as never, 10, "30%")).toBe(3);
      expect(await excelError(() => functions.targetPct(1, 5, blank))).toEqual(
        await excelError(() => functions.targetPct(1, 5, 0)),
      );
    }
  });
});

describe("KIEUMAU.PASSRATE, TARGETPCT, NEEDED, QUOTAPCT", () => {
  it("computes the shares and counts", () => {
    expect(functions.passRate(144, 172)).toBeCloseTo(0.837, 3);
    expect(functions.targetPct(3, 10, 0.5)).toBeCloseTo(0.6, 12);
    expect(functions.targetPct(3, 10, "50%")).toBeCloseTo(0.6, 12);
    expect(functions.targetPct(3, 10, 50)).toBeCloseTo(0.6, 12);
    expect(functions.neededWards(0, 7, 0.3)).toBe(3);
    expect(functions.neededWards(5, 7, "30%")).toBe(0);
    expect(functions.quotaPct(172, 106)).toBeCloseTo(1.62, 2);
  });

  it.each<[string, () => unknown, string, RegExp]>([
    ["PASSRATE total 0", () => functions.passRate(0, 0), "#N/A", /Tổng số phường bằng 0/u],
    ["PASSRATE negative", () => functions.passRate(-1, 5), "#VALUE!", /không được âm/u],
    ["PASSRATE met > total", () => functions.passRate(6, 5), "#VALUE!", /lớn hơn tổng số phường/u],
    ["PASSRATE text", () => functions.passRate("abc" as never, 5), "#VALUE!", /phải là một số/u],
    ["TARGETPCT bad target", () => functions.targetPct(1, 5, "abc"), "#VALUE!", /"abc" không hợp lệ/u],
    ["TARGETPCT target 0", () => functions.targetPct(1, 5, 0), "#VALUE!", /lớn hơn 0%/u],
    ["NEEDED total 0", () => functions.neededWards(0, 0, 0.3), "#N/A", /bằng 0/u],
    ["NEEDED met > total", () => functions.neededWards(9, 5, 0.3), "#VALUE!", /lớn hơn/u],
    ["QUOTAPCT quota 0", () => functions.quotaPct(5, 0), "#N/A", /Chỉ tiêu bằng 0/u],
    ["QUOTAPCT negative", () => functions.quotaPct(-5, 3), "#VALUE!", /không được âm/u],
  ])("%s gives its Excel error with its message", async (_label, call, code, message) => {
    const error = await excelError(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("returns only #VALUE! or #N/A (the two Excel shows a message with), always with a message", async () => {
    const anything = fc.oneof(
      fc.integer({ min: -5, max: 300 }),
      fc.double({ noNaN: false }),
      fc.string({ maxLength: 4 }),
      fc.constantFrom(null, "", true),
    );
    const calls = [
      (a: unknown, b: unknown) => functions.passRate(a as number, b as number),
      (a: unknown, b: unknown, c: unknown) => functions.targetPct(a as number, b as number, c),
      (a: unknown, b: unknown, c: unknown) => functions.neededWards(a as number, b as number, c),
      (a: unknown, b: unknown) => functions.quotaPct(a as number, b as number),
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...calls), anything, anything, anything, async (call, a, b, c) => {
        try {
          call(a, b, c);
        } catch (error) {
          expect(error).toBeInstanceOf(CustomFunctionsErrorDouble);
          expect(["#VALUE!", "#N/A"]).toContain((error as CustomFunctionsErrorDouble).code);
          expect((error as Error).message).toMatch(/\S/u);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never needs a negative number of wards", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.nat(300),
        fc.integer({ min: 1, max: 100 }),
        (total, metRaw, target) => {
          expect(functions.neededWards(metRaw % (total + 1), total, target)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it("speaks English when Excel's display language is English", async () => {
    (globalThis as unknown as { Office: unknown }).Office = { context: { displayLanguage: "en-US" } };
    try {
      expect((await excelError(() => functions.passRate(0, 0))).message).toBe(
        "The total number of wards is 0: there is no rate to compute. Enter the province's total number of wards.",
      );
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
  });
});

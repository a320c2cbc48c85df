import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  NATIVE_MET_TOKENS,
  NATIVE_NOT_MET_TOKENS,
  passCountFormula,
  statusText,
  scoreWard,
  DEFAULT_CRITERIA_SET,
  criterionCodes,
} from "../../src/core";
import { registerKieumauFunctions } from "../../src/functions/hyperformula-plugin";
import { createSimulatedExcel } from "../../src/simulator";

registerKieumauFunctions();

// What the template's native formulas accept, as typed by users.
const NATIVE_FORMS: readonly (string | number | boolean | null)[] = [
  ...NATIVE_MET_TOKENS,
  ...NATIVE_NOT_MET_TOKENS,
  "đạt",
  "X",
  1,
  0,
  true,
  false,
  null,
];
const CODES = criterionCodes(DEFAULT_CRITERIA_SET);

describe("KIEUMAU.* in HyperFormula", () => {
  it("PASSCOUNT agrees with the native COUNTIF formulas on thousands of random rows and on the extreme rows", () => {
    const rowArbitrary = fc.array(fc.constantFrom(...NATIVE_FORMS), { minLength: 22, maxLength: 22 });
    // The extremes first (every cell met, none, all blank), then random rows.
    const extremes = [Array(22).fill("Đạt"), Array(22).fill("Không đạt"), Array(22).fill(null)];
    const rows = [...extremes, ...fc.sample(rowArbitrary, { numRuns: 2000, seed: 42 })];
    const sheet = rows.map((cells, r) => [
      ...cells,
      `=KIEUMAU.PASSCOUNT(A${r + 1}:V${r + 1})`,
      passCountFormula(`A${r + 1}:V${r + 1}`),
    ]);
    const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
    const counts = rows.map((cells, r) => {
      const ours = hf.getCellValue({ sheet: 0, row: r, col: 22 });
      expect(ours).toBe(hf.getCellValue({ sheet: 0, row: r, col: 23 }));
      expect(ours).toBe(scoreWard(cells, CODES).met);
      return ours;
    });
    expect(counts.slice(0, 3)).toEqual([22, 0, 0]);
    // The random rows spread over many counts, so the agreement is not on a handful of values.
    expect(new Set(counts.slice(3)).size).toBeGreaterThanOrEqual(10);
    hf.destroy();
  });

  it("evaluates every function, and returns errors with the Vietnamese message", () => {
    const hf = HyperFormula.buildFromArray(
      [
        [
          "Đạt",
          "Không đạt",
          "x",
          "K",
          "=KIEUMAU.PASSCOUNT(A1:D1)",
          "=KIEUMAU.SHORTFALL(A1:D1,A2:D2)",
          "=KIEUMAU.STATUS(A1:D1)",
          "=KIEUMAU.STATUS(A1:D1,22)",
        ],
        [
          "TC01",
          "TC02",
          "TC03",
          "TC04",
          "=KIEUMAU.PASSRATE(144,172)",
          '=KIEUMAU.TARGETPCT(3,10,"50%")',
          "=KIEUMAU.NEEDED(0,7,30)",
          "=KIEUMAU.QUOTAPCT(172,106)",
        ],
        [
          "dat?",
          null,
          null,
          null,
          "=KIEUMAU.PASSCOUNT(A3:D3)",
          "=KIEUMAU.PASSRATE(1,0)",
          "=KIEUMAU.NEEDED(9,5,0.3)",
          '=KIEUMAU.TARGETPCT(1,5,"abc")',
        ],
      ] as never,
      { licenseKey: "gpl-v3" },
    );
    const value = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    expect(value(0, 4)).toBe(2);
    expect(value(0, 5)).toBe("TC02, TC04");
    expect(value(0, 6)).toBe(
      statusText({ statusKind: "notMet", met: 2, notMet: 2, blank: 0, total: 4, unmetCodes: ["TC02", "TC04"] }),
    );
    expect(value(0, 7)).toBe("Đã chấm 4/22 tiêu chí, còn 18 chưa chấm");
    expect(value(1, 4)).toBeCloseTo(144 / 172, 9);
    expect(value(1, 5)).toBeCloseTo(0.6, 9);
    expect(value(1, 6)).toBe(3);
    expect(value(1, 7)).toBeCloseTo(1.6226, 3);
    expect(value(2, 4)).toMatchObject({ value: "#VALUE!", message: expect.stringContaining('"dat?"') });
    expect(value(2, 5)).toMatchObject({ value: "#N/A", message: expect.stringContaining("bằng 0") });
    expect(value(2, 6)).toMatchObject({ value: "#VALUE!", message: expect.stringContaining("lớn hơn tổng số phường") });
    expect(value(2, 7)).toMatchObject({ value: "#VALUE!" });
    hf.destroy();
  });

  it("reads an empty cell as not assessed and a typed 0 as not met, as Excel does once the blanks are restored", () => {
    const hf = HyperFormula.buildFromArray(
      [["Đạt", 0, null, "=KIEUMAU.STATUS(A1:C1)", "=KIEUMAU.SHORTFALL(A1:C1)", "=KIEUMAU.PASSCOUNT(A1:C1)"]] as never,
      { licenseKey: "gpl-v3" },
    );
    expect([0, 1, 2].map((i) => hf.getCellValue({ sheet: 0, row: 0, col: 3 + i }))).toEqual([
      "Đã chấm 2/3 tiêu chí, còn 1 chưa chấm",
      "TC02",
      1,
    ]);
    hf.destroy();
  });

  it("evaluates =KIEUMAU.PASSCOUNT(...) through the strict simulated workbook", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:E1").values = [["Đạt", "x", "Không đạt", 1, ""]];
      sheet.getRange("F1").formulas = [["=KIEUMAU.PASSCOUNT(A1:E1)"]];
      sheet.getRange("G1").formulas = [["=KIEUMAU.STATUS(A1:E1,5)"]];
      await context.sync();
    });
    const sheetName = excel.activeSheetName() ?? "";
    expect(excel.sheet(sheetName).value("F1")).toBe(3);
    expect(excel.sheet(sheetName).value("G1")).toBe("Đã chấm 4/5 tiêu chí, còn 1 chưa chấm");
    excel.type(sheetName, "E1", "x");
    expect(excel.sheet(sheetName).value("F1")).toBe(4);
    expect(excel.sheet(sheetName).value("G1")).toBe("Chưa đạt 4/5 — thiếu TC03");
  });
});

import { createSimulatedExcel } from ".";

describe("simulated whole-number and decimal validation", () => {
  it("keeps the rule, gives it back on load, and a list rule replaces it", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const whole = sheet.getRange("B4:B9").dataValidation;
      whole.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      sheet.getRange("F4:F9").dataValidation.rule = { decimal: { formula1: 0.0001, formula2: 1, operator: "Between" } };
      await context.sync();
      whole.load("type, rule");
      await context.sync();
      expect(whole.type).toBe("WholeNumber");
      expect(whole.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    });
    expect(excel.sheet("Sheet1").validations.map((v) => [v.range, v.numeric])).toEqual([
      ["B4:B9", { type: "WholeNumber", operator: "GreaterThanOrEqualTo", formula1: 0 }],
      ["F4:F9", { type: "Decimal", operator: "Between", formula1: 0.0001, formula2: 1 }],
    ]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B4:B9").dataValidation.rule = {
        list: { inCellDropDown: true, source: "a,b" },
      };
      await context.sync();
    });
    expect(excel.sheet("Sheet1").validations[0]).toMatchObject({ range: "B4:B9", list: ["a", "b"], numeric: null });
  });

  it("refuses a malformed rule as Excel does (InvalidArgument), and keeps nothing", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation;
      expect(() => (dv.rule = { decimal: { formula1: 0, operator: "Between" } })).toThrow(/formula2/u);
      expect(
        () => (dv.rule = { wholeNumber: { formula1: 0, operator: "Bigger" as Excel.DataValidationOperator } }),
      ).toThrow(/Invalid wholeNumber/u);
      await context.sync();
    });
    expect(excel.sheet("Sheet1").validations).toEqual([]);
  });
});

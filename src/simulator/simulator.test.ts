import { HyperFormula, FunctionPlugin, FunctionArgumentType } from "hyperformula";
import { createSimulatedExcel, SimulatedOfficeError, shiftFormula } from ".";

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("strict simulated Excel", () => {
  it("throws PropertyNotLoaded before load, and before sync after load", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, "x"]];
      expect(() => range.values).toThrow(SimulatedOfficeError);
      range.load("values");
      expect(() => range.values).toThrow(/not available/u);
      await context.sync();
      expect(range.values).toEqual([[1, "x"]]);
      expect(() => range.formulas).toThrow(/call the load method/u);
    });
  });

  it("queues writes until sync and counts syncs and request bytes", async () => {
    const excel = createSimulatedExcel();
    const context = excel.newContext();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["Đạt"]];
    expect(excel.sheet("Sheet1").value("A1")).toBe("");
    await context.sync();
    expect(excel.sheet("Sheet1").value("A1")).toBe("Đạt");
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.maxRequestBytes).toBeGreaterThan(10);
  });

  it("rejects a request above the 5 MB limit without applying anything", async () => {
    const excel = createSimulatedExcel({ payloadLimit: 1000 });
    const context = excel.newContext();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200");
    range.values = Array.from({ length: 200 }, () => ["quite a long text value"]);
    await expectCode(context.sync(), "RequestPayloadSizeLimitExceeded");
    expect(excel.sheet("Sheet1").usedRange()).toBeNull();
  });

  it("rejects a response above the limit", async () => {
    const excel = createSimulatedExcel({ payloadLimit: 2000 });
    excel.type("Sheet1", "A1", "x".repeat(3000));
    const context = excel.newContext();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
    await expectCode(context.sync(), "ResponsePayloadSizeLimitExceeded");
  });

  it("fails the sync with ItemNotFound for a missing sheet, and reports null objects", async () => {
    const excel = createSimulatedExcel();
    const context = excel.newContext();
    context.workbook.worksheets.getItem("Không có");
    await expectCode(context.sync(), "ItemNotFound");
    const second = excel.newContext();
    const missing = second.workbook.worksheets.getItemOrNullObject("Không có");
    expect(() => missing.isNullObject).toThrow(/not available/u);
    await second.sync();
    expect(missing.isNullObject).toBe(true);
  });

  it("reads values as Excel does: formulas, apostrophes, numbers in text, text format", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C1").numberFormat = [["@"]];
      sheet.getRange("A1:D1").values = [["=1+1", "'=1+1", "=2", "1"]];
      sheet.getRange("A2:C2").values = [["TRUE", "-x", "@SUM(1)"]];
      const r = sheet.getRange("A1:D2");
      r.load("values, formulas, text");
      await context.sync();
      expect(r.values).toEqual(
        [
          [2, "=1+1", "=2", 1],
          [true, "#NAME?", 1],
        ].map((row) => (row.length === 3 ? [...row, ""] : row)),
      );
      expect(r.formulas[0]).toEqual(["=1+1", "=1+1", "=2", 1]);
    });
  });

  it("checks the shape of written arrays", async () => {
    const excel = createSimulatedExcel();
    const context = excel.newContext();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
    await expectCode(context.sync(), "InvalidArgument");
  });

  it("copies formulas down with relative references moved", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[1], [2], [3]];
      sheet.getRange("B1").formulas = [["=A1*10+$A$1"]];
      sheet.getRange("B2:B3").copyFrom("B1", "Formulas");
      await context.sync();
    });
    expect(excel.sheet("Sheet1").formula("B3")).toBe("=A3*10+$A$1");
    expect(excel.sheet("Sheet1").value("B3")).toBe(31);
  });

  it("shifts references but not text or function names", () => {
    expect(shiftFormula('=IF(C6="A1",LOG10(D$6),$E6&C:C)', 2, 1)).toBe('=IF(D8="A1",LOG10(E$6),$E8&D:D)');
  });

  it("evaluates conditional formats and validation lists for the preview", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = '=A1="K"';
      cf.custom.format.fill.color = "#FF0000";
      cf.stopIfTrue = true;
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "Đạt,Không đạt" } };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "Sai", message: "Chỉ Đạt/Không đạt" };
      range.values = [["Đạt"], ["K"], [""]];
      await context.sync();
    });
    const sheet = excel.sheet("Sheet1");
    expect(sheet.conditionalLook("A2").fill).toBe("#FF0000");
    expect(sheet.conditionalLook("A1").fill).toBeNull();
    expect(sheet.validationList("A3")?.list).toEqual(["Đạt", "Không đạt"]);
    expect(sheet.isValid("A1")).toBe(true);
    expect(sheet.isValid("A2")).toBe(false);
  });

  it("adds sheets with unique names, names, panes; refuses duplicates and bad names", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("Phiếu chấm");
      ws.names.add("KieuMau_DauHieu", ws.getRange("A1:Q1"), "dấu hiệu");
      ws.freezePanes.freezeRows(5);
      await context.sync();
      const name = ws.names.getItemOrNullObject("KieuMau_DauHieu");
      const range = name.getRangeOrNullObject();
      range.load("address");
      await context.sync();
      expect(name.isNullObject).toBe(false);
      expect(range.address).toBe("'Phiếu chấm'!A1:Q1");
    });
    expect(excel.sheet("Phiếu chấm").freeze).toEqual({ rows: 5, columns: 0 });
    const context = excel.newContext();
    context.workbook.worksheets.add("phiếu CHẤM");
    await expectCode(context.sync(), "ItemAlreadyExists");
    const bad = excel.newContext();
    bad.workbook.worksheets.add("a/b");
    await expectCode(bad.sync(), "InvalidArgument");
  });

  it("knows the used range of an empty sheet is a null object, and fails on a deleted sheet", async () => {
    const excel = createSimulatedExcel({ sheets: ["A", "B"] });
    await excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem("B");
      const used = b.getUsedRangeOrNullObject();
      b.load("name");
      await context.sync();
      expect(used.isNullObject).toBe(true);
      b.delete();
      await context.sync();
      b.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(excel.sheetNames()).toEqual(["A"]);
  });

  it("needs items loaded before reading a collection", async () => {
    const excel = createSimulatedExcel({ sheets: ["A", "B"] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/u);
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
    });
  });

  it("loads only the item properties asked for: items/name leaves visibility and position unloaded", async () => {
    const excel = createSimulatedExcel({ sheets: ["A", "B"] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const first = sheets.items[0] as Excel.Worksheet;
      expect(first.name).toBe("A");
      for (const read of [() => first.visibility, () => first.position, () => first.id]) {
        expect(read).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      }
      sheets.load("items/name, items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["A", "Visible"],
        ["B", "Visible"],
      ]);
      expect(() => sheets.items[1]?.position).toThrow(/not available/u);
      sheets.load("items");
      await context.sync();
      expect(sheets.items.map((s) => s.position)).toEqual([0, 1]);
    });
  });

  it("loads names and conditional formats as strictly as sheets", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.names.add("Vung", sheet.getRange("A1:A3"), "ghi chú");
      sheet.getRange("A1:A3").conditionalFormats.add("Custom" as Excel.ConditionalFormatType).custom.rule.formula =
        "=A1>1";
      await context.sync();
      sheet.names.load("items/name");
      const formats = sheet.getRange("A1:A3").conditionalFormats;
      formats.load("items/type");
      await context.sync();
      expect(sheet.names.items[0]?.name).toBe("Vung");
      expect(() => sheet.names.items[0]?.comment).toThrow(/not available/u);
      expect(formats.items[0]?.type).toBe("Custom");
      expect(() => formats.items[0]?.stopIfTrue).toThrow(/not available/u);
      sheet.names.load("items/comment");
      await context.sync();
      expect(sheet.names.items[0]?.comment).toBe("ghi chú");
    });
  });

  it("moves cells, formulas, rules and names when whole rows are inserted", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[1], [2], [3]];
      sheet.getRange("B1").formulas = [["=SUM($A$1:A3)"]];
      sheet.names.add("Vung", sheet.getRange("A2:A3"));
      const cf = sheet.getRange("A2:A3").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = "=A2>2";
      cf.custom.format.fill.color = "#00FF00";
      await context.sync();
      sheet.getRange("2:3").insert("Down" as Excel.InsertShiftDirection);
      await context.sync();
    });
    const sheet = excel.sheet("Sheet1");
    expect(sheet.values("A1:A5")).toEqual([[1], [""], [""], [2], [3]]);
    expect(sheet.formula("B1")).toBe("=SUM($A$1:A5)");
    expect(sheet.value("B1")).toBe(6);
    expect(sheet.names).toEqual([{ name: "Vung", reference: "$A$4:$A$5", comment: "" }]);
    expect(sheet.conditionalLook("A5").fill).toBe("#00FF00");
    expect(sheet.conditionalLook("A4").fill).toBeNull();
  });

  it("fails run() when writes were queued but never synced", async () => {
    const excel = createSimulatedExcel();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      }),
    ).rejects.toThrow(/never synced/u);
  });

  it("evaluates functions registered globally before the workbook is created", async () => {
    class DoublePlugin extends FunctionPlugin {
      static override implementedFunctions = {
        "KIEUMAU.TESTDOUBLE": { method: "double", parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
      };
      double(ast: unknown, state: unknown): unknown {
        return (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction(
          (ast as { args: unknown }).args,
          state,
          this.metadata("KIEUMAU.TESTDOUBLE"),
          (n: number) => n * 2,
        );
      }
    }
    HyperFormula.registerFunctionPlugin(DoublePlugin, { enGB: { "KIEUMAU.TESTDOUBLE": "KIEUMAU.TESTDOUBLE" } });
    try {
      const excel = createSimulatedExcel();
      excel.type("Sheet1", "A1", "=KIEUMAU.TESTDOUBLE(21)");
      expect(excel.sheet("Sheet1").value("A1")).toBe(42);
    } finally {
      HyperFormula.unregisterFunctionPlugin(DoublePlugin);
    }
  });
});

describe("display text of number formats", () => {
  test("percentages and fixed decimals show as Excel shows them", async () => {
    const { createSimulatedExcel } = await import("./simulated-excel");
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:D1");
      range.values = [[0.6667, 0.3, 2.5, 0.125]];
      range.numberFormat = [["0.0%", "0%", "0.00", "General"]];
      await context.sync();
    });
    expect(excel.sheet("Sheet1").texts("A1:D1")).toEqual([["66.7%", "30%", "2.50", "0.125"]]);
  });
});

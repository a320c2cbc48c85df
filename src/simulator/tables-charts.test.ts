import { createSimulatedExcel } from ".";

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("tables in the simulator", () => {
  test("nothing happens before sync; add makes unique text headers and a default name", async () => {
    const excel = createSimulatedExcel();
    excel.type("Sheet1", "A1", "Tỉnh");
    excel.type("Sheet1", "C1", "Tỉnh");
    excel.type("Sheet1", "D1", "2025");
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const table = sheet.tables.add("A1:D3", true);
    expect(excel.sheet("Sheet1").tables).toEqual([]);
    table.load("name");
    await context.sync();
    expect(table.name).toBe("Table1");
    expect(excel.sheet("Sheet1").tables).toEqual([
      { name: "Table1", range: "A1:D3", headers: ["Tỉnh", "Column2", "Tỉnh2", "2025"], style: "TableStyleMedium2" },
    ]);
    expect(typeof excel.sheet("Sheet1").value("D1")).toBe("string");
  });

  test("renames like the summary does, refuses taken or invalid names and overlaps at sync", async () => {
    const excel = createSimulatedExcel({ sheets: ["A", "B"] });
    await excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem("A").tables.add("A1:B2", true);
      a.name = "KieuMau_TongHop_x1";
      await context.sync();
      a.name = "KieuMau_TongHop";
      await context.sync();
    });
    const taken = excel.newContext();
    taken.workbook.worksheets.getItem("B").tables.add("A1:B2", true).name = "kieumau_tonghop";
    await expectCode(taken.sync(), "ItemAlreadyExists");
    const invalid = excel.newContext();
    invalid.workbook.worksheets.getItem("B").tables.add("C1:D2", true).name = "Tổng hợp";
    await expectCode(invalid.sync(), "InvalidArgument");
    const overlap = excel.newContext();
    overlap.workbook.worksheets.getItem("A").tables.add("B2:C3", true);
    await expectCode(overlap.sync(), "InvalidArgument");
    const nameClash = excel.newContext();
    nameClash.workbook.names.add("KieuMau_TongHop", "=A!A1");
    await expectCode(nameClash.sync(), "ItemAlreadyExists");
  });

  test("deleting the sheet deletes its tables, freeing the name; items and ranges load", async () => {
    const excel = createSimulatedExcel({ sheets: ["A", "B"] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("A").tables.add("A1:B3", true).name = "T";
      await context.sync();
      const tables = context.workbook.tables;
      tables.load("items/name");
      const body = tables.getItem("T").getDataBodyRange();
      body.load("address");
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(["T"]);
      expect(body.address).toBe("A!A2:B3");
      context.workbook.worksheets.getItem("A").delete();
      context.workbook.worksheets.getItem("B").tables.add("A1:A2", true).name = "T";
      await context.sync();
    });
    expect(excel.sheet("B").tables.map((t) => t.name)).toEqual(["T"]);
  });

  test("a table may not cover merged cells; inserted rows move it", async () => {
    const excel = createSimulatedExcel();
    const merged = excel.newContext();
    const sheet = merged.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").merge();
    sheet.tables.add("A1:B4", true);
    await expectCode(merged.sync(), "InvalidArgument");
    await excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.tables.add("A3:B4", true);
      s.getRange("1:2").insert("Down" as Excel.InsertShiftDirection);
      await context.sync();
    });
    expect(excel.sheet("Sheet1").tables[0]?.range).toBe("A5:B6");
  });
});

describe("charts in the simulator", () => {
  test("records the calls the summary makes, at sync", async () => {
    const excel = createSimulatedExcel();
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const chart = sheet.charts.add(
      "ColumnClustered" as Excel.ChartType,
      sheet.getRange("E3:F8"),
      "Columns" as Excel.ChartSeriesBy,
    );
    chart.title.text = "Tỷ lệ đạt và chỉ tiêu theo tỉnh";
    chart.axes.categoryAxis.setCategoryNames(sheet.getRange("A4:A8"));
    chart.setPosition("I3");
    expect(excel.sheet("Sheet1").charts).toEqual([]);
    await context.sync();
    expect(excel.sheet("Sheet1").charts).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        source: "E3:F8",
        seriesBy: "Columns",
        title: "Tỷ lệ đạt và chỉ tiêu theo tỉnh",
        categories: "A4:A8",
        position: "I3",
      },
    ]);
  });

  test("refuses an unknown chart type at once and a long title; setCategoryNames needs ExcelApi 1.7", async () => {
    const excel = createSimulatedExcel();
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    expect(() => sheet.charts.add("Pyramid3D" as Excel.ChartType, sheet.getRange("A1:B2"))).toThrow(/chart type/u);
    const chart = sheet.charts.add("Line" as Excel.ChartType, sheet.getRange("A1:B2"));
    expect(() => {
      chart.title.text = "x".repeat(256);
    }).toThrow(/255/u);
    await context.sync();
    const old = createSimulatedExcel({ profile: "excel2016-volume" });
    const ctx = old.newContext();
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.charts
      .add("Line" as Excel.ChartType, s.getRange("A1:B2"))
      .axes.categoryAxis.setCategoryNames(s.getRange("A1:A2"));
    await expectCode(ctx.sync(), "ApiNotFound");
    expect(old.sheet("Sheet1").charts).toHaveLength(1);
  });
});

import { createSimulatedExcel, enableCharts, sheetLayout } from ".";

type ChartsHost = { charts?: { add(type: string, range: unknown, by: string): Excel.Chart } };

describe("charts (opt-in) and the read-only sheet layout", () => {
  test("without enableCharts a worksheet has no charts, as on a host without them", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1") as unknown as ChartsHost;
      expect(sheet.charts).toBeUndefined();
      await context.sync();
    });
  });

  test("a chart is recorded on sync, with its title, ranges and position; renaming the sheet keeps it", async () => {
    const excel = createSimulatedExcel();
    enableCharts(excel);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").values = [
        ["", "Rate", "Target"],
        ["Huế", 0.5, 0.3],
        ["Hà Nội", 1, 0.3],
      ];
      const charts = (sheet as unknown as ChartsHost).charts;
      const chart = charts?.add("ColumnClustered", sheet.getRange("B1:C3"), "Columns") as Excel.Chart;
      chart.title.text = "Rates";
      chart.axes.categoryAxis.setCategoryNames(sheet.getRange("A2:A3"));
      chart.setPosition("E2");
      expect(sheetLayout(excel, "Sheet1").charts).toEqual([]);
      await context.sync();
      sheet.name = "Theo tỉnh";
      await context.sync();
    });
    expect(sheetLayout(excel, "Theo tỉnh").charts).toEqual([
      {
        type: "ColumnClustered",
        seriesBy: "Columns",
        title: "Rates",
        source: { sheet: "Theo tỉnh", address: "B1:C3" },
        categories: { sheet: "Theo tỉnh", address: "A2:A3" },
        anchor: "E2",
      },
    ]);
  });

  test("row heights set through the API, number formats of a block and hidden columns read back", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("2:2").format.rowHeight = 72;
      sheet.getRange("B1:B2").numberFormat = [["0.0%"], ["#,##0"]];
      sheet.getRange("C:C").columnHidden = true;
      await context.sync();
    });
    const layout = sheetLayout(excel, "Sheet1");
    expect([layout.rowHeight(1), layout.rowHeight(2)]).toEqual([undefined, 72]);
    expect(layout.numberFormats("A1:B2")).toEqual([
      ["General", "0.0%"],
      ["General", "#,##0"],
    ]);
    expect(layout.hiddenColumns).toEqual([3]);
  });
});

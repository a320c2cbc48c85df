import { buildMatrixTemplate } from "../core/template";
import { DEFAULT_CRITERIA_SET } from "../core";
import { insertMatrix } from "../excel";
import { createSimulatedExcel, sheetLayout } from "../simulator";
import { cellTexts, cellView, gridView, mergeMap, spillWidth } from "./grid-model";

describe("preview grid model", () => {
  test("shows the used range without hidden rows, merges as spans, conditional colours over static ones", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 3 }));
    const sheet = excel.sheet("Bảng chấm nhanh");
    const view = gridView(sheet);
    expect(view.rows).not.toContain(1); // the marker row is hidden
    expect(view.rows[0]).toBe(2);
    expect(view.columns.length).toBeGreaterThanOrEqual(28);
    const merges = mergeMap(sheet.merges, view);
    expect(merges.spans.get("2:1")?.colSpan).toBeGreaterThan(20);
    expect(merges.covered.has("2:2")).toBe(true);

    excel.type("Bảng chấm nhanh", "C6", "Đạt");
    excel.type("Bảng chấm nhanh", "D6", "Không đạt");
    excel.type("Bảng chấm nhanh", "E6", "daat");
    const after = excel.sheet("Bảng chấm nhanh");
    const met = cellView(after, 6, 3, "Đạt");
    const notMet = cellView(after, 6, 4, "Không đạt");
    const invalid = cellView(after, 6, 5, "daat");
    expect(notMet.background).not.toBe(met.background);
    expect(invalid.background).not.toBe(met.background);
    expect(invalid.background).not.toBeNull();
    expect(cellView(after, 4, 3, "TC01").bold).toBe(true);
  });

  test("a huge sheet is capped", async () => {
    const excel = createSimulatedExcel();
    excel.type("Sheet1", "BZ900", "x");
    const view = gridView(excel.sheet("Sheet1"));
    expect(view.rows).toHaveLength(120);
    expect(view.columns).toHaveLength(40);
    expect(view.cut).toBe(true);
  });

  test("row heights set in the workbook, frozen panes counted in shown rows, hidden columns skipped", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 3 }));
    const name = "Bảng chấm nhanh";
    const view = gridView(excel.sheet(name), sheetLayout(excel, name));
    // Row 5 (the criteria's wording) has the height the template computed for it (points × 4/3 px); the others keep Excel's default.
    const set =
      buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: 3 }).rowHeights.find((h) => h.row === 5)?.height ?? 0;
    expect(set).toBeGreaterThan(15);
    expect(view.heights[view.rows.indexOf(5)]).toBe(Math.round((set * 4) / 3));
    expect(view.heights[view.rows.indexOf(6)]).toBeNull();
    // Rows 1–5 and columns A–B are frozen; row 1 is hidden, so four shown rows stay put.
    expect(view.frozen).toEqual({ rows: 4, columns: 2 });
    const cell = cellView(excel.sheet(name), 5, 3, "x");
    expect(cell.wrap).toBe(true);

    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).getRange("B:B").columnHidden = true;
      await context.sync();
    });
    const hidden = gridView(excel.sheet(name), sheetLayout(excel, name));
    expect(hidden.columns.slice(0, 3)).toEqual([1, 3, 4]);
    expect(hidden.frozen.columns).toBe(1);
  });

  test("cell texts follow each cell's number format and the locale", async () => {
    const excel = createSimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [[0.5, 1234567, 45245]];
      sheet.getRange("A1:C1").numberFormat = [["0.0%", "#,##0", "dd/mm/yyyy"]];
      await context.sync();
    });
    const texts = cellTexts(excel.sheet("Sheet1"), sheetLayout(excel, "Sheet1"), "C1", "vi-VN");
    expect(texts).toEqual([["50,0%", "1.234.567", "15/11/2023"]]);
    expect(cellTexts(excel.sheet("Sheet1"), sheetLayout(excel, "Sheet1"), "A1", "en-US")).toEqual([["50.0%"]]);
  });

  test("unwrapped text runs into the empty cells on its right, up to the next filled one; numbers do not", () => {
    const excel = createSimulatedExcel();
    excel.type("Sheet1", "A1", "A title longer than its column");
    excel.type("Sheet1", "D1", "x");
    excel.type("Sheet1", "A2", 12345);
    const sheet = excel.sheet("Sheet1");
    const layout = sheetLayout(excel, "Sheet1");
    const view = gridView(sheet, layout);
    const texts = cellTexts(sheet, layout, "K21", "vi-VN");
    const merges = mergeMap(sheet.merges, view);
    const spill = (row: number, column: number) =>
      spillWidth(view, merges, texts, cellView(sheet, row, column, texts[row - 1]?.[column - 1] ?? ""), row);
    // B1 and C1 are empty (64 px each by default); D1 stops it.
    expect(spill(1, 1)).toBe((view.widths[1] ?? 0) + (view.widths[2] ?? 0));
    expect(spill(1, 4)).toBeGreaterThan(0);
    expect(spill(2, 1)).toBe(0);
  });
});

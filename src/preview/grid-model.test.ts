import { DEFAULT_CRITERIA_SET } from "../core";
import { insertMatrix } from "../excel";
import { createSimulatedExcel } from "../simulator";
import { cellView, gridView, mergeMap } from "./grid-model";

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
});

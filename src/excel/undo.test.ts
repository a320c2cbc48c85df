import { DEFAULT_CRITERIA_SET } from "../core/criteria/default-set";
import { cellAddress } from "../core/template";
import { createSimulatedExcel } from "../simulator";
import { insertMatrix, normaliseSheet } from ".";
import { undoChanges } from "./undo";

const SHEET = "Bảng chấm nhanh";

async function normalised(rows: number) {
  const excel = createSimulatedExcel();
  await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: rows }));
  for (let r = 6; r < 6 + rows; r++) {
    excel.type(SHEET, cellAddress(r, 3), "dat");
    excel.type(SHEET, cellAddress(r, 4), 1);
    excel.type(SHEET, cellAddress(r, 5), "x");
  }
  const result = await excel.run((context) => normaliseSheet(context, { confirm: () => true, keepPrevious: true }));
  return { excel, result };
}

describe("Hoàn tác (undo of the add-in's writes)", () => {
  test("normalise keeps every changed cell's previous content; undo restores them in 3 syncs", async () => {
    const { excel, result } = await normalised(3);
    expect(result.changed).toBe(9);
    expect(result.previous).toHaveLength(9);
    expect(excel.sheet(SHEET).values("C6:E6")).toEqual([["Đạt", "Đạt", "Đạt"]]);
    excel.resetStats();
    const undone = await excel.run((context) =>
      undoChanges(context, { sheetName: SHEET, changes: result.previous ?? [] }),
    );
    expect(excel.stats.syncs).toBe(3);
    expect(undone).toEqual({ sheetName: SHEET, restored: 9, keptChanged: 0, sheetMissing: false });
    expect(excel.sheet(SHEET).values("C6:E8")).toEqual(Array(3).fill(["dat", 1, "x"]));
  });

  test("the syncs stay constant for 100 wards", async () => {
    const { excel, result } = await normalised(100);
    excel.resetStats();
    await excel.run((context) => undoChanges(context, { sheetName: SHEET, changes: result.previous ?? [] }));
    expect(excel.stats.syncs).toBe(3);
    expect(excel.sheet(SHEET).value("E105")).toBe("x");
  });

  test("a cell the user changed since is left alone; a deleted sheet restores nothing", async () => {
    const { excel, result } = await normalised(1);
    excel.type(SHEET, "C6", "Không đạt");
    const undone = await excel.run((context) =>
      undoChanges(context, { sheetName: SHEET, changes: result.previous ?? [] }),
    );
    expect(undone).toMatchObject({ restored: 2, keptChanged: 1 });
    expect(excel.sheet(SHEET).values("C6:E6")).toEqual([["Không đạt", 1, "x"]]);
    const missing = await excel.run((context) =>
      undoChanges(context, { sheetName: "Không có", changes: result.previous ?? [] }),
    );
    expect(missing).toEqual({ sheetName: "Không có", restored: 0, keptChanged: 0, sheetMissing: true });
  });

  test("without keepPrevious normalise returns what it did before", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 1 }));
    excel.type(SHEET, "C6", "dat");
    const result = await excel.run((context) => normaliseSheet(context, { confirm: () => true }));
    expect(result.previous).toBeUndefined();
  });
});

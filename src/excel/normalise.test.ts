import { DEFAULT_CRITERIA_SET } from "../core/criteria/default-set";
import { encodeTcvn3 } from "../core/text/legacy-encodings";
import { cellAddress, matrixSummaryColumns } from "../core/template";
import { createSimulatedExcel } from "../simulator";
import { checkActiveSheet, insertMatrix, normaliseSheet, type NormalisePreview } from ".";

const SHEET = "Bảng chấm nhanh";
const codes = DEFAULT_CRITERIA_SET.criteria.map((c) => c.code);

async function setup(): Promise<ReturnType<typeof createSimulatedExcel>> {
  const excel = createSimulatedExcel();
  await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 5 }));
  const row = codes.map(() => "Đạt") as unknown[];
  row[0] = "dat";
  row[1] = encodeTcvn3("Không đạt");
  row[2] = 1;
  row[3] = "Đạt".normalize("NFD");
  row[4] = "abc";
  row[5] = "x";
  excel.type(SHEET, "A6", "Nghệ An");
  excel.type(SHEET, "B6", "Phường Hưng Bình");
  row.forEach((v, i) => excel.type(SHEET, cellAddress(6, 3 + i), v as string | number));
  // A formula whose result reads as a variant: never replaced.
  excel.type(SHEET, cellAddress(7, 3), '="da"&"t"');
  excel.resetStats();
  return excel;
}

describe("Chuẩn hoá (normalise)", () => {
  it("rewrites recognised variants to the canonical words after confirmation, leaves invalid cells and formulas", async () => {
    const excel = await setup();
    const previews: NormalisePreview[] = [];
    const result = await excel.run((context) =>
      normaliseSheet(context, {
        confirm: (preview) => {
          previews.push(preview);
          return true;
        },
      }),
    );
    expect(excel.stats.syncs).toBe(3);
    expect(previews[0]).toMatchObject({ sheetName: SHEET, count: 6, invalidLeft: 1 });
    expect(previews[0]?.examples[0]).toEqual({ address: "C6", from: "dat", to: "Đạt" });
    expect(result).toEqual({ sheetName: SHEET, changed: 5, cancelled: false, invalidLeft: 1, skippedFormulas: 1 });
    const sheet = excel.sheet(SHEET);
    expect(sheet.values("C6:H6")).toEqual([["Đạt", "Không đạt", "Đạt", "Đạt", "abc", "Đạt"]]);
    expect(sheet.formula("C7")).toBe('="da"&"t"');
    // The native formulas now count what the core counts (except the invalid cell).
    expect(sheet.value(cellAddress(6, matrixSummaryColumns(22).met))).toBe(20);
    expect(sheet.value(cellAddress(6, matrixSummaryColumns(22).notMet))).toBe(1);
    const report = await excel.run((context) => checkActiveSheet(context));
    // Left: the invalid cell, and row 7 (the formula cell, no ward or province).
    expect(report.problems.map((p) => `${p.code}@${p.where.cell ?? ""}`)).toEqual([
      "entryNotAResult@G6",
      "readerNeedsNormalising@C7",
      "readerRowWithoutWard@B7",
      "readerRowWithoutProvince@A7",
    ]);
  });

  it("changes nothing when the user cancels, in one sync", async () => {
    const excel = await setup();
    const result = await excel.run((context) => normaliseSheet(context, { confirm: () => false }));
    expect(result).toMatchObject({ cancelled: true, changed: 0 });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.sheet(SHEET).value("C6")).toBe("dat");
  });

  it("does not ask when there is nothing to change", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 2 }));
    let asked = false;
    const result = await excel.run((context) => normaliseSheet(context, { confirm: () => (asked = true) }));
    expect(result.changed).toBe(0);
    expect(asked).toBe(false);
  });
});

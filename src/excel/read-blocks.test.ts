import { DEFAULT_CRITERIA_SET as SET } from "../core/criteria/default-set";
import { createSimulatedExcel, type SimulatedExcel } from "../simulator";
import { checkSheet } from "./check";
import { finishUsedReads, queueUsedRead } from "./read-blocks";
import { readWorkbookSources } from "./summary";

const CODES = SET.criteria.map((c) => c.code);

/** A scoring table found by its codes: header row, then `wards` rows of long text (≈ 330 bytes of response each). */
async function fill(excel: SimulatedExcel, sheet: string, wards: number, top = 0): Promise<void> {
  const header = ["Tỉnh", "Phường", ...CODES];
  const rows = Array.from({ length: wards }, (_, i) => [
    `Tỉnh ${i % 34}`,
    `Phường số ${i + 1} của tỉnh`,
    ...CODES.map((_, c) => ((i + c) % 23 === 0 ? "Không đạt" : "Đạt")),
  ]);
  const all = [header, ...rows];
  for (let start = 0; start < all.length; start += 4_000) {
    const part = all.slice(start, start + 4_000);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRangeByIndexes(top + start, 0, part.length, header.length).values =
        part;
      await context.sync();
    });
  }
}

describe("reading large sheets in blocks under Excel's limits", () => {
  test("20,000 wards on Excel on the web: every response under 5 MB, at most 4 syncs, every ward read", async () => {
    const excel = createSimulatedExcel({ profile: "web", sheets: ["Bảng"] });
    await fill(excel, "Bảng", 20_000);
    excel.resetStats();
    const report = await excel.run((context) => checkSheet(context, { sheetName: "Bảng", set: SET }));
    expect(report.templates[0]?.wards).toHaveLength(20_000);
    expect(excel.stats.maxResponseBytes).toBeLessThanOrEqual(5_000_000);
    // The whole sheet would not fit one response: it was read in blocks.
    expect(excel.stats.requests.reduce((n, r) => n + r.responseBytes, 0)).toBeGreaterThan(5_000_000);
    expect(excel.stats.syncs).toBeLessThanOrEqual(4);
  }, 120_000);

  test("a small sheet is read in one sync", async () => {
    const excel = createSimulatedExcel({ profile: "web", sheets: ["Bảng"] });
    await fill(excel, "Bảng", 1_000);
    excel.resetStats();
    const report = await excel.run((context) => checkSheet(context, { sheetName: "Bảng", set: SET, highlight: false }));
    expect(report.templates[0]?.wards).toHaveLength(1_000);
    expect(excel.stats.syncs).toBe(1);
  });

  test("several large sheets of the open workbook: one response under 5 MB each, every ward read", async () => {
    const excel = createSimulatedExcel({ profile: "web", sheets: ["Một", "Hai", "Ba"] });
    for (const sheet of ["Một", "Hai", "Ba"]) await fill(excel, sheet, 7_000);
    excel.resetStats();
    const source = await excel.run((context) => readWorkbookSources(context, SET));
    expect(source.records).toHaveLength(21_000);
    expect(excel.stats.maxResponseBytes).toBeLessThanOrEqual(5_000_000);
  }, 120_000);

  test("blocks stay under the cell budget too; rows below an empty top land in place", async () => {
    const excel = createSimulatedExcel({ sheets: ["S"], cellReadLimit: 10_000 });
    await fill(excel, "S", 3_000, 40);
    excel.type("S", "Z45", "xa");
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("S");
    const pending = queueUsedRead(sheet, 20);
    await context.sync();
    const [read] = await finishUsedReads(context, [pending], { bytes: 4_000_000, cells: 9_000 });
    expect(read?.rowIndex).toBe(40);
    expect(read?.values).toHaveLength(3_001);
    expect(read?.values[4]?.[25]).toBe("xa");
    expect(read?.values[3_000]?.[1]).toBe("Phường số 3000 của tỉnh");
    expect(excel.sheet("S").values(`A41:Z3041`)).toEqual(read?.values);
  });
});

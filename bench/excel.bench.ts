/**
 * Excel actions on the strict simulated workbook, matrix layout:
 * syncs per action and the largest request, for 10, 1,000 and 10,000
 * wards, and the time of the core work of "Kiểm tra" (locating the
 * template and classifying every entry, Excel round trips excluded).
 */
import { DEFAULT_CRITERIA_SET } from "../src/core/criteria/default-set";
import { gridFromRows } from "../src/core/consolidate/grid";
import { readGrid } from "../src/core/reader";
import { checkSheet, insertMatrix, normaliseSheet } from "../src/excel";
import { createSimulatedExcel } from "../src/simulator";
import { bestTime, round, type Report } from "./report";

const SHEET = "Bảng chấm nhanh";

export async function run(report: Report): Promise<void> {
  for (const wards of [10, 1000, 10_000]) {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: wards }));
    const insertSyncs = excel.stats.syncs;
    let maxRequest = excel.stats.maxRequestBytes;

    // Every ward typed the quick way (1 / 0), which "Chuẩn hoá" rewrites.
    await excel.run(async (context) => {
      const rows = Array.from({ length: wards }, (_, i) => [`Tỉnh ${i % 34}`, `Phường ${i + 1}`, ...DEFAULT_CRITERIA_SET.criteria.map((_, c) => ((i + c) % 23 === 0 ? 0 : 1))]);
      context.workbook.worksheets.getItem(SHEET).getRangeByIndexes(5, 0, wards, rows[0]?.length ?? 0).values = rows;
      await context.sync();
    });

    excel.resetStats();
    await excel.run((context) => checkSheet(context, { sheetName: SHEET }));
    const checkSyncs = excel.stats.syncs;
    maxRequest = Math.max(maxRequest, excel.stats.maxRequestBytes);

    const used = excel.sheet(SHEET).usedRange(true) ?? "A1";
    const grid = gridFromRows(SHEET, excel.sheet(SHEET).values(used));
    const coreMs = await bestTime(() => {
      readGrid(grid);
    });

    excel.resetStats();
    await excel.run((context) => normaliseSheet(context, { sheetName: SHEET, confirm: () => true }));
    const normaliseSyncs = excel.stats.syncs;
    maxRequest = Math.max(maxRequest, excel.stats.maxRequestBytes);

    report({ name: `excel.syncs.insert.${wards}`, value: insertSyncs, unit: "syncs", aim: "<= 3" });
    report({ name: `excel.syncs.check.${wards}`, value: checkSyncs, unit: "syncs", aim: "<= 2" });
    report({ name: `excel.syncs.normalise.${wards}`, value: normaliseSyncs, unit: "syncs", aim: "<= 3" });
    report({ name: `excel.maxRequestBytes.${wards}`, value: maxRequest, unit: "bytes", aim: "<= 5000000" });
    report({ name: `excel.check.coreMs.${wards}`, value: round(coreMs), unit: "ms", aim: "" });
  }
}

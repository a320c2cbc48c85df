import { DEFAULT_CRITERIA_SET } from "../core/criteria/default-set";
import { createSimulatedExcel } from "../simulator";
import { checkSheet, insertMatrix, normaliseSheet } from ".";

/**
 * Syncs per action do not grow with the number of wards, and no request
 * reaches Excel on the web's 5 MB limit. 10 and 1,000 wards here; 10,000
 * wards in \`npm run bench\` (excel.syncs.*.10000), where the two minutes
 * HyperFormula spends evaluating every native formula do not slow the suite.
 */
const SHEET = "Bảng chấm nhanh";

async function measure(wards: number): Promise<{
  insert: number;
  check: number;
  normalise: number;
  maxRequest: number;
  maxResponse: number;
  wardsFound: number;
  changed: number;
}> {
  const excel = createSimulatedExcel();
  await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: wards }));
  const insert = excel.stats.syncs;
  let maxRequest = excel.stats.maxRequestBytes;
  // Every ward filled the quick way: 1 / 0, which normalise rewrites.
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const rows = Array.from({ length: wards }, (_, i) => [
      `Tỉnh ${i % 34}`,
      `Phường ${i + 1}`,
      ...DEFAULT_CRITERIA_SET.criteria.map((_, c) => ((i + c) % 23 === 0 ? 0 : 1)),
    ]);
    sheet.getRangeByIndexes(5, 0, wards, rows[0]?.length ?? 0).values = rows;
    await context.sync();
  });
  excel.resetStats();
  const report = await excel.run((context) => checkSheet(context, { sheetName: SHEET }));
  const check = excel.stats.syncs;
  maxRequest = Math.max(maxRequest, excel.stats.maxRequestBytes);
  const maxResponse = excel.stats.maxResponseBytes;
  excel.resetStats();
  const result = await excel.run((context) => normaliseSheet(context, { sheetName: SHEET, confirm: () => true }));
  return {
    insert,
    check,
    normalise: excel.stats.syncs,
    maxRequest: Math.max(maxRequest, excel.stats.maxRequestBytes),
    maxResponse,
    wardsFound: report.templates[0]?.wards.length ?? 0,
    changed: result.changed,
  };
}

describe("sync counts at scale (matrix layout)", () => {
  it.each([10, 1000])(
    "%i wards: insert ≤ 3, check ≤ 2, normalise ≤ 3 syncs, every request under 5 MB",
    async (wards) => {
      const m = await measure(wards);
      expect(m.insert).toBeLessThanOrEqual(3);
      expect(m.check).toBeLessThanOrEqual(2);
      expect(m.normalise).toBeLessThanOrEqual(3);
      expect(m.maxRequest).toBeLessThan(5_000_000);
      expect(m.maxResponse).toBeLessThan(5_000_000);
      expect(m.wardsFound).toBe(wards);
      expect(m.changed).toBe(wards * DEFAULT_CRITERIA_SET.criteria.length);
    },
    300_000,
  );
});

/**
 * In the add-in, Theo tỉnh computes rate, % of target and wards still
 * needed with the KIEUMAU custom functions. With the functions' HyperFormula
 * plugin registered, the simulated workbook evaluates them: they must give
 * the core's figures. (Here, not in src/excel: src/excel may not import
 * src/functions.)
 */
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core";
import { consolidateRecords, type WardRecord } from "../../src/core/consolidate";
import { SUMMARY_FUNCTIONS } from "../../src/core/summary";
import { refreshSummary } from "../../src/excel/summary";
import { registerKieumauFunctions } from "../../src/functions/hyperformula-plugin";
import { createSimulatedExcel } from "../../src/simulator";

const CODES = SET.criteria.map((c) => c.code);

function record(province: string, i: number, notMet: readonly string[]): WardRecord {
  return {
    province,
    ward: `Phường ${i}`,
    period: "11/2023",
    entries: new Map(CODES.map((c) => [c, notMet.includes(c) ? "Không đạt" : "Đạt"])),
    cells: new Map(),
    source: { file: `f${i}.xlsx`, sheet: "Phiếu chấm", foundBy: "marker" },
  };
}

test("the KIEUMAU formulas of Theo tỉnh compute the core's figures, with and without the user's totals", async () => {
  registerKieumauFunctions();
  const records = Array.from({ length: 172 }, (_, i) =>
    record(["Hà Nội", "Nghệ An", "Đà Nẵng", "Huế"][i % 4] as string, i, i < 144 ? [] : [CODES[1] as string]),
  );
  const excel = createSimulatedExcel();
  const write = () =>
    excel.run((context) =>
      refreshSummary(context, SET, (provinceInputs) => consolidateRecords(records, SET, [], { provinceInputs }), {
        confirmReplace: () => true,
        formulas: "kieumau",
      }),
    );
  const check = (result: Awaited<ReturnType<typeof write>>["result"]): void => {
    const sheet = excel.sheet("Theo tỉnh");
    result.provinces.forEach((p, i) => {
      expect(String(sheet.formula(`E${4 + i}`))).toContain(`${SUMMARY_FUNCTIONS.rate}(`);
      expect(String(sheet.formula(`G${4 + i}`))).toContain(`${SUMMARY_FUNCTIONS.targetPct}(`);
      expect(String(sheet.formula(`H${4 + i}`))).toContain(`${SUMMARY_FUNCTIONS.needed}(`);
      expect(sheet.value(`E${4 + i}`)).toBeCloseTo(p.rate as number, 9);
      expect(sheet.value(`G${4 + i}`)).toBeCloseTo(p.targetPct as number, 9);
      expect(sheet.value(`H${4 + i}`)).toBe(p.needed);
    });
  };
  check((await write()).result);
  excel.type("Theo tỉnh", "B5", 126);
  excel.type("Theo tỉnh", "F5", 0.5);
  const second = await write();
  expect(second.result.provinces[1]).toMatchObject({ province: "Hà Nội", wards: 126, target: 0.5, rateBasis: "wards" });
  check(second.result);
});

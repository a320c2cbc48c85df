import { DEFAULT_CRITERIA_SET, criteriaSetToRows } from "../../core";
import { CRITERIA_SHEET_NAME } from "../../core/criteria";
import { KieuMauExcelError } from "../../excel/errors";
import { ConsolidationCancelled } from "../../core/consolidate/pipeline";
import { createSimulatedExcel } from "../../simulator";
import { fileSource, matrixWorkbook, resultsFor } from "../../../test/consolidate/fixtures";
import { createExcelHost } from "./excel-host";
import type { ConsolidateStage } from "./types";

const set = DEFAULT_CRITERIA_SET;

function setup(supported: (name: string, version: string) => boolean = () => true) {
  const excel = createSimulatedExcel();
  const host = createExcelHost((batch) => excel.run(batch), supported);
  return { excel, host };
}

describe("the Excel host over the simulated workbook", () => {
  test("insert, check and go-to each take a constant number of syncs", async () => {
    const { excel, host } = setup();
    excel.resetStats();
    await host.insertTemplate({ layout: "matrix", set, wardRows: 500 });
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    excel.resetStats();
    const report = await host.check();
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
    expect(report.templates[0]?.wards).toHaveLength(0);
    excel.resetStats();
    await host.goTo("Bảng chấm nhanh", "C6");
    expect(excel.stats.syncs).toBe(1);
    expect(excel.state.selection?.rect).toEqual({ top: 5, left: 2, bottom: 5, right: 2 });
  });

  test("without ExcelApi 1.9 the template is still drawn (formulas written in blocks)", async () => {
    const { excel, host } = setup((name, version) => !(name === "ExcelApi" && version === "1.9"));
    const result = await host.insertTemplate({ layout: "matrix", set, wardRows: 20 });
    expect(result.inserted).toBe(true);
    expect(String(excel.sheet(result.sheetName).formula("Y25"))).toMatch(/^=COUNTIF/u);
    expect(host.supports("insertTemplate")).toBe(true);
  });

  test("features follow the requirement sets Office reports", () => {
    const { host } = setup((name) => name === "ExcelApi");
    expect(host.supports("insertTemplate")).toBe(true);
    expect(host.supports("customFunctions")).toBe(false);
  });

  test("reads a criteria set written on the Bộ tiêu chí sheet; a missing sheet is a plain error", async () => {
    const { excel, host } = setup();
    await expect(host.readCriteriaSheet()).rejects.toThrow(KieuMauExcelError);
    await expect(host.readCriteriaSheet()).rejects.toMatchObject({
      problem: { code: "excelNoCriteriaSheet", params: { sheet: CRITERIA_SHEET_NAME } },
    });
    const rows = criteriaSetToRows({ ...set, title: "Bộ của tỉnh", criteria: set.criteria.slice(0, 20) });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(CRITERIA_SHEET_NAME);
      sheet.getRangeByIndexes(0, 0, rows.length, rows[0]?.length ?? 1).values = rows;
      await context.sync();
    });
    const read = await host.readCriteriaSheet();
    expect(read.criteria).toHaveLength(20);
    expect(read.title).toBe("Bộ của tỉnh");
  });

  test("consolidates ward files with this workbook's sheets, reports progress, writes the summary sheets", async () => {
    const { excel, host } = setup();
    await host.insertTemplate({ layout: "matrix", set, wardRows: 2 });
    excel.type("Bảng chấm nhanh", "A6", "Huế");
    excel.type("Bảng chấm nhanh", "B6", "Phường Mẫu");
    set.criteria.forEach((_, i) => excel.type("Bảng chấm nhanh", `${String.fromCharCode(67 + i)}6`, "Đạt"));
    const file = fileSource(
      "cum.xlsx",
      await matrixWorkbook([{ province: "Huế", ward: "Phường Hai", results: resultsFor(set, ["TC03"]) }]),
    );
    const stages: ConsolidateStage[] = [];
    excel.resetStats();
    const outcome = await host.consolidate({
      files: [file],
      useWorkbook: true,
      set,
      defaultTarget: 0.3,
      onProgress: (s) => stages.push(s),
      signal: new AbortController().signal,
      confirmReplace: async () => true,
    });
    expect(outcome.written).toBe(true);
    expect(outcome.result.national).toEqual({ wards: 2, complete: 2, metAll: 1, rate: 0.5 });
    expect(outcome.sheets).toEqual(expect.arrayContaining(["Tổng hợp", "Theo tỉnh", "Vấn đề"]));
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(["Tổng hợp", "Theo tỉnh"]));
    expect(stages.map((s) => s.stage).filter((s, i, all) => s !== all[i - 1])).toEqual([
      "workbook",
      "files",
      "writing",
    ]);
    expect(stages).toContainEqual({ stage: "files", done: 1, total: 1, file: "cum.xlsx" });
    // Sheets of this workbook 2, the user's inputs 2, the write 3: the same for 10 or 10,000 wards.
    expect(excel.stats.syncs).toBeLessThanOrEqual(7);
  });

  test("cancelling a consolidation writes nothing", async () => {
    const { excel, host } = setup();
    const abort = new AbortController();
    abort.abort();
    const before = excel.sheetNames();
    const file = fileSource(
      "cum.xlsx",
      await matrixWorkbook([{ province: "Huế", ward: "Phường Hai", results: resultsFor(set, []) }]),
    );
    await expect(
      host.consolidate({
        files: [file],
        useWorkbook: false,
        set,
        defaultTarget: 0.3,
        onProgress: () => undefined,
        signal: abort.signal,
        confirmReplace: async () => true,
      }),
    ).rejects.toBeInstanceOf(ConsolidationCancelled);
    expect(excel.sheetNames()).toEqual(before);
  });
});

import { DEFAULT_CRITERIA_SET } from "../core";
import { problemText } from "../contracts/problem-text";
import { insertMatrix, type KieuMauExcelError } from "../excel";
import { createSimulatedExcel } from "../simulator";
import { latestRibbonCheck } from "../contracts/ribbon-bridge";
import type { CheckReport } from "../excel";
import { runRibbonCheck } from "./commands";

describe("ribbon Kiểm tra", () => {
  test("checks the active sheet, hands the report to the pane, opens it and completes", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 3 }));
    excel.type("Bảng chấm nhanh", "C6", "daat");
    const completed = jest.fn();
    const show = jest.fn(async () => undefined);
    excel.resetStats();
    await runRibbonCheck({ completed }, (batch) => excel.run(batch), show);
    expect(excel.stats.syncs).toBe(2);
    expect(latestRibbonCheck<CheckReport>()?.report?.problems.some((p) => p.where.cell === "C6")).toBe(true);
    expect(show).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("on a sheet without a template it reports the error and still completes", async () => {
    const excel = createSimulatedExcel();
    const completed = jest.fn();
    await runRibbonCheck(
      { completed },
      (batch) => excel.run(batch),
      () => Promise.reject(new Error("no showAsTaskpane")),
    );
    expect(problemText((latestRibbonCheck<CheckReport>()?.error as KieuMauExcelError).problem, "vi").message).toMatch(
      /không phải mẫu chấm điểm/u,
    );
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

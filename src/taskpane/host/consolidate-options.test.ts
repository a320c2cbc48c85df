import { DEFAULT_CRITERIA_SET } from "../../core";
import { createSimulatedExcel } from "../../simulator";
import { fileSource, matrixWorkbook, resultsFor } from "../../../test/consolidate/fixtures";
import { createExcelHost } from "./excel-host";
import type { ConsolidateRequest } from "./types";

const set = DEFAULT_CRITERIA_SET;

async function consolidateWith(options: Pick<ConsolidateRequest, "quota" | "provinces">) {
  const excel = createSimulatedExcel();
  const host = createExcelHost(
    (batch) => excel.run(batch),
    () => true,
  );
  const wards = [
    { province: "Bình Dương", ward: "Phường Một", results: resultsFor(set, []) },
    { province: "Huế", ward: "Phường Hai", results: resultsFor(set, ["TC03"]) },
  ];
  const file = fileSource("cum.xlsx", await matrixWorkbook(wards));
  const outcome = await host.consolidate({
    files: [file],
    useWorkbook: false,
    set,
    defaultTarget: 0.3,
    onProgress: () => undefined,
    signal: new AbortController().signal,
    confirmReplace: async () => true,
    ...options,
  });
  return { excel, outcome };
}

function sheetText(excel: ReturnType<typeof createSimulatedExcel>, name: string): string {
  const sheet = excel.sheet(name);
  const used = sheet.usedRange(true);
  return used === null ? "" : sheet.texts(used).flat().join("\n");
}

describe("the host's consolidation options (issues 14 and 17)", () => {
  test("the quota reaches the Báo cáo sheet", async () => {
    const { excel, outcome } = await consolidateWith({ quota: 1 });
    expect(outcome.written).toBe(true);
    expect(excel.sheetNames()).toContain("Báo cáo");
    expect(sheetText(excel, "Báo cáo")).toMatch(/vượt chỉ tiêu 01 Công an phường/u);
    const none = await consolidateWith({});
    expect(sheetText(none.excel, "Báo cáo")).not.toMatch(/Chỉ tiêu được giao|vượt chỉ tiêu/u);
  });

  test("provinces: current rolls Bình Dương into TP Hồ Chí Minh; asWritten keeps it", async () => {
    const current = await consolidateWith({ provinces: "current" });
    const asWritten = await consolidateWith({ provinces: "asWritten" });
    const names = (o: typeof current) => o.outcome.result.provinces.map((p) => p.province);
    expect(names(asWritten)).toContain("Bình Dương");
    expect(names(current)).not.toContain("Bình Dương");
    expect(names(current).some((n) => /Hồ Chí Minh/u.test(n))).toBe(true);
  });
});

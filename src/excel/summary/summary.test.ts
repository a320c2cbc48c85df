import { DEFAULT_CRITERIA_SET as SET } from "../../core/criteria/default-set";
import { problemText } from "../../contracts/problem-text";
import { consolidateRecords, type WardRecord } from "../../core/consolidate";
import { SUMMARY_FUNCTIONS } from "../../core/summary";
import { cellAddress } from "../../core/template";
import { createSimulatedExcel, type SimulatedExcel } from "../../simulator";
import { insertMatrix } from "../insert";
import { SimChartCollection } from "../../simulator/api";
import { SimulatedOfficeError } from "../../simulator/errors";
import { readSummaryInputs, readWorkbookSources, refreshSummary, writeSummarySheets, TEMP_PREFIX } from ".";

const CODES = SET.criteria.map((c) => c.code);
const SUMMARY_SHEET_NAMES = ["Tổng hợp", "Theo tỉnh", "Phân bố", "Vấn đề"];

/** Ward records as a reader gives them: `notMet` codes not met, the rest met. */
function record(province: string, ward: string, notMet: readonly string[], file = "a.xlsx", row?: number): WardRecord {
  return {
    province,
    ward,
    period: "11/2023",
    entries: new Map(CODES.map((c) => [c, notMet.includes(c) ? "Không đạt" : "Đạt"])),
    cells: new Map(CODES.map((c, i) => [c, cellAddress(row ?? 1, 3 + i)])),
    source: { file, sheet: "Bảng chấm nhanh", row, foundBy: "marker" },
  };
}

/** 172 wards: 144 at 22/22, 25 at 21/22, 3 at 20/22. */
function national(): WardRecord[] {
  const out: WardRecord[] = [];
  for (let i = 0; i < 172; i++) {
    const province = ["Hà Nội", "Nghệ An", "Đà Nẵng", "Huế"][i % 4] as string;
    const notMet = i < 144 ? [] : i < 169 ? [CODES[1] as string] : [CODES[1] as string, CODES[18] as string];
    out.push(record(province, `Phường ${i + 1}`, notMet, `f${Math.floor(i / 10)}.xlsx`, 6 + (i % 10)));
  }
  return out;
}

function snapshot(excel: SimulatedExcel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of excel.sheetNames()) {
    const used = excel.sheet(name).usedRange(false);
    out[name] = used === null ? null : excel.sheet(name).values(used);
  }
  return out;
}

async function write(
  excel: SimulatedExcel,
  records: WardRecord[],
  confirm = true,
  formulas: "native" | "kieumau" = "native",
) {
  return excel.run((context) =>
    refreshSummary(context, SET, (provinceInputs) => consolidateRecords(records, SET, [], { provinceInputs }), {
      confirmReplace: () => confirm,
      formulas,
    }),
  );
}

describe("summary sheets in the open workbook", () => {
  test("writes Tổng hợp, Theo tỉnh, Phân bố, Vấn đề with native formulas that compute the national rate", async () => {
    const excel = createSimulatedExcel();
    const out = await write(excel, national());
    expect(out.written).toBe(true);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Tổng hợp", "Theo tỉnh", "Phân bố", "Vấn đề"]);
    const wards = excel.sheet("Tổng hợp");
    expect(wards.value("A3")).toBe("Tỉnh/thành phố");
    expect(wards.values("A4:F4")[0]).toEqual(["Đà Nẵng", "Phường 3", "11/2023", 22, 22, "Đạt 22/22"]);
    const provinces = excel.sheet("Theo tỉnh");
    expect(provinces.values("A4:D7")).toEqual([
      ["Đà Nẵng", "", 43, 36],
      ["Hà Nội", "", 43, 36],
      ["Huế", "", 43, 36],
      ["Nghệ An", "", 43, 36],
    ]);
    expect(provinces.value("A8")).toBe("Tổng cộng");
    expect(provinces.value("C8")).toBe(172);
    expect(provinces.value("D8")).toBe(144);
    expect(provinces.value("E8")).toBeCloseTo(144 / 172, 9);
    expect(provinces.numberFormat("E8")).toBe("0.0%");
    expect(Math.round((provinces.value("E8") as number) * 1000) / 10).toBe(83.7);
    expect(provinces.value("H4")).toBe(0);
    const dist = excel.sheet("Phân bố");
    expect(dist.values("A4:B6")).toEqual([
      ["22/22", 144],
      ["21/22", 25],
      ["20/22", 3],
    ]);
    expect(dist.values("E4:G5")).toEqual([
      [CODES[1], SET.criteria[1]?.title, 28],
      [CODES[18], SET.criteria[18]?.title, 3],
    ]);
    expect(excel.sheet("Vấn đề").value("E4")).toBe("Không có vấn đề nào.");
  });

  test("numbers stay numbers: rates are numbers under a number format, never TEXT(); the bar holds only the bar", async () => {
    const excel = createSimulatedExcel();
    await write(excel, national());
    excel.type("Theo tỉnh", "B5", 126);
    excel.type("Theo tỉnh", "F5", 0.5);
    const provinces = excel.sheet("Theo tỉnh");
    const formulas = SUMMARY_SHEET_NAMES.flatMap((name) =>
      [...(excel.state.sheetByName(name)?.inputs.values() ?? [])].flatMap((input) =>
        input.kind === "formula" ? [input.formula] : [],
      ),
    );
    expect(formulas.length).toBeGreaterThan(4 * 5);
    for (const formula of formulas) expect(formula).not.toMatch(/\bTEXT\(/iu);
    expect(provinces.value("E5")).toBeCloseTo(36 / 126, 9);
    expect(provinces.numberFormat("E5")).toBe("0.0%");
    expect(provinces.text("E5")).toBe("28.6%");
    expect(provinces.value("F5")).toBe(0.5);
    expect(provinces.numberFormat("F5")).toBe("0%");
    expect(provinces.numberFormat("G5")).toBe("0%");
    // 28.6% of 20 characters, then dots up to the 50% target.
    expect(provinces.value("I5")).toBe(`${"█".repeat(6)}${"·".repeat(4)}`);
    expect(provinces.value("I4")).toBe("█".repeat(17));
  });

  test("the add-in draws what the command line draws: Phân bố sized, Theo tỉnh inputs validated, print setup", async () => {
    const excel = createSimulatedExcel();
    await write(excel, national());
    const dist = excel.sheet("Phân bố");
    expect([1, 2, 3, 5, 6, 7].map((c) => dist.columnWidth(c) !== undefined)).toEqual(Array(6).fill(true));
    expect(dist.columnWidth(6)).toBeGreaterThan(dist.columnWidth(5) as number);
    const provinces = excel.sheet("Theo tỉnh");
    expect(provinces.validations.map((v) => [v.range, v.numeric?.type, v.numeric?.operator])).toEqual([
      ["B4:B7", "WholeNumber", "GreaterThanOrEqualTo"],
      ["F4:F7", "Decimal", "Between"],
    ]);
    for (const name of SUMMARY_SHEET_NAMES) {
      const layout = excel.sheet(name).pageLayout;
      expect([layout.orientation, layout.paperSize, layout.zoom]).toEqual([
        "Landscape",
        "A4",
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
      ]);
      expect(layout.printTitleRows).toEqual({ top: 2, bottom: 2, left: 0, right: 16_383 });
    }
  });

  test("a constant number of syncs, whatever the number of wards", async () => {
    const syncs: number[] = [];
    for (const n of [10, 2_000]) {
      const records = Array.from({ length: n }, (_, i) =>
        record(`Tỉnh ${i % 34}`, `Phường ${i}`, i % 3 === 0 ? [CODES[2] as string] : [], `f${i}.xlsx`),
      );
      const excel = createSimulatedExcel();
      excel.resetStats();
      await write(excel, records);
      syncs.push(excel.stats.syncs);
      expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
    }
    expect(syncs[0]).toBe(syncs[1]);
    // Names, the user's inputs (none here), the data and formats, the swap, the table and chart.
    expect(syncs[0]).toBeLessThanOrEqual(4);
  });

  test("the custom-function formulas are used in the add-in", async () => {
    const excel = createSimulatedExcel();
    await write(excel, national().slice(0, 8), true, "kieumau");
    const provinces = excel.sheet("Theo tỉnh");
    expect(String(provinces.formula("E4"))).toBe(
      `=IF(IF(N(B4)>0,B4,C4)>0,${SUMMARY_FUNCTIONS.rate}(D4,IF(N(B4)>0,B4,C4)),"")`,
    );
    expect(String(provinces.formula("G4"))).toContain(`${SUMMARY_FUNCTIONS.targetPct}(`);
    expect(String(provinces.formula("H4"))).toContain(`${SUMMARY_FUNCTIONS.needed}(`);
  });

  test("text from files arrives literally, never as a formula", async () => {
    const names = ['=HYPERLINK("http://x","bấm")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A2)", "11/2023"];
    const excel = createSimulatedExcel();
    await write(
      excel,
      names.map((n, i) => record("=1+1", n, [], `${n}.xlsx`, i + 6)),
    );
    const wards = excel.sheet("Tổng hợp");
    const got = wards.values("A4:B8");
    expect(got.map((r) => r[0])).toEqual(Array(5).fill("=1+1"));
    expect(got.map((r) => r[1]).sort()).toEqual([...names].sort());
    for (let r = 4; r <= 8; r++)
      expect(String(wards.formula(`B${r}`)).startsWith("=") && !names.includes(String(wards.value(`B${r}`)))).toBe(
        false,
      );
  });

  test("refresh asks first, keeps the user's totals and targets, and gives the same result twice", async () => {
    const excel = createSimulatedExcel();
    const records = national();
    await write(excel, records);
    const first = snapshot(excel);

    const declined = await write(excel, records.slice(0, 10), false);
    expect(declined.written).toBe(false);
    expect(snapshot(excel)).toEqual(first);

    excel.type("Theo tỉnh", "B5", 126); // Hà Nội's total number of wards
    excel.type("Theo tỉnh", "F5", 0.5);
    const refreshed = await write(excel, records);
    expect(refreshed.replaced).toEqual(["Tổng hợp", "Theo tỉnh", "Phân bố", "Vấn đề"]);
    const provinces = excel.sheet("Theo tỉnh");
    expect(provinces.values("A5:D5")[0]).toEqual(["Hà Nội", 126, 43, 36]);
    expect(provinces.value("F5")).toBe(0.5);
    expect(provinces.value("E5")).toBeCloseTo(36 / 126, 9);
    expect(provinces.value("H5")).toBe(63 - 36);
    expect(refreshed.result.provinces.find((p) => p.province === "Hà Nội")).toMatchObject({
      wards: 126,
      target: 0.5,
      needed: 27,
    });
    const again = snapshot(excel);
    await write(excel, records);
    expect(snapshot(excel)).toEqual(again);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Tổng hợp", "Theo tỉnh", "Phân bố", "Vấn đề"]);
  });

  test("a failure while writing leaves the workbook as it was", async () => {
    const excel = createSimulatedExcel({ payloadLimit: 150_000 });
    const small = national().slice(0, 4);
    await write(excel, small);
    const before = snapshot(excel);
    const big = Array.from({ length: 3_000 }, (_, i) => record("Hà Nội", `Phường ${i}`, [], `f${i}.xlsx`));
    await expect(write(excel, big)).rejects.toThrow(/Payload|payload|5 MB|limit/u);
    expect(snapshot(excel)).toEqual(before);
    expect(excel.sheetNames().some((n) => n.startsWith(TEMP_PREFIX))).toBe(false);
  });

  test("template sheets of the open workbook are a source (two syncs)", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, SET, { wardRows: 5 }));
    const type = (row: number, province: string, ward: string, notMet: readonly string[]): void => {
      excel.type("Bảng chấm nhanh", `A${row}`, province);
      excel.type("Bảng chấm nhanh", `B${row}`, ward);
      CODES.forEach((c, i) => excel.type("Bảng chấm nhanh", cellAddress(row, 3 + i), notMet.includes(c) ? "0" : "1"));
    };
    type(6, "Nghệ An", "Hưng Dũng", [CODES[1] as string]);
    type(7, "Nghệ An", "Phường Hưng Dũng", [CODES[1] as string]);
    type(8, "Nghệ An", "Lê Lợi", []);
    excel.resetStats();
    const source = await excel.run((context) => readWorkbookSources(context, SET));
    expect(excel.stats.syncs).toBe(2);
    expect(source.sheets).toEqual([{ name: "Bảng chấm nhanh", foundBy: "marker", wards: 3 }]);
    const result = consolidateRecords(source.records, SET, source.problems);
    expect(result.wards.map((w) => [w.ward, w.met])).toEqual([
      ["Hưng Dũng", 21],
      ["Lê Lợi", 22],
    ]);
    expect(result.problems.map((p) => problemText(p, "vi").message)).toEqual([
      expect.stringMatching(/2 bản giống nhau/u),
    ]);
    const inputs = await excel.run((context) => readSummaryInputs(context));
    expect(inputs.existing).toEqual([]);
    await excel.run((context) => writeSummarySheets(context, result, SET, inputs, { formulas: "native" }));
    expect(excel.sheet("Tổng hợp").values("B4:B5")).toEqual([["Hưng Dũng"], ["Lê Lợi"]]);
  });

  test("Tổng hợp becomes a table and Theo tỉnh gets a rate/target chart, in their own sync after the data", async () => {
    const excel = createSimulatedExcel();
    await write(excel, national().slice(0, 8));
    expect(excel.sheet("Tổng hợp").tables).toEqual([
      expect.objectContaining({ name: "KieuMau_TongHop", range: "A3:H11", style: "TableStyleMedium2" }),
    ]);
    expect(excel.sheet("Theo tỉnh").charts).toEqual([
      expect.objectContaining({ type: "ColumnClustered", seriesBy: "Columns", position: "K3" }),
    ]);
    expect(excel.sheet("Theo tỉnh").charts[0]?.categories).not.toBeNull();
    // A refresh replaces the old table (its name is free again once the old sheet is gone).
    excel.resetStats();
    const again = await write(excel, national().slice(0, 8));
    expect(again.problems).toEqual([]);
    expect(excel.sheet("Tổng hợp").tables.map((t) => t.name)).toEqual(["KieuMau_TongHop"]);
    expect(excel.sheet("Theo tỉnh").charts).toHaveLength(1);
    // The last sync holds the table and chart only: nothing written after them.
    expect(excel.stats.requests.at(-1)?.operations).toBeGreaterThan(0);
  });

  test("when charts.add fails at sync, the summary stays and the problem says so", async () => {
    const original = SimChartCollection.prototype.add;
    const spy = jest.spyOn(SimChartCollection.prototype, "add").mockImplementation(function (
      this: SimChartCollection,
      ...args: Parameters<typeof original>
    ) {
      const chart = original.apply(this, args);
      // Queued after the add, failing its sync as Excel fails an unsupported chart.
      (this as unknown as { write(wire: object, apply: () => void): void }).write({ method: "fail" }, () => {
        throw new SimulatedOfficeError("GeneralException", "The chart could not be created.");
      });
      return chart;
    });
    try {
      const excel = createSimulatedExcel();
      const records = national().slice(0, 8);
      const written = await write(excel, records);
      expect(spy).toHaveBeenCalled();
      expect(written.written).toBe(true);
      expect(written.problems?.map((p) => p.code)).toEqual(["excelChartFailed"]);
      expect(problemText(written.problems?.[0] as never, "vi").message).toMatch(/không tạo được biểu đồ/u);
      expect(excel.sheetNames()).toEqual(["Sheet1", ...SUMMARY_SHEET_NAMES]);
      const wards = excel
        .sheet("Tổng hợp")
        .values("B4:B11")
        .map((r) => String(r[0]));
      expect(wards.sort()).toEqual(records.map((r) => r.ward).sort());
      expect(excel.sheetNames().some((n) => n.startsWith(TEMP_PREFIX))).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });

  test("two periods and a report: Tiến độ (and its chart), Báo cáo written, owned, never read as wards", async () => {
    const october = national()
      .slice(0, 40)
      .map((r) => ({ ...r, period: "10/2023", entries: new Map(CODES.map((c) => [c, c === CODES[1] ? "0" : "1"])) }));
    const records = [...october, ...national().slice(0, 40)];
    const excel = createSimulatedExcel();
    const out = await excel.run((context) =>
      refreshSummary(context, SET, (provinceInputs) => consolidateRecords(records, SET, [], { provinceInputs }), {
        confirmReplace: () => true,
        formulas: "native",
        report: { quota: 30 },
      }),
    );
    expect(out.sheets).toEqual(["Tổng hợp", "Theo tỉnh", "Phân bố", "Tiến độ", "Báo cáo", "Vấn đề"]);
    expect(out.problems ?? []).toEqual([]);
    // Charts drawn by the simulator's own charts (queued, then synced after the data).
    expect(excel.sheet("Theo tỉnh").charts.map((c) => c.type)).toEqual(["ColumnClustered"]);
    expect(excel.sheet("Tiến độ").charts.map((c) => c.type)).toEqual(["ColumnClustered"]);
    expect(String(excel.sheet("Báo cáo").value("A2"))).toMatch(/^Tính đến tháng 11\/2023, trong 40 Công an phường/u);
    expect(excel.sheet("Báo cáo").pageLayout.orientation).toBe("Portrait");
    expect(excel.sheet("Tiến độ").value("J4")).toBe("Mới đạt đủ tiêu chí");
    // Owned: a refresh replaces them; the open workbook's reader skips them.
    expect((await excel.run((context) => readSummaryInputs(context))).existing).toEqual(out.sheets);
    const sources = await excel.run((context) => readWorkbookSources(context, SET));
    expect(sources.sheets).toEqual([]);
    expect(sources.records).toEqual([]);
    // One period again, no report: the old Tiến độ and Báo cáo go.
    const again = await write(excel, national().slice(0, 40));
    expect(again.replaced).toEqual(out.sheets);
    expect(excel.sheetNames()).toEqual(["Sheet1", ...SUMMARY_SHEET_NAMES]);
  });
});

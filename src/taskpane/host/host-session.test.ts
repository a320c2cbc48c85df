/**
 * The host's session features over the simulated workbook: results that go
 * stale, Hoàn tác, nothing to consolidate, the summary file, the Bộ tiêu chí
 * sheet written and read back.
 */
import { DEFAULT_CRITERIA_SET } from "../../core";
import { CRITERIA_SHEET_NAME } from "../../core/criteria";
import { loadExcelJs } from "../../files/exceljs-loader";
import { createSimulatedExcel } from "../../simulator";
import { consolidateRecords } from "../../core/consolidate/consolidate";
import { createExcelHost } from "./excel-host";

const set = DEFAULT_CRITERIA_SET;
const SHEET = "Bảng chấm nhanh";
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function setup(supported: (name: string, version: string) => boolean = () => true) {
  const excel = createSimulatedExcel();
  return { excel, host: createExcelHost((batch) => excel.run(batch), supported) };
}

describe("the host's session features", () => {
  test("a watched sheet reports the user's changes, not the add-in's own writes; stop ends it", async () => {
    const { excel, host } = setup();
    await host.insertTemplate({ layout: "matrix", set, wardRows: 2 });
    excel.type(SHEET, "C6", "dat");
    const onChange = jest.fn();
    const stop = await host.watchSheet(SHEET, onChange);
    await host.normalise(async () => true);
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    excel.type(SHEET, "D6", "Đạt");
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    excel.type(SHEET, "E6", "Đạt");
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test("without ExcelApi 1.7 watching does nothing", async () => {
    const { excel, host } = setup((name, version) => !(name === "ExcelApi" && version === "1.7"));
    expect(host.supports("sheetEvents")).toBe(false);
    const onChange = jest.fn();
    await host.watchSheet("Sheet1", onChange);
    excel.type("Sheet1", "A1", "x");
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  test("Hoàn tác puts back what Chuẩn hoá changed, once", async () => {
    const { excel, host } = setup();
    await host.insertTemplate({ layout: "matrix", set, wardRows: 2 });
    excel.type(SHEET, "C6", "dat");
    excel.type(SHEET, "D7", "x");
    expect(host.undoInfo()).toBeNull();
    const result = await host.normalise(async () => true);
    expect(result).not.toHaveProperty("previous");
    expect(host.undoInfo()).toEqual({ action: "normalise", sheetName: SHEET, cells: 2 });
    expect(excel.sheet(SHEET).value("C6")).toBe("Đạt");
    excel.resetStats();
    expect(await host.undo()).toMatchObject({ restored: 2, keptChanged: 0 });
    expect(excel.stats.syncs).toBe(3);
    expect([excel.sheet(SHEET).value("C6"), excel.sheet(SHEET).value("D7")]).toEqual(["dat", "x"]);
    expect(host.undoInfo()).toBeNull();
  });

  test("nothing to consolidate (no files, no template sheet) writes nothing", async () => {
    const { excel, host } = setup();
    const before = excel.sheetNames();
    const confirmReplace = jest.fn(async () => true);
    const outcome = await host.consolidate({
      files: [],
      useWorkbook: true,
      set,
      defaultTarget: 0.3,
      onProgress: () => undefined,
      signal: new AbortController().signal,
      confirmReplace,
    });
    expect(outcome).toMatchObject({ nothingFound: true, written: false, sheets: [] });
    expect(excel.sheetNames()).toEqual(before);
  });

  test("the summary workbook is an .xlsx with the command line's sheets", async () => {
    const { host } = setup();
    const result = consolidateRecords([], set);
    const bytes = await host.summaryWorkbook(result, set);
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Theo tỉnh", "Phân bố", "Báo cáo", "Vấn đề"]);
  });

  test("Tạo trang Bộ tiêu chí: the set written as a sheet reads back the same; replacing asks first", async () => {
    const { excel, host } = setup();
    expect(await host.writeCriteriaSheet(set, async () => false)).toEqual({
      written: true,
      sheetName: CRITERIA_SHEET_NAME,
    });
    expect(excel.activeSheetName()).toBe(CRITERIA_SHEET_NAME);
    const read = await host.readCriteriaSheet();
    const { referenceWording: _dropped, ...expected } = set;
    expect(read).toEqual(expected);
    excel.type(CRITERIA_SHEET_NAME, "B3", "Bộ của tỉnh");
    const confirm = jest.fn(async () => false);
    expect(await host.writeCriteriaSheet(set, confirm)).toMatchObject({ written: false });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect((await host.readCriteriaSheet()).title).toBe("Bộ của tỉnh");
  });
});

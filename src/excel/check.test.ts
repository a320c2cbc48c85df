import { DEFAULT_CRITERIA_SET } from "../core/criteria/default-set";
import { encodeTcvn3, encodeVni } from "../core/text/legacy-encodings";
import { buildPhieuTemplate, cellAddress, COLORS, matrixSummaryColumns } from "../core/template";
import { createSimulatedExcel, type SimulatedExcel } from "../simulator";
import { problemText } from "../contracts/problem-text";
import { checkActiveSheet, checkSheet, insertMatrix, insertPhieu, NotATemplateError, type CheckReport } from ".";

const SHEET = "Bảng chấm nhanh";
const codes = DEFAULT_CRITERIA_SET.criteria.map((c) => c.code);

async function matrixWith(rows: ReadonlyArray<readonly unknown[]>): Promise<SimulatedExcel> {
  const excel = createSimulatedExcel();
  await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 10 }));
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    rows.forEach((row, i) => {
      sheet.getRangeByIndexes(5 + i, 0, 1, row.length).values = [row.map((v) => (v === null ? "" : v))] as unknown[][];
    });
    await context.sync();
  });
  excel.resetStats();
  return excel;
}

const allMet = (): unknown[] => codes.map(() => "Đạt");

function rules(report: CheckReport): string[] {
  return report.problems.map((p) => `${p.code}@${p.where.cell ?? ""}`);
}

describe("Kiểm tra (check) on the bảng chấm nhanh", () => {
  it("reports each rule at its cell, with the ward results, in two syncs", async () => {
    const variantRow = allMet();
    variantRow[0] = "dat";
    variantRow[1] = encodeTcvn3("Đạt");
    variantRow[2] = "Không đạt".normalize("NFD");
    variantRow[3] = encodeVni("Không đạt");
    const invalidRow = allMet();
    invalidRow[4] = "abc";
    const shortRow = allMet();
    shortRow[6] = "K";
    const excel = await matrixWith([
      ["Nghệ An", "Phường Hưng Bình", ...variantRow],
      ["Nghệ An", "", ...invalidRow],
      ["", "Phường Vinh Tân", ...shortRow],
      ["nghệ an", "phường hưng bình", ...allMet()],
    ]);
    const report = await excel.run((context) => checkSheet(context, { sheetName: SHEET }));
    expect(excel.stats.syncs).toBe(2);
    expect(rules(report)).toEqual([
      "readerNeedsNormalising@C6",
      "readerNeedsNormalising@D6",
      "readerNeedsNormalising@E6",
      "readerNeedsNormalising@F6",
      "entryNotAResult@G7",
      "readerRowWithoutWard@B7",
      "readerRowWithoutProvince@A8",
      "readerWardRepeated@B9",
    ]);
    const tcvn = problemText(report.problems[1]!, "vi");
    expect(tcvn.message).toMatch(/TCVN3/u);
    expect(tcvn.action).toMatch(/Chuẩn hoá/u);
    expect(problemText(report.problems[1]!, "en").action).toMatch(/Normalise/u);
    expect(report.problems[4]).toMatchObject({ params: { value: "abc", criterion: "TC05" }, severity: "error" });
    expect(problemText(report.problems[4]!, "vi").action).toMatch(/Đạt/u);
    // The four above plus the short token "K", which is counted but not canonical.
    expect(report.normalisable).toBe(5);
    const [template] = report.templates;
    expect(template).toMatchObject({ kind: "matrix", setId: DEFAULT_CRITERIA_SET.id, markerAddress: "A1" });
    expect(template?.wards.map((w) => [w.row, w.ward, w.score.status])).toEqual([
      [6, "Phường Hưng Bình", "Chưa đạt 20/22 — thiếu TC03, TC04"],
      [7, "", "Có ô không hợp lệ"],
      [8, "Phường Vinh Tân", "Chưa đạt 21/22 — thiếu TC07"],
      [9, "phường hưng bình", "Đạt 22/22"],
    ]);
    expect(template?.summary.metAll).toBe(1);
  });

  it("highlights what conditional formats cannot show, and clears it on the next check without touching user formatting", async () => {
    const row = allMet();
    row[0] = "dat";
    const excel = await matrixWith([["Nghệ An", "", ...row]]);
    const sheet = excel.sheet(SHEET);
    // The user's own formatting on a cell the check will flag.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("B6").format.font.italic = true;
      await context.sync();
    });
    // Before the check, the template's own rule shows "dat" as invalid.
    expect(sheet.conditionalLook("C6").fill).toBe(COLORS.invalidFill);
    const first = await excel.run((context) => checkActiveSheet(context));
    expect(first.highlighted).toBe(2);
    expect(excel.sheet(SHEET).conditionalLook("C6").fill).toBe(COLORS.checkFlagFill);
    expect(excel.sheet(SHEET).conditionalLook("B6").fill).toBe(COLORS.checkFlagFill);
    expect(excel.sheet(SHEET).conditionalLook("D6").fill).toBeNull();

    excel.type(SHEET, "C6", "Đạt");
    excel.type(SHEET, "B6", "Phường Quang Trung");
    const second = await excel.run((context) => checkActiveSheet(context));
    expect(second.problems).toEqual([]);
    const after = excel.sheet(SHEET);
    expect(after.conditionalLook("C6").fill).toBeNull();
    expect(after.conditionalLook("B6").fill).toBeNull();
    expect(after.format("B6").italic).toBe(true);
    expect(after.value(cellAddress(6, matrixSummaryColumns(22).status))).toBe("Đạt 22/22");
  });

  it("still finds the data after users insert rows above the table (marker positions are formulas)", async () => {
    const row = allMet();
    row[6] = "K";
    const excel = await matrixWith([["Huế", "", ...row]]);
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem(SHEET)
        .getRange("3:4")
        .insert("Down" as Excel.InsertShiftDirection);
      await context.sync();
    });
    const sheet = excel.sheet(SHEET);
    expect(sheet.value("C6")).toBe("TC01");
    expect(sheet.value(cellAddress(8, matrixSummaryColumns(22).status))).toBe("Chưa đạt 21/22 — thiếu TC07");
    expect(sheet.conditionalLook("I8").fill).toBe(COLORS.notMetFill);
    const report = await excel.run((context) => checkActiveSheet(context));
    expect(rules(report)).toEqual(["readerRowWithoutWard@B8"]);
    expect(report.normalisable).toBe(1);
    expect(report.templates[0]?.wards.map((w) => w.row)).toEqual([8]);
    expect(excel.sheet(SHEET).conditionalLook("B8").fill).toBe(COLORS.checkFlagFill);
  });

  it("warns about rows typed under the table and rows without counting formulas", async () => {
    const excel = await matrixWith([["Huế", "Phường A", ...allMet()]]);
    excel.type(SHEET, "B17", "Phường thêm");
    excel.type(SHEET, "C17", "Đạt");
    // A ward row whose counting formulas were lost (e.g. a row inserted by hand).
    excel.type(SHEET, "B7", "Phường B");
    excel.type(SHEET, "A7", "Huế");
    excel.type(SHEET, cellAddress(7, matrixSummaryColumns(22).met), "");
    const report = await excel.run((context) => checkActiveSheet(context));
    expect(rules(report)).toEqual([
      `readerRowWithoutFormulas@${cellAddress(7, matrixSummaryColumns(22).met)}`,
      "readerRowOutsideTable@B17",
    ]);
    expect(problemText(report.problems[1]!, "vi").message).toMatch(/ngoài bảng chấm/u);
    expect(report.templates[0]?.wards.map((w) => w.ward)).toEqual(["Phường A", "Phường B"]);
  });

  it("flags edited criterion codes", async () => {
    const excel = await matrixWith([["Huế", "Phường A", ...allMet()]]);
    excel.type(SHEET, "D4", "");
    const report = await excel.run((context) => checkActiveSheet(context));
    expect(rules(report)).toContain("readerCodesChanged@C4");
  });
});

describe("Kiểm tra on the phiếu chấm", () => {
  it("flags missing header fields and a bad date, and scores the ward", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertPhieu(context, DEFAULT_CRITERIA_SET));
    const spec = buildPhieuTemplate(DEFAULT_CRITERIA_SET);
    const name = "Phiếu chấm";
    excel.type(name, "C5", "Phường Hưng Bình");
    excel.type(name, "C6", "Năm 2026");
    excel.type(name, "C7", "31/02/2026");
    for (const place of spec.layout.criteria)
      excel.type(name, cellAddress(place.row as number, 4), place.code === "TC05" ? "Không đạt" : "Đạt");
    const report = await excel.run((context) => checkActiveSheet(context));
    expect(rules(report)).toEqual([
      "readerPhieuWithoutProvince@C4",
      "readerPhieuBadDate@C7",
      "readerPhieuFieldMissing@C8",
    ]);
    expect(report.templates[0]?.wards[0]).toMatchObject({ kind: "phieu", ward: "Phường Hưng Bình", province: "" });
    expect(report.templates[0]?.wards[0]?.score.status).toBe("Chưa đạt 21/22 — thiếu TC05");
    expect(excel.sheet(name).conditionalLook("C4").fill).toBe(COLORS.checkFlagFill);
  });
});

describe("not a template", () => {
  it("gives a clear Vietnamese message for a sheet with other data and for an empty sheet", async () => {
    const excel = createSimulatedExcel();
    for (const setup of [() => excel.type("Sheet1", "A1", "Bảng lương"), () => excel.type("Sheet1", "A1", "")]) {
      setup();
      const error = await excel.run((context) => checkActiveSheet(context)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotATemplateError);
      const text = problemText((error as NotATemplateError).problem, "vi");
      expect(text.message).toMatch(/không phải mẫu chấm điểm/u);
      expect(text.action).toMatch(/Chèn mẫu/u);
      expect(problemText((error as NotATemplateError).problem, "en").message).toMatch(
        /is not one of the add-in's assessment templates/u,
      );
    }
  });

  it("maps Excel errors to plain language", async () => {
    const excel = createSimulatedExcel();
    const error = await excel.run((context) => checkSheet(context, { sheetName: "Không có" })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ItemNotFound", problem: { code: "excelItemNotFound" } });
    expect(problemText((error as NotATemplateError).problem, "vi").message).toMatch(/không tìm thấy/u);
  });
});

import { DEFAULT_CRITERIA_SET } from "../core/criteria/default-set";
import { encodeTcvn3, encodeVni } from "../core/text/legacy-encodings";
import { buildPhieuTemplate, cellAddress, COLORS, matrixSummaryColumns } from "../core/template";
import { createSimulatedExcel, type SimulatedExcel } from "../simulator";
import { analyseSheet, checkActiveSheet, checkSheet, insertMatrix, insertPhieu, locateTemplates, NotATemplateError, type CheckReport } from ".";

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
  return report.problems.map((p) => `${p.rule}@${p.address}`);
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
      "needsNormalising@C6",
      "needsNormalising@D6",
      "needsNormalising@E6",
      "needsNormalising@F6",
      "invalidEntry@G7",
      "missingWard@B7",
      "missingProvince@A8",
      "duplicateWard@B9",
    ]);
    const tcvn = report.problems[1];
    expect(tcvn?.message).toMatch(/TCVN3/u);
    expect(tcvn?.suggestion).toMatch(/Chuẩn hoá/u);
    expect(report.problems[4]).toMatchObject({ value: "abc", severity: "error" });
    expect(report.problems[4]?.suggestion).toMatch(/Đạt/u);
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
      context.workbook.worksheets.getItem(SHEET).getRange("3:4").insert("Down" as Excel.InsertShiftDirection);
      await context.sync();
    });
    const sheet = excel.sheet(SHEET);
    expect(sheet.value("C6")).toBe("TC01");
    expect(sheet.value(cellAddress(8, matrixSummaryColumns(22).status))).toBe("Chưa đạt 21/22 — thiếu TC07");
    expect(sheet.conditionalLook("I8").fill).toBe(COLORS.notMetFill);
    const report = await excel.run((context) => checkActiveSheet(context));
    expect(rules(report)).toEqual(["missingWard@B8"]);
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
    expect(rules(report)).toEqual([`missingFormulas@${cellAddress(7, matrixSummaryColumns(22).met)}`, "outsideTemplate@B17"]);
    expect(report.problems[1]?.message).toMatch(/ngoài bảng chấm/u);
    expect(report.templates[0]?.wards.map((w) => w.ward)).toEqual(["Phường A", "Phường B"]);
  });

  it("flags edited criterion codes", async () => {
    const excel = await matrixWith([["Huế", "Phường A", ...allMet()]]);
    excel.type(SHEET, "D4", "");
    const report = await excel.run((context) => checkActiveSheet(context));
    expect(rules(report)).toContain("codesChanged@C4");
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
    for (const place of spec.layout.criteria) excel.type(name, cellAddress(place.row as number, 4), place.code === "TC05" ? "Không đạt" : "Đạt");
    const report = await excel.run((context) => checkActiveSheet(context));
    expect(rules(report)).toEqual(["missingProvince@C4", "badDate@C7", "missingField@C8"]);
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
      expect((error as NotATemplateError).messageVi).toMatch(/không phải mẫu chấm điểm/u);
      expect((error as NotATemplateError).hint).toMatch(/Chèn mẫu/u);
    }
  });

  it("maps Excel errors to plain language", async () => {
    const excel = createSimulatedExcel();
    const error = await excel.run((context) => checkSheet(context, { sheetName: "Không có" })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ItemNotFound", messageVi: expect.stringMatching(/không tìm thấy/u), hint: expect.any(String) });
  });
});

describe("locating templates (pure)", () => {
  it("finds two templates on one sheet and analyses each", () => {
    // Tag row r: header (codes) at r + 2, one ward row at r + 3, codes in columns C:D.
    const marker = (r: number): unknown[] => ["KIEUMAU", 1, "matrix", "s", "1", 2, r + 2, r + 2, r + 3, r + 3, 3, 4, r + 2, 1, r + 2, 2, "note"];
    const values: unknown[][] = [marker(1), [], ["Tỉnh", "Phường", "A", "B", "Số đạt"], ["X", "Y", "Đạt", "dat", 2], [], marker(6), [], ["Tỉnh", "Phường", "A", "B", "Số đạt"], ["Z", "W", 1, "abc", 1]];
    const sheet = { values, top: 1, left: 1 };
    const found = locateTemplates(sheet);
    expect(found.map((t) => t.tagRow)).toEqual([1, 6]);
    const [a, b] = analyseSheet(sheet, "S");
    expect(a?.wards[0]?.score.status).toBe("Đạt 2/2");
    expect(a?.problems.map((p) => p.rule)).toEqual(["needsNormalising"]);
    expect(b?.problems.map((p) => `${p.rule}@${p.address}`)).toEqual(["invalidEntry@D9"]);
  });
});
